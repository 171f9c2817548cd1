"""Staff accounts in Settings: everyone changes their own password; a director
adds accounts, resets a forgotten password and removes the account of someone
who has left (the database is then re-keyed: security.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout,
                               QWidget)

from shelter_app import accounts, codes
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.extensions import UnsavedWork
from shelter_app.ui.common import CodeCombo, RowsModel, error_label, push_button, rows_view, set_error, show_date


class AccountsModel(RowsModel):
    USERNAME, NAME, ROLE, SINCE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Account"), self.tr("Name"), self.tr("Role"), self.tr("Since")]

    def set_rows(self, rows) -> None:
        super().set_rows(r for r in rows if r.get("active", 1))

    def data(self, index, role=Qt.DisplayRole):
        row = self.row_at(index)
        if row is None or role != Qt.DisplayRole:
            return None
        return [row["username"], row["display_name"], codes.ROLE.label(row["role"]),
                show_date(str(row["created_at"])[:10])][index.column()]


def _password_pair(form: QFormLayout, first: str, second: str):
    a, b = QLineEdit(), QLineEdit()
    a.setEchoMode(QLineEdit.Password)
    b.setEchoMode(QLineEdit.Password)
    form.addRow(first, a)
    form.addRow(second, b)
    return a, b


class AccountsBox(UnsavedWork, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        own = QGroupBox(self.tr("My password"))
        f = QFormLayout(own)
        self.current = QLineEdit()
        self.current.setObjectName("current_password")
        self.current.setEchoMode(QLineEdit.Password)
        f.addRow(self.tr("Current password:"), self.current)
        self.new1, self.new2 = _password_pair(f, self.tr("New password:"), self.tr("Repeat the new password:"))
        self.own_message = error_label()
        self.change_button = push_button(self.tr("Change my password"), "change_password", self.change_own)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addWidget(self.own_message, 1)
        row.addStretch(1)
        f.addRow("", row)
        own.setVisible(session.user.username != "recovery")
        layout.addWidget(own)

        self.manage = QGroupBox(self.tr("Staff accounts (director)"))
        self.manage.setVisible(session.can(Permission.MANAGE_ACCOUNTS))
        m = QVBoxLayout(self.manage)
        self.model = AccountsModel(self)
        self.table = rows_view(self.model, "accounts", single=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        # At least six accounts in view (a shelter has about that many staff).
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + 6 * self.table.verticalHeader().defaultSectionSize() + 6)
        m.addWidget(self.table)
        buttons = QHBoxLayout()
        self.remove_button = push_button(self.tr("Remove the selected account…"), "remove_account", self.remove)
        buttons.addWidget(self.remove_button)
        self.reset_button = push_button(self.tr("Set a new password for the selected account…"), "reset_password",
                                        self.reset)
        buttons.addWidget(self.reset_button)
        self.recovery_button = push_button(self.tr("New recovery key…"), "new_recovery_key", self.new_recovery_key)
        self.recovery_button.setToolTip(self.tr("Replace the recovery key when someone who may have seen the "
                                                "printed sheet has left: the old key opens nothing afterwards."))
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        m.addLayout(buttons)

        add = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("new_username")
        self.username.setPlaceholderText("aigul")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("new_display_name")
        self.role = CodeCombo(codes.ROLE)
        self.role.setObjectName("new_role")
        self.role.set_code("social_worker")
        self.field_errors = {name: error_label() for name in ("username", "display_name", "password", "repeat")}
        for name, label in self.field_errors.items():
            label.setObjectName(name + "_error")

        def with_error(widget, name):
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.field_errors[name])
            return box

        add.addRow(self.tr("Account name (Latin letters):"), with_error(self.username, "username"))
        add.addRow(self.tr("Full name:"), with_error(self.display_name, "display_name"))
        add.addRow(self.tr("Role:"), self.role)
        self.pass1, self.pass2 = QLineEdit(), QLineEdit()
        self.pass1.setEchoMode(QLineEdit.Password)
        self.pass2.setEchoMode(QLineEdit.Password)
        add.addRow(self.tr("Password:"), with_error(self.pass1, "password"))
        add.addRow(self.tr("Repeat the password:"), with_error(self.pass2, "repeat"))
        self.add_message = error_label()
        self.add_button = push_button(self.tr("Add the account"), "add_account", self.add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.add_message, 1)
        row.addStretch(1)
        add.addRow("", row)
        m.addLayout(add)
        layout.addWidget(self.manage)
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed or not self.session.can(Permission.MANAGE_ACCOUNTS):
            return
        self.model.set_rows(accounts.list_accounts(self.session))

    def _apart(self, action, label: str):
        # Key derivation and re-encryption in a worker; the key file and the swap here (tasks.run_apart).
        return tasks.run_apart(self, action, label=label)

    # --- unsaved work (extensions.UnsavedWork); passwords are never kept across a lock ---
    def _own_typed(self) -> bool:
        return any(edit.text() for edit in (self.current, self.new1, self.new2))

    def _new_account_typed(self) -> bool:
        return self.manage.isVisibleTo(self) and bool(self.username.text().strip() or self.display_name.text().strip())

    def has_unsaved_work(self) -> bool:
        return self._own_typed() or self._new_account_typed()

    def unsaved_work(self) -> list[str]:
        items = []
        if self._own_typed():
            items.append(self.tr("My password: the change is not made"))
        if self._new_account_typed():
            items.append(self.tr("Staff accounts: the account {username} is not added").format(
                username=self.username.text().strip()))
        return items

    def save_work(self) -> bool:
        if self._own_typed() and not self.change_own():
            return False
        return not self._new_account_typed() or self.add()

    def discard_work(self) -> None:
        for edit in (self.current, self.new1, self.new2, self.username, self.display_name, self.pass1, self.pass2):
            edit.clear()
        set_error(self.own_message, "")
        set_error(self.add_message, "")

    def lock_state(self) -> dict | None:
        if not self._new_account_typed():
            return None
        return {"username": self.username.text(), "display_name": self.display_name.text(), "role": self.role.code()}

    def restore_state(self, state: dict) -> None:
        self.username.setText(state.get("username", ""))
        self.display_name.setText(state.get("display_name", ""))
        self.role.set_code(state.get("role"))

    def change_own(self) -> bool:
        set_error(self.own_message, "")
        if self.new1.text() != self.new2.text():
            set_error(self.own_message, self.tr("The two passwords differ."))
            return False
        try:
            self._apart(lambda: accounts.change_own_password(self.session, self.current.text(), self.new1.text()),
                        self.tr("Changing your password…"))
        except ShelterError as exc:
            set_error(self.own_message, exc.localized_problems().get("password", exc.localized())
                      if isinstance(exc, ValidationError) else exc.localized())
            return False
        for edit in (self.current, self.new1, self.new2):
            edit.clear()
        dialogs.info(self, self.tr("Your password is changed. Use the new one from now on."))
        return True

    def add(self) -> bool:
        """Every problem of the form at once, each beside its field; then the account."""
        set_error(self.add_message, "")
        username, name = self.username.text().strip(), self.display_name.text()
        problems: dict[str, str] = {}
        try:
            accounts.validate_new_account(username, name, self.role.code(), self.pass1.text())
        except ValidationError as exc:
            problems.update(exc.localized_problems())
        if self.pass1.text() != self.pass2.text():
            problems["repeat"] = self.tr("The two passwords differ.")
        for field, label in self.field_errors.items():
            set_error(label, problems.get(field, ""))
        if problems:
            return False
        try:
            self._apart(lambda: accounts.add_account(self.session, username, name, self.role.code(),
                                                     self.pass1.text()),
                        self.tr("Adding the account…"))
        except ShelterError as exc:
            set_error(self.add_message, exc.localized())
            return False
        for edit in (self.username, self.display_name, self.pass1, self.pass2):
            edit.clear()
        self.refresh()
        dialogs.info(self, self.tr("The account {username} ({name}) is added: they can sign in now.").format(
            username=username, name=name.strip()), title=self.tr("Account added"))
        return True

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def remove(self) -> None:
        row = self._selected()
        if row is None:
            dialogs.info(self, self.tr("Select an account in the list first."))
            return
        if not dialogs.confirm(self, self.tr("Remove the account {username} ({name})? The database is then "
                                             "re-encrypted so that a copy of the old key file opens nothing new.")
                               .format(username=row["username"], name=row["display_name"]),
                               yes=self.tr("Remove the account"), no=self.tr("Keep it")):
            return
        try:
            self._apart(lambda: accounts.remove_account(self.session, row["username"]),
                        self.tr("Removing the account and re-encrypting the database…"))
        except ShelterError as exc:
            dialogs.error(self, exc.localized())
            return
        self.refresh()

    def new_recovery_key(self) -> None:
        """Replace the recovery key; the new one is shown once."""
        if not dialogs.confirm(self, self.tr("Make a new recovery key? The database is re-encrypted and the printed "
                                             "key opens nothing afterwards. Have paper ready: the new key is shown "
                                             "only once."),
                               yes=self.tr("Make a new key"), no=self.tr("Cancel")):
            return
        try:
            key = self._apart(lambda: accounts.new_recovery_key(self.session),
                              self.tr("Making the new recovery key and re-encrypting the database…"))
        except ShelterError as exc:
            dialogs.error(self, exc.localized())
            return
        fingerprint = self.session.key_file.organisation_fingerprint or "—"
        dialogs.info(self, self.tr("The new recovery key, shown only now. Write it down and keep it locked away:")
                     + "\n\n" + key + "\n\n"
                     + self.tr("Organisation fingerprint: {fingerprint}").format(fingerprint=fingerprint),
                     title=self.tr("New recovery key"))

    def reset(self) -> None:
        """A director (or the recovery key) sets a new password for someone who forgot theirs."""
        row = self._selected()
        if row is None:
            dialogs.info(self, self.tr("Select an account in the list first."))
            return
        set_error(self.add_message, "")
        if not self.pass1.text():
            set_error(self.add_message, self.tr("Type the new password in the two password fields below first."))
            self.pass1.setFocus()
            return
        if self.pass1.text() != self.pass2.text():
            set_error(self.add_message, self.tr("The two passwords differ."))
            return
        try:
            self._apart(lambda: accounts.reset_password(self.session, row["username"], self.pass1.text()),
                        self.tr("Setting the new password…"))
        except ShelterError as exc:
            set_error(self.add_message, exc.localized_problems().get("password", exc.localized())
                      if isinstance(exc, ValidationError) else exc.localized())
            return
        self.pass1.clear()
        self.pass2.clear()
        dialogs.info(self, self.tr("The password of {username} is changed.").format(username=row["username"]))
