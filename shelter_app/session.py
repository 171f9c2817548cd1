"""An unlocked database in the hands of one signed-in person.

Every domain service takes a Session: it holds the open database, who is
signed in and with which role (from their verified certificate, see
certificates.py), and writes the audit log.

Keys a session holds in memory (never on disk in clear):

- `session.database_key`: the database's raw SQLCipher key;
- `session.account_keys`: the person's own `keys.AccountKeys`
  (`.exchange` X25519, `.signing` Ed25519; `.signing` is None only for an
  account of a database not yet upgraded); None for the recovery key;
- `session.organisation_keys`: the organisation's `keys.OrganisationKeys`
  (`.exchange` X25519PrivateKey to receive transfers, `.signing`
  Ed25519PrivateKey to sign them, `.x25519_public`, `.ed25519_public`,
  `.fingerprint`) for a director or the recovery key; None for other roles.
  Use `organisation_keys.require(session)` to get them or a clear refusal
  (shelter_app/organisation_keys.py: the card, the fingerprint)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shelter_app.db import audit as audit_db
from shelter_app.db.connection import Database
from shelter_app.db.keys import AccountKeys, KeyFile, OrganisationKeys
from shelter_app.errors import PermissionDenied
from shelter_app.permissions import Permission, allowed, label

RECOVERY_USER = "recovery"

# Called with the session just before its database closes (sign-out, lock):
# the audit head is signed there (anchors.py registers itself).
CLOSE_HOOKS: list = []


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: str


@dataclass
class Session:
    db: Database
    key_file: KeyFile
    database_key: bytes = field(repr=False)
    user: Account
    privacy_mode: bool = False
    account_keys: AccountKeys | None = field(default=None, repr=False)
    organisation_keys: OrganisationKeys | None = field(default=None, repr=False)
    worker: bool = False  # a background thread's connection (for_worker): it never signs the audit head

    @property
    def path(self) -> Path:
        return self.db.path

    def can(self, permission: Permission) -> bool:
        return allowed(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied("Your role does not allow this ({permission}).", permission=label(permission))

    def audit(self, action: str, record_type: str = "", record_id: object = "", details: dict | None = None) -> None:
        """Write an audit entry; call inside the change's transaction."""
        audit_db.append(self.db.conn, self.user.username, action, record_type, record_id, details)

    def transaction(self):
        return self.db.transaction()

    def for_worker(self) -> "Session":
        """The same person on a connection of its own, for one background
        thread; the caller closes it (ui/tasks.py does). It carries the
        organisation keys (a director receives and sends case transfers in
        the background) but never signs the audit head: that writes the key
        file, which is the screen's session's to keep."""
        return Session(db=Database.open_worker(self.db.path, self.database_key), key_file=self.key_file,
                       database_key=self.database_key, user=self.user, privacy_mode=self.privacy_mode,
                       organisation_keys=self.organisation_keys, worker=True)

    def close(self) -> None:
        if not self.db.closed:
            for hook in CLOSE_HOOKS:
                try:
                    hook(self)
                except Exception:  # noqa: BLE001,S110 - signing out must never fail
                    pass
            self.db.close()
        self.database_key = b""
        self.account_keys = None
        self.organisation_keys = None

    @property
    def closed(self) -> bool:
        return self.db.closed
