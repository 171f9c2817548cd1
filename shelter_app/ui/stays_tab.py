"""The Stays tab of a resident's record: every stay in the shelter, admit,
and discharge with a reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout, QWidget)

from shelter_app import codes, residents
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui.extensions import UnsavedWork
from shelter_app.ui.common import (CodeCombo, RowsModel, edit_date, error_label, push_button, rows_view, set_error,
                                   show_date)


class StaysModel(RowsModel):
    INTAKE, EXIT, REASON, ROOM, DAYS = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Intake"), self.tr("Exit"), self.tr("Exit reason"), self.tr("Room"), self.tr("Days")]

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
            return stay["room"] or ""
        if col == self.DAYS:
            import datetime as _dt

            end = _dt.date.fromisoformat(stay["exit_date"]) if stay["exit_date"] else residents.today()
            return str((end - _dt.date.fromisoformat(stay["intake_date"])).days)
        return None


class StaysTab(UnsavedWork, QWidget):
    changed = Signal()

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
        f.addRow(self.tr("Intake date:"), self.intake)
        f.addRow("", self.intake_error)
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
        forms.addStretch(1)
        for group in (self.admit_group, self.discharge_group):
            group.setMaximumWidth(520)
        layout.addLayout(forms)
        self.message = error_label()
        layout.addWidget(self.message)
        for group in (self.admit_group, self.discharge_group):
            group.setEnabled(can)
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        stays = residents.stays(self.session, self.resident_id)
        self.model.set_rows(stays)
        inside = any(s["exit_date"] is None for s in stays)
        self.admit_group.setVisible(not inside)
        self.discharge_group.setVisible(inside)

    def _errors(self, problems: dict) -> None:
        set_error(self.intake_error, problems.get("intake_date", ""))
        set_error(self.exit_error, problems.get("exit_date", ""))
        set_error(self.reason_error, problems.get("exit_reason", ""))
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

    def admit(self) -> bool:
        if not self._attempt(lambda: residents.admit(self.session, self.resident_id, self.intake.text(),
                                                     self.room.text())):
            return False
        self.room.clear()
        self.refresh()
        self.changed.emit()
        return True

    def discharge(self) -> bool:
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
                "reason": self.reason.code()}

    def restore_state(self, state: dict) -> None:
        self.intake.setText(state.get("intake", ""))
        self.room.setText(state.get("room", ""))
        self.exit_date.setText(state.get("exit_date", ""))
        self.reason.set_code(state.get("reason"))
