"""The Plan tab driven as a person would: draft, approve, edit into a new
version, review, print and save as PDF."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import Qt

from shelter_app import plans, residents
from shelter_app.db import audit as audit_db
from shelter_app.ui import dialogs, document_printer
from shelter_app.ui.plan_tab import PlanTab
from tests.gui.conftest import table_texts, type_text


@pytest.fixture
def person(login, make_resident):
    dina = login("dina")
    return residents.create(dina, make_resident(full_name="Асанова Айгүл"), intake_date="2025-02-02")


def _tab(qtbot, session, resident_id):
    tab = PlanTab(session, resident_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    return tab


def _click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.LeftButton)


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _draft_with_a_goal(qtbot, tab, goal="Паспорт алуу ңөү"):
    _click(qtbot, tab.edit_button)
    tab.need_widgets["documents"][0].set_code("high")
    type_text(qtbot, tab.need_widgets["documents"][1], "Паспорту жок.")
    tab.parts.setCurrentIndex(1)
    _click(qtbot, tab.add_goal_button)
    tab.goal_area.set_code("documents")
    type_text(qtbot, tab.goal_text, goal)
    type_text(qtbot, tab.goal_actions, "Apply at the passport desk & wait")
    tab.goal_target.clear()
    qtbot.keyClicks(tab.goal_target, "01.09.2026")
    _click(qtbot, tab.save_button)


def test_a_social_worker_drafts_a_plan_but_cannot_approve_it(qtbot, login, person):
    sam = login("sam")
    tab = _tab(qtbot, sam, person["id"])
    assert tab.empty.isVisible() and tab.edit_button.isVisible()
    _click(qtbot, tab.edit_button)
    tab.parts.setCurrentIndex(1)
    _click(qtbot, tab.add_goal_button)
    tab.goal_area.set_code("documents")
    _click(qtbot, tab.save_button)  # the goal has no text yet
    assert tab.message.isVisible() and "Goal 1" in tab.message.text()
    assert plans.get(sam, tab.plan["id"])["goals"] == []
    type_text(qtbot, tab.goal_text, "Obtain a new passport")
    _click(qtbot, tab.save_button)
    assert not tab.message.isVisible()
    assert [g["goal"] for g in plans.get(sam, tab.plan["id"])["goals"]] == ["Obtain a new passport"]
    assert table_texts(tab.goals_table, 2) == ["Obtain a new passport"]
    assert not tab.approval_group.isVisible()  # only a director approves
    assert "Draft" in tab.status.text()


def test_director_approves_then_editing_makes_a_new_version(qtbot, login, person):
    dina = login("dina")
    tab = _tab(qtbot, dina, person["id"])
    _draft_with_a_goal(qtbot, tab)
    assert tab.approval_group.isVisible()
    tab.approved_on.setText("31.02.2026")
    _click(qtbot, tab.approve_button)  # the resident's agreement is not ticked, and the date is impossible
    # each problem once, beside its field, saying what to do
    assert tab.agreed_error.text().startswith("Tick “The resident agrees with this plan”")
    assert tab.approved_on_error.text() == "Not a valid date: 31.02.2026. Use YYYY-MM-DD or DD.MM.YYYY."
    assert tab.message.text() == ""
    tab.approved_on.setText(__import__("datetime").date.today().strftime("%d.%m.%Y"))
    assert tab.plan["status"] == "draft"
    tab.agreed.setChecked(True)
    _click(qtbot, tab.approve_button)
    assert tab.plan["status"] == "active" and "In force" in tab.status.text()
    assert not tab.goal_editor.isEnabled() and not tab.save_button.isVisible()

    _click(qtbot, tab.edit_button)  # "Edit (new version)"
    assert tab.plan["version"] == 2 and tab.plan["status"] == "draft"
    assert tab.versions.count() == 2
    tab.parts.setCurrentIndex(1)
    tab.goals_table.selectRow(0)
    tab.goal_text.selectAll()
    type_text(qtbot, tab.goal_text, "Changed goal")
    _click(qtbot, tab.save_button)

    # The approved version is still there, unchanged, one choice away.
    assert tab.versions.currentIndex() == 0  # newest first
    qtbot.keyClick(tab.versions, Qt.Key_Down)  # nothing unsaved: no question asked
    assert dialogs.shown == []
    assert tab.plan["version"] == 1 and tab.plan["status"] == "active"
    assert table_texts(tab.goals_table, 2) == ["Паспорт алуу ңөү"]


def test_unsaved_changes_are_not_lost_by_switching_versions(qtbot, login, person):
    dina = login("dina")
    tab = _tab(qtbot, dina, person["id"])
    _draft_with_a_goal(qtbot, tab)
    tab.agreed.setChecked(True)
    _click(qtbot, tab.approve_button)
    _click(qtbot, tab.edit_button)
    type_text(qtbot, tab.wishes, "Хочу учиться")
    dialogs.set_next_answer(False)  # keep editing
    qtbot.keyClick(tab.versions, Qt.Key_Down)
    assert tab.versions.currentIndex() == 0 and tab.plan["version"] == 2 and "Хочу учиться" in tab.wishes.toPlainText()
    assert dialogs.shown[-1][0] == "confirm"


def test_reviews_are_recorded_on_the_active_plan(qtbot, login, person):
    dina = login("dina")
    tab = _tab(qtbot, dina, person["id"])
    _draft_with_a_goal(qtbot, tab)
    tab.agreed.setChecked(True)
    _click(qtbot, tab.approve_button)
    tab.parts.setCurrentIndex(3)
    assert tab.review_group.isVisible()
    _click(qtbot, tab.review_button)  # no progress written
    assert tab.review_error.isVisible()
    type_text(qtbot, tab.review_progress, "Паспортко арыз берилди.")
    _click(qtbot, tab.review_button)
    assert not tab.review_error.isVisible()
    assert table_texts(tab.reviews_table, 1) == ["Паспортко арыз берилди."]


def test_save_as_pdf_warns_then_writes_the_plan_in_the_chosen_language(qtbot, login, person, tmp_path):
    dina = login("dina")
    tab = _tab(qtbot, dina, person["id"])
    _draft_with_a_goal(qtbot, tab)
    tab.agreed.setChecked(True)
    _click(qtbot, tab.approve_button)
    tab.print_language.setCurrentIndex(tab.print_language.findData("ky"))
    tab.case_numbers_only.setChecked(True)

    dialogs.set_next_answer(False)  # the warning: don't save
    _click(qtbot, tab.pdf_button)
    assert "not encrypted" in dialogs.shown[-1][2]
    assert list(tmp_path.glob("*.pdf")) == []

    out = tmp_path / "plan.pdf"
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out))
    _click(qtbot, tab.pdf_button)
    text = _pdf_text(out.read_bytes())
    assert "Паспорт алуу ңөү" in text and "Жеке реабилитация планы" in text
    assert person["case_number"] in text and "Асанова" not in text
    actions = [r["action"] for r in audit_db.query(dina.db.conn)]
    assert "plan_saved_pdf" in actions


def test_print_goes_to_the_printer_and_is_audited(qtbot, login, person, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    dina = login("dina")
    tab = _tab(qtbot, dina, person["id"])
    _draft_with_a_goal(qtbot, tab, goal="Тигүүчүлүк курсун бүтүрүү")
    tab.agreed.setChecked(True)
    _click(qtbot, tab.approve_button)

    monkeypatch.setattr(document_printer, "ask_printer", lambda parent, title: None)  # cancelled
    _click(qtbot, tab.print_button)
    assert "plan_printed" not in [r["action"] for r in audit_db.query(dina.db.conn)]

    # The printer stands in for a real one: it writes what it was sent to a PDF the test reads.
    target = tmp_path / "printer-output.pdf"

    def printer(parent, title):
        p = QPrinter(QPrinter.HighResolution)
        p.setOutputFormat(QPrinter.PdfFormat)
        p.setOutputFileName(str(target))
        return p

    monkeypatch.setattr(document_printer, "ask_printer", printer)
    tab.print_language.setCurrentIndex(tab.print_language.findData("ru"))
    _click(qtbot, tab.print_button)
    text = "".join(_pdf_text(target.read_bytes()).split())  # Qt's PDF separates words with tabs
    for expected in ("Тигүүчүлүк курсун бүтүрүү", "Асанова Айгүл", "Индивидуальный план реабилитации",
                     "Страница 1 из 1", "Apply at the passport desk & wait"):
        assert "".join(expected.split()) in text, expected
    printed = [r for r in audit_db.query(dina.db.conn) if r["action"] == "plan_printed"]
    assert [r["record_id"] for r in printed] == [person["case_number"]]


def test_the_tab_is_in_the_resident_record(qtbot, login, person, english):
    from shelter_app.ui.record import ResidentRecord

    dina = login("dina")
    record = ResidentRecord(dina, person["id"])
    qtbot.addWidget(record)
    tab = record.tab("PlanTab")
    assert isinstance(tab, PlanTab)
    assert record.tabs.tabText(record.tabs.currentIndex()) == "&Plan"
    assert tab.empty.text() == "This resident has no plan yet."


def test_goal_and_review_models_pass_the_model_tester(qtbot, qtmodeltester, login, person):
    from shelter_app.ui.plan_tab import GoalsModel, ReviewsModel

    goals = GoalsModel()
    goals.set_rows([{"domain": "documents", "goal": "Паспорт алуу", "actions": "Арыз", "responsible": "Sam",
                     "target_date": "01.09.2026", "status": "open"},
                    {"domain": None, "goal": "", "actions": "", "responsible": "", "target_date": "",
                     "status": "open"}])
    qtmodeltester.check(goals)
    reviews = ReviewsModel()
    reviews.set_rows([{"review_date": "2025-03-12", "progress": "Арыз берилди.\nКүтүүдө.",
                       "next_review_date": None, "reviewed_by": "sam"}])
    qtmodeltester.check(reviews)
    assert reviews.index(0, ReviewsModel.PROGRESS).data() == "Арыз берилди. Күтүүдө."


def test_a_review_due_opens_the_plan_in_one_click(qtbot, signed_in):
    from shelter_app import demo

    window = signed_in("dina")
    demo.generate(window.session, 80, seed=3)
    main = window.main_view
    due_page = main.show_page("due")
    due_page.window_box.setCurrentIndex(due_page.window_box.count() - 1)
    rows = [i for i, item in enumerate(due_page.model.items) if item.kind == "review"]
    assert rows
    item = due_page.model.items[rows[0]]
    rect = due_page.table.visualRect(due_page.model.index(rows[0], 1))
    qtbot.mouseClick(due_page.table.viewport(), Qt.LeftButton, pos=rect.center())
    record = main.page("residents").record
    assert record is not None and record.resident_id == item.resident_id
    tab = record.tabs.currentWidget().findChild(PlanTab)
    assert tab is not None and tab.plan["id"] == item.record_id


def test_typed_work_survives_an_auto_lock(qtbot, login, person):
    dina = login("dina")
    tab = _tab(qtbot, dina, person["id"])
    _draft_with_a_goal(qtbot, tab)
    type_text(qtbot, tab.wishes, "Хочу учиться на швею")
    state = tab.lock_state()
    assert state is not None
    tab.close()
    dina = login("dina")  # unlocked again by the same person
    again = _tab(qtbot, dina, person["id"])
    assert "Хочу учиться" not in again.wishes.toPlainText()
    again.restore_state(state)
    assert "Хочу учиться на швею" in again.wishes.toPlainText()
    assert again.has_unsaved_changes()
    assert table_texts(again.goals_table, 2) == ["Паспорт алуу ңөү"]


def test_a_lawyer_sees_no_plan(qtbot, login, person):
    dina = login("dina")
    plan_id = plans.new_draft(dina, person["id"])
    plans.save_draft(dina, plan_id, {"goals": [{"domain": "legal", "goal": "Secret goal"}]})
    lena = login("lena")
    tab = _tab(qtbot, lena, person["id"])
    assert "does not give access" in tab.empty.text()
    assert not tab.parts.isVisible() and not tab.edit_button.isVisible() and not tab.print_group.isVisible()


def _luminance(colour) -> float:
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def test_an_approved_plan_is_readable(qtbot, login, person):
    from PySide6.QtGui import QPalette

    dina = login("dina")
    tab = _tab(qtbot, dina, person["id"])
    _draft_with_a_goal(qtbot, tab)
    tab.agreed.setChecked(True)
    _click(qtbot, tab.approve_button)
    assert tab.plan["status"] == "active"
    for widget in (tab.goal_text, tab.need_widgets["documents"][0]):
        assert not widget.isEnabled()  # read, not edited
        palette = widget.palette()
        text = palette.color(QPalette.Disabled, QPalette.Text)
        ground = palette.color(QPalette.Disabled, QPalette.Base)
        light, dark = sorted((_luminance(text), _luminance(ground)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5  # WCAG AA contrast, not grey on grey
