"""Compensation on a legal case (data-dictionary.md, "After the shelter"): a
civil claim in the criminal case or a separate civil case — claimed (date,
amount in som, from whom), awarded (date, amount), paid in one or more
payments — and its status. Claimed, awarded, partly paid and paid follow
from the amounts; rejected and withdrawn are set by the lawyer. An award
not fully paid 90 days after it was given is on the director's Due page."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.db import compensation as compensation_db
from shelter_app.db import legal as legal_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import (
    Problems,
    check_bool,
    check_code,
    check_date,
    check_int,
    check_text,
)

UNPAID_AFTER_DAYS = 90
MAX_AMOUNT = 10**12  # som
CLAIM_FIELDS = ("separate_civil", "civil_case_ref", "defendant", "claimed_on", "amount_claimed", "awarded_on",
                "amount_awarded", "closed_status", "closed_on", "notes")


def status(claim: dict, paid: int) -> str:
    """The claim_status of a claim with `paid` som received so far."""
    if claim.get("closed_status"):
        return claim["closed_status"]
    if claim.get("awarded_on") is None:
        return "claimed"
    if paid <= 0:
        return "awarded"
    return "paid" if paid >= (claim.get("amount_awarded") or 0) else "partly_paid"


def validate_claim(data: dict, *, partial_of: dict | None = None) -> dict:
    if partial_of is not None:
        merged = {k: partial_of.get(k) for k in CLAIM_FIELDS}
        merged.update({k: v for k, v in data.items() if k in CLAIM_FIELDS})
        data = merged
    p = Problems()
    rec: dict = {}
    rec["separate_civil"] = bool(check_bool(p, data, "separate_civil", default=False))
    rec["civil_case_ref"] = check_text(p, data, "civil_case_ref", max_length=100)
    if rec["separate_civil"] and not rec["civil_case_ref"]:
        p.add("civil_case_ref", "Give the number of the separate civil case.")
    rec["defendant"] = check_code(p, data, "defendant", codes.CLAIM_DEFENDANT, required=True)
    rec["claimed_on"] = check_date(p, data, "claimed_on", required=True, earliest=_dt.date(1990, 1, 1))
    rec["amount_claimed"] = check_int(p, data, "amount_claimed", minimum=0, maximum=MAX_AMOUNT, required=True)
    rec["awarded_on"] = check_date(p, data, "awarded_on", earliest=_dt.date(1990, 1, 1))
    rec["amount_awarded"] = check_int(p, data, "amount_awarded", minimum=0, maximum=MAX_AMOUNT)
    if rec["awarded_on"] and rec["amount_awarded"] is None and "amount_awarded" not in p.items:
        p.add("amount_awarded", "Give the amount awarded.")
    if rec["amount_awarded"] is not None and not rec["awarded_on"] and "awarded_on" not in p.items:
        p.add("awarded_on", "Give the date of the award.")
    if rec["awarded_on"] and rec["claimed_on"] and rec["awarded_on"] < rec["claimed_on"]:
        p.add("awarded_on", "The award is dated before the claim.")
    closed = data.get("closed_status")
    rec["closed_status"] = None
    if closed not in (None, ""):
        if closed not in ("rejected", "withdrawn"):
            p.add("closed_status", "Only “Rejected” or “Withdrawn” is set by hand; the other statuses follow "
                                   "from the amounts.")
        else:
            rec["closed_status"] = closed
    rec["closed_on"] = check_date(p, data, "closed_on", earliest=_dt.date(1990, 1, 1))
    if rec["closed_status"] and not rec["closed_on"] and "closed_on" not in p.items:
        p.add("closed_on", "Give the date the claim was rejected or withdrawn.")
    if not rec["closed_status"]:
        rec["closed_on"] = None
    rec["notes"] = check_text(p, data, "notes", max_length=4000)
    p.raise_if_any()
    return rec


def _case(conn, case_id: int) -> dict:
    case = legal_db.get_case(conn, case_id)
    if case is None:
        raise NotFound("No legal case with this id.")
    return case


def _claim(conn, claim_id: int) -> dict:
    claim = compensation_db.get_claim(conn, claim_id)
    if claim is None:
        raise NotFound("No compensation claim with this id.")
    return claim


def _case_number(conn, resident_id: int) -> str:
    return residents_db.get(conn, resident_id)["case_number"]


def _enrich(conn, claim: dict) -> dict:
    claim = dict(claim)
    claim["separate_civil"] = bool(claim["separate_civil"])
    claim["payments"] = compensation_db.payments_for_claim(conn, claim["id"])
    claim["paid"] = sum(p["amount"] for p in claim["payments"])
    claim["status"] = status(claim, claim["paid"])
    return claim


def claims(session: Session, case_id: int) -> list[dict]:
    session.require(Permission.VIEW_LEGAL)
    conn = session.db.conn
    _case(conn, case_id)
    return [_enrich(conn, c) for c in compensation_db.claims_for_case(conn, case_id)]


def get_claim(session: Session, claim_id: int) -> dict:
    session.require(Permission.VIEW_LEGAL)
    conn = session.db.conn
    return _enrich(conn, _claim(conn, claim_id))


def add_claim(session: Session, case_id: int, data: dict) -> dict:
    session.require(Permission.COMPENSATION)
    rec = validate_claim(data)
    conn = session.db.conn
    case = _case(conn, case_id)
    with session.transaction():
        claim_id = compensation_db.insert_claim(conn, case_id, rec, now_utc())
        session.audit(Action.COMPENSATION_CLAIMED, "resident", _case_number(conn, case["resident_id"]),
                      {"case_id": case_id, "claim_id": claim_id, "defendant": rec["defendant"]})
    return get_claim(session, claim_id)


def update_claim(session: Session, claim_id: int, changes: dict) -> dict:
    session.require(Permission.COMPENSATION)
    conn = session.db.conn
    before = _claim(conn, claim_id)
    rec = validate_claim(changes, partial_of={**before, "separate_civil": bool(before["separate_civil"])})
    changed = [k for k in CLAIM_FIELDS if rec[k] != (bool(before[k]) if k == "separate_civil" else before[k])]
    if not changed:
        return get_claim(session, claim_id)
    paid = sum(p["amount"] for p in compensation_db.payments_for_claim(conn, claim_id))
    if paid and not rec["awarded_on"]:
        raise ShelterError("Payments were recorded on this claim: it cannot lose its award.")
    case = _case(conn, before["case_id"])
    with session.transaction():
        compensation_db.update_claim(conn, claim_id, {k: rec[k] for k in changed})
        session.audit(Action.COMPENSATION_CHANGED, "resident", _case_number(conn, case["resident_id"]),
                      {"claim_id": claim_id, "fields": changed})
    return get_claim(session, claim_id)


def delete_claim(session: Session, claim_id: int) -> None:
    session.require(Permission.COMPENSATION)
    conn = session.db.conn
    before = _claim(conn, claim_id)
    case = _case(conn, before["case_id"])
    with session.transaction():
        compensation_db.delete_claim(conn, claim_id)
        session.audit(Action.COMPENSATION_DELETED, "resident", _case_number(conn, case["resident_id"]),
                      {"claim_id": claim_id})


def add_payment(session: Session, claim_id: int, date, amount) -> dict:
    """A payment received on an awarded claim."""
    session.require(Permission.COMPENSATION)
    conn = session.db.conn
    claim = _enrich(conn, _claim(conn, claim_id))
    p = Problems()
    data = {"date": date, "amount": amount}
    day = check_date(p, data, "date", required=True, earliest=_dt.date(1990, 1, 1))
    value = check_int(p, data, "amount", minimum=1, maximum=MAX_AMOUNT, required=True)
    if claim["awarded_on"] is None:
        p.add("amount", "Record the award before a payment.")
    elif day and day < claim["awarded_on"]:
        p.add("date", "The payment is dated before the award.")
    if claim["closed_status"]:
        p.add("amount", "This claim was rejected or withdrawn.")
    p.raise_if_any()
    case = _case(conn, claim["case_id"])
    with session.transaction():
        payment_id = compensation_db.insert_payment(conn, claim_id, day, value, now_utc())
        session.audit(Action.COMPENSATION_PAID, "resident", _case_number(conn, case["resident_id"]),
                      {"claim_id": claim_id, "payment_id": payment_id})
    return get_claim(session, claim_id)


def delete_payment(session: Session, payment_id: int) -> None:
    session.require(Permission.COMPENSATION)
    conn = session.db.conn
    payment = compensation_db.get_payment(conn, payment_id)
    if payment is None:
        raise NotFound("No payment with this id.")
    claim = _claim(conn, payment["claim_id"])
    case = _case(conn, claim["case_id"])
    with session.transaction():
        compensation_db.delete_payment(conn, payment_id)
        session.audit(Action.COMPENSATION_PAYMENT_DELETED, "resident", _case_number(conn, case["resident_id"]),
                      {"claim_id": claim["id"], "payment_id": payment_id})


def awarded_unpaid(session: Session, today: _dt.date) -> list[dict]:
    """Awards not fully paid 90 days or more after they were given (director)."""
    session.require(Permission.COMPENSATION)
    before = (today - _dt.timedelta(days=UNPAID_AFTER_DAYS)).isoformat()
    return compensation_db.awarded_unpaid(session.db.conn, before)
