"""The Returns page driven as a director would: choose the period and the
threshold, read the preview, export, read the history."""

from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtCore import Qt

from shelter_app.ui import dialogs
from tests.unit import returns_register as reg


@pytest.fixture
def page(qtbot, director, english):
    from shelter_app.ui.returns_page import ReturnsPage

    reg.fill(director)
    widget = ReturnsPage(director)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.kind_box.setCurrentIndex(ReturnsPage.QUARTER)
    widget.year_box.setValue(2025)
    widget.part_box.setCurrentIndex(2)  # Q3
    widget.preview()
    return widget


def cell(page, row_code: str, column_code: str) -> str:
    t = page.model.table
    return page.model.index(t.rows.index(row_code), t.columns.index(column_code)).data()


def test_preview_marks_suppressed_cells_and_follows_the_threshold(page, qtbot):
    assert "2025-Q3" in page.summary.text() and "01 Jul 2025" in page.summary.text()
    assert page.table_list.count() == 18
    assert page.table_list.item(0).text() == "Persons assisted, by form of exploitation, sex and age"
    assert page.table_list.item(12).text().startswith("Persons at each step of the national referral mechanism")
    assert cell(page, "sexual_exploitation", "women") == "x"       # 2 women: not published
    assert cell(page, "organ_removal", "men") == "0"               # zeros are
    assert page.model.index(0, 2).data(Qt.BackgroundRole) is not None
    assert page.model.index(0, 2).data(Qt.ToolTipRole) == "x: not published, to protect individuals"
    assert page.model.headerData(0, Qt.Horizontal) == "Girls"
    assert "Threshold 5" in page.summary.text() and "shown as x" in page.summary.text()
    # how many the audit hid beyond the small ones, and why
    assert "more are hidden so that those cannot be worked out" in page.summary.text()
    assert "Why:" in page.summary.text()
    qtbot.keyClicks(page.threshold_box, "")  # focus
    page.threshold_box.setValue(3)
    qtbot.waitUntil(lambda: "Threshold 3" in page.summary.text(), timeout=2000)
    assert cell(page, "sexual_exploitation", "women") == "x"
    assert not any("<" in (page.model.index(r, c).data() or "") for r in range(page.model.rowCount())
                   for c in range(page.model.columnCount()))
    page.table_list.setCurrentRow(8)  # services
    assert page.model.headerData(0, Qt.Horizontal) == "Persons"
    assert cell(page, "psychological", "persons") == "x" and cell(page, "psychological", "events") == "x"


def test_export_writes_what_the_preview_shows_and_lists_it_with_its_sha256(page, qtbot, tmp_path):
    page.threshold_box.setValue(3)
    qtbot.waitUntil(lambda: "Threshold 3" in page.summary.text(), timeout=2000)
    target = tmp_path / "q3.json"
    dialogs.set_next_answer(str(target))
    dialogs.set_next_answer(True)  # the information box
    qtbot.mouseClick(page.export_buttons["json"], Qt.LeftButton)
    data = json.loads(target.read_text("utf-8"))
    assert data["suppression"]["threshold"] == 3 and data["suppression"]["enabled"] is True
    shown = {(c["row"], c["column"]): ("x" if c.get("suppressed") else str(c["value"]))
             for c in data["tables"][0]["cells"]}
    page.table_list.setCurrentRow(0)
    t = page.model.table
    assert all(shown[(r, c)] == cell(page, r, c) for r in t.rows for c in t.columns)
    sha = hashlib.sha256(target.read_bytes()).hexdigest()
    assert dialogs.shown[-1][0] == "info" and sha in dialogs.shown[-1][2]
    history = page.history_view.model()
    assert history.rowCount() == 1
    texts = [history.index(0, c).data() for c in range(history.columnCount())]
    assert texts[1:7] == ["dina", "2025-Q3", "JSON", "3", "on", "q3.json"] and texts[7] == sha


def test_no_suppression_only_json_and_adx_after_a_confirmation(page, qtbot, tmp_path):
    qtbot.mouseClick(page.no_suppression, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Suppression is off" in page.summary.text(), timeout=2000)
    assert not page.export_buttons["csv"].isEnabled() and not page.export_buttons["pdf"].isEnabled()
    assert cell(page, "sexual_exploitation", "women") == "2"
    dialogs.set_next_answer(False)  # "Export anyway?" — no
    qtbot.mouseClick(page.export_buttons["adx"], Qt.LeftButton)
    assert dialogs.shown[-1][0] == "confirm" and not list(tmp_path.glob("*.xml"))
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(tmp_path / "q3.xml"))
    dialogs.set_next_answer(True)
    qtbot.mouseClick(page.export_buttons["adx"], Qt.LeftButton)
    assert b"suppression DISABLED" in (tmp_path / "q3.xml").read_bytes()
    assert page.history_view.model().index(0, 5).data() == "off"


def test_explicit_first_and_last_days(page, qtbot):
    from PySide6.QtCore import QDate

    page.kind_box.setCurrentIndex(page.DAYS)
    assert page.first_day.isVisible() and not page.part_box.isVisible()
    page.first_day.setDate(QDate(2025, 7, 1))
    page.last_day.setDate(QDate(2025, 7, 31))
    qtbot.waitUntil(lambda: "2025-07-01/2025-07-31" in page.summary.text(), timeout=2000)
    assert page.ret.period.adx == "2025-07-01/P1M"
    page.last_day.setDate(QDate(2025, 6, 1))
    qtbot.waitUntil(lambda: "ends before it starts" in page.summary.text(), timeout=2000)
    assert page.model.rowCount() == 0


def test_cancelled_save_writes_nothing(page, qtbot, tmp_path):
    dialogs.set_next_answer(None)
    qtbot.mouseClick(page.export_buttons["pdf"], Qt.LeftButton)
    assert page.history_view.model().rowCount() == 0


def test_pdf_export_and_structure_file(page, qtbot, tmp_path):
    dialogs.set_next_answer(str(tmp_path / "q3.pdf"))
    dialogs.set_next_answer(True)
    qtbot.mouseClick(page.export_buttons["pdf"], Qt.LeftButton)
    assert (tmp_path / "q3.pdf").read_bytes().startswith(b"%PDF")
    dialogs.set_next_answer(str(tmp_path / "structure.csv"))
    dialogs.set_next_answer(True)
    qtbot.mouseClick(page.structure_button, Qt.LeftButton)
    assert (tmp_path / "structure.csv").read_bytes().startswith(b"\xef\xbb\xbfkind,")
    dialogs.set_next_answer(str(tmp_path / "thb.dhis2.json"))
    dialogs.set_next_answer(True)
    qtbot.mouseClick(page.structure_button, Qt.LeftButton)
    package = json.loads((tmp_path / "thb.dhis2.json").read_text("utf-8"))
    assert package["dataSets"][0]["code"] == "THB_SHELTER_RETURN" and package["categoryOptions"]


def test_a_social_worker_sees_no_return(qtbot, login, english):
    from shelter_app.ui.returns_page import ReturnsPage

    widget = ReturnsPage(login("sam"))
    qtbot.addWidget(widget)
    assert "does not allow" in widget.summary.text()
    assert not any(b.isEnabled() for b in widget.export_buttons.values())
    assert widget.model.rowCount() == 0


def test_models_pass_the_model_tester(page, qtbot, qtmodeltester, tmp_path):
    dialogs.set_next_answer(str(tmp_path / "a.csv"))
    dialogs.set_next_answer(True)
    qtbot.mouseClick(page.export_buttons["csv"], Qt.LeftButton)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.history_model)
