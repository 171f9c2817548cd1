"""init, users, rotate-key, verify."""

from __future__ import annotations

from pathlib import Path

from shelter_app import accounts, verification
from shelter_app.cli.common import add_db_user, password, run_with_session, say, secret, t


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new encrypted database")
    p.add_argument("--db", required=True)
    p.add_argument("--organisation-code", required=True)
    p.add_argument("--organisation-name", required=True)
    p.add_argument("--region", default="")
    p.add_argument("--director", required=True, help="the director's account name")
    p.add_argument("--director-name", default="", help="the director's full name")
    p.set_defaults(func=cmd_init)

    users = sub.add_parser("users", help="staff accounts").add_subparsers(dest="users_command", metavar="ACTION",
                                                                          required=True)
    p = users.add_parser("add", help="add an account")
    add_db_user(p)
    p.add_argument("--name", required=True, help="the new account's name")
    p.add_argument("--display-name", default="", help="the person's full name")
    p.add_argument("--role", required=True, choices=("director", "social_worker", "lawyer"))
    p.set_defaults(func=cmd_users_add)
    p = users.add_parser("remove", help="remove an account and re-encrypt the database")
    add_db_user(p)
    p.add_argument("--name", required=True)
    p.set_defaults(func=cmd_users_remove)
    p = users.add_parser("list", help="list accounts")
    add_db_user(p)
    p.set_defaults(func=cmd_users_list)
    p = users.add_parser("passwd", help="change your password")
    add_db_user(p)
    p.set_defaults(func=cmd_users_passwd)
    p = users.add_parser("reset", help="set a new password for an account (director or recovery key)")
    p.add_argument("--db", required=True)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="your (director's) account")
    who.add_argument("--recovery-key", action="store_true", help="use the recovery key (SHELTER_APP_RECOVERY_KEY)")
    p.add_argument("--name", required=True, help="the account whose password is reset")
    p.set_defaults(func=cmd_users_reset)

    rk = sub.add_parser("recovery-key", help="the recovery key (directors)").add_subparsers(
        dest="recovery_command", metavar="ACTION", required=True)
    p = rk.add_parser("new", help="replace the recovery key: the old one opens nothing afterwards")
    add_db_user(p)
    p.set_defaults(func=cmd_recovery_new)

    p = sub.add_parser("rotate-key", help="re-encrypt the database with a fresh key")
    add_db_user(p)
    p.set_defaults(func=cmd_rotate)

    p = sub.add_parser("verify", help="integrity check, cipher check, audit chain and its signed heads, roles")
    add_db_user(p)
    p.add_argument("--against", metavar="FILE",
                   help="also check the audit log against the signed head in a backup or a return's metadata")
    p.set_defaults(func=cmd_verify)


def cmd_init(args) -> int:
    pw = secret("SHELTER_APP_PASSWORD", t("Director's new password"), confirm=True)
    session, recovery = accounts.create_database(
        Path(args.db), organisation_code=args.organisation_code, organisation_name=args.organisation_name,
        region=args.region, director=args.director, director_name=args.director_name or args.director,
        password=pw)
    session.close()
    say(t("Database created. Write the recovery key down and keep it locked away; it is shown only once:"))
    say(recovery)
    say(t("Organisation fingerprint: {fingerprint}").format(fingerprint=session.key_file.organisation_fingerprint))
    return 0


def cmd_users_add(args) -> int:
    def action(session):
        new_pw = secret("SHELTER_APP_NEW_PASSWORD", t("New account's password"), confirm=True)
        accounts.add_account(session, args.name, args.display_name or args.name, args.role, new_pw)
        say(t("Account added: {name}").format(name=args.name))
    return run_with_session(args, action) or 0


def cmd_users_remove(args) -> int:
    def action(session):
        accounts.remove_account(session, args.name)
        say(t("Account removed: {name}. The database was re-encrypted with a new key.").format(name=args.name))
        say(t("If this person may have seen the printed recovery key, replace it: recovery-key new."))
    return run_with_session(args, action) or 0


def cmd_users_list(args) -> int:
    from shelter_app.codes import ROLE

    def action(session):
        for row in accounts.list_accounts(session):
            say(f"{row['username']}\t{ROLE.label(row['role'])}\t{row['display_name']}")
    return run_with_session(args, action) or 0


def cmd_users_passwd(args) -> int:
    def action(session):
        new_pw = secret("SHELTER_APP_NEW_PASSWORD", t("New password"), confirm=True)
        accounts.change_own_password(session, password(), new_pw)
        say(t("Password changed."))
    return run_with_session(args, action) or 0


def cmd_users_reset(args) -> int:
    if args.recovery_key:
        key = secret("SHELTER_APP_RECOVERY_KEY", t("Recovery key"))
        session = accounts.open_with_recovery_key(Path(args.db), key)
    else:
        session = accounts.open_session(Path(args.db), args.user, password())
    try:
        new_pw = secret("SHELTER_APP_NEW_PASSWORD", t("New password"), confirm=True)
        accounts.reset_password(session, args.name, new_pw)
        say(t("Password reset for {name}.").format(name=args.name))
    finally:
        session.close()
    return 0


def cmd_recovery_new(args) -> int:
    def action(session):
        recovery = accounts.new_recovery_key(session)
        say(t("The recovery key was replaced; the old one opens nothing any more. Write the new one down and keep "
              "it locked away; it is shown only once:"))
        say(recovery)
        fingerprint = session.key_file.organisation_fingerprint
        if fingerprint:
            say(t("Organisation fingerprint: {fingerprint}").format(fingerprint=fingerprint))
    return run_with_session(args, action) or 0


def cmd_rotate(args) -> int:
    def action(session):
        accounts.rotate_key(session)
        say(t("The database was re-encrypted with a new key."))
    return run_with_session(args, action) or 0


def cmd_verify(args) -> int:
    def action(session):
        report = verification.verify(session, against=args.against)
        for line in report.lines():
            say(line)
        return 0 if report.ok else 1
    return run_with_session(args, action)
