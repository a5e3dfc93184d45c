"""Decide whether an event mention is asserted, negated, future or hypothetical from its clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.events.lexicon import EventLexicon
from newsledger.events.triggers import NOUN_POS, Trigger, lemma
from newsledger.model import Modality

# How far up a chain of clauses a modality verb may govern the event ("said it plans to visit").
UP_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "relcl"})
RANK: dict[str, int] = {"asserted": 0, "future": 1, "hypothetical": 2, "negated": 3}


def _own(tok: Token, lex: EventLexicon, sent: Span) -> str | None:
    """Return the modality a verb's own auxiliaries, negation and markers give, if any."""
    found: str | None = None
    for c in tok.children:
        value: str | None = None
        if c.dep_ == "neg":
            value = lex.cue("neg", c.lower_) or lex.cue("neg", lemma(c))
        elif c.dep_ in ("aux", "auxpass"):
            value = lex.cue("aux", c.lower_) or lex.cue("aux", lemma(c))
            if value == "conditional":
                has_if = any(lex.cue("mark", t.lower_) == "hypothetical" for t in sent)
                value = "hypothetical" if has_if else "future"
        elif c.dep_ == "mark":
            value = lex.cue("mark", c.lower_)
        if value is not None and (found is None or RANK[value] > RANK[found]):
            found = value
    return found


def _infinitive_after_be(tok: Token) -> bool:
    """'Xi is to visit Moscow', 'the talks are due to resume': a scheduled event."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    head = tok.head
    return to and tok.dep_ in ("xcomp", "ccomp") and lemma(head) == "be"


def _infinitive(tok: Token) -> bool:
    """A 'to' infinitive hung as an adverbial clause ("have sworn to fight") or as the complement
    of a noun ("an intention to expand trade")."""
    return tok.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _verb_of(trig: Trigger) -> Token:
    """The verb whose auxiliaries govern the event: its clause, or the verb above a bare noun."""
    node = trig.clause
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head == node or node.dep_ not in ("pobj", "prep", "dobj"):
            break
        node = node.head
    return node


def stated_intent(trig: Trigger, lex: EventLexicon) -> bool:
    """Whether the event is something its actor agreed, offered or is ready to do ("agreed to lift")."""
    node = _verb_of(trig)
    for _ in range(4):
        if (node.dep_ not in ("xcomp", "ccomp") and not _infinitive(node)) or node.head == node:
            return False
        node = node.head
        if lex.cue("head", lemma(node)) == "intent":
            return True
    return False


def modality(trig: Trigger, lex: EventLexicon, sent: Span, intent_future: bool = True) -> Modality:
    """Return the modality of ``trig``: the strongest cue on its clause or the verbs governing it.

    Negation ("did not", "refused to", "denied that") outranks hypothetical ("could", "if",
    "considering"), which outranks future ("will", "plans to", "the upcoming summit"). Without
    ``intent_future`` a stated intention ("agreed to", "is ready to") does not make it future:
    the agreeing itself happened.
    """
    best = "asserted"

    def note(value: str | None) -> None:
        nonlocal best
        if value == "intent":
            value = "future" if intent_future else None
        if value is not None and value in RANK and RANK[value] > RANK[best]:
            best = value

    tok = trig.token
    if tok.pos_ in NOUN_POS:
        for c in tok.children:
            if c.dep_ in ("amod", "det", "compound", "advmod"):
                note(lex.cue("mod", c.lower_) or (lex.cue("neg", c.lower_) if c.dep_ == "det" else None))
    clause = _verb_of(trig)
    note(_own(clause, lex, sent))
    if _infinitive_after_be(clause):
        note("future")
    # "will visit and sign": a bare verb shares its head's auxiliaries; "would ..., and urged" does not
    inherit = clause.tag_ == "VB" and not any(c.dep_ in ("aux", "neg") for c in clause.children)
    node = clause
    for _ in range(6):
        if node.dep_ not in UP_DEPS or node.head == node:
            break
        dep = "xcomp" if _infinitive(node) else node.dep_
        node = node.head
        head_cue = lex.cue("head", lemma(node))
        if dep in ("xcomp", "ccomp") and head_cue is not None:
            note(head_cue)
            note(_own(node, lex, sent))
            inherit = False
            continue
        if (dep == "conj" and inherit) or dep == "xcomp":  # "will allow them to return"
            note(_own(node, lex, sent))
            continue
        if dep in ("advcl",):
            marks = [c for c in clause.children if c.dep_ == "mark"]
            if any(lex.cue("mark", m.lower_) for m in marks):
                break
        break
    return best  # type: ignore[return-value]
