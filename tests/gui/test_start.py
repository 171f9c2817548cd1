"""First run, unlocking, and the main screen's frame."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from shelter_app import accounts, residents, settings
from shelter_app.errors import PermissionDenied
from shelter_app.ui import first_run
from tests.gui.conftest import sign_in, table_texts, type_text


def test_first_run_creates_the_database_and_shows_the_recovery_key_once(qtbot, tmp_path, english, monkeypatch):
    from shelter_app.ui.app import ShellWindow

    db = tmp_path / "new" / "shelter.db"
    window = ShellWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.start()
    wizard = window.first_run_view
    assert wizard is not None and window.unlock_view is None

    # Next without the organisation: told beside the fields, nothing created.
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    assert wizard.errors["organisation_code"].isVisible()
    assert wizard.errors["organisation_code"].text() == "Required."
    qtbot.keyClicks(wizard.org_code, "KG-NGO-0042")
    type_text(qtbot, wizard.org_name, "Приют «Үмүт»")
    type_text(qtbot, wizard.region, "Ош")
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    assert wizard.pages.currentIndex() == 1

    type_text(qtbot, wizard.director_name, "Айжан Директор")
    qtbot.keyClicks(wizard.username, "aizhan")
    qtbot.keyClicks(wizard.password, "long-enough-1")
    qtbot.keyClicks(wizard.password2, "long-enough-2")
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    assert wizard.errors["password2"].text() == "The two passwords differ."
    assert not db.exists()

    wizard.password2.clear()
    qtbot.keyClicks(wizard.password2, "long-enough-1")
    qtbot.keyClick(wizard.password2, Qt.Key_Return)
    assert wizard.pages.currentIndex() == 2
    assert db.exists()
    key = wizard.key_label.text()
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){7}", key), key
    # The organisation's fingerprint is on the recovery key page and sheet.
    fingerprint = wizard.session.key_file.organisation_fingerprint
    assert fingerprint in wizard.fingerprint_label.text()

    printed = []
    monkeypatch.setattr(first_run, "print_recovery_key", lambda parent, sheet: printed.append(sheet) or True)
    qtbot.mouseClick(wizard.print_button, Qt.LeftButton)
    assert key in printed[0] and "KG-NGO-0042" in printed[0] and fingerprint in printed[0]

    # Not on until the person confirms the key is written down.
    assert not wizard.next_button.isEnabled()
    wizard.confirm_box.setChecked(True)
    assert wizard.next_button.isEnabled()
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)

    main = window.main_view
    assert main is not None and window.first_run_view is None
    assert "Айжан Директор" in main.user_label.text()
    assert "Приют «Үмүт»" in main.org_label.text()
    assert main.backup_label.text() == "Last backup: never"
    from shelter_app.ui.settings_page import SettingsPage

    settings = SettingsPage(window.session)
    qtbot.addWidget(settings)
    assert settings.fingerprint.text() == fingerprint  # shown in Settings, to read aloud by phone
    window.session.close()
    window.session = None
    # The recovery key shown really opens the database.
    accounts.open_with_recovery_key(db, key).close()
    accounts.open_session(db, "aizhan", "long-enough-1").close()


def _all_texts(widget) -> str:
    texts = [w.text() for w in widget.findChildren(QLabel)] + [w.text() for w in widget.findChildren(QLineEdit)]
    return "\n".join(texts)


def test_wrong_password_then_right_one(qtbot, shell, database, login, make_resident):
    session = login("sam")
    residents.create(session, make_resident(full_name="Жумабаева Бермет"))
    session.close()

    assert shell.unlock_view is not None
    sign_in(qtbot, shell, "sam", "not-the-password")
    screen = shell.unlock_view
    assert shell.main_view is None and shell.session is None
    assert screen.message.text() == "Wrong account or password."
    assert screen.password_edit.text() == ""
    assert "Бермет" not in _all_texts(shell)

    sign_in(qtbot, shell, "sam", database.passwords["sam"])
    assert shell.main_view is not None
    register = shell.main_view.page("residents")
    assert "Жумабаева Бермет" in table_texts(register.table)
    assert "Sam Social" in shell.main_view.user_label.text()


def test_back_off_after_three_failures(qtbot, shell, database, monkeypatch):
    for _ in range(3):
        sign_in(qtbot, shell, "dina", "wrong-password")
    screen = shell.unlock_view
    # The 4th attempt must wait: the button is off and the screen says how long.
    assert not screen.unlock_button.isEnabled()
    assert "Try again in" in screen.message.text()
    sign_in(qtbot, shell, "dina", database.passwords["dina"])
    assert shell.main_view is None  # Enter does nothing while waiting
    # The wait passes: the back-off's clock moves on 3 s and the countdown's next tick comes now.
    import time
    from types import SimpleNamespace

    from shelter_app import unlock

    later = time.time() + 3
    monkeypatch.setattr(unlock, "time", SimpleNamespace(time=lambda: later))
    assert shell.unlock_view._countdown.isActive()
    shell.unlock_view._countdown.timeout.emit()
    assert shell.unlock_view.unlock_button.isEnabled()
    sign_in(qtbot, shell, "dina", database.passwords["dina"])
    assert shell.main_view is not None, shell.unlock_view.message.text()


def test_enter_in_account_field_moves_to_password(qtbot, shell):
    screen = shell.unlock_view
    qtbot.keyClicks(screen.user_edit, "dina")
    qtbot.keyClick(screen.user_edit, Qt.Key_Return)
    assert screen.message.text() == ""
    assert shell.main_view is None


def test_navigation_reaches_every_page_and_status_shows_backup_age(qtbot, signed_in):
    window = signed_in("dina")
    main = window.main_view
    for key in main.keys():
        page = main.show_page(key)
        assert page.isVisible()
        assert main.heading.text() == type(page).page_title()
    assert main.backup_text("2026-01-01T10:00:00Z", now=__import__("datetime").datetime(
        2026, 1, 4, 10, 0, tzinfo=__import__("datetime").timezone.utc)) == "Last backup: 3 days ago"
    settings.set_value(window.session, "last_backup_at", "2026-01-01T10:00:00Z")
    main.update_status()
    assert "days ago" in main.backup_label.text()


def test_lawyer_reads_but_cannot_register(qtbot, signed_in):
    window = signed_in("lena")
    register = window.main_view.page("residents")
    assert not register.new_button.isEnabled()
    with pytest.raises(PermissionDenied):
        settings.set_value(window.session, "auto_lock_minutes", 10)
    QApplication.processEvents()


def test_recovery_key_opens_and_a_lost_password_is_reset(qtbot, shell, database):
    from shelter_app.ui import dialogs

    screen = shell.unlock_view
    screen.recovery_box.setChecked(True)
    assert not screen.user_edit.isEnabled()
    qtbot.keyClicks(screen.password_edit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClick(screen.password_edit, Qt.Key_Return)
    assert screen.spinner.isVisible() and not screen.unlock_button.isEnabled()  # checked in the background
    qtbot.waitUntil(lambda: screen.task is None, timeout=30_000)
    assert shell.main_view is None and screen.message.text() == "Wrong recovery key."
    assert not screen.spinner.isVisible()
    screen.password_edit.clear()
    qtbot.keyClicks(screen.password_edit, database.recovery_key)
    qtbot.keyClick(screen.password_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: shell.main_view is not None, timeout=30_000)
    box = shell.main_view.show_page("settings").accounts
    box.table.selectRow([r["username"] for r in box.model.rows].index("sam"))
    box.pass1.setText("sam-new-pass-2")
    box.pass2.setText("sam-new-pass-2")
    dialogs.set_next_answer(None)
    qtbot.mouseClick(box.reset_button, Qt.LeftButton)
    assert dialogs.shown[-1][2] == "The password of sam is changed."
    shell.session.close()
    shell.session = None
    accounts.open_session(database.path, "sam", "sam-new-pass-2").close()


def test_a_broken_page_does_not_take_the_app_down(qtbot, signed_in, monkeypatch):
    from shelter_app.ui import extensions

    monkeypatch.setattr(extensions, "PAGES", extensions.PAGES + [("broken", "shelter_app.ui.no_such_page", "X")])
    window = signed_in("dina")
    main = window.main_view
    page = main.show_page("broken")
    assert page.text().startswith("This page could not be opened")
    assert main.show_page("residents").isVisible()
