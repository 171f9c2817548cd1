"""The Stays tab of a resident's record: every stay in the shelter with its
place, admit into a place, move within a stay, discharge with a reason (after
a confirmation), correct a stay and undo a discharge made by mistake."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout,
                               QWidget)

from shelter_app import accommodation, codes, residents
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs
from shelter_app.ui.extensions import RecordTab
from shelter_app.ui.common import (CodeCombo, RowsModel, edit_date, error_label, push_button, rows_view, set_error,
                                   show_date)


def place_combo(session, blank: str) -> QComboBox:
    """The active places, with their kind and capacity."""
    combo = QComboBox()
    combo.addItem(blank, None)
    for place in accommodation.list_places(session):
        combo.addItem(f"{place['name']} ({accommodation.place_type_label(place['place_type'])}, "
                      f"{place['capacity']})", place["id"])
    return combo


class StaysModel(RowsModel):
    INTAKE, EXIT, REASON, ROOM, DAYS = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Intake"), self.tr("Exit"), self.tr("Exit reason"), self.tr("Place"), self.tr("Days")]

    def data(self, index, role=Qt.DisplayRole):
        stay = self.row_at(index)
        if stay is None or role not in (Qt.DisplayRole, Qt.TextAlignmentRole):
            return None
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter) if index.column() == self.DAYS else None
        col = index.column()
        if col == self.INTAKE:
            return show_date(stay["intake_date"])
        if col == self.EXIT:
            return show_date(stay["exit_date"]) if stay["exit_date"] else self.tr("in the shelter")
        if col == self.REASON:
            return codes.EXIT_REASON.label(stay["exit_reason"]) if stay["exit_reason"] else ""
        if col == self.ROOM:
            place = stay.get("place_name") or stay["room"] or ""
            moves = stay.get("moves") or []
            if moves and stay.get("first_place_name"):
                place = " → ".join([stay["first_place_name"]] + [m["place_name"] for m in moves])
            return place
        if col == self.DAYS:
            import datetime as _dt

            end = _dt.date.fromisoformat(stay["exit_date"]) if stay["exit_date"] else residents.today()
            return str((end - _dt.date.fromisoformat(stay["intake_date"])).days)
        return None


class StaysTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("StaysTab", "S&tays")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        can = session.can(Permission.EDIT_STAYS)
        layout = QVBoxLayout(self)
        self.model = StaysModel(self)
        self.table = rows_view(self.model, "stays")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        layout.addWidget(self.table, 1)

        forms = QHBoxLayout()
        self.admit_group = QGroupBox(self.tr("Admit to the shelter"))
        f = QFormLayout(self.admit_group)
        self.intake = QLineEdit(edit_date(residents.today().isoformat()))
        self.intake.setObjectName("intake_date")
        self.intake.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.intake_error = error_label()
        self.room = QLineEdit()
        self.room.setObjectName("room")
        self.place = place_combo(session, self.tr("— no place recorded —"))
        self.place.setObjectName("admit_place")
        f.addRow(self.tr("Intake date:"), self.intake)
        f.addRow("", self.intake_error)
        f.addRow(self.tr("Place:"), self.place)
        f.addRow(self.tr("Room:"), self.room)
        self.admit_button = push_button(self.tr("&Admit"), "admit", self.admit)
        f.addRow("", self.admit_button)
        forms.addWidget(self.admit_group)

        self.discharge_group = QGroupBox(self.tr("Discharge"))
        f = QFormLayout(self.discharge_group)
        self.exit_date = QLineEdit(edit_date(residents.today().isoformat()))
        self.exit_date.setObjectName("exit_date")
        self.exit_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.exit_error = error_label()
        self.reason = CodeCombo(codes.EXIT_REASON, blank=self.tr("— choose —"))
        self.reason.setObjectName("exit_reason")
        self.reason_error = error_label()
        f.addRow(self.tr("Exit date:"), self.exit_date)
        f.addRow("", self.exit_error)
        f.addRow(self.tr("Reason:"), self.reason)
        f.addRow("", self.reason_error)
        self.discharge_button = push_button(self.tr("&Discharge"), "discharge", self.discharge)
        f.addRow("", self.discharge_button)
        forms.addWidget(self.discharge_group)

        self.move_group = QGroupBox(self.tr("Move to another place"))
        f = QFormLayout(self.move_group)
        self.move_date = QLineEdit(edit_date(residents.today().isoformat()))
        self.move_date.setObjectName("move_date")
        self.move_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.move_error = error_label()
        self.move_place = place_combo(session, self.tr("— choose —"))
        self.move_place.setObjectName("move_place")
        f.addRow(self.tr("Moved on:"), self.move_date)
        f.addRow("", self.move_error)
        f.addRow(self.tr("To:"), self.move_place)
        self.move_button = push_button(self.tr("&Move"), "move", self.move)
        f.addRow("", self.move_button)
        forms.addWidget(self.move_group)
        forms.addStretch(1)
        for group in (self.admit_group, self.discharge_group, self.move_group):
            group.setMaximumWidth(420)
        layout.addLayout(forms)
        fixes = QHBoxLayout()
        self.correct_button = push_button(self.tr("Correct the selected stay…"), "correct_stay", self.correct)
        self.undo_button = push_button(self.tr("Undo the discharge"), "undo_discharge", self.undo_discharge)
        fixes.addWidget(self.correct_button)
        fixes.addWidget(self.undo_button)
        fixes.addStretch(1)
        layout.addLayout(fixes)
        self.message = error_label()
        layout.addWidget(self.message)
        for widget in (self.admit_group, self.discharge_group, self.move_group, self.correct_button, self.undo_button):
            widget.setEnabled(can)
        self.table.doubleClicked.connect(lambda _i: self.correct())
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        stays = accommodation.stays(self.session, self.resident_id)
        self.model.set_rows(stays)
        inside = any(s["exit_date"] is None for s in stays)
        self.admit_group.setVisible(not inside)
        self.discharge_group.setVisible(inside)
        self.move_group.setVisible(inside)
        self.undo_button.setVisible(not inside and bool(stays))
        self.correct_button.setVisible(bool(stays))

    def _errors(self, problems: dict) -> None:
        set_error(self.intake_error, problems.get("intake_date", ""))
        set_error(self.exit_error, problems.get("exit_date", ""))
        set_error(self.reason_error, problems.get("exit_reason", ""))
        set_error(self.move_error, problems.get("moved_on", ""))
        set_error(self.message, problems.get("", ""))

    def _attempt(self, change) -> bool:
        """Run one change; what is wrong is shown beside its field."""
        try:
            change()
        except ValidationError as exc:
            self._errors(exc.localized_problems())
            return False
        except ShelterError as exc:
            self._errors({"": exc.localized()})
            return False
        self._errors({})
        return True

    def _with_room(self, change) -> bool:
        """Run a change into a place; when the place is full, ask and run it again over capacity."""
        try:
            change(False)
        except accommodation.PlaceFull as exc:
            if not dialogs.confirm(self, exc.localized() + "\n\n" + self.tr("Put the resident there all the same?"),
                                   yes=self.tr("Yes, over capacity"), no=self.tr("Cancel")):
                return False
            return self._attempt(lambda: change(True))
        except ValidationError as exc:
            self._errors(exc.localized_problems())
            return False
        except ShelterError as exc:
            self._errors({"": exc.localized()})
            return False
        self._errors({})
        return True

    def admit(self) -> bool:
        if not self._with_room(lambda force: accommodation.admit(
                self.session, self.resident_id, self.intake.text(), self.place.currentData(), self.room.text(),
                force=force)):
            return False
        self.room.clear()
        self.refresh()
        self.changed.emit()
        return True

    def current_stay(self) -> dict | None:
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.row_at(self.model.index(index.row(), 0))
        return self.model.rows[-1] if self.model.rows else None

    def move(self) -> None:
        stay = next((s for s in self.model.rows if s["exit_date"] is None), None)
        if stay is None:
            return
        if self.move_place.currentData() is None:
            self._errors({"": self.tr("Choose the place the resident moves to.")})
            return
        if not self._with_room(lambda force: accommodation.move(
                self.session, stay["id"], self.move_date.text(), self.move_place.currentData(), force=force)):
            return
        self.move_place.setCurrentIndex(0)
        self.refresh()
        self.changed.emit()

    def correct(self, values: dict | None = None) -> bool:
        from shelter_app.ui.stay_dialog import StayDialog

        stay = self.current_stay()
        if stay is None or not self.session.can(Permission.EDIT_STAYS):
            return False
        dialog = StayDialog(self.session, stay, self)
        if values:
            dialog.set_values(values)
        accepted = self.exec_dialog(dialog, {"kind": "stay", "stay_id": stay["id"]})
        if accepted:
            self.refresh()
            self.changed.emit()
        return bool(accepted)

    def undo_discharge(self) -> None:
        from shelter_app import corrections

        stays = self.model.rows
        if not stays or stays[-1]["exit_date"] is None:
            return
        last = stays[-1]
        if not dialogs.confirm(self, self.tr("Undo the discharge of {date}? The resident is in the shelter again "
                                             "on the same stay.").format(date=show_date(last["exit_date"])),
                               yes=self.tr("Undo the discharge"), no=self.tr("Cancel")):
            return
        if self._attempt(lambda: corrections.undo_discharge(self.session, last["id"])):
            self.refresh()
            self.changed.emit()

    def discharge(self) -> bool:
        reason = self.reason.code()
        if reason and not dialogs.confirm(
                self, self.tr("Discharge the resident on {date} ({reason})?").format(
                    date=self.exit_date.text(), reason=codes.EXIT_REASON.label(reason)),
                yes=self.tr("Discharge"), no=self.tr("Cancel")):
            return False
        if not self._attempt(lambda: residents.discharge(self.session, self.resident_id, self.exit_date.text(),
                                                         self.reason.code() or "")):
            return False
        self.reason.set_code(None)
        self.refresh()
        self.changed.emit()
        return True

    # --- unsaved work (extensions.UnsavedWork): a room typed, a reason chosen ---
    def _admission_typed(self) -> bool:
        return self.admit_group.isVisibleTo(self) and self.admit_group.isEnabled() and bool(self.room.text().strip())

    def _discharge_typed(self) -> bool:
        return self.discharge_group.isVisibleTo(self) and self.discharge_group.isEnabled() and bool(self.reason.code())

    def has_unsaved_work(self) -> bool:
        return self._admission_typed() or self._discharge_typed()

    def unsaved_work(self) -> list[str]:
        items = []
        if self._admission_typed():
            items.append(self.tr("Stays: the admission is not recorded"))
        if self._discharge_typed():
            items.append(self.tr("Stays: the discharge is not recorded"))
        return items

    def save_work(self) -> bool:
        if self._admission_typed():
            return self.admit()
        if self._discharge_typed():
            return self.discharge()
        return True

    def discard_work(self) -> None:
        self.room.clear()
        self.reason.set_code(None)
        self._errors({})

    def lock_state(self) -> dict:
        return {"intake": self.intake.text(), "room": self.room.text(), "exit_date": self.exit_date.text(),
                "reason": self.reason.code(), **self.dialog_lock_state()}

    def restore_state(self, state: dict) -> None:
        self.intake.setText(state.get("intake", ""))
        self.room.setText(state.get("room", ""))
        self.exit_date.setText(state.get("exit_date", ""))
        self.reason.set_code(state.get("reason"))
        self.reopen_dialog_later(state.get("dialog"), self.reopen_dialog)

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        """The stay correction that auto-lock closed, with what was typed in it."""
        if self.session.closed:
            return
        row = next((r for r, stay in enumerate(self.model.rows) if stay["id"] == reopen.get("stay_id")), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.correct(values)
