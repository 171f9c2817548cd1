"""A resident's own record: one command prints everything held about them,
and nothing about anyone else."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from shelter_app import residents, subject_access
from shelter_app.db import legal as legal_db
from shelter_app.db import plans as plans_db
from shelter_app.db import services as services_db
from shelter_app.errors import NotFound, PermissionDenied


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.fixture
def person(login, make_resident):
    dina = login("dina")
    other = residents.create(dina, make_resident(full_name="Someone Else Entirely", safety_notes="other-secret"))
    rec = residents.create(dina, make_resident(
        full_name="Жылдызбек кызы Гүлнара", safety_notes='Uncle <b>must not</b> know & <img src="/etc/passwd"/>',
        means_of_control="threats;withholds_documents", languages="ky;ru"), intake_date="2025-02-03", room="Room 7")
    rid = rec["id"]
    conn = dina.db.conn
    with dina.transaction():
        services_db.insert(conn, {"resident_id": rid, "date": "2025-02-10", "service_type": "medical",
                                  "provider": "in_house", "staff": "sam", "notes": "Dentist appointment"}, "x")
        services_db.insert(conn, {"resident_id": other["id"], "date": "2025-02-10", "service_type": "medical",
                                  "provider": "in_house", "staff": "sam", "notes": "not-hers"}, "x")
        case = legal_db.insert_case(conn, rid, "UD-2025-0173", "166", "victim", "x", lawyer="A. Lawyer")
        legal_db.insert_event(conn, case, "2025-03-01", "complaint_filed", notes="Statement given")
        plan = plans_db.insert_plan(conn, rid, 1, "sam", "2025-02-05T10:00:00Z", resident_wishes="Learn sewing")
        plans_db.set_need(conn, plan, "housing", "high", "No place to live in Osh")
        plans_db.insert_goal(conn, plan, 0, "housing", "Find a room to rent", "Ask the mayor's office", "Aida",
                             "2025-06-01")
    sam = login("sam")
    residents.get(sam, rid)
    return login("dina"), rec


def test_the_printed_record_holds_everything_about_the_person(person):
    dina, rec = person
    text = pdf_text(subject_access.print_pdf(dina, rec["case_number"], "en"))
    for expected in ("Жылдызбек кызы Гүлнара", rec["case_number"], "Synthetic Shelter", "Room 7",
                     "Dentist appointment", "UD-2025-0173", "Statement given", "Learn sewing",
                     "No place to live in Osh", "Find a room to rent", "Ask the mayor's office",
                     "Threats, Withholds documents", "Forced labour", "Stays in the shelter", "Services received",
                     "Legal cases", "Needs assessment", "Plan goals", "Resident's record opened",
                     'Uncle <b>must not</b> know & <img src="/etc/passwd"/>'):
        assert expected in text, expected
    assert "Someone Else" not in text and "other-secret" not in text and "not-hers" not in text
    assert "Page 1 of" in text


def test_the_record_in_kyrgyz_and_russian(person):
    dina, rec = person
    for lang in ("ky", "ru"):
        text = pdf_text(subject_access.print_pdf(dina, rec["id"], lang))
        assert "Гүлнара" in text and "Dentist appointment" in text
        assert "Services received" not in text and "Stays in the shelter" not in text


def test_printing_is_for_directors_and_is_audited(person, login):
    dina, rec = person
    subject_access.print_pdf(dina, rec["id"])
    last = dina.db.query_one("SELECT username, action, record_id FROM audit_log ORDER BY id DESC LIMIT 1")
    assert tuple(last) == ("dina", "resident_record_printed", rec["case_number"])
    with pytest.raises(NotFound):
        subject_access.print_pdf(dina, "1999-9999")
    sam = login("sam")
    with pytest.raises(PermissionDenied):
        subject_access.print_pdf(sam, rec["id"])


def test_a_table_added_later_is_printed_too(person):
    dina, rec = person
    dina.db.execute("CREATE TABLE phone_numbers (id INTEGER PRIMARY KEY, resident_id INTEGER REFERENCES residents"
                    " (id) ON DELETE CASCADE, number TEXT)")
    dina.db.execute("INSERT INTO phone_numbers (resident_id, number) VALUES (?, '+996 555 123 456')", (rec["id"],))
    held = subject_access.collect(dina, rec["id"])
    assert held.tables["phone_numbers"][0]["number"] == "+996 555 123 456"
    assert "+996 555 123 456" in pdf_text(subject_access.print_pdf(dina, rec["id"]))
