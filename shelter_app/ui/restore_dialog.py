"""Restoring a backup from the app, before anyone is signed in (from the
first-run screen on a new PC, or the unlock screen): choose the file, open it
with an account and password or the recovery key, see what it holds, confirm.
The domain (backup.py) checks every byte and the database inside before the
live one is touched, and keeps a safety copy of it.

    RestoreDialog(database_path, parent).exec()  -> QDialog.Accepted when restored
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout)

from shelter_app import backup, i18n
from shelter_app.errors import ShelterError
from shelter_app.ui import dialogs
from shelter_app.ui.common import push_button


class RestoreDialog(QDialog):
    def __init__(self, database: Path | str, parent=None):
        super().__init__(parent)
        self.database = Path(database)
        self.prepared: backup.PreparedRestore | None = None
        self.result_info: backup.RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The backup is checked before anything is replaced. If a database is already on "
                               "this computer, you are asked to confirm and a safety copy of it is kept."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("backup_file")
        row.addWidget(self.file_edit, 1)
        self.browse_button = push_button(self.tr("Choose…"), "browse", self.browse)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("Backup file:"), row)
        self.use_password = QRadioButton(self.tr("Account and password"))
        self.use_password.setObjectName("use_password")
        self.use_password.setChecked(True)
        self.use_recovery = QRadioButton(self.tr("Recovery key"))
        self.use_recovery.setObjectName("use_recovery")
        choice = QHBoxLayout()
        choice.addWidget(self.use_password)
        choice.addWidget(self.use_recovery)
        choice.addStretch(1)
        form.addRow(self.tr("Open with:"), choice)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("user")
        form.addRow(self.tr("Account:"), self.user_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("recovery_key")
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_edit.setMinimumWidth(
            self.recovery_edit.fontMetrics().horizontalAdvance(self.recovery_edit.placeholderText()) + 20)
        form.addRow(self.tr("Recovery key:"), self.recovery_edit)
        layout.addLayout(form)
        self.use_password.toggled.connect(self._mode_changed)

        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.info)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = push_button(self.tr("Check the backup"), "check", self.check)
        buttons.addWidget(self.check_button)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.restore_button)
        self.cancel_button = push_button(self.tr("Cancel"), "cancel", self.reject)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self._mode_changed()
        for edit in (self.file_edit, self.user_edit, self.password_edit, self.recovery_edit):
            edit.textEdited.connect(self._forget)

    def _mode_changed(self) -> None:
        by_password = self.use_password.isChecked()
        self.user_edit.setEnabled(by_password)
        self.password_edit.setEnabled(by_password)
        self.recovery_edit.setEnabled(not by_password)
        self._forget()

    def _forget(self) -> None:
        """Anything changed: the backup must be checked again."""
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None
        self.restore_button.setEnabled(False)
        self.info.clear()

    def browse(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Choose the backup file"), self.file_edit.text(),
                                     self.tr("Backups (*{suffix})").format(suffix=backup.SUFFIX))
        if path:
            self.file_edit.setText(path)
            self._forget()

    def check(self) -> None:
        self._forget()
        if not self.file_edit.text().strip():
            dialogs.warn(self, self.tr("Choose the backup file first."))
            return
        if self.use_password.isChecked():
            creds = {"username": self.user_edit.text().strip(), "password": self.password_edit.text()}
        else:
            creds = {"recovery_key": self.recovery_edit.text()}
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.prepared = backup.prepare_restore(Path(self.file_edit.text().strip()), self.database, **creds)
        except ShelterError as exc:
            QApplication.restoreOverrideCursor()
            self.info.setText(exc.localized())
            self.info.setStyleSheet("color: #b00020;")
            return
        QApplication.restoreOverrideCursor()
        info = self.prepared.info
        self.info.setStyleSheet("")
        self.info.setText("\n".join([
            self.tr("The backup opened and passed its integrity check."),
            self.tr("Made on {date} by {user}.").format(date=i18n.format_date(info.created_at[:10]),
                                                         user=info.created_by),
            self.tr("Organisation: {name} ({code}).").format(name=info.organisation_name,
                                                              code=info.organisation_code),
            self.tr("Residents: {n}. Accounts that can sign in: {accounts}.").format(
                n=info.residents, accounts=", ".join(info.accounts)),
        ]))
        self.restore_button.setEnabled(True)

    def restore(self) -> None:
        if self.prepared is None:
            return
        if self.prepared.replaces_existing and not dialogs.confirm(
                self, self.tr("Replace the database on this computer with the one in the backup? Everything "
                              "entered since the backup was made is replaced; a safety copy of the current "
                              "database is kept beside it."),
                title=self.tr("Restore from a backup"), yes=self.tr("Replace"), no=self.tr("Cancel")):
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.result_info = self.prepared.commit()
        except ShelterError as exc:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self, exc)
            return
        finally:
            self.prepared = None
        QApplication.restoreOverrideCursor()
        text = self.tr("The backup was restored.")
        if self.result_info.safety_copy:
            text += " " + self.tr("The database as it was before is kept in {path}.").format(
                path=str(self.result_info.safety_copy))
        dialogs.info(self, text, title=self.tr("Restore from a backup"))
        self.accept()

    def done(self, result: int) -> None:
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None
        super().done(result)
