"""An attacker written apart from the exporter's audit (shelter_app.returns.disclosure):
it reads only the canonical JSON files a shelter has sent out and, with the HiGHS
integer solver (highspy, one model per independent part, one solve per bound),
works out the smallest and largest value every hidden cell can have, as
statistical-return.md ("Suppression", point 2) describes the attacker.

Kept deliberately plain: one variable per cell of every return, published
cells fixed by their bounds, every relation written out from the spec's words."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np

TOTAL = "total"
HUGE = 10 ** 7
# The spec's additive tables (and the services' events column).
ADDITIVE = {"registered_by_exploitation", "nrm_identified_by_exploitation", "residence_and_asylum", "sentences",
            "exits", "nrm_steps", "compensation", "compensation_amounts"}
# The person tables: between the largest and the sum over a partition. non_punishment and
# referrals are left out: a person's cell there depends on what is known at the period's end.
PERSONS = {"assisted_by_exploitation", "sheltered_by_exploitation", "assisted_by_citizenship",
           "assisted_by_location", "assisted_by_age_band", "legal_events", "follow_ups"}
SHARED = ("assisted_by_exploitation", "assisted_by_citizenship", "assisted_by_location")


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def exact_partitions(period, others):
    """Every list of other periods that tiles `period` exactly (brute force from the first day)."""
    first, last = _day(period["start"]), _day(period["end"])
    out = []

    def extend(day, chosen):
        if day == last + 1:
            out.append(list(chosen))
            return
        for p in others:
            if _day(p["start"]) == day and _day(p["end"]) <= last:
                chosen.append(p)
                extend(_day(p["end"]) + 1, chosen)
                chosen.pop()

    extend(first, [])
    return out


class Attacker:
    def __init__(self, files: list[bytes]):
        self.returns = [json.loads(f) for f in files]

    def bounds_of_hidden(self, table_id: str | None = None, truth: dict | None = None):
        """{(return index, table, row, column): (min, max)} for every hidden cell. With
        `truth` ({key: true value}) a cell whose largest value is above its true value
        is not pinned whatever its smallest: the true value stands in for the smallest."""
        self.truth = truth
        groups = [list(SHARED)] + [[t["id"]] for t in self.returns[0]["tables"] if t["id"] not in SHARED]
        out = {}
        for group in groups:
            if table_id is not None and table_id not in group:
                continue
            out.update(self._solve_group(group))
        return out

    def _solve_group(self, group):
        index, lower, upper, hidden = {}, [], [], []
        rows_of = {}
        for n, ret in enumerate(self.returns):
            zeros_published = ret["suppression"].get("zeros", "published") == "published"
            for t in ret["tables"]:
                if t["id"] not in group:
                    continue
                rows_of[(n, t["id"])] = (t["rows"], t["columns"])
                cells = {(c["row"], c["column"]): c for c in t["cells"]}
                grand = cells.get((TOTAL, TOTAL))
                cap = grand["value"] if grand is not None and not grand.get("suppressed") else HUGE
                for (r, c), cell in cells.items():
                    index[(n, t["id"], r, c)] = len(lower)
                    if cell.get("suppressed"):
                        low = 1 if zeros_published and t["unit"] != "KGS" else 0
                        lower.append(low)
                        upper.append(cap if t["unit"] != "KGS" else HUGE * 1000)
                        hidden.append((n, t["id"], r, c))
                    else:
                        lower.append(cell["value"])
                        upper.append(cell["value"])
        if not hidden:
            return {}
        equations = []     # (coefficients, low, high)

        def relation(coeffs, low, high):
            row = {}
            for key, a in coeffs:
                row[index[key]] = row.get(index[key], 0) + a
            equations.append((row, low, high))

        for (n, table), (rows, columns) in rows_of.items():
            members_r = [r for r in rows if r != TOTAL]
            members_c = [c for c in columns if c != TOTAL]
            if TOTAL in columns:
                for r in rows:
                    relation([((n, table, r, c), 1) for c in members_c] + [((n, table, r, TOTAL), -1)], 0, 0)
            if TOTAL in rows:
                for c in columns:
                    relation([((n, table, r, c), 1) for r in members_r] + [((n, table, TOTAL, c), -1)], 0, 0)
        if len(group) > 1:
            for n in range(len(self.returns)):
                for a, b in zip(group, group[1:]):
                    for c in rows_of[(n, a)][1]:
                        relation([((n, a, TOTAL, c), 1), ((n, b, TOTAL, c), -1)], 0, 0)
        periods = [dict(r["period"], n=n) for n, r in enumerate(self.returns)]
        for p in periods:
            inside = [q for q in periods if q["n"] != p["n"] and _day(p["start"]) <= _day(q["start"])
                      and _day(q["end"]) <= _day(p["end"]) and (q["start"], q["end"]) != (p["start"], p["end"])]
            tilings = exact_partitions(p, inside)
            same = [q for q in periods if q["n"] != p["n"] and (q["start"], q["end"]) == (p["start"], p["end"])]
            tilings += [[q] for q in same]
            for parts in tilings:
                for table in group:
                    rows, columns = rows_of[(p["n"], table)]
                    for r in rows:
                        for c in columns:
                            whole = (p["n"], table, r, c)
                            pieces = [(q["n"], table, r, c) for q in parts]
                            if len(parts) == 1 or table in ADDITIVE or (table == "services" and c == "events"):
                                relation([(whole, 1)] + [(k, -1) for k in pieces], 0, 0)
                            elif table in PERSONS or (table == "services" and c == "persons"):
                                relation([(whole, 1)] + [(k, -1) for k in pieces], -np.inf, 0)
                                for k in pieces:
                                    relation([(whole, 1), (k, -1)], 0, np.inf)
        return _bounds(equations, lower, upper, hidden, index, self.truth)

    truth = None   # {(return index, table, row, column): true value}, to skip a second solve


def _bounds(equations, lower, upper, hidden, index, truth):
    """Smallest and largest value of each hidden cell over the whole numbers that
    satisfy every relation. Published cells are constants (their bounds are equal), so
    each relation keeps its hidden cells only, and relations that share no hidden
    cell are solved apart."""
    hidden_index = {index[key]: key for key in hidden}
    reduced = []
    for row, low, high in equations:
        cols = [j for j, a in row.items() if a and j in hidden_index]
        const = sum(a * lower[j] for j, a in row.items() if j not in hidden_index)
        if not cols:
            assert low - 1e-9 <= const <= high + 1e-9, "a published relation does not hold"
            continue
        reduced.append(({j: row[j] for j in cols}, low - const, high - const))
    parent = {j: j for j in hidden_index}

    def find(j):
        while parent[j] != j:
            parent[j] = parent[parent[j]]
            j = parent[j]
        return j

    for coeffs, _, _ in reduced:
        first, *others = list(coeffs)
        for j in others:
            parent[find(j)] = find(first)
    parts: dict[int, list[int]] = {}
    for j in hidden_index:
        parts.setdefault(find(j), []).append(j)
    rows_by_part: dict[int, list] = {}
    for eq in reduced:
        rows_by_part.setdefault(find(next(iter(eq[0]))), []).append(eq)
    out = {}
    for root, cols in parts.items():
        local = {j: i for i, j in enumerate(cols)}
        eqs = rows_by_part.get(root, [])
        if not eqs:        # a hidden cell in no relation: its bounds alone
            for j in cols:
                out[hidden_index[j]] = (lower[j], upper[j])
            continue
        extreme = _Programme(eqs, local, [lower[j] for j in cols], [upper[j] for j in cols]).extreme

        for j in cols:
            key = hidden_index[j]
            high = extreme(local[j], -1)
            true = None if truth is None else truth.get(key)
            # With the true value known and below the largest, the cell is not pinned: the
            # smallest value matters no more (it is at most the true value).
            low = true if true is not None and true < high else extreme(local[j], 1)
            out[key] = (low, high)
    return out


class _Programme:
    """One part's integer programme, built once; each cell's bound changes only the
    objective. HiGHS through highspy (the solver SciPy's milp wraps)."""

    def __init__(self, eqs, local, lower, upper):
        import highspy

        self.hs = highspy
        self.n = len(lower)
        entries = [[] for _ in range(self.n)]
        for i, (coeffs, _, _) in enumerate(eqs):
            for j, a in coeffs.items():
                entries[local[j]].append((i, a))
        start, index, value = [0], [], []
        for col in entries:
            for i, a in col:
                index.append(i)
                value.append(a)
            start.append(len(index))
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = self.n, len(eqs)
        lp.col_cost_ = np.zeros(self.n)
        lp.col_lower_ = np.array(lower, dtype=float)
        lp.col_upper_ = np.array(upper, dtype=float)
        lp.row_lower_ = np.array([e[1] for e in eqs], dtype=float)
        lp.row_upper_ = np.array([e[2] for e in eqs], dtype=float)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(value, dtype=float)
        self.relaxed = self._highs(lp)
        lp.integrality_ = [highspy.HighsVarType.kInteger] * self.n
        self.h = self._highs(lp)
        self.cols = np.arange(self.n, dtype=np.int32)

    def _highs(self, lp):
        h = self.hs.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("threads", 1)
        h.passModel(lp)
        return h

    def _solve(self, h, cost):
        h.changeColsCost(self.n, self.cols, cost)
        h.run()
        status = h.getModelStatus()
        assert status == self.hs.HighsModelStatus.kOptimal, (
            "the attacker's constraints contradict the published returns", str(status))
        return np.array(h.getSolution().col_value)

    def extreme(self, i, sign):
        """The smallest (sign 1) or largest (sign -1) whole value of column i: the linear
        relaxation's optimum when every value of it is whole (then no whole solution does
        better), else the integer programme's."""
        cost = np.zeros(self.n)
        cost[i] = sign
        x = self._solve(self.relaxed, cost)
        if np.abs(x - np.round(x)).max() > 1e-7:
            x = self._solve(self.h, cost)
        return round(x[i])
