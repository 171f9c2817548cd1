"""Every screen and dialog on an office laptop: a maximised window of a
1366×768 screen with a taskbar is about 1366×697. In each language, and at the
125 % text size, nothing a person reads may be cut off, no horizontal scroll
bar may appear, no scroll area may sit inside another, and what a person must
reach (Save, Approve, Print) must be on screen. Screenshots of every step go
to $SHELTER_SCREENSHOTS when it is set, to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shelter_app import plans, residents
from shelter_app.ui import app as app_module
from shelter_app.ui import dialogs
from tests.gui.screen_check import problems, shoot

WIDTH, HEIGHT = 1366, 697
SHOTS = os.environ.get("SHELTER_SCREENSHOTS")


@pytest.fixture
def looks(qtbot):
    found: list[str] = []

    def look(widget, where: str) -> None:
        qtbot.wait(5)
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            shoot(widget, Path(SHOTS) / f"{look.tag}_{where.replace(' ', '_')}.png")
        found.extend(f"{where}: {p}" for p in problems(widget))
        if widget.isWindow() and (widget.width() > WIDTH or widget.height() > HEIGHT):
            found.append(f"{where}: the window grew to {widget.width()}×{widget.height()}")

    look.found = found
    look.tag = ""
    return look


def test_the_first_window_fits_a_laptop_with_a_taskbar():
    from PySide6.QtCore import QRect

    assert app_module.default_size(QRect(0, 0, 1366, 728)) == (1200, 697)  # 1366×768 less a 40-pixel taskbar
    assert app_module.default_size(QRect(0, 0, 1920, 1040)) == (1200, 760)
    assert app_module.default_size(QRect(0, 0, 1024, 728)) == (1024, 697)


def _reachable(window, widget) -> bool:
    """On screen without scrolling: inside the window and not clipped away."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    bottom = widget.mapTo(window, widget.rect().bottomLeft()).y()
    return bottom <= window.height()


@pytest.mark.parametrize("lang,size", [("en", 100), ("ru", 100), ("ky", 100), ("ru", 125), ("ky", 125)])
def test_every_screen_fits_an_office_laptop(qtbot, tmp_path, database, login, make_resident, looks, lang,
                                            size):
    from shelter_app.ui.app import ShellWindow

    session = login("dina")
    person = residents.create(session, make_resident(), intake_date="2025-02-01", room="4")
    draft = plans.new_draft(session, person["id"])
    plans.save_draft(session, draft, {"resident_wishes": "Үйгө кайтып, жумуш тапкым келет.", "goals": [
        {"domain": "documents", "goal": "Паспорт алуу", "actions": "Консультация", "responsible": "Sam Social",
         "target_date": "2026-09-01", "status": "open"}]})
    session.close()
    app_module.application()
    app_module.install_language(lang)
    app_module.apply_text_size(size)
    looks.tag = f"{lang}{size}"
    try:
        # The first run: every page of the wizard, the recovery key included.
        first = ShellWindow(tmp_path / "fresh" / "shelter.db")
        qtbot.addWidget(first)
        first.resize(WIDTH, HEIGHT)
        first.show()
        first.start()
        wizard = first.first_run_view
        looks(first, "first run organisation")
        wizard.next()  # nothing typed: every "Required." beside its field
        looks(first, "first run organisation errors")
        wizard.org_code.setText("KG-NGO-0099")
        wizard.org_name.setText("Приют «Сезим»")
        wizard.next()
        looks(first, "first run director")
        wizard.director_name.setText("Дина Директорова")
        wizard.username.setText("dina")
        wizard.password.setText("director-pass-1")
        wizard.password2.setText("director-pass-1")
        wizard.next()
        looks(first, "first run recovery key")
        if first.first_run_view is not None and first.first_run_view.session is not None:
            first.first_run_view.session.close()
            first.first_run_view.session = None

        window = ShellWindow(database.path)
        qtbot.addWidget(window)
        free = window.screen().availableGeometry()
        assert window.height() + app_module.TITLE_BAR <= free.height()  # the first size fits this screen
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.start()
        looks(window, "unlock")
        window.unlock_view.user_edit.setText("dina")
        window.unlock_view.password_edit.setText("wrong-password")
        window.unlock_view.submit()
        # The password is checked off the GUI thread: wait for the answer.
        qtbot.waitUntil(lambda: window.unlock_view.task is None, timeout=30_000)
        looks(window, "unlock wrong password")
        qtbot.waitUntil(lambda: window.unlock_view.unlock_button.isEnabled(), timeout=30000)  # the back-off
        window.unlock_view.password_edit.setText(database.passwords["dina"])
        window.unlock_view.submit()
        qtbot.waitUntil(lambda: window.main_view is not None, timeout=30_000)
        main = window.main_view
        for key in main.keys():  # noqa: SIM118 (MainView.keys is not a dict)
            main.show_page(key)
            looks(window, f"page {key}")
        register = main.show_page("residents")
        register.refresh()
        register.open_record(person["id"])
        record = register.record
        for index in range(record.tabs.count()):
            record.tabs.setCurrentIndex(index)
            looks(window, f"record tab {index}")
        plan_tab = record.tab("PlanTab")
        if plan_tab is not None:
            looks(window, "plan draft")
            for button in (plan_tab.approve_button, plan_tab.save_button):
                if button.isVisibleTo(plan_tab):
                    assert _reachable(window, button), f"{button.text()} is below the fold"
        record.tabs.setCurrentIndex(0)
        register.back_to_register()
        register.new_record()
        new = register.record
        for name, value in (("date_of_birth", "31.02.1999"), ("registration_date", "12.13.2024"),
                            ("nrm_identified_date", "soon"), ("full_name", "")):
            new._set(name, value)
        new.save()  # every error beside its field, wrapped
        looks(window, "new record with errors")

        dialog_list = _dialogs(window.session, person["id"])
        for name, dialog in dialog_list:
            qtbot.addWidget(dialog)
            dialog.show()
            hint = dialog.sizeHint()
            assert hint.height() <= HEIGHT and hint.width() <= WIDTH, (name, hint)
            dialog.resize(min(max(hint.width(), dialog.width()), WIDTH), min(max(hint.height(), dialog.height()),
                                                                            HEIGHT))
            looks(dialog, f"dialog {name}")
            dialog.close()
        window.session.close()
        window.session = None
        assert not looks.found, "\n".join(looks.found)
    finally:
        shell = locals().get("window")
        if shell is not None and shell.main_view is not None:
            shell.main_view.has_unsaved_work = lambda: False  # no "close anyway?" box after a failure
        app_module.apply_text_size(100)
        app_module.install_language("en")
        dialogs.clear()


def _dialogs(session, resident_id):
    from shelter_app import legal
    from shelter_app.ui.group_session_dialog import GroupSessionDialog
    from shelter_app.ui.import_dialog import ImportDialog
    from shelter_app.ui.legal_tab import CaseDialog, EventDialog
    from shelter_app.ui.restore_dialog import RestoreDialog
    from shelter_app.ui.services_tab import ServiceDialog

    case = legal.create_case(session, resident_id, {"case_ref": "UD-1", "cc_article": "160-1",
                                                    "resident_role": "victim"})
    out = [("service", ServiceDialog(session, resident_id)), ("group session", GroupSessionDialog(session)),
           ("legal case", CaseDialog(session, resident_id)), ("legal event", EventDialog(session, case)),
           ("import", ImportDialog(session)), ("restore", RestoreDialog(session.db.path))]
    # The dialogs of the NRM, safety, child, case-file and after-the-shelter tabs.
    from shelter_app.ui import aftercare_tabs, child_tab, documents_tab, nrm_tab, safety_tab
    from shelter_app.ui.attachments_tab import AttachDialog

    resident = residents.get(session, resident_id)
    out += [("nrm screening", nrm_tab.ScreeningDialog(session, resident)),
            ("nrm body", nrm_tab.BodyDialog(session)),
            ("risk assessment", safety_tab.AssessmentDialog(session, resident_id)),
            ("guardian", child_tab.GuardianDialog(session, resident_id)),
            ("consent", child_tab.ConsentDialog(session, resident_id, [])),
            ("best interests", child_tab.BestInterestsDialog(session, resident_id)),
            ("document", documents_tab.DocumentDialog(None)),
            ("contact", documents_tab.ContactDialog(None)),
            ("attach", AttachDialog([Path("statement.pdf")], ["other"])),
            ("plan follow-up", aftercare_tabs.PlanFollowUpDialog(session, resident_id, "2025-06-01")),
            ("follow-up", aftercare_tabs.FollowUpDialog(session, None, resident_id=resident_id)),
            ("referral", aftercare_tabs.ReferralDialog(session, resident_id)),
            ("claim", aftercare_tabs.ClaimDialog(session, case["id"])),
            ("non-punishment", aftercare_tabs.NpOutcomeDialog(session, case))]
    return out
