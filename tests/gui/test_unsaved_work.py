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

from shelter_app import accounts, casefile, legal, plans, residents, safety, services
from shelter_app.ui import dialogs
from tests.gui.conftest import sign_in, type_text

TABS = ("details", "plan", "services", "stays", "notes", "safety")
ROUTES = ("back_button", "escape", "another_record", "another_page", "close_window")
# The Settings page takes typing too: it is left by another page or by closing the window.
PAGE_CASES = [("organisation", "another_page"), ("organisation", "close_window"), ("accounts", "another_page")]
CASES = [(tab, route) for tab in TABS for route in ROUTES] + PAGE_CASES


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
    if tab == "notes":
        notes_tab = record.tab("NotesTab")
        notes_tab.kind.set_code("contact")
        type_text(qtbot, notes_tab.text, "Позвонила мама")
        return "the note being written"
    if tab == "safety":
        type_text(qtbot, record.tab("SafetyTab").measures, "Не выходить одной")
        return "Safety plan"
    if tab in ("organisation", "accounts"):
        settings_page = window.main_view.show_page("settings")
        if tab == "organisation":
            name = settings_page.org_fields["name"]
            name.end(False)
            type_text(qtbot, name, " (Ош)")
            return "The organisation's details: Name"
        type_text(qtbot, settings_page.accounts.username, "aigul")
        type_text(qtbot, settings_page.accounts.display_name, "Айгүл")
        return "the account aigul is not added"
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
    if tab == "notes":
        return [n["text"] for n in casefile.notes(session, resident_id)] == ["Позвонила мама"]
    if tab == "safety":
        return (safety.get_plan(session, resident_id) or {}).get("measures") == "Не выходить одной"
    if tab == "organisation":
        return accounts.organisation(session)["name"].endswith(" (Ош)")
    if tab == "accounts":
        return "aigul" in [a["username"] for a in accounts.list_accounts(session)]
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


@pytest.mark.parametrize(("tab", "route"), CASES)
def test_leaving_asks_and_cancel_keeps_then_save_or_discard(qtbot, two, tab, route, login):
    window, first, second = two
    named = _type_into(qtbot, window, tab)
    holder = window.main_view.page("settings") if (tab, route) in PAGE_CASES else _record(window)

    # Cancel: the question named what is unsaved; the person is still there with it.
    dialogs.set_next_answer("cancel")
    _leave(qtbot, window, route, second["id"])
    kind, _title, text = dialogs.shown[-1]
    assert kind == "unsaved" and named in text, text
    assert not _left(window, route, first["id"])
    assert holder.has_unsaved_work()

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
        assert not window.main_view.page("settings").has_unsaved_work()


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
    assert record.tab("NotesTab").text.toPlainText() == "Позвонила мама"
    assert record.tab("SafetyTab").measures.toPlainText() == "Не выходить одной"
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


def _text(widget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


def _set_text(widget, text: str) -> None:
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def _dialog_case(window, which: str, tmp_path):
    """How to open one dialog that takes typing, and the field a person types into."""
    record = _record(window)
    if which == "document":
        return lambda: record.tab("DocumentsTab").edit_document(True), lambda d: d.fields["number"][0], "AN 1234567"
    if which == "contact":
        return lambda: record.tab("DocumentsTab").edit_contact(True), lambda d: d.fields["name"][0], "Бакыт, брат"
    if which == "stay":
        from shelter_app import accommodation

        accommodation.admit(window.session, record.resident_id, "01.02.2025")
        stays_tab = record.tab("StaysTab")
        stays_tab.refresh()
        return stays_tab.correct, lambda d: d.intake, "03.02.2025"
    if which == "attachment":
        from PySide6.QtGui import QColor, QImage

        scan = tmp_path / "скан.png"
        image = QImage(20, 20, QImage.Format_RGB32)
        image.fill(QColor("white"))
        image.save(str(scan))
        return lambda: record.tab("AttachmentsTab").add_files([scan]), lambda d: d.title, "Паспорт, скан"
    if which == "place":
        page = window.main_view.show_page("occupancy")
        return page.add_place, lambda d: d.name, "Комната 5"
    if which == "screening":
        return lambda: record.tab("NrmTab").new_screening(), lambda d: d.age_edit, "17"
    return lambda: record.tab("FollowUpTab").add_contact(), lambda d: d.actions_edit, "Помогли с работой"


@pytest.mark.parametrize("which", ["document", "contact", "stay", "attachment", "place", "screening", "follow_up"])
def test_a_dialog_asks_on_escape_and_its_typing_comes_back_after_the_lock(qtbot, two, database, tmp_path, which):
    window, _first, _second = two
    open_dialog, field, typed = _dialog_case(window, which, tmp_path)
    asked = []

    def type_then_escape():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, type_then_escape)
            return
        _set_text(field(dialog), typed)
        dialogs.set_next_answer("cancel")
        qtbot.keyClick(dialog, Qt.Key_Escape)  # asks; Cancel keeps the dialog and its typing
        asked.append((dialogs.shown[-1][0], dialog.isVisible()))
        QTimer.singleShot(0, window.lock)  # auto-lock closes it without asking

    QTimer.singleShot(0, type_then_escape)
    open_dialog()
    assert asked == [("unsaved", True)]
    assert window.session is None

    reopened = []

    def look_at_dialog(tries=[250]):  # noqa: B006 - a countdown shared by the timer's calls
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, look_at_dialog)
            return
        reopened.append(_text(field(dialog)))
        dialog.closing_for_lock = True
        dialog.reject()
        QTimer.singleShot(0, window.activateWindow)  # sign_in waits for the window to be active again

    QTimer.singleShot(0, look_at_dialog)
    sign_in(qtbot, window, "dina", database.passwords["dina"])
    qtbot.waitUntil(lambda: bool(reopened), timeout=5000)
    assert reopened == [typed]


def test_the_settings_typed_come_back_after_the_lock(qtbot, two, database):
    window, _first, _second = two
    _type_into(qtbot, window, "organisation")
    _type_into(qtbot, window, "accounts")
    window.lock()
    sign_in(qtbot, window, "dina", database.passwords["dina"])
    page = window.main_view.page("settings")
    assert window.main_view.current_key() == "settings"
    assert page.org_fields["name"].text().endswith(" (Ош)")
    assert page.accounts.username.text() == "aigul"
    assert not _stored(window, 0, "organisation")
    # Ctrl+S saves what the page holds (the account needs its password first: it stays, named beside it).
    page.accounts.discard_work()
    qtbot.keyClick(page.org_fields["name"], Qt.Key_S, Qt.ControlModifier)
    assert _stored(window, 0, "organisation") and not page.has_unsaved_work()
    assert window.main_view.org_label.text().startswith("Organisation: ") and " (Ош)" in \
        window.main_view.org_label.text()
    qtbot.keyClick(page.org_fields["name"], Qt.Key_S, Qt.ControlModifier)
    assert page.saved_label.text() == "Nothing to save."


def test_privacy_mode_and_a_refresh_keep_everything_typed(qtbot, two):
    window, first, second = two
    for tab in TABS:
        _type_into(qtbot, window, tab)
    before = window.main_view.unsaved_work()
    window.main_view.privacy.setChecked(True)  # every page and tab is refreshed
    window.main_view.privacy.setChecked(False)
    assert window.main_view.unsaved_work() == before
    record = _record(window)
    assert record.tab("PlanTab").wishes.toPlainText() == "Үйгө кайтуу, апасы менен жашоо"
    assert record.tab("ServicesTab").fields.notes_edit.text() == "Консультация, документы"
    assert record.tab("SafetyTab").measures.toPlainText() == "Не выходить одной"
    dialogs.set_next_answer("save")
    window.main_view.open_resident(second["id"])
    assert _stored(window, first["id"], "plan") and _stored(window, first["id"], "safety")

    _type_into(qtbot, window, "organisation")  # a page's typing too
    window.main_view.privacy.setChecked(True)
    assert window.main_view.page("settings").org_fields["name"].text().endswith(" (Ош)")
    window.main_view.discard_work()


def test_a_merge_asks_about_every_tab_first_and_its_dialog_asks_on_escape(qtbot, two, monkeypatch):
    from shelter_app.ui import corrections_ui

    window, first, second = two
    _type_into(qtbot, window, "plan")  # typed in a tab, not in the details
    record = _record(window)
    opened = []
    monkeypatch.setattr(corrections_ui.MergeDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    dialogs.set_next_answer("cancel")
    record.merge_action.trigger()
    assert dialogs.shown[-1][0] == "unsaved" and "resident's wishes" in dialogs.shown[-1][2]
    assert not opened and record.has_unsaved_work()

    dialogs.set_next_answer("save")
    record.merge_action.trigger()
    assert _stored(window, first["id"], "plan") and len(opened) == 1
    dialog = opened[0]
    type_text(qtbot, dialog.other, second["case_number"])
    dialog.show()
    dialog.activateWindow()  # as exec() makes it: Esc is the dialog's, not the record's
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    asked = len(dialogs.shown)
    dialogs.set_next_answer("cancel")
    qtbot.keyClick(dialog.other, Qt.Key_Escape)
    assert dialog.isVisible() and [kind for kind, _t, _x in dialogs.shown[asked:]] == ["unsaved"]
    dialogs.set_next_answer("discard")
    qtbot.keyClick(dialog.other, Qt.Key_Escape)
    assert not dialog.isVisible()
    assert residents.find(window.session, second["case_number"])["id"] == second["id"]  # nothing merged


@pytest.mark.parametrize("tab", ["details", "ServicesTab", "SafetyTab", "NotesTab", "PlanTab", "StaysTab"])
def test_ctrl_s_with_nothing_unsaved_stores_nothing(qtbot, two, tab):
    window, first, _second = two
    record = _record(window)
    conn = window.session.db.conn
    if tab == "ServicesTab":  # one service logged with Ctrl+S; date and service stay filled in for the next
        _type_into(qtbot, window, "services")
        qtbot.keyClick(record.tab(tab).fields.notes_edit, Qt.Key_S, Qt.ControlModifier)
        assert len(services.for_resident(window.session, first["id"])) == 1
    target = record.fields["full_name"][0] if tab == "details" else record.tab(tab)
    audited = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    target.setFocus()
    qtbot.keyClick(target, Qt.Key_S, Qt.ControlModifier)
    assert record.summary.text() == "Nothing to save."
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audited  # nothing stored again
    assert len(services.for_resident(window.session, first["id"])) == (1 if tab == "ServicesTab" else 0)
    if tab == "SafetyTab":
        assert not record.tab(tab).plan_message.isVisible()  # no "write the concerns" error on a blank plan


def test_a_service_chosen_is_unsaved_until_logged_and_the_plan_names_the_no_education_reason(qtbot, two):
    window, _first, _second = two
    record = _record(window)
    services_tab = record.tab("ServicesTab")
    services_tab.fields.type_combo.setCurrentIndex(2)  # a service and an organisation chosen, nothing typed
    services_tab.fields.provider_combo.setEditText("Тестовая организация")
    assert services_tab.unsaved_work() == ["Services: " + services_tab.fields.type_combo.currentText()
                                           + " not yet logged"]
    dialogs.set_next_answer("discard")
    window.main_view.show_page("due")
    assert not services_tab.has_unsaved_work()
    window.main_view.show_page("residents")

    plan_tab = record.tab("PlanTab")
    qtbot.mouseClick(plan_tab.edit_button, Qt.LeftButton)
    type_text(qtbot, plan_tab.no_education_reason, "Учится в колледже")
    assert plan_tab.unsaved_work() == ["Plan, draft version 1: why there is no education goal"]
    plan_tab.discard_work()


def test_an_unexpected_error_making_thumbnails_is_shown(qtbot, two, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    from shelter_app.ui import attachments_tab, error_hook

    window, first, _second = two
    scan = tmp_path / "scan.png"
    image = QImage(20, 20, QImage.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(scan))
    casefile.add_attachment_file(window.session, first["id"], scan, title="Скан", kind="other", date="2025-02-01")

    def broken(_media_type, _data):
        raise RuntimeError("a bug")

    monkeypatch.setattr(attachments_tab, "make_thumbnail", broken)
    monkeypatch.setattr(error_hook, "_last_shown", 0.0)
    dialogs.set_next_answer(True)  # the message box
    _record(window).tab("AttachmentsTab")
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in dialogs.shown), timeout=5000)
    kind, title, text = next(s for s in dialogs.shown if s[0] == "error")
    assert title == "Unexpected error" and "RuntimeError" in text and "a bug" not in text
    tab = _record(window).tab("AttachmentsTab")
    qtbot.waitUntil(lambda: tab._thumbnailing is None)
    tab.table.viewport().repaint()  # the row is drawn again: it is not tried again, nothing more is shown
    assert tab._thumbnailing is None and [s[0] for s in dialogs.shown].count("error") == 1


def test_every_page_and_tab_signs_its_contract():
    from shelter_app.ui import extensions

    for _key, module, name in extensions.PAGES:
        assert issubclass(extensions.load(module, name), extensions.Page), name
    for module, name in extensions.RECORD_TABS:
        assert issubclass(extensions.load(module, name), extensions.RecordTab), name
