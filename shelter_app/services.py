"""The service log: every service given to a resident, in-house or by referral,
logged one at a time or for a group at once.

Consent to data processing must be on the resident's record before any service
is logged (security.md, "Data protection"). Social workers log services,
lawyers the legal-aid ones, directors everything; the check is here, not only
in the screens."""

from __future__ import annotations

import datetime as _dt
import uuid

from shelter_app import codes
from shelter_app.codes import CodeList
from shelter_app.db import residents as residents_db
from shelter_app.db import services as services_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, PermissionDenied, ShelterError
from shelter_app.i18n import N_, translate
from shelter_app.permissions import Action, LEGAL_SERVICE_TYPES, Permission, label
from shelter_app.session import Session
from shelter_app.validation import Problems, check_code, check_int, check_text, parse_date, today

IN_HOUSE = "in_house"
PROVIDER_KINDS = ("in_house", "referral")

REFERRAL_STATUS = CodeList("referral_status", (
    ("referred", N_("Codes", "Referred")),
    ("received", N_("Codes", "Received")),
    ("declined", N_("Codes", "Declined")),
))

FIELDS = ("date", "service_type", "provider", "duration_minutes", "notes", "referral_status")
MAX_DURATION = 24 * 60


def provider_label(provider: str | None, lang: str | None = None) -> str:
    """What a person reads for a provider: "In-house", or the organisation's name."""
    if not provider or provider == IN_HOUSE:
        return translate("Services", "In-house", lang)
    return provider


def is_referral(record: dict) -> bool:
    return bool(record.get("provider")) and record["provider"] != IN_HOUSE


def referral_status(record: dict) -> str | None:
    """A referral's status; one stored without a status (imported) is still awaiting follow-up."""
    if not is_referral(record):
        return None
    return record.get("referral_status") or "referred"


def _normalize_provider(value) -> str:
    text = "" if value is None else str(value).strip()
    if not text or text.lower().replace("-", "_").replace(" ", "_") == IN_HOUSE:
        return IN_HOUSE
    if text in (translate("Services", "In-house", lang) for lang in ("en", "ru", "ky")):
        return IN_HOUSE
    return text


def validate(data: dict, *, partial_of: dict | None = None, on: _dt.date | None = None) -> dict:
    """A clean service from what a person typed, or ValidationError naming
    every wrong field. The date defaults to today; a date in the future is
    refused: the log records what was given."""
    given = data
    if partial_of is not None:
        merged = {k: partial_of.get(k) for k in FIELDS}
        merged.update({k: v for k, v in data.items() if k in FIELDS})
        data = merged
    on = on or today()
    p = Problems()
    rec: dict = {}
    raw_date = data.get("date")
    try:
        day = parse_date(raw_date)
    except ValueError:
        p.add("date", "Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.", value=str(raw_date))
        day = None
    else:
        if day is None and partial_of is None:
            day = on
        if day is None:
            p.add("date", "Required.")
        elif day > on:
            p.add("date", "A service cannot be logged for a future date ({value}).", value=day.isoformat())
        elif day < _dt.date(1990, 1, 1):
            p.add("date", "The date {value} is too early.", value=day.isoformat())
    rec["date"] = day.isoformat() if day else None
    rec["service_type"] = check_code(p, data, "service_type", codes.SERVICE_TYPE, required=True)
    provider_text = check_text(p, {"provider": data.get("provider")}, "provider", max_length=200)
    rec["provider"] = _normalize_provider(provider_text)
    rec["duration_minutes"] = check_int(p, data, "duration_minutes", minimum=1, maximum=MAX_DURATION)
    rec["notes"] = check_text(p, data, "notes", max_length=5000)
    if rec["provider"] == IN_HOUSE:
        if given.get("referral_status") not in (None, ""):
            p.add("referral_status", "Only a referral to another organisation has a referral status.")
        rec["referral_status"] = None
    else:
        rec["referral_status"] = check_code(p, data, "referral_status", REFERRAL_STATUS, default="referred")
    p.raise_if_any()
    return rec


def require_to_log(session: Session, service_type: str | None) -> None:
    """Legal-aid services are the lawyers' (and directors'); the rest the social workers'."""
    if service_type in LEGAL_SERVICE_TYPES:
        session.require(Permission.LOG_LEGAL_SERVICES)
    else:
        session.require(Permission.LOG_SERVICES)


def can_log(session: Session, service_type: str) -> bool:
    if service_type in LEGAL_SERVICE_TYPES:
        return session.can(Permission.LOG_LEGAL_SERVICES)
    return session.can(Permission.LOG_SERVICES)


def loggable_types(session: Session) -> list[str]:
    """The service types this person may log, in code-list order."""
    return [code for code in codes.SERVICE_TYPE.codes if can_log(session, code)]


def _resident(conn, resident_id: int) -> dict:
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


def consent_missing(resident: dict) -> bool:
    return not resident.get("consent_data_processing")


def _check_resident(resident: dict, rec: dict) -> None:
    _check_consent(resident)
    _check_date(resident, rec)


def _check_consent(resident: dict) -> None:
    if resident.get("anonymized_at"):
        raise ShelterError("The record of {case_number} is anonymized: no services can be logged.",
                           case_number=resident["case_number"])
    if consent_missing(resident):
        raise ShelterError("Record the consent of {case_number} to data processing before logging a service.",
                           case_number=resident["case_number"])


def _check_date(resident: dict, rec: dict) -> None:
    if rec["date"] and rec["date"] < resident["registration_date"]:
        p = Problems()
        p.add("date", "The service date is before the registration date ({date}).",
              date=resident["registration_date"])
        p.raise_if_any()


def _audit_details(service_id: int, rec: dict, **extra) -> dict:
    # Codes and ids only: the log must not repeat notes about the person.
    return {"service_id": service_id, "service_type": rec["service_type"], "date": rec["date"], **extra}


# --- changing ------------------------------------------------------------------------

def log(session: Session, resident_id: int, data: dict) -> dict:
    """Log one service; returns it as stored."""
    rec = validate(data)
    require_to_log(session, rec["service_type"])
    conn = session.db.conn
    with session.transaction():
        resident = _resident(conn, resident_id)
        _check_resident(resident, rec)
        rec.update(resident_id=resident_id, staff=session.user.username, group_session=None)
        service_id = services_db.insert(conn, rec, now_utc())
        session.audit(Action.SERVICE_LOGGED, "resident", resident["case_number"], _audit_details(service_id, rec))
    return services_db.get(conn, service_id)


def log_group(session: Session, resident_ids, data: dict) -> list[dict]:
    """The same service for several residents at once (a group session), in
    one transaction: either every resident gets it or none does."""
    rec = validate(data)
    require_to_log(session, rec["service_type"])
    ids = list(dict.fromkeys(int(i) for i in resident_ids))
    if not ids:
        raise ShelterError("Choose at least one resident for the group session.")
    conn = session.db.conn
    group = uuid.uuid4().hex[:16]
    with session.transaction():
        residents = [_resident(conn, rid) for rid in ids]
        no_consent = [r["case_number"] for r in residents if consent_missing(r) or r.get("anonymized_at")]
        if no_consent:
            raise ShelterError("No consent to data processing is recorded for {case_numbers}: nothing was logged.",
                               case_numbers=", ".join(no_consent))
        too_early = [r["case_number"] for r in residents if rec["date"] < r["registration_date"]]
        if too_early:
            raise ShelterError("The date is before the registration of {case_numbers}: nothing was logged.",
                               case_numbers=", ".join(too_early))
        created = []
        now = now_utc()
        for resident in residents:
            row = dict(rec, resident_id=resident["id"], staff=session.user.username, group_session=group)
            service_id = services_db.insert(conn, row, now)
            session.audit(Action.SERVICE_LOGGED, "resident", resident["case_number"],
                          _audit_details(service_id, rec, group_session=group, group_size=len(residents)))
            created.append(service_id)
    return [services_db.get(conn, sid) for sid in created]


def _existing(session: Session, service_id: int) -> dict:
    record = services_db.get(session.db.conn, service_id)
    if record is None:
        raise NotFound("No service with this id.")
    return record


def update(session: Session, service_id: int, changes: dict) -> dict:
    conn = session.db.conn
    before = _existing(session, service_id)
    require_to_log(session, before["service_type"])
    rec = validate(changes, partial_of=before)
    require_to_log(session, rec["service_type"])
    changed = sorted(k for k in FIELDS if rec[k] != before[k])
    if not changed:
        return before
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        _check_date(resident, rec)
        services_db.update(conn, service_id, {k: rec[k] for k in changed})
        session.audit(Action.SERVICE_UPDATED, "resident", resident["case_number"],
                      {"service_id": service_id, "fields": changed})
    return services_db.get(conn, service_id)


def delete(session: Session, service_id: int) -> None:
    conn = session.db.conn
    before = _existing(session, service_id)
    require_to_log(session, before["service_type"])
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        services_db.delete(conn, service_id)
        session.audit(Action.SERVICE_DELETED, "resident", resident["case_number"], _audit_details(service_id, before))


def set_referral_status(session: Session, service_id: int, status: str) -> dict:
    """Follow a referral up: referred → received or declined (or back, when a
    click was a mistake)."""
    before = _existing(session, service_id)
    require_to_log(session, before["service_type"])
    if not is_referral(before):
        raise ShelterError("Only a referral to another organisation has a referral status.")
    if status not in REFERRAL_STATUS:
        raise ShelterError("Unknown referral status “{value}”.", value=str(status))
    if before["referral_status"] == status:
        return before
    previous = referral_status(before)
    conn = session.db.conn
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        services_db.update(conn, service_id, {"referral_status": status})
        session.audit(Action.SERVICE_REFERRAL_FOLLOWED_UP, "resident", resident["case_number"],
                      {"service_id": service_id, "from": previous, "to": status})
    return services_db.get(conn, service_id)


# --- reading -------------------------------------------------------------------------

def legal_only(session: Session) -> bool:
    """A lawyer sees the legal-aid services only (legal_consultation,
    legal_representation), never medical or psychological ones."""
    return not session.can(Permission.LOG_SERVICES)


def _visible(session: Session, records):
    if not legal_only(session):
        return records
    return [r for r in records if r["service_type"] in LEGAL_SERVICE_TYPES]


def get(session: Session, service_id: int) -> dict:
    session.require(Permission.VIEW_SERVICES)
    record = _existing(session, service_id)
    if legal_only(session) and record["service_type"] not in LEGAL_SERVICE_TYPES:
        raise PermissionDenied("Your role does not allow this ({permission}).",
                               permission=label(Permission.LOG_SERVICES))
    return record


def search(session: Session, resident_id: int, *, service_types=None, provider_kind: str | None = None,
           referral_status: str | None = None, date_from=None, date_to=None, text: str = "",
           sort: str = "date", descending: bool = True) -> list[int]:
    """Ids of one resident's services, filtered and sorted in SQL."""
    session.require(Permission.VIEW_SERVICES)
    if isinstance(service_types, str):
        service_types = (service_types,)
    if legal_only(session):
        service_types = tuple(t for t in (service_types or sorted(LEGAL_SERVICE_TYPES)) if t in LEGAL_SERVICE_TYPES)
        if not service_types:
            return []
    return services_db.search_ids(
        session.db.conn, resident_id, service_types=tuple(service_types) if service_types else None,
        provider_kind=provider_kind, referral_status=referral_status,
        date_from=_iso(date_from), date_to=_iso(date_to), text=text, sort=sort, descending=descending)


def _iso(value) -> str | None:
    try:
        day = parse_date(value)
    except ValueError:
        return None
    return day.isoformat() if day else None


def rows(session: Session, ids: list[int]) -> dict[int, dict]:
    session.require(Permission.VIEW_SERVICES)
    found = services_db.rows(session.db.conn, list(ids))
    if legal_only(session):
        found = {i: r for i, r in found.items() if r["service_type"] in LEGAL_SERVICE_TYPES}
    return found


def for_resident(session: Session, resident_id: int) -> list[dict]:
    session.require(Permission.VIEW_SERVICES)
    return _visible(session, services_db.for_resident(session.db.conn, resident_id))


def legal_services(session: Session, resident_id: int) -> list[dict]:
    """Legal consultations and representation, newest first: the Legal tab shows them."""
    ids = search(session, resident_id, service_types=tuple(sorted(LEGAL_SERVICE_TYPES)))
    found = rows(session, ids)
    return [found[i] for i in ids if i in found]


def providers(session: Session) -> list[str]:
    """Organisations services were referred to before, most used first."""
    session.require(Permission.VIEW_SERVICES)
    return services_db.providers_used(session.db.conn)


def group(session: Session, group_session: str) -> list[dict]:
    session.require(Permission.VIEW_SERVICES)
    return _visible(session, services_db.for_group(session.db.conn, group_session))
