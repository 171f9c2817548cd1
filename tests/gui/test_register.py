"""The register and a resident's record."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shelter_app import residents
from shelter_app.ui import dialogs
from PySide6.QtWidgets import QWidget
from shelter_app.ui.register import RegisterModel
from tests.gui.conftest import table_texts, type_text


def names(register) -> list[str]:
    return table_texts(register.table, RegisterModel.NAME)


def test_adding_a_resident_with_a_mistake_then_fixing_it(qtbot, signed_in):
    window = signed_in("sam")
    register = window.main_view.page("residents")
    assert register.model.rowCount() == 0
    qtbot.mouseClick(register.new_button, Qt.LeftButton)
    record = register.record
    assert record is not None and record.title.text() == "New resident"

    type_text(qtbot, record.fields["full_name"][0], "Осмонова Нургүл")
    dob = record.fields["date_of_birth"][0]
    qtbot.keyClicks(dob, "31.02.2001")
    qtbot.keyClick(record.fields["full_name"][0], Qt.Key_S, Qt.ControlModifier)  # Ctrl+S

    # Nothing saved; the messages are beside the wrong fields.
    assert record.resident_id is None
    assert residents.count(window.session) == 0
    err = record.fields["date_of_birth"][1]
    assert err.isVisible() and "Not a valid date: 31.02.2001" in err.text()
    for required in ("sex", "referral_source", "primary_exploitation", "citizenship", "exploitation_country"):
        assert record.fields[required][1].text() == "Required.", required
    assert not record.fields["full_name"][1].isVisible()
    assert record.summary.text().startswith("Please correct the fields marked in red.")

    dob.clear()
    qtbot.keyClicks(dob, "28.02.2001")
    record.fields["sex"][0].set_code("female")
    record.fields["referral_source"][0].set_code("hotline")
    record.fields["primary_exploitation"][0].set_code("forced_labour")
    qtbot.keyClicks(record.fields["citizenship"][0].lineEdit(), "KG")
    qtbot.keyClicks(record.fields["exploitation_country"][0].lineEdit(), "kz")
    qtbot.mouseClick(record.save_button, Qt.LeftButton)

    assert record.resident_id is not None, record.summary.text()
    assert not record.fields["date_of_birth"][1].isVisible()
    assert record.summary.text() == "Saved."
    stored = residents.get(window.session, record.resident_id)
    assert stored["date_of_birth"] == "2001-02-28" and stored["exploitation_country"] == "KZ"
    assert stored["case_number"] in record.title.text()
    assert record.tabs.count() >= 2  # the Stays tab and the others come after the first save

    qtbot.keyClick(record, Qt.Key_Escape)
    assert register.record is None
    assert names(register) == ["Осмонова Нургүл"]


def test_duplicate_warning_before_saving(qtbot, signed_in, make_resident):
    window = signed_in("sam")
    residents.create(window.session, make_resident(full_name="Асанова Айгүл", date_of_birth="1999-03-12"))
    register = window.main_view.page("residents")
    register.refresh()
    register.new_record()
    record = register.record
    data = make_resident(full_name="Asanova Aigul", date_of_birth="12.03.1999")
    for name, value in data.items():
        if name in record.fields:
            record._set(name, value)

    dialogs.set_next_answer("back")  # "Go back"
    assert not record.save()
    kind, title, text = dialogs.shown[-1]
    assert kind == "choose" and title == "Possible duplicate"
    assert "Асанова Айгүл" in text
    assert residents.count(window.session) == 1

    dialogs.set_next_answer("new")  # "Save as a new resident"
    assert record.save()
    assert residents.count(window.session) == 2


def test_duplicate_dialog_opens_the_existing_record(qtbot, signed_in, make_resident):
    window = signed_in("sam")
    existing = residents.create(window.session, make_resident(full_name="Асанова Айгүл", date_of_birth="1999-03-12"))
    register = window.main_view.page("residents")
    register.refresh()
    register.new_record()
    draft = register.record
    data = make_resident(full_name="Asanova Aigul", date_of_birth="12.03.1999")
    for name, value in data.items():
        if name in draft.fields:
            draft._set(name, value)
    dialogs.set_next_answer("open")  # "Open the existing record"
    assert not draft.save()
    assert residents.count(window.session) == 1  # nothing new was written
    assert register.record is not draft and register.record.resident_id == existing["id"]
    assert register.views.currentWidget() is register.record
    assert existing["case_number"] in register.record.title.text()


def test_search_narrows_the_list(qtbot, signed_in, make_resident):
    window = signed_in("sam")
    s = window.session
    a = residents.create(s, make_resident(full_name="Асанова Айгүл"), intake_date="2025-02-01")
    residents.create(s, make_resident(full_name="Токтогулова Бермет", external_id="IOM-77"))
    residents.create(s, make_resident(full_name="Petrov Sergei", sex="male", date_of_birth="1985-01-01"))
    register = window.main_view.page("residents")
    register.refresh()
    assert len(names(register)) == 3
    assert register.count_label.text() == "3 residents"

    qtbot.keyClicks(register.search, "a")  # one letter would match a third of the register
    assert len(names(register)) == 3 and register.count_label.text().startswith("Keep typing")
    qtbot.keyClicks(register.search, "ig")  # Latin finds Cyrillic
    assert names(register) == ["Асанова Айгүл"]
    register.search.clear()
    type_text(qtbot, register.search, "БЕРМ")  # Cyrillic, any case
    assert names(register) == ["Токтогулова Бермет"]
    register.search.clear()
    qtbot.keyClicks(register.search, "iom-77")
    assert names(register) == ["Токтогулова Бермет"]
    register.search.clear()
    qtbot.keyClicks(register.search, a["case_number"][:5])  # "2025-": every case number of the year
    assert len(names(register)) == 3 and register.count_label.text().startswith("Keep typing: a year")
    qtbot.keyClicks(register.search, a["case_number"][5:])
    assert names(register) == ["Асанова Айгүл"]
    register.search.clear()
    qtbot.keyClicks(register.search, "zzz")
    assert names(register) == [] and register.count_label.text() == "0 residents"
    register.search.clear()

    register.in_shelter.setCurrentIndex(register.in_shelter.findData(True))
    assert names(register) == ["Асанова Айгүл"]
    register.in_shelter.setCurrentIndex(0)
    register.sex_age.set_code("men")
    assert names(register) == ["Petrov Sergei"]
    register.sex_age.set_code(None)

    # Sorting by a column header, both ways.
    header = register.table.horizontalHeader()
    header.setSortIndicator(RegisterModel.NAME, Qt.AscendingOrder)
    assert names(register) == ["Petrov Sergei", "Асанова Айгүл", "Токтогулова Бермет"]
    header.setSortIndicator(RegisterModel.NAME, Qt.DescendingOrder)
    assert names(register)[0] == "Токтогулова Бермет"


def test_open_record_from_register_and_discharge(qtbot, signed_in, make_resident):
    window = signed_in("sam")
    created = residents.create(window.session, make_resident(), intake_date="2025-02-01", room="3")
    register = window.main_view.page("residents")
    register.refresh()
    index = register.model.index(0, 0)
    register.table.setCurrentIndex(index)
    qtbot.keyClick(register.table, Qt.Key_Return)
    record = register.record
    assert record is not None and record.resident_id == created["id"]
    assert "in the shelter" in record.title.text()
    stays = record.tab("StaysTab")
    assert stays.discharge_group.isVisibleTo(stays) and not stays.admit_group.isVisibleTo(stays)
    stays.exit_date.setText("01.01.2025")
    qtbot.mouseClick(stays.discharge_button, Qt.LeftButton)
    assert "before the intake date" in stays.exit_error.text()
    assert stays.reason_error.text() == "Required."
    stays.exit_date.setText("01.03.2025")
    stays.reason.set_code("family_reintegration")
    dialogs.set_next_answer(True)  # "Discharge the resident on 01.03.2025?"
    qtbot.mouseClick(stays.discharge_button, Qt.LeftButton)
    assert dialogs.shown[-1][0] == "confirm" and "01.03.2025" in dialogs.shown[-1][2]
    assert not stays.exit_error.isVisible()
    assert stays.model.index(0, 1).data() == "01 Mar 2025"
    assert stays.model.index(0, 2).data() == "Family reintegration"
    assert "in the shelter" not in record.title.text()
    assert stays.admit_group.isVisibleTo(stays)


def test_editing_an_existing_record(qtbot, signed_in, make_resident):
    window = signed_in("sam")
    created = residents.create(window.session, make_resident())
    register = window.main_view.page("residents")
    register.open_record(created["id"])
    record = register.record
    assert not record.is_dirty()
    record.fields["case_status"][0].set_code("closed")
    record.fields["means_of_control"][0].set_codes(["threats", "debt_bondage"])
    notes = record.fields["safety_notes"][0]
    type_text(qtbot, notes, "Не сообщать адрес брату.")
    assert record.is_dirty()
    assert record.save()
    stored = residents.get(window.session, created["id"])
    assert stored["case_status"] == "closed"
    assert stored["means_of_control"] == ["debt_bondage", "threats"]
    assert stored["safety_notes"] == "Не сообщать адрес брату."
    assert not record.is_dirty()


def test_keyboard_alone(qtbot, signed_in):
    """Ctrl+N, type, Tab from field to field, Ctrl+S, Escape: no mouse."""
    from PySide6.QtWidgets import QApplication

    window = signed_in("sam")
    register = window.main_view.page("residents")
    register.search.setFocus()
    qtbot.keyClick(register.search, Qt.Key_N, Qt.ControlModifier)
    record = register.record
    assert record is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is record.fields["full_name"][0], timeout=2000)
    type_text(qtbot, QApplication.focusWidget(), "Үсөнова Гүлнара")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is record.fields["sex"][0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Down)  # first choice: Female
    assert record.fields["sex"][0].code() == "female"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is record.fields["date_of_birth"][0]
    qtbot.keyClicks(QApplication.focusWidget(), "05.05.2003")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_S, Qt.ControlModifier)
    assert record.fields["referral_source"][1].text() == "Required."
    assert QApplication.focusWidget() is record.fields["citizenship"][0] or \
        QApplication.focusWidget() in record.fields["citizenship"][0].findChildren(QWidget)
    # Escape with unsaved typing asks first, naming what is unsaved; Cancel keeps it.
    dialogs.set_next_answer("cancel")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert register.record is record and dialogs.shown[-1][0] == "unsaved"
    assert "details: Full name" in dialogs.shown[-1][2]
    assert record.fields["full_name"][0].text() == "Үсөнова Гүлнара"
    dialogs.set_next_answer("discard")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert register.record is None


def test_due_opens_the_record_in_one_click(qtbot, signed_in):
    from shelter_app import demo

    window = signed_in("dina")
    demo.generate(window.session, 80, seed=3)
    main = window.main_view
    due_page = main.show_page("due")
    due_page.window_box.setCurrentIndex(due_page.window_box.count() - 1)
    assert due_page.model.rowCount() > 0
    item = due_page.model.items[0]
    rect = due_page.table.visualRect(due_page.model.index(0, 1))
    qtbot.mouseClick(due_page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert main.current_key() == "residents"
    record = main.page("residents").record
    assert record is not None and record.resident_id == item.resident_id
    assert item.case_number in record.title.text()


def test_a_mistyped_name_is_warned_about_not_refused(qtbot, signed_in, make_resident):
    window = signed_in("sam")
    register = window.main_view.page("residents")
    register.new_record()
    record = register.record
    data = make_resident(full_name="Тoктогулова Бермет")  # a Latin "o" in a Cyrillic word
    for name, value in data.items():
        if name in record.fields:
            record._set(name, value)
    dialogs.set_next_answer(False)  # "Correct the name"
    assert not record.save()
    kind, title, text = dialogs.shown[-1]
    assert kind == "confirm" and title == "Check the name" and "Тoктогулова" in text
    assert residents.count(window.session) == 0
    dialogs.set_next_answer(True)  # "Save as it is"
    assert record.save()
    assert residents.count(window.session) == 1


def test_languages_are_ticked_by_name(qtbot, signed_in, make_resident):
    window = signed_in("sam")
    register = window.main_view.page("residents")
    register.new_record()
    record = register.record
    picker = record.fields["languages"][0]
    labels = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert "Kyrgyz" in labels and "Uzbek" in labels and "ky" not in labels
    for name, value in make_resident(full_name="Жумабаева Асель").items():
        if name in record.fields and name != "languages":
            record._set(name, value)
    for i in range(picker.list.count()):
        if picker.list.item(i).text() in ("Kyrgyz", "Uzbek"):
            picker.list.item(i).setCheckState(Qt.Checked)
    picker.other.setText("fa")
    assert record.save(), record.summary.text()
    stored = residents.get(window.session, record.resident_id)
    assert sorted(stored["languages"]) == ["fa", "ky", "uz"]


def test_an_empty_register_says_what_to_do_first(qtbot, signed_in, make_resident):
    window = signed_in("dina")
    register = window.main_view.page("residents")
    register.refresh()
    assert register.empty_hint.isVisible()
    assert "New resident" in register.empty_hint.text() and "Import" in register.empty_hint.text()
    assert register.count_label.text() == "0 residents"
    residents.create(window.session, make_resident())
    register.refresh()
    assert not register.empty_hint.isVisible() and register.count_label.text() == "1 resident"
    type_text(qtbot, register.search, "zzzz")  # nothing found is not an empty register
    assert not register.empty_hint.isVisible()
