"""Spans of the parse that quote rules read (noun phrases, verb groups, clause edges), and
the step from found spans to ``Quote`` records."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from newsledger.actors.lexicon import Lexicon
from newsledger.clean.lines import dateline_length, is_name_like
from newsledger.model import Actor, ActorRef, Article, Mention, Quote, QuoteKind, content_id
from newsledger.nlp.pipeline import doc_text
from newsledger.quotes.lexicon import load_cues, load_interview_roles, load_source_words
from newsledger.quotes.marks import Quoted

TIME_ENTS = frozenset({"DATE", "TIME"})
PUNCT_EDGE = frozenset(",.;:—–-")
SINGULAR_DETS = frozenset({"a", "an", "another", "each", "every"})
# what a word after a cue already is when the parser read it right: subject or object
NAMED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "oprd", "dep"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# participles that pick out members of the phrase ("leaders, including X")
SET_PARTICIPLES = frozenset({"include", "exclude", "represent", "involve"})


def names_setting(prep: Token, preps: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a preposition's phrase says when or where words were said, not what.

    "criticized the mayor during a rally", "endorsed her on Tuesday": a setting preposition
    (``preps``) whose object is a date or time or an occasion of speech (``nouns``).
    """
    if prep.lower_ not in preps:
        return False
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in TIME_ENTS or g.lemma_.lower() in nouns) for g in prep.children
    )


def without_edge_punct(toks: list[Token]) -> list[Token]:
    """``toks`` without the punctuation of ``PUNCT_EDGE`` at either end."""
    a, b = 0, len(toks)
    while a < b and toks[a].is_punct and toks[a].text in PUNCT_EDGE:
        a += 1
    while b > a and toks[b - 1].is_punct and toks[b - 1].text in PUNCT_EDGE:
        b -= 1
    return toks[a:b]


@dataclass
class Found:
    """A quote before it becomes a ``Quote``: spans and the tokens that anchor them."""

    kind: QuoteKind
    start: int
    end: int
    cue: Span | None
    speaker: Span | None
    addressee: Span | None = None
    chain: tuple[str, ...] = ()
    lead: tuple[int, int] | None = None  # a first part of the content before the cue


def attribution_start(cue: Span | None, speaker: Span | None, after: int) -> int:
    """Where the attribution after a quote starts (``after`` when it is not after it)."""
    if cue is None or cue.start_char < after:
        return after
    stop = cue.start_char
    if speaker is not None and after <= speaker.start_char < stop:
        stop = speaker.start_char
    return stop


def inside_mask(n: int, doc: Doc, quoted: list[Quoted]) -> list[int]:
    """1 for tokens inside a quoted span (marks included), else 0."""
    mask = [0] * n
    for q in quoted:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            mask[t.i] = 1
    return mask


def para_index(text: str) -> ParaIndex:
    """Return a map from a character offset of ``text`` to its paragraph number.

    A paragraph is a line with text; blank lines between paragraphs do not count, so text
    with blank lines between paragraphs is read as text without them.
    """
    breaks: list[int] = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if text[start:i].strip():
                breaks.append(i)
            start = i + 1
    return ParaIndex(breaks)


class ParaIndex:
    """Maps a character offset to its paragraph (line) number."""

    def __init__(self, breaks: list[int]) -> None:
        self.breaks = breaks

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset)


def token_before(doc: Doc, offset: int) -> Token | None:
    """The last word token before ``offset`` (within 80 characters), if any."""
    span = doc.char_span(max(0, offset - 80), offset, alignment_mode="contract") if offset > 0 else None
    if span is None:
        return None
    for t in reversed(span):
        if not (t.is_space or t.is_punct):
            return t
    return None


def according_source(doc: Doc, obj: Token) -> Span:
    """The words of an "according to" object: its phrase, less a subject the parser joined to
    it ("According to a readout released by the White House, Biden and Xi agreed …": the
    verb has no subject of its own, and "Biden and Xi" hang on "White House" as a conjunct)."""
    lo, hi = obj.left_edge.i, obj.right_edge.i + 1
    verb = obj.head.head.head if obj.head.head.lower_ == "according" else None
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return doc[lo:hi]
    cut = next(
        (x.i for x in doc[lo + 1 : hi] if x.dep_ == "conj" and doc[x.i - 1].text == "," and x.i > obj.i),
        None,
    )
    return doc[lo : cut - 1] if cut is not None else doc[lo:hi]


def according_subject(doc: Doc, verb: Token) -> Span | None:
    """The subject of ``verb`` the parser joined to its "according to" object, if any."""
    for c in verb.children:
        if c.lower_ == "according" and c.i < verb.i:
            obj = next(
                (o for to in c.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"), None
            )
            if obj is None:
                return None
            src = according_source(doc, obj)
            if src.end < obj.right_edge.i + 1 and src.end + 1 < verb.i:
                return doc[src.end + 1 : min(verb.i, obj.right_edge.i + 1)]
    return None


def according_chain(doc: Doc, verb: Token) -> tuple[str, ...]:
    """The source of an "according to X" phrase on ``verb`` (X said, according to Y)."""
    for c in verb.children:
        if c.lower_ == "according":
            for to in c.children:
                if to.lower_ == "to":
                    for o in to.children:
                        if o.dep_ == "pobj":
                            return (according_source(doc, o).text,)
    return ()


def before_attribution(doc: Doc, sent_start: int, attr_start: int, lo: int) -> tuple[int, int]:
    """The content of a post-posed attribution: its sentence up to the attribution."""
    para_lo = doc_text(doc).rfind("\n", 0, doc[attr_start].idx) + 1
    toks = [t for t in doc[sent_start:attr_start] if not t.is_space and t.idx >= para_lo]
    toks = without_edge_punct(toks)
    if not toks:
        return lo, lo
    # a clause the parser ran on from the paragraph before is not part of it (and an
    # adverbial left of it is no content: "…” ¶ Earlier in the week, X called for …")
    if lo < para_lo and not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return lo, lo
    start = toks[0].idx if lo < para_lo else min(lo, toks[0].idx)
    return start, toks[-1].idx + len(toks[-1].text)


def after_cue(doc: Doc, t: Token) -> tuple[int, int] | None:
    """The words after a cue to the end of its clause (a semicolon, or "and" before a new subject)."""
    end = t.sent.end
    for x in doc[t.i + 1 : t.sent.end]:
        if (
            x.text == ";"
            or x.is_space
            or (
                x.dep_ == "cc"
                and x.i + 1 < end
                and any(y.dep_ in ("nsubj", "nsubjpass") for y in doc[x.i + 1 : x.i + 4])
            )
        ):
            end = x.i
            break
    toks = [x for x in doc[t.i + 1 : end] if not x.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    if len(toks) < 3:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def reported_lead(doc: Doc, cue: Span, addressee: Span | None, q_start: int) -> int | None:
    """Where reported words start when a cue is followed by the writer's words, then a quote.

    "She said that, “Of course …”" or "said Burma was “a good news story”": the words after the
    cue (past its hearer, "that" and punctuation) when there are some; None when the quote
    follows the cue at once.
    """
    text = doc_text(doc)
    lo = cue.end_char
    if addressee is not None and lo <= addressee.start_char < q_start:
        lo = max(lo, addressee.end_char)
    gap = text[lo:q_start]
    if "\n" in gap:
        return None
    words = [w.lower() for w in re.findall(r"[\w'\u2019]+", gap)]
    end = gap.rstrip()[-1:]
    if not words or len(words) > 25 or (words == ["that"] and end != ","):
        return None
    if end == ":" and cue.root.pos_ == "VERB":
        # "suggested the judge was biased: “…”": the clause the cue reports, then its quote
        said = [
            c
            for c in cue.root.children
            if c.dep_ == "ccomp"
            and lo <= c.left_edge.idx
            and c.idx < q_start
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        ]
        if said:
            return said[0].left_edge.idx
    if end in ":,\u2014" and words != ["that"]:
        return None  # "said on Tuesday: “…”", "said, “…”": the quote is set off as quoted words
    span = doc.char_span(lo, q_start, alignment_mode="contract")
    for t in span if span is not None else ():
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.head.i == cue.root.i and t.head.i > t.i:
            if t.idx > lo and not any(t.head.is_ancestor(x) for x in doc[t.sent.start : t.i] if x.idx >= lo):
                return t.idx  # "said Tuesday that he wants “…”": the content starts at "that"
            break
    m = re.search(r"\S", gap)
    return lo + m.start() if m else None


def sentence_rest(doc: Doc, end: int) -> int:
    """The end of a content that runs on after a quote to the end of its sentence."""
    text = doc_text(doc)
    tail = doc.char_span(end, min(len(text), end + 300), alignment_mode="contract")
    if tail is None or len(tail) == 0:
        return end
    sent = tail[0].sent
    toks = [x for x in doc[tail[0].i : sent.end] if not x.is_space and "\n" not in text[end : x.idx]]
    if any(x.text in '\u201c\u201d"' for x in toks):
        return end
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks or not any(x.is_alpha for x in toks):
        return end
    return max(end, toks[-1].idx + len(toks[-1].text))


def colon_paragraph(doc: Doc, t: Token) -> tuple[int, int] | None:
    """ "… as he wrote on his blog:" at a paragraph's end: the next paragraph is the content.

    Only when a colon closes the cue's paragraph a few words after the cue, and the next
    paragraph is not a quotation (those are direct quotes).
    """
    text = doc_text(doc)
    sent = t.sent
    colon = next((x for x in doc[t.i + 1 : min(sent.end, t.i + 12)] if x.text == ":"), None)
    if colon is None:
        return None
    line_end = text.find("\n", colon.idx)
    if line_end < 0 or text[colon.idx + 1 : line_end].strip():
        return None
    lo = line_end
    while lo < len(text) and text[lo].isspace():
        lo += 1
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    para = text[lo:hi].rstrip()
    if len(para) < 12 or para[0] in "\u201c\u2018\"'\u00ab":
        return None
    return lo, lo + len(para.rstrip(" ."))


def past_colon(doc: Doc, hi: int) -> int:
    """A content that stops at a colon runs on through the sentence after it, in its paragraph.

    "X notes that three things happen at once: prices rise, rates are low …" (the parser
    ends a sentence at the colon).
    """
    text = doc_text(doc)
    j = hi
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text) or text[j] != ":":
        return hi
    nxt = doc.char_span(j + 1, min(len(text), j + 400), alignment_mode="contract")
    if nxt is None:
        return hi
    words = [x for x in nxt if not x.is_space]
    if not words or "\n" in text[j : words[0].idx]:
        return hi
    sent = words[0].sent
    toks = [x for x in doc[words[0].i : sent.end] if not x.is_space and "\n" not in text[j : x.idx]]
    while toks and toks[-1].is_punct and toks[-1].text in PUNCT_EDGE:
        toks.pop()
    return toks[-1].idx + len(toks[-1].text) if toks else hi


OPENING = frozenset("\u201c\u00ab\u201e")
CLOSING = frozenset("\u201d\u00bb")


def balance_marks(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Widen a content span to the closing mark of a quotation it opens but does not close."""
    part = text[lo:hi]
    doubled = part.count("''") % 2  # typewriter quotes: '' opens and closes
    opened = sum(part.count(c) for c in OPENING) + part.count('"') % 2 + doubled
    closed = sum(part.count(c) for c in CLOSING)
    if opened > closed:
        j = hi
        while j < len(text) and j - hi < 3 and text[j] in ",.!?;:":
            j += 1
        if doubled and text[j : j + 2] == "''":
            return lo, j + 2
        if j < len(text) and (text[j] in CLOSING or text[j] == '"'):
            return lo, j + 1
    return lo, hi


def depth(t: Token) -> int:
    """How many heads lie between ``t`` and the root of its sentence."""
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def has_verb_to(c: Token) -> bool:
    """Whether ``c`` is a "to" infinitive ("urged them to leave")."""
    return c.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def end_before_lone_quote(text: str, q: Quoted, trailing: str = " .") -> int | None:
    """Where the paragraph before ``q`` ends, when ``q`` is a paragraph of its own (nothing
    before it in its line, nothing after it but ``trailing`` characters); else None."""
    para_lo = text.rfind("\n", 0, q.start) + 1
    para_hi = text.find("\n", q.end)
    para_hi = len(text) if para_hi < 0 else para_hi
    if text[para_lo : q.start].strip() or text[q.end : para_hi].strip(trailing):
        return None
    prev_hi = para_lo - 1
    while prev_hi > 0 and text[prev_hi - 1] in "\n ":
        prev_hi -= 1
    return prev_hi


def named_before(doc: Doc, text: str, q: Quoted, mentions: Sequence[Mention]) -> Span | None:
    """The speaker of a paragraph that is one quotation, named in the paragraph before.

    "Wang Yi was in no mood to compromise.\n“We will never accept …”": the person who is
    the subject of the paragraph before, when it names no other person.
    """
    prev_hi = end_before_lone_quote(text, q, " .,")
    if prev_hi is None:
        return None
    prev_lo = text.rfind("\n", 0, prev_hi) + 1
    if prev_hi <= prev_lo or any(ch in text[prev_lo:prev_hi] for ch in '\u201c\u201d"\u00ab'):
        return None
    people: dict[str, Mention] = {}
    for m in mentions:
        if prev_lo <= m.start and m.end <= prev_hi and m.kind == "person":
            people.setdefault(m.actor_id or m.text, m)
    if len(people) != 1:
        return None  # nobody, or more than one person who might speak
    m = next(iter(people.values()))
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") else None


def np_span(doc: Doc, head: Token, inside: list[int], stop: int | None = None) -> Span:
    """The noun phrase of ``head``: its subtree, cut at quotes and clause edges (and ``stop``)."""
    lo, hi = head.left_edge.i, head.right_edge.i
    if stop is not None and head.i < stop <= hi:
        hi = stop - 1
    text = doc_text(doc)
    para_lo = text.rfind("\n", 0, head.idx) + 1
    para_hi = text.find("\n", head.idx)
    para_hi = len(text) if para_hi < 0 else para_hi
    for i in range(head.i, lo - 1, -1):
        if inside[i] or doc[i].is_space or doc[i].idx < para_lo:
            lo = i + 1
            break
    for i in range(head.i, hi + 1):
        if inside[i] or doc[i].is_space or doc[i].idx >= para_hi:
            hi = i - 1
            break
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space) and not closes(doc, lo, hi):
        hi -= 1
    # "WASHINGTON - Senate Democrats said": the wire dateline is not part of the speaker
    past = para_lo + wire_dateline(text[para_lo:para_hi])
    while past > para_lo and lo < head.i and doc[lo].idx < past:
        lo += 1
    if past > para_lo and head.idx < past <= doc[hi].idx:
        # "Oslo (AFP) – Foreign Minister X said": the parser made the city the subject and
        # hung the speaker on it; the words past the dateline are the speaker
        while doc[lo].idx < past:
            lo += 1
        return doc[lo : hi + 1]
    for c in head.children:
        edge = c.left_edge.i
        if (
            c.dep_ in ("acl", "advcl")
            and c.tag_ == "VBG"
            and head.i < edge <= hi
            and doc[edge - 1].text == ","
            and c.lemma_.lower() not in SET_PARTICIPLES
            and c.lemma_.lower() not in words_of(doc).cue_verbs
        ):
            # "Trump, speaking at a rally in Wilmington, said": a participle set off by commas
            # tells what the speaker was doing, not who they are
            hi = min(hi, edge - 2)
        if (
            c.dep_ == "relcl"
            and head.i < edge <= hi
            and doc[edge - 1].text == ","
            and c.lemma_.lower() in words_of(doc).cue_verbs
            and doc[edge].tag_ in ("WP", "WDT")
            and not any(words_of(doc).voice.get(t.lower_) == "anonymity" for t in c.subtree)
        ):
            # "Mr. Kamin, who emphasized that …, said": the clause is a report of its own, whose
            # source is "who"; the outer source is the name before it (not "officials, who
            # declined to be named,": that clause tells why the source is left unnamed)
            hi = min(hi, edge - 2)
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].ent_type_ in TIME_ENTS):
        lo += 1  # "12:15 p.m. Donald Trump says": a leading time is not the speaker
    while lo < head.i and words_of(doc).voice.get(doc[lo].lower_) == "focus" and doc[lo].head.i != lo:
        lo += 1  # "even some of his admirers", "just 30 percent of voters": the writer's focus
    for c in head.children:
        tail = [t for t in c.subtree if not (c.dep_ == "prep" and t.i == c.i)]
        if (
            c.i > head.i
            and c.left_edge.i <= hi
            and (c.dep_ in ("npadvmod", "advmod") or (c.dep_ == "prep" and c.lower_ == "on"))
            and tail
            and all(t.ent_type_ in TIME_ENTS for t in tail)
        ):
            hi = min(hi, c.left_edge.i - 1)  # "Trump last week", "the campaign on Monday"
            while hi > head.i and doc[hi].pos_ in ("ADP", "ADV") and not any(doc[hi].children):
                hi -= 1  # "a poll out Monday": the word the date hung on goes with it
    while hi > head.i and doc[hi].lower_ in REFLEXIVES:
        hi -= 1  # "Clinton herself", "the candidate himself"
    if doc[lo].lower_ in SINGULAR_DETS and head.tag_ in ("NNS", "NNPS"):
        # "a step officials said would help": a singular article cannot open a plural phrase,
        # so the words up to its last singular noun are a phrase of their own the parser joined
        joined = [
            t for t in doc[lo + 1 : head.i] if t.dep_ == "compound" and t.tag_ == "NN" and not t.ent_type_
        ]
        if joined:
            lo = joined[-1].i + 1
    nxt = hi + 1
    if (
        nxt + 1 < len(doc)
        and doc[nxt].text == ","
        and any(t.text == "," for t in doc[lo:hi])
        and (doc[nxt + 1].i == head.head.i or adverbial(doc[nxt + 1]))
    ):
        hi = nxt  # "Mr. X, the minister," said: the parenthetical pair's comma is the source's
    elif (
        nxt + 1 < len(doc)
        and doc[nxt].text in DASHES
        and any(t.text == doc[nxt].text for t in doc[head.i : hi])
        and (doc[nxt + 1].i == head.head.i or adverbial(doc[nxt + 1]))
    ):
        hi = nxt  # "Chris Christie – a Cowboys fan – said": so is the pair's closing dash
    return doc[lo : hi + 1]


def closes(doc: Doc, lo: int, hi: int) -> bool:
    """Whether token ``hi`` closes a bracket opened inside ``doc[lo:hi]``."""
    return doc[hi].text == ")" and any(t.text == "(" for t in doc[lo:hi])


def verb_group(doc: Doc, verb: Token, prep: Token | None = None) -> Span:
    """The verb group of a cue: auxiliaries, negation and the verb ("has not said").

    With ``prep`` close after the verb, the cue runs to it ("talked about").
    """
    lo = verb.i
    for c in sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i):
        if c.i == lo - 1 and (
            c.dep_ in ("aux", "auxpass", "neg") or (c.dep_ == "advmod" and c.pos_ == "ADV")
        ):
            lo = c.i  # "has not said", "also said"
    hi = verb.i
    for c in verb.children:
        if c.dep_ == "prt" and c.i == hi + 1:
            hi = c.i
    if prep is not None and 0 < prep.i - hi <= 3 and all(adverbial(doc[i]) for i in range(hi + 1, prep.i)):
        hi = prep.i
    return doc[lo : hi + 1]


def adverbial(t: Token) -> bool:
    """Whether ``t`` may sit inside a cue's verb group ("spoke out Tuesday about")."""
    return t.pos_ in ("ADV", "PART") or t.dep_ == "prt" or t.ent_type_ in TIME_ENTS


def trim(doc: Doc, lo: int, hi: int) -> tuple[int | None, int | None]:
    """Return the character span of tokens ``lo``..``hi - 1`` without edge punctuation."""
    toks = [t for t in doc[lo:hi] if not t.is_space]
    toks = without_edge_punct(toks)
    if not toks:
        return None, None
    first, last = toks[0], toks[-1]
    if sum(t.is_quote for t in toks) % 2 == 1:
        # the parse leaves the opening mark of a quoted start outside the phrase
        # ("condemned “such an attack” on …"): an unmatched closer inside takes it back
        while not toks[0].is_quote and first.i > 0:
            prev = first.nbor(-1)
            if not (prev.is_quote and not prev.whitespace_):
                break
            first = prev
    if sum(t.is_quote for t in doc[first.i : last.i + 1]) % 2 == 1 and not last.is_quote:
        # an unmatched opener inside whose closer the parse left out ("were “mostly false.”")
        nxt = list(doc[last.i + 1 : last.i + 3])
        if nxt and nxt[0].is_quote and not last.whitespace_:
            last = nxt[0]
        elif (
            len(nxt) == 2
            and nxt[0].text in ".,!?"
            and nxt[1].is_quote
            and not last.whitespace_
            and not nxt[0].whitespace_
        ):
            last = nxt[1]
    return first.idx, last.idx + len(last.text)


def resolve_ref(
    span: Span | None, mentions: Sequence[Mention], *, common: bool = False, _depth: int = 0
) -> tuple[ActorRef | None, str | None]:
    """The actor a speaker or addressee span names, through the mention under its head.

    Without a mention, a proper name stands as it is; with ``common`` so does a common noun
    phrase ("told reporters", "said the chair of the meeting"), without its determiner and
    without what follows a comma (", who asked …").
    """
    if span is None:
        return None, None
    if len(span) and in_dateline(span[-1]):
        return None, None
    if len(span) and in_dateline(span.doc[max(0, span.start - 1)]):
        # "10:42 GMT - Zelenskyy: …" (a live blog's label): the name past the stamp, and no
        # mention the tagger ran across the stamp into it
        lo = next(t.i for t in span if not in_dateline(t))
        span = span.doc[lo : span.end]
        mentions = [m for m in mentions if not (m.start < span.start_char < m.end)]
    turn = interview_turn(span)
    if turn == "Q":
        return None, None  # "Q: …": the interviewer, whom the text does not name as a speaker
    if turn == "A":
        # "A: …": the one interviewed, the person named last before the questions begin
        text = doc_text(span.doc)
        roles = words_of(span.doc).interview_roles
        asks = "|".join(re.escape(w) for w, r in roles.items() if r == "question")
        first = re.search(rf"(?mi)^(?:{asks})\s*[:.]", text)
        lo = first.start() if first is not None and first.start() < span.start_char else span.start_char
        people = [m for m in mentions if m.end <= lo and m.kind == "person"]
        if not people:
            return None, None
        m = people[-1]
        return ActorRef(name=as_written(m, mentions), kind=m.kind, country=m.country), m.actor_id
    named = relative_antecedent(span)
    if named is not None:
        # "a senator who said …": the actor is the noun the clause hangs on
        span = named
        if word_kind(span, words_of(span.doc).voice) == "unnamed" and not names_someone(span):
            common = False  # "an official who spoke on condition of anonymity": left unnamed
    root = span.root
    best: Mention | None = None
    for m in mentions:
        if m.start <= root.idx < m.end:
            best = m
            break
    appos = [c for c in root.children if c.dep_ == "appos" and span.start <= c.i < span.end]
    for prep in (c for c in root.children if c.dep_ == "prep" and not appos):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            # "a spokeswoman for Pelosi, Jane Doe,": the parser hangs the name on the name
            # before it, but a person's name beside another name is the head noun's
            appos += [
                c
                for c in obj.children
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and span.start <= c.i < span.end
            ]
    if best is None and appos:
        # "His deputy, Angela Rayner, said": the name set beside the head is the speaker's
        best = next((m for m in mentions if m.start <= appos[0].idx < m.end), None)
        if best is None and appos[0].pos_ == "PROPN":
            names = [t for t in appos[0].subtree if t.pos_ == "PROPN" and span.start <= t.i < span.end]
            return ActorRef(name=joined(names)), None
    if best is None and owner_speaks(root):
        # "a spokeswoman for Pelosi", "Netanyahu's office": the one they speak for
        for m in mentions:
            if m.start < span.end_char and span.start_char < m.end:
                best = m
                break
    if best is None and len(span) == 1 and root.pos_ == "PRON" and _depth < 3:
        # "… told Parliament that …" then '"…," he said.' with no actor under "he" (the
        # name was read as no person): the subject it continues, as a reader takes it
        before = pronoun_antecedent(root, mentions)
        if before is not None:
            return resolve_ref(before, mentions, common=common, _depth=_depth + 1)
    if best is None and _depth < 3 and epithet(span):
        # '"…," Grant Shapps told parliament. The 55-year-old added …': the person named last
        before = description_antecedent(root, mentions)
        if before is not None:
            return resolve_ref(before, mentions, common=common, _depth=_depth + 1)
    if best is None and root.pos_ not in ("NOUN", "PROPN", "PRON"):
        # a misparsed name ("Oversight ranking Democrat Elijah Cummings"): the person in it
        people = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char]
        best = next((m for m in reversed(people) if m.kind == "person"), None)
        runs: list[list[Token]] = [[]]
        for t in span:
            if t.pos_ == "PROPN":
                runs[-1].append(t)
            elif runs[-1]:
                runs.append([])
        longest = max(runs, key=len)
        if best is None and longest:
            return ActorRef(name=joined(longest)), None
    if best is not None:
        return ActorRef(name=as_written(best, mentions), kind=best.kind, country=best.country), best.actor_id
    if root.pos_ == "PROPN" or (
        root.is_title and root.pos_ != "PRON" and all(t.is_title or not t.is_alpha for t in span)
    ):
        # a name, also one the tagger misread ("said Skelly" as an adverb)
        names = [t for t in span if t.pos_ == "PROPN" or (t.is_title and t.pos_ != "DET")]
        if len(names) == 1:
            # "Sabahi said" with no actor of its own: the one person the article names so
            same = {
                m.actor_id: m
                for m in mentions
                if m.kind == "person"
                and m.actor_id
                and names[0].text in (m.text.split()[-1], (m.name or m.text).split()[-1])
            }
            if len(same) == 1:
                m = next(iter(same.values()))
                return ActorRef(name=as_written(m, mentions), kind=m.kind, country=m.country), m.actor_id
        return ActorRef(name=joined(names)), None
    if common and root.pos_ == "NOUN":
        clauses = {x.i for c in span if c.dep_ in ("relcl", "acl") for x in c.subtree}
        words = []
        for t in span:
            if t.text in ",;:(" or t.i in clauses:
                break
            if not (t.dep_ == "det" and t.i == span.start):
                words.append(t)
        return ActorRef(name=joined(words)), None
    return None, None


@dataclass(frozen=True)
class SpeakerWords:
    """The tables the speaker functions read, as the extractor loaded them (with a user's
    ``rules_dir`` rows): set on a doc with ``carry_words``, read with ``words_of``."""

    cue_verbs: frozenset[str]
    voice: Mapping[str, str]
    actor_words: Lexicon
    interview_roles: Mapping[str, str]

    @classmethod
    def load(cls, rules_dir: str | None = None) -> SpeakerWords:
        return cls(
            frozenset(load_cues(rules_dir, "VERB")),
            MappingProxyType(load_source_words(rules_dir)),
            Lexicon.load(rules_dir),
            MappingProxyType(load_interview_roles(rules_dir)),
        )


WORDS_KEY = "newsledger.quotes.words"


def carry_words(doc: Doc, words: SpeakerWords) -> None:
    """Let the speaker functions of ``doc`` read ``words``."""
    doc.user_data[WORDS_KEY] = words


def words_of(doc: Doc) -> SpeakerWords:
    """The tables carried by ``doc``, or the packaged ones."""
    words = doc.user_data.get(WORDS_KEY)
    return words if isinstance(words, SpeakerWords) else _packaged_words()


@functools.lru_cache(maxsize=1)
def _packaged_words() -> SpeakerWords:
    return SpeakerWords.load(None)


def pronoun_antecedent(pron: Token, mentions: Sequence[Mention]) -> Span | None:
    """The subject a speaking "he", "she" or "they" with no actor of its own continues.

    The main clause's subject first, nearest sentence first (its own, before it, then up to
    three back), outside quotation marks, agreeing in number and, for he/she, a person.
    """
    word = words_of(pron.doc).actor_words.pronouns.get(pron.lower_)
    if word not in ("m", "f", "plural") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return _recent_subject(pron, lambda t: t.pos_ != "PRON" and _agrees(t, word, mentions))


def _recent_subject(tok: Token, fits: Callable[[Token], bool]) -> Span | None:
    """The subject before ``tok`` that ``fits``: nearest sentence first (its own, then up to
    three back), a main clause's subject before others, none inside quotation marks."""
    doc = tok.doc
    text = doc_text(doc)
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= tok.i < s.end), -1)
    for sent in reversed(sents[max(0, k - 3) : k + 1]):
        found = [
            t
            for t in sent
            if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and not _quoted(text, t.idx) and fits(t)
        ]
        if found:
            found.sort(key=lambda t: (t.head.dep_ != "ROOT", -t.i))
            return np_span(doc, found[0], [0] * len(doc))
    return None


def epithet(span: Span) -> bool:
    """Whether ``span`` is a definite description a reader takes for the person named last.

    "the 55-year-old", "the billionaire", "the Massachusetts Democrat"; not an official or
    spokesman (usually someone new), a body, a head with its own
    complement ("the head of the agency") or with a common noun before it ("the band leader").
    """
    words = [t for t in span if not (t.is_punct or t.is_space)]
    root = span.root
    if not words or words[0].lower_ != "the" or root.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("prep", "appos") and c.i > root.i for c in root.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in root.children):
        return False  # "the band leader", "the campaign manager": another role than the title's
    lemma = root.lemma_.lower()
    if words_of(root.doc).voice.get(lemma) is not None:
        return False
    lex = words_of(root.doc).actor_words
    aged = (lemma == "old" and any(t.lower_ == "year" for t in span)) or root.lower_.endswith("-old")
    # not a title or an office's noun ("the minister", "the senator"): the actor resolver
    # gives those to a holder it knows, and otherwise they usually bring in someone new
    return aged or lemma in lex.epithet_nouns or lemma in lex.party_words


def description_antecedent(root: Token, mentions: Sequence[Mention]) -> Span | None:
    """The person a definite description continues: the last one named as a subject.

    Nearest sentence first (its own, before it, then up to three back), the main clause's
    subject first, outside quotation marks.
    """
    return _recent_subject(
        root, lambda t: any(m.kind == "person" and m.start <= t.idx < m.end for m in mentions)
    )


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside a quotation of its paragraph (by the marks before it)."""
    para = text[text.rfind("\n", 0, offset) + 1 : offset]
    return (para.count('"') + para.count("\u201c") + para.count("\u201d")) % 2 == 1


def _agrees(t: Token, word: str, mentions: Sequence[Mention]) -> bool:
    """Whether subject ``t`` may be what a pronoun of ``word`` (m, f, plural) refers to."""
    lex = words_of(t.doc).actor_words
    kind = next((m.kind for m in mentions if m.start <= t.idx < m.end), None)
    role = lex.role_nouns.get(t.lower_) or lex.role_nouns.get(t.lemma_.lower())
    plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
    if word == "plural":
        body = words_of(t.doc).voice.get(t.lemma_.lower()) in ("voice", "body")
        return (
            plural
            or body
            or kind in ("group", "organisation", "state")
            or role in ("group", "organisation", "state")
        )
    if plural:
        return False
    if t.pos_ == "PROPN":
        return kind == "person" or (kind is None and t.ent_type_ in ("PERSON", ""))
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children)
    return t.pos_ == "NOUN" and (
        role == "person" or t.lower_ in lex.epithet_nouns or t.lower_.endswith("-old") or named
    )


def owner_speaks(root: Token) -> bool:
    """Whether a noun names someone who speaks for whoever the phrase names beside it.

    "a spokeswoman for Pelosi", "an official at the ministry", "Netanyahu's office" speak for
    Pelosi, the ministry, Netanyahu; "his deputy", "the lawyer for X" speak for themselves.
    """
    voice = words_of(root.doc).voice
    kind = voice.get(root.lemma_.lower()) or voice.get(root.lower_)
    return kind in ("unnamed", "media", "voice")


def in_dateline(t: Token) -> bool:
    """Whether ``t`` stands in the wire dateline opening its paragraph ("LONDON (Reuters) -")."""
    return t.idx < dateline_end(doc_text(t.doc), t.idx, wire_dateline)


def dateline_end(text: str, offset: int, measure: Callable[[str], int] = dateline_length) -> int:
    """Where the dateline opening the paragraph of ``offset`` ends, as ``measure`` reads it
    (the paragraph's start when it opens with none)."""
    para_lo = text.rfind("\n", 0, offset) + 1
    para_hi = text.find("\n", offset)
    return para_lo + measure(text[para_lo : para_hi if para_hi >= 0 else len(text)])


# "New York (AFP) – ", "Dec 29 (Reuters) - ": a place or date in any case, then the agency
AGENCY_DATELINE = re.compile(
    r"[A-Z][^\n()\-\u2013\u2014]{1,40}\([A-Z][A-Za-z .]{1,20}\) ?(?:-{1,2}|\u2014|\u2013) ?"
)


# "10:42 GMT - ", "9.15am BST – ": the time stamp opening an entry of a live blog
LIVE_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)? ?(?:[A-Z]{2,4})? ?(?:-{1,2}|\u2014|\u2013|:) ?", re.IGNORECASE
)


def wire_dateline(line: str) -> int:
    """The length of the wire dateline opening ``line``, with the agency-marked kinds the
    cleaner's pattern (capitals only) leaves out and a live blog's time stamp; 0 when it
    has none."""
    n = dateline_length(line)
    if n:
        return n
    m = AGENCY_DATELINE.match(line) or LIVE_STAMP.match(line)
    return m.end() if m is not None and line[m.end() : m.end() + 1].isupper() else 0


def entity_texts(span: Span) -> list[str]:
    """The texts of the named entities inside ``span``, read from its tokens (``Span.ents``
    walks every entity of the document, which is slow when asked for each cue)."""
    out: list[str] = []
    first: Token | None = None
    last: Token | None = None
    for t in span:
        if t.ent_iob_ == "I" and first is not None:
            last = t
            continue
        if first is not None and last is not None:
            out.append(span.doc[first.i : last.i + 1].text)
        first = last = t if t.ent_iob_ in ("B", "I") else None
    if first is not None and last is not None:
        out.append(span.doc[first.i : last.i + 1].text)
    return out


def joined(tokens: Sequence[Token]) -> str:
    """The words of ``tokens`` as the text spaces them ("BBC's Today programme", not
    "BBC 's Today programme")."""
    return "".join(t.text_with_ws for t in tokens).strip()


def as_written(m: Mention, mentions: Sequence[Mention]) -> str:
    """The name of ``m``'s actor as the article spells it: for a person, the longest mention
    by name ("Volodymyr Zelenskyy", "Gerhard Schroeder", where the gazetteer holds "Volodymyr
    Zelensky", "Gerhard Schröder"); else the actor's name. The actor id keeps them one."""
    if m.actor_id is None or m.kind != "person":
        return m.name or m.text
    names = [
        x.text
        for x in mentions
        if x.actor_id == m.actor_id and x.how in ("name", "title") and is_name_like(x.text, max_tokens=5)
    ]
    return max(names, key=len) if names else m.name or m.text


def past_dateline(text: str, lo: int, hi: int) -> int:
    """``lo``, or past the wire dateline when a content starts with its paragraph's
    ("MOSCOW, Jan. 21 (Reuters) - X met Y, the Kremlin said": the content is "X met Y")."""
    if text[text.rfind("\n", 0, lo) + 1 : lo].strip():
        return lo
    start = dateline_end(text, lo)
    return start if lo < start < hi else lo


def sentence_of(starts: list[int], offset: int) -> int:
    """The index of the sentence (by start offsets) that ``offset`` falls in."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def according_to(doc: Doc, t: Token, words: dict[str, str]) -> Found | None:
    """ "According to X, …": X is the source, the rest of the sentence the content."""
    to = [c for c in t.children if c.lower_ == "to"]
    if not to:
        return None
    objs = [c for c in to[0].children if c.dep_ == "pobj"]
    if not objs:
        return None
    src = according_source(doc, objs[0])
    sent = t.sent
    phrase_lo = t.i
    phrase_hi = src.end
    lead: tuple[int, int] | None = None
    if phrase_lo == sent.start or (phrase_lo - sent.start <= 2):
        lo_tok, hi_tok = phrase_hi, sent.end
    else:
        lo_tok, hi_tok = sent.start, phrase_lo
        rest = [x for x in doc[phrase_hi : sent.end] if not (x.is_space or x.is_punct)]
        if (
            doc[phrase_lo - 1].text == ","
            and phrase_hi < sent.end
            and doc[phrase_hi].text == ","
            and len(rest) >= 3
        ):
            # "For Trump, according to X, the speech is a test": the words on both sides
            a, b = trim(doc, sent.start, phrase_lo)
            lead = (a, b) if a is not None and b is not None else None
            lo_tok, hi_tok = phrase_hi, sent.end
    toks = [x for x in doc[lo_tok:hi_tok] if not x.is_space]
    toks = without_edge_punct(toks)
    if len(toks) < 3:
        return None
    cue = doc[t.i : to[0].i + 1]
    return Found(
        "indirect",
        toks[0].idx,
        toks[-1].idx + len(toks[-1].text),
        cue,
        src,
        None,
        source_chain(src, None, words),
        lead,
    )


def in_finding(doc: Doc, t: Token, findings: frozenset[str], words: dict[str, str]) -> Found | None:
    """ "In a Gallup poll, X leads Y", "X has a lead in the latest polls": a finding's source.

    ``t`` is "in" with an object whose noun reports findings (poll, survey, study); the rest
    of the clause is the content, as with "according to". Not inside a subject ("the rise in
    the polls").
    """
    if t.dep_ != "prep" or t.lower_ != "in":
        return None
    obj = next((c for c in t.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in findings:
        return None
    head = t.head
    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        if head.dep_ in ("nsubj", "nsubjpass", "pobj"):
            return None
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("ROOT", "conj") or head.head.dep_ != "ROOT":
        return None  # not in a clause of its own ("Cruz, who leads in the polls")
    src_hi = obj.i + 1
    for c in obj.children:
        if c.i > obj.i and c.dep_ in ("prep", "acl", "relcl", "appos", "compound", "nummod"):
            src_hi = max(src_hi, c.right_edge.i + 1)
    src = doc[obj.left_edge.i : src_hi]
    sent = t.sent
    if t.i - sent.start <= 1:
        lo_tok, hi_tok = t.right_edge.i + 1, sent.end
    else:
        lo_tok, hi_tok = max(sent.start, head.left_edge.i), t.i
    toks = [x for x in doc[lo_tok:hi_tok] if not x.is_space]
    toks = without_edge_punct(toks)
    if len(toks) < 3 or not any(x.pos_ in ("VERB", "AUX") for x in toks):
        return None
    return Found(
        "indirect",
        toks[0].idx,
        toks[-1].idx + len(toks[-1].text),
        doc[t.i : t.i + 1],
        src,
        None,
        source_chain(src, None, words),
    )


# ------------------------------------------------------------------ roles


def interview_turn(span: Span) -> str | None:
    """ "Q" or "A" when ``span`` is the label of a question or answer opening a paragraph of
    an interview transcript ("Q: Will you raise taxes?", "A: We have no plans …")."""
    role = words_of(span.doc).interview_roles.get(span.text.strip().rstrip(":.").lower())
    if role is None:
        return None
    turn = "Q" if role == "question" else "A"
    text = doc_text(span.doc)
    para_lo = text.rfind("\n", 0, span.start_char) + 1
    opens = not text[para_lo : span.start_char].strip()
    return turn if opens and text[span.end_char : span.end_char + 2].lstrip()[:1] in (":", ".") else None


def inverted_name(doc: Doc, verb: Token, inside: list[int]) -> Span | None:
    """The name after an inverted cue the parser did not take for its subject or object.

    '“…,” said Skelly, explaining …': the tagger read "Skelly" as an adverb; '“…,” said
    Oversight ranking Democrat X': it hung the name on a word it misread. The name runs from
    the word after the cue to the next comma or stop.
    """
    after = verb.i + 1
    if not (
        verb.i >= 1
        and doc[verb.i - 1].is_quote
        and after < verb.sent.end
        and doc[after].is_title
        and not inside[after]
        and doc[after].ent_type_ not in TIME_ENTS
        and not (doc[after].head.i == verb.i and doc[after].dep_ in NAMED_DEPS)
    ):
        return None
    end = after
    while end < verb.sent.end and doc[end].text not in (",", ".", ";", ":") and not doc[end].is_space:
        end += 1
    return doc[after:end]


def relative_antecedent(span: Span) -> Span | None:
    """The noun phrase a relative pronoun standing as a speaker hangs on ("a senator who said")."""
    if len(span) != 1 or span[0].tag_ not in ("WP", "WDT") or span[0].head.dep_ != "relcl":
        return None
    clause = span[0].head
    return np_span(span.doc, clause.head, [0] * len(span.doc), stop=clause.left_edge.i)


def source_chain(speaker: Span | None, addressee: Span | None, words: dict[str, str]) -> tuple[str, ...]:
    """Outlets and unnamed sources the words came through, nearest first."""
    chain: list[str] = []
    if speaker is not None:
        speaker = relative_antecedent(speaker) or speaker
    if addressee is not None and word_kind(addressee, words) == "media":
        chain.append(addressee.text)
    if speaker is not None:
        kind = word_kind(speaker, words)
        if kind == "media" or (kind == "unnamed" and not names_someone(speaker)):
            chain.append(speaker.text)
    return tuple(chain)


def names_someone(span: Span) -> bool:
    """Whether a source phrase names its source: a proper noun at its head or a person's name
    in it ("Jane Roe", "an official, Jane Roe,"), not only a place or body ("a senior U.S.
    official", "an EU diplomat", "a White House official" stay unnamed)."""
    return span.root.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in span)


def word_kind(span: Span, words: Mapping[str, str]) -> str | None:
    """The kind of source a span names by its words (media, unnamed), if any."""
    root = span.root
    kind = words.get(root.lemma_.lower()) or words.get(root.lower_)
    if kind == "unnamed":
        return kind
    if kind == "media":
        return kind
    for t in span:
        if words.get(t.lemma_.lower()) == "media" and t.dep_ == "compound":
            return "media"
    return kind


def to_quotes(
    article: Article,
    doc: Doc,
    found: list[Found],
    mentions: Sequence[Mention],
    actors: Sequence[Actor],
) -> list[Quote]:
    """Turn found spans into ``Quote`` records: actors by mention, ids by content, no repeats."""
    text = article.text
    sent_starts = [s.start_char for s in doc.sents]
    out: list[Quote] = []
    seen: set[str] = set()
    for f in found:
        # a description stands as the speaker's name, unless it is an unnamed source the
        # chain already holds ("an official who spoke on condition of anonymity")
        unnamed = f.speaker is not None and f.speaker.text in f.chain
        spk_ref, spk_id = resolve_ref(f.speaker, mentions, common=not unnamed)
        adr_ref, adr_id = resolve_ref(f.addressee, mentions, common=True)
        cue_lo = f.cue.start_char if f.cue is not None else None
        qid = content_id(article.id, f.kind, str(f.start), str(f.end), str(cue_lo))
        if qid in seen:
            continue
        seen.add(qid)
        out.append(
            Quote(
                id=qid,
                article_id=article.id,
                speaker=spk_ref,
                addressee=adr_ref,
                text=text[f.start : f.end],
                kind=f.kind,
                cue=f.cue.text if f.cue is not None else None,
                start=f.start,
                end=f.end,
                source_chain=f.chain,
                sentence=sentence_of(sent_starts, f.start),
                speaker_id=spk_id,
                speaker_start=f.speaker.start_char if f.speaker is not None else None,
                speaker_end=f.speaker.end_char if f.speaker is not None else None,
                cue_start=cue_lo,
                cue_end=f.cue.end_char if f.cue is not None else None,
                addressee_id=adr_id,
            )
        )
    return out
