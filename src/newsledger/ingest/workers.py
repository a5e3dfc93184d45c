"""A pool of sandboxed page workers: a time limit per page, dead or hung workers replaced.

Parsers can loop for minutes or crash in C code, so every page runs in a worker process.
The parent sends one page at a time to each worker and waits on all of them at once; a
worker that runs past the page's time limit is killed, one that dies is noticed by its
process sentinel, and either way the page is reported as failed and a fresh worker started.

A worker says READY once it has loaded its back ends, and only then gets a page: the time
limit counts the page's parsing, never a slow start on a loaded machine. Workers that die
or hang before they are ready are replaced a few times, then the run stops with a clear
error (a broken install or back end, not a bad page).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import time
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from newsledger.errors import BackendError
from newsledger.model import Failure, PageResult, RawPage
from newsledger.settings import Settings

RETRY_REASONS = frozenset({"timeout", "worker_crashed"})
READY = "ready"  # what a worker sends once its back ends are loaded
STARTUP_SECONDS = 120.0  # a worker not ready by then is stuck
STARTUP_FAILURES = 3  # workers that may fail to start in one run before it stops


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
    conn.send(READY)
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
    ready: bool = False


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
        return _Worker(proc, parent, started=time.monotonic())

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
        startup_failures = 0
        try:
            while True:
                for i, w in enumerate(self.workers):
                    if w.ready and w.task is None and not exhausted:
                        nxt = next(it, None)
                        if nxt is None:
                            exhausted = True
                            break
                        try:
                            w.conn.send(nxt)
                        except (OSError, ValueError):  # worker died between pages: retry the page later
                            self._kill(w)
                            self.workers[i] = self._spawn()
                            it = itertools.chain([nxt], it)
                            continue
                        w.task, w.started = nxt, time.monotonic()
                busy = [w for w in self.workers if w.task is not None]
                starting = [w for w in self.workers if not w.ready]
                if not busy and (exhausted or not starting):
                    return
                now = time.monotonic()
                deadlines = [w.started + timeout for w in busy] + [
                    w.started + STARTUP_SECONDS for w in starting
                ]
                wait_for = max(0.01, min(deadlines) - now)
                watched = busy + starting
                ready = set(
                    wait([w.conn for w in watched] + [w.proc.sentinel for w in watched], timeout=wait_for)
                )
                for i, w in enumerate(self.workers):
                    if not w.ready:
                        if self._started(w, ready):
                            continue
                        startup_failures += 1
                        if startup_failures > STARTUP_FAILURES:
                            raise BackendError(
                                self.settings.cleaner,
                                "workers_cannot_start",
                                f"{startup_failures} page workers died or hung before they were ready;"
                                " check the install and the back ends (`newsledger backends`)",
                            )
                        self._kill(w)
                        self.workers[i] = self._spawn()
                        continue
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

    @staticmethod
    def _started(w: _Worker, ready: Container[object]) -> bool:
        """Whether a starting worker is ready or still may be (False: it died or hung)."""
        if w.conn in ready:
            try:
                w.ready = w.conn.recv() == READY
            except (EOFError, OSError):
                return False
            return w.ready
        if w.proc.sentinel in ready:
            return False
        return time.monotonic() - w.started <= STARTUP_SECONDS


def _failed(raw: RawPage, reason: str, message: str) -> PageResult:
    return PageResult(
        source=raw.source, failure=Failure(source=raw.source, stage="ingest", reason=reason, message=message)
    )
