"""The organisation's own keys and card (case-transfer.md, "Organisation keys").

API for other features (case transfers, org-card export):

    from shelter_app import organisation_keys
    keys = organisation_keys.require(session)   # director or recovery key; else PermissionDenied
    keys.exchange      # X25519PrivateKey: open what was sealed to the organisation
    keys.signing       # Ed25519PrivateKey: sign what the organisation sends
    keys.x25519_public, keys.ed25519_public    # raw 32-byte public keys
    organisation_keys.fingerprint_of(session)  # "ABCD-EFGH-…" (8 groups of 4), any role
    organisation_keys.card(session)            # the public card (dict), any role
    organisation_keys.fingerprint(x25519_public, ed25519_public)  # for another organisation's card

The keys are created at `init` (and, for an older database, at the first
director's sign-in after the upgrade), wrapped in the key file for every
director and the recovery key, and re-wrapped on rotation. No SQL, no Qt."""

from __future__ import annotations

import base64

from shelter_app.db import organisation as organisation_db
from shelter_app.db.keys import OrganisationKeys, fingerprint
from shelter_app.errors import PermissionDenied
from shelter_app.session import Session

CARD_FORMAT = "shelter-org-card/1"

__all__ = ["CARD_FORMAT", "OrganisationKeys", "card", "fingerprint", "fingerprint_of", "public_keys", "require"]


def require(session: Session) -> OrganisationKeys:
    """The organisation's private keys, held by a director's or the
    recovery key's session; anyone else is refused."""
    keys = session.organisation_keys
    if keys is None:
        raise PermissionDenied("Only a director can use the organisation's keys.")
    return keys


def public_keys(session: Session) -> tuple[bytes, bytes] | None:
    """(X25519, Ed25519) raw public keys, or None before the first director's
    sign-in in an upgraded database."""
    pub = session.key_file.organisation_public
    if not pub:
        return None
    return pub["x25519"], pub["ed25519"]


def fingerprint_of(session: Session) -> str | None:
    return session.key_file.organisation_fingerprint


def card(session: Session) -> dict:
    """The organisation card: code, name, both public keys (base64) and the
    fingerprint. Public: safe to save to a file or print."""
    keys = public_keys(session)
    if keys is None:
        raise PermissionDenied("The organisation keys are created at the first director's sign-in.")
    org = organisation_db.get(session.db.conn)
    return {"format": CARD_FORMAT, "code": org["code"] if org else "", "name": org["name"] if org else "",
            "x25519_public": base64.b64encode(keys[0]).decode("ascii"),
            "ed25519_public": base64.b64encode(keys[1]).decode("ascii"),
            "fingerprint": fingerprint(*keys)}
