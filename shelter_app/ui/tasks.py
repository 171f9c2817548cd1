"""The one way to run slow work from a screen (in the spirit of Anki's
`QueryOp` and Electrum's `WaitingDialog`): the work runs in a worker thread on
a database connection of its own, a modal dialog shows a real count and Cancel
where stopping is safe, and the result — or the error — comes back on the GUI
thread. The window keeps painting meanwhile; the person cannot click into it.

Blocking for the caller, not for the window (the usual case):

    from shelter_app.ui import tasks

    def work(job):                      # runs in the worker thread
        ids = plans.active_in_shelter(job.session)
        for done, plan_id in enumerate(ids):
            job.progress(done, len(ids))   # the count in the dialog; raises
            ...                            # tasks.Cancelled after Cancel
        return path

    try:
        path = tasks.run(self, work, session=self.session,
                         label=self.tr("Saving the plans…"), cancellable=True)
    except tasks.Cancelled:
        return
    except ShelterError as exc:         # the work's own error, as raised
        dialogs.show_error(self, exc)
        return

  - `session=`: job.session is the same person on a fresh connection opened
    and closed in the worker (Session.for_worker); the screen's session is
    never touched by the worker. Work that needs no database leaves it out.
  - `job.progress(done, total, text="")`: call it often (it is cheap and
    throttled); total 0 shows a busy bar. It raises Cancelled once the
    person pressed Cancel — give cancellable=True only where stopping between
    two calls leaves nothing half-written (the domain's transactions and
    atomic file writes see to that).
  - Any exception of the work is raised again from run() on the GUI thread;
    an unexpected one, left uncaught, reaches the exception hook (ui/error_hook.py
    shows it to the person).

PDFs and printing: `tasks.run_pdf` renders the document in a child process
(printing/elsewhere.py: reportlab is pure Python, and in the worker thread it
held the interpreter the window needs for every cell it paints); `tasks.run_print`
builds the document in the worker and paints it on the GUI thread a few
milliseconds at a time (`run_steps`: Qt's text layout holds the interpreter
however it is called). What the window waits for the worker is kept short by
the collector's small steps and a short switch interval while work runs (below).

Not blocking (a spinner on a screen, e.g. the unlock screen):

    tasks.start(self, work, on_done=self._unlocked, on_error=self._failed)

Work that changes the screen's session itself (a password, the database's
key) stays on the GUI thread and hands only its slow steps to a worker:

    tasks.run_apart(self, lambda: accounts.remove_account(self.session, name),
                    label=self.tr("Re-encrypting the database…"))

`with tasks.busy():` puts the wait cursor on for short work on the GUI thread
and takes it off in every path. `tasks.running()` and `tasks.when_idle(fn)`
let auto-lock wait for running work instead of pulling its database away.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 250  # quicker work never flashes a dialog
_PROGRESS_EVERY = 0.05  # seconds between two progress signals at most


translate = QCoreApplication.translate


class Cancelled(Exception):
    """The person pressed Cancel; the work stopped where that was safe."""


# --- the wait cursor ------------------------------------------------------------------


@contextlib.contextmanager
def busy():
    """The wait cursor for the duration of the block, whatever way it ends."""
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


# --- the work's side ------------------------------------------------------------------


class Job:
    """What the work function receives, in the worker thread."""

    def __init__(self, bridge: "_Bridge"):
        self._bridge = bridge
        self._cancel = threading.Event()
        self._last = 0.0
        self.session = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here if the person pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self.check()
        now = time.monotonic()
        if now - self._last >= _PROGRESS_EVERY or (total and done >= total):
            self._last = now
            self._bridge.progressed.emit(int(done), int(total), text)


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits, the GUI thread receives."""

    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # result, exception


_running: set["Task"] = set()
_idle_callbacks: list[Callable[[], None]] = []
_stepping = 0  # run_steps under way (auto-lock waits for them as for a Task)

# Python's cyclic garbage collector runs in whichever thread happens to allocate.
# Started in a worker, it may finalise a widget built on the GUI thread, and Qt
# crashes. So while work runs in the background, automatic collection is off and
# the GUI thread collects instead, in small steps: every 50 ms it collects the
# youngest generation — what was allocated since the last step, so each step is
# as short as the allocating was — and then freezes (gc.freeze) what survived, so
# that no step ever goes through the same objects again. (Collecting only every
# second, each step went through a second's worth of the worker's objects, ~0.1 s
# at a time, and the survivors piled up in an older generation.) Once the last
# piece of work is back, the frozen objects are handed back to the collector, and
# automatic collection resumes.
#
# The interpreter runs one thread at a time. A thread that waits for it gets
# it once the running thread has had it for the switch interval (5 ms by
# default). The window waits for it at every cell it paints and after every
# row SQLite reads for the register (SQLite lets go of it while it reads): a
# thousand waits when a modal dialog has the register painted again. While work
# runs in the background, the interval is 0.1 ms.
_COLLECT_EVERY_MS = 50
_SWITCH_INTERVAL = 0.0001
_collector: QTimer | None = None
_switch_interval: float | None = None


def _collect_on_gui_thread() -> None:
    gc.collect(0)
    gc.freeze()


def _pause_automatic_collection() -> None:
    global _collector, _switch_interval
    gc.disable()
    gc.freeze()  # what exists now — the window's objects among them — is out of every step's way
    if _collector is None:
        _collector = QTimer()
        _collector.setInterval(_COLLECT_EVERY_MS)
        _collector.timeout.connect(_collect_on_gui_thread)
    _collector.start()
    if _switch_interval is None:
        _switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_switch_interval, _SWITCH_INTERVAL))


def _resume_automatic_collection() -> None:
    global _switch_interval
    if _collector is not None:
        _collector.stop()
    if _switch_interval is not None:
        sys.setswitchinterval(_switch_interval)
        _switch_interval = None
    gc.unfreeze()
    gc.enable()


def running() -> bool:
    """Some work is still running in the background (or in steps: run_steps)."""
    return bool(_running) or _stepping > 0


def when_idle(callback: Callable[[], None]) -> None:
    """Call back once no work runs (now, when none does)."""
    if not running():
        callback()
    else:
        _idle_callbacks.append(callback)


def _call_idle_callbacks() -> None:
    if not running():
        callbacks, _idle_callbacks[:] = list(_idle_callbacks), []
        for callback in callbacks:
            QTimer.singleShot(0, callback)


class Task:
    """One piece of work on its worker thread. Use run() or start()."""

    def __init__(self, work: Callable[[Job], object], session=None):
        self.work = work
        self.session = session
        self.bridge = _Bridge()
        self.job = Job(self.bridge)
        self.result = None
        self.error: BaseException | None = None
        self.done = False
        self.bridge.finished.connect(self._finished, Qt.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="shelter-task", daemon=True)

    def start(self) -> None:
        if not _running:
            _pause_automatic_collection()
        _running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self.job._cancel.set()

    def _run(self) -> None:
        result, error = None, None
        worker_session = None
        try:
            if self.session is not None:
                worker_session = self.session.for_worker()
                self.job.session = worker_session
            result = self.work(self.job)
        except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI thread
            error = exc
            if not isinstance(exc, Cancelled) and not _expected(exc):
                log.error("background work failed", exc_info=(type(exc), exc, exc.__traceback__))
        finally:
            if worker_session is not None:
                with contextlib.suppress(Exception):
                    worker_session.close()
        self.bridge.finished.emit(result, error)

    def _finished(self, result, error) -> None:
        self.result, self.error, self.done = result, error, True
        _running.discard(self)
        if not _running:
            _resume_automatic_collection()
        _call_idle_callbacks()

    def wait(self, timeout: float = 30.0) -> bool:
        """For tests: process events until the work is back (True) or the time is up."""
        end = time.monotonic() + timeout
        while not self.done and time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.AllEvents, 20)
            time.sleep(0.002)
        return self.done


def _expected(exc: BaseException) -> bool:
    from shelter_app.errors import ShelterError

    return isinstance(exc, ShelterError)


# --- the modal form ---------------------------------------------------------------------


class ProgressDialog(QDialog):
    """What the person sees while the work runs: what is being done, the
    count, and Cancel where stopping is safe."""

    cancelled = Signal()

    def __init__(self, parent, title: str, label: str, cancellable: bool):
        super().__init__(parent)
        self.setObjectName("task_progress")
        self.setWindowTitle(title or translate("tasks", "Please wait"))
        self.setWindowModality(Qt.ApplicationModal)
        self.setWindowFlag(Qt.WindowCloseButtonHint, False)
        self.label = QLabel(label or translate("tasks", "Working…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(True)
        self.count = QLabel()
        self.count.setObjectName("task_count")
        self.cancel_button = QPushButton(translate("tasks", "Cancel"))
        self.cancel_button.setObjectName("task_cancel")
        self.cancel_button.setVisible(cancellable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.setMinimumWidth(380)
        self.cancellable = cancellable
        self.cancel_requested = False
        self.cancel_button.clicked.connect(self.request_cancel)

    def request_cancel(self) -> None:
        if not self.cancellable or self.cancel_requested:
            return
        self.cancel_requested = True
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("tasks", "Stopping…"))
        self.cancelled.emit()

    def set_progress(self, done: int, total: int, text: str) -> None:
        if text and not self.cancel_requested:
            self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.count.setText(translate("tasks", "{done} of {total}").format(done=f"{done:,}".replace(",", " "),
                                                              total=f"{total:,}".replace(",", " ")))
        else:
            self.bar.setRange(0, 0)

    def reject(self) -> None:  # Esc: Cancel where allowed, never just hiding the dialog
        self.request_cancel()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.request_cancel()


class _InputGuard(QObject):
    """Swallows clicks and keys meant for the window while the dialog is not
    yet shown, so nothing changes under running work."""

    BLOCKED = frozenset({QEvent.KeyPress, QEvent.KeyRelease, QEvent.MouseButtonPress, QEvent.MouseButtonRelease,
                         QEvent.MouseButtonDblClick, QEvent.Wheel, QEvent.Shortcut, QEvent.ShortcutOverride})

    def __init__(self, dialog: QDialog):
        super().__init__()
        self.dialog = dialog

    def eventFilter(self, obj, event) -> bool:
        if event.type() in self.BLOCKED and isinstance(obj, QWidget):
            return obj.window() is not self.dialog
        return False


def _start_and_wait(task: Task) -> None:
    """Start the task and run the event loop until it is back: the window
    keeps painting meanwhile."""
    loop = QEventLoop()
    task.bridge.finished.connect(lambda *_: loop.quit(), Qt.QueuedConnection)
    task.start()
    if not task.done:
        loop.exec()
    while not task.done:  # the finished signal ran before loop.exec()
        QCoreApplication.processEvents(QEventLoop.AllEvents, 20)


@contextlib.contextmanager
def _progress(parent, title: str, label: str, cancellable: bool, show_after_ms: int | None):
    """The modal progress dialog of one piece of work (run, run_steps,
    run_apart), with the wait cursor: shown once the work takes longer than
    show_after_ms (quicker work never flashes it); until then the guard keeps
    clicks and keys away from the window. Gone in every path out."""
    dialog = ProgressDialog(parent, title, label, cancellable)
    guard = _InputGuard(dialog)
    app = QApplication.instance()
    app.installEventFilter(guard)
    shower = QTimer()
    shower.setSingleShot(True)

    def show_dialog() -> None:
        dialog.show()
        # Modal now, the dialog keeps clicks away from the window by itself; the guard
        # would cost a call into Python — a wait for the interpreter — for every event.
        app.removeEventFilter(guard)

    shower.timeout.connect(show_dialog)
    try:
        with busy():
            shower.start(SHOW_AFTER_MS if show_after_ms is None else show_after_ms)
            yield dialog
    finally:
        shower.stop()
        app.removeEventFilter(guard)
        dialog.hide()
        dialog.deleteLater()


def run(parent, work: Callable[[Job], object], *, session=None, title: str = "", label: str = "",
        cancellable: bool = False, show_after_ms: int | None = None):
    """Run `work(job)` in a worker thread; return its result, or raise its
    exception (Cancelled after Cancel). The window keeps painting; a modal
    progress dialog appears once the work takes longer than show_after_ms."""
    task = Task(work, session)
    with _progress(parent, title, label, cancellable, show_after_ms) as dialog:
        dialog.cancelled.connect(task.cancel)
        task.bridge.progressed.connect(dialog.set_progress, Qt.QueuedConnection)
        _start_and_wait(task)
    if task.error is not None:
        raise task.error
    return task.result


def run_apart(parent, action: Callable[[], object], *, label: str = "", title: str = "",
              show_after_ms: int | None = None):
    """For work that must stay on the GUI thread because it changes the
    screen's session — its keys, its key file, the connection itself — but
    has slow steps that do not need it (db/background.py: deriving a key from
    a password, writing the re-encrypted database). action() runs here; each
    slow step runs in a worker thread while the window keeps painting, under
    one dialog for the whole action (a busy bar: a step has no count). Not
    cancellable: what comes after a step is the short write that completes
    it. Returns what action returns, or raises its error."""
    global _stepping
    from shelter_app.db import background

    def in_a_worker(step):
        task = Task(lambda job: step())
        _start_and_wait(task)
        if task.error is not None:
            raise task.error
        return task.result

    _stepping += 1  # auto-lock waits for the whole action, not only for its steps
    try:
        with _progress(parent, title, label, False, show_after_ms), background.handing_to(in_a_worker):
            return action()
    finally:
        _stepping -= 1
        _call_idle_callbacks()


def run_pdf(parent, work: Callable[[Job], object], *, session=None, label: str = "", title: str = ""):
    """run() for work that renders a PDF (printing/common.render_pdf): the
    document is rendered in a child process (printing/elsewhere.py) unless it
    is small; the count is the parts of the document laid out, with the page
    reached, and Cancel is offered — the PDF is built in memory and written
    whole or not at all, the audit entry follows the write, and Cancel kills
    the child."""
    from shelter_app.printing import common, elsewhere

    def wrapped(job: Job):
        def report(done: int, total: int, page: int) -> None:
            page_text = translate("tasks", "Page {page}").format(page=page) if page else ""
            job.progress(done, total, (label + "  " + page_text).strip())

        with common.reporting(report), elsewhere.in_child(report):
            return work(job)

    return run(parent, wrapped, session=session, label=label, title=title, cancellable=True)


def run_print(parent, build: Callable[[Job], object], printer, *, session=None, label: str = ""):
    """Build a printable document in the worker (build(job) -> Document), then
    paint it on the printer on the GUI thread in small steps
    (document_printer.print_steps), the event loop going between them, with
    the same dialog and its count of pages. Returns (document, pages). Not
    cancellable: a printer cannot take back half a job."""
    from shelter_app.ui import document_printer

    label = label or translate("tasks", "Printing…")
    document = run(parent, build, session=session, label=label)
    text = translate("tasks", "Printing page {page}…")
    pages = run_steps(parent, document_printer.print_steps(document, printer),
                      lambda n: (n, 0, text.format(page=n) if n else label), label=label)
    return document, pages


_SLICE = 0.008  # seconds of steps on the GUI thread before the event loop has its turn


def run_steps(parent, steps, describe: Callable[[object], tuple[int, int, str]], *, label: str = "",
              show_after_ms: int | None = None):
    """Run a generator's steps on the GUI thread, for work that must be done
    there (Qt's text layout and painting hold the interpreter, so in a worker
    they would hold the window still): steps run for a few milliseconds, then
    the event loop has its turn, and again. describe(value) turns what a step
    yields into (done, total, text) for the dialog. Returns what the
    generator returns, or raises its error. Not cancellable. Auto-lock waits
    for it (running(), when_idle), as for work in the background."""
    global _stepping
    loop = QEventLoop()
    state: dict = {}
    last = [0.0]

    def step() -> None:
        end = time.monotonic() + _SLICE
        try:
            while time.monotonic() < end:
                value = next(steps)
                if time.monotonic() - last[0] >= _PROGRESS_EVERY:
                    last[0] = time.monotonic()
                    dialog.set_progress(*describe(value))
        except StopIteration as stop:
            state["result"] = stop.value
        except BaseException as exc:  # noqa: BLE001 - raised again below, on the caller's stack
            state["error"] = exc
        if state:
            loop.quit()
        else:
            QTimer.singleShot(0, step)

    _stepping += 1
    try:
        with _progress(parent, "", label, False, show_after_ms) as dialog:
            QTimer.singleShot(0, step)
            loop.exec()
    finally:
        _stepping -= 1
        steps.close()
        _call_idle_callbacks()
    if "error" in state:
        raise state["error"]
    return state.get("result")


def start(parent, work: Callable[[Job], object], *, on_done: Callable[[object], None],
          on_error: Callable[[BaseException], None], session=None) -> Task:
    """Run `work(job)` in a worker thread without a dialog; on_done(result)
    or on_error(exception) is called on the GUI thread. The screen shows its
    own spinner meanwhile and keeps its widgets from being used twice."""
    task = Task(work, session)

    def finished(result, error):
        if error is not None:
            on_error(error)
        else:
            on_done(result)

    task.bridge.finished.connect(finished, Qt.QueuedConnection)
    task.start()
    return task
