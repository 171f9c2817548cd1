"""The encrypted connection.

A SQLCipher 4 file opened with a random 256-bit raw key handed to the driver's
key function. Opening never creates a file: a wrong key, a missing key file or
a damaged file is an error, never a fresh or unencrypted database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from shelter_app import paths, text
from shelter_app.db import migrate
from shelter_app.db.lockfile import ProcessLock
from shelter_app.errors import StorageError

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def _raw_key_literal(key: bytes) -> bytes:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return b"x'" + key.hex().encode("ascii") + b"'"


def _storage_error(exc: Exception) -> StorageError:
    message = str(exc).lower()
    if "full" in message:
        return StorageError("The disk is full: the change was not saved. Free some space and try again.")
    if "disk i/o" in message:
        return StorageError("The disk could not be written (it may be full or failing): the change was not saved.")
    if "readonly" in message or "read-only" in message:
        return StorageError("The database is read-only: the change was not saved.")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StorageError("The database file is damaged or does not match its key file.")
    if "locked" in message or "busy" in message:
        return StorageError("The database is busy. Try again.")
    return StorageError("The database could not be written: {reason}", reason=str(exc))


class _NoLock:
    """Stands in for the process lock of a worker's connection."""

    def acquire(self) -> None:
        pass

    def release(self) -> None:
        pass


class Database:
    """One open, keyed connection with its process lock."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, lock: ProcessLock) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._depth = 0

    # --- opening ------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, key: bytes) -> Database:
        path = Path(path)
        if path.exists():
            raise StorageError("A database already exists at {path}.", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        db = cls._connect(path, key, create=True)
        with contextlib.suppress(OSError):
            path.chmod(0o600)
        return db

    @classmethod
    def open(cls, path: Path | str, key: bytes) -> Database:
        path = Path(path)
        if not path.is_file():
            raise StorageError("No database at {path}.", path=str(path))
        return cls._connect(path, key, create=False)

    @classmethod
    def open_worker(cls, path: Path | str, key: bytes) -> "Database":
        """A second connection to a database this process already holds open,
        for one background thread (the session's connection never crosses
        threads). No process lock (the session holds it) and no migration (the
        session ran it); WAL lets it read while the session writes, and the
        busy timeout queues its own few writes (an audit entry) behind the
        session's."""
        path = Path(path)
        if not path.is_file():
            raise StorageError("No database at {path}.", path=str(path))
        return cls._connect(path, key, create=False, lock=_NoLock(), upgrade=False)

    @classmethod
    def _connect(cls, path: Path, key: bytes, create: bool, lock=None, upgrade: bool = True) -> "Database":
        if lock is None:
            lock = ProcessLock(paths.lock_file_for(path))
        lock.acquire()
        conn = None
        try:
            if not create and upgrade:
                # Under the lock: finish or clean up a key change a crash interrupted
                # (not from a worker's second connection: the session's opening did it).
                from shelter_app.db import rotation

                rotation.recover(path)
            from shelter_app import housekeeping

            housekeeping.remove_scratch(path.parent)
            housekeeping.owner_only(path)
            conn = cls._keyed(cls._uri(path, "rwc" if create else "rw"), key)
            db = cls(path, conn, lock)
            if upgrade:
                migrate.upgrade(db)
            return db
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            if create:
                for leftover in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            raise

    @classmethod
    def _keyed(cls, uri: str, key: bytes) -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            conn.row_factory = sqlcipher3.Row
            version = conn.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise StorageError("The database driver is not SQLCipher: refusing to store records unencrypted.")
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.set_key(_raw_key_literal(key))
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except DatabaseError:
                raise StorageError("The database file is damaged or does not match its key file.") from None
            cls._configure(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _configure(conn: sqlcipher3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary files on disk
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Decrypted pages stay in memory: each page read from disk costs a decryption.
        conn.execute("PRAGMA cache_size = -65536")
        conn.create_function("search_terms", 1, lambda s: text.search_terms(s or ""), deterministic=True)
        conn.create_function("name_key", 1, lambda s: text.name_key(s or ""), deterministic=True)

    # --- use ----------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """A change is one transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise _storage_error(exc) from None
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(DatabaseError):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
                raise _storage_error(exc) from None
            raise
        finally:
            self._depth = 0

    def execute(self, sql: str, params=()) -> sqlcipher3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> list[sqlcipher3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params=()):
        return self.conn.execute(sql, params).fetchone()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def rotate(self, new_key: bytes, new_key_file: bytes, audit_entry: dict, key: bytes | None = None) -> None:
        """Re-encrypt under `new_key` without touching the live file until the
        new one is complete (db/rotation.py); afterwards this connection is
        on the new file. Raises StorageError with the database unchanged, or,
        when the files were being swapped, closes it (the next opening
        finishes the swap).

        With `key` (the current one) and a runner for slow steps
        (db/background.py), the new file is written by a worker thread on a
        connection of its own; only the swap runs here."""
        from shelter_app.db import background, rotation

        if self._depth:
            raise RuntimeError("rotate inside a transaction")
        if key is not None and background.active():
            prepared = self._prepare_apart(key, new_key, new_key_file, audit_entry)
        else:
            prepared = rotation.prepare(self.conn, self.path, new_key, new_key_file, audit_entry)
        rotation.write_journal(self.path, prepared)
        try:
            rotation._fault("close_live")
            with contextlib.suppress(DatabaseError):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
            rotation.swap(self.path)
            self.conn = self._keyed(self._uri(self.path, "rw"), new_key)
        except BaseException as exc:
            if self.conn is not None:
                with contextlib.suppress(DatabaseError):
                    self.conn.close()
                self.conn = None
            self._lock.release()
            if isinstance(exc, (OSError, DatabaseError)):
                raise StorageError("The database was re-encrypted but its files could not be put in place "
                                   "({reason}). Open it again to finish.", reason=str(exc)) from None
            raise
        background.run(lambda: rotation.drop_old(self.path))  # a large file's blocks: off the window's thread

    def _writes(self) -> tuple[int, int]:
        """Changes since: this connection's own count and SQLite's count of other connections' commits."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _prepare_apart(self, key: bytes, new_key: bytes, new_key_file: bytes, audit_entry: dict):
        from shelter_app.db import background, rotation

        def checkpoint_apart() -> None:
            # The log is written into the live file first, by a connection of its own: the
            # checkpoint before the swap (rotate) then has nothing left to write. On this
            # thread it held the window ~0.1 s at 100k residents after a day's writes.
            other = Database.open_worker(self.path, key)
            try:
                other.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                other.close(checkpoint=False)

        background.run(checkpoint_apart)
        before = self._writes()

        def on_a_connection_of_its_own():
            other = Database.open_worker(self.path, key)
            try:
                return rotation.prepare(other.conn, self.path, new_key, new_key_file, audit_entry)
            finally:
                other.close(checkpoint=False)  # a checkpoint would count as a change below

        prepared = background.run(on_a_connection_of_its_own)
        if self._writes() != before:  # the copy would miss what was written meanwhile
            rotation.discard(prepared)
            raise StorageError("The database changed while it was being re-encrypted, so it was not: it is "
                               "unchanged. Try again.")
        return prepared

    @staticmethod
    def _uri(path: Path, mode: str) -> str:
        return "file:" + path.resolve().as_posix().replace("?", "%3f").replace("#", "%23") + f"?mode={mode}"

    def integrity_problems(self) -> list[str]:
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"cipher: {r[0]}" for r in self.conn.execute("PRAGMA cipher_integrity_check")]
        problems += [f"foreign key: {tuple(r)}" for r in self.conn.execute("PRAGMA foreign_key_check")]
        return problems

    def close(self, checkpoint: bool = True) -> None:
        if self.conn is not None:
            if checkpoint:
                with contextlib.suppress(DatabaseError):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
        self._lock.release()

    @property
    def closed(self) -> bool:
        return self.conn is None
