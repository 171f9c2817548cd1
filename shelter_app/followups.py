"""Follow-up after the shelter (data-dictionary.md, "After the shelter").

At exit the app proposes contacts at 1, 3, 6 and 12 months; the worker edits
the dates and saves them. Each contact, when made, records how it went: the
mode, whether the person was reached, their situation (housing, work or
income, health, safety), re-trafficking indicators and the result. The
resident's case is in `follow_up` status meanwhile and closes after the last
contact, when the worker confirms it."""

from __future__ import annotations

import calendar
import datetime as _dt

from shelter_app import codes
from shelter_app.db import followups as followups_db
from shelter_app.db import residents as residents_db
from shelter_app.db import stays as stays_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import (
    Problems,
    check_bool,
    check_code,
    check_code_list,
    check_date,
    check_text,
    parse_date,
)

MONTHS = (1, 3, 6, 12)
SITUATION_FIELDS = ("housing", "work", "health", "safety")
RECORD_FIELDS = ("actual_date", "mode", "reached", *SITUATION_FIELDS, "retrafficking", "risk_items", "actions",
                 "result")


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day `months` later; the month's last day when it is shorter."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return _dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def propose_dates(exit_date) -> list[str]:
    """The contacts the app proposes at exit: 1, 3, 6 and 12 months later."""
    day = parse_date(exit_date)
    if day is None:
        raise ValueError("no exit date")
    return [add_months(day, m).isoformat() for m in MONTHS]


def _resident(conn, resident_id: int) -> dict:
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


def _get(conn, follow_up_id: int) -> dict:
    row = followups_db.get(conn, follow_up_id)
    if row is None:
        raise NotFound("No follow-up contact with this id.")
    return row


def _shape(row: dict) -> dict:
    row = dict(row)
    row["risk_items"] = [c for c in (row.get("risk_items") or "").split(";") if c]
    for key in ("reached", "retrafficking"):
        if row.get(key) is not None:
            row[key] = bool(row[key])
    return row


def contacts(session: Session, resident_id: int) -> list[dict]:
    """A resident's follow-up contacts, planned date order."""
    session.require(Permission.FOLLOW_UP)
    _resident(session.db.conn, resident_id)
    return [_shape(r) for r in followups_db.for_resident(session.db.conn, resident_id)]


def get(session: Session, follow_up_id: int) -> dict:
    session.require(Permission.FOLLOW_UP)
    return _shape(_get(session.db.conn, follow_up_id))


def _check_planned(p: Problems, value, field: str = "planned_date") -> str | None:
    try:
        day = parse_date(value)
    except ValueError:
        p.add(field, "Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.", value=str(value))
        return None
    if day is None:
        p.add(field, "Required.")
        return None
    if not _dt.date(1990, 1, 1) <= day <= _dt.date(2100, 12, 31):
        p.add(field, "The date {value} is out of range.", value=day.isoformat())
        return None
    return day.isoformat()


def plan(session: Session, resident_id: int, dates) -> list[int]:
    """Plan contacts on the given dates (the proposal, as edited). A resident
    whose case is open and who is not in the shelter moves to `follow_up`."""
    session.require(Permission.FOLLOW_UP)
    p = Problems()
    planned = []
    for i, value in enumerate(dates):
        day = _check_planned(p, value, f"planned_date_{i + 1}")
        if day:
            planned.append(day)
    if not planned and not p:
        p.add("planned_date_1", "Plan at least one contact.")
    p.raise_if_any()
    conn = session.db.conn
    with session.transaction():
        resident = _resident(conn, resident_id)
        ids = [followups_db.insert(conn, resident_id, {"planned_date": d, "staff": session.user.username}, now_utc())
               for d in sorted(planned)]
        in_shelter = stays_db.open_stay(conn, resident_id)
        status_change = resident["case_status"] == "open" and not in_shelter
        if status_change:
            residents_db.update(conn, resident_id, {"case_status": "follow_up"}, now_utc())
        session.audit(Action.FOLLOW_UPS_PLANNED, "resident", resident["case_number"],
                      {"dates": sorted(planned), "case_status": "follow_up" if status_change else None})
    return ids


def validate_record(data: dict) -> dict:
    """A contact as made: who was reached, how they are, and the result. The
    result must agree with what was recorded (not reached ⇔ not_reached;
    re-trafficking indicators ⇔ retrafficking_indicated)."""
    p = Problems()
    rec: dict = {}
    rec["actual_date"] = check_date(p, data, "actual_date", required=True, earliest=_dt.date(1990, 1, 1))
    rec["mode"] = check_code(p, data, "mode", codes.FOLLOW_UP_MODE, required=True)
    reached = check_bool(p, data, "reached")
    if reached is None and "reached" not in p.items:
        p.add("reached", "Required.")
    rec["reached"] = reached
    for field in SITUATION_FIELDS:
        value = check_code(p, data, field, codes.SITUATION)
        if reached is False and value:
            p.add(field, "The situation is recorded only when the person was reached.")
            value = None
        rec[field] = value
    retraff = check_bool(p, data, "retrafficking", default=False)
    items = check_code_list(p, data, "risk_items", codes.RISK_ITEM)
    if items and not retraff:
        p.add("risk_items", "Tick re-trafficking indicators to name them.")
    rec["retrafficking"] = bool(retraff)
    rec["risk_items"] = ";".join(items) if retraff else ""
    rec["actions"] = check_text(p, data, "actions", max_length=4000)
    result = check_code(p, data, "result", codes.FOLLOW_UP_RESULT, required=True)
    if result:
        if reached is False and result != "not_reached":
            p.add("result", "The person was not reached: the result is “Not reached”.")
        elif reached and result == "not_reached":
            p.add("result", "The person was reached: choose how they are.")
        elif retraff and result != "retrafficking_indicated":
            p.add("result", "Re-trafficking indicators were seen: the result is “Re-trafficking indicated”.")
        elif result == "retrafficking_indicated" and not retraff:
            p.add("retrafficking", "Tick the re-trafficking indicators that were seen.")
    rec["result"] = result
    p.raise_if_any()
    rec["reached"] = int(bool(reached))
    rec["retrafficking"] = int(rec["retrafficking"])
    return rec


def record(session: Session, follow_up_id: int, data: dict) -> dict:
    """Record (or correct) how a planned contact went."""
    session.require(Permission.FOLLOW_UP)
    conn = session.db.conn
    before = _get(conn, follow_up_id)
    rec = validate_record(data)
    rec["staff"] = session.user.username
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        followups_db.update(conn, follow_up_id, rec)
        session.audit(Action.FOLLOW_UP_RECORDED if before["actual_date"] is None else Action.FOLLOW_UP_CHANGED, "resident",
                      resident["case_number"], {"follow_up_id": follow_up_id, "result": rec["result"]})
    return get(session, follow_up_id)


def add(session: Session, resident_id: int, planned_date, data: dict | None = None) -> int:
    """One more contact: planned, or (with `data`) made at once."""
    session.require(Permission.FOLLOW_UP)
    p = Problems()
    day = _check_planned(p, planned_date)
    p.raise_if_any()
    rec = validate_record(data) if data else {}
    rec.update({"planned_date": day, "staff": session.user.username})
    conn = session.db.conn
    with session.transaction():
        resident = _resident(conn, resident_id)
        new_id = followups_db.insert(conn, resident_id, rec, now_utc())
        session.audit(Action.FOLLOW_UP_RECORDED if data else Action.FOLLOW_UPS_PLANNED, "resident", resident["case_number"],
                      {"follow_up_id": new_id, "dates": [day]})
    return new_id


def reschedule(session: Session, follow_up_id: int, planned_date) -> dict:
    session.require(Permission.FOLLOW_UP)
    p = Problems()
    day = _check_planned(p, planned_date)
    p.raise_if_any()
    conn = session.db.conn
    before = _get(conn, follow_up_id)
    if before["planned_date"] == day:
        return get(session, follow_up_id)
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        followups_db.update(conn, follow_up_id, {"planned_date": day})
        session.audit(Action.FOLLOW_UP_CHANGED, "resident", resident["case_number"],
                      {"follow_up_id": follow_up_id, "fields": ["planned_date"]})
    return get(session, follow_up_id)


def delete(session: Session, follow_up_id: int) -> None:
    """Drop a planned contact that was not made (a contact made stays on record)."""
    session.require(Permission.FOLLOW_UP)
    conn = session.db.conn
    before = _get(conn, follow_up_id)
    if before["actual_date"] is not None:
        raise ShelterError("A contact that was made stays on record; correct it instead.")
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        followups_db.delete(conn, follow_up_id)
        session.audit(Action.FOLLOW_UP_DELETED, "resident", resident["case_number"], {"follow_up_id": follow_up_id})


def can_close(session: Session, resident_id: int) -> bool:
    """A case in follow-up whose planned contacts have all been made."""
    session.require(Permission.FOLLOW_UP)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    return (resident["case_status"] == "follow_up" and followups_db.open_count(conn, resident_id) == 0
            and bool(followups_db.for_resident(conn, resident_id)))


def close_case(session: Session, resident_id: int) -> None:
    """The worker's confirmation that follow-up is over: the case closes."""
    session.require(Permission.FOLLOW_UP)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    if resident["case_status"] != "follow_up":
        raise ShelterError("Only a case in follow-up is closed here.")
    if followups_db.open_count(conn, resident_id):
        raise ShelterError("Some planned contacts have not been made yet: record them or remove them first.")
    with session.transaction():
        residents_db.update(conn, resident_id, {"case_status": "closed"}, now_utc())
        session.audit(Action.CASE_CLOSED, "resident", resident["case_number"], {"case_status": "closed"})
