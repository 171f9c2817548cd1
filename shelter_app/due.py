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
    kind: str            # "review", "hearing", "follow_up", "referral", "compensation", "high_risk", "safety_review"
    due_date: str
    resident_id: int
    case_number: str
    full_name: str
    record_id: int       # plan id, legal case id, follow-up id, referral id or claim id
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
    out.extend(_after_the_shelter(session, today, until))
    _risk_and_safety(conn, today, until, out)
    out.sort(key=lambda i: (i.due_date, i.kind, i.case_number))
    return out


def _after_the_shelter(session: Session, today: _dt.date, until: str) -> list[DueItem]:
    """Follow-up contacts and referral follow-ups due or overdue; for the
    director, awards still not fully paid 90 days after they were given."""
    from shelter_app import codes, compensation
    from shelter_app.db import followups as followups_db
    from shelter_app.db import referrals as referrals_db

    conn = session.db.conn
    now = today.isoformat()
    out: list[DueItem] = []
    if session.can(Permission.FOLLOW_UP):
        for row in followups_db.due(conn, until):
            out.append(DueItem("follow_up", row["due_date"], row["resident_id"], row["case_number"],
                               row["full_name"], row["follow_up_id"], "", row["due_date"] < now))
    if session.can(Permission.REFER):
        for row in referrals_db.follow_ups_due(conn, until):
            detail = f"{row['organisation_name']} ({codes.SERVICE_TYPE.label(row['reason'])})"
            out.append(DueItem("referral", row["due_date"], row["resident_id"], row["case_number"], row["full_name"],
                               row["referral_id"], detail, row["due_date"] < now))
    # The director's list: the lawyer records payments, the director follows up unpaid awards.
    if session.user.role == "director" and session.can(Permission.COMPENSATION):
        for row in compensation.awarded_unpaid(session, today):
            due_date = (_dt.date.fromisoformat(row["awarded_on"])
                        + _dt.timedelta(days=compensation.UNPAID_AFTER_DAYS)).isoformat()
            detail = f"{row['case_ref']}: {row['paid']} / {row['amount_awarded']}"
            out.append(DueItem("compensation", due_date, row["resident_id"], row["case_number"], row["full_name"],
                               row["claim_id"], detail, True))
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
