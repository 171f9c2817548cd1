"""A resident's own record: everything held about one person, printed for
them when they ask (security.md, "Data protection"). Everything means the
record, stays, plans with their needs, goals and reviews, services, legal
cases and events — any table that refers to the person — and who opened or
changed the record, from the audit log."""

from __future__ import annotations

from dataclasses import dataclass, field

from shelter_app import audit as audit_domain
from shelter_app.db import organisation as organisation_db
from shelter_app.db import resident_record as record_db
from shelter_app.db import residents as residents_db
from shelter_app.errors import NotFound
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session


STAFF_COLUMNS = ("created_by", "approved_by", "reviewed_by", "staff", "updated_by", "recorded_by")


@dataclass
class HeldRecord:
    resident: dict
    tables: dict[str, list[dict]] = field(default_factory=dict)  # table -> rows, in a stable order
    audit: list = field(default_factory=list)  # audit.Entry, oldest first
    organisation: dict = field(default_factory=dict)
    staff: dict[str, str] = field(default_factory=dict)  # account name -> the person's full name


def _resident_id(session: Session, resident: int | str) -> int:
    if isinstance(resident, int):
        return resident
    row = residents_db.get_by_case_number(session.db.conn, str(resident).strip())
    if row is None:
        raise NotFound("No resident with case number {case_number}.", case_number=str(resident))
    return row["id"]


def collect(session: Session, resident: int | str) -> HeldRecord:
    """Everything held about one resident (by id or case number)."""
    session.require(Permission.PRINT_RESIDENT_RECORD)
    conn = session.db.conn
    resident_id = _resident_id(session, resident)
    tables = record_db.collect(conn, resident_id)
    if not tables:
        raise NotFound("No resident with this id.")
    resident_row = residents_db.from_row(tables["residents"][0])
    # A record merged into this one is the same person: its case number's entries belong here too.
    numbers = [resident_row["case_number"]] + [a["case_number"] for a in tables.get("resident_aliases", [])]
    rows = sorted((r for n in numbers for r in record_db.audit_entries(conn, n)), key=lambda r: r["id"])
    entries = [audit_domain._entry(r) for r in rows]
    org = organisation_db.get(conn)
    from shelter_app.db import plans as plans_db

    staff = plans_db.display_names(conn, {e.username for e in entries} | {
        row[c] for rows in tables.values() for row in rows for c in STAFF_COLUMNS if row.get(c)})
    return HeldRecord(resident_row, dict(tables), entries, dict(org) if org else {}, staff)


def document(session: Session, resident: int | str, lang: str | None = None):
    """The record as a printable document (printing/common.py), in `lang`.
    Whoever prints or saves it calls `record_print`."""
    from shelter_app.printing import resident_record_pdf

    held = collect(session, resident)
    return resident_record_pdf.document(held, lang, printed_by=session.user.display_name)


def print_pdf(session: Session, resident: int | str, lang: str | None = None) -> bytes:
    """The record as PDF bytes, in `lang`; the printing is audited."""
    from shelter_app.printing import common

    doc = document(session, resident, lang)
    pdf = common.render_pdf(doc)
    record_print(session, doc.sections[0].reference, "pdf", lang)
    return pdf


def save_pdf(session: Session, resident: int | str, lang: str | None, path) -> None:
    from shelter_app import atomic

    atomic.write_bytes(path, print_pdf(session, resident, lang))


def record_print(session: Session, case_number: str, target: str, lang: str | None) -> None:
    """Write to the audit log that this person's record was printed (or saved)."""
    session.require(Permission.PRINT_RESIDENT_RECORD)
    with session.transaction():
        session.audit(Action.RESIDENT_RECORD_PRINTED, "resident", case_number,
                      {"output": target, "language": lang or ""})
