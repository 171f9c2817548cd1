"""The Due screen's list: plan reviews due in the next days or overdue, and
court hearings coming up."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from shelter_app.db import due as due_db
from shelter_app.permissions import Permission
from shelter_app.session import Session
from shelter_app.validation import today as _today


@dataclass(frozen=True)
class DueItem:
    kind: str            # "review", "hearing", "high_risk" or "safety_review"
    due_date: str
    resident_id: int
    case_number: str
    full_name: str
    record_id: int       # plan id or legal case id
    detail: str          # plan version, or case reference and article
    overdue: bool


def items(session: Session, within_days: int = 7, today: _dt.date | None = None) -> list[DueItem]:
    session.require(Permission.VIEW_RESIDENTS)
    today = today or _today()
    until = (today + _dt.timedelta(days=within_days)).isoformat()
    out: list[DueItem] = []
    conn = session.db.conn
    if session.can(Permission.VIEW_PLANS):
        for row in due_db.reviews_due(conn, until):
            out.append(DueItem("review", row["due_date"], row["resident_id"], row["case_number"], row["full_name"],
                               row["plan_id"], str(row["version"]), row["due_date"] < today.isoformat()))
    if session.can(Permission.VIEW_LEGAL):
        for row in due_db.hearings_due(conn, today.isoformat(), until):
            out.append(DueItem("hearing", row["due_date"], row["resident_id"], row["case_number"], row["full_name"],
                               row["case_id"], f"{row['case_ref']} ({row['cc_article']})", False))
    _risk_and_safety(conn, today, until, out)
    out.sort(key=lambda i: (i.due_date, i.kind, i.case_number))
    return out


HIGH_RISK_REVIEW_DAYS = 7


def _risk_and_safety(conn, today: _dt.date, until: str, out: list[DueItem]) -> None:
    """A high latest risk level stays on the list until a newer assessment
    (due a week after it, overdue after that); safety-plan reviews as they come."""
    from shelter_app.db import safety as safety_db

    for row in safety_db.high_risk(conn):
        due_date = (_dt.date.fromisoformat(row["assessment_date"])
                    + _dt.timedelta(days=HIGH_RISK_REVIEW_DAYS)).isoformat()
        out.append(DueItem("high_risk", due_date, row["resident_id"], row["case_number"], row["full_name"],
                           row["assessment_id"], row["assessment_date"], due_date < today.isoformat()))
    for row in safety_db.safety_reviews_due(conn, until):
        out.append(DueItem("safety_review", row["due_date"], row["resident_id"], row["case_number"],
                           row["full_name"], row["resident_id"], "", row["due_date"] < today.isoformat()))
