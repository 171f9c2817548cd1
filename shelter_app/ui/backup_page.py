"""The Backup page (directors): how long ago the last backup was made, a
reminder when it is more than 7 days, "Back up now" to a chosen folder (a USB
stick), and the backups made so far."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget)

from shelter_app import anchors, audit, backup, i18n
from shelter_app.errors import ShelterError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, tasks
from shelter_app.ui.common import push_button
from shelter_app.ui.extensions import Page

WARNING_STYLE = "color: #b00020; font-weight: bold;"


class BackupPage(Page, QWidget):
    required_permission = Permission.BACKUP  # directors only; the domain checks it too

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("BackupPage", "Backup")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.last_folder = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)

        self.status = QLabel()
        self.status.setObjectName("backup_status")
        layout.addWidget(self.status)
        self.reminder = QLabel(self.tr("The last backup is more than 7 days old, or there is none: make one now."))
        self.reminder.setObjectName("reminder")
        self.reminder.setStyleSheet(WARNING_STYLE)
        self.reminder.setWordWrap(True)
        layout.addWidget(self.reminder)

        explain = QLabel(self.tr(
            "A backup is one encrypted file with every record and the keys to open it. It opens only with a "
            "staff password or the recovery key. Keep it on a USB stick, away from this computer, and make a new "
            "one every week."))
        explain.setWordWrap(True)
        layout.addWidget(explain)

        row = QHBoxLayout()
        self.backup_button = push_button(self.tr("Back up now…"), "backup_now", self.back_up)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.result)

        box = QGroupBox(self.tr("Backups made"))
        inner = QVBoxLayout(box)
        self.history = QListWidget()
        self.history.setObjectName("history")
        inner.addWidget(self.history)
        layout.addWidget(box, 1)

        restore = QGroupBox(self.tr("Restoring a backup"))
        inner = QVBoxLayout(restore)
        how = QLabel(self.tr(
            "Restoring replaces this database with the one in the backup. Lock the app and click "
            "“Restore from a backup…” on the sign-in screen (on a new PC: on the first screen). The "
            "backup is checked before anything is replaced, you are asked to confirm, and a safety copy of the "
            "current database is kept beside it."))
        how.setWordWrap(True)
        how.setTextInteractionFlags(Qt.TextSelectableByMouse)
        inner.addWidget(how)
        # Safety copies kept by restores, older than 30 days: listed for the director to delete.
        old_row = QHBoxLayout()
        self.old_copies = QLabel()
        self.old_copies.setObjectName("old_safety_copies")
        self.old_copies.setWordWrap(True)
        self.old_copies.setTextInteractionFlags(Qt.TextSelectableByMouse)
        old_row.addWidget(self.old_copies, 1)
        self.delete_old_button = push_button(self.tr("Delete them…"), "delete_safety_copies",
                                             self.delete_old_copies)
        old_row.addWidget(self.delete_old_button)
        inner.addLayout(old_row)
        layout.addWidget(restore)

        self.allowed = session.can(Permission.BACKUP)
        self.backup_button.setEnabled(self.allowed)
        if not self.allowed:
            self.result.setText(self.tr("Only a director can make backups."))
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        age = backup.last_backup_age(self.session)
        self.status.setText(backup.describe_age(age))
        self.reminder.setVisible(backup.backup_overdue(self.session))
        self.old = backup.safety_copies(self.session) if self.session.can(Permission.BACKUP) else []
        self.old_copies.setText(self.tr("Safety copies older than {days} days beside the database: {names}").format(
            days=backup.SAFETY_COPY_DAYS, names=", ".join(c.path.name for c in self.old)) if self.old else "")
        self.old_copies.setVisible(bool(self.old))
        self.delete_old_button.setVisible(bool(self.old))
        self.history.clear()
        if self.session.can(Permission.VIEW_AUDIT):
            for entry in audit.entries(self.session, audit.Filters(action="backup_created"), limit=20):
                self.history.addItem(self.tr("{when} — {user} — {file}").format(
                    when=entry.when(), user=entry.username, file=entry.details.get("file", "")))

    def delete_old_copies(self) -> None:
        if not self.old or not dialogs.confirm(
                self, self.tr("Delete the safety copies older than {days} days? They cannot be brought back.").format(
                    days=backup.SAFETY_COPY_DAYS), yes=self.tr("Delete"), no=self.tr("Keep them")):
            return
        try:
            for copy in self.old:
                backup.delete_safety_copy(self.session, copy.path)
        except ShelterError as exc:
            dialogs.show_error(self, exc)
        self.refresh()

    def back_up(self) -> None:
        folder = dialogs.ask_folder(self, self.tr("Choose where to save the backup (e.g. a USB stick)"),
                                    self.last_folder)
        if not folder:
            return
        self.last_folder = folder
        # The backup carries the audit head signed now. Signed here, on the screen's session: a
        # worker's session never signs (anchors.py), and it takes this session's key file.
        with contextlib.suppress(ShelterError):
            anchors.record(self.session)
        try:
            result = tasks.run(self, lambda job: backup.create(job.session, folder, progress=job.progress),
                               session=self.session, label=self.tr("Writing the backup and checking it…"))
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return
        text = self.tr("Backup written and verified: {path} ({size} MB).").format(
            path=str(result.path), size=f"{result.size / 1e6:.1f}")
        self.result.setText(text)
        self.refresh()
        self.settings_changed.emit()
        dialogs.info(self, text, title=self.tr("Backup"))


def remind_if_overdue(session, parent=None, today=None) -> bool:
    """After a director signs in: a reminder when the last backup is more than
    7 days old (or there is none), at most once a day on this PC, with "Back up
    now". Other roles are never reminded: they cannot make one. Returns True
    when it was shown."""
    import datetime as _dt

    from shelter_app import preferences

    if session.closed or session.user.role != "director" or not session.can(Permission.BACKUP) \
            or not backup.backup_overdue(session):
        return False
    day = (today or _dt.date.today()).isoformat()
    reminded = preferences.load().get("backup_reminded")
    reminded = reminded if isinstance(reminded, dict) else {}
    key = str(session.db.path)
    if reminded.get(key) == day:
        return False
    preferences.save(backup_reminded={**reminded, key: day})
    age = backup.last_backup_age(session)
    text = QCoreApplication.translate("BackupPage", "There is no backup yet.") if age is None else \
        i18n.ntranslate("BackupPage", "The last backup was made %n days ago.", age.days,
                        one="The last backup was made %n day ago.")
    text += " " + QCoreApplication.translate(
        "BackupPage", "Make one now and keep it on a USB stick away from this computer.")
    answer = dialogs.choose(parent, text, [("now", QCoreApplication.translate("BackupPage", "Back up now")),
                                           ("later", QCoreApplication.translate("BackupPage", "Later"))],
                            title=QCoreApplication.translate("BackupPage", "Backup"), default="now",
                            escape="later")
    main = getattr(parent, "main_view", None)
    if answer == "now" and main is not None:
        main.show_page("backup").back_up()
    return True
