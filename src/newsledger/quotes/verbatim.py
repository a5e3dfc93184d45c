"""Judge which quotes give the speaker's own words as a statement (``Quote.verbatim``).

A direct quote does. Reported speech does when the words in quote marks inside it make a
clause of their own: they hold a verb ("said the bill would “hurt working families”",
"urged the sides “to keep talking”"). Quoted phrases without a verb are the writer borrowing
a label or an epithet ("described the plan as “a costly mistake”", "praised her
“steady hand”"), which reads as the writer's sentence with a phrase marked, much like a scare
quote; such reports stay in the ledger, judged not verbatim.

The judgement reads the parse, not the extractor's internals, so it holds for any quote
extractor back end; the annotator applies it to every quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsledger.model import Quote
from newsledger.quotes.marks import Quoted, find_quoted

PREDICATE_POS = frozenset({"VERB", "AUX"})
# a verb form used as a modifier of a noun ("working families", "a concluded congress")
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def states_something(span: Span) -> bool:
    """True when the quoted words in ``span`` make a clause: a verb that is not a noun modifier."""
    return any(t.pos_ in PREDICATE_POS and t.dep_ not in MODIFIER_DEPS for t in span)


def is_verbatim(quote: Quote, doc: Doc, quoted: Sequence[Quoted]) -> bool:
    """Whether ``quote`` gives its speaker's words as a statement (see the module's text)."""
    if quote.kind == "direct":
        return True
    for q in quoted:
        if q.inner_end <= quote.start or q.inner_start >= quote.end:
            continue
        span = doc.char_span(
            max(q.inner_start, quote.start), min(q.inner_end, quote.end), alignment_mode="expand"
        )
        if span is not None and states_something(span):
            return True
    return False


def judge_verbatim(quotes: Sequence[Quote], doc: Doc) -> list[Quote]:
    """Return ``quotes`` with ``verbatim`` set; ``doc`` is the parse of the article's text."""
    if not quotes:
        return []
    quoted = find_quoted(doc.text)
    return [q.model_copy(update={"verbatim": is_verbatim(q, doc, quoted)}) for q in quotes]
