"""`newsledger show`: one article's clean text, its actors and dates marked, or its page with removed lines."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsledger.cli.app import DB_HELP, app, console, err, open_store
from newsledger.store.duck import Store

# (start, end, style, note): one marked span of the article text
Mark = tuple[int, int, str, str]


def annotation_marks(store: Store, article_id: str) -> list[Mark]:
    """Return the article's actor mentions and time expressions as marks, if annotated."""
    have = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
    marks: list[Mark] = []
    if "mentions" in have:
        for m in store.query(
            'SELECT start, "end", actor_id, name, country FROM mentions WHERE article_id = ?', [article_id]
        ):
            who = m["actor_id"] or m["name"] or "?"
            note = who if not m["country"] or m["country"] == who else f"{who}, {m['country']}"
            marks.append((m["start"], m["end"], "bold cyan", note))
    if "time_exprs" in have:
        for t in store.query(
            'SELECT start, "end", type, value FROM time_exprs WHERE article_id = ?', [article_id]
        ):
            marks.append((t["start"], t["end"], "bold yellow", t["value"] or f"{t['type']}, unresolved"))
    return marks


def marked_text(text: str, marks: list[Mark]) -> str:
    """Rich markup of ``text`` with each mark styled and its note in braces after it.

    Marks are taken in order of their start; one that overlaps an earlier mark is left out.
    """
    out: list[str] = []
    pos = 0
    for start, end, style, note in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < pos or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        out.append(f"[{style}]{escape(text[start:end])}[/][dim]{{{escape(note)}}}[/]")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


@app.command(rich_help_panel="Read the ledger")
def show(
    article_id: Annotated[
        str, typer.Argument(help="article id, or its first characters", show_default=False)
    ],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    removed: Annotated[
        bool,
        typer.Option("--removed", help="show the whole page: removed lines struck through with their reason"),
    ] = False,
    annotate: Annotated[
        bool,
        typer.Option(
            "--annotate", "-a", help="mark actors {who, country} and time expressions {value} in the text"
        ),
    ] = False,
) -> None:
    """Show an article's metadata and clean text (one paragraph per line).

    Examples:
      newsledger show 3fa2c1
      newsledger show 3fa2c1 --annotate   actors and dates marked (after `newsledger annotate`)
      newsledger show 3fa2c1 --removed    the page, removed lines marked with why
    """
    with open_store(db) as store:
        art = store.find_article(article_id)
        if art is None:
            err.print(f"{escape(article_id)}: no article with this id; list them with `newsledger articles`")
            raise typer.Exit(1)
        page = store.query("SELECT text FROM pages WHERE id = ?", [art["page_id"]])
        marks = annotation_marks(store, art["id"]) if annotate else []
        gone = {
            r["line_no"]: r
            for r in store.query(
                "SELECT line_no, reason, detail FROM removed_lines WHERE page_id = ?", [art["page_id"]]
            )
        }
    console.print(f"[bold]{escape(art['title'] or '(no title)')}[/]")
    meta = [
        f"id {art['id']}",
        f"source {art['source']}",
        f"published {art['published'] or '-'} ({art['published_from'] or 'unknown'})",
        f"outlet {art['outlet'] or '-'}",
        f"authors {', '.join(art['authors'] or []) or '-'}",
    ]
    for m in meta:
        console.print(f"[dim]{escape(m)}[/]")
    console.print()
    if annotate:
        if not marks:
            err.print("no annotations for this article; run `newsledger annotate` first")
        console.print(marked_text(art["text"], marks))
        return
    if not removed:
        console.print(escape(art["text"]))
        return
    body = set(art["line_nos"] or [])
    for no, line in enumerate(page[0]["text"].split("\n") if page else [], start=1):
        if not line.strip():
            continue
        if no in gone:
            console.print(
                f"[dim]{no:4d}[/] [red strike]{escape(line)}[/]  [yellow]({escape(gone[no]['reason'])})[/]"
            )
        elif no in body:
            console.print(f"[dim]{no:4d}[/] {escape(line)}")
        else:
            console.print(f"[dim]{no:4d} {escape(line)}  (another article on this page)[/]")
