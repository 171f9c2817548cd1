"""Backups and restoring them.

A backup is one file: a SQLCipher snapshot of the database (still encrypted
with the database key) and the key file that unwraps that key for each
account and for the recovery key — so it opens with a staff password or the
recovery key, and with nothing else. The whole file is authenticated with
HMAC-SHA256 under a key derived (HKDF) from the database key: one changed byte
anywhere and it is refused. A short manifest (who made it, when, how many
residents) is encrypted (AES-GCM) under another key derived the same way.

    MAGIC(16) | header length (u32, big-endian) | header (JSON)
    | key file | manifest (nonce + AES-GCM) | snapshot | HMAC-SHA256(all before)

A backup is verified after writing: read back from where it was written,
authenticated, and the snapshot opened and integrity-checked.

Restoring checks everything before it touches the live database, asks for a
confirmation, keeps a safety copy of the current files, and swaps the files so
that a crash at any moment leaves either the old database or the restored one,
whole. The restored key file is first written as `<db>.keys.pending`, which
opening a database already knows to finish (see accounts._open_with): if the
crash comes after the database file was replaced, the next opening completes
the restore; before it, the pending file is discarded.

Restoring over an existing database needs a director of that live database
(or its recovery key): the credentials given are checked against the live
key file and the role against the live database's signed certificates, not
only against the backup. A backup of another organisation is restored only
when the director types its code. The person sees what will be replaced (the
live residents and audit entries the backup does not have), and the replaced
database's audit head is written into the restored one's log."""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import hmac
import json
import os
import secrets
import shutil
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shelter_app import __version__, atomic, paths, unlock
from shelter_app.db import audit as audit_db
from shelter_app.db import migrate
from shelter_app.db import organisation as organisation_db
from shelter_app.db import settings as settings_db
from shelter_app.db import snapshot as snapshot_db
from shelter_app.db.audit import now_utc
from shelter_app.db.connection import Database
from shelter_app.db.keys import KeyFile
from shelter_app.db.lockfile import ProcessLock
from shelter_app.errors import PermissionDenied, ShelterError, StorageError, WrongPassword
from shelter_app.i18n import translate
from shelter_app.permissions import Action, Permission
from shelter_app.session import RECOVERY_USER, Session

MAGIC = b"SHELTER-BACKUP\x00\x01"
FORMAT = "shelter-backup/1"
SUFFIX = ".shelterbackup"
MAC_SIZE = 32
CHUNK = 1 << 20
MAX_HEADER = 64 * 1024
MAX_KEY_FILE = 16 * 1024 * 1024
MAX_MANIFEST = 1024 * 1024
REMIND_AFTER = _dt.timedelta(days=7)
LAST_BACKUP_KEY = "last_backup_at"


class BackupError(StorageError):
    pass


class RestoreCancelledError(ShelterError):
    pass


def _step(name: str) -> None:
    """A named point in a restore; tests make the process die here."""


# --- keys -----------------------------------------------------------------------------

def _derive(database_key: bytes, salt: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"shelter-app backup " + purpose).derive(database_key)


# --- what a backup says about itself ---------------------------------------------------

@dataclass
class BackupInfo:
    created_at: str
    created_by: str
    organisation_code: str
    organisation_name: str
    schema_version: int
    app_version: str
    residents: int
    audit_entries: int
    accounts: list[str] = field(default_factory=list)
    size: int = 0

    @classmethod
    def from_json(cls, data: dict, size: int) -> "BackupInfo":
        return cls(created_at=str(data.get("created_at", "")), created_by=str(data.get("created_by", "")),
                   organisation_code=str(data.get("organisation_code", "")),
                   organisation_name=str(data.get("organisation_name", "")),
                   schema_version=int(data.get("schema_version", 0)), app_version=str(data.get("app_version", "")),
                   residents=int(data.get("residents", 0)), audit_entries=int(data.get("audit_entries", 0)),
                   accounts=[str(a) for a in data.get("accounts", [])], size=size)


@dataclass
class BackupResult:
    path: Path
    size: int
    sha256: str
    info: BackupInfo


@dataclass
class Replaced:
    """What the live database has that the backup does not, and its audit head."""
    organisation_code: str
    organisation_name: str
    residents_beyond: int
    audit_entries_beyond: int
    head_entries: int
    head_hash: str


@dataclass
class RestoreResult:
    database: Path
    info: BackupInfo
    safety_copy: Path | None


# --- writing --------------------------------------------------------------------------

def default_file_name(now: _dt.datetime | None = None) -> str:
    now = now or _dt.datetime.now()
    return f"shelter-backup-{now:%Y-%m-%d-%H%M%S}{SUFFIX}"


def _target_path(out: Path) -> Path:
    out = Path(out)
    if out.is_dir():
        return out / default_file_name()
    if not out.parent.is_dir():
        raise BackupError("The folder {path} does not exist.", path=str(out.parent))
    target, how = atomic.resolve_target(out)
    if how != "replace":
        # A backup is read back and verified: it must be a file that stays.
        raise BackupError("A backup is written to a file or a folder: {path} is neither. Nothing was written.",
                          path=str(out))
    return target


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _scratch(folder: Path, stem: str) -> Path:
    return folder / f".{stem}.{os.getpid()}-{secrets.token_hex(4)}"


def _remove_leftovers(database: Path, kind: str) -> None:
    """Scratch files left by a process that died (they are encrypted, but
    they take room)."""
    for leftover in database.parent.glob(f".{database.name}{kind}.*"):
        _unlink(leftover)


def _unlink(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def _io_error(exc: OSError, path: Path) -> BackupError:
    return BackupError("Could not write {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))


def create(session: Session, out: Path | str, progress=None) -> BackupResult:
    """Back up the open database to `out` (a file, or a folder to put a
    dated file in); verified before it is reported done. progress(step, 4)
    after the snapshot, the writing, and the verification."""
    def step(n: int) -> None:
        if progress is not None:
            progress(n, 4)

    session.require(Permission.BACKUP)
    target = _target_path(Path(out))
    if target.resolve() in (session.path.resolve(), paths.key_file_for(session.path).resolve()):
        raise BackupError("Choose another name for the backup file: {path}.", path=str(target))
    conn = session.db.conn
    org = organisation_db.get(conn)
    # The backup carries the audit head signed now (in its key file): a copy that leaves the machine.
    from shelter_app import anchors

    with contextlib.suppress(ShelterError):
        anchors.record(session)
    _remove_leftovers(session.path, ".snapshot")
    snapshot = _scratch(session.path.parent, session.path.name + ".snapshot")
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        try:
            snapshot_db.vacuum_into(conn, snapshot)
        except Exception as exc:  # full disk, read-only folder
            raise BackupError("The database snapshot could not be written: {reason}", reason=str(exc)) from None
        step(1)
        counts = snapshot_db.counts(conn)
        manifest: dict[str, Any] = {
            "created_at": now_utc(), "created_by": session.user.username,
            "organisation_code": org["code"] if org else "", "organisation_name": org["name"] if org else "",
            "schema_version": session.db.schema_version, "app_version": __version__,
            "residents": counts["residents"], "audit_entries": counts["audit_entries"],
            "accounts": sorted(e.username for e in session.key_file.envelopes if e.kind == "account"),
            "database_id": session.key_file.database_id, "generation": session.key_file.generation,
        }
        try:
            digest = _write_container(tmp, session.key_file.to_bytes(), manifest, snapshot, session.database_key)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise _io_error(exc, target) from None
    finally:
        _unlink(snapshot)
        _unlink(tmp)
    step(2)
    try:
        info = _verify_written(target, session.database_key, session.path.parent)
    except BaseException:
        _unlink(target)
        raise
    step(3)
    with session.transaction():
        settings_db.put(conn, LAST_BACKUP_KEY, manifest["created_at"])
        session.audit(Action.BACKUP_CREATED, "database", "", {
            "file": target.name, "size": info.size, "sha256": digest, "residents": info.residents})
    return BackupResult(target, info.size, digest, info)


def _write_container(path: Path, key_file: bytes, manifest: dict, snapshot: Path, database_key: bytes) -> str:
    salt = os.urandom(16)
    snapshot_size = snapshot.stat().st_size
    nonce = os.urandom(12)
    # The key file's plain hash only tells a damaged file from a wrong password;
    # the MAC is what protects the backup.
    header_fields = {"format": FORMAT, "salt": salt.hex(), "key_file_size": len(key_file),
                     "key_file_sha256": hashlib.sha256(key_file).hexdigest(),
                     "manifest_size": 0, "snapshot_size": snapshot_size}
    # The manifest's size is in the header, and the header is the manifest's
    # associated data: encrypt once to learn the size (AES-GCM adds 16 bytes).
    manifest_plain = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
    header_fields["manifest_size"] = len(nonce) + len(manifest_plain) + 16
    header = json.dumps(header_fields, sort_keys=True).encode("ascii")
    sealed = nonce + AESGCM(_derive(database_key, salt, b"manifest")).encrypt(nonce, manifest_plain, header)
    mac = hmac.new(_derive(database_key, salt, b"mac"), digestmod=hashlib.sha256)
    whole = hashlib.sha256()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        def put(data: bytes) -> None:
            mac.update(data)
            whole.update(data)
            fh.write(data)

        put(MAGIC)
        put(struct.pack(">I", len(header)))
        put(header)
        put(key_file)
        put(sealed)
        with open(snapshot, "rb") as src:
            while chunk := src.read(CHUNK):
                put(chunk)
        tag = mac.digest()
        whole.update(tag)
        fh.write(tag)
        fh.flush()
        os.fsync(fh.fileno())
    return whole.hexdigest()


# --- reading --------------------------------------------------------------------------

@dataclass
class _Opened:
    path: Path
    size: int
    header: bytes
    fields: dict
    key_file: KeyFile
    key_file_raw: bytes
    sealed_manifest: bytes
    body_offset: int


def _damaged() -> BackupError:
    return BackupError("This file is not a backup of this app, or it is damaged or was altered.")


def _open(path: Path) -> _Opened:
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise _damaged()
            raw_len = fh.read(4)
            if len(raw_len) != 4:
                raise _damaged()
            (header_len,) = struct.unpack(">I", raw_len)
            if not 0 < header_len <= MAX_HEADER:
                raise _damaged()
            header = fh.read(header_len)
            try:
                fields = json.loads(header.decode("ascii"))
                key_size, manifest_size = int(fields["key_file_size"]), int(fields["manifest_size"])
                snapshot_size = int(fields["snapshot_size"])
                bytes.fromhex(fields["salt"])
            except (ValueError, KeyError, TypeError, UnicodeDecodeError):
                raise _damaged() from None
            if fields.get("format") != FORMAT:
                kind, _, version = str(fields.get("format")).partition("/")
                if kind == FORMAT.split("/")[0] and version.isdigit() and int(version) > int(FORMAT.split("/")[1]):
                    raise BackupError("This backup was made by a newer version of the app. Install it to restore.")
                raise _damaged()
            if not (0 < key_size <= MAX_KEY_FILE and 28 < manifest_size <= MAX_MANIFEST and snapshot_size > 0):
                raise _damaged()
            body = len(MAGIC) + 4 + header_len + key_size + manifest_size
            if size != body + snapshot_size + MAC_SIZE:
                raise _damaged()
            raw_keys = fh.read(key_size)
            sealed = fh.read(manifest_size)
            if not hmac.compare_digest(hashlib.sha256(raw_keys).hexdigest(), str(fields.get("key_file_sha256"))):
                raise _damaged()
    except FileNotFoundError:
        raise BackupError("No backup file at {path}.", path=str(path)) from None
    except OSError as exc:
        raise BackupError("Could not read {path}: {reason}", path=str(path), reason=exc.strerror or str(exc)) from None
    try:
        key_file = KeyFile.from_bytes(raw_keys)
    except StorageError:
        raise _damaged() from None
    return _Opened(path, size, header, fields, key_file, raw_keys, sealed, body)


def read_key_file(path: Path | str) -> KeyFile:
    """A backup's key file (public data: envelopes, organisation public keys,
    signed audit heads), without credentials."""
    return _open(Path(path)).key_file


def _database_key(opened: _Opened, unlock: Callable[[KeyFile], bytes]) -> bytes:
    try:
        return unlock(opened.key_file)
    except StorageError:
        raise _damaged() from None


def _manifest(opened: _Opened, database_key: bytes) -> BackupInfo:
    salt = bytes.fromhex(opened.fields["salt"])
    sealed = opened.sealed_manifest
    try:
        plain = AESGCM(_derive(database_key, salt, b"manifest")).decrypt(sealed[:12], sealed[12:], opened.header)
        return BackupInfo.from_json(json.loads(plain.decode("utf-8")), opened.size)
    except (InvalidTag, ValueError, TypeError):
        raise _damaged() from None


def _authenticate_and_extract(opened: _Opened, database_key: bytes, snapshot_out: Path | None) -> None:
    """One pass over the file: check the MAC and (optionally) write the
    snapshot out; the snapshot is removed again if the MAC does not hold."""
    salt = bytes.fromhex(opened.fields["salt"])
    mac = hmac.new(_derive(database_key, salt, b"mac"), digestmod=hashlib.sha256)
    out = None
    try:
        with open(opened.path, "rb") as fh:
            prefix = fh.read(opened.body_offset)
            mac.update(prefix)
            remaining = opened.fields["snapshot_size"]
            if snapshot_out is not None:
                try:
                    fd = os.open(snapshot_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except OSError as exc:
                    raise _io_error(exc, snapshot_out.parent) from None
                out = os.fdopen(fd, "wb")
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    raise _damaged()
                mac.update(chunk)
                if out is not None:
                    try:
                        out.write(chunk)
                    except OSError as exc:  # a full disk beside the database
                        raise _io_error(exc, snapshot_out) from None
                remaining -= len(chunk)
            tag = fh.read(MAC_SIZE)
            if fh.read(1) or not hmac.compare_digest(tag, mac.digest()):
                raise _damaged()
            if out is not None:
                out.flush()
                os.fsync(out.fileno())
    except OSError as exc:
        if snapshot_out is not None:
            _unlink(snapshot_out)
        raise BackupError("Could not read {path}: {reason}", path=str(opened.path),
                          reason=exc.strerror or str(exc)) from None
    except BaseException:
        if snapshot_out is not None:
            _unlink(snapshot_out)
        raise
    finally:
        if out is not None:
            out.close()


def _check_snapshot(snapshot: Path, database_key: bytes, info: BackupInfo) -> None:
    check = snapshot_db.check_file(snapshot, database_key)
    if not check.ok:
        raise BackupError("The database inside the backup failed its integrity check: {problem}",
                          problem=check.problems[0])
    if check.schema_version > migrate.latest():
        raise BackupError("This backup was made by a newer version of the app (schema {found}). "
                          "Install it to restore.", found=check.schema_version)
    if (check.residents, check.audit_entries) != (info.residents, info.audit_entries):
        raise _damaged()


def _verify_written(target: Path, database_key: bytes, scratch_folder: Path) -> BackupInfo:
    opened = _open(target)
    info = _manifest(opened, database_key)
    snapshot = _scratch(scratch_folder, "verify")
    try:
        _authenticate_and_extract(opened, database_key, snapshot)
        _check_snapshot(snapshot, database_key, info)
    finally:
        _unlink(snapshot)
    return info


def inspect(backup_file: Path | str, *, username: str | None = None, password: str | None = None,
            recovery_key: str | None = None, full: bool = True, scratch_folder: Path | None = None) -> BackupInfo:
    """What a backup holds, after checking it opens with these credentials.
    With `full`, the whole file is authenticated and the snapshot
    integrity-checked (in a scratch copy beside the app's data)."""
    unlock_backup = _unlocker(username, password, recovery_key)
    opened = _open(Path(backup_file))
    attempt = _backup_attempt(opened, RECOVERY_USER if recovery_key is not None else str(username))
    try:
        database_key = _database_key(opened, unlock_backup)
    except WrongPassword:
        raise
    except BaseException:
        attempt.cancel()
        raise
    attempt.succeeded()
    info = _manifest(opened, database_key)
    if full:
        info = _verify_written(opened.path, database_key, Path(scratch_folder or paths.data_dir()))
    return info


# --- restoring ------------------------------------------------------------------------

def _safety_copy(database: Path) -> Path | None:
    """Copies of the live database's files into a dated folder beside it."""
    key_path = paths.key_file_for(database)
    pending = key_path.with_name(key_path.name + ".pending")
    sources = [p for p in (database, Path(str(database) + "-wal"), key_path, pending)
               if p.exists() and (p.stat().st_size > 0 or p == database)]
    if not sources:
        return None
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    folder = database.with_name(f"{database.name}.before-restore-{stamp}")
    tmp = folder.with_name(folder.name + ".partial")
    tmp.mkdir(mode=0o700)
    try:
        for src in sources:
            dst = tmp / src.name
            with open(src, "rb") as fin, os.fdopen(os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                                                   "wb") as fout:
                shutil.copyfileobj(fin, fout, CHUNK)
                fout.flush()
                os.fsync(fout.fileno())
        _fsync_dir(tmp)
        os.replace(tmp, folder)
        _fsync_dir(folder.parent)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise BackupError("The safety copy of the current database could not be written, so nothing was "
                          "restored: {reason}", reason=exc.strerror or str(exc)) from None
    return folder


class PreparedRestore:
    """A backup checked and unpacked beside the live database, waiting for a
    confirmation. Nothing live has been touched yet."""

    def __init__(self, opened: _Opened, database: Path, database_key: bytes, info: BackupInfo,
                 snapshot: Path, restored_by: str, unlock: Callable[[KeyFile], bytes],
                 replaced: Replaced | None = None, live_unlock: Callable[[KeyFile], bytes] | None = None) -> None:
        self._opened = opened
        self.database = database
        self._key = database_key
        self.info = info
        self._snapshot: Path | None = snapshot
        self.restored_by = restored_by
        self._unlock = unlock
        self._live_unlock = live_unlock or unlock
        self.replaced = replaced

    @property
    def replaces_existing(self) -> bool:
        return self.database.exists()

    @property
    def other_organisation(self) -> bool:
        """The backup is of another organisation than the live database:
        the director must type the backup's code to restore it."""
        return self.replaced is not None and \
            self.replaced.organisation_code.strip().upper() != self.info.organisation_code.strip().upper()

    def code_confirmed(self, typed: str | None) -> bool:
        return not self.other_organisation or \
            (typed or "").strip().upper() == self.info.organisation_code.strip().upper()

    def discard(self) -> None:
        _unlink(self._snapshot)
        self._snapshot = None
        self._unlock = None

    def __enter__(self) -> "PreparedRestore":
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def commit(self, confirm_code: str | None = None) -> RestoreResult:
        """Replace the live database by the backup's (after a safety copy).
        For another organisation's backup, `confirm_code` must be its code."""
        if self._snapshot is None:
            raise ShelterError("This restore was already finished or cancelled.")
        if not self.code_confirmed(confirm_code):
            raise ShelterError("This backup is of another organisation ({code}). Nothing was restored: type its "
                               "code to confirm.", code=self.info.organisation_code)
        database = self.database
        key_path = paths.key_file_for(database)
        pending = key_path.with_name(key_path.name + ".pending")
        wal, shm = Path(str(database) + "-wal"), Path(str(database) + "-shm")
        lock = ProcessLock(paths.lock_file_for(database))
        lock.acquire()  # refuses while the app has this database open
        wrote_pending = replaced = False
        safety = None
        try:
            for leftover in database.parent.glob(f".{database.name}.restoring.*"):
                if leftover != self._snapshot:
                    _unlink(leftover)
            if database.exists():
                from shelter_app.db import rotation

                if pending.exists() or rotation.journal_for(database).exists():
                    raise BackupError("The current database has an unfinished key change. Open it once in the "
                                      "app (this finishes the change), close it, then restore.")
                if wal.exists() and wal.stat().st_size > 0:
                    self._fold_live_wal(database, key_path)
                safety = _safety_copy(database)
                _step("after_safety_copy")
                atomic.write_bytes(pending, self._opened.key_file_raw)
                wrote_pending = True
                _step("after_pending_key_file")
                # A log left by the old database must never be replayed onto the new one.
                _unlink(wal)
                _unlink(shm)
                os.replace(self._snapshot, database)  # the moment the restore takes effect
                replaced = True
                self._snapshot = None
                _fsync_dir(database.parent)
                _step("after_database_replaced")
                os.replace(pending, key_path)
                _fsync_dir(database.parent)
            else:
                _unlink(wal)
                _unlink(shm)
                atomic.write_bytes(key_path, self._opened.key_file_raw)
                os.replace(self._snapshot, database)
                replaced = True
                self._snapshot = None
                _fsync_dir(database.parent)
        except BaseException as exc:
            if wrote_pending and not replaced:
                _unlink(pending)  # the live database keeps its own key file
            if isinstance(exc, OSError):
                if replaced:
                    raise BackupError("The restore was interrupted: {reason}. Open the database again to "
                                      "finish it.", reason=exc.strerror or str(exc)) from None
                raise BackupError("The backup could not be restored: {reason}. The current database was not "
                                  "changed.", reason=exc.strerror or str(exc)) from None
            raise
        finally:
            lock.release()
            self.discard()
        self._record(safety)
        return RestoreResult(database, self.info, safety)

    def _fold_live_wal(self, database: Path, key_path: Path) -> None:
        """Fold the live database's log into its file when the same
        credentials open it; otherwise the log stays in the safety copy."""
        with contextlib.suppress(ShelterError, OSError):
            snapshot_db.checkpoint_file(database, self._live_unlock(KeyFile.load(key_path)))

    def _record(self, safety: Path | None) -> None:
        db = Database.open(self.database, self._key)  # migrates an older backup forward
        try:
            details: dict[str, Any] = {"backup_created_at": self.info.created_at, "backup_created_by": self.info.created_by,
                       "safety_copy": safety.name if safety else ""}
            if self.replaced is not None:
                details.update({
                    "replaced_head": f"{self.replaced.head_entries}:{self.replaced.head_hash}",
                    "replaced_organisation": self.replaced.organisation_code,
                    "residents_replaced": self.replaced.residents_beyond,
                    "audit_entries_replaced": self.replaced.audit_entries_beyond})
            with db.transaction() as conn:
                audit_db.append(conn, self.restored_by, Action.BACKUP_RESTORED, "database", "", details)
        finally:
            db.close()


def _unlocker(username: str | None, password: str | None, recovery_key: str | None) -> Callable[[KeyFile], bytes]:
    if recovery_key is not None:
        return lambda kf: kf.unlock_with_recovery(recovery_key)
    if not username:
        raise ShelterError("Give an account and its password, or the recovery key.")
    return lambda kf: kf.unlock(username, password or "")


def _authorise_live(database: Path, username: str | None, password: str | None,
                    recovery_key: str | None) -> tuple[str, bytes, Callable[[KeyFile], bytes]]:
    """A director of the live database, or its recovery key, under the live
    database's back-off. Returns who, the live key and how it was unlocked."""
    from shelter_app import certificates
    from shelter_app.db import accounts as accounts_db

    unlock_live = _unlocker(username, password, recovery_key)
    who = RECOVERY_USER if recovery_key is not None else str(username)
    attempt = unlock.attempt(database).begin(who)
    try:
        key_file = KeyFile.load(paths.key_file_for(database))
        key = unlock_live(key_file)
    except WrongPassword:
        raise WrongPassword("Wrong account or password. Restoring over the database on this computer needs one "
                            "of its directors or its recovery key.") from None
    except BaseException:
        attempt.cancel()
        raise
    attempt.succeeded()
    if recovery_key is None:
        db = Database.open(database, key)
        try:
            row = accounts_db.get(db.conn, who)
            if certificates.certified(db.conn, key_file):
                role = certificates.role_of(db.conn, key_file, who)
            else:
                role = row["role"] if row is not None else None
            if row is None or not row["active"] or role != "director":
                raise PermissionDenied("Only a director of the database on this computer (or its recovery key) "
                                       "can restore a backup over it.")
        finally:
            db.close()
    return who, key, unlock_live


def _live_state(database: Path, key: bytes) -> tuple[str, str, set[str], list[str]]:
    db = Database.open(database, key)
    try:
        org = organisation_db.get(db.conn)
        cases, hashes = snapshot_db.cases_and_audit_of(db.conn)
        return (org["code"] if org else "", org["name"] if org else "", cases, hashes)
    finally:
        db.close()


def _replaced(live: tuple[str, str, set[str], list[str]], snapshot: Path, key: bytes) -> Replaced:
    code, name, live_cases, live_hashes = live
    backup_cases, backup_hashes = snapshot_db.cases_and_audit(snapshot, key)
    common = 0
    for mine, theirs in zip(live_hashes, backup_hashes):
        if mine != theirs:
            break
        common += 1
    return Replaced(code, name, len(live_cases - backup_cases), len(live_hashes) - common,
                    len(live_hashes), live_hashes[-1] if live_hashes else audit_db.GENESIS)


def _backup_attempt(opened: _Opened, who: str):
    return unlock.attempt(opened.path, state_path=unlock.backup_state(opened.key_file.database_id)).begin(who)


def prepare_restore(backup_file: Path | str, database: Path | str, *, username: str | None = None,
                    password: str | None = None, recovery_key: str | None = None,
                    backup_username: str | None = None, backup_password: str | None = None,
                    backup_recovery_key: str | None = None) -> PreparedRestore:
    """Open a backup with a password or the recovery key, authenticate every
    byte, unpack its database beside the live one and integrity-check it.

    Over an existing database, `username`/`password` (or `recovery_key`) must
    be a director of that live database (or its recovery key); the backup is
    opened with the `backup_*` credentials when given, else with the same ones."""
    database = Path(database)
    live = None
    live_unlock = None
    who = RECOVERY_USER if recovery_key is not None else str(username)
    if database.exists():
        who, live_key, live_unlock = _authorise_live(database, username, password, recovery_key)
        live = _live_state(database, live_key)
    if backup_username or backup_recovery_key is not None:
        unlock_backup = _unlocker(backup_username, backup_password, backup_recovery_key)
        backup_who = RECOVERY_USER if backup_recovery_key is not None else str(backup_username)
    else:
        unlock_backup = _unlocker(username, password, recovery_key)
        backup_who = who
    opened = _open(Path(backup_file))
    attempt = _backup_attempt(opened, backup_who)
    try:
        database_key = _database_key(opened, unlock_backup)
    except WrongPassword:
        if live is not None:
            raise WrongPassword("The backup does not open with these credentials: give an account of the backup "
                                "and its password, or the backup's recovery key.") from None
        raise
    except BaseException:
        attempt.cancel()
        raise
    attempt.succeeded()
    info = _manifest(opened, database_key)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _io_error(exc, database.parent) from None
    snapshot = _scratch(database.parent, database.name + ".restoring")
    _authenticate_and_extract(opened, database_key, snapshot)
    try:
        _check_snapshot(snapshot, database_key, info)
        replaced = _replaced(live, snapshot, database_key) if live is not None else None
    except BaseException:
        _unlink(snapshot)
        raise
    return PreparedRestore(opened, database, database_key, info, snapshot, who, unlock_backup, replaced,
                           live_unlock)


def restore(backup_file: Path | str, database: Path | str, *, username: str | None = None,
            password: str | None = None, recovery_key: str | None = None,
            confirm: Callable[[BackupInfo], bool] | None = None, confirm_code: str | None = None,
            **backup_credentials) -> RestoreResult:
    """Check a backup, then (when a database is already there, only if
    `confirm(info)` says so) put it in place of the live database."""
    with prepare_restore(backup_file, database, username=username, password=password,
                         recovery_key=recovery_key, **backup_credentials) as prepared:
        if prepared.replaces_existing and not (confirm is not None and confirm(prepared.info)):
            raise RestoreCancelledError("Nothing was restored: the current database was kept.")
        return prepared.commit(confirm_code)


# --- safety copies ------------------------------------------------------------------------

SAFETY_COPY_DAYS = 30
_SAFETY = "before-restore-"


@dataclass
class SafetyCopy:
    path: Path
    made_at: _dt.datetime
    size: int


def safety_copies(session: Session, older_than_days: int = SAFETY_COPY_DAYS,
                  now: _dt.datetime | None = None) -> list[SafetyCopy]:
    """The safety copies restores kept beside the database, older than
    `older_than_days`, oldest first: listed for a director to delete."""
    session.require(Permission.BACKUP)
    now = now or _dt.datetime.now(_dt.timezone.utc)
    found = []
    prefix = f"{session.path.name}.{_SAFETY}"
    for entry in session.path.parent.iterdir():
        if not entry.name.startswith(prefix) or entry.name.endswith(".partial") or not entry.is_dir():
            continue
        try:
            made = _dt.datetime.strptime(entry.name[len(prefix):], "%Y%m%dT%H%M%S%fZ").replace(
                tzinfo=_dt.timezone.utc)
        except ValueError:
            continue
        if now - made >= _dt.timedelta(days=older_than_days):
            size = sum(f.stat().st_size for f in entry.iterdir() if f.is_file())
            found.append(SafetyCopy(entry, made, size))
    return sorted(found, key=lambda c: c.made_at)


def delete_safety_copy(session: Session, path: Path | str) -> None:
    """Delete one listed safety copy (director); audited."""
    session.require(Permission.BACKUP)
    path = Path(path)
    listed = {c.path.resolve(): c for c in safety_copies(session, older_than_days=0)}
    if path.resolve() not in listed:
        raise BackupError("{path} is not a safety copy of this database: nothing was deleted.", path=str(path))
    shutil.rmtree(path)
    with session.transaction():
        session.audit(Action.SAFETY_COPY_DELETED, "database", "", {"file": path.name})


# --- how long ago -----------------------------------------------------------------------

def _parse_utc(text: str) -> _dt.datetime | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=_dt.timezone.utc)


def last_backup_at(session: Session) -> _dt.datetime | None:
    return _parse_utc(settings_db.get_all(session.db.conn).get(LAST_BACKUP_KEY, ""))


def last_backup_age(session: Session, now: _dt.datetime | None = None) -> _dt.timedelta | None:
    """How long ago the last backup was made; None when never."""
    when = last_backup_at(session)
    if when is None:
        return None
    now = now or _dt.datetime.now(_dt.timezone.utc)
    return max(_dt.timedelta(0), now - when)


def backup_overdue(session: Session, now: _dt.datetime | None = None) -> bool:
    """True when there is no backup, or the last one is older than 7 days."""
    age = last_backup_age(session, now)
    return age is None or age > REMIND_AFTER


def describe_age(age: _dt.timedelta | None, lang: str | None = None) -> str:
    """'Last backup: 3 d ago', for the status bar and the Backup page."""
    if age is None:
        return translate("Backup", "No backup yet", lang)
    if age < _dt.timedelta(hours=1):
        return translate("Backup", "Last backup: less than an hour ago", lang)
    if age < _dt.timedelta(days=1):
        return translate("Backup", "Last backup: {n} h ago", lang).format(n=int(age.total_seconds() // 3600))
    return translate("Backup", "Last backup: {n} d ago", lang).format(n=age.days)
