"""After the shelter, driven as staff would: plan and record follow-up
contacts and close the case, refer with consent field by field and print the
letter (read back with pypdf), record a claim, a payment and a
non-punishment outcome, keep the organisations directory."""

from __future__ import annotations

import datetime as _dt
import io

import pytest
from PySide6.QtCore import Qt

from shelter_app import followups, legal, organisations, residents
from shelter_app.ui import dialogs
from tests.gui.conftest import two_shelters


@pytest.fixture
def resident(director, make_resident):
    r = residents.create(director, make_resident(full_name="Асанова Айгүл", date_of_birth="1999-03-12"),
                         intake_date="2025-02-01")
    residents.discharge(director, r["id"], "2025-06-01", "independent_living")
    return r


def _answer(monkeypatch, cls, fill):
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 640)
    widget.show()
    return widget


def _texts(view, column):
    m = view.model()
    return [m.index(r, column).data() for r in range(m.rowCount())]


def test_follow_up_from_proposal_to_closing_the_case(qtbot, login, resident, monkeypatch):
    from shelter_app.ui.aftercare_tabs import (
        FollowUpDialog,
        FollowUpTab,
        PlanFollowUpDialog,
    )

    tab = _show(qtbot, FollowUpTab(login("sam"), resident["id"]))
    assert tab.plan_button.isEnabled() and not tab.close_button.isVisible()

    def plan(d):
        assert [e.text() for e in d.date_edits] == ["01.07.2025", "01.09.2025", "01.12.2025", "01.06.2026"]
        d.date_edits[3].clear()  # the worker drops the 12-month contact
        d.date_edits[1].setText("15.09.2025")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, PlanFollowUpDialog, plan)
    qtbot.mouseClick(tab.plan_button, Qt.LeftButton)
    from shelter_app.ui.common import show_date

    assert _texts(tab.view, 0) == [show_date(d) for d in ("2025-07-01", "2025-09-15", "2025-12-01")]
    assert "Follow-up" in tab.status_label.text() and "3 planned" in tab.status_label.text()

    def record(d, reached=True):
        d.date_edit.setText("02.07.2025")
        d.mode_combo.set_code("phone")
        d.reached_combo.setCurrentIndex(d.reached_combo.findData(reached))
        if reached:
            d.situation["housing"].set_code("good")
            d.result_combo.set_code("reached_stable")
        else:
            d.result_combo.set_code("reached_stable")  # wrong on purpose
            qtbot.mouseClick(d.save_button, Qt.LeftButton)
            assert "Not reached" in d.error.text()
            d.result_combo.set_code("not_reached")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    answers = iter([True, True, False])
    _answer(monkeypatch, FollowUpDialog, lambda d: record(d, next(answers)))
    for row in range(3):
        tab.view.selectRow(row)
        qtbot.mouseClick(tab.record_button, Qt.LeftButton)
    assert _texts(tab.view, 4) == ["Reached, stable", "Reached, stable", "Not reached"]
    assert tab.close_button.isVisible()
    dialogs.set_next_answer(True)
    qtbot.mouseClick(tab.close_button, Qt.LeftButton)
    assert residents.get(login("sam"), resident["id"])["case_status"] == "closed"


def test_lawyer_sees_no_follow_up_or_referrals(qtbot, login, resident):
    from shelter_app.ui.aftercare_tabs import FollowUpTab, ReferralsTab

    tab = _show(qtbot, FollowUpTab(login("lena"), resident["id"]))
    assert not tab.allowed
    tab2 = _show(qtbot, ReferralsTab(login("lena"), resident["id"]))
    assert not tab2.allowed


def test_referral_letter_holds_only_the_consented_fields(qtbot, login, resident, monkeypatch, tmp_path):
    from pypdf import PdfReader

    from shelter_app.ui.aftercare_tabs import (
        OutcomeDialog,
        ReferralDialog,
        ReferralsTab,
    )

    worker = login("sam")
    org = organisations.add_organisation(worker, {"name": "Ош шаардык клиникасы", "organisation_type": "health",
                                                  "region": "Ош"})
    tab = _show(qtbot, ReferralsTab(worker, resident["id"]))

    def fill(d):
        d.org_combo.setCurrentIndex(d.org_combo.findData(org))
        d.reason_combo.set_code("medical")
        d.share_list.set_codes(["name", "needs"])
        d.needs_edit.setText("Тиш доктуру керек")
        d.documents_edit.setText("Паспорт AN1234567")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)  # consent date missing, documents not consented
        assert "Consent given on" in d.error.text() and "Documents" in d.error.text()
        d.documents_edit.clear()
        d.consent_edit.setText(_dt.date.today().strftime("%d.%m.%Y"))
        d.follow_edit.setText((_dt.date.today() + _dt.timedelta(days=14)).strftime("%d.%m.%Y"))
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, ReferralDialog, fill)
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert _texts(tab.view, 1) == ["Ош шаардык клиникасы"]
    assert _texts(tab.view, 4) == ["Pending"]
    tab.view.selectRow(0)
    out = tmp_path / "letter.pdf"
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("ru"))
    dialogs.set_next_answer(str(out))
    dialogs.set_next_answer(True)  # the warning that a PDF is not encrypted
    qtbot.mouseClick(tab.letter_button, Qt.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Асанова Айгүл" in text and "Тиш доктуру керек" in text and "Ош шаардык клиникасы" in text
    assert "1999" not in text and "12.03" not in text  # date of birth not consented
    assert "AN1234567" not in text and "Forced labour" not in text and "Принудительный" not in text

    def outcome(d):
        d.outcome_combo.set_code("rejected")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)
        assert "reason" in d.error.text()
        d.reason_edit.setText("Нет мест")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, OutcomeDialog, outcome)
    qtbot.mouseClick(tab.outcome_button, Qt.LeftButton)
    assert _texts(tab.view, 4) == ["Rejected: Нет мест"]
    actions = [r[0] for r in worker.db.conn.execute("SELECT action FROM audit_log")]
    assert {"referral_made", "referral_letter_printed", "referral_outcome"} <= set(actions)


def test_claim_payment_and_non_punishment_on_the_compensation_tab(qtbot, login, resident, monkeypatch):
    from shelter_app.ui.aftercare_tabs import (
        ClaimDialog,
        CompensationTab,
        NpOutcomeDialog,
        PaymentDialog,
    )

    lawyer = login("lena")
    legal.create_case(lawyer, resident["id"], {"case_ref": "UD-1", "cc_article": "166", "resident_role": "victim"})
    suspect = legal.create_case(lawyer, resident["id"], {"case_ref": "ADM-7", "cc_article": "other",
                                                         "resident_role": "suspect"})
    tab = _show(qtbot, CompensationTab(lawyer, resident["id"]))
    assert not tab.np_box.isVisible()  # a victim's case

    def claim(d):
        d.defendant_combo.set_code("trafficker")
        d.claimed_on_edit.setText("01.03.2025")
        d.amount_claimed_edit.setText("500 000")
        d.awarded_on_edit.setText("01.04.2025")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)
        assert "Amount awarded" in d.error.text()
        d.amount_awarded_edit.setText("200000")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, ClaimDialog, claim)
    qtbot.mouseClick(tab.new_claim_button, Qt.LeftButton)
    assert _texts(tab.claims_view, 6) == ["Awarded"]
    tab.claims_view.selectRow(0)

    def pay(d):
        d.date_edit.setText("01.05.2025")
        d.amount_edit.setText("50000")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, PaymentDialog, pay)
    qtbot.mouseClick(tab.payment_button, Qt.LeftButton)
    assert _texts(tab.claims_view, 6) == ["Partly paid"] and _texts(tab.claims_view, 5) == ["50 000"]

    tab.case_combo.setCurrentIndex(tab.case_combo.findData(suspect["id"]))
    assert tab.np_box.isVisible()
    tab.offence_combo.set_code("migration_violation")
    tab.offence_combo.activated.emit(tab.offence_combo.currentIndex())

    def np(d):
        d.outcome_combo.set_code("accepted")
        d.date_edit.setText("10.05.2025")
        d.body_edit.setText("Прокуратура г. Ош")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, NpOutcomeDialog, np)
    qtbot.mouseClick(tab.np_button, Qt.LeftButton)
    assert "Accepted" in tab.np_history.text() and "Прокуратура" in tab.np_history.text()
    assert legal.get_case(lawyer, suspect["id"])["offence_type"] == "migration_violation"
    # A social worker reads the claims but has no buttons.
    tab2 = _show(qtbot, CompensationTab(login("sam"), resident["id"]))
    assert not tab2.new_claim_button.isVisible() and tab2.claims_model.rowCount() == 1


def test_organisations_page_adds_and_edits(qtbot, login, monkeypatch):
    from shelter_app.ui.organisations_page import OrganisationDialog, OrganisationsPage

    page = _show(qtbot, OrganisationsPage(login("sam")))

    def add(d):
        qtbot.mouseClick(d.save_button, Qt.LeftButton)
        assert "Name" in d.error.text() and "Type" in d.error.text()
        d.name_edit.setText("Кризисный центр «Сезим»")
        d.type_combo.set_code("ngo")
        d.region_edit.setText("Бишкек")
        qtbot.mouseClick(d.save_button, Qt.LeftButton)

    _answer(monkeypatch, OrganisationDialog, add)
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    assert _texts(page.table, 0) == ["Кризисный центр «Сезим»"] and _texts(page.table, 1) == ["NGO"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.hide_button, Qt.LeftButton)
    assert page.model.rowCount() == 0
    lawyer_page = _show(qtbot, OrganisationsPage(login("lena")))
    assert not lawyer_page.add_button.isVisible()


def test_due_page_lists_follow_up_and_opens_its_tab(qtbot, login, resident):
    from shelter_app.ui.due_page import DuePage

    worker = login("sam")
    followups.plan(worker, resident["id"], [_dt.date.today().isoformat()])
    page = _show(qtbot, DuePage(worker))
    kinds = _texts(page.table, 1)
    assert "Follow-up contact" in kinds
    row = kinds.index("Follow-up contact")
    with qtbot.waitSignal(page.open_resident_tab) as sig:
        page.table.clicked.emit(page.model.index(row, 0))
    assert sig.args == [resident["id"], "FollowUpTab"]


def test_a_half_typed_referral_comes_back_after_the_lock(qtbot, login, resident, monkeypatch):
    from shelter_app.ui.aftercare_tabs import ReferralDialog, ReferralsTab

    worker = login("sam")
    org = organisations.add_organisation(worker, {"name": "Сезим", "organisation_type": "ngo"})
    tab = _show(qtbot, ReferralsTab(worker, resident["id"]))
    kept = {}

    def type_then_lock(d):
        d.org_combo.setCurrentIndex(d.org_combo.findData(org))
        d.needs_edit.setText("Жильё")
        d.share_list.set_codes(["needs"])
        assert d.has_unsaved_work()
        kept["state"] = tab.lock_state()
        d.closing_for_lock = True
        d.reject()

    _answer(monkeypatch, ReferralDialog, type_then_lock)
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert kept["state"]["dialog"]["values"]["needs_text"] == "Жильё"
    reopened = []

    def check(d):
        reopened.append((d.needs_edit.text(), d.share_list.codes(), d.org_combo.currentData()))
        dialogs.set_next_answer("discard")  # Esc on typed work asks Save / Discard / Cancel
        d.reject()

    _answer(monkeypatch, ReferralDialog, check)
    fresh = _show(qtbot, ReferralsTab(login("sam"), resident["id"]))
    fresh.restore_state(kept["state"])
    qtbot.waitUntil(lambda: bool(reopened))
    assert reopened == [("Жильё", ["needs"], org)]


def test_a_director_moves_a_case_and_the_other_shelter_receives_it(qtbot, tmp_path, make_resident, monkeypatch):
    from shelter_app import transfers
    from shelter_app.ui.aftercare_tabs import ReferralsTab, TransferDialog
    from shelter_app.ui.organisations_page import OrganisationsPage

    sessions = two_shelters(tmp_path)
    a, b = sessions
    try:
        r = residents.create(a, make_resident(full_name="Осмонова Чолпон"), intake_date="2025-02-01")
        # Cards both ways through the Organisations page.
        page_a, page_b = _show(qtbot, OrganisationsPage(a)), _show(qtbot, OrganisationsPage(b))
        for page, name in ((page_a, "a.json"), (page_b, "b.json")):
            dialogs.set_next_answer(str(tmp_path / name))
            dialogs.set_next_answer(True)  # the info box with the fingerprint
            qtbot.mouseClick(page.save_card_button, Qt.LeftButton)
            assert transfers.organisation_keys.fingerprint_of(page.session) in dialogs.shown[-1][2]
        for page, name in ((page_a, "b.json"), (page_b, "a.json")):
            dialogs.set_next_answer(str(tmp_path / name))
            dialogs.set_next_answer(True)  # "we read the fingerprint aloud"
            qtbot.mouseClick(page.add_card_button, Qt.LeftButton)
        assert any("KG-NGO-0002" in (t or "") for t in _texts(page_a.table, 4))
        # Send from the record's Referrals tab.
        tab = _show(qtbot, ReferralsTab(a, r["id"]))
        out = tmp_path / "case.sheltertransfer"

        def fill(d):
            d.org_combo.setCurrentIndex(1)
            d.close_check.setChecked(True)
            dialogs.set_next_answer(str(out))
            qtbot.mouseClick(d.save_button, Qt.LeftButton)

        _answer(monkeypatch, TransferDialog, fill)
        qtbot.mouseClick(tab.transfer_button, Qt.LeftButton)
        assert out.exists() and "Pending" in _texts(tab.view, 4)
        # Receive on the other side.
        dialogs.set_next_answer(str(out))
        dialogs.set_next_answer(True)  # import after the preview
        dialogs.set_next_answer(True)  # "Imported as …"
        with qtbot.waitSignal(page_b.open_resident) as opened:
            qtbot.mouseClick(page_b.receive_button, Qt.LeftButton)
        assert "Осмонова Чолпон" in [t for kind, _title, t in dialogs.shown if kind == "confirm"][-1]
        got = residents.get(b, opened.args[0])
        assert got["full_name"] == "Осмонова Чолпон"
        tab_b = _show(qtbot, ReferralsTab(b, got["id"]))
        assert "Приют KG-NGO-0001" in tab_b.origin_label.text()
    finally:
        for s in sessions:
            s.close()


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_the_new_tabs_page_and_dialogs_fit_a_small_screen(qtbot, signed_in, login, make_resident, lang, monkeypatch):
    """Maximised 1366 × 697: every new tab and the Organisations page keep the
    window within the width, and every dialog within the height, in Russian and Kyrgyz."""
    from PySide6.QtWidgets import QApplication

    from shelter_app.ui import aftercare_tabs as at
    from shelter_app.ui import app

    app.install_language(lang)
    window = signed_in("dina")
    session = window.session
    r = residents.create(session, make_resident(), intake_date="2025-02-01")
    residents.discharge(session, r["id"], "2025-06-01", "independent_living")
    case = legal.create_case(session, r["id"], {"case_ref": "ADM-1", "cc_article": "other", "resident_role": "suspect"})
    main = window.main_view
    main.open_resident(r["id"])
    record = main.page("residents").record
    for tab in ("FollowUpTab", "ReferralsTab", "CompensationTab"):
        assert record.tab(tab) is not None
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1366, tab
    main.show_page("organisations")
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1366
    contact = {"id": 1, "planned_date": "2025-07-01", "actual_date": None}
    built = [at.PlanFollowUpDialog(session, r["id"], "2025-06-01"), at.FollowUpDialog(session, contact),
             at.ReferralDialog(session, r["id"]), at.ClaimDialog(session, case["id"]),
             at.NpOutcomeDialog(session, legal.get_case(session, case["id"])), at.TransferDialog(session, r["id"])]
    for dialog in built:
        qtbot.addWidget(dialog)
        hint = dialog.sizeHint()
        assert hint.height() <= 697 and hint.width() <= 1366, (type(dialog).__name__, hint)
    app.install_language("en")
