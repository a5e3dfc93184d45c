"""A pool of sandboxed page workers: a time limit per page, dead or hung workers replaced.

Parsers can loop for minutes or crash in C code, so every page runs in a worker process.
The parent sends one page at a time to each worker and waits on all of them at once; a
worker that runs past the page's time limit is killed, one that dies is noticed by its
process sentinel, and either way the page is reported as failed and a fresh worker started.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from newsledger.model import Failure, PageResult, RawPage
from newsledger.settings import Settings

RETRY_REASONS = frozenset({"timeout", "worker_crashed"})


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (a killed ingest leaves no orphans)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers still exit when their pipe closes
        pass


def _worker_main(conn: Connection, settings: Settings) -> None:
    from newsledger.ingest.page import PageProcessor

    _die_with_parent()

    process = PageProcessor(settings)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if msg is None:
            return
        try:
            conn.send(process(msg))
        except KeyboardInterrupt:
            return


@dataclass
class _Worker:
    proc: BaseProcess
    conn: Connection
    task: RawPage | None = None
    started: float = 0.0


class WorkerPool:
    """Run pages through ``jobs`` worker processes, each page under ``timeout`` seconds."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ctx = mp.get_context("forkserver")
        self.ctx.set_forkserver_preload(["newsledger.ingest.page"])
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.settings), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _kill(self, w: _Worker) -> None:
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)
        w.conn.close()

    def close(self) -> None:
        """Stop every worker (politely, then by force)."""
        for w in self.workers:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
        deadline = time.monotonic() + 2
        for w in self.workers:
            w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            self._kill(w)
        self.workers = []

    def run(self, pages: Iterable[RawPage]) -> Iterator[tuple[RawPage, PageResult]]:
        """Yield ``(page, result)`` per page, in completion order, failures included."""
        it = iter(pages)
        self.workers = [self._spawn() for _ in range(max(1, self.settings.jobs))]
        exhausted = False
        timeout = self.settings.page_timeout
        try:
            while True:
                for i, w in enumerate(self.workers):
                    if w.task is None and not exhausted:
                        nxt = next(it, None)
                        if nxt is None:
                            exhausted = True
                            break
                        try:
                            w.conn.send(nxt)
                        except (OSError, ValueError):  # worker died between pages
                            self._kill(w)
                            self.workers[i] = w = self._spawn()
                            w.conn.send(nxt)
                        w.task, w.started = nxt, time.monotonic()
                busy = [w for w in self.workers if w.task is not None]
                if not busy:
                    return
                now = time.monotonic()
                wait_for = max(0.01, min(w.started + timeout for w in busy) - now)
                ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=wait_for))
                for i, w in enumerate(self.workers):
                    if w.task is None:
                        continue
                    task = w.task
                    if w.conn in ready:
                        try:
                            result = w.conn.recv()
                        except (EOFError, OSError):
                            result = None
                        if isinstance(result, PageResult):
                            w.task = None
                            yield task, result
                            continue
                    if w.conn in ready or w.proc.sentinel in ready:
                        w.proc.join(timeout=2)  # reap it, so its exit code is known
                        code = w.proc.exitcode
                        yield (
                            task,
                            _failed(
                                task,
                                "worker_crashed",
                                f"the worker parsing this page died (exit code {code}); it was replaced",
                            ),
                        )
                    elif time.monotonic() - w.started > timeout:
                        yield (
                            task,
                            _failed(
                                task,
                                "timeout",
                                f"parsing took longer than {timeout:g} s; the worker was stopped and replaced",
                            ),
                        )
                    else:
                        continue
                    self._kill(w)
                    self.workers[i] = self._spawn()
        finally:
            self.close()


def _failed(raw: RawPage, reason: str, message: str) -> PageResult:
    return PageResult(
        source=raw.source, failure=Failure(source=raw.source, stage="ingest", reason=reason, message=message)
    )
