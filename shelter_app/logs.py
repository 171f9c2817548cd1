"""The app's log: a rotating file in the log folder (paths.log_dir()), never the
console, and never personal data.

What may be logged: events and counts ("self-test passed", "export written,
3 files"), versions, error classes and where they happened. What may not:
names, case numbers, dates of birth, free text, passwords, keys, paths inside a
person's documents. Exceptions are written as their class and stack frames
only — an exception's message can quote what a person typed — and a
ShelterError as its message template, before its parameters are filled in.

A windowed bundle (PyInstaller, Windows) starts with `sys.stdout` and
`sys.stderr` set to None: `guard_streams()` gives them somewhere to go before
anything can print, and no handler here writes to a stream."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path

LOG_NAME = "shelter-app.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: logging.handlers.RotatingFileHandler | None = None
_crash_file = None
_previous_hooks: tuple | None = None


def exception_summary(exc_type, exc, tb, _depth: int = 0) -> str:
    """An exception as its class and frames (file, line, function), without its
    message; a ShelterError keeps its message template, which holds no data."""
    from shelter_app.errors import ShelterError

    name = getattr(exc_type, "__qualname__", str(exc_type))
    head = f"{exc_type.__module__}.{name}"
    if isinstance(exc, ShelterError):
        head += f" [{exc.message}]"
    lines = [head]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = (exc.__cause__ or exc.__context__) if exc is not None else None
    if cause is not None and cause is not exc and _depth < 5:
        inner = exception_summary(type(cause), cause, cause.__traceback__, _depth + 1)
        lines.append("  caused by " + inner.replace("\n", "\n  "))
    return "\n".join(lines)


def _short(filename: str) -> str:
    """From the package or the standard library on: a full path names the user's folder."""
    parts = Path(filename).parts
    for anchor in ("shelter_app", "site-packages", "PySide6", "reportlab"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


class SafeFormatter(logging.Formatter):
    """Formats tracebacks without exception messages, whoever logs them."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback on the record.
        saved = record.exc_text, record.stack_info
        record.exc_text, record.stack_info = None, None
        try:
            return super().format(record)
        finally:
            record.exc_text, record.stack_info = saved

    def formatException(self, ei) -> str:
        return exception_summary(*ei)


def log_path() -> Path:
    from shelter_app import paths

    return paths.log_dir() / LOG_NAME


def guard_streams(*, attach_console: bool = False) -> None:
    """Give a missing stdout/stderr somewhere harmless to go. On Windows, a
    windowed program started from a console window with a command attaches to
    that console, so `--self-test` is seen where it was typed."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    if attach_console and sys.platform == "win32":
        _attach_parent_console()
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")


def _attach_parent_console() -> None:
    if sys.platform != "win32":
        return
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return
        # "CONOUT$" opens as a Windows console stream: Cyrillic shows as typed.
        if sys.stdout is None:
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")
        if sys.stderr is None:
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")
    except (OSError, AttributeError, ValueError):
        pass


def setup(level: int = logging.INFO) -> Path | None:
    """Send the app's logging to the rotating log file (once; later calls
    return the same path). Returns None when the log folder cannot be
    written — the app then runs without a log rather than not at all."""
    global _handler, _crash_file
    if _handler is not None:
        return Path(_handler.baseFilename)
    try:
        path = log_path()
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    _install_hooks()
    try:
        _crash_file = open(path.with_name(CRASH_NAME), "a", encoding="utf-8")
        faulthandler.enable(_crash_file)  # a hard crash (in Qt, SQLCipher) leaves its frames here
    except (OSError, RuntimeError, ValueError):
        _crash_file = None
    return path


def shutdown() -> None:
    """Detach the handler and close the files (tests; the end of the app)."""
    global _handler, _crash_file, _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook, sys.unraisablehook = _previous_hooks
        _previous_hooks = None
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        try:
            faulthandler.disable()
        except RuntimeError:
            pass
        _crash_file.close()
        _crash_file = None


def _install_hooks() -> None:
    global _previous_hooks
    _previous_hooks = (sys.excepthook, threading.excepthook, sys.unraisablehook)
    log = logging.getLogger("shelter_app.crash")
    previous = sys.excepthook

    def excepthook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        if sys.stderr is not None and previous is not None:
            try:
                previous(exc_type, exc, tb)
            except (AttributeError, OSError, ValueError):
                pass

    def thread_hook(args):
        if args.exc_type is not SystemExit:
            log.critical("unhandled exception in a thread",
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def unraisable_hook(args):
        log.error("unraisable exception", exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    sys.unraisablehook = unraisable_hook


_QT_LEVELS = {0: logging.DEBUG, 1: logging.WARNING, 2: logging.ERROR, 3: logging.CRITICAL, 4: logging.INFO}


def qt_message_handler(mode, context, message: str) -> None:
    """Qt's own warnings into the log instead of a console that a windowed
    program does not have. Install from the screens (this module has no Qt):
    `QtCore.qInstallMessageHandler(logs.qt_message_handler)`."""
    level = _QT_LEVELS.get(int(getattr(mode, "value", mode)), logging.WARNING)
    where = getattr(context, "category", None) or "qt"
    # Qt's messages name widgets and files, not records; cut them short all the same.
    logging.getLogger("qt").log(level, "%s: %s", where, str(message)[:300])


def app_started(kind: str) -> None:
    """One line per start: versions only, for reading a support log."""
    from shelter_app import __version__

    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    logging.getLogger("shelter_app").info("started %s %s (%s, Python %s, %s)", kind, __version__, frozen,
                                          sys.version.split()[0], sys.platform)
