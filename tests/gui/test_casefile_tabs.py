"""The case file's screens driven as a social worker and a director would:
notes, attachments (file dialog, drag and drop, viewer, save a copy),
documents and contacts, places and stays, the register's new columns, merge."""

from __future__ import annotations

import datetime as _dt
import io

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from shelter_app import accommodation, casefile, residents
from shelter_app.ui import dialogs
from tests.gui.conftest import table_texts, type_text


def _answer_dialog(monkeypatch, cls, fill):
    """Replaces exec() of a dialog class: fill(dialog) types and clicks, and
    the dialog's own outcome is returned."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def _show(qtbot, widget, size=(1340, 560)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    return widget


def _pdf(pages: int = 3) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(pages):
        c.drawString(100, 700, f"Synthetic court paper, page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def person(login, make_resident):
    return residents.create(login("dina"), make_resident())


# --- notes ------------------------------------------------------------------------------

def test_write_search_and_annotate_notes(qtbot, login, person, monkeypatch):
    from shelter_app.ui.notes_tab import NotesTab

    sam = login("sam")
    casefile.save_contact(sam, person["id"], {"name": "Бывший работодатель", "safe_to_contact": "no"})
    tab = _show(qtbot, NotesTab(sam, person["id"]))
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.errors["kind"].text() == "Required." and tab.errors["text"].text() == "Required."
    tab.kind.set_code("incident")
    type_text(qtbot, tab.text, "Звонил бывший работодатель, угрожал.")
    # Choosing the unsafe contact shows it in red.
    tab.contact.setCurrentIndex(1)
    assert tab.contact.is_unsafe()
    assert tab.contact.palette().color(QPalette.ButtonText).name() == "#b00020"
    assert tab.contact.itemData(1, Qt.ForegroundRole).color().name() == "#b00020"
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.model.rowCount() == 1
    assert "Звонил" in table_texts(tab.table, 3)[0]
    tab.kind.set_code("observation")
    tab.confidentiality.set_code("restricted")
    type_text(qtbot, tab.text, "Рассказала о насилии.")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.model.rowCount() == 2
    # Within 24 hours the author changes a note.
    tab.table.selectRow([n["kind"] for n in tab.model.rows].index("observation"))
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.LeftButton)
    assert tab.text.toPlainText() == "Рассказала о насилии."
    type_text(qtbot, tab.text, " Просит не сообщать семье.")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.model.rowCount() == 2
    assert any("Просит не сообщать" in n["text"] for n in tab.model.rows)
    type_text(qtbot, tab.search, "УГРОЖАЛ")
    assert tab.model.rowCount() == 1
    tab.search.clear()
    # After 24 hours the note is only annotated.
    later = _dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(hours=25)
    monkeypatch.setattr(casefile, "_utcnow", lambda: later)
    tab.refresh()
    tab.table.selectRow([n["kind"] for n in tab.model.rows].index("incident"))
    assert not tab.edit_button.isEnabled()
    type_text(qtbot, tab.annotation, "Сообщили в милицию.")
    qtbot.mouseClick(tab.annotate_button, Qt.LeftButton)
    assert "Сообщили в милицию." in tab.annotations.text()
    # Another social worker sees that a restricted note exists, not its text.
    from shelter_app import accounts

    dina = login("dina")
    accounts.add_account(dina, "olga", "Olga Other", "social_worker", "other-social-pass-1")
    dina.close()
    other = accounts.open_session(dina.path, "olga", "other-social-pass-1")
    try:
        tab2 = _show(qtbot, NotesTab(other, person["id"]))
        texts = table_texts(tab2.table, 3)
        assert any("Restricted note" in t for t in texts)
        assert not any("насилии" in t for t in texts)
    finally:
        other.close()


def test_lawyer_sees_no_notes(qtbot, login, person):
    from shelter_app.ui.notes_tab import NotesTab

    tab = _show(qtbot, NotesTab(login("lena"), person["id"]))
    assert tab.denied.isVisible() and not tab.body.isVisible()


# --- attachments ---------------------------------------------------------------------------

def _fill_attach(title="", kind=None):
    def fill(d):
        if title:
            d.title.setText(title)
        if kind:
            d.kind.set_code(kind)
        d.save()
    return fill


def test_attach_by_file_dialog_view_pdf_and_save_a_copy(qtbot, login, person, tmp_path, monkeypatch):
    from shelter_app.ui import attachments_tab
    from shelter_app.ui.attachments_tab import AttachmentsTab

    sam = login("sam")
    tab = _show(qtbot, AttachmentsTab(sam, person["id"]))
    pdf = tmp_path / "court.pdf"
    pdf.write_bytes(_pdf(3))
    _answer_dialog(monkeypatch, attachments_tab.AttachDialog, _fill_attach("Court summons", "legal"))
    dialogs.set_next_answer(str(pdf))
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert table_texts(tab.table, 0) == ["Court summons"] and table_texts(tab.table, 1) == ["Legal"]
    # The thumbnail is made once, lazily, and kept in the database.
    qtbot.waitUntil(lambda: casefile.thumbnail(sam, tab.model.rows[0]["id"]) is not None, timeout=5000)
    png, pages = casefile.thumbnail(sam, tab.model.rows[0]["id"])
    assert png.startswith(b"\x89PNG") and pages == 3
    tab.table.selectRow(0)
    viewer = tab.view_current()
    assert viewer.page_label.text() == "Page 1 of 3"
    first = viewer.picture.pixmap().toImage()
    assert first.width() > 300
    qtbot.mouseClick(viewer.next_button, Qt.LeftButton)
    assert viewer.page_label.text() == "Page 2 of 3"
    # Saving a copy warns first; refusing writes nothing.
    out = tmp_path / "copy.pdf"
    dialogs.set_next_answer(False)
    qtbot.mouseClick(viewer.save_button, Qt.LeftButton)
    assert dialogs.shown[-1][0] == "confirm" and "not encrypted" in dialogs.shown[-1][2]
    assert not out.exists()
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out))
    qtbot.mouseClick(viewer.save_button, Qt.LeftButton)
    assert out.read_bytes() == pdf.read_bytes()
    viewer.close()


def test_drag_and_drop_files_onto_the_tab(qtbot, login, person, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    from shelter_app.ui import attachments_tab
    from shelter_app.ui.attachments_tab import AttachmentsTab

    sam = login("sam")
    tab = _show(qtbot, AttachmentsTab(sam, person["id"]))
    photo = tmp_path / "photo.png"
    image = QImage(640, 480, QImage.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(photo), "PNG")
    scan = tmp_path / "consent.pdf"
    scan.write_bytes(_pdf(1))
    _answer_dialog(monkeypatch, attachments_tab.AttachDialog, _fill_attach(kind="consent_form"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(scan))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(tab, drop)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    assert sorted(table_texts(tab.table, 0)) == ["consent", "photo"]
    stored = {a["title"]: a for a in casefile.attachments(sam, person["id"])}
    assert stored["photo"]["media_type"] == "image/png" and stored["consent"]["media_type"] == "application/pdf"
    assert b"".join(casefile.read_chunks(sam, stored["photo"]["id"])) == photo.read_bytes()
    # The photo is shown inside the app, drawn from the bytes in memory.
    tab.table.selectRow(table_texts(tab.table, 0).index("photo"))
    viewer = tab.view_current()
    assert viewer.picture.pixmap().width() == 640
    viewer.close()


def test_dropping_a_too_large_file_says_why(qtbot, login, person, tmp_path, monkeypatch):
    from shelter_app.ui import attachments_tab
    from shelter_app.ui.attachments_tab import AttachmentsTab

    tab = _show(qtbot, AttachmentsTab(login("sam"), person["id"]))
    big = tmp_path / "big.tif"
    with open(big, "wb") as fh:
        fh.truncate(casefile.MAX_ATTACHMENT + 1)
    _answer_dialog(monkeypatch, attachments_tab.AttachDialog, _fill_attach(kind="other"))
    assert tab.add_files([big]) == 0
    assert "25 MB" in tab.message.text() and tab.model.rowCount() == 0


# --- documents and contacts -------------------------------------------------------------

def test_documents_and_contacts_unsafe_in_red(qtbot, login, person, monkeypatch):
    from shelter_app.ui import documents_tab
    from shelter_app.ui.documents_tab import DocumentsTab

    tab = _show(qtbot, DocumentsTab(login("sam"), person["id"]))

    def fill_contact(d):
        d.save()
        assert d.fields["name"][1].text() == "Required."
        d.fields["name"][0].setText("Дядя Болот")
        d.fields["phone"][0].setText("+996 555 123 456")
        d.fields["safe_to_contact"][0].set_code("no")
        d.save()

    _answer_dialog(monkeypatch, documents_tab.ContactDialog, fill_contact)
    qtbot.mouseClick(tab.add_contact_button, Qt.LeftButton)
    assert table_texts(tab.contacts_view, 0) == ["Дядя Болот"]
    assert tab.contacts.index(0, 0).data(Qt.ForegroundRole).color().name() == "#b00020"

    def fill_document(d):
        d.fields["document_type"][0].set_code("passport")
        d.fields["number"][0].setText("AC0000001")
        d.fields["holder"][0].set_code("employer_trafficker")
        d.fields["replacement_requested_on"][0].setText("01.03.2025")
        d.save()

    _answer_dialog(monkeypatch, documents_tab.DocumentDialog, fill_document)
    qtbot.mouseClick(tab.add_document_button, Qt.LeftButton)
    assert table_texts(tab.documents_view) == ["Passport", "AC0000001", "", "", "Employer or trafficker",
                                               "01 Mar 2025"]


# --- stays, places, corrections ---------------------------------------------------------

def test_admit_into_a_place_move_correct_and_undo_discharge(qtbot, login, person, monkeypatch):
    from shelter_app.ui import stay_dialog
    from shelter_app.ui.stays_tab import StaysTab

    dina = login("dina")
    room = accommodation.save_place(dina, {"name": "Room 1", "capacity": 1})
    flat = accommodation.save_place(dina, {"name": "Apartment 2", "place_type": "apartment", "capacity": 2})
    tab = _show(qtbot, StaysTab(dina, person["id"]))
    tab.intake.setText("01.03.2025")
    tab.place.setCurrentIndex(tab.place.findData(room))
    qtbot.mouseClick(tab.admit_button, Qt.LeftButton)
    assert table_texts(tab.table, 3) == ["Room 1"]
    tab.move_date.setText("10.03.2025")
    tab.move_place.setCurrentIndex(tab.move_place.findData(flat))
    qtbot.mouseClick(tab.move_button, Qt.LeftButton)
    assert table_texts(tab.table, 3) == ["Room 1 → Apartment 2"]
    # Discharge asks first.
    tab.exit_date.setText("01.04.2025")
    tab.reason.set_code("independent_living")
    dialogs.set_next_answer(True)
    qtbot.mouseClick(tab.discharge_button, Qt.LeftButton)
    assert table_texts(tab.table, 1) == ["01 Apr 2025"]
    # Correct the stay: the confirmation names the old and new values.

    def fill(d):
        d.exit.setText("05.04.2025")
        dialogs.set_next_answer(True)
        d.save()

    _answer_dialog(monkeypatch, stay_dialog.StayDialog, fill)
    tab.table.selectRow(0)
    assert tab.correct()
    assert "01 Apr 2025 → 05.04.2025" in dialogs.shown[-1][2]
    assert table_texts(tab.table, 1) == ["05 Apr 2025"]
    # Undo the discharge.
    dialogs.set_next_answer(True)
    qtbot.mouseClick(tab.undo_button, Qt.LeftButton)
    assert table_texts(tab.table, 1) == ["in the shelter"]
    assert tab.discharge_group.isVisibleTo(tab)


def test_occupancy_page_and_places(qtbot, login, make_resident, monkeypatch):
    from shelter_app.ui import occupancy_page
    from shelter_app.ui.occupancy_page import OccupancyPage

    dina = login("dina")
    page = _show(qtbot, OccupancyPage(dina))

    def fill(d):
        d.name.setText("Room 5")
        d.capacity.setText("3")
        d.save()

    _answer_dialog(monkeypatch, occupancy_page.PlaceDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    place = accommodation.list_places(dina)[0]
    person = residents.create(dina, make_resident())
    accommodation.admit(dina, person["id"], "2025-03-01", place["id"])
    page.refresh()
    top = page.tree.topLevelItem(0)
    assert top.text(0) == "Room 5 (1/3)" and top.text(3) == "2"
    assert top.child(0).text(0).startswith("Асанова Айгүл")
    assert "1 residents in 1 places; 2 free of 3." == page.summary.text()
    with qtbot.waitSignal(page.open_resident) as opened:
        page._activated(top.child(0), 0)
    assert opened.args == [person["id"]]


# --- register and record ------------------------------------------------------------------

def test_register_key_worker_my_residents_and_place_columns(qtbot, signed_in, make_resident):
    from shelter_app.ui.register import RegisterModel

    window = signed_in("sam")
    session = window.session
    place = None
    mine = residents.create(session, make_resident(key_worker="sam"), intake_date="2025-03-01")
    residents.create(session, make_resident(full_name="Чужая Жительница", key_worker="dina"))
    register = window.main_view.page("residents")
    register.refresh()
    assert register.model.rowCount() == 2
    register.mine.setChecked(True)
    assert register.model.rowCount() == 1
    row = [register.model.index(0, c).data() for c in range(RegisterModel.COLUMN_COUNT)]
    assert row[RegisterModel.KEY_WORKER] == "Sam Social"
    assert row[RegisterModel.INTAKE] == "01 Mar 2025"
    assert row[RegisterModel.DAYS] == str((_dt.date.today() - _dt.date(2025, 3, 1)).days)
    assert place is None and mine["id"] == register.model.resident_id(0)
    # The register row fits the window at 1366 px without a horizontal scroll bar.
    window.resize(1366, 697)
    register.table.horizontalHeader().setStretchLastSection(True)
    total = sum(register.table.horizontalHeader().sectionSize(c) for c in range(RegisterModel.COLUMN_COUNT - 1))
    assert total < 1366 - 40


def test_key_worker_chosen_on_the_record(qtbot, login, person):
    from shelter_app.ui.record import ResidentRecord

    record = _show(qtbot, ResidentRecord(login("sam"), person["id"]))
    combo = record.fields["key_worker"][0]
    combo.setCurrentIndex(combo.findData("sam"))
    assert record.save()
    assert residents.get(record.session, person["id"])["key_worker"] == "sam"


def test_director_merges_two_records_field_by_field(qtbot, login, make_resident, monkeypatch):
    from shelter_app.ui import corrections_ui
    from shelter_app.ui.record import ResidentRecord

    dina = login("dina")
    kept = residents.create(dina, make_resident(date_of_birth="1999-03-12"))
    other = residents.create(dina, make_resident(full_name="Asanova Aigul", date_of_birth="1999-12-03"))
    casefile.add_note(dina, other["id"], {"noted_at": "2025-03-01 10:00", "kind": "contact", "text": "позвонила"})
    record = _show(qtbot, ResidentRecord(dina, kept["id"]))

    def fill(d):
        d.other.setText(other["case_number"])
        assert d.compare()
        fields = [d.table.item(r, 0).data(Qt.UserRole) for r in range(d.table.rowCount())]
        assert "date_of_birth" in fields and "full_name" in fields
        d.table.item(fields.index("date_of_birth"), 2).setCheckState(Qt.Checked)
        dialogs.set_next_answer(True)
        d.merge()

    _answer_dialog(monkeypatch, corrections_ui.MergeDialog, fill)
    record.merge_action.trigger()
    stored = residents.get(dina, kept["id"])
    assert stored["date_of_birth"] == "1999-12-03" and stored["full_name"] == "Асанова Айгүл"
    assert residents.find(dina, other["case_number"])["id"] == kept["id"]
    assert record.fields["date_of_birth"][0].text() == "03.12.1999"
    assert [n["text"] for n in casefile.notes(dina, kept["id"])] == ["позвонила"]


def test_social_worker_has_no_correct_menu_and_director_deletes_a_mistake(qtbot, login, make_resident):
    from shelter_app.ui.record import ResidentRecord

    sam = login("sam")
    person = residents.create(sam, make_resident())
    record = _show(qtbot, ResidentRecord(sam, person["id"]))
    assert record.correct_button is None
    record.close()
    dina = login("dina")
    record = _show(qtbot, ResidentRecord(dina, person["id"]))
    closed = []
    record.closed.connect(lambda: closed.append(True))
    dialogs.set_next_answer(True)
    record.delete_action.trigger()
    assert closed and residents.count(dina) == 0


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_case_file_screens_fit_1366_by_697_in_russian_and_kyrgyz(qtbot, signed_in, make_resident, database, lang):
    from shelter_app.ui import app as app_module

    window = signed_in("dina")
    person = residents.create(window.session, make_resident(key_worker="sam"), intake_date="2025-02-01")
    casefile.save_contact(window.session, person["id"], {"name": "Бакыт", "safe_to_contact": "no"})
    window.session.close()
    window.session = None
    app_module.install_language(lang)
    try:
        from shelter_app.ui.app import ShellWindow
        from tests.gui.conftest import sign_in

        shell = ShellWindow(window.db_path)
        qtbot.addWidget(shell)
        shell.resize(1366, 697)
        shell.show()
        shell.start()
        sign_in(qtbot, shell, "dina", database.passwords["dina"])
        qtbot.waitUntil(lambda: shell.main_view is not None, timeout=10000)
        main = shell.main_view
        main.open_resident(person["id"])
        record = main.page("residents").record
        for name in ("StaysTab", "NotesTab", "AttachmentsTab", "DocumentsTab"):
            record.tab(name)
            QApplication.processEvents()
            assert shell.minimumSizeHint().width() <= 1366, name
            holder = record.tabs.currentWidget()
            assert holder.horizontalScrollBar().maximum() == 0, name
        assert shell.minimumSizeHint().height() <= 697
        shell.session.close()
        shell.session = None
    finally:
        app_module.install_language("en")


def test_a_damaged_pdf_is_refused_by_the_viewer_not_the_app(qtbot, login, person):
    from shelter_app.ui.attachments_tab import AttachmentsTab

    sam = login("sam")
    casefile.add_attachment(sam, person["id"], io.BytesIO(b"%PDF-1.7\n" + b"\x00garbage" * 5000), file_name="x.pdf",
                            title="Broken scan", kind="other")
    tab = _show(qtbot, AttachmentsTab(sam, person["id"]))
    qtbot.waitUntil(lambda: tab.model.rows[0]["id"] in tab.model.pixmaps, timeout=5000)
    assert tab.model.pixmaps[tab.model.rows[0]["id"]].isNull()
    tab.table.selectRow(0)
    viewer = tab.view_current()
    assert "cannot be shown" in viewer.message.text() and viewer.message.isVisible()
    viewer.close()
