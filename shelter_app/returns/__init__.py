"""Anonymized statistical returns (../shared/spec/statistical-return.md):
the populations, twelve tables, small-cell suppression and the files that
leave the shelter (JSON, CSV, ADX, PDF)."""

from shelter_app.returns.model import StatisticalReturn
from shelter_app.returns.periods import Period, parse as parse_period
from shelter_app.returns.service import build, export, history, render, write_structure, default_threshold
from shelter_app.returns.suppression import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD

__all__ = ["StatisticalReturn", "Period", "parse_period", "build", "export", "history", "render",
           "write_structure", "default_threshold", "DEFAULT_THRESHOLD", "MIN_THRESHOLD", "MAX_THRESHOLD"]
