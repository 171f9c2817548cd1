"""The Backup page: the reminder, "Back up now" to a chosen folder, and the
list of backups made."""

from __future__ import annotations

import pytest

from shelter_app import backup
from shelter_app.ui import dialogs


@pytest.fixture
def make_page(qtbot, english):
    from shelter_app.ui.backup_page import BackupPage

    def _make(session):
        widget = BackupPage(session)
        qtbot.addWidget(widget)
        widget.show()
        return widget
    return _make


def test_back_up_now_to_a_usb_stick(make_page, director, tmp_path, database):
    page = make_page(director)
    assert page.status.text() == "No backup yet"
    assert page.reminder.isVisible()
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.set_next_answer(str(usb))
    dialogs.set_next_answer(None)  # the "written and verified" message
    page.backup_button.click()
    files = list(usb.glob("*.shelterbackup"))
    assert len(files) == 1
    assert "verified" in dialogs.shown[-1][2] and files[0].name in page.result.text()
    assert page.status.text() == "Last backup: less than an hour ago"
    assert not page.reminder.isVisible()
    assert page.history.count() == 1 and files[0].name in page.history.item(0).text()
    # And the file restores.
    info = backup.inspect(files[0], username="dina", password=database.passwords["dina"])
    assert info.created_by == "dina"


def test_the_backup_carries_the_audit_head_signed_when_it_was_made(make_page, director, tmp_path):
    # A backup made from the screen (the work runs in a worker) anchors the
    # audit log as one made from the command line does: the head at the time,
    # signed by the director (security.md, "Audit log").
    from shelter_app import anchors

    page = make_page(director)
    entries, digest = anchors.current_head(director.db.conn)
    dialogs.set_next_answer(str(tmp_path))
    dialogs.set_next_answer(None)
    page.backup_button.click()
    carried = anchors.anchors_in_file(next(tmp_path.glob("*.shelterbackup")))
    assert carried and (carried[-1]["entries"], carried[-1]["hash"]) == (entries, digest)
    assert carried[-1]["by"] == "dina" and anchors.check(director, carried[-1:]) == []


def test_cancelling_the_folder_choice_writes_nothing(make_page, director, tmp_path):
    page = make_page(director)
    dialogs.set_next_answer(None)
    page.backup_button.click()
    assert page.history.count() == 0 and page.reminder.isVisible()


def test_a_folder_that_is_gone_gives_a_clear_message(make_page, director, tmp_path):
    page = make_page(director)
    dialogs.set_next_answer(str(tmp_path / "unplugged" / "stick"))
    dialogs.set_next_answer(None)
    page.backup_button.click()
    kind, _, text = dialogs.shown[-1]
    assert kind == "error" and "does not exist" in text


def test_a_social_worker_cannot_back_up(make_page, login):
    page = make_page(login("sam"))
    assert not page.backup_button.isEnabled()
    assert "Only a director" in page.result.text()


def test_a_director_is_reminded_after_a_week(director, login, tmp_path, english):
    import datetime as dt

    from shelter_app.db import settings as settings_db
    from shelter_app.ui.backup_page import remind_if_overdue

    today = dt.date.today()
    dialogs.set_next_answer("later")
    assert remind_if_overdue(director, today=today)
    kind, title, text = dialogs.shown[-1]
    assert kind == "choose" and "no backup yet" in text
    assert not remind_if_overdue(director, today=today)  # at most once a day
    backup.create(director, tmp_path)
    assert not remind_if_overdue(director, today=today + dt.timedelta(days=1))
    old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=9)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    settings_db.put(director.db.conn, "last_backup_at", old)
    dialogs.set_next_answer("later")
    assert remind_if_overdue(director, today=today + dt.timedelta(days=1))
    assert "9 days ago" in dialogs.shown[-1][2]
    assert not remind_if_overdue(login("sam"), today=today + dt.timedelta(days=2))  # only directors


def test_old_safety_copies_are_listed_and_deleted(make_page, database, tmp_path, monkeypatch):
    import datetime as _dt

    from shelter_app import accounts

    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    (tmp_path / "stick").mkdir()
    made = backup.create(session, tmp_path / "stick").path
    session.close()
    kept = backup.restore(made, database.path, username="dina", password=database.passwords["dina"],
                          confirm=lambda info: True).safety_copy
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    page = make_page(session)
    assert not page.delete_old_button.isVisible()  # a fresh copy is not listed
    real = backup.safety_copies
    monkeypatch.setattr(backup, "safety_copies", lambda s, older_than_days=30: real(
        s, older_than_days, now=_dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(days=40)))
    page.refresh()
    assert page.delete_old_button.isVisible() and kept.name in page.old_copies.text()
    dialogs.set_next_answer(True)
    page.delete_old_button.click()
    assert not kept.exists()
    assert not page.delete_old_button.isVisible()
    session.close()
