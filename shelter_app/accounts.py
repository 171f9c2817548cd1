"""Creating and opening a database, accounts, passwords and key rotation."""

from __future__ import annotations

import os
import re
from pathlib import Path

from shelter_app import paths, unlock
from shelter_app.codes import ROLE
from shelter_app.db import accounts as accounts_db
from shelter_app.db import organisation as organisation_db
from shelter_app.db.audit import now_utc
from shelter_app.db.connection import Database
from shelter_app.db.keys import KdfParams, KeyFile
from shelter_app.errors import PermissionDenied, ShelterError, StorageError, ValidationError, WrongPassword
from shelter_app.permissions import Permission
from shelter_app.session import RECOVERY_USER, Account, Session

MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")


def _check_username(username: str) -> None:
    if not _USERNAME.fullmatch(username or "") or username == RECOVERY_USER:
        raise ValidationError({"username": (
            "An account name is 2–32 small Latin letters, digits, dots, dashes or underscores.", {})})


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError({"password": (
            "The password must have at least {n} characters.", {"n": MIN_PASSWORD_LENGTH})})


def _check_role(role: str) -> None:
    if role not in ROLE:
        raise ValidationError({"role": ("Unknown role: {role}.", {"role": role})})


# --- creating -------------------------------------------------------------------

def create_database(path: Path | str, *, organisation_code: str, organisation_name: str,
                    director: str, director_name: str, password: str, region: str = "",
                    kdf: KdfParams | None = None) -> tuple[Session, str]:
    """A new encrypted database and its key file. Returns the director's
    session and the recovery key, which is shown once and never stored."""
    path = Path(path)
    problems = {}
    if not (organisation_code or "").strip():
        problems["organisation_code"] = ("Required.", {})
    if not (organisation_name or "").strip():
        problems["organisation_name"] = ("Required.", {})
    if problems:
        raise ValidationError(problems)
    _check_username(director)
    check_password(password)
    key_path = paths.key_file_for(path)
    if path.exists() or key_path.exists():
        raise StorageError("A database already exists at {path}.", path=str(path))
    key_file, database_key, recovery = KeyFile.create(director, password, kdf)
    db = Database.create(path, database_key)
    try:
        key_file.save(key_path)
        created = now_utc()
        with db.transaction() as conn:
            organisation_db.insert(conn, organisation_code.strip(), organisation_name.strip(),
                                   region.strip(), created)
            accounts_db.insert(conn, director, director_name.strip() or director, "director", created)
            session = Session(db, key_file, database_key, Account(director, director_name or director, "director"))
            session.audit("database_created", "organisation", organisation_code.strip())
            session.audit("account_added", "account", director, {"role": "director"})
    except BaseException:
        db.close()
        for leftover in (path, key_path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            try:
                leftover.unlink()
            except OSError:
                pass
        raise
    return session, recovery


# --- opening --------------------------------------------------------------------

def _open_with(path: Path, unwrap) -> tuple[Database, KeyFile, bytes]:
    """Open with the key file; after a crash in the middle of a key rotation the
    pending key file holds the key the database was re-encrypted with."""
    key_path = paths.key_file_for(path)
    pending_path = key_path.with_name(key_path.name + ".pending")
    if not path.is_file():
        raise StorageError("No database at {path}.", path=str(path))
    key_file = KeyFile.load(key_path)
    database_key = unwrap(key_file)
    try:
        db = Database.open(path, database_key)
    except StorageError:
        if not pending_path.exists():
            raise
        pending = KeyFile.load(pending_path)
        database_key = unwrap(pending)
        db = Database.open(path, database_key)
        os.replace(pending_path, key_path)
        return db, pending, database_key
    if pending_path.exists():
        pending_path.unlink()  # the rotation never reached the database
    return db, key_file, database_key


def open_session(path: Path | str, username: str, password: str) -> Session:
    path = Path(path)
    if not path.is_file():
        raise StorageError("No database at {path}.", path=str(path))
    unlock.check(path)
    try:
        db, key_file, database_key = _open_with(path, lambda kf: kf.unlock(username, password))
    except WrongPassword:
        unlock.record_failure(path, username)
        raise
    try:
        row = accounts_db.get(db.conn, username)
        if row is None or not row["active"]:
            unlock.record_failure(path, username)
            raise WrongPassword("Wrong account or password.")
        session = Session(db, key_file, database_key, Account(row["username"], row["display_name"], row["role"]))
        failures = unlock.take_failures(path)
        with db.transaction():
            for ts, who in failures:
                session.audit("login_failed", "account", who, {"at": ts})
            session.audit("login")
        _finish_interrupted_removals(session)
        return session
    except BaseException:
        db.close()
        raise


def open_with_recovery_key(path: Path | str, recovery_key: str) -> Session:
    """The recovery key opens the database when every password is lost; it acts
    as a director so that passwords can be reset."""
    path = Path(path)
    unlock.check(path)
    try:
        db, key_file, database_key = _open_with(path, lambda kf: kf.unlock_with_recovery(recovery_key))
    except WrongPassword:
        unlock.record_failure(path, RECOVERY_USER)
        raise
    session = Session(db, key_file, database_key, Account(RECOVERY_USER, "Recovery key", "director"))
    failures = unlock.take_failures(path)
    with db.transaction():
        for ts, who in failures:
            session.audit("login_failed", "account", who, {"at": ts})
        session.audit("login_recovery_key")
    return session


def verify_password(session: Session, password: str) -> bool:
    """Re-check the signed-in person's password (unlocking after auto-lock)."""
    try:
        session.key_file.unlock(session.user.username, password)
        return True
    except WrongPassword:
        return False


def _finish_interrupted_removals(session: Session) -> None:
    active = {r["username"] for r in accounts_db.list_all(session.db.conn)}
    stale = [e.username for e in session.key_file.envelopes if e.kind == "account" and e.username not in active]
    if stale:
        for username in stale:
            session.key_file.remove_account(username)
        rotate_key(session, reason="finish_account_removal")


# --- accounts ---------------------------------------------------------------------

def list_accounts(session: Session) -> list[dict]:
    session.require(Permission.MANAGE_ACCOUNTS)
    return [dict(r) for r in accounts_db.list_all(session.db.conn)]


def validate_new_account(username: str, display_name: str, role: str, password: str) -> None:
    """Every problem of a new account at once (ValidationError), so a form shows
    each beside its field."""
    problems: dict = {}
    for check in (lambda: _check_username(username), lambda: _check_role(role), lambda: check_password(password)):
        try:
            check()
        except ValidationError as exc:
            problems.update(exc.problems)
    if not (display_name or "").strip():
        problems["display_name"] = ("Required.", {})
    if problems:
        raise ValidationError(problems)


def add_account(session: Session, username: str, display_name: str, role: str, password: str,
                kdf: KdfParams | None = None) -> dict:
    session.require(Permission.MANAGE_ACCOUNTS)
    validate_new_account(username, display_name, role, password)
    conn = session.db.conn
    existing = accounts_db.get(conn, username)
    if existing is not None:
        raise ShelterError("The account {username} already exists.", username=username)
    key_file = KeyFile.from_bytes(session.key_file.to_bytes())
    key_file.add_account(username, password, session.database_key, kdf)
    with session.transaction() as conn:
        accounts_db.insert(conn, username, display_name.strip(), role, now_utc())
        session.audit("account_added", "account", username, {"role": role})
        # The key file is written inside the transaction: if it fails, the account is not added.
        key_file.save(paths.key_file_for(session.path))
    session.key_file = key_file
    return dict(accounts_db.get(conn, username))


def remove_account(session: Session, username: str) -> None:
    """Removing an account re-encrypts the database with a fresh key wrapped for
    the remaining accounts: a key file copied before opens nothing written since."""
    session.require(Permission.MANAGE_ACCOUNTS)
    conn = session.db.conn
    row = accounts_db.get(conn, username)
    if row is None or not row["active"]:
        raise ShelterError("No account {username}.", username=username)
    if username == session.user.username:
        raise ShelterError("You cannot remove your own account.")
    if row["role"] == "director" and accounts_db.count_active(conn, "director") <= 1:
        raise ShelterError("The last director's account cannot be removed.")
    with session.transaction():
        accounts_db.mark_removed(conn, username, now_utc())
        session.audit("account_removed", "account", username)
    session.key_file.remove_account(username)
    rotate_key(session, reason="account_removed")


def change_own_password(session: Session, current: str, new: str, kdf: KdfParams | None = None) -> None:
    """Re-seals only one's own private key."""
    if session.user.username == RECOVERY_USER:
        raise PermissionDenied("The recovery key has no password to change.")
    check_password(new)
    if not verify_password(session, current):
        raise WrongPassword("The current password is wrong.")
    _set_password(session, session.user.username, new, kdf, "password_changed")


def reset_password(session: Session, username: str, new: str, kdf: KdfParams | None = None) -> None:
    """A director (or the recovery key) sets a new password for an account."""
    session.require(Permission.MANAGE_ACCOUNTS)
    check_password(new)
    row = accounts_db.get(session.db.conn, username)
    if row is None or not row["active"]:
        raise ShelterError("No account {username}.", username=username)
    _set_password(session, username, new, kdf, "password_reset")


def _set_password(session: Session, username: str, new: str, kdf, action: str) -> None:
    key_file = KeyFile.from_bytes(session.key_file.to_bytes())
    key_file.set_password(username, new, session.database_key, kdf)
    with session.transaction():
        session.audit(action, "account", username)
        key_file.save(paths.key_file_for(session.path))
    session.key_file = key_file


def rotate_key(session: Session, reason: str = "rotate_key") -> None:
    """A fresh database key, re-wrapped for every remaining envelope.

    Order matters for a crash at any point: the new key file is written
    beside the old one first, then the database is re-encrypted, then the new
    key file replaces the old. Opening finishes or abandons a half-done
    rotation (see _open_with)."""
    if reason == "rotate_key":
        session.require(Permission.MANAGE_ACCOUNTS)
    key_path = paths.key_file_for(session.path)
    pending_path = key_path.with_name(key_path.name + ".pending")
    new_key = os.urandom(32)
    new_file = session.key_file.rotated(new_key)
    new_file.save(pending_path)
    with session.transaction():
        session.audit("key_rotated", "database", "", {"reason": reason, "generation": new_file.generation})
    session.db.rekey(new_key)
    _install_key_file(pending_path, key_path)
    session.key_file = new_file
    session.database_key = new_key


def _install_key_file(pending: Path, target: Path) -> None:
    os.replace(pending, target)


def organisation(session: Session) -> dict:
    row = organisation_db.get(session.db.conn)
    return dict(row) if row else {}


def update_organisation(session: Session, *, name: str, code: str, region: str) -> dict:
    """A director corrects the organisation's name, code or region (a typo at
    the first run, a new registration). Audited with the old and new values."""
    session.require(Permission.MANAGE_ACCOUNTS)
    values = {"name": (name or "").strip(), "code": (code or "").strip(), "region": (region or "").strip()}
    problems: dict = {}
    if not values["name"]:
        problems["organisation_name"] = ("Required.", {})
    if not values["code"]:
        problems["organisation_code"] = ("Required.", {})
    for field, limit in (("name", 200), ("code", 64), ("region", 200)):
        if len(values[field]) > limit:
            problems["organisation_" + field] = ("Too long: at most {n} characters.", {"n": limit})
    if problems:
        raise ValidationError(problems)
    before = organisation(session)
    changed = {k: v for k, v in values.items() if before.get(k, "") != v}
    if not changed:
        return before
    with session.transaction() as conn:
        organisation_db.update(conn, **changed)
        session.audit("organisation_details_changed", "organisation", values["code"],
                      {"fields": sorted(changed), "from": {k: before.get(k, "") for k in changed},
                       "to": changed})
    return organisation(session)
