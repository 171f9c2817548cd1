"""The Returns page: choose the period and threshold, see exactly what will
leave the shelter (suppressed cells marked), export it as JSON, CSV, ADX or
PDF, and read the history of past exports with their SHA-256."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGroupBox,
                               QHBoxLayout, QHeaderView,
                               QLabel, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from shelter_app import i18n, returns
from shelter_app.errors import ShelterError
from shelter_app.permissions import Permission
from shelter_app.returns import formats, periods, service
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import RowsModel, rows_view, two_lines
from shelter_app.ui.extensions import Page

SUPPRESSED_BACKGROUND = "#fbe3d4"


class ReturnTableModel(QAbstractTableModel):
    """One table of the return as it will leave: `x` where a cell is not published."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = None
        self.threshold = 5
        self.lang = "en"

    def set_table(self, table, threshold: int, lang: str) -> None:
        self.beginResetModel()
        self.table, self.threshold, self.lang = table, threshold, lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if self.table is None or role != Qt.DisplayRole:
            return None
        spec = self.table.spec
        if orientation == Qt.Horizontal and 0 <= section < len(self.table.columns):
            return two_lines(spec.columns.label(self.table.columns[section], self.lang))
        if orientation == Qt.Vertical and 0 <= section < len(self.table.rows):
            return spec.rows.label(self.table.rows[section], self.lang)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if self.table is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(self.table.rows) and 0 <= index.column() < len(self.table.columns)):
            return None
        r, c = self.table.rows[index.row()], self.table.columns[index.column()]
        suppressed = self.table.is_suppressed(r, c)
        if role == Qt.DisplayRole:
            return service.MARK if suppressed else str(self.table.values[(r, c)])
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and suppressed:
            return QBrush(QColor(SUPPRESSED_BACKGROUND))
        if role == Qt.FontRole and "total" in (r, c):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole and suppressed:
            return service.legend(self.lang)
        if role == Qt.UserRole:
            return None if suppressed else self.table.values[(r, c)]
        return None


class HistoryModel(RowsModel):
    WHEN, WHO, PERIOD, FORMAT, THRESHOLD, SUPPRESSION, FILE, SHA256 = range(8)

    def headers(self) -> list[str]:
        return [self.tr("Exported"), self.tr("By"), self.tr("Period"), self.tr("Format"), self.tr("Threshold"),
                self.tr("Suppression"), self.tr("File"), self.tr("Checksum (SHA-256)")]

    def data(self, index, role=Qt.DisplayRole):
        item = self.row_at(index)
        if item is None:
            return None
        col = index.column()
        if role == Qt.ForegroundRole and col == self.SUPPRESSION and not item["suppression"]:
            return QBrush(QColor("#b00020"))
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if col == self.WHEN:
            ts = item["ts"] or ""
            return (i18n.format_date(ts[:10]) + " " + ts[11:16] + " UTC") if ts else ""
        if col == self.WHO:
            return item["username"]
        if col == self.PERIOD:
            return item["period"]
        if col == self.FORMAT:
            return (item["format"] or "").upper()
        if col == self.THRESHOLD:
            return "" if item["threshold"] is None else str(item["threshold"])
        if col == self.SUPPRESSION:
            return self.tr("on") if item["suppression"] else self.tr("off")
        if col == self.FILE:
            return item["file"]
        if col == self.SHA256:
            return item["sha256"]
        return None


class ReturnsPage(Page, QWidget):
    YEAR, QUARTER, MONTH, DAYS = range(4)
    required_permission = Permission.STATISTICAL_RETURNS  # directors only; the domain checks it too

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ReturnsPage", "Statistical returns")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ret = None
        self.lang = i18n.current_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        intro = QLabel(self.tr("Anonymized counts for the national anti-trafficking database. Only residents who "
                               "agreed to anonymized reporting are counted; small counts are suppressed. What you "
                               "see below is exactly what the file will contain."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period")))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("period_kind")
        for text in (self.tr("Year"), self.tr("Quarter"), self.tr("Month"), self.tr("From … to …")):
            self.kind_box.addItem(text)
        row.addWidget(self.kind_box)
        self.year_box = QSpinBox()
        self.year_box.setObjectName("year")
        self.year_box.setRange(2000, 2100)
        row.addWidget(self.year_box)
        self.part_box = QComboBox()
        self.part_box.setObjectName("period_part")
        self.part_box.setMinimumContentsLength(10)
        row.addWidget(self.part_box)
        self.first_day = QDateEdit()
        self.first_day.setObjectName("first_day")
        self.last_day = QDateEdit()
        self.last_day.setObjectName("last_day")
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setVisible(False)
            row.addWidget(edit)
        row.addSpacing(16)
        threshold_label = QLabel(self.tr("Threshold"))
        threshold_label.setObjectName("threshold_label")
        row.addWidget(threshold_label)
        self.threshold_box = QSpinBox()
        self.threshold_box.setObjectName("threshold")
        self.threshold_box.setRange(returns.MIN_THRESHOLD, returns.MAX_THRESHOLD)
        threshold_label.setToolTip(self.tr(
            "Threshold: the smallest count that is published. A count from 1 to one less than it could point at "
            "a person, so it is hidden, with as many other cells as it takes to keep it from being worked out."))
        threshold_label.setBuddy(self.threshold_box)
        self.threshold_box.setToolTip(self.tr("Counts from 1 to one less than this are not published (3 to 10)."))
        row.addWidget(self.threshold_box)
        row.addSpacing(16)
        self.no_suppression = QCheckBox(self.tr("Publish every count (no suppression; JSON and ADX only)"))
        self.no_suppression.setObjectName("no_suppression")
        row.addWidget(self.no_suppression)
        row.addStretch(1)
        layout.addLayout(row)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Horizontal)
        self.table_list = QListWidget()
        self.table_list.setObjectName("tables")
        splitter.addWidget(self.table_list)
        self.model = ReturnTableModel(self)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.table_title = QLabel()
        self.table_title.setObjectName("table_title")
        self.table_title.setWordWrap(True)
        font = self.table_title.font()
        font.setBold(True)
        self.table_title.setFont(font)
        right_layout.addWidget(self.table_title)
        self.view = QTableView()
        self.view.setObjectName("preview")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.horizontalHeader().setMinimumSectionSize(56)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        right_layout.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 1000])  # the table whole on a 1366-pixel screen at 125 %
        self.table_list.setWordWrap(True)
        layout.addWidget(splitter, 4)

        buttons = QHBoxLayout()
        self.export_buttons = {}
        for fmt, text in (("json", self.tr("Export JSON…")), ("csv", self.tr("Export CSV…")),
                          ("adx", self.tr("Export ADX…")), ("pdf", self.tr("Export PDF…"))):
            button = QPushButton(text)
            button.setObjectName("export_" + fmt)
            if fmt == "adx":
                button.setToolTip(self.tr("ADX (Aggregate Data Exchange): the XML file national information "
                                          "systems such as DHIS2 read counts from."))
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
        buttons.addStretch(1)
        self.structure_button = QPushButton(self.tr("Save ADX structure…"))
        self.structure_button.setObjectName("save_structure")
        self.structure_button.setToolTip(self.tr("The data elements and code lists a national administrator needs "
                                                 "to set up the receiving data set."))
        self.structure_button.clicked.connect(self.save_structure)
        buttons.addWidget(self.structure_button)
        layout.addLayout(buttons)

        box = QGroupBox(self.tr("Past exports"))
        box_layout = QVBoxLayout(box)
        self.history_model = HistoryModel(self)
        self.history_view = rows_view(self.history_model, "history")
        self.history_view.horizontalHeader().setStretchLastSection(True)
        box_layout.addWidget(self.history_view)
        layout.addWidget(box, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.preview)

        self._set_defaults()
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.year_box.valueChanged.connect(self._changed)
        self.first_day.dateChanged.connect(self._changed)
        self.last_day.dateChanged.connect(self._changed)
        self.part_box.currentIndexChanged.connect(self._changed)
        self.threshold_box.valueChanged.connect(self._changed)
        self.no_suppression.toggled.connect(self._changed)
        self.table_list.currentRowChanged.connect(self._show_table)
        if not session.can(Permission.STATISTICAL_RETURNS):
            for widget in (*self.export_buttons.values(), self.kind_box, self.year_box, self.part_box,
                           self.threshold_box, self.no_suppression):
                widget.setEnabled(False)
        self.refresh()

    # --- period --------------------------------------------------------------------
    def _set_defaults(self) -> None:
        today = _dt.date.today()
        last_quarter = (today.month - 1) // 3  # the last whole quarter
        year = today.year if last_quarter else today.year - 1
        self.kind_box.setCurrentIndex(self.QUARTER)
        self.year_box.setValue(year)
        self._fill_parts()
        self.part_box.setCurrentIndex((last_quarter or 4) - 1)
        period = self.period()
        self.first_day.setDate(QDate.fromString(period.start, Qt.ISODate))
        self.last_day.setDate(QDate.fromString(period.end, Qt.ISODate))
        try:
            self.threshold_box.setValue(returns.default_threshold(self.session))
        except ShelterError:
            self.threshold_box.setValue(returns.DEFAULT_THRESHOLD)

    def _fill_parts(self) -> None:
        kind = self.kind_box.currentIndex()
        self.part_box.blockSignals(True)
        self.part_box.clear()
        if kind == self.QUARTER:
            for q in range(1, 5):
                self.part_box.addItem(self.tr("Q{n}").format(n=q), q)
        elif kind == self.MONTH:
            locale = QLocale({"ru": "ru_RU", "ky": "ky_KG"}.get(self.lang, "en_GB"))
            for m in range(1, 13):
                self.part_box.addItem(locale.standaloneMonthName(m, QLocale.LongFormat).capitalize(), m)
        self.part_box.setVisible(kind not in (self.YEAR, self.DAYS))
        self.year_box.setVisible(kind != self.DAYS)
        self.first_day.setVisible(kind == self.DAYS)
        self.last_day.setVisible(kind == self.DAYS)
        self.part_box.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_parts()
        self._changed()

    def period(self) -> periods.Period:
        kind, year = self.kind_box.currentIndex(), self.year_box.value()
        if kind == self.QUARTER:
            return periods.quarter(year, self.part_box.currentData() or 1)
        if kind == self.MONTH:
            return periods.month(year, self.part_box.currentData() or 1)
        if kind == self.DAYS:
            return periods.between(self.first_day.date().toPython(), self.last_day.date().toPython())
        return periods.year(year)

    def _changed(self) -> None:
        suppress = not self.no_suppression.isChecked()
        for fmt in ("csv", "pdf"):
            self.export_buttons[fmt].setEnabled(suppress and self.session.can(Permission.STATISTICAL_RETURNS))
            self.export_buttons[fmt].setToolTip("" if suppress else self.tr(
                "A return without suppression can only be exported as JSON or ADX."))
        self._timer.start()

    # --- preview -------------------------------------------------------------------
    def refresh(self) -> None:
        self.preview()
        self.load_history()

    def preview(self) -> None:
        """Build the return exactly as it will be written and show it."""
        self._timer.stop()
        threshold, suppress = self.threshold_box.value(), not self.no_suppression.isChecked()
        try:
            period = self.period()
            self.ret = tasks.run(self, lambda job: returns.build(job.session, period, threshold=threshold,
                                                                 suppress=suppress, progress=job.progress),
                                 session=self.session, label=self.tr("Counting the return…"), cancellable=True)
        except tasks.Cancelled:  # only read: nothing to undo, but the preview is not this period's
            self.ret = None
            self.summary.setText(self.tr("The counting was stopped. Change a setting or export to count again."))
            self.model.set_table(None, 5, self.lang)
            return
        except ShelterError as exc:
            self.ret = None
            self.summary.setText(exc.localized())
            self.model.set_table(None, 5, self.lang)
            return
        ret = self.ret
        lines = [self.tr("{label}: {start} to {end}.").format(
            label=ret.period.label, start=i18n.format_date(ret.period.start), end=i18n.format_date(ret.period.end))]
        lines.extend(service.suppression_summary(ret, self.lang))
        self.summary.setText(" ".join(lines))
        current = max(0, self.table_list.currentRow())
        self.table_list.blockSignals(True)
        self.table_list.clear()
        for table in ret.tables:
            labels = service.table_labels(table, self.lang)
            item = QListWidgetItem(labels["title"])
            tip = labels["title"]
            if table.suppressed:
                tip += "\n" + self.tr("{n} cells suppressed").format(n=len(table.suppressed))
            item.setToolTip(tip)
            self.table_list.addItem(item)
        self.table_list.blockSignals(False)
        self.table_list.setCurrentRow(min(current, len(ret.tables) - 1))
        self._show_table(self.table_list.currentRow())

    def _show_table(self, row: int) -> None:
        if self.ret is None or not (0 <= row < len(self.ret.tables)):
            self.model.set_table(None, 5, self.lang)
            self.table_title.clear()
            return
        table = self.ret.tables[row]
        labels = service.table_labels(table, self.lang)
        self.table_title.setText(labels["title"] + " (" + labels["unit"] + ")")
        self.model.set_table(table, self.ret.threshold, self.lang)

    def load_history(self) -> None:
        try:
            self.history_model.set_rows(returns.history(self.session))
        except ShelterError:
            self.history_model.set_rows([])

    # --- export --------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        if self._timer.isActive() or self.ret is None:
            self.preview()
        ret = self.ret
        if ret is None:
            return
        if not ret.suppression:
            if fmt not in formats.UNSUPPRESSED_FORMATS:
                dialogs.error(self, self.tr("A return without suppression can only be exported as JSON or ADX."))
                return
            if not dialogs.confirm(self, self.tr(
                    "Suppression is off: counts small enough to point at a person will leave the shelter. "
                    "This is recorded in the file and in the audit log. Export anyway?"),
                    yes=self.tr("Export without suppression"), no=self.tr("Cancel")):
                return
        suggested = f"return-{ret.period.label.replace('/', '_')}{formats.EXTENSIONS[fmt]}"
        filters = {"json": self.tr("JSON files (*.json)"), "csv": self.tr("CSV files (*.csv)"),
                   "adx": self.tr("ADX XML files (*.xml)"), "pdf": self.tr("PDF files (*.pdf)")}[fmt]
        path = dialogs.ask_save_path(self, self.tr("Export the statistical return"), suggested, filters,
                                     formats.EXTENSIONS[fmt].lstrip("."))
        if not path:
            return
        lang = self.lang
        try:
            # Signed here, on the screen's session: a worker's session never signs (anchors.py).
            head = service.export_head(self.session)
            result = tasks.run(self, lambda job: service.export(job.session, ret, fmt, Path(path), lang,
                                                                audit_head=head, progress=job.progress),
                               session=self.session, label=self.tr("Writing the return…"), cancellable=True)
        except tasks.Cancelled:
            return
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self.load_history()
        files = "\n".join(result["files"])
        dialogs.info(self, self.tr("The return for {period} was written:\n{files}\n\nSHA-256: {sha}").format(
            period=ret.period.label, files=files, sha=result["sha256"]))

    def save_structure(self) -> None:
        path = dialogs.ask_save_path(self, self.tr("Save the ADX structure"), "thb_shelter_return.structure.json",
                                     self.tr("JSON files (*.json);;CSV files (*.csv);;"
                                             "DHIS2 metadata package (*.dhis2.json)"), "json")
        if not path:
            return
        lower = path.lower()
        fmt = "dhis2" if lower.endswith(".dhis2.json") else "csv" if lower.endswith(".csv") else "json"
        try:
            written = service.write_structure(Path(path), fmt)
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.info(self, self.tr("Written: {path}").format(path=str(written)))
