"""import: a register from a CSV or XLSX file (import-format.md)."""

from __future__ import annotations

from shelter_app import imports
from shelter_app.cli.common import add_db_user, run_with_session, say

EXIT_ERRORS = 2


def register(sub) -> None:
    p = sub.add_parser("import", help="import residents, services or legal cases from a CSV or XLSX file")
    add_db_user(p)
    p.add_argument("--kind", required=True, choices=imports.KINDS, help="what the file holds")
    p.add_argument("--dry-run", action="store_true", help="check the file and show what would be written")
    p.add_argument("file", help="the CSV or XLSX file")
    p.set_defaults(func=cmd_import)


def cmd_import(args) -> int:
    def action(session):
        report = imports.run(session, args.file, args.kind, dry_run=args.dry_run)
        for line in report.lines():
            say(line)
        return 0 if report.ok else EXIT_ERRORS
    return run_with_session(args, action)
