"""Screens driven as a person would: type, click, read what is shown. Each
test runs on a fresh real encrypted database (tests/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shelter_app.ui import dialogs


@pytest.fixture(autouse=True)
def _clean_dialogs():
    dialogs.clear()
    yield
    leftover = dialogs.pending()
    dialogs.clear()
    assert leftover == 0, "a test queued an answer for a dialog that never came"


@pytest.fixture(autouse=True)
def _no_backup_reminder(request, monkeypatch):
    """The reminder after a director signs in is a modal box: only the tests
    that ask for `backup_reminder` see it."""
    if "backup_reminder" in request.fixturenames:
        return
    from shelter_app.ui import app

    monkeypatch.setattr(app, "remind_backup", lambda session, window: False)


@pytest.fixture
def backup_reminder():
    """The real reminder after a director signs in (answer it with dialogs.set_next_answer)."""


@pytest.fixture
def english():
    from shelter_app.ui import app

    app.application()
    app.install_language("en")
    yield
    app.install_language("en")


@pytest.fixture
def shell(qtbot, database, english):
    """The app's window on the test database, at the unlock screen."""
    from shelter_app.ui.app import ShellWindow

    window = ShellWindow(database.path)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.start()
    yield window
    if window.session is not None:
        window.session.close()
        window.session = None


def sign_in(qtbot, window, username: str, password: str) -> None:
    screen = window.unlock_view
    assert screen is not None, "not at the unlock screen"
    screen.user_edit.clear()
    screen.password_edit.clear()
    qtbot.keyClicks(screen.user_edit, username)
    qtbot.keyClicks(screen.password_edit, password)
    qtbot.keyClick(screen.password_edit, Qt.Key_Return)
    # The password is checked in a worker thread (ui/tasks.py): wait until the answer is back.
    qtbot.waitUntil(lambda: window.unlock_view is not screen or screen.task is None, timeout=30_000)
    if window.main_view is not None:  # shortcuts (Esc, Ctrl+S) act in the active window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.fixture
def signed_in(qtbot, shell, database):
    """sign_in as a person: signed_in('dina') -> the window at the main screen."""
    def _sign_in(username: str = "dina"):
        sign_in(qtbot, shell, username, database.passwords[username])
        assert shell.main_view is not None, shell.unlock_view.message.text() if shell.unlock_view else ""
        return shell
    return _sign_in


def two_shelters(folder) -> list:
    """Two shelters' databases (KG-NGO-0001 and -0002, director dina), signed in:
    for moving a case from one to the other. The caller closes the sessions."""
    from shelter_app import accounts

    sessions = []
    for code in ("KG-NGO-0001", "KG-NGO-0002"):
        session, _ = accounts.create_database(folder / code / "shelter.db", organisation_code=code,
                                              organisation_name=f"Приют {code}", region="", director="dina",
                                              director_name="Dina", password="director-pass-1")
        sessions.append(session)
    return sessions


def table_texts(view, column: int | None = None) -> list[str]:
    model = view.model()
    cols = range(model.columnCount()) if column is None else [column]
    return [model.index(r, c).data() or "" for r in range(model.rowCount()) for c in cols]


def type_text(qtbot, widget, text: str) -> None:
    """Type as on a keyboard, Cyrillic included (QTest's keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, char))
