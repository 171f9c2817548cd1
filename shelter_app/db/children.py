"""SQL for children's safeguards: guardians, consent and assent, best-interests
assessments, and child-friendly measures at legal events."""

from __future__ import annotations

GUARDIAN_COLUMNS = ("full_name", "relation", "contact", "suspected_involvement", "notes")


def insert_guardian(conn, resident_id: int, record: dict, now: str) -> int:
    return conn.execute(
        "INSERT INTO guardians (resident_id, full_name, relation, contact, suspected_involvement, notes, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (resident_id, record["full_name"], record["relation"], record["contact"],
         int(bool(record["suspected_involvement"])), record["notes"], now, now)).lastrowid


def update_guardian(conn, guardian_id: int, record: dict, now: str) -> None:
    cols = [c for c in GUARDIAN_COLUMNS if c in record]
    values = [int(bool(record[c])) if c == "suspected_involvement" else record[c] for c in cols]
    conn.execute(f"UPDATE guardians SET {', '.join(c + ' = ?' for c in cols)}, updated_at = ? WHERE id = ?",
                 (*values, now, guardian_id))


def get_guardian(conn, guardian_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM guardians WHERE id = ?", (guardian_id,)).fetchone()
    return dict(row) if row else None


def guardians(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT * FROM guardians WHERE resident_id = ? ORDER BY id",
                                          (resident_id,))]


def insert_consent(conn, resident_id: int, record: dict, username: str, now: str) -> int:
    return conn.execute(
        "INSERT INTO child_consents (resident_id, consent_date, guardian_id, guardian_consent, child_assent,"
        " consented_alone, notes, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (resident_id, record["consent_date"], record["guardian_id"], int(record["guardian_consent"]),
         int(record["child_assent"]), int(record["consented_alone"]), record["notes"], username, now)).lastrowid


def consents(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT c.*, g.full_name AS guardian_name FROM child_consents c LEFT JOIN guardians g ON g.id = c.guardian_id"
        " WHERE c.resident_id = ? ORDER BY c.consent_date DESC, c.id DESC", (resident_id,))]


def insert_best_interests(conn, resident_id: int, record: dict, username: str, now: str) -> int:
    return conn.execute(
        "INSERT INTO best_interests_assessments (resident_id, assessment_date, assessed_by, recommendation,"
        " responsible_body, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (resident_id, record["assessment_date"], record["assessed_by"], record["recommendation"],
         record["responsible_body"], username, now)).lastrowid


def best_interests(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM best_interests_assessments WHERE resident_id = ? ORDER BY assessment_date DESC, id DESC",
        (resident_id,))]


# --- child-friendly measures at legal events ---------------------------------------------

def legal_events(conn, resident_id: int) -> list[dict]:
    """The resident's legal events with the measures taken, newest first."""
    rows = [dict(r) for r in conn.execute(
        "SELECT e.id, e.date, e.stage, c.case_ref, c.resident_id,"
        " (SELECT group_concat(m.measure, ';') FROM legal_event_child_measures m WHERE m.event_id = e.id) AS measures"
        " FROM legal_events e JOIN legal_cases c ON c.id = e.case_id WHERE c.resident_id = ?"
        " ORDER BY e.date DESC, e.id DESC", (resident_id,))]
    for r in rows:
        r["measures"] = sorted(c for c in (r["measures"] or "").split(";") if c)
    return rows


def event_owner(conn, event_id: int) -> int | None:
    row = conn.execute("SELECT c.resident_id FROM legal_events e JOIN legal_cases c ON c.id = e.case_id"
                       " WHERE e.id = ?", (event_id,)).fetchone()
    return row[0] if row else None


def set_measures(conn, event_id: int, measures: list[str]) -> None:
    conn.execute("DELETE FROM legal_event_child_measures WHERE event_id = ?", (event_id,))
    conn.executemany("INSERT INTO legal_event_child_measures (event_id, measure) VALUES (?, ?)",
                     [(event_id, m) for m in measures])
