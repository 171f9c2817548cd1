"""The Risk and safety tab of a resident's record: risk assessments (at intake
and at each plan review; the level suggested from the items, set by the
worker) and the safety plan in the resident's own words. Neither is ever
exported; the safety plan is printed only when asked for."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_app import codes, i18n, safety
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, document_printer, tasks
from shelter_app.ui.common import (
    CodeChecklist,
    CodeCombo,
    RowsModel,
    colour_text,
    edit_date,
    lay_out_record_dialog,
    push_button,
    rows_view,
    set_error,
    show_date,
)
from shelter_app.ui.extensions import RecordTab, UnsavedDialog

LEVEL_COLOURS = {"high": "#b00020", "medium": "#8a4b00", "low": "#1b5e20"}


def _problems_text(exc: ShelterError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(exc.localized_problems().values())
    return exc.localized()


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class AssessmentsModel(RowsModel):
    DATE, OCCASION, LEVEL, ITEMS = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("When"), self.tr("Risk level"), self.tr("Risks seen")]

    def data(self, index, role=Qt.DisplayRole):
        a = self.row_at(index)
        if a is None:
            return None
        col = index.column()
        if role == Qt.ForegroundRole and col == self.LEVEL:
            return QBrush(QColor(LEVEL_COLOURS[a["risk_level"]]))
        if role == Qt.ToolTipRole and col == self.ITEMS:
            return "\n".join(codes.RISK_ITEM.label(c) for c in a["items"]) + ("\n\n" + a["notes"] if a["notes"]
                                                                               else "")
        if role != Qt.DisplayRole:
            return None
        if col == self.DATE:
            return show_date(a["assessment_date"])
        if col == self.OCCASION:
            return safety.occasion_label(a["occasion"])
        if col == self.LEVEL:
            return codes.RISK_LEVEL.label(a["risk_level"])
        return "; ".join(codes.RISK_ITEM.label(c) for c in a["items"])


class AssessmentDialog(UnsavedDialog):
    """A risk assessment: the items seen, and the level (suggested from them)."""

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.result_record: dict | None = None
        self._level_touched = False
        self.setWindowTitle(self.tr("Risk assessment"))
        self.date_edit = QLineEdit(_dt.date.today().strftime("%d.%m.%Y"))
        self.date_edit.setObjectName("assessment_date")
        self.date_edit.setMaximumWidth(120)
        self.occasion = QComboBox()
        self.occasion.setObjectName("occasion")
        for code, _text in safety.OCCASIONS:
            self.occasion.addItem(safety.occasion_label(code), code)
        self.items = CodeChecklist(codes.RISK_ITEM)
        self.items.setObjectName("risk_items")
        self.items.setFixedHeight(self.items.sizeHintForRow(0) * len(codes.RISK_ITEM.codes) + 8)
        self.level = CodeCombo(codes.RISK_LEVEL)
        self.level.setObjectName("risk_level")
        self.suggestion = QLabel()
        colour_text(self.suggestion, "#555555")
        level_row = QHBoxLayout()
        level_row.addWidget(self.level)
        level_row.addWidget(self.suggestion, 1)
        self.notes = _text_box(3)
        self.notes.setObjectName("risk_notes")
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("When:"), self.occasion)
        form.addRow(self.tr("Risks seen:"), self.items)
        form.addRow(self.tr("Risk level:"), level_row)
        form.addRow(self.tr("Notes:"), self.notes)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.items.itemChanged.connect(self._suggest)
        self.level.activated.connect(self._touched)
        self._suggest()
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("assessment_date") or "")
        self.occasion.setCurrentIndex(max(0, self.occasion.findData(values.get("occasion"))))
        self.items.set_codes(values.get("items"))
        self.level.set_code(values.get("risk_level"))
        self._level_touched = True
        self.notes.setPlainText(values.get("notes") or "")

    def _touched(self, *_args) -> None:
        self._level_touched = True

    def _suggest(self, *_args) -> None:
        suggested = safety.suggested_level(self.items.codes())
        self.suggestion.setText(self.tr("Suggested from the items: {level}").format(
            level=codes.RISK_LEVEL.label(suggested)))
        if not self._level_touched:
            self.level.set_code(suggested)

    def values(self) -> dict:
        return {"assessment_date": self.date_edit.text(), "occasion": self.occasion.currentData(),
                "items": self.items.codes(), "risk_level": self.level.code(), "notes": self.notes.toPlainText()}

    def save(self) -> None:
        try:
            self.result_record = safety.add_assessment(self.session, self.resident_id, self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class SafetyTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("SafetyTab", "Risk and safe&ty")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.can_edit = session.can(Permission.SCREEN_AND_ASSESS)
        self._loaded: dict = {}
        layout = QHBoxLayout(self)

        box = QGroupBox(self.tr("Risk assessments"))
        inner = QVBoxLayout(box)
        self.level_label = QLabel()
        self.level_label.setObjectName("latest_level")
        inner.addWidget(self.level_label)
        self.model = AssessmentsModel(self)
        self.table = rows_view(self.model, "assessments", single=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        inner.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.assess_button = push_button(self.tr("New &assessment…"), "new_assessment", self.new_assessment)
        self.assess_button.setVisible(self.can_edit)
        row.addWidget(self.assess_button)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box, 1)

        box = QGroupBox(self.tr("Safety plan — never exported"))
        box.setObjectName("safety_plan_group")
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # labels above: the fields keep their width at 125 %
        outer.addLayout(form)
        outer.addStretch(1)
        self.concerns = _text_box(3)
        self.concerns.setObjectName("concerns")
        self.measures = _text_box(3)
        self.measures.setObjectName("measures")
        self.who_to_call = _text_box(2)
        self.who_to_call.setObjectName("who_to_call")
        self.safe_contacts = _text_box(2)
        self.safe_contacts.setObjectName("safe_contacts")
        self.review_date = QLineEdit()
        self.review_date.setObjectName("safety_review_date")
        self.review_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.review_date.setMaximumWidth(120)
        form.addRow(self.tr("Concerns, in the resident's own words:"), self.concerns)
        form.addRow(self.tr("Measures:"), self.measures)
        form.addRow(self.tr("Who to call:"), self.who_to_call)
        form.addRow(self.tr("Safe contacts:"), self.safe_contacts)
        form.addRow(self.tr("Review on:"), self.review_date)
        self.plan_message = QLabel()
        self.plan_message.setObjectName("plan_message")
        self.plan_message.setWordWrap(True)
        self.plan_message.hide()
        form.addRow("", self.plan_message)
        buttons = QHBoxLayout()
        self.save_button = push_button(self.tr("Save safety &plan"), "save_safety_plan", self.save_plan)
        self.print_button = push_button(self.tr("Print on request…"), "print_safety_plan", self.print_plan)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button):
            button.setMinimumWidth(button.sizeHint().width())  # the whole label, in Kyrgyz and at 125 %
        form.addRow("", buttons)
        form.addRow("", self.print_button)  # a row of its own: the two do not fit side by side at 125 %
        for w in (self.concerns, self.measures, self.who_to_call, self.safe_contacts):
            w.setReadOnly(not self.can_edit)
        self.review_date.setReadOnly(not self.can_edit)
        self.save_button.setVisible(self.can_edit)
        self.print_button.setVisible(self.can_edit)
        layout.addWidget(box, 1)
        self.refresh()

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session.closed:
            return
        rows = safety.assessments(self.session, self.resident_id)
        self.model.set_rows(rows)
        if rows:
            level = rows[0]["risk_level"]
            self.level_label.setText("<b>" + self.tr("Latest risk level: {level} ({date})").format(
                level=codes.RISK_LEVEL.label(level), date=show_date(rows[0]["assessment_date"])) + "</b>")
            colour_text(self.level_label, LEVEL_COLOURS[level])
        else:
            self.level_label.setText(self.tr("Not assessed yet: assess the risk at intake."))
            colour_text(self.level_label, "#555555")
        if not self.has_unsaved_changes():
            self._fill(safety.get_plan(self.session, self.resident_id) or {})
        self.print_button.setEnabled(bool(self._loaded.get("concerns") or self._loaded.get("measures")))

    def _fill(self, plan: dict) -> None:
        self.concerns.setPlainText(plan.get("concerns") or "")
        self.measures.setPlainText(plan.get("measures") or "")
        self.who_to_call.setPlainText(plan.get("who_to_call") or "")
        self.safe_contacts.setPlainText(plan.get("safe_contacts") or "")
        self.review_date.setText(edit_date(plan.get("review_date")))
        self._loaded = self.plan_values()

    def plan_values(self) -> dict:
        return {"concerns": self.concerns.toPlainText(), "measures": self.measures.toPlainText(),
                "who_to_call": self.who_to_call.toPlainText(), "safe_contacts": self.safe_contacts.toPlainText(),
                "review_date": self.review_date.text()}

    def has_unsaved_changes(self) -> bool:
        return bool(self._loaded) and self.plan_values() != self._loaded

    # --- actions ------------------------------------------------------------------------------

    def new_assessment(self, values: dict | None = None) -> None:
        dialog = AssessmentDialog(self.session, self.resident_id, parent=self)
        # The first assessment is the one at intake; later ones come with the plan reviews.
        first = self.model.rowCount() == 0
        dialog.occasion.setCurrentIndex(dialog.occasion.findData("intake" if first else "plan_review"))
        dialog.mark_clean()
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, {"kind": "assessment"}):
            self.refresh()
            self.changed.emit()

    # --- unsaved work (extensions.UnsavedWork) ---------------------------------------------

    def has_unsaved_work(self) -> bool:
        return self.has_unsaved_changes()

    def unsaved_work(self) -> list[str]:
        return [self.tr("Safety plan")] if self.has_unsaved_changes() else []

    def save_work(self) -> bool:
        return self.save_plan()

    def discard_work(self) -> None:
        self.plan_message.hide()
        self._fill(safety.get_plan(self.session, self.resident_id) or {})

    def save_plan(self) -> bool:
        try:
            plan = safety.save_plan(self.session, self.resident_id, self.plan_values())
        except ShelterError as exc:
            self.plan_message.setText(_problems_text(exc))
            colour_text(self.plan_message, "#b00020")
            self.plan_message.show()
            return False
        self._fill(plan)
        self.plan_message.setText(self.tr("Saved."))
        colour_text(self.plan_message, "#1b5e20")
        self.plan_message.show()
        self.refresh()
        return True

    def print_plan(self) -> bool:
        if self.has_unsaved_changes():
            dialogs.warn(self, self.tr("Save the safety plan before printing it."))
            return False
        lang = i18n.current_language()
        try:
            # Read here (refusals come before the printer dialog); the worker only paints it.
            document = safety.plan_document(self.session, self.resident_id, lang)
            printer = document_printer.ask_printer(self, self.tr("Print the safety plan"))
            if printer is None:
                return False
            tasks.run_print(self, lambda job: document, printer)
            safety.record_print(self.session, self.resident_id, lang, "printer")
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    # --- auto-lock ----------------------------------------------------------------------------

    def lock_state(self) -> dict | None:
        state = dict(self.dialog_lock_state())
        if self.has_unsaved_changes():
            state["plan"] = self.plan_values()
        return state or None

    def restore_state(self, state: dict | None) -> None:
        if not state:
            return
        self.reopen_dialog_later(state.get("dialog"), lambda _reopen, values: self.new_assessment(values))
        if "plan" not in state:
            return
        plan = state["plan"]
        self.concerns.setPlainText(plan.get("concerns", ""))
        self.measures.setPlainText(plan.get("measures", ""))
        self.who_to_call.setPlainText(plan.get("who_to_call", ""))
        self.safe_contacts.setPlainText(plan.get("safe_contacts", ""))
        self.review_date.setText(plan.get("review_date", ""))
