"""Re-encryption under a new key that cannot lose the database
(security.md, "Keys").

The live file is never touched until the new one is complete:

1. `sqlcipher_export` the open database into a scratch file beside it, under
   the new key (the schema version copied too);
2. add the rotation's audit entry to the copy (so a rotation that did not
   happen is never logged as done), check its structure (COPY_CHECK) while
   its pages are still in the cache as written, and compare its counts;
3. fsync it, open it on its own with the new key and check that every page
   on disk authenticates (`cipher_integrity_check`); write the new key file
   beside the old one (`.keys.next`), fsync;
4. write the journal (`<db>.rotation`), fsync the folder — the decision;
5. close the live connection, drop its (checkpointed) log, rename the scratch
   file over the database, rename the new key file over the old, fsync the
   folder, remove the journal.

`recover()` runs before every opening: with a journal, it finishes steps 5
(everything it needs was synced before the journal was written); without
one, it removes what a rotation that never decided left behind. A full disk,
a crash or a kill at any step leaves a database that opens with the
credentials valid just before or just after.

`_fault(step)` is called before every write, sync and rename: tests make it
raise ENOSPC or kill the process there."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from shelter_app import paths
from shelter_app.db import audit as audit_db
from shelter_app.errors import StorageError

JOURNAL_FORMAT = "shelter-rotation/1"

# SQLite's check of the copy's structure, run on its pages as written (still
# in the cache). `quick_check` is `integrity_check` without re-deriving every
# index from its table: the indexes of a fresh export were just built by SQLite
# from those rows, and what a disk can damage — any page — is caught by the
# structure check here and by every page's authentication on disk
# (`_check_on_disk`). The full cross-check costs about 1.3× a plain
# VACUUM INTO of the database by itself (bench storage); set "integrity_check"
# here to run it anyway.
COPY_CHECK = "quick_check"

STEPS = ("export", "audit_entry", "check", "sync_database", "write_key_file", "write_journal",
         "close_live", "swap_database", "sync_folder", "swap_key_file", "remove_journal")


def _fault(step: str) -> None:
    """A named point of the rotation (tests inject a full disk or a kill here)."""


def journal_for(database: Path) -> Path:
    return database.with_name(database.name + ".rotation")


def next_key_file_for(database: Path) -> Path:
    key_path = paths.key_file_for(database)
    return key_path.with_name(key_path.name + ".next")


def scratch_prefix(database: Path) -> str:
    return f".{database.name}.rotating."


def old_copy_for(database: Path) -> Path:
    """A second name of the old database during the swap (see swap and drop_old)."""
    return database.with_name(scratch_prefix(database) + "old")


def drop_old(database: Path) -> None:
    """Delete the old database after the swap: the blocks of a large file are
    freed as it goes (~50 ms for 300 MB), so the caller may do it off the
    window's thread (db/background.py). recover() does it otherwise."""
    _unlink(old_copy_for(database))


def _key_literal(key: bytes) -> str:
    return "x'" + key.hex() + "'"


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    _fsync_file(folder)


def _write_synced(path: Path, data: bytes) -> None:
    """Write and fsync a new file (the caller renames it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


@dataclass
class Prepared:
    """A complete, checked, synced copy under the new key, and the new key file beside the old."""
    scratch: Path
    next_keys: Path


def _is_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, OSError) and getattr(exc, "errno", None) in (28, 27, 122) or "full" in text


def failure(exc: BaseException) -> StorageError:
    if _is_full(exc):
        return StorageError("The disk is full: the database was not re-encrypted and is unchanged. "
                            "Free some space and try again.")
    return StorageError("The database could not be re-encrypted ({reason}); it is unchanged.",
                        reason=getattr(exc, "strerror", None) or str(exc))


def prepare(conn, database: Path, new_key: bytes, new_key_file: bytes, audit_entry: dict) -> Prepared:
    """Steps 1–3. On any failure every scratch file is removed and the live
    database is as it was; the error is raised as a StorageError."""
    scratch = database.with_name(scratch_prefix(database) + secrets.token_hex(4))
    next_keys = next_key_file_for(database)
    attached = False
    try:
        _fault("export")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        os.close(os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner only, before any byte
        conn.execute("ATTACH DATABASE ? AS rotated KEY ?", (str(scratch), _key_literal(new_key)))
        attached = True
        # The copy is nothing until it is checked and synced below: no
        # journal and no sync while it is written, one fsync at the end.
        conn.execute("PRAGMA rotated.journal_mode = OFF")
        conn.execute("PRAGMA rotated.synchronous = OFF")
        # Large enough to keep the whole copy's pages decrypted for the check below.
        conn.execute("PRAGMA rotated.cache_size = -262144")
        conn.execute("SELECT sqlcipher_export('rotated')")
        conn.execute(f"PRAGMA rotated.user_version = {int(version):d}")
        _fault("audit_entry")
        _append_audit(conn, audit_entry)
        _fault("check")
        # At once: the copy's structure checked from the cache as written,
        # every page on disk authenticated under the new key, and the sync.
        with ThreadPoolExecutor(max_workers=2) as pool:
            on_disk = pool.submit(_check_on_disk, scratch, new_key, version)
            synced = pool.submit(_sync_step, scratch)
            try:
                _check_copy(conn)
            finally:
                errors = [f.exception() for f in (synced, on_disk)]
        for error in errors:
            if error is not None:
                raise error
        conn.execute("DETACH DATABASE rotated")
        attached = False
        _fault("write_key_file")
        _write_synced(next_keys, new_key_file)
        _fsync_dir(database.parent)
    except BaseException as exc:
        if attached:
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.execute("DETACH DATABASE rotated")
        _unlink(scratch)
        _unlink(next_keys)
        if isinstance(exc, (OSError, sqlcipher3.DatabaseError, StorageError)):
            raise (exc if isinstance(exc, StorageError) else failure(exc)) from None
        raise
    return Prepared(scratch, next_keys)


def discard(prepared: Prepared) -> None:
    """A prepared copy that will not be swapped in (no journal was written)."""
    _unlink(prepared.scratch)
    _unlink(prepared.next_keys)


def _append_audit(conn, entry: dict) -> None:
    """The rotation's audit entry, chained onto the copy's log (only the new
    file says the rotation was done)."""
    last = conn.execute("SELECT id, hash FROM rotated.audit_log ORDER BY id DESC LIMIT 1").fetchone()
    entry_id = (last[0] + 1) if last else 1
    prev = last[1] if last else audit_db.GENESIS
    ts = audit_db.now_utc()
    details = json.dumps(entry.get("details") or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    values = (entry_id, ts, entry["username"], entry["action"], entry.get("record_type", ""),
              str(entry.get("record_id", "")), details)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT INTO rotated.audit_log (id, ts, username, action, record_type, record_id, details,"
                     " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (*values, prev, audit_db.entry_hash(*values, prev)))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher3.DatabaseError):
            conn.execute("ROLLBACK")
        raise


def _sync_step(scratch: Path) -> None:
    _fault("sync_database")
    _fsync_file(scratch)


def _check_copy(conn) -> None:
    """SQLite's check of the copy (its pages are still in the attached
    database's cache, as written) and the same counts as the live one."""
    problems = [r[0] for r in conn.execute(f"PRAGMA rotated.{COPY_CHECK}") if r[0] != "ok"]
    for table in ("residents", "audit_log", "accounts", "role_certificates"):
        live = conn.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]  # noqa: S608 - fixed names
        copy = conn.execute(f"SELECT count(*) FROM rotated.{table}").fetchone()[0]  # noqa: S608
        if copy != live + (1 if table == "audit_log" else 0):
            problems.append(table)
    if problems:
        raise StorageError("The re-encrypted copy failed its check; the database is unchanged.")


def _check_on_disk(scratch: Path, key: bytes, version: int) -> None:
    """Open the synced file on its own with the new key: every page on disk
    must authenticate (SQLCipher's page HMACs) and the schema be the live one's."""
    conn = sqlcipher3.connect(str(scratch), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"{_key_literal(key)}\"")
        conn.execute("PRAGMA query_only = ON")
        if conn.execute("PRAGMA user_version").fetchone()[0] != version:
            raise StorageError("The re-encrypted copy is incomplete; the database is unchanged.")
        if list(conn.execute("PRAGMA cipher_integrity_check")):
            raise StorageError("The re-encrypted copy failed its check; the database is unchanged.")
    finally:
        conn.close()


def write_journal(database: Path, prepared: Prepared) -> None:
    """Step 4: from here on the rotation is finished, now or at the next start."""
    journal = journal_for(database)
    tmp = journal.with_name(journal.name + ".tmp")
    data = json.dumps({"format": JOURNAL_FORMAT, "database": prepared.scratch.name,
                       "key_file": prepared.next_keys.name}).encode("utf-8")
    try:
        _fault("write_journal")
        _write_synced(tmp, data)
        os.replace(tmp, journal)
        _fsync_dir(database.parent)
    except BaseException as exc:
        _unlink(tmp)
        _unlink(journal)
        _unlink(prepared.scratch)
        _unlink(prepared.next_keys)
        if isinstance(exc, OSError):
            raise failure(exc) from None
        raise


def swap(database: Path) -> None:
    """Step 5 (the live connection already closed): put the new files in
    place as the journal says. Safe to repeat after a crash at any point."""
    journal = journal_for(database)
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        if data.get("format") != JOURNAL_FORMAT:
            raise ValueError("format")
        scratch = database.with_name(str(data["database"]))
        next_keys = database.with_name(str(data["key_file"]))
        if scratch.parent != database.parent or next_keys.parent != database.parent:
            raise ValueError("path")
    except (OSError, ValueError, KeyError, TypeError):
        raise StorageError("The record of an unfinished key change ({path}) is damaged. Do not delete any "
                           "file beside the database; ask for help.", path=str(journal)) from None
    if scratch.exists():
        # The old database's log was folded in before the copy was made; it
        # must never be replayed onto the new file.
        for leftover in (Path(str(database) + "-wal"), Path(str(database) + "-shm")):
            _unlink(leftover)
        # The old file keeps a second name until drop_old(): replacing its last name would
        # free its blocks here, with the database closed and the window waiting.
        old = old_copy_for(database)
        _unlink(old)
        with contextlib.suppress(OSError):  # no hard links on this file system: freed here, as before
            os.link(database, old)
        _fault("swap_database")
        os.replace(scratch, database)
        _fault("sync_folder")
        _fsync_dir(database.parent)
    if next_keys.exists():
        _fault("swap_key_file")
        os.replace(next_keys, paths.key_file_for(database))
        _fsync_dir(database.parent)
    _fault("remove_journal")
    journal.unlink()
    _fsync_dir(database.parent)


def recover(database: Path) -> None:
    """Before opening: finish a decided rotation, or clean up an undecided one."""
    journal = journal_for(database)
    if journal.exists():
        try:
            swap(database)
        except OSError as exc:
            raise StorageError("An unfinished key change could not be completed ({reason}). Free some space "
                               "and open the database again.", reason=exc.strerror or str(exc)) from None
        drop_old(database)
        return
    _unlink(journal.with_name(journal.name + ".tmp"))
    _unlink(next_key_file_for(database))
    for leftover in database.parent.glob(scratch_prefix(database) + "*"):
        _unlink(leftover)
