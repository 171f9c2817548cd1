"""The non-punishment principle on a legal case where the resident is a
suspect or defendant (data-dictionary.md, "After the shelter"): the offence
they are accused of (`offence_type`) and the outcomes of raising the principle
(`np_outcome`: not_raised, raised_pending, accepted, rejected) with the date
and the body that decided. The latest outcome also keeps the older "raised"
flag of the case in step."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.db import legal as legal_db
from shelter_app.db import non_punishment as np_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.legal import non_punishment_applies
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_code, check_date, check_text


def _case(conn, case_id: int) -> dict:
    case = legal_db.get_case(conn, case_id)
    if case is None:
        raise NotFound("No legal case with this id.")
    if not non_punishment_applies(case):
        raise ShelterError("The non-punishment principle concerns a resident who is a suspect or defendant.")
    return case


def state(session: Session, case_id: int) -> dict:
    """The offence, every outcome (oldest first) and the current outcome."""
    session.require(Permission.VIEW_LEGAL)
    conn = session.db.conn
    case = legal_db.get_case(conn, case_id)
    if case is None:
        raise NotFound("No legal case with this id.")
    outcomes = np_db.outcomes_for_case(conn, case_id)
    return {"applies": non_punishment_applies(case), "offence_type": case.get("offence_type"),
            "outcomes": outcomes, "current": outcomes[-1]["outcome"] if outcomes else None}


def set_offence(session: Session, case_id: int, offence_type: str | None) -> None:
    session.require(Permission.COMPENSATION)
    conn = session.db.conn
    case = _case(conn, case_id)
    p = Problems()
    value = check_code(p, {"offence_type": offence_type}, "offence_type", codes.OFFENCE_TYPE)
    p.raise_if_any()
    if value == case.get("offence_type"):
        return
    with session.transaction():
        np_db.set_offence(conn, case_id, value)
        session.audit(Action.NON_PUNISHMENT_OFFENCE_SET, "resident",
                      residents_db.get(conn, case["resident_id"])["case_number"],
                      {"case_id": case_id, "offence_type": value})


def _sync_flag(conn, case_id: int) -> None:
    outcomes = np_db.outcomes_for_case(conn, case_id)
    current = outcomes[-1]["outcome"] if outcomes else None
    np_db.set_raised_flag(conn, case_id, None if current is None else current != "not_raised")


def add_outcome(session: Session, case_id: int, data: dict) -> int:
    """An outcome as it became known: date, outcome and the deciding body
    (required for accepted and rejected)."""
    session.require(Permission.COMPENSATION)
    conn = session.db.conn
    case = _case(conn, case_id)
    p = Problems()
    day = check_date(p, data, "date", required=True, earliest=_dt.date(1990, 1, 1))
    outcome = check_code(p, data, "outcome", codes.NP_OUTCOME, required=True)
    body = check_text(p, data, "decided_by", max_length=300)
    if outcome in ("accepted", "rejected") and not body:
        p.add("decided_by", "Name the body that decided (investigator, prosecutor or court).")
    p.raise_if_any()
    with session.transaction():
        new_id = np_db.insert_outcome(conn, case_id, day, outcome, body, session.user.username, now_utc())
        _sync_flag(conn, case_id)
        session.audit(Action.NON_PUNISHMENT_OUTCOME, "resident",
                      residents_db.get(conn, case["resident_id"])["case_number"],
                      {"case_id": case_id, "outcome": outcome})
    return new_id


def delete_outcome(session: Session, outcome_id: int) -> None:
    session.require(Permission.COMPENSATION)
    conn = session.db.conn
    row = np_db.get_outcome(conn, outcome_id)
    if row is None:
        raise NotFound("No such outcome.")
    case = _case(conn, row["case_id"])
    with session.transaction():
        np_db.delete_outcome(conn, outcome_id)
        _sync_flag(conn, row["case_id"])
        session.audit(Action.NON_PUNISHMENT_OUTCOME_DELETED, "resident",
                      residents_db.get(conn, case["resident_id"])["case_number"],
                      {"case_id": row["case_id"], "outcome": row["outcome"]})
