"""Back-off after failed unlocks, kept in a small file beside the database so
it holds across restarts and across processes started at once: the 4th and
later attempts wait 1, 2, 4 … up to 60 seconds. The counter is read and
written under an OS file lock keyed by the database's resolved real path
(a symlink or another spelling of the path reaches the same lock and file).

The failures are written to the audit log at the next unlock (the log itself
is encrypted and cannot be written while locked). The account name a guesser
typed is not kept in clear: it is sealed to the database's "inbox" public key
(in the key file), whose private key is inside the encrypted database.

Deleting the file does not reset the count: a second copy is kept in the
app's own folder under the database's id (from its key file), and the
higher count of the two holds."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from shelter_app import paths
from shelter_app.db import certificates as cert_db
from shelter_app.db.audit import now_utc
from shelter_app.db.keys import KeyFile, open_sealed, raw_private, raw_public, seal_to_public
from shelter_app.errors import StorageError, UnlockDelayed

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

FREE_ATTEMPTS = 3
MAX_DELAY = 60
INBOX = "unlock_inbox_private"
_EMPTY = {"failures": 0, "last_failure": 0.0, "log": []}


def real(database: Path) -> Path:
    return Path(os.path.realpath(database))


@contextlib.contextmanager
def _locked(state: Path):
    """An exclusive OS lock on `<state>.lock` for one read-modify-write."""
    lock_path = state.with_name(state.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.05)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                os.lseek(fd, 0, 0)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _state_path(target: Path) -> Path:
    return paths.unlock_state_for(real(target))


def _mirror_for(target: Path) -> Path | None:
    """The second copy, in the app's folder, named by the database's id."""
    try:
        database_id = KeyFile.load(paths.key_file_for(real(target))).database_id
    except StorageError:
        return None
    return paths.app_home() / "backoff" / (hashlib.sha256(database_id.encode()).hexdigest()[:32] + ".json")


def backup_state(database_id: str) -> Path:
    """The back-off state for opening a backup (backup-check, restore): in
    the app's folder, named by the backup's database id, so renaming or
    copying the file does not reset it."""
    folder = paths.app_home() / "backoff"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / ("backup-" + hashlib.sha256(database_id.encode()).hexdigest()[:32] + ".json")


def _read_one(state: Path) -> dict:
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return data
    except (OSError, ValueError):
        pass
    return dict(_EMPTY)


def _read(state: Path, mirror: Path | None) -> dict:
    first = _read_one(state)
    if mirror is None:
        return first
    second = _read_one(mirror)
    return second if int(second.get("failures", 0)) > int(first.get("failures", 0)) else first


def _write_one(target: Path, text: str) -> None:
    """Replace the file whole (a temporary name, then a rename), without
    waiting for the disk: a count lost to a power cut only gives a guesser back
    a few seconds, and every sign-in writes this file."""
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
    os.replace(tmp, target)


def _write(state: Path, data: dict, mirror: Path | None = None) -> None:
    text = json.dumps(data)
    try:
        _write_one(state, text)
    except OSError as exc:
        raise StorageError("Could not write {path}: {reason}", path=str(state),
                           reason=exc.strerror or str(exc)) from None
    if mirror is not None:
        with contextlib.suppress(OSError):
            mirror.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _write_one(mirror, text)


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt, after `failures` failures in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY, 2 ** (failures - FREE_ATTEMPTS))


def _remaining(state: dict, now: float) -> int:
    wait = delay_after(int(state.get("failures", 0)))
    if not wait:
        return 0
    remaining = float(state.get("last_failure", 0)) + wait - now
    return max(0, int(remaining + 0.999))


def seconds_to_wait(database: Path, now: float | None = None, state_path: Path | None = None) -> int:
    state_path = state_path or _state_path(database)
    state = _read(state_path, _mirror_for(database) if state_path == _state_path(database) else None)
    return _remaining(state, time.time() if now is None else now)


def check(database: Path, state_path: Path | None = None) -> None:
    remaining = seconds_to_wait(database, state_path=state_path)
    if remaining:
        raise UnlockDelayed(remaining)


def _seal_name(database: Path, username: str) -> str:
    try:
        inbox = KeyFile.load(paths.key_file_for(real(database))).inbox_public
    except StorageError:
        inbox = None
    if inbox is None:
        return ""
    sealed = seal_to_public(inbox, username[:64].encode("utf-8"), "failed sign-in")
    return base64.b64encode(json.dumps(sealed).encode()).decode("ascii")


def attempt(database: Path, state_path: Path | None = None) -> _Attempt:
    """Before trying a password: check the wait and, under the lock, count
    this attempt as a failure in advance (`cancel()` takes it back when the
    attempt ended for another reason than a wrong password; a successful
    unlock resets the count with `take_failures`). Twelve guesses started at
    once are counted one after another: only the first three go free."""
    return _Attempt(Path(database), state_path)


class _Attempt:
    def __init__(self, database: Path, state_path: Path | None) -> None:
        self.database = database
        self.state_path = state_path or _state_path(database)
        self.mirror = _mirror_for(database) if self.state_path == _state_path(database) else None
        self.id = base64.b32encode(os.urandom(10)).decode("ascii")

    def begin(self, username: str) -> _Attempt:
        with _locked(self.state_path):
            state = _read(self.state_path, self.mirror)
            remaining = _remaining(state, time.time())
            if remaining:
                raise UnlockDelayed(remaining)
            state["failures"] = int(state.get("failures", 0)) + 1
            state["last_failure"] = time.time()
            log = list(state.get("log", []))[-200:]
            log.append([now_utc(), _seal_name(self.database, username) if self.mirror else "", self.id])
            state["log"] = log
            _write(self.state_path, state, self.mirror)
        return self

    def cancel(self) -> None:
        with _locked(self.state_path):
            state = _read(self.state_path, self.mirror)
            log = [e for e in state.get("log", []) if not (len(e) > 2 and e[2] == self.id)]
            if len(log) != len(state.get("log", [])):
                state["failures"] = max(0, int(state.get("failures", 0)) - 1)
            state["log"] = log
            _write(self.state_path, state, self.mirror)

    def succeeded(self, conn=None) -> list[tuple[str, str]]:
        """Right password: the earlier failures (to be audited), and the count reset."""
        return take_failures(self.database, conn, own=self.id, state_path=self.state_path, mirror=self.mirror)


def record_failure(database: Path, username: str) -> None:
    """One failure counted after the fact."""
    _Attempt(Path(database), None).begin(username)


def new_inbox(key_file: KeyFile) -> bytes:
    """A new inbox key pair: the public half into the key file, the private
    half returned, to be stored in the database (store_inbox)."""
    private = X25519PrivateKey.generate()
    key_file.inbox_public = raw_public(private.public_key())
    return raw_private(private)


def store_inbox(conn, private: bytes) -> None:
    cert_db.put_material(conn, INBOX, private)


def _open_name(conn, sealed_text: str) -> str:
    if not sealed_text:
        return "?"
    raw = cert_db.get_material(conn, INBOX)
    if raw is None:
        return "?"
    try:
        sealed = json.loads(base64.b64decode(sealed_text))
        return open_sealed(X25519PrivateKey.from_private_bytes(raw), sealed, "failed sign-in").decode("utf-8")
    except (StorageError, ValueError, TypeError):
        return "?"


def take_failures(database: Path, conn=None, own: str | None = None,
                  state_path: Path | None = None, mirror: Path | None = None) -> list[tuple[str, str]]:
    """The failures since the last unlock (names opened with the database's
    inbox key), and the counter reset. `own` is the successful attempt's id.
    Without `conn` (a restore checking a director's password) the count is
    reset but the failures stay listed for the next unlock to audit."""
    state_path = state_path or _state_path(Path(database))
    with _locked(state_path):
        state = _read(state_path, mirror)
        kept = [e for e in state.get("log", []) if not (len(e) > 2 and e[2] == own)]
        if conn is None:
            _write(state_path, dict(_EMPTY, log=kept[-200:]), mirror)
            return []
        log = [(str(e[0]), _open_name(conn, str(e[1]))) for e in kept]
        _write(state_path, dict(_EMPTY), mirror)
    return log
