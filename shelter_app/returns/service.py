"""What a screen or the command line calls: build a return for a period,
preview it, export it (atomically, audited), list past exports."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from shelter_app import atomic, i18n
from shelter_app.db import organisation as organisation_db
from shelter_app.db import returns as returns_db
from shelter_app.errors import ShelterError
from shelter_app.permissions import Permission
from shelter_app.returns import formats, periods, populations, sources, suppression, tables
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
    conn = session.db.conn
    s, e = period.start, period.end

    def services_on_second_connection():
        # The services aggregate is the largest; it runs on a second reader
        # while this connection counts the residents (two cores, one return).
        with returns_db.reader(session.db.path, session.database_key) as other:
            return returns_db.service_rows(other if other is not None else conn, s, e)

    with ThreadPoolExecutor(max_workers=1) as pool:
        services = pool.submit(services_on_second_connection)
        groups = returns_db.resident_groups(conn, s, e)
        legal = returns_db.legal_rows(conn, s, e)
        sentences = returns_db.sentence_rows(conn, s, e)
        exits = returns_db.exit_rows(conn, s, e)
        raw = sources.gather(conn, s, e)
        sex_age = returns_db.consenting_sex_age(conn, sources.residents_in(raw)) if any(raw.values()) else {}
        service_rows = services.result()
    return sources.add(populations.from_rows(groups, service_rows, legal, sentences, exits, period), raw, sex_age)


def assemble(organisation: dict, period: Period, the_facts: populations.Facts, *, threshold: int = 5,
             suppress: bool = True, generated_at: str | None = None) -> StatisticalReturn:
    """A return from facts (no database): tables, then suppression."""
    threshold = suppression.check_threshold(threshold)
    built = tables.build(the_facts)
    if suppress:
        suppression.apply(built, threshold)
    generated_at = generated_at or _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return StatisticalReturn({"code": organisation["code"], "name": organisation["name"]}, period,
                             generated_at, threshold, bool(suppress), built)


def build(session: Session, period: Period | str, *, threshold: int | str | None = None,
          suppress: bool = True) -> StatisticalReturn:
    """The return exactly as it will leave: the screen previews it, `export` writes it."""
    session.require(Permission.STATISTICAL_RETURNS)
    if isinstance(period, str):
        period = periods.parse(period)
    threshold = default_threshold(session) if threshold is None else suppression.check_threshold(threshold)
    org = organisation_db.get(session.db.conn)
    return assemble({"code": org["code"], "name": org["name"]}, period, facts(session, period),
                    threshold=threshold, suppress=suppress)


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


def meta_path(csv_path: Path) -> Path:
    """NAME.csv → NAME.meta.json, beside it."""
    return csv_path.with_name(csv_path.stem + ".meta.json")


def export(session: Session, ret: StatisticalReturn, fmt: str, path: Path | str,
           lang: str | None = None) -> dict:
    """Write the return atomically and record who, period, format, threshold and
    the SHA-256 of the bytes in the audit log. A failed write records nothing."""
    session.require(Permission.STATISTICAL_RETURNS)
    check_format(ret, fmt)
    path = Path(path)
    if fmt == "csv" and atomic.resolve_target(path)[1] != "replace":
        # A CSV never stands without its .meta.json, which a device or a pipe has no folder for.
        raise ShelterError("A CSV return is written to a file, with its .meta.json beside it: {path} is not a "
                           "file. Nothing was written.", path=str(path))
    data = render(ret, fmt, lang)
    written = {}
    if fmt == "csv":
        # The metadata first: a CSV never stands without its .meta.json.
        written[meta_path(path)] = formats.meta_json(ret)
    written[path] = data
    details = {
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
    """The ADX structure (data elements and code lists) for a national administrator."""
    path = Path(path)
    if fmt not in ("json", "csv"):
        raise ShelterError("Unknown format {format}: choose json or csv.", format=fmt)
    atomic.write_bytes(path, formats.structure_json() if fmt == "json" else formats.structure_csv())
    return path


def table_labels(table, lang: str | None = None) -> dict:
    """Title and row/column labels of one table, in the person's language."""
    from shelter_app.returns.model import table_dict

    return table_dict(table, lang)["labels"]
