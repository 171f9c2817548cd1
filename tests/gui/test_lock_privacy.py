"""Auto-lock, the lock shortcut, privacy mode, and the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit

from shelter_app import demo, residents, settings
from tests.gui.conftest import sign_in, type_text


def visible_texts(window) -> str:
    """Every text a person can read in the window: labels, fields, tables."""
    out = [window.windowTitle()]
    for label in window.findChildren(QLabel):
        if label.isVisible():
            out.append(label.text())
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible():
            out.append(edit.displayText())
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None:
            model = view.model()
            root = view.rootIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model
                columns = 1
            for r in range(model.rowCount(root)):
                for c in range(columns):
                    out.append(str(model.index(r, c).data() or ""))
    return "\n".join(out)


def test_auto_lock_keeps_typed_work_for_the_same_person_only(qtbot, signed_in, database):
    window = signed_in("sam")
    assert window.lock_timer.isActive()
    assert window.lock_timer.interval() == 5 * 60_000  # the default
    register = window.main_view.page("residents")
    register.new_record()
    type_text(qtbot, register.record.fields["full_name"][0], "Мамытова Сезим")
    register.record.fields["sex"][0].set_code("female")

    # Input restarts the timer: after a little silence, a key press winds it back to the full interval
    # (a precise timer, so that its remaining time can be read to the millisecond).
    window.lock_timer.setTimerType(Qt.PreciseTimer)
    window.lock_timer.start()
    qtbot.wait(120)
    silent = window.lock_timer.remainingTime()
    assert silent <= 5 * 60_000 - 100
    qtbot.keyClick(register.record.fields["full_name"][0], Qt.Key_End)
    assert window.lock_timer.remainingTime() > silent
    assert window.main_view is not None
    # Silence lets it fire: fire it now rather than wait 5 minutes.
    window.lock_timer.timeout.emit()
    assert window.main_view is None
    assert not window.lock_timer.isActive()

    # Locked: database closed, nothing of the records on screen.
    assert window.session is None and window.unlock_view is not None
    assert "Мамытова" not in visible_texts(window)
    assert window.unlock_view.user_edit.text() == "sam"

    sign_in(qtbot, window, "sam", database.passwords["sam"])
    record = window.main_view.page("residents").record
    assert record is not None
    assert record.fields["full_name"][0].text() == "Мамытова Сезим"
    assert record.fields["sex"][0].code() == "female"
    assert record.is_dirty()

    # Lock by the shortcut; someone else signs in and starts clean.
    qtbot.keyClick(record.fields["full_name"][0], Qt.Key_L, Qt.ControlModifier)
    assert window.main_view is None
    sign_in(qtbot, window, "dina", database.passwords["dina"])
    assert window.main_view.page("residents").record is None
    assert "Мамытова" not in visible_texts(window)
    # ... and sam, unlocking after her, gets nothing back either.
    window.lock()
    sign_in(qtbot, window, "sam", database.passwords["sam"])
    assert window.main_view.page("residents").record is None


def test_director_sets_the_lock_delay(qtbot, signed_in):
    window = signed_in("dina")
    page = window.main_view.show_page("settings")
    page.spins["auto_lock_minutes"].setValue(12)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert page.saved_label.text() == "Saved."
    assert settings.get(window.session, "auto_lock_minutes") == 12
    assert window.lock_timer.interval() == 12 * 60_000


def test_privacy_mode_hides_names_everywhere(qtbot, signed_in, make_resident):
    window = signed_in("dina")
    s = window.session
    demo.generate(s, 80, seed=3)
    special = residents.create(s, make_resident(full_name="Сыдыкова Элнура"), intake_date="2025-02-01")
    names = [r["full_name"] for r in residents.register_rows(s, residents.search(s)).values()]
    main = window.main_view
    due_page = main.show_page("due")
    due_page.window_box.setCurrentIndex(due_page.window_box.count() - 1)
    assert due_page.model.rowCount() > 0, "the demo data should have something due"
    register = main.show_page("residents")
    register.open_record(special["id"])
    assert "Сыдыкова Элнура" in visible_texts(window)

    qtbot.mouseClick(main.privacy, Qt.LeftButton)
    assert s.privacy_mode
    record = register.record
    assert record.title.text().startswith(special["case_number"])
    assert record.fields["full_name"][0].displayText() != "Сыдыкова Элнура"
    for key in ("residents", "due"):
        page = main.show_page(key)
        if key == "residents":
            page.back_to_register()
        text = visible_texts(window)
        leaked = [n for n in names if n in text]
        assert not leaked, (key, leaked[:3])
    register = main.show_page("residents")
    assert special["case_number"] in [register.model.index(r, 1).data() for r in range(register.model.rowCount())]

    qtbot.mouseClick(main.privacy, Qt.LeftButton)
    assert "Сыдыкова Элнура" in visible_texts(window)


def test_demo_opens_straight_in_with_a_banner(qtbot, tmp_path, english):
    from shelter_app.ui.app import DEMO_RESIDENTS, ShellWindow, create_demo_database

    path, session = create_demo_database(tmp_path)
    window = ShellWindow(path, demo_dir=tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.signed_in(session)
    banner = window.main_view.findChild(QLabel, "demo_banner")
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("DEMO — not real data")
    assert "DEMO" in window.windowTitle()
    register = window.main_view.page("residents")
    assert register.model.rowCount() == DEMO_RESIDENTS
    window.session.close()
    window.session = None
    QApplication.processEvents()


DEMO_DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from shelter_app.ui import app as app_module
seen = {}
def look_and_close():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, app_module.ShellWindow))
    seen["banner"] = window.main_view.findChild(QLabel, "demo_banner").isVisible()
    seen["rows"] = window.main_view.page("residents").model.rowCount()
    seen["folder"] = str(window.demo_dir)
    window.close()
QTimer.singleShot(0, look_and_close)
code = app_module.run(demo=True, language="en")
print(json.dumps(dict(seen, code=code)))
"""


def test_run_demo_end_to_end(tmp_path):
    """`shelter-app --demo`, in its own process: straight in, banner, ~300
    residents; the throwaway folder is gone after closing."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from shelter_app.ui.app import DEMO_RESIDENTS

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHELTER_APP_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", DEMO_DRIVER], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["code"] == 0 and seen["banner"] and seen["rows"] == DEMO_RESIDENTS
    assert not Path(seen["folder"]).exists()


def test_director_adds_and_removes_an_account_and_changes_her_password(qtbot, signed_in, database):
    from shelter_app import accounts
    from shelter_app.ui import dialogs

    window = signed_in("dina")
    page = window.main_view.show_page("settings")
    box = page.accounts
    assert box.manage.isVisible()
    names = [r["username"] for r in box.model.rows]
    assert names == sorted(names) or set(names) == {"dina", "sam", "lena"}
    assert box.table.height() >= 6 * box.table.verticalHeader().defaultSectionSize()  # six accounts in view
    box.username.setText("Aigul K")  # capital letter and a space
    box.pass1.setText("short")
    box.pass2.setText("aigul-pass-2")
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    # every problem at once, each beside its field
    errors = {name: label.text() for name, label in box.field_errors.items() if label.isVisible()}
    assert set(errors) == {"username", "display_name", "password", "repeat"}, errors
    assert errors["repeat"] == "The two passwords differ." and errors["display_name"] == "Required."
    assert "aigul" not in [r["username"] for r in box.model.rows]
    box.username.setText("aigul")
    type_text(qtbot, box.display_name, "Айгүл Социалдык")
    box.pass1.setText("aigul-pass-1")
    box.pass2.setText("aigul-pass-1")
    dialogs.set_next_answer(None)  # "The account aigul … is added"
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert "aigul" in [r["username"] for r in box.model.rows], box.add_message.text()
    assert dialogs.shown[-1][0] == "info" and "aigul (Айгүл Социалдык) is added" in dialogs.shown[-1][2]
    assert not any(label.isVisible() for label in box.field_errors.values())

    row = [r["username"] for r in box.model.rows].index("sam")
    box.table.selectRow(row)
    dialogs.set_next_answer(True)
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    assert "sam" not in [r["username"] for r in box.model.rows]

    box.current.setText(database.passwords["dina"])
    box.new1.setText("a-new-pass-9")
    box.new2.setText("a-new-pass-9")
    dialogs.set_next_answer(None)  # the "changed" message
    qtbot.mouseClick(box.change_button, Qt.LeftButton)
    assert dialogs.shown[-1][0] == "info"
    window.session.close()
    window.session = None
    accounts.open_session(database.path, "aigul", "aigul-pass-1").close()
    accounts.open_session(database.path, "dina", "a-new-pass-9").close()


def test_social_worker_sees_only_her_password(qtbot, signed_in):
    window = signed_in("sam")
    page = window.main_view.show_page("settings")
    assert not page.accounts.manage.isVisible()
    assert not page.spins["auto_lock_minutes"].isEnabled()


def test_closing_with_typed_work_asks_first(qtbot, signed_in):
    from shelter_app.ui import dialogs

    window = signed_in("sam")
    register = window.main_view.page("residents")
    register.new_record()
    type_text(qtbot, register.record.fields["full_name"][0], "Жумабаева Мээрим")
    dialogs.set_next_answer(False)  # "Keep working"
    window.close()
    assert window.isVisible() and window.session is not None
    dialogs.set_next_answer(True)  # "Close without saving"
    window.close()
    assert not window.isVisible() and window.session is None


def test_lock_closes_an_open_question_too(qtbot, signed_in, database):
    """A message box left open over a record must not stay on screen after the lock."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from shelter_app.ui import dialogs

    window = signed_in("sam")
    register = window.main_view.page("residents")
    register.new_record()
    type_text(qtbot, register.record.fields["full_name"][0], "Керимбаева Айжан")
    seen = []
    QTimer.singleShot(200, lambda: seen.append([w for w in QApplication.topLevelWidgets()
                                                if isinstance(w, QMessageBox) and w.isVisible()]))
    QTimer.singleShot(300, window.lock)
    assert register.record.is_dirty()
    register.back_to_register()  # asks "Discard?" in a real message box; nobody answers
    assert seen and seen[0], ("the question was on screen", seen, dialogs.shown)
    assert window.main_view is None and window.session is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    sign_in(qtbot, window, "sam", database.passwords["sam"])
    assert window.main_view.page("residents").record.fields["full_name"][0].text() == "Керимбаева Айжан"
    window.main_view.page("residents")._drop_record()  # nothing left to ask about when the test closes


def test_director_makes_a_new_recovery_key(qtbot, signed_in, database):
    from shelter_app import accounts
    from shelter_app.errors import WrongPassword
    from shelter_app.ui import dialogs

    window = signed_in("dina")
    box = window.main_view.show_page("settings").accounts
    qtbot.waitUntil(box.recovery_button.isVisible)
    dialogs.set_next_answer(False)  # changed her mind: nothing happens
    qtbot.mouseClick(box.recovery_button, Qt.LeftButton)
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(None)  # the dialog that shows the new key
    qtbot.mouseClick(box.recovery_button, Qt.LeftButton)
    kind, _title, text = dialogs.shown[-1]
    new_key = next(line for line in text.splitlines() if line.count("-") == 7 and len(line) == 39)
    assert window.session.key_file.organisation_fingerprint in text
    window.session.close()
    window.session = None
    with pytest.raises(WrongPassword):
        accounts.open_with_recovery_key(database.path, database.recovery_key)
    accounts.open_with_recovery_key(database.path, new_key).close()


def test_a_director_corrects_the_organisation_in_settings(qtbot, signed_in):
    window = signed_in("dina")
    page = window.main_view.show_page("settings")
    assert not page.org_fields["name"].isReadOnly()
    page.org_fields["name"].setText("")
    qtbot.mouseClick(page.org_save_button, Qt.LeftButton)
    assert page.org_errors["name"].text() == "Required."
    page.org_fields["name"].setText("Приют «Сезим»")
    page.org_fields["region"].setText("Ош")
    qtbot.mouseClick(page.org_save_button, Qt.LeftButton)
    assert page.org_saved.text() == "Saved." and not page.org_errors["name"].isVisible()
    assert "Приют «Сезим»" in window.main_view.org_label.text()  # the status bar follows


def test_a_social_worker_reads_the_organisation_only(qtbot, signed_in):
    page = signed_in("sam").main_view.show_page("settings")
    assert page.org_fields["name"].isReadOnly() and not hasattr(page, "org_save_button")
