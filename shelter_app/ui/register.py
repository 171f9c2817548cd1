"""The resident register: every resident in one table, search as you type,
filters and sortable columns, smooth at 100,000 residents.

The model holds only the ids that `residents.search` returns (filtered and
sorted in SQL, names through FTS5) and fetches the rows on screen in pages of
`PAGE` through `residents.register_rows`: no proxy model, no Python sort."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from shelter_app import codes, i18n, residents
from shelter_app.permissions import Permission
from shelter_app.ui.common import CodeCombo, citizenship_special, fit_columns, show_date, two_lines
from shelter_app.ui.extensions import ask_to_settle, Page


DISPLAY, TOOLTIP, ALIGN, FOREGROUND, USER = 0, 3, 7, 9, 256
_ROLES = frozenset({DISPLAY, TOOLTIP, ALIGN, FOREGROUND, USER})
_RIGHT = int(Qt.AlignRight.value | Qt.AlignVCenter.value)
_GREY = QBrush(QColor("#777777"))


class RegisterModel(QAbstractTableModel):
    CASE_NUMBER, NAME, SEX, AGE, CITIZENSHIP, EXPLOITATION, REGISTERED, STATUS, IN_SHELTER = range(9)
    KEY_WORKER, PLACE, INTAKE, DAYS = range(9, 13)  # the case file (issue 16)
    COLUMN_COUNT = 13
    SORT_KEYS = {CASE_NUMBER: "case_number", NAME: "full_name", SEX: "sex", AGE: "age",
                 CITIZENSHIP: "citizenship", EXPLOITATION: "primary_exploitation",
                 REGISTERED: "registration_date", STATUS: "case_status", IN_SHELTER: "in_shelter",
                 KEY_WORKER: "key_worker", PLACE: "place", INTAKE: "intake_date", DAYS: "days_in_shelter"}
    PAGE = 64
    MIN_SEARCH = 2
    CACHE_LIMIT = 5000

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ids: list[int] = []
        self.cache: dict[int, dict] = {}
        self.text = ""
        self.filters: dict = {}
        self.sort_column = self.REGISTERED
        self.sort_order = Qt.DescendingOrder
        self._yes = self.tr("yes")
        self._headers = self.headers()
        self._unfiltered: dict = {}
        self._positions: dict = {}
        self._fresh = False

    # --- queries -----------------------------------------------------------------------

    def _search(self) -> list[int]:
        key = self.SORT_KEYS.get(self.sort_column, "registration_date")
        descending = self.sort_order == Qt.DescendingOrder
        if key == "age":  # the older, the earlier the birth date
            descending = not descending
        return residents.search(self.session, self.text, sort=key, descending=descending,
                                **{k: v for k, v in self.filters.items() if v is not None})

    def set_query(self, text: str = "", **filters) -> None:
        text = self.searchable(text)
        if text == self.text and filters == self.filters and self._fresh:
            return
        self.text = text
        self.filters = filters
        self.reload(keep_cache=True)

    @classmethod
    def searchable(cls, text: str) -> str:
        """What is worth searching for: one letter matches a third of the
        register, and every case number begins with the year, so the list
        waits for two letters or four digits."""
        text = (text or "").strip()
        if any(ch.isalpha() for ch in text):
            return text if len(text) >= cls.MIN_SEARCH else ""
        if cls.is_year(text):
            return ""  # a year alone is the start of every case number of that year
        return text if len(text) >= 4 else ""

    @staticmethod
    def is_year(text: str) -> bool:
        text = (text or "").strip()
        return len(text) in (4, 5) and text[:2] in ("19", "20") and text[:4].isdigit() and text[4:] in ("", "-")

    def _ordered(self) -> list[int]:
        """The whole register for the current sort and filters, kept until
        something is saved: a search only intersects it with the FTS matches."""
        key = (self.sort_column, self.sort_order == Qt.DescendingOrder, tuple(sorted(self.filters.items())))
        ids = self._unfiltered.get(key)
        if ids is None:
            self._unfiltered.clear()
            self._positions = {}
            saved, self.text = self.text, ""
            try:
                ids = self._unfiltered[key] = self._search()
            finally:
                self.text = saved
        return ids

    def _ids(self) -> list[int]:
        if self.session.closed:
            return []
        ordered = self._ordered()
        if not self.text:
            return ordered
        matched = residents.matching_ids(self.session, self.text)
        if not matched:
            return []
        if len(matched) * 8 < len(ordered):  # few matches: sort them by position
            position = self._positions.get(id(ordered))
            if position is None:
                self._positions = {id(ordered): {rid: n for n, rid in enumerate(ordered)}}
                position = self._positions[id(ordered)]
            return sorted((i for i in matched if i in position), key=position.__getitem__)
        return [i for i in ordered if i in matched]

    def reload(self, keep_cache: bool = False) -> None:
        if not keep_cache:
            self._unfiltered.clear()
        self._fresh = True
        ids = self._ids()
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.ids = []
        self.cache.clear()
        self.endResetModel()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if column not in self.SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self.ids = self._ids()
        self.cache.clear()
        self.changePersistentIndexList(self.persistentIndexList(),
                                       [QModelIndex()] * len(self.persistentIndexList()))
        self.layoutChanged.emit()

    def _record(self, row: int):
        """(display texts, closed) of a row; fetched with its page of neighbours."""
        resident_id = self.ids[row]
        entry = self.cache.get(resident_id)
        if entry is None:
            if self.session.closed:
                return None
            if len(self.cache) > self.CACHE_LIMIT:
                self.cache.clear()
            start = row - row % self.PAGE
            for rid, record in residents.register_rows(self.session, self.ids[start:start + self.PAGE]).items():
                self.cache[rid] = self._texts(record)
            entry = self.cache.get(resident_id)
        return entry

    def _texts(self, record: dict):
        texts = (record["case_number"], record["full_name"], codes.SEX.label(record["sex"]),
                 "" if record["age"] is None else str(record["age"]), _country(record["citizenship"]),
                 codes.EXPLOITATION.label(record["primary_exploitation"]), show_date(record["registration_date"]),
                 codes.CASE_STATUS.label(record["case_status"]), self._yes if record["in_shelter"] else "",
                 record.get("key_worker_name") or "", record.get("place") or "",
                 show_date(record["last_intake"]) if record.get("last_intake") else "",
                 "" if record.get("days_in_shelter") is None else str(record["days_in_shelter"]))
        return texts, record["case_status"] == "closed"

    def resident_id(self, row: int) -> int:
        return self.ids[row]

    def row_of(self, resident_id: int) -> int:
        try:
            return self.ids.index(resident_id)
        except ValueError:
            return -1

    # --- the Qt model ---------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> list[str]:
        return [self.tr("Case number"), self.tr("Name"), self.tr("Sex"), self.tr("Age"), self.tr("Citizenship"),
                self.tr("Main form of exploitation"), self.tr("Registered"), self.tr("Case status"),
                self.tr("In the shelter"), self.tr("Key worker"), self.tr("Place"), self.tr("Intake"),
                self.tr("Days")]

    def headerData(self, section, orientation, role=DISPLAY):
        if role in (DISPLAY, TOOLTIP) and 0 <= section < self.COLUMN_COUNT and orientation == Qt.Horizontal:
            return two_lines(self._headers[section]) if role == DISPLAY else self._headers[section]
        return None

    def data(self, index, role=DISPLAY):
        # Called for every cell and role on each paint: plain ints, no Qt enum
        # comparisons (each costs microseconds in PySide6).
        if role not in _ROLES:
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self.ids)) or not (0 <= col < 13):
            return None
        if role == USER:
            return self.ids[row]
        if role == ALIGN:
            return _RIGHT if col in (3, 12) else None
        entry = self.cache.get(self.ids[row]) or self._record(row)
        if entry is None:
            return None
        if role == FOREGROUND:
            return _GREY if entry[1] else None
        if col == 1 and self.session.privacy_mode:
            return entry[0][0]
        return entry[0][col]


def _country(code: str) -> str:
    if code in codes.COMMON_COUNTRIES:
        return codes.COMMON_COUNTRIES.label(code)
    if code in ("stateless", "unknown"):
        return dict(citizenship_special())[code]
    return code


class RegisterPage(Page, QWidget):
    """The register, and a resident's record opened from it."""

    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("RegisterPage", "Residents")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.record = None
        self.views = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.views)

        self.list_view = QWidget()
        lv = QVBoxLayout(self.list_view)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name (Cyrillic or Latin), case number or external ID"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.apply)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        self.mine = QCheckBox(self.tr("&My residents"))
        self.mine.setObjectName("filter_mine")
        self.mine.setToolTip(self.tr("Only the residents whose key worker you are"))
        row.addWidget(self.mine)
        self.new_button = QPushButton(self.tr("&New resident"))
        self.new_button.setObjectName("new_resident")
        self.new_button.setToolTip(self.tr("Register a new resident (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setEnabled(session.can(Permission.EDIT_RESIDENTS))
        row.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("import")
        self.import_button.setToolTip(self.tr("Import residents, services or legal cases from a spreadsheet"))
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setVisible(session.can(Permission.IMPORT))
        row.addWidget(self.import_button)
        lv.addLayout(row)

        filters = QGridLayout()  # two rows: every filter shows its whole choice, in Kyrgyz and at 125 %
        filters.setContentsMargins(0, 0, 0, 0)
        self.in_shelter = QComboBox()
        self.in_shelter.setObjectName("filter_in_shelter")
        self.in_shelter.addItem(self.tr("In the shelter or not"), None)
        self.in_shelter.addItem(self.tr("In the shelter now"), True)
        self.in_shelter.addItem(self.tr("Not in the shelter"), False)
        self.case_status = CodeCombo(codes.CASE_STATUS, blank=self.tr("Any case status"))
        self.case_status.setObjectName("filter_case_status")
        self.exploitation = CodeCombo(codes.EXPLOITATION, blank=self.tr("Any form of exploitation"))
        self.exploitation.setObjectName("filter_exploitation")
        self.sex_age = CodeCombo(codes.SEX_AGE, blank=self.tr("Any sex and age"))
        self.sex_age.setObjectName("filter_sex_age")
        self.citizenship = CodeCombo(codes.CITIZENSHIP_GROUP, blank=self.tr("Any citizenship"))
        self.citizenship.setObjectName("filter_citizenship")
        self.mine.toggled.connect(self.apply)
        places = ((self.in_shelter, 0, 0), (self.case_status, 0, 1), (self.citizenship, 0, 2),
                  (self.exploitation, 1, 0), (self.sex_age, 1, 1), (self.mine, 1, 2))
        for combo, row_at, col_at in places:
            if isinstance(combo, QComboBox):
                combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
                combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
                combo.currentIndexChanged.connect(self.apply)
            filters.addWidget(combo, row_at, col_at)
        filters.setColumnStretch(3, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        filters.addWidget(self.count_label, 1, 4, Qt.AlignRight)
        lv.addLayout(filters)
        # An empty register says what to do first.
        if session.can(Permission.EDIT_RESIDENTS):
            hint = self.tr("No residents yet. Register the first one with “New resident” (Ctrl+N)")
            if session.can(Permission.IMPORT):
                hint += self.tr(", or bring in the register you keep in a spreadsheet with “Import…”")
            hint += "."
        else:
            hint = self.tr("No residents yet. A director or a social worker registers them.")
        self.empty_hint = QLabel(hint)
        self.empty_hint.setObjectName("empty_register")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("QLabel { background: #eef5ff; border: 1px solid #9ab8e0; padding: 10px; }")
        self.empty_hint.hide()
        lv.addWidget(self.empty_hint)

        self.model = RegisterModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("register")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(RegisterModel.REGISTERED, Qt.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSectionsClickable(True)
        # Headers on two lines where long (the full title in their tooltip); the name takes the rest.
        longest = lambda code_list: max((label for _, label in code_list.choices()), key=len)  # noqa: E731
        fit_columns(self.table, {
            RegisterModel.CASE_NUMBER: "2025-00000", RegisterModel.SEX: longest(codes.SEX),
            RegisterModel.AGE: "100", RegisterModel.CITIZENSHIP: "Кыргызстан",
            RegisterModel.EXPLOITATION: "Принудительный труд", RegisterModel.REGISTERED: "00.00.0000",
            RegisterModel.STATUS: longest(codes.CASE_STATUS), RegisterModel.IN_SHELTER: "yes",
            RegisterModel.KEY_WORKER: "Айгүл Асанова", RegisterModel.PLACE: "Комната 12",
            RegisterModel.INTAKE: "00.00.0000", RegisterModel.DAYS: "1000"},
            stretch=RegisterModel.NAME)
        self.table.activated.connect(lambda index: self.open_record(self.model.resident_id(index.row())))
        self.table.doubleClicked.connect(lambda index: self.open_record(self.model.resident_id(index.row())))
        lv.addWidget(self.table, 1)
        self.views.addWidget(self.list_view)

        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_record)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        self.apply()

    def focus_first(self) -> None:
        self.search.setFocus()

    def import_file(self) -> None:
        from shelter_app.ui.import_dialog import ImportDialog

        if not self.session.can(Permission.IMPORT):
            return
        dialog = ImportDialog(self.session, self)
        dialog.exec()
        if dialog.written:
            self.refresh()

    def _focus_search(self) -> None:
        if self.views.currentWidget() is self.list_view:
            self.search.setFocus()
            self.search.selectAll()

    def filters(self) -> dict:
        return {"in_shelter": self.in_shelter.currentData(), "case_status": self.case_status.code(),
                "primary_exploitation": self.exploitation.code(), "sex_age": self.sex_age.code(),
                "citizenship": self.citizenship.code(),
                "key_worker": self.session.user.username if self.mine.isChecked() else None}

    def apply(self) -> None:
        if self.session.closed:
            return
        self.model.set_query(self.search.text(), **self.filters())
        text = self.count_text(self.model.rowCount())
        empty = self.model.rowCount() == 0 and not self.search.text().strip() and \
            not any(v is not None for v in self.filters().values())
        self.empty_hint.setVisible(empty)
        if RegisterModel.is_year(self.search.text()):
            text = self.tr("Keep typing: a year alone matches every case number of that year") + " · " + text
        elif self.search.text().strip() and not RegisterModel.searchable(self.search.text()):
            text = self.tr("Keep typing: two letters or four digits at least") + " · " + text
        self.count_label.setText(text)

    @staticmethod
    def count_text(n: int) -> str:
        return i18n.ntranslate("RegisterPage", "%n residents", n, one="%n resident").replace(
            str(n), f"{n:,}".replace(",", " "), 1)

    def refresh(self) -> None:
        if self.session.closed:
            return
        self.model.reload()
        self.apply()
        if self.record is not None:
            self.record.refresh()

    # --- the record ----------------------------------------------------------------------

    def _close_record_if_allowed(self) -> bool:
        if self.record is None:
            return True
        if not ask_to_settle(self, [self.record]):
            return False
        self._drop_record()
        return True

    def _drop_record(self) -> None:
        if self.record is not None:
            self.views.removeWidget(self.record)
            self.record.deleteLater()
            self.record = None
        self.views.setCurrentWidget(self.list_view)

    def _show_record(self, record) -> None:
        from shelter_app.ui.record import ResidentRecord  # noqa: F401 - imported for the type

        self.record = record
        record.closed.connect(self.back_to_register)
        record.saved.connect(self._saved)
        record.open_existing.connect(self.open_record)
        self.views.addWidget(record)
        self.views.setCurrentWidget(record)
        record.focus_first()

    def open_record(self, resident_id: int) -> None:
        from shelter_app.ui.record import ResidentRecord

        if self.record is not None and self.record.resident_id == resident_id:
            self.views.setCurrentWidget(self.record)
            return
        if not self._close_record_if_allowed():
            return
        self._show_record(ResidentRecord(self.session, resident_id, self))

    def new_record(self) -> None:
        from shelter_app.ui.record import ResidentRecord

        if not self.session.can(Permission.EDIT_RESIDENTS) or not self._close_record_if_allowed():
            return
        self._show_record(ResidentRecord(self.session, None, self))

    def back_to_register(self) -> None:
        if not self._close_record_if_allowed():
            return
        self.model.reload()  # the record may have changed (a stay, a status)
        self.apply()
        self.table.setFocus()

    def _saved(self, resident_id: int) -> None:
        self.model.reload()
        self.count_label.setText(self.count_text(self.model.rowCount()))
        self.empty_hint.setVisible(False)

    # --- lock -----------------------------------------------------------------------------

    def lock_state(self) -> dict:
        state = {"search": self.search.text(), "filters": self.filters(),
                 "sort": (self.model.sort_column, int(self.model.sort_order.value)
                          if hasattr(self.model.sort_order, "value") else int(self.model.sort_order))}
        if self.record is not None:
            state["record"] = self.record.lock_state()
        return state

    def restore_state(self, state: dict) -> None:
        for combo, key in ((self.case_status, "case_status"), (self.exploitation, "primary_exploitation"),
                           (self.sex_age, "sex_age"), (self.citizenship, "citizenship")):
            combo.blockSignals(True)
            combo.set_code(state.get("filters", {}).get(key))
            combo.blockSignals(False)
        self.in_shelter.blockSignals(True)
        self.in_shelter.setCurrentIndex(max(0, self.in_shelter.findData(state.get("filters", {}).get("in_shelter"))))
        self.in_shelter.blockSignals(False)
        self.mine.blockSignals(True)
        self.mine.setChecked(bool(state.get("filters", {}).get("key_worker")))
        self.mine.blockSignals(False)
        column, order = state.get("sort", (RegisterModel.REGISTERED, 1))
        self.table.horizontalHeader().blockSignals(True)
        self.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder(order))
        self.table.horizontalHeader().blockSignals(False)
        self.model.sort_column, self.model.sort_order = column, Qt.SortOrder(order)
        self.search.blockSignals(True)
        self.search.setText(state.get("search", ""))
        self.search.blockSignals(False)
        self.apply()
        kept = state.get("record")
        if kept:
            from shelter_app.ui.record import ResidentRecord

            record = ResidentRecord(self.session, kept.get("resident_id"), self)
            self._show_record(record)
            record.restore_state(kept)

    def has_unsaved_work(self) -> bool:
        return self.record is not None and self.record.has_unsaved_work()

    def unsaved_work(self) -> list[str]:
        return self.record.unsaved_work() if self.record is not None else []

    def save_work(self) -> bool:
        return self.record is None or self.record.save_work()

    def discard_work(self) -> None:
        if self.record is not None:
            self.record.discard_work()
