"""Ingest throughput (read, decode, clean, store) in pages/s per core on the PolNeAR texts.

Usage: python benchmarks/throughput.py [--data ../shared] [--jobs 1] [--limit N]

Runs the real ingest path (worker processes, one writer, a fresh DuckDB file) on the
PolNeAR train+dev article texts. As a reference in the same run it times a bare loop that
only reads and hashes the same files, so the ratio says what cleaning and storing cost.
Last line: one JSON object.
"""

from __future__ import annotations

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import hashlib  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks.common import emit, shared_dir, table  # noqa: E402
from newsledger.ingest.run import ingest  # noqa: E402
from newsledger.settings import Settings  # noqa: E402
from newsledger.store.duck import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", help="the shared/ folder [default: ../shared]")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes [default: 1]")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = ap.parse_args()
    root = shared_dir(args.data) / "benchmarks" / "quotes" / "polnear"
    files = sorted((root / "train" / "text").glob("*.txt")) + sorted((root / "dev" / "text").glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    t0 = time.perf_counter()
    for f in files:
        hashlib.sha256(f.read_bytes()).hexdigest()
    bare = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as t:
        listing = Path(t) / "pages"
        listing.mkdir()
        for f in files:  # a folder of links: the ingest reads the real files
            (listing / f.name).symlink_to(f)
        with Store(str(Path(t) / "tp.duckdb")) as store:
            report = ingest([str(listing)], store, Settings(jobs=args.jobs))
            articles = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
    per_core = report.rate / args.jobs
    table(
        [
            (
                "newsledger ingest",
                str(report.pages),
                f"{report.seconds:.2f}",
                f"{report.rate:.0f}",
                f"{per_core:.0f}",
            ),
            ("read+hash only", str(len(files)), f"{bare:.2f}", f"{len(files) / bare:.0f}", "-"),
        ],
        ("run", "pages", "seconds", "pages/s", "pages/s/core"),
    )
    emit(
        "throughput",
        f"polnear-train+dev-{len(files)}",
        pages=report.pages,
        articles=articles,
        failed=report.failed,
        jobs=args.jobs,
        pages_per_s=round(report.rate, 1),
        pages_per_s_per_core=round(per_core, 1),
        seconds=round(report.seconds, 2),
        read_hash_pages_per_s=round(len(files) / bare, 1),
    )


if __name__ == "__main__":
    main()
