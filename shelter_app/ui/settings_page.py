"""Settings: the language of the screens (this PC), and for a director the
organisation's settings (auto-lock, retention, suppression threshold); at the
foot, About: the program's version (the one of pyproject.toml)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from shelter_app import __version__, accounts, i18n, preferences, settings
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui.common import error_label, language_combo, set_error
from shelter_app.ui.extensions import Page


class SettingsPage(Page, QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "Settings")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 0, 6, 0)

        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language = language_combo(self._language_chosen)
        form.addRow(self.tr("Language of the screens on this PC:"), self.language)
        self.text_size = QComboBox()
        self.text_size.setObjectName("text_size")
        for percent in preferences.TEXT_SIZES:
            self.text_size.addItem(self.tr("{percent} %").format(percent=percent), percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(preferences.text_size())))
        self.text_size.setToolTip(self.tr("Larger text for people who read small text with difficulty."))
        self.text_size.currentIndexChanged.connect(self._text_size_chosen)
        form.addRow(self.tr("Size of the text on this PC:"), self.text_size)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(box)
        org = accounts.organisation(session)
        # A director corrects them (audited); the others read them.
        self.org_editable = session.can(Permission.MANAGE_ACCOUNTS)
        self.org_fields: dict[str, QLineEdit] = {}
        self.org_errors: dict[str, QLabel] = {}
        self.org_labels: dict[str, str] = {}
        for key, text in (("name", self.tr("Name:")), ("code", self.tr("Code:")), ("region", self.tr("Region:"))):
            self.org_labels[key] = text
            edit = QLineEdit(org.get(key, "") or "")
            edit.setObjectName("organisation_" + key)
            edit.setReadOnly(not self.org_editable)
            self.org_fields[key] = edit
            self.org_errors[key] = error_label()
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(edit)
            cell.addWidget(self.org_errors[key])
            form.addRow(text, cell)
        if self.org_editable:
            row = QHBoxLayout()
            self.org_save_button = QPushButton(self.tr("Save the organisation's details"))
            self.org_save_button.setObjectName("save_organisation")
            self.org_save_button.clicked.connect(self.save_organisation)
            row.addWidget(self.org_save_button)
            self.org_saved = QLabel()
            self.org_saved.setObjectName("organisation_saved")
            row.addWidget(self.org_saved, 1)
            form.addRow("", row)
        from shelter_app import organisation_keys

        fingerprint = organisation_keys.fingerprint_of(session)
        self.fingerprint = QLabel(fingerprint or self.tr("made at the first director's sign-in"))
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fingerprint.setToolTip(self.tr("The organisation key's fingerprint, as on the recovery key sheet: read it "
                                            "aloud to another shelter that adds this organisation's card."))
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        layout.addWidget(box)

        self.can_edit = session.can(Permission.SETTINGS)
        box = QGroupBox(self.tr("Settings for everyone (director)"))
        form = QFormLayout(box)
        self.spins: dict[str, QSpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        labels = {"auto_lock_minutes": self.tr("Lock the screen after (minutes without input):"),
                  "retention_years": self.tr("Keep closed cases for (years):"),
                  "return_threshold": self.tr("Suppress statistics below:")}
        self.labels = labels
        for key, text in labels.items():
            spec = settings.BY_KEY[key]
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setMaximumWidth(120)
            spin.setEnabled(self.can_edit)
            spin.setToolTip(i18n.translate("Settings", spec.description))
            self.spins[key] = spin
            self.errors[key] = error_label()
            form.addRow(text, spin)
            form.addRow("", self.errors[key])
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("save_settings")
        self.save_button.setEnabled(self.can_edit)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        row.addWidget(self.saved_label, 1)
        form.addRow("", row)
        if not self.can_edit:
            form.addRow("", QLabel(self.tr("Only a director can change these.")))
        layout.addWidget(box)

        from shelter_app.ui.accounts_box import AccountsBox

        self.accounts = AccountsBox(session, self)
        layout.addWidget(self.accounts)

        box = QGroupBox(self.tr("About"))
        box.setObjectName("about")
        form = QFormLayout(box)
        form.addRow(self.tr("Program:"), QLabel(self.tr("Shelter case manager")))
        self.version_label = QLabel(__version__)
        self.version_label.setObjectName("version")
        self.version_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(self.tr("Version:"), self.version_label)
        layout.addWidget(box)
        layout.addStretch(1)
        self._org_stored = self._org_values()
        QShortcut(QKeySequence.Save, self, activated=self.save_on_screen)
        self.refresh()

    def save_organisation(self) -> bool:
        for label in self.org_errors.values():
            set_error(label, "")
        self.org_saved.setText("")
        try:
            accounts.update_organisation(self.session, **{k: e.text() for k, e in self.org_fields.items()})
        except ValidationError as exc:
            for field, text in exc.localized_problems().items():
                set_error(self.org_errors[field.removeprefix("organisation_")], text)
            return False
        except ShelterError as exc:
            set_error(self.org_errors["name"], exc.localized())
            return False
        self._org_stored = self._org_values()
        self.org_saved.setText(self.tr("Saved."))
        self.settings_changed.emit()  # the status bar shows the organisation
        return True

    def _org_values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.org_fields.items()}

    def _changed_organisation(self) -> list[str]:
        if not self.org_editable:
            return []
        now = self._org_values()
        return [key for key in self.org_fields if now[key] != self._org_stored.get(key)]

    def save_on_screen(self) -> bool:
        """Ctrl+S: what is unsaved on the page; with nothing unsaved nothing is stored again."""
        if self.has_unsaved_work():
            return self.save_work()
        self.saved_label.setText(self.tr("Nothing to save."))
        return False

    def _text_size_chosen(self) -> None:
        from shelter_app.ui.app import apply_text_size

        percent = self.text_size.currentData()
        preferences.save(text_size=percent)
        apply_text_size(percent)

    def _language_chosen(self, lang: str) -> None:
        if lang != i18n.current_language():
            self.language_changed.emit(lang)

    def refresh(self) -> None:
        if self.session.closed:
            return
        values = settings.all_values(self.session)
        if not self._changed_settings():  # what a person typed stays until saved or discarded
            self._fill(values)
        if not self._changed_organisation():
            self._fill_organisation()
        self.accounts.refresh()

    def _fill_organisation(self) -> None:
        org = accounts.organisation(self.session)
        for key, edit in self.org_fields.items():
            edit.setText(org.get(key, "") or "")
        self._org_stored = self._org_values()

    def _fill(self, values: dict) -> None:
        for key, spin in self.spins.items():
            spin.setValue(int(values[key]))
        self._stored = {key: spin.value() for key, spin in self.spins.items()}

    def _changed_settings(self) -> list[str]:
        stored = getattr(self, "_stored", None)
        if stored is None or not self.can_edit:
            return []
        return [key for key, spin in self.spins.items() if spin.value() != stored.get(key)]

    # --- unsaved work (extensions.UnsavedWork) ---
    def has_unsaved_work(self) -> bool:
        return bool(self._changed_organisation() or self._changed_settings()) or self.accounts.has_unsaved_work()

    def unsaved_work(self) -> list[str]:
        items = []
        changed_org = self._changed_organisation()
        if changed_org:
            names = ", ".join(self.org_labels[key].rstrip(":") for key in changed_org)
            items.append(self.tr("The organisation's details: {names}").format(names=names))
        changed = self._changed_settings()
        if changed:
            names = ", ".join(self.labels[key].rstrip(":") for key in changed)
            items.append(self.tr("Settings: {names}").format(names=names))
        return items + self.accounts.unsaved_work()

    def save_work(self) -> bool:
        if self._changed_organisation() and not self.save_organisation():
            return False
        if self._changed_settings() and not self.save():
            return False
        return not self.accounts.has_unsaved_work() or self.accounts.save_work()

    def discard_work(self) -> None:
        if self._changed_organisation():
            self._fill_organisation()
            for label in self.org_errors.values():
                set_error(label, "")
        if self._changed_settings():
            self._fill(settings.all_values(self.session))
            for label in self.errors.values():
                set_error(label, "")
        self.accounts.discard_work()

    def lock_state(self) -> dict | None:
        state = {}
        changed_org = self._changed_organisation()
        if changed_org:
            state["organisation"] = {key: self.org_fields[key].text() for key in changed_org}
        changed = self._changed_settings()
        if changed:
            state["settings"] = {key: self.spins[key].value() for key in changed}
        kept = self.accounts.lock_state()
        if kept:
            state["accounts"] = kept
        return state or None

    def restore_state(self, state: dict) -> None:
        for key, value in (state or {}).get("organisation", {}).items():
            if key in self.org_fields:
                self.org_fields[key].setText(value)
        for key, value in (state or {}).get("settings", {}).items():
            if key in self.spins:
                self.spins[key].setValue(int(value))
        if (state or {}).get("accounts"):
            self.accounts.restore_state(state["accounts"])

    def save(self) -> bool:
        self.saved_label.clear()
        for label in self.errors.values():
            set_error(label, "")
        try:
            for key, spin in self.spins.items():
                settings.set_value(self.session, key, spin.value())
        except ValidationError as exc:
            for key, text in exc.localized_problems().items():
                if key in self.errors:
                    set_error(self.errors[key], text)
            return False
        except ShelterError as exc:
            self.saved_label.setText(exc.localized())
            return False
        self._stored = {key: spin.value() for key, spin in self.spins.items()}
        self.saved_label.setText(self.tr("Saved."))
        self.settings_changed.emit()
        return True
