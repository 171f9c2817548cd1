"""The unlock screen: account and password, Enter submits. Nothing of the
records is visible here; after failures each attempt waits longer
(security.md), also across restarts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from shelter_app import unlock
from shelter_app.errors import ShelterError, UnlockDelayed, WrongPassword
from shelter_app.session import RECOVERY_USER
from shelter_app.ui import tasks
from shelter_app.ui.common import ERROR_STYLE, language_combo


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """Whether Caps Lock is on, told by one typed letter: a capital without
    Shift, or a small letter with Shift (None for a key that is no letter)."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    return text.isupper() != shift


def last_layouts() -> dict:
    from shelter_app import preferences

    value = preferences.load().get("keyboard_layouts")
    return value if isinstance(value, dict) else {}


def remember_layout(username: str, language: str) -> None:
    """The keyboard language a person's password last worked with, on this PC
    (the language only, nothing of the password)."""
    from shelter_app import preferences

    layouts = last_layouts()
    if layouts.get(username) != language:
        preferences.save(keyboard_layouts={**layouts, username: language})


def layout_name(language: str) -> str:
    locale = QLocale(language)
    name = locale.nativeLanguageName() or language
    return name[:1].upper() + name[1:]


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the Session
    language_changed = Signal(str)
    restored = Signal()  # a backup replaced the database

    def __init__(self, db_path: Path, username: str = "", parent=None, demo: bool = False):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        box = QFrame(self)
        box.setFrameShape(QFrame.StyledPanel)
        box.setMinimumWidth(420)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        title = QLabel(self.tr("Shelter case manager"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(self.tr("The database is locked. Sign in with your account to continue."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        if demo:
            demo_hint = QLabel(self.tr("Demo: account «demo», password «demo-password»."))
            demo_hint.setWordWrap(True)
            layout.addWidget(demo_hint)

        form = QFormLayout()
        self.user_edit = QLineEdit(username)
        self.user_edit.setObjectName("username")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("&Account:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.show_password = QCheckBox(self.tr("Show the password"))
        self.show_password.setObjectName("show_password")
        self.show_password.toggled.connect(self._show_password)
        form.addRow("", self.show_password)
        # Caps Lock and the keyboard layout: the two usual reasons a right password is refused.
        self.keyboard_warning = QLabel()
        self.keyboard_warning.setObjectName("keyboard_warning")
        self.keyboard_warning.setWordWrap(True)
        self.keyboard_warning.setStyleSheet("color: #8a4b00;")
        self.keyboard_warning.hide()
        form.addRow("", self.keyboard_warning)
        self.caps_lock = False
        self.password_edit.installEventFilter(self)
        QGuiApplication.inputMethod().localeChanged.connect(self._update_keyboard_warning)
        layout.addLayout(form)
        self.form = form
        self.recovery_box = QCheckBox(self.tr("Every password is lost: open with the recovery key"))
        self.recovery_box.setObjectName("use_recovery_key")
        self.recovery_box.toggled.connect(self._recovery_toggled)
        layout.addWidget(self.recovery_box)

        self.spinner = QProgressBar()
        self.spinner.setObjectName("unlock_spinner")
        self.spinner.setRange(0, 0)  # busy: no count to show while the password is checked
        self.spinner.setTextVisible(False)
        self.spinner.setMaximumHeight(8)
        self.spinner.hide()
        layout.addWidget(self.spinner)
        self.task = None

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.language = language_combo(self.language_changed.emit, self.tr("Language"))
        buttons.addWidget(self.language)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        if not demo:
            restore_row = QHBoxLayout()
            self.restore_button = QPushButton(self.tr("Res&tore from a backup…"))
            self.restore_button.setObjectName("restore_backup")
            self.restore_button.setToolTip(self.tr("Replace this database with one from a backup file"))
            self.restore_button.clicked.connect(self.restore_backup)
            restore_row.addWidget(self.restore_button)
            restore_row.addStretch(1)
            layout.addLayout(restore_row)

        self.user_edit.returnPressed.connect(self._user_entered)
        self.user_edit.textChanged.connect(self._update_keyboard_warning)
        self._update_keyboard_warning()
        self.password_edit.returnPressed.connect(self.submit)
        self._tick()

    def restore_backup(self) -> None:
        from PySide6.QtWidgets import QDialog

        from shelter_app.ui.restore_dialog import RestoreDialog

        if RestoreDialog(self.db_path, self).exec() == QDialog.Accepted:
            self.restored.emit()

    def _recovery_toggled(self, on: bool) -> None:
        self.user_edit.setEnabled(not on)
        label = self.form.labelForField(self.password_edit)
        label.setText(self.tr("Recovery &key:") if on else self.tr("&Password:"))
        self.password_edit.setEchoMode(QLineEdit.Normal if on or self.show_password.isChecked()
                                       else QLineEdit.Password)
        self.password_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if on else "")
        self.password_edit.setMinimumWidth(  # the eight groups of the key whole
            self.password_edit.fontMetrics().horizontalAdvance(self.password_edit.placeholderText()) + 20 if on else 0)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _show_password(self, on: bool) -> None:
        self.password_edit.setEchoMode(QLineEdit.Normal if on or self.recovery_box.isChecked()
                                       else QLineEdit.Password)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if obj is self.password_edit and event.type() == QEvent.KeyPress:
            caps = caps_lock_from_key(event.text(), bool(event.modifiers() & Qt.ShiftModifier))
            if caps is not None and caps != self.caps_lock:
                self.caps_lock = caps
                self._update_keyboard_warning()
        return super().eventFilter(obj, event)

    @staticmethod
    def keyboard_language() -> str:
        """The language of the keyboard layout, where the platform tells ("" when it does not)."""
        locale = QGuiApplication.inputMethod().locale()
        if locale.language() in (QLocale.AnyLanguage, QLocale.C):
            return ""
        return locale.name().split("_")[0]

    def _update_keyboard_warning(self) -> None:
        lines = []
        if self.caps_lock:
            lines.append(self.tr("Caps Lock is on."))
        current = self.keyboard_language()
        usual = last_layouts().get(self.username())
        if current and usual and current != usual:
            lines.append(self.tr("The keyboard is set to {current}; last time you signed in with {usual}.").format(
                current=layout_name(current), usual=layout_name(usual)))
        self.keyboard_warning.setText(" ".join(lines))
        self.keyboard_warning.setVisible(bool(lines))

    def focus_first(self) -> None:
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    def username(self) -> str:
        return self.user_edit.text().strip()

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def _user_entered(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus()

    def _tick(self) -> None:
        wait = unlock.seconds_to_wait(self.db_path)
        if wait:
            self.unlock_button.setEnabled(False)
            self.message.setText(self.tr("Too many failed attempts. Try again in {seconds} s.").format(seconds=wait))
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            if self._countdown.isActive():
                self._countdown.stop()
                self.message.setText(self.tr("You can try again now."))
            self.unlock_button.setEnabled(True)

    def submit(self) -> None:
        if not self.unlock_button.isEnabled() or self.task is not None:
            return
        username, password = self.username(), self.password_edit.text()
        recovery = self.recovery_box.isChecked()
        if recovery:
            username = "recovery"
        if not username or not password:
            self.message.setText(self.tr("Enter your account and password."))
            (self.user_edit if not username else self.password_edit).setFocus()
            return
        self.message.setText(self.tr("Checking the password…"))
        self._set_working(True)
        from shelter_app import accounts  # cryptography loads while the password is typed

        path = self.db_path

        def open_database(job):
            # Argon2id takes about half a second: off the GUI thread. The
            # session's connection is opened here and handed over whole; from
            # then on only the GUI thread uses it.
            if recovery:
                return accounts.open_with_recovery_key(path, password)
            return accounts.open_session(path, username, password)

        self.task = tasks.start(self, open_database, on_done=self._opened,
                                on_error=lambda exc: self._failed(exc, recovery))

    def _set_working(self, on: bool) -> None:
        self.spinner.setVisible(on)
        for widget in (self.user_edit, self.password_edit, self.recovery_box, self.unlock_button, self.language):
            widget.setEnabled(not on and not (widget is self.user_edit and self.recovery_box.isChecked()))
        if hasattr(self, "restore_button"):
            self.restore_button.setEnabled(not on)

    def _opened(self, session) -> None:
        try:
            self.task = None
            gone = not self.isVisible()
        except RuntimeError:  # the screen was deleted meanwhile
            gone = True
        if gone:  # nobody to hand the session to: close it rather than leave the database open
            session.close()
            return
        self._set_working(False)
        self.password_edit.clear()
        current = self.keyboard_language()
        if current and session.user.username != RECOVERY_USER:
            remember_layout(session.user.username, current)
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException, recovery: bool) -> None:
        self.task = None
        self._set_working(False)
        if isinstance(exc, UnlockDelayed):
            self._tick()
            return
        if isinstance(exc, WrongPassword):
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.message.setText(self.tr("Wrong recovery key.") if recovery
                                 else self.tr("Wrong account or password."))
            if unlock.seconds_to_wait(self.db_path):
                self._tick()
            return
        if isinstance(exc, ShelterError):
            self.message.setText(exc.localized())
            return
        self.message.setText("")
        raise exc  # unexpected: the exception hook shows it and where the log is
