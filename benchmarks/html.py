"""Article-body benchmark: newsledger's HTML ingest against plain trafilatura on the same pages.

Usage: python benchmarks/html.py --pages DIR [--limit N]

DIR holds ``html/KEY.html.gz`` and ``ground-truth.json`` (``{KEY: {"articleBody", "url"}}``),
the layout of shared/benchmarks/html/scrapinghub/. The metric is the ScrapingHub article
extraction benchmark's: F1 over 4-gram shingles of ``\\w+`` tokens; per page TP, FP and FN
are normalised to sum to 1; precision and recall are averaged over pages; F1 is taken of the
two means. Prints a table to stderr and one JSON line (the result) last on stdout.
"""

import os
import sys

# This script is named like a stdlib module: keep its folder off the front of sys.path.
sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import trafilatura  # noqa: E402

from benchmarks.common import emit, table  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[str]:
    """Return the multiset of n-word shingles of ``text`` (``\\w+`` tokens)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(
        " ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def page_scores(truth: str, predicted: str) -> tuple[float, float]:
    """Return (precision, recall) of one page, the benchmark's way."""
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def score(truths: dict[str, str], predictions: dict[str, str]) -> dict[str, float]:
    """Return mean precision, mean recall and the F1 of the two means."""
    pairs = [page_scores(truths[k], predictions.get(k, "")) for k in truths]
    p = sum(x[0] for x in pairs) / len(pairs)
    r = sum(x[1] for x in pairs) / len(pairs)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def decode(data: bytes) -> str:
    """Decode a page the simple way (declared charset, else UTF-8) for the peer."""
    from newsledger.clean.htmlmeta import sniff_html_charset

    return data.decode(sniff_html_charset(data) or "utf-8", errors="replace")


def newsledger_runner() -> tuple[str, Callable[[str, bytes, str], str]]:
    """Return a description and a function (key, bytes, url) -> article text of the real path."""
    import importlib.util

    if importlib.util.find_spec("newsledger.ingest.page") is not None:
        from newsledger.ingest.page import PageProcessor
        from newsledger.model import PageMeta, RawPage

        # one processor for all pages, as a worker keeps one; every language the ingest can
        # tell is accepted (the benchmark has non-English pages; language policy is not scored)
        processor = PageProcessor(_settings())

        def run_ingest(key: str, data: bytes, url: str) -> str:
            raw = RawPage(source=f"{key}.html", data=data, format_hint="html", meta=PageMeta(url=url))
            result = processor(raw)
            return "\n".join(a.text for a in result.articles)

        return "ingest PageProcessor", run_ingest

    from newsledger import registry

    extractor = registry.get("html_extractors", "trafilatura.v1")
    try:
        cleaner = registry.get("cleaners", "rules.v1")
    except Exception:
        cleaner = None

    def run_extractor(key: str, data: bytes, url: str) -> str:
        extraction = extractor.extract(decode(data), url)
        text = "\n".join(extraction.paragraphs)
        if cleaner is None or not text:
            return text
        from newsledger.model import Document, content_id

        doc = Document(id=content_id(text), source=key, format="html", text=text, encoding="utf-8")
        return "\n".join(a.text for a in cleaner.clean(doc).articles)

    return ("extractor+cleaner" if cleaner else "extractor only"), run_extractor


def _settings() -> Any:
    """Return default ingest settings that accept every language the ingest can tell."""
    import dataclasses

    from newsledger.ingest.language import STOPWORDS
    from newsledger.settings import Settings

    return dataclasses.replace(Settings(), languages=(*STOPWORDS, "ja", "zh"))


def timed(
    pages: dict[str, tuple[bytes, str]], fn: Callable[[str, bytes, str], str]
) -> tuple[dict[str, str], float]:
    """Run ``fn`` on every page; return its outputs and pages per second."""
    out: dict[str, str] = {}
    start = time.perf_counter()
    for key, (data, url) in pages.items():
        out[key] = fn(key, data, url)
    elapsed = time.perf_counter() - start
    return out, len(pages) / elapsed if elapsed else float("inf")


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table and the JSON line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", required=True, help="folder with html/KEY.html.gz and ground-truth.json")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N pages (sorted keys)")
    ap.add_argument("--dump", default=None, help="write per-page outputs and scores to this JSON file")
    args = ap.parse_args(argv)
    folder = Path(args.pages)
    truth_all = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth_all)[: args.limit] if args.limit else sorted(truth_all)
    pages = {
        k: (gzip.decompress((folder / "html" / f"{k}.html.gz").read_bytes()), truth_all[k].get("url") or "")
        for k in keys
    }
    truths = {k: truth_all[k]["articleBody"] for k in keys}

    how, ours_fn = newsledger_runner()
    ours, ours_speed = timed(pages, ours_fn)
    decoded = {k: decode(d) for k, (d, _) in pages.items()}
    peer, peer_speed = timed(pages, lambda k, d, u: trafilatura.extract(decoded[k], url=u) or "")

    mine, theirs = score(truths, ours), score(truths, peer)
    peer_name = f"trafilatura {trafilatura.__version__}"
    table(
        [
            (f"newsledger ({how})", *map(str, mine.values()), f"{ours_speed:.1f}"),
            (peer_name, *map(str, theirs.values()), f"{peer_speed:.1f}"),
        ],
        ("system", "precision", "recall", "f1", "pages/s"),
    )
    print(f"{len(pages)} pages; speed vs peer {ours_speed / peer_speed:.2f}x", file=sys.stderr)
    if args.dump:
        Path(args.dump).write_text(
            json.dumps(
                {
                    k: {"ours": ours[k], "peer": peer[k], "scores": page_scores(truths[k], ours[k])}
                    for k in keys
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    emit(
        "html",
        str(folder),
        pages=len(pages),
        path=how,
        **mine,
        pages_per_s=round(ours_speed, 1),
        peers={peer_name: {**theirs, "pages_per_s": round(peer_speed, 1)}},
        speed_vs_peer=round(ours_speed / peer_speed, 2),
    )


if __name__ == "__main__":
    main()
