"""SQL for the non-punishment principle on a legal case: the offence the
resident is suspected of, and the outcomes of raising the principle."""

from __future__ import annotations

ROLES = ("suspect", "defendant")


def set_offence(conn, case_id: int, offence_type: str | None) -> None:
    conn.execute("UPDATE legal_cases SET offence_type = ? WHERE id = ?", (offence_type, case_id))


def insert_outcome(conn, case_id: int, date: str, outcome: str, decided_by: str, staff: str, now: str) -> int:
    return conn.execute(
        "INSERT INTO non_punishment_outcomes (case_id, date, outcome, decided_by, staff, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)", (case_id, date, outcome, decided_by, staff, now)).lastrowid


def delete_outcome(conn, outcome_id: int) -> None:
    conn.execute("DELETE FROM non_punishment_outcomes WHERE id = ?", (outcome_id,))


def get_outcome(conn, outcome_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM non_punishment_outcomes WHERE id = ?", (outcome_id,)).fetchone()
    return dict(row) if row else None


def outcomes_for_case(conn, case_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM non_punishment_outcomes WHERE case_id = ? ORDER BY date, id", (case_id,))]


def set_raised_flag(conn, case_id: int, raised: bool | None) -> None:
    """Keeps the old flag in step with the latest outcome (older screens and exports read it)."""
    conn.execute("UPDATE legal_cases SET non_punishment_raised = ? WHERE id = ?",
                 (None if raised is None else int(raised), case_id))


def return_facts(conn, start: str, end: str) -> list[tuple[int, str, str]]:
    """(resident_id, offence_type, np_outcome), one per person who was a
    suspect or defendant in a case with an event dated in [start, end] (ISO,
    inclusive): the offence of the latest such case (the one whose latest
    event in the period is the most recent; the higher case id on a tie) and
    its latest outcome dated on or before `end` (`not_raised` when none was
    recorded). A person whose latest such case has no offence recorded is left
    out: the return has no member for an unknown offence."""
    rows = conn.execute(
        "SELECT c.resident_id, c.id, c.offence_type, max(e.date) AS last_event"
        " FROM legal_cases c JOIN legal_events e ON e.case_id = c.id"
        " WHERE c.resident_role IN ('suspect', 'defendant') AND e.date BETWEEN ? AND ?"
        " GROUP BY c.id ORDER BY c.resident_id, last_event, c.id", (start, end)).fetchall()
    latest: dict[int, tuple[int, str | None]] = {}
    for resident_id, case_id, offence, _last in rows:
        latest[resident_id] = (case_id, offence)  # ordered: the last one wins
    out = []
    for resident_id in sorted(latest):
        case_id, offence = latest[resident_id]
        if not offence:
            continue
        row = conn.execute(
            "SELECT outcome FROM non_punishment_outcomes WHERE case_id = ? AND date <= ?"
            " ORDER BY date DESC, id DESC LIMIT 1", (case_id, end)).fetchone()
        out.append((resident_id, offence, row[0] if row else "not_raised"))
    return out
