"""Individual rehabilitation plans: versions, needs, goals and reviews."""

from __future__ import annotations

PLAN_FIELDS = ("resident_wishes",)


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


# --- reading one plan -----------------------------------------------------------

def get(conn, plan_id: int):
    row = conn.execute("SELECT * FROM plans WHERE id = ?", (plan_id,)).fetchone()
    return dict(row) if row else None


def needs(conn, plan_id: int):
    return [dict(r) for r in conn.execute(
        "SELECT domain, need_level, assessment FROM plan_needs WHERE plan_id = ? ORDER BY id", (plan_id,))]


def goals(conn, plan_id: int):
    return [dict(r) for r in conn.execute(
        "SELECT id, position, domain, goal, actions, responsible, target_date, status FROM plan_goals"
        " WHERE plan_id = ? ORDER BY position, id", (plan_id,))]


def reviews(conn, plan_id: int):
    return [dict(r) for r in conn.execute(
        "SELECT * FROM plan_reviews WHERE plan_id = ? ORDER BY review_date, id", (plan_id,))]


def review_history(conn, resident_id: int, up_to_version: int):
    """Reviews held on this version and the ones before it, oldest first."""
    return [dict(r) for r in conn.execute(
        "SELECT pr.*, p.version FROM plan_reviews pr JOIN plans p ON p.id = pr.plan_id"
        " WHERE p.resident_id = ? AND p.version <= ? ORDER BY pr.review_date, pr.id",
        (resident_id, up_to_version))]


def with_status(conn, resident_id: int, status: str):
    row = conn.execute("SELECT * FROM plans WHERE resident_id = ? AND status = ? ORDER BY version DESC LIMIT 1",
                       (resident_id, status)).fetchone()
    return dict(row) if row else None


def next_version(conn, resident_id: int) -> int:
    return conn.execute("SELECT coalesce(max(version), 0) + 1 FROM plans WHERE resident_id = ?",
                        (resident_id,)).fetchone()[0]


# --- changing -------------------------------------------------------------------

def update_wishes(conn, plan_id: int, resident_wishes: str) -> None:
    conn.execute("UPDATE plans SET resident_wishes = ? WHERE id = ?", (resident_wishes, plan_id))


def replace_needs(conn, plan_id: int, rows: list[dict]) -> None:
    conn.execute("DELETE FROM plan_needs WHERE plan_id = ?", (plan_id,))
    conn.executemany("INSERT INTO plan_needs (plan_id, domain, need_level, assessment) VALUES (?, ?, ?, ?)",
                     [(plan_id, r["domain"], r["need_level"], r["assessment"]) for r in rows])


def replace_goals(conn, plan_id: int, rows: list[dict]) -> None:
    conn.execute("DELETE FROM plan_goals WHERE plan_id = ?", (plan_id,))
    conn.executemany(
        "INSERT INTO plan_goals (plan_id, position, domain, goal, actions, responsible, target_date, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(plan_id, pos, r["domain"], r["goal"], r["actions"], r["responsible"], r["target_date"], r["status"])
         for pos, r in enumerate(rows)])


def copy_content(conn, source_id: int, target_id: int) -> None:
    """Needs, goals and wishes of one version into another (a new draft)."""
    conn.execute("UPDATE plans SET resident_wishes = (SELECT resident_wishes FROM plans WHERE id = ?)"
                 " WHERE id = ?", (source_id, target_id))
    conn.execute("UPDATE plans SET no_education_goal_reason = (SELECT no_education_goal_reason FROM plans"
                 " WHERE id = ?) WHERE id = ?", (source_id, target_id))
    conn.execute("INSERT INTO plan_needs (plan_id, domain, need_level, assessment)"
                 " SELECT ?, domain, need_level, assessment FROM plan_needs WHERE plan_id = ? ORDER BY id",
                 (target_id, source_id))
    conn.execute("INSERT INTO plan_goals (plan_id, position, domain, goal, actions, responsible, target_date,"
                 " status) SELECT ?, position, domain, goal, actions, responsible, target_date, status"
                 " FROM plan_goals WHERE plan_id = ? ORDER BY position, id", (target_id, source_id))


def close(conn, plan_id: int, status: str, closed_on: str, superseded_by: int | None = None) -> None:
    conn.execute("UPDATE plans SET status = ?, closed_on = ?, superseded_by = ? WHERE id = ?",
                 (status, closed_on, superseded_by, plan_id))


# --- printing -------------------------------------------------------------------

def active_in_shelter(conn) -> list[int]:
    """Active plans of everyone in the shelter now, by case number."""
    return [r[0] for r in conn.execute(
        "SELECT p.id FROM plans p JOIN residents r ON r.id = p.resident_id"
        " WHERE p.status = 'active'"
        "   AND EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id AND s.exit_date IS NULL)"
        " ORDER BY r.case_number, p.version")]


def update_no_education_goal_reason(conn, plan_id: int, reason: str) -> None:
    conn.execute("UPDATE plans SET no_education_goal_reason = ? WHERE id = ?", (reason, plan_id))


def display_names(conn, usernames) -> dict[str, str]:
    names = [u for u in set(usernames) if u]
    if not names:
        return {}
    marks = ",".join("?" for _ in names)
    return {r[0]: r[1] for r in conn.execute(
        f"SELECT username, display_name FROM accounts WHERE username IN ({marks})", names)}
