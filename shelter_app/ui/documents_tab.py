"""The Documents and contacts tab: identity documents (who holds each one
now, a replacement requested) and family or other contacts, a contact not
safe to contact shown in red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout,
                               QWidget)

from shelter_app import casefile, codes
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs
from shelter_app.ui.common import (CodeCombo, CountryCombo, RowsModel, edit_date, error_label, lay_out_record_dialog,
                                   push_button, rows_view, set_error, show_date)
from shelter_app.ui.contact_combo import UNSAFE_COLOUR
from shelter_app.ui.extensions import RecordTab, UnsavedDialog


class DocumentsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Document"), self.tr("Number"), self.tr("Issued by"), self.tr("Valid until"),
                self.tr("Held by"), self.tr("Replacement requested")]

    def data(self, index, role=Qt.DisplayRole):
        doc = self.row_at(index)
        if doc is None or role != Qt.DisplayRole:
            return None
        return [codes.DOCUMENT_TYPE.label(doc["document_type"]), doc["number"], doc["issuing_country"] or "",
                show_date(doc["expiry_date"]) if doc["expiry_date"] else "",
                codes.DOCUMENT_HOLDER.label(doc["holder"]) if doc["holder"] else "",
                show_date(doc["replacement_requested_on"]) if doc["replacement_requested_on"] else ""][index.column()]


class ContactsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Place"), self.tr("Safe to contact")]

    def data(self, index, role=Qt.DisplayRole):
        contact = self.row_at(index)
        if contact is None:
            return None
        if role == Qt.ForegroundRole:
            return QBrush(UNSAFE_COLOUR) if contact["safe_to_contact"] == "no" else None
        if role != Qt.DisplayRole:
            return None
        return [contact["name"], contact["relation"], contact["phone"], contact["place"],
                codes.SAFE_TO_CONTACT.label(contact["safe_to_contact"])][index.column()]


class _RecordDialog(UnsavedDialog):
    fields: dict

    def _row(self, form: QFormLayout, name: str, label: str, widget) -> None:
        widget.setObjectName(name)
        err = error_label()
        self.fields[name] = (widget, err)
        form.addRow(label, widget)
        form.addRow("", err)

    def show_problems(self, problems: dict) -> None:
        for name, (_w, err) in self.fields.items():
            set_error(err, problems.get(name, ""))

    def set_values(self, values: dict) -> None:
        for name, value in values.items():
            widget = self.fields[name][0]
            if hasattr(widget, "set_code"):
                widget.set_code(value)
            else:
                widget.setText(value or "")


class DocumentDialog(_RecordDialog):
    def __init__(self, doc: dict | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identity document"))
        self.fields = {}
        form = QFormLayout()
        self._row(form, "document_type", self.tr("Document:"),
                  CodeCombo(codes.DOCUMENT_TYPE, blank=self.tr("— choose —")))
        self._row(form, "number", self.tr("Number:"), QLineEdit())
        self._row(form, "issuing_country", self.tr("Issuing country:"), CountryCombo(codes.COMMON_COUNTRIES))
        self._row(form, "expiry_date", self.tr("Valid until:"), QLineEdit())
        self._row(form, "holder", self.tr("Held by now:"),
                  CodeCombo(codes.DOCUMENT_HOLDER, blank=self.tr("— not known —")))
        self._row(form, "replacement_requested_on", self.tr("Replacement requested on:"), QLineEdit())
        self._row(form, "notes", self.tr("Notes:"), QLineEdit())
        for name in ("expiry_date", "replacement_requested_on"):
            self.fields[name][0].setPlaceholderText(self.tr("dd.mm.yyyy"))
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        doc = doc or {}
        self.fields["document_type"][0].set_code(doc.get("document_type"))
        self.fields["number"][0].setText(doc.get("number") or "")
        self.fields["issuing_country"][0].set_code(doc.get("issuing_country"))
        self.fields["expiry_date"][0].setText(edit_date(doc.get("expiry_date")))
        self.fields["holder"][0].set_code(doc.get("holder"))
        self.fields["replacement_requested_on"][0].setText(edit_date(doc.get("replacement_requested_on")))
        self.fields["notes"][0].setText(doc.get("notes") or "")
        self.on_save = None
        self.mark_clean()

    def values(self) -> dict:
        f = self.fields
        return {"document_type": f["document_type"][0].code(), "number": f["number"][0].text(),
                "issuing_country": f["issuing_country"][0].code(), "expiry_date": f["expiry_date"][0].text(),
                "holder": f["holder"][0].code(), "notes": f["notes"][0].text(),
                "replacement_requested_on": f["replacement_requested_on"][0].text()}

    def save(self) -> None:
        _save(self)


class ContactDialog(_RecordDialog):
    def __init__(self, contact: dict | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact"))
        self.fields = {}
        form = QFormLayout()
        self._row(form, "name", self.tr("Name:"), QLineEdit())
        self._row(form, "relation", self.tr("Relation:"), QLineEdit())
        self._row(form, "phone", self.tr("Phone:"), QLineEdit())
        self._row(form, "place", self.tr("Where they live:"), QLineEdit())
        self._row(form, "safe_to_contact", self.tr("Safe to contact:"), CodeCombo(codes.SAFE_TO_CONTACT))
        self._row(form, "notes", self.tr("Notes:"), QLineEdit())
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        contact = contact or {}
        for name in ("name", "relation", "phone", "place", "notes"):
            self.fields[name][0].setText(contact.get(name) or "")
        self.fields["safe_to_contact"][0].set_code(contact.get("safe_to_contact") or "unknown")
        self.on_save = None
        self.mark_clean()

    def values(self) -> dict:
        f = self.fields
        return {"name": f["name"][0].text(), "relation": f["relation"][0].text(), "phone": f["phone"][0].text(),
                "place": f["place"][0].text(), "safe_to_contact": f["safe_to_contact"][0].code(),
                "notes": f["notes"][0].text()}

    def save(self) -> None:
        _save(self)


def _save(dialog) -> None:
    try:
        dialog.on_save(dialog.values())
    except ValidationError as exc:
        dialog.show_problems(exc.localized_problems())
        set_error(dialog.error, "")
        return
    except ShelterError as exc:
        set_error(dialog.error, exc.localized())
        return
    dialog.accept()


class DocumentsTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("DocumentsTab", "Documents and c&ontacts")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        can = session.can(Permission.EDIT_RESIDENTS)
        layout = QHBoxLayout(self)
        group = QGroupBox(self.tr("Identity documents"))
        v = QVBoxLayout(group)
        self.documents = DocumentsModel(self)
        self.documents_view = rows_view(self.documents, "documents", single=True)
        self.documents_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.documents_view.doubleClicked.connect(lambda _i: self.edit_document())
        v.addWidget(self.documents_view, 1)
        row = QHBoxLayout()
        self.add_document_button = push_button(self.tr("Add document…"), "add_document",
                                               lambda: self.edit_document(True))
        self.edit_document_button = push_button(self.tr("Change…"), "edit_document", self.edit_document)
        self.delete_document_button = push_button(self.tr("Delete"), "delete_document", self.delete_document)
        for b in (self.add_document_button, self.edit_document_button, self.delete_document_button):
            b.setEnabled(can)
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        layout.addWidget(group, 1)

        group = QGroupBox(self.tr("Contacts"))
        v = QVBoxLayout(group)
        self.contacts = ContactsModel(self)
        self.contacts_view = rows_view(self.contacts, "contacts", single=True)
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.contacts_view.doubleClicked.connect(lambda _i: self.edit_contact())
        v.addWidget(self.contacts_view, 1)
        row = QHBoxLayout()
        self.add_contact_button = push_button(self.tr("Add contact…"), "add_contact", lambda: self.edit_contact(True))
        self.edit_contact_button = push_button(self.tr("Change…"), "edit_contact", self.edit_contact)
        self.delete_contact_button = push_button(self.tr("Delete"), "delete_contact", self.delete_contact)
        for b in (self.add_contact_button, self.edit_contact_button, self.delete_contact_button):
            b.setEnabled(can)
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        layout.addWidget(group, 1)
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        self.documents.set_rows(casefile.documents(self.session, self.resident_id))
        self.contacts.set_rows(casefile.contacts(self.session, self.resident_id))

    def _current(self, view, model):
        index = view.currentIndex()
        return model.row_at(model.index(index.row(), 0)) if index.isValid() else None

    def _run(self, dialog, on_save, reopen: dict, values: dict | None) -> bool:
        dialog.on_save = on_save
        if values:
            dialog.set_values(values)
        accepted = self.exec_dialog(dialog, reopen)
        if accepted:
            self.refresh()
            self.changed.emit()
        return accepted

    def edit_document(self, new: bool = False, values: dict | None = None) -> bool:
        doc = None if new else self._current(self.documents_view, self.documents)
        if not new and doc is None:
            return False
        return self._run(DocumentDialog(doc, self), lambda typed: casefile.save_document(
            self.session, self.resident_id, typed, doc["id"] if doc else None),
            {"kind": "document", "id": doc["id"] if doc else None}, values)

    def edit_contact(self, new: bool = False, values: dict | None = None) -> bool:
        contact = None if new else self._current(self.contacts_view, self.contacts)
        if not new and contact is None:
            return False
        return self._run(ContactDialog(contact, self), lambda typed: casefile.save_contact(
            self.session, self.resident_id, typed, contact["id"] if contact else None),
            {"kind": "contact", "id": contact["id"] if contact else None}, values)

    # --- unsaved work: what is typed lives in the dialogs, kept across auto-lock ---
    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if self.session.closed:
            return
        document = reopen.get("kind") == "document"
        view, model = (self.documents_view, self.documents) if document else (self.contacts_view, self.contacts)
        if reopen.get("id") is not None:
            row = next((r for r, shown in enumerate(model.rows) if shown["id"] == reopen["id"]), -1)
            if row < 0:
                return  # deleted meanwhile
            view.setCurrentIndex(model.index(row, 0))
        (self.edit_document if document else self.edit_contact)(reopen.get("id") is None, values)

    def delete_document(self) -> bool:
        doc = self._current(self.documents_view, self.documents)
        if doc is None or not dialogs.confirm(self, self.tr("Delete this identity document from the record?"),
                                              yes=self.tr("Delete"), no=self.tr("Cancel")):
            return False
        casefile.delete_document(self.session, doc["id"])
        self.refresh()
        return True

    def delete_contact(self) -> bool:
        contact = self._current(self.contacts_view, self.contacts)
        if contact is None or not dialogs.confirm(self, self.tr("Delete this contact from the record?"),
                                                  yes=self.tr("Delete"), no=self.tr("Cancel")):
            return False
        casefile.delete_contact(self.session, contact["id"])
        self.refresh()
        return True
