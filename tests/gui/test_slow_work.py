"""The operations that take long at 100k residents run through ui/tasks.py:
the work happens off the window's thread (on a connection of its own where it
reads the database), the progress dialog shows its count, Cancel where offered
leaves nothing written, and the result or the error comes back to the person
as before. No timing: the worker is held at a known point until the window
has shown the dialog (and Cancel was pressed, where the test presses it)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from shelter_app import residents
from shelter_app.ui import dialogs
from tests.gui.conftest import two_shelters


@pytest.fixture(autouse=True)
def _dialog_at_once():
    """The dialog shows after 10 ms rather than 250: the held worker waits for it.
    (Not through monkeypatch: the tests undo their own patches halfway.)"""
    from shelter_app.ui import tasks

    saved, tasks.SHOW_AFTER_MS = tasks.SHOW_AFTER_MS, 10
    yield
    tasks.SHOW_AFTER_MS = saved


def _dialog():
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "task_progress" and w.isVisible()), None)


class Held:
    """module.name, called in a worker, waits there until the window shows the
    progress dialog; then `then(dialog)` runs on the window's thread (it may
    press Cancel) and the worker goes on. Called on the window's thread (the
    code before), it does not wait: the test then fails on `threads`."""

    def __init__(self, monkeypatch, module, name, then=None, count=True):
        self.threads: list[threading.Thread] = []
        self.seen: list[str] = []
        self._go = threading.Event()
        self._then = then
        self._count = count
        original = getattr(module, name)

        def held(*args, **kwargs):
            self.threads.append(threading.current_thread())
            if threading.current_thread() is not threading.main_thread():
                self._go.wait(20)
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, held)
        self._looks = 500  # 10 s at most: then the test fails on what it did not see
        QTimer.singleShot(20, self._look)

    def _look(self) -> None:
        dialog = _dialog()
        if dialog is None or (self._count and not dialog.count.text()) or not self.threads:
            self._looks -= 1
            if self._looks > 0 and not self._go.is_set():
                QTimer.singleShot(20, self._look)
            return
        self.seen.append(dialog.count.text() or dialog.label.text())
        self.cancel_visible = dialog.cancel_button.isVisible()
        if self._then is not None:
            self._then(dialog)
        self._go.set()

    @property
    def off_the_window_thread(self) -> bool:
        return bool(self.threads) and all(t is not threading.main_thread() for t in self.threads)


def _cancel(dialog) -> None:
    assert dialog.cancel_button.isVisible()
    dialog.cancel_button.click()


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


# --- case transfer ------------------------------------------------------------------------

@pytest.fixture
def shelters(tmp_path, english):
    """Two shelters with each other's card: (sender session, receiver session, receiver's id at the sender)."""
    from shelter_app import transfers

    sessions = two_shelters(tmp_path)
    a, b = sessions
    a_card, b_card = transfers.export_card(a), transfers.export_card(b)
    b_in_a = transfers.add_card(a, b_card, fingerprint_checked=True)
    transfers.add_card(b, a_card, fingerprint_checked=True)
    yield a, b, b_in_a
    for s in sessions:
        s.close()


def _send(qtbot, monkeypatch, session, resident_id, out):
    """The Referrals tab's "Move to another shelter…", filled and saved; the dialog."""
    from shelter_app.ui.aftercare_tabs import ReferralsTab, TransferDialog

    tab = _show(qtbot, ReferralsTab(session, resident_id))
    dialogs_seen = []

    def fake_exec(dialog):
        dialogs_seen.append(dialog)
        dialog.org_combo.setCurrentIndex(1)
        dialog.close_check.setChecked(True)  # and close her stay here
        dialogs.set_next_answer(str(out))
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TransferDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.transfer_button, Qt.LeftButton)
    return tab, dialogs_seen[0]


def test_a_transfer_is_written_in_the_background_with_its_parts_counted(qtbot, monkeypatch, shelters, make_resident,
                                                                         tmp_path):
    from shelter_app.db import transfers as transfers_db

    a, _b, _ = shelters
    r = residents.create(a, make_resident(full_name="Осмонова Чолпон"), intake_date="2025-02-01")
    out = tmp_path / "case.sheltertransfer"
    held = Held(monkeypatch, transfers_db, "services")
    tab, dialog = _send(qtbot, monkeypatch, a, r["id"], out)
    assert held.off_the_window_thread
    assert held.seen and " of " in held.seen[0] and held.cancel_visible  # parts counted, Cancel offered
    assert out.exists() and dialog.summary["case_number"] == r["case_number"]
    assert "Pending" in [tab.model.index(i, 4).data() for i in range(tab.model.rowCount())]


def test_cancel_while_the_transfer_is_written_leaves_no_file_and_no_record(qtbot, monkeypatch, shelters,
                                                                          make_resident, tmp_path):
    from shelter_app import referrals
    from shelter_app.db import transfers as transfers_db

    a, _b, _ = shelters
    r = residents.create(a, make_resident(), intake_date="2025-02-01")
    out = tmp_path / "case.sheltertransfer"
    held = Held(monkeypatch, transfers_db, "services", then=_cancel)
    _tab, dialog = _send(qtbot, monkeypatch, a, r["id"], out)
    assert held.seen and dialog.summary is None and dialog.result() == 0  # still open, to change or cancel
    assert not out.exists() and list(tmp_path.glob("*sheltertransfer*")) == []
    assert referrals.referrals(a, r["id"]) == []
    assert residents.stays(a, r["id"])[-1]["exit_date"] is None  # her stay is still open
    actions = [row[0] for row in a.db.conn.execute("SELECT action FROM audit_log")]
    assert "transfer_exported" not in actions


def _receive(qtbot, page, path, *answers):
    dialogs.set_next_answer(str(path))
    for answer in answers:
        dialogs.set_next_answer(answer)
    qtbot.mouseClick(page.receive_button, Qt.LeftButton)


def test_a_transfer_is_opened_once_and_imported_in_the_background(qtbot, monkeypatch, shelters, make_resident,
                                                                    tmp_path):
    from shelter_app import transfers
    from shelter_app.db import transfers as transfers_db
    from shelter_app.ui.organisations_page import OrganisationsPage

    a, b, b_in_a = shelters
    r = residents.create(a, make_resident(full_name="Осмонова Чолпон"), intake_date="2025-02-01")
    out = tmp_path / "case.sheltertransfer"
    transfers.export(a, r["id"], b_in_a, ["services", "legal"], "01.03.2025", out)
    page = _show(qtbot, OrganisationsPage(b))
    reads = []
    original_read = type(out).read_bytes
    monkeypatch.setattr(type(out), "read_bytes",
                        lambda self: reads.append(self.name) or original_read(self))
    opened = Held(monkeypatch, transfers, "open_file", count=False)
    imported = Held(monkeypatch, transfers_db, "insert_resident")
    with qtbot.waitSignal(page.open_resident) as got:
        _receive(qtbot, page, out, True, True)  # import after the preview; "Imported as …"
    assert opened.off_the_window_thread and imported.off_the_window_thread
    assert imported.seen and " of " in imported.seen[0] and imported.cancel_visible
    assert reads.count("case.sheltertransfer") == 1  # read, checked and decrypted once
    assert "Осмонова Чолпон" in [t for kind, _title, t in dialogs.shown if kind == "confirm"][-1]
    assert dialogs.shown[-1][0] == "info" and "Imported as" in dialogs.shown[-1][2]
    assert residents.get(b, got.args[0], audit_view=False)["full_name"] == "Осмонова Чолпон"
    actions = [row[0] for row in b.db.conn.execute("SELECT action FROM audit_log")]
    assert "transfer_imported" in actions


def test_cancel_during_the_import_writes_nothing_and_it_can_be_imported_later(qtbot, monkeypatch, shelters,
                                                                             make_resident, tmp_path):
    from shelter_app import transfers
    from shelter_app.db import transfers as transfers_db
    from shelter_app.ui.organisations_page import OrganisationsPage

    a, b, b_in_a = shelters
    r = residents.create(a, make_resident(full_name="Осмонова Чолпон"), intake_date="2025-02-01")
    out = tmp_path / "case.sheltertransfer"
    transfers.export(a, r["id"], b_in_a, ["services", "legal"], "01.03.2025", out)
    page = _show(qtbot, OrganisationsPage(b))
    before = b.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0]
    Held(monkeypatch, transfers_db, "insert_resident", then=_cancel)
    said = []
    monkeypatch.setattr(dialogs, "info", lambda parent, text, *args, **kwargs: said.append(text))
    _receive(qtbot, page, out, True)  # import after the preview; then Cancel
    assert b.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == before
    assert "transfer_imported" not in [row[0] for row in b.db.conn.execute("SELECT action FROM audit_log")]
    assert said == [] and dialogs.shown[-1][0] == "confirm"  # no "Imported as …", no error
    monkeypatch.undo()
    got = transfers.import_file(b, out)  # nothing half-written stands in its way
    assert got["case_number"]


def test_a_hostile_transfer_file_is_refused_with_a_clear_message(qtbot, shelters, tmp_path):
    from shelter_app.ui.organisations_page import OrganisationsPage

    _a, b, _ = shelters
    page = _show(qtbot, OrganisationsPage(b))
    before = b.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0]
    hostile = tmp_path / "case.sheltertransfer"
    hostile.write_bytes(b"shelter-transfer/1\n{\"format\": [1, 2]}\n" + b"\x00" * 200)
    _receive(qtbot, page, hostile, None)  # the error box
    kind, _title, text = dialogs.shown[-1]
    assert kind == "error" and "header cannot be read" in text
    assert b.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == before
    assert QApplication.overrideCursor() is None


# --- referral letter ------------------------------------------------------------------------

@pytest.fixture
def referral_tab(qtbot, login, make_resident, english):
    from shelter_app import organisations, referrals
    from shelter_app.ui.aftercare_tabs import ReferralsTab

    worker = login("sam")
    r = residents.create(worker, make_resident(full_name="Асанова Айгүл"), intake_date="2025-02-01")
    org = organisations.add_organisation(worker, {"name": "Ош шаардык клиникасы", "organisation_type": "health",
                                                  "region": "Ош"})
    import datetime as _dt

    today = _dt.date.today().isoformat()
    referrals.create(worker, r["id"], {"organisation_id": org, "reason": "medical", "shared": ["name", "needs"],
                                       "needs_text": "Тиш доктуру керек", "consent_date": today, "date": today})
    tab = _show(qtbot, ReferralsTab(worker, r["id"]))
    tab.view.selectRow(0)
    return tab


def test_the_referral_letter_is_rendered_and_printed_off_the_window_thread(qtbot, monkeypatch, referral_tab,
                                                                          tmp_path):
    import io

    from PySide6.QtPrintSupport import QPrinter
    from pypdf import PdfReader

    from shelter_app import referrals
    from shelter_app.printing import common
    from shelter_app.ui import document_printer

    rendered = Held(monkeypatch, common, "render_pdf", count=False)
    out = tmp_path / "letter.pdf"
    dialogs.set_next_answer(str(out))
    dialogs.set_next_answer(True)  # a PDF is not encrypted
    qtbot.mouseClick(referral_tab.letter_button, Qt.LeftButton)
    assert rendered.off_the_window_thread and rendered.cancel_visible  # run_pdf: Cancel kills the renderer
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Асанова Айгүл" in text and "Тиш доктуру керек" in text

    target = tmp_path / "printer.pdf"  # the printer, at the machine's edge
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(target))
    monkeypatch.setattr(document_printer, "ask_printer", lambda parent, title: printer)
    built = Held(monkeypatch, referrals, "letter_document", count=False)
    qtbot.mouseClick(referral_tab.print_button, Qt.LeftButton)
    assert built.off_the_window_thread
    printed = "".join("".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    assert "АсановаАйгүл" in printed
    actions = [row[0] for row in referral_tab.session.db.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'referral_letter_printed'")]
    assert len(actions) == 2 and '"pdf"' in actions[0] and '"printer"' in actions[1]


# --- accounts and the first run -------------------------------------------------------------

def test_a_password_is_derived_off_the_window_thread_and_a_wrong_one_said_so(qtbot, monkeypatch, director, database,
                                                                           english):
    from shelter_app import accounts
    from shelter_app.db import keys
    from shelter_app.ui.accounts_box import AccountsBox

    box = _show(qtbot, AccountsBox(director))
    box.current.setText("not-my-password-1")
    box.new1.setText("a-new-pass-9")
    box.new2.setText("a-new-pass-9")
    wrong = Held(monkeypatch, keys, "hash_secret_raw", count=False)
    qtbot.mouseClick(box.change_button, Qt.LeftButton)
    assert wrong.off_the_window_thread and wrong.seen  # the dialog, with its busy bar
    assert box.own_message.text() == "The current password is wrong." and box.current.text()
    monkeypatch.undo()

    box.current.setText(database.passwords["dina"])
    derived = Held(monkeypatch, keys, "hash_secret_raw", count=False)
    dialogs.set_next_answer(None)  # "Your password is changed"
    qtbot.mouseClick(box.change_button, Qt.LeftButton)
    assert len(derived.threads) == 2 and derived.off_the_window_thread  # the old one checked, the new one sealed
    assert dialogs.shown[-1][0] == "info" and not box.current.text()
    assert QApplication.overrideCursor() is None
    monkeypatch.undo()

    box.username.setText("aigul")
    box.display_name.setText("Aigul")
    box.pass1.setText("aigul-pass-1")
    box.pass2.setText("aigul-pass-1")
    sealed = Held(monkeypatch, keys, "hash_secret_raw", count=False)
    dialogs.set_next_answer(None)  # "The account aigul … is added"
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert sealed.off_the_window_thread and "aigul" in [r["username"] for r in box.model.rows]
    director.close()
    accounts.open_session(database.path, "dina", "a-new-pass-9").close()
    accounts.open_session(database.path, "aigul", "aigul-pass-1").close()


def test_removing_an_account_re_encrypts_off_the_window_thread_and_the_session_goes_on(qtbot, monkeypatch,
                                                                                      director, database,
                                                                                      make_resident, english):
    from shelter_app import accounts
    from shelter_app.db import rotation
    from shelter_app.errors import WrongPassword
    from shelter_app.ui.accounts_box import AccountsBox

    box = _show(qtbot, AccountsBox(director))
    old_key = director.database_key
    copied = Held(monkeypatch, rotation, "prepare", count=False)
    dropped: list[threading.Thread] = []
    drop_old = rotation.drop_old
    monkeypatch.setattr(rotation, "drop_old", lambda path: dropped.append(threading.current_thread()) or drop_old(path))
    box.table.selectRow([r["username"] for r in box.model.rows].index("sam"))
    dialogs.set_next_answer(True)  # "Remove the account?"
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    assert copied.off_the_window_thread and copied.seen
    assert "sam" not in [r["username"] for r in box.model.rows]
    assert director.database_key != old_key
    # Nothing under the old key is left beside the database: the old file, kept under a second
    # name through the swap, was deleted, and off the window's thread (a 300 MB file takes ~50 ms).
    assert dropped and all(t is not threading.main_thread() for t in dropped)
    assert [p.name for p in database.path.parent.iterdir() if ".rotating." in p.name] == []
    # The screen's session is on the new file: it reads and writes on.
    residents.create(director, make_resident(full_name="Жумабаева Мээрим"), intake_date="2025-03-01")
    director.close()
    with pytest.raises(WrongPassword):
        accounts.open_session(database.path, "sam", database.passwords["sam"])
    accounts.open_session(database.path, "dina", database.passwords["dina"]).close()


def test_re_encryption_is_refused_when_the_database_changed_meanwhile(qtbot, director, database, english,
                                                                     monkeypatch):
    """The copy is written from a snapshot: a change made meanwhile would be lost
    in the swap, so the swap is refused and the database stays as it is."""
    from shelter_app import accounts
    from shelter_app.errors import StorageError
    from shelter_app.ui import tasks

    accounts.add_account(director, "olga", "Olga", "social_worker", "olga-pass-1234")

    from shelter_app.db import rotation

    copying, written = threading.Event(), threading.Event()
    prepare = rotation.prepare

    def prepare_slowly(*args, **kwargs):  # in the worker: the copy waits until the window has written
        copying.set()
        written.wait(10)
        return prepare(*args, **kwargs)

    def meanwhile():  # the window writes while the copy is made
        if copying.is_set() and not written.is_set():
            with director.transaction():
                director.audit("settings_changed")
            written.set()

    monkeypatch.setattr(rotation, "prepare", prepare_slowly)
    watcher = QTimer()
    watcher.timeout.connect(meanwhile)
    watcher.start(5)
    key = director.database_key
    with pytest.raises(StorageError) as raised:
        tasks.run_apart(None, lambda: accounts.remove_account(director, "olga"))
    watcher.stop()
    assert written.is_set()
    assert "changed while it was being re-encrypted" in raised.value.message
    assert director.database_key == key
    assert [p.name for p in database.path.parent.iterdir() if ".rotating." in p.name or p.name.endswith(".next")] \
        == []
    director.close()
    accounts.open_session(database.path, "dina", database.passwords["dina"]).close()


def test_the_first_run_creates_the_database_off_the_window_thread(qtbot, monkeypatch, tmp_path, english):
    from shelter_app import accounts
    from shelter_app.ui.first_run import FirstRunWizard

    wizard = _show(qtbot, FirstRunWizard(tmp_path / "shelter.db"))
    wizard.org_code.setText("KG-NGO-0009")
    wizard.org_name.setText("Приют")
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    wizard.director_name.setText("Dina")
    wizard.username.setText("dina")
    wizard.password.setText("short")
    wizard.password2.setText("short")
    created = Held(monkeypatch, accounts, "create_database", count=False)
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    assert created.off_the_window_thread
    assert wizard.session is None and wizard.errors["password"].text()  # the error beside its field, as before
    monkeypatch.undo()
    wizard.password.setText("director-pass-1")
    wizard.password2.setText("director-pass-1")
    created = Held(monkeypatch, accounts, "create_database", count=False)
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    assert created.off_the_window_thread and wizard.session is not None
    assert wizard.key_label.text() == wizard.recovery_key
    assert residents.search(wizard.session, "") is not None  # the handed-over session works here
    wizard.session.close()


# --- statistical return ---------------------------------------------------------------------

@pytest.fixture
def returns_page(qtbot, director, english):
    from shelter_app.ui.returns_page import ReturnsPage
    from tests.unit import returns_register as reg

    reg.fill(director)
    page = _show(qtbot, ReturnsPage(director))
    page.kind_box.setCurrentIndex(ReturnsPage.QUARTER)
    page.year_box.setValue(2025)
    page.part_box.setCurrentIndex(2)
    page._timer.stop()
    return page


def test_the_return_preview_counts_its_stages_and_can_be_stopped(qtbot, monkeypatch, returns_page):
    from shelter_app.returns import service

    counted = Held(monkeypatch, service, "facts_many")
    returns_page.preview()
    assert counted.off_the_window_thread and counted.seen == ["0 of 3"] and counted.cancel_visible
    assert "2025-Q3" in returns_page.summary.text() and returns_page.ret is not None
    monkeypatch.undo()

    Held(monkeypatch, service, "facts_many", then=_cancel)
    returns_page.preview()
    assert returns_page.ret is None and "stopped" in returns_page.summary.text()
    assert returns_page.model.rowCount() == 0


def test_cancel_while_the_return_is_exported_writes_neither_file_nor_ledger(qtbot, monkeypatch, returns_page,
                                                                            tmp_path):
    from shelter_app.db import return_ledger
    from shelter_app.returns import service

    returns_page.preview()
    Held(monkeypatch, service, "render", then=_cancel)
    said = []
    monkeypatch.setattr(dialogs, "info", lambda parent, text, *args, **kwargs: said.append(text))
    target = tmp_path / "q3.csv"
    dialogs.set_next_answer(str(target))
    qtbot.mouseClick(returns_page.export_buttons["csv"], Qt.LeftButton)
    assert said == []  # no "was written"
    assert list(tmp_path.glob("q3*")) == [] and list(tmp_path.glob(".q3*")) == []
    assert return_ledger.releases(returns_page.session.db.conn) == []
    assert returns_page.history_view.model().rowCount() == 0
    monkeypatch.undo()

    rendered = Held(monkeypatch, service, "render")
    dialogs.set_next_answer(str(target))
    dialogs.set_next_answer(True)  # "The return … was written"
    qtbot.mouseClick(returns_page.export_buttons["csv"], Qt.LeftButton)
    assert rendered.off_the_window_thread and rendered.seen == ["0 of 2"]
    assert target.exists() and service.meta_path(target).exists()
    assert len(return_ledger.releases(returns_page.session.db.conn)) == 1
    # Signed on the screen's session, though written by the worker's.
    import json

    head = json.loads(service.meta_path(target).read_text("utf-8"))
    assert "signature" in json.dumps(head)
