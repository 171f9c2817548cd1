"""What a person on a 1366×768 office laptop would notice on a screen: text
cut off (a label, a button, a combo box's chosen item, a header, a tab, a
placeholder), a horizontal scroll bar, a scroll area inside another scroll
area, a widget pushed past the window's right edge. Used by
tests/gui/test_small_screen.py; `shoot()` saves what the screen looks like."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

SLACK = 2  # pixels of rounding


def _name(w: QWidget) -> str:
    text = ""
    for attr in ("text", "currentText", "placeholderText", "windowTitle"):
        if hasattr(w, attr):
            try:
                text = getattr(w, attr)()
            except TypeError:
                continue
            if text:
                break
    return f"{type(w).__name__}#{w.objectName() or '?'} {text[:60]!r}"


def _shown(w: QWidget) -> bool:
    return w.isVisible() and not w.visibleRegion().isEmpty() and w.width() > 0


def problems(window: QWidget) -> list[str]:
    out: list[str] = []
    right = window.width()
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window:
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and not w.pixmap() and _shown(w):
            if w.textFormat() != 0 and "<" in w.text():  # rich text: measured by its document
                continue
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + SLACK and w.heightForWidth(w.width()) > 0:
                    out.append(f"wrapped text cut at the bottom: {_name(w)}")
            elif w.sizeHint().width() > w.width() + SLACK:
                out.append(f"text cut: {_name(w)} needs {w.sizeHint().width()} has {w.width()}")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)) and w.text() and _shown(w):
            if w.sizeHint().width() > w.width() + SLACK:
                out.append(f"text cut: {_name(w)} needs {w.sizeHint().width()} has {w.width()}")
        elif isinstance(w, QComboBox) and _shown(w) and w.currentText():
            need = fm.horizontalAdvance(w.currentText()) + 28
            if need > w.width() + SLACK:
                out.append(f"chosen item cut: {_name(w)} needs {need} has {w.width()}")
        elif isinstance(w, QLineEdit) and _shown(w) and w.placeholderText() and not w.text():
            need = fm.horizontalAdvance(w.placeholderText()) + 12
            if need > w.width() + SLACK:
                out.append(f"placeholder cut: {_name(w)} needs {need} has {w.width()}")
        elif isinstance(w, QTabBar) and _shown(w):
            if w.sizeHint().width() > w.width() + SLACK:
                out.append(f"tabs do not fit: {[w.tabText(i) for i in range(w.count())]}")
        elif isinstance(w, QHeaderView) and _shown(w) and w.orientation() == 1 and w.model() is not None:
            for i in range(w.count()):
                if w.isSectionHidden(i):
                    continue
                text = str(w.model().headerData(i, w.orientation()) or "")
                parts = text.split() if w.defaultAlignment() & Qt.TextWordWrap else text.split("\n")
                need = max((fm.horizontalAdvance(part) for part in parts), default=0) + 12
                if text and w.sectionSize(i) + SLACK < need:
                    out.append(f"header cut: {text!r} needs {need} has {w.sectionSize(i)}")
        if isinstance(w, QListWidget) and _shown(w):
            room = w.viewport().width()
            for i in range(w.count()):
                item = w.item(i)
                if item.isHidden() or w.visualItemRect(item).isEmpty():
                    continue
                need = fm.horizontalAdvance(item.text()) + (24 if item.flags() & Qt.ItemIsUserCheckable else 8)
                if not w.wordWrap() and need > room + SLACK:
                    out.append(f"list item cut: {item.text()!r} needs {need} has {room}")
        if isinstance(w, QAbstractScrollArea) and _shown(w):
            bar = w.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                out.append(f"horizontal scroll bar: {_name(w)}")
            if isinstance(w, QScrollArea):
                parent = w.parentWidget()
                while parent is not None and parent is not window:
                    if isinstance(parent, QScrollArea) and w.verticalScrollBar().isVisible() \
                            and parent.verticalScrollBar().isVisible():
                        out.append(f"scroll area inside a scroll area: {_name(w)} in {_name(parent)}")
                        break
                    parent = parent.parentWidget()
        if isinstance(w, (QAbstractButton, QLabel, QComboBox, QLineEdit)) and _shown(w):
            x = w.mapTo(window, w.rect().topRight()).x()
            if x > right + SLACK:
                out.append(f"past the right edge: {_name(w)} at {x}")
    return sorted(set(out))


def shoot(window: QWidget, path) -> None:
    window.grab().save(str(path))
