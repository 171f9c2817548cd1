"""Extension points: the tabs of a resident's record and the pages of the main
window. Each issue appends its own entry here; the screens import the classes
lazily, when first shown, so a heavy page costs nothing at start.

RECORD_TABS: (module, class). The class signs the RecordTab contract below:
    class MyTab(RecordTab, QWidget):
        def __init__(self, session, resident_id, parent=None): ...
        @classmethod
        def tab_title(cls) -> str: ...        # translated
        def refresh(self) -> None: ...        # reload from the database
        # + the UnsavedWork methods, when the tab takes typing
  The record connects the tab's `changed` signal (its title and risk badge are
  read again). Tabs are built when first shown; privacy mode and a merge call
  refresh(), which never drops what is typed (see UnsavedWork).

PAGES: (key, module, class). The class signs the Page contract below:
    class MyPage(Page, QWidget):
        def __init__(self, session, parent=None): ...
        @classmethod
        def page_title(cls) -> str: ...       # translated
        def refresh(self) -> None: ...
  The main window connects every signal Page declares; a page emits the ones it
  needs. A page that raises while being built is replaced by a message, not a
  crash. Keys in the navigation order: residents, due, returns, audit, backup,
  settings.

Which screens take typing: the record (details and the Stays, Plan, Services,
Risk and safety, Case notes tabs), the Settings page (organisation details,
settings, accounts) and every dialog that edits a record (an UnsavedDialog).
The other pages and tabs sign the same contracts with nothing unsaved: their
typing is a search or a filter, or lives in their dialogs.

Dialogs that take typing (a service, a legal case or event, a document, a
place...) sign the same contract through UnsavedDialog: Esc, Cancel and the
close button then ask Save / Discard / Cancel instead of dropping what was
typed; opened with exec_dialog(), their typing comes back after auto-lock.
"""

from __future__ import annotations

import importlib
from typing import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog

RECORD_TABS: list[tuple[str, str]] = [
    ("shelter_app.ui.stays_tab", "StaysTab"),
    ("shelter_app.ui.plan_tab", "PlanTab"),
    ("shelter_app.ui.services_tab", "ServicesTab"),
    ("shelter_app.ui.legal_tab", "LegalTab"),
    # issue 15: identification, risk and safety, children
    ("shelter_app.ui.nrm_tab", "NrmTab"),
    ("shelter_app.ui.safety_tab", "SafetyTab"),
    ("shelter_app.ui.child_tab", "ChildTab"),
]
# After the shelter (issue 17).
RECORD_TABS += [
    ("shelter_app.ui.aftercare_tabs", "FollowUpTab"),
    ("shelter_app.ui.aftercare_tabs", "ReferralsTab"),
    ("shelter_app.ui.aftercare_tabs", "CompensationTab"),
]
# The case file (issue 16).
RECORD_TABS += [
    ("shelter_app.ui.notes_tab", "NotesTab"),
    ("shelter_app.ui.attachments_tab", "AttachmentsTab"),
    ("shelter_app.ui.documents_tab", "DocumentsTab"),
]

PAGES: list[tuple[str, str, str]] = [
    ("residents", "shelter_app.ui.register", "RegisterPage"),
    ("due", "shelter_app.ui.due_page", "DuePage"),
    ("returns", "shelter_app.ui.returns_page", "ReturnsPage"),
    ("audit", "shelter_app.ui.audit_page", "AuditPage"),
    ("retention", "shelter_app.ui.retention_page", "RetentionPage"),
    ("backup", "shelter_app.ui.backup_page", "BackupPage"),
    ("settings", "shelter_app.ui.settings_page", "SettingsPage"),
]
# The organisations directory (issue 17): before settings in the navigation.
PAGES += [("organisations", "shelter_app.ui.organisations_page", "OrganisationsPage")]
PAGES += [("occupancy", "shelter_app.ui.occupancy_page", "OccupancyPage")]  # issue 16

# Where a key goes in the navigation, whatever order the entries were appended in.
PAGE_ORDER = ("residents", "occupancy", "due", "returns", "audit", "retention", "backup", "settings")


def load(module: str, name: str):
    return getattr(importlib.import_module(module), name)


def ordered_pages() -> list[tuple[str, str, str]]:
    def rank(entry):
        key = entry[0]
        return (PAGE_ORDER.index(key) if key in PAGE_ORDER else len(PAGE_ORDER) - 1, key)

    return sorted(PAGES, key=rank)


class UnsavedWork:
    """The unsaved-work contract every tab, page and dialog that takes typing
    signs. Put it first among the bases: `class PlanTab(UnsavedWork, QWidget)`.
    The defaults describe a screen that holds nothing unsaved, so a read-only
    tab signs by inheriting and overriding nothing.

    A tab that takes typing overrides:

        def has_unsaved_work(self) -> bool:
            # True while something typed differs from what is stored
        def unsaved_work(self) -> list[str]:
            # what is unsaved, translated, one short item each, named so the
            # person recognises it: [self.tr("Plan: the draft's goals")].
            # The default is [tab_title()/page_title()] while has_unsaved_work().
        def save_work(self) -> bool:
            # store it (as the tab's own Save button does); on a problem show
            # it beside its field and return False: the person stays there
        def discard_work(self) -> None:
            # put the stored values back on screen
        def lock_state(self) -> dict | None:
            # what is typed, as plain data (no widgets, never a password), or None
        def restore_state(self, state: dict) -> None:
            # put it back after the same person unlocks again (the tab is
            # rebuilt on a fresh session first)

    Who calls them: leaving the record (← Register, Esc), opening another
    record, switching pages, closing the window and a merge of two records ask
    Save / Discard / Cancel naming every unsaved_work() item (ask_to_settle
    below); auto-lock and a change of language keep lock_state() and give it
    back; Ctrl+S in a record or on the Settings page calls save_work() of what
    is on screen only when it has_unsaved_work() (a second Ctrl+S must not log
    the same service twice).

    A screen that takes typing also keeps it through its own refresh() (privacy
    mode and a merge refresh every screen): it reloads what is only shown and
    leaves what is being typed alone.
    """

    # Set by auto-lock on a window it closes: no question then (lock_state keeps the work).
    closing_for_lock = False

    def has_unsaved_work(self) -> bool:
        return False

    def unsaved_work(self) -> list[str]:
        if not self.has_unsaved_work():
            return []
        for name in ("tab_title", "page_title"):
            title = getattr(type(self), name, None)
            if title is not None:
                return [title().replace("&", "")]
        return [QCoreApplication.translate("tasks", "Typed changes")]

    def save_work(self) -> bool:
        return True

    def discard_work(self) -> None:
        pass

    def lock_state(self) -> dict | None:
        return self.dialog_lock_state() or None

    def restore_state(self, state: dict) -> None:
        self.reopen_dialog_later((state or {}).get("dialog"), self.reopen_dialog)

    # A tab that opens an UnsavedDialog keeps its typing across auto-lock too:
    #     if self.exec_dialog(dialog, {"kind": "event", "case_id": 7}): ...
    # puts {"dialog": {"reopen": …, "values": …}} into dialog_lock_state(), which
    # the default lock_state() keeps; after the unlock the default restore_state()
    # calls reopen_dialog_later(state["dialog"], self.reopen_dialog), and the
    # tab's reopen_dialog(reopen, values) builds that dialog again, calls
    # dialog.set_values(values) and exec_dialog(). A tab whose own fields take
    # typing too adds dialog_lock_state() to its own lock_state().

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        pass  # a screen that opens no UnsavedDialog has none to open again

    def exec_dialog(self, dialog, reopen: dict) -> bool:
        self._open_dialog = (dialog, reopen)
        try:
            return bool(dialog.exec())
        finally:
            self._open_dialog = None

    def open_dialog(self):
        held = getattr(self, "_open_dialog", None)
        return held[0] if held else None

    def dialog_lock_state(self) -> dict:
        held = getattr(self, "_open_dialog", None)
        if held and held[0].has_unsaved_work():
            return {"dialog": {"reopen": held[1], "values": held[0].values()}}
        return {}

    def reopen_dialog_later(self, kept: dict | None, reopen) -> None:
        if kept:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: reopen(kept["reopen"], kept["values"]))


class RecordTab(UnsavedWork):
    """A tab of a resident's record (RECORD_TABS): `class PlanTab(RecordTab, QWidget)`."""

    changed = Signal()  # something the record's title shows changed (a stay, a risk level)

    @classmethod
    def tab_title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        pass


class Page(UnsavedWork):
    """A page of the main window (PAGES): `class DuePage(Page, QWidget)`. The
    main window connects each signal; a page emits those it needs."""

    open_resident = Signal(int)  # opens that resident's record
    open_resident_tab = Signal(int, str)  # the record at a tab named by its class
    settings_changed = Signal()  # the status bar and the lock delay are read again (e.g. after a backup)
    language_changed = Signal(str)  # the screens are rebuilt in that language
    privacy_changed = Signal()  # every page is refreshed
    required_permission = None  # a page only some roles see: the permission it needs

    @classmethod
    def page_title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        pass


def holds_unsaved_work(widget) -> bool:
    return isinstance(widget, UnsavedWork) and widget.has_unsaved_work()


def ask_to_settle(parent, holders: Iterable, leaving: str = "") -> bool:
    """Before leaving screens that may hold typing: when any of `holders` has
    unsaved work, ask Save / Discard / Cancel naming it. Save saves each (a
    failure stops there, the person sees why and stays: False); Discard throws
    it away; Cancel stays. True when the way is clear."""
    from shelter_app.ui import dialogs

    dirty = [h for h in holders if holds_unsaved_work(h)]
    if not dirty:
        return True
    items = [item for h in dirty for item in h.unsaved_work()]
    lines = "\n".join("• " + item for item in items)
    text = QCoreApplication.translate("tasks", "These changes are not saved:") + "\n" + lines
    if leaving:
        text += "\n\n" + leaving
    answer = dialogs.ask_save_discard(parent, text)
    if answer == "save":
        return all(h.save_work() for h in dirty)
    if answer == "discard":
        for h in dirty:
            h.discard_work()
        return True
    return False



class UnsavedDialog(UnsavedWork, QDialog):
    """A dialog that edits one record and signs the contract: it gives
    values() (what its fields hold) and save() (which calls accept() once
    stored), and calls mark_clean() after filling its fields. Esc, Cancel and
    the close button then ask Save / Discard / Cancel when something was typed;
    auto-lock closes it without asking (its opener keeps lock_state())."""

    def values(self) -> dict:
        raise NotImplementedError

    def set_values(self, values: dict) -> None:
        """Put values() back (after an unlock)."""
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean_values = self.values()

    def has_unsaved_work(self) -> bool:
        return self.values() != getattr(self, "_clean_values", None)

    def unsaved_work(self) -> list[str]:
        return [self.windowTitle()] if self.has_unsaved_work() else []

    def save_work(self) -> bool:
        self.save()
        return self.result() == QDialog.Accepted

    def discard_work(self) -> None:
        self.mark_clean()

    def lock_state(self) -> dict | None:
        return self.values() if self.has_unsaved_work() else None

    def reject(self) -> None:
        if self.closing_for_lock or ask_to_settle(self, [self]):
            if self.result() != QDialog.Accepted:
                super().reject()
