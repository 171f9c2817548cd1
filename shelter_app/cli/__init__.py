"""The command line: the same services as the screens, for scripts, acceptance
tests and a director's terminal.

Each module in this package (`cmd_*.py`) adds its sub-commands with
`register(subparsers)`. A user error prints one clear line, in the person's
language, and exits non-zero; never a traceback."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from shelter_app import __version__, i18n
from shelter_app.errors import ShelterError, ValidationError

EXIT_USER_ERROR = 2


def _command_modules():
    package = sys.modules[__name__]
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("cmd_"):
            yield importlib.import_module(f"{__name__}.{info.name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shelter-app", description="Shelter case manager.")
    parser.add_argument("--version", action="version", version=f"shelter-app {__version__}")
    parser.add_argument("--db", help="database file (default: the app's data folder)")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo database of synthetic residents")
    parser.add_argument("--language", choices=i18n.LANGUAGES, help="language of messages and screens")
    parser.add_argument("--self-test", action="store_true", help="check an installation and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        module.register(sub)
    return parser


def _stderr(text: str) -> None:
    stream = sys.stderr or sys.__stderr__
    if stream is not None:
        print(text, file=stream)


def main(argv: list[str] | None = None) -> int:
    from shelter_app import logs, preferences

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
        return int(args.func(args) or 0)
    except ValidationError as exc:
        _stderr(i18n.translate("Cli", "Error") + ": " + exc.localized())
        return EXIT_USER_ERROR
    except ShelterError as exc:
        _stderr(i18n.translate("Cli", "Error") + ": " + exc.localized())
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _stderr(i18n.translate("Cli", "Interrupted."))
        return 130
