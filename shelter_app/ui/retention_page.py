"""The Retention page (directors): records kept longer than the retention
period, to anonymize or delete; and printing everything held about one
resident when they ask for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget)

from shelter_app import i18n, retention, subject_access
from shelter_app.errors import ShelterError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import RowsModel, push_button, rows_view, show_date
from shelter_app.ui.extensions import Page


class RetentionModel(RowsModel):
    """rows: the retention.Candidate records due."""

    CASE_NUMBER, NAME, REGISTERED, LAST_EXIT, LAST_CONTACT, STATE = range(6)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.checked: set[int] = set()

    def headers(self) -> list[str]:
        return [self.tr("Case number"), self.tr("Name"), self.tr("Registered"), self.tr("Last exit"),
                self.tr("Last contact"), self.tr("State")]

    def set_rows(self, rows) -> None:
        rows = list(rows)
        self.checked &= {c.id for c in rows}
        super().set_rows(rows)

    def chosen(self) -> list[retention.Candidate]:
        return [c for c in self.rows if c.id in self.checked]

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsUserCheckable if index.column() == self.CASE_NUMBER else base

    def data(self, index, role=Qt.DisplayRole):
        item = self.row_at(index)
        if item is None:
            return None
        col = index.column()
        if role == Qt.CheckStateRole and col == self.CASE_NUMBER:
            return Qt.Checked if item.id in self.checked else Qt.Unchecked
        if role == Qt.UserRole:
            return item.id
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if col == self.CASE_NUMBER:
            return item.case_number
        if col == self.NAME:
            return item.case_number if self.session.privacy_mode or item.anonymized else item.full_name
        if col == self.REGISTERED:
            return show_date(item.registration_date)
        if col == self.LAST_EXIT:
            return show_date(item.last_exit) if item.last_exit else self.tr("never stayed")
        if col == self.LAST_CONTACT:
            return show_date(item.last_contact)
        return self.tr("Anonymized") if item.anonymized else ""

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.CheckStateRole or not index.isValid() or index.column() != self.CASE_NUMBER:
            return False
        item = self.rows[index.row()]
        if Qt.CheckState(value) == Qt.Checked:
            self.checked.add(item.id)
        else:
            self.checked.discard(item.id)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True

    def check_all(self, on: bool) -> None:
        self.checked = {c.id for c in self.rows} if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.CheckStateRole])


class RetentionPage(Page, QWidget):
    required_permission = Permission.RETENTION  # directors only; the domain checks it too

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("RetentionPage", "Retention")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.model = RetentionModel(session, self)
        self.table = rows_view(self.model, "retention")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No record is kept longer than the retention period."))
        self.empty.setObjectName("empty")
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.all_button = push_button(self.tr("Select all"), "select_all", lambda: self.model.check_all(True))
        row.addWidget(self.all_button)
        self.none_button = push_button(self.tr("Select none"), "select_none", lambda: self.model.check_all(False))
        row.addWidget(self.none_button)
        row.addStretch(1)
        self.anonymize_button = push_button(self.tr("Anonymize selected…"), "anonymize", self.anonymize)
        row.addWidget(self.anonymize_button)
        self.delete_button = push_button(self.tr("Delete selected…"), "delete", self.delete)
        row.addWidget(self.delete_button)
        layout.addLayout(row)

        box = QGroupBox(self.tr("A resident's own record"))
        inner = QHBoxLayout(box)
        explain = QLabel(self.tr("When a resident asks what is held about them, print all of it:"))
        explain.setWordWrap(True)
        inner.addWidget(explain, 1)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("record_case_number")
        self.case_number.setPlaceholderText(self.tr("case number"))
        inner.addWidget(self.case_number)
        self.language = QComboBox()
        self.language.setObjectName("record_language")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        inner.addWidget(self.language)
        self.print_button = push_button(self.tr("Print…"), "print_record", self.print_record)
        inner.addWidget(self.print_button)
        self.pdf_button = push_button(self.tr("Save as PDF…"), "save_record_pdf", self.save_record_pdf)
        inner.addWidget(self.pdf_button)
        layout.addWidget(box)

        self.allowed = session.can(Permission.RETENTION)
        for widget in (self.all_button, self.none_button, self.anonymize_button, self.delete_button,
                       self.case_number, self.print_button, self.pdf_button, self.language):
            widget.setEnabled(self.allowed)
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        if not self.allowed:
            self.intro.setText(self.tr("Only a director can decide what happens to old records."))
            self.empty.hide()
            return
        years = retention.retention_years(self.session)
        self.intro.setText(i18n.ntranslate(
            "RetentionPage",
            "Residents whose last contact with the shelter (exit, service or court hearing) is more than %n "
            "years ago. Anonymizing removes names, contact details and every free text and keeps the statistics; "
            "deleting removes the records for good.", years,
            one="Residents whose last contact with the shelter (exit, service or court hearing) is more than a "
            "year ago. Anonymizing removes names, contact details and every free text and keeps the statistics; "
            "deleting removes the records for good."))
        try:
            due = tasks.run(self, lambda job: retention.due(job.session), session=self.session,
                            label=self.tr("Looking for records past the retention period…"))
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.set_rows(due)
        self.empty.setVisible(self.model.rowCount() == 0)

    def _chosen(self) -> list:
        chosen = self.model.chosen()
        if not chosen:
            dialogs.warn(self, self.tr("Tick the residents first."))
        return chosen

    def anonymize(self) -> None:
        chosen = [c for c in self._chosen() if not c.anonymized]
        if not chosen:
            return
        if not dialogs.confirm(self, self.tr(
                "Anonymize the records of {n} residents? Names, contact details and every free text are removed "
                "for good; the statistics stay as they are.").format(n=len(chosen)),
                yes=self.tr("Anonymize"), no=self.tr("Cancel")):
            return
        ids = [c.id for c in chosen]
        try:
            n = tasks.run(self, lambda job: retention.anonymize(job.session, ids, progress=job.progress),
                          session=self.session, label=self.tr("Anonymizing…"), cancellable=True)
        except tasks.Cancelled:
            dialogs.info(self, self.tr("Stopped: nothing was changed."))
            return
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
        dialogs.info(self, self.tr("Anonymized: {n} residents.").format(n=n))

    def delete(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        if not dialogs.confirm(self, self.tr(
                "Delete the records of {n} residents for good? Stays, plans, services and legal cases go with "
                "them, and the statistics of past periods will change. This cannot be undone.").format(
                    n=len(chosen)), yes=self.tr("Delete"), no=self.tr("Cancel")):
            return
        ids = [c.id for c in chosen]
        try:
            n = tasks.run(self, lambda job: retention.delete(job.session, ids, progress=job.progress),
                          session=self.session, label=self.tr("Deleting…"), cancellable=True)
        except tasks.Cancelled:
            dialogs.info(self, self.tr("Stopped: nothing was deleted."))
            return
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
        dialogs.info(self, self.tr("Deleted: {n} residents.").format(n=n))

    # --- a resident's own record ----------------------------------------------------------

    def _case_number(self) -> str | None:
        text = self.case_number.text().strip()
        if not text:
            dialogs.warn(self, self.tr("Type the resident's case number."))
            return None
        return text

    def print_record(self) -> None:
        from shelter_app.ui import document_printer

        case_number = self._case_number()
        if not case_number:
            return
        lang = self.language.currentData()
        try:
            self.session.require(Permission.PRINT_RESIDENT_RECORD)
            printer = document_printer.ask_printer(self, self.tr("Print the resident's record"))
            if printer is None:
                return
            document, _pages = tasks.run_print(
                self, lambda job: subject_access.document(job.session, case_number, lang), printer,
                session=self.session)
            subject_access.record_print(self.session, document.sections[0].reference, "printer", lang)
        except ShelterError as exc:
            dialogs.show_error(self, exc)

    def save_record_pdf(self) -> None:
        case_number = self._case_number()
        if not case_number:
            return
        if not dialogs.confirm(
                self, self.tr("A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only "
                              "where it is safe, and delete it once it is printed."),
                title=self.tr("Save as PDF"), yes=self.tr("Save PDF"), no=self.tr("Cancel")):
            return
        path = dialogs.ask_save_path(self, self.tr("Save as PDF"), f"record-{case_number}.pdf",
                                     self.tr("PDF files (*.pdf)"), "pdf")
        if not path:
            return
        lang = self.language.currentData()
        try:
            tasks.run_pdf(self, lambda job: subject_access.save_pdf(job.session, case_number, lang, path),
                          session=self.session, label=self.tr("Saving the resident's record as PDF…"))
        except tasks.Cancelled:
            return
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.info(self, self.tr("Saved: {path}").format(path=path))
