"""Identification under the National Referral Mechanism, in the two steps the
OSCE recommends (data-dictionary.md, "Identification under the NRM"):

1. a first-level screening by the shelter, a first responder: the indicators
   seen under act / means / purpose, the person's age at the act (a child's
   criteria need no means), immediate needs and a result; indicators met make
   the resident a presumed victim;
2. a referral for formal identification to an authorised body from the
   organisations directory, and that body's decision; `identified` sets the
   resident's nrm_status and identification date.

Social workers and directors screen, refer and record decisions; everyone
who reads residents reads these records."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.db import children as children_db
from shelter_app.db import nrm as nrm_db
from shelter_app.db import organisations as organisations_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import (
    Problems,
    check_code,
    check_code_list,
    check_date,
    check_int,
    check_text,
    today,
)

MAX_TEXT = 20000
ADULT_AGE = 18


# --- the child rule ---------------------------------------------------------------------

def age_at_act(resident: dict, act_date: str | None, typed_age: int | None,
               screening_date: str | None = None) -> int | None:
    """The person's age when the act took place: from the date of birth (or
    estimated birth year) and the date of the act; else the age typed on the
    form; else, when the person is a child today, their age at the screening
    (they were no older at the act)."""
    if act_date:
        age = codes.age_on(resident.get("date_of_birth"), resident.get("birth_year_estimated"), act_date)
        if age is not None:
            return age
    if typed_age is not None:
        return typed_age
    if screening_date:
        now = codes.age_on(resident.get("date_of_birth"), resident.get("birth_year_estimated"), screening_date)
        if now is not None and now < ADULT_AGE:
            return now
    return None


def child_criteria(age: int | None) -> bool:
    """Child criteria apply to a person under 18 at the act."""
    return age is not None and age < ADULT_AGE


def elements_met(acts, means, purposes, child: bool) -> bool:
    """The definition's elements: an act and a purpose, and for an adult a means."""
    return bool(acts) and bool(purposes) and (child or bool(means))


def suggested_result(acts, means, purposes, child: bool) -> str:
    if elements_met(acts, means, purposes, child):
        return "indicators_met"
    if acts or means or purposes:
        return "inconclusive"
    return "indicators_not_met"


# --- reading ----------------------------------------------------------------------------

def _resident(conn, resident_id: int) -> dict:
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


def screenings(session: Session, resident_id: int) -> list[dict]:
    """A resident's screenings, newest first, each with its immediate needs."""
    session.require(Permission.VIEW_RESIDENTS)
    conn = session.db.conn
    rows = nrm_db.screenings(conn, resident_id)
    for row in rows:
        row["needs"] = nrm_db.screening_needs(conn, row["id"])
    return rows


def get_screening(session: Session, screening_id: int) -> dict:
    session.require(Permission.VIEW_RESIDENTS)
    row = nrm_db.get_screening(session.db.conn, screening_id)
    if row is None:
        raise NotFound("No such screening.")
    row["needs"] = nrm_db.screening_needs(session.db.conn, screening_id)
    return row


def referrals(session: Session, resident_id: int) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    return nrm_db.referrals(session.db.conn, resident_id)


def get_referral(session: Session, referral_id: int) -> dict:
    session.require(Permission.VIEW_RESIDENTS)
    row = nrm_db.get_referral(session.db.conn, referral_id)
    if row is None:
        raise NotFound("No such referral.")
    return row


def overview(session: Session, resident_id: int) -> dict:
    """Everything the NRM tab shows, read at once."""
    session.require(Permission.VIEW_RESIDENTS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    age = codes.age_on(resident["date_of_birth"], resident["birth_year_estimated"], today())
    return {
        "resident": resident,
        "age": age,
        "screenings": screenings(session, resident_id),
        "referrals": nrm_db.referrals(conn, resident_id),
        "bodies": organisations_db.listing(conn, "authorised_nrm_body"),
    }


def latest_screening_needs(conn, resident_id: int) -> list[dict]:
    """The immediate needs of the latest screening (they start a new plan's assessment)."""
    latest = nrm_db.latest_screening(conn, resident_id)
    return nrm_db.screening_needs(conn, latest["id"]) if latest else []


# --- nrm_status follows the records --------------------------------------------------

def _follow_status(session: Session, resident: dict) -> str:
    """Set the resident's nrm_status from the records: the latest decision
    decides; else indicators met make a presumed victim. A status entered by
    hand or imported without records is left alone. Returns the new status."""
    conn = session.db.conn
    rid = resident["id"]
    old = (resident["nrm_status"], resident["nrm_identified_date"], resident["nrm_identifying_body"])
    decision = nrm_db.latest_decision(conn, rid)
    if decision is not None:
        if decision["decision"] == "identified":
            new = ("identified", decision["decision_date"],
                   decision["identifying_body"] or decision["organisation_name"])
        else:
            # The authorised body decided: no longer presumed, whatever the screening said.
            new = ("none", None, None)
    elif old[0] == "identified":
        new = old
    elif nrm_db.has_met_screening(conn, rid):
        new = ("presumed", None, old[2])
    elif old[0] == "presumed" and nrm_db.latest_screening(conn, rid) is not None:
        new = ("none", None, old[2])  # the screening that presumed it was corrected
    else:
        new = old
    if new != old:
        nrm_db.set_status(conn, rid, new[0], new[1], new[2], now_utc())
        session.audit(Action.NRM_STATUS_CHANGED, "resident", resident["case_number"],
                      {"from": old[0], "to": new[0], "nrm_identified_date": new[1]})
    return new[0]


# --- screening ----------------------------------------------------------------------------

def validate_screening(data: dict, resident: dict) -> dict:
    p = Problems()
    rec: dict = {}
    rec["screening_date"] = check_date(p, data, "screening_date", required=True)
    # A screening may come before registration, at first contact; never before birth.
    dob = resident.get("date_of_birth")
    if rec["screening_date"] and dob and rec["screening_date"] < dob:
        p.add("screening_date", "The screening date is before the date of birth.")
    rec["act_date"] = check_date(p, data, "act_date")
    if rec["act_date"] and rec["screening_date"] and rec["act_date"] > rec["screening_date"]:
        p.add("act_date", "The act cannot come after the screening.")
    rec["age_at_act"] = check_int(p, data, "age_at_act", minimum=0, maximum=120)
    rec["acts"] = check_code_list(p, data, "acts", codes.NRM_ACT)
    rec["means"] = check_code_list(p, data, "means", codes.NRM_MEANS)
    rec["purposes"] = check_code_list(p, data, "purposes", codes.EXPLOITATION)
    rec["result"] = check_code(p, data, "result", codes.SCREENING_RESULT, required=True)
    rec["notes"] = check_text(p, data, "notes", max_length=MAX_TEXT)
    needs, seen = [], set()
    for row in data.get("needs") or []:
        q = Problems()
        domain = check_code(q, row, "domain", codes.PLAN_DOMAIN, required=True)
        level = check_code(q, row, "need_level", codes.NEED_LEVEL, default="none")
        note = check_text(q, row, "note", max_length=MAX_TEXT)
        if q or domain in seen:
            p.add("needs", "An immediate need is not valid: choose the area and the level.")
            continue
        seen.add(domain)
        if level != "none" or note:
            needs.append({"domain": domain, "need_level": level, "note": note})
    rec["needs"] = needs
    p.raise_if_any()
    age = age_at_act(resident, rec["act_date"], rec["age_at_act"], rec["screening_date"])
    rec["age_at_act"] = age
    rec["child_criteria"] = child_criteria(age)
    if rec["result"] == "indicators_met" and not elements_met(rec["acts"], rec["means"], rec["purposes"],
                                                              rec["child_criteria"]):
        if rec["child_criteria"]:
            p.add("result", "Indicators are met for a child when at least one act and one purpose are recorded.")
        else:
            p.add("result", "Indicators are met for an adult when at least one act, one means and one purpose "
                            "are recorded. For a child (under 18 at the act) the means are not required: "
                            "record the date of the act or the age then.")
    p.raise_if_any()
    return rec


def add_screening(session: Session, resident_id: int, data: dict) -> dict:
    """Record a first-level screening; indicators met make the resident a presumed victim."""
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    rec = validate_screening(data, resident)
    rec["screened_by"] = session.user.username
    with session.transaction():
        sid = nrm_db.insert_screening(conn, resident_id, rec, now_utc())
        nrm_db.replace_needs(conn, sid, rec["needs"])
        session.audit(Action.NRM_SCREENING_RECORDED, "resident", resident["case_number"],
                      {"screening_id": sid, "date": rec["screening_date"], "result": rec["result"],
                       "child_criteria": rec["child_criteria"]})
        _follow_status(session, resident)
    return get_screening(session, sid)


def update_screening(session: Session, screening_id: int, data: dict) -> dict:
    """Correct a screening (audited); the status follows again."""
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    old = get_screening(session, screening_id)
    resident = _resident(conn, old["resident_id"])
    rec = validate_screening(data, resident)
    with session.transaction():
        nrm_db.update_screening(conn, screening_id, rec, now_utc())
        nrm_db.replace_needs(conn, screening_id, rec["needs"])
        changed = sorted(k for k in ("screening_date", "act_date", "age_at_act", "acts", "means", "purposes",
                                     "result", "notes", "needs") if old.get(k) != rec.get(k))
        session.audit(Action.NRM_SCREENING_CHANGED, "resident", resident["case_number"],
                      {"screening_id": screening_id, "fields": changed, "result": rec["result"]})
        _follow_status(session, _resident(conn, resident["id"]))
    return get_screening(session, screening_id)


def import_screening(session: Session, resident_id: int, screening_date: str, result: str) -> bool:
    """A register's earlier screening (date and result only), inside the
    importer's transaction; the same screening is not added twice. Returns
    True when one was added."""
    conn = session.db.conn
    if nrm_db.screening_on(conn, resident_id, screening_date, result):
        return False
    resident = _resident(conn, resident_id)
    nrm_db.insert_screening(conn, resident_id, {
        "screening_date": screening_date, "screened_by": "import", "act_date": None, "age_at_act": None,
        "child_criteria": False, "acts": [], "means": [], "purposes": [], "result": result,
        "notes": ""}, now_utc())
    _follow_status(session, resident)
    return True


# --- referral and decision -----------------------------------------------------------------

def validate_referral(data: dict) -> dict:
    p = Problems()
    rec = {
        "referral_date": check_date(p, data, "referral_date", required=True),
        "shared": check_code_list(p, data, "shared", codes.REFERRAL_SHARE),
        "notes": check_text(p, data, "notes", max_length=MAX_TEXT),
        "organisation_id": check_int(p, data, "organisation_id", minimum=1, required=True),
    }
    p.raise_if_any()
    return rec


def refer(session: Session, resident_id: int, data: dict) -> dict:
    """Refer the resident for formal identification to an authorised body,
    sharing only what the resident agreed to (`shared`, codes of referral_share)."""
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    rec = validate_referral(data)
    body = organisations_db.get(conn, rec["organisation_id"])
    if body is None or body["organisation_type"] != "authorised_nrm_body" or not body["active"]:
        raise ShelterError("Choose a body authorised to identify victims from the organisations directory.")
    basis = [s for s in nrm_db.screenings(conn, resident_id)
             if s["screening_date"] <= rec["referral_date"] and s["result"] != "indicators_not_met"]
    if not basis:
        raise ShelterError("A referral for formal identification follows a first-level screening whose "
                           "indicators are met or inconclusive, on or before the referral date.")
    rec["screening_id"] = basis[0]["id"]
    rec["referred_by"] = session.user.username
    with session.transaction():
        rid = nrm_db.insert_referral(conn, resident_id, rec, now_utc())
        session.audit(Action.NRM_REFERRED, "resident", resident["case_number"],
                      {"referral_id": rid, "date": rec["referral_date"], "organisation_id": body["id"],
                       "shared": rec["shared"]})
    return get_referral(session, rid)


def record_decision(session: Session, referral_id: int, data: dict) -> dict:
    """The authorised body's decision on a referral; nrm_status follows."""
    session.require(Permission.SCREEN_AND_ASSESS)
    conn = session.db.conn
    referral = get_referral(session, referral_id)
    p = Problems()
    rec = {
        "decision": check_code(p, data, "decision", codes.NRM_DECISION, required=True),
        "decision_date": check_date(p, data, "decision_date", required=True),
        "identifying_body": check_text(p, data, "identifying_body", max_length=200) or None,
        "document_number": check_text(p, data, "document_number", max_length=100) or None,
    }
    if rec["decision_date"] and rec["decision_date"] < referral["referral_date"]:
        p.add("decision_date", "The decision cannot come before the referral ({date}).",
              date=referral["referral_date"])
    p.raise_if_any()
    rec["identifying_body"] = rec["identifying_body"] or referral["organisation_name"]
    rec["decided_recorded_by"] = session.user.username
    resident = _resident(conn, referral["resident_id"])
    with session.transaction():
        nrm_db.set_decision(conn, referral_id, rec)
        session.audit(Action.NRM_DECISION_RECORDED, "resident", resident["case_number"],
                      {"referral_id": referral_id, "decision": rec["decision"], "date": rec["decision_date"],
                       "corrected": referral["decision"] is not None})
        _follow_status(session, resident)
    return get_referral(session, referral_id)


# --- printing -------------------------------------------------------------------------------

def _print_context(session: Session, resident_id: int) -> dict:
    from shelter_app import accounts

    conn = session.db.conn
    return {"organisation": accounts.organisation(session), "resident": _resident(conn, resident_id),
            "guardians": children_db.guardians(conn, resident_id)}


def questionnaire(session: Session, resident_id: int, lang: str, screening_id: int | None = None, *,
                  today_: _dt.date | None = None):
    """The screening questionnaire filled in (the latest screening unless one
    is named; a blank form when there is none)."""
    from shelter_app.printing import nrm_pdf

    session.require(Permission.SCREEN_AND_ASSESS)
    ctx = _print_context(session, resident_id)
    if screening_id is not None:
        screening = get_screening(session, screening_id)
        if screening["resident_id"] != resident_id:
            raise NotFound("No such screening.")
    else:
        rows = screenings(session, resident_id)
        screening = rows[0] if rows else None
    if screening is not None:
        names = nrm_db_display_names(session, [screening["screened_by"]])
        screening["screened_by_name"] = names.get(screening["screened_by"], screening["screened_by"])
    return nrm_pdf.questionnaire(ctx["resident"], screening, ctx["organisation"], lang, today=today_)


def letter(session: Session, resident_id: int, lang: str, referral_id: int | None = None, *,
           today_: _dt.date | None = None):
    """The referral letter to the authorised body: only what the resident
    agreed to share, never addressed to a guardian suspected of involvement."""
    from shelter_app.printing import nrm_pdf

    session.require(Permission.SCREEN_AND_ASSESS)
    ctx = _print_context(session, resident_id)
    if referral_id is None:
        rows = referrals(session, resident_id)
        if not rows:
            raise ShelterError("{case_number} has not been referred for formal identification yet.",
                               case_number=ctx["resident"]["case_number"])
        referral = rows[0]
    else:
        referral = get_referral(session, referral_id)
        if referral["resident_id"] != resident_id:
            raise NotFound("No such referral.")
    screening = get_screening(session, referral["screening_id"]) if referral.get("screening_id") else None
    names = nrm_db_display_names(session, [referral["referred_by"]])
    referral["referred_by_name"] = names.get(referral["referred_by"], referral["referred_by"])
    addressable = [g for g in ctx["guardians"] if not g["suspected_involvement"]]
    return nrm_pdf.letter(ctx["resident"], referral, screening, addressable, ctx["organisation"], lang,
                          today=today_)


def nrm_db_display_names(session: Session, usernames: list[str]) -> dict[str, str]:
    from shelter_app.db import plans as plans_db

    return plans_db.display_names(session.db.conn, usernames)


def document_allowed(session: Session, resident_id: int, what: str) -> None:
    """Raise what printing would raise, before a printer is asked for."""
    session.require(Permission.SCREEN_AND_ASSESS)
    if what not in ("questionnaire", "letter"):
        raise ShelterError("Choose what to print: the questionnaire or the referral letter.")
    resident = _resident(session.db.conn, resident_id)
    if what == "letter" and not nrm_db.referrals(session.db.conn, resident_id):
        raise ShelterError("{case_number} has not been referred for formal identification yet.",
                           case_number=resident["case_number"])


def document(session: Session, resident_id: int, what: str, lang: str, item_id: int | None = None):
    if what == "questionnaire":
        return questionnaire(session, resident_id, lang, item_id)
    if what == "letter":
        return letter(session, resident_id, lang, item_id)
    raise ShelterError("Choose what to print: the questionnaire or the referral letter.")


def record_print(session: Session, resident_id: int, what: str, lang: str, destination: str) -> None:
    """Every printed or saved questionnaire and letter goes to the audit log."""
    session.require(Permission.SCREEN_AND_ASSESS)
    resident = _resident(session.db.conn, resident_id)
    with session.transaction():
        session.audit(Action.NRM_LETTER_PRINTED if what == "letter" else Action.NRM_QUESTIONNAIRE_PRINTED, "resident",
                      resident["case_number"], {"language": lang, "output": destination})


def render(session: Session, resident_id: int, what: str, lang: str, item_id: int | None = None) -> bytes:
    """The document as PDF bytes, in memory; not audited (record_print does that)."""
    from shelter_app.printing import common

    return common.render_pdf(document(session, resident_id, what, lang, item_id))


def save_pdf(session: Session, resident_id: int, what: str, lang: str, path, item_id: int | None = None) -> int:
    """Write the document as a PDF (atomically), audited; returns its size."""
    from shelter_app import atomic

    data = render(session, resident_id, what, lang, item_id)
    atomic.write_bytes(path, data)
    record_print(session, resident_id, what, lang, "pdf")
    return len(data)
