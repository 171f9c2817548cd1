"""org-card and transfer (case-transfer.md, "Command line")."""

from __future__ import annotations

from pathlib import Path

from shelter_app import residents, transfers
from shelter_app.cli.common import add_db_user, run_with_session, say, t
from shelter_app.db import organisations as organisations_db
from shelter_app.errors import ShelterError


def register(sub) -> None:
    card = sub.add_parser("org-card", help="this organisation's card, or another organisation's card added")
    card_sub = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    p = card_sub.add_parser("export", help="save this organisation's public card to a file")
    add_db_user(p)
    p.add_argument("--out", required=True, metavar="card.json")
    p.set_defaults(func=cmd_card_export)
    p = card_sub.add_parser("add", help="add another organisation's card to the directory")
    add_db_user(p)
    p.add_argument("card", metavar="card.json")
    p.add_argument("--fingerprint-checked", action="store_true",
                   help="you read the fingerprint aloud with the other organisation by phone")
    p.set_defaults(func=cmd_card_add)

    tr = sub.add_parser("transfer", help="move a case to another shelter, or receive one")
    tr_sub = tr.add_subparsers(dest="transfer_command", metavar="ACTION", required=True)
    p = tr_sub.add_parser("export", help="write a sealed, signed transfer file for another organisation")
    add_db_user(p)
    p.add_argument("--resident", required=True, metavar="CASE_NUMBER")
    p.add_argument("--to", required=True, metavar="ORGCODE", help="the receiving organisation's code")
    p.add_argument("--include", default="", help="plan,services,legal,nrm,notes[,attachments,safety]")
    p.add_argument("--consent-date", required=True, metavar="DD.MM.YYYY",
                   help="the date the resident agreed to this transfer")
    p.add_argument("--close-stay", action="store_true", help="close the open stay with exit reason 'transferred'")
    p.add_argument("--out", required=True, metavar="FILE.sheltertransfer")
    p.set_defaults(func=cmd_transfer_export)
    p = tr_sub.add_parser("import", help="receive a transfer file")
    add_db_user(p)
    p.add_argument("file", metavar="FILE.sheltertransfer")
    p.add_argument("--dry-run", action="store_true", help="show what would arrive, write nothing")
    p.set_defaults(func=cmd_transfer_import)


def cmd_card_export(args) -> int:
    def action(session):
        card = transfers.save_card(session, Path(args.out))
        say(t("Saved the organisation card of {code} to {path}.").format(code=card["code"], path=args.out))
        say(t("Fingerprint: {fingerprint}").format(fingerprint=card["fingerprint"]))
        return 0
    return run_with_session(args, action) or 0


def cmd_card_add(args) -> int:
    def action(session):
        try:
            text = Path(args.card).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise ShelterError("Cannot read the file {path}.", path=args.card) from None
        card = transfers.read_card(text)
        transfers.add_card(session, text, fingerprint_checked=args.fingerprint_checked)
        say(t("Added the card of {name} ({code}), fingerprint {fingerprint}.").format(
            name=card["name"], code=card["code"], fingerprint=card["fingerprint"]))
        return 0
    return run_with_session(args, action) or 0



def cmd_transfer_export(args) -> int:
    def action(session):
        resident = residents.find(session, args.resident)
        org = organisations_db.by_code(session.db.conn, args.to)
        if org is None:
            raise ShelterError("No organisation with the code {code} in the directory: add its card first.",
                               code=args.to)
        parts = [p.strip() for p in args.include.split(",") if p.strip()]
        summary = transfers.export(session, resident["id"], org["id"], parts, args.consent_date, Path(args.out),
                                   close_stay=args.close_stay)
        say(t("Wrote the transfer {transfer_id} for {name} to {path} (SHA-256 {sha256}).").format(
            transfer_id=summary["transfer_id"], name=summary["recipient"], path=args.out, sha256=summary["sha256"]))
        return 0
    return run_with_session(args, action) or 0


def cmd_transfer_import(args) -> int:
    def action(session):
        path = Path(args.file)
        if not path.is_file():
            raise ShelterError("No file at {path}.", path=str(path))
        received = transfers.open_file(session, path)  # read and decrypted once, for the preview and the import
        seen = transfers.preview(session, received)
        say(t("From {sender} ({code}), their case {case_number}: {name}.").format(
            sender=seen["sender"], code=seen["sender_code"], case_number=seen["their_case_number"],
            name=seen["full_name"] if not session.privacy_mode else seen["their_case_number"]))
        say(t("Includes: {parts}; services {services}, legal cases {cases}.").format(
            parts=", ".join(seen["sections"]) or "-", services=seen["services"], cases=seen["legal_cases"]))
        if seen["possible_duplicates"]:
            say(t("Possibly already here as: {cases}.").format(cases=", ".join(seen["possible_duplicates"])))
        if args.dry_run:
            say(t("Dry run: nothing was written."))
            return 0
        got = transfers.import_file(session, received)
        say(t("Imported as {case_number}.").format(case_number=got["case_number"]))
        return 0
    return run_with_session(args, action) or 0
