"""Keep or drop one reported content found by the rules, judging only the parse around its cue.

Some configurations of a cue verb carry no report in PolNeAR's sense even when the verb and its
arguments look like one (quotes round 5, issue 6):

- an imperative ("Never forget that …", "Don't forget that …", "Call it a fetish."): the writer
  tells the reader what to do; nobody is reported;
- a question put to the reader ("Do you support the mayor?", "What do you think of it?"): it asks
  for a view instead of reporting one;
- a noun cue with an article and no holder, about a short phrase with no verb ("the idea of a
  new tax", "a debate on Thursday"): it names a topic; PolNeAR marks few of them (precision
  about 0.4 on our training half, against 0.6 for noun cues with a holder);
- a cue under a modal whose content is its own subject ("the plan could be seen as …", "it can
  seem …"): a view that may be held, not one reported;
- the terms of a source's anonymity ("spoke on condition of anonymity", "asked not to be
  named", "declined to be identified"): why a source is unnamed, not what it said (words of
  kind ``anonymity`` in ``quotes/sources.v1.tsv``).

The reader is a second-person pronoun subject (``Person=2`` in the parser's morphology).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from newsledger.quotes.spans import Found, words_of

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
ARTICLES = frozenset({"the", "a", "an"})
SHORT_TOPIC = 6  # content tokens (punctuation included) below which a topic phrase is short


def is_imperative(cue: Token) -> bool:
    """Tell whether ``cue`` heads an imperative clause: a bare verb at the root, no subject.

    A first-person suggestion ("Let us hope that …") is no order to the reader and stays.
    """
    if cue.tag_ != "VB" or cue.dep_ != "ROOT" or cue.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(cue.children)
    if any(c.dep_ in SUBJECT_DEPS or c.tag_ == "MD" for c in kids):
        return False
    aux = [c for c in kids if c.dep_ == "aux"]
    if aux and not (len(aux) == 1 and aux[0].lemma_ == "do" and aux[0].i == cue.sent.start):
        return False  # only a clause-initial "do" ("Don't forget that …") stays an order
    return not any(c.lower_ in ("us", "'s", "’s") for c in kids)


def asks_the_reader(cue: Token) -> bool:
    """Tell whether ``cue`` is the verb of a question whose subject is the reader."""
    if not any(c.dep_ in SUBJECT_DEPS and "2" in c.morph.get("Person", []) for c in cue.children):
        return False
    last = [t for t in cue.sent if not (t.is_punct and t.text not in ("?", "!", "."))]
    return bool(last) and last[-1].text == "?"


def topic_noun(found: Found, cue: Token, content: list[Token]) -> bool:
    """Tell whether ``cue`` is a holderless noun cue with an article about a short verbless phrase."""
    if cue.pos_ != "NOUN" or found.speaker is not None:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ARTICLES for c in cue.children):
        return False
    return len(content) < SHORT_TOPIC and not any(t.pos_ in ("VERB", "AUX") for t in content)


def modal_subject(cue: Token, content: list[Token]) -> bool:
    """Tell whether the content is the subject of ``cue`` and ``cue`` stands under a modal."""
    if not content or not any(c.tag_ == "MD" for c in cue.children):
        return False
    head = min(content, key=lambda t: len(list(t.ancestors)))
    return head.head.i == cue.i and head.dep_ in ("nsubj", "nsubjpass")


def anonymity_terms(content: list[Token], anonymity: Mapping[str, str]) -> bool:
    """Tell whether a short content states a source's anonymity ("condition of anonymity",
    "not to be named"): a word of kind ``anonymity``, a participle one only after "be"."""
    if not content or len(content) > SHORT_TOPIC:
        return False
    for k, t in enumerate(content):
        if anonymity.get(t.lower_) != "anonymity":
            continue
        if t.pos_ != "VERB" or (k > 0 and content[k - 1].lemma_ == "be"):
            return True
    return False


def keep_report(doc: Doc, found: Found) -> bool:
    """Tell whether a reported content found by the rules is kept (see the module docstring)."""
    if found.kind != "indirect" or found.cue is None:
        return True
    cue = found.cue.root
    if is_imperative(cue) or asks_the_reader(cue):
        return False
    content = [
        t for t in doc.char_span(found.start, found.end, alignment_mode="expand") or [] if not t.is_space
    ]
    return not (
        topic_noun(found, cue, content)
        or modal_subject(cue, content)
        or anonymity_terms(content, words_of(doc).voice)
    )
