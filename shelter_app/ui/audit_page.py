"""The Audit log page (directors): filter by person, action, record and
dates; check the chain ("verify" names the first broken entry); print or save
the filtered log for an inspection. Rows are fetched a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from shelter_app import audit, i18n
from shelter_app.errors import ShelterError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import RowsModel, push_button, rows_view
from shelter_app.ui.extensions import Page


class AuditModel(RowsModel):
    """rows: the audit.Entry records fetched so far, a page at a time."""

    NUMBER, TIME, ACCOUNT, ACTION, RECORD, DETAILS = range(6)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.filters = audit.Filters()
        self.total = 0
        self.broken_entry: int | None = None

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("Account"), self.tr("Action"), self.tr("Record"),
                self.tr("Details")]

    def load(self, filters: audit.Filters) -> None:
        """Raises ValidationError (bad dates) before anything changes."""
        total = audit.count(self.session, filters)
        first = audit.entries(self.session, filters, limit=audit.PAGE)
        self.beginResetModel()
        self.filters, self.total, self.rows = filters, total, first
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self.session.closed:
            return
        more = audit.entries(self.session, self.filters, limit=audit.PAGE, offset=len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.DisplayRole):
        entry = self.row_at(index)
        if entry is None:
            return None
        if role == Qt.UserRole:
            return entry.id
        if role == Qt.ForegroundRole:
            return QBrush(QColor("#b00020")) if self.broken_entry and entry.id >= self.broken_entry else None
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        col = index.column()
        if col == self.NUMBER:
            return str(entry.id)
        if col == self.TIME:
            return entry.when()
        if col == self.ACCOUNT:
            return entry.username
        if col == self.ACTION:
            return entry.action_text()
        if col == self.RECORD:
            return entry.record_text()
        return entry.details_text()


class AuditPage(Page, QWidget):
    required_permission = Permission.VIEW_AUDIT  # directors only; the domain checks it too

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        intro = QLabel(self.tr("Who saw or changed what, and when. Narrow the log, then print it for an "
                               "inspection."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Staff member:")))
        self.person = QComboBox()
        self.person.setObjectName("person")
        row.addWidget(self.person)
        row.addWidget(QLabel(self.tr("Action:")))
        self.action = QComboBox()
        self.action.setObjectName("action")
        row.addWidget(self.action, 1)
        row.addWidget(QLabel(self.tr("Record:")))
        self.record = QLineEdit()
        self.record.setObjectName("record")
        self.record.setPlaceholderText(self.tr("case number"))
        self.record.setClearButtonEnabled(True)
        self.record.returnPressed.connect(self.apply_filters)
        row.addWidget(self.record)
        layout.addLayout(row)

        row = QHBoxLayout()
        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("From"))
        self.use_from.setObjectName("use_from")
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_from.setObjectName("date_from")
        self.use_to = QCheckBox(self.tr("to"))
        self.use_to.setObjectName("use_to")
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self._date_changed)
        for box in (self.use_from, self.use_to):
            box.toggled.connect(self.apply_filters)
        row.addWidget(self.use_from)
        row.addWidget(self.date_from)
        row.addWidget(self.use_to)
        row.addWidget(self.date_to)
        self.show_button = push_button(self.tr("Show"), "show", self.apply_filters)
        row.addWidget(self.show_button)
        self.reset_button = push_button(self.tr("Clear filters"), "clear_filters", self.clear_filters)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.model = AuditModel(session, self)
        self.table = rows_view(self.model, "audit_log")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 60), (1, 150), (2, 120), (3, 250), (4, 160)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        row.addWidget(self.count_label, 1)
        self.verify_button = QPushButton(self.tr("Verify the log"))
        self.verify_button.setObjectName("verify")
        self.verify_button.setToolTip(self.tr("Check that no entry was altered or removed"))
        self.verify_button.clicked.connect(self.verify)
        row.addWidget(self.verify_button)
        self.print_button = push_button(self.tr("Print…"), "print", self.print_log)
        row.addWidget(self.print_button)
        self.pdf_button = push_button(self.tr("Save as PDF…"), "save_pdf", self.save_pdf)
        row.addWidget(self.pdf_button)
        layout.addLayout(row)
        self.chain_label = QLabel()
        self.chain_label.setObjectName("chain")
        self.chain_label.setWordWrap(True)
        layout.addWidget(self.chain_label)
        self.chain_label.hide()

        self.person.currentIndexChanged.connect(self.apply_filters)
        self.action.currentIndexChanged.connect(self.apply_filters)
        self.allowed = session.can(Permission.VIEW_AUDIT)
        for widget in (self.person, self.action, self.record, self.use_from, self.use_to, self.date_from,
                       self.date_to, self.show_button, self.reset_button, self.verify_button, self.print_button,
                       self.pdf_button):
            widget.setEnabled(self.allowed)
        self.refresh()

    # --- filters ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        choices = audit.choices(self.session)
        for combo, items, label in ((self.person, choices["username"], lambda u: u),
                                    (self.action, choices["action"], audit.action_label)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for item in items:
                combo.addItem(label(item), item)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def filters(self) -> audit.Filters:
        def day(edit: QDateEdit) -> str:
            return edit.date().toString("yyyy-MM-dd")

        return audit.Filters(
            username=self.person.currentData(), action=self.action.currentData(),
            record_id=self.record.text().strip() or None,
            date_from=day(self.date_from) if self.use_from.isChecked() else None,
            date_to=day(self.date_to) if self.use_to.isChecked() else None)

    def _date_changed(self) -> None:
        if self.use_from.isChecked() or self.use_to.isChecked():
            self.apply_filters()

    def apply_filters(self) -> None:
        if self.session.closed or not self.allowed:
            return
        try:
            self.model.load(self.filters())
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self._show_count()

    def clear_filters(self) -> None:
        for widget in (self.person, self.action, self.use_from, self.use_to):
            widget.blockSignals(True)
        self.person.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.record.clear()
        for widget in (self.person, self.action, self.use_from, self.use_to):
            widget.blockSignals(False)
        self.apply_filters()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{n} entries").format(n=self.model.total))

    def refresh(self) -> None:
        if self.session.closed:
            return
        if not self.allowed:
            self.count_label.setText(self.tr("Only a director can read the audit log."))
            return
        self._fill_choices()
        self.apply_filters()

    # --- actions ------------------------------------------------------------------------

    def verify(self) -> None:
        label = self.tr("Checking every entry of the audit log…")
        try:
            result = tasks.run(self, lambda job: audit.verify(job.session, progress=job.progress),
                               session=self.session, label=label, cancellable=True)
        except tasks.Cancelled:
            return
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.broken_entry = result.broken_entry
        self.chain_label.setText(result.message())
        self.chain_label.setStyleSheet("" if result.ok else "color: #b00020; font-weight: bold;")
        self.chain_label.show()
        self.apply_filters()
        if result.ok:
            dialogs.info(self, result.message(), title=self.tr("Audit log"))
        else:
            dialogs.warn(self, result.message(), title=self.tr("Audit log"))

    def print_log(self) -> None:
        from shelter_app.ui import document_printer

        filters, lang = self.filters(), i18n.current_language()
        try:
            self.session.require(Permission.VIEW_AUDIT)
            printer = document_printer.ask_printer(self, self.tr("Print the audit log"))
            if printer is None:
                return
            tasks.run_print(self, lambda job: audit.document(job.session, filters, lang), printer,
                            session=self.session)
            audit.record_print(self.session, filters, "printer")
        except ShelterError as exc:
            dialogs.show_error(self, exc)

    def save_pdf(self) -> None:
        if not dialogs.confirm(
                self, self.tr("A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only "
                              "where it is safe, and delete it once the inspection is over."),
                title=self.tr("Save as PDF"), yes=self.tr("Save PDF"), no=self.tr("Cancel")):
            return
        path = dialogs.ask_save_path(self, self.tr("Save as PDF"), "audit-log.pdf", self.tr("PDF files (*.pdf)"),
                                     "pdf")
        if not path:
            return
        filters, lang = self.filters(), i18n.current_language()
        try:
            tasks.run_pdf(self, lambda job: audit.save_pdf(job.session, filters, lang, path),
                          session=self.session, label=self.tr("Saving the audit log as PDF…"))
        except tasks.Cancelled:
            return
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.info(self, self.tr("Saved: {path}").format(path=path))
