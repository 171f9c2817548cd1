from __future__ import annotations


def insert_plan(conn, resident_id: int, version: int, created_by: str, now: str, *, status: str = "draft",
                based_on: int | None = None, resident_wishes: str = "") -> int:
    return conn.execute(
        "INSERT INTO plans (resident_id, version, status, based_on, resident_wishes, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (resident_id, version, status, based_on, resident_wishes, created_by, now)).lastrowid


def set_need(conn, plan_id: int, domain: str, need_level: str, assessment: str) -> None:
    conn.execute("INSERT INTO plan_needs (plan_id, domain, need_level, assessment) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT (plan_id, domain) DO UPDATE SET need_level = excluded.need_level,"
                 " assessment = excluded.assessment", (plan_id, domain, need_level, assessment))


def insert_goal(conn, plan_id: int, position: int, domain: str, goal: str, actions: str, responsible: str,
                target_date: str | None, status: str = "open") -> int:
    return conn.execute(
        "INSERT INTO plan_goals (plan_id, position, domain, goal, actions, responsible, target_date, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (plan_id, position, domain, goal, actions, responsible, target_date, status)).lastrowid


def insert_review(conn, plan_id: int, review_date: str, progress: str, next_review_date: str | None,
                  reviewed_by: str) -> int:
    return conn.execute(
        "INSERT INTO plan_reviews (plan_id, review_date, progress, next_review_date, reviewed_by)"
        " VALUES (?, ?, ?, ?, ?)", (plan_id, review_date, progress, next_review_date, reviewed_by)).lastrowid


def approve(conn, plan_id: int, approved_by: str, approved_on: str, resident_agreed: bool,
            resident_agreed_on: str | None) -> None:
    conn.execute("UPDATE plans SET status = 'active', approved_by = ?, approved_on = ?, resident_agreed = ?,"
                 " resident_agreed_on = ? WHERE id = ?",
                 (approved_by, approved_on, int(resident_agreed), resident_agreed_on, plan_id))


def for_resident(conn, resident_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM plans WHERE resident_id = ? ORDER BY version",
                                          (resident_id,))]
