"""Keep or drop one reported content found by the rules, judging only the parse around its cue.

Some configurations of a cue verb carry no report in PolNeAR's sense even when the verb and its
arguments look like one (quotes round 5, issue 6):

- an imperative ("Never forget that …", "Call it a fetish.", "Ask any voter about it."): the writer
  tells the reader what to do; nobody is reported;
- a question put to the reader ("Do you support the mayor?", "What do you think of it?"): it asks
  for a view instead of reporting one.

The reader is a second-person pronoun subject (``Person=2`` in the parser's morphology).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.quotes.spans import Found

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def is_imperative(cue: Token) -> bool:
    """Tell whether ``cue`` heads an imperative clause: a bare verb at the root, no subject.

    A first-person suggestion ("Let us hope that …") is no order to the reader and stays.
    """
    if cue.tag_ != "VB" or cue.dep_ != "ROOT" or cue.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" or c.tag_ == "MD" for c in cue.children):
        return False
    return not any(c.lower_ in ("us", "'s", "’s") for c in cue.children)


def asks_the_reader(cue: Token) -> bool:
    """Tell whether ``cue`` is the verb of a question whose subject is the reader."""
    if not any(c.dep_ in SUBJECT_DEPS and "2" in c.morph.get("Person", []) for c in cue.children):
        return False
    last = [t for t in cue.sent if not (t.is_punct and t.text not in ("?", "!", "."))]
    return bool(last) and last[-1].text == "?"


def keep_report(doc: Doc, found: Found) -> bool:
    """Tell whether a reported content found by the rules is kept (see the module docstring)."""
    if found.kind != "indirect" or found.cue is None:
        return True
    cue = found.cue.root
    return not (is_imperative(cue) or asks_the_reader(cue))
