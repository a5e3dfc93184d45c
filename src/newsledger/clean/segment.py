"""Split a page's paragraphs into articles and label each paragraph header, body or chrome.

A page is read as a sequence of paragraphs (joined lines). An article is a header (title,
bylines, captions: everything before the first paragraph of running text), a body, and a
tail that starts at an end marker (copyright, contact line, comments, "related" block).
After an end marker the page is chrome unless a new article starts: a headline followed,
within two paragraphs, by a run of running text. Running text after an end marker with no
headline before it continues the same article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.clean.joins import Block
from newsledger.clean.lines import Line, is_name_like, norm_key
from newsledger.clean.metadata import is_byline
from newsledger.clean.patterns import Patterns

MIN_NEW_ARTICLE_WORDS = 60  # running text a second article needs to count as one
MIN_NEW_ARTICLE_PARAS = 2
MAX_TRAILING_FRAGMENTS = 2


@dataclass
class Label:
    """What a paragraph is: ``body`` or a removal reason, with a detail for people."""

    reason: str
    detail: str = ""
    end: bool = False


@dataclass
class Segment:
    """One article's paragraphs, labelled."""

    blocks: list[Block] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    title: str | None = None


def block_line(block: Block) -> Line:
    """A Line view of a whole paragraph (features computed on the joined text, once)."""
    if block.view is None or block.view.text != block.text.strip():
        block.view = Line.make(block.first.no, block.text, block.first.blank_before)
    return block.view


def is_running_text(block: Block) -> bool:
    """Whether a paragraph is running text: a finished sentence or a long passage."""
    line = block_line(block)
    return line.is_prose or (line.n_words >= 20 and line.cap_ratio < 0.5)


def is_headline(block: Block, patterns: Patterns) -> bool:
    """Whether a paragraph looks like a headline: short, unfinished or title-cased."""
    line = block_line(block)
    if not 2 <= line.n_words <= 30 or is_byline(block.text, patterns):
        return False
    if is_name_like(block.text):
        return False
    return not line.text.endswith(".") or line.cap_ratio >= 0.6


def new_article_at(blocks: list[Block], pre: list[Label | None], i: int, patterns: Patterns) -> bool:
    """Whether a new article starts at paragraph ``i``: a headline, then running text."""
    if pre[i] is not None or not is_headline(blocks[i], patterns):
        return False
    j = i + 1
    while (
        j < len(blocks)
        and j <= i + 3
        and (pre[j] is not None or is_byline(blocks[j].text, patterns) or is_name_like(blocks[j].text))
    ):
        j += 1
    words = paras = 0
    while j < len(blocks) and pre[j] is None and is_running_text(blocks[j]):
        words += block_line(blocks[j]).n_words
        paras += 1
        j += 1
    return paras >= MIN_NEW_ARTICLE_PARAS and words >= MIN_NEW_ARTICLE_WORDS


def segment(
    blocks: list[Block], pre: list[Label | None], patterns: Patterns, *, extracted_title: str | None = None
) -> list[Segment]:
    """Split paragraphs into articles and label each (see the module docstring).

    ``pre`` holds the label a paragraph already has from the pattern tables, or None.
    ``extracted_title`` is given for HTML pages, whose extractor has already taken the
    headline out: there, short lines above the body are kept as text (a kicker, a dek),
    not taken for a headline.
    """
    segments: list[Segment] = []
    cur = Segment()
    state = "header"  # header -> body -> tail
    body_paras = 0
    for i, block in enumerate(blocks):
        label = pre[i]
        starts_new = False
        if state == "tail" or (
            state == "body"
            and body_paras >= 3
            and is_headline(block, patterns)
            and i + 1 < len(blocks)
            and is_byline(blocks[i + 1].text, patterns)
        ):
            starts_new = new_article_at(blocks, pre, i, patterns)
        if starts_new and cur.blocks:
            segments.append(cur)
            cur, state, body_paras = Segment(), "header", 0
        if label is not None:
            if label.end and state == "body":
                state = "tail"
        elif state == "header":
            if extracted_title is not None:
                cur.title = cur.title or extracted_title or None
                label = html_header_label(block, cur, patterns)
            else:
                label = header_label(block, cur, patterns)
            if label.reason == "body":
                state = "body"
                body_paras += 1
        elif state == "body":
            label = Label("body")
            body_paras += 1
        else:
            label = tail_label(block, blocks, pre, i)
            if label.reason == "body":
                state = "body"
                body_paras += 1
        cur.blocks.append(block)
        cur.labels.append(label)
    if cur.blocks:
        segments.append(cur)
    for seg in segments:
        refine_body(seg)
    return segments


def header_label(block: Block, seg: Segment, patterns: Patterns) -> Label:
    """Label a paragraph before the body: title, repeated title, byline, or the body's start."""
    if is_running_text(block):
        return Label("body")
    if seg.title and norm_key(block.text) == norm_key(seg.title):
        return Label("repeated_headline", "same as the title")
    if is_byline(block.text, patterns) or is_name_like(block.text):
        return Label("byline", "author or date line")
    line = block_line(block)
    if seg.title is None and line.n_words >= 3 and is_headline(block, patterns):
        seg.title = block.text
        return Label("title", "headline")
    return Label("header", "short line above the article")


def html_header_label(block: Block, seg: Segment, patterns: Patterns) -> Label:
    """Label a paragraph at the top of extracted HTML: a byline, the title again, or text."""
    if seg.title and norm_key(block.text) == norm_key(seg.title):
        return Label("repeated_headline", "same as the title")
    if is_byline(block.text, patterns) and not is_running_text(block):
        return Label("byline", "author or date line")
    return Label("body")


def tail_label(block: Block, blocks: list[Block], pre: list[Label | None], i: int) -> Label:
    """Label a paragraph after an end marker that starts no new article."""
    line = block_line(block)
    if line.n_words >= 8 and not line.terminated:
        return Label("teaser", "cut-off text after the article (a link to another story)")
    # running text after a marker with more of it to follow continues the article
    if is_running_text(block):
        nxt = next((k for k in range(i + 1, len(blocks)) if pre[k] is None), None)
        if nxt is not None and is_running_text(blocks[nxt]) and nxt == i + 1:
            return Label("body")
    return Label("after_article", "page chrome after the article")


def refine_body(seg: Segment) -> None:
    """Second pass over a body: repeated headlines, pull quotes, duplicates, trailing bits."""
    body = [k for k, lab in enumerate(seg.labels) if lab.reason == "body"]
    keys = {k: norm_key(seg.blocks[k].text) for k in body}
    seen: set[str] = set()
    everything = "\n".join(keys.values())
    title_key = norm_key(seg.title) if seg.title else None
    for k in body:
        key = keys[k]
        if title_key and key == title_key:
            seg.labels[k] = Label("repeated_headline", "same as the title")
            continue
        if not key:
            seg.labels[k] = Label("separator", "punctuation only")
            continue
        if key in seen and len(key.split()) >= 5:
            seg.labels[k] = Label("duplicate", "repeats an earlier paragraph")
            continue
        seen.add(key)
        n_words = len(key.split())
        # a short paragraph whose words also stand inside a longer one repeats it
        if (
            4 <= n_words <= 40
            and everything.count(key) >= 2
            and any(o != k and len(keys[o]) > len(key) + 20 and key in keys[o] for o in body)
        ):
            seg.labels[k] = Label("pull_quote", "repeats text of the article body")
    # a body cannot end in a headline or a cut-off fragment: one or two such trailing lines
    # are chrome ("Tags", a lone link); a longer run is a list that belongs to the article
    body = [k for k, lab in enumerate(seg.labels) if lab.reason == "body"]
    trailing: list[int] = []
    for k in reversed(body):
        line = block_line(seg.blocks[k])
        if line.terminated and line.n_words >= 3:
            break
        trailing.append(k)
    if len(body) > len(trailing) and len(trailing) <= MAX_TRAILING_FRAGMENTS:
        for k in trailing:
            seg.labels[k] = Label("trailing_fragment", "unfinished line after the last paragraph")
