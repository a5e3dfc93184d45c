"""Score the cleaner on the dev seeds with shared/tools/score_seeds.py, through the real CLI.

Usage: python benchmarks/clean.py [--data ../shared]

The pages are ingested with a manifest carrying what the seeds' gold says a crawler gave
(`given`: e.g. the publication date), as a user's crawl would; the run without the manifest
is printed too. Last line: one JSON object.
"""

from __future__ import annotations

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from benchmarks.common import emit, shared_dir, table  # noqa: E402

NEWSLEDGER = str(Path(sys.executable).with_name("newsledger"))


def score(
    seeds: Path,
    use_manifest: bool,
    tmp: Path,
    annotate: bool = False,
    export_args: tuple[str, ...] = (),
    crossdoc: Path | None = None,
) -> dict[str, float | None]:
    """Ingest the seeds (with or without the manifest; annotated unless told not), export, score.

    ``crossdoc``: a crossdoc.json (events several pages report) scored with the seeds' gold.
    """
    db = tmp / f"seeds-{use_manifest}.duckdb"
    out = tmp / f"export-{use_manifest}"
    cmd = [NEWSLEDGER, "ingest", "--db", str(db), "--quiet"]
    if use_manifest:
        manifest = tmp / "manifest.jsonl"
        with manifest.open("w") as fh:
            for g in sorted((seeds / "gold").glob("*.json")):
                gold = json.loads(g.read_text())
                rec = {"path": str((seeds / gold["file"]).resolve()), **gold.get("given", {})}
                fh.write(json.dumps(rec) + "\n")
        cmd += ["--manifest", str(manifest)]
    else:
        cmd += sorted(str(p) for p in seeds.glob("*.txt"))
    if not annotate:
        cmd.append("--no-annotate")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [NEWSLEDGER, "export", "--db", str(db), "--out", str(out), *export_args],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    gold = seeds / "gold"
    if crossdoc is not None:  # the scorer reads pages next to its gold folder: link both
        gold = tmp / "seeds" / "gold"
        gold.mkdir(parents=True)
        for p in (seeds / "gold").glob("*.json"):
            (gold / p.name).symlink_to(p.resolve())
        for p in seeds.glob("*.txt"):
            (gold.parent / p.name).symlink_to(p.resolve())
        (gold / "crossdoc.json").symlink_to(crossdoc.resolve())
    res = subprocess.run(
        [
            sys.executable,
            str(seeds.parent / "tools" / "score_seeds.py"),
            "--export",
            str(out),
            "--gold",
            str(gold),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", help="the shared/ folder [default: ../shared]")
    args = ap.parse_args()
    seeds = shared_dir(args.data) / "seeds"
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        with_manifest = score(seeds, True, tmp)
        without = score(seeds, False, tmp)
    keys = [
        "clean_f1",
        "body_recall",
        "noise_removed",
        "joins",
        "segmentation",
        "title",
        "published",
        "authors_f1",
    ]
    table(
        [(k, str(with_manifest.get(k)), str(without.get(k))) for k in keys],
        ("metric", "with manifest", "pages alone"),
    )
    emit(
        "clean",
        f"seeds-{len(list((seeds / 'gold').glob('*.json')))}",
        **{k: with_manifest.get(k) for k in keys},
        without_manifest={k: without.get(k) for k in keys},
    )


if __name__ == "__main__":
    main()
