"""Where the annotate stage spends its time: the parse, then each stage after it.

Usage: python benchmarks/pipeline.py [--data ../shared] [--articles 120]

Runs the real NLP pipeline (one process) and ``Annotator`` on PolNeAR dev texts, with each
article's publication date from the metadata, and prints seconds per stage. The issues'
budgets are ratios measured in the same run: quote extraction against the pipeline before
it (parse, sentences, actors, time), event coding against everything before it. Last line:
one JSON object.
"""

from __future__ import annotations

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import csv  # noqa: E402
import datetime as dt  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks.common import emit, shared_dir, table  # noqa: E402
from newsledger.model import Article  # noqa: E402
from newsledger.nlp.annotator import Annotator  # noqa: E402
from newsledger.nlp.pipeline import NlpPipeline  # noqa: E402
from newsledger.settings import Settings  # noqa: E402


def load_articles(root: Path, limit: int) -> list[Article]:
    """PolNeAR texts with their publication dates (dev first, then train)."""
    dates: dict[str, dt.date] = {}
    with (root / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            try:
                dates[row["filename"]] = dt.date.fromisoformat(row["publication_date"])
            except ValueError:
                continue
    files = sorted((root / "dev" / "text").glob("*.txt")) + sorted((root / "train" / "text").glob("*.txt"))
    out = []
    for f in files[:limit]:
        text = f.read_text(encoding="utf-8")
        out.append(Article(id=f.stem, page_id=f.stem, source=f.name, text=text, published=dates.get(f.stem)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", help="the shared/ folder [default: ../shared]")
    ap.add_argument("--articles", type=int, default=120, help="how many PolNeAR texts [default: 120]")
    args = ap.parse_args()
    root = shared_dir(args.data) / "benchmarks" / "quotes" / "polnear"
    articles = load_articles(root, args.articles)
    settings = Settings(jobs=1)
    nlp = NlpPipeline(settings)
    annotate = Annotator(settings, model=nlp.name)
    annotate(articles[0], nlp.doc(articles[0].text))  # warm up: tables, lazy imports
    annotate.seconds = dict.fromkeys(annotate.seconds, 0.0)
    started = time.perf_counter()
    counts = {"sentences": 0, "quotes": 0, "events": 0}
    for article, doc in nlp.annotate(iter(articles)):
        ann = annotate(article, doc)
        counts["sentences"] += len(ann.sentences)
        counts["quotes"] += len(ann.quotes)
        counts["events"] += len(ann.events)
    total = time.perf_counter() - started
    stages = {"parse": total - sum(annotate.seconds.values()), **annotate.seconds}
    before_quotes = sum(stages[s] for s in ("parse", "sentences", "actors", "time"))
    quote_share = stages["quotes"] / before_quotes
    event_share = stages["events"] / (before_quotes + stages["quotes"])
    table(
        [(k, f"{v:.2f}", f"{v / total:.1%}") for k, v in stages.items()]
        + [
            ("quotes / before", f"{quote_share:.1%}", "<= 20%"),
            ("events / before", f"{event_share:.1%}", "<= 30%"),
        ],
        ("stage", "seconds", "share"),
    )
    emit(
        "pipeline",
        f"polnear-{len(articles)}",
        articles=len(articles),
        **counts,
        seconds={k: round(v, 3) for k, v in stages.items()},
        articles_per_s=round(len(articles) / total, 2),
        quote_share=round(quote_share, 4),
        event_share=round(event_share, 4),
    )


if __name__ == "__main__":
    main()
