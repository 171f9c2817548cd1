"""Nothing typed is lost: type into each tab of a record as a social worker
would, then leave by every route — ← Register, Esc, opening another record,
another page, closing the window — and check the question names what is
unsaved and that Cancel, Discard and Save each do what they say. Then
auto-lock: everything typed comes back for the same person only; Ctrl+S saves
the tab on screen; Esc in a dialog asks before dropping a half-typed record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from shelter_app import legal, plans, residents, services
from shelter_app.ui import dialogs
from tests.gui.conftest import sign_in, type_text

TABS = ("details", "plan", "services", "stays")
ROUTES = ("back_button", "escape", "another_record", "another_page", "close_window")


@pytest.fixture
def two(signed_in, make_resident):
    """Dina's window with two residents; the first is opened."""
    window = signed_in("dina")
    session = window.session
    first = residents.create(session, make_resident(full_name="Асанова Айгүл"))
    second = residents.create(session, make_resident(full_name="Бекова Нурзат", date_of_birth="1990-01-01"))
    window.main_view.page("residents").refresh()
    window.main_view.open_resident(first["id"])
    return window, first, second


def _record(window):
    return window.main_view.page("residents").record


def _type_into(qtbot, window, tab: str) -> str:
    """Type something unsaved into one tab; returns what the question must name."""
    record = _record(window)
    if tab == "details":
        name = record.fields["full_name"][0]
        name.end(False)
        type_text(qtbot, name, " Кызы")
        return "details: Full name"
    if tab == "plan":
        plan_tab = record.tab("PlanTab")
        qtbot.mouseClick(plan_tab.edit_button, Qt.LeftButton)  # a new draft
        plan_tab.parts.setCurrentIndex(2)
        type_text(qtbot, plan_tab.wishes, "Үйгө кайтуу, апасы менен жашоо")
        return "resident's wishes"
    if tab == "services":
        services_tab = record.tab("ServicesTab")
        services_tab.fields.type_combo.setCurrentIndex(1)
        type_text(qtbot, services_tab.fields.notes_edit, "Консультация, документы")
        return "not yet logged"
    stays_tab = record.tab("StaysTab")
    type_text(qtbot, stays_tab.room, "12Б")
    return "admission is not recorded"


def _stored(window, resident_id: int, tab: str) -> bool:
    """Whether what _type_into typed reached the database."""
    session = window.session
    if tab == "details":
        return residents.get(session, resident_id, audit_view=False)["full_name"] == "Асанова Айгүл Кызы"
    if tab == "plan":
        plan_id = plans.current_id(session, resident_id)
        return bool(plan_id) and plans.get(session, plan_id)["resident_wishes"] == "Үйгө кайтуу, апасы менен жашоо"
    if tab == "services":
        return any(s["notes"] == "Консультация, документы" for s in services.for_resident(session, resident_id))
    return bool(residents.get(session, resident_id, audit_view=False).get("in_shelter"))


def _leave(qtbot, window, route: str, other_id: int) -> None:
    record = _record(window)
    if route == "back_button":
        qtbot.mouseClick(record.back_button, Qt.LeftButton)
    elif route == "escape":
        window.activateWindow()
        target = QApplication.focusWidget()
        if target is None or target.window() is not window:
            target = record.fields["full_name"][0]
            target.setFocus()
        qtbot.keyClick(target, Qt.Key_Escape)
    elif route == "another_record":
        window.main_view.open_resident(other_id)
    elif route == "another_page":
        window.main_view.nav.setCurrentRow(window.main_view.keys().index("due"))
    else:
        window.close()


def _left(window, route: str, first_id: int) -> bool:
    if route == "close_window":
        return not window.isVisible()
    if route == "another_page":
        return window.main_view.current_key() == "due"
    record = _record(window)
    return record is None or record.resident_id != first_id


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("tab", TABS)
def test_leaving_asks_and_cancel_keeps_then_save_or_discard(qtbot, two, tab, route, login):
    window, first, second = two
    named = _type_into(qtbot, window, tab)

    # Cancel: the question named what is unsaved; the person is still there with it.
    dialogs.set_next_answer("cancel")
    _leave(qtbot, window, route, second["id"])
    kind, _title, text = dialogs.shown[-1]
    assert kind == "unsaved" and named in text, text
    assert not _left(window, route, first["id"])
    assert _record(window).has_unsaved_work()

    # Save on some routes, Discard on the others: both leave, and only Save stores.
    save = ROUTES.index(route) % 2 == 0
    dialogs.set_next_answer("save" if save else "discard")
    _leave(qtbot, window, route, second["id"])
    assert _left(window, route, first["id"])
    if route == "close_window":
        assert window.session is None
        window_session = login("dina")

        class Reopened:
            session = window_session
        assert _stored(Reopened, first["id"], tab) is save
    else:
        assert _stored(window, first["id"], tab) is save
        window.main_view.open_resident(first["id"])
        assert not _record(window).has_unsaved_work()  # discarded work does not come back


def test_nothing_typed_means_no_question(qtbot, two):
    window, first, second = two
    _record(window).tab("PlanTab")
    _record(window).tab("ServicesTab")
    window.main_view.open_resident(second["id"])
    assert _record(window).resident_id == second["id"]
    assert not [s for s in dialogs.shown if s[0] == "unsaved"]


def test_a_failed_save_keeps_the_person_there(qtbot, two):
    window, first, second = two
    record = _record(window)
    record.fields["full_name"][0].clear()  # a required field emptied
    dialogs.set_next_answer("save")
    qtbot.mouseClick(record.back_button, Qt.LeftButton)
    assert _record(window) is record
    assert record.fields["full_name"][1].text() == "Required."
    record.discard_work()  # nothing left to ask about when the window closes at the end
    assert record.fields["full_name"][0].text() == "Асанова Айгүл"


def test_everything_typed_comes_back_after_the_lock_for_the_same_person_only(qtbot, two, database):
    window, first, _second = two
    for tab in TABS:
        _type_into(qtbot, window, tab)
    record = _record(window)
    # And a legal case being typed in its dialog when the lock comes.
    legal_tab = record.tab("LegalTab")

    def type_in_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, type_in_dialog)
            return
        type_text(qtbot, dialog.ref_edit, "УД-2025-77")
        QTimer.singleShot(0, window.lock)

    QTimer.singleShot(0, type_in_dialog)
    legal_tab.new_case()  # the modal dialog; auto-lock closes it
    assert window.main_view is None and window.session is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]

    reopened = []

    def look_at_dialog():  # the case dialog opens again, with what was typed in it
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look_at_dialog)
            return
        reopened.append(dialog.ref_edit.text())
        dialog.closing_for_lock = True  # closed without the question: the test ends here
        dialog.reject()

    QTimer.singleShot(0, look_at_dialog)
    sign_in(qtbot, window, "dina", database.passwords["dina"])
    qtbot.waitUntil(lambda: bool(reopened), timeout=5000)
    record = _record(window)
    assert record is not None and record.resident_id == first["id"]
    assert record.fields["full_name"][0].text() == "Асанова Айгүл Кызы"
    assert record.tab("PlanTab").wishes.toPlainText() == "Үйгө кайтуу, апасы менен жашоо"
    assert record.tab("ServicesTab").fields.notes_edit.text() == "Консультация, документы"
    assert record.tab("StaysTab").room.text() == "12Б"
    assert reopened == ["УД-2025-77"]
    assert "Асанова Айгүл Кызы" != residents.get(window.session, first["id"], audit_view=False)["full_name"]

    # Another person signing in gets none of it.
    window.lock()
    sign_in(qtbot, window, "sam", database.passwords["sam"])
    record = _record(window)
    assert record is None
    assert not window.main_view.has_unsaved_work()


def test_ctrl_s_saves_the_tab_on_screen(qtbot, two):
    window, first, _second = two
    _type_into(qtbot, window, "plan")
    record = _record(window)
    plan_tab = record.tab("PlanTab")
    qtbot.keyClick(plan_tab.wishes, Qt.Key_S, Qt.ControlModifier)
    assert _stored(window, first["id"], "plan")
    assert not record.has_unsaved_work()
    _type_into(qtbot, window, "services")
    services_tab = record.tab("ServicesTab")
    qtbot.keyClick(services_tab.fields.notes_edit, Qt.Key_S, Qt.ControlModifier)
    assert _stored(window, first["id"], "services")
    assert "Logged" in services_tab.log_done.text()


def test_escape_in_a_dialog_asks_before_dropping_a_half_typed_case(qtbot, two):
    window, first, _second = two
    legal_tab = _record(window).tab("LegalTab")
    steps = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        type_text(qtbot, dialog.ref_edit, "УД-2025-12")
        dialog.role_combo.set_code("victim")
        dialog.article_combo.set_code("170")
        dialogs.set_next_answer("cancel")
        qtbot.keyClick(dialog.ref_edit, Qt.Key_Escape)
        steps.append(("still open", dialog.isVisible(), dialogs.shown[-1][0]))
        dialogs.set_next_answer("save")
        qtbot.keyClick(dialog.ref_edit, Qt.Key_Escape)

    QTimer.singleShot(0, drive)
    legal_tab.new_case()
    assert steps == [("still open", True, "unsaved")]
    cases = legal.cases(window.session, first["id"])
    assert [c["case_ref"] for c in cases] == ["УД-2025-12"]


def test_a_service_half_typed_in_its_dialog_is_kept_on_escape_then_discarded(qtbot, two):
    window, first, _second = two
    session = window.session
    record = services.log(session, first["id"], {"date": "01.02.2025", "service_type": "psychological",
                                                 "provider": services.IN_HOUSE, "duration_minutes": "30",
                                                 "notes": "first"})
    services_tab = _record(window).tab("ServicesTab")
    services_tab.apply_filters()
    services_tab.select_service(record["id"])
    texts = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        dialog.fields.notes_edit.clear()
        type_text(qtbot, dialog.fields.notes_edit, "changed")
        dialogs.set_next_answer("cancel")
        qtbot.keyClick(dialog.fields.notes_edit, Qt.Key_Escape)
        texts.append(dialog.fields.notes_edit.text() if dialog.isVisible() else None)
        dialogs.set_next_answer("discard")
        qtbot.keyClick(dialog.fields.notes_edit, Qt.Key_Escape)

    QTimer.singleShot(0, drive)
    services_tab.edit_selected()
    assert texts == ["changed"]
    assert services.get(session, record["id"])["notes"] == "first"
