from __future__ import annotations


def insert(conn, resident_id: int, intake_date: str, room: str = "", exit_date: str | None = None,
           exit_reason: str | None = None, place_id: int | None = None) -> int:
    return conn.execute("INSERT INTO stays (resident_id, intake_date, room, exit_date, exit_reason, place_id)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (resident_id, intake_date, room, exit_date, exit_reason, place_id)).lastrowid


def for_resident(conn, resident_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM stays WHERE resident_id = ? ORDER BY intake_date, id",
                                          (resident_id,))]


def get(conn, stay_id: int):
    row = conn.execute("SELECT * FROM stays WHERE id = ?", (stay_id,)).fetchone()
    return dict(row) if row else None


def open_stay(conn, resident_id: int):
    row = conn.execute("SELECT * FROM stays WHERE resident_id = ? AND exit_date IS NULL", (resident_id,)).fetchone()
    return dict(row) if row else None


def discharge(conn, stay_id: int, exit_date: str, exit_reason: str) -> None:
    conn.execute("UPDATE stays SET exit_date = ?, exit_reason = ? WHERE id = ?", (exit_date, exit_reason, stay_id))


def update(conn, stay_id: int, **fields) -> None:
    cols = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE stays SET {cols} WHERE id = ?", (*fields.values(), stay_id))


def delete(conn, stay_id: int) -> None:
    conn.execute("DELETE FROM stays WHERE id = ?", (stay_id,))


def in_shelter_count(conn) -> int:
    return conn.execute("SELECT count(DISTINCT resident_id) FROM stays WHERE exit_date IS NULL").fetchone()[0]
