"""Slow steps of work that otherwise stays on the thread of its session (the
session's connection never crosses threads): deriving a key from a password
(Argon2id, about half a second each) and re-encrypting the database into its
new file (seconds at 100k residents).

Under `handing_to(runner)`, such a step calls `runner(step)` instead of
`step()`: the runner (ui/tasks.run_apart) runs it in a worker thread while the
window keeps painting, and returns its result or raises its error. A step
touches no connection of the session; one that reads the database opens a
connection of its own. Without a runner (the command line, the worker that
unlocks), the step runs where it is called. No Qt here."""

from __future__ import annotations

import contextlib
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

_local = threading.local()


@contextlib.contextmanager
def handing_to(runner: Callable[[Callable[[], T]], T]):
    """While the block runs on this thread, its slow steps go to runner(step)."""
    previous = getattr(_local, "runner", None)
    _local.runner = runner
    try:
        yield
    finally:
        _local.runner = previous


def active() -> bool:
    return getattr(_local, "runner", None) is not None


def run(step: Callable[[], T]) -> T:
    """step(), handed to this thread's runner if it has one."""
    runner = getattr(_local, "runner", None)
    return step() if runner is None else runner(step)
