"""The period a return covers: a year, a quarter, a month or explicit first
and last days, both ends inclusive."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from shelter_app.errors import ShelterError


@dataclass(frozen=True)
class Period:
    label: str          # 2026, 2026-Q3, 2026-07 or 2026-07-01/2026-09-30
    start: str          # ISO date, inclusive
    end: str            # ISO date, inclusive

    @property
    def duration(self) -> str:
        """ISO 8601 duration from `start`, as ADX writes a period (P1Y, P3M, P1M, P45D)."""
        s, e = _dt.date.fromisoformat(self.start), _dt.date.fromisoformat(self.end)
        if s.day == 1 and e.day == calendar.monthrange(e.year, e.month)[1]:
            months = (e.year - s.year) * 12 + e.month - s.month + 1
            if months % 12 == 0:
                return f"P{months // 12}Y"
            return f"P{months}M"
        return f"P{(e - s).days + 1}D"

    @property
    def adx(self) -> str:
        return f"{self.start}/{self.duration}"

    def as_dict(self) -> dict:
        return {"label": self.label, "start": self.start, "end": self.end}


_YEAR = re.compile(r"(\d{4})")
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:/|\.\.)\s*(\d{4}-\d{2}-\d{2})")


def _last_day(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _bad(text: str) -> ShelterError:
    return ShelterError("Not a period: {value}. Write a year (2026), a quarter (2026-Q3), a month (2026-07) "
                        "or first and last days (2026-07-01/2026-09-30).", value=text)


def year(y: int) -> Period:
    return Period(f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31")


def quarter(y: int, q: int) -> Period:
    first = _dt.date(y, 3 * q - 2, 1)
    return Period(f"{y:04d}-Q{q}", first.isoformat(), _last_day(y, 3 * q).isoformat())


def month(y: int, m: int) -> Period:
    return Period(f"{y:04d}-{m:02d}", _dt.date(y, m, 1).isoformat(), _last_day(y, m).isoformat())


def between(start: str | _dt.date, end: str | _dt.date) -> Period:
    s = start if isinstance(start, _dt.date) else _dt.date.fromisoformat(start)
    e = end if isinstance(end, _dt.date) else _dt.date.fromisoformat(end)
    if e < s:
        raise ShelterError("The period ends before it starts.")
    return Period(f"{s.isoformat()}/{e.isoformat()}", s.isoformat(), e.isoformat())


def parse(text: str) -> Period:
    """YYYY, YYYY-Qn, YYYY-MM, or YYYY-MM-DD/YYYY-MM-DD (also with '..')."""
    value = (text or "").strip()
    try:
        if m := _YEAR.fullmatch(value):
            y = int(m.group(1))
            if y < 1900:
                raise _bad(text)
            return year(y)
        if m := _QUARTER.fullmatch(value):
            return quarter(int(m.group(1)), int(m.group(2)))
        if m := _MONTH.fullmatch(value):
            mo = int(m.group(2))
            if not 1 <= mo <= 12:
                raise _bad(text)
            return month(int(m.group(1)), mo)
        if m := _RANGE.fullmatch(value):
            return between(m.group(1), m.group(2))
    except ValueError:
        raise _bad(text) from None
    raise _bad(text)
