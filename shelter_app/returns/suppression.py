"""Small counts that could point at a person are never published.

1. Primary: every cell, totals included, valued 1..k−1.
2. Complementary: in every line (a row with its row total, a column with its
   column total, where the table has that total) 0 or at least 2 cells are
   suppressed; where only one is, the smallest non-zero published member is
   suppressed too (first in code order on a tie; the line's total when no
   member is left), until every line holds.
3. Shared totals: the column totals of the assisted_* tables that share a
   population are suppressed alike; then step 2 again, until nothing changes.
Services: a row's events are suppressed whenever its persons are."""

from __future__ import annotations

from shelter_app.errors import ShelterError
from shelter_app.returns.tables import SHARED_TOTALS, TOTAL, Table

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 10


def check_threshold(k) -> int:
    value = k if isinstance(k, int) and not isinstance(k, bool) else None
    if isinstance(k, str) and k.strip().isdigit():
        value = int(k.strip())
    if value is None or not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        raise ShelterError("The threshold must be a whole number from {low} to {high}.",
                           low=MIN_THRESHOLD, high=MAX_THRESHOLD)
    return value


def lines(table: Table) -> list[tuple[list[tuple[str, str]], tuple[str, str]]]:
    """Each line as (members in code order, total cell)."""
    spec = table.spec
    out = []
    if spec.row_totals:
        for r in table.rows:
            out.append(([(r, c) for c in spec.columns.codes], (r, TOTAL)))
    if spec.column_totals:
        for c in table.columns:
            out.append(([(r, c) for r in spec.rows.codes], (TOTAL, c)))
    return out


DOMINANCE_SHARE = 0.6


def dominated(parts: list[int], k: int) -> bool:
    """A sum is hidden when fewer than k persons contribute to it or one person
    contributes more than 60 % of it (the dominance rule for sums)."""
    parts = [p for p in parts if p]
    return bool(parts) and (len(parts) < k or max(parts) > DOMINANCE_SHARE * sum(parts))


def primary(table: Table, k: int) -> None:
    if table.spec.unit == "KGS":   # sums of money: the dominance rule, not the size of the value
        table.suppressed |= {cell for cell, parts in table.contributions.items() if dominated(parts, k)}
        return
    for cell, value in table.values.items():
        if 1 <= value < k:
            table.suppressed.add(cell)


def _link_services(table: Table) -> bool:
    changed = False
    if table.id == "services":
        for r in table.rows:
            if (r, "persons") in table.suppressed and (r, "events") not in table.suppressed:
                table.suppressed.add((r, "events"))
                changed = True
    return changed


def complementary(table: Table) -> bool:
    """Step 2 on one table until every line holds; True when anything changed."""
    changed_any = False
    table_lines = lines(table)
    while True:
        changed = False
        for members, total in table_lines:
            cells = members + [total]
            if sum(1 for cell in cells if cell in table.suppressed) != 1:
                continue
            candidates = [m for m in members if m not in table.suppressed and table.values[m] > 0]
            if candidates:
                pick = min(candidates, key=lambda m: table.values[m])  # min keeps the first on a tie
            elif total not in table.suppressed:
                pick = total
            else:
                continue  # nothing left to suppress (cannot happen: a suppressed total has a non-zero member)
            table.suppressed.add(pick)
            changed = True
        if not changed:
            return changed_any
        changed_any = True


def _share_totals(tables: dict[str, Table]) -> bool:
    shared = [tables[i] for i in SHARED_TOTALS if i in tables]
    if not shared:
        return False
    cells = {(TOTAL, c) for t in shared for (r, c) in t.suppressed if r == TOTAL}
    changed = False
    for t in shared:
        missing = cells - t.suppressed
        if missing:
            t.suppressed |= missing
            changed = True
    return changed


def apply(tables: list[Table], k: int) -> None:
    """Suppress in place, steps 1 to 3, until nothing changes."""
    k = check_threshold(k)
    for t in tables:
        t.suppressed = set()
        primary(t, k)
        _link_services(t)
    by_id = {t.id: t for t in tables}
    while True:
        changed = False
        for t in tables:
            changed |= complementary(t)
            changed |= _link_services(t)
        changed |= _share_totals(by_id)
        if not changed:
            return


def clear(tables: list[Table]) -> None:
    for t in tables:
        t.suppressed = set()
