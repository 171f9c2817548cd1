"""Database snapshots for backups: written with `VACUUM INTO` through the open
connection (one consistent read; the copy is SQLCipher-encrypted with the same
key, and keeps the schema version), and checked on their own, read-only,
before anyone trusts them."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3


def _key_literal(key: bytes) -> bytes:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return b"x'" + key.hex().encode("ascii") + b"'"


def _uri(path: Path, mode: str) -> str:
    return "file:" + Path(path).resolve().as_posix().replace("?", "%3f").replace("#", "%23") + f"?mode={mode}"


def vacuum_into(conn, target: Path) -> None:
    """A compact, consistent copy of the open database at `target` (which must
    not exist). Called outside any transaction."""
    import os

    # An empty file made first, readable by the owner only; SQLite fills it.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn.execute("VACUUM INTO ?", (str(target),))


@dataclass
class SnapshotCheck:
    problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    residents: int = 0
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path, key: bytes) -> SnapshotCheck:
    """Open a snapshot read-only with `key` and run SQLite's integrity check,
    SQLCipher's page authentication check and the foreign-key check."""
    result = SnapshotCheck()
    conn = None
    try:
        conn = sqlcipher3.connect(_uri(path, "ro"), uri=True, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_key_literal(key))
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA query_only = ON")
        # The integrity check visits pages many times; decrypting each once is
        # twice as fast. The memory is given back when the check is done.
        conn.execute("PRAGMA cache_size = -131072")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        result.problems += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        result.problems += [f"cipher: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")]
        result.problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
        result.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "residents" in tables:
            result.residents = conn.execute("SELECT count(*) FROM residents").fetchone()[0]
        if "audit_log" in tables:
            result.audit_entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        result.problems.append(str(exc))
    finally:
        if conn is not None:
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.close()
    return result


def checkpoint_file(path: Path, key: bytes) -> bool:
    """Fold a database's write-ahead log into the file (with its key), so the
    file alone holds every committed change. False when the key does not open it."""
    conn = None
    try:
        conn = sqlcipher3.connect(_uri(path, "rw"), uri=True, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_key_literal(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0
    except sqlcipher3.DatabaseError:
        return False
    finally:
        if conn is not None:
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.close()


def counts(conn) -> dict[str, int]:
    """What a backup's manifest records, to be compared with its snapshot."""
    return {"residents": conn.execute("SELECT count(*) FROM residents").fetchone()[0],
            "audit_entries": conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]}


def cases_and_audit(path: Path, key: bytes) -> tuple[set[str], list[str]]:
    """A snapshot's case numbers and audit hashes in order (what a restore
    compares with the live database)."""
    conn = sqlcipher3.connect(_uri(path, "ro"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_key_literal(key))
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA query_only = ON")
        return cases_and_audit_of(conn)
    finally:
        conn.close()


def cases_and_audit_of(conn) -> tuple[set[str], list[str]]:
    cases = {r[0] for r in conn.execute("SELECT case_number FROM residents")}
    hashes = [r[0] for r in conn.execute("SELECT hash FROM audit_log ORDER BY id")]
    return cases, hashes
