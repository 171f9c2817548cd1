"""The desktop app: one window that shows the first-run wizard, the unlock
screen or the main screens, the language of the screens, and auto-lock.

Auto-lock follows KeePassXC: an application-wide event filter restarts a
single-shot timer on every input; when it fires the session is closed and
every view destroyed. Typed, unsaved work is kept in memory and given back
only to the same person unlocking again."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from shelter_app import i18n, paths, preferences
from shelter_app.permissions import Action

INPUT_EVENTS = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
                          QEvent.TouchBegin, QEvent.Shortcut})
DEMO_USER = "demo"
DEMO_PASSWORD = "demo-password"
DEMO_RESIDENTS = 300

_translators: list[QTranslator] = []


def install_language(lang: str) -> None:
    """Load every resources/translations/*_{lang}.qm (ours, including the
    standard buttons Qt has no Kyrgyz for) and Qt's own where it exists."""
    app = QApplication.instance()
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale({"en": QLocale.English, "ru": QLocale.Russian, "ky": QLocale.Kirghiz}[lang]))
    if lang == "en":
        return
    folder = paths.resources_dir() / "translations"
    files = sorted(folder.glob(f"*_{lang}.qm"))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    files += [p for p in (qt_dir / f"qtbase_{lang}.qm",) if p.exists()]
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)


TITLE_BAR = 31  # the window frame's title bar, outside the size a window is given


def default_size(free=None) -> tuple[int, int]:
    """The window's first size: 1200×760 where the screen has room, else the
    screen's free area less the title bar (a 1366×768 laptop with a 40-pixel
    taskbar leaves 1366×728, so 1366×697 for the window)."""
    if free is None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return 1200, 697
        free = screen.availableGeometry()
    return min(1200, free.width()), min(760, free.height() - TITLE_BAR)


_base_point_size: list[float] = []


def apply_text_size(percent: int) -> None:
    """Every screen's text at `percent` of the system's size (100, 125, 150)."""
    app = QApplication.instance()
    font = app.font()
    if not _base_point_size:
        _base_point_size.append(font.pointSizeF() if font.pointSizeF() > 0 else 9.0)
    font.setPointSizeF(_base_point_size[0] * percent / 100)
    app.setFont(font)


class ActivityFilter(QObject):
    """Restarts the lock timer on any input anywhere in the app."""

    def __init__(self, timer: QTimer, parent=None):
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, obj, event):
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class ShellWindow(QMainWindow):
    """The one top-level window. Its central stack holds whichever screen is
    current; the controller swaps them."""

    def __init__(self, db_path: Path, *, demo_dir: Path | None = None):
        super().__init__()
        self.db_path = Path(db_path)
        self.demo_dir = demo_dir
        self.session = None
        self.main_view = None
        self.unlock_view = None
        self.first_run_view = None
        self.kept_state: dict | None = None
        self.kept_user: str | None = None
        self.last_user: str = ""
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.resize(*default_size())

        self.lock_timer = QTimer(self)
        self.lock_timer.setSingleShot(True)
        self.lock_timer.timeout.connect(self.lock)
        self.activity = ActivityFilter(self.lock_timer, self)
        QApplication.instance().installEventFilter(self.activity)
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_shortcut.setContext(Qt.ApplicationShortcut)
        self.lock_shortcut.activated.connect(self.lock)
        self._set_title()

    # --- screens --------------------------------------------------------------------

    def _set_title(self) -> None:
        title = self.tr("Shelter case manager")
        if self.demo_dir is not None:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)

    def _show(self, widget, focus=None) -> None:
        """Make `widget` the screen; `focus` (its focus_first) puts the cursor where typing starts."""
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()
        if focus is not None:
            QTimer.singleShot(0, widget, focus)

    def start(self) -> None:
        if self.db_path.exists():
            self.show_unlock()
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        from shelter_app.ui.first_run import FirstRunWizard

        self.main_view = self.unlock_view = None
        self.first_run_view = FirstRunWizard(self.db_path, self)
        self.first_run_view.finished.connect(self.signed_in)
        self.first_run_view.language_changed.connect(self.change_language_first_run)
        self.first_run_view.restored.connect(self.restored)
        self._show(self.first_run_view, self.first_run_view.focus_first)

    def show_unlock(self, message: str = "") -> None:
        from shelter_app.ui.unlock_screen import UnlockScreen

        self.main_view = self.first_run_view = None
        self.unlock_view = UnlockScreen(self.db_path, self.last_user, self, demo=self.demo_dir is not None)
        self.unlock_view.unlocked.connect(self.signed_in)
        self.unlock_view.language_changed.connect(self.change_language_locked)
        self.unlock_view.restored.connect(self.restored)
        if message:
            self.unlock_view.set_message(message)
        self._show(self.unlock_view, self.unlock_view.focus_first)
        QTimer.singleShot(200, self, self._warm_up)

    def restored(self) -> None:
        """A backup replaced the database: sign in with an account it holds."""
        self.kept_state = self.kept_user = None
        self.show_unlock(self.tr("The backup was restored. Sign in with an account from the backup."))

    def _warm_up(self) -> None:
        """Import the main screens while the person types the password."""
        import importlib

        from shelter_app.ui import extensions

        for module in ("shelter_app.accounts", "shelter_app.ui.main_window", "shelter_app.ui.record"):
            importlib.import_module(module)
        modules = [m for _key, m, _name in extensions.PAGES] + [m for m, _name in extensions.RECORD_TABS]
        for module in modules:
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001 - a broken page shows its error when opened
                pass

    def signed_in(self, session) -> None:
        from shelter_app.ui.main_window import MainView

        from_unlock = self.unlock_view is not None
        self.session = session
        self.last_user = session.user.username
        if self.kept_user is not None and self.kept_user != session.user.username:
            self.kept_state = None  # another person starts clean
        state, self.kept_state, self.kept_user = self.kept_state, None, None
        self.unlock_view = self.first_run_view = None
        self.main_view = MainView(session, self, demo=self.demo_dir is not None)
        self.main_view.lock_requested.connect(self.lock)
        self.main_view.language_changed.connect(self.change_language)
        self.main_view.settings_changed.connect(self.restart_lock_timer)
        self._show(self.main_view)
        if state:
            self.main_view.restore_state(state)
        self.restart_lock_timer()
        if from_unlock:  # not right after the first run: nothing could have been backed up yet
            # Once the main window is painted; remind_if_overdue looks at the session's role.
            QTimer.singleShot(0, self, lambda: self.session is session and remind_backup(session, self))

    def restart_lock_timer(self) -> None:
        from shelter_app import settings

        if self.session is None or self.session.closed:
            return
        minutes = settings.get(self.session, "auto_lock_minutes")
        self.lock_timer.setInterval(int(minutes) * 60_000)
        self.lock_timer.start()

    def lock(self) -> None:
        """Close the database and every view; keep typed work for the same person."""
        if self.session is None:
            return
        from shelter_app.ui import tasks
        from shelter_app.ui.extensions import UnsavedWork

        if tasks.running():  # its database must not go from under it: lock once it is back
            tasks.when_idle(self.lock)
            return
        self.lock_timer.stop()
        for widget in QApplication.topLevelWidgets():
            # An open message box or picker would show records over the lock screen.
            if widget is not self and widget.isWindow() and widget.isVisible():
                if isinstance(widget, UnsavedWork):
                    widget.closing_for_lock = True
                widget.close()
        if self.main_view is not None:
            self.kept_state = self.main_view.lock_state()
            self.kept_user = self.session.user.username
        session, self.session = self.session, None
        try:
            if not session.closed:
                with session.transaction():
                    session.audit(Action.LOCKED)
        except Exception:  # noqa: BLE001 - locking must never fail
            pass
        session.close()
        self.show_unlock()

    # --- languages --------------------------------------------------------------------

    def change_language(self, lang: str) -> None:
        """Rebuild the screens in another language, keeping what is typed."""
        preferences.save(language=lang)
        install_language(lang)
        self._set_title()
        if self.main_view is not None and self.session is not None:
            state = self.main_view.lock_state()
            old = self.main_view
            self.main_view = None
            from shelter_app.ui.main_window import MainView

            view = MainView(self.session, self, demo=self.demo_dir is not None)
            view.lock_requested.connect(self.lock)
            view.language_changed.connect(self.change_language)
            view.settings_changed.connect(self.restart_lock_timer)
            self.main_view = view
            self._show(view)
            view.restore_state(state, page=old.current_key())

    def change_language_locked(self, lang: str) -> None:
        preferences.save(language=lang)
        install_language(lang)
        self._set_title()
        user = self.unlock_view.username() if self.unlock_view else self.last_user
        self.last_user = user
        self.show_unlock()

    def change_language_first_run(self, lang: str) -> None:
        state = self.first_run_view.state() if self.first_run_view else {}
        preferences.save(language=lang)
        install_language(lang)
        self._set_title()
        self.show_first_run()
        self.first_run_view.restore(state)

    # --- closing -------------------------------------------------------------------

    def closeEvent(self, event):
        from shelter_app.ui import tasks
        from shelter_app.ui.extensions import ask_to_settle

        if tasks.running():
            event.ignore()  # the work finishes first; its dialog says what it is doing
            return
        if self.main_view is not None and self.session is not None and not self.session.closed \
                and not ask_to_settle(self, self.main_view.holders()):
            event.ignore()
            return
        self.lock_timer.stop()
        QApplication.instance().removeEventFilter(self.activity)
        if self.session is not None:
            self.session.close()
            self.session = None
        event.accept()


def remind_backup(session, window) -> bool:
    """After a director signs in: the reminder when the last backup is over 7
    days old (GUI tests replace this function unless they test it)."""
    from shelter_app.ui import backup_page

    return backup_page.remind_if_overdue(session, window)


def create_demo_database(folder: Path):
    """A throwaway database of synthetic residents, signed in as the demo director."""
    from shelter_app import accounts, demo

    from PySide6.QtCore import QCoreApplication

    path = folder / paths.DATABASE_NAME
    session, _recovery = accounts.create_database(
        path, organisation_code="DEMO-0001",
        organisation_name=QCoreApplication.translate("Demo", "Demo shelter (synthetic data)"),
        region=QCoreApplication.translate("Demo", "Osh"), director=DEMO_USER,
        director_name=QCoreApplication.translate("Demo", "Demo Director"), password=DEMO_PASSWORD, demo=True)
    demo.generate(session, DEMO_RESIDENTS, seed=7)
    return path, session


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("Shelter case manager")
        app.setOrganizationName("shelter-app")
    return app


def run(db=None, demo: bool = False, language: str | None = None) -> int:
    """The app's entry point: `shelter-app [--db PATH] [--demo] [--language xx]`."""
    from PySide6.QtCore import qInstallMessageHandler

    from shelter_app import logs

    if hasattr(os, "umask"):
        os.umask(0o077)  # every file the app writes is readable by the owner only
    logs.setup()  # once: the command line may have set it up already
    app = application()
    qInstallMessageHandler(logs.qt_message_handler)
    from shelter_app.ui import error_hook

    error_hook.install()  # after logs.setup(): the log first, then the message
    lang = language or preferences.language()
    install_language(lang)
    apply_text_size(preferences.text_size())
    demo_dir = None
    if demo:
        from shelter_app import demo as demo_module

        demo_module.clean_stale_demo_dirs()  # a demo killed last time left its folder behind
        demo_dir = demo_module.new_demo_dir()
        path, session = create_demo_database(demo_dir)
        window = ShellWindow(path, demo_dir=demo_dir)
        window.last_user = DEMO_USER
        window.show()
        window.signed_in(session)
    else:
        path = Path(db) if db else paths.default_database()
        window = ShellWindow(path)
        window.show()
        window.start()
    # Once the event loop has painted the first screen: the log shows the start got that far.
    QTimer.singleShot(0, lambda: logging.getLogger("shelter_app").info("screens shown"))
    try:
        return app.exec()
    finally:
        if window.session is not None:
            window.session.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
