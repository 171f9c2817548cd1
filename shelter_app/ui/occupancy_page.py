"""Accommodation: who is where on a day (today by default) and the free
places, and the list of places — shelter rooms and rented apartments — which
a director keeps."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from shelter_app import accommodation
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui.extensions import Page, UnsavedDialog
from shelter_app.ui.common import edit_date, error_label, lay_out_record_dialog, push_button, set_error, show_date

_FULL = QBrush(QColor("#b00020"))
_FREE = QBrush(QColor("#1b5e20"))


class PlaceDialog(UnsavedDialog):
    def __init__(self, session, place: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.place = place
        self.setWindowTitle(self.tr("Place") if place else self.tr("New place"))
        form = QFormLayout()
        self.name = QLineEdit((place or {}).get("name", ""))
        self.name.setObjectName("place_name")
        self.kind = QComboBox()
        self.kind.setObjectName("place_type")
        for code, _label in accommodation.PLACE_TYPES:
            self.kind.addItem(accommodation.place_type_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData((place or {}).get("place_type", "room"))))
        self.capacity = QLineEdit(str((place or {}).get("capacity", "")))
        self.capacity.setObjectName("place_capacity")
        self.capacity.setMaximumWidth(80)
        self.notes = QLineEdit((place or {}).get("notes", ""))
        self.active = QComboBox()
        self.active.addItem(self.tr("In use"), True)
        self.active.addItem(self.tr("No longer used"), False)
        self.active.setCurrentIndex(0 if (place or {}).get("active", 1) else 1)
        self.errors = {n: error_label() for n in ("name", "capacity")}
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Capacity (beds):"), self.capacity)
        form.addRow("", self.errors["capacity"])
        form.addRow(self.tr("Notes:"), self.notes)
        if place:
            form.addRow(self.tr("Status:"), self.active)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        data = {"name": self.name.text(), "place_type": self.kind.currentData(), "capacity": self.capacity.text(),
                "notes": self.notes.text()}
        if self.place:
            data["active"] = self.active.currentData()
        return data

    def set_values(self, values: dict) -> None:
        self.name.setText(values.get("name", ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("place_type"))))
        self.capacity.setText(str(values.get("capacity", "")))
        self.notes.setText(values.get("notes", ""))
        if "active" in values:
            self.active.setCurrentIndex(max(0, self.active.findData(values["active"])))

    def save(self) -> None:
        data = self.values()
        try:
            accommodation.save_place(self.session, data, self.place["id"] if self.place else None)
        except ValidationError as exc:
            problems = exc.localized_problems()
            for name, label in self.errors.items():
                set_error(label, problems.get(name, ""))
            return
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class OccupancyPage(Page, QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("OccupancyPage", "Accommodation")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("On:")))
        self.day = QLineEdit(edit_date(_dt.date.today().isoformat()))
        self.day.setObjectName("occupancy_day")
        self.day.setMaximumWidth(110)
        self.day.returnPressed.connect(self.refresh)
        bar.addWidget(self.day)
        bar.addWidget(push_button(self.tr("Show"), "show_day", self.refresh))
        self.summary = QLabel()
        self.summary.setObjectName("occupancy_summary")
        bar.addWidget(self.summary, 1)
        self.add_button = push_button(self.tr("Add a place…"), "add_place", self.add_place)
        self.edit_button = push_button(self.tr("Change the place…"), "edit_place", self.edit_place)
        for b in (self.add_button, self.edit_button):
            b.setVisible(session.can(Permission.SETTINGS))
            bar.addWidget(b)
        layout.addLayout(bar)
        self.error = error_label()
        layout.addWidget(self.error)
        self.tree = QTreeWidget()
        self.tree.setObjectName("occupancy")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Place / resident"), self.tr("Kind"), self.tr("In the shelter since"),
                                   self.tr("Free places")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.view: dict = {}
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        from shelter_app.validation import parse_date

        try:
            day = parse_date(self.day.text()) or _dt.date.today()
        except ValueError:
            set_error(self.error, self.tr("Not a valid date: use dd.mm.yyyy."))
            return
        set_error(self.error, "")
        self.view = accommodation.occupancy(self.session, day.isoformat())
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for place in self.view["places"]:
            top = QTreeWidgetItem([f"{place['name']} ({len(place['occupants'])}/{place['capacity']})",
                                   accommodation.place_type_label(place["place_type"]), "",
                                   str(place["free"]) if place["active"] else self.tr("not in use")])
            top.setData(0, Qt.UserRole, ("place", place["id"]))
            top.setFont(0, bold)
            top.setForeground(3, _FREE if place["free"] else _FULL)
            for person in place["occupants"]:
                self._person(top, person)
            self.tree.addTopLevelItem(top)
        if self.view["unplaced"]:
            top = QTreeWidgetItem([self.tr("No place recorded"), "", "", ""])
            top.setFont(0, bold)
            for person in self.view["unplaced"]:
                self._person(top, person)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.summary.setText(self.tr("{occupied} residents in {places} places; {free} free of {capacity}.").format(
            occupied=self.view["occupied"], places=len(self.view["places"]), free=self.view["free"],
            capacity=self.view["capacity"]))

    def _person(self, parent: QTreeWidgetItem, person: dict) -> None:
        name = (person["case_number"] if self.session.privacy_mode
                else f"{person['full_name']} — {person['case_number']}")
        item = QTreeWidgetItem([name, "", show_date(person["intake_date"]), ""])
        item.setData(0, Qt.UserRole, ("resident", person["resident_id"]))
        parent.addChild(item)

    def _activated(self, item, _column) -> None:
        kind, value = item.data(0, Qt.UserRole) or (None, None)
        if kind == "resident":
            self.open_resident.emit(value)
        elif kind == "place" and self.session.can(Permission.SETTINGS):
            self.edit_place()

    def add_place(self, values: dict | None = None) -> bool:
        return self._run(PlaceDialog(self.session, None, self), None, values)

    def edit_place(self, values: dict | None = None) -> bool:
        item = self.tree.currentItem()
        data = item.data(0, Qt.UserRole) if item else None
        if not data or data[0] != "place":
            set_error(self.error, self.tr("Choose a place in the list first."))
            return False
        return self._run(PlaceDialog(self.session, accommodation.get_place(self.session, data[1]), self), data[1],
                         values)

    def _run(self, dialog, place_id: int | None, values: dict | None) -> bool:
        if values:
            dialog.set_values(values)
        accepted = self.exec_dialog(dialog, {"kind": "place", "place_id": place_id})
        if accepted:
            self.refresh()
        return accepted

    # --- unsaved work: what is typed lives in the place dialog, kept across auto-lock ---
    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if self.session.closed:
            return
        place_id = reopen.get("place_id")
        if place_id is None:
            self.add_place(values)
            return
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            data = item.data(0, Qt.UserRole)
            if data and data[0] == "place" and data[1] == place_id:
                self.tree.setCurrentItem(item)
                self.edit_place(values)
                return
