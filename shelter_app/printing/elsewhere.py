"""Rendering a PDF in a child process, for the screens.

reportlab is pure Python: rendering a long document in a worker thread keeps
the interpreter busy, and the window, which needs the interpreter for every
row it paints, waits its turn for each one. In a child process it runs beside
the window instead of against it.

The child gets the finished document (common.Document: plain text, already
translated) through a pipe and sends the PDF bytes back the same way: no key,
no database and no file. It reports how far it is, as render_pdf does in the
parent; stopping it (Cancel) kills it. An error in it comes back as the same
exception when it can travel, else as a translated ShelterError.

The child is started with "spawn" (a fresh interpreter), the same on Linux and
Windows; in the bundle, installers/entry.py calls multiprocessing.freeze_support()
so that the app's executable runs the child instead of the app. Small documents
render in the thread that asks: starting a child costs about 0.3 s."""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import pickle
import time

from shelter_app.errors import ShelterError
from shelter_app.printing import common

SMALL = 300  # blocks and table rows: fewer render where they are asked for
_POLL = 0.05  # seconds between two looks at the child (and at Cancel)
_PROGRESS_EVERY = 0.05


def _failed() -> ShelterError:
    """The child stopped without a PDF."""
    return ShelterError("The PDF could not be made. Try again; if it happens again, see the log.")


def weight(document: common.Document) -> int:
    """How much there is to lay out: blocks and table rows."""
    total = 0
    for section in document.sections:
        total += len(section.blocks)
        total += sum(len(block.rows) for block in section.blocks if isinstance(block, common.Table))
    return total


def render(document: common.Document, report=None) -> bytes:
    """The PDF of the document, rendered in a child process. report(done,
    total, page) is called here as the child goes on, and at least every
    0.05 s (with the last figures) so that it can raise to stop: the child
    is then killed and nothing is left of it."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=True)
    process = context.Process(target=_child, args=(theirs,), name="shelter-pdf", daemon=True)
    process.start()
    theirs.close()
    last = (0, 0, 0)
    try:
        for part in _parts(document):
            ours.send(part)
        while True:
            if report is not None:
                report(*last)
            if not ours.poll(_POLL):
                if not process.is_alive() and not ours.poll(0):
                    raise _failed()
                continue
            try:
                kind, payload = ours.recv()
            except (EOFError, OSError):
                raise _failed() from None
            if kind == "progress":
                last = payload
            elif kind == "done":
                return payload
            else:
                raise payload
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        ours.close()


@contextlib.contextmanager
def in_child(report=None):
    """While the block runs on this thread, common.render_pdf renders every
    document but a small one in a child process (render above)."""

    def renderer(document: common.Document) -> bytes:
        if weight(document) < SMALL:
            return common.render_here(document)  # with this thread's common.reporting, if any
        return render(document, report)

    with common.rendering(renderer):
        yield


_BATCH = 200  # blocks or table rows pickled at a time


def _parts(document: common.Document):
    """The document in small parts: pickling holds the interpreter for as long
    as it takes, and a batch of plans pickled whole held the window still."""
    yield ("document", dataclasses.replace(document, sections=[]))
    for section in document.sections:
        yield ("section", dataclasses.replace(section, blocks=[]))
        batch: list = []
        for block in section.blocks:
            if isinstance(block, common.Table) and len(block.rows) > _BATCH:
                if batch:
                    yield ("blocks", batch)
                    batch = []
                yield ("blocks", [dataclasses.replace(block, rows=[])])
                for start in range(0, len(block.rows), _BATCH):
                    yield ("rows", block.rows[start:start + _BATCH])
                continue
            batch.append(block)
            if len(batch) >= _BATCH:
                yield ("blocks", batch)
                batch = []
        if batch:
            yield ("blocks", batch)
    yield ("end", None)


def _assemble(conn) -> common.Document:
    document = None
    while True:
        kind, value = conn.recv()
        if kind == "document":
            document = value
        elif kind == "section":
            document.sections.append(value)
        elif kind == "blocks":
            document.sections[-1].blocks.extend(value)
        elif kind == "rows":
            document.sections[-1].blocks[-1].rows.extend(value)
        else:
            return document


def _child(conn) -> None:
    """The child's side: one document in, its PDF (or the error) out."""
    try:
        document = _assemble(conn)
        last = [0.0]

        def report(done: int, total: int, page: int) -> None:
            now = time.monotonic()
            if now - last[0] >= _PROGRESS_EVERY:
                last[0] = now
                conn.send(("progress", (done, total, page)))

        with common.reporting(report):
            data = common.render_here(document)
        conn.send(("done", data))
    except BaseException as exc:  # noqa: BLE001 - every error goes back to the parent
        try:
            pickle.loads(pickle.dumps(exc))
            conn.send(("error", exc))
        except Exception:  # noqa: BLE001 - an exception that cannot travel
            conn.send(("error", _failed()))
    finally:
        conn.close()
