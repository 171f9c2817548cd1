"""SQL for risk assessments and safety plans (never exported, never in a return)."""

from __future__ import annotations

# Tables no export, return or case transfer may carry (data-dictionary.md, "Risk and safety").
NEVER_EXPORTED = ("safety_plans",)


def insert_assessment(conn, resident_id: int, record: dict, now: str) -> int:
    return conn.execute(
        "INSERT INTO risk_assessments (resident_id, assessment_date, assessed_by, occasion, items, risk_level,"
        " notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (resident_id, record["assessment_date"], record["assessed_by"], record["occasion"],
         ";".join(record["items"]), record["risk_level"], record.get("notes") or "", now)).lastrowid


def _assessment(row) -> dict:
    out = dict(row)
    out["items"] = [c for c in (out["items"] or "").split(";") if c]
    return out


def assessments(conn, resident_id: int) -> list[dict]:
    """Newest first."""
    return [_assessment(r) for r in conn.execute(
        "SELECT * FROM risk_assessments WHERE resident_id = ? ORDER BY assessment_date DESC, id DESC",
        (resident_id,))]


def latest_assessment(conn, resident_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM risk_assessments WHERE resident_id = ?"
                       " ORDER BY assessment_date DESC, id DESC LIMIT 1", (resident_id,)).fetchone()
    return _assessment(row) if row else None


def get_plan(conn, resident_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM safety_plans WHERE resident_id = ?", (resident_id,)).fetchone()
    return dict(row) if row else None


def save_plan(conn, resident_id: int, record: dict, username: str, now: str) -> None:
    conn.execute(
        "INSERT INTO safety_plans (resident_id, concerns, measures, who_to_call, safe_contacts, review_date,"
        " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (resident_id) DO UPDATE SET concerns = excluded.concerns, measures = excluded.measures,"
        " who_to_call = excluded.who_to_call, safe_contacts = excluded.safe_contacts,"
        " review_date = excluded.review_date, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        (resident_id, record["concerns"], record["measures"], record["who_to_call"], record["safe_contacts"],
         record["review_date"], username, now))


# --- the Due page -----------------------------------------------------------------------

# A resident whose latest risk assessment is high, until a newer one says otherwise.
HIGH_RISK = """
SELECT a.id AS assessment_id, a.resident_id, r.case_number, r.full_name, a.assessment_date
FROM risk_assessments a JOIN residents r ON r.id = a.resident_id
WHERE a.risk_level = 'high'
  AND a.id = (SELECT a2.id FROM risk_assessments a2 WHERE a2.resident_id = a.resident_id
              ORDER BY a2.assessment_date DESC, a2.id DESC LIMIT 1)
  AND r.case_status != 'closed'
ORDER BY a.assessment_date
"""

SAFETY_REVIEWS = """
SELECT p.resident_id, r.case_number, r.full_name, p.review_date AS due_date
FROM safety_plans p JOIN residents r ON r.id = p.resident_id
WHERE p.review_date IS NOT NULL AND p.review_date <= ? AND r.case_status != 'closed'
ORDER BY p.review_date
"""


def high_risk(conn) -> list[dict]:
    return [dict(r) for r in conn.execute(HIGH_RISK)]


def safety_reviews_due(conn, until: str) -> list[dict]:
    return [dict(r) for r in conn.execute(SAFETY_REVIEWS, (until,))]
