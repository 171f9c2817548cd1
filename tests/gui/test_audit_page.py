"""The Audit log page, driven as a director would: pick a staff member, type a
case number, set dates, verify the chain, save the filtered log as a PDF."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QDate, Qt
from pypdf import PdfReader

from shelter_app import residents
from shelter_app.db import audit as audit_db
from shelter_app.ui import dialogs
from tests.gui.conftest import table_texts


@pytest.fixture
def log(login, make_resident):
    dina = login("dina")
    a = residents.create(dina, make_resident(full_name="Resident A"))
    b = residents.create(dina, make_resident(full_name="Resident B", date_of_birth="1990-01-01"))
    sam = login("sam")
    residents.get(sam, a["id"])
    residents.get(sam, b["id"])
    lena = login("lena")
    residents.get(lena, b["id"])
    dina = login("dina")
    return dina, a["case_number"], b["case_number"]


@pytest.fixture
def page(qtbot, log, english):
    from shelter_app.ui.audit_page import AuditPage

    dina = log[0]
    widget = AuditPage(dina)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column(page, col):
    return table_texts(page.table, col)


def test_filters_narrow_the_list(page, log, qtbot):
    dina, a, b = log
    everything = page.model.total
    assert page.count_label.text() == f"{everything} entries"
    page.person.setCurrentIndex(page.person.findText("sam"))
    assert set(column(page, page.model.ACCOUNT)) == {"sam"}
    assert page.model.total == 3  # signed in, opened two records

    page.action.setCurrentIndex(page.action.findData("resident_viewed"))
    assert set(column(page, page.model.ACTION)) == {"Resident's record opened"}
    qtbot.keyClicks(page.record, b)
    qtbot.keyClick(page.record, Qt.Key_Return)
    assert column(page, page.model.RECORD) == [f"Resident {b}"]

    page.clear_filters()
    assert page.model.total == everything
    page.date_from.setDate(QDate.currentDate().addDays(1))
    page.use_from.setChecked(True)
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 entries"
    page.date_from.setDate(QDate.currentDate())
    assert page.model.total == everything


def test_a_start_after_the_end_is_refused_with_a_message(page):
    page.date_from.setDate(QDate(2026, 3, 10))
    page.date_to.setDate(QDate(2026, 3, 1))
    page.use_to.setChecked(True)
    dialogs.set_next_answer(None)
    page.use_from.setChecked(True)
    kinds = [k for k, _, _ in dialogs.shown]
    assert "error" in kinds
    assert any("before the start date" in text for _, _, text in dialogs.shown)


def test_verify_names_the_first_broken_entry(page, log):
    dina = log[0]
    dialogs.set_next_answer(None)
    page.verify_button.click()
    assert dialogs.shown[-1][0] == "info" and "intact" in dialogs.shown[-1][2]
    dina.db.execute("UPDATE audit_log SET username = 'intruder' WHERE id = 5")
    dialogs.set_next_answer(None)
    page.verify_button.click()
    kind, _, text = dialogs.shown[-1]
    assert kind == "warn" and "#5" in text
    assert "#5" in page.chain_label.text() and page.chain_label.isVisible()
    broken_row = column(page, page.model.NUMBER).index("5")
    assert page.model.index(broken_row, 0).data(Qt.ForegroundRole) is not None


def test_save_the_filtered_log_as_pdf(page, log, tmp_path):
    dina, a, b = log
    page.person.setCurrentIndex(page.person.findText("lena"))
    target = tmp_path / "inspection.pdf"
    dialogs.set_next_answer(True)   # yes, I know a PDF is not encrypted
    dialogs.set_next_answer(str(target))
    dialogs.set_next_answer(None)   # "Saved"
    page.pdf_button.click()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "lena" in text and b in text
    assert "sam" not in text.split("Entries")[-1]
    assert dialogs.shown[0][0] == "confirm" and "not encrypted" in dialogs.shown[0][2]


def test_the_list_is_fetched_a_page_at_a_time(page, log, qtmodeltester):
    dina = log[0]
    with dina.transaction() as conn:
        for n in range(450):
            audit_db.append(conn, "sam", "resident_viewed", "resident", f"2025-{n:04d}")
    page.refresh()
    assert page.model.total > 450
    assert page.model.rowCount() == 200
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == page.model.total
    qtmodeltester.check(page.model)


def test_a_social_worker_sees_no_log(qtbot, login, english):
    from shelter_app.ui.audit_page import AuditPage

    widget = AuditPage(login("sam"))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert not widget.verify_button.isEnabled()
    assert "Only a director" in widget.count_label.text()
