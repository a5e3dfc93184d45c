"""`newsledger backends`: list the registered back ends of each kind."""

from __future__ import annotations

from rich.table import Table

from newsledger import registry
from newsledger.cli.app import app, console


@app.command(rich_help_panel="Configure")
def backends() -> None:
    """List the back ends installed for each stage (choose one with its flag, e.g. --cleaner).

    Example: newsledger backends

    Back ends register through entry points (group newsledger_<kind>), ours included.
    """
    table = Table("kind", "names", header_style="bold")
    for kind in registry.KINDS:
        table.add_row(kind.replace("_", " "), ", ".join(registry.names(kind)) or "-")
    console.print(table)
