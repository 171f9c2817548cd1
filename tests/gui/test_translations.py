"""Every string a person can see on every screen is in Russian or Kyrgyz when
that language is chosen: the test walks the first-run wizard, the unlock
screen, every page of the main window, and a resident's record with every
tab, and fails on any English left over."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QTabWidget, QWidget)

from shelter_app import i18n, residents

ROOT = Path(__file__).resolve().parents[2]
# Words that stay Latin in every language: key names, codes, the language's own name.
ALLOWED = {"English", "Ctrl", "Esc", "UTC", "ID", "demo", "password", "ky", "ru", "uz", "yyyy", "mm", "dd",
           "director", "PDF", "CSV", "XLSX", "JSON", "ADX", "SDMX", "IOM", "NGO", "NRM", "Alt", "Shift", "Enter"}


def _sources() -> set[str]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n as tool
    finally:
        sys.path.pop(0)
    return {text for (_ctx, text) in tool.extract()}


def _texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything readable on screen now."""
    found = []

    def add(widget, text):
        if text:
            found.append((f"{type(widget).__name__}#{widget.objectName()}", text))

    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        add(w, w.toolTip())
        add(w, w.accessibleName())
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parent(), QComboBox):
            model = w.model()
            try:
                columns = model.columnCount()
            except TypeError:
                columns = 1
            for c in range(columns):
                add(w, model.headerData(c, Qt.Horizontal, Qt.DisplayRole))
            for r in range(min(model.rowCount(), 20)):
                for c in range(columns):
                    add(w, model.index(r, c).data())
    add(window, window.windowTitle())
    return found


def _untranslated(found, sources: set[str], data: set[str]) -> list[tuple[str, str]]:
    bad = []
    for where, text in found:
        text = str(text)
        plain = text.replace("&", "")
        if plain in data or text in data:
            continue
        if text in sources and re.search(r"[A-Za-z]{2,}", text):
            bad.append((where, text))
            continue
        for word in re.findall(r"[A-Za-z]{2,}", plain):
            if word in ALLOWED or (word.isupper() and len(word) <= 4):
                continue
            if any(word in d for d in data):
                continue
            bad.append((where, text))
            break
    return bad


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_every_screen_is_translated(qtbot, tmp_path, database, lang, make_resident, login):
    from shelter_app.ui import app as app_module
    from shelter_app.ui.app import ShellWindow

    sources = _sources()
    session = login("dina")
    first = residents.create(session, make_resident(), intake_date="2025-02-01", room="4")
    residents.create(session, make_resident(full_name="Бекова Нуриза", date_of_birth="2000-05-05"))
    session.close()
    data = {"Асанова Айгүл", "Бекова Нуриза", "Synthetic Shelter", "KG-NGO-0001", "Dina Director", "dina",
            "Osh", first["case_number"], "Приют «Сезим»", "KG-NGO-0099", "Sam Social",
            "sam", "lena", "Lena Lawyer",  # account names, shown as they are (audit log, key worker)
            "English"}  # "English" names the language in its own words
    app_module.application()
    app_module.install_language(lang)
    try:
        problems = []
        # First run.
        wizard_window = ShellWindow(tmp_path / "fresh" / "shelter.db")
        qtbot.addWidget(wizard_window)
        wizard_window.show()
        wizard_window.start()
        wizard = wizard_window.first_run_view
        problems += _untranslated(_texts(wizard_window), sources, data)
        wizard.org_code.setText("KG-NGO-0099")
        wizard.org_name.setText("Приют «Сезим»")
        wizard.next()
        problems += _untranslated(_texts(wizard_window), sources, data)

        # Unlock, then every page and a record with every tab.
        window = ShellWindow(database.path)
        qtbot.addWidget(window)
        window.resize(1280, 760)
        window.show()
        window.start()
        problems += _untranslated(_texts(window), sources, data)
        window.unlock_view.user_edit.setText("dina")
        window.unlock_view.password_edit.setText("wrong-password")
        window.unlock_view.submit()
        qtbot.waitUntil(lambda: window.unlock_view.task is None, timeout=30_000)
        problems += _untranslated(_texts(window), sources, data)
        window.unlock_view.password_edit.setText(database.passwords["dina"])
        window.unlock_view.submit()
        qtbot.waitUntil(lambda: window.main_view is not None, timeout=30_000)
        main = window.main_view
        assert main is not None
        for key in main.keys():
            main.show_page(key)
            problems += [(f"page {key}: {w}", t) for w, t in _untranslated(_texts(window), sources, data)]
        register = main.show_page("residents")
        register.open_record(first["id"])
        record = register.record
        for index in range(record.tabs.count()):
            record.tabs.setCurrentIndex(index)
            problems += [(f"record tab {index}: {w}", t) for w, t in _untranslated(_texts(window), sources, data)]
        record.save()  # nothing changed: no messages
        register.back_to_register()
        register.new_record()
        register.record.save()  # every "Required." beside its field
        problems += [(f"new record: {w}", t) for w, t in _untranslated(_texts(window), sources, data)]
        window.session.close()
        window.session = None
        assert not problems, "\n".join(f"{w}: {t!r}" for w, t in sorted(set(problems)))
    finally:
        app_module.install_language("en")


def test_dates_follow_the_language(qtbot, signed_in, make_resident):
    from shelter_app.ui import app as app_module

    window = signed_in("dina")
    residents.create(window.session, make_resident(registration_date="2025-02-01"))
    main = window.main_view
    main.show_page("settings").language.setCurrentIndex(i18n.LANGUAGES.index("ky"))
    try:
        main = window.main_view  # rebuilt in the new language
        register = main.show_page("residents")
        from shelter_app.ui.register import RegisterModel

        assert register.model.index(0, RegisterModel.REGISTERED).data() == "01.02.2025"
        assert main.nav.item(0).text() == "Кардарлар"
        from shelter_app import preferences

        assert preferences.load()["language"] == "ky"
    finally:
        app_module.install_language("en")


def test_qt_own_buttons_and_menus_in_kyrgyz(qtbot):
    """Qt has no Kyrgyz catalogue: the standard buttons and the text fields'
    menu come from ours."""
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    from shelter_app.ui import app as app_module
    from shelter_app.ui import dialogs

    app_module.application()
    app_module.install_language("ky")
    try:
        box = QMessageBox(QMessageBox.Question, "", "?", QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
        qtbot.addWidget(box)
        texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.Yes, QMessageBox.No,
                                                                 QMessageBox.Cancel)}
        assert texts == {"Ооба", "Жок", "Жокко чыгаруу"}
        edit = QLineEdit()
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        actions = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
        assert "Көчүрүү" in actions and "Коюу" in actions
        assert dialogs._words()["Cancel"] == "Жокко чыгаруу"
    finally:
        app_module.install_language("en")
