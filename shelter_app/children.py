"""Children's safeguards (data-dictionary.md, "Children"): a resident under 18
on the day in question has a guardian or legal representative (one suspected
of involvement is never addressed by the app's letters and is flagged in red),
the guardian's consent and the child's own assent (a child of 16 or older may
consent alone), best-interests assessments, and child-friendly measures taken
at legal events. A minor's plan needs an education goal or a stated reason
(plans.approve)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from shelter_app import codes
from shelter_app.db import children as children_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, PermissionDenied, ShelterError
from shelter_app.permissions import Action, Permission, label
from shelter_app.session import Session
from shelter_app.validation import (
    Problems,
    check_bool,
    check_code,
    check_code_list,
    check_date,
    check_int,
    check_text,
    today,
)

ADULT_AGE = 18
CONSENT_ALONE_AGE = 16


def age(resident: dict, on: str | _dt.date | None = None) -> int | None:
    return codes.age_on(resident.get("date_of_birth"), resident.get("birth_year_estimated"), on or today())


def is_minor(resident: dict, on: str | _dt.date | None = None) -> bool:
    """Under 18 on the day in question (today unless given); unknown age is not a minor."""
    a = age(resident, on)
    return a is not None and a < ADULT_AGE


def _resident(conn, resident_id: int) -> dict:
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


def overview(session: Session, resident_id: int) -> dict:
    session.require(Permission.VIEW_RESIDENTS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    return {"resident": resident, "age": age(resident), "minor": is_minor(resident),
            "guardians": children_db.guardians(conn, resident_id),
            "consents": children_db.consents(conn, resident_id),
            "best_interests": children_db.best_interests(conn, resident_id),
            "legal_events": children_db.legal_events(conn, resident_id)}


# --- guardians ------------------------------------------------------------------------

def validate_guardian(data: dict) -> dict:
    p = Problems()
    rec = {
        "full_name": check_text(p, data, "full_name", required=True, max_length=200),
        "relation": check_code(p, data, "relation", codes.GUARDIAN_RELATION, required=True),
        "contact": check_text(p, data, "contact", max_length=300),
        "suspected_involvement": bool(check_bool(p, data, "suspected_involvement", default=False)),
        "notes": check_text(p, data, "notes", max_length=4000),
    }
    p.raise_if_any()
    return rec


def add_guardian(session: Session, resident_id: int, data: dict) -> dict:
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    rec = validate_guardian(data)
    with session.transaction():
        gid = children_db.insert_guardian(conn, resident_id, rec, now_utc())
        session.audit(Action.GUARDIAN_ADDED, "resident", resident["case_number"],
                      {"guardian_id": gid, "relation": rec["relation"],
                       "suspected_involvement": rec["suspected_involvement"]})
    return children_db.get_guardian(conn, gid)


def update_guardian(session: Session, guardian_id: int, data: dict) -> dict:
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    old = children_db.get_guardian(conn, guardian_id)
    if old is None:
        raise NotFound("No such guardian.")
    merged = {k: old[k] for k in children_db.GUARDIAN_COLUMNS}
    merged.update({k: v for k, v in data.items() if k in children_db.GUARDIAN_COLUMNS})
    rec = validate_guardian(merged)
    changed = sorted(k for k in rec if (bool(old[k]) if k == "suspected_involvement" else old[k]) != rec[k])
    if changed:
        resident = _resident(conn, old["resident_id"])
        with session.transaction():
            children_db.update_guardian(conn, guardian_id, rec, now_utc())
            session.audit(Action.GUARDIAN_CHANGED, "resident", resident["case_number"],
                          {"guardian_id": guardian_id, "fields": changed,
                           "suspected_involvement": rec["suspected_involvement"]})
    return children_db.get_guardian(conn, guardian_id)


def addressable_guardians(session: Session, resident_id: int) -> list[dict]:
    """The guardians a letter may be addressed or copied to: never one suspected of involvement."""
    session.require(Permission.VIEW_RESIDENTS)
    return [g for g in children_db.guardians(session.db.conn, resident_id) if not g["suspected_involvement"]]


# --- consent and assent ------------------------------------------------------------------

def record_consent(session: Session, resident_id: int, data: dict) -> dict:
    """A child's consent: the guardian's consent with the child's assent; or, at
    16 or older, the child's consent alone (recorded as such). A guardian
    suspected of involvement cannot consent for the child."""
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    p = Problems()
    rec: dict[str, Any] = {
        "consent_date": check_date(p, data, "consent_date", required=True),
        "guardian_id": check_int(p, data, "guardian_id", minimum=1),
        "guardian_consent": bool(check_bool(p, data, "guardian_consent", default=False)),
        "child_assent": bool(check_bool(p, data, "child_assent", default=False)),
        "consented_alone": bool(check_bool(p, data, "consented_alone", default=False)),
        "notes": check_text(p, data, "notes", max_length=4000),
    }
    p.raise_if_any()
    years = age(resident, rec["consent_date"])
    if years is None:
        raise ShelterError("Record the date of birth (or an estimated birth year) first: the consent a child "
                           "needs depends on their age.")
    if years >= ADULT_AGE:
        raise ShelterError("The resident was {age} on that day: an adult consents on the Details tab.", age=years)
    if rec["consented_alone"]:
        if years < CONSENT_ALONE_AGE:
            raise ShelterError("A child under 16 cannot consent alone: record the guardian's consent and the "
                               "child's assent.")
        rec["child_assent"] = True
        rec["guardian_consent"] = False
        rec["guardian_id"] = None
    else:
        guardian = children_db.get_guardian(conn, rec["guardian_id"]) if rec["guardian_id"] else None
        if guardian is None or guardian["resident_id"] != resident_id:
            raise ShelterError("Choose the guardian who gives consent (add the guardian first).")
        if guardian["suspected_involvement"]:
            raise ShelterError("{name} is suspected of involvement and cannot consent for the child: ask the "
                               "guardianship authority to appoint a representative.", name=guardian["full_name"])
        if not rec["guardian_consent"]:
            raise ShelterError("Record the guardian's consent, or that a child of 16 or older consents alone.")
        if not rec["child_assent"]:
            raise ShelterError("Record the child's own assent too: ask the child, in words they understand.")
    with session.transaction():
        cid = children_db.insert_consent(conn, resident_id, rec, session.user.username, now_utc())
        session.audit(Action.CHILD_CONSENT_RECORDED, "resident", resident["case_number"],
                      {"consent_id": cid, "date": rec["consent_date"], "consented_alone": rec["consented_alone"],
                       "guardian_id": rec["guardian_id"]})
    return dict(rec, id=cid)


# --- best interests ---------------------------------------------------------------------------

def add_best_interests(session: Session, resident_id: int, data: dict) -> dict:
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    p = Problems()
    rec = {
        "assessment_date": check_date(p, data, "assessment_date", required=True),
        "assessed_by": check_text(p, data, "assessed_by", required=True, max_length=200),
        "recommendation": check_text(p, data, "recommendation", required=True, max_length=20000),
        "responsible_body": check_text(p, data, "responsible_body", max_length=300),
    }
    p.raise_if_any()
    with session.transaction():
        bid = children_db.insert_best_interests(conn, resident_id, rec, session.user.username, now_utc())
        session.audit(Action.BEST_INTERESTS_ASSESSED, "resident", resident["case_number"],
                      {"assessment_id": bid, "date": rec["assessment_date"]})
    return dict(rec, id=bid)


# --- child-friendly measures at legal events -----------------------------------------------

def set_child_measures(session: Session, event_id: int, measures) -> list[str]:
    """The child-friendly measures taken at a legal event (lawyers, social workers, directors)."""
    if not (session.can(Permission.EDIT_LEGAL) or session.can(Permission.SCREEN_AND_ASSESS)):
        raise PermissionDenied("Your role does not allow this ({permission}).",
                               permission=label(Permission.EDIT_LEGAL))
    conn = session.db.conn
    p = Problems()
    chosen = check_code_list(p, {"measures": measures}, "measures", codes.CHILD_MEASURE)
    p.raise_if_any()
    owner = children_db.event_owner(conn, event_id)
    if owner is None:
        raise NotFound("No such legal event.")
    resident = _resident(conn, owner)
    with session.transaction():
        children_db.set_measures(conn, event_id, chosen)
        session.audit(Action.CHILD_MEASURES_RECORDED, "resident", resident["case_number"],
                      {"event_id": event_id, "measures": chosen})
    return chosen
