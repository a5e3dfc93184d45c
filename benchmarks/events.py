"""Score an event coder on CAMEO PentaClass sentences and on the PLOVER gold standard records.

Usage:
  benchmarks/events.py --cameo-class ../shared/benchmarks/events/conflibert-cameo/class_train.tsv
  benchmarks/events.py --plover ../shared/benchmarks/events/plover/PLOVER_GSR_CAMEO.txt
  benchmarks/events.py --seeds ../shared/seeds   (articles as the pipeline codes them; score_seeds.py)
  (all may be given; --coder names the back end, default rules.v1; --errors N prints misses)
  --split both scores the CAMEO file in two halves fixed by a hash of the sentence: dev (70%),
  whose misses --errors prints, and check (30%), which is only measured, never read.

CAMEO PentaClass (ConfliBERT): one sentence and a class per line (0 statement, 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict). Each sentence
is run through the real pipeline (spaCy, actor resolution, time tagger) and the coder in
sentence mode (its strongest trigger, actors optional); the PLOVER type maps to its CAMEO
quad class (``data/events/types.v1.tsv``), a negated cooperation is verbal conflict (a
refusal), and a sentence with no event is class 0. Accuracy and macro-F1 are printed next to
a TF-IDF + logistic-regression baseline, 5-fold cross-validated on the same file.

PLOVER GSR: the records of PLOVER_GSR_CAMEO.txt (PLOVER 0.5 names mapped to the 2021
categories: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT);
type accuracy over all records, actor (recipient) accuracy over records whose gold source
(target) has a code: the coded actor's countries overlap the gold codes.

Timing: the share of event coding in the time of the pipeline before it (spaCy, actors,
time expressions) over all sentences scored.
"""

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
import zlib  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from benchmarks.common import emit, table  # noqa: E402
from newsledger.actors.gazetteer import Gazetteer  # noqa: E402
from newsledger.actors.lexicon import Lexicon  # noqa: E402
from newsledger.actors.resolve import resolve_actors  # noqa: E402
from newsledger.model import Article, Event  # noqa: E402
from newsledger.nlp.pipeline import NlpPipeline  # noqa: E402
from newsledger.registry import get  # noqa: E402
from newsledger.settings import Settings  # noqa: E402
from newsledger.time.rules import RulesTimeTagger  # noqa: E402

IGOS = frozenset(
    {"UN", "NATO", "EU", "AU", "ASEAN", "OPEC", "IAEA", "WHO", "IMF", "WTO", "ARL", "OSCE", "ICC"}
)
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CLASSES = ["statement", "verbal coop", "material coop", "verbal conflict", "material conflict"]
PUBLISHED: dt.date | None = None  # the sentences carry no date: relative dates stay unresolved


@dataclass
class Runner:
    """The pipeline before event coding, and the coder, with the time each takes."""

    coder_name: str
    t_pipeline: float = 0.0
    t_coder: float = 0.0
    n: int = 0
    parts: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.nlp = NlpPipeline(Settings())
        self.gaz, self.lex, self.tagger = Gazetteer.load(None), Lexicon.load(None), RulesTimeTagger()
        self.article_coder = get("event_coders", self.coder_name)  # as the pipeline runs it
        self.coder = get("event_coders", self.coder_name)
        if hasattr(self.coder, "dyads_only"):
            self.coder.dyads_only = False  # sentence mode: the main trigger, actors optional

    def run(self, text: str) -> list[Event]:
        t0 = time.perf_counter()
        art = Article(id=f"s{self.n}", page_id="p", source="bench", text=text, published=PUBLISHED)
        doc = self.nlp.doc(text)
        mentions, actors = resolve_actors(art, doc, self.gaz, self.lex)
        times = self.tagger.tag(text, article_id=art.id, anchor=PUBLISHED)
        t1 = time.perf_counter()
        events = self.coder.code(art, doc, mentions=mentions, actors=actors, times=times, quotes=[])
        t2 = time.perf_counter()
        self.t_pipeline += t1 - t0
        self.t_coder += t2 - t1
        self.n += 1
        return events


def top(events: list[Event]) -> Event | None:
    """The sentence's event: the first one coded (sentence mode codes one per sentence)."""
    return events[0] if events else None


# PLOVER category -> CAMEO PentaClass, by the CAMEO root codes the CAMEO->PLOVER table maps to
# each category: 01-02 statement and appeal (0), 03-05 intent, consult, diplomatic cooperation
# (1), 06-08 material cooperation, aid, yield (2), 09-16 investigate ... reduce relations (3),
# 17-20 coerce, assault, fight, mass violence (4); PROTEST (14) goes with material conflict, as
# in the PLOVER manual's quad categories and in this file's labels. REQUEST is an appeal (02, class 0) unless its
# score is negative or it is a reported 'must' (a demand, 10: class 3); a negated cooperation is a refusal (12: class 3);
# a hypothetical event is a policy option considered (014: class 0).
PENTA = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
    "REQUEST": 0, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 3,
    "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


def quad(e: Event | None) -> int:
    """The CAMEO PentaClass of a sentence's event (0 when there is none)."""
    if e is None:
        return 0
    q = PENTA.get(e.type, 0)
    if e.type == "REQUEST" and ((e.score or 0) < 0 or (e.mentions[0].trigger or "").startswith("must ")):
        return 3  # a demand (10), not an appeal (02): "X must withdraw"
    if e.modality == "hypothetical":
        return 0  # considering a policy option (014)
    if e.modality == "negated":
        return 3 if q in (1, 2) else 0
    if e.modality == "future" and q == 2:
        return 1  # an intention to cooperate (03)
    return q


def macro_f1(gold: list[int], pred: list[int]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, average="macro", labels=sorted(set(gold))))


def baseline(texts: list[str], gold: list[int]) -> tuple[float, float]:
    """TF-IDF + logistic regression, 5-fold cross-validated predictions on the file."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
        LogisticRegression(max_iter=2000, C=10.0),
    )
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    pred = [int(p) for p in cross_val_predict(model, texts, gold, cv=folds)]
    acc = sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gold)
    return acc, macro_f1(gold, pred)


def half(text: str) -> str:
    """The deterministic half a sentence belongs to: 'dev' (70%) or 'check' (30%), by its hash."""
    return "dev" if int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 100 < 70 else "check"


def held_out(texts: list[str], gold: list[int], train: list[bool]) -> tuple[float, float]:
    """TF-IDF + logistic regression trained on the dev half, scored on the check half."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
        LogisticRegression(max_iter=2000, C=10.0),
    )
    model.fit(
        [t for t, k in zip(texts, train, strict=True) if k],
        [g for g, k in zip(gold, train, strict=True) if k],
    )
    test_t = [t for t, k in zip(texts, train, strict=True) if not k]
    test_g = [g for g, k in zip(gold, train, strict=True) if not k]
    pred = [int(p) for p in model.predict(test_t)]
    return sum(p == g for p, g in zip(pred, test_g, strict=True)) / len(test_g), macro_f1(test_g, pred)


def scores(gold: list[int], pred: list[int]) -> tuple[float, float]:
    return sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gold), macro_f1(gold, pred)


def cameo(path: Path, runner: Runner, errors: int, split: str = "all") -> dict[str, Any]:
    """Score the PentaClass file; with ``split`` 'dev' or 'check' one hash half, with 'both' each half.

    Misses are printed for the dev half only when a split is asked for: the check half is for
    measuring, not for reading.
    """
    texts: list[str] = []
    gold: list[int] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        if split in ("dev", "check") and half(text) != split:
            continue
        texts.append(text)
        gold.append(int(label))
    if split == "both":
        return cameo_halves(texts, gold, runner, errors)
    pred = predict(texts, gold, runner, errors if split != "check" else 0, lambda _: True)
    acc = sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gold)
    f1 = macro_f1(gold, pred)
    b_acc, b_f1 = baseline(texts, gold)
    confusion = Counter(zip(gold, pred, strict=True))
    rows = [(str(g), CLASSES[g], *(str(confusion[g, p]) for p in range(5))) for g in range(5)]
    table(rows, ("gold", "class", "->0", "->1", "->2", "->3", "->4"))
    table(
        [("rules", f"{acc:.3f}", f"{f1:.3f}"), ("tfidf+lr (5-fold cv)", f"{b_acc:.3f}", f"{b_f1:.3f}")],
        ("system", "accuracy", "macro_f1"),
    )
    return {
        "sentences": len(gold),
        "accuracy": round(acc, 3),
        "macro_f1": round(f1, 3),
        "baseline_accuracy": round(b_acc, 3),
        "baseline_macro_f1": round(b_f1, 3),
    }


def predict(
    texts: list[str], gold: list[int], runner: Runner, errors: int, readable: Callable[[str], bool]
) -> list[int]:
    """Code each sentence and return its quad class; print up to ``errors`` misses of the
    sentences ``readable`` allows (never those of a half that is only measured)."""
    pred: list[int] = []
    shown = 0
    for text, g in zip(texts, gold, strict=True):
        e = top(runner.run(text))
        p = quad(e)
        pred.append(p)
        if p != g and shown < errors and readable(text):
            shown += 1
            what = f"{e.type}/{e.modality} {e.mentions[0].trigger!r}" if e else "-"
            print(f"gold {g} got {p} [{what}] {text[:160]}", file=sys.stderr)
    return pred


def cameo_halves(texts: list[str], gold: list[int], runner: Runner, errors: int) -> dict[str, Any]:
    """Rules on each hash half; the baseline cross-validated on dev and trained on dev for check."""
    pred = predict(texts, gold, runner, errors, lambda text: half(text) == "dev")
    is_dev = [half(t) == "dev" for t in texts]
    out: dict[str, Any] = {"sentences": len(gold)}
    rows = []
    for name in ("dev", "check"):
        keep = [(g, p) for g, p, d in zip(gold, pred, is_dev, strict=True) if d == (name == "dev")]
        acc, f1 = scores([g for g, _ in keep], [p for _, p in keep])
        out |= {
            f"{name}_sentences": len(keep),
            f"{name}_accuracy": round(acc, 3),
            f"{name}_macro_f1": round(f1, 3),
        }
        rows.append((f"rules, {name} half ({len(keep)})", f"{acc:.3f}", f"{f1:.3f}"))
    dev_t = [t for t, d in zip(texts, is_dev, strict=True) if d]
    dev_g = [g for g, d in zip(gold, is_dev, strict=True) if d]
    cv_acc, cv_f1 = baseline(dev_t, dev_g)
    ho_acc, ho_f1 = held_out(texts, gold, is_dev)
    rows += [
        ("tfidf+lr, 5-fold cv on dev", f"{cv_acc:.3f}", f"{cv_f1:.3f}"),
        ("tfidf+lr, trained on dev, check half", f"{ho_acc:.3f}", f"{ho_f1:.3f}"),
    ]
    table(rows, ("system", "accuracy", "macro_f1"))
    out |= {
        "baseline_dev_cv_accuracy": round(cv_acc, 3),
        "baseline_dev_cv_macro_f1": round(cv_f1, 3),
        "baseline_check_accuracy": round(ho_acc, 3),
        "baseline_check_macro_f1": round(ho_f1, 3),
    }
    return out


def codes(entities: Any) -> set[str]:
    return {str(x["code"]).upper() for x in entities or [] if isinstance(x, dict) and x.get("code")}


def ours(refs: Any) -> set[str]:
    """Our codes in the GSR's scheme: organisations with their own code (UN, NATO) are IGO."""
    out: set[str] = set()
    for r in refs:
        if r.country:
            igo = r.kind in ("organisation", "group") and not (len(r.country) == 3 and r.country.isalpha())
            out.add("IGO" if igo or r.country in IGOS else r.country)
    return out


def plover_part(record: dict[str, Any]) -> str:
    """The fixed part a record belongs to: 'a' (even) or 'b' (odd), by the CRC-32 of its id."""
    key = str(record.get("id") or record.get("text") or "")
    return "a" if zlib.crc32(key.encode("utf-8")) % 2 == 0 else "b"


def plover(path: Path, runner: Runner, errors: int, part: str = "all") -> dict[str, Any]:
    """Score the GSR records; ``part`` 'a' or 'b' keeps one half by :func:`plover_part`.

    Part a is for reading misses while developing, part b is only measured.
    """
    records = [
        r
        for r in json.loads(path.read_text(encoding="utf-8"))
        if r.get("text") and r["event"] != "DOCUMENT" and part in ("all", plover_part(r))
    ]
    ok = act_ok = act_n = rec_ok = rec_n = 0
    per_type: Counter[str] = Counter()
    per_type_ok: Counter[str] = Counter()
    shown = 0
    for r in records:
        want = OLD_NAMES.get(r["event"], r["event"])
        e = top(runner.run(r["text"]))
        got = e.type if e else None
        if e is not None and e.modality == "negated":
            got = "REJECT"  # PLOVER codes a refusal ("refused to deploy", "failed to reach") as REJECT
        per_type[want] += 1
        if got == want:
            ok += 1
            per_type_ok[want] += 1
        src, tgt = codes(r.get("source")), codes(r.get("target"))
        a_got = ours(e.actor) if e else set()
        r_got = ours(e.recipient) if e else set()
        a_hit, r_hit = bool(src & a_got), bool(tgt & r_got)
        if src:
            act_n += 1
            act_ok += a_hit
        if tgt:
            rec_n += 1
            rec_ok += r_hit
        miss = got != want or (src and not a_hit) or (tgt and not r_hit)
        if miss and shown < errors and plover_part(r) == "a":  # part b is measured, never read
            shown += 1
            trig = e.mentions[0].trigger if e else None
            print(
                f"gold {want} {sorted(src)}->{sorted(tgt)} got {got} {sorted(a_got)}->{sorted(r_got)}"
                f" [{trig!r}] {r['text'][:240]}",
                file=sys.stderr,
            )
    rows = [(t, str(per_type[t]), f"{per_type_ok[t] / per_type[t]:.2f}") for t in sorted(per_type)]
    table(rows, ("type", "records", "accuracy"))
    type_acc = ok / len(records)
    table(
        [(f"{type_acc:.3f}", f"{act_ok / max(act_n, 1):.3f}", f"{rec_ok / max(rec_n, 1):.3f}")],
        ("type_acc", "actor_acc", "recipient_acc"),
    )
    return {
        "plover_part": part,
        "records": len(records),
        "type_acc": round(type_acc, 3),
        "actor_acc": round(act_ok / max(act_n, 1), 3),
        "recipient_acc": round(rec_ok / max(rec_n, 1), 3),
    }


def seeds(folder: Path, runner: Runner) -> dict[str, Any]:
    """Clean the seed pages, run the pipeline and the coder, export, and score with score_seeds.py.

    A stand-in for the real export until the pipeline writes events.jsonl itself: the page's
    ``given`` publication date (in its gold file) is passed as page metadata, as a manifest would.
    """
    import subprocess
    import tempfile

    from newsledger.ingest.page import process_page
    from newsledger.model import PageMeta, RawPage
    from newsledger.quotes.rules import RulesQuoteExtractor

    extractor = RulesQuoteExtractor()
    rows: dict[str, list[str]] = {"articles": [], "events": [], "quotes": []}
    for path in sorted(folder.glob("*.txt")):
        gold = folder / "gold" / f"{path.stem}.json"
        given = json.loads(gold.read_text(encoding="utf-8")).get("given", {}) if gold.exists() else {}
        meta = (
            PageMeta(published=dt.date.fromisoformat(given["published"]))
            if given.get("published")
            else PageMeta()
        )
        result = process_page(RawPage(source=str(path), path=str(path), meta=meta), runner.nlp.settings)
        for art in result.articles:
            t0 = time.perf_counter()
            doc = runner.nlp.doc(art.text)
            mentions, actors = resolve_actors(art, doc, runner.gaz, runner.lex)
            times = runner.tagger.tag(art.text, article_id=art.id, anchor=art.published)
            try:
                quotes = extractor.extract(art, doc, mentions=mentions, actors=actors)
            except Exception as exc:  # quotes only give quote ids here; do not let them stop the run
                print(f"{path.name}: quotes failed ({exc!r}); coding without them", file=sys.stderr)
                quotes = []
            t1 = time.perf_counter()
            events = runner.article_coder.code(
                art, doc, mentions=mentions, actors=actors, times=times, quotes=quotes
            )
            runner.t_pipeline += t1 - t0
            runner.t_coder += time.perf_counter() - t1
            rows["articles"].append(art.model_dump_json())
            rows["quotes"] += [q.model_dump_json() for q in quotes]
            rows["events"] += [e.model_dump_json() for e in events]
    with tempfile.TemporaryDirectory() as tmp:
        for name, lines in rows.items():
            (Path(tmp) / f"{name}.jsonl").write_text("".join(x + "\n" for x in lines), encoding="utf-8")
        scorer = folder.parent / "tools" / "score_seeds.py"
        out = subprocess.run(
            [sys.executable, str(scorer), "--export", tmp, "--gold", str(folder / "gold"), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    scores = json.loads(out.stdout.strip().splitlines()[-1])
    figures = {k: scores.get(k) for k in ("events_precision", "events_recall", "events_f1")}
    table([tuple(str(v) for v in figures.values())], tuple(figures))
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cameo-class", type=Path, help="sentence<TAB>label file (ConfliBERT CAMEO PentaClass)")
    ap.add_argument("--plover", type=Path, help="PLOVER_GSR_CAMEO.txt (JSON records)")
    ap.add_argument(
        "--seeds", type=Path, help="dev seed folder (../shared/seeds): events_f1 via score_seeds.py"
    )
    ap.add_argument(
        "--split",
        choices=("all", "dev", "check", "both"),
        default="all",
        help="CAMEO file: score the whole file, one hash half (dev 70%%, check 30%%) or both halves",
    )
    ap.add_argument(
        "--plover-part",
        choices=("all", "a", "b"),
        default="all",
        help="PLOVER file: all records, or part a / b fixed by the CRC-32 of the record id (even a, odd b)",
    )
    ap.add_argument("--coder", default="rules.v1", help="event coder back end (default rules.v1)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses per benchmark to stderr")
    args = ap.parse_args()
    if not args.cameo_class and not args.plover and not args.seeds:
        ap.error("give --cameo-class FILE, --plover FILE and/or --seeds DIR")
    runner = Runner(args.coder)
    figures: dict[str, Any] = {"coder": args.coder}
    data: list[str] = []
    if args.cameo_class:
        figures.update(cameo(args.cameo_class, runner, args.errors, args.split))
        data.append(args.cameo_class.name)
    if args.plover:
        figures.update(plover(args.plover, runner, args.errors, args.plover_part))
        data.append(args.plover.name)
    if args.seeds:
        figures.update(seeds(args.seeds, runner))
        data.append("seeds")
    share = runner.t_coder / runner.t_pipeline if runner.t_pipeline else 0.0
    table(
        [(f"{runner.t_pipeline:.1f}", f"{runner.t_coder:.2f}", f"{share:.1%}")],
        ("pipeline_s", "events_s", "events/pipeline"),
    )
    figures.update(
        time_share=round(share, 3), pipeline_s=round(runner.t_pipeline, 2), events_s=round(runner.t_coder, 2)
    )
    emit("events", "+".join(data), **figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
