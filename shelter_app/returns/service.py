"""What a screen or the command line calls: build a return for a period,
preview it, export it (atomically, audited), list past exports."""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import importlib
import json
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from shelter_app import atomic, i18n
from shelter_app.i18n import N_
from shelter_app.db import organisation as organisation_db
from shelter_app.db import return_ledger
from shelter_app.db import returns as returns_db
from shelter_app.errors import ShelterError
from shelter_app.permissions import Permission
from shelter_app.returns import disclosure, formats, periods, populations, sources, suppression, tables
from shelter_app.returns.model import StatisticalReturn
from shelter_app.returns.periods import Period
from shelter_app.session import Session

AUDIT_RECORD = "statistical_return"


def default_threshold(session: Session) -> int:
    """The threshold a director set in the settings, else 5."""
    value = returns_db.threshold_setting(session.db.conn)
    try:
        return suppression.check_threshold(value)
    except ShelterError:
        return suppression.DEFAULT_THRESHOLD


def facts(session: Session, period: Period) -> populations.Facts:
    return facts_many(session, [period])[0]


def facts_many(session: Session, the_periods: list[Period]) -> list[populations.Facts]:
    """The facts of each period: the residents are read once for all of them
    (returns_db.resident_groups_many), the services on a second connection meanwhile."""
    conn = session.db.conn
    spans = [(p.start, p.end) for p in the_periods]

    def on_second_connection():
        # The services and legal aggregates run on a second reader while this
        # connection counts the residents and the exits (two cores, one return).
        # When no core is free, the reader's cold cache only adds work: one connection.
        with (returns_db.reader(session.db.path, session.database_key) if _a_core_is_free()
              else contextlib.nullcontext()) as other:
            c = other if other is not None else conn
            return [(returns_db.service_rows(c, s, e), returns_db.legal_rows(c, s, e),
                     returns_db.sentence_rows(c, s, e)) for s, e in spans]

    out = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        second = pool.submit(on_second_connection)
        groups = returns_db.resident_groups_many(conn, spans)
        new_tables = []
        for s, e in spans:
            raw = sources.gather(conn, s, e)
            sex_age = returns_db.consenting_sex_age(conn, sources.residents_in(raw)) if any(raw.values()) else {}
            new_tables.append((returns_db.exit_rows(conn, s, e), raw, sex_age))
        aggregates = second.result()
    for period, group_rows, (service_rows, legal, sentences), (exits, raw, sex_age) in zip(
            the_periods, groups, aggregates, new_tables):
        out.append(sources.add(populations.from_rows(group_rows, service_rows, legal, sentences, exits, period),
                               raw, sex_age))
    return out


def _a_core_is_free() -> bool:
    """Whether a second core is likely idle: the load average, which counts this
    process's own work too (about 1 while it counts), leaves one. Where the
    system does not tell, it is assumed to be."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cores >= 2
    return cores >= 2 and load < cores - 0.5


class FactsOf:
    """`facts_of` for assemble: the facts of one period, or (`many`) of several
    in one pass over the residents; a period counted once is not counted again."""

    def __init__(self, session: Session):
        self.session = session
        self.known: dict[tuple[str, str], populations.Facts] = {}

    def __call__(self, period: Period) -> populations.Facts:
        return self.many([period])[0]

    def many(self, the_periods: list[Period]) -> list[populations.Facts]:
        missing = [p for p in the_periods if (p.start, p.end) not in self.known]
        for p, counted in zip(missing, facts_many(self.session, missing) if missing else ()):
            self.known[(p.start, p.end)] = counted
        return [self.known[(p.start, p.end)] for p in the_periods]


def assemble(organisation: dict, period: Period, the_facts: populations.Facts, *, threshold: int = 5,
             suppress: bool = True, generated_at: str | None = None, ledger: list[dict] | None = None,
             audit_head: dict | None = None, facts_of=None, step=None) -> StatisticalReturn:
    """A return from facts (no database): tables, then suppression audited
    against the earlier exports of the release ledger (oldest first) and, when
    `facts_of(period) -> Facts` is given, the calendar periods not exported yet.
    step() once the tables are counted (build's progress)."""
    threshold = suppression.check_threshold(threshold)
    built = tables.build(the_facts)
    if step is not None:
        step()
    report = None
    if suppress:
        earlier = [disclosure.node_from_release(r) for r in ledger or () if r["suppression"]]
        # Cells earlier exports already left workable-out: no hiding here changes them.
        known = {tuple(cell) for r in ledger or () if r["suppression"] for cell in r["cells"].get(UNPROTECTED, [])}
        report = suppression.apply(built, threshold, earlier, period, start_from=_hidden_before(ledger, period,
                                                                                                threshold),
                                   known_unprotected=known, truth_of=facts_of)
    generated_at = generated_at or _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return StatisticalReturn({"code": organisation["code"], "name": organisation["name"]}, period,
                             generated_at, threshold, bool(suppress), built, report=report, audit_head=audit_head)


def _hidden_before(ledger, period: Period, threshold: int) -> dict[str, set]:
    """The cells hidden by the latest export of exactly this period at this
    threshold: kept hidden, so that the same data gives the same publication."""
    for release in reversed(ledger or ()):
        if (release["suppression"] and (release["start"], release["end"]) == (period.start, period.end)
                and release["threshold"] == threshold):
            return {t: {(r, c) for r, c, _ in cells.get("hidden", [])} for t, cells in release["cells"].items()
                    if t in tables.SPEC_BY_ID}
    return {}


UNPROTECTED = "_unprotected"   # in a ledger entry: cells its audit found already workable-out


def ledger_cells(ret: StatisticalReturn) -> dict:
    """What an export publishes, as the ledger keeps it (with which hidden cells were small)."""
    primary = ret.report.primary if ret.report is not None else set()
    out: dict = {}
    if ret.report is not None and ret.report.unprotected_cells:
        out[UNPROTECTED] = [list(cell) for cell in sorted(set(ret.report.unprotected_cells))]
    for t in ret.tables:
        out[t.id] = {
            "published": {f"{r}\t{c}": t.values[(r, c)] for r, c in t.cells() if not t.is_suppressed(r, c)},
            "hidden": [[r, c, (t.id, r, c) in primary] for r, c in t.cells() if t.is_suppressed(r, c)],
        }
    return out


BUILD_STAGES = 3  # the records counted, the tables made, the suppression audited


def build(session: Session, period: Period | str, *, threshold: int | str | None = None,
          suppress: bool = True, progress=None) -> StatisticalReturn:
    """The return exactly as it will leave: the screen previews it, `export` writes it.
    progress(done, BUILD_STAGES) after each stage; it may raise to stop (nothing is written)."""
    done = [0]

    def step() -> None:
        if progress is not None:
            progress(done[0], BUILD_STAGES)
        done[0] += 1

    session.require(Permission.STATISTICAL_RETURNS)
    step()
    if isinstance(period, str):
        period = periods.parse(period)
    threshold = default_threshold(session) if threshold is None else suppression.check_threshold(threshold)
    conn = session.db.conn
    org = organisation_db.get(conn)
    ledger = return_ledger.releases(conn)
    facts_of = FactsOf(session)
    others: list[Period] = []
    loading = None
    if suppress:
        loading = _load_solver_meanwhile()
        # The calendar periods not exported yet that the audit will ask for, counted in
        # the same pass over the records as this return's own.
        others = [p for p in disclosure.periods_not_exported(
            [disclosure.node_from_release(r) for r in ledger if r["suppression"]], period, threshold)
            if (p.start, p.end) != (period.start, period.end)]
    try:
        own = facts_of.many([period] + others)[0]
        step()
        ret = assemble({"code": org["code"], "name": org["name"]}, period, own,
                       threshold=threshold, suppress=suppress, ledger=ledger,
                       audit_head=returns_db.audit_head(conn), facts_of=facts_of, step=step)
        step()
        return ret
    finally:
        if loading is not None:
            loading.join()   # nothing of this return runs on after it


def _load_solver_meanwhile() -> threading.Thread | None:
    """The audit's solver (HiGHS and numpy, ~0.15 s to import the first time) loads
    on another thread while the SQL runs, which leaves the interpreter's lock free."""
    if "highspy" in sys.modules:
        return None
    def load():
        try:
            importlib.import_module("highspy")
        except ImportError:
            pass   # the audit itself reports it

    thread = threading.Thread(target=load, daemon=True, name="load-highspy")
    thread.start()
    return thread


def check_format(ret: StatisticalReturn, fmt: str) -> None:
    if fmt not in formats.FORMATS:
        raise ShelterError("Unknown format {format}: choose json, csv, adx or pdf.", format=fmt)
    if not ret.suppression and fmt not in formats.UNSUPPRESSED_FORMATS:
        raise ShelterError("A return without suppression can only be exported as JSON or ADX.")


def render(ret: StatisticalReturn, fmt: str, lang: str | None = None) -> bytes:
    check_format(ret, fmt)
    lang = lang or i18n.current_language()
    if fmt == "json":
        return formats.to_json(ret, lang)
    if fmt == "csv":
        return formats.to_csv(ret)
    if fmt == "adx":
        return formats.to_adx(ret)
    from shelter_app.returns import pdf

    return pdf.render(ret, lang)


def export_head(session: Session) -> dict:
    """The signed audit head (shelter_app.anchors); an account without a signing
    key yet still anchors the log with the unsigned head."""
    from shelter_app import anchors

    try:
        return anchors.signed_head(session)
    except ShelterError:
        return returns_db.audit_head(session.db.conn)


def meta_path(csv_path: Path) -> Path:
    """NAME.csv → NAME.meta.json, beside it."""
    return csv_path.with_name(csv_path.stem + ".meta.json")


def export(session: Session, ret: StatisticalReturn, fmt: str, path: Path | str,
           lang: str | None = None, *, audit_head: dict | None = None, progress=None) -> dict:
    """Write the return atomically and record who, period, format, threshold and
    the SHA-256 of the bytes in the audit log. A failed write records nothing.
    audit_head: export_head(session) taken already (a screen signs it on its own
    session; a worker's session does not sign). progress(done, 2) before and
    after the rendering; it may raise to stop, before anything is written."""
    session.require(Permission.STATISTICAL_RETURNS)
    check_format(ret, fmt)
    path = Path(path)
    if fmt == "csv" and atomic.resolve_target(path)[1] != "replace":
        # A CSV never stands without its .meta.json, which a device or a pipe has no folder for.
        raise ShelterError("A CSV return is written to a file, with its .meta.json beside it: {path} is not a "
                           "file. Nothing was written.", path=str(path))
    # The audit log's head as the export leaves, signed by the person exporting: a copy
    # outside anchors the log (security.md; `verify --against` reads it back).
    if progress is not None:
        progress(0, 2)
    ret.audit_head = audit_head or export_head(session)
    data = render(ret, fmt, lang)
    if progress is not None:
        progress(1, 2)  # the last chance to stop: from here the files and their record are written
    written = {}
    if fmt == "csv":
        # The metadata first: a CSV never stands without its .meta.json.
        written[meta_path(path)] = formats.meta_json(ret)
    written[path] = data
    details: dict[str, Any] = {
        "period": ret.period.label, "start": ret.period.start, "end": ret.period.end,
        "format": fmt, "threshold": ret.threshold, "suppression": ret.suppression,
        "file": path.name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
        "generated_at": ret.generated_at,
    }
    if fmt == "csv":
        details["meta_file"] = meta_path(path).name
        details["meta_sha256"] = hashlib.sha256(written[meta_path(path)]).hexdigest()
    with session.transaction():
        session.audit(returns_db.EXPORT_ACTION, AUDIT_RECORD, ret.period.label, details)
        return_ledger.record(session.db.conn, exported_at=ret.generated_at, username=session.user.username,
                             label=ret.period.label, start=ret.period.start, end=ret.period.end, fmt=fmt,
                             threshold=ret.threshold, suppression=ret.suppression,
                             zeros_published=not ret.zeros_hidden, cells=ledger_cells(ret),
                             sha256=str(details["sha256"]))
        # Written inside the transaction: if a write fails, the export is not recorded.
        for target, payload in written.items():
            atomic.write_bytes(target, payload)
    return {"path": str(path), "files": [str(p) for p in reversed(written)], **details}


def history(session: Session, limit: int = 200) -> list[dict]:
    """Past exports, newest first, from the audit log."""
    session.require(Permission.STATISTICAL_RETURNS)
    out = []
    for row in returns_db.export_history(session.db.conn, limit):
        try:
            details = json.loads(row["details"] or "{}")
        except ValueError:
            details = {}
        out.append({"ts": row["ts"], "username": row["username"], "period": details.get("period", row["record_id"]),
                    "format": details.get("format", ""), "threshold": details.get("threshold"),
                    "suppression": details.get("suppression", True), "file": details.get("file", ""),
                    "sha256": details.get("sha256", "")})
    return out


def write_structure(path: Path | str, fmt: str = "json") -> Path:
    """The ADX structure (data elements and code lists) for a national
    administrator, or (dhis2) the DHIS2 metadata package that sets up the data set."""
    path = Path(path)
    if fmt not in ("json", "csv", "dhis2"):
        raise ShelterError("Unknown format {format}: choose json, csv or dhis2.", format=fmt)
    data = {"json": formats.structure_json, "csv": formats.structure_csv, "dhis2": formats.dhis2_json}[fmt]()
    atomic.write_bytes(path, data)
    return path


def table_labels(table, lang: str | None = None) -> dict:
    """Title and row/column labels of one table, in the person's language."""
    from shelter_app.returns.model import table_dict

    return table_dict(table, lang)["labels"]


MARK = "x"   # every hidden cell, in every human-readable form (statistical-return.md, suppression 6)


def legend(lang: str | None = None) -> str:
    return i18n.translate("Returns2", "x: not published, to protect individuals", lang)


REASONS = {
    "line": N_("Returns2", "{n}: row or column total"),
    "shared": N_("Returns2", "{n}: the same totals in the three tables of persons assisted"),
    "services": N_("Returns2", "{n}: services given go with the persons served"),
    "earlier": N_("Returns2", "{n}: to protect cells hidden in the {period} return"),
    "rest": N_("Returns2", "{n}: so that the count of {period}, not yet exported, cannot be worked out"),
    "before": N_("Returns2", "{n}: hidden when this period was exported before"),
    "audit": N_("Returns2", "{n}: otherwise they could be worked out from the published totals"),
}


def suppression_summary(ret: StatisticalReturn, lang: str | None = None) -> list[str]:
    """What the preview says about the hidden cells: how many, how many the audit
    hid beyond the small ones, and why."""
    if not ret.suppression:
        return [i18n.translate("Returns2", "Suppression is off: every count will be published.", lang)]
    report = ret.report
    lines = [i18n.translate("Returns2", "Threshold {k}: {n} cells not published, shown as x.", lang).format(
        k=ret.threshold, n=ret.suppressed_count)]
    if report is None:
        return lines
    lines.append(i18n.translate("Returns2", "{small} are small counts; {more} more are hidden so that those cannot be worked "
                                "out.", lang).format(small=len(report.primary), more=report.beyond_primary))
    reasons = [i18n.translate("Returns2", REASONS.get(reason, REASONS["audit"]), lang).format(n=n, period=detail)
               for (reason, detail), n in sorted(report.counts().items(), key=lambda item: (-item[1], item[0]))]
    if reasons:
        lines.append(i18n.translate("Returns2", "Why:", lang) + " " + "; ".join(reasons) + ".")
    if report.unprotected:
        lines.append(i18n.translate("Returns2", "{n} hidden cells could already be worked out from earlier returns.", lang)
                     .format(n=len({f.key for f in report.unprotected})))
    if report.ignored:
        lines.append(i18n.translate("Returns2", "Earlier returns that no longer match the records were left out of the "
                                    "check: {periods}.", lang).format(periods=", ".join(report.ignored)))
    return lines
