"""The Identification (NRM), Risk and safety, and Child tabs driven as a social
worker would: fill the screening form, refer, record the decision, assess
the risk, write the safety plan, add a guardian; print; and what a lawyer sees."""

from __future__ import annotations

import datetime as _dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from shelter_app import children, i18n, legal, nrm, organisations, residents, safety
from shelter_app.ui import dialogs


def _years_ago(years: int) -> str:
    today = _dt.date.today()
    return today.replace(year=today.year - years, day=min(today.day, 28)).isoformat()


@pytest.fixture
def adult(director, make_resident):
    return residents.create(director, make_resident(full_name="Садыкова Нургуль", date_of_birth="1995-04-02"))


@pytest.fixture
def child(director, make_resident):
    return residents.create(director, make_resident(full_name="Токтогулова Бермет", date_of_birth=_years_ago(15),
                                                    registration_date=_dt.date.today().isoformat(),
                                                    consent_data_processing=_dt.date.today().isoformat()))


def _show(qtbot, tab):
    qtbot.addWidget(tab)
    tab.resize(1300, 560)
    tab.show()
    return tab


def _answer(monkeypatch, cls, fill):
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def _tick(checklist, *codes_):
    for i in range(checklist.count()):
        item = checklist.item(i)
        if item.data(Qt.UserRole) in codes_:
            item.setCheckState(Qt.Checked)


def _texts(model, column):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


# --- NRM --------------------------------------------------------------------------------

def test_screening_of_a_child_then_referral_and_decision(qtbot, login, child, monkeypatch, qtmodeltester):
    from shelter_app.ui.nrm_tab import (
        DecisionDialog,
        NrmTab,
        ReferralDialog,
        ScreeningDialog,
    )

    sam = login("sam")
    body = organisations.add_organisation(sam, {"name": "Synthetic Commission",
                                                "organisation_type": "authorised_nrm_body"})
    tab = _show(qtbot, NrmTab(sam, child["id"]))
    assert "Not identified" in tab.status.text()
    assert not tab.print_letter_button.isEnabled()
    changed = []
    tab.changed.connect(lambda: changed.append(1))

    def fill(d):
        d.act_date_edit.clear()
        qtbot.keyClicks(d.act_date_edit, (_dt.date.today() - _dt.timedelta(days=200)).strftime("%d.%m.%Y"))
        assert "child criteria" in d.criteria_label.text()
        assert "not required" in d.means_title.text()
        _tick(d.acts, "recruitment", "harbouring")
        _tick(d.purposes, "sexual_exploitation")
        assert "Indicators met" in d.suggestion.text()  # no means: enough for a child
        level, note = d.need_widgets["health"]
        level.set_code("high")
        note.setText("Нужен осмотр врача")  # QTest types Latin keys only
        d.result_combo.set_code("indicators_met")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    seen = _answer(monkeypatch, ScreeningDialog, fill)
    qtbot.mouseClick(tab.screen_button, Qt.LeftButton)
    assert seen and seen[0].result() == QDialog.Accepted
    assert "Presumed victim" in tab.status.text() and changed
    assert _texts(tab.screenings_model, 1) == ["Indicators met"]
    assert _texts(tab.screenings_model, 2) == ["child"]
    qtmodeltester.check(tab.screenings_model)

    def refer(d):
        d.body_combo.setCurrentIndex(d.body_combo.findData(body))
        _tick(d.shared, "name", "needs")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, ReferralDialog, refer)
    qtbot.mouseClick(tab.refer_button, Qt.LeftButton)
    assert _texts(tab.referrals_model, 1) == ["Synthetic Commission"]
    assert _texts(tab.referrals_model, 2) == ["waiting"]
    assert tab.print_letter_button.isEnabled()

    def decide(d):
        d.decision_combo.set_code("identified")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, DecisionDialog, decide)
    qtbot.mouseClick(tab.decision_button, Qt.LeftButton)
    assert "Identified" in tab.status.text() and "Synthetic Commission" in tab.status.text()
    assert residents.get(sam, child["id"])["nrm_status"] == "identified"
    qtmodeltester.check(tab.referrals_model)


def test_adult_screening_without_means_is_refused_in_the_form(qtbot, login, adult, monkeypatch):
    from shelter_app.ui.nrm_tab import NrmTab, ScreeningDialog

    tab = _show(qtbot, NrmTab(login("sam"), adult["id"]))

    def fill(d):
        qtbot.keyClicks(d.act_date_edit, "01.06.2024")
        assert "adult criteria" in d.criteria_label.text()
        _tick(d.acts, "recruitment")
        _tick(d.purposes, "forced_labour")
        assert "Inconclusive" in d.suggestion.text()
        d.result_combo.set_code("indicators_met")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)
        assert d.result() != QDialog.Accepted and "means" in d.error.text()
        dialogs.set_next_answer("discard")  # Esc on a typed form asks first
        d.reject()
        assert dialogs.shown[-1][0] == "unsaved"

    _answer(monkeypatch, ScreeningDialog, fill)
    qtbot.mouseClick(tab.screen_button, Qt.LeftButton)
    assert tab.screenings_model.rowCount() == 0
    assert "Not identified" in tab.status.text()


def test_referral_without_screening_says_what_to_do(qtbot, login, adult):
    from shelter_app.ui.nrm_tab import NrmTab

    tab = _show(qtbot, NrmTab(login("sam"), adult["id"]))
    qtbot.mouseClick(tab.refer_button, Qt.LeftButton)
    assert "Screen the resident first" in tab.message.text() and tab.message.isVisible()


def test_new_authorised_body_from_the_referral_form(qtbot, login, adult, monkeypatch):
    from shelter_app.ui.nrm_tab import BodyDialog, ReferralDialog

    sam = login("sam")
    nrm.add_screening(sam, adult["id"], {"screening_date": "2025-02-03", "acts": ["recruitment"],
                                         "means": ["fraud"], "purposes": ["forced_labour"],
                                         "result": "indicators_met"})

    def body(d):
        d.name_edit.setText("Комиссия по идентификации")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, BodyDialog, body)
    dialog = ReferralDialog(sam, residents.get(sam, adult["id"]), [])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.new_body_button, Qt.LeftButton)
    assert dialog.body_combo.currentText() == "Комиссия по идентификации"
    dialog.save()
    assert dialog.result() == QDialog.Accepted


def test_print_and_save_questionnaire(qtbot, login, adult, tmp_path, monkeypatch):
    from shelter_app.ui import document_printer
    from shelter_app.ui.nrm_tab import NrmTab

    sam = login("sam")
    nrm.add_screening(sam, adult["id"], {"screening_date": "2025-02-03", "acts": ["recruitment"],
                                         "means": ["fraud"], "purposes": ["forced_labour"],
                                         "result": "indicators_met"})
    tab = _show(qtbot, NrmTab(sam, adult["id"]))
    tab.print_language.setCurrentIndex(tab.print_language.findData("ru"))
    # The printer is the machine's edge: it prints into a PDF file here.
    printed = tmp_path / "printer.pdf"

    def fake_printer(parent, title):
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(document_printer, "ask_printer", fake_printer)
    assert tab.print_document("questionnaire")
    printed_text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(printed)).pages).split())
    assert "Садыкова Нургуль" in printed_text
    out = tmp_path / "q.pdf"
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(str(out))
    qtbot.mouseClick(tab.pdf_questionnaire_button, Qt.LeftButton)
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Анкета" in text and "Садыкова Нургуль" in text
    actions = [r[0] for r in sam.db.conn.execute("SELECT details FROM audit_log WHERE action ="
                                                 " 'nrm_questionnaire_printed' ORDER BY id")]
    assert len(actions) == 2 and '"printer"' in actions[0] and '"pdf"' in actions[1]


def test_a_lawyer_reads_the_tabs_without_changing_them(qtbot, login, child):
    from shelter_app.ui.child_tab import ChildTab
    from shelter_app.ui.nrm_tab import NrmTab
    from shelter_app.ui.safety_tab import SafetyTab

    sam = login("sam")
    nrm.add_screening(sam, child["id"], {"screening_date": _dt.date.today().isoformat(), "acts": ["recruitment"],
                                         "purposes": ["forced_labour"], "result": "indicators_met"})
    safety.save_plan(sam, child["id"], {"concerns": "Боюсь дядю"})
    lena = login("lena")
    tab = _show(qtbot, NrmTab(lena, child["id"]))
    assert tab.screenings_model.rowCount() == 1
    assert not tab.screen_button.isVisible() and not tab.refer_button.isVisible()
    assert not tab.print_group.isVisible()
    safety_tab = _show(qtbot, SafetyTab(lena, child["id"]))
    assert safety_tab.concerns.toPlainText() == "Боюсь дядю" and safety_tab.concerns.isReadOnly()
    assert not safety_tab.assess_button.isVisible() and not safety_tab.save_button.isVisible()
    child_tab = _show(qtbot, ChildTab(lena, child["id"]))
    assert not child_tab.add_guardian_button.isVisible()


# --- risk and safety ---------------------------------------------------------------------

def test_risk_assessment_suggests_the_level_and_the_header_shows_it(qtbot, login, adult, monkeypatch):
    from shelter_app.ui.record import ResidentRecord
    from shelter_app.ui.safety_tab import AssessmentDialog

    sam = login("sam")
    record = ResidentRecord(sam, adult["id"])
    qtbot.addWidget(record)
    record.resize(1366, 697)
    record.show()
    assert not record.risk_badge.isVisible()
    tab = record.tab("SafetyTab")
    assert "Not assessed yet" in tab.level_label.text()

    def fill(d):
        assert d.occasion.currentData() == "intake"  # the first assessment is the one at intake
        assert d.level.code() == "low"
        _tick(d.items, "trafficker_knows_location")
        assert d.level.code() == "high" and "High" in d.suggestion.text()
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, AssessmentDialog, fill)
    qtbot.mouseClick(tab.assess_button, Qt.LeftButton)
    assert "High" in tab.level_label.text()
    assert record.risk_badge.isVisible() and "High" in record.risk_badge.text()


def test_safety_plan_saved_and_kept_across_a_lock(qtbot, login, adult):
    from shelter_app.ui.safety_tab import SafetyTab

    sam = login("sam")
    tab = _show(qtbot, SafetyTab(sam, adult["id"]))
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "concerns" in tab.plan_message.text().lower() or "own words" in tab.plan_message.text()
    tab.concerns.insertPlainText("Он знает, где живёт сестра")
    qtbot.keyClicks(tab.review_date, (_dt.date.today() + _dt.timedelta(days=5)).strftime("%d.%m.%Y"))
    kept = tab.lock_state()
    assert kept and "сестра" in kept["plan"]["concerns"]
    fresh = _show(qtbot, SafetyTab(sam, adult["id"]))
    fresh.restore_state(kept)
    qtbot.mouseClick(fresh.save_button, Qt.LeftButton)
    assert "Saved" in fresh.plan_message.text()
    assert safety.get_plan(sam, adult["id"])["concerns"] == "Он знает, где живёт сестра"
    assert fresh.lock_state() is None


# --- children ------------------------------------------------------------------------------

def test_guardian_suspected_in_red_and_consent_from_another(qtbot, login, child, monkeypatch, qtmodeltester):
    from shelter_app.ui.child_tab import (
        ChildTab,
        ConsentDialog,
        GuardianDialog,
        MeasuresDialog,
    )

    sam = login("sam")
    tab = _show(qtbot, ChildTab(sam, child["id"]))
    assert "a child" in tab.age_label.text()

    def suspect(d):
        d.name_edit.setText("Дядя Тестовый")
        d.relation.set_code("relative")
        d.suspected.setChecked(True)
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, GuardianDialog, suspect)
    qtbot.mouseClick(tab.add_guardian_button, Qt.LeftButton)
    assert tab.warning.isVisible() and "suspected" in tab.warning.text()
    index = tab.guardians_model.index(0, 0)
    assert tab.guardians_model.data(index, Qt.ForegroundRole).color().name() == "#b00020"
    qtmodeltester.check(tab.guardians_model)
    children.add_guardian(sam, child["id"], {"full_name": "Органы опеки", "relation": "state_guardian"})
    tab.refresh()

    def consent(d):
        names = [d.guardian.itemText(i) for i in range(d.guardian.count())]
        assert "Дядя Тестовый" not in names and "Органы опеки" in names
        d.guardian.setCurrentIndex(d.guardian.findText("Органы опеки"))
        d.guardian_consent.setChecked(True)
        qtbot.mouseClick(d.save_button, Qt.LeftButton)
        assert "assent" in d.error.text()  # the child's own assent is asked for too
        d.child_assent.setChecked(True)
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, ConsentDialog, consent)
    qtbot.mouseClick(tab.consent_button, Qt.LeftButton)
    assert _texts(tab.consents_model, 1) == ["Органы опеки"]

    lena = login("lena")
    case = legal.create_case(lena, child["id"], {"case_ref": "UD-7", "cc_article": "167",
                                                 "resident_role": "victim"})
    legal.add_event(lena, case["id"], {"date": _dt.date.today().isoformat(), "stage": "complaint_filed"})
    tab = _show(qtbot, ChildTab(lena, child["id"]))
    assert tab.measures_button.isVisible() and not tab.add_guardian_button.isVisible()

    def measures(d):
        _tick(d.measures, "single_interview", "psychologist_present")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, MeasuresDialog, measures)
    qtbot.mouseClick(tab.measures_button, Qt.LeftButton)
    assert "Single interview" in _texts(tab.events_model, 3)[0]


# --- the record fits a small screen in Russian and Kyrgyz -------------------------------------

@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_tabs_fit_1366_in_russian_and_kyrgyz(qtbot, login, child, lang):
    from shelter_app.ui import app
    from shelter_app.ui.record import ResidentRecord

    app.application()
    app.install_language(lang)
    try:
        sam = login("sam")
        record = ResidentRecord(sam, child["id"])
        qtbot.addWidget(record)
        record.resize(1366, 640)
        record.show()
        for name in ("NrmTab", "SafetyTab", "ChildTab"):
            tab = record.tab(name)
            assert tab.minimumSizeHint().width() <= 1340, (name, tab.minimumSizeHint())
            assert tab.minimumSizeHint().height() <= 560, (name, tab.minimumSizeHint())
        from shelter_app.ui.nrm_tab import ScreeningDialog

        form = ScreeningDialog(sam, residents.get(sam, child["id"], audit_view=False))
        qtbot.addWidget(form)
        assert form.width() <= 1366 and form.sizeHint().height() <= 650, form.sizeHint()
    finally:
        app.install_language("en")
        i18n.set_language("en")


def test_due_page_lists_high_risk_and_safety_reviews(qtbot, login, adult):
    from shelter_app.ui.due_page import DueModel, DuePage

    sam = login("sam")
    today = _dt.date.today()
    safety.add_assessment(sam, adult["id"], {"assessment_date": today.isoformat(), "risk_level": "high",
                                             "items": ["trafficker_contacted"]})
    safety.save_plan(sam, adult["id"], {"concerns": "Звонит брат вербовщика",
                                        "review_date": (today + _dt.timedelta(days=2)).isoformat()})
    page = DuePage(sam)
    qtbot.addWidget(page)
    model = page.model
    kinds = {model.data(model.index(r, DueModel.KIND)): model.data(model.index(r, 0), Qt.UserRole + 1)
             for r in range(model.rowCount())}
    assert kinds == {"High risk: assess again": "SafetyTab", "Safety plan review": "SafetyTab"}
    opened = []
    page.open_resident_tab.connect(lambda rid, tab: opened.append((rid, tab)))
    page._open(model.index(0, 0))
    assert opened == [(adult["id"], "SafetyTab")]


def test_safety_plan_printed_on_request(qtbot, login, adult, tmp_path, monkeypatch):
    from shelter_app.ui import document_printer
    from shelter_app.ui.safety_tab import SafetyTab

    sam = login("sam")
    safety.save_plan(sam, adult["id"], {"concerns": "Он знает адрес сестры", "measures": "Не выходить одной"})
    tab = _show(qtbot, SafetyTab(sam, adult["id"]))
    printed = tmp_path / "printer.pdf"

    def fake_printer(parent, title):
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(document_printer, "ask_printer", fake_printer)
    assert tab.print_button.isEnabled()
    qtbot.mouseClick(tab.print_button, Qt.LeftButton)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(printed)).pages).split())
    assert "Он знает адрес сестры" in text and "Safety plan" in text
    assert sam.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'safety_plan_printed'"
                               ).fetchone()[0] == 1


# --- the unsaved-work contract (extensions.UnsavedWork) -------------------------------------

def test_safety_plan_signs_the_unsaved_work_contract(qtbot, login, adult):
    from shelter_app.ui.extensions import UnsavedWork, ask_to_settle
    from shelter_app.ui.safety_tab import SafetyTab

    sam = login("sam")
    tab = _show(qtbot, SafetyTab(sam, adult["id"]))
    assert isinstance(tab, UnsavedWork) and not tab.has_unsaved_work()
    tab.measures.insertPlainText("Сменить номер телефона")
    assert tab.unsaved_work() == ["Safety plan"]
    dialogs.set_next_answer("cancel")
    assert not ask_to_settle(tab, [tab])  # Cancel: the person stays, the typing too
    assert tab.has_unsaved_work()
    dialogs.set_next_answer("save")
    assert ask_to_settle(tab, [tab])
    assert safety.get_plan(sam, adult["id"])["measures"] == "Сменить номер телефона"
    tab.measures.insertPlainText(" и адрес")
    dialogs.set_next_answer("discard")
    assert ask_to_settle(tab, [tab])
    assert tab.measures.toPlainText() == "Сменить номер телефона" and not tab.has_unsaved_work()


def test_half_typed_screening_comes_back_after_a_lock(qtbot, login, child, monkeypatch):
    from shelter_app.ui.nrm_tab import NrmTab, ScreeningDialog

    sam = login("sam")
    tab = _show(qtbot, NrmTab(sam, child["id"]))
    kept = {}

    def type_then_lock(d):
        _tick(d.acts, "recruitment")
        _tick(d.purposes, "forced_begging")
        d.notes_edit.setText("Привела тётя")
        kept.update(tab.lock_state())  # what auto-lock keeps while the form is open

    _answer(monkeypatch, ScreeningDialog, type_then_lock)
    qtbot.mouseClick(tab.screen_button, Qt.LeftButton)
    assert kept["dialog"]["reopen"] == {"kind": "screening"}

    fresh = _show(qtbot, NrmTab(sam, child["id"]))

    def check_and_save(d):
        assert d.acts.codes() == ["recruitment"] and d.purposes.codes() == ["forced_begging"]
        assert d.notes_edit.text() == "Привела тётя"
        d.result_combo.set_code("indicators_met")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, ScreeningDialog, check_and_save)
    fresh.reopen_dialog(kept["dialog"]["reopen"], kept["dialog"]["values"])
    assert fresh.screenings_model.rowCount() == 1
    assert nrm.screenings(sam, child["id"])[0]["notes"] == "Привела тётя"
