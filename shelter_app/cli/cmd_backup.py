"""backup, restore, backup-check, audit (list / verify / print), retention
(list / anonymize / delete) and print-record."""

from __future__ import annotations

import sys
from pathlib import Path

from shelter_app import atomic, audit, backup, retention, subject_access
from shelter_app.cli.common import add_db_user, password, run_with_session, say, secret, t
from shelter_app.errors import ShelterError
from shelter_app.i18n import LANGUAGES, current_language, format_date, ntranslate


def register(sub) -> None:
    p = sub.add_parser("backup", help="write one encrypted, verified backup file")
    add_db_user(p)
    p.add_argument("--out", required=True, help="backup file, or a folder (e.g. a USB stick) to put a dated one in")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="put a backup in place of the database (a safety copy is kept)")
    p.add_argument("--backup", required=True, help="the backup file")
    p.add_argument("--db", required=True, help="database file to restore to")
    _credentials(p, over_existing=True)
    other = p.add_mutually_exclusive_group()
    other.add_argument("--backup-user", help="an account of the backup, when the backup does not open with the "
                                             "credentials above (password from SHELTER_APP_BACKUP_PASSWORD or asked)")
    other.add_argument("--backup-recovery-key", action="store_true",
                       help="the backup's recovery key (from SHELTER_APP_BACKUP_RECOVERY_KEY or asked)")
    p.add_argument("--confirm-organisation", metavar="CODE",
                   help="the code of the backup's organisation, to restore another organisation's backup")
    p.add_argument("--yes", action="store_true", help="replace an existing database without asking")
    p.set_defaults(func=cmd_restore)

    sc = sub.add_parser("safety-copies", help="copies kept by restores, older than 30 days (directors)"
                        ).add_subparsers(dest="safety_command", metavar="ACTION", required=True)
    p = sc.add_parser("list", help="safety copies older than 30 days")
    add_db_user(p)
    p.set_defaults(func=cmd_safety_list)
    p = sc.add_parser("delete", help="delete one listed safety copy")
    add_db_user(p)
    p.add_argument("path", help="the safety copy's folder, as listed")
    p.set_defaults(func=cmd_safety_delete)

    p = sub.add_parser("backup-check", help="check that a backup opens and is whole, without restoring it")
    p.add_argument("--backup", required=True)
    _credentials(p)
    p.set_defaults(func=cmd_backup_check)

    a = sub.add_parser("audit", help="the audit log (directors)").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    p = a.add_parser("list", help="entries, newest first, narrowed by filters")
    add_db_user(p)
    _audit_filters(p)
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(func=cmd_audit_list)
    p = a.add_parser("verify", help="check the hash chain and its signed heads; names the first broken entry")
    add_db_user(p)
    p.add_argument("--against", metavar="FILE", help="a backup or a return's metadata to check the log against")
    p.set_defaults(func=cmd_audit_verify)
    p = a.add_parser("print", help="the filtered log as a PDF for an inspection")
    add_db_user(p)
    _audit_filters(p)
    p.add_argument("--language", dest="document_language", choices=LANGUAGES, help="language of the PDF")
    p.add_argument("--out", required=True, help="PDF file")
    p.set_defaults(func=cmd_audit_print)

    r = sub.add_parser("retention", help="records kept past the retention period (directors)").add_subparsers(
        dest="retention_command", metavar="ACTION", required=True)
    p = r.add_parser("list", help="residents whose last contact is older than the retention period")
    add_db_user(p)
    p.set_defaults(func=cmd_retention_list)
    for name, helptext in (("anonymize", "remove names, contact details and free text; statistics unchanged"),
                           ("delete", "delete the records for good")):
        p = r.add_parser(name, help=helptext)
        add_db_user(p)
        which = p.add_mutually_exclusive_group(required=True)
        which.add_argument("--case-number", action="append", help="a listed resident (repeat for several)")
        which.add_argument("--all-listed", action="store_true", help="every resident the list shows")
        p.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
        p.set_defaults(func=cmd_retention_apply, retention_action=name)

    p = sub.add_parser("print-record", help="print everything held about one resident (for the resident)")
    add_db_user(p)
    p.add_argument("--resident", required=True, help="case number")
    p.add_argument("--language", dest="document_language", choices=LANGUAGES, help="language of the PDF")
    p.add_argument("--out", required=True, help="PDF file")
    p.set_defaults(func=cmd_print_record)


def _credentials(p, over_existing: bool = False) -> None:
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help=("a director of the existing database, or an account of the backup where "
                                     "there is none" if over_existing else "an account in the backup")
                     + " (its password from SHELTER_APP_PASSWORD or asked)")
    who.add_argument("--recovery-key", action="store_true",
                     help="use the recovery key (from SHELTER_APP_RECOVERY_KEY or asked)")


def _credential_args(args) -> dict:
    if args.recovery_key:
        return {"recovery_key": secret("SHELTER_APP_RECOVERY_KEY", t("Recovery key"))}
    return {"username": args.user, "password": password()}


def _audit_filters(p) -> None:
    p.add_argument("--person", help="staff account")
    p.add_argument("--action", help="e.g. resident_viewed")
    p.add_argument("--record", help="a record, e.g. a case number")
    p.add_argument("--record-type", help="e.g. resident, account")
    p.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD or DD.MM.YYYY)")
    p.add_argument("--to", dest="date_to", help="last day")


def _filters(args) -> audit.Filters:
    return audit.Filters(username=args.person, action=args.action, record_type=args.record_type,
                         record_id=args.record, date_from=args.date_from, date_to=args.date_to)


def _size(n: int) -> str:
    return t("{size} MB").format(size=f"{n / 1e6:.1f}")


def _info_lines(info: backup.BackupInfo) -> list[str]:
    return [
        t("Backup made {date} by {user}").format(date=format_date(info.created_at[:10]), user=info.created_by),
        t("Organisation: {code} {name}").format(code=info.organisation_code, name=info.organisation_name),
        t("Residents: {n}; audit log entries: {entries}; size: {size}").format(
            n=info.residents, entries=info.audit_entries, size=_size(info.size)),
        t("Accounts that can open it: {accounts}").format(accounts=", ".join(info.accounts)),
    ]


def _ask_yes(question: str) -> bool:
    if not (sys.stdin and sys.stdin.isatty()):
        return False
    answer = input(question + " [" + t("yes") + "/" + t("no") + "]: ").strip().lower()
    return answer in ("y", "yes", "д", "да", "о", "ооба", t("yes").lower())


# --- backup and restore -------------------------------------------------------------

def cmd_backup(args) -> int:
    def action(session):
        result = backup.create(session, Path(args.out))
        say(t("Backup written and verified: {path} ({size})").format(path=str(result.path), size=_size(result.size)))
        say(t("SHA-256: {digest}").format(digest=result.sha256))
    return run_with_session(args, action) or 0


def _backup_credential_args(args) -> dict:
    if getattr(args, "backup_recovery_key", False):
        return {"backup_recovery_key": secret("SHELTER_APP_BACKUP_RECOVERY_KEY", t("The backup's recovery key"))}
    if getattr(args, "backup_user", None):
        return {"backup_username": args.backup_user,
                "backup_password": secret("SHELTER_APP_BACKUP_PASSWORD", t("Password in the backup"))}
    return {}


def _replaced_lines(prepared: backup.PreparedRestore) -> list[str]:
    r = prepared.replaced
    if r is None:
        return []
    return [t("The database on this computer has {residents} residents and {entries} audit log entries that are "
              "not in the backup: they will be replaced (a safety copy is kept).").format(
        residents=r.residents_beyond, entries=r.audit_entries_beyond)]


def cmd_restore(args) -> int:
    creds = _credential_args(args)
    creds.update(_backup_credential_args(args))
    database = Path(args.db)
    with backup.prepare_restore(Path(args.backup), database, **creds) as prepared:
        say(t("The backup opened and passed its integrity check."))
        for line in _info_lines(prepared.info):
            say("  " + line)
        for line in _replaced_lines(prepared):
            say(line)
        code = args.confirm_organisation
        if prepared.other_organisation and not prepared.code_confirmed(code):
            say(t("This backup is of another organisation: {code} {name}. The database on this computer is of "
                  "{live_code} {live_name}.").format(code=prepared.info.organisation_code,
                                                     name=prepared.info.organisation_name,
                                                     live_code=prepared.replaced.organisation_code,
                                                     live_name=prepared.replaced.organisation_name))
            if code is not None or not (sys.stdin and sys.stdin.isatty()):
                raise ShelterError("This backup is of another organisation ({code}). Nothing was restored: give "
                                   "its code with --confirm-organisation to confirm.",
                                   code=prepared.info.organisation_code)
            code = input(t("Type the backup's organisation code to confirm") + ": ")
            if not prepared.code_confirmed(code):
                say(t("Nothing was restored: the current database was kept."))
                return 1
        if prepared.replaces_existing and not args.yes:
            question = t("Replace the database at {path} with this backup? A safety copy of the current one is kept."
                         ).format(path=str(database))
            if not (sys.stdin and sys.stdin.isatty()):
                raise ShelterError("A database already exists at {path}: add --yes to replace it with the backup "
                                   "(a safety copy is kept).", path=str(database))
            if not _ask_yes(question):
                say(t("Nothing was restored: the current database was kept."))
                return 1
        result = prepared.commit(code)
    say(t("Restored to {path}.").format(path=str(result.database)))
    if result.safety_copy:
        say(t("The database as it was before is kept in {path}.").format(path=str(result.safety_copy)))
    return 0


def cmd_safety_list(args) -> int:
    def action(session):
        listed = backup.safety_copies(session)
        for copy in listed:
            say("\t".join((str(copy.path), format_date(copy.made_at.date().isoformat()), _size(copy.size))))
        say(t("Safety copies older than {days} days: {n}.").format(days=backup.SAFETY_COPY_DAYS, n=len(listed)))
    return run_with_session(args, action) or 0


def cmd_safety_delete(args) -> int:
    def action(session):
        backup.delete_safety_copy(session, Path(args.path))
        say(t("Deleted: {path}.").format(path=args.path))
    return run_with_session(args, action) or 0


def cmd_backup_check(args) -> int:
    creds = _credential_args(args)
    info = backup.inspect(Path(args.backup), **creds)
    say(t("The backup opened and passed its integrity check."))
    for line in _info_lines(info):
        say("  " + line)
    return 0


# --- the audit log ------------------------------------------------------------------

def cmd_audit_list(args) -> int:
    def action(session):
        filters = _filters(args)
        rows = audit.entries(session, filters, limit=max(1, args.limit))
        for e in rows:
            say("\t".join((f"#{e.id}", e.when(), e.username, e.action_text(), e.record_text(), e.details_text())))
        total = audit.count(session, filters)
        say(t("{shown} of {total} entries shown.").format(shown=len(rows), total=total))
    return run_with_session(args, action) or 0


def cmd_audit_verify(args) -> int:
    def action(session):
        result = audit.verify(session, against=args.against)
        say(result.message())
        return 0 if result.ok else 1
    return run_with_session(args, action)


def cmd_audit_print(args) -> int:
    def action(session):
        pdf = audit.print_pdf(session, _filters(args), args.document_language or current_language())
        atomic.write_bytes(Path(args.out), pdf)
        say(t("Written: {path}. A PDF is not encrypted: keep it locked away and delete it when done.")
            .format(path=args.out))
    return run_with_session(args, action) or 0


# --- retention ----------------------------------------------------------------------

def cmd_retention_list(args) -> int:
    def action(session):
        years = retention.retention_years(session)
        listed = retention.due(session)
        say(ntranslate("Cli", "Retention period: %n years.", years, one="Retention period: %n year.") + " "
            + t("Records past it: {n}.").format(n=len(listed)))
        for c in listed:
            state = t("anonymized") if c.anonymized else ""
            say("\t".join((c.case_number, c.full_name if not c.anonymized else "",
                           t("last contact {date}").format(date=format_date(c.last_contact)), state)).rstrip())
    return run_with_session(args, action) or 0


def cmd_retention_apply(args) -> int:
    def action(session):
        listed = retention.due(session)
        if args.all_listed:
            chosen = [c for c in listed if not (args.retention_action == "anonymize" and c.anonymized)]
        else:
            by_number = {c.case_number: c for c in listed}
            missing = [n for n in args.case_number if n not in by_number]
            if missing:
                raise ShelterError("The record {case_number} is still within the retention period: nothing was "
                                   "changed.", case_number=missing[0])
            chosen = [by_number[n] for n in args.case_number]
        if not chosen:
            say(t("Nothing to do."))
            return 0
        if not args.yes:
            if args.retention_action == "delete":
                question = t("Delete the records of {n} residents for good?").format(n=len(chosen))
            else:
                question = t("Anonymize the records of {n} residents?").format(n=len(chosen))
            if not (sys.stdin and sys.stdin.isatty()):
                raise ShelterError("Add --yes to confirm: nothing was changed.")
            if not _ask_yes(question):
                say(t("Nothing was changed."))
                return 1
        ids = [c.id for c in chosen]
        if args.retention_action == "delete":
            n = retention.delete(session, ids)
            say(t("Deleted: {n} residents.").format(n=n))
        else:
            n = retention.anonymize(session, ids)
            say(t("Anonymized: {n} residents.").format(n=n))
        return 0
    return run_with_session(args, action)


def cmd_print_record(args) -> int:
    def action(session):
        pdf = subject_access.print_pdf(session, args.resident, args.document_language or current_language())
        atomic.write_bytes(Path(args.out), pdf)
        say(t("Written: {path}. A PDF is not encrypted: keep it locked away and delete it when done.")
            .format(path=args.out))
    return run_with_session(args, action) or 0
