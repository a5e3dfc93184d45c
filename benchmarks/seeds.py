"""The whole pipeline on the dev seeds: ingest, annotate, export, score_seeds.py.

Usage: python benchmarks/seeds.py [--data ../shared]

Runs the real CLI on ../shared/seeds (with the manifest of what a crawler gave, as
benchmarks/clean.py does) and prints every figure the scorer gives: cleaning, events and
quotes; quote figures also for `export --quotes all`, and the main figures for the pages
alone, without the manifest (dates from the pages themselves). Last line: one JSON object.
"""

from __future__ import annotations

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks.clean import score  # noqa: E402
from benchmarks.common import emit, shared_dir, table  # noqa: E402

TARGETS = {
    "clean_f1": ">= 0.97",
    "events_f1": ">= 0.75",
    "events_recall": "",
    "events_precision": "",
    "quotes_recall": ">= 0.95",
    "quotes_precision": ">= 0.90",
    "quote_speaker_acc": ">= 0.95",
    "crossdoc_merged": "",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", help="the shared/ folder [default: ../shared]")
    ap.add_argument(
        "--crossdoc",
        default=str(Path(__file__).resolve().parent / "data" / "seeds_crossdoc.json"),
        help="events several seed pages report, scored as crossdoc_merged [default: benchmarks/data/seeds_crossdoc.json]",
    )
    args = ap.parse_args()
    seeds = shared_dir(args.data) / "seeds"
    with tempfile.TemporaryDirectory() as t:
        got = score(seeds, True, Path(t), annotate=True, crossdoc=Path(args.crossdoc))
    with tempfile.TemporaryDirectory() as t:
        every = score(seeds, True, Path(t), annotate=True, export_args=("--quotes", "all"))
    with tempfile.TemporaryDirectory() as t:
        bare = score(seeds, False, Path(t), annotate=True)  # pages only, as the before-stop hook runs
    rows = [(k, str(got.get(k)), v) for k, v in TARGETS.items()]
    rows.append(("quotes_precision (--quotes all)", str(every.get("quotes_precision")), ""))
    for k in ("published", "events_f1", "quotes_precision"):
        rows.append((f"{k} (no manifest)", str(bare.get(k)), ""))
    table(rows, ("metric", "value", "target"))
    emit(
        "seeds",
        f"seeds-{len(list((seeds / 'gold').glob('*.json')))}",
        **{k: got.get(k) for k in TARGETS},
        quotes_all={k: every.get(k) for k in ("quotes_recall", "quotes_precision", "quote_speaker_acc")},
        no_manifest={k: bare.get(k) for k in ("published", "events_f1", "quotes_recall", "quotes_precision")},
    )


if __name__ == "__main__":
    main()
