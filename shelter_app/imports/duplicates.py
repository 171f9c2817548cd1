"""Possible duplicates among thousands of rows at once.

The same rule as `residents.possible_duplicates`: folded names (`text.name_key`)
compared with difflib; birth dates within a typing slip; a similarity of 0.8
when the births agree, 0.92 when one of them is unknown. But over an index
built once: people are grouped by their folded name, and names by the first
letters of each word, so a row is compared with the few names that could be
its own — each pair of names once — never with the whole register."""

from __future__ import annotations

import datetime as _dt
import difflib
from collections import defaultdict
from functools import lru_cache
from typing import Any

from shelter_app.text import name_key

PREFIX = 3
CLOSE_BIRTH = 0.8
UNKNOWN_BIRTH = 0.92

folded = lru_cache(maxsize=200_000)(name_key)


def _birth(date_of_birth, birth_year_estimated) -> tuple[_dt.date | None, int | None]:
    born = _dt.date.fromisoformat(str(date_of_birth)[:10]) if date_of_birth else None
    year = born.year if born else (int(birth_year_estimated) if birth_year_estimated else None)
    return born, year


def birth_close(a: tuple, b: tuple) -> bool | None:
    """residents._birth_close on parsed births: True when they agree within a
    typing slip (same date, day and month swapped, within 31 days, or the
    same day a year off); None when either is unknown."""
    da, ya = a
    db, yb = b
    if da is not None and db is not None:
        if da == db or abs((da - db).days) <= 31:
            return True
        swapped = (da.day, da.month) == (db.month, db.day) and da.year == db.year
        return swapped or (da.month == db.month and da.day == db.day and abs(da.year - db.year) <= 1)
    if ya is None or yb is None:
        return None
    return abs(ya - yb) <= 1


def _prefixes(key: str) -> set[str]:
    return {w[:PREFIX] for w in key.split() if w}


class DuplicateIndex:
    def __init__(self) -> None:
        self._people: dict[str, list[tuple[object, tuple]]] = defaultdict(list)   # name key -> (ref, birth)
        self._names: dict[str, set[str]] = defaultdict(set)                        # prefix -> name keys
        # name key -> the names close enough to it (similarity >= CLOSE_BIRTH), itself included;
        # kept up to date as names are added, so a name met again costs no comparison.
        self._similar: dict[str, list[tuple[str, float]]] = {}
        self._last: tuple[str, list[tuple[str, float]]] | None = None

    def _compare(self, key: str) -> list[tuple[str, float]]:
        """The indexed names close to `key`, compared once each."""
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        names: set[str] = set()
        for prefix in _prefixes(key):
            names |= self._names.get(prefix, set())
        close = []
        for other in names:
            matcher = difflib.SequenceMatcher(None, key, other)
            if matcher.real_quick_ratio() < CLOSE_BIRTH or matcher.quick_ratio() < CLOSE_BIRTH:
                continue
            score = matcher.ratio()
            if score >= CLOSE_BIRTH:
                close.append((other, score))
        self._last = (key, close)
        return close

    def add(self, ref, full_name: str | None = None, date_of_birth: str | None = None,
            birth_year_estimated: int | None = None, *, key: str | None = None) -> None:
        key = key if key is not None else folded(full_name or "")
        if not key:
            return
        if key not in self._similar:
            close = [c for c in self._compare(key) if c[0] != key]
            for other, score in close:
                self._similar[other].append((key, score))
            self._similar[key] = [(key, 1.0), *close]
            for prefix in _prefixes(key):
                self._names[prefix].add(key)
            self._last = None
        self._people[key].append((ref, _birth(date_of_birth, birth_year_estimated)))

    def matches(self, full_name: str, date_of_birth: str | None = None,
                birth_year_estimated: int | None = None) -> list[tuple[Any, float]]:
        """(ref, similarity) of the people who may be this one, best first."""
        key = folded(full_name or "")
        if not key:
            return []
        close = self._similar.get(key)
        if close is None:
            close = self._compare(key)
        birth = _birth(date_of_birth, birth_year_estimated)
        found = []
        for other, score in close:
            for ref, other_birth in self._people[other]:
                near = birth_close(birth, other_birth)
                if near is False:
                    continue
                if score >= (CLOSE_BIRTH if near else UNKNOWN_BIRTH):
                    found.append((ref, round(score, 2)))
        found.sort(key=lambda item: -item[1])
        return found
