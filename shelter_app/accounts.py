"""Creating and opening a database, accounts, passwords and key rotation."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from shelter_app import anchors  # noqa: F401 - registers the signing of the audit head at sign-out
from shelter_app import certificates, passwords, paths, unlock
from shelter_app.codes import ROLE
from shelter_app.db import accounts as accounts_db
from shelter_app.db import certificates as cert_db
from shelter_app.db import organisation as organisation_db
from shelter_app.db.audit import now_utc
from shelter_app.db.connection import Database
from shelter_app.db.keys import KdfParams, KeyFile, OrganisationKeys, Unlocked
from shelter_app.errors import PermissionDenied, ShelterError, StorageError, ValidationError, WrongPassword
from shelter_app.permissions import Action, Permission
from shelter_app.session import RECOVERY_USER, Account, Session

MIN_PASSWORD_LENGTH = passwords.MIN_LENGTH
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")


def _check_username(username: str) -> None:
    if not _USERNAME.fullmatch(username or "") or username == RECOVERY_USER:
        raise ValidationError({"username": (
            "An account name is 2–32 small Latin letters, digits, dots, dashes or underscores.", {})})


def check_password(password: str, user_inputs: tuple[str, ...] | list[str] = ()) -> None:
    """At least 10 characters and not guessable (zxcvbn); the account's name
    and the organisation's count as guessable."""
    passwords.check(password, user_inputs)


def _check_role(role: str) -> None:
    if role not in ROLE:
        raise ValidationError({"role": ("Unknown role: {role}.", {"role": role})})


# --- creating -------------------------------------------------------------------

def create_database(path: Path | str, *, organisation_code: str, organisation_name: str,
                    director: str, director_name: str, password: str, region: str = "",
                    kdf: KdfParams | None = None, demo: bool = False) -> tuple[Session, str]:
    """A new encrypted database and its key file. Returns the director's
    session and the recovery key, which is shown once and never stored."""
    path = Path(path)
    problems: dict = {}
    if not (organisation_code or "").strip():
        problems["organisation_code"] = ("Required.", {})
    if not (organisation_name or "").strip():
        problems["organisation_name"] = ("Required.", {})
    if problems:
        raise ValidationError(problems)
    _check_username(director)
    if not demo:  # the throwaway demo database of synthetic people shows its password on screen
        check_password(password, (director, director_name, organisation_name, organisation_code))
    key_path = paths.key_file_for(path)
    if path.exists() or key_path.exists():
        raise StorageError("A database already exists at {path}.", path=str(path))
    key_file, unlocked, recovery = KeyFile.create_with_keys(director, password, kdf)
    database_key = unlocked.database_key
    inbox_private = unlock.new_inbox(key_file)
    db = Database.create(path, database_key)
    try:
        key_file.save(key_path)
        created = now_utc()
        with db.transaction() as conn:
            organisation_db.insert(conn, organisation_code.strip(), organisation_name.strip(),
                                   region.strip(), created)
            accounts_db.insert(conn, director, director_name.strip() or director, "director", created)
            unlock.store_inbox(conn, inbox_private)
            # The founding director's certificate is signed by the organisation key.
            certificates.issue(conn, key_file, director, "director", certificates.ORGANISATION,
                               unlocked.organisation.signing)
            session = Session(db, key_file, database_key, Account(director, director_name or director, "director"),
                              account_keys=unlocked.account, organisation_keys=unlocked.organisation)
            session.audit(Action.DATABASE_CREATED, "organisation", organisation_code.strip(),
                          {"fingerprint": key_file.organisation_fingerprint})
            session.audit(Action.ACCOUNT_ADDED, "account", director, {"role": "director"})
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

def _open_with(path: Path, unwrap) -> tuple[Database, KeyFile, Unlocked]:
    """Open with the key file. Opening first finishes a key change a crash
    interrupted (db/rotation.py), which may replace the key file; a restore
    interrupted after its database was put in place left the key that opens
    it in `<keys>.pending` (backup.py)."""
    key_path = paths.key_file_for(path)
    pending_path = key_path.with_name(key_path.name + ".pending")
    if not path.is_file():
        raise StorageError("No database at {path}.", path=str(path))
    key_file = KeyFile.load(key_path)
    unlocked = unwrap(key_file)
    try:
        db = Database.open(path, unlocked.database_key)
    except StorageError:
        fresh = KeyFile.load(key_path)
        if fresh.to_bytes() != key_file.to_bytes():  # a key change was finished while opening
            unlocked = unwrap(fresh)
            return Database.open(path, unlocked.database_key), fresh, unlocked
        if not pending_path.exists():
            raise
        pending = KeyFile.load(pending_path)
        unlocked = unwrap(pending)
        db = Database.open(path, unlocked.database_key)
        os.replace(pending_path, key_path)
        return db, pending, unlocked
    if pending_path.exists():
        pending_path.unlink()  # the restore never reached the database
    return db, key_file, unlocked


def open_session(path: Path | str, username: str, password: str) -> Session:
    path = Path(path)
    if not path.is_file():
        raise StorageError("No database at {path}.", path=str(path))
    attempt = unlock.attempt(path).begin(username)
    try:
        db, key_file, unlocked = _open_with(path, lambda kf: kf.open_account(username, password))
    except WrongPassword:
        raise
    except BaseException:
        attempt.cancel()
        raise
    try:
        row = accounts_db.get(db.conn, username)
        if row is None or not row["active"]:
            raise WrongPassword("Wrong account or password.")
        session = Session(db, key_file, unlocked.database_key,
                          Account(row["username"], row["display_name"], ""),
                          account_keys=unlocked.account, organisation_keys=unlocked.organisation)
        _take_role(session, legacy_role=row["role"])
        failures = attempt.succeeded(db.conn)
        with db.transaction():
            for ts, who in failures:
                session.audit(Action.LOGIN_FAILED, "account", who, {"at": ts})
            session.audit(Action.LOGIN)
        _finish_interrupted_removals(session)
        return session
    except BaseException:
        db.close()
        raise


def _take_role(session: Session, legacy_role: str) -> None:
    """The person's role, from their verified certificate only. In a
    database made before certificates, the first director to sign in (or the
    recovery key) creates the organisation keys and issues them all."""
    conn = session.db.conn
    if not certificates.certified(conn, session.key_file):
        if legacy_role != "director":
            session.user = Account(session.user.username, session.user.display_name, legacy_role)
            return
        session.user = Account(session.user.username, session.user.display_name, "director")
        upgrade_to_certificates(session)
    if session.user.username == RECOVERY_USER:
        return
    role = certificates.role_of(conn, session.key_file, session.user.username)
    if role is None:
        raise PermissionDenied("Your account has no valid role certificate, so it cannot be used. "
                               "Ask a director to reset your password.")
    session.user = Account(session.user.username, session.user.display_name, role)


def upgrade_to_certificates(session: Session) -> None:
    """Organisation keys, a signing key for every account and every active
    account's certificate, for a database made before they existed. The
    accounts.role column is trusted this one time."""
    conn = session.db.conn
    key_file = session.key_file.copy()
    key_file.give_signing_keys()
    account_keys = session.account_keys
    if session.user.username != RECOVERY_USER and account_keys is not None and account_keys.signing is None:
        account_keys = key_file._opened(key_file.find(session.user.username), account_keys).account
    org = OrganisationKeys.generate()
    rows = [r for r in accounts_db.list_all(conn) if key_file.find(r["username"]) is not None]
    key_file.set_organisation(org, [r["username"] for r in rows if r["role"] == "director"])
    inbox_private = unlock.new_inbox(key_file) if key_file.inbox_public is None else None
    with session.transaction():
        if inbox_private is not None:
            unlock.store_inbox(conn, inbox_private)
        me = session.user.username
        if me != RECOVERY_USER:
            certificates.issue(conn, key_file, me, "director", certificates.ORGANISATION, org.signing)
        for r in rows:
            if r["username"] == me:
                continue
            if me != RECOVERY_USER and account_keys is not None and account_keys.signing is not None:
                certificates.issue(conn, key_file, r["username"], r["role"], me, account_keys.signing)
            else:
                certificates.issue(conn, key_file, r["username"], r["role"], certificates.ORGANISATION,
                                   org.signing)
        session.audit(Action.ORGANISATION_KEYS_CREATED, "organisation", "",
                      {"fingerprint": key_file.organisation_fingerprint, "certificates": len(rows)})
        key_file.save(paths.key_file_for(session.path))
    session.key_file = key_file
    session.account_keys = account_keys
    session.organisation_keys = org


def open_with_recovery_key(path: Path | str, recovery_key: str) -> Session:
    """The recovery key opens the database when every password is lost; it acts
    as a director so that passwords can be reset."""
    path = Path(path)
    attempt = unlock.attempt(path).begin(RECOVERY_USER)
    try:
        db, key_file, unlocked = _open_with(path, lambda kf: kf.open_recovery(recovery_key))
    except WrongPassword:
        raise
    except BaseException:
        attempt.cancel()
        raise
    try:
        session = Session(db, key_file, unlocked.database_key, Account(RECOVERY_USER, "Recovery key", "director"),
                          account_keys=None, organisation_keys=unlocked.organisation)
        if not certificates.certified(db.conn, key_file):
            upgrade_to_certificates(session)
        failures = attempt.succeeded(db.conn)
        with db.transaction():
            for ts, who in failures:
                session.audit(Action.LOGIN_FAILED, "account", who, {"at": ts})
            session.audit(Action.LOGIN_RECOVERY_KEY)
        return session
    except BaseException:
        db.close()
        raise


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
        remaining = session.key_file.copy()
        for username in stale:
            remaining.remove_account(username)
        rotate_key(session, reason="finish_account_removal", key_file=remaining)


# --- accounts ---------------------------------------------------------------------

def list_accounts(session: Session) -> list[dict]:
    session.require(Permission.MANAGE_ACCOUNTS)
    return [dict(r) for r in accounts_db.list_all(session.db.conn)]


def validate_new_account(username: str, display_name: str, role: str, password: str) -> None:
    """Every problem of a new account at once (ValidationError), so a form shows
    each beside its field."""
    problems: dict = {}
    for check in (lambda: _check_username(username), lambda: _check_role(role),
                  lambda: check_password(password, (username, display_name))):
        try:
            check()
        except ValidationError as exc:
            problems.update(exc.problems)
    if not (display_name or "").strip():
        problems["display_name"] = ("Required.", {})
    if problems:
        raise ValidationError(problems)


def _signer(session: Session) -> tuple[str, Any]:
    signer = certificates.signer_of(session)
    if signer is None:
        raise PermissionDenied("Only a director (or the recovery key) can issue a role.")
    return signer


def add_account(session: Session, username: str, display_name: str, role: str, password: str,
                kdf: KdfParams | None = None) -> dict:
    session.require(Permission.MANAGE_ACCOUNTS)
    validate_new_account(username, display_name, role, password)
    conn = session.db.conn
    existing = accounts_db.get(conn, username)
    if existing is not None:
        raise ShelterError("The account {username} already exists.", username=username)
    issuer, signing_key = _signer(session)
    key_file = session.key_file.copy()
    org = session.organisation_keys if role == "director" else None
    if role == "director" and org is None:
        raise PermissionDenied("Only a director (or the recovery key) can issue a role.")
    key_file.add_account(username, password, session.database_key, kdf, organisation=org)
    with session.transaction() as conn:
        accounts_db.insert(conn, username, display_name.strip(), role, now_utc())
        certificates.issue(conn, key_file, username, role, issuer, signing_key)
        session.audit(Action.ACCOUNT_ADDED, "account", username, {"role": role})
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
    roles_now = certificates.roles(conn, session.key_file)
    if roles_now.get(username, row["role"]) == "director" and _count_directors(session, roles_now) <= 1:
        raise ShelterError("The last director's account cannot be removed.")
    issuer, signing_key = _signer(session)
    with session.transaction():
        accounts_db.mark_removed(conn, username, now_utc())
        certificates.reissue_dependents(conn, session.key_file, username, issuer, signing_key, roles_now)
        cert_db.delete(conn, username)
        session.audit(Action.ACCOUNT_REMOVED, "account", username)
    # If the re-encryption fails, the account is already marked removed and its
    # envelope is taken out, with a new key, at the next sign-in.
    remaining = session.key_file.copy()
    remaining.remove_account(username)
    rotate_key(session, reason="account_removed", key_file=remaining)


def _count_directors(session: Session, roles_now: dict) -> int:
    active = {r["username"] for r in accounts_db.list_all(session.db.conn)}
    if certificates.certified(session.db.conn, session.key_file):
        return sum(1 for name, role in roles_now.items() if role == "director" and name in active)
    return accounts_db.count_active(session.db.conn, "director")


def change_own_password(session: Session, current: str, new: str, kdf: KdfParams | None = None) -> None:
    """Re-seals only one's own private keys (the same key pairs: the role
    certificate stays valid)."""
    if session.user.username == RECOVERY_USER:
        raise PermissionDenied("The recovery key has no password to change.")
    check_password(new, (session.user.username, session.user.display_name))
    if not verify_password(session, current):
        raise WrongPassword("The current password is wrong.")
    key_file = session.key_file.copy()
    keys = key_file.set_password(session.user.username, new, session.database_key, kdf,
                                 keys=session.account_keys, organisation=session.organisation_keys)
    with session.transaction() as conn:
        if keys is not session.account_keys and certificates.certified(conn, key_file):
            # A signing key made now (an account from before certificates): issue again.
            signer = certificates.signer_of(session)
            if signer is not None:
                certificates.issue(conn, key_file, session.user.username, session.user.role, *signer)
        session.audit(Action.PASSWORD_CHANGED, "account", session.user.username)
        key_file.save(paths.key_file_for(session.path))
    session.key_file = key_file
    session.account_keys = keys


def reset_password(session: Session, username: str, new: str, kdf: KdfParams | None = None) -> None:
    """A director (or the recovery key) sets a new password for an account:
    new key pairs, a new certificate, and the certificates the account had
    issued are issued again."""
    session.require(Permission.MANAGE_ACCOUNTS)
    check_password(new, (username,))
    conn = session.db.conn
    row = accounts_db.get(conn, username)
    if row is None or not row["active"]:
        raise ShelterError("No account {username}.", username=username)
    roles_now = certificates.roles(conn, session.key_file)
    certified = certificates.certified(conn, session.key_file)
    issuer: str
    signing_key: Any
    if username == session.user.username:
        if session.organisation_keys is None:
            raise ShelterError("Change your own password with your current one.")
        issuer, signing_key = certificates.ORGANISATION, session.organisation_keys.signing
    else:
        issuer, signing_key = _signer(session) if certified else ("", None)
    key_file = session.key_file.copy()
    target = key_file.find(username)
    had_org = target is not None and target.wrapped_organisation_keys is not None
    keys = key_file.set_password(username, new, session.database_key, kdf, keys=None,
                                 organisation=session.organisation_keys if had_org else None)
    with session.transaction():
        if certified:
            role = roles_now.get(username)
            if role:
                certificates.issue(conn, key_file, username, role, issuer, signing_key)
            certificates.reissue_dependents(conn, key_file, username, issuer, signing_key, roles_now)
        session.audit(Action.PASSWORD_RESET, "account", username)
        key_file.save(paths.key_file_for(session.path))
    session.key_file = key_file
    if username == session.user.username:
        session.account_keys = keys


def rotate_key(session: Session, reason: str = "rotate_key", key_file: KeyFile | None = None) -> None:
    """A fresh database key, wrapped for every envelope of `key_file` (by
    default the session's), the organisation keys re-wrapped.

    The database is exported under the new key into a new file, checked and
    synced, then swapped in through a journal (db/rotation.py): a full disk,
    a crash or a kill leaves it opening with the old credentials or the new,
    never neither. The audit entry is written into the new file only, so a
    rotation that failed is not logged as done."""
    if reason == "rotate_key":
        session.require(Permission.MANAGE_ACCOUNTS)
    new_key = os.urandom(32)
    new_file = (key_file or session.key_file).rotated(new_key, session.organisation_keys)
    entry = {"username": session.user.username, "action": "key_rotated", "record_type": "database",
             "record_id": "", "details": {"reason": reason, "generation": new_file.generation}}
    session.db.rotate(new_key, new_file.to_bytes(), entry, key=session.database_key)
    session.key_file = new_file
    session.database_key = new_key


def new_recovery_key(session: Session) -> str:
    """Replace the recovery key (director): a new recovery envelope, and the
    database re-encrypted under a new key so that the old recovery key opens
    nothing, not even with a copy of an old key file. Returns the new key,
    shown once."""
    session.require(Permission.MANAGE_ACCOUNTS)
    key_file = session.key_file.copy()
    recovery = key_file.replace_recovery(session.database_key, session.organisation_keys)
    if session.organisation_keys is None and key_file.organisation_public:
        raise PermissionDenied("Only a director can replace the recovery key.")
    rotate_key(session, reason="recovery_key_replaced", key_file=key_file)
    return recovery


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
        session.audit(Action.ORGANISATION_DETAILS_CHANGED, "organisation", values["code"],
                      {"fields": sorted(changed), "from": {k: before.get(k, "") for k in changed},
                       "to": changed})
    return organisation(session)
