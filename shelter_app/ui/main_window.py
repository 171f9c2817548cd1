"""The main screens: navigation on the left (Residents, Due, Statistical
returns, Audit log, Settings and what other issues add), the current page,
privacy mode and the lock button on top, and a status bar saying who is signed
in, for which organisation, and how long ago the last backup was made."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QStatusBar,
                               QVBoxLayout, QWidget)

from shelter_app import accounts, codes, i18n, settings
from shelter_app.errors import ShelterError
from shelter_app.ui import extensions
from shelter_app.ui.common import push_button
from shelter_app.ui.extensions import Page, UnsavedWork, ask_to_settle

DEMO_STYLE = "background: #c62828; color: white; font-weight: bold; padding: 6px;"


class MainView(UnsavedWork, QWidget):
    lock_requested = Signal()
    language_changed = Signal(str)
    settings_changed = Signal()

    def __init__(self, session, parent=None, demo: bool = False):
        super().__init__(parent)
        self.session = session
        self.demo = demo
        self.pages: dict[str, QWidget] = {}
        # Pages a person's role may not use are not shown at all (the domain refuses anyway).
        self.entries = [entry for entry in extensions.ordered_pages() if self._allowed(entry)]

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if demo:
            banner = QLabel(self.tr("DEMO — not real data. Everything here is synthetic and is deleted when "
                                    "the app closes."))
            banner.setObjectName("demo_banner")
            banner.setAlignment(Qt.AlignCenter)
            banner.setStyleSheet(DEMO_STYLE)
            outer.addWidget(banner)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 6)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        self.privacy = QCheckBox(self.tr("&Privacy mode (case numbers instead of names)"))
        self.privacy.setObjectName("privacy")
        self.privacy.setChecked(session.privacy_mode)
        self.privacy.toggled.connect(self.set_privacy)
        top.addWidget(self.privacy)
        self.lock_button = push_button(self.tr("Lock (Ctrl+L)"), "lock", self.lock_requested.emit)
        top.addWidget(self.lock_button)
        outer.addLayout(top)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        for key, module, name in self.entries:
            try:
                title = extensions.load(module, name).page_title()
            except Exception:  # noqa: BLE001 - shown as broken when opened
                title = key
            item = QListWidgetItem(title)
            item.setData(Qt.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self._fit_nav()
        self._row = -1
        self.nav.currentRowChanged.connect(self._page_chosen)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        self.user_label = QLabel()
        self.user_label.setObjectName("status_user")
        self.org_label = QLabel()
        self.org_label.setObjectName("status_organisation")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("status_backup")
        for label in (self.user_label, self.org_label, self.backup_label):
            self.status.addWidget(label)
        outer.addWidget(self.status)
        self.update_status()
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(60_000)
        self._status_timer.timeout.connect(self.update_status)
        self._status_timer.start()

        for i in range(1, 10):
            if i <= len(self.entries):
                shortcut = QShortcut(QKeySequence(f"Alt+{i}"), self)
                shortcut.activated.connect(lambda row=i - 1: self.nav.setCurrentRow(row))
        self.nav.setCurrentRow(0)

    # --- pages -----------------------------------------------------------------------

    def _allowed(self, entry: tuple[str, str, str]) -> bool:
        _key, module, name = entry
        try:
            required = extensions.load(module, name).required_permission
        except Exception:  # noqa: BLE001 - a broken page shows its error when opened
            return True
        return required is None or self.session.can(required)

    def keys(self) -> list[str]:
        return [key for key, _, _ in self.entries]

    def page(self, key: str):
        """The page for a key, built on first use."""
        if key in self.pages:
            return self.pages[key]
        index = self.keys().index(key)
        _, module, name = self.entries[index]
        try:
            cls = extensions.load(module, name)
            page = cls(self.session, self)
        except Exception as exc:  # noqa: BLE001 - one broken page must not take the app down
            import logging

            logging.getLogger(__name__).exception("page %s failed", key)
            page = _BrokenPage(self.tr("This page could not be opened: {error}").format(
                error=exc.localized() if isinstance(exc, ShelterError) else str(exc)), self)
        page.setObjectName("page_" + key)
        self.stack.widget(index).layout().addWidget(page)
        self.pages[key] = page
        # The signals of the Page contract (extensions.Page).
        page.open_resident.connect(self.open_resident)
        page.open_resident_tab.connect(self.open_resident_tab)
        page.language_changed.connect(self.language_changed.emit)
        page.settings_changed.connect(self._settings_changed)
        page.privacy_changed.connect(self.refresh_all)
        return page

    def _page_chosen(self, row: int) -> None:
        if row < 0 or row == self._row:
            return
        if 0 <= self._row < len(self.entries):
            leaving = self.pages.get(self.keys()[self._row])
            if leaving is not None and not ask_to_settle(self, [leaving]):
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(self._row)
                self.nav.blockSignals(False)
                return
        self._row = row
        key = self.keys()[row]
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        self.heading.setText(self.nav.item(row).text())
        self.update_status()
        if getattr(page, "_shown_once", False):
            page.refresh()
        page._shown_once = True

    def show_page(self, key: str):
        self.nav.setCurrentRow(self.keys().index(key))
        return self.page(key)

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self.keys()[row] if row >= 0 else "residents"

    def open_resident(self, resident_id: int) -> None:
        register = self.show_page("residents")
        register.open_record(resident_id)

    def open_resident_tab(self, resident_id: int, tab: str) -> None:
        """The record, at the tab named by its class (e.g. the plan whose review is due)."""
        self.open_resident(resident_id)
        record = self.page("residents").record
        if record is not None and record.resident_id == resident_id:
            record.tab(tab)

    # --- privacy, status ---------------------------------------------------------------

    def set_privacy(self, on: bool) -> None:
        self.session.privacy_mode = bool(on)
        self.refresh_all()

    def refresh_all(self) -> None:
        for page in self.pages.values():
            page.refresh()
        self.update_status()

    def _settings_changed(self) -> None:
        self.update_status()
        self.settings_changed.emit()

    def _fit_nav(self) -> None:
        """Every page's name whole, at any text size (measured again when shown)."""
        widest = max((self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(170, widest + 2 * self.nav.frameWidth() + 24))

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        self._fit_nav()
        super().showEvent(event)

    def update_status(self) -> None:
        if self.session.closed:
            return
        user = self.session.user
        self.user_label.setText(self.tr("Signed in: {name} ({role})").format(
            name=user.display_name, role=codes.ROLE.label(user.role)))
        org = accounts.organisation(self.session)
        self.org_label.setText(self.tr("Organisation: {name} ({code})").format(
            name=org.get("name", ""), code=org.get("code", "")))
        last = settings.get(self.session, "last_backup_at")
        self.backup_label.setText(self.backup_text(last))
        # A week without a backup: the status bar tells the director, in colour; the others
        # cannot make one and are not alarmed.
        director = user.role == "director"
        self.backup_label.setVisible(director)
        self.backup_label.setStyleSheet("" if self._backup_recent(last) or not director
                                        else "color: #b00020; font-weight: bold;")

    @staticmethod
    def _backup_recent(last: str) -> bool:
        try:
            when = _dt.datetime.fromisoformat(str(last).replace("Z", "+00:00"))
        except ValueError:
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=_dt.timezone.utc)
        return _dt.datetime.now(_dt.timezone.utc) - when <= _dt.timedelta(days=7)

    def backup_text(self, last: str, now: _dt.datetime | None = None) -> str:
        if not last:
            return self.tr("Last backup: never")
        try:
            when = _dt.datetime.fromisoformat(str(last).replace("Z", "+00:00"))
        except ValueError:
            return self.tr("Last backup: never")
        if when.tzinfo is None:
            when = when.replace(tzinfo=_dt.timezone.utc)
        now = now or _dt.datetime.now(_dt.timezone.utc)
        minutes = max(0, int((now - when).total_seconds() // 60))
        if minutes < 60:
            return self.tr("Last backup: {n} min ago").format(n=minutes)
        if minutes < 48 * 60:
            return self.tr("Last backup: {n} h ago").format(n=minutes // 60)
        return i18n.ntranslate("MainView", "Last backup: %n days ago", minutes // (24 * 60), one="Last backup: %n day ago")

    # --- lock -------------------------------------------------------------------------

    def lock_state(self) -> dict:
        """Typed work to give back to the same person after unlocking."""
        state = {"page": self.current_key(), "privacy": self.session.privacy_mode, "pages": {}}
        for key, page in self.pages.items():
            kept = page.lock_state()
            if kept:
                state["pages"][key] = kept
        return state

    def restore_state(self, state: dict, page: str | None = None) -> None:
        if state.get("privacy"):
            self.privacy.setChecked(True)
        for key, kept in state.get("pages", {}).items():
            if key in self.keys():
                self.page(key).restore_state(kept)
        key = page or state.get("page")
        if key in self.keys():
            self.show_page(key)

    def holders(self) -> list:
        """The pages built so far, in the navigation order."""
        return [self.pages[key] for key in self.keys() if key in self.pages]

    def has_unsaved_work(self) -> bool:
        return any(page.has_unsaved_work() for page in self.holders())

    def unsaved_work(self) -> list[str]:
        return [item for page in self.holders() for item in page.unsaved_work()]

    def save_work(self) -> bool:
        return all(page.save_work() for page in self.holders() if page.has_unsaved_work())

    def discard_work(self) -> None:
        for page in self.holders():
            if page.has_unsaved_work():
                page.discard_work()


class _BrokenPage(Page, QLabel):
    """Stands in for a page that failed to open, with the reason."""

    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignTop | Qt.AlignLeft)
