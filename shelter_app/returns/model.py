"""One statistical return as it will leave the shelter: metadata and the
suppressed tables. The preview on screen and every file are made from the
same object, so what is shown is exactly what is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shelter_app import __version__
from shelter_app.i18n import translate
from shelter_app.returns.periods import Period
from shelter_app.returns.tables import UNIT_LABELS, Table

if TYPE_CHECKING:
    from shelter_app.returns.suppression import Report

FORMAT_ID = "shelter-return/1"
GENERATOR = "shelter_app"


@dataclass
class StatisticalReturn:
    organisation: dict          # {"code", "name"}
    period: Period
    generated_at: str           # UTC, seconds: 2026-10-02T09:15:00Z
    threshold: int
    suppression: bool
    tables: list[Table]
    report: Report | None = None   # why each cell beyond the small ones is hidden
    audit_head: dict | None = field(default=None)   # {"entries", "hash"} of the audit log (security.md)

    @property
    def zeros_hidden(self) -> bool:
        return any(t.values[cell] == 0 for t in self.tables for cell in t.suppressed)

    def table(self, table_id: str) -> Table:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(table_id)

    @property
    def suppressed_count(self) -> int:
        return sum(len(t.suppressed) for t in self.tables)

    def metadata(self) -> dict:
        return {
            "format": FORMAT_ID,
            "organisation": {"code": self.organisation["code"], "name": self.organisation["name"]},
            "period": self.period.as_dict(),
            "generated_at": self.generated_at,
            "generator": {"name": GENERATOR, "version": __version__},
            "suppression": {"threshold": self.threshold, "enabled": self.suppression,
                            "zeros": "may_be_hidden" if self.zeros_hidden else "published"},
            "audit_head": dict(self.audit_head) if self.audit_head else {"entries": 0, "hash": "0" * 64},
        }

    def to_dict(self, lang: str | None = None) -> dict:
        data = self.metadata()
        data["tables"] = [table_dict(t, lang) for t in self.tables]
        return data


def table_dict(table: Table, lang: str | None = None) -> dict:
    cells = []
    for r, c in table.cells():
        if table.is_suppressed(r, c):
            cells.append({"row": r, "column": c, "value": None, "suppressed": True})
        else:
            cells.append({"row": r, "column": c, "value": table.values[(r, c)]})
    spec = table.spec
    return {
        "id": spec.id,
        "unit": spec.unit,
        "rows": list(table.rows),
        "columns": list(table.columns),
        "cells": cells,
        "labels": {
            "title": translate("Returns", spec.title, lang),
            "unit": translate("Returns", UNIT_LABELS[spec.unit], lang),
            "rows": {r: spec.rows.label(r, lang) for r in table.rows},
            "columns": {c: spec.columns.label(c, lang) for c in table.columns},
        },
    }
