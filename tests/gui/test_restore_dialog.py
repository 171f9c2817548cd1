"""Restoring from the app, before signing in: choose the file, open it with a
password or the recovery key, read what it holds, confirm."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from shelter_app import accounts, backup, residents
from shelter_app.ui import dialogs


@pytest.fixture
def backup_file(director, make_resident, tmp_path):
    for n in range(2):
        residents.create(director, make_resident(full_name=f"Backed Up {n}"))
    path = backup.create(director, tmp_path).path
    residents.create(director, make_resident(full_name="After The Backup"))
    director.close()
    return path


@pytest.fixture
def make_dialog(qtbot, english):
    from shelter_app.ui.restore_dialog import RestoreDialog

    def _make(target):
        dialog = RestoreDialog(target)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return _make


def test_restore_on_a_new_computer_with_a_password(make_dialog, backup_file, tmp_path, qtbot, database):
    target = tmp_path / "new-pc" / "shelter.db"
    dialog = make_dialog(target)
    dialogs.set_next_answer(str(backup_file))
    dialog.browse_button.click()
    qtbot.keyClicks(dialog.user_edit, "lena")
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    dialog.check_button.click()
    assert "Wrong account or password" in dialog.info.text() and not dialog.restore_button.isEnabled()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, database.passwords["lena"])
    dialog.check_button.click()
    assert "Residents: 2" in dialog.info.text() and dialog.restore_button.isEnabled()
    dialogs.set_next_answer(None)  # "restored"
    dialog.restore_button.click()
    assert dialog.result() == QDialog.Accepted
    session = accounts.open_session(target, "sam", database.passwords["sam"])
    assert residents.count(session) == 2
    session.close()


def test_restore_over_the_database_with_the_recovery_key(make_dialog, backup_file, database, qtbot):
    dialog = make_dialog(database.path)
    dialog.file_edit.setText(str(backup_file))
    dialog.use_recovery.setChecked(True)
    assert not dialog.password_edit.isEnabled()
    qtbot.keyClicks(dialog.recovery_edit, database.recovery_key)
    dialog.check_button.click()
    assert dialog.restore_button.isEnabled(), dialog.info.text()
    dialogs.set_next_answer(False)  # keep the current database after all
    dialog.restore_button.click()
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    assert residents.count(session) == 3
    session.close()
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(None)
    dialog.restore_button.click()
    assert "safety copy" in dialogs.shown[-2][2]
    assert "before-restore" in dialogs.shown[-1][2]
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    assert residents.count(session) == 2
    session.close()


def test_a_damaged_backup_is_refused_before_anything_changes(make_dialog, backup_file, database, qtbot):
    data = bytearray(backup_file.read_bytes())
    data[-100] ^= 0x20
    backup_file.write_bytes(bytes(data))
    dialog = make_dialog(database.path)
    dialog.file_edit.setText(str(backup_file))
    qtbot.keyClicks(dialog.user_edit, "dina")
    qtbot.keyClicks(dialog.password_edit, database.passwords["dina"])
    dialog.check_button.click()
    assert "damaged or was altered" in dialog.info.text()
    assert not dialog.restore_button.isEnabled()


def test_only_a_director_of_the_live_database_may_restore_over_it(make_dialog, backup_file, database, qtbot):
    dialog = make_dialog(database.path)
    assert dialog.findChild(type(dialog.info), "over_existing").isVisible()
    dialog.file_edit.setText(str(backup_file))
    qtbot.keyClicks(dialog.user_edit, "sam")
    qtbot.keyClicks(dialog.password_edit, database.passwords["sam"])
    dialog.check_button.click()
    assert "Only a director" in dialog.info.text()
    assert not dialog.restore_button.isEnabled()
    dialog.user_edit.clear()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.user_edit, "dina")
    qtbot.keyClicks(dialog.password_edit, database.passwords["dina"])
    dialog.check_button.click()
    # What will be replaced: the resident entered after the backup, and the log since.
    assert "has 1 residents and" in dialog.info.text(), dialog.info.text()
    assert dialog.restore_button.isEnabled() and not dialog.code_edit.isVisible()


def test_another_organisations_backup_needs_its_code(make_dialog, database, qtbot, tmp_path):
    other = tmp_path / "other" / "shelter.db"
    session, _ = accounts.create_database(
        other, organisation_code="KG-NGO-0999", organisation_name="Another Synthetic Shelter",
        director="olga", director_name="Olga Other", password="olga other director phrase 1")
    (tmp_path / "ob").mkdir()
    made = backup.create(session, tmp_path / "ob").path
    session.close()
    dialog = make_dialog(database.path)
    dialog.file_edit.setText(str(made))
    qtbot.keyClicks(dialog.user_edit, "dina")
    qtbot.keyClicks(dialog.password_edit, database.passwords["dina"])
    dialog.other_account.setChecked(True)
    assert dialog.backup_user_edit.isVisible()
    qtbot.keyClicks(dialog.backup_user_edit, "olga")
    qtbot.keyClicks(dialog.backup_password_edit, "olga other director phrase 1")
    dialog.check_button.click()
    assert dialog.code_edit.isVisible(), dialog.info.text()
    assert "Another Synthetic Shelter" in dialog.code_label.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.code_edit, "KG-NGO-0001")
    assert not dialog.restore_button.isEnabled()
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "KG-NGO-0999")
    assert dialog.restore_button.isEnabled()
    dialogs.set_next_answer(True)
    dialogs.set_next_answer(None)
    dialog.restore_button.click()
    accounts.open_session(database.path, "olga", "olga other director phrase 1").close()
