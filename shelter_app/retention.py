"""Retention: records of residents whose last contact with the shelter is
older than a set number of years (setting `retention_years`, default 5) are
listed for a director, who anonymizes or deletes them; both are audited.

"Last contact" is the last exit from the shelter, or a later service, legal
event or hearing (registration, for someone who never stayed): a record is
not put forward while a court case or follow-up is still going on.

Anonymizing takes out the name (the case number stands in), the external
identifier, every free text (safety notes, room, plan texts, service and
legal notes, the lawyer's name, the police or court number) and replaces the
date of birth by one that gives the same age at registration. What the
statistical return counts — sex, age at registration, citizenship, forms of
exploitation, dates, consent, codes — is unchanged."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from shelter_app import codes
from shelter_app.db import retention as retention_db
from shelter_app.db import settings as settings_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import today

SETTING = "retention_years"
DEFAULT_YEARS = 5


def retention_years(session: Session) -> int:
    raw = settings_db.get_all(session.db.conn).get(SETTING)
    try:
        years = int(str(raw).strip())
    except (TypeError, ValueError):
        return DEFAULT_YEARS
    return years if 1 <= years <= 100 else DEFAULT_YEARS


def cutoff(years: int, on: _dt.date | None = None) -> str:
    on = on or today()
    try:
        return on.replace(year=on.year - years).isoformat()
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28).isoformat()


@dataclass
class Candidate:
    id: int
    case_number: str
    full_name: str
    registration_date: str
    last_exit: str | None
    last_contact: str
    anonymized_at: str | None

    @property
    def anonymized(self) -> bool:
        return bool(self.anonymized_at)


def due(session: Session, *, on: _dt.date | None = None, include_anonymized: bool = True) -> list[Candidate]:
    """Residents whose records are kept longer than the retention period."""
    session.require(Permission.RETENTION)
    rows = retention_db.due(session.db.conn, cutoff(retention_years(session), on), include_anonymized)
    return [Candidate(r["id"], r["case_number"], r["full_name"], r["registration_date"], r["last_exit"],
                      r["last_contact"], r["anonymized_at"]) for r in rows]


def _eligible(session: Session, resident_ids: list[int], on: _dt.date | None) -> list[dict]:
    limit = cutoff(retention_years(session), on)
    rows = []
    for resident_id in dict.fromkeys(resident_ids):
        row = retention_db.last_contact(session.db.conn, resident_id)
        if row is None:
            raise NotFound("No resident with this id.")
        if row["in_shelter"] or row["last_contact"] >= limit:
            raise ShelterError("The record {case_number} is still within the retention period: nothing was "
                               "changed.", case_number=row["case_number"])
        rows.append(row)
    return rows


def same_age_birth_date(date_of_birth: str | None, registration_date: str) -> str | None:
    """A date of birth that says nothing more than the age at registration."""
    if not date_of_birth:
        return None
    age = codes.age_on(date_of_birth, None, registration_date)
    reg = _dt.date.fromisoformat(registration_date)
    try:
        stand_in = reg.replace(year=reg.year - age)
    except ValueError:  # born on a 29 February, registered on one
        stand_in = reg.replace(year=reg.year - age, day=28)
    assert codes.age_on(stand_in.isoformat(), None, registration_date) == age
    return stand_in.isoformat()


def anonymize(session: Session, resident_ids: list[int], *, on: _dt.date | None = None, progress=None) -> int:
    """Anonymize these residents' records, all or none. Returns how many.
    progress(done, total) after each; if it raises, nothing is changed."""
    session.require(Permission.RETENTION)
    conn = session.db.conn
    with session.transaction():
        rows = _eligible(session, resident_ids, on)
        done = 0
        now = now_utc()
        for row in rows:
            if row["anonymized_at"]:
                continue
            record = _birth_and_registration(session, row["id"])
            retention_db.anonymize(conn, row["id"], same_age_birth_date(*record), now)
            session.audit(Action.RESIDENT_ANONYMIZED, "resident", row["case_number"],
                          {"reason": "retention", "last_contact": row["last_contact"]})
            done += 1
            if progress is not None:
                progress(done, len(rows))
        if done:
            retention_db.compact_search_index(conn)
    return done


def _birth_and_registration(session: Session, resident_id: int) -> tuple[str | None, str]:
    from shelter_app.db import residents as residents_db

    record = residents_db.get(session.db.conn, resident_id)
    return record["date_of_birth"], record["registration_date"]


def delete(session: Session, resident_ids: list[int], *, on: _dt.date | None = None, progress=None) -> int:
    """Delete these residents and everything recorded about them, all or none.
    progress(done, total) after each; if it raises, nothing is deleted."""
    session.require(Permission.RETENTION)
    conn = session.db.conn
    with session.transaction():
        rows = _eligible(session, resident_ids, on)
        for done, row in enumerate(rows, start=1):
            retention_db.delete(conn, row["id"])
            session.audit(Action.RESIDENT_DELETED, "resident", row["case_number"],
                          {"reason": "retention", "last_contact": row["last_contact"]})
            if progress is not None:
                progress(done, len(rows))
        if rows:
            retention_db.compact_search_index(conn)
    return len(rows)
