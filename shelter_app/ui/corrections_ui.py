"""A director's corrections from a resident's record: merge another record of
the same person into this one, choosing field by field which value to keep,
and delete a record created by mistake (within 7 days)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from shelter_app import corrections, i18n, residents
from shelter_app.errors import ShelterError
from shelter_app.i18n import translate
from shelter_app.ui import dialogs
from shelter_app.ui.common import error_label, push_button, set_error
from shelter_app.ui.extensions import UnsavedDialog, ask_to_settle


def correct_button(record) -> QPushButton:
    button = QPushButton(translate("Corrections", "Correct…"))
    button.setObjectName("correct_record")
    button.setToolTip(translate("Corrections",
                                "Merge two records of the same person, or delete a record created by mistake"))
    menu = QMenu(button)
    record.merge_action = menu.addAction(translate("Corrections", "Merge another record of this person into this one…"))
    record.merge_action.triggered.connect(lambda: merge_into(record))
    record.delete_action = menu.addAction(translate("Corrections", "Delete this record (created by mistake)…"))
    record.delete_action.triggered.connect(lambda: delete_mistaken(record))
    button.setMenu(menu)
    return button


def _value_text(field: str, value) -> str:
    from shelter_app.printing.resident_record_pdf import value_text

    return value_text("residents", field, value)


class MergeDialog(UnsavedDialog):
    """Find the other record by its case number, tick the values to take from it,
    merge. Esc and Cancel ask before dropping a case number typed or values ticked."""

    def __init__(self, session, kept_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.kept_id = kept_id
        self.preview = None
        self.merged = False
        self.setWindowTitle(self.tr("Merge two records of the same person"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Everything recorded on the other record (stays, plans, services, legal "
                                        "cases, notes, attachments, documents, contacts) moves to this one. The "
                                        "other record keeps only its case number, which then opens this record.")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Case number of the other record:")))
        self.other = QLineEdit()
        self.other.setObjectName("other_case_number")
        row.addWidget(self.other)
        self.find_button = push_button(self.tr("Compare"), "compare", self.compare)
        row.addWidget(self.find_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("merge_fields")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This record (kept)"),
                                              self.tr("Other record — tick to take its value")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.merge_button = push_button(self.tr("Merge"), "merge", self.merge)
        self.merge_button.setEnabled(False)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(push_button(self.tr("Cancel"), "cancel", self.reject))
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.mark_clean()

    def values(self) -> dict:
        return {"other": self.other.text(), "chosen": self.chosen()}

    def set_values(self, values: dict) -> None:
        self.other.setText(values.get("other", ""))
        if values.get("chosen") and self.compare():
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(Qt.UserRole) in values["chosen"]:
                    self.table.item(row, 2).setCheckState(Qt.Checked)

    def save(self) -> None:
        self.merge()

    def compare(self) -> bool:
        set_error(self.error, "")
        try:
            other = residents.find(self.session, self.other.text())
            self.preview = corrections.merge_preview(self.session, self.kept_id, other["id"])
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            self.preview = None
            self.merge_button.setEnabled(False)
            return False
        fields = self.preview["differ"]
        self.table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            name = QTableWidgetItem(i18n.field_label(field))
            name.setData(Qt.UserRole, field)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(_value_text(field, self.preview["kept"].get(field))))
            theirs = QTableWidgetItem(_value_text(field, self.preview["other"].get(field)))
            theirs.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            theirs.setCheckState(Qt.Unchecked)
            self.table.setItem(row, 2, theirs)
        self.merge_button.setEnabled(True)
        return True

    def chosen(self) -> list[str]:
        return [self.table.item(r, 0).data(Qt.UserRole) for r in range(self.table.rowCount())
                if self.table.item(r, 2).checkState() == Qt.Checked]

    def merge(self) -> bool:
        if self.preview is None:
            return False
        other = self.preview["other"]
        if not dialogs.confirm(self, self.tr("Merge record {other} into {kept}? This cannot be undone.").format(
                other=other["case_number"], kept=self.preview["kept"]["case_number"]),
                yes=self.tr("Merge"), no=self.tr("Cancel")):
            return False
        try:
            corrections.merge(self.session, self.kept_id, other["id"], self.chosen())
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return False
        self.merged = True
        self.accept()
        return True


def merge_into(record) -> bool:
    if record.resident_id is None:
        return False
    # The merge reloads every tab: what is typed anywhere in the record is settled first.
    if not ask_to_settle(record, [record],
                         translate("Corrections", "Save or discard the changes to this record first.")):
        return False
    dialog = MergeDialog(record.session, record.resident_id, record)
    record.merge_dialog = dialog
    dialog.exec()
    record.merge_dialog = None
    if dialog.merged:
        record.refresh()
        record.saved.emit(record.resident_id)
    return dialog.merged


def delete_mistaken(record) -> bool:
    if record.resident_id is None:
        return False
    if not corrections.can_delete_mistaken(record.session, record.stored):
        dialogs.warn(record, translate("Corrections", "Only a record created in the last 7 days can be deleted as a "
                                                      "mistake; older records leave through retention."))
        return False
    question = translate("Corrections", "Delete the record {case_number} and everything recorded on it, its "
                                        "attachments included? Do this only for a record created by mistake.")
    if not dialogs.confirm(record, question.format(case_number=record.stored["case_number"]),
                           yes=translate("Corrections", "Delete the record"), no=translate("Corrections", "Cancel")):
        return False
    try:
        corrections.delete_mistaken(record.session, record.resident_id, "created by mistake")
    except ShelterError as exc:
        dialogs.show_error(record, exc)
        return False
    record._loaded = record.values()
    record.closed.emit()
    return True
