"""The queries behind the anchored audit log (shelter_app/anchors.py)."""

from __future__ import annotations

from shelter_app.db.audit import GENESIS


def head(conn) -> tuple[int, str]:
    """The last entry's number and hash (0 and the genesis hash for an empty log)."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def hash_at(conn, position: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (position,)).fetchone()
    return row[0] if row else None


def first_written_after(conn, position: int, at: str) -> int | None:
    """The first entry up to `position` whose time is after `at`."""
    row = conn.execute("SELECT min(id) FROM audit_log WHERE id <= ? AND ts > ?", (position, at)).fetchone()
    return row[0] if row and row[0] is not None else None
