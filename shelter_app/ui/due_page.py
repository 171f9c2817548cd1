"""The Due page: plan reviews due soon or overdue, and court hearings coming
up. One click opens the resident's record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_app import codes, due, i18n, legal
from shelter_app.ui.common import RowsModel, rows_view, show_date
from shelter_app.ui.extensions import Page

# Qt's enum members cost ~10 µs a lookup and a long list asks for thousands of cells.
_DISPLAY, _TOOLTIP, _FOREGROUND, _USER = Qt.DisplayRole, Qt.ToolTipRole, Qt.ForegroundRole, Qt.UserRole
_OVERDUE = QBrush(QColor("#b00020"))

# The record's tab that shows what is due, per kind of item.
TAB_OF_KIND = {"review": "PlanTab", "hearing": "LegalTab", "follow_up": "FollowUpTab", "referral": "ReferralsTab",
               "compensation": "CompensationTab", "high_risk": "SafetyTab", "safety_review": "SafetyTab"}


class DueModel(RowsModel):
    DATE, KIND, CASE_NUMBER, NAME, DETAIL = range(5)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("What"), self.tr("Case number"), self.tr("Name"), self.tr("Details")]

    def kind_label(self, kind: str) -> str:
        return {"review": self.tr("Plan review"), "hearing": self.tr("Court hearing"),
                "follow_up": self.tr("Follow-up contact"), "referral": self.tr("Referral follow-up"),
                "compensation": self.tr("Award unpaid after 90 days"),
                "high_risk": self.tr("High risk: assess again"),
                "safety_review": self.tr("Safety plan review")}.get(kind, kind)

    def data(self, index, role=_DISPLAY):
        if role != _DISPLAY and role != _TOOLTIP and role != _FOREGROUND and role != _USER and role != _USER + 1:
            return None
        item = self.row_at(index)
        if item is None:
            return None
        if role == _USER:
            return item.resident_id
        if role == _USER + 1:  # the record's tab that shows what is due
            return TAB_OF_KIND.get(item.kind, "LegalTab")
        if role == _FOREGROUND:
            return _OVERDUE if item.overdue else None
        col = index.column()
        if col == self.DATE:
            text = show_date(item.due_date)
            return text + " " + self.tr("(overdue)") if item.overdue else text
        if col == self.KIND:
            return self.kind_label(item.kind)
        if col == self.CASE_NUMBER:
            return item.case_number
        if col == self.NAME:
            return item.case_number if self.session.privacy_mode else item.full_name
        if col == self.DETAIL:
            if item.kind == "review":
                return self.tr("Plan version {version}").format(version=item.detail)
            if item.kind in ("follow_up", "referral"):
                return item.detail
            if item.kind == "compensation":
                return self.tr("Case {reference} som paid").format(reference=item.detail)
            if item.kind == "high_risk":
                return self.tr("Assessed {date}").format(date=show_date(item.detail))
            if item.kind == "safety_review":
                return ""
            detail = item.detail
            if detail.endswith(" (other)"):  # the article code "other" as the person reads it
                detail = detail[:-len(" (other)")] + " (" + codes.CC_ARTICLE.label("other") + ")"
            return self.tr("Case {reference}").format(reference=detail)
        return None


class DuePage(Page, QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("DuePage", "Due")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        row = QHBoxLayout()
        intro = QLabel(self.tr("Plan reviews, court hearings, high risk and safety-plan reviews, follow-up "
                               "contacts and referrals coming up. Click a line to open the record."))
        intro.setWordWrap(True)
        row.addWidget(intro, 1)
        self.window_box = QComboBox()
        self.window_box.setObjectName("within_days")
        for days in (7, 14, 30, 90):
            self.window_box.addItem(self.tr("Next {n} days").format(n=days), days)
        self.window_box.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.window_box)
        layout.addLayout(row)
        self.model = DueModel(session, self)
        self.table = rows_view(self.model, "due", single=True)
        self.table.horizontalHeader().setResizeContentsPrecision(30)  # widths from the first rows: a long list stays fast
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nothing due in this period."))
        self.empty.setObjectName("empty")
        layout.addWidget(self.empty)

        # Reconciliations and trafficking cases requalified: the director reviews them.
        self.flags_box = QGroupBox(self.tr("Legal cases for the director to review"))
        self.flags_box.setObjectName("flags_box")
        inner = QVBoxLayout(self.flags_box)
        self.flags = QListWidget()
        self.flags.setObjectName("legal_flags")
        self.flags.setWordWrap(True)
        self.flags.setMaximumHeight(150)
        self.flags.itemClicked.connect(self._open_flag)
        self.flags.itemActivated.connect(self._open_flag)
        inner.addWidget(self.flags)
        self.show_flags = session.user.role == "director"
        self.flags_box.setVisible(self.show_flags)
        layout.addWidget(self.flags_box)
        self.refresh()

    def _open_flag(self, item: QListWidgetItem) -> None:
        resident_id = item.data(Qt.UserRole)
        if resident_id is not None:
            self.open_resident_tab.emit(int(resident_id), "LegalTab")

    def _open(self, index) -> None:
        if index.isValid():
            self.open_resident_tab.emit(self.model.data(index, Qt.UserRole), self.model.data(index, Qt.UserRole + 1))

    def refresh(self) -> None:
        if self.session.closed:
            return
        self.model.set_rows(due.items(self.session, within_days=self.window_box.currentData() or 7))
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.show_flags:
            self.flags.clear()
            lang = i18n.current_language()
            for flag in legal.flags(self.session):
                item = QListWidgetItem(self.tr("{case_number}: {message}").format(
                    case_number=flag.case_number, message=flag.message(lang)))
                item.setData(Qt.UserRole, flag.resident_id)
                self.flags.addItem(item)
            if not self.flags.count():
                item = QListWidgetItem(self.tr("No reconciliation or requalified trafficking case."))
                item.setFlags(Qt.NoItemFlags)
                self.flags.addItem(item)
