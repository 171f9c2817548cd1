"""Small counts that could point at a person are never published, nor can
they be worked out from what is (statistical-return.md, "Suppression").

1. Primary: every cell, totals included, valued 1..k−1 (sums of money: the
   dominance rule).
2. Complementary: in every line (a row with its row total, a column with its
   column total, where the table has that total) 0 or at least 2 cells are
   suppressed; where only one is, the smallest non-zero published member is
   suppressed too (first in code order on a tie; the line's total when no
   member is left), until every line holds.
3. Shared totals: the column totals of the assisted_* tables that share a
   population are suppressed alike; then step 2 again, until nothing changes.
   Services: a row's events are suppressed whenever its persons are.
4. The audit (shelter_app.returns.disclosure): the attacker's integer programme
   over this return, every earlier export in the release ledger and the
   calendar periods not exported yet; while a hidden cell can be pinned or a
   small one proven small, for every failing cell the cheapest published cell
   in a relation with it is hidden too (all in one round), then 2 and 3 again.
   Zeros, and cells the ledger alone already pins, are never hidden beyond
   step 1 (disclosure's docstring says why)."""

from __future__ import annotations

from dataclasses import dataclass, field

from shelter_app.errors import ShelterError
from shelter_app.returns.tables import SHARED_TOTALS, SPECS, TOTAL, Table

TABLE_ORDER = {s.id: i for i, s in enumerate(SPECS)}

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


def _link_services(table: Table, why: dict | None = None, free: set | frozenset = frozenset()) -> bool:
    changed = False
    if table.id == "services":
        for r in table.rows:
            if ((r, "persons") in table.suppressed and (r, "events") not in table.suppressed
                    and ("services", r, "events") not in free):   # (the ledger pins it anyway)
                table.suppressed.add((r, "events"))
                if why is not None:
                    why[(table.id, r, "events")] = ("services", "")
                changed = True
    return changed


def complementary(table: Table, why: dict | None = None, free: set | frozenset = frozenset()) -> bool:
    """Step 2 on one table until every line holds; True when anything changed.
    Cells in `free` ((table, row, column) the ledger already pins) are not picked."""
    changed_any = False
    table_lines = lines(table)
    while True:
        changed = False
        for members, total in table_lines:
            cells = members + [total]
            if sum(1 for cell in cells if cell in table.suppressed) != 1:
                continue
            candidates = [m for m in members if m not in table.suppressed and table.values[m] > 0
                          and (table.id, *m) not in free]
            if candidates:
                pick = min(candidates, key=lambda m: table.values[m])  # min keeps the first on a tie
            elif total not in table.suppressed and (table.id, *total) not in free:
                pick = total
            else:
                continue  # nothing left to suppress (cannot happen: a suppressed total has a non-zero member)
            table.suppressed.add(pick)
            if why is not None:
                why[(table.id, *pick)] = ("line", "total" if TOTAL in total and total[0] == TOTAL else "row")
            changed = True
        if not changed:
            return changed_any
        changed_any = True


def _share_totals(tables: dict[str, Table], why: dict | None = None) -> bool:
    shared = [tables[i] for i in SHARED_TOTALS if i in tables]
    if not shared:
        return False
    cells = {(TOTAL, c) for t in shared for (r, c) in t.suppressed if r == TOTAL}
    changed = False
    for t in shared:
        missing = cells - t.suppressed
        if missing:
            t.suppressed |= missing
            if why is not None:
                why.update({(t.id, *cell): ("shared", "") for cell in missing})
            changed = True
    return changed


@dataclass
class Report:
    """What suppression did, for the preview: the primary cells, and why each
    other hidden cell is hidden."""
    primary: set = field(default_factory=set)            # (table, row, column)
    why: dict = field(default_factory=dict)              # (table, row, column) -> (reason, detail)
    unprotected: list = field(default_factory=list)      # cells no hiding in this return can protect
    # the same as (period label, table, row, column), for the preview and the tests
    unprotected_cells: list = field(default_factory=list)
    ignored: list = field(default_factory=list)          # earlier exports that no longer fit the data
    zeros_hidden: bool = False

    @property
    def beyond_primary(self) -> int:
        return len(self.why)

    def counts(self) -> dict[tuple[str, str], int]:
        """(reason, detail) -> cells."""
        out: dict[tuple[str, str], int] = {}
        for reason in self.why.values():
            out[reason] = out.get(reason, 0) + 1
        return out


MAX_ROUNDS = 400
AUDIT_REASONS = ("audit", "earlier", "rest")
MAX_TRIES = 6        # cells hidden for one failing cell before it is reported as unprotectable


def apply(tables: list[Table], k: int, earlier: list | None = None, period=None,
          start_from: dict[str, set] | None = None, known_unprotected: set | None = None,
          truth_of=None) -> Report:
    """Suppress in place, steps 1 to 4, until the audit passes. `earlier` are the
    release ledger's nodes (disclosure.Node); `start_from` the cells hidden when
    this period was exported before, kept hidden so that the same data gives the
    same publication; `truth_of(period) -> Facts` the true counts of another
    period (the calendar periods not exported yet are audited with them)."""
    from shelter_app.returns import disclosure

    k = check_threshold(k)
    report = Report()
    for t in tables:
        t.suppressed = set()
        primary(t, k)
        report.primary |= {(t.id, *cell) for cell in t.suppressed}
    for t in tables:
        for cell in sorted((start_from or {}).get(t.id, ())):
            if cell in t.values and cell not in t.suppressed:
                t.suppressed.add(cell)
                report.why[(t.id, *cell)] = ("before", "")
    by_id = {t.id: t for t in tables}
    values = {t.id: t.values for t in tables}
    audit = disclosure.Audit(list(earlier or []), current_node(tables, k, period, report.primary), k, truth_of,
                             skip=known_unprotected or set())
    # Never hidden beyond step 1: zeros, cells published before in this period, and cells
    # the ledger alone already pins (hiding them protects nothing).
    free = {(t.id, *cell) for t in tables for cell, v in t.values.items() if v == 0}
    if audit.base is not None:
        free |= {(t, *cell) for t, cells in audit.base.published.items() for cell in cells}
    free |= audit.pinned_by_ledger(values, report.primary)
    free -= report.primary
    _rules(tables, by_id, report.why, free)
    tries: dict = {}     # failing cell -> cells hidden for it so far
    nodes: list = []
    for _ in range(MAX_ROUNDS):
        result = audit.run(current_node(tables, k, period, report.primary), free)
        report.ignored = result.ignored
        nodes = result.nodes
        picks: dict[tuple, tuple[str, str]] = {}
        report.unprotected = []
        for failure in sorted(result.failures, key=lambda f: (f.key[0], TABLE_ORDER[f.key[1]], f.key[2:])):
            label_key = (nodes[failure.key[0]].label, *failure.key[1:])
            if tries.get(label_key, 0) >= MAX_TRIES:
                # Bounded by what earlier exports published: no cell of this return changes it.
                report.unprotected.append(failure)
                continue
            tries[label_key] = tries.get(label_key, 0) + 1
            pick = disclosure.cheapest_cover(failure, values, free)
            if pick is None:
                report.unprotected.append(failure)
                continue
            picks.setdefault(pick[1:], _audit_reason(nodes, failure))
        if not picks:
            break
        # One cell for every failing cell, the cheapest each, then audit again.
        for cell, reason in picks.items():
            t = by_id[cell[0]]
            if (cell[1], cell[2]) not in t.suppressed:
                t.suppressed.add((cell[1], cell[2]))
                report.why[cell] = reason
        _rules(tables, by_id, report.why, free)
    report.unprotected_cells = [(nodes[f.key[0]].label, *f.key[1:]) for f in report.unprotected]
    report.zeros_hidden = any(t.values[cell] == 0 for t in tables for cell in t.suppressed)
    return report


def _rules(tables, by_id, why, free=frozenset()) -> None:
    """Steps 2 and 3 until nothing changes."""
    while True:
        changed = False
        for t in tables:
            changed |= complementary(t, why, free)
            changed |= _link_services(t, why, free)
        changed |= _share_totals(by_id, why)
        if not changed:
            return


def _audit_reason(nodes, failure) -> tuple[str, str]:
    node = nodes[failure.key[0]]
    if failure.kind == "earlier":
        return ("earlier", node.label)
    if failure.kind in ("gap", "virtual"):
        return ("rest", node.label)
    return ("audit", "")


def current_node(tables: list[Table], k: int, period, primary_cells: set):
    """The return being made, as the attacker's node (with its true values)."""
    from shelter_app.returns import disclosure

    published, hidden, truth = {}, {}, {}
    zeros_hidden = False
    for t in tables:
        published[t.id] = {cell: v for cell, v in t.values.items() if cell not in t.suppressed}
        hidden[t.id] = {cell: (t.id, *cell) in primary_cells for cell in t.suppressed}
        truth[t.id] = dict(t.values)
        zeros_hidden = zeros_hidden or any(t.values[cell] == 0 for cell in t.suppressed)
    start, end, label = (period.start, period.end, period.label) if period is not None else \
        ("2000-01-01", "2000-01-01", "")
    return disclosure.Node(start, end, label, k, not zeros_hidden, published, hidden, current=True, truth=truth)


def clear(tables: list[Table]) -> None:
    for t in tables:
        t.suppressed = set()
