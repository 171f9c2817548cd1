"""print-nrm: a resident's NRM screening questionnaire (filled in from the
latest screening, or blank) or referral letter for formal identification
(the latest referral), as a PDF."""

from __future__ import annotations

from pathlib import Path

from shelter_app import i18n, nrm, residents
from shelter_app.cli.common import add_db_user, run_with_session, say, t


def register(sub) -> None:
    p = sub.add_parser("print-nrm", help="save a resident's NRM screening questionnaire or referral letter as a PDF")
    add_db_user(p)
    p.add_argument("--resident", metavar="CASE_NUMBER", required=True, help="the resident's case number")
    p.add_argument("--what", choices=("questionnaire", "letter"), required=True,
                   help="the screening questionnaire or the referral letter to the authorised body")
    p.add_argument("--language", dest="print_language", choices=i18n.LANGUAGES, required=True,
                   help="language of the printed document")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(func=cmd_print_nrm)


def cmd_print_nrm(args) -> int:
    def action(session):
        resident = residents.find(session, args.resident)
        out = Path(args.out)
        nrm.save_pdf(session, resident["id"], args.what, args.print_language, out)
        say(t("Saved to {path}.").format(path=str(out)))
        say(t("Warning: a PDF is not encrypted. Keep it safe and delete it once it is printed."))
        return 0
    return run_with_session(args, action) or 0
