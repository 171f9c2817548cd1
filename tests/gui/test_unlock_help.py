"""The unlock screen helps with the two usual reasons a right password is
refused: Caps Lock and another keyboard layout; the password can be shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from shelter_app.ui import unlock_screen
from tests.gui.conftest import sign_in


def test_caps_lock_is_told_by_the_letters_typed():
    assert unlock_screen.caps_lock_from_key("A", shift=False) is True
    assert unlock_screen.caps_lock_from_key("a", shift=True) is True
    assert unlock_screen.caps_lock_from_key("a", shift=False) is False
    assert unlock_screen.caps_lock_from_key("Ж", shift=True) is False
    assert unlock_screen.caps_lock_from_key("7", shift=False) is None


def test_caps_lock_warning_and_show_password(qtbot, shell):
    screen = shell.unlock_view
    screen.user_edit.setText("dina")
    assert screen.password_edit.echoMode() == QLineEdit.Password
    qtbot.keyClicks(screen.password_edit, "a")  # a small letter: Caps Lock off
    assert not screen.keyboard_warning.isVisible()
    qtbot.keyClicks(screen.password_edit, "B")  # a capital without Shift: Caps Lock on
    assert screen.keyboard_warning.isVisible() and "Caps Lock" in screen.keyboard_warning.text()
    qtbot.keyClicks(screen.password_edit, "c")
    assert not screen.keyboard_warning.isVisible()
    screen.show_password.setChecked(True)
    assert screen.password_edit.echoMode() == QLineEdit.Normal
    screen.show_password.setChecked(False)
    assert screen.password_edit.echoMode() == QLineEdit.Password


def test_another_keyboard_layout_than_last_time_is_pointed_out(qtbot, shell, database, monkeypatch):
    monkeypatch.setattr(unlock_screen.UnlockScreen, "keyboard_language", staticmethod(lambda: "en"))
    sign_in(qtbot, shell, "dina", database.passwords["dina"])  # remembered: English worked for dina
    assert unlock_screen.last_layouts() == {"dina": "en"}
    monkeypatch.setattr(unlock_screen.UnlockScreen, "keyboard_language", staticmethod(lambda: "ru"))
    shell.lock()
    screen = shell.unlock_view
    assert screen.username() == "dina" and screen.keyboard_warning.isVisible()
    screen.user_edit.setText("sam")  # the warning follows the account typed: nothing known for sam
    assert not screen.keyboard_warning.isVisible()
    screen.user_edit.setText("dina")
    assert screen.keyboard_warning.isVisible()
    assert "Русский" in screen.keyboard_warning.text() and "English" in screen.keyboard_warning.text()
