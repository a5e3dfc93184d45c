"""Score in-article actor resolution on hand-annotated mentions in PolNeAR texts.

Usage: benchmarks/actors.py [--data ../shared] [--gold benchmarks/data/actors_gold.tsv] [--errors]

The gold file holds offsets and expected resolutions only; the texts are read from
``shared/benchmarks/quotes/polnear/{dev,train}/text/`` at run time (they are copyrighted).
Accuracy is reported per split as well: the dev articles are the ones the rules were
developed on, the train articles were annotated later and are the held-out figure. A gold
mention is matched to the system mention that overlaps it most. It is right when the
system gives the expected gazetteer id, or, for an actor the gazetteer lacks, an actor of
the expected kind and country that is not a gazetteer actor. ``accuracy`` is that share;
``kind_accuracy`` only asks the kind for such unknown actors. The publication date is the
one in the file name.
"""

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import csv  # noqa: E402
import datetime as dt  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks.common import HERE, emit, shared_dir, table  # noqa: E402
from newsledger.actors.gazetteer import Gazetteer  # noqa: E402
from newsledger.actors.lexicon import Lexicon  # noqa: E402
from newsledger.actors.resolve import resolve_actors  # noqa: E402
from newsledger.model import Article, Mention  # noqa: E402
from newsledger.nlp.pipeline import NlpPipeline  # noqa: E402
from newsledger.settings import Settings  # noqa: E402

TEXTS = "benchmarks/quotes/polnear"
SPLITS = ("dev", "train")
DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
# PolNeAR file names start with the outlet; the cleaner would name it from the page's URL.
OUTLETS = {
    "nyt": "The New York Times",
    "wash-post": "The Washington Post",
    "usa-today": "USA Today",
    "politico": "Politico",
    "huff-post": "HuffPost",
    "breitbart": "Breitbart",
    "west-journal": "The Western Journal",
}


@dataclass
class Gold:
    """One annotated mention: file, offsets, surface (cut to 40 chars), expected resolution."""

    file: str
    start: int
    end: int
    surface: str
    expect: str

    @property
    def unknown(self) -> bool:
        """Whether the gold names a kind and country rather than a gazetteer actor."""
        return ":" in self.expect


def read_batches(path: Path) -> dict[str, str]:
    """Read the ``#batch<TAB>label<TAB>file`` lines of the gold file: file -> batch label."""
    rows = (
        ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#batch\t")
    )
    return {r[2]: r[1] for r in rows if len(r) == 3}


def read_gold(path: Path) -> list[Gold]:
    """Read the gold TSV (``#`` comments, a header row)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Gold(r["file"], int(r["start"]), int(r["end"]), r["surface"], r["expect"]) for r in reader]


def best_match(g: Gold, mentions: list[Mention]) -> Mention | None:
    """Return the system mention overlapping ``g`` most (the shorter one on a tie)."""
    scored = [
        (min(g.end, m.end) - max(g.start, m.start), -(m.end - m.start), m)
        for m in mentions
        if m.start < g.end and g.start < m.end
    ]
    return max(scored, key=lambda t: (t[0], t[1]))[2] if scored else None


def judge(g: Gold, m: Mention | None, gaz: Gazetteer) -> tuple[bool, bool]:
    """Return (right, right in kind): the second relaxes the country of unknown actors."""
    if m is None:
        return False, False
    if not g.unknown:
        return m.actor_id == g.expect, m.actor_id == g.expect
    kind, country = g.expect.split(":")
    known = m.actor_id is not None and gaz.actor(m.actor_id) is not None
    ok_kind = m.kind == kind and not known
    return ok_kind and (m.country or "") == country, ok_kind


def describe(m: Mention | None) -> str:
    """Return a short form of what the system said."""
    if m is None:
        return "(no mention)"
    return f"{m.actor_id or '-'} {m.kind}:{m.country or ''} [{m.how}] {m.text[:30]!r}"


def main() -> None:
    """Resolve the annotated texts and print accuracy (table on stderr, JSON line last)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="the shared/ folder [default: ../shared]")
    ap.add_argument("--gold", default=str(HERE / "data" / "actors_gold.tsv"))
    ap.add_argument("--errors", action="store_true", help="list the wrong mentions on stderr")
    args = ap.parse_args()
    root = shared_dir(args.data) / TEXTS
    gold = read_gold(Path(args.gold))
    files = list(dict.fromkeys(g.file for g in gold))
    articles = []
    split_of: dict[str, str] = {}
    for f in files:
        split = next((s for s in SPLITS if (root / s / "text" / f).is_file()), None)
        if split is None:
            sys.exit(f"{f}: not found under {root}/{{{','.join(SPLITS)}}}/text")
        split_of[f] = split
        text = (root / split / "text" / f).read_text(encoding="utf-8")
        found = DATE.search(f)
        published = dt.date.fromisoformat(found.group(1)) if found else None
        outlet = OUTLETS.get(f.split("_", 1)[0])
        articles.append(Article(id=f, page_id=f, source=f, text=text, published=published, outlet=outlet))
    for g in gold:
        text = next(a.text for a in articles if a.id == g.file)
        if text[g.start : g.end][:40].replace("\t", " ").replace("\n", " ") != g.surface:
            sys.exit(
                f"{args.gold}: {g.file} {g.start}-{g.end} is {text[g.start : g.end]!r}, not {g.surface!r}"
            )
    gaz = Gazetteer.load()
    lex = Lexicon.load()
    nlp = NlpPipeline(Settings())
    started = time.perf_counter()
    mentions: dict[str, list[Mention]] = {}
    for article, doc in nlp.annotate(articles):
        mentions[article.id] = resolve_actors(article, doc, gaz, lex)[0]
    seconds = time.perf_counter() - started
    right = Counter[str]()
    total = Counter[str]()
    split_right = Counter[str]()
    split_total = Counter[str]()
    file_right = Counter[str]()
    batch_of = read_batches(Path(args.gold))
    batch_right = Counter[str]()
    batch_total = Counter[str]()
    file_total = Counter[str]()
    kind_right = 0
    for g in gold:
        m = best_match(g, mentions[g.file])
        ok, ok_kind = judge(g, m, gaz)
        group = "pronoun" if g.surface.lower() in lex.pronouns else "unknown" if g.unknown else "gazetteer"
        total[group] += 1
        right[group] += ok
        kind_right += ok_kind
        split_total[split_of[g.file]] += 1
        split_right[split_of[g.file]] += ok
        file_total[g.file] += 1
        file_right[g.file] += ok
        batch_total[batch_of.get(g.file, "?")] += 1
        batch_right[batch_of.get(g.file, "?")] += ok
        if args.errors and not ok:
            print(
                f"{g.file[:24]} {g.start:>5} {g.surface!r:<28} want {g.expect:<18} got {describe(m)}",
                file=sys.stderr,
            )
    n = sum(total.values())
    accuracy = sum(right.values()) / n
    rows = [(k, str(total[k]), f"{right[k] / total[k]:.3f}") for k in sorted(total)]
    rows += [
        (f"split {k}", str(split_total[k]), f"{split_right[k] / split_total[k]:.3f}")
        for k in SPLITS
        if split_total[k]
    ]
    batches = sorted(batch_total)
    rows += [(f"batch {b}", str(batch_total[b]), f"{batch_right[b] / batch_total[b]:.3f}") for b in batches]
    rows += [(f"  {f[:40]}", str(file_total[f]), f"{file_right[f] / file_total[f]:.3f}") for f in files]
    rows.append(("all", str(n), f"{accuracy:.3f}"))
    table(rows, ("mentions", "n", "accuracy"))
    emit(
        "actors",
        "polnear-hand",
        n=n,
        accuracy=round(accuracy, 4),
        by_split={k: round(split_right[k] / split_total[k], 4) for k in SPLITS if split_total[k]},
        n_by_split={k: split_total[k] for k in SPLITS if split_total[k]},
        by_batch={b: [batch_total[b], round(batch_right[b] / batch_total[b], 4)] for b in batches},
        by_article={f: [file_total[f], round(file_right[f] / file_total[f], 4)] for f in files},
        kind_accuracy=round(kind_right / n, 4),
        by_group={k: round(right[k] / total[k], 4) for k in sorted(total)},
        articles=len(files),
        model=nlp.name,
        seconds=round(seconds, 2),
    )


if __name__ == "__main__":
    main()
