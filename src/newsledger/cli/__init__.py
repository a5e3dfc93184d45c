"""Command-line interface: one module per command, each a thin shell over a library call."""

from __future__ import annotations

from newsledger.cli import (  # noqa: F401  (registers commands)
    actors,
    annotate,
    articles,
    backends,
    events,
    export,
    ingest,
    quotes,
    show,
    stats,
    timeline,
)
from newsledger.cli.app import app


def main() -> None:
    """Run the newsledger command line."""
    app()
