"""The one helper for slow work: the work runs on its own thread and its own
connection, the window keeps painting, the count shows, Cancel stops it, and
an error comes back to the screen that asked."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from shelter_app import residents
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.ui import tasks


@pytest.fixture
def window(qtbot, english):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _dialog():
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "task_progress" and w.isVisible()), None)


def test_work_reads_on_its_own_connection_and_the_result_comes_back(window, director, make_resident):
    resident = residents.create(director, make_resident())
    seen = {}

    def work(job):
        seen["thread"] = threading.current_thread()
        seen["same_connection"] = job.session.db.conn is director.db.conn
        return residents.get(job.session, resident["id"], audit_view=False)["case_number"]

    assert tasks.run(window, work, session=director) == resident["case_number"]
    assert seen["thread"] is not threading.main_thread()
    assert seen["same_connection"] is False
    assert not director.closed  # the screen's session goes on
    assert residents.get(director, resident["id"], audit_view=False)["case_number"] == resident["case_number"]
    assert QApplication.overrideCursor() is None


def test_the_window_keeps_ticking_and_the_dialog_shows_a_real_count(window):
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    counts = []

    def look():
        dialog = _dialog()
        if dialog is not None:
            counts.append(dialog.count.text())

    watcher = QTimer()
    watcher.setInterval(30)
    watcher.timeout.connect(look)
    watcher.start()

    def work(job):
        for i in range(60):
            job.progress(i, 60)
            time.sleep(0.01)
        return "done"

    try:
        assert tasks.run(window, work, label="Counting…", show_after_ms=50) == "done"
    finally:
        timer.stop()
        watcher.stop()
    # The window's timer went on while the work ran (0.6 s: about 30 ticks; a held window, none).
    # How long it ever waits is a figure of the benchmark (bench ui: stall_<operation>_ms).
    assert len(ticks) > 10
    assert any(" of 60" in c for c in counts), counts
    assert _dialog() is None


def test_a_worker_that_raises_gives_its_error_back_and_the_cursor_goes(window):
    def work(job):
        raise ValidationError({"date": ("Required.", {})})

    with pytest.raises(ShelterError):
        tasks.run(window, work)
    assert QApplication.overrideCursor() is None

    def broken(job):
        return 1 / 0

    with pytest.raises(ZeroDivisionError):
        tasks.run(window, broken)
    assert QApplication.overrideCursor() is None
    assert not tasks.running()


def test_cancel_stops_the_work_where_it_is_safe(window, qtbot):
    reached = []

    def work(job):
        for i in range(1000):
            job.progress(i, 1000)
            reached.append(i)
            time.sleep(0.005)
        return "finished"

    def press_cancel():
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, press_cancel)
            return
        assert dialog.cancel_button.isVisible()
        dialog.cancel_button.click()

    QTimer.singleShot(60, press_cancel)
    with pytest.raises(tasks.Cancelled):
        tasks.run(window, work, cancellable=True, show_after_ms=0)
    assert len(reached) < 1000
    assert QApplication.overrideCursor() is None


def test_escape_does_not_cancel_work_that_cannot_stop(window, qtbot):
    from PySide6.QtCore import Qt

    def press_escape():
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, press_escape)
            return
        assert not dialog.cancel_button.isVisible()
        qtbot.keyClick(dialog, Qt.Key_Escape)

    def work(job):
        time.sleep(0.3)
        job.progress(1, 1)
        return "whole"

    QTimer.singleShot(10, press_escape)
    assert tasks.run(window, work, show_after_ms=0) == "whole"


def test_clicks_on_the_window_wait_while_the_work_runs(window, qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    button = QPushButton("Delete", window)
    QVBoxLayout(window).addWidget(button)
    clicked = []
    button.clicked.connect(lambda: clicked.append(1))
    QTimer.singleShot(30, lambda: qtbot.mouseClick(button, __import__("PySide6.QtCore").QtCore.Qt.LeftButton))

    def work(job):
        time.sleep(0.2)

    tasks.run(window, work, show_after_ms=5000)
    assert clicked == []


def test_busy_restores_the_cursor_on_every_path():
    with tasks.busy():
        assert QApplication.overrideCursor() is not None
    with pytest.raises(RuntimeError):
        with tasks.busy():
            raise RuntimeError("boom")
    assert QApplication.overrideCursor() is None


def test_start_calls_back_without_blocking(window, qtbot):
    got = []
    task = tasks.start(window, lambda job: 41 + 1, on_done=got.append, on_error=got.append)
    assert task.wait()
    qtbot.waitUntil(lambda: got == [42])
    failed = []
    task = tasks.start(window, lambda job: {}["missing"], on_done=failed.append, on_error=failed.append)
    task.wait()
    qtbot.waitUntil(lambda: len(failed) == 1)
    assert isinstance(failed[0], KeyError)


def test_an_unexpected_error_is_shown_without_its_data_and_the_window_goes_on(qtbot, window, monkeypatch):
    """A slot that raises: the log gets the traceback, the person a short
    translated message with where the log is, never the exception's text; the
    wait cursor comes off; the next click works."""
    import sys

    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from shelter_app import logs
    from shelter_app.ui import dialogs, error_hook

    logged = []
    error_hook.uninstall()  # an earlier test in this process may have started the app, hook and all
    error_hook._last_shown = 0.0
    monkeypatch.setattr(sys, "excepthook", lambda *args: logged.append(args[0]))
    error_hook.install()
    try:
        button = QPushButton("Print", window)
        QVBoxLayout(window).addWidget(button)
        clicks = []

        def broken():
            clicks.append(1)
            QApplication.setOverrideCursor(Qt.WaitCursor)  # left on by the broken code
            if len(clicks) == 1:
                raise KeyError("Асанова Айгүл")  # a name in the message must never be shown

        button.clicked.connect(broken)
        dialogs.set_next_answer(True)  # the message box
        qtbot.mouseClick(button, Qt.LeftButton)
        qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in dialogs.shown), timeout=3000)
        kind, title, text = [s for s in dialogs.shown if s[0] == "error"][-1]
        assert title == "Unexpected error"
        assert str(logs.log_path()) in text and "KeyError" in text
        assert "Асанова" not in text
        assert logged == [KeyError]  # the logging hook ran first
        assert QApplication.overrideCursor() is None
        qtbot.mouseClick(button, Qt.LeftButton)  # the window keeps working
        assert len(clicks) == 2
    finally:
        error_hook.uninstall()
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()


def test_an_error_in_a_thread_of_ours_is_shown_on_the_gui_thread(qtbot, window, monkeypatch):
    import threading

    from shelter_app.ui import dialogs, error_hook

    monkeypatch.setattr(threading, "excepthook", lambda args: None)
    error_hook.uninstall()
    error_hook.install()
    error_hook._last_shown = 0.0
    try:
        dialogs.set_next_answer(True)
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in dialogs.shown), timeout=3000)
        assert "ZeroDivisionError" in dialogs.shown[-1][2]
    finally:
        error_hook.uninstall()


# --- the window keeps going while long work runs (bench ui: stall_<operation>_ms) ---------------

class _PaintedTable:
    """What the window does while work runs: a table on a Python model (like
    the register), painted again after each tick of a 20 ms timer — every cell
    a call into Python, each waiting for the interpreter while a worker holds
    it. `ticks` are the times it was painted. How long the window ever waits
    is a figure of the benchmark, not of a test (bench ui: stall_<operation>_ms)."""

    def __init__(self, qtbot):
        import sqlite3

        from PySide6.QtCore import QAbstractTableModel
        from PySide6.QtWidgets import QTableView

        rows = sqlite3.connect(":memory:", check_same_thread=False)
        rows.execute("CREATE TABLE r (name TEXT)")
        rows.executemany("INSERT INTO r VALUES (?)", [(f"name {i}:{i % 6}",) for i in range(3000)])

        class Model(QAbstractTableModel):
            def rowCount(self, parent=None):
                return 40

            def columnCount(self, parent=None):
                return 6

            def data(self, index, role=Qt.DisplayRole):
                if role != Qt.DisplayRole:
                    return None
                if index.column():
                    return f"{index.row()}:{index.column()}"
                # A row read from SQLite, as the register does: SQLite lets go of the
                # interpreter while it reads, and the row then waits to get it back.
                return str(rows.execute("SELECT count(*) FROM r WHERE name LIKE ?",
                                        (f"%{index.row()}:%",)).fetchone()[0])

        self.view = QTableView()
        qtbot.addWidget(self.view)
        self.model = Model()
        self.view.setModel(self.model)
        self.view.resize(600, 300)
        self.view.show()
        self.view.viewport().repaint()  # laid out once, before the clock starts
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def _tick(self):
        self.ticks.append(time.perf_counter())
        self.view.viewport().update()  # painted by the event loop, which lets other threads run between cells

    def __enter__(self):
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        self.ticks.append(time.perf_counter())


def _services_document(rows: int):
    from shelter_app.printing import common

    table = common.Table([("Date", 1.1), ("Service", 1.7), ("Provider", 1.9), ("Minutes", 0.7), ("Staff", 1.2),
                          ("Notes", 2.4)],
                         [["01.03.2026", "Психологическая помощь", "в приюте", "45", "Айгүл Асанова",
                           f"session {i}: " + "сессия " * 6] for i in range(rows)])
    return common.Document(title="Summary", organisation="Shelter", footer="Printed 01.03.2026",
                           page_label="Page {page} of {pages}",
                           sections=[common.Section("KG-2026-0001", [common.Heading("Services and legal cases"),
                                                                     common.Heading(f"Services ({rows})", 2), table])])


def test_the_window_keeps_painting_while_a_long_pdf_renders(window, qtbot, monkeypatch):
    """A PDF of 500 services is rendered by reportlab in a child process, and
    the worker thread only waits for it. Rendered in the worker thread, it
    held the interpreter the window needs for every cell it paints (bench ui:
    1 s between two ticks at 100k residents)."""
    from pypdf import PdfReader
    import io
    import multiprocessing

    from shelter_app.printing import common

    document = _services_document(500)
    here = []
    render_here = common.render_here
    monkeypatch.setattr(common, "render_here", lambda doc: here.append(doc) or render_here(doc))

    with _PaintedTable(qtbot) as table:
        data = tasks.run_pdf(window, lambda job: common.render_pdf(document))
    reader = PdfReader(io.BytesIO(data))
    text = reader.pages[-1].extract_text()
    assert "session 499:" in text and f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    assert "session 0:" in reader.pages[0].extract_text()  # sent in parts, put together whole
    assert here == []  # rendered in the child, not in this process
    assert len(table.ticks) > 5  # the window painted on meanwhile (here about 40 times)
    assert multiprocessing.active_children() == []


def test_the_window_keeps_painting_while_a_long_document_prints(window, tmp_path, monkeypatch):
    """Printing 120 services: Qt lays out and paints a few rows per call, and
    the window is painted between them. Laid out in one document, one call
    took about a second (2,000: seven)."""
    from PySide6.QtPrintSupport import QPrinter
    from pypdf import PdfReader

    from shelter_app.ui import document_printer

    target = tmp_path / "printer.pdf"  # the printer, at the machine's edge
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(target))
    document = _services_document(120)
    steps = []
    print_steps = document_printer.print_steps

    def counted(*args):
        inner = print_steps(*args)
        while True:
            try:
                value = next(inner)
            except StopIteration as done:
                return done.value
            steps.append(turns[0])  # how many times the event loop had had its turn before this step
            yield value

    turns = [0]
    spin = QTimer()  # a timer of 0 ms: it fires each time the event loop has its turn
    spin.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    monkeypatch.setattr(document_printer, "print_steps", counted)
    spin.start(0)
    try:
        _doc, pages = tasks.run_print(window, lambda job: document, printer)
    finally:
        spin.stop()
    reader = PdfReader(str(target))
    assert len(reader.pages) == pages > 2
    texts = ["".join(page.extract_text().split()) for page in reader.pages]  # Qt's PDF splits words with tabs
    assert "session0:" in texts[0] and "session119:" in texts[-1]
    assert all(f"Page{n}of{pages}" in text for n, text in enumerate(texts, start=1))
    assert all("DateServiceProvider" in text for text in texts[1:])  # the header goes on over every page
    every = "".join(texts)
    assert all(every.count(f"session{i}:") == 1 for i in range(120))  # each row once, none lost at a page end
    # The event loop (the window's painting, its clicks) had its turn between the steps, again and again
    # along the printing: not only before and after. How long it ever waits is bench ui's figure.
    assert len(steps) > 12 + pages and len(set(steps)) > 1, steps  # here: 8 different counts over 21 steps


def test_collections_run_on_the_window_thread_in_short_steps(window):
    """The worker allocates a lot for over half a second: the collector runs
    only on the GUI thread (a collection in the worker could finalise a
    widget), and only in small steps — the youngest generation, what was
    allocated since the last step (once a second, one run went through a
    second's worth of the worker's objects)."""
    import gc

    runs: list[tuple[str, int]] = []

    def watch(phase, info):
        if phase == "start":
            runs.append((threading.current_thread().name, info["generation"]))

    def work(job):
        kept = []
        end = time.monotonic() + 0.6
        while time.monotonic() < end:
            kept.append([[i, str(i)] for i in range(2000)])
            job.progress(0, 0)
        return len(kept)

    gc.callbacks.append(watch)
    try:
        assert tasks.run(window, work) > 10
    finally:
        gc.callbacks.remove(watch)
    assert gc.isenabled() and not gc.get_freeze_count()  # all back as it was
    assert len(runs) > 3 and set(runs) == {("MainThread", 0)}, runs


def test_cancel_stops_the_child_that_renders_the_pdf(window, tmp_path):
    import multiprocessing

    from shelter_app import atomic
    from shelter_app.printing import common

    document = _services_document(3000)
    target = tmp_path / "summary.pdf"
    pressed = []

    def press_cancel():
        dialog = _dialog()
        if dialog is None or not dialog.count.text():  # the child is rendering: it sent a count
            QTimer.singleShot(20, press_cancel)
            return
        pressed.append(multiprocessing.active_children())
        dialog.cancel_button.click()

    QTimer.singleShot(20, press_cancel)
    with pytest.raises(tasks.Cancelled):
        tasks.run_pdf(window, lambda job: atomic.write_bytes(target, common.render_pdf(document)))
    assert pressed and len(pressed[0]) == 1  # it was rendering in its child
    assert multiprocessing.active_children() == []  # and the child is gone
    assert not target.exists() and list(tmp_path.glob("*summary*")) == []  # nor a half-written one


class _KillsTheChild:
    """Unpickled in the child, it ends the child at once (a crash there)."""

    def __reduce__(self):
        import os

        return (os._exit, (3,))


def test_errors_in_the_child_come_back_as_errors_the_person_reads(window):
    from shelter_app.printing import common, elsewhere

    broken = _services_document(400)
    broken.sections[0].blocks.append(common.Table([("Nothing", 0)], [["x"]]))  # no width: fails in the child
    with pytest.raises(ZeroDivisionError):
        tasks.run_pdf(window, lambda job: common.render_pdf(broken))

    crashing = _services_document(400)
    crashing.sections[0].blocks.append(_KillsTheChild())
    with pytest.raises(ShelterError) as raised:
        tasks.run_pdf(window, lambda job: common.render_pdf(crashing))
    assert raised.value.message.startswith("The PDF could not be made.")
    assert elsewhere.weight(crashing) >= elsewhere.SMALL
    assert QApplication.overrideCursor() is None and not tasks.running()


def test_steps_on_the_gui_thread_keep_the_window_going_and_auto_lock_waits(window):
    """run_steps (printing): between two steps the event loop runs — timers
    fire — and what waits for idle (auto-lock) waits for the last step."""
    done_steps = []
    seen = []

    def steps():
        for i in range(12):
            time.sleep(0.01)
            done_steps.append(i)
            yield i
        return "printed"

    def in_between():
        seen.append(len(done_steps))
        tasks.when_idle(lambda: seen.append(("idle", len(done_steps), tasks.running())))

    QTimer.singleShot(30, in_between)
    assert tasks.run_steps(window, steps(), lambda i: (i, 12, "")) == "printed"
    QApplication.processEvents()
    assert 0 < seen[0] < 12  # the timer fired between two steps
    assert seen[1] == ("idle", 12, False)  # the lock came after the last one
    assert not tasks.running() and QApplication.overrideCursor() is None

    def broken():
        yield 1
        raise ValueError("the printer jammed")

    with pytest.raises(ValueError):
        tasks.run_steps(window, broken(), lambda i: (i, 0, ""))
    assert not tasks.running() and QApplication.overrideCursor() is None
