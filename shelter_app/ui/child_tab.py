"""The Child tab of a resident's record: the guardian or legal representative
(one suspected of involvement in red, never addressed by a letter), the
guardian's consent and the child's assent (or a child of 16 or older
consenting alone), best-interests assessments, and the child-friendly
measures taken at each legal event."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_app import children, codes
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui.common import (
    CodeChecklist,
    CodeCombo,
    RowsModel,
    colour_text,
    fit_columns,
    lay_out_record_dialog,
    push_button,
    rows_view,
    set_error,
    show_date,
)
from shelter_app.ui.extensions import RecordTab, UnsavedDialog

RED = QColor("#b00020")


def _problems_text(exc: ShelterError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(exc.localized_problems().values())
    return exc.localized()


def _today_text() -> str:
    return _dt.date.today().strftime("%d.%m.%Y")


def _table(model, name: str):
    view = rows_view(model, name, single=True)
    # Each column as wide as its header, the last one the rest: no horizontal scroll bar on a small screen.
    fit_columns(view, {}, stretch=model.columnCount() - 1, stretch_minimum=100)
    return view


def _yes(value) -> str:
    return QCoreApplication.translate("ChildTab", "yes") if value else ""


class GuardiansModel(RowsModel):
    NAME, RELATION, CONTACT, SUSPECTED = range(4)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Relation"), self.tr("Contact"), self.tr("Suspected of involvement")]

    def data(self, index, role=Qt.DisplayRole):
        g = self.row_at(index)
        if g is None:
            return None
        if role == Qt.ForegroundRole and g["suspected_involvement"]:
            return QBrush(RED)
        if role == Qt.ToolTipRole and g["suspected_involvement"]:
            return self.tr("Suspected of involvement: never contacted through the app's letters.")
        if role != Qt.DisplayRole:
            return None
        col = index.column()
        if col == self.NAME:
            return "•••" if self.session.privacy_mode else g["full_name"]
        if col == self.RELATION:
            return codes.GUARDIAN_RELATION.label(g["relation"])
        if col == self.CONTACT:
            return "•••" if self.session.privacy_mode and g["contact"] else g["contact"]
        return self.tr("SUSPECTED") if g["suspected_involvement"] else ""


class ConsentsModel(RowsModel):
    DATE, GUARDIAN, CONSENT, ASSENT, ALONE = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Guardian"), self.tr("Guardian's consent"), self.tr("Child's assent"),
                self.tr("16+, alone")]

    def data(self, index, role=Qt.DisplayRole):
        c = self.row_at(index)
        if c is None or role != Qt.DisplayRole:
            return None
        return [show_date(c["consent_date"]), c.get("guardian_name") or "", _yes(c["guardian_consent"]),
                _yes(c["child_assent"]), _yes(c["consented_alone"])][index.column()]


class BestInterestsModel(RowsModel):
    DATE, BY, BODY, RECOMMENDATION = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Assessed by"), self.tr("Responsible body"), self.tr("Recommendation")]

    def data(self, index, role=Qt.DisplayRole):
        b = self.row_at(index)
        if b is None or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if role == Qt.ToolTipRole:
            return b["recommendation"]
        return [show_date(b["assessment_date"]), b["assessed_by"], b["responsible_body"],
                b["recommendation"].replace("\n", " ")][index.column()]


class EventsModel(RowsModel):
    DATE, CASE, STAGE, MEASURES = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Case"), self.tr("Stage"), self.tr("Child-friendly measures")]

    def data(self, index, role=Qt.DisplayRole):
        e = self.row_at(index)
        if e is None or role != Qt.DisplayRole:
            return None
        return [show_date(e["date"]), e["case_ref"], codes.LEGAL_STAGE.label(e["stage"]),
                "; ".join(codes.CHILD_MEASURE.label(m) for m in e["measures"])][index.column()]


class GuardianDialog(UnsavedDialog):
    def __init__(self, session, resident_id: int, guardian: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.guardian = guardian
        self.setWindowTitle(self.tr("Guardian or legal representative"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("guardian_name")
        self.relation = CodeCombo(codes.GUARDIAN_RELATION, blank=self.tr("— choose —"))
        self.relation.setObjectName("guardian_relation")
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("guardian_contact")
        self.suspected = QCheckBox(self.tr("Suspected of involvement in the trafficking (never contacted "
                                           "through the app's letters)"))
        self.suspected.setObjectName("suspected_involvement")
        self.notes_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Relation:"), self.relation)
        form.addRow(self.tr("Contact:"), self.contact_edit)
        form.addRow("", self.suspected)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        if guardian:
            self.set_values(guardian)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"full_name": self.name_edit.text(), "relation": self.relation.code(),
                "contact": self.contact_edit.text(), "suspected_involvement": self.suspected.isChecked(),
                "notes": self.notes_edit.text()}

    def set_values(self, values: dict) -> None:
        self.name_edit.setText(values.get("full_name") or "")
        self.relation.set_code(values.get("relation"))
        self.contact_edit.setText(values.get("contact") or "")
        self.suspected.setChecked(bool(values.get("suspected_involvement")))
        self.notes_edit.setText(values.get("notes") or "")

    def save(self) -> None:
        data = self.values()
        try:
            if self.guardian:
                children.update_guardian(self.session, self.guardian["id"], data)
            else:
                children.add_guardian(self.session, self.resident_id, data)
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class ConsentDialog(UnsavedDialog):
    def __init__(self, session, resident_id: int, guardians: list[dict], parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Consent of a child"))
        self.date_edit = QLineEdit(_today_text())
        self.date_edit.setObjectName("consent_date")
        self.date_edit.setMaximumWidth(120)
        self.alone = QCheckBox(self.tr("The child is 16 or older and consents alone"))
        self.alone.setObjectName("consented_alone")
        self.guardian = QComboBox()
        self.guardian.setObjectName("consent_guardian")
        self.guardian.addItem(self.tr("— choose —"), None)
        for g in guardians:
            if not g["suspected_involvement"]:
                self.guardian.addItem(g["full_name"], g["id"])
        self.guardian_consent = QCheckBox(self.tr("The guardian consents"))
        self.guardian_consent.setObjectName("guardian_consent")
        self.child_assent = QCheckBox(self.tr("The child agrees (assent), asked in words they understand"))
        self.child_assent.setObjectName("child_assent")
        self.notes_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow("", self.alone)
        form.addRow(self.tr("Guardian:"), self.guardian)
        form.addRow("", self.guardian_consent)
        form.addRow("", self.child_assent)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        note = QLabel(self.tr("A guardian suspected of involvement cannot consent and is not listed."))
        note.setWordWrap(True)
        form.addRow("", note)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.alone.toggled.connect(self._alone_toggled)
        self.mark_clean()

    def values(self) -> dict:
        return {"consent_date": self.date_edit.text(), "consented_alone": self.alone.isChecked(),
                "guardian_id": self.guardian.currentData(), "guardian_consent": self.guardian_consent.isChecked(),
                "child_assent": self.child_assent.isChecked(), "notes": self.notes_edit.text()}

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("consent_date") or "")
        self.alone.setChecked(bool(values.get("consented_alone")))
        self.guardian.setCurrentIndex(max(0, self.guardian.findData(values.get("guardian_id"))))
        self.guardian_consent.setChecked(bool(values.get("guardian_consent")))
        self.child_assent.setChecked(bool(values.get("child_assent")))
        self.notes_edit.setText(values.get("notes") or "")

    def _alone_toggled(self, on: bool) -> None:
        for w in (self.guardian, self.guardian_consent, self.child_assent):
            w.setEnabled(not on)

    def save(self) -> None:
        try:
            children.record_consent(self.session, self.resident_id, self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class BestInterestsDialog(UnsavedDialog):
    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Best-interests assessment"))
        self.date_edit = QLineEdit(_today_text())
        self.date_edit.setObjectName("bia_date")
        self.date_edit.setMaximumWidth(120)
        self.by_edit = QLineEdit()
        self.by_edit.setObjectName("bia_by")
        self.body_edit = QLineEdit()
        self.body_edit.setObjectName("bia_body")
        self.recommendation = QPlainTextEdit()
        self.recommendation.setObjectName("bia_recommendation")
        self.recommendation.setTabChangesFocus(True)
        self.recommendation.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Assessed by:"), self.by_edit)
        form.addRow(self.tr("Recommendation:"), self.recommendation)
        form.addRow(self.tr("Responsible body:"), self.body_edit)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"assessment_date": self.date_edit.text(), "assessed_by": self.by_edit.text(),
                "recommendation": self.recommendation.toPlainText(), "responsible_body": self.body_edit.text()}

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("assessment_date") or "")
        self.by_edit.setText(values.get("assessed_by") or "")
        self.recommendation.setPlainText(values.get("recommendation") or "")
        self.body_edit.setText(values.get("responsible_body") or "")

    def save(self) -> None:
        try:
            children.add_best_interests(self.session, self.resident_id, self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class MeasuresDialog(UnsavedDialog):
    def __init__(self, session, event: dict, parent=None):
        super().__init__(parent)
        self.session = session
        self.legal_event = event
        self.setWindowTitle(self.tr("Child-friendly measures"))
        self.measures = CodeChecklist(codes.CHILD_MEASURE)
        self.measures.setObjectName("child_measures")
        self.measures.set_codes(event["measures"])
        form = QFormLayout()
        form.addRow(self.tr("Event:"), QLabel("{date} · {case} · {stage}".format(
            date=show_date(event["date"]), case=event["case_ref"], stage=codes.LEGAL_STAGE.label(event["stage"]))))
        form.addRow(self.tr("Measures taken:"), self.measures)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"measures": self.measures.codes()}

    def set_values(self, values: dict) -> None:
        self.measures.set_codes(values.get("measures"))

    def save(self) -> None:
        try:
            children.set_child_measures(self.session, self.legal_event["id"], self.measures.codes())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc))
            return
        self.accept()


class ChildTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("ChildTab", "C&hild")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.view: dict = {}
        self.can_edit = session.can(Permission.SCREEN_AND_ASSESS)
        self.can_measure = self.can_edit or session.can(Permission.EDIT_LEGAL)
        layout = QVBoxLayout(self)
        self.age_label = QLabel()
        self.age_label.setObjectName("child_age")
        self.age_label.setWordWrap(True)
        layout.addWidget(self.age_label)
        self.warning = QLabel()
        self.warning.setObjectName("suspected_warning")
        self.warning.setWordWrap(True)
        colour_text(self.warning, "#b00020")
        self.warning.hide()
        layout.addWidget(self.warning)
        grid = QGridLayout()
        layout.addLayout(grid, 1)

        self.guardians_model = GuardiansModel(session, self)
        self.guardians_table = _table(self.guardians_model, "guardians")
        self.add_guardian_button = push_button(self.tr("Add &guardian…"), "add_guardian", self.add_guardian)
        self.edit_guardian_button = push_button(self.tr("Edit…"), "edit_guardian", self.edit_guardian)
        grid.addWidget(self._group(self.tr("Guardian or legal representative"), self.guardians_table,
                                   [self.add_guardian_button, self.edit_guardian_button]), 0, 0)

        self.consents_model = ConsentsModel(self)
        self.consents_table = _table(self.consents_model, "consents")
        self.consent_button = push_button(self.tr("Record &consent…"), "record_consent", self.record_consent)
        grid.addWidget(self._group(self.tr("Consent and assent"), self.consents_table, [self.consent_button]), 0, 1)

        self.bia_model = BestInterestsModel(self)
        self.bia_table = _table(self.bia_model, "best_interests")
        self.bia_button = push_button(self.tr("Add assessment…"), "add_best_interests", self.add_best_interests)
        grid.addWidget(self._group(self.tr("Best-interests assessments"), self.bia_table, [self.bia_button]), 1, 0)

        self.events_model = EventsModel(self)
        self.events_table = _table(self.events_model, "child_events")
        self.measures_button = push_button(self.tr("Measures…"), "child_measures", self.set_measures)
        grid.addWidget(self._group(self.tr("Legal events: child-friendly measures"), self.events_table,
                                   [self.measures_button]), 1, 1)
        for b in (self.add_guardian_button, self.edit_guardian_button, self.consent_button, self.bia_button):
            b.setVisible(self.can_edit)
        self.measures_button.setVisible(self.can_measure)
        self.refresh()

    def _group(self, title: str, table, buttons) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(table, 1)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        inner.addLayout(row)
        return box

    def refresh(self) -> None:
        if self.session.closed:
            return
        self.view = children.overview(self.session, self.resident_id)
        age = self.view["age"]
        if age is None:
            self.age_label.setText(self.tr("Age not known: record the date of birth or an estimated year."))
        elif self.view["minor"]:
            self.age_label.setText("<b>" + self.tr("{age} years old: a child. These safeguards apply.").format(
                age=age) + "</b>")
        else:
            self.age_label.setText(self.tr("{age} years old. These safeguards apply to children; what was recorded "
                                           "while the resident was a child stays here.").format(age=age))
        self.guardians_model.set_rows(self.view["guardians"])
        self.consents_model.set_rows(self.view["consents"])
        self.bia_model.set_rows(self.view["best_interests"])
        self.events_model.set_rows(self.view["legal_events"])
        suspected = [g for g in self.view["guardians"] if g["suspected_involvement"]]
        set_error(self.warning, self.tr("A guardian is suspected of involvement: never contact them through the "
                                        "app's letters; consent comes from another representative.")
                  if suspected else "")
        self.edit_guardian_button.setEnabled(bool(self.view["guardians"]))
        self.measures_button.setEnabled(bool(self.view["legal_events"]))

    def _selected(self, table, model) -> dict | None:
        index = table.currentIndex()
        return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None

    def _run(self, dialog: UnsavedDialog, reopen: dict, values: dict | None) -> None:
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, reopen):
            self.refresh()
            self.changed.emit()

    def add_guardian(self, values: dict | None = None) -> None:
        self._run(GuardianDialog(self.session, self.resident_id, parent=self), {"kind": "guardian"}, values)

    def _find(self, rows: list[dict], record_id) -> dict | None:
        return next((r for r in rows if r["id"] == record_id), None)

    def edit_guardian(self, values: dict | None = None, guardian_id: int | None = None) -> None:
        guardian = (self._find(self.view["guardians"], guardian_id) if guardian_id
                    else self._selected(self.guardians_table, self.guardians_model))
        if guardian is None and self.view["guardians"] and not guardian_id:
            guardian = self.view["guardians"][0]
        if guardian is not None:
            self._run(GuardianDialog(self.session, self.resident_id, guardian, parent=self),
                      {"kind": "guardian", "guardian_id": guardian["id"]}, values)

    def record_consent(self, values: dict | None = None) -> None:
        self._run(ConsentDialog(self.session, self.resident_id, self.view["guardians"], parent=self),
                  {"kind": "consent"}, values)

    def add_best_interests(self, values: dict | None = None) -> None:
        self._run(BestInterestsDialog(self.session, self.resident_id, parent=self), {"kind": "best_interests"},
                  values)

    def set_measures(self, values: dict | None = None, event_id: int | None = None) -> None:
        event = (self._find(self.view["legal_events"], event_id) if event_id
                 else self._selected(self.events_table, self.events_model))
        if event is None and self.view["legal_events"] and not event_id:
            event = self.view["legal_events"][0]
        if event is not None:
            self._run(MeasuresDialog(self.session, event, parent=self), {"kind": "measures", "event_id": event["id"]},
                      values)

    # --- auto-lock: a half-typed form comes back ------------------------------------------

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if self.session.closed:
            return
        self.refresh()
        kind = reopen.get("kind")
        if kind == "guardian" and reopen.get("guardian_id"):
            self.edit_guardian(values, reopen["guardian_id"])
        elif kind == "guardian":
            self.add_guardian(values)
        elif kind == "consent":
            self.record_consent(values)
        elif kind == "best_interests":
            self.add_best_interests(values)
        elif kind == "measures":
            self.set_measures(values, reopen.get("event_id"))
