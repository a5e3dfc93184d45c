"""Run an ingest: enumerate inputs, process pages in workers, store results in batches.

The calling process is the only one that writes to the database. Results are written in
batches (one transaction each) together with the fingerprints of the inputs they came
from, so an interrupted run, started again, skips what was stored and finishes the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from newsledger.ingest.sources import iter_inputs
from newsledger.ingest.workers import RETRY_REASONS, WorkerPool
from newsledger.model import Failure, PageResult, RawPage
from newsledger.settings import Settings
from newsledger.store.duck import Store, WriteCounts

BATCH_PAGES = 200
BATCH_SECONDS = 2.0


@dataclass
class IngestReport:
    """What an ingest did."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0  # finished by an earlier run
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[Failure] = field(default_factory=list)

    @property
    def pages(self) -> int:
        """Pages processed in this run."""
        return self.new + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        """Pages per second in this run."""
        return self.pages / self.seconds if self.seconds > 0 else 0.0


Listener = Callable[[RawPage | None, PageResult], None]


def _split(
    items: Iterator[RawPage | Failure], finished: set[str], report: IngestReport, early: list[PageResult]
) -> Iterator[RawPage]:
    for item in items:
        if isinstance(item, Failure):
            early.append(PageResult(source=item.source, failure=item))
        elif item.key and item.key in finished:
            report.skipped += 1
        else:
            yield item


def ingest(
    paths: list[str],
    store: Store,
    settings: Settings,
    *,
    manifest: str | None = None,
    on_result: Listener | None = None,
) -> IngestReport:
    """Ingest pages from ``paths`` (and a manifest) into ``store``; return the counts.

    ``on_result`` is called for each page as it finishes (progress display); a Ctrl-C
    stops the run after storing what is finished, and the report says so.
    """
    report = IngestReport()
    store.check_disk()
    finished = store.finished_keys()
    early: list[PageResult] = []
    pending: list[tuple[str, PageResult]] = []
    last_write = time.monotonic()
    start = time.monotonic()

    def flush() -> None:
        nonlocal last_write
        if pending:
            counts = store.write(pending, retry_reasons=RETRY_REASONS)
            _tally(report, counts, pending)
            pending.clear()
        last_write = time.monotonic()

    pool = WorkerPool(settings)
    try:
        for raw, result in pool.run(_split(iter_inputs(paths, manifest), finished, report, early)):
            while early:
                res = early.pop(0)
                pending.append(("", res))
                if on_result:
                    on_result(None, res)
            pending.append((raw.key, result))
            if on_result:
                on_result(raw, result)
            if len(pending) >= BATCH_PAGES or time.monotonic() - last_write > BATCH_SECONDS:
                flush()
        for res in early:
            pending.append(("", res))
            if on_result:
                on_result(None, res)
        flush()
    except KeyboardInterrupt:
        report.interrupted = True
        pool.close()
        flush()
    report.seconds = time.monotonic() - start
    return report


def _tally(report: IngestReport, counts: WriteCounts, batch: list[tuple[str, PageResult]]) -> None:
    report.new += counts.new
    report.unchanged += counts.unchanged
    report.failed += counts.failed
    report.failures.extend(r.failure for _, r in batch if r.failure is not None)
