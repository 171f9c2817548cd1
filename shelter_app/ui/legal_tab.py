"""The Legal tab of a resident's record: cases with their timelines, the next
hearing, flags for the director, the non-punishment principle for a
resident who is a suspect or defendant, and the legal-aid services."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from shelter_app import codes, legal, services
from shelter_app.errors import ShelterError
from shelter_app.permissions import LEGAL_SERVICE_TYPES, Permission
from shelter_app.ui import dialogs
from shelter_app.ui.common import (CodeCombo, RowsModel, edit_date, lay_out_record_dialog, narrow_combo, rows_view,
                                   set_error, show_date)
from shelter_app.ui.extensions import RecordTab, UnsavedDialog

# Qt's enum members are looked up at ~10 µs each: a table model asks for
# thousands of cells, so they are read once here.
_DISPLAY = Qt.DisplayRole
_TOOLTIP = Qt.ToolTipRole
_FOREGROUND = Qt.ForegroundRole


FLAG_STYLE = "background: #fde8e8; color: #8a1c1c; padding: 6px; border: 1px solid #e0a0a0;"
FLAG_COLOUR = QColor("#8a1c1c")
PRINCIPLE_STYLE = "background: #eef4fb; color: #16365c; padding: 6px; border: 1px solid #a8c4e4;"


class _ListModel(RowsModel):
    """A short list of dicts (a resident's cases or a case's events)."""

    def item(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def text(self, item: dict, column: int) -> str:
        raise NotImplementedError

    def data(self, index, role=_DISPLAY):
        item = self.row_at(index)
        if item is None:
            return None
        if role == _DISPLAY:
            return self.text(item, index.column())
        if role == _TOOLTIP:
            return self.tooltip(item, index.column())
        if role == _FOREGROUND:
            return self.foreground(item, index.column())
        return None

    def tooltip(self, item: dict, column: int):
        return None

    def foreground(self, item: dict, column: int):
        return None


class CasesModel(_ListModel):
    REF, ARTICLE, ROLE, LAWYER, STATE_AID, STAGE, HEARING, FLAGS = range(8)

    def headers(self) -> list[str]:
        return [self.tr("Case"), self.tr("Article"), self.tr("Role"), self.tr("Lawyer"), self.tr("State legal aid"),
                self.tr("Latest stage"), self.tr("Next hearing"), self.tr("Flags")]

    def text(self, case: dict, column: int) -> str:
        if column == self.REF:
            return case["case_ref"]
        if column == self.ARTICLE:
            return codes.CC_ARTICLE.label(case["current_article"])
        if column == self.ROLE:
            return codes.RESIDENT_ROLE.label(case["resident_role"])
        if column == self.LAWYER:
            return case["lawyer"]
        if column == self.STATE_AID:
            aid = case["state_legal_aid"]
            return "" if aid is None else (self.tr("Yes") if aid else self.tr("No"))
        if column == self.STAGE:
            return codes.LEGAL_STAGE.label(case["latest_stage"]) if case["latest_stage"] else ""
        if column == self.HEARING:
            return show_date(case["next_hearing_date"])
        if column == self.FLAGS:
            return "⚑ " + str(len(case["flags"])) if case["flags"] else ""
        return ""

    def tooltip(self, case: dict, column: int):
        if column == self.FLAGS and case["flags"]:
            return "\n".join(f.message() for f in case["flags"])
        return None

    def foreground(self, case: dict, column: int):
        if column == self.FLAGS and case["flags"]:
            return QBrush(FLAG_COLOUR)
        return None


class EventsModel(_ListModel):
    DATE, STAGE, ARTICLE, SENTENCE, HEARING, NOTES = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Stage"), self.tr("New article"), self.tr("Sentence"),
                self.tr("Next hearing"), self.tr("Notes")]

    def text(self, event: dict, column: int) -> str:
        if column == self.DATE:
            return show_date(event["date"])
        if column == self.STAGE:
            return codes.LEGAL_STAGE.label(event["stage"])
        if column == self.ARTICLE:
            return codes.CC_ARTICLE.label(event["cc_article"]) if event["cc_article"] else ""
        if column == self.SENTENCE:
            if event["stage"] != "conviction":
                return ""
            if event["non_custodial"]:
                return self.tr("Non-custodial")
            return self.tr("{months} months").format(months=event["sentence_months"])
        if column == self.HEARING:
            return show_date(event["next_hearing_date"])
        if column == self.NOTES:
            return (event["notes"] or "").splitlines()[0] if event["notes"] else ""
        return ""

    def tooltip(self, event: dict, column: int):
        return event["notes"] if column == self.NOTES and event["notes"] else None

    def foreground(self, event: dict, column: int):
        if column == self.STAGE and event["stage"] in ("reconciliation", "requalified"):
            return QBrush(FLAG_COLOUR)
        return None


class LegalServicesModel(_ListModel):
    DATE, TYPE, PROVIDER, DURATION, STAFF, NOTES = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Service"), self.tr("Provider"), self.tr("Minutes"), self.tr("Staff"),
                self.tr("Notes")]

    def text(self, s: dict, column: int) -> str:
        if column == self.DATE:
            return show_date(s["date"])
        if column == self.TYPE:
            return codes.SERVICE_TYPE.label(s["service_type"])
        if column == self.PROVIDER:
            return services.provider_label(s["provider"])
        if column == self.DURATION:
            return "" if s["duration_minutes"] is None else str(s["duration_minutes"])
        if column == self.STAFF:
            return s["staff"]
        if column == self.NOTES:
            return (s["notes"] or "").splitlines()[0] if s["notes"] else ""
        return ""


def _table(model) -> QTableView:
    view = rows_view(model, single=True)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    # Widths from the first rows only: measuring every row of a long list is slow.
    header.setResizeContentsPrecision(30)
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.Stretch)
    return view


class CaseDialog(UnsavedDialog):
    """A new legal case, or the details of one."""

    def __init__(self, session, resident_id: int, case: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.case = case
        self.result_record: dict | None = None
        self.setWindowTitle(self.tr("Legal case") if case else self.tr("New legal case"))
        self.ref_edit = QLineEdit()
        self.ref_edit.setPlaceholderText(self.tr("Police, prosecutor or court number"))
        self.article_combo = narrow_combo(CodeCombo(codes.CC_ARTICLE, blank=""))
        self.role_combo = CodeCombo(codes.RESIDENT_ROLE, blank="")
        self.lawyer_edit = QLineEdit()
        self.aid_combo = QComboBox()
        for text, value in (("", None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.aid_combo.addItem(text, value)
        form = QFormLayout()
        form.addRow(self.tr("Case reference"), self.ref_edit)
        form.addRow(self.tr("Criminal Code article"), self.article_combo)
        form.addRow(self.tr("Role of the resident"), self.role_combo)
        form.addRow(self.tr("Lawyer"), self.lawyer_edit)
        form.addRow(self.tr("State-guaranteed legal aid"), self.aid_combo)
        if case:
            self.set_values(case)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"case_ref": self.ref_edit.text(), "cc_article": self.article_combo.code(),
                "resident_role": self.role_combo.code(), "lawyer": self.lawyer_edit.text(),
                "state_legal_aid": self.aid_combo.currentData()}

    def set_values(self, values: dict) -> None:
        self.ref_edit.setText(values.get("case_ref") or "")
        self.article_combo.set_code(values.get("cc_article"))
        self.role_combo.set_code(values.get("resident_role"))
        self.lawyer_edit.setText(values.get("lawyer") or "")
        aid = values.get("state_legal_aid")
        self.aid_combo.setCurrentIndex(self.aid_combo.findData(None if aid is None else bool(aid)))

    def save(self) -> None:
        try:
            if self.case:
                self.result_record = legal.update_case(self.session, self.case["id"], self.values())
            else:
                self.result_record = legal.create_case(self.session, self.resident_id, self.values())
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class EventDialog(UnsavedDialog):
    """One step in a case: its date, stage, the sentence on a conviction, the
    new article on a requalification, and the next hearing."""

    def __init__(self, session, case: dict, event: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.case = case
        self.legal_event = event
        self.result_record: dict | None = None
        self.setWindowTitle(self.tr("Event in case {case_ref}").format(case_ref=case["case_ref"]))
        self.date_edit = QLineEdit(_dt.date.today().strftime("%d.%m.%Y"))
        self.date_edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.stage_combo = CodeCombo(codes.LEGAL_STAGE, blank="")
        self.article_combo = narrow_combo(CodeCombo(codes.CC_ARTICLE, blank=""))
        self.months_edit = QLineEdit()
        self.months_edit.setPlaceholderText(self.tr("months"))
        self.non_custodial_check = QCheckBox(self.tr("Non-custodial (fine or suspended sentence)"))
        self.hearing_edit = QLineEdit()
        self.hearing_edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Stage"), self.stage_combo)
        form.addRow(self.tr("New article (requalification)"), self.article_combo)
        form.addRow(self.tr("Sentence (months)"), self.months_edit)
        form.addRow("", self.non_custodial_check)
        form.addRow(self.tr("Next hearing"), self.hearing_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        if event:
            self.date_edit.setText(edit_date(event["date"]))
            self.stage_combo.set_code(event["stage"])
            self.article_combo.set_code(event["cc_article"])
            if event["sentence_months"] is not None and not event["non_custodial"]:
                self.months_edit.setText(str(event["sentence_months"]))
            self.non_custodial_check.setChecked(bool(event["non_custodial"]))
            self.hearing_edit.setText(edit_date(event["next_hearing_date"]))
            self.notes_edit.setPlainText(event["notes"] or "")
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("date") or "")
        self.stage_combo.set_code(values.get("stage"))
        self.article_combo.set_code(values.get("cc_article"))
        self.months_edit.setText(values.get("sentence_months") or "")
        self.non_custodial_check.setChecked(bool(values.get("non_custodial")))
        self.hearing_edit.setText(values.get("next_hearing_date") or "")
        self.notes_edit.setPlainText(values.get("notes") or "")
        self._stage_changed()

    def _stage_changed(self, *_args) -> None:
        # A hint only: the domain refuses a sentence without a conviction whatever is typed.
        stage = self.stage_combo.code()
        self.article_combo.setEnabled(stage == "requalified")

    def values(self) -> dict:
        return {"date": self.date_edit.text(), "stage": self.stage_combo.code(),
                "cc_article": self.article_combo.code() if self.article_combo.isEnabled() else None,
                "sentence_months": self.months_edit.text(), "non_custodial": self.non_custodial_check.isChecked(),
                "next_hearing_date": self.hearing_edit.text(), "notes": self.notes_edit.toPlainText()}

    def save(self) -> None:
        try:
            if self.legal_event:
                self.result_record = legal.update_event(self.session, self.legal_event["id"], self.values())
            else:
                self.result_record = legal.add_event(self.session, self.case["id"], self.values())
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class LegalTab(RecordTab, QWidget):
    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.editable = session.can(Permission.EDIT_LEGAL)

        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        self.flags_label.setStyleSheet(FLAG_STYLE)
        self.flags_label.hide()

        self.cases_model = CasesModel(self)
        self.cases_view = _table(self.cases_model)
        self.new_case_button = QPushButton(self.tr("New case…"))
        self.edit_case_button = QPushButton(self.tr("Edit case…"))
        self.delete_case_button = QPushButton(self.tr("Delete case"))
        case_buttons = QHBoxLayout()
        for b in (self.new_case_button, self.edit_case_button, self.delete_case_button):
            case_buttons.addWidget(b)
        case_buttons.addStretch(1)
        cases_box = QGroupBox(self.tr("Legal cases"))
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.addWidget(self.cases_view)
        cases_layout.addLayout(case_buttons)

        self.principle_box = QFrame()
        self.principle_box.setObjectName("non_punishment")
        self.principle_box.setStyleSheet("QFrame#non_punishment { " + PRINCIPLE_STYLE + " }")
        self.principle_label = QLabel(legal.non_punishment_text())
        self.principle_label.setWordWrap(True)
        self.raised_check = QCheckBox(self.tr("The principle was raised in these proceedings"))
        principle_layout = QVBoxLayout(self.principle_box)
        principle_layout.addWidget(self.principle_label)
        principle_layout.addWidget(self.raised_check)
        self.principle_box.hide()
        self.raised_check.clicked.connect(self.set_raised)

        self.events_model = EventsModel(self)
        self.events_view = _table(self.events_model)
        self.add_event_button = QPushButton(self.tr("Add event…"))
        self.edit_event_button = QPushButton(self.tr("Edit event…"))
        self.delete_event_button = QPushButton(self.tr("Delete event"))
        event_buttons = QHBoxLayout()
        for b in (self.add_event_button, self.edit_event_button, self.delete_event_button):
            event_buttons.addWidget(b)
        event_buttons.addStretch(1)
        self.timeline_box = QGroupBox(self.tr("Timeline"))
        timeline_layout = QVBoxLayout(self.timeline_box)
        timeline_layout.addWidget(self.principle_box)
        timeline_layout.addWidget(self.events_view)
        timeline_layout.addLayout(event_buttons)

        self.services_model = LegalServicesModel(self)
        self.services_view = _table(self.services_model)
        self.log_consultation_button = QPushButton(self.tr("Log a legal consultation…"))
        services_box = QGroupBox(self.tr("Legal-aid services"))
        services_layout = QVBoxLayout(services_box)
        services_layout.addWidget(self.services_view)
        row = QHBoxLayout()
        row.addWidget(self.log_consultation_button)
        row.addStretch(1)
        services_layout.addLayout(row)

        splitter = QSplitter(Qt.Vertical)
        for w in (cases_box, self.timeline_box, services_box):
            splitter.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.flags_label)
        layout.addWidget(splitter, 1)

        self.new_case_button.clicked.connect(self.new_case)
        self.edit_case_button.clicked.connect(self.edit_case)
        self.delete_case_button.clicked.connect(self.delete_case)
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button.clicked.connect(self.edit_event)
        self.delete_event_button.clicked.connect(self.delete_event)
        self.log_consultation_button.clicked.connect(self.log_consultation)
        self.cases_view.doubleClicked.connect(lambda _i: self.edit_case())
        self.events_view.doubleClicked.connect(lambda _i: self.edit_event())
        self.cases_view.selectionModel().selectionChanged.connect(self._case_selected)
        self.events_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return cls.tr("Legal")

    # --- loading ---
    def refresh(self, select_case: int | None = None) -> None:
        if self.session.closed:
            for m in (self.cases_model, self.events_model, self.services_model):
                m.set_rows([])
            return
        current = select_case or (self.current_case() or {}).get("id")
        self.cases_model.set_rows(legal.cases(self.session, self.resident_id))
        self.services_model.set_rows(services.legal_services(self.session, self.resident_id))
        flags = [f for c in self.cases_model.rows for f in c["flags"]]
        self.flags_label.setText("\n".join(
            [self.tr("For the director's attention:")] + ["⚑ " + f.message() for f in flags]))
        self.flags_label.setVisible(bool(flags))
        rows = [i for i, c in enumerate(self.cases_model.rows) if c["id"] == current]
        if not rows and self.cases_model.rows:
            rows = [0]
        if rows:
            self.cases_view.selectRow(rows[0])
        self._case_selected()

    def current_case(self) -> dict | None:
        rows = self.cases_view.selectionModel().selectedRows() if self.cases_view.selectionModel() else []
        return self.cases_model.item(rows[0].row()) if rows else None

    def current_event(self) -> dict | None:
        rows = self.events_view.selectionModel().selectedRows()
        return self.events_model.item(rows[0].row()) if rows else None

    def select_event(self, event_id: int) -> None:
        for row, event in enumerate(self.events_model.rows):
            if event["id"] == event_id:
                self.events_view.selectRow(row)
                return

    def _case_selected(self, *_args) -> None:
        case = self.current_case()
        self.events_model.set_rows(case["events"] if case else [])
        self.timeline_box.setTitle(self.tr("Timeline of case {case_ref}").format(case_ref=case["case_ref"])
                                   if case else self.tr("Timeline"))
        applies = bool(case) and case["non_punishment_applies"]
        self.principle_box.setVisible(applies)
        if applies:
            self.raised_check.setChecked(bool(case["non_punishment_raised"]))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        case, event = self.current_case(), self.current_event()
        self.new_case_button.setEnabled(self.editable)
        self.edit_case_button.setEnabled(self.editable and case is not None)
        self.delete_case_button.setEnabled(self.editable and case is not None)
        self.add_event_button.setEnabled(self.editable and case is not None)
        self.edit_event_button.setEnabled(self.editable and event is not None)
        self.delete_event_button.setEnabled(self.editable and event is not None)
        self.raised_check.setEnabled(self.editable)
        self.log_consultation_button.setVisible(any(services.can_log(self.session, t)
                                                    for t in LEGAL_SERVICE_TYPES))

    # --- actions ---
    def _done(self, case_id: int | None = None) -> None:
        self.refresh(select_case=case_id)
        self.changed.emit()

    def new_case(self, values: dict | None = None) -> None:
        dialog = CaseDialog(self.session, self.resident_id, parent=self)
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, {"kind": "case"}):
            self._done(dialog.result_record["id"])

    def edit_case(self, values: dict | None = None) -> None:
        case = self.current_case()
        if case is None or not self.editable:
            return
        dialog = CaseDialog(self.session, self.resident_id, case, parent=self)
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, {"kind": "case", "case_id": case["id"]}):
            self._done(case["id"])

    def delete_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        text = self.tr("Delete case {case_ref} and its {n} events? The deletion is written to the audit log.").format(
            case_ref=case["case_ref"], n=len(case["events"]))
        if not dialogs.confirm(self, text, yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        try:
            legal.delete_case(self.session, case["id"])
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self._done()

    def set_raised(self, checked: bool) -> None:
        case = self.current_case()
        if case is None:
            return
        try:
            legal.set_non_punishment_raised(self.session, case["id"], checked)
        except ShelterError as exc:
            dialogs.show_error(self, exc)
        self._done(case["id"])

    def add_event(self, values: dict | None = None) -> None:
        case = self.current_case()
        if case is None:
            return
        dialog = EventDialog(self.session, case, parent=self)
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, {"kind": "event", "case_id": case["id"]}):
            self._done(case["id"])

    def edit_event(self, values: dict | None = None) -> None:
        case, event = self.current_case(), self.current_event()
        if case is None or event is None or not self.editable:
            return
        dialog = EventDialog(self.session, case, event, parent=self)
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, {"kind": "event", "case_id": case["id"], "event_id": event["id"]}):
            self._done(case["id"])

    def delete_event(self) -> None:
        case, event = self.current_case(), self.current_event()
        if case is None or event is None:
            return
        text = self.tr("Delete the event “{stage}” of {date}?").format(
            stage=codes.LEGAL_STAGE.label(event["stage"]), date=show_date(event["date"]))
        if not dialogs.confirm(self, text, yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        try:
            legal.delete_event(self.session, event["id"])
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self._done(case["id"])

    def log_consultation(self, values: dict | None = None) -> None:
        from shelter_app.ui.services_tab import ServiceDialog

        types = [t for t in services.loggable_types(self.session) if t in LEGAL_SERVICE_TYPES]
        dialog = ServiceDialog(self.session, self.resident_id, types=types,
                               preset={"service_type": "legal_consultation"}, parent=self)
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, {"kind": "consultation"}):
            self._done()

    # --- unsaved work: what is typed lives in the dialogs, kept across auto-lock ---
    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if self.session.closed:
            return
        kind = reopen.get("kind")
        if reopen.get("case_id"):
            self.refresh(select_case=reopen["case_id"])
            if self.current_case() is None:
                return
        if kind == "case":
            (self.edit_case if reopen.get("case_id") else self.new_case)(values)
        elif kind == "event":
            if reopen.get("event_id"):
                self.select_event(reopen["event_id"])
                if self.current_event() is None:
                    return
                self.edit_event(values)
            else:
                self.add_event(values)
        elif kind == "consultation":
            self.log_consultation(values)
