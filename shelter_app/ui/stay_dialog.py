"""Correcting a stay: its intake and exit dates, exit reason and the place it
began in. Before saving, the old and new values are shown for confirmation;
the audit log keeps the old ones."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit

from shelter_app import codes, corrections
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.ui import dialogs
from shelter_app.ui.extensions import UnsavedDialog
from shelter_app.ui.common import CodeCombo, edit_date, error_label, lay_out_record_dialog, set_error, show_date


class StayDialog(UnsavedDialog):
    def __init__(self, session, stay: dict, parent=None):
        from shelter_app.ui.stays_tab import place_combo

        super().__init__(parent)
        self.session = session
        self.stay = stay
        self.setWindowTitle(self.tr("Correct a stay"))
        form = QFormLayout()
        self.intake = QLineEdit(edit_date(stay["intake_date"]))
        self.intake.setObjectName("stay_intake")
        self.exit = QLineEdit(edit_date(stay["exit_date"]) if stay["exit_date"] else "")
        self.exit.setObjectName("stay_exit")
        self.exit.setPlaceholderText(self.tr("empty while in the shelter"))
        self.reason = CodeCombo(codes.EXIT_REASON, blank=self.tr("— none —"))
        self.reason.setObjectName("stay_reason")
        self.reason.set_code(stay["exit_reason"])
        self.place = place_combo(session, self.tr("— no place recorded —"))
        self.place.setObjectName("stay_place")
        self.place.setCurrentIndex(max(0, self.place.findData(stay.get("place_id"))))
        self.errors = {name: error_label() for name in ("intake_date", "exit_date", "exit_reason", "place_id")}
        form.addRow(self.tr("Intake date:"), self.intake)
        form.addRow("", self.errors["intake_date"])
        form.addRow(self.tr("Exit date:"), self.exit)
        form.addRow("", self.errors["exit_date"])
        form.addRow(self.tr("Exit reason:"), self.reason)
        form.addRow("", self.errors["exit_reason"])
        form.addRow(self.tr("Place at intake:"), self.place)
        form.addRow("", self.errors["place_id"])
        lay_out_record_dialog(self, form, self.tr("Save the correction"), self.tr("Cancel"))
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.intake.setText(values.get("intake_date") or "")
        self.exit.setText(values.get("exit_date") or "")
        self.reason.set_code(values.get("exit_reason"))
        self.place.setCurrentIndex(max(0, self.place.findData(values.get("place_id"))))

    def values(self) -> dict:
        return {"intake_date": self.intake.text(), "exit_date": self.exit.text(),
                "exit_reason": self.reason.code(), "place_id": self.place.currentData()}

    def _describe(self) -> str:
        lines = []
        old = self.stay
        new = self.values()
        labels = {"intake_date": self.tr("Intake date"), "exit_date": self.tr("Exit date"),
                  "exit_reason": self.tr("Exit reason")}
        for key, label in labels.items():
            before = old[key]
            before_text = codes.EXIT_REASON.label(before) if key == "exit_reason" and before else \
                (show_date(before) if before else "—")
            after = new[key] or ""
            after_text = codes.EXIT_REASON.label(after) if key == "exit_reason" and after else (after or "—")
            if before_text != after_text and edit_date(before) != after:
                lines.append(f"{label}: {before_text} → {after_text}")
        if (old.get("place_id") or None) != new["place_id"]:
            lines.append(self.tr("Place at intake: {before} → {after}").format(
                before=old.get("first_place_name") or "—", after=self.place.currentText()))
        return "\n".join(lines)

    def save(self) -> None:
        changes = self._describe()
        if not changes:
            self.reject()
            return
        if not dialogs.confirm(self, self.tr("Correct this stay? The old values are kept in the audit log.") +
                               "\n\n" + changes, yes=self.tr("Correct"), no=self.tr("Cancel")):
            return
        try:
            corrections.edit_stay(self.session, self.stay["id"], self.values())
        except ValidationError as exc:
            problems = exc.localized_problems()
            for name, label in self.errors.items():
                set_error(label, problems.get(name, ""))
            set_error(self.error, "")
            return
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()
