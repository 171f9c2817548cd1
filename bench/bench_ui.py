"""The desktop app at 100,000 residents, on this machine (offscreen Qt):

  start -> unlock screen shown          target <= 1.0 s   (a fresh process)
  unlock -> main window with first rows  target <= 1.0 s   (real Argon2id cost)
  search keystroke -> list updated       target <= 30 ms at the 95th percentile
  sort by a column                       target <= 300 ms
  open a resident's record               target <= 100 ms
  memory                                 target <= 300 MB RSS
  each long operation (PDFs, returns, backup, restore check, import, audit
  verify, retention, key derivation at unlock, a new password, a new recovery
  key that re-encrypts the database): the longest gap between two
  ticks of a 20 ms timer on the GUI thread while it runs   target <= 100 ms
  (lines stall_<operation>_ms), and the slowest operation's total time
  against the same work called directly on the GUI thread, as before
  ui/tasks.py                            target <= +10 %

The 100k database is generated once and cached under /tmp (BENCH_UI_DIR)."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

N = int(os.environ.get("BENCH_RESIDENTS", "100000"))
CACHE = Path(os.environ.get("BENCH_UI_DIR", "/tmp/shelter-bench-ui"))
USER, PASSWORD = "bench", "bench-password-1"


def _database() -> Path:
    """A cached database of N synthetic residents, keyed at the real KDF cost."""
    os.environ.pop("SHELTER_APP_KDF_PROFILE", None)
    folder = CACHE / f"n{N}"
    path = folder / "shelter.db"
    done_marker = folder / "complete"
    if path.exists() and done_marker.exists():
        return _working_copy(folder)
    import shutil

    from shelter_app import accounts, demo

    shutil.rmtree(folder, ignore_errors=True)  # a half-built cache from an interrupted run
    folder.mkdir(parents=True, exist_ok=True)
    print(f"generating {N} residents once into {folder} …", flush=True)
    session, _ = accounts.create_database(path, organisation_code="BENCH-1", organisation_name="Bench shelter",
                                          director=USER, director_name="Bench Director", password=PASSWORD)
    done = 0
    while done < N:
        step = min(10000, N - done)
        demo.generate(session, step, seed=1000 + done)
        done += step
    session.close()
    done_marker.write_text(str(N))
    return _working_copy(folder)


def _working_copy(folder: Path) -> Path:
    """This run's own copy of the cached database: what a run adds (the 2,000
    services of its test resident, plans, audit entries) never reaches the
    cache, so every run measures the same database."""
    import atexit
    import shutil
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="shelter-bench-ui-run-", dir=CACHE))
    shutil.copytree(folder, work / "db", ignore=shutil.ignore_patterns("complete", "*.lock"))
    atexit.register(shutil.rmtree, work, True)
    return work / "db" / "shelter.db"


START_SCRIPT = r"""
import sys, time
t0 = float(sys.argv[1])
from shelter_app.ui import app as A
qa = A.application()
A.install_language("ru")
w = A.ShellWindow(sys.argv[2])
w.show()
w.start()
qa.processEvents()
w.repaint()
print(time.time() - t0)
"""


def _p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def _rss_mb() -> tuple[float, float]:
    now = peak = 0.0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return now, peak


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SHELTER_APP_HOME", str(CACHE / "home"))
    path = _database()
    figures = {}

    # 1. start -> unlock screen, in a fresh process (imports included).
    runs = []
    env = dict(os.environ)
    for _ in range(3):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", START_SCRIPT, str(t0), str(path)], env=env,
                             capture_output=True, text=True, check=True).stdout
        runs.append(float(out.strip().splitlines()[-1]))
    figures["start_to_unlock_s"] = min(runs), statistics.median(runs), 1.0

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from shelter_app.ui import app as A
    from shelter_app.ui.register import RegisterModel

    qa = A.application()
    A.install_language("ru")
    # The backup reminder after a director signs in is a modal box that no one answers here.
    A.remind_backup = lambda session, window: False
    window = A.ShellWindow(path)
    window.resize(1366, 740)
    window.show()
    window.start()
    qa.processEvents()

    # 2. unlock -> main window with the first rows painted.
    screen = window.unlock_view
    screen.user_edit.setText(USER)
    screen.password_edit.setText(PASSWORD)
    # The GUI thread's ticks with nothing running: what the machine's load alone costs.
    settle = QEventLoop()  # the unlock screen imports the main screens 200 ms after it shows: let it
    QTimer.singleShot(1500, settle.quit)
    settle.exec()
    idle = _Ticks()
    pause = QEventLoop()
    QTimer.singleShot(2000, pause.quit)
    pause.exec()
    stall_idle = idle.stop()
    ticks = _Ticks()
    derived = []
    opened = screen._opened

    def _opened(session):  # the session is back from the worker: the rest is building the window
        derived.append(ticks.stop())
        opened(session)

    screen._opened = _opened
    t = time.perf_counter()
    screen.submit()
    while window.main_view is None:
        qa.processEvents()
        time.sleep(0.002)
    stall_unlock = derived[0]
    register = window.main_view.page("residents")
    first = register.model.index(0, RegisterModel.NAME).data()
    qa.processEvents()
    window.repaint()
    figures["unlock_to_rows_s"] = time.perf_counter() - t, None, 1.0
    assert first and register.model.rowCount() >= N

    # 3. search as you type: each keystroke until the list is updated and painted.
    words = ["асан", "айгүл", "aigul", "бермет", "токтогул", "kumar", "нур", "2025-01", "иванова", "rahim"]
    times = []
    for word in words:
        register.search.clear()
        qa.processEvents()
        for char in word:
            t = time.perf_counter()
            if char.isascii():
                QTest.keyClicks(register.search, char)
            else:
                register.search.insert(char)
            register.model.index(0, 1).data()
            register.table.viewport().repaint()
            times.append((time.perf_counter() - t) * 1000)
    register.search.clear()
    figures["search_keystroke_ms"] = _p95(times), statistics.median(times), 30
    empty_t = time.perf_counter()
    register.apply()
    figures["clear_search_all_rows_ms"] = (time.perf_counter() - empty_t) * 1000, None, None

    # 4. sort by each column, both ways, until painted.
    header = register.table.horizontalHeader()
    sort_times = {}
    for col in range(RegisterModel.COLUMN_COUNT):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            t = time.perf_counter()
            header.setSortIndicator(col, order)
            register.table.viewport().repaint()
            sort_times[(col, order)] = (time.perf_counter() - t) * 1000
    worst = max(sort_times, key=sort_times.get)
    figures["sort_worst_ms"] = sort_times[worst], statistics.median(sort_times.values()), 300
    worst_sort = f"{RegisterModel.SORT_KEYS[worst[0]]} {'asc' if worst[1] == Qt.AscendingOrder else 'desc'}"
    header.setSortIndicator(RegisterModel.REGISTERED, Qt.DescendingOrder)

    # 5. open a record (the audit entry of the view included) and go back.
    rng = random.Random(1)
    open_times = []
    for _ in range(20):
        row = rng.randrange(register.model.rowCount())
        resident_id = register.model.resident_id(row)
        t = time.perf_counter()
        register.open_record(resident_id)
        window.repaint()
        open_times.append((time.perf_counter() - t) * 1000)
        register.back_to_register()
        _settle()  # the closed record is deleted once the event loop has its turn, as in the app
    figures["open_record_ms"] = max(open_times), statistics.median(open_times), 100

    # 6. scroll through the register (pages fetched as they come on screen).
    t = time.perf_counter()
    bar = register.table.verticalScrollBar()
    for step in range(0, bar.maximum(), max(1, bar.maximum() // 50)):
        bar.setValue(step)
        register.table.viewport().repaint()
    figures["scroll_50_jumps_ms"] = (time.perf_counter() - t) * 1000, None, None

    now, peak = _rss_mb()
    figures["rss_mb"] = now, peak, 300
    stalls, slowest = _long_operations(window, path)
    stalls = {"idle_baseline": stall_idle, "unlock": stall_unlock, **stalls}
    window.session.close()
    window.session = None
    QApplication.processEvents()

    print(f"bench_ui: {N} residents ({path}); slowest sort: {worst_sort}")
    for name, (value, other, target) in figures.items():
        line = f"  {name:28s} {value:9.1f}" if value >= 10 else f"  {name:28s} {value:9.3f}"
        if other is not None:
            line += f"   (median/peak {other:.3f})" if other < 10 else f"   (median/peak {other:.1f})"
        if target is not None:
            line += f"   target <= {target}  {'OK' if value <= target else 'OVER'}"
        print(line)
    for name, value in stalls.items():
        print(f"stall_{name}_ms  {value:.1f}   target <= 100  {'OK' if value <= 100 else 'OVER'}")
    name, through_tasks, direct = slowest
    change = (through_tasks / direct - 1) * 100 if direct else 0.0
    print(f"slowest_operation  {name}  total_ms {through_tasks:.0f}  (called directly on the GUI thread: "
          f"{direct:.0f} ms, {change:+.1f} %)   target <= +10 %  {'OK' if change <= 10 else 'OVER'}")


def _settle(ms: int = 300) -> None:
    """Let the event loop run for a moment, as the app's own loop does between
    two things a person does: what the last step posted (widgets to polish and
    lay out, closed records to delete) is done now and not counted against the
    next step. The bench has no running event loop otherwise, and Qt deletes
    what deleteLater() left only inside one."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class _Ticks:
    """A 20 ms timer on the GUI thread; stop() gives the longest gap between
    two ticks (or since the start / until the stop), in ms."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.times = [time.perf_counter()]
        self.timer = QTimer()
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self.times.append(time.perf_counter())
        return max(b - a for a, b in zip(self.times, self.times[1:])) * 1000


def _long_operations(window, path: Path) -> tuple[dict, tuple]:
    """Run each long operation as a person starts it on its screen, with the
    questions and file dialogs answered ahead; measure the GUI thread's stall
    and the total time. Returns the stalls and (name, total ms, direct ms)
    for the slowest operation."""
    import shutil
    import tempfile

    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from shelter_app import audit, backup, i18n, plans, residents, returns, services, subject_access
    from shelter_app.printing import summary_pdf
    from shelter_app.ui import dialogs, document_printer, retention_page
    from shelter_app.ui.import_dialog import ImportDialog
    from shelter_app.ui.record import ResidentRecord
    from shelter_app.ui.restore_dialog import RestoreDialog

    qa = QApplication.instance()
    session = window.session
    main = window.main_view
    out = Path(tempfile.mkdtemp(prefix="shelter-bench-stall-"))
    stalls: dict[str, float] = {}
    totals: dict[str, float] = {}

    def measure(name: str, action) -> None:
        _settle(150)  # what the last operation left for the event loop is not this one's stall
        ticks = _Ticks()
        t = time.perf_counter()
        action()
        totals[name] = (time.perf_counter() - t) * 1000
        qa.processEvents()
        stalls[name] = ticks.stop()
        leftover = dialogs.pending()
        dialogs.clear()
        assert leftover == 0, f"{name}: a question was answered ahead that never came"

    def pdf_printer():
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.A4))
        printer.setOutputFileName(str(out / "printed.pdf"))
        return printer

    document_printer.ask_printer = lambda parent, title: pdf_printer()

    # A resident with 2,000 services (the example) and an approved plan in the shelter.
    import datetime as _dt

    candidates = residents.search(session, in_shelter=True, sort="registration_date", descending=True)
    resident = next(r for r in candidates if not services.consent_missing(residents.get(session, r, audit_view=False)))
    today = _dt.date.today().strftime("%d.%m.%Y")
    with session.transaction():
        for i in range(2000):
            services.log(session, resident, {"date": today,
                                             "service_type": "psychological", "provider": services.IN_HOUSE,
                                             "duration_minutes": "45", "notes": f"session {i}"})
    # The record is opened from the register and its tab chosen, as a person does, and
    # the event loop has its turn before each operation starts (_settle).
    register = main.show_page("residents")
    register.open_record(resident)
    record = register.record
    assert isinstance(record, ResidentRecord) and record.resident_id == resident
    services_tab = record.tab("ServicesTab")
    _settle()

    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out / "summary.pdf"))
    measure("summary_pdf", services_tab.save_summary_pdf)
    measure("summary_print", services_tab.print_summary)
    plan_tab = record.tab("PlanTab")
    _settle()
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out / "plans.pdf"))
    measure("plans_batch_pdf", lambda: plan_tab.save_pdf(everyone=True))
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out / "held.pdf"))
    measure("own_record_pdf", record.save_held_pdf)

    audit_page = main.show_page("audit")
    _settle()
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out / "audit.pdf"))
    dialogs.set_next_answer(True)  # "Saved: …"
    measure("audit_log_pdf", audit_page.save_pdf)
    dialogs.set_next_answer(True)  # the result
    measure("audit_verify", audit_page.verify)

    returns_page = main.show_page("returns")
    _settle()
    measure("returns_preview", returns_page.preview)
    dialogs.set_next_answer(str(out / "return.csv"))
    dialogs.set_next_answer(True)  # "The return … was written"
    measure("returns_export", lambda: returns_page.export("csv"))

    backup_page = main.show_page("backup")
    _settle()
    dialogs.set_next_answer(str(out))
    dialogs.set_next_answer(True)  # "Backup written and verified"
    measure("backup_and_verify", backup_page.back_up)
    backup_file = next(out.glob("*" + backup.SUFFIX))

    restore = RestoreDialog(path)
    restore.file_edit.setText(str(backup_file))
    restore.user_edit.setText(USER)
    restore.password_edit.setText(PASSWORD)
    restore.show()
    _settle()
    measure("restore_check", restore.check)
    restore.done(0)

    dialog = ImportDialog(session)
    dialog.show()
    _settle()
    fixture = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "import" / "residents.csv"
    dialogs.set_next_answer(str(fixture))
    measure("import_read_and_check", dialog.choose_file)
    dialogs.set_next_answer(True)  # "Import finished" (or "Nothing was imported")
    measure("import_write", dialog.do_import)
    dialog.done(0)

    retention = main.show_page("retention")
    assert isinstance(retention, retention_page.RetentionPage)
    _settle()
    measure("retention_list", retention.refresh)

    # The same work called directly on the GUI thread, as the screens did before.
    lang = i18n.current_language()
    ids = plans.active_in_shelter(session)
    direct = {
        "summary_pdf": lambda: summary_pdf.save(session, resident, out / "d-summary.pdf"),
        "plans_batch_pdf": lambda: plans.save_pdf(session, ids, lang, out / "d-plans.pdf"),
        "own_record_pdf": lambda: subject_access.save_pdf(session, resident, lang, out / "d-held.pdf"),
        "audit_log_pdf": lambda: audit.save_pdf(session, audit.Filters(), lang, out / "d-audit.pdf"),
        "audit_verify": lambda: audit.verify(session),
        "returns_preview": lambda: returns.build(session, returns_page.period(),
                                                 threshold=returns_page.threshold_box.value()),
        "backup_and_verify": lambda: backup.create(session, out / "direct.shelterbackup"),
    }
    slowest = max((name for name in totals if name in direct), key=totals.get)
    t = time.perf_counter()
    direct[slowest]()
    direct_ms = (time.perf_counter() - t) * 1000

    # Last, as they change the keys under the session: a new password (Argon2id twice) and a new
    # recovery key (the whole database re-encrypted), from the Settings page.
    box = main.show_page("settings").accounts
    box.current.setText(PASSWORD)
    box.new1.setText(PASSWORD + "-new")
    box.new2.setText(PASSWORD + "-new")
    _settle()
    dialogs.set_next_answer(True)  # "Your password is changed"
    measure("change_password", lambda: box.change_own() or sys.exit("bench: the password was not changed"))
    dialogs.set_next_answer(True)  # "Make a new recovery key?"
    dialogs.set_next_answer(True)  # the new key, shown once
    measure("new_recovery_key", box.new_recovery_key)
    shutil.rmtree(out, ignore_errors=True)
    return stalls, (slowest, totals[slowest], direct_ms)


if __name__ == "__main__":
    main()
