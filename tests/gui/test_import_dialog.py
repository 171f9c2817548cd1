"""The Import dialog as a director uses it: choose the kind and the file, read
the preview, the errors and the counts, and only then import."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLabel, QTabWidget, QWidget

from shelter_app.ui import dialogs

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "import"


@pytest.fixture
def dialog(qtbot, director, english):
    from shelter_app.ui.import_dialog import ImportDialog

    widget = ImportDialog(director)
    widget.show()
    yield widget
    widget.discard_work()  # a file checked and not imported would be asked about on closing
    widget.close()
    widget.deleteLater()


def choose(qtbot, dialog, kind: str, path: Path) -> None:
    dialog.set_kind(kind)
    dialogs.set_next_answer(str(path))
    qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)


def cell(view, row: int, column_title: str) -> str:
    model = view.model()
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Horizontal) == column_title:
            return model.index(row, c).data()
    raise AssertionError(f"no column {column_title}")


def count(session, table: str) -> int:
    return session.db.query_one(f"SELECT count(*) FROM {table}")[0]


def test_preview_then_import_then_nothing_new(qtbot, dialog, director):
    choose(qtbot, dialog, "residents", FIXTURES / "residents.csv")
    # Before anything is confirmed: the first rows as they will be stored, and the counts.
    assert count(director, "residents") == 0
    assert "To be written: 5 residents, 4 stays." in dialog.summary_label.text()
    assert dialog.tabs.currentIndex() == 0 and dialog.preview_model.rowCount() == 5
    view = dialog.preview_view
    assert cell(view, 0, "Case number") == "2024-0001"
    assert cell(view, 0, "Sex") == "Female"
    assert cell(view, 1, "Date of birth") == "15 Jul 1988"          # typed 15.07.1988
    assert cell(view, 1, "Consents to anonymized reporting") == "yes"  # typed да
    assert cell(view, 0, "Will be") == "added"
    assert dialog.import_button.isEnabled()

    dialogs.set_next_answer(True)  # the "Import finished" message
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert count(director, "residents") == 5 and count(director, "stays") == 4
    assert dialog.written
    assert dialogs.shown[-1][0] == "info" and "Written: 5 residents, 4 stays." in dialogs.shown[-1][2]
    assert not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.recheck_button, Qt.LeftButton)
    assert "Nothing new to write" in dialog.summary_label.text()
    assert cell(dialog.preview_view, 0, "Will be") == "left as it is"
    assert not dialog.import_button.isEnabled()


def test_errors_are_listed_and_nothing_can_be_imported(qtbot, dialog, director, tmp_path):
    path = tmp_path / "services.csv"
    path.write_text("external_id;date;service_type;colour\nNOBODY;2024-02-30;medical;red\n", encoding="utf-8")
    choose(qtbot, dialog, "services", path)
    assert dialog.tabs.currentIndex() == 1
    assert dialog.tabs.tabText(1) == "Errors (2)" and dialog.tabs.tabText(2) == "Warnings (1)"
    errors = dialog.error_view.model()
    rows = [[errors.index(r, c).data() for c in range(3)] for r in range(errors.rowCount())]
    assert rows[0][:2] == ["2", "A (external_id)"] and "NOBODY" in rows[0][2]
    assert rows[1][:2] == ["2", "B (date)"] and "2024-02-30" in rows[1][2]
    warning = dialog.warning_view.model()
    assert warning.index(0, 1).data() == "D (colour)" and "Unknown column" in warning.index(0, 2).data()
    assert "Nothing was written" in dialog.summary_label.text()
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert count(director, "services") == 0
    # The reason is read whole: its column takes the rest of the width and wraps.
    view = dialog.error_view
    last = view.model().columnCount() - 1
    assert view.wordWrap() and view.horizontalHeader().sectionResizeMode(last) == QHeaderView.Stretch
    view.horizontalHeader().resizeSection(0, view.viewport().width() - 260)  # leaves the reason a narrow column
    qtbot.wait(10)
    assert view.columnWidth(last) < 200
    view.resizeRowsToContents()
    assert view.rowHeight(0) > view.fontMetrics().height() * 1.8  # a long reason on two lines or more


def test_changing_the_kind_checks_the_file_again(qtbot, dialog):
    choose(qtbot, dialog, "services", FIXTURES / "residents.csv")
    assert "required column date is missing" in " ".join(
        dialog.error_model.index(r, 2).data() for r in range(dialog.error_model.rowCount()))
    dialog.set_kind("residents")
    assert dialog.report.ok and dialog.import_button.isEnabled()


def test_a_file_changed_after_the_preview_is_not_imported(qtbot, dialog, director, tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes((FIXTURES / "residents.csv").read_bytes())
    choose(qtbot, dialog, "residents", path)
    path.write_bytes((FIXTURES / "residents.csv").read_bytes() + b"\n")
    dialogs.set_next_answer(True)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert dialogs.shown[-1][0] == "warn"
    assert "changed since it was checked" in dialog.error_model.index(0, 2).data()
    assert count(director, "residents") == 0


def test_cancelling_the_file_dialog_changes_nothing(qtbot, dialog):
    dialogs.set_next_answer(None)
    qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)
    assert dialog.report is None and dialog.file_edit.text() == ""
    assert not dialog.import_button.isEnabled()


def test_privacy_mode_hides_names_in_the_preview(qtbot, dialog, director):
    director.privacy_mode = True
    choose(qtbot, dialog, "residents", FIXTURES / "residents.csv")
    model = dialog.preview_model
    titles = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert "Full name" not in titles and "Case number" in titles
    shown = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert "Асанова Айгүл" not in shown


def test_models(qtmodeltester, qtbot, dialog):
    choose(qtbot, dialog, "legal", FIXTURES / "legal.csv")   # no residents yet: errors
    qtmodeltester.check(dialog.error_model)
    qtmodeltester.check(dialog.preview_model)
    choose(qtbot, dialog, "residents", FIXTURES / "residents_cp1251.csv")
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.warning_model)


def _english_sources() -> set[str]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n as tool
    finally:
        sys.path.pop(0)
    return {text for (_ctx, text) in tool.extract([ROOT / "shelter_app" / "ui" / "import_dialog.py",
                                                    ROOT / "shelter_app" / "imports"])}


def _visible_texts(widget: QWidget) -> list[str]:
    found = [widget.windowTitle()]
    for w in widget.findChildren(QWidget):
        if not w.isVisibleTo(widget):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append(w.text())
        elif isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parent(), QComboBox):
            model = w.model()
            found += [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
            found += [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    return [str(t) for t in found if t]


@pytest.mark.parametrize("lang, words", [("ru", ("Импорт", "Клиенты", "Строка")), ("ky", ("Импорт", "Кардарлар", "Сап"))])
def test_the_dialog_speaks_russian_and_kyrgyz(qtbot, director, tmp_path, lang, words):
    from shelter_app.ui import app
    from shelter_app.ui.import_dialog import ImportDialog

    app.application()
    app.install_language(lang)
    try:
        widget = ImportDialog(director)
        qtbot.addWidget(widget)
        widget.show()
        bad = tmp_path / "r.csv"
        bad.write_text((FIXTURES / "residents.csv").read_text(encoding="utf-8").replace(",female,", ",femle,", 1)
                       + "X-9,Б Б,male,,KG,2024-01-01,ngo,forced_labour,,RU,,none,,,,yes,,,\n", encoding="utf-8")
        choose(qtbot, widget, "residents", bad)
        texts = _visible_texts(widget)
        for tab in range(3):
            widget.tabs.setCurrentIndex(tab)
            texts += _visible_texts(widget)
        english = _english_sources()
        leftovers = sorted({t for t in texts if t in english or t.split(" (")[0] in english})
        assert not leftovers, leftovers
        joined = "\n".join(texts)
        for word in words:
            assert word in joined, (word, joined[:500])
    finally:
        app.install_language("en")


def test_locking_the_app_closes_the_dialog_and_its_preview(qtbot, signed_in):
    from shelter_app.ui.import_dialog import ImportDialog

    window = signed_in("dina")
    widget = ImportDialog(window.session, window)
    widget.show()
    choose(qtbot, widget, "residents", FIXTURES / "residents.csv")
    assert widget.preview_model.rowCount() == 5
    window.lock()
    assert not widget.isVisible()
    assert window.session is None
    assert widget.preview_model.rowCount() == 0


def test_saving_an_empty_template(qtbot, dialog, tmp_path):
    dialog.set_kind("services")
    target = tmp_path / "services.csv"
    dialogs.set_next_answer(str(target))
    qtbot.mouseClick(dialog.template_button, Qt.LeftButton)
    assert target.read_bytes().decode("utf-8-sig").splitlines() == [
        "external_id;date;service_type;provider;duration_minutes;notes"]


def test_the_template_is_in_the_persons_language(qtbot, director, tmp_path):
    from shelter_app.ui import app
    from shelter_app.ui.import_dialog import ImportDialog

    app.application()
    app.install_language("ru")
    try:
        widget = ImportDialog(director)
        qtbot.addWidget(widget)
        widget.set_kind("services")
        target = tmp_path / "услуги.csv"
        dialogs.set_next_answer(str(target))
        qtbot.mouseClick(widget.template_button, Qt.LeftButton)
        header = target.read_bytes().decode("utf-8-sig").strip().split(";")
        assert header[:3] == ["Внешний номер", "Дата", "Вид услуги"] or all(not h.isascii() for h in header[1:])
        dialogs.set_next_answer(str(target))
        qtbot.mouseClick(widget.choose_button, Qt.LeftButton)  # and it is read back
        assert widget.report is not None and widget.report.columns[:3] == ["external_id", "date", "service_type"]
    finally:
        app.install_language("en")
