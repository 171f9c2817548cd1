"""First run, when the data folder holds no database: the organisation, the
director's account, and the recovery key — shown once, printable, and
confirmed as written down before going on."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from shelter_app import accounts
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import ERROR_STYLE, error_label, language_combo, push_button, set_error


def print_recovery_key(parent, document_html: str) -> bool:
    """Send the recovery key sheet to a printer (tests replace this function)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.Accepted:
        return False
    doc = QTextDocument()
    doc.setHtml(document_html)
    doc.print_(printer)
    return True


class FirstRunWizard(QWidget):
    finished = Signal(object)  # the director's Session
    language_changed = Signal(str)
    restored = Signal()  # a backup now holds the database: go to the unlock screen

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.session = None
        self.recovery_key = ""
        self.organisation = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        top = QHBoxLayout()
        title = QLabel(self.tr("Welcome: set up the shelter case manager"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title, 1)
        self.language = language_combo(self.language_changed.emit, self.tr("Language"))
        top.addWidget(self.language)
        outer.addLayout(top)
        self.step_label = QLabel()
        outer.addWidget(self.step_label)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._organisation_page())
        self.pages.addWidget(self._director_page())
        self.pages.addWidget(self._recovery_page())

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)
        self._update_buttons()

    # --- pages -----------------------------------------------------------------------

    def _row(self, form, label, widget, name):
        widget.setObjectName(name)
        err = error_label()
        err.setObjectName(name + "_error")
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(err)
        caption = QLabel(label)
        caption.setBuddy(widget)  # Alt+letter moves to the field
        form.addRow(caption, box)
        self.errors[name] = err
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.next)
        return widget

    def _organisation_page(self) -> QWidget:
        self.errors = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("This PC has no database yet. First, the organisation that keeps the records. "
                               "The code is the one the statistical returns use."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.org_code = self._row(form, self.tr("Organisation &code:"), QLineEdit(), "organisation_code")
        self.org_code.setPlaceholderText("KG-NGO-0001")
        self.org_name = self._row(form, self.tr("Organisation &name:"), QLineEdit(), "organisation_name")
        self.region = self._row(form, self.tr("&Region:"), QLineEdit(), "region")
        self.region.setPlaceholderText(self.tr("e.g. Osh"))
        layout.addLayout(form)
        layout.addSpacing(16)
        moving = QLabel(self.tr("Moving to a new PC, or the database was lost? Restore the last backup "
                                "instead of starting again."))
        moving.setWordWrap(True)
        layout.addWidget(moving)
        row = QHBoxLayout()
        self.restore_button = push_button(self.tr("Res&tore from a backup…"), "restore_backup", self.restore_backup)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def restore_backup(self) -> None:
        from PySide6.QtWidgets import QDialog

        from shelter_app.ui.restore_dialog import RestoreDialog

        if RestoreDialog(self.db_path, self).exec() == QDialog.Accepted:
            self.restored.emit()

    def _director_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Now the director's account. The director adds the other staff later. "
                               "The password must have at least {n} characters.")
                       .format(n=accounts.MIN_PASSWORD_LENGTH))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.director_name = self._row(form, self.tr("Director's full &name:"), QLineEdit(), "display_name")
        self.username = self._row(form, self.tr("&Account name (Latin letters):"), QLineEdit(), "username")
        self.username.setPlaceholderText("director")
        self.password = self._row(form, self.tr("&Password:"), QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password2 = self._row(form, self.tr("&Repeat the password:"), QLineEdit(), "password2")
        self.password2.setEchoMode(QLineEdit.Password)
        layout.addLayout(form)
        self.create_message = QLabel()
        self.create_message.setStyleSheet(ERROR_STYLE)
        self.create_message.setWordWrap(True)
        layout.addWidget(self.create_message)
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "This is the recovery key. It opens the database if every password is lost. It is shown only "
            "now and is not stored anywhere. Write it down or print it, and keep it locked away from the PC."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setBold(True)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignCenter)
        self.key_label.setStyleSheet("padding: 16px; border: 2px dashed #888; background: #fffbe6;")
        layout.addWidget(self.key_label)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fingerprint_label.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.fingerprint_label)
        row = QHBoxLayout()
        self.print_button = push_button(self.tr("&Print the recovery key…"), "print", self.print_key)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm_box = QCheckBox(self.tr("I have written down or printed the recovery key and will keep it safe."))
        self.confirm_box.setObjectName("confirm")
        self.confirm_box.toggled.connect(self._update_buttons)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        return page

    # --- navigation ----------------------------------------------------------------------

    def focus_first(self) -> None:
        [self.org_code, self.director_name, self.confirm_box][self.pages.currentIndex()].setFocus()

    def _update_buttons(self) -> None:
        step = self.pages.currentIndex()
        self.step_label.setText(self.tr("Step {n} of 3").format(n=step + 1))
        self.back_button.setVisible(step == 1)
        self.language.setEnabled(step < 2)
        if step == 0:
            self.next_button.setText(self.tr("&Next >"))
        elif step == 1:
            self.next_button.setText(self.tr("&Create the database"))
        else:
            self.next_button.setText(self.tr("&Start working"))
            self.next_button.setEnabled(self.confirm_box.isChecked())

    def _show_errors(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            set_error(label, problems.get(name, ""))

    def back(self) -> None:
        if self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
            self._update_buttons()
            self.focus_first()

    def next(self) -> None:
        step = self.pages.currentIndex()
        if step == 0:
            problems = {}
            if not self.org_code.text().strip():
                problems["organisation_code"] = self.tr("Required.")
            if not self.org_name.text().strip():
                problems["organisation_name"] = self.tr("Required.")
            self._show_errors(problems)
            if problems:
                return
            self.pages.setCurrentIndex(1)
        elif step == 1:
            if not self._create():
                return
            self.pages.setCurrentIndex(2)
        elif self.confirm_box.isChecked():
            session, self.session = self.session, None
            self.finished.emit(session)
            return
        self._update_buttons()
        self.focus_first()

    def _create(self) -> bool:
        problems = {}
        if not self.director_name.text().strip():
            problems["display_name"] = self.tr("Required.")
        if self.password.text() != self.password2.text():
            problems["password2"] = self.tr("The two passwords differ.")
        self._show_errors(problems)
        if problems:
            return False
        path, values = self.db_path, dict(
            organisation_code=self.org_code.text(), organisation_name=self.org_name.text(), region=self.region.text(),
            director=self.username.text().strip(), director_name=self.director_name.text(),
            password=self.password.text())
        try:
            # Argon2id and the new database in a worker; the session's connection is handed
            # over whole, as at the unlock screen, and from then on used on this thread only.
            self.session, self.recovery_key = tasks.run(self, lambda job: accounts.create_database(path, **values),
                                                        label=self.tr("Creating the database…"))
        except ValidationError as exc:
            shown = exc.localized_problems()
            self._show_errors(shown)
            if {"organisation_code", "organisation_name"} & set(shown):
                self.pages.setCurrentIndex(0)
                self._update_buttons()
            return False
        except ShelterError as exc:
            self.create_message.setText(exc.localized())
            return False
        self.password.clear()
        self.password2.clear()
        self.key_label.setText(self.recovery_key)
        self.fingerprint_label.setText(self._fingerprint_text())
        return True

    def _fingerprint_text(self) -> str:
        fingerprint = self.session.key_file.organisation_fingerprint if self.session is not None else None
        return self.tr("Organisation fingerprint: {fingerprint}").format(fingerprint=fingerprint or "—")

    def print_key(self) -> None:
        title = html.escape(self.tr("Recovery key"))
        org = html.escape(f"{self.org_name.text().strip()} ({self.org_code.text().strip()})")
        advice = html.escape(self.tr("Keep this sheet locked away. Whoever has it can open every record."))
        sheet = (f"<h1>{title}</h1><p>{org}</p>"
                 f"<p style='font-size:20pt; font-family:monospace'><b>{html.escape(self.recovery_key)}</b></p>"
                 f"<p style='font-family:monospace'>{html.escape(self._fingerprint_text())}</p>"
                 f"<p>{advice}</p>")
        try:
            print_recovery_key(self, sheet)
        except Exception as exc:  # noqa: BLE001 - a printer problem must not lose the key on screen
            dialogs.error(self, self.tr("Printing failed: {error}").format(error=str(exc)))

    # --- language switch keeps what was typed ---------------------------------------------

    def state(self) -> dict:
        return {"step": self.pages.currentIndex(), "org_code": self.org_code.text(), "org_name": self.org_name.text(),
                "region": self.region.text(), "director_name": self.director_name.text(),
                "username": self.username.text()}

    def restore(self, state: dict) -> None:
        self.org_code.setText(state.get("org_code", ""))
        self.org_name.setText(state.get("org_name", ""))
        self.region.setText(state.get("region", ""))
        self.director_name.setText(state.get("director_name", ""))
        self.username.setText(state.get("username", ""))
        self.pages.setCurrentIndex(min(int(state.get("step", 0)), 1))
        self._update_buttons()
