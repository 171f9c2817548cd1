"""SQL for case transfers: what a transfer reads of one resident, what it
writes for a new one, and the log of transfers sent and received."""

from __future__ import annotations

from shelter_app.db import residents as residents_db

RESIDENT_SKIP = ("id", "case_number", "external_id", "created_at", "updated_at", "anonymized_at", "name_key")


def record(conn, transfer_id: str, direction: str, resident_id: int | None, organisation_id: int | None,
           their_case_number: str, consent_date: str | None, included: str, sha256: str, now: str) -> int:
    return conn.execute(
        "INSERT INTO transfers (transfer_id, direction, resident_id, organisation_id, their_case_number,"
        " consent_date, included, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (transfer_id, direction, resident_id, organisation_id, their_case_number, consent_date, included, sha256,
         now)).lastrowid


def received(conn, transfer_id: str) -> dict | None:
    row = conn.execute("SELECT * FROM transfers WHERE transfer_id = ? AND direction = 'received'",
                       (transfer_id,)).fetchone()
    return dict(row) if row else None


def origin(conn, resident_id: int) -> dict | None:
    row = conn.execute(
        "SELECT t.*, o.name AS organisation_name, o.code AS organisation_code FROM transfers t"
        " LEFT JOIN organisations o ON o.id = t.organisation_id"
        " WHERE t.resident_id = ? AND t.direction = 'received' ORDER BY t.id DESC LIMIT 1", (resident_id,)).fetchone()
    return dict(row) if row else None


# --- reading one resident's records --------------------------------------------------

def _rows(conn, sql: str, args=()) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, args)]


def active_plan(conn, resident_id: int) -> dict | None:
    rows = _rows(conn, "SELECT * FROM plans WHERE resident_id = ? AND status = 'active' ORDER BY version DESC"
                       " LIMIT 1", (resident_id,))
    if not rows:
        return None
    plan = rows[0]
    plan["needs"] = _rows(conn, "SELECT domain, need_level, assessment FROM plan_needs WHERE plan_id = ?"
                                " ORDER BY id", (plan["id"],))
    plan["goals"] = _rows(conn, "SELECT position, domain, goal, actions, responsible, target_date, status"
                                " FROM plan_goals WHERE plan_id = ? ORDER BY position, id", (plan["id"],))
    plan["reviews"] = _rows(conn, "SELECT review_date, progress, next_review_date FROM plan_reviews"
                                  " WHERE plan_id = ? ORDER BY review_date, id", (plan["id"],))
    return plan


def services(conn, resident_id: int) -> list[dict]:
    return _rows(conn, "SELECT date, service_type, provider, duration_minutes, notes, referral_status"
                       " FROM services WHERE resident_id = ? ORDER BY date, id", (resident_id,))


def legal(conn, resident_id: int) -> list[dict]:
    cases = _rows(conn, "SELECT * FROM legal_cases WHERE resident_id = ? ORDER BY id", (resident_id,))
    for case in cases:
        cid = case["id"]
        case["events"] = _rows(conn, "SELECT date, stage, sentence_months, non_custodial, cc_article, notes,"
                                     " next_hearing_date FROM legal_events WHERE case_id = ? ORDER BY date, id",
                               (cid,))
        case["np_outcomes"] = _rows(conn, "SELECT date, outcome, decided_by FROM non_punishment_outcomes"
                                          " WHERE case_id = ? ORDER BY date, id", (cid,))
        claims = _rows(conn, "SELECT * FROM compensation_claims WHERE case_id = ? ORDER BY id", (cid,))
        for claim in claims:
            claim["payments"] = _rows(conn, "SELECT date, amount FROM compensation_payments WHERE claim_id = ?"
                                            " ORDER BY date, id", (claim["id"],))
        case["claims"] = claims
    return cases


# --- writing a received resident -------------------------------------------------------

def insert_resident(conn, record: dict, now: str) -> tuple[int, str]:
    rec = {k: v for k, v in record.items() if k in residents_db.COLUMNS and k not in RESIDENT_SKIP}
    for col in residents_db.LIST_COLUMNS:
        value = rec.get(col)
        rec[col] = value.split(";") if isinstance(value, str) and value else (value or [])
    rec["case_number"] = residents_db.next_case_number(conn, int(rec["registration_date"][:4]))
    return residents_db.insert(conn, rec, now), rec["case_number"]


def insert_plan(conn, resident_id: int, plan: dict, staff: str, now: str) -> int:
    """The sender's active plan arrives as a draft: the receiving shelter approves its own."""
    plan_id = conn.execute(
        "INSERT INTO plans (resident_id, version, status, resident_wishes, created_by, created_at)"
        " VALUES (?, 1, 'draft', ?, ?, ?)", (resident_id, plan.get("resident_wishes") or "", staff, now)).lastrowid
    conn.executemany("INSERT INTO plan_needs (plan_id, domain, need_level, assessment) VALUES (?, ?, ?, ?)",
                     [(plan_id, n["domain"], n["need_level"], n["assessment"]) for n in plan.get("needs", [])])
    conn.executemany("INSERT INTO plan_goals (plan_id, position, domain, goal, actions, responsible, target_date,"
                     " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(plan_id, g["position"], g["domain"], g["goal"], g["actions"], g["responsible"],
                       g["target_date"], g["status"]) for g in plan.get("goals", [])])
    return plan_id


def insert_services(conn, resident_id: int, rows: list[dict], staff: str, now: str) -> None:
    conn.executemany(
        "INSERT INTO services (resident_id, date, service_type, provider, staff, duration_minutes, notes,"
        " referral_status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(resident_id, s["date"], s["service_type"], s["provider"] or "in_house", staff, s["duration_minutes"],
          s["notes"] or "", s["referral_status"], now) for s in rows])


def insert_legal(conn, resident_id: int, cases: list[dict], staff: str, now: str) -> None:
    for case in cases:
        cid = conn.execute(
            "INSERT INTO legal_cases (resident_id, case_ref, cc_article, resident_role, lawyer, state_legal_aid,"
            " non_punishment_raised, offence_type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (resident_id, case["case_ref"], case["cc_article"], case["resident_role"], case.get("lawyer") or "",
             case.get("state_legal_aid"), case.get("non_punishment_raised"), case.get("offence_type"),
             now)).lastrowid
        conn.executemany(
            "INSERT INTO legal_events (case_id, date, stage, sentence_months, non_custodial, cc_article, notes,"
            " next_hearing_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(cid, e["date"], e["stage"], e["sentence_months"], e["non_custodial"], e["cc_article"], e["notes"] or "",
              e["next_hearing_date"]) for e in case.get("events", [])])
        conn.executemany(
            "INSERT INTO non_punishment_outcomes (case_id, date, outcome, decided_by, staff, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(cid, o["date"], o["outcome"], o["decided_by"] or "", staff, now) for o in case.get("np_outcomes", [])])
        for claim in case.get("claims", []):
            kid = conn.execute(
                "INSERT INTO compensation_claims (case_id, separate_civil, civil_case_ref, defendant, claimed_on,"
                " amount_claimed, awarded_on, amount_awarded, closed_status, closed_on, notes, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, claim["separate_civil"], claim["civil_case_ref"], claim["defendant"], claim["claimed_on"],
                 claim["amount_claimed"], claim["awarded_on"], claim["amount_awarded"], claim["closed_status"],
                 claim["closed_on"], claim["notes"] or "", now)).lastrowid
            conn.executemany("INSERT INTO compensation_payments (claim_id, date, amount, created_at)"
                             " VALUES (?, ?, ?, ?)", [(kid, p["date"], p["amount"], now) for p in claim["payments"]])
