"""print-summary: one resident's services and legal cases as a PDF;
legal-flags: the cases that need the director's attention."""

from __future__ import annotations

from pathlib import Path

from shelter_app import i18n, legal, residents
from shelter_app.cli.common import add_db_user, run_with_session, say, t


def register(sub) -> None:
    p = sub.add_parser("print-summary", help="save a resident's services and legal cases as a PDF")
    add_db_user(p)
    p.add_argument("--resident", metavar="CASE_NUMBER", required=True, help="the resident's case number")
    p.add_argument("--language", dest="print_language", choices=i18n.LANGUAGES, default=None,
                   help="language of the printed summary")
    p.add_argument("--case-numbers-only", action="store_true", help="print case numbers instead of names")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(func=cmd_print_summary)

    f = sub.add_parser("legal-flags", help="legal cases requalified from trafficking or ended by reconciliation")
    add_db_user(f)
    f.set_defaults(func=cmd_legal_flags)


def cmd_print_summary(args) -> int:
    from shelter_app.printing import summary_pdf

    def action(session):
        person = residents.find(session, args.resident)
        out = summary_pdf.save(session, person["id"], Path(args.out), lang=args.print_language,
                               case_numbers_only=args.case_numbers_only)
        say(t("Saved the summary of {case_number} to {path}.").format(case_number=person["case_number"],
                                                                      path=str(out)))
        say(t("Warning: a PDF is not encrypted. Keep it safe and delete it when it is no longer needed."))
        return 0
    return run_with_session(args, action) or 0


def cmd_legal_flags(args) -> int:
    def action(session):
        flags = legal.flags(session)
        for flag in flags:
            say(f"{flag.case_number}\t{flag.message()}")
        say(t("{n} flagged case events.").format(n=len(flags)))
        return 0
    return run_with_session(args, action) or 0
