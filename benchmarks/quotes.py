"""Score quote extraction on PolNeAR attributions (source, cue, content), with textacy as a peer.

Usage: benchmarks/quotes.py --gold DIR [--extractor rules.v1] [--errors N] [--limit N] [--part all|a|b]

DIR is a PolNeAR folder laid out like ``shared/benchmarks/quotes/polnear/dev/``: ``text/NAME.txt``
and ``attributions/NAME_ANNOTATOR.ann`` (brat standoff: ``Source``, ``Cue``, ``Content`` spans,
possibly discontinuous, tied by an ``Attribution`` event). Following the PolNeAR annotation
guidelines, an attribution's content keeps its quotation marks, and the content of a quote
split by its attribution is one discontinuous span; our quotes that share a cue are joined
the same way, a direct quote's span is widened to its marks, and a cue to the colon that
follows it ("said:"), as the guidelines count them.

Figures, micro-averaged over articles (an article with several annotation files counts each
file with weight 1/k, so it weighs as one):

- ``source_f1``, ``cue_f1``, ``content_f1``: exact match of the span (all its fragments),
  each distinct span of a role counted once per article;
- ``content_overlap_f1``: token overlap of contents; a predicted content scores the share of
  its tokens inside its best gold content (precision), a gold content the share of its tokens
  inside its best predicted content (recall);
- ``content_token_f1`` (shown, not a target): F1 of the article's content tokens taken
  together (every token inside some content), which weighs long quotations more.

The time share is quote extraction time over the time of what runs before it (parse and
actor resolution). textacy's ``direct_quotations`` runs on the same parses as a peer.

``--part a`` / ``--part b`` keep only the articles whose file name's ``zlib.crc32`` is even /
odd: a split the rules were not written on becomes a half to read errors on (a) and a half
only measured (b).
"""

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
import zlib  # noqa: E402
from collections import defaultdict  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

from spacy.tokens import Doc  # noqa: E402

from benchmarks.common import emit, table  # noqa: E402
from newsledger.actors.gazetteer import Gazetteer  # noqa: E402
from newsledger.actors.lexicon import Lexicon  # noqa: E402
from newsledger.actors.resolve import resolve_actors  # noqa: E402
from newsledger.clean.lines import plain_spaces  # noqa: E402
from newsledger.model import Article, Quote  # noqa: E402
from newsledger.nlp.pipeline import NlpPipeline  # noqa: E402
from newsledger.registry import get  # noqa: E402
from newsledger.settings import Settings  # noqa: E402

DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
WORD = re.compile(r"\w+|[^\w\s]")
MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"

Frags = tuple[tuple[int, int], ...]


@dataclass
class Attribution:
    """One attribution: its source, cue and content spans (each a tuple of fragments)."""

    source: Frags = ()
    cue: Frags = ()
    content: Frags = ()


@dataclass
class Counts:
    """Weighted counts for one role: matched, predicted, gold."""

    tp: float = 0.0
    pred: float = 0.0
    gold: float = 0.0

    def f1(self) -> float:
        """Return F1 of the counts (0 when nothing was predicted or expected)."""
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Overlap:
    """Weighted sums for token-overlap precision and recall."""

    p_sum: float = 0.0
    p_n: float = 0.0
    r_sum: float = 0.0
    r_n: float = 0.0

    def pr(self) -> tuple[float, float]:
        """Return the mean overlap precision and recall."""
        return (self.p_sum / self.p_n if self.p_n else 0.0, self.r_sum / self.r_n if self.r_n else 0.0)

    def f1(self) -> float:
        """Return F1 of the mean overlap precision and recall."""
        p, r = self.pr()
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """All figures of one system."""

    roles: dict[str, Counts] = field(
        default_factory=lambda: {k: Counts() for k in ("source", "cue", "content")}
    )
    overlap: Overlap = field(default_factory=Overlap)
    union: Counts = field(default_factory=Counts)

    def add(self, gold: list[Attribution], pred: list[Attribution], text: str, weight: float) -> None:
        """Add one annotation file's comparison with weight ``weight``."""
        for role in ("source", "cue", "content"):
            g = {getattr(a, role) for a in gold if getattr(a, role)}
            p = {getattr(a, role) for a in pred if getattr(a, role)}
            c = self.roles[role]
            c.tp += weight * len(g & p)
            c.pred += weight * len(p)
            c.gold += weight * len(g)
        gt = [tokens(text, a.content) for a in gold if a.content]
        pt = [tokens(text, a.content) for a in pred if a.content]
        g_all, p_all = frozenset().union(*gt), frozenset().union(*pt)
        self.union.tp += weight * len(g_all & p_all)
        self.union.pred += weight * len(p_all)
        self.union.gold += weight * len(g_all)
        for t in pt:
            if t:
                self.overlap.p_sum += weight * max((len(t & g) / len(t) for g in gt), default=0.0)
                self.overlap.p_n += weight
        for g in gt:
            if g:
                self.overlap.r_sum += weight * max((len(t & g) / len(g) for t in pt), default=0.0)
                self.overlap.r_n += weight


def tokens(text: str, frags: Frags) -> frozenset[int]:
    """Return the start offsets of the word tokens inside ``frags``."""
    out: set[int] = set()
    for a, b in frags:
        out.update(a + m.start() for m in WORD.finditer(text[a:b]))
    return frozenset(out)


def read_ann(path: Path) -> list[Attribution]:
    """Read the attributions of one brat ``.ann`` file."""
    spans: dict[str, Frags] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            # (a span's text may run over several lines: only the first holds the offsets)
            tid, info, _ = line.split("\t", 2)
            _, _, offsets = info.partition(" ")
            frags = tuple(
                sorted((int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";")))
            )
            spans[tid] = frags
        elif line.startswith("E") and "\t" in line:
            _, args = line.split("\t", 1)
            roles = dict(arg.split(":", 1) for arg in args.split())
            events.append(roles)
    out = []
    for ev in events:
        out.append(
            Attribution(
                source=spans.get(ev.get("Source", ""), ()),
                cue=spans.get(ev.get("Cue", ""), ()),
                content=spans.get(ev.get("Content", ""), ()),
            )
        )
    return out


def widen(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen a quote's inner span to its quotation marks when they sit right beside it."""
    while a > 0 and text[a - 1] in MARKS:
        a -= 1
    j = b + 1 if b < len(text) and text[b] in ",." and text[b + 1 : b + 2] in MARKS else b
    while j < len(text) and text[j] in MARKS and j - b < 3:
        j += 1
    return a, (j if j > b and text[j - 1] in MARKS else b)


def merge(frags: list[tuple[int, int]]) -> Frags:
    """Sort fragments and join those that touch or overlap."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(frags):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


def from_quotes(text: str, quotes: list[Quote]) -> list[Attribution]:
    """Group our quotes into attributions: quotes that share a cue are one attribution."""
    groups: dict[object, list[Quote]] = defaultdict(list)
    for q in quotes:
        key: object = (q.cue_start, q.cue_end) if q.cue_start is not None else q.id
        groups[key].append(q)
    out = []
    for qs in groups.values():
        q0 = qs[0]
        content = merge([widen(text, q.start, q.end) if q.kind == "direct" else (q.start, q.end) for q in qs])
        source: Frags = (
            ((q0.speaker_start, q0.speaker_end),)
            if q0.speaker_start is not None and q0.speaker_end is not None
            else ()
        )
        cue: Frags = ()
        if q0.cue_start is not None and q0.cue_end is not None:
            # PolNeAR counts the colon that introduces the words as part of the cue
            colon = text[q0.cue_end : q0.cue_end + 1] == ":" and q0.cue_end - q0.cue_start > 1
            cue = ((q0.cue_start, q0.cue_end + colon),)
        out.append(Attribution(source=source, cue=cue, content=content))
    return out


def textacy_attributions(doc: Doc) -> list[Attribution]:
    """Run textacy's direct quotation extractor; an unclosed quotation makes it give up."""
    from textacy.extract.triples import direct_quotations

    groups: dict[object, Attribution] = {}
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return []
    for t in triples:
        cue: Frags = ((t.cue[0].idx, t.cue[-1].idx + len(t.cue[-1])),) if t.cue else ()
        source: Frags = ((t.speaker[0].idx, t.speaker[-1].idx + len(t.speaker[-1])),) if t.speaker else ()
        content = (t.content[0].idx, t.content[-1].idx + len(t.content[-1]))
        key = cue or id(t)
        if key in groups:
            g = groups[key]
            groups[key] = Attribution(g.source, g.cue, merge([*g.content, content]))
        else:
            groups[key] = Attribution(source, cue, (content,))
    return list(groups.values())


def show_errors(name: str, text: str, gold: list[Attribution], pred: list[Attribution], limit: int) -> int:
    """Print gold attributions whose content no prediction overlaps, and vice versa."""
    shown = 0

    def s(frags: Frags) -> str:
        return " | ".join(text[a:b] for a, b in frags).replace("\n", " ")[:140]

    for g in gold:
        gt = tokens(text, g.content)
        best = max(pred, key=lambda p: len(tokens(text, p.content) & gt), default=None)
        ok = best is not None and best.source == g.source and best.content == g.content
        if not ok and shown < limit:
            print(f"GOLD {name[:30]} [{s(g.source)}] <{s(g.cue)}> {s(g.content)}", file=sys.stderr)
            if best is not None and tokens(text, best.content) & gt:
                print(f"  GOT [{s(best.source)}] <{s(best.cue)}> {s(best.content)}", file=sys.stderr)
            shown += 1
    for p in pred:
        pt = tokens(text, p.content)
        if not any(tokens(text, g.content) & pt for g in gold) and shown < limit:
            print(f"SPURIOUS {name[:30]} [{s(p.source)}] <{s(p.cue)}> {s(p.content)}", file=sys.stderr)
            shown += 1
    return shown


def main() -> None:
    """Run the extractor and the textacy peer on a PolNeAR folder; table on stderr, JSON last."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, help="PolNeAR folder with text/ and attributions/")
    ap.add_argument("--extractor", default="rules.v1", help="quote extractor [default: rules.v1]")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors on stderr [default: 0]")
    ap.add_argument(
        "--per-file", type=int, default=6, help="with --errors, at most N per article [default: 6]"
    )
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles [default: all]")
    ap.add_argument(
        "--part",
        choices=("all", "a", "b"),
        default="all",
        help="all articles, or those whose name's crc32 is even (a) or odd (b) [default: all]",
    )
    args = ap.parse_args()
    root = Path(args.gold)
    texts = sorted((root / "text").glob("*.txt"))
    if not texts:
        sys.exit(f"{root}/text: no .txt files")
    if args.part != "all":
        odd = args.part == "b"
        texts = [p for p in texts if zlib.crc32(p.name.encode("utf-8")) % 2 == odd]
    if args.limit:
        texts = texts[: args.limit]
    anns: dict[str, list[Path]] = defaultdict(list)
    for p in sorted((root / "attributions").glob("*.ann")):
        anns[p.stem.rsplit("_", 1)[0]].append(p)
    settings = Settings()
    nlp = NlpPipeline(settings)
    gaz = Gazetteer.load(None)
    lex = Lexicon.load(None)
    extractor = get("quote_extractors", args.extractor)
    ours, peer = Score(), Score()
    t_before = t_quotes = t_peer = 0.0
    shown = 0
    n_files = 0
    for path in texts:
        files = anns.get(path.stem, [])
        if not files:
            continue
        # the clean stage makes odd spaces plain; it keeps the length, so gold offsets hold
        text = plain_spaces(path.read_text(encoding="utf-8"))
        found = DATE.search(path.name)
        published = dt.date.fromisoformat(found.group(1)) if found else None
        article = Article(id=path.stem, page_id=path.stem, source=path.name, text=text, published=published)
        t0 = time.perf_counter()
        doc = nlp.doc(text)
        mentions, actors = resolve_actors(article, doc, gaz, lex)
        t1 = time.perf_counter()
        quotes = extractor.extract(article, doc, mentions=mentions, actors=actors)
        t2 = time.perf_counter()
        theirs = textacy_attributions(doc)
        t3 = time.perf_counter()
        t_before += t1 - t0
        t_quotes += t2 - t1
        t_peer += t3 - t2
        pred = from_quotes(text, quotes)
        for ann in files:
            gold = read_ann(ann)
            ours.add(gold, pred, text, 1 / len(files))
            peer.add(gold, theirs, text, 1 / len(files))
            n_files += 1
            if args.errors and shown < args.errors and ann == files[0]:
                shown += show_errors(path.stem, text, gold, pred, min(args.per_file, args.errors - shown))
    rows = []
    for name, sc in ((f"newsledger {args.extractor}", ours), ("textacy direct_quotations", peer)):
        rows.append(
            (
                name,
                f"{sc.roles['source'].f1():.3f}",
                f"{sc.roles['cue'].f1():.3f}",
                f"{sc.roles['content'].f1():.3f}",
                f"{sc.overlap.f1():.3f}",
                "{:.3f} / {:.3f}".format(*sc.overlap.pr()),
                f"{sc.union.f1():.3f}",
                f"{sc.roles['content'].pred:.0f} / {sc.roles['content'].gold:.0f}",
            )
        )
    table(
        rows,
        (
            "system",
            "source F1",
            "cue F1",
            "content F1",
            "overlap F1",
            "overlap P / R",
            "token F1",
            "pred / gold",
        ),
    )
    share = t_quotes / t_before if t_before else 0.0
    print(
        f"time: parse+actors {t_before:.1f}s, quotes {t_quotes:.2f}s ({share:.1%}), textacy {t_peer:.2f}s",
        file=sys.stderr,
    )
    emit(
        "quotes",
        f"polnear:{root.name}" + ("" if args.part == "all" else f":{args.part}"),
        articles=len(texts),
        part=args.part,
        annotation_files=n_files,
        extractor=args.extractor,
        source_f1=round(ours.roles["source"].f1(), 4),
        cue_f1=round(ours.roles["cue"].f1(), 4),
        content_f1=round(ours.roles["content"].f1(), 4),
        content_overlap_f1=round(ours.overlap.f1(), 4),
        content_overlap_pr=[round(x, 4) for x in ours.overlap.pr()],
        content_token_f1=round(ours.union.f1(), 4),
        textacy={
            "source_f1": round(peer.roles["source"].f1(), 4),
            "cue_f1": round(peer.roles["cue"].f1(), 4),
            "content_f1": round(peer.roles["content"].f1(), 4),
            "content_overlap_f1": round(peer.overlap.f1(), 4),
            "content_token_f1": round(peer.union.f1(), 4),
        },
        time_share=round(share, 4),
        seconds_before=round(t_before, 2),
        seconds_quotes=round(t_quotes, 2),
        model=nlp.name,
    )


if __name__ == "__main__":
    main()
