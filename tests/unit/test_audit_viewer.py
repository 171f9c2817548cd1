"""The audit log viewer: what a director narrows the log to is exactly what
is shown and printed; verify names the first broken entry."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from shelter_app import audit, residents
from shelter_app.db import audit as audit_db
from shelter_app.errors import PermissionDenied, ValidationError


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def busy_log(login, make_resident):
    """Dina registers two residents, Sam opens one, Lena opens the other."""
    dina = login("dina")
    a = residents.create(dina, make_resident(full_name="Resident A"))
    b = residents.create(dina, make_resident(full_name="Resident B", date_of_birth="1990-01-01"))
    sam = login("sam")
    residents.get(sam, a["id"])
    residents.get(sam, a["id"])
    lena = login("lena")
    residents.get(lena, b["id"])
    dina = login("dina")
    # Two entries from last year, as a long-running shelter's log would have.
    with dina.transaction() as conn:
        audit_db.append(conn, "sam", "resident_viewed", "resident", b["case_number"], ts="2025-03-10T08:00:00.000000Z")
        audit_db.append(conn, "sam", "resident_viewed", "resident", a["case_number"], ts="2025-03-12T08:00:00.000000Z")
    return dina, a["case_number"], b["case_number"]


def test_filter_by_person_action_record_and_date(busy_log):
    dina, a, b = busy_log
    everything = audit.entries(dina)
    assert audit.count(dina) == len(everything) > 8
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)  # newest first

    by_sam = audit.entries(dina, audit.Filters(username="sam"))
    assert by_sam and {e.username for e in by_sam} == {"sam"}
    assert len([e for e in everything if e.username == "sam"]) == len(by_sam)

    views = audit.entries(dina, audit.Filters(action="resident_viewed"))
    assert {e.action for e in views} == {"resident_viewed"} and len(views) == 5

    about_a = audit.entries(dina, audit.Filters(record_type="resident", record_id=a))
    assert {e.record_id for e in about_a} == {a}
    assert [e.action for e in reversed(about_a)] == ["resident_created", "resident_viewed", "resident_viewed",
                                                      "resident_viewed"]

    sam_viewing_a = audit.Filters(username="sam", action="resident_viewed", record_id=a)
    assert audit.count(dina, sam_viewing_a) == 3

    last_year = audit.Filters(date_from="01.03.2025", date_to="2025-03-11")
    assert [(e.username, e.record_id) for e in audit.entries(dina, last_year)] == [("sam", b)]
    today = dt.date.today()
    this_year = audit.entries(dina, audit.Filters(date_from=today.isoformat(), date_to=today.isoformat()))
    assert all(e.ts.startswith(("2026", str(today.year))) for e in this_year)
    assert len(this_year) == len(everything) - 2

    choices = audit.choices(dina)
    assert {"dina", "sam", "lena"} <= set(choices["username"])
    assert "resident_viewed" in choices["action"] and "resident" in choices["record_type"]


def test_bad_dates_are_refused_clearly(busy_log):
    dina, _, _ = busy_log
    with pytest.raises(ValidationError) as caught:
        audit.entries(dina, audit.Filters(date_from="2025-03-12", date_to="2025-03-01"))
    assert caught.value.field == "date_to"
    with pytest.raises(ValidationError):
        audit.entries(dina, audit.Filters(date_from="31.02.2025"))


def test_only_directors_read_the_log(login):
    for name in ("sam", "lena"):
        session = login(name)
        with pytest.raises(PermissionDenied):
            audit.entries(session)
        with pytest.raises(PermissionDenied):
            audit.verify(session)
        with pytest.raises(PermissionDenied):
            audit.print_pdf(session)


def test_verify_names_the_first_broken_entry(busy_log):
    dina, a, _ = busy_log
    result = audit.verify(dina)
    assert result.ok and "intact" in result.message()

    original = dina.db.query_one("SELECT username FROM audit_log WHERE id = 6")[0]
    dina.db.execute("UPDATE audit_log SET username = 'intruder' WHERE id = 6")
    result = audit.verify(dina)
    assert (result.ok, result.broken_entry, result.reason) == (False, 6, "altered")
    assert "#6" in result.message()

    dina.db.execute("UPDATE audit_log SET username = ? WHERE id = 6", (original,))  # put back
    assert audit.verify(dina).ok
    dina.db.execute("DELETE FROM audit_log WHERE id = 4")
    result = audit.verify(dina)
    assert (result.broken_entry, result.reason) == (4, "removed")
    assert "№4 (она удалена)" in result.message("ru")
    last = audit.entries(dina, audit.Filters(action="audit_verified"), limit=1)[0]
    assert last.details == {"ok": False, "first_broken": 4}


def test_printed_log_holds_exactly_the_filtered_entries(busy_log):
    dina, a, b = busy_log
    pdf = audit.print_pdf(dina, audit.Filters(username="sam", record_id=a))
    text = pdf_text(pdf)
    assert "Audit log" in text and "Synthetic Shelter" in text
    assert a in text and b not in text
    assert text.count("Resident's record opened") == 3
    assert "intact" in text
    assert "Page 1 of 1" in text
    printed = audit.entries(dina, audit.Filters(action="audit_log_printed"))
    assert printed and printed[0].details["record_id"] == a and printed[0].details["username"] == "sam"


def test_printed_log_in_kyrgyz_and_with_a_broken_chain(busy_log):
    dina, _, _ = busy_log
    dina.db.execute("UPDATE audit_log SET action = 'login' WHERE id = 3")
    text = pdf_text(audit.print_pdf(dina, lang="ky"))
    assert "№3" in text
    assert "Audit log" not in text  # headings are in Kyrgyz
    assert any(ch in text for ch in "ңөү")
