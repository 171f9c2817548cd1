"""The Services tab driven as a social worker would: type, press Enter, click,
read what the list shows."""

from __future__ import annotations

import datetime as _dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from shelter_app import residents, services
from shelter_app.ui import dialogs


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident())


def _tab(qtbot, session, resident_id):
    from shelter_app.ui.services_tab import ServicesTab

    tab = ServicesTab(session, resident_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    return tab


def _cells(tab, column):
    m = tab.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def _choose(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def test_log_a_service_in_a_few_keystrokes(qtbot, login, resident):
    from shelter_app.ui.services_tab import ServicesModel

    tab = _tab(qtbot, login("sam"), resident["id"])
    assert tab.fields.date_edit.text() == _dt.date.today().strftime("%d.%m.%Y")
    _choose(tab.fields.type_combo, "psychological")
    qtbot.keyClicks(tab.fields.duration_edit, "45")
    tab.fields.notes_edit.insert("Первая консультация")  # QTest types ASCII only
    qtbot.keyClick(tab.fields.notes_edit, Qt.Key_Return)
    assert tab.model.rowCount() == 1
    assert _cells(tab, ServicesModel.TYPE) == ["Psychological support"]
    assert _cells(tab, ServicesModel.PROVIDER) == ["In-house"]
    assert _cells(tab, ServicesModel.DURATION) == ["45"]
    assert _cells(tab, ServicesModel.NOTES) == ["Первая консультация"]
    assert "Logged" in tab.log_done.text()
    assert tab.fields.notes_edit.text() == "" and tab.fields.duration_edit.text() == ""
    assert tab.count_label.text() == "1 services"


def test_future_date_and_missing_type_are_refused_on_screen(qtbot, login, resident):
    tab = _tab(qtbot, login("sam"), resident["id"])
    qtbot.mouseClick(tab.log_button, Qt.LeftButton)
    assert tab.log_error.isVisible() and "Service" in tab.log_error.text()
    tab.fields.date_edit.clear()
    tomorrow = _dt.date.today() + _dt.timedelta(days=1)
    qtbot.keyClicks(tab.fields.date_edit, tomorrow.strftime("%d.%m.%Y"))
    _choose(tab.fields.type_combo, "medical")
    qtbot.mouseClick(tab.log_button, Qt.LeftButton)
    assert "future" in tab.log_error.text()
    assert tab.model.rowCount() == 0
    # Fixing the date logs it and clears the message.
    tab.fields.date_edit.setText("03.03.2025")
    qtbot.mouseClick(tab.log_button, Qt.LeftButton)
    assert not tab.log_error.isVisible()
    assert tab.model.rowCount() == 1


def test_without_consent_the_form_is_closed(qtbot, director, make_resident, login):
    r = residents.create(director, make_resident(consent_data_processing=None))
    tab = _tab(qtbot, login("sam"), r["id"])
    assert tab.consent_banner.isVisible()
    assert not tab.log_box.isEnabled()


def test_referral_followed_up_and_filters(qtbot, login, resident):
    from shelter_app.ui.services_tab import ServicesModel

    sam = login("sam")
    tab = _tab(qtbot, sam, resident["id"])
    _choose(tab.fields.type_combo, "medical")
    tab.fields.provider_combo.setEditText("Городская больница №4")
    qtbot.keyClick(tab.fields.provider_combo.lineEdit(), Qt.Key_Return)
    _choose(tab.fields.type_combo, "humanitarian")
    tab.fields.provider_combo.setCurrentIndex(0)
    qtbot.mouseClick(tab.log_button, Qt.LeftButton)
    assert tab.model.rowCount() == 2
    # Awaiting follow-up shows only the referral.
    _choose(tab.provider_filter, "pending")
    assert _cells(tab, ServicesModel.PROVIDER) == ["Городская больница №4"]
    assert _cells(tab, ServicesModel.REFERRAL) == ["Referred"]
    tab.table.selectRow(0)
    assert tab.received_button.isEnabled() and tab.declined_button.isEnabled()
    qtbot.mouseClick(tab.received_button, Qt.LeftButton)
    assert tab.model.rowCount() == 0  # no longer awaiting
    _choose(tab.provider_filter, "referral")
    assert _cells(tab, ServicesModel.REFERRAL) == ["Received"]
    _choose(tab.provider_filter, None)
    _choose(tab.type_filter, "humanitarian")
    assert _cells(tab, ServicesModel.TYPE) == ["Humanitarian aid"]
    _choose(tab.type_filter, None)
    tab.text_filter.insert("больница")
    assert _cells(tab, ServicesModel.PROVIDER) == ["Городская больница №4"]


def test_edit_and_delete(qtbot, login, resident, monkeypatch):
    from shelter_app.ui import services_tab
    from shelter_app.ui.services_tab import ServicesModel

    sam = login("sam")
    s = services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical"})
    tab = _tab(qtbot, sam, resident["id"])
    tab.table.selectRow(0)
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        dialog.fields.duration_edit.setText("-5")
        dialog.save()
        seen["error"] = dialog.error.text()
        dialog.fields.duration_edit.setText("30")
        dialog.fields.notes_edit.setText("Анализы")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(services_tab.ServiceDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.edit_button, Qt.LeftButton)
    assert "between" in seen["error"]
    assert _cells(tab, ServicesModel.DURATION) == ["30"]
    assert _cells(tab, ServicesModel.NOTES) == ["Анализы"]
    tab.table.selectRow(0)
    dialogs.set_next_answer(False)
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert tab.model.rowCount() == 1
    dialogs.set_next_answer(True)
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert tab.model.rowCount() == 0
    actions = [r[0] for r in sam.db.conn.execute("SELECT action FROM audit_log")]
    assert "service_updated" in actions and "service_deleted" in actions
    assert services.search(sam, resident["id"]) == []
    del s


def test_lawyer_logs_only_legal_aid(qtbot, login, resident):
    sam = login("sam")
    services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical"})
    tab = _tab(qtbot, login("lena"), resident["id"])
    offered = [tab.fields.type_combo.itemData(i) for i in range(1, tab.fields.type_combo.count())]
    assert offered == ["legal_consultation", "legal_representation"]
    tab.table.selectRow(0)
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()


def test_group_session_dialog(qtbot, director, make_resident, login):
    from shelter_app.ui.group_session_dialog import GroupSessionDialog

    people = []
    for i in range(6):
        r = residents.create(director, make_resident(full_name=f"Кадырова Айзада {i}"), intake_date="2025-02-02")
        people.append(r)
    outsider = residents.create(director, make_resident(full_name="Мамытова Сезим"))
    sam = login("sam")
    dialog = GroupSessionDialog(sam, people[0]["id"])
    qtbot.addWidget(dialog)
    assert dialog.people.count() == 6  # residents in the shelter
    qtbot.mouseClick(dialog.all_button, Qt.LeftButton)
    assert "6 residents" in dialog.selected_label.text()
    dialog.search.insert("Мамытова")
    assert dialog.people.count() == 1
    dialog.people.item(0).setCheckState(Qt.Checked)
    dialog.search.clear()
    _choose(dialog.fields.type_combo, "psychological")
    dialog.fields.duration_edit.setText("90")
    dialog.fields.notes_edit.setText("Групповая терапия")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    assert len(dialog.created) == 7
    assert len({s["group_session"] for s in dialog.created}) == 1
    assert services.search(sam, outsider["id"])


def test_group_session_refused_as_a_whole(qtbot, director, make_resident, login):
    from shelter_app.ui.group_session_dialog import GroupSessionDialog

    a = residents.create(director, make_resident(full_name="Үсөнова Гүлнара"), intake_date="2025-02-02")
    b = residents.create(director, make_resident(full_name="Эшматова Нуриза", consent_data_processing=None),
                         intake_date="2025-02-02")
    sam = login("sam")
    dialog = GroupSessionDialog(sam, a["id"])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.all_button, Qt.LeftButton)
    _choose(dialog.fields.type_combo, "education")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert b["case_number"] in dialog.error.text()
    assert dialog.result() != QDialog.Accepted
    assert sam.db.conn.execute("SELECT count(*) FROM services").fetchone()[0] == 0


def test_summary_pdf_saved_after_warning(qtbot, login, resident, tmp_path):
    from pypdf import PdfReader

    sam = login("sam")
    services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical",
                                       "provider": "Центр <b>«Сезим»</b>", "notes": "<img src='/etc/passwd'/>"})
    tab = _tab(qtbot, sam, resident["id"])
    out = tmp_path / "summary.pdf"
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out))
    qtbot.mouseClick(tab.summary_pdf_button, Qt.LeftButton)
    assert any(kind == "confirm" and "not encrypted" in text for kind, _t, text in dialogs.shown)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert resident["case_number"] in text and "Асанова Айгүл" in text
    assert "Центр <b>«Сезим»</b>" in text and "<img src='/etc/passwd'/>" in text


def test_print_goes_to_the_printer(qtbot, login, resident, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter
    from pypdf import PdfReader

    from shelter_app.ui import document_printer

    sam = login("sam")
    services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "family_contact"})
    sam.privacy_mode = True
    tab = _tab(qtbot, sam, resident["id"])
    target = tmp_path / "printer.pdf"

    def fake_printer(parent, title):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(document_printer, "ask_printer", fake_printer)
    qtbot.mouseClick(tab.summary_button, Qt.LeftButton)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Family contact" in text and resident["case_number"] in text
    assert "Асанова" not in text  # privacy mode prints case numbers only


def test_printed_table_reads_as_one_table(qtbot, login, resident, tmp_path, monkeypatch):
    # A long table is laid out a few rows at a time (so that the window keeps
    # painting); on paper it must still be one table: every row the same
    # height from the next, where two pieces meet too (they once showed a
    # double line and a gap every ten rows).
    from PySide6.QtPrintSupport import QPrinter
    from pypdf import PdfReader

    from shelter_app.ui import document_printer

    sam = login("sam")
    with sam.transaction():
        for i in range(34):
            services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical",
                                               "notes": f"visit-{i:02d}"})
    tab = _tab(qtbot, sam, resident["id"])
    target = tmp_path / "printer.pdf"

    def fake_printer(parent, title):
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(document_printer, "ask_printer", fake_printer)
    qtbot.mouseClick(tab.summary_button, Qt.LeftButton)
    page = PdfReader(str(target)).pages[0]
    rows: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.startswith("visit-"):
            rows.setdefault(text.strip(), tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    assert len(rows) >= 3 * document_printer.ROWS_PER_PIECE  # rows from at least three pieces on the page
    ys = [rows[k] for k in sorted(rows)]
    heights = [abs(b - a) for a, b in zip(ys, ys[1:])]
    assert max(heights) - min(heights) < 0.3, heights  # points


def test_model(qtmodeltester, login, resident):
    from shelter_app.ui.services_tab import ServicesModel

    sam = login("sam")
    for day in ("2025-03-01", "2025-03-02", "2025-03-03"):
        services.log(sam, resident["id"], {"date": day, "service_type": "medical", "provider": "Клиника"})
    model = ServicesModel(sam, resident["id"])
    model.reload()
    qtmodeltester.check(model)


def test_typed_service_survives_auto_lock(qtbot, login, resident):
    # The record window asks each tab for its unsaved work before locking and
    # hands it back to the same person after unlocking.
    tab = _tab(qtbot, login("sam"), resident["id"])
    _choose(tab.fields.type_combo, "family_contact")
    tab.fields.notes_edit.insert("Звонок матери")
    qtbot.keyClicks(tab.fields.duration_edit, "20")
    state = tab.lock_state()
    assert state is not None
    fresh = _tab(qtbot, login("sam"), resident["id"])
    fresh.restore_state(state)
    assert fresh.fields.type_combo.currentData() == "family_contact"
    assert fresh.fields.notes_edit.text() == "Звонок матери" and fresh.fields.duration_edit.text() == "20"
    # Discarded: nothing to keep (a service chosen counts as typed: it is not logged yet).
    fresh.discard_work()
    assert fresh.lock_state() is None and fresh.fields.type_combo.currentData() is None
