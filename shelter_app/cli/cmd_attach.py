"""attach add / list / save: attachments of a resident's case file from a
terminal, for scanning papers in bulk. The bytes go straight into the
encrypted database; `save` writes a copy out and warns, like a PDF."""

from __future__ import annotations

from pathlib import Path

from shelter_app import casefile, codes, residents
from shelter_app.cli.common import add_db_user, run_with_session, say, t


def register(sub) -> None:
    p = sub.add_parser("attach", help="attachments of a resident's case file (scans, photos, PDFs)")
    commands = p.add_subparsers(dest="attach_command", metavar="add|list|save", required=True)

    a = commands.add_parser("add", help="store a file inside the encrypted database (at most 25 MB)")
    add_db_user(a)
    a.add_argument("--resident", metavar="CASE_NUMBER", required=True, help="the resident's case number")
    a.add_argument("file", metavar="FILE", help="the scan, photo or PDF")
    a.add_argument("--title", default="", help="what the paper is (default: the file name)")
    a.add_argument("--kind", default="other", choices=codes.ATTACHMENT_KIND.codes, help="kind of paper")
    a.add_argument("--date", default=None, help="date of the paper (YYYY-MM-DD; default today)")
    a.set_defaults(func=cmd_add)

    ls = commands.add_parser("list", help="a resident's attachments")
    add_db_user(ls)
    ls.add_argument("--resident", metavar="CASE_NUMBER", required=True, help="the resident's case number")
    ls.set_defaults(func=cmd_list)

    s = commands.add_parser("save", help="write a copy of an attachment to a file (not encrypted)")
    add_db_user(s)
    s.add_argument("--id", type=int, required=True, help="the attachment's number (see attach list)")
    s.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    s.set_defaults(func=cmd_save)


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(1, n // 1024)} KB"


def cmd_add(args) -> int:
    def action(session):
        person = residents.find(session, args.resident)
        row = casefile.add_attachment_file(session, person["id"], Path(args.file), title=args.title,
                                           kind=args.kind, date=args.date)
        say(t("Attached {file} to {case_number} as number {id} ({size}).").format(
            file=Path(args.file).name, case_number=person["case_number"], id=row["id"], size=_size(row["size"])))
        return 0
    return run_with_session(args, action) or 0


def cmd_list(args) -> int:
    def action(session):
        person = residents.find(session, args.resident)
        rows = casefile.attachments(session, person["id"])
        for row in rows:
            say("\t".join([str(row["id"]), row["date"], codes.ATTACHMENT_KIND.label(row["kind"]), row["title"],
                           row["file_name"], _size(row["size"]), row["added_by"]]))
        say(t("{n} attachments.").format(n=len(rows)))
        return 0
    return run_with_session(args, action) or 0


def cmd_save(args) -> int:
    def action(session):
        written = casefile.save_copy(session, args.id, Path(args.out))
        say(t("Saved a copy of attachment {id} to {path} ({size}).").format(id=args.id, path=args.out,
                                                                            size=_size(written)))
        say(t("Warning: this copy is not encrypted. Keep it safe and delete it when it is no longer needed."))
        return 0
    return run_with_session(args, action) or 0
