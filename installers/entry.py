"""The bundle's entry point: make a windowed start safe before anything else
runs, then hand over to the command line (which opens the screens when no
command is given).

A windowed bundle starts with `sys.stdout` and `sys.stderr` set to None. On
Windows, a command (`--self-test`, `verify`, ...) typed in a console window
attaches to that console so its lines are seen; otherwise the streams go to
the null device, so a stray print cannot crash the app. Logging goes to the
log folder (shelter_app/logs.py)."""

import sys


def _main() -> int:
    from shelter_app import logs

    logs.guard_streams(attach_console=len(sys.argv) > 1)
    logs.setup()
    logs.app_started("app" if len(sys.argv) == 1 else "command")
    from shelter_app.cli import main

    return main()


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a child process of the app (printing/elsewhere.py) runs its work, not the app
    raise SystemExit(_main())
