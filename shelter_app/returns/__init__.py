"""Anonymized statistical returns (../shared/spec/statistical-return.md):
the populations, twelve tables, small-cell suppression and the files that
leave the shelter (JSON, CSV, ADX, PDF)."""

from shelter_app.returns.model import StatisticalReturn
from shelter_app.returns.periods import Period
from shelter_app.returns.periods import parse as parse_period
from shelter_app.returns.service import (
           build,
           default_threshold,
           export,
           history,
           render,
           write_structure,
)
from shelter_app.returns.suppression import (
           DEFAULT_THRESHOLD,
           MAX_THRESHOLD,
           MIN_THRESHOLD,
)

__all__ = [
           "DEFAULT_THRESHOLD",
           "MAX_THRESHOLD",
           "MIN_THRESHOLD",
           "Period",
           "StatisticalReturn",
           "build",
           "default_threshold",
           "export",
           "history",
           "parse_period",
           "render",
           "write_structure",
]
