"""Importing existing registers from spreadsheets (import-format.md).

    report = imports.check(session, path, "residents")   # what would be written, nothing written
    report = imports.run(session, path, "residents", expected_sha256=report.sha256)

Both return a `Report`: every bad row with its line, column and reason, the
warnings (possible duplicates, unknown columns, formulas kept as text), the
counts and the first rows as they will be stored."""

from shelter_app.imports.importer import ImportWriteError, check, run
from shelter_app.imports.kinds import KINDS, template
from shelter_app.imports.report import Problem, Report, column_title, display_value, kind_label

__all__ = ["KINDS", "ImportWriteError", "Problem", "Report", "check", "column_title", "display_value", "kind_label", "run", "template"]
