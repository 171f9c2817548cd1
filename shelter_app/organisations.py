"""The organisations directory: the bodies a resident is referred to, the
authorised bodies that formally identify victims under the NRM, and other
shelters whose organisation card was added for case transfers
(data-dictionary.md, "Referrals out"; case-transfer.md).

Staff who refer (social workers, directors) keep the directory; everyone who
reads residents reads it. Organisation cards (public keys) are added by
directors only, by the transfer feature."""

from __future__ import annotations

from shelter_app import codes
from shelter_app.db import organisations as organisations_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_code, check_text

EDITABLE = ("name", "organisation_type", "region", "phone", "notes")


def validate(data: dict) -> dict:
    p = Problems()
    rec = {
        "name": check_text(p, data, "name", required=True, max_length=300),
        "organisation_type": check_code(p, data, "organisation_type", codes.ORGANISATION_TYPE, required=True),
        "region": check_text(p, data, "region", max_length=200),
        "phone": check_text(p, data, "phone", max_length=100),
        "notes": check_text(p, data, "notes", max_length=4000),
    }
    p.raise_if_any()
    return rec


def list_organisations(session: Session, organisation_type: str | None = None, *,
                       include_inactive: bool = False) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    return organisations_db.listing(session.db.conn, organisation_type, include_inactive=include_inactive)


def get_organisation(session: Session, organisation_id: int) -> dict:
    session.require(Permission.VIEW_RESIDENTS)
    row = organisations_db.get(session.db.conn, organisation_id)
    if row is None:
        raise NotFound("No such organisation.")
    return row


def add_organisation(session: Session, data: dict) -> int:
    session.require(Permission.MANAGE_DIRECTORY)
    rec = validate(data)
    with session.transaction():
        new_id = organisations_db.insert(session.db.conn, rec, now_utc())
        session.audit(Action.ORGANISATION_ADDED, "organisation", new_id, {"organisation_type": rec["organisation_type"]})
    return new_id


def update_organisation(session: Session, organisation_id: int, data: dict) -> dict:
    """Change a directory entry; returns the fields that changed (old, new)."""
    session.require(Permission.MANAGE_DIRECTORY)
    old = get_organisation(session, organisation_id)
    merged = {k: old.get(k) for k in EDITABLE}
    merged.update({k: v for k, v in data.items() if k in EDITABLE})
    rec = validate(merged)
    changes = {k: v for k, v in rec.items() if old.get(k) != v}
    if changes:
        with session.transaction():
            organisations_db.update(session.db.conn, organisation_id, changes, now_utc())
            session.audit(Action.ORGANISATION_CHANGED, "organisation", organisation_id, {"fields": sorted(changes)})
    return changes


def set_active(session: Session, organisation_id: int, active: bool) -> None:
    """Hide an organisation from the choosers (kept for the records that name it)."""
    session.require(Permission.MANAGE_DIRECTORY)
    get_organisation(session, organisation_id)
    with session.transaction():
        organisations_db.update(session.db.conn, organisation_id, {"active": 1 if active else 0}, now_utc())
        session.audit(Action.ORGANISATION_CHANGED, "organisation", organisation_id, {"active": bool(active)})
