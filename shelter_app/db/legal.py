"""SQL for legal cases and the events on them."""

from __future__ import annotations

CASE_EDITABLE = ("case_ref", "cc_article", "resident_role", "lawyer", "state_legal_aid", "non_punishment_raised")
EVENT_EDITABLE = ("date", "stage", "sentence_months", "non_custodial", "cc_article", "notes", "next_hearing_date")


def _bool(value):
    return None if value is None else int(bool(value))


def insert_case(conn, resident_id: int, case_ref: str, cc_article: str, resident_role: str, now: str,
                lawyer: str = "", state_legal_aid: bool | None = None,
                non_punishment_raised: bool | None = None) -> int:
    return conn.execute(
        "INSERT INTO legal_cases (resident_id, case_ref, cc_article, resident_role, lawyer, state_legal_aid,"
        " non_punishment_raised, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (resident_id, case_ref, cc_article, resident_role, lawyer, _bool(state_legal_aid),
         _bool(non_punishment_raised), now)).lastrowid


def update_case(conn, case_id: int, changes: dict) -> None:
    cols = [c for c in changes if c in CASE_EDITABLE]
    if not cols:
        return
    values = [_bool(changes[c]) if c in ("state_legal_aid", "non_punishment_raised") else changes[c] for c in cols]
    conn.execute(f"UPDATE legal_cases SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?", (*values, case_id))


def delete_case(conn, case_id: int) -> None:
    conn.execute("DELETE FROM legal_events WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM legal_cases WHERE id = ?", (case_id,))


def get_case(conn, case_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM legal_cases WHERE id = ?", (case_id,)).fetchone()
    return dict(row) if row else None


def case_by_ref(conn, resident_id: int, case_ref: str) -> dict | None:
    row = conn.execute("SELECT * FROM legal_cases WHERE resident_id = ? AND case_ref = ?",
                       (resident_id, case_ref)).fetchone()
    return dict(row) if row else None


def insert_event(conn, case_id: int, date: str, stage: str, sentence_months: int | None = None,
                 non_custodial: bool = False, notes: str = "", next_hearing_date: str | None = None,
                 cc_article: str | None = None) -> int:
    return conn.execute(
        "INSERT INTO legal_events (case_id, date, stage, sentence_months, non_custodial, notes,"
        " next_hearing_date, cc_article) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, date, stage, sentence_months, int(non_custodial), notes, next_hearing_date,
         cc_article)).lastrowid


def update_event(conn, event_id: int, changes: dict) -> None:
    cols = [c for c in changes if c in EVENT_EDITABLE]
    if not cols:
        return
    values = [int(bool(changes[c])) if c == "non_custodial" else changes[c] for c in cols]
    conn.execute(f"UPDATE legal_events SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?", (*values, event_id))


def delete_event(conn, event_id: int) -> None:
    conn.execute("DELETE FROM legal_events WHERE id = ?", (event_id,))


def get_event(conn, event_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM legal_events WHERE id = ?", (event_id,)).fetchone()
    return dict(row) if row else None


def cases_for_resident(conn, resident_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM legal_cases WHERE resident_id = ? ORDER BY id",
                                          (resident_id,))]


def events_for_case(conn, case_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM legal_events WHERE case_id = ? ORDER BY date, id",
                                          (case_id,))]


def events_for_resident(conn, resident_id: int) -> dict[int, list[dict]]:
    """Every event of every case of one resident, by case, in date order."""
    out: dict[int, list[dict]] = {}
    for r in conn.execute("SELECT e.* FROM legal_events e JOIN legal_cases c ON c.id = e.case_id"
                          " WHERE c.resident_id = ? ORDER BY e.case_id, e.date, e.id", (resident_id,)):
        out.setdefault(r["case_id"], []).append(dict(r))
    return out


def flag_candidates(conn, resident_id: int | None = None):
    """Cases that may need the director's attention: any with a reconciliation
    or a requalification. The domain decides which are flags."""
    where = "c.resident_id = ?" if resident_id is not None else "1"
    params = (resident_id,) if resident_id is not None else ()
    sql = ("SELECT c.id AS case_id, c.resident_id, c.case_ref, c.cc_article, r.case_number, r.full_name"
           " FROM legal_cases c JOIN residents r ON r.id = c.resident_id"
           f" WHERE {where} AND EXISTS (SELECT 1 FROM legal_events e WHERE e.case_id = c.id"
           " AND e.stage IN ('reconciliation', 'requalified')) ORDER BY c.id")
    return [dict(r) for r in conn.execute(sql, params)]
