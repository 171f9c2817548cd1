"""A long working day does not wear out the program: PySide6 6.12.0 on
Python 3.11 dropped a reference to None (and to True and False) at every Qt
call that returns nothing, and the program aborted ("Fatal Python error:
none_dealloc") after a few thousand such calls — minutes of typing and
scrolling. pyproject.toml keeps that version out; this test catches it, or
any other Qt build that does the same, before it reaches a shelter."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel


def _counts() -> dict[str, int]:
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}


def test_thousands_of_qt_calls_leave_none_true_and_false_alone(qtbot):
    label, box = QLabel(), QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    before = _counts()
    for i in range(3000):
        label.setText("Асанова")        # returns nothing
        label.setObjectName("name")     # returns nothing
        box.setChecked(i % 2 == 0)      # returns nothing
        box.isChecked()                 # returns a bool
    after = _counts()
    # A few references may come and go with the objects Python itself keeps; a
    # leak of one per call would be thousands.
    assert all(abs(after[name] - before[name]) < 100 for name in before), (before, after)
