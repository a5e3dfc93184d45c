"""Shared fixtures: news pages generated in code, ingest and CLI runners, database readers.

Every page here is built from sentences written for these tests and seeded with
``random.Random(seed)``, so a failing test names a page that is the same on every run.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.actors.gazetteer import Gazetteer
from newsledger.ingest.run import IngestReport
from newsledger.ingest.run import ingest as run_ingest
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.settings import Settings
from newsledger.store.duck import Store

TESTS = Path(__file__).resolve().parent
NEWSLEDGER = Path(sys.executable).with_name("newsledger")

_TOWNS = [
    "Harwick",
    "Elmsford",
    "Port Galen",
    "Dunmore",
    "Castlebridge",
    "Ravensholm",
    "Lindenfeld",
    "Marrow Bay",
]
_BODIES = [
    "city council",
    "port authority",
    "water board",
    "school district",
    "county court",
    "transport agency",
]
_THINGS = [
    "the harbour wall",
    "a new bridge",
    "the library roof",
    "two bus routes",
    "the flood barrier",
    "a youth centre",
    "the tram depot",
    "the old market hall",
]
_PEOPLE = [
    "Maria Lindqvist",
    "Tomas Ferreira",
    "Grace Okafor",
    "Henrik Dahl",
    "Amira Haddad",
    "Owen Pritchard",
    "Lucia Marchetti",
    "Daniel Kowalski",
]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_SENTENCES = [
    "The {body} in {town} voted on {day} to set aside money for {thing}, which has been closed since the winter.",
    "Members of the {body} said the work would begin in the spring and take about {n} months to finish.",
    "{person}, who chairs the {body}, said the plan was the result of a long debate with residents.",
    "Some residents who spoke at the meeting asked why the decision had taken so long to be made.",
    "A spokesman for the {body} said that engineers had needed time to inspect {thing} before any vote.",
    "The budget also includes funds for new street lights and for repairs to the roads near the station.",
    "Shop owners in the centre of {town} said they hoped the work would not keep visitors away in summer.",
    "According to a report published by the {body}, the cost has risen by {n} per cent since last year.",
    "The mayor of {town} said the project was important for the fishing fleet and for families who live there.",
    "Opposition members said they would ask for an independent review of the costs before the work starts.",
    "It is the first time in {n} years that the {body} has approved a project of this size for {town}.",
    "Local newspapers had reported that the plan was in doubt after a dispute over the contract in {month}.",
]


def news_text(seed: int, *, paragraphs: int = 5) -> str:
    """Return a plain-text news page (title, byline, date, body) that is the same for a seed."""
    rng = random.Random(seed)
    town, body, thing = rng.choice(_TOWNS), rng.choice(_BODIES), rng.choice(_THINGS)
    fill = {
        "town": town,
        "body": body,
        "thing": thing,
        "person": rng.choice(_PEOPLE),
        "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday"]),
        "month": rng.choice(_MONTHS),
        "n": rng.randint(2, 40),
    }
    title = f"{town} {body} approves money for {thing}, report {seed} says"
    byline = f"By {rng.choice(_PEOPLE)}"
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}"
    paras = []
    for _ in range(paragraphs):
        picks = rng.sample(_SENTENCES, 3)
        paras.append(" ".join(s.format(**fill) for s in picks))
    paras.append(f"The {body} will meet again next month to discuss item number {seed} on its agenda.")
    return "\n\n".join([title, byline, date, *paras]) + "\n"


def news_html(seed: int, *, charset: str | None = "utf-8", extra_paragraph: str = "") -> str:
    """Return an HTML news page built from :func:`news_text`, with navigation around it."""
    title, byline, date, *paras = news_text(seed).strip().split("\n\n")
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>\n" for p in [*paras, extra_paragraph] if p)
    return (
        f"<!DOCTYPE html>\n<html><head>{meta}<title>{title}</title></head><body>\n"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>\n'
        f'<article><h1>{title}</h1>\n<p class="byline">{byline}</p>\n<p>{date}</p>\n{body}</article>\n'
        "<footer>Copyright 2024 Example Media. All rights reserved.</footer>\n</body></html>\n"
    )


def write_pages(folder: Path, n: int, *, start: int = 0, suffix: str = ".txt") -> list[Path]:
    """Write ``n`` distinct text pages into ``folder`` and return their paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"page-{i:04d}{suffix}"
        path.write_text(news_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def ingest(
    db: Path, paths: list[Path | str], *, manifest: Path | None = None, **settings: Any
) -> IngestReport:
    """Ingest into the database file ``db`` in this process (workers are real processes)."""
    settings.setdefault("jobs", 1)
    with Store(str(db)) as store:
        return run_ingest(
            [str(p) for p in paths], store, Settings(**settings), manifest=str(manifest) if manifest else None
        )


def query(db: Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Run a read query on ``db`` opened read-only and return rows as dicts."""
    with Store(str(db), read_only=True) as store:
        return store.query(sql, params or [])


def failures_by_reason(db: Path) -> dict[str, list[dict[str, Any]]]:
    """Return the stored failures grouped by reason."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in query(db, "SELECT source, stage, reason, message FROM failures ORDER BY source"):
        out.setdefault(row["reason"], []).append(row)
    return out


def cli_env(**extra: str) -> dict[str, str]:
    """Return an environment for running the real CLI: wide, plain output, tests importable."""
    env = dict(os.environ)
    env.update(
        {
            "COLUMNS": "200",
            "NO_COLOR": "1",
            "TERM": "dumb",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH", "")])),
        }
    )
    env.update(extra)
    return env


def run_cli(
    *args: str, cwd: Path | None = None, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``newsledger`` command and return its exit code and output."""
    return subprocess.run(
        [str(NEWSLEDGER), *args],
        cwd=cwd,
        env=cli_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="session")
def gzip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ``.txt.gz`` of 1 GiB of zeros (about 1 MB on disk), written in 1 MiB steps."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.txt.gz"
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS, 9, zlib.Z_RLE)
    zeros = bytes(1 << 20)
    with path.open("wb") as fh:
        for _ in range(1024):
            fh.write(comp.compress(zeros))
        fh.write(comp.flush())
    return path


@pytest.fixture
def pages_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder with three good text pages, one in a subfolder."""
    folder = tmp_path / "pages"
    write_pages(folder, 2)
    write_pages(folder / "sub", 1, start=2)
    yield folder


@pytest.fixture(scope="session")
def pipeline() -> NlpPipeline:
    """The real spaCy pipeline, loaded once per test process."""
    return NlpPipeline(Settings())


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The packaged actor gazetteer, loaded once per test process."""
    return Gazetteer.load()
