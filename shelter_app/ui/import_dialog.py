"""The Import dialog: choose what the file holds and the file; see the first
rows as they will be stored, every error, the warnings and the counts to be
written — and only then import. Nothing is written before the person clicks
Import, and a file changed since it was checked is refused.

    dialog = ImportDialog(session, parent)
    dialog.exec()
    if dialog.written: ...refresh the register...
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from shelter_app import i18n, imports
from shelter_app.errors import ShelterError
from shelter_app.imports import Report
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.extensions import UnsavedWork, ask_to_settle
from shelter_app.ui.common import RowsModel

ERROR_COLOUR = "#b00020"
EXISTING_COLOUR = "#6b6b6b"


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they will be stored."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[dict] = []

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.columns = list(report.preview_columns) if report and report.ok else []
        self.rows = list(report.preview) if report and report.ok else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            return imports.column_title(self.columns[section])
        if orientation == Qt.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.DisplayRole:
            return imports.display_value(column, row.get(column))
        if role == Qt.ForegroundRole and row.get("status") == "existing":
            return QBrush(QColor(EXISTING_COLOUR))
        return None


class ProblemModel(RowsModel):
    """Errors or warnings: where (line, column) and why."""

    LINE, COLUMN, REASON = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Column"), self.tr("Reason")]

    def data(self, index, role=Qt.DisplayRole):
        problem = self.row_at(index)
        if problem is None:
            return None
        if role == Qt.DisplayRole:
            if index.column() == self.LINE:
                return "" if problem.line is None else str(problem.line)
            if index.column() == self.COLUMN:
                if problem.letter and problem.column:
                    return f"{problem.letter} ({problem.column})"
                return problem.letter or problem.column or ""
            if index.column() == self.REASON:
                return problem.reason()
        if role == Qt.ToolTipRole and index.column() == self.REASON:
            return problem.reason()
        return None


class ImportDialog(UnsavedWork, QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.report: Report | None = None
        self.written = False
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.resize(1000, 640)

        self.kind_combo = QComboBox()
        for kind in imports.KINDS:
            self.kind_combo.addItem(imports.kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self.check)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("A CSV or XLSX file with the column names in its first row"))
        self.file_edit.setMinimumWidth(self.file_edit.fontMetrics().horizontalAdvance(
            self.file_edit.placeholderText()) + 20)  # the hint whole, in every language
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setToolTip(self.tr("Read the file again, after correcting it"))
        self.recheck_button.clicked.connect(self.check)
        self.recheck_button.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.recheck_button)
        self.template_button = QPushButton(self.tr("Save an empty template…"))
        self.template_button.setToolTip(self.tr("A file with the column names this kind of register needs"))
        self.template_button.clicked.connect(self.save_template)
        file_row.addWidget(self.template_button)
        form = QFormLayout()
        form.addRow(self.tr("The file holds:"), self.kind_combo)
        form.addRow(self.tr("File:"), file_row)

        self.summary_label = QLabel(self.tr("Choose a file. Nothing is written before you click Import."))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.preview_model = PreviewModel(self)
        self.error_model = ProblemModel(self)
        self.warning_model = ProblemModel(self)
        self.preview_view = self._table(self.preview_model)
        self.error_view = self._table(self.error_model, stretch_last=True)
        self.warning_view = self._table(self.warning_model, stretch_last=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_view, "")
        self.tabs.addTab(self.error_view, "")
        self.tabs.addTab(self.warning_view, "")
        self._tab_titles()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)  # Enter must not write a register
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        self.import_button.clicked.connect(self.do_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _table(model, stretch_last: bool = False) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setStretchLastSection(stretch_last)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        return view

    def _tab_titles(self) -> None:
        report = self.report
        self.tabs.setTabText(0, self.tr("Preview"))
        self.tabs.setTabText(1, self.tr("Errors ({count})").format(count=len(report.errors) if report else 0))
        self.tabs.setTabText(2, self.tr("Warnings ({count})").format(count=len(report.warnings) if report else 0))

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    # --- actions ---------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else ""
        chosen = dialogs.ask_open_path(self, self.tr("Choose the file to import"), start,
                                       self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if chosen:
            self.open_file(chosen)

    def save_template(self) -> None:
        from shelter_app import atomic

        kind = self.kind
        path = dialogs.ask_save_path(self, self.tr("Save an empty template"), f"{kind}.csv",
                                     self.tr("CSV files (*.csv)"), "csv")
        if not path:
            return
        try:
            atomic.write_bytes(path, imports.template(kind, i18n.current_language()))
        except ShelterError as exc:
            dialogs.show_error(self, exc)

    def open_file(self, path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.recheck_button.setEnabled(True)
        self.check()

    def check(self) -> None:
        """Read and check the file; nothing is written."""
        if self.path is None:
            return
        if self.session.closed:  # locked meanwhile: nothing to check against
            self.reject()
            return
        self.written = False
        path, kind = self.path, self.kind
        report = self._busy(lambda job: imports.check(job.session, path, kind, progress=job.progress),
                            self.tr("Reading and checking the file…"))
        if report is not None:
            self.show_report(report)

    def do_import(self) -> None:
        report = self.report
        if report is None or not report.ok or self.path is None:
            return
        if self.session.closed:
            self.reject()
            return
        path, kind = self.path, self.kind
        result = self._busy(lambda job: imports.run(job.session, path, kind, expected_sha256=report.sha256,
                                                    progress=job.progress),
                            self.tr("Importing: all rows or none…"))
        if result is None:
            return
        self.show_report(result)
        if result.written:
            self.written = True
            dialogs.info(self, " ".join(result.summary()), title=self.tr("Import finished"))
        else:
            dialogs.warn(self, self.tr("Nothing was imported. Read the errors, correct the file and check it again."))

    def _busy(self, work, label: str):
        """work(job) in the background (ui/tasks.py); None once what went wrong
        is shown, or after Cancel (the file is read, checked and written in
        one transaction: stopping writes nothing)."""
        try:
            return tasks.run(self, work, session=self.session, label=label, cancellable=True)
        except tasks.Cancelled:
            return None
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return None

    # --- unsaved work: a file checked and not yet imported ---------------------------
    def has_unsaved_work(self) -> bool:
        return self.import_button.isEnabled() and self.report is not None and not self.written

    def unsaved_work(self) -> list[str]:
        if not self.has_unsaved_work():
            return []
        return [self.tr("Import: {file} is checked but not imported").format(
            file=self.path.name if self.path else "")]

    def save_work(self) -> bool:
        self.do_import()
        return self.written

    def discard_work(self) -> None:
        self.import_button.setEnabled(False)

    def lock_state(self) -> dict | None:
        return None  # the file is read again after an unlock: it may have changed meanwhile

    def reject(self) -> None:
        if self.closing_for_lock or ask_to_settle(self, [self]):
            QDialog.reject(self)

    # --- showing a report --------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        self.report = report
        self.preview_model.set_report(report)
        self.error_model.set_rows(report.errors)
        self.warning_model.set_rows(report.warnings)
        self.preview_view.resizeColumnsToContents()
        for view in (self.error_view, self.warning_view):
            # The reason column takes the rest of the width and wraps; the rows grow to fit it.
            view.resizeColumnsToContents()
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(view.model().columnCount() - 1, QHeaderView.Stretch)
            view.resizeRowsToContents()
        self._tab_titles()
        lines = []
        if report.rows or report.format:
            lines.append(self.tr("{rows} rows in the file.").format(rows=report.rows))
        lines.extend(report.summary())
        self.summary_label.setText(" ".join(lines))
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};" if report.errors else "")
        can_import = (report.ok and not report.written and any(report.new.values())
                      and self.session.can(Permission.IMPORT))
        self.import_button.setEnabled(can_import)
        if report.errors:
            self.tabs.setCurrentIndex(1)
        elif not report.written:
            self.tabs.setCurrentIndex(0)

    def done(self, result: int) -> None:
        # Closed (or closed by the auto-lock): leave no rows of the file on screen.
        self.preview_model.set_report(None)
        self.error_model.set_rows([])
        self.warning_model.set_rows([])
        super().done(result)
