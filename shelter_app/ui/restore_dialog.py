"""Restoring a backup from the app, before anyone is signed in (from the
first-run screen on a new PC, or the unlock screen): choose the file, open it
with an account and password or the recovery key, see what it holds, confirm.
Over an existing database the account must be one of its directors (or its
recovery key); the backup may open with another account of its own; another
organisation's backup is restored only after its code is typed.
The domain (backup.py) checks every byte and the database inside before the
live one is touched, and keeps a safety copy of it.

    RestoreDialog(database_path, parent).exec()  -> QDialog.Accepted when restored
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout)

from shelter_app import backup, i18n
from shelter_app.errors import ShelterError
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import push_button


class RestoreDialog(QDialog):
    def __init__(self, database: Path | str, parent=None):
        super().__init__(parent)
        self.database = Path(database)
        self.prepared: backup.PreparedRestore | None = None
        self.result_info: backup.RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(680)  # the Kyrgyz choices and the code row fit
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The backup is checked before anything is replaced. If a database is already on "
                               "this computer, you are asked to confirm and a safety copy of it is kept."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if self.database.exists():
            over = QLabel(self.tr("A database is on this computer: restoring over it needs one of its directors "
                                  "(account and password) or its recovery key."))
            over.setObjectName("over_existing")
            over.setWordWrap(True)
            layout.addWidget(over)

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
        self.other_account = QCheckBox(self.tr("The backup opens with another account of its own"))
        self.other_account.setObjectName("other_account")
        form.addRow("", self.other_account)
        self.backup_user_edit = QLineEdit()
        self.backup_user_edit.setObjectName("backup_user")
        form.addRow(self.tr("Account in the backup:"), self.backup_user_edit)
        self.backup_password_edit = QLineEdit()
        self.backup_password_edit.setObjectName("backup_password")
        self.backup_password_edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Its password:"), self.backup_password_edit)
        self.form = form
        layout.addLayout(form)
        self.other_account.setVisible(self.database.exists())
        self.other_account.toggled.connect(self._mode_changed)
        self.use_password.toggled.connect(self._mode_changed)

        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.info)
        code_row = QHBoxLayout()
        self.code_label = QLabel(self.tr("Type the backup's organisation code to confirm:"))
        self.code_label.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("confirm_code")
        self.code_edit.setMinimumWidth(180)
        self.code_edit.textChanged.connect(self._code_changed)
        code_row.addWidget(self.code_label, 1)
        code_row.addWidget(self.code_edit)
        layout.addLayout(code_row)

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
        for edit in (self.file_edit, self.user_edit, self.password_edit, self.recovery_edit, self.backup_user_edit,
                     self.backup_password_edit):
            edit.textEdited.connect(self._forget)

    def _mode_changed(self) -> None:
        by_password = self.use_password.isChecked()
        self.user_edit.setEnabled(by_password)
        self.password_edit.setEnabled(by_password)
        self.recovery_edit.setEnabled(not by_password)
        other = self.other_account.isChecked() and self.database.exists()
        for edit in (self.backup_user_edit, self.backup_password_edit):
            edit.setVisible(other)
            self.form.labelForField(edit).setVisible(other)
        self._forget()

    def _forget(self) -> None:
        """Anything changed: the backup must be checked again."""
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None
        self.restore_button.setEnabled(False)
        self.info.clear()
        self.code_label.setVisible(False)
        self.code_edit.setVisible(False)
        self.code_edit.clear()

    def _code_changed(self) -> None:
        if self.prepared is not None:
            self.restore_button.setEnabled(self.prepared.code_confirmed(self.code_edit.text()))

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
        if self.other_account.isChecked() and self.database.exists():
            creds.update(backup_username=self.backup_user_edit.text().strip(),
                         backup_password=self.backup_password_edit.text())
        source, database = Path(self.file_edit.text().strip()), self.database
        try:
            self.prepared = tasks.run(self, lambda job: backup.prepare_restore(source, database, **creds),
                                      label=self.tr("Opening the backup and checking it…"))
        except ShelterError as exc:
            self.info.setText(exc.localized())
            self.info.setStyleSheet("color: #b00020;")
            return
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
        ] + self._replaced_lines()))
        if self.prepared.other_organisation:
            self.code_label.setText(self.tr("This backup is of another organisation ({name}). Type its code to "
                                            "restore it over this one:").format(name=info.organisation_name))
            self.code_label.setVisible(True)
            self.code_edit.setVisible(True)
            self.code_edit.setFocus()
            self.restore_button.setEnabled(False)
        else:
            self.restore_button.setEnabled(True)

    def _replaced_lines(self) -> list[str]:
        replaced = self.prepared.replaced if self.prepared else None
        if replaced is None:
            return []
        return [self.tr("The database on this computer has {residents} residents and {entries} audit log entries "
                        "that are not in the backup: they will be replaced.").format(
            residents=replaced.residents_beyond, entries=replaced.audit_entries_beyond)]

    def restore(self) -> None:
        if self.prepared is None:
            return
        if self.prepared.replaces_existing and not dialogs.confirm(
                self, self.tr("Replace the database on this computer with the one in the backup? Everything "
                              "entered since the backup was made is replaced; a safety copy of the current "
                              "database is kept beside it."),
                title=self.tr("Restore from a backup"), yes=self.tr("Replace"), no=self.tr("Cancel")):
            return
        prepared = self.prepared
        try:
            code = self.code_edit.text()
            self.result_info = tasks.run(self, lambda job: prepared.commit(code),
                                         label=self.tr("Restoring the backup…"))
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        finally:
            self.prepared = None
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
