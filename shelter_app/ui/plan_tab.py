"""The Plan tab of a resident's record: the individual rehabilitation plan.

A needs assessment per area, goals with actions, who is responsible, target
date and status, the resident's wishes in their own words, and reviews. The
version shown is chosen from the history; only a draft can be changed, and
"Edit" on an approved plan starts a new draft version. A director approves a
draft with the date and the resident's agreement. Print goes through the
system print dialog with no file on disk; Save as PDF warns first that a PDF
is not encrypted."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from shelter_app import codes, i18n, plans
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, document_printer, tasks
from shelter_app.ui.extensions import RecordTab
from shelter_app.ui.common import (CodeCombo, RowsModel, edit_date, error_label, push_button, rows_view, set_error,
                                   show_date)


def _today_text() -> str:
    return _dt.date.today().strftime("%d.%m.%Y")


def _text_box(height_lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * height_lines + 12)
    return box


class GoalsModel(RowsModel):
    NUMBER, AREA, GOAL, RESPONSIBLE, TARGET, STATUS = range(6)

    def headers(self) -> list[str]:
        return ["№", self.tr("Area"), self.tr("Goal"), self.tr("Responsible"), self.tr("Target date"),
                self.tr("Status")]

    def set_rows(self, rows: list[dict]) -> None:
        super().set_rows(dict(r) for r in rows)  # copies: the form edits them in place

    def data(self, index, role=Qt.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role == Qt.ToolTipRole and col == self.GOAL:
            return (row.get("goal") or "") + ("\n\n" + row["actions"] if row.get("actions") else "")
        if role != Qt.DisplayRole:
            return None
        if col == self.NUMBER:
            return str(index.row() + 1)
        if col == self.AREA:
            return codes.PLAN_DOMAIN.label(row["domain"]) if row.get("domain") else ""
        if col == self.GOAL:
            return (row.get("goal") or "").replace("\n", " ")
        if col == self.RESPONSIBLE:
            return row.get("responsible") or ""
        if col == self.TARGET:
            return row.get("target_date") or ""
        if col == self.STATUS:
            return codes.GOAL_STATUS.label(row.get("status") or "open")
        return None

    def update_row(self, row: int, values: dict) -> None:
        if 0 <= row < len(self.rows):
            self.rows[row].update(values)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def add(self, values: dict) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(dict(values))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        self.beginResetModel()
        self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
        self.endResetModel()
        return target


class ReviewsModel(RowsModel):
    DATE, PROGRESS, NEXT, BY = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Progress"), self.tr("Next review"), self.tr("Reviewed by")]

    def data(self, index, role=Qt.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ToolTipRole and col == self.PROGRESS:
            return r["progress"]
        if role != Qt.DisplayRole:
            return None
        if col == self.DATE:
            return show_date(r["review_date"])
        if col == self.PROGRESS:
            return r["progress"].replace("\n", " ")
        if col == self.NEXT:
            return show_date(r["next_review_date"])
        return r.get("reviewed_by_name") or r["reviewed_by"]


def readable_when_disabled(widget: QWidget) -> None:
    """An approved plan is read, not edited: its fields are disabled, but their
    text stays dark on a light ground instead of Qt's grey on grey."""
    from PySide6.QtGui import QColor, QPalette

    palette = widget.palette()
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor("#262626"))
    palette.setColor(QPalette.Disabled, QPalette.Base, QColor("#fafafa"))
    widget.setPalette(palette)


def _scrolled(page: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.NoFrame)
    scroll.setWidget(page)
    return scroll


class PlanTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("PlanTab", "&Plan")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.plan: dict | None = None
        self._loaded_content: dict | None = None
        self._filling = False
        self.can_view = session.can(Permission.VIEW_PLANS)
        self.can_edit = session.can(Permission.EDIT_PLANS)
        self.can_approve = session.can(Permission.APPROVE_PLANS)
        self.can_print = session.can(Permission.PRINT_PLANS)

        readable_when_disabled(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._version_bar())
        self.message = error_label()
        self.message.setObjectName("plan_message")
        layout.addWidget(self.message)
        self.empty = QLabel(self.tr("This resident has no plan yet."))
        self.empty.setObjectName("no_plan")
        layout.addWidget(self.empty)

        self.parts = QTabWidget()
        self.parts.setObjectName("plan_parts")
        self.parts.addTab(self._needs_page(), self.tr("Needs assessment"))
        # Each part scrolls by itself, so Approve and Print below stay on a 1366×697 screen.
        self.parts.addTab(_scrolled(self._goals_page()), self.tr("Goals"))
        self.parts.addTab(_scrolled(self._wishes_page()), self.tr("Resident's wishes"))
        self.parts.addTab(_scrolled(self._reviews_page()), self.tr("Reviews"))
        # Approve and Print above the plan's parts: on a 1366×697 screen they are never below the fold;
        # the parts take the rest of the height and scroll by themselves.
        layout.addWidget(self._approval_box())
        layout.addWidget(self._print_box())
        layout.addWidget(self.parts, 1)
        self.refresh()

    # --- building ---------------------------------------------------------------------

    def _version_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Version:")))
        self.versions = QComboBox()
        self.versions.setObjectName("versions")
        self.versions.setMinimumWidth(320)
        self.versions.activated.connect(self._version_chosen)
        bar.addWidget(self.versions)
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.edit_button = push_button(self.tr("&New draft"), "edit_plan", self.start_draft)
        bar.addWidget(self.edit_button)
        self.save_button = push_button(self.tr("&Save draft"), "save_plan", self.save)
        bar.addWidget(self.save_button)
        self.cancel_button = push_button(self.tr("Discard draft"), "cancel_draft", self.cancel_draft)
        bar.addWidget(self.cancel_button)
        self.complete_button = push_button(self.tr("Mark completed"), "complete_plan", self.complete)
        bar.addWidget(self.complete_button)
        return bar

    def _needs_page(self) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(QLabel("<b>" + self.tr("Area") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("Need") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + self.tr("Assessment") + "</b>"), 0, 2)
        self.need_widgets: dict[str, tuple[CodeCombo, QPlainTextEdit]] = {}
        for row, (code, label) in enumerate(codes.PLAN_DOMAIN.choices(), start=1):
            level = CodeCombo(codes.NEED_LEVEL)
            level.setObjectName("need_level_" + code)
            text = _text_box(2)
            text.setObjectName("assessment_" + code)
            level.currentIndexChanged.connect(self._content_edited)
            text.textChanged.connect(self._content_edited)
            name = QLabel(label)
            name.setBuddy(level)
            grid.addWidget(name, row, 0, Qt.AlignTop)
            grid.addWidget(level, row, 1, Qt.AlignTop)
            grid.addWidget(text, row, 2)
            self.need_widgets[code] = (level, text)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _goals_page(self) -> QWidget:
        page = QSplitter(Qt.Vertical)
        self.goals_model = GoalsModel(self)
        self.goals_table = rows_view(self.goals_model, "goals", single=True)
        header = self.goals_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(GoalsModel.GOAL, QHeaderView.Stretch)
        self.goals_table.selectionModel().currentRowChanged.connect(self._goal_selected)
        page.addWidget(self.goals_table)

        editor = QWidget()
        form = QFormLayout(editor)
        self.goal_area = CodeCombo(codes.PLAN_DOMAIN, blank=self.tr("— choose —"))
        self.goal_area.setObjectName("goal_area")
        self.goal_text = _text_box(2)
        self.goal_text.setObjectName("goal_text")
        self.goal_actions = _text_box(3)
        self.goal_actions.setObjectName("goal_actions")
        self.goal_responsible = QLineEdit()
        self.goal_responsible.setObjectName("goal_responsible")
        self.goal_target = QLineEdit()
        self.goal_target.setObjectName("goal_target")
        self.goal_target.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.goal_target.setMaximumWidth(140)
        self.goal_status = CodeCombo(codes.GOAL_STATUS)
        self.goal_status.setObjectName("goal_status")
        form.addRow(self.tr("Area:"), self.goal_area)
        form.addRow(self.tr("Goal:"), self.goal_text)
        form.addRow(self.tr("Actions:"), self.goal_actions)
        form.addRow(self.tr("Responsible:"), self.goal_responsible)
        form.addRow(self.tr("Target date:"), self.goal_target)
        form.addRow(self.tr("Status:"), self.goal_status)
        for signal in (self.goal_area.currentIndexChanged, self.goal_text.textChanged,
                       self.goal_actions.textChanged, self.goal_responsible.textChanged,
                       self.goal_target.textChanged, self.goal_status.currentIndexChanged):
            signal.connect(self._goal_edited)
        buttons = QHBoxLayout()
        self.add_goal_button = push_button(self.tr("&Add goal"), "add_goal", self.add_goal)
        self.remove_goal_button = push_button(self.tr("Remove goal"), "remove_goal", self.remove_goal)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move_goal(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move_goal(1))
        for b in (self.add_goal_button, self.remove_goal_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.goal_editor = editor
        page.addWidget(editor)
        # A child's plan is approved with an education goal or the reason why none (issue 15).
        self.no_education_reason = QLineEdit()
        self.no_education_reason.setObjectName("no_education_goal_reason")
        self.no_education_reason.setPlaceholderText(self.tr("A child's plan: why there is no education goal"))
        self.no_education_reason.textChanged.connect(self._content_edited)
        page.addWidget(self.no_education_reason)
        page.setStretchFactor(0, 2)
        page.setStretchFactor(1, 3)
        return page

    def _wishes_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        hint = QLabel(self.tr("What the resident wants, in their own words."))
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.wishes = QPlainTextEdit()
        self.wishes.setObjectName("resident_wishes")
        self.wishes.setTabChangesFocus(True)
        self.wishes.textChanged.connect(self._content_edited)
        box.addWidget(self.wishes, 1)
        return page

    def _reviews_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.reviews_model = ReviewsModel(self)
        self.reviews_table = QTableView()
        self.reviews_table.setObjectName("reviews")
        self.reviews_table.setModel(self.reviews_model)
        self.reviews_table.verticalHeader().hide()
        self.reviews_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = self.reviews_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(ReviewsModel.PROGRESS, QHeaderView.Stretch)
        box.addWidget(self.reviews_table, 1)
        self.review_group = QGroupBox(self.tr("Record a review"))
        form = QFormLayout(self.review_group)
        self.review_date = QLineEdit(_today_text())
        self.review_date.setObjectName("review_date")
        self.review_date.setMaximumWidth(140)
        self.review_progress = _text_box(3)
        self.review_progress.setObjectName("review_progress")
        self.next_review = QLineEdit((_dt.date.today() + _dt.timedelta(days=30)).strftime("%d.%m.%Y"))
        self.next_review.setObjectName("next_review_date")
        self.next_review.setMaximumWidth(140)
        self.review_error = error_label()
        self.review_error.setObjectName("review_error")
        form.addRow(self.tr("Review date:"), self.review_date)
        form.addRow(self.tr("Progress:"), self.review_progress)
        form.addRow(self.tr("Next review:"), self.next_review)
        form.addRow("", self.review_error)
        self.review_button = push_button(self.tr("Record &review"), "record_review", self.record_review)
        button_row = QHBoxLayout()
        button_row.addWidget(self.review_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        box.addWidget(self.review_group)
        return page

    def _approval_box(self) -> QWidget:
        self.approval_group = QGroupBox(self.tr("Approval (director)"))
        row = QGridLayout(self.approval_group)  # each error under its own field, once
        row.addWidget(QLabel(self.tr("Approved on:")), 0, 0)
        self.approved_on = QLineEdit(_today_text())
        self.approved_on.setObjectName("approved_on")
        self.approved_on.setMaximumWidth(120)
        row.addWidget(self.approved_on, 0, 1)
        self.agreed = QCheckBox(self.tr("The resident agrees with this plan"))
        self.agreed.setObjectName("resident_agreed")
        row.addWidget(self.agreed, 0, 2)
        row.setColumnStretch(3, 1)
        self.approve_button = push_button(self.tr("&Approve"), "approve_plan", self.approve)
        row.addWidget(self.approve_button, 0, 4)
        self.approved_on_error = error_label()
        self.approved_on_error.setObjectName("approved_on_error")
        row.addWidget(self.approved_on_error, 1, 0, 1, 2)
        self.agreed_error = error_label()
        self.agreed_error.setObjectName("resident_agreed_error")
        row.addWidget(self.agreed_error, 1, 2, 1, 3)
        return self.approval_group

    def _print_box(self) -> QWidget:
        group = self.print_group = QGroupBox(self.tr("Print"))
        # Two rows: this plan, then everyone in the shelter; one row is wider
        # than a 1366-pixel screen in Kyrgyz.
        rows = QVBoxLayout(group)
        row = QHBoxLayout()
        everyone_row = QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(everyone_row)
        row.addWidget(QLabel(self.tr("Language:")))
        self.print_language = QComboBox()
        self.print_language.setObjectName("print_language")
        for code in i18n.LANGUAGES:
            self.print_language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.print_language.setCurrentIndex(max(0, self.print_language.findData(i18n.current_language())))
        row.addWidget(self.print_language)
        self.case_numbers_only = QCheckBox(self.tr("Case numbers instead of names"))
        self.case_numbers_only.setObjectName("case_numbers_only")
        row.addWidget(self.case_numbers_only)
        row.addStretch(1)
        self.print_button = push_button(self.tr("P&rint…"), "print_plan", self.print_plan)
        self.pdf_button = push_button(self.tr("Save as P&DF…"), "save_pdf", self.save_pdf)
        self.print_all_button = QPushButton(self.tr("Print everyone in the shelter…"))
        self.print_all_button.setObjectName("print_all")
        self.print_all_button.setToolTip(self.tr("The approved plans of everyone in the shelter now, "
                                                 "in one document"))
        self.print_all_button.clicked.connect(lambda: self.print_plan(everyone=True))
        self.pdf_all_button = push_button(self.tr("Save everyone's as PDF…"), "save_all_pdf",
                                          lambda: self.save_pdf(everyone=True))
        for b in (self.print_button, self.pdf_button):
            row.addWidget(b)
        everyone_row.addStretch(1)
        for b in (self.print_all_button, self.pdf_all_button):
            everyone_row.addWidget(b)
        group.setVisible(self.can_print)
        return group

    # --- loading ----------------------------------------------------------------------

    def refresh(self, plan_id: int | None = None) -> None:
        """Reload the plan (plan_id: that version). A refresh from outside (privacy
        mode, a merge) keeps the draft being typed over what is stored."""
        if self.session.closed:
            return
        typed = self.content() if plan_id is None and self.has_unsaved_changes() else None
        if not self.can_view:  # a lawyer's record has the tab, but plans are not for that role
            self.empty.setText(self.tr("Your role does not give access to rehabilitation plans."))
            self.plan = None
            self._update_state()
            self.edit_button.hide()
            self.print_group.hide()
            return
        if plan_id is None:
            plan_id = self.plan["id"] if self.plan else plans.current_id(self.session, self.resident_id)
        history = plans.history(self.session, self.resident_id)
        self.versions.blockSignals(True)
        self.versions.clear()
        for h in history:
            self.versions.addItem(self._version_text(h), h["id"])
        self.versions.blockSignals(False)
        self.plan = plans.get(self.session, plan_id) if plan_id else None
        if self.plan:
            self.versions.setCurrentIndex(max(0, self.versions.findData(self.plan["id"])))
        self._fill()
        self._update_state()
        if typed is not None and self.plan and self.plan["status"] == "draft":
            self._put_content(typed)

    def _version_text(self, h: dict) -> str:
        status = codes.PLAN_STATUS.label(h["status"])
        if h.get("superseded_version"):
            status = self.tr("{status}, replaced by version {version}").format(
                status=status, version=h["superseded_version"])
        elif h.get("approved_on") and h["status"] == "active":
            status = self.tr("{status}, approved {date}").format(status=status, date=show_date(h["approved_on"]))
        return self.tr("Version {version} — {status}").format(version=h["version"], status=status)

    def _fill(self) -> None:
        self._filling = True
        try:
            plan = self.plan or {"needs": [], "goals": [], "reviews": [], "resident_wishes": ""}
            needs = {n["domain"]: n for n in plan["needs"]}
            for code, (level, text) in self.need_widgets.items():
                n = needs.get(code)
                level.set_code(n["need_level"] if n else "none")
                text.setPlainText(n["assessment"] if n else "")
            self.goals_model.set_rows([dict(g, target_date=edit_date(g["target_date"])) for g in plan["goals"]])
            self.wishes.setPlainText(plan.get("resident_wishes") or "")
            self.no_education_reason.setText(plan.get("no_education_goal_reason") or "")
            self.reviews_model.set_rows(plan["reviews"])
            self._show_goal(-1)
            if self.goals_model.rowCount():
                self.goals_table.selectRow(0)
        finally:
            self._filling = False
        self._loaded_content = self.content()

    def _update_state(self) -> None:
        plan = self.plan
        status = plan["status"] if plan else None
        editable = bool(plan) and status == "draft" and self.can_edit
        self.empty.setVisible(plan is None)
        self.parts.setVisible(plan is not None)
        self.versions.setEnabled(plan is not None)
        for level, text in self.need_widgets.values():
            level.setEnabled(editable)
            text.setReadOnly(not editable)
        self.wishes.setReadOnly(not editable)
        self.no_education_reason.setReadOnly(not editable)
        self.goal_editor.setEnabled(editable)
        self.add_goal_button.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.cancel_button.setVisible(editable)
        self.edit_button.setVisible(self.can_edit and status != "draft")
        self.edit_button.setText(self.tr("&New plan") if plan is None else self.tr("&Edit (new version)"))
        self.complete_button.setVisible(self.can_approve and status == "active")
        self.approval_group.setVisible(self.can_approve and status == "draft")
        self.review_group.setVisible(self.can_edit and status == "active")
        self.print_button.setEnabled(plan is not None)
        self.pdf_button.setEnabled(plan is not None)
        privacy = self.session.privacy_mode
        if privacy:
            self.case_numbers_only.setChecked(True)
        self.case_numbers_only.setEnabled(not privacy)
        if plan is None:
            self.status.setText("")
            return
        text = codes.PLAN_STATUS.label(status)
        if status == "draft":
            text = self.tr("Draft: not in force until a director approves it.")
        elif status == "active":
            text = self.tr("In force since {date}, approved by {name}; the resident agreed.").format(
                date=show_date(plan["approved_on"]), name=plan.get("approved_by_name") or "")
        elif plan.get("superseded_version"):
            text = self.tr("Replaced by version {version} on {date}. Kept as it was approved.").format(
                version=plan["superseded_version"], date=show_date(plan["closed_on"]))
        elif plan.get("closed_on"):
            text = self.tr("{status} on {date}.").format(status=codes.PLAN_STATUS.label(status),
                                                          date=show_date(plan["closed_on"]))
        self.status.setText(text)

    # --- goals editor -------------------------------------------------------------------

    def _current_goal_row(self) -> int:
        index = self.goals_table.currentIndex()
        return index.row() if index.isValid() else -1

    def _goal_selected(self, current, _previous=None) -> None:
        self._show_goal(current.row() if current.isValid() else -1)

    def _show_goal(self, row: int) -> None:
        values = self.goals_model.rows[row] if 0 <= row < self.goals_model.rowCount() else None
        was = self._filling
        self._filling = True
        try:
            self.goal_area.set_code(values.get("domain") if values else None)
            self.goal_text.setPlainText(values.get("goal", "") if values else "")
            self.goal_actions.setPlainText(values.get("actions", "") if values else "")
            self.goal_responsible.setText(values.get("responsible", "") if values else "")
            self.goal_target.setText(values.get("target_date", "") if values else "")
            self.goal_status.set_code(values.get("status", "open") if values else "open")
        finally:
            self._filling = was
        editable = bool(self.plan) and self.plan["status"] == "draft" and self.can_edit
        for w in (self.goal_area, self.goal_text, self.goal_actions, self.goal_responsible, self.goal_target,
                  self.goal_status, self.remove_goal_button, self.up_button, self.down_button):
            w.setEnabled(editable and values is not None)

    def _goal_edited(self) -> None:
        if self._filling:
            return
        row = self._current_goal_row()
        if row < 0:
            return
        self.goals_model.update_row(row, {
            "domain": self.goal_area.code(), "goal": self.goal_text.toPlainText(),
            "actions": self.goal_actions.toPlainText(), "responsible": self.goal_responsible.text(),
            "target_date": self.goal_target.text(), "status": self.goal_status.code() or "open"})

    def add_goal(self) -> None:
        current = self._current_goal_row()
        domain = self.goals_model.rows[current]["domain"] if current >= 0 else None
        row = self.goals_model.add({"domain": domain, "goal": "", "actions": "",
                                    "responsible": self.session.user.display_name, "target_date": "",
                                    "status": "open"})
        self.goals_table.selectRow(row)
        self._show_goal(row)
        (self.goal_text if domain else self.goal_area).setFocus()

    def remove_goal(self) -> None:
        row = self._current_goal_row()
        if row < 0:
            return
        self.goals_model.remove(row)
        if self.goals_model.rowCount():
            self.goals_table.selectRow(min(row, self.goals_model.rowCount() - 1))
        else:
            self._show_goal(-1)

    def _move_goal(self, step: int) -> None:
        row = self.goals_model.move(self._current_goal_row(), step)
        self.goals_table.selectRow(row)

    # --- values -------------------------------------------------------------------------

    def content(self) -> dict:
        """What the draft holds on screen, as plans.save_draft takes it."""
        return {
            "resident_wishes": self.wishes.toPlainText(),
            "no_education_goal_reason": self.no_education_reason.text(),
            "needs": [{"domain": code, "need_level": level.code() or "none", "assessment": text.toPlainText()}
                      for code, (level, text) in self.need_widgets.items()],
            "goals": [{k: g.get(k) for k in ("domain", "goal", "actions", "responsible", "target_date", "status")}
                      for g in self.goals_model.rows],
        }

    def has_unsaved_changes(self) -> bool:
        return bool(self.plan) and self.plan["status"] == "draft" and self.content() != self._loaded_content

    def _review_typed(self) -> bool:
        return bool(self.plan) and self.review_group.isVisibleTo(self) and bool(self.review_progress.toPlainText().strip())

    # --- unsaved work (extensions.UnsavedWork) --------------------------------------------

    def has_unsaved_work(self) -> bool:
        return self.has_unsaved_changes() or self._review_typed()

    def unsaved_work(self) -> list[str]:
        items = []
        if self.has_unsaved_changes():
            now, was = self.content(), self._loaded_content or {}
            parts = [name for key, name in (("needs", self.tr("needs")), ("goals", self.tr("goals")),
                                            ("no_education_goal_reason", self.tr("why there is no education goal")),
                                            ("resident_wishes", self.tr("resident's wishes")))
                     if now.get(key) != was.get(key)]
            items.append(self.tr("Plan, draft version {version}: {parts}").format(
                version=self.plan["version"], parts=", ".join(parts)))
        if self._review_typed():
            items.append(self.tr("Plan: a review not yet recorded"))
        return items

    def save_work(self) -> bool:
        if self.has_unsaved_changes() and not self.save():
            return False
        return not self._review_typed() or self.record_review()

    def discard_work(self) -> None:
        self.review_progress.clear()
        set_error(self.review_error, "")
        set_error(self.message, "")
        if self.plan:
            self.refresh(self.plan["id"])

    def _content_edited(self) -> None:
        if not self._filling:
            set_error(self.message, "")

    def _show_problem(self, exc: ShelterError) -> None:
        if isinstance(exc, ValidationError):
            set_error(self.message, "\n".join(exc.localized_problems().values()))
        else:
            set_error(self.message, exc.localized())

    # --- actions ------------------------------------------------------------------------

    def _leave_allowed(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        return dialogs.confirm(self, self.tr("The draft has unsaved changes. Discard them?"),
                               yes=self.tr("Discard"), no=self.tr("Keep editing"))

    def _version_chosen(self, index: int) -> None:
        plan_id = self.versions.itemData(index)
        if self.plan and plan_id == self.plan["id"]:
            return
        if not self._leave_allowed():
            self.versions.setCurrentIndex(max(0, self.versions.findData(self.plan["id"])))
            return
        set_error(self.message, "")
        self.refresh(plan_id)

    def start_draft(self) -> None:
        try:
            plan_id = plans.new_draft(self.session, self.resident_id)
        except ShelterError as exc:
            self._show_problem(exc)
            return
        set_error(self.message, "")
        self.refresh(plan_id)
        self.changed.emit()

    def save(self) -> bool:
        if not self.plan or self.plan["status"] != "draft":
            return False
        try:
            self.plan = plans.save_draft(self.session, self.plan["id"], self.content())
        except ShelterError as exc:
            self._show_problem(exc)
            return False
        set_error(self.message, "")
        self.refresh(self.plan["id"])
        return True

    def _close(self, state: str, question: str, yes: str, no: str) -> bool:
        """Close the plan as `state` once the person confirms; False if they keep it or it fails."""
        if not self.plan or not dialogs.confirm(self, question, yes=yes, no=no):
            return False
        try:
            plans.close(self.session, self.plan["id"], state)
        except ShelterError as exc:
            self._show_problem(exc)
            return False
        return True

    def cancel_draft(self) -> None:
        if self._close("cancelled", self.tr("Discard this draft? It is kept in the history as cancelled."),
                       yes=self.tr("Discard draft"), no=self.tr("Keep")):
            self.plan = None
            self.refresh(plans.current_id(self.session, self.resident_id))

    def complete(self) -> None:
        if self._close("completed",
                       self.tr("Mark this plan as completed? It stays in the history and can still be printed."),
                       yes=self.tr("Mark completed"), no=self.tr("Cancel")):
            self.refresh(self.plan["id"])

    def approve(self) -> None:
        if not self.plan:
            return
        if self.has_unsaved_changes() and not self.save():
            return
        set_error(self.approved_on_error, "")
        set_error(self.agreed_error, "")
        try:
            plans.approve(self.session, self.plan["id"], self.approved_on.text(), self.agreed.isChecked())
        except ValidationError as exc:
            problems = exc.localized_problems()
            if "resident_agreed" in problems and not self.agreed.isChecked():
                problems["resident_agreed"] = self.tr(
                    "Tick “{agrees}” once the resident has agreed to the plan. If they do not agree, change the "
                    "draft with them first.").format(agrees=self.agreed.text().replace("&", ""))
            # The agreement date follows the approval date: one message for one typed date.
            set_error(self.approved_on_error, problems.get("approved_on") or problems.get("resident_agreed_on", ""))
            set_error(self.agreed_error, problems.get("resident_agreed", ""))
            set_error(self.message, "")
            return
        except ShelterError as exc:
            self._show_problem(exc)
            return
        set_error(self.message, "")
        self.agreed.setChecked(False)
        self.refresh(self.plan["id"])
        self.changed.emit()

    def record_review(self) -> bool:
        if not self.plan:
            return False
        try:
            plans.add_review(self.session, self.plan["id"], self.review_date.text(),
                             self.review_progress.toPlainText(), self.next_review.text())
        except ValidationError as exc:
            set_error(self.review_error, "\n".join(exc.localized_problems().values()))
            self.parts.setCurrentIndex(3)
            return False
        except ShelterError as exc:
            set_error(self.review_error, exc.localized())
            self.parts.setCurrentIndex(3)
            return False
        set_error(self.review_error, "")
        self.review_progress.clear()
        self.refresh(self.plan["id"])
        return True

    # --- printing -----------------------------------------------------------------------

    def _print_ids(self, everyone: bool) -> list[int] | None:
        if everyone:  # one query over everyone in the shelter: in the background
            ids = tasks.run(self, lambda job: plans.active_in_shelter(job.session), session=self.session)
            if not ids:
                dialogs.info(self, self.tr("Nobody in the shelter now has an approved plan."))
                return None
            return ids
        if not self.plan:
            return None
        if self.has_unsaved_changes():
            dialogs.warn(self, self.tr("Save the draft before printing it."))
            return None
        return [self.plan["id"]]

    def print_plan(self, everyone: bool = False) -> None:
        ids = self._print_ids(everyone)
        if not ids:
            return
        lang = self.print_language.currentData()
        hide = self.case_numbers_only.isChecked()
        try:
            plans.document_allowed(self.session, ids)
            printer = document_printer.ask_printer(self, self.tr("Print the plan"))
            if printer is None:
                return
            tasks.run_print(self, lambda job: plans.document(job.session, ids, lang, case_numbers_only=hide),
                            printer, session=self.session)
            plans.record_print(self.session, ids, lang, "printer", hide)
        except ShelterError as exc:
            dialogs.show_error(self, exc)

    def save_pdf(self, everyone: bool = False) -> None:
        ids = self._print_ids(everyone)
        if not ids:
            return
        if not dialogs.confirm(
                self, self.tr("A PDF file is not encrypted: anyone who gets hold of it can read it. Save it "
                              "only where it is safe, and delete it once the plan is printed and signed."),
                title=self.tr("Save as PDF"), yes=self.tr("Save PDF"), no=self.tr("Cancel")):
            return
        plan = self.plan
        name = "plans.pdf" if everyone or not plan else "plan-{case}-v{version}.pdf".format(
            case=plan["case_number"], version=plan["version"])
        path = dialogs.ask_save_path(self, self.tr("Save as PDF"), name, self.tr("PDF files (*.pdf)"), "pdf")
        if not path:
            return
        lang, hide = self.print_language.currentData(), self.case_numbers_only.isChecked()
        try:
            tasks.run_pdf(self, lambda job: plans.save_pdf(job.session, ids, lang, path, case_numbers_only=hide),
                          session=self.session, label=self.tr("Saving the plans as PDF…"))
        except tasks.Cancelled:
            return
        except ShelterError as exc:
            dialogs.show_error(self, exc)

    # --- auto-lock ----------------------------------------------------------------------

    def lock_state(self) -> dict | None:
        if not self.has_unsaved_work():
            return None
        state = {"plan_id": self.plan["id"], "part": self.parts.currentIndex()}
        if self.has_unsaved_changes():
            state["content"] = self.content()
        if self._review_typed():
            state["review"] = {"date": self.review_date.text(), "progress": self.review_progress.toPlainText(),
                               "next": self.next_review.text()}
        return state

    def restore_state(self, state: dict | None) -> None:
        if not state:
            return
        self.refresh(state["plan_id"])
        if not self.plan:
            return
        review = state.get("review")
        if review:
            self.review_date.setText(review["date"])
            self.review_progress.setPlainText(review["progress"])
            self.next_review.setText(review["next"])
        self.parts.setCurrentIndex(state.get("part", 0))
        if self.plan["status"] != "draft" or "content" not in state:
            return
        self._put_content(state["content"])
        self.parts.setCurrentIndex(state.get("part", 0))

    def _put_content(self, content: dict) -> None:
        """What content() gave, back on screen (unsaved: the stored draft stays as it is)."""
        self._filling = True
        try:
            self.wishes.setPlainText(content.get("resident_wishes", ""))
            self.no_education_reason.setText(content.get("no_education_goal_reason", ""))
            for n in content.get("needs", []):
                level, text = self.need_widgets[n["domain"]]
                level.set_code(n["need_level"])
                text.setPlainText(n["assessment"])
            self.goals_model.set_rows(content.get("goals", []))
        finally:
            self._filling = False
        if self.goals_model.rowCount():
            self.goals_table.selectRow(0)
