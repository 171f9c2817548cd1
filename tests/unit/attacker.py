"""An attacker written apart from the exporter's audit (shelter_app.returns.disclosure):
it reads only the canonical JSON files a shelter has sent out and, with SciPy's
MILP solver, works out the smallest and largest value every hidden cell can
have, as statistical-return.md ("Suppression", point 2) describes the attacker.

Kept deliberately plain: one variable per cell of every return, published
cells fixed by their bounds, every relation written out from the spec's words."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

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
        matrix = np.zeros((len(eqs), len(cols)))
        for i, (coeffs, _, _) in enumerate(eqs):
            for j, a in coeffs.items():
                matrix[i, local[j]] = a
        constraints = [LinearConstraint(matrix, [e[1] for e in eqs], [e[2] for e in eqs])] if eqs else []
        bounds = Bounds(np.array([lower[j] for j in cols], dtype=float), np.array([upper[j] for j in cols], dtype=float))
        integrality = np.ones(len(cols))

        def extreme(j, sign):
            cost = np.zeros(len(cols))
            cost[local[j]] = sign
            res = milp(cost, constraints=constraints, bounds=bounds, integrality=integrality)
            assert res.success, ("the attacker's constraints contradict the published returns", res.message)
            return round(sign * res.fun)

        for j in cols:
            key = hidden_index[j]
            high = extreme(j, -1)
            true = None if truth is None else truth.get(key)
            # With the true value known and below the largest, the cell is not pinned: the
            # smallest value matters no more (it is at most the true value).
            low = true if true is not None and true < high else extreme(j, 1)
            out[key] = (low, high)
    return out
