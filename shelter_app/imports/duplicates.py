"""Possible duplicates among thousands of rows at once.

The same rule as `residents.possible_duplicates` (folded names compared with
difflib; birth dates within a typing slip; 0.8 similarity when the births
agree, 0.92 when one is unknown), but over an index built once: names are
grouped by the first letters of each folded word and by birth year, so each
row is compared with the few people who could be the same, never with the
whole register."""

from __future__ import annotations

import difflib
from collections import defaultdict

from shelter_app.residents import _birth_close
from shelter_app.text import name_key

PREFIX = 3
CLOSE_BIRTH = 0.8
UNKNOWN_BIRTH = 0.92


def _year(dob: str | None, year: int | None) -> int | None:
    if dob:
        return int(dob[:4])
    return int(year) if year else None


def _prefixes(key: str) -> set[str]:
    return {w[:PREFIX] for w in key.split() if w}


class DuplicateIndex:
    def __init__(self) -> None:
        # prefix -> birth year (or None) -> entries (ref, key, probe)
        self._index: dict[str, dict[int | None, list]] = defaultdict(lambda: defaultdict(list))

    def add(self, ref, full_name: str | None = None, date_of_birth: str | None = None,
            birth_year_estimated: int | None = None, *, key: str | None = None) -> None:
        key = key if key is not None else name_key(full_name or "")
        if not key:
            return
        probe = {"date_of_birth": date_of_birth, "birth_year_estimated": birth_year_estimated}
        entry = (ref, key, probe)
        year = _year(date_of_birth, birth_year_estimated)
        for prefix in _prefixes(key):
            self._index[prefix][year].append(entry)

    def matches(self, full_name: str, date_of_birth: str | None = None,
                birth_year_estimated: int | None = None) -> list[tuple[object, float]]:
        """(ref, similarity) of the entries that may be the same person, best first."""
        key = name_key(full_name or "")
        if not key:
            return []
        probe = {"date_of_birth": date_of_birth, "birth_year_estimated": birth_year_estimated}
        year = _year(date_of_birth, birth_year_estimated)
        seen: set[int] = set()
        candidates = []
        for prefix in _prefixes(key):
            by_year = self._index.get(prefix)
            if not by_year:
                continue
            if year is None:
                groups = list(by_year.values())
            else:
                groups = [by_year.get(y, ()) for y in (year - 1, year, year + 1, None)]
            for group in groups:
                for entry in group:
                    if id(entry) not in seen:
                        seen.add(id(entry))
                        candidates.append(entry)
        if not candidates:
            return []
        matcher = difflib.SequenceMatcher(None)
        matcher.set_seq2(key)  # difflib caches what it learns about the second sequence
        found = []
        for ref, cand_key, cand_probe in candidates:
            birth = _birth_close(probe, cand_probe)
            if birth is False:
                continue
            threshold = CLOSE_BIRTH if birth else UNKNOWN_BIRTH
            matcher.set_seq1(cand_key)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            score = matcher.ratio()
            if score >= threshold:
                found.append((ref, round(score, 2)))
        found.sort(key=lambda item: -item[1])
        return found
