"""Find quoted spans in article text: straight, curly and guillemet marks, unbalanced or not.

A span runs from an opening mark to its closing mark within one paragraph (one line of
``Article.text``). A quotation left open at the end of a paragraph continues when the next
paragraph opens with a quotation mark (the newspaper convention for quotes that run over
several paragraphs); otherwise it ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the closing marks that end it
DOUBLE_OPEN: dict[str, str] = {
    "\u201c": '\u201d\u201c"',  # “ ... ” (a second “ is a typo for ”)
    "\u201e": "\u201c\u201d",  # „ ... “ (German) or „ ... ”
    "\u00ab": "\u00bb",  # « ... »
    "\u00bb": "\u00ab",  # » ... « (German and Scandinavian style)
    '"': '"\u201d',
}
# opening mark -> the closing marks of its own family only (no typo or mixed closers)
STRICT_CLOSE: dict[str, str] = {
    "\u201c": "\u201d",
    "\u201e": "\u201c\u201d",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    '"': '"',
}
DOUBLE_MARKS = frozenset('\u201c\u201d\u201e\u00ab\u00bb"')
SINGLE_OPEN: dict[str, str] = {"\u2018": "\u2019'", "'": "'\u2019", "\u2039": "\u203a"}
FILLER = "\x01"
ALL_MARKS = frozenset("\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019'\u2039\u203a")
ANY_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS)) + FILLER) + "]")


@dataclass(frozen=True)
class Quoted:
    """A quoted span: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    single: bool = False


def _is_word(ch: str) -> bool:
    return ch.isalnum()


# an apostrophe, not a quotation mark: a decade ('90s), a clipped "and" (rock 'n' roll)
ELISION = re.compile(r"['\u2018\u2019](?:\d\d(?:s\b|\b)|n['\u2019](?=\s))")
# inches after feet (6'2"): the double mark is a unit, not a quotation mark
INCHES = re.compile(r"\d['\u2019]\d{1,2}$")
# a dropped g (talkin', goin') before a space and a small letter, with a closing mark to come
DROPPED_G = re.compile(r"[a-z]{2,}in$")


def _dropped_g(text: str, i: int, hi: int, lo: int) -> bool:
    """Whether the mark at ``i`` ends a word with a dropped g inside a single-marked quote."""
    if not DROPPED_G.search(text, max(lo, i - 20), i) or not text[i + 1 : i + 3].startswith(" "):
        return False
    if not text[i + 2 : i + 3].islower():
        return False
    # another closing mark later in the paragraph: one not before a letter
    return any(
        text[j] in "'\u2019" and not text[j - 1].isspace() and not (j + 1 < hi and _is_word(text[j + 1]))
        for j in range(i + 2, hi)
    )


def _scan_paragraph(text: str, lo: int, hi: int, *, single: bool) -> list[tuple[int, int, bool]]:
    """Return (open, close_end, closed) triples of the marked spans in text[lo:hi]."""
    opens = SINGLE_OPEN if single else DOUBLE_OPEN
    out: list[tuple[int, int, bool]] = []
    i = lo
    start = -1
    closers = ""
    nested = 0  # “…“inner”…” opened inside a “ span: its ” does not close the outer span
    while i < hi:
        # only marks (and the filler) can open, close or nest: skip to the next one
        m = ANY_MARK.search(text, i, hi)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == FILLER:
            i += 1
            continue
        prev = text[i - 1] if i > lo else " "
        width = 2 if i + 1 < hi and text[i + 1] == FILLER else 1
        nxt = text[i + width] if i + width < hi else " "
        if single and ch in "'\u2018\u2019" and not _is_word(prev) and ELISION.match(text, i, hi):
            i += 1  # the '90s, rock 'n' roll: an elision
            if text[i] == "n":
                i += 2
            continue
        if ch == '"' and INCHES.search(text, max(lo, i - 5), i):
            i += 1  # a player listed at 6'2"
            continue
        if start < 0:
            # (a space after the mark opens nothing, but French « guillemets » keep one inside)
            if ch in opens and not (single and _is_word(prev)) and (not nxt.isspace() or ch == "\u00ab"):
                start, closers = i, opens[ch]
            elif not single and ch == "\u201d" and not _is_word(prev) and _is_word(nxt):
                start, closers = i, '\u201d\u201c"'  # a closing mark used to open
        elif (
            not single
            and ch == "\u201c"
            and text[start] == "\u201c"
            and prev.isspace()
            and _is_word(nxt)
            and _closes_twice(text, i + 1, hi)
        ):
            nested += 1  # “People wearing “Settle For Hillary” shirts …”: a quote inside a quote
        elif ch == "\u201d" and nested > 0:
            nested -= 1
        elif (
            not single
            and ch in STRICT_CLOSE
            and ch != text[start]
            and not _is_word(prev)
            and i - 1 != start  # (not two marks together: "“…” X said." quoted whole)
            and (_is_word(nxt) or ch == "\u00ab")
            and (close := _close_of(text, i + 1, hi, STRICT_CLOSE[ch])) is not None
            and any(text[k] in STRICT_CLOSE.get(text[start], "") for k in range(close + 1, hi))
        ):
            # «We are “very concerned” about it», "He told me “no” and left": a quote in another
            # family of marks inside a quote, whose own closing mark still comes after it
            i = close + 1
            continue
        elif (
            ch in closers
            and not (single and _is_word(nxt))
            and not (single and _dropped_g(text, i, hi, lo))
            and not (ch == '"' and prev.isspace() and _is_word(nxt))
        ):
            out.append((start, i + width, True))
            start = -1
        elif not single and ch in DOUBLE_OPEN and ch not in closers and prev.isspace():
            # a new opening mark while one is open: the first was never closed
            out.append((start, i, False))
            start, closers = i, DOUBLE_OPEN[ch]
        i += 1
    if start >= 0:
        end = hi
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        out.append((start, end, False))
    return out


def _close_of(text: str, lo: int, hi: int, marks: str) -> int | None:
    """The offset of the first of ``marks`` in text[lo:hi], or None."""
    for j in range(lo, hi):
        if text[j] in marks:
            return j
    return None


def _closes_twice(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds two closing marks ” before any new opening mark “."""
    seen = 0
    for ch in text[lo:hi]:
        if ch == "\u201c":
            return False
        if ch == "\u201d":
            seen += 1
            if seen == 2:
                return True
    return False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the lines of ``text`` that hold any text."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _inner(text: str, start: int, end: int, closed: bool) -> tuple[int, int]:
    a = start + 1
    b = end - 1 if closed else end
    if a < len(text) and text[a] == FILLER:
        a += 1
    if closed and b > a and text[b] == FILLER:
        b -= 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def requote(text: str, start: int, end: int, closed: bool, single: bool) -> Quoted:
    """The quoted span of ``text[start:end]`` (its marks included) with its inner offsets."""
    ia, ib = _inner(text, start, end, closed)
    return Quoted(start, end, ia, ib, closed, single)


def find_quoted(text: str) -> list[Quoted]:
    """Return the quoted spans of ``text`` in order (double marks; single marks outside them)."""
    # two apostrophes stand for a double mark in some archives (''like this''): scan a copy
    # in which the pair is one mark and a filler, so offsets stay those of ``text``
    text = text.replace("''", '"' + FILLER)
    paras = paragraphs(text)
    raw: list[tuple[int, int, bool, int]] = []  # start, end, closed, paragraph index
    for n, (lo, hi) in enumerate(paras):
        doubles = _scan_paragraph(text, lo, hi, single=False)
        # British style: 'I said to him, "This is madness," and he laughed,' - a single-marked
        # quotation holding a double-marked one is the outer quotation
        outer: list[tuple[int, int, bool]] = [
            (a, b, c)
            for a, b, c in _scan_paragraph(text, lo, hi, single=True)
            if c
            and any(a < d and e <= b for d, e, _ in doubles)
            and text[lo:a].rstrip()[-1:] in ("", ".", ":", ",", "!", "?")
        ]
        doubles = [(a, b, c) for a, b, c in doubles if not any(x < a and b <= y for x, y, _ in outer)]
        raw.extend((a, b, c, n) for a, b, c in doubles + outer)
        # single marks only where no double-marked span is: headlines and nested use
        spans = sorted(doubles + outer)
        cuts = [lo, *[x for a, b, _ in spans for x in (a, b)], hi]
        for k in range(0, len(cuts), 2):
            raw.extend((a, b, c, n) for a, b, c in _scan_paragraph(text, cuts[k], cuts[k + 1], single=True))
    raw.sort()
    merged: list[tuple[int, int, bool, int, bool]] = []
    for a, b, closed, n in raw:
        single = text[a] in SINGLE_OPEN
        if merged:
            pa, pb, pclosed, pn, psingle = merged[-1]
            # an unclosed quotation at paragraph end goes on when the next paragraph opens one
            opens_para = text[paras[n][0] : a].strip() == ""
            if not pclosed and pn == n - 1 and opens_para and psingle == single and pb >= paras[pn][1] - 1:
                merged[-1] = (pa, b, closed, n, single)
                continue
        merged.append((a, b, closed, n, single))
    out: list[Quoted] = []
    for a, b, closed, _, single in merged:
        ia, ib = _inner(text, a, b, closed)
        if ib > ia:
            out.append(Quoted(a, b, ia, ib, closed, single))
    return out
