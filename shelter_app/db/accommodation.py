"""SQL for places (shelter rooms, rented apartments), moves within a stay and
who is where on a day."""

from __future__ import annotations


def insert_place(conn, name: str, place_type: str, capacity: int, notes: str, now: str) -> int:
    return conn.execute("INSERT INTO places (name, place_type, capacity, notes, created_at) VALUES (?, ?, ?, ?, ?)",
                        (name, place_type, capacity, notes, now)).lastrowid


def update_place(conn, place_id: int, **fields) -> None:
    cols = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE places SET {cols} WHERE id = ?", (*fields.values(), place_id))


def get_place(conn, place_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
    return dict(row) if row else None


def place_by_name(conn, name: str) -> dict | None:
    row = conn.execute("SELECT * FROM places WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
    return dict(row) if row else None


def list_places(conn, include_inactive: bool = False) -> list[dict]:
    sql = "SELECT * FROM places" + ("" if include_inactive else " WHERE active = 1") + " ORDER BY name COLLATE NOCASE"
    return [dict(r) for r in conn.execute(sql)]


# The place of a stay on a day: its last move on or before that day, else where it began.
def place_on(day: str = ":day") -> str:
    return ("coalesce((SELECT m.place_id FROM stay_moves m WHERE m.stay_id = s.id AND m.moved_on <= " + day +
            " ORDER BY m.moved_on DESC, m.id DESC LIMIT 1), s.place_id)")


PLACE_ON = place_on()


def occupants(conn, day: str) -> list[dict]:
    """Everyone in the shelter on `day` with the place they are in (None when no place is recorded)."""
    sql = (f"SELECT s.id AS stay_id, s.resident_id, r.case_number, r.full_name, r.sex, s.intake_date, s.room,"
           f" {PLACE_ON} AS place_id FROM stays s JOIN residents r ON r.id = s.resident_id"
           f" WHERE s.intake_date <= :day AND (s.exit_date IS NULL OR s.exit_date > :day)"
           f" ORDER BY r.case_number")
    return [dict(r) for r in conn.execute(sql, {"day": day})]


def occupied(conn, place_id: int, day: str, exclude_stay: int | None = None) -> int:
    sql = (f"SELECT count(*) FROM stays s WHERE s.intake_date <= :day AND (s.exit_date IS NULL OR s.exit_date > :day)"
           f" AND {PLACE_ON} = :place AND s.id IS NOT :exclude")
    return conn.execute(sql, {"day": day, "place": place_id, "exclude": exclude_stay}).fetchone()[0]


def insert_move(conn, stay_id: int, moved_on: str, place_id: int, recorded_by: str, now: str) -> int:
    return conn.execute("INSERT INTO stay_moves (stay_id, moved_on, place_id, recorded_by, recorded_at)"
                        " VALUES (?, ?, ?, ?, ?)", (stay_id, moved_on, place_id, recorded_by, now)).lastrowid


def moves_for_stay(conn, stay_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT m.*, p.name AS place_name FROM stay_moves m JOIN places p ON p.id = m.place_id"
        " WHERE m.stay_id = ? ORDER BY m.moved_on, m.id", (stay_id,))]


def stays_with_places(conn, resident_id: int, day: str) -> list[dict]:
    """A resident's stays with the name of the place each began in and the place now (or at exit)."""
    sql = (f"SELECT s.*, p0.name AS first_place_name,"
           f" (SELECT p.name FROM places p WHERE p.id = {place_on('coalesce(s.exit_date, :day)')}) AS place_name"
           f" FROM stays s LEFT JOIN places p0 ON p0.id = s.place_id"
           f" WHERE s.resident_id = :rid ORDER BY s.intake_date, s.id")
    return [dict(r) for r in conn.execute(sql, {"rid": resident_id, "day": day})]
