"""One form that logs the same service for several residents at once, e.g. a
group counselling session for six residents: one transaction, all or none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from shelter_app import i18n, residents, services
from shelter_app.errors import ShelterError
from shelter_app.ui.common import error_label, set_error
from shelter_app.ui.extensions import UnsavedDialog
from shelter_app.ui.services_tab import ServiceFields

MAX_LISTED = 200


class GroupSessionDialog(UnsavedDialog):
    """Residents in the shelter are listed (anyone else can be found by name or
    case number); the ticked ones get the service."""

    def __init__(self, session, resident_id: int | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.created: list[dict] = []
        self.checked: set[int] = {resident_id} if resident_id else set()
        self.setWindowTitle(self.tr("Group session"))
        self.resize(640, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a resident by name or case number"))
        self.search.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.selected_label = QLabel()
        self.all_button = QPushButton(self.tr("Tick all listed"))
        self.none_button = QPushButton(self.tr("Untick all"))
        self.fields = ServiceFields(session, parent=self)
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Log for the ticked residents"), QDialogButtonBox.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Residents in the group")))
        layout.addWidget(self.search)
        layout.addWidget(self.people, 1)
        row = QHBoxLayout()
        row.addWidget(self.selected_label, 1)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        layout.addLayout(row)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self.list_people)
        self.people.itemChanged.connect(self._item_changed)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.fields.submitted.connect(self.save)
        self.list_people()
        self.mark_clean()

    def values(self) -> dict:
        return {"residents": sorted(self.checked), "service": self.fields.values()}

    def set_values(self, values: dict) -> None:
        if "residents" in values:
            self.checked = set(values["residents"])
            self.list_people()
        if values.get("service"):
            self.fields.set_values(values["service"])

    def _label(self, row: dict) -> str:
        if self.session.privacy_mode:
            return row["case_number"]
        return f"{row['case_number']} — {row['full_name']}"

    def list_people(self) -> None:
        text = self.search.text().strip()
        if text:
            ids = residents.search(self.session, text, sort="full_name", descending=False)[:MAX_LISTED]
        else:
            ids = residents.search(self.session, in_shelter=True, sort="full_name", descending=False)
            ids += [i for i in sorted(self.checked) if i not in ids]
        rows = residents.register_rows(self.session, ids)
        self.people.blockSignals(True)
        self.people.clear()
        for rid in ids:
            row = rows.get(rid)
            if row is None:
                continue
            item = QListWidgetItem(self._label(row), self.people)
            item.setData(Qt.UserRole, rid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if rid in self.checked else Qt.Unchecked)
        self.people.blockSignals(False)
        self._update_count()

    def _item_changed(self, item: QListWidgetItem) -> None:
        rid = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            self.checked.add(rid)
        else:
            self.checked.discard(rid)
        self._update_count()

    def _tick_all(self, on: bool) -> None:
        for i in range(self.people.count()):
            self.people.item(i).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def _update_count(self) -> None:
        self.selected_label.setText(i18n.ntranslate("GroupSessionDialog", "%n residents ticked", len(self.checked),
                                                    one="%n resident ticked"))

    def save(self) -> None:
        try:
            self.created = services.log_group(self.session, sorted(self.checked), self.fields.values())
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()
