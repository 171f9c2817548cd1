"""Extension points: the tabs of a resident's record and the pages of the main
window. Each issue appends its own entry here; the screens import the classes
lazily, when first shown, so a heavy page costs nothing at start.

RECORD_TABS: (module, class). The class is a QWidget
    Tab(session, resident_id, parent=None)
    Tab.tab_title() -> translated text   (classmethod)
    tab.refresh()                         (reload from the database)
  Optional: tab.lock_state() -> dict | None and tab.restore_state(dict) to keep
  unsaved typed work across an auto-lock (same person only); a `changed`
  Signal() when the resident's record changed (the record's title refreshes).
  Tabs are built when first shown; privacy mode calls refresh().

PAGES: (key, module, class). The class is a QWidget
    Page(session, parent=None)
    Page.page_title() -> translated text  (classmethod)
    page.refresh()
  Optional signals the main window connects: open_resident = Signal(int) (opens
  that resident's record), settings_changed = Signal() (status bar and lock
  delay re-read; emit it after a backup), language_changed = Signal(str).
  page.lock_state()/restore_state(dict) as above. A page that raises while
  being built is replaced by a message, not a crash.
  Keys in the navigation order: residents, due, returns, audit, backup, settings.
"""

from __future__ import annotations

import importlib

RECORD_TABS: list[tuple[str, str]] = [
    ("shelter_app.ui.stays_tab", "StaysTab"),
    ("shelter_app.ui.plan_tab", "PlanTab"),
    ("shelter_app.ui.services_tab", "ServicesTab"),
    ("shelter_app.ui.legal_tab", "LegalTab"),
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
