"""Choosing one of a resident's contacts: a contact marked not safe to
contact is shown in red, in the list and when chosen, wherever a contact is
picked (data-dictionary.md, "Contacts")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QComboBox

from shelter_app import codes

UNSAFE_COLOUR = QColor("#b00020")


def contact_text(contact: dict) -> str:
    parts = [contact["name"]]
    if contact.get("relation"):
        parts.append(f"({contact['relation']})")
    text = " ".join(parts)
    if contact.get("safe_to_contact") == "no":
        text = "⚠ " + text + " — " + codes.SAFE_TO_CONTACT.label("no")
    return text


class ContactCombo(QComboBox):
    """contact_id() / set_contact_id(); is_unsafe() when the chosen one is marked unsafe."""

    def __init__(self, contacts: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self._default_palette = QPalette(self.palette())
        self.currentIndexChanged.connect(self._colour)
        self.set_contacts(contacts or [])

    def set_contacts(self, contacts: list[dict]) -> None:
        current = self.contact_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("ContactCombo", "— no contact —"), None)
        for contact in contacts:
            self.addItem(contact_text(contact), contact["id"])
            index = self.count() - 1
            self.setItemData(index, contact.get("safe_to_contact"), Qt.UserRole + 1)
            if contact.get("safe_to_contact") == "no":
                self.setItemData(index, QBrush(UNSAFE_COLOUR), Qt.ForegroundRole)
                self.setItemData(index, codes.SAFE_TO_CONTACT.label("no"), Qt.ToolTipRole)
        self.blockSignals(False)
        self.set_contact_id(current)

    def contact_id(self):
        return self.currentData()

    def set_contact_id(self, contact_id) -> None:
        index = self.findData(contact_id) if contact_id is not None else 0
        self.setCurrentIndex(max(0, index))
        self._colour()

    def is_unsafe(self) -> bool:
        return self.currentData(Qt.UserRole + 1) == "no"

    def _colour(self) -> None:
        palette = QPalette(self._default_palette)
        if self.is_unsafe():
            palette.setColor(QPalette.ButtonText, UNSAFE_COLOUR)
            palette.setColor(QPalette.Text, UNSAFE_COLOUR)
            palette.setColor(QPalette.WindowText, UNSAFE_COLOUR)
        self.setPalette(palette)
