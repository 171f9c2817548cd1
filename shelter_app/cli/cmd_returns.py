"""return, return-structure: the anonymized statistical return from a terminal."""

from __future__ import annotations

from pathlib import Path

from shelter_app import i18n
from shelter_app.cli.common import add_db_user, run_with_session, say, t
from shelter_app.errors import ShelterError
from shelter_app.returns import formats, service


def register(sub) -> None:
    p = sub.add_parser("return", help="write the anonymized statistical return for a period")
    add_db_user(p)
    p.add_argument("--period", required=True, help="YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD")
    p.add_argument("--format", required=True, choices=formats.FORMATS)
    p.add_argument("--out", help="file to write (CSV: NAME.meta.json is written beside it)")
    p.add_argument("--threshold", help="suppress counts below this (3 to 10; default from settings, else 5)")
    p.add_argument("--no-suppression", action="store_true",
                   help="publish every count (JSON and ADX only; recorded in the file and the audit log)")
    p.add_argument("--preview", action="store_true", help="print the tables as they would leave; write nothing")
    p.set_defaults(func=cmd_return)

    s = sub.add_parser("return-structure", help="write the ADX structure (data elements and code lists), "
                                                "or the DHIS2 metadata package (--format dhis2)")
    s.add_argument("--out", required=True)
    s.add_argument("--format", choices=("json", "csv", "dhis2"), default=None,
                   help="default: from the file's extension")
    s.set_defaults(func=cmd_structure)


def preview_lines(ret) -> list[str]:
    """The tables as plain text, hidden cells shown as x."""
    lines = []
    mark = service.MARK
    for table in ret.tables:
        d = service.table_labels(table)
        lines.append("")
        lines.append(f"{table.id} — {d['title']}")
        width = max(len(r) for r in table.rows) + 2
        lines.append(" " * width + " ".join(f"{c:>10}" for c in table.columns))
        for r in table.rows:
            cells = []
            for c in table.columns:
                v = table.value(r, c)
                cells.append(f"{(mark if v is None else v):>10}")
            lines.append(f"{r:<{width}}" + " ".join(cells))
    return lines


def cmd_return(args) -> int:
    if not args.preview and not args.out:
        raise ShelterError("Give --out FILE, or --preview to see the tables without writing.")
    if args.no_suppression and args.format not in formats.UNSUPPRESSED_FORMATS:
        raise ShelterError("A return without suppression can only be exported as JSON or ADX.")

    def action(session):
        ret = service.build(session, args.period, threshold=args.threshold, suppress=not args.no_suppression)
        # What will leave is always shown before it is written (the spec's preview).
        say(t("Statistical return {period} ({start} to {end}), threshold {threshold}: {count} cells "
              "suppressed.").format(period=ret.period.label, start=ret.period.start, end=ret.period.end,
                                    threshold=ret.threshold, count=ret.suppressed_count))
        for line in service.suppression_summary(ret, i18n.current_language()):
            say(line)
        for line in preview_lines(ret):
            say(line)
        say()
        if ret.suppression:
            say(service.legend(i18n.current_language()))
        if args.preview:
            return 0
        result = service.export(session, ret, args.format, Path(args.out), i18n.current_language())
        for path in result["files"]:
            say(t("Written: {path}").format(path=path))
        say(t("Period {period} ({start} to {end}); threshold {threshold}; {count} cells suppressed.").format(
            period=ret.period.label, start=ret.period.start, end=ret.period.end, threshold=ret.threshold,
            count=ret.suppressed_count))
        if not ret.suppression:
            say(t("Suppression was turned off: every count is published. This is recorded in the audit log."))
        say("SHA-256: " + result["sha256"])
        return 0
    return run_with_session(args, action) or 0


def cmd_structure(args) -> int:
    out = Path(args.out)
    fmt = args.format or ("csv" if out.suffix.lower() == ".csv" else "json")
    service.write_structure(out, fmt)
    say(t("Written: {path}").format(path=str(out)))
    return 0
