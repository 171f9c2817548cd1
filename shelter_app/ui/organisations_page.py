"""The organisations directory: the bodies residents are referred to, the
authorised bodies that identify victims, and other shelters whose card was
added for case transfers. Social workers and directors keep it; everyone
reads it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from shelter_app import codes, organisations
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui.common import CodeCombo, RowsModel, lay_out_record_dialog, rows_view, set_error, show_date


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


class OrganisationDialog(QDialog):
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
            self.name_edit.setText(organisation["name"])
            self.type_combo.set_code(organisation["organisation_type"])
            self.region_edit.setText(organisation["region"])
            self.phone_edit.setText(organisation["phone"])
            self.notes_edit.setPlainText(organisation["notes"])
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))

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


class OrganisationsPage(QWidget):
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
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

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

    def add(self) -> None:
        if OrganisationDialog(self.session, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        chosen = self.selected()
        if chosen and self.editable and OrganisationDialog(self.session, chosen, self).exec():
            self.refresh()

    def toggle_hidden(self) -> None:
        chosen = self.selected()
        if chosen:
            organisations.set_active(self.session, chosen["id"], not chosen["active"])
            self.refresh()
