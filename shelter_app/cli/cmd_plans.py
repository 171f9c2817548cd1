"""print-plan: the approved plan of one resident, or of everyone in the
shelter now, as one PDF."""

from __future__ import annotations

from pathlib import Path

from shelter_app import i18n, plans
from shelter_app.errors import ShelterError
from shelter_app.cli.common import add_db_user, run_with_session, say, t


def register(sub) -> None:
    p = sub.add_parser("print-plan", help="save approved rehabilitation plans as a PDF, to print and sign")
    add_db_user(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--resident", metavar="CASE_NUMBER", help="the resident's case number")
    which.add_argument("--all-in-shelter", action="store_true",
                       help="the active plans of everyone in the shelter now, in one document")
    p.add_argument("--language", dest="print_language", choices=i18n.LANGUAGES, required=True,
                   help="language of the printed plan")
    p.add_argument("--case-numbers-only", action="store_true", help="print case numbers instead of names")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(func=cmd_print_plan)


def cmd_print_plan(args) -> int:
    def action(session):
        if args.all_in_shelter:
            ids = plans.active_in_shelter(session)
            if not ids:
                raise ShelterError("Nobody in the shelter now has an approved plan: no PDF written.")
        else:
            ids = [plans.find_active(session, args.resident)]
        out = Path(args.out)
        plans.save_pdf(session, ids, args.print_language, out, case_numbers_only=args.case_numbers_only)
        say(t("Saved {count} plan(s) to {path}.").format(count=len(ids), path=str(out)))
        say(t("Warning: a PDF is not encrypted. Keep it safe and delete it once the plan is signed."))
        return 0
    return run_with_session(args, action) or 0
