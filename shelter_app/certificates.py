"""Signed role certificates (security.md, "Accounts and roles").

Everyone who can sign in holds the database key, so the `accounts.role`
column can be edited by anyone with a little programming. A role is therefore
a certificate: account name, role, the account's two public keys (X25519,
Ed25519), issue date and the issuer, signed by a director's signing key — or,
for the founding director (and for what the recovery key issues), by the
organisation key. The role a session gets comes from `role_of()` only.

A certificate is valid when its signature holds, its public keys are the
account's envelope's in the key file, and its issuer is the organisation key
or a director whose own certificate is valid (followed to the organisation
key, without loops). When a director's keys change or the director is
removed, the certificates they issued are issued again by the person doing it.

A database made before certificates existed has none; until the first
director signs in after the upgrade, the role column is used (the only time it
is), and that sign-in creates the organisation keys and issues them all."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from shelter_app.db import certificates as cert_db
from shelter_app.db.audit import now_utc
from shelter_app.db.keys import KeyFile, raw_public, verify_signature

ORGANISATION = ""  # issuer of a certificate signed by the organisation key
_PREFIX = b"shelter-app role certificate|"
_MAX_DEPTH = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class Certificate:
    username: str
    role: str
    x25519: str
    ed25519: str
    issued_at: str
    issuer: str
    issuer_key: str
    database_id: str

    def body(self) -> str:
        return json.dumps({"v": 1, "database_id": self.database_id, "username": self.username, "role": self.role,
                           "x25519": self.x25519, "ed25519": self.ed25519, "issued_at": self.issued_at,
                           "issuer": self.issuer, "issuer_key": self.issuer_key},
                          sort_keys=True, separators=(",", ":"))

    @classmethod
    def parse(cls, body: str) -> Certificate | None:
        try:
            data = json.loads(body)
            if data.get("v") != 1:
                return None
            return cls(str(data["username"]), str(data["role"]), str(data["x25519"]), str(data["ed25519"]),
                       str(data["issued_at"]), str(data["issuer"]), str(data["issuer_key"]),
                       str(data["database_id"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def signer_of(session) -> tuple[str, object] | None:
    """(issuer name, Ed25519 private key) the session signs certificates with:
    a director's own key when their certificate is valid, else the
    organisation key (recovery key, founding or upgrading director)."""
    keys = getattr(session, "account_keys", None)
    if (session.user.role == "director" and keys is not None and keys.signing is not None
            and role_of(session.db.conn, session.key_file, session.user.username) == "director"):
        return session.user.username, keys.signing
    org = getattr(session, "organisation_keys", None)
    if org is not None:
        return ORGANISATION, org.signing
    return None


def issue(conn, key_file: KeyFile, username: str, role: str, issuer: str, signing_key) -> None:
    """Sign and store `username`'s certificate (inside the caller's transaction)."""
    env = key_file.find(username)
    if env is None or env.signing_public_key is None:
        raise ValueError(f"no envelope with a signing key for {username}")
    cert = Certificate(username, role, _b64(env.public_key), _b64(env.signing_public_key), now_utc(), issuer,
                       _b64(raw_public(signing_key.public_key())), key_file.database_id)
    body = cert.body()
    cert_db.put(conn, username, body, signing_key.sign(_PREFIX + body.encode("utf-8")), issuer, cert.issued_at)


def _valid(rows, key_file: KeyFile, username: str, seen: frozenset) -> Certificate | None:
    if username in seen or len(seen) > _MAX_DEPTH or username not in rows:
        return None
    body, signature, _issuer = rows[username]
    cert = Certificate.parse(body)
    if cert is None or cert.username != username or cert.database_id != key_file.database_id:
        return None
    env = key_file.find(username)
    if env is None or env.signing_public_key is None:
        return None
    if (cert.x25519, cert.ed25519) != (_b64(env.public_key), _b64(env.signing_public_key)):
        return None
    if cert.issuer == ORGANISATION:
        org = key_file.organisation_public
        if not org or cert.issuer_key != _b64(org["ed25519"]):
            return None
    else:
        issuer = _valid(rows, key_file, cert.issuer, seen | {username})
        if issuer is None or issuer.role != "director" or issuer.ed25519 != cert.issuer_key:
            return None
    if not verify_signature(base64.b64decode(cert.issuer_key), signature, _PREFIX + body.encode("utf-8")):
        return None
    return cert


def certified(conn, key_file: KeyFile) -> bool:
    """Certificates are in force once the organisation has keys."""
    return bool(key_file.organisation_public)


def role_of(conn, key_file: KeyFile, username: str) -> str | None:
    """The role of `username` from a valid certificate, or None."""
    cert = _valid(cert_db.all_rows(conn), key_file, username, frozenset())
    return cert.role if cert else None


def roles(conn, key_file: KeyFile) -> dict[str, str | None]:
    rows = cert_db.all_rows(conn)
    names = {e.username for e in key_file.envelopes if e.kind == "account"} | set(rows)
    result = {}
    for name in names:
        cert = _valid(rows, key_file, name or "", frozenset())
        result[name or ""] = cert.role if cert else None
    return result


def reissue_dependents(conn, key_file: KeyFile, old_issuer: str, issuer: str, signing_key,
                       roles_now: dict[str, str | None]) -> list[str]:
    """Issue again, with `signing_key`, every valid certificate `old_issuer`
    had issued (before their keys change or they are removed). `roles_now` is
    `roles()` taken before the change."""
    done = []
    for username in cert_db.issued_by(conn, old_issuer):
        role = roles_now.get(username)
        if username != old_issuer and role and key_file.find(username) is not None:
            issue(conn, key_file, username, role, issuer, signing_key)
            done.append(username)
    return done
