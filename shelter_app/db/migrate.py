"""Numbered SQL migrations (migrations/NNNN_name.sql), each applied in one
transaction; `PRAGMA user_version` records the last one applied. A database
newer than the app is refused rather than guessed at (as Electrum does)."""

from __future__ import annotations

import re
from importlib import resources

from shelter_app.errors import StorageError


def available() -> list[tuple[int, str, str]]:
    folder = resources.files("shelter_app.db") / "migrations"
    found = []
    for entry in folder.iterdir():
        m = re.fullmatch(r"(\d{4})_[a-z0-9_]+\.sql", entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    # No gaps and no repeats: a migration numbered below a database's version
    # would never run on it.
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps or repeats: {numbers}")
    return found


def latest() -> int:
    found = available()
    return found[-1][0] if found else 0


def upgrade(db, target: int | None = None) -> int:
    """Apply every migration above the database's version, up to `target`."""
    conn = db.conn
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    migrations = available()
    newest = migrations[-1][0] if migrations else 0
    if current > newest:
        raise StorageError(
            "This database was saved by a newer version of the app (schema {found}; this version "
            "knows up to {known}). Install the newer version to open it.", found=current, known=newest)
    target = newest if target is None else target
    for number, name, sql in migrations:
        if number <= current or number > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except Exception as exc:
            conn.execute("ROLLBACK")
            raise StorageError("The database could not be upgraded to schema {number} ({reason}); "
                               "it was left as it was.", number=number, reason=str(exc)) from exc
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = number
    return current


def _statements(script: str):
    """Split a script into statements, keeping trigger bodies whole."""
    import sqlcipher3

    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
