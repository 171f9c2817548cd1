"""The Identification (NRM) tab of a resident's record: first-level screenings
(act / means / purpose, the age at the act deciding child or adult criteria,
immediate needs, a result), referrals for formal identification to an
authorised body, and their decisions; the resident's nrm_status follows.
Prints the filled-in questionnaire and the referral letter in the language
chosen, to the printer (no file) or as a PDF after a warning."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_app import codes, i18n, nrm, organisations
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
from shelter_app.validation import parse_date

_DISPLAY = Qt.DisplayRole


def _today_text() -> str:
    return _dt.date.today().strftime("%d.%m.%Y")


def _date_edit(value: str = "") -> QLineEdit:
    edit = QLineEdit(value)
    edit.setPlaceholderText(QCoreApplication.translate("NrmTab", "dd.mm.yyyy"))
    edit.setMaximumWidth(120)
    return edit


def _problems_text(exc: ShelterError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(exc.localized_problems().values())
    return exc.localized()


def _table(model, name: str):
    view = rows_view(model, name, single=True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class ScreeningsModel(RowsModel):
    DATE, RESULT, CRITERIA, NEEDS = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Result"), self.tr("Criteria"), self.tr("Immediate needs")]

    def data(self, index, role=_DISPLAY):
        s = self.row_at(index)
        if s is None or role != _DISPLAY:
            return None
        col = index.column()
        if col == self.DATE:
            return show_date(s["screening_date"])
        if col == self.RESULT:
            return codes.SCREENING_RESULT.label(s["result"])
        if col == self.CRITERIA:
            if s["screened_by"] == "import":
                return self.tr("imported")
            return self.tr("child") if s["child_criteria"] else self.tr("adult")
        return ", ".join(codes.PLAN_DOMAIN.label(n["domain"]) for n in s.get("needs") or [])


class ReferralsModel(RowsModel):
    DATE, BODY, DECISION, DECIDED = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Referred"), self.tr("Authorised body"), self.tr("Decision"), self.tr("Decided")]

    def data(self, index, role=_DISPLAY):
        r = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ForegroundRole and col == self.DECISION and r["decision"] == "identified":
            return QBrush(QColor("#1b5e20"))
        if role != _DISPLAY:
            return None
        if col == self.DATE:
            return show_date(r["referral_date"])
        if col == self.BODY:
            return r["organisation_name"]
        if col == self.DECISION:
            return codes.NRM_DECISION.label(r["decision"]) if r["decision"] else self.tr("waiting")
        return show_date(r["decision_date"])


class ScreeningDialog(UnsavedDialog):
    """A first-level screening: the indicators under act / means / purpose,
    the age at the act (child or adult criteria), immediate needs, the result."""

    def __init__(self, session, resident: dict, screening: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident = resident
        self.screening = screening
        self.result_record: dict | None = None
        self.setWindowTitle(self.tr("First-level screening") if screening is None
                            else self.tr("Correct the screening"))
        body = QVBoxLayout()
        top = QFormLayout()
        self.date_edit = _date_edit(_today_text())
        self.date_edit.setObjectName("screening_date")
        self.act_date_edit = _date_edit()
        self.act_date_edit.setObjectName("act_date")
        self.age_edit = QLineEdit()
        self.age_edit.setObjectName("age_at_act")
        self.age_edit.setMaximumWidth(60)
        self.criteria_label = QLabel()
        self.criteria_label.setObjectName("criteria")
        ages = QHBoxLayout()
        ages.addWidget(self.act_date_edit)
        ages.addWidget(QLabel(self.tr("or age then:")))
        ages.addWidget(self.age_edit)
        ages.addWidget(self.criteria_label, 1)
        top.addRow(self.tr("Date of the screening:"), self.date_edit)
        top.addRow(self.tr("Date of the act:"), ages)
        body.addLayout(top)

        lists = QHBoxLayout()
        self.acts = CodeChecklist(codes.NRM_ACT)
        self.acts.setObjectName("acts")
        self.means = CodeChecklist(codes.NRM_MEANS)
        self.means.setObjectName("means")
        self.purposes = CodeChecklist(codes.EXPLOITATION)
        self.purposes.setObjectName("purposes")
        self.means_title = QLabel()
        for title, widget, label in ((self.tr("1. The act"), self.acts, None),
                                     (self.tr("2. The means"), self.means, self.means_title),
                                     (self.tr("3. The purpose (exploitation)"), self.purposes, None)):
            column = QVBoxLayout()
            heading = label or QLabel()
            heading.setText("<b>" + title + "</b>")
            column.addWidget(heading)
            column.addWidget(widget)
            # Every means shows without scrolling; the purposes scroll past the ninth.
            widget.setFixedHeight(widget.sizeHintForRow(0) * min(widget.count(), 9) + 2 * widget.frameWidth() + 4)
            column.addStretch(1)
            lists.addLayout(column, 1)
            widget.itemChanged.connect(self._update_suggestion)
        body.addLayout(lists)

        needs_box = QGroupBox(self.tr("Immediate needs (they start the rehabilitation plan)"))
        grid = QGridLayout(needs_box)
        grid.setVerticalSpacing(2)
        self.need_widgets: dict[str, tuple[CodeCombo, QLineEdit]] = {}
        half = (len(codes.PLAN_DOMAIN.codes) + 1) // 2
        for i, (code, label) in enumerate(codes.PLAN_DOMAIN.choices()):
            row, col = i % half, (i // half) * 3
            level = CodeCombo(codes.NEED_LEVEL)
            level.setObjectName("need_" + code)
            note = QLineEdit()
            note.setObjectName("need_note_" + code)
            grid.addWidget(QLabel(label), row, col)
            grid.addWidget(level, row, col + 1)
            grid.addWidget(note, row, col + 2)
            self.need_widgets[code] = (level, note)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(5, 1)
        body.addWidget(needs_box)

        bottom = QFormLayout()
        result_row = QHBoxLayout()
        self.result_combo = CodeCombo(codes.SCREENING_RESULT, blank=self.tr("— choose —"))
        self.result_combo.setObjectName("result")
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        colour_text(self.suggestion, "#555555")
        result_row.addWidget(self.result_combo)
        result_row.addWidget(self.suggestion, 1)
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("screening_notes")
        bottom.addRow(self.tr("Result:"), result_row)
        bottom.addRow(self.tr("Notes:"), self.notes_edit)
        body.addLayout(bottom)
        lay_out_record_dialog(self, body, self.tr("Save"), self.tr("Cancel"))
        self.resize(1040, self.sizeHint().height())

        if screening:
            self.set_values({
                "screening_date": edit_date(screening["screening_date"]), "act_date": edit_date(screening["act_date"]),
                "age_at_act": "" if screening["age_at_act"] is None or screening["act_date"]
                else str(screening["age_at_act"]),
                "acts": screening["acts"], "means": screening["means"], "purposes": screening["purposes"],
                "result": screening["result"], "notes": screening["notes"],
                "needs": screening.get("needs") or []})
        for edit in (self.act_date_edit, self.age_edit, self.date_edit):
            edit.textChanged.connect(self._update_suggestion)
        self._update_suggestion()
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("screening_date") or "")
        self.act_date_edit.setText(values.get("act_date") or "")
        self.age_edit.setText(str(values.get("age_at_act") or ""))
        self.acts.set_codes(values.get("acts"))
        self.means.set_codes(values.get("means"))
        self.purposes.set_codes(values.get("purposes"))
        needs = {n["domain"]: n for n in values.get("needs") or []}
        for code, (level, note) in self.need_widgets.items():
            n = needs.get(code)
            level.set_code(n["need_level"] if n else "none")
            note.setText(n["note"] if n else "")
        self.result_combo.set_code(values.get("result"))
        self.notes_edit.setText(values.get("notes") or "")
        self._update_suggestion()

    def _age(self) -> int | None:
        try:
            act = parse_date(self.act_date_edit.text())
            screened = parse_date(self.date_edit.text())
        except ValueError:
            act = screened = None
        typed = self.age_edit.text().strip()
        age_typed = int(typed) if typed.isdigit() else None
        return nrm.age_at_act(self.resident, act.isoformat() if act else None, age_typed,
                              screened.isoformat() if screened else None)

    def _update_suggestion(self, *_args) -> None:
        age = self._age()
        child = nrm.child_criteria(age)
        if age is None:
            self.criteria_label.setText(self.tr("Age at the act not known: adult criteria."))
        elif child:
            self.criteria_label.setText(self.tr("{age} at the act: child criteria, the means are not required.")
                                        .format(age=age))
        else:
            self.criteria_label.setText(self.tr("{age} at the act: adult criteria.").format(age=age))
        self.means_title.setText("<b>" + self.tr("2. The means") + "</b>"
                                 + (" " + self.tr("(not required for a child)") if child else ""))
        suggested = nrm.suggested_result(self.acts.codes(), self.means.codes(), self.purposes.codes(), child)
        self.suggestion.setText(self.tr("Suggested: {result}").format(
            result=codes.SCREENING_RESULT.label(suggested)))

    def values(self) -> dict:
        return {
            "screening_date": self.date_edit.text(), "act_date": self.act_date_edit.text(),
            "age_at_act": self.age_edit.text(), "acts": self.acts.codes(), "means": self.means.codes(),
            "purposes": self.purposes.codes(), "result": self.result_combo.code(), "notes": self.notes_edit.text(),
            "needs": [{"domain": code, "need_level": level.code() or "none", "note": note.text()}
                      for code, (level, note) in self.need_widgets.items()],
        }

    def save(self) -> None:
        try:
            if self.screening:
                self.result_record = nrm.update_screening(self.session, self.screening["id"], self.values())
            else:
                self.result_record = nrm.add_screening(self.session, self.resident["id"], self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class BodyDialog(UnsavedDialog):
    """A body authorised to identify victims, added to the organisations directory."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.new_id: int | None = None
        self.setWindowTitle(self.tr("New authorised body"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("body_name")
        self.region_edit = QLineEdit()
        self.region_edit.setObjectName("body_region")
        self.phone_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Region:"), self.region_edit)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        lay_out_record_dialog(self, form, self.tr("Add"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"name": self.name_edit.text(), "region": self.region_edit.text(), "phone": self.phone_edit.text()}

    def set_values(self, values: dict) -> None:
        self.name_edit.setText(values.get("name") or "")
        self.region_edit.setText(values.get("region") or "")
        self.phone_edit.setText(values.get("phone") or "")

    def save(self) -> None:
        try:
            self.new_id = organisations.add_organisation(self.session, dict(
                self.values(), organisation_type="authorised_nrm_body"))
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class ReferralDialog(UnsavedDialog):
    """Referral for formal identification: the date, the authorised body, and
    what the resident agreed to share with it."""

    def __init__(self, session, resident: dict, bodies: list[dict], parent=None):
        super().__init__(parent)
        self.session = session
        self.resident = resident
        self.result_record: dict | None = None
        self.setWindowTitle(self.tr("Refer for formal identification"))
        form = QFormLayout()
        self.date_edit = _date_edit(_today_text())
        self.date_edit.setObjectName("referral_date")
        body_row = QHBoxLayout()
        self.body_combo = QComboBox()
        self.body_combo.setObjectName("body")
        self.body_combo.setMinimumWidth(320)
        self._fill_bodies(bodies)
        body_row.addWidget(self.body_combo, 1)
        self.new_body_button = push_button(self.tr("New body…"), "new_body", self.add_body)
        self.new_body_button.setVisible(session.can(Permission.MANAGE_DIRECTORY))
        body_row.addWidget(self.new_body_button)
        self.shared = CodeChecklist(codes.REFERRAL_SHARE)
        self.shared.setObjectName("shared")
        self.notes_edit = QLineEdit()
        hint = QLabel(self.tr("Tick only what the resident agreed to share with this body: the letter holds "
                              "nothing else."))
        hint.setWordWrap(True)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Authorised body:"), body_row)
        form.addRow(self.tr("The resident agreed to share:"), self.shared)
        form.addRow("", hint)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        lay_out_record_dialog(self, form, self.tr("Refer"), self.tr("Cancel"))
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("referral_date") or "")
        index = self.body_combo.findData(values.get("organisation_id"))
        self.body_combo.setCurrentIndex(max(0, index))
        self.shared.set_codes(values.get("shared"))
        self.notes_edit.setText(values.get("notes") or "")

    def _fill_bodies(self, bodies: list[dict], select: int | None = None) -> None:
        self.body_combo.clear()
        self.body_combo.addItem(self.tr("— choose —"), None)
        for b in bodies:
            self.body_combo.addItem(b["name"] + (f", {b['region']}" if b["region"] else ""), b["id"])
        if select is not None:
            self.body_combo.setCurrentIndex(self.body_combo.findData(select))

    def add_body(self) -> None:
        dialog = BodyDialog(self.session, self)
        if dialog.exec() == QDialog.Accepted and dialog.new_id:
            self._fill_bodies(organisations.list_organisations(self.session, "authorised_nrm_body"), dialog.new_id)

    def values(self) -> dict:
        return {"referral_date": self.date_edit.text(), "organisation_id": self.body_combo.currentData(),
                "shared": self.shared.codes(), "notes": self.notes_edit.text()}

    def save(self) -> None:
        try:
            self.result_record = nrm.refer(self.session, self.resident["id"], self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class DecisionDialog(UnsavedDialog):
    """The authorised body's decision on a referral."""

    def __init__(self, session, referral: dict, parent=None):
        super().__init__(parent)
        self.session = session
        self.referral = referral
        self.result_record: dict | None = None
        self.setWindowTitle(self.tr("Decision of {body}").format(body=referral["organisation_name"]))
        self.decision_combo = CodeCombo(codes.NRM_DECISION, blank=self.tr("— choose —"))
        self.decision_combo.setObjectName("decision")
        self.date_edit = _date_edit(_today_text())
        self.date_edit.setObjectName("decision_date")
        self.body_edit = QLineEdit(referral.get("identifying_body") or referral["organisation_name"])
        self.number_edit = QLineEdit(referral.get("document_number") or "")
        self.number_edit.setObjectName("document_number")
        if referral.get("decision"):
            self.decision_combo.set_code(referral["decision"])
            self.date_edit.setText(edit_date(referral["decision_date"]))
        form = QFormLayout()
        form.addRow(self.tr("Decision:"), self.decision_combo)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Identifying body:"), self.body_edit)
        form.addRow(self.tr("Document number:"), self.number_edit)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"decision": self.decision_combo.code(), "decision_date": self.date_edit.text(),
                "identifying_body": self.body_edit.text(), "document_number": self.number_edit.text()}

    def set_values(self, values: dict) -> None:
        self.decision_combo.set_code(values.get("decision"))
        self.date_edit.setText(values.get("decision_date") or "")
        self.body_edit.setText(values.get("identifying_body") or "")
        self.number_edit.setText(values.get("document_number") or "")

    def save(self) -> None:
        try:
            self.result_record = nrm.record_decision(self.session, self.referral["id"], self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class NrmTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("NrmTab", "Identification (&NRM)")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.view: dict = {}
        self.can_edit = session.can(Permission.SCREEN_AND_ASSESS)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("nrm_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        intro = QLabel(self.tr("Two steps: the shelter screens as a first responder; an authorised body makes "
                               "the formal identification."))
        intro.setWordWrap(True)
        colour_text(intro, "#555555")
        layout.addWidget(intro)

        columns = QHBoxLayout()
        box = QGroupBox(self.tr("First-level screenings"))
        inner = QVBoxLayout(box)
        self.screenings_model = ScreeningsModel(self)
        self.screenings_table = _table(self.screenings_model, "screenings")
        self.screenings_table.doubleClicked.connect(lambda _i: self.correct_screening())
        inner.addWidget(self.screenings_table, 1)
        row = QHBoxLayout()
        self.screen_button = push_button(self.tr("New &screening…"), "new_screening", self.new_screening)
        self.correct_button = push_button(self.tr("Correct…"), "correct_screening", self.correct_screening)
        row.addWidget(self.screen_button)
        row.addWidget(self.correct_button)
        row.addStretch(1)
        inner.addLayout(row)
        columns.addWidget(box, 1)

        box = QGroupBox(self.tr("Referrals for formal identification"))
        inner = QVBoxLayout(box)
        self.referrals_model = ReferralsModel(self)
        self.referrals_table = _table(self.referrals_model, "referrals")
        inner.addWidget(self.referrals_table, 1)
        row = QHBoxLayout()
        self.refer_button = push_button(self.tr("&Refer…"), "refer", self.refer)
        self.decision_button = push_button(self.tr("Record &decision…"), "record_decision", self.record_decision)
        row.addWidget(self.refer_button)
        row.addWidget(self.decision_button)
        row.addStretch(1)
        inner.addLayout(row)
        columns.addWidget(box, 1)
        layout.addLayout(columns, 1)

        self.message = QLabel()
        self.message.setObjectName("nrm_message")
        self.message.setWordWrap(True)
        colour_text(self.message, "#b00020")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(self._print_box())
        for b in (self.screen_button, self.correct_button, self.refer_button, self.decision_button):
            b.setVisible(self.can_edit)
        self.refresh()

    def _print_box(self) -> QWidget:
        self.print_group = QGroupBox(self.tr("Print"))
        rows = QVBoxLayout(self.print_group)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        first.addWidget(QLabel(self.tr("Language:")))
        self.print_language = QComboBox()
        self.print_language.setObjectName("print_language")
        for code in i18n.LANGUAGES:
            self.print_language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.print_language.setCurrentIndex(max(0, self.print_language.findData(i18n.current_language())))
        first.addWidget(self.print_language)
        first.addStretch(1)
        self.print_questionnaire_button = push_button(self.tr("Print questionnaire…"), "print_questionnaire",
                                                      lambda: self.print_document("questionnaire"))
        self.pdf_questionnaire_button = push_button(self.tr("Questionnaire as PDF…"), "pdf_questionnaire",
                                                    lambda: self.save_pdf("questionnaire"))
        self.print_letter_button = push_button(self.tr("Print referral letter…"), "print_letter",
                                               lambda: self.print_document("letter"))
        self.pdf_letter_button = push_button(self.tr("Letter as PDF…"), "pdf_letter",
                                             lambda: self.save_pdf("letter"))
        for b in (self.print_questionnaire_button, self.pdf_questionnaire_button):
            first.addWidget(b)
        second.addStretch(1)
        for b in (self.print_letter_button, self.pdf_letter_button):
            second.addWidget(b)
        self.print_group.setVisible(self.can_edit)
        return self.print_group

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session.closed:
            return
        self.view = nrm.overview(self.session, self.resident_id)
        self.screenings_model.set_rows(self.view["screenings"])
        self.referrals_model.set_rows(self.view["referrals"])
        resident = self.view["resident"]
        status = codes.NRM_STATUS.label(resident["nrm_status"])
        text = self.tr("NRM status: {status}").format(status=status)
        if resident["nrm_status"] == "identified":
            text += " — " + self.tr("identified on {date} by {body}").format(
                date=show_date(resident["nrm_identified_date"]), body=resident["nrm_identifying_body"] or "—")
        age = self.view["age"]
        if age is not None and age < nrm.ADULT_AGE:
            text += " · " + self.tr("a child: child criteria apply when the act took place before 18")
        self.status.setText("<b>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</b>")
        has_referral = bool(self.view["referrals"])
        self.print_letter_button.setEnabled(has_referral)
        self.pdf_letter_button.setEnabled(has_referral)
        self.correct_button.setEnabled(bool(self.view["screenings"]))
        self.decision_button.setEnabled(has_referral)
        if self.screenings_model.rowCount():
            self.screenings_table.selectRow(0)
        if self.referrals_model.rowCount():
            self.referrals_table.selectRow(0)

    def _selected(self, table, model) -> dict | None:
        index = table.currentIndex()
        return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None

    def _show(self, text: str) -> None:
        set_error(self.message, text)

    def _done(self) -> None:
        self._show("")
        self.refresh()
        self.changed.emit()

    # --- actions ---------------------------------------------------------------------------

    def _run(self, dialog: UnsavedDialog, reopen: dict, values: dict | None) -> None:
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, reopen):
            self._done()

    def new_screening(self, values: dict | None = None) -> None:
        self._run(ScreeningDialog(self.session, self.view["resident"], parent=self), {"kind": "screening"}, values)

    def correct_screening(self, values: dict | None = None) -> None:
        if not self.can_edit:
            return
        screening = self._selected(self.screenings_table, self.screenings_model)
        if screening is None:
            return
        self._run(ScreeningDialog(self.session, self.view["resident"], screening, parent=self),
                  {"kind": "screening", "screening_id": screening["id"]}, values)

    def refer(self, values: dict | None = None) -> None:
        if not self.view["screenings"]:
            self._show(self.tr("Screen the resident first: a referral follows a first-level screening."))
            return
        self._run(ReferralDialog(self.session, self.view["resident"], self.view["bodies"], parent=self),
                  {"kind": "referral"}, values)

    def record_decision(self, values: dict | None = None) -> None:
        referral = self._selected(self.referrals_table, self.referrals_model)
        if referral is None:
            return
        self._run(DecisionDialog(self.session, referral, parent=self),
                  {"kind": "decision", "referral_id": referral["id"]}, values)

    # --- auto-lock: a half-typed form comes back -----------------------------------------

    def _select(self, table, model, record_id) -> bool:
        for row, item in enumerate(model.rows):
            if item["id"] == record_id:
                table.selectRow(row)
                return True
        return False

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if self.session.closed:
            return
        self.refresh()
        kind = reopen.get("kind")
        if kind == "screening" and reopen.get("screening_id"):
            if self._select(self.screenings_table, self.screenings_model, reopen["screening_id"]):
                self.correct_screening(values)
        elif kind == "screening":
            self.new_screening(values)
        elif kind == "referral":
            self.refer(values)
        elif kind == "decision" and self._select(self.referrals_table, self.referrals_model,
                                                  reopen["referral_id"]):
            self.record_decision(values)

    # --- printing ---------------------------------------------------------------------------

    def _item_id(self, what: str) -> int | None:
        if what == "letter":
            r = self._selected(self.referrals_table, self.referrals_model)
        else:
            r = self._selected(self.screenings_table, self.screenings_model)
        return r["id"] if r else None

    def print_document(self, what: str) -> bool:
        lang = self.print_language.currentData()
        item_id, resident_id = self._item_id(what), self.resident_id
        try:
            nrm.document_allowed(self.session, resident_id, what)
            printer = document_printer.ask_printer(self, self.tr("Print"))
            if printer is None:
                return False
            # The document is read on this thread (a few milliseconds); the worker only paints it.
            document = nrm.document(self.session, resident_id, what, lang, item_id)
            tasks.run_print(self, lambda job: document, printer)
            nrm.record_print(self.session, resident_id, what, lang, "printer")
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def save_pdf(self, what: str) -> str | None:
        if not dialogs.confirm(
                self, self.tr("A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only "
                              "where it is safe, and delete it once it is printed or sent."),
                title=self.tr("Save as PDF"), yes=self.tr("Save PDF"), no=self.tr("Cancel")):
            return None
        case = self.view["resident"]["case_number"]
        name = (self.tr("nrm-letter-{case}.pdf") if what == "letter"
                else self.tr("nrm-questionnaire-{case}.pdf")).format(case=case)
        path = dialogs.ask_save_path(self, self.tr("Save as PDF"), name, self.tr("PDF files (*.pdf)"), "pdf")
        if not path:
            return None
        lang, item_id, resident_id = self.print_language.currentData(), self._item_id(what), self.resident_id
        try:
            tasks.run_pdf(self, lambda job: nrm.save_pdf(job.session, resident_id, what, lang, path, item_id),
                          session=self.session, label=self.tr("Saving as PDF…"))
        except tasks.Cancelled:
            return None
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return None
        return path
