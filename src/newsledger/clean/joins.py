"""Re-join sentences that scraping broke around hyperlinked names and titles.

Scrapers often put a linked name on a line of its own mid-sentence::

    After talks with her Kenyan counterpart
    Grace Otieno,
    Ugandan Trade Minister
    Paul Mukasa
    said the border would reopen ...

A line joins the one before it when that one is unfinished (no closing punctuation) and
either the line starts mid-sentence (lowercase, dash, comma), or it is a bare name and the
line before it ends where a name is expected (a lowercase word, a title such as "Minister",
a comma), or the line before is itself a bare name in an apposition (ends with a comma).
A blank line is a paragraph break and is never crossed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.clean.lines import Line, is_name_like, is_title_phrase

NO_SPACE_BEFORE = (",", ";", ":", ".", ")", "’s", "'s", "’", "!", "?")


@dataclass
class Block:
    """One paragraph: one or more page lines joined into running text."""

    lines: list[Line] = field(default_factory=list)
    text: str = ""
    view: Line | None = None  # features of the joined text, computed when first needed

    @property
    def first(self) -> Line:
        """The first page line of the paragraph."""
        return self.lines[0]

    @property
    def last(self) -> Line:
        """The last page line of the paragraph."""
        return self.lines[-1]

    @property
    def line_nos(self) -> tuple[int, ...]:
        """Page line numbers, in order."""
        return tuple(ln.no for ln in self.lines)

    def add(self, line: Line) -> None:
        """Append a line, with a space unless it starts with closing punctuation."""
        if not self.lines:
            self.text = line.text
        elif line.text.startswith(NO_SPACE_BEFORE):
            self.text += line.text
        else:
            self.text += " " + line.text
        self.lines.append(line)


def expects_name(line: Line, title_words: frozenset[str]) -> bool:
    """Whether an unfinished line ends where a name would follow."""
    text = line.text.rstrip()
    if text.endswith((",", "’s", "'s", "—", "–", "-", "(")):
        return True
    if not line.words:
        return False
    last = line.words[-1]
    if last[0].islower():  # "... with Russian counterpart", "... said that"
        return True
    tail = [w.lower().rstrip(".,") for w in line.words[-4:]]
    if tail[-1] in title_words:  # "Chinese Foreign Minister"
        return True
    if any(w in title_words for w in tail):  # "Foreign Minister", "Secretary of Defense"
        return not is_name_like(text)
    return False


def should_join(prev: Block, line: Line, title_words: frozenset[str]) -> bool:
    """Whether ``line`` continues the paragraph ``prev`` (see the module docstring)."""
    if line.blank_before or not prev.lines:
        return False
    last = prev.last
    if last.terminated and not last.text.endswith((":", "’", "'")):
        return False
    if last.text.endswith(":"):
        return False
    if line.starts_continuation:
        return True
    if (is_name_like(line.text) or is_title_phrase(line.text, title_words)) and expects_name(
        last, title_words
    ):
        return True
    # "Sergei Lavrov," + "Chinese Foreign Minister": an apposition continues
    return is_name_like(last.text) and last.text.rstrip().endswith(",") and len(prev.lines) > 1


def join_lines(lines: list[Line], title_words: frozenset[str], fixed: set[int]) -> list[Block]:
    """Group lines into paragraphs; lines whose number is in ``fixed`` always stand alone."""
    blocks: list[Block] = []
    for line in lines:
        prev = blocks[-1] if blocks else None
        if (
            prev is not None
            and line.no not in fixed
            and prev.last.no not in fixed
            and should_join(prev, line, title_words)
        ):
            prev.add(line)
            continue
        block = Block()
        block.add(line)
        blocks.append(block)
    return blocks
