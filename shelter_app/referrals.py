"""Referrals out (data-dictionary.md, "Referrals out"): a resident referred
to an organisation of the directory for a reason (`service_type`), with her
consent to share, for this referral, only the fields she agreed to (a short
list: name, date of birth, citizenship, contact, exploitation summary, needs,
documents). The printed referral letter (ru/ky/en) holds those fields and no
other. The outcome (pending, accepted, completed, rejected with a reason) is
kept as a history, so a return can read the outcome on any date; a follow-up
date puts an open referral on the Due page."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.db import organisations as organisations_db
from shelter_app.db import referrals as referrals_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.i18n import format_date, translate
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import (
    Problems,
    check_code,
    check_code_list,
    check_date,
    check_text,
    parse_date,
)

FIELDS = ("date", "organisation_id", "reason", "shared", "consent_date", "contact_text", "needs_text",
          "documents_text", "notes", "follow_up_date")
OPEN_OUTCOMES = ("pending", "accepted")


def _resident(conn, resident_id: int) -> dict:
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


def _referral(conn, referral_id: int) -> dict:
    row = referrals_db.get(conn, referral_id)
    if row is None:
        raise NotFound("No referral with this id.")
    return row


def _shape(row: dict) -> dict:
    row = dict(row)
    row["shared"] = [c for c in (row.get("shared") or "").split(";") if c]
    row["outcome"] = row.get("outcome") or "pending"
    return row


def validate(conn, data: dict, *, partial_of: dict | None = None) -> dict:
    if partial_of is not None:
        merged = {k: partial_of.get(k) for k in FIELDS}
        merged.update({k: v for k, v in data.items() if k in FIELDS})
        data = merged
    p = Problems()
    rec: dict = {}
    rec["date"] = check_date(p, data, "date", required=True, earliest=_dt.date(1990, 1, 1))
    org_id = data.get("organisation_id")
    org = None
    if org_id in (None, ""):
        p.add("organisation_id", "Choose the organisation from the directory.")
    else:
        try:
            org = organisations_db.get(conn, int(org_id))
        except (TypeError, ValueError):
            org = None
        if org is None:
            p.add("organisation_id", "No such organisation in the directory.")
    rec["organisation_id"] = org["id"] if org else None
    rec["reason"] = check_code(p, data, "reason", codes.SERVICE_TYPE, required=True)
    shared = check_code_list(p, data, "shared", codes.REFERRAL_SHARE)
    rec["shared"] = ";".join(c for c in codes.REFERRAL_SHARE.codes if c in shared)
    rec["consent_date"] = check_date(p, data, "consent_date", earliest=_dt.date(1990, 1, 1))
    if shared and not rec["consent_date"] and "consent_date" not in p.items:
        p.add("consent_date", "Record the date the resident agreed to share these details.")
    if rec["consent_date"] and rec["date"] and rec["consent_date"] > rec["date"]:
        p.add("consent_date", "The consent must be given on or before the referral.")
    for field, code in (("contact_text", "contact"), ("needs_text", "needs"), ("documents_text", "documents")):
        rec[field] = check_text(p, data, field, max_length=2000)
        if rec[field] and code not in shared:
            p.add(field, "The resident did not agree to share this; tick it first or leave it empty.")
    rec["notes"] = check_text(p, data, "notes", max_length=4000)
    raw = data.get("follow_up_date")
    try:
        follow = parse_date(raw)
    except ValueError:
        p.add("follow_up_date", "Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.", value=str(raw))
        follow = None
    if follow and rec["date"] and follow.isoformat() < rec["date"]:
        p.add("follow_up_date", "The follow-up date is before the referral.")
    rec["follow_up_date"] = follow.isoformat() if follow else None
    p.raise_if_any()
    return rec


def referrals(session: Session, resident_id: int) -> list[dict]:
    """A resident's referrals, newest first, each with its current outcome."""
    session.require(Permission.REFER)
    conn = session.db.conn
    _resident(conn, resident_id)
    return [_shape(r) for r in referrals_db.for_resident(conn, resident_id)]


def get(session: Session, referral_id: int) -> dict:
    session.require(Permission.REFER)
    conn = session.db.conn
    row = _shape(_referral(conn, referral_id))
    row["outcomes"] = referrals_db.outcomes(conn, referral_id)
    return row


def create(session: Session, resident_id: int, data: dict, *, transfer_id: str | None = None) -> int:
    session.require(Permission.REFER)
    conn = session.db.conn
    rec = validate(conn, data)
    rec["staff"] = session.user.username
    rec["transfer_id"] = transfer_id
    with session.transaction():
        resident = _resident(conn, resident_id)
        new_id = referrals_db.insert(conn, resident_id, rec, now_utc())
        referrals_db.add_outcome(conn, new_id, rec["date"], "pending", "", session.user.username, now_utc())
        session.audit(Action.REFERRAL_MADE, "resident", resident["case_number"],
                      {"referral_id": new_id, "organisation_id": rec["organisation_id"], "reason": rec["reason"],
                       "shared": rec["shared"].split(";") if rec["shared"] else []})
    return new_id


def update(session: Session, referral_id: int, changes: dict) -> dict:
    session.require(Permission.REFER)
    conn = session.db.conn
    before = _referral(conn, referral_id)
    rec = validate(conn, changes, partial_of=before)
    changed = [k for k in FIELDS if rec[k] != (before.get(k) if before.get(k) is not None or k == "follow_up_date"
                                               or k == "consent_date" else "")]
    if changed:
        with session.transaction():
            referrals_db.update(conn, referral_id, {k: rec[k] for k in changed})
            session.audit(Action.REFERRAL_CHANGED, "resident", _resident(conn, before["resident_id"])["case_number"],
                          {"referral_id": referral_id, "fields": changed})
    return get(session, referral_id)


def delete(session: Session, referral_id: int) -> None:
    session.require(Permission.REFER)
    conn = session.db.conn
    before = _referral(conn, referral_id)
    with session.transaction():
        referrals_db.delete(conn, referral_id)
        session.audit(Action.REFERRAL_DELETED, "resident", _resident(conn, before["resident_id"])["case_number"],
                      {"referral_id": referral_id})


def set_outcome(session: Session, referral_id: int, outcome: str, date=None, reason: str = "") -> dict:
    """What became of the referral, on a date (today by default); a rejection
    carries its reason."""
    session.require(Permission.REFER)
    conn = session.db.conn
    before = _referral(conn, referral_id)
    p = Problems()
    data = {"outcome": outcome, "date": date or _dt.date.today().isoformat(), "reason": reason}
    value = check_code(p, data, "outcome", codes.REFERRAL_OUTCOME, required=True)
    day = check_date(p, data, "date", required=True, earliest=_dt.date(1990, 1, 1))
    why = check_text(p, data, "reason", max_length=1000)
    if value == "rejected" and not why:
        p.add("reason", "Give the reason the referral was rejected.")
    if day and day < before["date"]:
        p.add("date", "The outcome is dated before the referral.")
    p.raise_if_any()
    with session.transaction():
        referrals_db.add_outcome(conn, referral_id, day, value, why, session.user.username, now_utc())
        session.audit(Action.REFERRAL_OUTCOME, "resident", _resident(conn, before["resident_id"])["case_number"],
                      {"referral_id": referral_id, "outcome": value})
    return get(session, referral_id)


def for_service(session: Session, service_id: int) -> dict | None:
    """The referral a logged service became (services by a named organisation)."""
    session.require(Permission.VIEW_SERVICES)
    row = referrals_db.by_service(session.db.conn, service_id)
    return _shape(row) if row else None


# --- the letter ----------------------------------------------------------------------

def exploitation_summary(resident: dict, lang: str) -> str:
    forms = [resident["primary_exploitation"], *[c for c in resident.get("other_exploitation") or []
                                                 if c != resident["primary_exploitation"]]]
    text = ", ".join(codes.EXPLOITATION.label(c, lang) for c in forms)
    country = resident.get("exploitation_country")
    if country and country != "unknown":
        text += "; " + translate("ReferralLetter", "country of exploitation: {country}", lang).format(
            country=codes.COMMON_COUNTRIES.label(country, lang))
    return text


def letter_fields(resident: dict, referral: dict, lang: str) -> list[tuple[str, str]]:
    """(label, value) of every consented field and of none other."""
    shared = set(referral["shared"])
    out: list[tuple[str, str]] = []
    label = lambda code: codes.REFERRAL_SHARE.label(code, lang)
    if "name" in shared:
        out.append((label("name"), resident["full_name"]))
    if "date_of_birth" in shared:
        if resident.get("date_of_birth"):
            value = format_date(resident["date_of_birth"], lang)
        elif resident.get("birth_year_estimated"):
            value = translate("ReferralLetter", "about {year}", lang).format(year=resident["birth_year_estimated"])
        else:
            value = translate("ReferralLetter", "not known", lang)
        out.append((label("date_of_birth"), value))
    if "citizenship" in shared:
        cit = resident["citizenship"]
        if cit in codes.CITIZENSHIP_SPECIAL:
            value = translate("Countries", "Stateless" if cit == "stateless" else "Unknown", lang)
        else:
            value = codes.COMMON_COUNTRIES.label(cit, lang)
        out.append((label("citizenship"), value))
    if "contact" in shared:
        out.append((label("contact"), referral.get("contact_text") or ""))
    if "exploitation_summary" in shared:
        out.append((label("exploitation_summary"), exploitation_summary(resident, lang)))
    if "needs" in shared:
        out.append((label("needs"), referral.get("needs_text") or ""))
    if "documents" in shared:
        out.append((label("documents"), referral.get("documents_text") or ""))
    return out


def letter_document(session: Session, referral_id: int, lang: str):
    from shelter_app import accounts
    from shelter_app.printing import referral_pdf

    session.require(Permission.REFER)
    conn = session.db.conn
    referral = get(session, referral_id)
    resident = _resident(conn, referral["resident_id"])
    org = organisations_db.get(conn, referral["organisation_id"])
    return referral_pdf.build_document(referral, org, accounts.organisation(session),
                                       letter_fields(resident, referral, lang), resident["case_number"],
                                       session.user.display_name, lang)


def render_letter(session: Session, referral_id: int, lang: str) -> bytes:
    """The letter as a PDF in memory; not audited (record_letter once it went out)."""
    from shelter_app.printing import common

    return common.render_pdf(letter_document(session, referral_id, lang))


def record_letter(session: Session, referral_id: int, lang: str, destination: str) -> None:
    session.require(Permission.REFER)
    conn = session.db.conn
    referral = _referral(conn, referral_id)
    with session.transaction():
        session.audit(Action.REFERRAL_LETTER_PRINTED, "resident", _resident(conn, referral["resident_id"])["case_number"],
                      {"referral_id": referral_id, "language": lang, "destination": destination,
                       "shared": [c for c in (referral["shared"] or "").split(";") if c]})


def save_letter(session: Session, referral_id: int, lang: str, path) -> int:
    from shelter_app import atomic

    if lang not in ("en", "ru", "ky"):
        raise ShelterError("Unknown language {value}.", value=lang)
    data = render_letter(session, referral_id, lang)
    atomic.write_bytes(path, data)
    record_letter(session, referral_id, lang, "pdf")
    return len(data)
