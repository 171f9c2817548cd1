"""The Services tab of a resident's record: log a service in a few keystrokes,
a filterable list, editing and deleting, and referrals followed up."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from shelter_app import codes, services
from shelter_app.errors import ShelterError
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import (CodeCombo, edit_date, error_label, fit_placeholder, lay_out_record_dialog,
                                   rows_view, set_error, show_date)
from shelter_app.ui.extensions import RecordTab, UnsavedDialog

# Qt's enum members are looked up at ~10 µs each: a table model asks for
# thousands of cells, so they are read once here.
_DISPLAY = Qt.DisplayRole
_TOOLTIP = Qt.ToolTipRole
_FOREGROUND = Qt.ForegroundRole
_FONT = Qt.FontRole
_ALIGN = Qt.TextAlignmentRole
_HORIZONTAL = Qt.Horizontal
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
_DESCENDING = Qt.DescendingOrder


PENDING_COLOUR = QColor("#9a5b00")


def _today_text() -> str:
    return _dt.date.today().strftime("%d.%m.%Y")


class ServiceFields(QWidget):
    """The fields of one service: date (today unless changed), type, provider
    (in-house or an organisation, typed or picked), duration and notes."""

    submitted = Signal()

    def __init__(self, session, *, compact: bool = False, types: list[str] | None = None,
                 with_status: bool = False, parent=None):
        super().__init__(parent)
        self.session = session
        self.date_edit = QLineEdit(_today_text())
        self.date_edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.date_edit.setMaximumWidth(110)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("Choose a service…"), None)
        for code in (types if types is not None else services.loggable_types(session)):
            self.type_combo.addItem(codes.SERVICE_TYPE.label(code), code)
        self.provider_combo = QComboBox()
        self.provider_combo.setEditable(True)
        self.provider_combo.setInsertPolicy(QComboBox.NoInsert)
        self.provider_combo.addItem(services.provider_label(services.IN_HOUSE), services.IN_HOUSE)
        for name in services.providers(session):
            self.provider_combo.addItem(name, name)
        self.provider_combo.setMinimumWidth(180)
        self.provider_combo.setToolTip(self.tr("In-house, or type the name of the organisation the resident "
                                               "is referred to"))
        self.duration_edit = QLineEdit()
        self.duration_edit.setPlaceholderText(self.tr("minutes"))
        self.duration_edit.setMaximumWidth(80)
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes"))
        fit_placeholder(self.notes_edit)
        self.status_combo = CodeCombo(services.REFERRAL_STATUS) if with_status else None
        labels = [(self.tr("Date"), self.date_edit), (self.tr("Service"), self.type_combo),
                  (self.tr("Provider"), self.provider_combo), (self.tr("Duration (min)"), self.duration_edit),
                  (self.tr("Notes"), self.notes_edit)]
        if self.status_combo is not None:
            labels.append((self.tr("Referral status"), self.status_combo))
            self.provider_combo.currentTextChanged.connect(self._provider_changed)
        if compact:
            grid = QGridLayout(self)
            grid.setContentsMargins(0, 0, 0, 0)
            for col, (text, widget) in enumerate(labels):
                label = QLabel(text)
                label.setBuddy(widget)
                grid.addWidget(label, 0, col)
                grid.addWidget(widget, 1, col)
            grid.setColumnStretch(len(labels) - 1, 1)
        else:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
            for text, widget in labels:
                form.addRow(text, widget)
        for edit in (self.date_edit, self.duration_edit, self.notes_edit):
            edit.returnPressed.connect(self.submitted)
        # An editable combo box hands Return to its line edit twice: one filter, one submit.
        self.provider_combo.installEventFilter(self)
        self.provider_combo.lineEdit().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter)
                and watched in (self.provider_combo, self.provider_combo.lineEdit())):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    def _provider(self) -> str:
        text = self.provider_combo.currentText().strip()
        if not text or text == self.provider_combo.itemText(0):
            return services.IN_HOUSE
        return text

    def _provider_changed(self, _text=None) -> None:
        if self.status_combo is not None:
            self.status_combo.setEnabled(self._provider() != services.IN_HOUSE)

    def values(self) -> dict:
        data = {"date": self.date_edit.text().strip(), "service_type": self.type_combo.currentData(),
                "provider": self._provider(), "duration_minutes": self.duration_edit.text().strip(),
                "notes": self.notes_edit.text()}
        if self.status_combo is not None and data["provider"] != services.IN_HOUSE:
            data["referral_status"] = self.status_combo.code()
        return data

    def set_values(self, record: dict) -> None:
        self.date_edit.setText(edit_date(record.get("date")) or _today_text())
        index = self.type_combo.findData(record.get("service_type"))
        if index < 0 and record.get("service_type"):
            self.type_combo.addItem(codes.SERVICE_TYPE.label(record["service_type"]), record["service_type"])
            index = self.type_combo.count() - 1
        self.type_combo.setCurrentIndex(max(index, 0))
        provider = record.get("provider") or services.IN_HOUSE
        if provider == services.IN_HOUSE:
            self.provider_combo.setCurrentIndex(0)
        else:
            self.provider_combo.setEditText(provider)
        duration = record.get("duration_minutes")
        self.duration_edit.setText("" if duration in (None, "") else str(duration))
        self.notes_edit.setText(record.get("notes") or "")
        if self.status_combo is not None:
            self.status_combo.set_code(record.get("referral_status") or "referred")
            self._provider_changed()

    def clear_after_logging(self) -> None:
        """Date, service and provider stay for the next entry; the rest is new."""
        self.duration_edit.clear()
        self.notes_edit.clear()


class ServiceDialog(UnsavedDialog):
    """Edit one logged service, or log a new one (e.g. a legal consultation
    from the Legal tab)."""

    def __init__(self, session, resident_id: int, service: dict | None = None, *, types: list[str] | None = None,
                 preset: dict | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.service = service
        self.result_record: dict | None = None
        self.setWindowTitle(self.tr("Edit service") if service else self.tr("Log a service"))
        self.fields = ServiceFields(session, types=types, with_status=service is not None, parent=self)
        if service:
            self.fields.set_values(service)
        elif preset:
            self.fields.set_values(preset)
        lay_out_record_dialog(self, self.fields, self.tr("Save"), self.tr("Cancel"))
        self.fields.submitted.connect(self.save)
        self.mark_clean()

    def values(self) -> dict:
        return self.fields.values()

    def set_values(self, values: dict) -> None:
        self.fields.set_values(values)

    def save(self) -> None:
        try:
            if self.service:
                self.result_record = services.update(self.session, self.service["id"], self.fields.values())
            else:
                self.result_record = services.log(self.session, self.resident_id, self.fields.values())
        except ShelterError as exc:
            set_error(self.error, exc.localized())
            return
        self.accept()


class ServicesModel(QAbstractTableModel):
    """One resident's services. Holds ids in display order and fetches rows a
    page at a time; sorting and filtering happen in SQL."""

    DATE, TYPE, PROVIDER, REFERRAL, DURATION, STAFF, NOTES = range(7)
    SORT_KEYS = ("date", "service_type", "provider", "referral_status", "duration_minutes", "staff", "notes")
    PAGE = 200

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.filters: dict = {}
        self.sort_key, self.descending = "date", True
        self._ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self._shown: dict[int, tuple] = {}
        self._loaded = False  # the view sorts once when it is set up: no query before the first load
        self._pending_brush = QBrush(PENDING_COLOUR)
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [self.tr("Date"), self.tr("Service"), self.tr("Provider"), self.tr("Referral"),
                         self.tr("Minutes"), self.tr("Staff"), self.tr("Notes")]

    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._ids = services.search(self.session, self.resident_id, sort=self.sort_key, descending=self.descending,
                                    **self.filters) if not self.session.closed else []
        self._rows, self._shown = {}, {}
        self.endResetModel()

    def set_filters(self, **filters) -> None:
        self.filters = {k: v for k, v in filters.items() if v}
        self.reload()

    def clear(self) -> None:
        self.beginResetModel()
        self._ids, self._rows, self._shown = [], {}, {}
        self.endResetModel()

    # --- Qt ---
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def row(self, row: int) -> dict | None:
        if not 0 <= row < len(self._ids):
            return None
        service_id = self._ids[row]
        if service_id not in self._rows:
            start = row - row % self.PAGE
            self._rows.update(services.rows(self.session, self._ids[start:start + self.PAGE]))
        return self._rows.get(service_id)

    def service_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, service_id: int) -> int:
        try:
            return self._ids.index(service_id)
        except ValueError:
            return -1

    def _texts(self, record: dict) -> tuple:
        """The row as shown, worked out once: a view asks for each cell several times."""
        texts = self._shown.get(record["id"])
        if texts is None:
            status = services.referral_status(record)
            notes = record["notes"] or ""
            texts = (show_date(record["date"]), codes.SERVICE_TYPE.label(record["service_type"]),
                     services.provider_label(record["provider"]),
                     services.REFERRAL_STATUS.label(status) if status else "",
                     "" if record["duration_minutes"] is None else str(record["duration_minutes"]),
                     record["staff"], notes.splitlines()[0] if notes else "", status == "referred")
            self._shown[record["id"]] = texts
        return texts

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        record = self.row(index.row())
        if record is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._texts(record)[col]
        if role == _TOOLTIP:
            return record["notes"] if col == self.NOTES and record["notes"] else None
        if role == _FOREGROUND:
            return self._pending_brush if col == self.REFERRAL and self._texts(record)[-1] else None
        if role == _FONT:
            return self._bold if col == self.REFERRAL and self._texts(record)[-1] else None
        if role == _ALIGN and col == self.DURATION:
            return _RIGHT
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if 0 <= column < len(self.SORT_KEYS):
            self.sort_key = self.SORT_KEYS[column]
            self.descending = order == _DESCENDING
            if self._loaded:
                self.reload()


class ServicesTab(RecordTab, QWidget):
    """Log, list, edit and follow up one resident's services."""

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id

        self.consent_banner = QLabel(self.tr("No consent to data processing is recorded for this resident: record "
                                             "it in the resident's details before logging a service."))
        self.consent_banner.setWordWrap(True)
        self.consent_banner.setStyleSheet("background: #fff3cd; color: #6b4e00; padding: 6px;")
        self.consent_banner.hide()

        self.log_box = QGroupBox(self.tr("Log a service"))
        self.fields = ServiceFields(session, compact=True)
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.setDefault(True)
        self.group_button = QPushButton(self.tr("Group session…"))
        self.log_error = error_label()
        self.log_done = QLabel()
        self.log_done.hide()
        box_layout = QVBoxLayout(self.log_box)
        row = QHBoxLayout()
        row.addWidget(self.fields, 1)
        row.addWidget(self.log_button, 0, Qt.AlignBottom)
        row.addWidget(self.group_button, 0, Qt.AlignBottom)
        box_layout.addLayout(row)
        box_layout.addWidget(self.log_error)
        box_layout.addWidget(self.log_done)
        self.fields.submitted.connect(self.log_service)
        self.log_button.clicked.connect(self.log_service)
        self.group_button.clicked.connect(self.open_group_session)

        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All services"), None)
        for code, label in codes.SERVICE_TYPE.choices():
            self.type_filter.addItem(label, code)
        self.provider_filter = QComboBox()
        for text, value in ((self.tr("In-house and referrals"), None), (self.tr("In-house"), "in_house"),
                            (self.tr("Referrals"), "referral"), (self.tr("Referrals awaiting follow-up"), "pending")):
            self.provider_filter.addItem(text, value)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Search notes and organisations"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.type_filter)
        filters.addWidget(self.provider_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.count_label)
        self.type_filter.currentIndexChanged.connect(self.apply_filters)
        self.provider_filter.currentIndexChanged.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self.apply_filters)

        self.model = ServicesModel(session, resident_id, self)
        self.table = rows_view(self.model, single=True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ServicesModel.NOTES, QHeaderView.Stretch)
        # Fixed starting widths: measuring 2,000 rows to fit them would slow the tab down.
        fm = self.table.fontMetrics()
        header.resizeSection(ServicesModel.DATE, fm.horizontalAdvance(show_date("2025-12-28")) + 28)
        em = fm.averageCharWidth()
        for column, chars in ((ServicesModel.TYPE, 26), (ServicesModel.PROVIDER, 28), (ServicesModel.REFERRAL, 14),
                              (ServicesModel.DURATION, 9), (ServicesModel.STAFF, 12)):
            header.resizeSection(column, chars * em)
        self.table.horizontalHeader().setSortIndicator(ServicesModel.DATE, Qt.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.received_button = QPushButton(self.tr("Referral received"))
        self.declined_button = QPushButton(self.tr("Referral declined"))
        self.summary_button = QPushButton(self.tr("Print summary…"))
        self.summary_pdf_button = QPushButton(self.tr("Save summary as PDF…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.received_button.clicked.connect(lambda: self.follow_up("received"))
        self.declined_button.clicked.connect(lambda: self.follow_up("declined"))
        self.summary_button.clicked.connect(self.print_summary)
        self.summary_pdf_button.clicked.connect(self.save_summary_pdf)
        # Two rows: in one the six buttons are wider than a 1366-pixel screen in Kyrgyz.
        actions = QVBoxLayout()
        actions.setSpacing(4)
        selected = QHBoxLayout()
        for b in (self.edit_button, self.delete_button, self.received_button, self.declined_button):
            selected.addWidget(b)
        selected.addStretch(1)
        actions.addLayout(selected)
        printing = QHBoxLayout()
        printing.addStretch(1)
        printing.addWidget(self.summary_button)
        printing.addWidget(self.summary_pdf_button)
        actions.addLayout(printing)

        layout = QVBoxLayout(self)
        layout.addWidget(self.consent_banner)
        layout.addWidget(self.log_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._ready = self.fields.values()  # the fields as they wait for the next entry
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return cls.tr("Services")

    # --- loading ---
    def refresh(self) -> None:
        if self.session.closed:
            self.model.clear()
            return
        from shelter_app import residents

        resident = residents.get(self.session, self.resident_id, audit_view=False)
        no_consent = services.consent_missing(resident) or bool(resident.get("anonymized_at"))
        can_log = bool(services.loggable_types(self.session))
        self.consent_banner.setVisible(no_consent)
        self.log_box.setVisible(can_log)
        self.log_box.setEnabled(not no_consent)
        self.apply_filters()

    def apply_filters(self) -> None:
        kind = self.provider_filter.currentData()
        self.model.set_filters(service_types=self.type_filter.currentData(),
                               provider_kind="referral" if kind == "pending" else kind,
                               referral_status="referred" if kind == "pending" else None,
                               text=self.text_filter.text())
        self.count_label.setText(self.tr("{n} services").format(n=self.model.rowCount()))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        record = self.selected()
        can = bool(record) and services.can_log(self.session, record["service_type"])
        referral = can and services.is_referral(record)
        self.edit_button.setEnabled(can)
        self.delete_button.setEnabled(can)
        status = services.referral_status(record) if referral else None
        self.received_button.setEnabled(referral and status != "received")
        self.declined_button.setEnabled(referral and status != "declined")

    def select_service(self, service_id: int) -> None:
        row = self.model.row_of(service_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- actions ---
    def log_service(self) -> bool:
        self.log_done.hide()
        try:
            record = services.log(self.session, self.resident_id, self.fields.values())
        except ShelterError as exc:
            set_error(self.log_error, exc.localized())
            return False
        set_error(self.log_error, "")
        self.fields.clear_after_logging()
        self._ready = self.fields.values()
        self.log_done.setText(self.tr("Logged: {service}, {date}.").format(
            service=codes.SERVICE_TYPE.label(record["service_type"]), date=show_date(record["date"])))
        self.log_done.show()
        self.apply_filters()
        self.select_service(record["id"])
        self.changed.emit()
        return True

    def open_group_session(self, values: dict | None = None) -> None:
        from shelter_app.ui.group_session_dialog import GroupSessionDialog

        dialog = GroupSessionDialog(self.session, self.resident_id, parent=self)
        dialog.set_values(values or {"service": self.fields.values()})
        if values is None:
            dialog.mark_clean()  # what came from the tab's own fields is still there
        if self.exec_dialog(dialog, {"kind": "group"}):
            self.apply_filters()
            self.changed.emit()

    def edit_selected(self, values: dict | None = None) -> None:
        record = self.selected()
        if not record or not services.can_log(self.session, record["service_type"]):
            return
        types = services.loggable_types(self.session)
        dialog = ServiceDialog(self.session, self.resident_id, record, types=types, parent=self)
        if values:
            dialog.set_values(values)
        if self.exec_dialog(dialog, {"kind": "edit", "service_id": record["id"]}):
            self.apply_filters()
            self.select_service(record["id"])
            self.changed.emit()

    def delete_selected(self) -> None:
        record = self.selected()
        if not record:
            return
        text = self.tr("Delete the service “{service}” of {date}? The deletion is written to the audit log.")
        text = text.format(service=codes.SERVICE_TYPE.label(record["service_type"]), date=show_date(record["date"]))
        if not dialogs.confirm(self, text, yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        try:
            services.delete(self.session, record["id"])
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self.apply_filters()
        self.changed.emit()

    def follow_up(self, status: str) -> None:
        record = self.selected()
        if not record:
            return
        try:
            services.set_referral_status(self.session, record["id"], status)
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        self.apply_filters()
        self.select_service(record["id"])
        self.changed.emit()

    def print_summary(self) -> bool:
        """Straight to the printer: no file is left on disk."""
        from shelter_app.printing import summary_pdf
        from shelter_app.ui import document_printer

        printer = document_printer.ask_printer(self, self.tr("Print services and legal cases"))
        if printer is None:
            return False
        resident_id, hide = self.resident_id, self.session.privacy_mode
        try:
            tasks.run_print(self, lambda job: summary_pdf.for_printer(job.session, resident_id,
                                                                      case_numbers_only=hide),
                            printer, session=self.session)
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def save_summary_pdf(self) -> str | None:
        """Save as PDF, after the warning that a PDF is not encrypted."""
        from shelter_app import residents
        from shelter_app.printing import summary_pdf

        if not dialogs.confirm(self, self.tr("A PDF file is not encrypted: anyone who opens the folder can read "
                                             "it. Save it only where it is safe, and delete it when it is no longer "
                                             "needed."), yes=self.tr("Save PDF"), no=self.tr("Cancel")):
            return None
        record = residents.get(self.session, self.resident_id, audit_view=False)
        suggested = self.tr("services-and-legal-{case_number}.pdf").format(case_number=record["case_number"])
        path = dialogs.ask_save_path(self, self.tr("Save summary as PDF"), suggested, self.tr("PDF files (*.pdf)"),
                                     "pdf")
        if not path:
            return None
        resident_id, hide = self.resident_id, self.session.privacy_mode
        try:
            tasks.run_pdf(self, lambda job: summary_pdf.save(job.session, resident_id, path, case_numbers_only=hide),
                          session=self.session, label=self.tr("Saving the summary as PDF…"))
        except tasks.Cancelled:
            return None
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return None
        return path

    # --- unsaved work: the half-typed service, and an open dialog ---
    def has_unsaved_work(self) -> bool:
        """Anything changed since the fields were last made ready (date, service and
        provider stay filled in after each entry: logged already, not unsaved)."""
        if not self.log_box.isVisibleTo(self):
            return False
        return self.fields.values() != self._ready

    def unsaved_work(self) -> list[str]:
        if not self.has_unsaved_work():
            return []
        service = self.fields.values()["service_type"]
        what = codes.SERVICE_TYPE.label(service) if service else self.tr("a service")
        return [self.tr("Services: {service} not yet logged").format(service=what)]

    def save_work(self) -> bool:
        return not self.has_unsaved_work() or self.log_service()

    def discard_work(self) -> None:
        self.fields.set_values(self._ready)
        set_error(self.log_error, "")

    def lock_state(self) -> dict | None:
        state = dict(self.dialog_lock_state())
        if self.has_unsaved_work():
            state["fields"] = self.fields.values()
        return state or None

    def restore_state(self, state: dict) -> None:
        if not state:
            return
        if "fields" in state:
            self.fields.set_values(state["fields"])
        elif "dialog" not in state and "date" in state:  # kept by an older build
            self.fields.set_values(state)
        self.reopen_dialog_later(state.get("dialog"), self.reopen_dialog)

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if self.session.closed:
            return
        if reopen.get("kind") == "edit":
            self.select_service(reopen["service_id"])
            selected = self.selected()
            if selected and selected["id"] == reopen["service_id"]:
                self.edit_selected(values)
        elif reopen.get("kind") == "group":
            self.open_group_session(values)

