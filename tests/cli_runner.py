"""The command line run in-process, as a subprocess would see it.

`run_cli(args, env=..., input=...)` calls `shelter_app.cli.main(argv)` with
exactly the given environment, a standard input that is not a terminal, and
captured standard output and error, and returns a `subprocess.CompletedProcess`
(returncode, stdout, stderr) as `subprocess.run([python, "-m", "shelter_app",
*args], capture_output=True, text=True)` would. Starting a Python for each
command costs 0.3–0.5 s; this costs the command only. What only a real process
shows (the module entry point, the exit status of the process, no console
streams) keeps a few subprocess smoke tests: tests/unit/test_cli.py,
tests/unit/test_translations.py, tests/unit/test_selftest.py."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import traceback


class _Input(io.StringIO):
    def isatty(self) -> bool:  # a pipe, never a terminal: no password prompt
        return False


def run_cli(args: list[str], env: dict | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    from shelter_app import cli, i18n, logs

    argv = [str(a) for a in args]
    saved_env = dict(os.environ)
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_language = i18n.current_language()
    had_log = logs._handler is not None
    out, err = io.StringIO(), io.StringIO()
    if env is not None:
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in env.items()})
    sys.stdin, sys.stdout, sys.stderr = _Input(input or ""), out, err
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse: usage errors (2), --help and --version (0)
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:
            err.write(f"{exc.code}\n")
            code = 1
    except Exception:  # what the process would print before dying with status 1
        err.write(traceback.format_exc())
        code = 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.environ.clear()
        os.environ.update(saved_env)
        i18n.set_language(saved_language)
        if not had_log:
            logs.shutdown()  # the next test's log goes to its own data folder
    return subprocess.CompletedProcess(["shelter-app", *argv], int(code or 0), out.getvalue(), err.getvalue())
