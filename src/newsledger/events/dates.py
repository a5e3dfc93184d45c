"""Attach the time expressions of an article to the event clauses they govern."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsledger.events.triggers import NOUN_POS, Trigger
from newsledger.model import EventDate, Sentence, TimeExpr

CLAUSE_POS = frozenset({"VERB", "AUX"})
# A clause takes the date of the clause above it through these relations ("met on Monday and
# signed a deal"), not through reported speech ("said on Monday that ... attacked").
UP_DEPS = frozenset({"conj", "xcomp", "advcl"})


@dataclass(frozen=True)
class Anchor:
    """A dated time expression and the word of the parse it hangs from."""

    timex: TimeExpr
    head: Token
    date: EventDate


def event_date(t: TimeExpr, published: dt.date | None = None) -> EventDate | None:
    """Return the calendar interval of a DATE/TIME expression, or None if it has none.

    A present reference ("currently", "now", value PRESENT_REF) is the day the article was
    published, as TimeML anchors it to the document's creation time; without a publication
    date it stays None. Nothing else is read from the publication date.
    """
    if t.type in ("DATE", "TIME") and t.value == "PRESENT_REF" and t.date_start is None and published:
        return EventDate(start=published, end=published, precision="day")
    if t.type not in ("DATE", "TIME") or t.date_start is None:
        return None
    end = t.date_end or t.date_start
    return EventDate(start=t.date_start, end=end, precision=t.precision or "day")


def anchors(
    doc: Doc, times: Sequence[TimeExpr], sents: Sequence[Sentence], published: dt.date | None = None
) -> dict[int, list[Anchor]]:
    """Return the dated time expressions of ``doc`` by sentence index, each with its head word."""
    starts = [s.start for s in sents]
    out: dict[int, list[Anchor]] = {}
    for t in times:
        date = event_date(t, published)
        if date is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        index = t.sentence if t.sentence is not None else max(0, bisect.bisect_right(starts, t.start) - 1)
        out.setdefault(index, []).append(Anchor(t, span.root, date))
    return out


def _clause_of(tok: Token, stop: Token | None = None) -> Token:
    """Return the nearest verb (or ``stop``) at or above ``tok``."""
    node = tok
    for _ in range(40):
        if node == stop or node.pos_ in CLAUSE_POS:
            return node
        if node.head == node:
            return node
        node = node.head
    return node


def date_for(trig: Trigger, found: Sequence[Anchor]) -> Anchor | None:
    """Return the time expression of the sentence that governs ``trig``'s clause, if any.

    First one inside a noun trigger ("Thursday's call", "the summit in September") or attached
    to the clause itself; else one attached to a verb governing the clause ("met on Monday
    and signed ..."), or, for a noun event that is the scene of a clause ("spoke at a summit
    in September", "during the visit on Monday"), to that clause's verb. Expressions
    attached to other clauses are left alone.
    """
    if not found:
        return None
    noun = trig.token if trig.token.pos_ in NOUN_POS else None
    by_clause: dict[int, Anchor] = {}
    for a in found:
        clause = _clause_of(a.head, noun)
        if noun is not None and clause == noun:
            return a
        by_clause.setdefault(clause.i, a)
    node = trig.clause
    if node.pos_ in NOUN_POS and node.dep_ == "pobj" and node.head.head.pos_ in CLAUSE_POS:
        node = node.head.head
    start = node
    for _ in range(12):
        if node.i in by_clause:
            return by_clause[node.i]
        when = _when_clause(node, by_clause)
        if when is not None:
            return when
        if node.head == node:
            break
        if node.dep_ == "acl" and node.head.dep_ == "dobj":  # "expressed a desire to evolve ties"
            node = node.head.head
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":  # "met ..., with the two expressing"
            node = node.head.head
            continue
        if node.dep_ not in UP_DEPS:
            break
        node = node.head
    # "since late February, soon after Russia launched ...": the clause sits inside the time phrase
    heads = {a.head.i: a for a in found}
    node = start
    for _ in range(12):
        if node.head == node:
            break
        node = node.head
        if node.i in heads:
            return heads[node.i]
    return None


def _when_clause(verb: Token, by_clause: dict[int, Anchor]) -> Anchor | None:
    """The date of a 'when' clause of ``verb`` ("When he hosted X in February, they declared")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i in by_clause and any(m.lower_ == "when" for m in c.children):
            return by_clause[c.i]
    return None


def compatible(a: EventDate | None, b: EventDate | None) -> bool:
    """Return whether two event dates may be the same event (unknown fits anything)."""
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def paragraph_context(
    text: str, sents: Sequence[Sentence], dated: dict[int, list[Anchor]], index: int
) -> Anchor | None:
    """The date governing a sentence that has none of its own: the one on the main clause of
    the sentence before it in the same paragraph ("On Monday the ministers met in Paris. They
    signed an accord."). A sentence with time expressions of its own, or the first of its
    paragraph, gets none."""
    if index == 0 or dated.get(index) or index >= len(sents):
        return None
    before, here = sents[index - 1], sents[index]
    if "\n" in text[before.end : here.start]:
        return None
    for a in dated.get(index - 1, []):
        node = a.head
        while node.pos_ not in CLAUSE_POS and node.head != node:
            node = node.head
        if node.dep_ == "ROOT":
            return a
    return None
