"""Score a time tagger on TimeML gold (TempEval-3 TBAQ layout or MEANTIME) as TempEval-3 does.

Usage: benchmarks/time.py --gold ../shared/benchmarks/time/tbaq [--tagger rules.v1] [--errors [--context N]]

Figures, as in TempEval-3 (UzZaman et al. 2013) and its scorer: an expression matches
(relaxed) when its extent overlaps a gold one (one-to-one), strictly when the extents are
equal; relaxed and strict P/R/F1 over all system and gold expressions; type accuracy over
relaxed matches; value F1 is attribute F1: P = matches with the gold value / system
expressions, R = the same / gold expressions. The document creation time is given to the
tagger as its anchor and is not scored. MEANTIME annotates only the title and first five
sentences of each article (sentences 0-5, the dateline being sentence 1); only those are
tagged and scored.
"""

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import html  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from xml.etree import ElementTree  # noqa: E402

from benchmarks.common import emit, table  # noqa: E402


@dataclass
class Gold:
    """One gold expression: extent (character offsets), type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    """A gold document: plain text, anchor (DCT), gold expressions, spans not to score."""

    name: str
    text: str
    anchor: dt.date | None
    sentences: int
    gold: list[Gold] = field(default_factory=list)
    ignore: list[tuple[int, int]] = field(default_factory=list)


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SENT = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z])|\n\s*\n")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    if m := re.match(r"(\d{4})-?(\d\d)-?(\d\d)", value):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.match(r"(\d\d)-(\d\d)-(\d{4})$", value):  # one MEANTIME file: DD-MM-YYYY
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    return None


def _month_names() -> dict[str, int]:
    """Month names and abbreviations from the tagger's table (data/time/months.v1.tsv)."""
    from newsledger.time.tables import load_lexicon

    return load_lexicon().months


_MONTHS = _month_names()
_DATELINE = re.compile(
    r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d\d?)\s*,\s*(\d{4})", re.I
)


def _dateline(line: str) -> dt.date | None:
    """Return the date of a MEANTIME dateline ("April 27 , 2005"), for files without a DCT."""
    m = _DATELINE.search(line)
    return dt.date(int(m[3]), _MONTHS[m[1].lower()], int(m[2])) if m else None


def read_tml(path: Path) -> Doc:
    """Read a TimeML (.tml) file: the TEXT element's plain text and its TIMEX3s."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    anchor = _date(dict(_ATTR.findall(dct.group(1))).get("value")) if dct else None
    m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = m.group(1) if m else ""
    parts: list[str] = []
    n = 0
    pos = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[Gold] = []
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos : t.start()])
        parts.append(chunk)
        n += len(chunk)
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if not t.group(1):
            open_timex = (n, dict(_ATTR.findall(t.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            if n > start:
                gold.append(Gold(start, n, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    sentences = len(_SENT.findall(text.strip())) + 1
    return Doc(path.name, text, anchor, sentences, gold)


def read_meantime(path: Path, last_sentence: int = 5) -> Doc:
    """Read a MEANTIME CAT XML file: sentences 0..5 joined, tokens separated by spaces."""
    root = ElementTree.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    lines: list[str] = []
    n = 0
    cur = -1
    line: list[str] = []
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        if s > last_sentence:
            break
        if s != cur:
            if line:
                lines.append(" ".join(line))
                n += len(lines[-1]) + 1
            line, cur = [], s
        word = tok.text or ""
        start = n + sum(len(w) + 1 for w in line)
        offsets[tok.get("t_id", "")] = (start, start + len(word))
        line.append(word)
    if line:
        lines.append(" ".join(line))
    text = "\n".join(lines)
    gold: list[Gold] = []
    ignore: list[tuple[int, int]] = []
    anchor = None
    for tx in root.iter("TIMEX3"):
        spans = [offsets[a.get("t_id", "")] for a in tx.iter("token_anchor") if a.get("t_id", "") in offsets]
        if tx.get("functionInDocument") == "CREATION_TIME":
            anchor = _date(tx.get("value"))
            if spans:
                ignore.append((min(s for s, _ in spans), max(e for _, e in spans)))
            continue
        if not spans:
            continue
        gold.append(
            Gold(min(s for s, _ in spans), max(e for _, e in spans), tx.get("type", ""), tx.get("value", ""))
        )
    if anchor is None and len(lines) > 1:
        anchor = _dateline(lines[1])
    return Doc(path.name, text, anchor, len(lines), sorted(gold, key=lambda g: g.start), ignore)


def read_gold(folder: Path) -> list[Doc]:
    """Read every .tml (TimeML) or MEANTIME .xml file under ``folder``."""
    docs = [read_tml(p) for p in sorted(folder.rglob("*.tml"))]
    docs += [
        read_meantime(p)
        for p in sorted(folder.rglob("*.xml"))
        if p.stat().st_size and "<token " in p.read_text(encoding="utf-8")[:5000]
    ]
    return docs


@dataclass
class Counts:
    """Counts the TempEval-3 figures are computed from."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0


@dataclass(frozen=True)
class Pred:
    """One system expression: extent, type, value and the rule that found it."""

    start: int
    end: int
    type: str
    value: str | None
    rule: str = ""


@dataclass(frozen=True)
class Error:
    """A miss, an extra expression or a matched one with a wrong value or extent."""

    kind: str  # MISS, EXTRA, VALUE, EXTENT
    cause: str
    doc: Doc
    gold: Gold | None
    pred: Pred | None


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def _is_ref(value: str | None) -> bool:
    return bool(value) and str(value).endswith("_REF")


def cause(g: Gold, p: Pred) -> str:
    """Name the likely cause of a wrong value, from the two values' forms alone."""
    gv, pv = g.value, p.value or ""
    if not pv:
        return "unresolved (no value)"
    if g.type != p.type:
        return f"type {g.type} -> {p.type}"
    if _is_ref(gv) or _is_ref(pv):
        return "REF vs date" if not (_is_ref(gv) and _is_ref(pv)) else "REF kind"
    if g.type in ("DURATION", "SET"):
        return f"{g.type.lower()} amount or unit"
    if "X" in gv and "X" not in pv:
        return "gold underspecified (X)"
    if pv.startswith(gv):
        return "gold coarser"
    if gv.startswith(pv):
        return "gold finer"
    if _shape(gv) == _shape(pv):
        if gv[4:] == pv[4:]:
            return "year off (tense/anchor)"
        if gv[:4] == pv[:4] or len(gv) > 4:
            return "same unit, other period (tense/anchor)"
    return "other granularity"


def score(doc: Doc, pred: list[Pred], c: Counts, errors: list[Error] | None) -> None:
    """Add one document's matches to ``c`` (one-to-one overlap matching, TempEval-3)."""
    pred = [p for p in pred if not any(p.start < e and s < p.end for s, e in doc.ignore)]
    c.gold += len(doc.gold)
    c.system += len(pred)
    used: set[int] = set()
    for g in doc.gold:
        best, best_overlap = -1, 0
        for i, p in enumerate(pred):
            if i in used:
                continue
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best < 0:
            if errors is not None:
                kind = "REF" if _is_ref(g.value) else g.type
                errors.append(Error("MISS", f"missed {kind}", doc, g, None))
            continue
        used.add(best)
        p = pred[best]
        c.relaxed += 1
        c.strict += (p.start, p.end) == (g.start, g.end)
        c.type_ok += p.type == g.type
        c.value_ok += p.value == g.value
        if errors is None:
            continue
        if p.value != g.value:
            errors.append(Error("VALUE", cause(g, p), doc, g, p))
        elif (p.start, p.end) != (g.start, g.end):
            errors.append(Error("EXTENT", "extent only (value right)", doc, g, p))
    if errors is not None:
        for i, p in enumerate(pred):
            if i not in used:
                kind = "REF" if _is_ref(p.value) else p.type
                errors.append(Error("EXTRA", f"extra {kind}", doc, None, p))


def report_errors(errors: list[Error], context: int) -> None:
    """Print the errors grouped by cause (largest group first), then a count table."""
    groups: dict[str, list[Error]] = {}
    for e in errors:
        groups.setdefault(f"{e.kind} {e.cause}", []).append(e)
    order = sorted(groups, key=lambda k: (-len(groups[k]), k))
    for key in order:
        print(f"\n== {key} ({len(groups[key])})", file=sys.stderr)
        for e in groups[key]:
            d = e.doc
            span = (e.gold.start, e.gold.end) if e.gold else (e.pred.start, e.pred.end) if e.pred else (0, 0)
            gold = f"{d.text[e.gold.start : e.gold.end]!r} {e.gold.type} {e.gold.value}" if e.gold else "-"
            sys_ = (
                f"{d.text[e.pred.start : e.pred.end]!r} {e.pred.type} {e.pred.value} [{e.pred.rule}]"
                if e.pred
                else "-"
            )
            line = f"  {d.name}\t{d.anchor}\tgold {gold}\t| sys {sys_}"
            if context:
                left = d.text[max(0, span[0] - context) : span[0]]
                right = d.text[span[1] : span[1] + context]
                line += "\n      " + " ".join(f"{left}[[{d.text[span[0] : span[1]]}]]{right}".split())
            print(line, file=sys.stderr)
    print("\nerrors by cause", file=sys.stderr)
    rules: dict[str, dict[str, int]] = {}
    for key in order:
        for e in groups[key]:
            r = e.pred.rule if e.pred else "-"
            rules.setdefault(key, {})[r] = rules.setdefault(key, {}).get(r, 0) + 1
    rows = [
        (
            key,
            str(len(groups[key])),
            ", ".join(f"{r} {n}" for r, n in sorted(rules[key].items(), key=lambda x: -x[1])[:4]),
        )
        for key in order
    ]
    table(rows, ("cause", "n", "rules"))
    print(file=sys.stderr)


def _f1(ok: int, system: int, gold: int) -> tuple[float, float, float]:
    p = ok / system if system else 0.0
    r = ok / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    """Tag every gold document, print the TempEval-3 table and the JSON line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, help="folder of .tml files or MEANTIME .xml files")
    ap.add_argument("--tagger", default="rules.v1", help="time tagger [default: rules.v1]")
    ap.add_argument(
        "--errors", action="store_true", help="list misses, extras and wrong values by cause on stderr"
    )
    ap.add_argument("--context", type=int, default=0, help="with --errors, characters of context shown")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs, best kept [default: 3]")
    args = ap.parse_args()
    folder = Path(args.gold)
    docs = read_gold(folder)
    if not docs:
        sys.exit(f"{folder}: no .tml or MEANTIME .xml files found; pass a TimeML folder")
    from newsledger.time.rules import RulesTimeTagger

    tagger = RulesTimeTagger()
    preds = []
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        preds = [tagger.tag(d.text, article_id=d.name, anchor=d.anchor) for d in docs]
        best = min(best, time.perf_counter() - t0)
    c = Counts()
    errors: list[Error] | None = [] if args.errors else None
    for d, ps in zip(docs, preds, strict=True):
        if errors is None:
            score(d, [Pred(e.start, e.end, e.type, e.value) for e in ps], c, None)
        else:
            tagged = tagger.tag_with_rules(d.text, article_id=d.name, anchor=d.anchor)
            score(d, [Pred(e.start, e.end, e.type, e.value, r) for e, r in tagged], c, errors)
    if errors:
        report_errors(errors, args.context)
    sentences = sum(d.sentences for d in docs)
    rel = _f1(c.relaxed, c.system, c.gold)
    strict = _f1(c.strict, c.system, c.gold)
    val = _f1(c.value_ok, c.system, c.gold)
    typ = _f1(c.type_ok, c.system, c.gold)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    rows = [
        (name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
        for name, (p, r, f) in (
            ("relaxed extent", rel),
            ("strict extent", strict),
            ("type (attribute)", typ),
            ("value (attribute)", val),
        )
    ]
    table(rows, ("measure", "P", "R", "F1"))
    print(
        f"docs {len(docs)}, gold {c.gold}, system {c.system}, type accuracy {type_acc:.3f}, "
        f"value accuracy {c.value_ok / max(1, c.relaxed):.3f}, "
        f"{sentences} sentences in {best:.3f}s = {sentences / best:,.0f} sentences/s",
        file=sys.stderr,
    )
    emit(
        "time",
        folder.name,
        n=len(docs),
        gold=c.gold,
        tagger=args.tagger,
        relaxed_f1=round(rel[2], 4),
        strict_f1=round(strict[2], 4),
        type_acc=round(type_acc, 4),
        value_f1=round(val[2], 4),
        sentences_per_s=round(sentences / best),
    )


if __name__ == "__main__":
    main()
