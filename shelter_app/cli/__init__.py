"""The command line: the same services as the screens, for scripts, acceptance
tests and a director's terminal.

Each module in this package (`cmd_*.py`) adds its sub-commands with
`register(subparsers)`. A command that fails for any reason prints one clear
line, in the person's language, and exits 2; the traceback only with
`--debug`."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from shelter_app import __version__, i18n
from shelter_app.errors import ShelterError

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """A wrong command line is one line too (argparse prints the usage first)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        _stderr(i18n.translate("Cli", "Error") + ": " + message + " (" + self.prog + " --help)")
        raise SystemExit(EXIT_USER_ERROR)


def _command_modules():
    package = sys.modules[__name__]
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("cmd_"):
            yield importlib.import_module(f"{__name__}.{info.name}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="shelter-app", description="Shelter case manager.")
    parser.add_argument("--version", action="version", version=f"shelter-app {__version__}")
    parser.add_argument("--db", help="database file (default: the app's data folder)")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo database of synthetic residents")
    parser.add_argument("--language", choices=i18n.LANGUAGES, help="language of messages and screens")
    parser.add_argument("--self-test", action="store_true", help="check an installation and exit")
    parser.add_argument("--debug", action="store_true", help="show the full traceback when a command fails")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _command_modules():
        module.register(sub)
    return parser


def _stderr(text: str) -> None:
    stream = sys.stderr or sys.__stderr__
    if stream is not None:
        print(text, file=stream)


def main(argv: list[str] | None = None) -> int:
    from shelter_app import logs, preferences

    if hasattr(os, "umask"):
        os.umask(0o077)  # every file the app writes is readable by the owner only
    logs.setup()
    parser = build_parser()
    args = parser.parse_args(argv)
    i18n.set_language(args.language or preferences.language())
    try:
        if args.command is None:
            if args.self_test:
                from shelter_app.selftest import run as self_test

                return self_test()
            from shelter_app.ui.app import run as run_app

            return run_app(db=args.db, demo=args.demo, language=args.language)
        from shelter_app import housekeeping, paths

        housekeeping.remove_scratch(paths.app_home())
        return int(args.func(args) or 0)
    except ShelterError as exc:  # ValidationError too
        _stderr(i18n.translate("Cli", "Error") + ": " + " ".join(exc.localized().split()))
        if args.debug:
            raise
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _stderr(i18n.translate("Cli", "Interrupted."))
        return 130
    except Exception as exc:
        if args.debug:
            raise
        _stderr(i18n.translate("Cli", "Error") + ": " + _one_line(exc))
        return EXIT_USER_ERROR


def _one_line(exc: BaseException) -> str:
    """What went wrong, in one line, without the person's data."""
    from shelter_app.db.connection import DatabaseError, _storage_error

    if isinstance(exc, DatabaseError):
        return _storage_error(exc).localized()
    if isinstance(exc, OSError):
        if exc.errno == 28:
            return i18n.translate("Cli", "The disk is full. Free some space and try again.")
        reason = (exc.strerror or str(exc)).replace("\n", " ")
        where = f" ({exc.filename})" if exc.filename else ""
        return i18n.translate("Cli", "The command failed: {reason}").format(reason=reason + where)
    text = " ".join(str(exc).split())[:200]
    return i18n.translate("Cli", "The command failed unexpectedly ({kind}: {reason}). Run it again with --debug "
                                 "for the details.").format(kind=type(exc).__name__, reason=text)
