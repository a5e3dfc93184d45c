"""Shared plumbing of the benchmarks: locating ../shared, printing a table and one JSON line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import newsledger

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"


def shared_dir(given: str | None) -> Path:
    """Return the shared/ folder (``--data``), failing with a clear message if it is absent."""
    path = Path(given) if given else DEFAULT_SHARED
    if not (path / "benchmarks").is_dir() and (path.parent / "benchmarks").is_dir():
        path = path.parent
    if not path.is_dir():
        sys.exit(f"{path}: no such folder; pass --data PATH/TO/shared")
    return path


def system_name() -> str:
    """Return the name and version of the system under test."""
    return f"newsledger {newsledger.__version__}"


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    """Print an aligned table to stderr (people read it; programs read the JSON line)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)), file=sys.stderr)


def emit(bench: str, data: str, **figures: Any) -> None:
    """Print the one JSON line that is the benchmark's result, last, to stdout."""
    out = {
        "bench": bench,
        "data": data,
        "system": system_name(),
        **figures,
        "date": dt.date.today().isoformat(),
    }
    print(json.dumps(out, default=str))
