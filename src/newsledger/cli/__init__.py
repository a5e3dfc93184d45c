"""Command-line interface: one module per command, each a thin shell over a library call."""

from __future__ import annotations

from newsledger.cli import actors, annotate, articles, backends, export, ingest, show, stats  # noqa: F401  (registers commands)
from newsledger.cli.app import app


def main() -> None:
    """Run the newsledger command line."""
    app()
