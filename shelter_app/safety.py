"""Risk and safety (data-dictionary.md, "Risk and safety"): risk assessments
at intake and at each plan review, with a level the worker sets (suggested
from the items), and the resident's safety plan. Neither is ever exported
nor counted in a return; the safety plan is printed only on request.

Social workers and directors assess; everyone who reads residents reads."""

from __future__ import annotations

from shelter_app import codes
from shelter_app.db import residents as residents_db
from shelter_app.db import safety as safety_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound
from shelter_app.i18n import N_, translate
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import (
    Problems,
    check_code,
    check_code_list,
    check_date,
    check_text,
)

MAX_TEXT = 20000

# When an assessment was made; not a code list of the returns.
OCCASIONS = (("intake", N_("Safety", "At intake")), ("plan_review", N_("Safety", "At a plan review")),
             ("other", N_("Safety", "Other occasion")))

# Items that alone make the risk high: the trafficker can reach the person, or a life is at stake.
HIGH_ITEMS = frozenset({"trafficker_knows_location", "trafficker_contacted", "self_harm_risk", "health_emergency"})


def occasion_label(code: str, lang: str | None = None) -> str:
    for c, text in OCCASIONS:
        if c == code:
            return translate("Safety", text, lang)
    return code


def suggested_level(items) -> str:
    """high with any item in HIGH_ITEMS or three items or more; medium with any; else low."""
    items = set(items or [])
    if items & HIGH_ITEMS or len(items) >= 3:
        return "high"
    return "medium" if items else "low"


def _resident(conn, resident_id: int) -> dict:
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


# --- risk assessments ---------------------------------------------------------------------

def assessments(session: Session, resident_id: int) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    return safety_db.assessments(session.db.conn, resident_id)


def latest_level(session: Session, resident_id: int) -> str | None:
    """The latest risk level, for the record's header; None before any assessment."""
    session.require(Permission.VIEW_RESIDENTS)
    latest = safety_db.latest_assessment(session.db.conn, resident_id)
    return latest["risk_level"] if latest else None


def add_assessment(session: Session, resident_id: int, data: dict) -> dict:
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    p = Problems()
    rec = {
        "assessment_date": check_date(p, data, "assessment_date", required=True),
        "occasion": check_text(p, data, "occasion", max_length=20) or "other",
        "items": check_code_list(p, data, "items", codes.RISK_ITEM),
        "risk_level": check_code(p, data, "risk_level", codes.RISK_LEVEL, required=True),
        "notes": check_text(p, data, "notes", max_length=MAX_TEXT),
    }
    if rec["occasion"] not in dict(OCCASIONS):
        p.add("occasion", "Choose when the assessment was made.")
    if "other" in rec["items"] and not rec["notes"]:
        p.add("notes", "Describe the other risk in the notes.")
    p.raise_if_any()
    rec["assessed_by"] = session.user.username
    with session.transaction():
        aid = safety_db.insert_assessment(conn, resident_id, rec, now_utc())
        session.audit(Action.RISK_ASSESSED, "resident", resident["case_number"],
                      {"assessment_id": aid, "date": rec["assessment_date"], "risk_level": rec["risk_level"],
                       "suggested": suggested_level(rec["items"])})
    return dict(rec, id=aid, resident_id=resident_id)


# --- the safety plan ------------------------------------------------------------------------

PLAN_FIELDS = ("concerns", "measures", "who_to_call", "safe_contacts", "review_date")


def get_plan(session: Session, resident_id: int) -> dict | None:
    session.require(Permission.VIEW_RESIDENTS)
    return safety_db.get_plan(session.db.conn, resident_id)


def save_plan(session: Session, resident_id: int, data: dict) -> dict:
    """The safety plan as typed; the audit names the parts changed, never their words."""
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    p = Problems()
    rec = {name: check_text(p, data, name, max_length=MAX_TEXT) for name in PLAN_FIELDS[:-1]}
    rec["review_date"] = check_date(p, data, "review_date", not_future=False)
    if not (rec["concerns"] or rec["measures"]):
        p.add("concerns", "Write the concerns in the resident's own words, or the measures agreed.")
    p.raise_if_any()
    old = safety_db.get_plan(conn, resident_id) or {}
    changed = sorted(k for k in PLAN_FIELDS if (old.get(k) or None) != (rec[k] or None))
    if not changed:
        return old
    with session.transaction():
        safety_db.save_plan(conn, resident_id, rec, session.user.username, now_utc())
        session.audit(Action.SAFETY_PLAN_SAVED, "resident", resident["case_number"],
                      {"parts": changed, "next_review_date": rec["review_date"]})
    return safety_db.get_plan(conn, resident_id)


def plan_document(session: Session, resident_id: int, lang: str):
    """The safety plan printed on request (never part of any export)."""
    from shelter_app import accounts
    from shelter_app.printing import safety_pdf

    session.require(Permission.SCREEN_AND_ASSESS)
    resident = _resident(session.db.conn, resident_id)
    plan = safety_db.get_plan(session.db.conn, resident_id)
    if plan is None:
        from shelter_app.errors import ShelterError

        raise ShelterError("This resident has no safety plan yet.")
    return safety_pdf.build(resident, plan, accounts.organisation(session), lang)


def record_print(session: Session, resident_id: int, lang: str, destination: str) -> None:
    session.require(Permission.SCREEN_AND_ASSESS)
    resident = _resident(session.db.conn, resident_id)
    with session.transaction():
        session.audit(Action.SAFETY_PLAN_PRINTED, "resident", resident["case_number"],
                      {"language": lang, "output": destination})
