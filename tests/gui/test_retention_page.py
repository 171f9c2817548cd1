"""The Retention page: old records listed, ticked, anonymized or deleted
after a confirmation; a resident's own record saved as a PDF."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from shelter_app import residents
from shelter_app.db import stays as stays_db
from shelter_app.ui import dialogs
from tests.gui.conftest import table_texts


@pytest.fixture
def records(director, make_resident):
    old = []
    for n, year in enumerate((2014, 2016, 2018)):
        rec = residents.create(director, make_resident(
            full_name=f"Old Record {n}", registration_date=f"{year}-03-01", consent_data_processing=f"{year}-03-01"))
        with director.transaction() as conn:
            stays_db.insert(conn, rec["id"], f"{year}-03-02", "", f"{year}-09-01", "family_reintegration")
        old.append(rec)
    recent = residents.create(director, make_resident(full_name="Recent Record"), intake_date="2025-02-01")
    return director, old, recent


@pytest.fixture
def page(qtbot, records, english):
    from shelter_app.ui.retention_page import RetentionPage

    widget = RetentionPage(records[0])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def tick(page, case_number):
    row = table_texts(page.table, page.model.CASE_NUMBER).index(case_number)
    page.model.setData(page.model.index(row, 0), Qt.Checked.value, Qt.CheckStateRole)


def test_old_records_are_listed_and_anonymized(page, records):
    session, old, recent = records
    assert sorted(table_texts(page.table, page.model.NAME)) == ["Old Record 0", "Old Record 1", "Old Record 2"]
    assert "5 years" in page.intro.text()
    tick(page, old[0]["case_number"])
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(None)
    page.anonymize_button.click()
    assert "Anonymize the records of 1 residents" in dialogs.shown[0][2]
    assert dialogs.shown[-1][2] == "Anonymized: 1 residents."
    record = residents.get(session, old[0]["id"], audit_view=False)
    assert record["full_name"] == old[0]["case_number"]
    row = table_texts(page.table, page.model.CASE_NUMBER).index(old[0]["case_number"])
    assert page.model.index(row, page.model.STATE).data() == "Anonymized"


def test_deleting_asks_first(page, records):
    session, old, _ = records
    tick(page, old[1]["case_number"])
    dialogs.set_next_answer(False)
    page.delete_button.click()
    assert residents.count(session) == 4
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(None)
    page.delete_button.click()
    assert residents.count(session) == 3
    assert old[1]["case_number"] not in table_texts(page.table, page.model.CASE_NUMBER)


def test_nothing_ticked_gives_a_hint(page):
    dialogs.set_next_answer(None)
    page.anonymize_button.click()
    assert dialogs.shown[-1][2] == "Tick the residents first."


def test_a_residents_own_record_as_pdf(page, records, tmp_path, qtbot):
    _, _, recent = records
    qtbot.keyClicks(page.case_number, recent["case_number"])
    target = tmp_path / "record.pdf"
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(target))
    dialogs.set_next_answer(None)
    page.pdf_button.click()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Recent Record" in text and "Old Record" not in text


def test_the_model(page, qtmodeltester):
    qtmodeltester.check(page.model)
