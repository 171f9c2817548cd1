"""print-referral: the letter of one referral, holding only the details the
resident agreed to share, as a PDF."""

from __future__ import annotations

from pathlib import Path

from shelter_app import i18n, referrals
from shelter_app.cli.common import add_db_user, run_with_session, say, t


def register(sub) -> None:
    p = sub.add_parser("print-referral", help="save a referral letter as a PDF (only the consented details)")
    add_db_user(p)
    p.add_argument("--referral", required=True, type=int, metavar="ID", help="the referral's number")
    p.add_argument("--language", dest="print_language", choices=i18n.LANGUAGES, required=True,
                   help="language of the letter")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(func=cmd_print_referral)


def cmd_print_referral(args) -> int:
    def action(session):
        out = Path(args.out)
        referrals.save_letter(session, args.referral, args.print_language, out)
        say(t("Saved the referral letter to {path}.").format(path=str(out)))
        say(t("Warning: a PDF is not encrypted. Keep it safe and delete it once the letter is sent."))
        return 0
    return run_with_session(args, action) or 0
