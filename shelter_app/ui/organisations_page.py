"""The organisations directory: the bodies residents are referred to, the
authorised bodies that identify victims, and other shelters whose card was
added for case transfers. Social workers and directors keep it; everyone
reads it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app import codes, organisations
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui.common import (
    CodeCombo,
    RowsModel,
    lay_out_record_dialog,
    rows_view,
    set_error,
    show_date,
)
from shelter_app.ui.extensions import Page, UnsavedDialog


class OrganisationsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Type"), self.tr("Region"), self.tr("Phone"), self.tr("Organisation card")]

    def data(self, index, role=Qt.DisplayRole):
        org = self.row_at(index)
        if org is None or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        col = index.column()
        if col == 0:
            return org["name"] + ("" if org["active"] else " " + self.tr("(hidden)"))
        if col == 1:
            return codes.ORGANISATION_TYPE.label(org["organisation_type"])
        if col == 2:
            return org["region"]
        if col == 3:
            return org["phone"]
        if col == 4:
            if not org.get("fingerprint"):
                return ""
            checked = org.get("fingerprint_checked_at")
            text = f"{org.get('code') or ''} · {org['fingerprint']}"
            return text + (" · " + self.tr("checked {date}").format(date=show_date(checked[:10])) if checked else "")
        return None


class OrganisationDialog(UnsavedDialog):
    def __init__(self, session, organisation: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.organisation = organisation
        self.new_id: int | None = None
        self.setWindowTitle(self.tr("Organisation") if organisation else self.tr("New organisation"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.type_combo = CodeCombo(codes.ORGANISATION_TYPE, blank="")
        self.type_combo.setObjectName("organisation_type")
        self.region_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(70)
        self.labels = {"name": self.tr("Name"), "organisation_type": self.tr("Type"), "region": self.tr("Region"),
                       "phone": self.tr("Phone"), "notes": self.tr("Notes")}
        form = QFormLayout()
        form.addRow(self.labels["name"], self.name_edit)
        form.addRow(self.labels["organisation_type"], self.type_combo)
        form.addRow(self.labels["region"], self.region_edit)
        form.addRow(self.labels["phone"], self.phone_edit)
        form.addRow(self.labels["notes"], self.notes_edit)
        if organisation:
            self.set_values(organisation)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.name_edit.setText(values.get("name") or "")
        self.type_combo.set_code(values.get("organisation_type"))
        self.region_edit.setText(values.get("region") or "")
        self.phone_edit.setText(values.get("phone") or "")
        self.notes_edit.setPlainText(values.get("notes") or "")

    def values(self) -> dict:
        return {"name": self.name_edit.text(), "organisation_type": self.type_combo.code(),
                "region": self.region_edit.text(), "phone": self.phone_edit.text(),
                "notes": self.notes_edit.toPlainText()}

    def save(self) -> None:
        try:
            if self.organisation:
                organisations.update_organisation(self.session, self.organisation["id"], self.values())
            else:
                self.new_id = organisations.add_organisation(self.session, self.values())
        except ValidationError as exc:
            set_error(self.error, "\n".join(f"{self.labels.get(f, f)}: {m}"
                                            for f, m in exc.localized_problems().items()))
            return
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class OrganisationsPage(Page, QWidget):
    open_resident = Signal(int)
    imported = Signal(int)
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("OrganisationsPage", "Organisations")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.editable = session.can(Permission.MANAGE_DIRECTORY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        intro = QLabel(self.tr("Organisations residents are referred to, bodies that identify victims, and "
                               "shelters that exchange cases with this one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = OrganisationsModel(self)
        self.table = rows_view(self.model, "organisations", single=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add_organisation")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_organisation")
        self.hide_button = QPushButton(self.tr("Hide from the lists"))
        self.hide_button.setObjectName("hide_organisation")
        self.show_hidden = QCheckBox(self.tr("Show hidden"))
        self.show_hidden.toggled.connect(self.refresh)
        for b, slot in ((self.add_button, self.add), (self.edit_button, self.edit),
                        (self.hide_button, self.toggle_hidden)):
            b.clicked.connect(slot)
            b.setVisible(self.editable)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.show_hidden)
        layout.addLayout(row)
        if session.can(Permission.TRANSFER_CASES):
            from shelter_app.ui.common import push_button

            cards = QHBoxLayout()
            self.save_card_button = push_button(self.tr("Save our organisation card…"), "save_card", self.save_card)
            self.add_card_button = push_button(self.tr("Add another organisation's card…"), "add_card",
                                               self.add_card)
            self.receive_button = push_button(self.tr("Receive a case transfer…"), "receive_transfer",
                                              self.receive_transfer)
            for b in (self.save_card_button, self.add_card_button, self.receive_button):
                cards.addWidget(b)
            cards.addStretch(1)
            layout.addLayout(cards)
            self.imported.connect(self.open_resident)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def save_card(self) -> None:
        from shelter_app import transfers
        from shelter_app.ui import dialogs

        path = dialogs.ask_save_path(self, self.tr("Save our organisation card"), "organisation-card.json",
                                     "JSON (*.json)", "json")
        if not path:
            return
        try:
            card = transfers.save_card(self.session, path)
        except (ShelterError, OSError) as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.info(self, self.tr("Saved. Read this fingerprint aloud to the other organisation by phone: {fingerprint}")
                     .format(fingerprint=card["fingerprint"]))

    def add_card(self) -> None:
        from shelter_app import transfers
        from shelter_app.ui import dialogs

        path = dialogs.ask_open_path(self, self.tr("Add another organisation's card"), "", "JSON (*.json)")
        if not path:
            return
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read(100_000)
            card = transfers.read_card(text)
            checked = dialogs.confirm(self, self.tr(
                "Card of {name} ({code}).\n\nFingerprint: {fingerprint}\n\nDid you read this fingerprint aloud with them "
                "by phone, and does it match theirs?").format(name=card["name"], code=card["code"],
                                                              fingerprint=card["fingerprint"]),
                yes=self.tr("Yes, we checked it"), no=self.tr("No"))
            if not checked:
                return
            transfers.add_card(self.session, text, fingerprint_checked=True)
        except (ShelterError, OSError, UnicodeDecodeError) as exc:
            dialogs.show_error(self, exc) if isinstance(exc, ShelterError) else dialogs.error(self, str(exc))
            return
        self.refresh()

    def receive_transfer(self) -> None:
        from shelter_app import transfers
        from shelter_app.ui import dialogs, tasks

        path = dialogs.ask_open_path(self, self.tr("Receive a case transfer"), "",
                                     self.tr("Case transfers") + " (*.sheltertransfer)")
        if not path:
            return

        def open_and_preview(job):  # read, checked and decrypted once: the import writes what is shown
            received = transfers.open_file(job.session, path)
            job.check()
            return received, transfers.preview(job.session, received)

        try:
            received, seen = tasks.run(self, open_and_preview, session=self.session, cancellable=True,
                                       label=self.tr("Opening the transfer file…"))
            name = seen["their_case_number"] if self.session.privacy_mode else seen["full_name"]
            text = self.tr("From {sender} ({code}), their case {case_number}: {name}.\nIncludes: {parts}; services "
                           "{services}, legal cases {cases}.").format(
                sender=seen["sender"], code=seen["sender_code"], case_number=seen["their_case_number"], name=name,
                parts=", ".join(seen["sections"]) or "-", services=seen["services"], cases=seen["legal_cases"])
            if seen["possible_duplicates"]:
                text += "\n\n" + self.tr("Possibly already here as: {cases}.").format(
                    cases=", ".join(seen["possible_duplicates"]))
            if not dialogs.confirm(self, text + "\n\n" + self.tr("Import this case as a new resident?"),
                                   yes=self.tr("Import"), no=self.tr("Cancel")):
                return
            got = tasks.run(self, lambda job: transfers.import_file(job.session, received, progress=job.progress),
                            session=self.session, cancellable=True, label=self.tr("Importing the case…"))
        except tasks.Cancelled:
            return
        except (ShelterError, OSError) as exc:
            dialogs.show_error(self, exc) if isinstance(exc, ShelterError) else dialogs.error(self, str(exc))
            return
        dialogs.info(self, self.tr("Imported as {case_number}.").format(case_number=got["case_number"]))
        self.imported.emit(got["resident_id"])

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.hide_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.hide_button.setText(self.tr("Hide from the lists") if chosen["active"] else self.tr("Show again"))

    def refresh(self) -> None:
        if self.session.closed:
            return
        self.model.set_rows(organisations.list_organisations(self.session,
                                                             include_inactive=self.show_hidden.isChecked()))
        self._enable()

    def _open(self, reopen: dict, values: dict | None = None) -> None:
        chosen = None
        if reopen.get("id"):
            chosen = next((o for o in self.model.rows if o["id"] == reopen["id"]), None)
            if chosen is None:
                return
        dialog = OrganisationDialog(self.session, chosen, self)
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, reopen):
            self.refresh()

    def add(self) -> None:
        self._open({"kind": "organisation"})

    def edit(self) -> None:
        chosen = self.selected()
        if chosen and self.editable:
            self._open({"kind": "organisation", "id": chosen["id"]})

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if not self.session.closed:
            self._open(reopen, values)

    def toggle_hidden(self) -> None:
        chosen = self.selected()
        if chosen:
            organisations.set_active(self.session, chosen["id"], not chosen["active"])
            self.refresh()

