"""The record's tabs for after the shelter: follow-up contacts (with the
closing step of a case in follow-up), referrals out with their consent and
letter, and compensation and non-punishment on the legal cases."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app import (
    codes,
    compensation,
    followups,
    i18n,
    legal,
    non_punishment,
    organisations,
    referrals,
)
from shelter_app import residents as residents_mod
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import (
    CodeChecklist,
    CodeCombo,
    RowsModel,
    edit_date,
    lay_out_record_dialog,
    rows_view,
    set_error,
    show_date,
)
from shelter_app.ui.extensions import RecordTab, UnsavedDialog

_DISPLAY = Qt.DisplayRole


def _today_text() -> str:
    return _dt.date.today().strftime("%d.%m.%Y")


def _date_edit(value: str | None = None, name: str = "") -> QLineEdit:
    edit = QLineEdit(edit_date(value) if value else "")
    edit.setPlaceholderText("dd.mm.yyyy")
    edit.setMaximumWidth(140)
    if name:
        edit.setObjectName(name)
    return edit


def _problems_text(exc: ShelterError, labels: dict[str, str]) -> str:
    """Every problem of a form, each after the label of its field."""
    if isinstance(exc, ValidationError):
        return "\n".join(f"{labels.get(f, f)}: {m}" for f, m in exc.localized_problems().items())
    return exc.localized()


def _yes_no(value) -> str:
    from PySide6.QtCore import QCoreApplication

    if value is None:
        return ""
    return QCoreApplication.translate("Common", "Yes") if value else QCoreApplication.translate("Common", "No")


def _table(model, name: str):
    view = rows_view(model, name, single=True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class _Model(RowsModel):
    def text(self, row: dict, column: int) -> str:
        raise NotImplementedError

    def data(self, index, role=_DISPLAY):
        row = self.row_at(index)
        if row is None or role not in (_DISPLAY, Qt.ToolTipRole):
            return None
        return self.text(row, index.column())


# --- follow-up ------------------------------------------------------------------------

class FollowUpModel(_Model):
    def headers(self) -> list[str]:
        return [self.tr("Planned"), self.tr("Made on"), self.tr("How"), self.tr("Reached"), self.tr("Result"),
                self.tr("Re-trafficking indicators"), self.tr("Actions")]

    def text(self, r: dict, column: int) -> str:
        if column == 0:
            return show_date(r["planned_date"])
        if column == 1:
            return show_date(r["actual_date"]) if r["actual_date"] else self.tr("not yet")
        if column == 2:
            return codes.FOLLOW_UP_MODE.label(r["mode"]) if r["mode"] else ""
        if column == 3:
            return _yes_no(r["reached"]) if r["actual_date"] else ""
        if column == 4:
            return codes.FOLLOW_UP_RESULT.label(r["result"]) if r["result"] else ""
        if column == 5:
            if not r["retrafficking"]:
                return ""
            return "; ".join(codes.RISK_ITEM.label(c) for c in r["risk_items"]) or self.tr("Yes")
        if column == 6:
            return (r["actions"] or "").splitlines()[0] if r["actions"] else ""
        return ""


class PlanFollowUpDialog(UnsavedDialog):
    """The contacts proposed at exit (1, 3, 6, 12 months), editable."""

    def __init__(self, session, resident_id: int, exit_date: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Plan follow-up contacts"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Proposed from the exit on {date}; change or clear any date.").format(
            date=show_date(exit_date))))
        self.date_edits = []
        labels = [self.tr("After 1 month"), self.tr("After 3 months"), self.tr("After 6 months"),
                  self.tr("After 12 months")]
        for i, (label, day) in enumerate(zip(labels, followups.propose_dates(exit_date))):
            edit = _date_edit(day, f"planned_{i + 1}")
            self.date_edits.append(edit)
            form.addRow(label, edit)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"dates": [e.text() for e in self.date_edits]}

    def set_values(self, values: dict) -> None:
        for edit, text in zip(self.date_edits, values.get("dates") or []):
            edit.setText(text)

    def save(self) -> None:
        dates = [e.text() for e in self.date_edits if e.text().strip()]
        try:
            followups.plan(self.session, self.resident_id, dates)
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class FollowUpDialog(UnsavedDialog):
    """How a contact went."""

    def __init__(self, session, contact: dict | None, parent=None, resident_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.contact = contact or {"actual_date": None}
        if contact:
            self.setWindowTitle(self.tr("Follow-up contact planned for {date}").format(
                date=show_date(contact["planned_date"])))
        else:
            self.setWindowTitle(self.tr("A follow-up contact"))
        self.date_edit = _date_edit(self.contact["actual_date"] or _dt.date.today().isoformat(), "actual_date")
        self.mode_combo = CodeCombo(codes.FOLLOW_UP_MODE, blank="")
        self.reached_combo = QComboBox()
        self.reached_combo.setObjectName("reached")
        for text, value in (("", None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.reached_combo.addItem(text, value)
        self.situation = {}
        grid = QGridLayout()
        names = {"housing": self.tr("Housing"), "work": self.tr("Work or income"), "health": self.tr("Health"),
                 "safety": self.tr("Safety")}
        for i, field in enumerate(followups.SITUATION_FIELDS):
            combo = CodeCombo(codes.SITUATION, blank="")
            combo.setObjectName(field)
            self.situation[field] = combo
            grid.addWidget(QLabel(names[field]), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        self.retraff_check = QCheckBox(self.tr("Re-trafficking indicators seen"))
        self.risk_list = CodeChecklist(codes.RISK_ITEM)
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setFixedHeight(50)
        self.result_combo = CodeCombo(codes.FOLLOW_UP_RESULT, blank="")
        form = QFormLayout()
        form.addRow(self.tr("Made on"), self.date_edit)
        form.addRow(self.tr("How"), self.mode_combo)
        form.addRow(self.tr("Reached"), self.reached_combo)
        form.addRow(self.tr("Situation"), grid)
        form.addRow("", self.retraff_check)
        form.addRow(self.tr("Which indicators"), self.risk_list)
        form.addRow(self.tr("Actions"), self.actions_edit)
        form.addRow(self.tr("Result"), self.result_combo)
        self.labels = {"actual_date": self.tr("Made on"), "mode": self.tr("How"), "reached": self.tr("Reached"),
                       "retrafficking": self.tr("Re-trafficking indicators seen"),
                       "risk_items": self.tr("Which indicators"), "actions": self.tr("Actions"),
                       "result": self.tr("Result"), **names}
        if contact and contact["actual_date"]:
            self.mode_combo.set_code(contact["mode"])
            self.reached_combo.setCurrentIndex(self.reached_combo.findData(contact["reached"]))
            for field, combo in self.situation.items():
                combo.set_code(contact[field])
            self.retraff_check.setChecked(bool(contact["retrafficking"]))
            self.risk_list.set_codes(contact["risk_items"])
            self.actions_edit.setPlainText(contact["actions"] or "")
            self.result_combo.set_code(contact["result"])
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.reached_combo.currentIndexChanged.connect(self._hints)
        self.retraff_check.toggled.connect(self._hints)
        self._hints()
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("actual_date") or "")
        self.mode_combo.set_code(values.get("mode"))
        self.reached_combo.setCurrentIndex(max(0, self.reached_combo.findData(values.get("reached"))))
        for field, combo in self.situation.items():
            combo.set_code(values.get(field))
        self.retraff_check.setChecked(bool(values.get("retrafficking")))
        self.risk_list.set_codes(values.get("risk_items") or [])
        self.actions_edit.setPlainText(values.get("actions") or "")
        self.result_combo.set_code(values.get("result"))

    def _hints(self, *_args) -> None:
        reached = self.reached_combo.currentData()
        for combo in self.situation.values():
            combo.setEnabled(reached is not False)
        self.risk_list.setEnabled(self.retraff_check.isChecked())

    def values(self) -> dict:
        data = {"actual_date": self.date_edit.text(), "mode": self.mode_combo.code(),
                "reached": self.reached_combo.currentData(), "retrafficking": self.retraff_check.isChecked(),
                "risk_items": self.risk_list.codes() if self.retraff_check.isChecked() else [],
                "actions": self.actions_edit.toPlainText(), "result": self.result_combo.code()}
        for field, combo in self.situation.items():
            data[field] = combo.code() if combo.isEnabled() else None
        return data

    def save(self) -> None:
        try:
            if "id" in self.contact:
                followups.record(self.session, self.contact["id"], self.values())
            else:
                values = self.values()
                followups.add(self.session, self.resident_id, values["actual_date"], values)
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc, self.labels))
            return
        self.accept()


class FollowUpTab(RecordTab, QWidget):
    changed = Signal()

    @classmethod
    def tab_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FollowUpTab", "Follow-up")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        layout = QVBoxLayout(self)
        self.allowed = session.can(Permission.FOLLOW_UP)
        if not self.allowed:
            layout.addWidget(QLabel(self.tr("Follow-up after the shelter is kept by social workers and directors.")))
            return
        self.status_label = QLabel()
        self.status_label.setObjectName("follow_up_status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.model = FollowUpModel(self)
        self.view = _table(self.model, "follow_ups")
        self.view.doubleClicked.connect(lambda _i: self.record_contact())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Plan contacts after exit…"))
        self.add_button = QPushButton(self.tr("Add a contact…"))
        self.record_button = QPushButton(self.tr("Record the contact…"))
        self.remove_button = QPushButton(self.tr("Remove planned contact"))
        self.close_button = QPushButton(self.tr("Close the case"))
        for name, b, slot in (("plan", self.plan_button, self.plan_contacts), ("add", self.add_button, self.add_contact),
                              ("record", self.record_button, self.record_contact),
                              ("remove", self.remove_button, self.remove_contact),
                              ("close_case", self.close_button, self.close_case)):
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def selected(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _exit_date(self) -> str | None:
        stays = residents_mod.stays(self.session, self.resident_id)
        exits = [s["exit_date"] for s in stays if s["exit_date"]]
        return max(exits) if exits else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.record_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and chosen["actual_date"] is None)

    def refresh(self) -> None:
        if self.session.closed or not self.allowed:
            return
        self.model.set_rows(followups.contacts(self.session, self.resident_id))
        resident = residents_mod.get(self.session, self.resident_id, audit_view=False)
        status = codes.CASE_STATUS.label(resident["case_status"])
        open_count = sum(1 for r in self.model.rows if r["actual_date"] is None)
        text = self.tr("Case status: {status}.").format(status=status)
        if open_count:
            text += " " + self.tr("{n} planned contact(s) still to make.").format(n=open_count)
        can_close = followups.can_close(self.session, self.resident_id)
        if can_close:
            text += " " + self.tr("Every planned contact was made: close the case when follow-up is over.")
        self.status_label.setText(text)
        self.close_button.setVisible(can_close)
        self.plan_button.setEnabled(self._exit_date() is not None)
        self._enable()

    def _build(self, reopen: dict):
        if reopen["kind"] == "plan":
            exit_date = self._exit_date()
            return PlanFollowUpDialog(self.session, self.resident_id, exit_date, self) if exit_date else None
        if reopen.get("id"):
            contact = next((r for r in self.model.rows if r["id"] == reopen["id"]), None)
            return FollowUpDialog(self.session, contact, self) if contact else None
        return FollowUpDialog(self.session, None, self, resident_id=self.resident_id)

    def _open(self, reopen: dict, values: dict | None = None) -> None:
        dialog = self._build(reopen)
        if dialog is None:
            return
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, reopen):
            self.refresh()
            if reopen["kind"] == "plan":
                self.changed.emit()

    def plan_contacts(self) -> None:
        self._open({"kind": "plan"})

    def add_contact(self) -> None:
        self._open({"kind": "record"})

    def record_contact(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open({"kind": "record", "id": chosen["id"]})

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if not self.session.closed and self.allowed:
            self._open(reopen, values)

    def remove_contact(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen["actual_date"]:
            return
        if not dialogs.confirm(self, self.tr("Remove the contact planned for {date}?").format(
                date=show_date(chosen["planned_date"]))):
            return
        try:
            followups.delete(self.session, chosen["id"])
        except ShelterError as exc:
            dialogs.show_error(self, exc)
        self.refresh()

    def close_case(self) -> None:
        if not dialogs.confirm(self, self.tr("Close this case? Follow-up is over and the case leaves the lists "
                                             "of open work.")):
            return
        try:
            followups.close_case(self.session, self.resident_id)
        except ShelterError as exc:
            dialogs.show_error(self, exc)
        self.refresh()
        self.changed.emit()


# --- referrals ------------------------------------------------------------------------

class ReferralsModel(_Model):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Organisation"), self.tr("Reason"), self.tr("Consent to share"),
                self.tr("Outcome"), self.tr("Follow up on")]

    def text(self, r: dict, column: int) -> str:
        if column == 0:
            return show_date(r["date"])
        if column == 1:
            return r["organisation_name"]
        if column == 2:
            return codes.SERVICE_TYPE.label(r["reason"])
        if column == 3:
            return ", ".join(codes.REFERRAL_SHARE.label(c) for c in r["shared"]) or self.tr("nothing")
        if column == 4:
            text = codes.REFERRAL_OUTCOME.label(r["outcome"])
            return f"{text}: {r['outcome_reason']}" if r.get("outcome_reason") else text
        if column == 5:
            return show_date(r["follow_up_date"]) if r["outcome"] in referrals.OPEN_OUTCOMES else ""
        return ""


class ReferralDialog(UnsavedDialog):
    """A referral: where to, why, and what the resident agreed to share."""

    def __init__(self, session, resident_id: int, referral: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.referral = referral
        self.new_id: int | None = None
        self.setWindowTitle(self.tr("Referral") if referral else self.tr("New referral"))
        self.date_edit = _date_edit(referral["date"] if referral else _dt.date.today().isoformat(), "date")
        self.org_combo = QComboBox()
        self.org_combo.setObjectName("organisation")
        self.org_combo.addItem("", None)
        for org in organisations.list_organisations(session):
            label = org["name"] + (f" ({org['region']})" if org["region"] else "")
            self.org_combo.addItem(label, org["id"])
        self.reason_combo = CodeCombo(codes.SERVICE_TYPE, blank="")
        self.share_list = CodeChecklist(codes.REFERRAL_SHARE)
        self.share_list.setObjectName("shared")
        self.consent_edit = _date_edit(None, "consent_date")
        self.contact_edit = QLineEdit()
        self.needs_edit = QLineEdit()
        self.documents_edit = QLineEdit()
        self.follow_edit = _date_edit(None, "follow_up_date")
        self.notes_edit = QLineEdit()
        form = QFormLayout()
        self.labels = {"date": self.tr("Date"), "organisation_id": self.tr("Organisation"),
                       "reason": self.tr("Reason"), "shared": self.tr("The resident agrees to share"),
                       "consent_date": self.tr("Consent given on"), "contact_text": self.tr("Contact"),
                       "needs_text": self.tr("Needs"), "documents_text": self.tr("Documents"),
                       "follow_up_date": self.tr("Follow up on"), "notes": self.tr("Notes")}
        form.addRow(self.labels["date"], self.date_edit)
        form.addRow(self.labels["organisation_id"], self.org_combo)
        form.addRow(self.labels["reason"], self.reason_combo)
        form.addRow(self.labels["shared"], self.share_list)
        form.addRow(self.labels["consent_date"], self.consent_edit)
        form.addRow(self.labels["contact_text"], self.contact_edit)
        form.addRow(self.labels["needs_text"], self.needs_edit)
        form.addRow(self.labels["documents_text"], self.documents_edit)
        form.addRow(self.labels["follow_up_date"], self.follow_edit)
        form.addRow(self.labels["notes"], self.notes_edit)
        hint = QLabel(self.tr("Only the ticked details are printed in the letter. Ask the resident about each one."))
        hint.setWordWrap(True)
        form.addRow(hint)
        if referral:
            self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(referral["organisation_id"])))
            self.reason_combo.set_code(referral["reason"])
            self.share_list.set_codes(referral["shared"])
            self.consent_edit.setText(edit_date(referral["consent_date"]))
            self.contact_edit.setText(referral["contact_text"])
            self.needs_edit.setText(referral["needs_text"])
            self.documents_edit.setText(referral["documents_text"])
            self.follow_edit.setText(edit_date(referral["follow_up_date"]))
            self.notes_edit.setText(referral["notes"])
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("date") or "")
        self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(values.get("organisation_id"))))
        self.reason_combo.set_code(values.get("reason"))
        self.share_list.set_codes(values.get("shared") or [])
        self.consent_edit.setText(values.get("consent_date") or "")
        self.contact_edit.setText(values.get("contact_text") or "")
        self.needs_edit.setText(values.get("needs_text") or "")
        self.documents_edit.setText(values.get("documents_text") or "")
        self.follow_edit.setText(values.get("follow_up_date") or "")
        self.notes_edit.setText(values.get("notes") or "")

    def values(self) -> dict:
        return {"date": self.date_edit.text(), "organisation_id": self.org_combo.currentData(),
                "reason": self.reason_combo.code(), "shared": self.share_list.codes(),
                "consent_date": self.consent_edit.text(), "contact_text": self.contact_edit.text(),
                "needs_text": self.needs_edit.text(), "documents_text": self.documents_edit.text(),
                "follow_up_date": self.follow_edit.text(), "notes": self.notes_edit.text()}

    def save(self) -> None:
        try:
            if self.referral:
                referrals.update(self.session, self.referral["id"], self.values())
            else:
                self.new_id = referrals.create(self.session, self.resident_id, self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc, self.labels))
            return
        self.accept()


class OutcomeDialog(UnsavedDialog):
    def __init__(self, session, referral: dict, parent=None):
        super().__init__(parent)
        self.session = session
        self.referral = referral
        self.setWindowTitle(self.tr("Outcome of the referral to {name}").format(name=referral["organisation_name"]))
        self.outcome_combo = CodeCombo(codes.REFERRAL_OUTCOME)
        self.outcome_combo.set_code(referral["outcome"])
        self.date_edit = _date_edit(_dt.date.today().isoformat(), "outcome_date")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Reason (when rejected)"), self.reason_edit)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"outcome": self.outcome_combo.code(), "date": self.date_edit.text(), "reason": self.reason_edit.text()}

    def set_values(self, values: dict) -> None:
        self.outcome_combo.set_code(values.get("outcome"))
        self.date_edit.setText(values.get("date") or "")
        self.reason_edit.setText(values.get("reason") or "")

    def save(self) -> None:
        try:
            referrals.set_outcome(self.session, self.referral["id"], self.outcome_combo.code(),
                                  self.date_edit.text(), self.reason_edit.text())
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class TransferDialog(UnsavedDialog):
    """Moving the case to another shelter: where to, what the resident agreed
    to move, her consent's date; then the file is written (case-transfer.md)."""

    def __init__(self, session, resident_id: int, parent=None):
        from shelter_app import transfers

        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.summary: dict | None = None
        self.setWindowTitle(self.tr("Move the case to another shelter"))
        self.org_combo = QComboBox()
        self.org_combo.setObjectName("recipient")
        self.org_combo.addItem("", None)
        for org in organisations.list_organisations(session):
            if org.get("x25519_public") and org.get("fingerprint_checked_at"):
                self.org_combo.addItem(f"{org['name']} ({org['code']})", org["id"])
        self.parts = {}
        names = {"plan": self.tr("Active rehabilitation plan"), "services": self.tr("Services (as a list)"),
                 "legal": self.tr("Legal cases and events"), "nrm": self.tr("Identification (NRM) records"),
                 "notes": self.tr("Case notes (not restricted ones)"), "attachments": self.tr("Attachments"),
                 "safety": self.tr("Risk level and safety plan")}
        parts_box = QVBoxLayout()
        for name in list(transfers.BUILT_IN) + sorted(n for n in transfers.SECTIONS if n not in transfers.BUILT_IN):
            check = QCheckBox(names.get(name, name))
            check.setObjectName("include_" + name)
            check.setChecked(name in transfers.BUILT_IN)
            self.parts[name] = check
            parts_box.addWidget(check)
        if "safety" in self.parts:
            self.parts["safety"].setChecked(False)
        self.consent_edit = _date_edit(_dt.date.today().isoformat(), "transfer_consent")
        self.close_check = QCheckBox(self.tr("Close the stay in this shelter (exit reason “transferred”)"))
        note = QLabel(self.tr("Identity and details always go. Restricted notes and the audit log never do. The "
                              "file opens only at the receiving organisation."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Receiving organisation"), self.org_combo)
        form.addRow(self.tr("What the resident agreed to move"), parts_box)
        form.addRow(self.tr("Her consent to this transfer, given on"), self.consent_edit)
        form.addRow("", self.close_check)
        form.addRow(note)
        lay_out_record_dialog(self, form, self.tr("Write the transfer file…"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"recipient": self.org_combo.currentData(), "consent_date": self.consent_edit.text(),
                "include": [n for n, c in self.parts.items() if c.isChecked()], "close": self.close_check.isChecked()}

    def set_values(self, values: dict) -> None:
        self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(values.get("recipient"))))
        self.consent_edit.setText(values.get("consent_date") or "")
        for name, check in self.parts.items():
            check.setChecked(name in (values.get("include") or []))
        self.close_check.setChecked(bool(values.get("close")))

    def save(self) -> None:
        from shelter_app import transfers

        values = self.values()
        if values["recipient"] is None:
            set_error(self.error, self.tr("Choose the receiving organisation (its card must be in the directory)."))
            return
        if "safety" in values["include"] and not dialogs.confirm(self, self.tr(
                "The risk level and safety plan say who the resident fears and how she is protected. Send them "
                "only if the receiving shelter needs them to keep her safe. Include them?")):
            return
        path = dialogs.ask_save_path(self, self.tr("Save the transfer file"), "case.sheltertransfer",
                                     self.tr("Case transfers") + " (*.sheltertransfer)", "sheltertransfer")
        if not path:
            return
        resident_id = self.resident_id

        def write(job):  # the parts read, sealed and signed; Cancel until the file and its record are written
            return transfers.export(job.session, resident_id, values["recipient"], values["include"],
                                    values["consent_date"], path, close_stay=values["close"], progress=job.progress)

        try:
            self.summary = tasks.run(self, write, session=self.session, cancellable=True,
                                     label=self.tr("Writing the transfer file…"))
        except tasks.Cancelled:
            return
        except (ShelterError, OSError) as exc:
            set_error(self.error, exc.localized() if isinstance(exc, ShelterError) else str(exc))
            return
        self.accept()


class ReferralsTab(RecordTab, QWidget):
    changed = Signal()

    @classmethod
    def tab_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ReferralsTab", "Referrals")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        layout = QVBoxLayout(self)
        self.allowed = session.can(Permission.REFER)
        if not self.allowed:
            layout.addWidget(QLabel(self.tr("Referrals are made by social workers and directors.")))
            return
        self.origin_label = QLabel()
        self.origin_label.setObjectName("transfer_origin")
        layout.addWidget(self.origin_label)
        self.model = ReferralsModel(self)
        self.view = _table(self.model, "referrals")
        self.view.doubleClicked.connect(lambda _i: self.edit_referral())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New referral…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.outcome_button = QPushButton(self.tr("Record the outcome…"))
        self.letter_button = QPushButton(self.tr("Referral letter…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("letter_language")
        for code in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        for name, b, slot in (("new_referral", self.new_button, self.new_referral),
                              ("edit_referral", self.edit_button, self.edit_referral),
                              ("record_outcome", self.outcome_button, self.record_outcome),
                              ("delete_referral", self.delete_button, self.delete_referral)):
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        self.transfer_button = QPushButton(self.tr("Move to another shelter…"))
        self.transfer_button.setObjectName("transfer")
        self.transfer_button.clicked.connect(self.transfer_case)
        self.transfer_button.setVisible(session.can(Permission.TRANSFER_CASES))
        buttons.addWidget(self.transfer_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # The letter on a row of its own: in Russian and Kyrgyz one row of
        # nine controls does not fit a 1366-pixel laptop.
        letter_row = QHBoxLayout()
        self.letter_button.setObjectName("print_letter")
        self.letter_button.clicked.connect(self.save_letter)
        self.print_button = QPushButton(self.tr("Print letter"))
        self.print_button.setObjectName("print_letter_printer")
        self.print_button.clicked.connect(self.print_letter)
        letter_row.addWidget(QLabel(self.tr("Letter in")))
        letter_row.addWidget(self.language_combo)
        letter_row.addWidget(self.print_button)
        letter_row.addWidget(self.letter_button)
        letter_row.addStretch(1)
        layout.addLayout(letter_row)
        self.letter_button.setText(self.tr("Save letter as PDF…"))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def selected(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for b in (self.edit_button, self.outcome_button, self.letter_button, self.print_button, self.delete_button):
            b.setEnabled(chosen)

    def refresh(self) -> None:
        if self.session.closed or not self.allowed:
            return
        from shelter_app import transfers

        self.model.set_rows(referrals.referrals(self.session, self.resident_id))
        origin = transfers.origin_text(self.session, self.resident_id)
        self.origin_label.setText(origin)
        self.origin_label.setVisible(bool(origin))
        self._enable()

    def select(self, referral_id: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r["id"] == referral_id:
                self.view.selectRow(i)

    def _build(self, reopen: dict):
        chosen = next((r for r in self.model.rows if r["id"] == reopen.get("id")), None)
        if reopen["kind"] == "transfer":
            return TransferDialog(self.session, self.resident_id, self)
        if reopen["kind"] == "referral":
            if reopen.get("id") and chosen is None:
                return None
            return ReferralDialog(self.session, self.resident_id, chosen, self)
        return OutcomeDialog(self.session, chosen, self) if chosen else None

    def _open(self, reopen: dict, values: dict | None = None) -> None:
        dialog = self._build(reopen)
        if dialog is None:
            return
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, reopen):
            self.refresh()
            self.select(reopen.get("id") or getattr(dialog, "new_id", None) or 0)

    def new_referral(self) -> None:
        self._open({"kind": "referral"})

    def transfer_case(self) -> None:
        self._open({"kind": "transfer"})

    def edit_referral(self) -> None:
        chosen = self.selected()
        if chosen:
            self._open({"kind": "referral", "id": chosen["id"]})

    def record_outcome(self) -> None:
        chosen = self.selected()
        if chosen:
            self._open({"kind": "outcome", "id": chosen["id"]})

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if not self.session.closed and self.allowed:
            self._open(reopen, values)

    def delete_referral(self) -> None:
        chosen = self.selected()
        if chosen and dialogs.confirm(self, self.tr("Delete the referral to {name}?").format(
                name=chosen["organisation_name"])):
            referrals.delete(self.session, chosen["id"])
            self.refresh()

    def save_letter(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        lang = self.language_combo.currentData()
        path = dialogs.ask_save_path(self, self.tr("Save the referral letter"),
                                     f"referral-{chosen['id']}.pdf", "PDF (*.pdf)", "pdf")
        if not path:
            return
        if not dialogs.confirm(self, self.tr("A PDF file is not encrypted: anyone who gets hold of it can read "
                                             "it. Save it anyway?")):
            return
        referral_id = chosen["id"]
        try:
            # Rendered in a child process, written whole, then audited (tasks.run_pdf).
            tasks.run_pdf(self, lambda job: referrals.save_letter(job.session, referral_id, lang, path),
                          session=self.session, label=self.tr("Saving the referral letter…"))
        except tasks.Cancelled:
            return
        except (ShelterError, OSError) as exc:
            dialogs.show_error(self, exc)

    def print_letter(self) -> None:
        from shelter_app.ui import document_printer

        chosen = self.selected()
        if chosen is None:
            return
        lang = self.language_combo.currentData()
        printer = document_printer.ask_printer(self, self.tr("Print the referral letter"))
        if printer is None:
            return
        referral_id = chosen["id"]
        try:
            # Read in the worker, painted on the printer a few pages at a time (tasks.run_print).
            tasks.run_print(self, lambda job: referrals.letter_document(job.session, referral_id, lang), printer,
                            session=self.session, label=self.tr("Printing the referral letter…"))
            referrals.record_letter(self.session, referral_id, lang, "printer")
        except ShelterError as exc:
            dialogs.show_error(self, exc)


# --- compensation and non-punishment ----------------------------------------------------

class ClaimsModel(_Model):
    def headers(self) -> list[str]:
        return [self.tr("Claimed on"), self.tr("From"), self.tr("Claimed, som"), self.tr("Awarded on"),
                self.tr("Awarded, som"), self.tr("Paid, som"), self.tr("Status")]

    def text(self, c: dict, column: int) -> str:
        if column == 0:
            return show_date(c["claimed_on"])
        if column == 1:
            text = codes.CLAIM_DEFENDANT.label(c["defendant"])
            return text + (f" · {c['civil_case_ref']}" if c["separate_civil"] else "")
        if column == 2:
            return f"{c['amount_claimed']:,}".replace(",", " ")
        if column == 3:
            return show_date(c["awarded_on"])
        if column == 4:
            return "" if c["amount_awarded"] is None else f"{c['amount_awarded']:,}".replace(",", " ")
        if column == 5:
            return f"{c['paid']:,}".replace(",", " ") if c["paid"] else ""
        if column == 6:
            return codes.CLAIM_STATUS.label(c["status"])
        return ""


class ClaimDialog(UnsavedDialog):
    def __init__(self, session, case_id: int, claim: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.claim = claim
        self.setWindowTitle(self.tr("Compensation claim"))
        self.separate_check = QCheckBox(self.tr("A separate civil case"))
        self.civil_ref_edit = QLineEdit()
        self.defendant_combo = CodeCombo(codes.CLAIM_DEFENDANT, blank="")
        self.claimed_on_edit = _date_edit(claim["claimed_on"] if claim else None, "claimed_on")
        self.amount_claimed_edit = QLineEdit(str(claim["amount_claimed"]) if claim else "")
        self.amount_claimed_edit.setObjectName("amount_claimed")
        self.awarded_on_edit = _date_edit(claim["awarded_on"] if claim else None, "awarded_on")
        self.amount_awarded_edit = QLineEdit(
            "" if not claim or claim["amount_awarded"] is None else str(claim["amount_awarded"]))
        self.amount_awarded_edit.setObjectName("amount_awarded")
        self.closed_combo = QComboBox()
        for text, value in (("", None), (codes.CLAIM_STATUS.label("rejected"), "rejected"),
                            (codes.CLAIM_STATUS.label("withdrawn"), "withdrawn")):
            self.closed_combo.addItem(text, value)
        self.closed_on_edit = _date_edit(claim["closed_on"] if claim else None, "closed_on")
        self.notes_edit = QLineEdit(claim["notes"] if claim else "")
        self.labels = {"separate_civil": self.tr("A separate civil case"),
                       "civil_case_ref": self.tr("Civil case number"), "defendant": self.tr("Claimed from"),
                       "claimed_on": self.tr("Claimed on"), "amount_claimed": self.tr("Amount claimed, som"),
                       "awarded_on": self.tr("Awarded on"), "amount_awarded": self.tr("Amount awarded, som"),
                       "closed_status": self.tr("Ended without payment"), "closed_on": self.tr("Ended on"),
                       "notes": self.tr("Notes")}
        form = QFormLayout()
        form.addRow("", self.separate_check)
        for key, widget in (("civil_case_ref", self.civil_ref_edit), ("defendant", self.defendant_combo),
                            ("claimed_on", self.claimed_on_edit), ("amount_claimed", self.amount_claimed_edit),
                            ("awarded_on", self.awarded_on_edit), ("amount_awarded", self.amount_awarded_edit),
                            ("closed_status", self.closed_combo), ("closed_on", self.closed_on_edit),
                            ("notes", self.notes_edit)):
            form.addRow(self.labels[key], widget)
        if claim:
            self.separate_check.setChecked(claim["separate_civil"])
            self.civil_ref_edit.setText(claim["civil_case_ref"])
            self.defendant_combo.set_code(claim["defendant"])
            self.closed_combo.setCurrentIndex(max(0, self.closed_combo.findData(claim["closed_status"])))
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.separate_check.setChecked(bool(values.get("separate_civil")))
        self.civil_ref_edit.setText(values.get("civil_case_ref") or "")
        self.defendant_combo.set_code(values.get("defendant"))
        self.claimed_on_edit.setText(values.get("claimed_on") or "")
        self.amount_claimed_edit.setText(values.get("amount_claimed") or "")
        self.awarded_on_edit.setText(values.get("awarded_on") or "")
        self.amount_awarded_edit.setText(values.get("amount_awarded") or "")
        self.closed_combo.setCurrentIndex(max(0, self.closed_combo.findData(values.get("closed_status"))))
        self.closed_on_edit.setText(values.get("closed_on") or "")
        self.notes_edit.setText(values.get("notes") or "")

    def values(self) -> dict:
        return {"separate_civil": self.separate_check.isChecked(), "civil_case_ref": self.civil_ref_edit.text(),
                "defendant": self.defendant_combo.code(), "claimed_on": self.claimed_on_edit.text(),
                "amount_claimed": self.amount_claimed_edit.text().replace(" ", ""),
                "awarded_on": self.awarded_on_edit.text(),
                "amount_awarded": self.amount_awarded_edit.text().replace(" ", ""),
                "closed_status": self.closed_combo.currentData(), "closed_on": self.closed_on_edit.text(),
                "notes": self.notes_edit.text()}

    def save(self) -> None:
        try:
            if self.claim:
                compensation.update_claim(self.session, self.claim["id"], self.values())
            else:
                compensation.add_claim(self.session, self.case_id, self.values())
        except ShelterError as exc:
            set_error(self.error, _problems_text(exc, self.labels))
            return
        self.accept()


class PaymentDialog(UnsavedDialog):
    def __init__(self, session, claim: dict, parent=None):
        super().__init__(parent)
        self.session = session
        self.claim = claim
        self.setWindowTitle(self.tr("Payment received"))
        self.date_edit = _date_edit(_dt.date.today().isoformat(), "payment_date")
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("payment_amount")
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Amount, som"), self.amount_edit)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"date": self.date_edit.text(), "amount": self.amount_edit.text()}

    def set_values(self, values: dict) -> None:
        self.date_edit.setText(values.get("date") or "")
        self.amount_edit.setText(values.get("amount") or "")

    def save(self) -> None:
        try:
            compensation.add_payment(self.session, self.claim["id"], self.date_edit.text(),
                                     self.amount_edit.text().replace(" ", ""))
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class NpOutcomeDialog(UnsavedDialog):
    def __init__(self, session, case: dict, parent=None):
        super().__init__(parent)
        self.session = session
        self.case = case
        self.setWindowTitle(self.tr("Non-punishment outcome"))
        self.outcome_combo = CodeCombo(codes.NP_OUTCOME, blank="")
        self.date_edit = _date_edit(_dt.date.today().isoformat(), "np_date")
        self.body_edit = QLineEdit()
        self.body_edit.setObjectName("decided_by")
        self.body_edit.setPlaceholderText(self.tr("Investigator, prosecutor or court"))
        # Wide enough for the hint in every language: the dialog is otherwise
        # only as wide as its short English combo box and cuts the hint off.
        self.body_edit.setMinimumWidth(self.body_edit.fontMetrics().horizontalAdvance(
            self.body_edit.placeholderText()) + 24)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Decided by"), self.body_edit)
        lay_out_record_dialog(self, form, self.tr("Save"), self.tr("Cancel"))
        self.mark_clean()

    def values(self) -> dict:
        return {"outcome": self.outcome_combo.code(), "date": self.date_edit.text(),
                "decided_by": self.body_edit.text()}

    def set_values(self, values: dict) -> None:
        self.outcome_combo.set_code(values.get("outcome"))
        self.date_edit.setText(values.get("date") or "")
        self.body_edit.setText(values.get("decided_by") or "")

    def save(self) -> None:
        try:
            non_punishment.add_outcome(self.session, self.case["id"], {
                "outcome": self.outcome_combo.code(), "date": self.date_edit.text(),
                "decided_by": self.body_edit.text()})
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class CompensationTab(RecordTab, QWidget):
    """Per legal case: compensation claims and, where the resident is a
    suspect or defendant, the offence and the non-punishment outcomes."""

    changed = Signal()

    @classmethod
    def tab_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CompensationTab", "Compensation")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.editable = session.can(Permission.COMPENSATION)
        layout = QVBoxLayout(self)
        self.allowed = session.can(Permission.VIEW_LEGAL)
        if not self.allowed:
            layout.addWidget(QLabel(self.tr("Your role does not show legal cases.")))
            return
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Legal case")))
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("case")
        self.case_combo.currentIndexChanged.connect(self._case_changed)
        row.addWidget(self.case_combo, 1)
        layout.addLayout(row)
        self.empty_label = QLabel(self.tr("No legal case yet: add one on the Legal tab."))
        layout.addWidget(self.empty_label)

        self.claims_box = QGroupBox(self.tr("Compensation claims"))
        inner = QVBoxLayout(self.claims_box)
        self.claims_model = ClaimsModel(self)
        self.claims_view = _table(self.claims_model, "claims")
        inner.addWidget(self.claims_view)
        buttons = QHBoxLayout()
        self.new_claim_button = QPushButton(self.tr("New claim…"))
        self.edit_claim_button = QPushButton(self.tr("Edit claim…"))
        self.payment_button = QPushButton(self.tr("Payment received…"))
        for name, b, slot in (("new_claim", self.new_claim_button, self.new_claim),
                              ("edit_claim", self.edit_claim_button, self.edit_claim),
                              ("add_payment", self.payment_button, self.add_payment)):
            b.setObjectName(name)
            b.clicked.connect(slot)
            b.setVisible(self.editable)
            buttons.addWidget(b)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(self.claims_box, 1)

        self.np_box = QGroupBox(self.tr("Non-punishment principle"))
        self.np_box.setObjectName("np_box")
        np_layout = QVBoxLayout(self.np_box)
        principle = QLabel(legal.non_punishment_text())
        principle.setWordWrap(True)
        np_layout.addWidget(principle)
        np_row = QHBoxLayout()
        np_row.addWidget(QLabel(self.tr("Offence the resident is accused of")))
        self.offence_combo = CodeCombo(codes.OFFENCE_TYPE, blank="")
        self.offence_combo.setObjectName("offence_type")
        self.offence_combo.setEnabled(self.editable)
        self.offence_combo.activated.connect(self._offence_chosen)
        np_row.addWidget(self.offence_combo)
        np_row.addStretch(1)
        self.np_button = QPushButton(self.tr("Record an outcome…"))
        self.np_button.setObjectName("np_outcome")
        self.np_button.setVisible(self.editable)
        self.np_button.clicked.connect(self.add_np_outcome)
        np_row.addWidget(self.np_button)
        np_layout.addLayout(np_row)
        self.np_history = QLabel()
        self.np_history.setObjectName("np_history")
        self.np_history.setWordWrap(True)
        np_layout.addWidget(self.np_history)
        layout.addWidget(self.np_box)
        self.claims_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def current_case(self) -> dict | None:
        case_id = self.case_combo.currentData()
        for c in self.cases:
            if c["id"] == case_id:
                return c
        return None

    def refresh(self) -> None:
        if self.session.closed or not self.allowed:
            return
        keep = self.case_combo.currentData()
        self.cases = legal.cases(self.session, self.resident_id)
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for c in self.cases:
            self.case_combo.addItem(f"{c['case_ref']} · {codes.CC_ARTICLE.label(c['current_article'])} · "
                                    f"{codes.RESIDENT_ROLE.label(c['resident_role'])}", c["id"])
        index = self.case_combo.findData(keep)
        self.case_combo.setCurrentIndex(max(index, 0))
        self.case_combo.blockSignals(False)
        self._case_changed()

    def _case_changed(self, *_args) -> None:
        case = self.current_case()
        self.empty_label.setVisible(case is None)
        self.claims_box.setVisible(case is not None)
        self.np_box.setVisible(case is not None and case["non_punishment_applies"])
        if case is None:
            return
        self.claims_model.set_rows(compensation.claims(self.session, case["id"]))
        if case["non_punishment_applies"]:
            st = non_punishment.state(self.session, case["id"])
            self.offence_combo.set_code(st["offence_type"])
            lines = [self.tr("{date}: {outcome}").format(date=show_date(o["date"]),
                                                         outcome=codes.NP_OUTCOME.label(o["outcome"]))
                     + (f" ({o['decided_by']})" if o["decided_by"] else "") for o in st["outcomes"]]
            self.np_history.setText("\n".join(lines) if lines else self.tr("No outcome recorded yet."))
        self._enable()

    def selected_claim(self) -> dict | None:
        rows = self.claims_view.selectionModel().selectedRows()
        return self.claims_model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected_claim()
        self.edit_claim_button.setEnabled(chosen is not None)
        self.payment_button.setEnabled(chosen is not None and chosen["awarded_on"] is not None
                                       and chosen["status"] in ("awarded", "partly_paid"))

    def _build(self, reopen: dict):
        index = self.case_combo.findData(reopen.get("case_id"))
        if index < 0:
            return None
        self.case_combo.setCurrentIndex(index)
        case = self.current_case()
        claim = next((c for c in self.claims_model.rows if c["id"] == reopen.get("claim_id")), None)
        if reopen.get("claim_id") and claim is None:
            return None
        if reopen["kind"] == "claim":
            return ClaimDialog(self.session, case["id"], claim, self)
        if reopen["kind"] == "payment":
            return PaymentDialog(self.session, claim, self)
        return NpOutcomeDialog(self.session, case, self) if case["non_punishment_applies"] else None

    def _open(self, reopen: dict, values: dict | None = None) -> None:
        dialog = self._build(reopen)
        if dialog is None:
            return
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, reopen):
            self._case_changed()

    def new_claim(self) -> None:
        case = self.current_case()
        if case:
            self._open({"kind": "claim", "case_id": case["id"]})

    def edit_claim(self) -> None:
        case, chosen = self.current_case(), self.selected_claim()
        if case and chosen:
            self._open({"kind": "claim", "case_id": case["id"], "claim_id": chosen["id"]})

    def add_payment(self) -> None:
        case, chosen = self.current_case(), self.selected_claim()
        if case and chosen:
            self._open({"kind": "payment", "case_id": case["id"], "claim_id": chosen["id"]})

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if not self.session.closed and self.allowed:
            self._open(reopen, values)

    def _offence_chosen(self, *_args) -> None:
        case = self.current_case()
        if case is None:
            return
        try:
            non_punishment.set_offence(self.session, case["id"], self.offence_combo.code())
        except ShelterError as exc:
            dialogs.show_error(self, exc)

    def add_np_outcome(self) -> None:
        case = self.current_case()
        if case:
            self._open({"kind": "np_outcome", "case_id": case["id"]})
