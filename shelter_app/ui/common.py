"""Small widgets the screens share: code-list pickers with translated labels,
date fields in the person's format, the error label beside a field, and the
table model of a short list held in memory."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from shelter_app import i18n
from shelter_app.codes import CodeList
from shelter_app.validation import parse_date

ERROR_COLOUR = "#b00020"
ERROR_STYLE = "color: #b00020;"


def show_date(iso: str | None) -> str:
    """A stored date as the person reads it (dd.MM.yyyy in Russian and Kyrgyz)."""
    return i18n.format_date(iso) if iso else ""


def edit_date(iso: str | None) -> str:
    """A stored date in an edit field: dd.mm.yyyy in every language, as typed."""
    if not iso:
        return ""
    try:
        d = parse_date(iso)
    except ValueError:
        return str(iso)
    return d.strftime("%d.%m.%Y") if d else ""


class CodeCombo(QComboBox):
    """One code from a code list; an optional blank first item means 'not given'."""

    def __init__(self, code_list: CodeList, blank: str | None = None, parent=None, extra=()):
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, None)
        for code, label in list(extra) + list(code_list.choices()):
            self.addItem(label, code)
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)

    def code(self):
        return self.currentData()

    def set_code(self, code) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else 0)


class CountryCombo(QComboBox):
    """Common countries by name; any other two-letter code can be typed."""

    def __init__(self, code_list: CodeList, special: tuple[tuple[str, str], ...] = (), parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.addItem("", None)
        for code, label in code_list.choices():
            self.addItem(f"{label} ({code})", code)
        for code, label in special:
            self.addItem(label, code)
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFixedString)
        if index >= 0:
            return self.itemData(index) or ""
        return text

    def set_code(self, code) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


class CodeChecklist(QListWidget):
    """Several codes from a list, ticked with the mouse or Space."""

    def __init__(self, code_list: CodeList, parent=None):
        super().__init__(parent)
        for code, label in code_list.choices():
            item = QListWidgetItem(label, self)
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        # Long labels wrap (Kyrgyz, 125 % text) instead of needing a horizontal scroll bar.
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        rows = min(self.count(), 6)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def set_codes(self, codes) -> None:
        wanted = set(codes or ())
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)


class LanguagePicker(QWidget):
    """Languages spoken, ticked by name; a language not on the list is typed as
    its two-letter code in the line below."""

    def __init__(self, code_list: CodeList, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.known = code_list
        self.list = CodeChecklist(code_list)
        self.list.setObjectName("language_list")
        layout.addWidget(self.list)
        self.other = QLineEdit()
        self.other.setObjectName("other_languages")
        self.other.setPlaceholderText(QCoreApplication.translate(
            "LanguagePicker", "Another language: two-letter code, e.g. fa"))
        layout.addWidget(self.other)

    def codes(self) -> list[str]:
        extra = [c.strip() for c in self.other.text().replace(",", ";").split(";") if c.strip()]
        return self.list.codes() + [c for c in extra if c.lower() not in self.list.codes()]

    def set_codes(self, codes) -> None:
        codes = list(codes or ())
        self.list.set_codes(codes)
        self.other.setText("; ".join(c for c in codes if c not in self.known))


class SectionBar(QListWidget):
    """A record's tabs as a bar that wraps onto a second row: fourteen tabs do
    not fit one row of a 1366-pixel screen in Russian or Kyrgyz, and Qt's tab
    bar would hide some behind scroll arrows. The QTabWidget stays (its pages,
    its index); only its own bar is hidden."""

    def __init__(self, tabs, parent=None):
        super().__init__(parent)
        self.tabs = tabs
        self.setObjectName("record_sections")
        self.setFlow(QListWidget.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.Adjust)
        self.setSpacing(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setStyleSheet("QListWidget#record_sections { background: transparent; border: none; }"
                           "QListWidget#record_sections::item { border: 1px solid #b8b8b8; padding: 3px 8px;"
                           " background: #f4f4f4; }"
                           "QListWidget#record_sections::item:selected { background: #2f7fc1; color: white; }")
        tabs.tabBar().hide()
        self.currentRowChanged.connect(self._chosen)
        tabs.currentChanged.connect(self._shown)

    @staticmethod
    def _plain(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    def sync(self) -> None:
        self.blockSignals(True)
        self.clear()
        for i in range(self.tabs.count()):
            self.addItem(self._plain(self.tabs.tabText(i)))
        self.setCurrentRow(self.tabs.currentIndex())
        self.blockSignals(False)
        self._fit()

    def _chosen(self, row: int) -> None:
        if 0 <= row < self.tabs.count() and row != self.tabs.currentIndex():
            self.tabs.setCurrentIndex(row)
            if self.tabs.currentIndex() != row:  # the tab refused (unsaved work kept)
                self._shown(self.tabs.currentIndex())

    def _shown(self, index: int) -> None:
        if self.count() != self.tabs.count():
            self.sync()
            return
        self.blockSignals(True)
        self.setCurrentRow(index)
        self.blockSignals(False)

    def _fit(self) -> None:
        self.doItemsLayout()
        bottom = max((self.visualItemRect(self.item(i)).bottom() for i in range(self.count())), default=0)
        self.setFixedHeight(max(bottom, self.fontMetrics().height()) + 2 * self.frameWidth() + 6)

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()


def narrow_combo(combo: QComboBox, characters: int = 42) -> QComboBox:
    """A combo box whose items are long (the Criminal Code's official titles):
    no wider than `characters` on screen, the open list at full width, the
    whole chosen item in its tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    combo.currentIndexChanged.connect(lambda: combo.setToolTip(combo.currentText()))
    combo.setToolTip(combo.currentText())
    return combo


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """A line edit at least as wide as its hint text."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 20)
    return edit


def two_lines(text: str, longest: int = 12) -> str:
    """A column header on two lines when it is long: cut at the space nearest
    the middle, so "Основная форма эксплуатации" needs half the width."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def fit_columns(table: QTableView, samples: dict[int, str], stretch: int, stretch_minimum: int = 120) -> None:
    """Columns as wide as their header (on up to two lines) or a typical value;
    the `stretch` column (the name) takes the rest. When the window is too
    narrow for every typical value, the values give way (a cell shows "…" and
    its tooltip) but never a header, and no horizontal scroll bar appears on a
    1366-pixel screen."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    table.setTextElideMode(Qt.ElideRight)
    fitter = _ColumnFitter(table, samples, stretch, stretch_minimum)
    table.installEventFilter(fitter)
    table._column_fitter = fitter  # kept alive with the table
    fitter.fit()


class _ColumnFitter(QObject):
    def __init__(self, table, samples, stretch, stretch_minimum):
        super().__init__(table)
        self.table, self.samples, self.stretch, self.stretch_minimum = table, samples, stretch, stretch_minimum

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Resize, QEvent.FontChange, QEvent.Show):
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        model = table.model()
        fm, head_fm = table.fontMetrics(), header.fontMetrics()
        lines, heads, wants = 1, {}, {}
        for col in range(model.columnCount()):
            if col == self.stretch or header.isSectionHidden(col):
                continue
            text = str(model.headerData(col, Qt.Horizontal, Qt.DisplayRole) or "")
            lines = max(lines, text.count("\n") + 1)
            heads[col] = max([head_fm.horizontalAdvance(part) for part in text.split("\n")] + [0]) + 16  # arrow
            wants[col] = max(heads[col], fm.horizontalAdvance(self.samples.get(col, "")) + 12)
        room = max(table.viewport().width(), table.width() - 4) - self.stretch_minimum
        if sum(heads.values()) > room:
            # Even the headers do not fit on one or two lines: they wrap at spaces, each column as
            # wide as its longest word (Kyrgyz at 125 %).
            header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
            for col in heads:
                text = str(model.headerData(col, Qt.Horizontal, Qt.DisplayRole) or "")
                heads[col] = max([head_fm.horizontalAdvance(w) for w in text.split()] + [0]) + 16
                wants[col] = max(heads[col], min(wants[col], heads[col] + 40))
            lines = max(lines, 3)
        widths = dict(wants)
        spare = sum(wants.values()) - room
        if spare > 0:  # give way from the typical values, never below the header
            give = {c: wants[c] - heads[c] for c in wants}
            total = sum(give.values()) or 1
            widths = {c: wants[c] - min(give[c], spare * give[c] / total) for c in wants}
        header.blockSignals(True)
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, int(width))
        header.blockSignals(False)
        header.setMinimumHeight(head_fm.height() * lines + 10)

def colour_text(label: QLabel, colour: str) -> QLabel:
    """Coloured text through the palette: a style sheet per label costs a
    style pass each, and a record has dozens of them."""
    from PySide6.QtGui import QColor, QPalette

    palette = label.palette()
    palette.setColor(QPalette.WindowText, QColor(colour))
    label.setPalette(palette)
    return label


def error_label() -> QLabel:
    label = QLabel()
    colour_text(label, ERROR_COLOUR)
    label.setWordWrap(True)
    label.hide()
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def broken_into_lines(text: str, metrics, width: int) -> str:
    """Text cut into lines of at most `width` pixels at spaces. For a label in a
    QFormLayout, which gives a row the height of its unwrapped text: explicit
    lines have the right height, and a long message stays beside its field."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


def push_button(text: str, name: str, on_click) -> QPushButton:
    """A button with its object name, which tests and shortcuts find it by."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(on_click)
    return button


def rows_view(model, name: str = "", *, single: bool = False) -> QTableView:
    """A read-only table that selects whole rows and shows no row numbers;
    single: one row at a time."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    return view


def language_combo(on_change, accessible_name: str = "") -> QComboBox:
    """The chooser of the screens' language, on the current one: on_change(code)
    when another is picked."""
    combo = QComboBox()
    combo.setObjectName("language")
    for code in i18n.LANGUAGES:
        combo.addItem(i18n.LANGUAGE_NAMES[code], code)
    combo.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
    if accessible_name:
        combo.setAccessibleName(accessible_name)
    combo.currentIndexChanged.connect(lambda: on_change(combo.currentData()))
    return combo


def lay_out_record_dialog(dialog: QDialog, body: QLayout | QWidget, save_text: str, cancel_text: str) -> None:
    """A dialog that edits one record: its form, the error label (dialog.error)
    and Save (the default button, runs dialog.save) and Cancel below. The
    button texts come translated by the dialog, in its own context."""
    dialog.error = error_label()
    buttons = QDialogButtonBox()
    dialog.save_button = buttons.addButton(save_text, QDialogButtonBox.AcceptRole)
    dialog.cancel_button = buttons.addButton(cancel_text, QDialogButtonBox.RejectRole)
    dialog.save_button.setDefault(True)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if isinstance(body, QLayout):
        layout.addLayout(body)
    else:
        layout.addWidget(body)
    layout.addWidget(dialog.error)
    layout.addWidget(buttons)


def citizenship_special() -> tuple[tuple[str, str], ...]:
    """The citizenships that are not a country."""
    return (("stateless", QCoreApplication.translate("Countries", "Stateless")),
            ("unknown", QCoreApplication.translate("Countries", "Unknown")))


def yes_no_unknown() -> tuple[tuple[object, str], ...]:
    return ((None, QCoreApplication.translate("Common", "Not known")),
            (True, QCoreApplication.translate("Common", "Yes")),
            (False, QCoreApplication.translate("Common", "No")))


class RowsModel(QAbstractTableModel):
    """A short list held in memory as `rows` (dicts or records), one a line.
    A subclass names its columns in headers() with its own self.tr, so each
    title keeps its translation context (the subclass's name), and gives data()."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self._headers = self.headers()  # the language is chosen before any screen is built

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # The same list under the name some screens give it.
    @property
    def items(self) -> list:
        return self.rows

    def set_items(self, items) -> None:
        self.set_rows(items)

    def row_at(self, index):
        """The row an index stands on; None outside the table."""
        if index.isValid() and 0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self._headers):
            return self.rows[index.row()]
        return None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
