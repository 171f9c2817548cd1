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
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 10 and max(gaps) < 0.1
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
