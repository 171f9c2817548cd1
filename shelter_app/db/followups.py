"""SQL for follow-up contacts after the shelter."""

from __future__ import annotations

COLUMNS = ("planned_date", "actual_date", "mode", "reached", "housing", "work", "health", "safety", "retrafficking",
           "risk_items", "actions", "result", "staff")


def insert(conn, resident_id: int, record: dict, now: str) -> int:
    row = {c: record.get(c) for c in COLUMNS}
    row["risk_items"] = row["risk_items"] or ""
    row["actions"] = row["actions"] or ""
    row["staff"] = row["staff"] or ""
    cols = ", ".join(row)
    return conn.execute(
        f"INSERT INTO follow_ups (resident_id, {cols}, created_at) VALUES (?, {', '.join('?' for _ in row)}, ?)",
        (resident_id, *row.values(), now)).lastrowid


def update(conn, follow_up_id: int, changes: dict) -> None:
    cols = [c for c in changes if c in COLUMNS]
    if cols:
        conn.execute(f"UPDATE follow_ups SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                     (*(changes[c] for c in cols), follow_up_id))


def delete(conn, follow_up_id: int) -> None:
    conn.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))


def get(conn, follow_up_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM follow_ups WHERE id = ?", (follow_up_id,)).fetchone()
    return dict(row) if row else None


def for_resident(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM follow_ups WHERE resident_id = ? ORDER BY planned_date, id", (resident_id,))]


def open_count(conn, resident_id: int) -> int:
    return conn.execute("SELECT count(*) FROM follow_ups WHERE resident_id = ? AND actual_date IS NULL",
                        (resident_id,)).fetchone()[0]


def due(conn, until: str) -> list[dict]:
    """Planned contacts not yet made, planned on or before `until` (the
    partial index follow_ups_open keeps this fast at any size)."""
    return [dict(r) for r in conn.execute(
        "SELECT f.id AS follow_up_id, f.planned_date AS due_date, r.id AS resident_id, r.case_number, r.full_name"
        " FROM follow_ups f JOIN residents r ON r.id = f.resident_id"
        " WHERE f.actual_date IS NULL AND f.planned_date <= ? ORDER BY f.planned_date", (until,))]


def return_facts(conn, start: str, end: str) -> list[tuple[int, str]]:
    """(resident_id, follow_up_result) for every contact made on a date in
    [start, end] (ISO dates, inclusive): the `follow_ups` table of the
    statistical return counts each person once per result they had."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT resident_id, result FROM follow_ups WHERE actual_date BETWEEN ? AND ? AND result IS NOT NULL"
        " ORDER BY resident_id, actual_date, id", (start, end))]


def planned_keys(conn) -> list[tuple[int, str]]:
    """(resident_id, planned_date) of every contact: what an import matches on."""
    return [(r[0], r[1]) for r in conn.execute("SELECT resident_id, planned_date FROM follow_ups")]
