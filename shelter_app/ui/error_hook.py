"""Unexpected errors are seen (Vorta's ExceptionDialog, Anki's ErrorHandler):
an exception nobody caught — in a slot, a timer, or a thread of ours — is
written to the log as before (logs.py), and the person gets a short message in
their language saying that the window keeps working and where the log is.
Never the exception's text: it may carry a name or a note. The wait cursor is
taken off, whatever left it on.

    error_hook.install()      # once, after logs.setup() (ui/app.run does it)
"""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

_installed: dict = {}
_last_shown = 0.0
_showing = False
QUIET_SECONDS = 2.0  # an error repeating in a loop shows one message, not a stream of them


def message(exc_type: type | None = None) -> str:
    """What the person reads: translated, no data from the exception."""
    from shelter_app import logs

    try:
        where = str(logs.log_path())
    except Exception:  # noqa: BLE001 - no log folder: say so rather than fail here
        where = QCoreApplication.translate("tasks", "(no log could be written on this computer)")
    text = QCoreApplication.translate(
        "tasks", "Something went wrong that the app did not expect. What was saved before is safe, and the "
                 "window keeps working; the last action may not have finished. Check it, and try again.")
    text += "\n\n" + QCoreApplication.translate(
        "tasks", "The details are in the log file (it holds no names or notes): {path}").format(path=where)
    if exc_type is not None:
        text += "\n" + QCoreApplication.translate("tasks", "Error type: {name}").format(name=exc_type.__name__)
    return text


def restore_cursor() -> None:
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()


def show(exc_type: type | None = None) -> None:
    """The message, on the GUI thread; at most one at a time."""
    global _last_shown, _showing
    restore_cursor()
    now = time.monotonic()
    if _showing or now - _last_shown < QUIET_SECONDS:
        return
    _showing = True
    try:
        from shelter_app.ui import dialogs

        parent = QApplication.activeWindow()
        dialogs.error(parent, message(exc_type), title=QCoreApplication.translate("tasks", "Unexpected error"))
    finally:
        _showing = False
        _last_shown = time.monotonic()


class _Bridge(QObject):
    raised = Signal(object)


def install() -> None:
    """Chain our hook after the logging one: sys.excepthook (the GUI thread's
    slots) and threading.excepthook (other threads, shown on the GUI thread)."""
    if _installed:
        return
    bridge = _Bridge()
    bridge.raised.connect(show, Qt.QueuedConnection)
    previous, previous_thread = sys.excepthook, threading.excepthook

    def hook(exc_type, exc, tb):
        if previous is not None:
            previous(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        if threading.current_thread() is threading.main_thread():
            show(exc_type)
        else:
            bridge.raised.emit(exc_type)

    def thread_hook(args):
        if previous_thread is not None:
            previous_thread(args)
        if args.exc_type is not SystemExit:
            bridge.raised.emit(args.exc_type)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _installed.update(previous=previous, previous_thread=previous_thread, bridge=bridge)


def uninstall() -> None:
    """Give the hooks back (tests)."""
    if not _installed:
        return
    sys.excepthook = _installed["previous"]
    threading.excepthook = _installed["previous_thread"]
    _installed.clear()
