"""The attacker of statistical-return.md ("Suppression: no small count can be
worked out") as an integer programme solved with HiGHS, and the audit that
hides more cells until no hidden count can be worked out.

The attacker knows every published cell of this return and of every earlier
suppressed export in the release ledger; that counts are whole numbers; that a
hidden count is at least 1 where the export says zeros are published (else 0)
and at most its table's published grand total; that members add up to their
line's total; that the shared column totals are equal; and, between periods,
that for the additive tables a cell of a period is the sum of the same cell over
periods that exactly partition it, and for the person tables lies between their
largest and their sum.

How the spec's guarantee ("for every suppressed cell ... no hidden cell is
pinned to one value; and for every primary cell ... the largest provable value
is at least k") is kept whatever the order of exports:

- *Calendar periods not exported yet.* Every calendar period (the year, its
  quarters, its months) of a year that this return or a related earlier export
  falls in, and that has not been exported, is a *virtual* node with the
  database's true counts. The attacker of the audit is granted, for a virtual
  cell, whether it is zero (an export of that period with zeros published tells
  exactly that), and every virtual cell whose true value is 1 to k−1 must keep a
  largest provable value of at least k, as a primary cell must. So an export
  never leaves a count of a period not yet exported provable as small, and the
  later export of that period can always protect it (hiding all of its non-zero
  cells tells the attacker no more than this audit granted). Explicit spans join
  the relations only when exported; a part of an exported span that no calendar
  period covers is a *gap* node without true counts: it fails when its largest
  provable value is 1 to k−1.
- *Cells the release ledger already pins.* A non-primary cell of this return
  that the attacker pins from the ledger alone (with whether each cell of this
  return is zero) adds nothing when published, so it is published: hiding it
  would protect nothing. This is decided from the ledger alone, never from this
  return's own published cells. A primary cell so pinned was given away by an
  earlier export (which the rule above prevents); it is reported.
  Such a cell is not hidden by the line rule, nor by the audit, nor with its
  persons (a services row's events), since hiding it changes nothing the
  attacker can prove.
- Zeros are published: whether a cell is zero is granted to the attacker above.

The true counts of other periods come from the caller (`truth_of(period)`, and
when it has `truth_of.many(periods)` all those the audit needs at once); without
them there are no virtual nodes, and only the gap rule guards what is not
exported yet.

The audit itself: each table group (a table, or the three that share their
column totals) over every period is its own programme; a cell forced by the
equalities is found without a solver; a few solves whose solutions (with the
true values, one more solution) show many cells at once to be free or able to
reach k settle most checks; the rest are solved one cell at a time, the linear
relaxation first (where its solution is fractional, the integer programme with
the cells away from the fractions fixed comes before the whole one: see
Solver._near). A check once passed is not solved again when more is hidden.

Periods are nodes; the exports of the same first and last days are one node.

No Qt, no SQL: plain data in, the cells to hide out."""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sys
from dataclasses import dataclass, field

from shelter_app.returns import periods
from shelter_app.returns.periods import Period
from shelter_app.returns.tables import SHARED_TOTALS, SPEC_BY_ID, SPECS, TOTAL
from shelter_app.returns.tables import build as build_tables

BIG = 10 ** 9              # "no upper bound": a count no shelter reaches
BIG_AMOUNT = 10 ** 12      # the same for sums of money
INF = float("inf")
MAX_PATHS = 64             # partitions of one period considered (after leaving out refinements)
TABLE_ORDER = {s.id: i for i, s in enumerate(SPECS)}

Cell = tuple[str, str]


@dataclass
class Node:
    """One period as the attacker sees it: every published cell of every
    suppressed export of exactly that period, and the hidden ones."""
    start: str
    end: str
    label: str
    threshold: int
    zeros_published: bool
    published: dict[str, dict[Cell, int]] = field(default_factory=dict)
    hidden: dict[str, dict[Cell, bool]] = field(default_factory=dict)   # hidden cell -> primary?
    current: bool = False
    gap: bool = False
    truth: dict[str, dict[Cell, int]] = field(default_factory=dict)     # true values (current and virtual nodes)
    virtual: bool = False     # a calendar period not exported yet (see the module's docstring)

    @property
    def span(self) -> tuple[int, int]:
        """[first day, day after the last) as day numbers."""
        return (_dt.date.fromisoformat(self.start).toordinal(), _dt.date.fromisoformat(self.end).toordinal() + 1)


def node_from_release(release: dict) -> Node:
    """A ledger entry (shelter_app.db.return_ledger) as a node."""
    published: dict[str, dict[Cell, int]] = {}
    hidden: dict[str, dict[Cell, bool]] = {}
    for table_id, cells in release["cells"].items():
        if table_id not in SPEC_BY_ID:
            continue
        published[table_id] = {tuple(k.split("\t", 1)): v for k, v in cells.get("published", {}).items()}
        hidden[table_id] = {(r, c): bool(p) for r, c, p in cells.get("hidden", [])}
    return Node(release["start"], release["end"], release["label"], int(release["threshold"]),
                bool(release["zeros_published"]), published, hidden)


def merge(nodes: list[Node]) -> list[Node]:
    """Exports of the same period are one node: a cell is known if any of them
    published it (the latest value wins where the data changed in between)."""
    by_span: dict[tuple[str, str], Node] = {}
    for n in nodes:
        key = (n.start, n.end)
        if key not in by_span:
            by_span[key] = Node(n.start, n.end, n.label, n.threshold, n.zeros_published,
                                {t: dict(v) for t, v in n.published.items()},
                                {t: dict(v) for t, v in n.hidden.items()}, n.current, n.gap,
                                {t: dict(v) for t, v in n.truth.items()})
            continue
        m = by_span[key]
        if n.current:
            m.current, m.truth = True, {t: dict(v) for t, v in n.truth.items()}
        m.threshold = max(m.threshold, n.threshold)
        m.zeros_published = m.zeros_published or n.zeros_published
        m.label = n.label
        for t, values in n.published.items():
            m.published.setdefault(t, {}).update(values)
        for t, flags in n.hidden.items():
            for cell, primary in flags.items():
                m.hidden.setdefault(t, {})
                m.hidden[t][cell] = m.hidden[t].get(cell, False) or primary
    for m in by_span.values():
        for t, flags in m.hidden.items():
            for cell in [c for c in flags if c in m.published.get(t, {})]:
                del flags[cell]
    return list(by_span.values())


# --- which periods partition which -------------------------------------------------------

def partitions(nodes: list[Node]) -> tuple[list[Node], list[tuple[int, list[int]]]]:
    """Gap nodes added, and (period, parts) for every way the exported periods
    (with the period's own gaps) exactly partition an exported period."""
    nodes = list(nodes)
    relations: list[tuple[int, list[int]]] = []
    real = [i for i, n in enumerate(nodes) if not n.gap]
    for p in real:
        ps, pe = nodes[p].span
        subs = [q for q in real if q != p and ps <= nodes[q].span[0] and nodes[q].span[1] <= pe]
        if not subs:
            continue
        covered = sorted(nodes[q].span for q in subs)
        gaps, at = [], ps
        for s, e in covered:
            if s > at:
                gaps.append((at, s))
            at = max(at, e)
        if at < pe:
            gaps.append((at, pe))
        edges: dict[int, list[int]] = {}
        for q in subs:
            edges.setdefault(nodes[q].span[0], []).append(q)
        for s, e in gaps:
            first, last = _dt.date.fromordinal(s).isoformat(), _dt.date.fromordinal(e - 1).isoformat()
            nodes.append(Node(first, last, f"{first}/{last}", nodes[p].threshold, False, gap=True))
            edges.setdefault(s, []).append(len(nodes) - 1)
        kept: list[set[int]] = []
        for parts in _paths(nodes, edges, ps, pe):
            cuts = {nodes[q].span[0] for q in parts}
            # A partition that refines one already kept adds nothing: its parts' own
            # partitions (their relations) and the coarser one imply it.
            if any(c <= cuts for c in kept):
                continue
            kept.append(cuts)
            relations.append((p, parts))
            if len(kept) >= MAX_PATHS:
                break
    return nodes, relations


def _paths(nodes, edges, start, end):
    found: list[list[int]] = []

    def walk(at, path):
        if len(found) >= MAX_PATHS * 16:
            return
        if at == end:
            found.append(list(path))
            return
        for q in sorted(edges.get(at, ()), key=lambda q: (-nodes[q].span[1], nodes[q].gap)):   # the coarsest first
            path.append(q)
            walk(nodes[q].span[1], path)
            path.pop()

    walk(start, [])
    return found


def _lines(spec):
    if spec.row_totals:
        for r in spec.rows.codes:
            yield [(r, c) for c in spec.columns.codes], (r, TOTAL)
    if spec.column_totals:
        for c in spec.column_codes:
            yield [(r, c) for r in spec.rows.codes], (TOTAL, c)


def _period_kind(spec, cell: Cell) -> str:
    """How this cell of a period relates to the same cell of the periods that partition it."""
    if spec.id == "services":
        return "additive" if cell[1] == "events" else "persons"
    if spec.over_periods:
        return spec.over_periods
    if spec.id == "non_punishment" and cell == (TOTAL, TOTAL):
        return "persons"       # persons suspected or accused in the period: grows with the period
    if spec.id == "referrals" and cell[1] == TOTAL:
        return "persons"       # persons referred to that type of organisation in the period
    return ""


# --- the integer programme -------------------------------------------------------------

Key = tuple[int, str, str, str]     # (node, table, row, column)


@dataclass
class Check:
    key: Key
    kind: str                 # "current", "earlier", "virtual" or "gap"
    truth: int | None         # the true value (current and virtual nodes)
    need: int                 # the largest provable value must reach this (0: no such need)
    pin: bool = True          # it must not be pinned to one value


@dataclass
class Failure:
    key: Key
    kind: str
    why: str                  # "pinned", "small" or "rest"
    programme: Programme | None = field(default=None, repr=False, compare=False)


class Programme:
    """Variables are hidden cells (and gap cells); published cells are constants."""

    def __init__(self, nodes: list[Node], group: tuple[str, ...] | None = None):
        self.nodes = nodes
        self.specs = SPECS if group is None else [SPEC_BY_ID[t] for t in group]
        self.index: dict[Key, int] = {}
        self.keys: list[Key] = []
        self.lower: list[float] = []
        self.upper: list[float] = []
        self.rows: list[tuple[dict[int, float], float, float, list[Key]]] = []
        self.component_of: dict[int, int] = {}
        self._rows_of: dict[int, list[int]] | None = None

    def rows_of(self) -> dict[int, list[int]]:
        """variable -> the relations it is in."""
        if self._rows_of is None:
            self._rows_of = {}
            for i, (coeffs, _, _, _) in enumerate(self.rows):
                for j in coeffs:
                    self._rows_of.setdefault(j, []).append(i)
        return self._rows_of

    def value(self, key: Key):
        n, t, r, c = key
        node = self.nodes[n]
        if node.gap:
            return None
        pub = node.published.get(t)
        if pub is not None and (r, c) in pub:
            return pub[(r, c)]
        if (r, c) in node.hidden.get(t, {}):
            return None
        return False   # the table was not in that export: nothing known

    def var(self, key: Key) -> int:
        j = self.index.get(key)
        if j is None:
            j = len(self.keys)
            self.index[key] = j
            self.keys.append(key)
            n, t, r, c = key
            node, spec = self.nodes[n], SPEC_BY_ID[t]
            money = spec.unit == "KGS"
            self.lower.append(1.0 if (node.zeros_published and not money and not node.gap) else 0.0)
            upper = BIG_AMOUNT if money else BIG
            if spec.row_totals and spec.column_totals and not node.gap:
                grand = node.published.get(t, {}).get((TOTAL, TOTAL))
                if grand is not None:
                    upper = grand
            self.upper.append(float(upper))
        return j

    def add(self, terms: list[tuple[float, Key]], lo: float, hi: float) -> None:
        """lo <= sum(coef * cell) <= hi, published cells moved to the bounds. A
        relation with a cell the attacker does not have (an older export without
        that table) is left out."""
        coeffs: dict[int, float] = {}
        const = 0.0
        for coef, key in terms:
            v = self.value(key)
            if v is False:
                return
            if v is None:
                j = self.var(key)
                coeffs[j] = coeffs.get(j, 0.0) + coef
            else:
                const += coef * v
        coeffs = {j: a for j, a in coeffs.items() if a}
        if not coeffs:
            return
        self.rows.append((coeffs, lo - const, hi - const, [k for _, k in terms]))

    def copy(self, nodes: list[Node]) -> Programme:
        """The same variables and relations over `nodes` (which differ only in the current node)."""
        other = Programme(nodes)
        other.specs = self.specs
        other.index, other.keys = dict(self.index), list(self.keys)
        other.lower, other.upper, other.rows = list(self.lower), list(self.upper), list(self.rows)
        return other

    def build(self, relations, part: str | None = None) -> None:
        """Variables and relations; `part` "static": only those without the current
        node (the same in every round of one return), "dynamic": only those with it."""
        hidden_in = lambda n, t: self.nodes[n].gap or bool(self.nodes[n].hidden.get(t))  # noqa: E731
        group = {s.id for s in self.specs}
        cur = next((i for i, n in enumerate(self.nodes) if n.current), None)
        for n, node in enumerate(self.nodes):
            if part is not None and (n == cur) != (part == "dynamic"):
                continue
            tables = self.specs if node.gap else [s for s in self.specs if node.hidden.get(s.id)]
            for spec in tables:
                if node.gap and not any(_period_kind(spec, cell) for cell in _cells(spec)):
                    continue
                for members, total in _lines(spec):
                    self.add([(1.0, (n, spec.id, *m)) for m in members] + [(-1.0, (n, spec.id, *total))], 0, 0)
                for cell in _cells(spec):       # a hidden cell standing alone still gets its bounds
                    if node.gap or cell in node.hidden.get(spec.id, {}):
                        self.var((n, spec.id, *cell))
            shared = [t for t in SHARED_TOTALS if t in group and (node.gap or t in node.published)]
            if any(hidden_in(n, t) for t in shared):
                for a, b in zip(shared, shared[1:]):
                    for c in SPEC_BY_ID[a].column_codes:
                        self.add([(1.0, (n, a, TOTAL, c)), (-1.0, (n, b, TOTAL, c))], 0, 0)
        for p, parts in relations:
            if part is not None and (cur == p or cur in parts) != (part == "dynamic"):
                continue
            for spec in self.specs:
                if not any(hidden_in(q, spec.id) for q in [p, *parts]):
                    continue   # every cell published everywhere: nothing to work out
                for cell in _cells(spec):
                    kind = _period_kind(spec, cell)
                    if not kind:
                        continue
                    whole = (p, spec.id, *cell)
                    pieces = [(q, spec.id, *cell) for q in parts]
                    if kind == "additive":
                        self.add([(1.0, whole)] + [(-1.0, k) for k in pieces], 0, 0)
                    else:
                        self.add([(1.0, whole)] + [(-1.0, k) for k in pieces], -INF, 0)
                        for k in pieces:
                            self.add([(1.0, whole), (-1.0, k)], 0, INF)

    def components(self) -> list[tuple[list[int], list[int]]]:
        """(variables, rows) of each connected part, in a fixed order."""
        parent = list(range(len(self.keys)))

        def find(a):
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        for coeffs, _, _, _ in self.rows:
            js = list(coeffs)
            for j in js[1:]:
                ra, rb = find(js[0]), find(j)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
        groups: dict[int, list[int]] = {}
        for j in range(len(self.keys)):
            groups.setdefault(find(j), []).append(j)
        rows_of: dict[int, list[int]] = {}
        for i, (coeffs, _, _, _) in enumerate(self.rows):
            rows_of.setdefault(find(next(iter(coeffs))), []).append(i)
        return [(groups[root], rows_of.get(root, [])) for root in sorted(groups)]


def _cells(spec):
    for r in spec.row_codes:
        for c in spec.column_codes:
            yield (r, c)


_banner_done = False


def _highs():
    """A quiet HiGHS instance (the first one in a process prints a banner on stdout)."""
    global _banner_done
    import highspy

    if _banner_done:
        h = highspy.Highs()
    else:
        with _quiet_stdout():
            h = highspy.Highs()
        _banner_done = True
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("threads", 1)
    return h


@contextlib.contextmanager
def _quiet_stdout():
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        yield
        return
    sys.stdout.flush()
    saved = os.dup(fd)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
        yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)
        os.close(devnull)


class Solver:
    """One component's integer programme, solved for the bounds of one cell at a
    time, or for many cells at once (`reach`: maximise the sum of y_j <= min(x_j,
    cap_j) over the checked cells).

    Four HiGHS models, each made the first time it is needed: the cells x alone
    (for `spread` and `extreme`) and the cells with a y column for each checked
    cell (for `reach`), each as a linear relaxation and as an integer programme.
    Keeping the y columns out of the first halves the model that most solves use,
    and a y column only for the checked cells (not for every cell) keeps the
    second small too. Each model stays loaded between solves, so that only the
    objective (and a reach's caps, or `_near`'s bounds) change."""

    def __init__(self, prog: Programme, cols: list[int], rows: list[int], checked: list[int]):
        import highspy
        import numpy as np

        self.np, self.hs = np, highspy
        self.cols = cols
        self.local = {j: i for i, j in enumerate(cols)}
        self.n = n = len(cols)
        self.checked = list(checked)           # y_i is the y column of checked[i]
        # The relations over x, column by column, shared by the four models.
        by_col: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        for i, ri in enumerate(rows):
            for j, a in prog.rows[ri][0].items():
                by_col[self.local[j]].append((i, a))
        self.by_col = by_col
        self.m = len(rows)
        self.col_lower = [prog.lower[j] for j in cols]
        self.col_upper = [prog.upper[j] for j in cols]
        self.row_lower = [prog.rows[ri][1] for ri in rows]
        self.row_upper = [prog.rows[ri][2] for ri in rows]
        self.models: dict[tuple[bool, bool], object] = {}     # (with y, integer) -> Highs
        self.solved_x_relaxation = False
        self.seen: dict[int, set[int]] = {j: set() for j in cols}

    def _model(self, with_y: bool, integer: bool):
        h = self.models.get((with_y, integer))
        if h is not None:
            return h
        hs, np, n, m = self.hs, self.np, self.n, self.m
        ys = len(self.checked) if with_y else 0
        by_col = [list(entries) for entries in self.by_col] + [[] for _ in range(ys)]
        for i, j in enumerate(self.checked[:ys]):       # y_i - x_j <= 0
            by_col[self.local[j]].append((m + i, -1.0))
            by_col[n + i].append((m + i, 1.0))
        start, index, value = [0], [], []
        for entries in by_col:
            for i, a in entries:
                index.append(i)
                value.append(a)
            start.append(len(index))
        lp = hs.HighsLp()
        lp.num_col_, lp.num_row_ = n + ys, m + ys
        lp.col_cost_ = np.zeros(n + ys)
        lp.col_lower_ = np.array(self.col_lower + [0.0] * ys, dtype=float)
        lp.col_upper_ = np.array(self.col_upper + [0.0] * ys, dtype=float)
        lp.row_lower_ = np.array(self.row_lower + [-INF] * ys, dtype=float)
        lp.row_upper_ = np.array(self.row_upper + [0.0] * ys, dtype=float)
        lp.a_matrix_.format_ = hs.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(value, dtype=float)
        h = _highs()
        if integer:
            lp.integrality_ = [hs.HighsVarType.kInteger] * n + [hs.HighsVarType.kContinuous] * ys
            # Measured on the yearly bench return: the feasibility jump heuristic, run
            # before the root relaxation, never found the solution here and took about
            # half of each solve (the solutions come from rounding at the root).
            h.setOptionValue("mip_heuristic_run_feasibility_jump", False)
            if with_y:
                # A reach wants any whole-number solution near the relaxation's, which
                # the root finds; presolve cost more than it saved (measured).
                h.setOptionValue("presolve", "off")
        h.passModel(lp)
        self.models[(with_y, integer)] = h
        return h

    def _solve(self, h, cost, maximize, y_upper):
        hs, np = self.hs, self.np
        cols = np.arange(len(cost), dtype=np.int32)
        h.changeColsCost(len(cost), cols, cost)
        if y_upper is not None:
            h.changeColsBounds(len(y_upper), cols[self.n:], np.zeros(len(y_upper)), y_upper)
        h.changeObjectiveSense(hs.ObjSense.kMaximize if maximize else hs.ObjSense.kMinimize)
        h.run()
        if h is self.models.get((False, False)) and not self.solved_x_relaxation:
            # From now on only the objective of this model changes: the last optimal
            # basis stays feasible, and primal simplex goes on from it in a few dozen
            # pivots where dual simplex (the default, right for the first, cold solve)
            # takes some hundreds.
            self.solved_x_relaxation = True
            h.setOptionValue("simplex_strategy", 4)
        if h.getModelStatus() != hs.HighsModelStatus.kOptimal:
            return None
        return np.asarray(h.getSolution().col_value)[:self.n]

    def _run(self, cost, maximize: bool, y_upper=None, bound: tuple[int, int] | None = None,
             exact: bool = False):
        """A whole-number solution (its values recorded as seen): the optimum when
        `exact`, else (a witness) any solution near it. With `bound` = (column,
        enough) the relaxation's bound alone when it shows the column cannot reach
        `enough` (then the int returned is that bound, and nothing is recorded)."""
        np = self.np
        with_y = y_upper is not None
        # The linear relaxation first: where its optimum is whole, it is the integer
        # optimum too (line totals make most of these programmes network-like).
        x = self._solve(self._model(with_y, False), cost, maximize, y_upper)
        if x is None:
            return None
        if np.abs(x - np.round(x)).max(initial=0.0) > 1e-6:
            if bound is not None and maximize:
                top = int(np.floor(x[bound[0]] + 1e-6))
                if top < bound[1]:
                    return top
            # A witness (a spread, a reach) needs only to be a whole-number solution, not
            # the best one: its integer programme may stop half way to its optimum.
            h = self._model(with_y, True)
            h.setOptionValue("mip_rel_gap", 0.0 if exact else 0.5)
            near = self._near(h, cost, maximize, y_upper, x)
            if near is not None and exact:
                # The relaxation's optimum, rounded inwards, bounds the whole-number
                # optimum (the objective, one cell, takes whole values): a solution of
                # the near programme that meets the bound is the optimum. Else the whole
                # programme decides.
                relaxed = float(cost[:self.n] @ x)
                best = np.floor(relaxed + 1e-6) if maximize else np.ceil(relaxed - 1e-6)
                if float(cost[:self.n] @ np.round(near)) != best:
                    near = None
            x = near if near is not None else self._solve(h, cost, maximize, y_upper)
            if x is None:
                return None
        x = [int(v) for v in np.round(x)]
        for j in self.cols:                  # every solution shows values the attacker cannot rule out
            self.seen[j].add(x[self.local[j]])
        return x

    def _near(self, h, cost, maximize, y_upper, relaxed):
        """The integer programme `h` with every cell fixed at its value in the
        relaxation's solution `relaxed`, but for the fractional cells and the cells in
        a relation with one; None when that has no solution. Its solutions are
        solutions of the whole programme (only bounds were narrowed), and with only a
        few cells free it solves in a fraction of the time (measured on the bench
        returns: ~3 ms against ~9 ms; it always had a solution there, and met the
        relaxation's bound whenever an optimum was asked).
        Leaving the fractional cells alone free is not enough: the fractions run round
        cycles of relations (a cell, its line total, the same cell of the periods
        partitioning it), which have no whole-number solution with their neighbours
        fixed; freeing the neighbours of the neighbours too only made it slower."""
        np = self.np
        fractional = np.abs(relaxed - np.round(relaxed)) > 1e-6
        near_fraction = {i for c in np.flatnonzero(fractional) for i, _ in self.by_col[c]}
        free = fractional | np.array([any(i in near_fraction for i, _ in entries) for entries in self.by_col],
                                     dtype=bool)
        whole = np.round(relaxed)
        lower, upper = np.array(self.col_lower, dtype=float), np.array(self.col_upper, dtype=float)
        cols = np.arange(self.n, dtype=np.int32)
        h.changeColsBounds(self.n, cols, np.where(free, lower, whole), np.where(free, upper, whole))
        try:
            return self._solve(h, cost, maximize, y_upper)
        finally:
            h.changeColsBounds(self.n, cols, lower, upper)

    def _x_cost(self, costs: dict[int, float]):
        cost = self.np.zeros(self.n)
        for j, a in costs.items():
            cost[self.local[j]] = a
        return cost

    def feasible(self) -> bool:
        return self._run(self._x_cost({}), False) is not None

    def extreme(self, j: int, maximize: bool, enough: int = 0) -> int | None:
        """The largest (smallest) value of cell j; a largest value below `enough` may be
        given as a bound of it that is still below `enough`."""
        x = self._run(self._x_cost({j: 1.0}), maximize, bound=(self.local[j], enough) if enough else None,
                      exact=True)
        if x is None or isinstance(x, int):
            return x
        return x[self.local[j]]

    def spread(self, js: list[int], maximize: bool):
        x = self._run(self._x_cost({j: 1.0 for j in js}), maximize)
        return None if x is None else {j: x[self.local[j]] for j in self.cols}

    def reach(self, caps: dict[int, int]):
        """One solution taking as many cells (checked ones) as far as possible up to their caps."""
        ys = len(self.checked)
        cost = self.np.zeros(self.n + ys)
        upper = self.np.zeros(ys)
        for i, j in enumerate(self.checked):
            if j in caps:
                cost[self.n + i] = 1.0
                upper[i] = float(caps[j])
        return self._run(cost, True, upper)


# --- the audit -------------------------------------------------------------------------

# Relations never join two tables except the shared totals: each group is audited apart.
GROUPS: tuple[tuple[str, ...], ...] = (SHARED_TOTALS,) + tuple((s.id,) for s in SPECS if s.id not in SHARED_TOTALS)


@dataclass
class Result:
    failures: list[Failure]
    nodes: list[Node]
    ignored: list[str] = field(default_factory=list)    # earlier exports that no longer fit the data


def calendar_periods(year: int) -> list[Period]:
    return ([periods.year(year)] + [periods.quarter(year, q) for q in range(1, 5)]
            + [periods.month(year, m) for m in range(1, 13)])


def _calendar_year(node: Node) -> int | None:
    """The year of a calendar period (a year, a quarter, a month), else None."""
    year = int(node.start[:4])
    if any((p.start, p.end) == (node.start, node.end) for p in calendar_periods(year)):
        return year
    return None


def truth_tables(facts) -> dict[str, dict[Cell, int]]:
    return {t.id: dict(t.values) for t in build_tables(facts)}


def _plan(earlier: list[Node], current: Node, k: int, with_virtual: bool):
    """The nodes of the audit of `current`: (the earlier export of exactly its
    period or None, the related earlier exports, the calendar periods not exported
    yet that the relations use, every node, the relations)."""
    span = (current.start, current.end)
    merged = merge(earlier)
    base = next((n for n in merged if (n.start, n.end) == span), None)
    others = [n for n in merged if n is not base]
    # Only exports tied to this period through overlapping periods can bear on it.
    related, frontier = [], [current]
    while frontier:
        found = [n for n in others if n not in related and any(
            n.span[0] < f.span[1] and f.span[0] < n.span[1] for f in frontier)]
        related += found
        frontier = found
    virtual: list[Node] = []
    if with_virtual:
        years = {y for y in map(_calendar_year, related + [current]) if y is not None}
        exported = {(n.start, n.end) for n in merged} | {span}
        for year in sorted(years):
            for p in calendar_periods(year):
                if (p.start, p.end) not in exported:
                    virtual.append(Node(p.start, p.end, p.label, k, True, virtual=True))
        frontier = list(virtual)
        while frontier:     # and the exports tied to those
            found = [n for n in others if n not in related and any(
                n.span[0] < f.span[1] and f.span[0] < n.span[1] for f in frontier)]
            related += found
            frontier = found
    related.sort(key=lambda n: n.span)
    placeholder = Node(current.start, current.end, current.label, k, True, current=True)
    nodes, relations = partitions(related + virtual + [placeholder])
    used = {q for p, parts in relations for q in (p, *parts)}
    if any(n.virtual and i not in used for i, n in enumerate(nodes)):
        nodes, relations = partitions([n for i, n in enumerate(nodes) if not n.gap and (not n.virtual or i in used)])
    return base, related, virtual, nodes, relations


def periods_not_exported(earlier: list[Node], period: Period, k: int) -> list[Period]:
    """The calendar periods not exported yet whose true counts the audit of a return
    of `period` will ask for (so that the caller can count them with the return's own)."""
    current = Node(period.start, period.end, period.label, k, True, current=True)
    nodes = _plan(earlier, current, k, True)[3]
    return [periods.Period(n.label, n.start, n.end) for n in nodes if n.virtual]


class Audit:
    """The attacker over this return and the release ledger, set up once for one
    return: the related earlier exports, the calendar periods not exported yet
    (with their true counts from `truth_of(period) -> Facts`, when given), and the
    relations between them. `run` audits one choice of hidden cells; a table
    group whose hidden cells did not change since the last run is not solved
    again."""

    def __init__(self, earlier: list[Node], current: Node, k: int, truth_of=None,
                 skip: set | frozenset = frozenset()):
        self.k, self.truth_of, self.skip = k, truth_of, skip
        self.current = current
        self.all_earlier = list(earlier)
        self.ignored: list[str] = []
        self._truths: dict[tuple[str, str], dict] = {}
        self._setup(self.all_earlier)

    def _truth(self, period: Period) -> dict:
        key = (period.start, period.end)
        if key not in self._truths:
            self._truths[key] = truth_tables(self.truth_of(period))
        return self._truths[key]

    def _setup(self, earlier: list[Node]) -> None:
        self.cache: dict = {}
        self.static: dict = {}     # table group -> its programme without the current node
        # Checks passed in an earlier run of this return. Hiding more of this return only
        # widens what the attacker must allow (the old witness, with the newly hidden cells
        # at their true values, still fits), so a check once passed stays passed.
        self.passed: set = set()
        self.base, related, virtual, nodes, relations = _plan(earlier, self.current, self.k,
                                                              self.truth_of is not None)
        missing = [periods.Period(n.label, n.start, n.end) for n in nodes
                   if n.virtual and (n.start, n.end) not in self._truths]
        many = getattr(self.truth_of, "many", None)
        if len(missing) > 1 and many is not None:
            # All the periods not exported yet counted at once (one pass over the records).
            for p, facts in zip(missing, many(missing)):
                self._truths[(p.start, p.end)] = truth_tables(facts)
        for node in nodes:
            if node.virtual:
                truth = self._truth(periods.Period(node.label, node.start, node.end))
                node.truth = truth
                node.published = {t: {c: 0 for c, v in cells.items() if v == 0} for t, cells in truth.items()}
                node.hidden = {t: {c: (1 <= v < self.k and SPEC_BY_ID[t].unit != "KGS") for c, v in cells.items() if v}
                               for t, cells in truth.items()}
        self.nodes, self.relations = nodes, relations
        self.cur = next(i for i, n in enumerate(nodes) if n.current)
        self.has_ledger = bool(related) or self.base is not None

    def _merged(self, current: Node) -> Node:
        if self.base is None:
            return current
        node = merge([self.base, current])[0]
        node.label = current.label
        return node

    def run(self, current: Node, free: set | frozenset = frozenset(), only_current: bool = False) -> Result:
        """The failures when `current` is published; earlier exports that contradict
        the data as it is now are left out (the oldest kept first) and named.
        `only_current`: check this return's hidden cells only."""
        result = self._run(current, free, only_current)
        if result is not None:
            return result
        kept: list[Node] = []
        ignored = []
        for node in self.all_earlier:
            self._setup(kept + [node])
            if self._run(current, free, only_current) is not None:
                kept.append(node)
            else:
                ignored.append(node.label)
        self._setup(kept)
        self.ignored = ignored
        result = self._run(current, free, only_current)
        if result is None:
            # The true counts of the other calendar periods contradict this return's (the
            # records changed while it was being made): audited without them.
            self.truth_of = None
            self._setup(kept)
            result = self._run(current, free, only_current)
        assert result is not None, "the return contradicts itself"
        return result

    def _run(self, current: Node, free, only_current=False) -> Result | None:
        node = self._merged(current)
        nodes = list(self.nodes)
        nodes[self.cur] = node
        failures: list[Failure] = []
        for group in GROUPS:
            key = (group, node.zeros_published, only_current,
                   tuple(sorted((t, c, p) for t in group for c, p in node.hidden.get(t, {}).items())))
            found = self.cache.get(key)
            if found is None:
                static = self.static.get(group)
                if static is None:
                    static = self.static[group] = Programme(nodes, group)
                    static.build(self.relations, "static")
                prog = static.copy(nodes)
                prog.build(self.relations, "dynamic")
                found = _check_programme(prog, self.k, self.skip, free, only_current,
                                         None if only_current else self.passed)
                self.cache[key] = found
            if found is False:
                return None
            failures.extend(found)
        return Result(failures, nodes, self.ignored)

    def pinned_by_ledger(self, tables_values: dict[str, dict[Cell, int]], primary: set) -> set:
        """The non-zero, non-primary cells of this return that the attacker pins from
        the release ledger alone, granted whether each cell of this return is zero."""
        if not self.has_ledger:
            return set()
        hidden = {t: {c: (t, *c) in primary for c, v in cells.items() if v} for t, cells in tables_values.items()}
        published = {t: {c: 0 for c, v in cells.items() if not v} for t, cells in tables_values.items()}
        probe = Node(self.current.start, self.current.end, self.current.label, self.k, True, published, hidden,
                     current=True, truth=tables_values)
        result = self.run(probe, only_current=True)
        return {f.key[1:] for f in result.failures
                if f.kind == "current" and f.why == "pinned" and f.key[1:] not in primary}


def audit(current: Node, earlier: list[Node], k: int, truth_of=None) -> Result:
    """One audit of `current` against the earlier exports (for tests and tools)."""
    return Audit(earlier, current, k, truth_of).run(current)


def _check_programme(prog: Programme, k: int, skip, free, only_current=False,
                     passed: set | None = None) -> list[Failure] | bool:
    """The failures in one table group; False when its constraints contradict each other."""
    nodes = prog.nodes
    cur = next(i for i, n in enumerate(nodes) if n.current)
    failures: list[Failure] = []
    for cols, rows in prog.components():
        touched = any(prog.keys[j][0] == cur for j in cols) or any(
            key[0] == cur for ri in rows for key in prog.rows[ri][3])
        if not touched:
            continue   # nothing this return publishes bears on these cells
        checks = []
        for j in cols:
            n, t, r, c = prog.keys[j]
            node, money = nodes[n], SPEC_BY_ID[t].unit == "KGS"
            if node.current:
                primary = node.hidden[t][(r, c)]
                pin = (t, r, c) not in free     # a cell the ledger pins anyway is hidden only by a rule
                if pin or primary:
                    checks.append((j, Check(prog.keys[j], "current", node.truth[t][(r, c)],
                                            0 if money or not primary else k, pin)))
            elif only_current:
                continue
            elif node.virtual:
                if node.hidden[t][(r, c)]:
                    checks.append((j, Check(prog.keys[j], "virtual", node.truth[t][(r, c)], k, False)))
            elif node.gap:
                if not money:
                    checks.append((j, Check(prog.keys[j], "gap", None, k, False)))
            elif (node.label, t, r, c) not in skip:
                primary = node.hidden[t][(r, c)]
                checks.append((j, Check(prog.keys[j], "earlier", None,
                                        0 if money or not primary else node.threshold, True)))
        if passed:
            checks = [(j, chk) for j, chk in checks if chk.key not in passed]
        if not checks:
            continue
        found = _check_component(prog, cols, rows, checks)
        if found is None:
            return False
        if passed is not None:
            failing = {f.key for f in found}
            passed.update(chk.key for _, chk in checks if chk.kind != "gap" and chk.key not in failing)
        for f in found:
            f.programme = prog
        failures.extend(found)
    return failures


def _check_component(prog: Programme, cols, rows, checks) -> list[Failure] | None:
    """The failures of one component; None when its constraints contradict each other."""
    if not rows:   # cells with bounds only
        out = []
        for j, chk in checks:
            out.extend(_judge(chk, int(prog.lower[j]), int(prog.upper[j])))
        return out
    fixed = _forced(prog, cols, rows)
    out = []
    if fixed:
        rest = []
        for j, chk in checks:
            if j in fixed:
                out.extend(_judge(chk, fixed[j], fixed[j]))
            else:
                rest.append((j, chk))
        checks = rest
    # Bounds propagated through the relations: a cell they keep below what it must
    # reach, or at one value, fails without a solver.
    bottoms, tops = _bounds(prog, cols, rows)
    rest = []
    for j, chk in checks:
        if chk.kind != "gap" and ((chk.need and tops[j] < chk.need) or (chk.pin and bottoms[j] == tops[j])):
            out.extend(_judge(chk, int(bottoms[j]), int(tops[j])))
        else:
            rest.append((j, chk))
    checks = rest
    if not checks:
        return out
    js = [j for j, _ in checks]
    solver = Solver(prog, cols, rows, js)
    if solver.spread(js, False) is None:
        return None

    def seen(j, chk):
        return solver.seen[j] | ({chk.truth} if chk.truth is not None else set())

    def settled(j, chk):
        values = seen(j, chk)
        if chk.kind == "gap":
            return max(values) >= chk.need
        return (len(values) >= 2 or not chk.pin) and max(values) >= chk.need

    def target(j, chk):
        base = chk.truth + 1 if chk.truth is not None else min(solver.seen[j]) + 1
        return max(chk.need, base if chk.pin else 0)

    # Witnesses for many cells at once: solutions that take the open cells up to
    # what they must reach; then one cell at a time for what is left. (A check once
    # settled stays settled: solutions only add values seen.)
    unsettled = [(j, chk) for j, chk in checks if not settled(j, chk)]
    for _ in range(40):
        if not unsettled:
            break
        solver.reach({j: target(j, chk) for j, chk in unsettled})
        still = [(j, chk) for j, chk in unsettled if not settled(j, chk)]
        if len(still) == len(unsettled):
            break
        unsettled = still
    for j, chk in checks:
        if settled(j, chk):
            continue
        # (a bound below what the cell must reach fails it as surely as its exact maximum)
        hi = solver.extreme(j, True, chk.need)
        if chk.kind in ("gap", "virtual"):
            out.extend(_judge(chk, 0, hi))
            continue
        values = seen(j, chk)
        lo = min(values) if len(values) >= 2 or hi != min(values) else solver.extreme(j, False)
        out.extend(_judge(chk, lo, hi))
    return out


def _bounds(prog: Programme, cols, rows, passes: int = 4) -> tuple[dict[int, float], dict[int, float]]:
    """Bounds no solution goes beyond, by propagating each relation's bounds through
    its cells a few times (whole numbers: rounded inwards): at or below every cell's
    smallest value, at or above its largest."""
    import math

    low = {j: prog.lower[j] for j in cols}
    high = {j: prog.upper[j] for j in cols}
    for _ in range(passes):
        changed = False
        for ri in rows:
            coeffs, lo, hi, _ = prog.rows[ri]
            least = most = 0          # the relation's smallest and largest sum within the bounds
            for j, a in coeffs.items():
                if a > 0:
                    least += a * low[j]
                    most += a * high[j]
                else:
                    least += a * high[j]
                    most += a * low[j]
            for j, a in coeffs.items():
                own_least = a * (low[j] if a > 0 else high[j])
                own_most = a * (high[j] if a > 0 else low[j])
                if hi != INF:           # a * x_j <= hi - (the least of the others)
                    limit = (hi - (least - own_least)) / a
                    if a > 0 and limit < high[j] - 1e-9:
                        high[j], changed = math.floor(limit + 1e-9), True
                    elif a < 0 and limit > low[j] + 1e-9:
                        low[j], changed = math.ceil(limit - 1e-9), True
                if lo != -INF:          # a * x_j >= lo - (the most of the others)
                    limit = (lo - (most - own_most)) / a
                    if a > 0 and limit > low[j] + 1e-9:
                        low[j], changed = math.ceil(limit - 1e-9), True
                    elif a < 0 and limit < high[j] - 1e-9:
                        high[j], changed = math.floor(limit + 1e-9), True
        if not changed:
            break
    return low, high


def _forced(prog: Programme, cols, rows) -> dict[int, int]:
    """Cells the equalities force to one value, found without a solver: an
    equality with one unknown left gives it (the year is the sum of its
    published quarters). Each is pinned to that value in every solution."""
    value: dict[int, float] = {j: prog.lower[j] for j in cols if prog.lower[j] == prog.upper[j]}
    equalities = [ri for ri in rows if prog.rows[ri][1] == prog.rows[ri][2]]
    rows_of: dict[int, list[int]] = {}
    for ri in equalities:
        for j in prog.rows[ri][0]:
            rows_of.setdefault(j, []).append(ri)
    todo = list(equalities)
    while todo:
        following: list[int] = []
        for ri in todo:
            coeffs, lo, _, _ = prog.rows[ri]
            unknown = [j for j in coeffs if j not in value]
            if len(unknown) != 1:
                continue
            j = unknown[0]
            v = (lo - sum(a * value[i] for i, a in coeffs.items() if i != j)) / coeffs[j]
            if abs(v - round(v)) > 1e-9 or not prog.lower[j] <= v <= prog.upper[j]:
                return {}      # contradicts the bounds: leave it to the solver
            value[j] = round(v)
            following.extend(rows_of.get(j, ()))
        todo = following
    return {j: int(v) for j, v in value.items()}


def _judge(chk: Check, lo: int, hi: int) -> list[Failure]:
    if chk.kind == "gap":
        return [Failure(chk.key, chk.kind, "rest")] if 1 <= hi < chk.need else []
    if chk.kind == "virtual":
        return [Failure(chk.key, chk.kind, "rest")] if hi < chk.need else []
    if chk.pin and lo == hi:
        return [Failure(chk.key, chk.kind, "pinned")]
    if chk.need and hi < chk.need:
        return [Failure(chk.key, chk.kind, "small")]
    return []


# --- what to hide next -------------------------------------------------------------------

def cheapest_cover(failure: Failure, current_values: dict[str, dict[Cell, int]],
                   exclude: set | frozenset = frozenset()):
    """The published cell of the current return nearest to the failing cell in the
    attacker's relations (a cell in a relation with it, else one relation further),
    the smallest value first, then table and code order; None when every cell
    that bears on it is already hidden or must stay published (`exclude`)."""
    prog = failure.programme
    cur = next(i for i, n in enumerate(prog.nodes) if n.current)
    rows_of = prog.rows_of()
    start = prog.index.get(failure.key)
    if start is None:
        return None
    seen_vars, seen_rows = {start}, set()
    frontier = [start]
    while frontier:
        found, following = [], []
        for j in frontier:
            for ri in rows_of.get(j, ()):
                if ri in seen_rows:
                    continue
                seen_rows.add(ri)
                coeffs, _, _, keys = prog.rows[ri]
                for key in keys:
                    if key[0] == cur and key not in prog.index and key[1:] not in exclude:
                        found.append(key)
                for other in coeffs:
                    if other not in seen_vars:
                        seen_vars.add(other)
                        following.append(other)
        if found:
            return min(found, key=lambda key: _cost(key, current_values))
        frontier = following
    return None


def _cost(key: Key, values):
    """Smallest value first, zeros last: a hidden zero turns "zeros published" into
    "may be hidden" for the whole return, and any later export that publishes the
    same cell's zeros pins it again."""
    _, t, r, c = key
    spec = SPEC_BY_ID[t]
    value = values[t][(r, c)]
    return (value == 0, value, TABLE_ORDER[t], spec.row_codes.index(r), spec.column_codes.index(c))
