"""The pieces other parts of the app built, reached from the main window as a
person would: import from the register, restore from the first-run and unlock
screens, the backup reminder, everything held about a person, the director's
legal flags on the Due page, and pages a role may not use left out."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from shelter_app import audit, backup, legal, residents
from shelter_app.ui import dialogs

from .conftest import sign_in

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "import"


def answer_modal(qtbot, fill) -> list:
    """When the next modal dialog opens, fill(dialog) works it as a person would
    (and closes it). Returns the dialogs seen."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            fill(dialog)
        except BaseException:
            # A failed check must not leave the dialog open: the test would wait forever.
            dialog.reject()
            raise

    QTimer.singleShot(0, poll)
    return seen


def pdf_text(path) -> str:
    from pypdf import PdfReader

    # Qt's printer writes the spaces between words as tabs.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


# --- 1. import from the register ----------------------------------------------------------

def test_a_director_imports_from_the_register_and_sees_the_new_residents(qtbot, signed_in):
    window = signed_in("dina")
    register = window.main_view.page("residents")
    assert register.import_button.isVisible()
    assert register.count_label.text() == "0 residents"

    def work(dialog):
        dialog.set_kind("residents")
        dialogs.set_next_answer(str(FIXTURES / "residents.csv"))
        qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)
        dialogs.set_next_answer(None)  # "Import finished"
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
        dialog.reject()

    seen = answer_modal(qtbot, work)
    qtbot.mouseClick(register.import_button, Qt.LeftButton)
    assert len(seen) == 1 and seen[0].written
    assert register.count_label.text() == "5 residents"
    assert register.model.rowCount() == 5


def test_cancelling_the_import_leaves_the_register_as_it_was(qtbot, signed_in):
    window = signed_in("dina")
    register = window.main_view.page("residents")
    seen = answer_modal(qtbot, lambda dialog: dialog.reject())
    qtbot.mouseClick(register.import_button, Qt.LeftButton)
    assert len(seen) == 1 and not seen[0].written
    assert register.count_label.text() == "0 residents"


# --- 2. restore from a backup ---------------------------------------------------------------

@pytest.fixture
def backup_file(director, make_resident, tmp_path):
    for n in range(2):
        residents.create(director, make_resident(full_name=f"Backed Up {n}"))
    stick = tmp_path / "old-stick"
    stick.mkdir()
    path = backup.create(director, stick).path
    residents.create(director, make_resident(full_name="After The Backup"))
    director.close()
    return path


def _restore_with(qtbot, backup_path, username, password, replace: bool):
    def work(dialog):
        dialogs.set_next_answer(str(backup_path))
        qtbot.mouseClick(dialog.browse_button, Qt.LeftButton)
        qtbot.keyClicks(dialog.user_edit, username)
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
        assert dialog.restore_button.isEnabled(), dialog.info.text()
        if replace:
            dialogs.set_next_answer(True)  # "Replace the database on this computer…?"
        dialogs.set_next_answer(None)  # "The backup was restored."
        qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    return answer_modal(qtbot, work)


def test_restore_from_the_unlock_screen_then_sign_in(qtbot, backup_file, shell, database):
    screen = shell.unlock_view
    assert screen.restore_button.isVisible()
    # Over the database on this PC: one of its directors (security.md, "Storage").
    seen = _restore_with(qtbot, backup_file, "dina", database.passwords["dina"], replace=True)
    qtbot.mouseClick(screen.restore_button, Qt.LeftButton)
    assert len(seen) == 1
    assert shell.unlock_view is not None and shell.unlock_view is not screen
    assert shell.unlock_view.message.text() == \
        "The backup was restored. Sign in with an account from the backup."
    sign_in(qtbot, shell, "sam", database.passwords["sam"])
    assert shell.main_view is not None
    assert shell.main_view.page("residents").count_label.text() == "2 residents"


def test_cancelling_the_restore_stays_on_the_unlock_screen(qtbot, shell):
    screen = shell.unlock_view
    answer_modal(qtbot, lambda dialog: dialog.reject())
    qtbot.mouseClick(screen.restore_button, Qt.LeftButton)
    assert shell.unlock_view is screen and screen.message.text() == ""


def test_restore_on_a_new_pc_from_the_first_run_wizard(qtbot, backup_file, tmp_path, english, database):
    from shelter_app.ui.app import ShellWindow

    target = tmp_path / "new-pc" / "shelter.db"
    target.parent.mkdir()
    window = ShellWindow(target)
    qtbot.addWidget(window)
    window.show()
    window.start()
    wizard = window.first_run_view
    assert wizard is not None and wizard.restore_button.isVisible()
    seen = _restore_with(qtbot, backup_file, "dina", database.passwords["dina"], replace=False)
    qtbot.mouseClick(wizard.restore_button, Qt.LeftButton)
    assert len(seen) == 1 and target.exists()
    assert window.first_run_view is None and window.unlock_view is not None
    sign_in(qtbot, window, "lena", database.passwords["lena"])
    assert window.main_view is not None
    assert window.main_view.page("residents").count_label.text() == "2 residents"
    window.session.close()
    window.session = None


# --- 3. the backup reminder, and the status bar after a backup ------------------------------

def test_a_director_is_reminded_and_the_status_bar_follows_a_backup(qtbot, shell, database, tmp_path,
                                                                    backup_reminder):
    dialogs.set_next_answer("later")  # the reminder
    sign_in(qtbot, shell, "dina", database.passwords["dina"])
    qtbot.waitUntil(lambda: any(kind == "choose" for kind, _, _ in dialogs.shown))
    kind, title, text = dialogs.shown[-1]
    assert title == "Backup" and text.startswith("There is no backup yet.")
    main = shell.main_view
    assert main.backup_label.text() == "Last backup: never"

    page = main.show_page("backup")
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.set_next_answer(str(usb))
    dialogs.set_next_answer(None)  # "Backup written and verified"
    qtbot.mouseClick(page.backup_button, Qt.LeftButton)
    assert list(usb.glob("*.shelterbackup"))
    assert main.backup_label.text() == "Last backup: 0 min ago"

    # Signing in again: the backup is recent, no reminder.
    shell.lock()
    before = len(dialogs.shown)
    sign_in(qtbot, shell, "dina", database.passwords["dina"])
    qtbot.wait(50)
    assert len(dialogs.shown) == before


def test_a_social_worker_is_not_reminded(qtbot, shell, database, backup_reminder):
    sign_in(qtbot, shell, "sam", database.passwords["sam"])
    qtbot.wait(50)
    assert shell.main_view is not None and dialogs.shown == []
    assert not shell.main_view.backup_label.isVisible()  # no red "never backed up" for those who cannot


def test_back_up_now_from_the_reminder(qtbot, shell, database, tmp_path, backup_reminder):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.set_next_answer("now")  # the reminder: "Back up now"
    dialogs.set_next_answer(str(usb))  # where
    dialogs.set_next_answer(None)  # "Backup written and verified"
    sign_in(qtbot, shell, "dina", database.passwords["dina"])
    qtbot.waitUntil(lambda: bool(list(usb.glob("*.shelterbackup"))))
    assert shell.main_view.backup_label.text() == "Last backup: 0 min ago"
    assert [kind for kind, _, _ in dialogs.shown] == ["choose", "folder", "info"]


# --- 4. everything held about a person -------------------------------------------------------

@pytest.fixture
def resident(director, make_resident):
    record = residents.create(director, make_resident(full_name="Айгүл Сатыбалдиева"))
    director.close()
    return record


def test_a_director_prints_and_saves_everything_held(qtbot, signed_in, resident, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from shelter_app.ui import document_printer

    window = signed_in("dina")
    main = window.main_view
    main.open_resident(resident["id"])
    record = main.page("residents").record
    assert record.held_button.isVisible()
    assert [a.text() for a in record.held_button.menu().actions()] == [
        "Print everything held about this person…", "Save everything held about this person as PDF…"]

    printed = tmp_path / "printer-output.pdf"

    def fake_printer(parent, title):  # the printer, at the edge of the machine
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(document_printer, "ask_printer", fake_printer)
    record.print_held_action.trigger()
    text = pdf_text(printed)
    assert "Айгүл Сатыбалдиева" in text and resident["case_number"] in text

    saved = tmp_path / "held.pdf"
    dialogs.set_next_answer(True)  # "A PDF file is not encrypted…"
    dialogs.set_next_answer(str(saved))
    record.save_held_action.trigger()
    assert dialogs.shown[-2][0] == "confirm" and "not encrypted" in dialogs.shown[-2][2]
    text = pdf_text(saved)
    assert "Айгүл Сатыбалдиева" in text and resident["case_number"] in text

    outputs = [e.details.get("output") for e in audit.entries(
        window.session, audit.Filters(action="resident_record_printed"), limit=10)]
    assert sorted(outputs) == ["pdf", "printer"]


def test_declining_the_pdf_warning_writes_nothing(qtbot, signed_in, resident, tmp_path):
    window = signed_in("dina")
    window.main_view.open_resident(resident["id"])
    record = window.main_view.page("residents").record
    dialogs.set_next_answer(False)
    record.save_held_action.trigger()
    assert list(tmp_path.glob("*.pdf")) == []


def test_everything_held_appears_once_a_new_resident_is_saved(qtbot, signed_in, make_resident):
    window = signed_in("dina")
    register = window.main_view.page("residents")
    register.new_record()
    record = register.record
    assert not record.held_button.isVisible()
    data = make_resident(full_name="Nurlan Test")
    record._set("full_name", data["full_name"])
    for name in ("sex", "citizenship", "referral_source", "primary_exploitation", "exploitation_country"):
        record._set(name, data[name])
    dialogs.set_next_answer(True)  # a possible duplicate, if the generator made one
    assert record.save(), record.summary.text()
    dialogs.clear()
    assert record.held_button.isVisible()


# --- 7. pages a role may not use are not shown ---------------------------------------------

def test_a_social_worker_sees_no_director_pages_import_or_print_all(qtbot, signed_in, resident):
    window = signed_in("sam")
    main = window.main_view
    assert main.keys() == ["residents", "occupancy", "due", "organisations", "settings"]
    titles = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert titles == ["Residents", "Accommodation", "Due", "Organisations", "Settings"]
    register = main.page("residents")
    assert not register.import_button.isVisible()
    main.open_resident(resident["id"])
    assert register.record.held_button is None
    assert not main.page("due").flags_box.isVisible()


def test_a_director_sees_every_page(qtbot, signed_in):
    window = signed_in("dina")
    assert window.main_view.keys() == ["residents", "occupancy", "due", "returns", "audit", "retention", "backup",
                                       "organisations", "settings"]


# --- 8. legal flags on the Due page -----------------------------------------------------------

def test_the_director_sees_legal_flags_on_due_and_opens_the_case(qtbot, login, signed_in, make_resident):
    dina = login("dina")
    person = residents.create(dina, make_resident(full_name="Flagged Person"))
    case = legal.create_case(dina, person["id"], {"case_ref": "B-7", "cc_article": "166",
                                                   "resident_role": "victim"})
    legal.add_event(dina, case["id"], {"date": "2025-03-01", "stage": "requalified", "cc_article": "160"})
    dina.close()

    window = signed_in("dina")
    main = window.main_view
    due_page = main.show_page("due")
    assert due_page.flags_box.isVisible()
    assert due_page.flags.count() == 1
    item = due_page.flags.item(0)
    assert item.text().startswith(person["case_number"] + ": Case B-7: requalified from Art. 166")
    rect = due_page.flags.visualItemRect(item)
    qtbot.mouseClick(due_page.flags.viewport(), Qt.LeftButton, pos=rect.center())
    assert main.current_key() == "residents"
    record = main.page("residents").record
    assert record is not None and record.resident_id == person["id"]
    assert type(record.tabs.currentWidget().widget().layout().itemAt(0).widget()).__name__ == "LegalTab"


def test_no_flags_says_so(qtbot, signed_in):
    window = signed_in("dina")
    due_page = window.main_view.show_page("due")
    assert due_page.flags.count() == 1
    assert due_page.flags.item(0).text() == "No reconciliation or requalified trafficking case."


# --- 5. Qt's own messages go to the log --------------------------------------------------------

def test_the_app_sends_qt_messages_to_the_log(qtbot, english, monkeypatch, tmp_path):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from shelter_app import logs
    from shelter_app.ui import app

    started = []
    monkeypatch.setattr(type(QApplication.instance()), "exec", lambda self: started.append(True) or 0)
    monkeypatch.setattr(app.ShellWindow, "show", lambda self: None)
    # The log is set up once a process: an earlier test's (in its own data folder) is let go first,
    # so that the app sets up this test's log, and this test's is let go after.
    logs.shutdown()
    try:
        assert app.run(db=tmp_path / "none" / "shelter.db") == 0
        assert started
        qWarning("integration-test-qt-warning")
        for handler in logging.getLogger().handlers:
            handler.flush()
        log = logs.log_path()
        assert "integration-test-qt-warning" in log.read_text(encoding="utf-8")
    finally:
        qInstallMessageHandler(None)
        logs.shutdown()


# --- 6. the window fits a 1366 x 768 screen in Kyrgyz ------------------------------------------

def test_the_record_fits_a_small_screen_in_kyrgyz(qtbot, signed_in, resident):
    from shelter_app.ui import app

    app.install_language("ky")
    window = signed_in("dina")
    main = window.main_view
    main.open_resident(resident["id"])
    record = main.page("residents").record
    for tab in ("StaysTab", "PlanTab", "ServicesTab", "LegalTab"):
        record.tab(tab)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1366, tab
    for key in main.keys():
        main.show_page(key)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1366, key
