"""The Legal tab driven as a lawyer would: open a case, add its events, read
the timeline, the flags and the non-punishment principle."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from shelter_app import due, legal, residents, services
from shelter_app.i18n import format_date
from shelter_app.ui import dialogs


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident())


def _tab(qtbot, session, resident_id):
    from shelter_app.ui.legal_tab import LegalTab

    tab = LegalTab(session, resident_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    return tab


def _texts(model, column):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _answer_dialog(monkeypatch, cls, fill):
    """Replaces exec() of a dialog class: fill(dialog) types and clicks Save,
    as many times as it likes; the dialog's own outcome is returned."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def test_new_case_then_events_on_the_timeline(qtbot, login, resident, monkeypatch):
    from shelter_app.ui import legal_tab
    from shelter_app.ui.legal_tab import CasesModel, EventsModel

    tab = _tab(qtbot, login("lena"), resident["id"])
    assert tab.cases_model.rowCount() == 0 and not tab.add_event_button.isEnabled()

    def fill_case(d):
        qtbot.mouseClick(d.save_button, Qt.LeftButton)  # empty: refused
        assert "Required" in d.error.text()
        qtbot.keyClicks(d.ref_edit, "UD-2025-0456")
        d.article_combo.set_code("166")
        d.role_combo.set_code("victim")
        d.lawyer_edit.insert("Токтогулова Асель")
        d.aid_combo.setCurrentIndex(1)
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer_dialog(monkeypatch, legal_tab.CaseDialog, fill_case)
    qtbot.mouseClick(tab.new_case_button, Qt.LeftButton)
    assert _texts(tab.cases_model, CasesModel.REF) == ["UD-2025-0456"]
    assert _texts(tab.cases_model, CasesModel.ARTICLE) == ["Art. 166 — Trafficking in persons"]
    assert _texts(tab.cases_model, CasesModel.STATE_AID) == ["Yes"]
    assert not tab.principle_box.isVisible()  # a victim

    hearing = _dt.date.today() + _dt.timedelta(days=5)

    def fill_event(d):
        d.date_edit.setText("10.03.2025")
        d.stage_combo.set_code("sent_to_court")
        qtbot.keyClicks(d.months_edit, "36")  # a sentence without a conviction
        qtbot.mouseClick(d.save_button, Qt.LeftButton)
        assert "only with a conviction" in d.error.text()
        d.months_edit.clear()
        qtbot.keyClicks(d.hearing_edit, hearing.strftime("%d.%m.%Y"))
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    seen = _answer_dialog(monkeypatch, legal_tab.EventDialog, fill_event)
    qtbot.mouseClick(tab.add_event_button, Qt.LeftButton)
    assert seen[0].result() == QDialog.Accepted
    assert _texts(tab.events_model, EventsModel.STAGE) == ["Sent to court"]
    assert _texts(tab.cases_model, CasesModel.HEARING) == [format_date(hearing)]
    # ... and the hearing is on the Due list of the coming week.
    assert [i.due_date for i in due.items(tab.session) if i.kind == "hearing"] == [hearing.isoformat()]

    def fill_conviction(d):
        d.date_edit.setText(_dt.date.today().strftime("%d.%m.%Y"))
        d.stage_combo.set_code("conviction")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)  # no sentence given
        assert "sentence in months" in d.error.text()
        qtbot.keyClicks(d.months_edit, "96")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer_dialog(monkeypatch, legal_tab.EventDialog, fill_conviction)
    qtbot.mouseClick(tab.add_event_button, Qt.LeftButton)
    assert _texts(tab.events_model, EventsModel.SENTENCE) == ["", "96 months"]
    assert _texts(tab.cases_model, CasesModel.STAGE) == ["Conviction"]


def test_future_event_date_is_refused(qtbot, login, resident, monkeypatch):
    from shelter_app.ui import legal_tab

    lena = login("lena")
    legal.create_case(lena, resident["id"], {"case_ref": "A-1", "cc_article": "170", "resident_role": "witness"})
    tab = _tab(qtbot, lena, resident["id"])
    errors = []

    def fill(d):
        d.date_edit.setText((_dt.date.today() + _dt.timedelta(days=2)).strftime("%d.%m.%Y"))
        d.stage_combo.set_code("investigation_opened")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)
        errors.append(d.error.text())

    _answer_dialog(monkeypatch, legal_tab.EventDialog, fill)
    qtbot.mouseClick(tab.add_event_button, Qt.LeftButton)
    assert "future" in errors[0]
    assert tab.events_model.rowCount() == 0


def test_flags_shown_for_requalification_and_reconciliation(qtbot, login, resident):
    lena = login("lena")
    case = legal.create_case(lena, resident["id"], {"case_ref": "B-7", "cc_article": "166",
                                                     "resident_role": "victim"})
    tab = _tab(qtbot, lena, resident["id"])
    assert not tab.flags_label.isVisible()
    legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "requalified", "cc_article": "160"})
    tab.refresh()
    assert tab.flags_label.isVisible()
    assert "requalified from Art. 166" in tab.flags_label.text() and "Art. 160" in tab.flags_label.text()
    legal.add_event(lena, case["id"], {"date": "2025-04-01", "stage": "reconciliation"})
    tab.refresh()
    assert "reconciliation" in tab.flags_label.text()
    from shelter_app.ui.legal_tab import CasesModel

    assert _texts(tab.cases_model, CasesModel.ARTICLE) == ["Art. 160 — Facilitation of prostitution and debauchery"]
    assert _texts(tab.cases_model, CasesModel.FLAGS) == ["⚑ 2"]


def test_non_punishment_principle_for_a_suspect(qtbot, login, resident):
    lena = login("lena")
    case = legal.create_case(lena, resident["id"], {"case_ref": "C-3", "cc_article": "other",
                                                     "resident_role": "suspect"})
    tab = _tab(qtbot, lena, resident["id"])
    assert tab.principle_box.isVisible()
    assert "Law of the Kyrgyz Republic No. 55" in tab.principle_label.text()
    assert not tab.raised_check.isChecked()
    # Click the box itself, at the left of the (wide) check box.
    qtbot.mouseClick(tab.raised_check, Qt.LeftButton, pos=QPoint(8, tab.raised_check.height() // 2))
    assert legal.get_case(lena, case["id"])["non_punishment_raised"] == 1
    assert tab.raised_check.isChecked()


def test_social_worker_reads_but_cannot_edit(qtbot, login, resident):
    lena = login("lena")
    case = legal.create_case(lena, resident["id"], {"case_ref": "D-1", "cc_article": "166",
                                                     "resident_role": "defendant"})
    legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "complaint_filed"})
    tab = _tab(qtbot, login("sam"), resident["id"])
    assert tab.cases_model.rowCount() == 1 and tab.events_model.rowCount() == 1
    tab.events_view.selectRow(0)
    for b in (tab.new_case_button, tab.edit_case_button, tab.delete_case_button, tab.add_event_button,
              tab.edit_event_button, tab.delete_event_button, tab.raised_check):
        assert not b.isEnabled()
    assert not tab.log_consultation_button.isVisible()


def test_legal_consultations_on_the_legal_tab(qtbot, login, resident, monkeypatch):
    from shelter_app.ui import services_tab
    from shelter_app.ui.legal_tab import LegalServicesModel

    lena = login("lena")
    services.log(lena, resident["id"], {"date": "2025-03-01", "service_type": "legal_consultation",
                                        "notes": "Права потерпевшей"})
    tab = _tab(qtbot, lena, resident["id"])
    assert _texts(tab.services_model, LegalServicesModel.TYPE) == ["Legal consultation"]

    def fill(d):
        assert d.fields.type_combo.currentData() == "legal_consultation"
        qtbot.keyClicks(d.fields.duration_edit, "60")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer_dialog(monkeypatch, services_tab.ServiceDialog, fill)
    qtbot.mouseClick(tab.log_consultation_button, Qt.LeftButton)
    assert _texts(tab.services_model, LegalServicesModel.DURATION) == ["60", ""]


def test_delete_event_and_case_after_confirmation(qtbot, login, resident):
    lena = login("lena")
    case = legal.create_case(lena, resident["id"], {"case_ref": "E-9", "cc_article": "172",
                                                     "resident_role": "victim"})
    legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "complaint_filed"})
    tab = _tab(qtbot, lena, resident["id"])
    tab.events_view.selectRow(0)
    dialogs.set_next_answer(True)
    qtbot.mouseClick(tab.delete_event_button, Qt.LeftButton)
    assert tab.events_model.rowCount() == 0
    dialogs.set_next_answer(False)
    qtbot.mouseClick(tab.delete_case_button, Qt.LeftButton)
    assert tab.cases_model.rowCount() == 1
    dialogs.set_next_answer(True)
    qtbot.mouseClick(tab.delete_case_button, Qt.LeftButton)
    assert tab.cases_model.rowCount() == 0
    assert legal.cases(lena, resident["id"]) == []


def test_models(qtmodeltester, login, resident):
    from shelter_app.ui.legal_tab import CasesModel, EventsModel

    lena = login("lena")
    case = legal.create_case(lena, resident["id"], {"case_ref": "F-1", "cc_article": "166",
                                                     "resident_role": "victim"})
    legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "conviction", "non_custodial": True})
    cases = CasesModel()
    cases.set_items(legal.cases(lena, resident["id"]))
    qtmodeltester.check(cases)
    events = EventsModel()
    events.set_items(cases.items[0]["events"])
    qtmodeltester.check(events)
    assert events.data(events.index(0, EventsModel.SENTENCE)) == "Non-custodial"
