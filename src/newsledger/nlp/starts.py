"""Sentence starts the parser gets wrong, set before it runs (it keeps them): ``newsledger_starts``.

A token's ``is_sent_start`` set to True makes the parser start a sentence there; set to False
it forbids one. None of this changes the text: offsets stay those of ``Article.text``.

- **Paragraphs.** ``Article.text`` holds one paragraph per line, and a sentence never runs
  across one. The parser otherwise joins a line that ends in a closing quotation mark to the
  next ("…allies.”¶Lee said he would …" as one sentence), and every stage reading the parse
  gets the wrong subject: the next line's speaker, or the antecedent of its pronouns.
- **Quotations opened with two apostrophes** (''like this'', in some archives) **or one**
  ('like this', British style). The tagger reads every ``''`` and ``'`` as a closing mark,
  so the one that opens a quotation after a sentence's end is glued to that sentence ("he
  said. ''" then "America is …''"); one that opens a paragraph was left a sentence of its
  own ("''" then "America is …''").
- **Titles before a name** ("Sens. Tom Carper and Ann Lee", "Sec. Clinton", "Capt. Maria
  Ruiz"): the table ``nlp/titles.v1.tsv`` lists them; each stays one token with its period
  (a tokenizer special case) and the name after it never starts a sentence.
- **No sentence starts in mid-flow**: not at a lowercase word unless a full stop comes
  before it (``“Why now?” he asked``, ``at 9:34 p.m.``, ``a.k.a. the``, ``this … and I``),
  and not right after a word written in lower or mixed case with no punctuation between
  (``all of them [in the party]``, ``Cruz trails Trump``) or after such a word and a dash
  (``a solid red state -- Obama carried it``; a dateline's dash follows a capital, a full
  stop or a bracket: ``WASHINGTON (AP) —``, ``DECATUR, Ill. —``), nor at a closing quotation mark
  glued to the full stop before it (``"Not even close."`` at a paragraph's end). Headlines in capitals
  ("STORM HITS COAST Rescuers said …") may still be split after their last word.
"""

from __future__ import annotations

from typing import cast

import numpy
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from newsledger.resources import load_table

COMPONENT = "newsledger_starts"
SENTENCE_ENDS = frozenset({".", "?", "!"})
DASHES = frozenset({"\u2014", "\u2013", "\u2015", "--", "-"})
CLOSING_MARKS = frozenset({"\u201d", '"', "''", "\u2019"})
OPENING_APOSTROPHES = frozenset({"''", "'", "\u2018"})  # the tagger reads them as closing
OPENING_MARKS = frozenset({"\u201c", '"', "''", "\u2018", "'", "\u00ab"})


class TitleRow(BaseModel):
    """One row of ``nlp/titles.v1.tsv``: an abbreviated title written before a name."""

    title: str


def load_titles(rules_dir: str | None = None) -> frozenset[str]:
    """Return the abbreviated titles (with their period) of ``nlp/titles.v1.tsv``."""
    return frozenset(r.title for r in load_table("nlp/titles.v1.tsv", TitleRow, rules_dir))


def _ends_sentence(tok: Token) -> bool:
    """Whether ``tok`` closes a sentence: ".", or a closing mark right after one (".”")."""
    if tok.text in SENTENCE_ENDS:
        return True
    return tok.text in CLOSING_MARKS and tok.i > 0 and tok.nbor(-1).text in SENTENCE_ENDS


def _line_break_after(tok: Token) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def _spaced_ellipsis(tok: Token) -> bool:
    """Whether the full stop ``tok`` ends a spaced ellipsis (". . .")."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "." and tok.doc[tok.i - 2].text == "."


def _no_start_after(prev: Token, nxt: Token, titles: frozenset[str]) -> bool:
    """Whether no sentence can start at ``nxt``, given the token before it on its line."""
    if prev.text in titles:
        return True
    if nxt.text in CLOSING_MARKS and prev.text in SENTENCE_ENDS and not prev.whitespace_:
        return True  # the mark that closes a quotation goes with its last sentence ('close."')
    first = nxt.text[0]
    if first.isalpha() and first.islower():
        return prev.text != "." or _spaced_ellipsis(prev)
    if prev.text in DASHES and prev.i > 0:
        prev = prev.doc[prev.i - 1]  # "a solid red state -- Obama carried it"; not "(AP) —"
        if prev.is_space or "\n" in prev.whitespace_:
            return False
    return _lower_word(prev)


def _lower_word(tok: Token) -> bool:
    """Whether ``tok`` is a word written in lower or mixed case, ending in a letter or digit."""
    return tok.text[-1].isalnum() and any(c.islower() for c in tok.text)


def mark_starts(doc: Doc, titles: frozenset[str] = frozenset()) -> Doc:
    """Set ``is_sent_start`` on the tokens the module docstring lists.

    The values are written in one array: the ``Token.is_sent_start`` setter scans the whole
    doc on each call, which made this quadratic in a long article.
    """
    # 1 a start, -1 no start, 0 for the parser to decide (-1 is stored wrapped in uint64)
    starts = doc.to_array(["SENT_START"]).astype(numpy.int64).reshape((len(doc), 1))
    line_start = True
    prev: Token | None = None  # the last token that is not white space
    for tok in doc:
        i = tok.i
        if tok.is_space:
            line_start = line_start or "\n" in tok.text
            continue
        if line_start:
            if i > 0:
                starts[i, 0] = 1
            glued = i + 1 < len(doc) and not tok.whitespace_
            if glued and tok.text in OPENING_MARKS and doc[i + 1].text[:1].isalnum():
                starts[i + 1, 0] = -1  # the quotation's first word goes with its mark
        elif prev is not None and starts[i, 0] != -1:
            if (
                tok.text in OPENING_APOSTROPHES
                and (prev.whitespace_ or prev.i + 1 < i)
                and not tok.whitespace_
                and i + 1 < len(doc)
                and doc[i + 1].text[:1].isalnum()
                and _ends_sentence(prev)
            ):
                starts[i, 0] = 1
                starts[i + 1, 0] = -1
            elif _no_start_after(prev, tok, titles):
                starts[i, 0] = -1
        line_start = _line_break_after(tok)
        prev = tok
    if len(doc):
        starts[0, 0] = 1
        doc.from_array(["SENT_START"], cast(Ints2d, starts.astype(numpy.uint64)))
    return doc


class SentenceStarts:
    """The pipeline component: ``mark_starts`` with the titles of ``nlp/titles.v1.tsv``."""

    def __init__(self, titles: frozenset[str]) -> None:
        self.titles = titles

    def __call__(self, doc: Doc) -> Doc:
        return mark_starts(doc, self.titles)


@Language.factory(COMPONENT, default_config={"rules_dir": None})
def make_sentence_starts(nlp: Language, name: str, rules_dir: str | None) -> SentenceStarts:
    """Build the component (``nlp.add_pipe("newsledger_starts", before="parser")``)."""
    return SentenceStarts(load_titles(rules_dir))


def add_sentence_starts(nlp: Language, rules_dir: str | None = None) -> None:
    """Add the component before the parser, and keep each title one token with its period.

    A pipeline without a parser is left as is.
    """
    if "parser" not in nlp.pipe_names or COMPONENT in nlp.pipe_names:
        return
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)  # a custom tokenizer may lack it
    if callable(add_special_case):
        for title in load_titles(rules_dir):
            add_special_case(title, [{"ORTH": title}])
    nlp.add_pipe(COMPONENT, before="parser", config={"rules_dir": rules_dir})
