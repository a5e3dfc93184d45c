"""Rule-based quote extraction (``rules.v1``): direct quotations and reported speech.

Direct quotations are the quoted spans of the text (``marks.find_quoted``) that read as
speech (a clause or a long span, not a scare quote or a title) and are tied to a cue verb
beside them ("…,” she said), to the sentence before that ends in a colon, or to the quote
they continue. Reported speech is a cue verb of the lexicon (``data/quotes/cues.v1.tsv``)
with a subject and a content clause ("X said that …", "X accused Y of …"), or "according
to X". Speakers and addressees are the resolved actor mentions under the parse's subject
and object; outlets and unnamed sources the words came through go to ``source_chain``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel
from spacy.tokens import Doc, Span, Token

from newsledger.model import Actor, ActorRef, Article, Mention, Quote, QuoteKind, content_id
from newsledger.quotes.marks import Quoted, find_quoted, paragraphs
from newsledger.resources import load_table


class CueRow(BaseModel):
    """One row of ``quotes/cues.v1.tsv``: a cue lemma and how its frame is built."""

    lemma: str
    kind: str
    addressee: str = ""
    preps: str = ""
    direct: bool = False


class SourceWordRow(BaseModel):
    """One row of ``quotes/sources.v1.tsv``: a word marking an outlet or an unnamed source."""

    word: str
    kind: str


@dataclass(frozen=True)
class Cue:
    """A cue word of the lexicon."""

    kind: str
    addressee: frozenset[str]
    preps: frozenset[str]
    direct: bool


LABEL = re.compile(r"[ \t]*([A-Z][\w.'\u2019\- ]{0,40}?)[ \t]?(:)[ \t]+(\S)")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TIME_ENTS = frozenset({"DATE", "TIME"})
OBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "oprd", "dep"})
CONTENT_DEPS = frozenset({"ccomp"})
INTENT_DEPS = frozenset({"xcomp"})
PUNCT_EDGE = frozenset(",.;:—–-")
MIN_DIRECT_WORDS = 4  # shorter quoted spans are fragments (scare quotes, labels, titles)
NAMING_WORDS = frozenset(
    {"so-called", "dubbed", "called", "titled", "entitled", "named", "nicknamed", "known"}
)
WORK_NOUNS = frozenset(
    {
        "film",
        "movie",
        "book",
        "song",
        "album",
        "show",
        "series",
        "novel",
        "play",
        "poem",
        "documentary",
        "programme",
        "program",
    }
)


def _cues(rules_dir: str | None) -> dict[str, Cue]:
    rows = load_table("quotes/cues.v1.tsv", CueRow, rules_dir)
    return {
        r.lemma: Cue(
            kind=r.kind,
            addressee=frozenset(x for x in r.addressee.split("|") if x),
            preps=frozenset(x for x in r.preps.split("|") if x),
            direct=r.direct,
        )
        for r in rows
    }


def _source_words(rules_dir: str | None) -> dict[str, str]:
    return {r.word: r.kind for r in load_table("quotes/sources.v1.tsv", SourceWordRow, rules_dir)}


@dataclass
class _Found:
    """A quote before it becomes a ``Quote``: spans and the tokens that anchor them."""

    kind: QuoteKind
    start: int
    end: int
    cue: Span | None
    speaker: Span | None
    addressee: Span | None = None
    chain: tuple[str, ...] = ()


class RulesQuoteExtractor:
    """Direct and reported speech by quotation marks, a cue lexicon and the dependency parse."""

    def __init__(self, rules_dir: str | None = None) -> None:
        """Load the cue lexicon and source words, with a user's extra rows from ``rules_dir``."""
        self.cues = _cues(rules_dir)
        self.source_words = _source_words(rules_dir)
        self.label_stop = frozenset(w for w, k in self.source_words.items() if k == "not_label")

    # ------------------------------------------------------------------ entry point

    def extract(
        self, article: Article, doc: Doc, *, mentions: Sequence[Mention], actors: Sequence[Actor]
    ) -> list[Quote]:
        """Return the quotes of ``article``; offsets are into ``article.text``."""
        text = article.text
        quoted = find_quoted(text)
        inside = _inside_mask(len(doc), doc, quoted)
        found: list[_Found] = []
        used_cues: set[int] = set()
        last: _Found | None = None
        last_end_para = -1
        para_of = _para_index(text)
        for q in quoted:
            speech = self._is_speech(doc, text, q)
            if speech is None:
                continue
            frame = self._direct_frame(doc, text, q, inside, short=speech == "short")
            if frame is None and last is not None and para_of(q.start) - last_end_para <= 1:
                # a quotation that continues the previous one, with no cue of its own
                frame = (last.cue, last.speaker, last.addressee, last.chain)
            if frame is None:
                continue
            cue, speaker, addressee, chain = frame
            f = _Found("direct", q.inner_start, q.inner_end, cue, speaker, addressee, chain)
            found.append(f)
            if cue is not None:
                used_cues.add(cue.root.i)
            last, last_end_para = f, para_of(q.end - 1)
        covered = [(f.start, f.end) for f in found]
        for f in self._labelled(doc, text, covered):
            found.append(f)
            covered.append((f.start, f.end))
        found.extend(self._indirect(doc, text, inside, used_cues, covered))
        found.sort(key=lambda f: (f.start, f.end))
        return self._to_quotes(article, doc, found, mentions, actors)

    # ------------------------------------------------------------------ direct quotes

    def _is_speech(self, doc: Doc, text: str, q: Quoted) -> str | None:
        """Whether a quoted span reads as quoted words (not a scare quote, label or title).

        Returns "speech", "short" (a few words ending in a comma, as the first part of a
        quote split by its attribution: "Frankly," she said, "…") or None.
        """
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None:
            return None
        words = [t for t in span if not (t.is_punct or t.is_space)]
        before = doc.char_span(max(0, q.start - 40), q.start, alignment_mode="contract")
        prev = [t for t in before if not (t.is_punct or t.is_space)] if before is not None else []
        if prev and (prev[-1].lower_ in NAMING_WORDS or prev[-1].lemma_ in WORK_NOUNS):
            return None
        if prev and prev[-1].lower_ == "as" and len(prev) > 1 and prev[-2].lower_ == "known":
            return None
        if len(words) < MIN_DIRECT_WORDS:
            lead = text[text.rfind("\n", 0, q.start) + 1 : q.start].strip()
            if words and text[q.inner_end - 1] == "," and lead in ("", "\u2014", "--"):
                return "short"
            return None
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        title_case = all(t.text[:1].isupper() or t.is_stop for t in words)
        if title_case and text[q.inner_end - 1 : q.inner_end] not in ".?!,":
            return None
        return "speech" if has_verb or len(words) >= 8 else None

    def _direct_frame(
        self, doc: Doc, text: str, q: Quoted, inside: list[int], *, short: bool = False
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """Return (cue, speaker, addressee, chain) of a direct quotation, or None."""
        first = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if first is None:
            return None
        para_lo = text.rfind("\n", 0, q.start) + 1
        para_hi = text.find("\n", q.end)
        para_hi = len(text) if para_hi < 0 else para_hi
        lead = text[para_lo : q.start].rstrip()
        # the quote must stand alone: at the start of its sentence or after ":", ",", a cue
        tok_before = _token_before(doc, q.start)
        standalone = (
            lead == ""
            or lead[-1] in ":,.!?—–-"
            or (tok_before is not None and self._is_direct_cue(tok_before))
            or (text[q.start - 2 : q.start].strip() == "" and lead[-1:] in ".!?")
        )
        if not standalone:
            return None
        # 1. a cue after the quotation, in the same sentence: "…," said X / X said; a quote
        # that ends its sentence ("….") and is followed by a capital starts no attribution
        rest = text[q.end : para_hi].lstrip()
        ends = text[q.inner_end - 1 : q.inner_end] == "." and rest[:1].isupper()
        after = None if ends else self._cue_near(doc, q.end, para_hi, inside, forward=True)
        if after is not None:
            return self._frame_of(doc, after, inside)
        if short:
            return None
        # 2. a cue before it in its paragraph's sentence: X said: "…" / X said, "…"
        before = self._cue_near(doc, para_lo, q.start, inside, forward=False)
        if before is not None:
            return self._frame_of(doc, before, inside)
        # 3. the sentence before (previous paragraph too) ends with a colon and has a cue
        prev_text = text[:para_lo].rstrip() if lead == "" else lead
        if prev_text.endswith(":"):
            lo = prev_text.rfind("\n") + 1
            cue = self._cue_near(doc, lo, len(prev_text), inside, forward=False)
            if cue is not None:
                return self._frame_of(doc, cue, inside)
        return None

    def _is_direct_cue(self, t: Token) -> bool:
        cue = self.cues.get(t.lemma_)
        return cue is not None and cue.direct and t.pos_ in ("VERB", "AUX")

    def _cue_near(self, doc: Doc, lo: int, hi: int, inside: list[int], *, forward: bool) -> Token | None:
        """Return the direct-speech cue verb nearest the quote within text[lo:hi], one sentence."""
        span = doc.char_span(lo, hi, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        toks = list(span) if forward else list(reversed(span))
        seen = 0
        for t in toks:
            if inside[t.i]:
                if forward and seen > 0:
                    return None
                continue
            if t.is_space:
                continue
            seen += 1
            if forward and seen > 12:
                return None
            if not forward and t.text in ".!?" and seen > 1:
                return None
            if forward and t.text in ".!?;" and seen > 1:
                return None
            cue = self.cues.get(t.lemma_)
            if cue is not None and cue.direct and t.pos_ in ("VERB", "AUX"):
                return t
        return None

    def _frame_of(
        self, doc: Doc, cue: Token, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]]:
        speaker = self._subject(doc, cue, inside)
        addressee = self._addressee(doc, cue, inside)
        return _cue_span(doc, cue), speaker, addressee, self._chain(speaker, addressee)

    def _labelled(self, doc: Doc, text: str, covered: list[tuple[int, int]]) -> list[_Found]:
        """Paragraphs that open with a speaker's name and a colon (transcripts, headlines)."""
        out: list[_Found] = []
        for lo, hi in paragraphs(text):
            m = LABEL.match(text, lo, hi)
            if m is None or m.group(1).strip().lower() in self.label_stop:
                continue
            if any(a < hi and lo < b for a, b in covered):
                continue
            label = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            colon = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
            if label is None or colon is None or len(label) > 5:
                continue
            if not all(t.pos_ == "PROPN" or t.is_upper or t.is_punct for t in label):
                continue
            c_lo, c_hi = m.start(3), hi
            while c_hi > c_lo and text[c_hi - 1] in " .":
                c_hi -= 1
            if c_hi - c_lo < 8:
                continue
            out.append(_Found("indirect", c_lo, c_hi, colon, label, None, ()))
        return out

    # ------------------------------------------------------------------ reported speech

    def _indirect(
        self, doc: Doc, text: str, inside: list[int], used: set[int], covered: list[tuple[int, int]]
    ) -> list[_Found]:
        out: list[_Found] = []
        spans: list[tuple[int, int]] = list(covered)
        # outermost cues first: no nested attributions
        cand = sorted(
            (t for t in doc if t.lemma_ in self.cues or t.lower_ == "according"),
            key=lambda t: (_depth(t), t.i),
        )
        for t in cand:
            if t.i in used or inside[t.i]:
                continue
            if any(a <= t.idx < b for a, b in spans):
                continue
            f = self._according(doc, t, inside) if t.lower_ == "according" else self._reported(doc, t, inside)
            if f is None or f.end - f.start < 8:
                continue
            if any(
                a < f.end and f.start < b and (min(b, f.end) - max(a, f.start)) > 0.5 * (f.end - f.start)
                for a, b in spans
            ):
                continue
            out.append(f)
            spans.append((f.start, f.end))
        return out

    def _reported(self, doc: Doc, t: Token, inside: list[int]) -> _Found | None:
        cue = self.cues[t.lemma_]
        if t.pos_ not in ("VERB",):
            return None
        content: Token | None = None
        for c in t.children:
            if c.dep_ in CONTENT_DEPS or (
                c.dep_ in INTENT_DEPS and cue.kind in ("intent", "speech") and _has_verb_to(c)
            ):
                content = c
                break
            if c.dep_ == "prep" and c.lower_ in cue.preps:
                objs = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
                if objs:
                    content = objs[0]
                    break
        if content is None:
            return None
        speaker = self._subject(doc, t, inside)
        if speaker is None:
            return None
        if speaker[0].lower_ in ("it", "there") and len(speaker) == 1:
            return None
        lo, hi = _clip(doc, content)
        if lo is None or hi is None:
            return None
        if content.i < t.i and content.i < speaker.start and content.dep_ in CONTENT_DEPS:
            # "…, a source said": the content is all the sentence before the attribution
            lo, hi = _before_attribution(doc, t.sent.start, min(speaker.start, t.i), lo)
        lo, hi = _balance(doc.text, lo, hi)
        addressee = self._addressee(doc, t, inside)
        chain = self._chain(speaker, addressee) + _according_chain(doc, t)
        return _Found("indirect", lo, hi, _cue_span(doc, t), speaker, addressee, chain)

    def _according(self, doc: Doc, t: Token, inside: list[int]) -> _Found | None:
        to = [c for c in t.children if c.lower_ == "to"]
        if not to:
            return None
        objs = [c for c in to[0].children if c.dep_ == "pobj"]
        if not objs:
            return None
        src = doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]
        sent = t.sent
        phrase_lo = t.i
        phrase_hi = objs[0].right_edge.i + 1
        if phrase_lo == sent.start or (phrase_lo - sent.start <= 2):
            lo_tok, hi_tok = phrase_hi, sent.end
        else:
            lo_tok, hi_tok = sent.start, phrase_lo
        toks = [x for x in doc[lo_tok:hi_tok] if not x.is_space]
        while toks and (toks[0].is_punct and toks[0].text in PUNCT_EDGE):
            toks.pop(0)
        while toks and (toks[-1].is_punct and toks[-1].text in PUNCT_EDGE):
            toks.pop()
        if len(toks) < 3:
            return None
        cue = doc[t.i : to[0].i + 1]
        return _Found(
            "indirect", toks[0].idx, toks[-1].idx + len(toks[-1].text), cue, src, None, self._chain(src, None)
        )

    # ------------------------------------------------------------------ roles

    def _subject(self, doc: Doc, verb: Token, inside: list[int]) -> Span | None:
        """Return the span naming who speaks: the verb's subject (or its head's)."""
        v: Token | None = verb
        for _ in range(3):
            if v is None:
                break
            subj = [c for c in v.children if c.dep_ in SUBJECTS and not inside[c.i]]
            if subj:
                return _np_span(doc, subj[0], inside)
            agent = [c for c in v.children if c.dep_ == "agent"]
            if agent:
                objs = [g for g in agent[0].children if g.dep_ == "pobj"]
                if objs:
                    return _np_span(doc, objs[0], inside)
            v = v.head if v.dep_ in ("conj", "xcomp", "advcl", "relcl") and v.head.i != v.i else None
        # "…," said the minister: the parser may take the speaker for an object
        for c in verb.children:
            late = c.i > verb.i and not inside[c.i]
            if late and c.dep_ in OBJECT_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON") and c.ent_type_ not in TIME_ENTS:
                return _np_span(doc, c, inside)
        return None

    def _addressee(self, doc: Doc, verb: Token, inside: list[int]) -> Span | None:
        """Return the hearer from the verb frame: "told reporters", "said to X", "call with Y"."""
        cue = self.cues.get(verb.lemma_)
        if cue is None:
            return None
        for c in verb.children:
            if inside[c.i]:
                continue
            if (
                c.dep_ in ("dobj", "dative")
                and "dobj" in cue.addressee
                and c.pos_ in ("PROPN", "NOUN", "PRON")
            ):
                span = _np_span(doc, c, inside)
                nxt = doc[span.end] if span.end < len(doc) else None
                if nxt is not None and nxt.head.i == verb.i and nxt.pos_ == "PROPN" and not inside[nxt.i]:
                    # "told state news agency TASS": the parser may hang the name on the verb
                    return doc[span.start : nxt.right_edge.i + 1]
                return span
            if c.dep_ in ("prep", "dative") and c.lower_ in cue.addressee:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return _np_span(doc, objs[0], inside)
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                # "in a call with Xi", "during talks with Scholz"
                for n in c.children:
                    if n.dep_ == "pobj":
                        for w in n.children:
                            if w.dep_ == "prep" and w.lower_ == "with":
                                objs = [g for g in w.children if g.dep_ == "pobj"]
                                if objs:
                                    return _np_span(doc, objs[0], inside)
        return None

    def _chain(self, speaker: Span | None, addressee: Span | None) -> tuple[str, ...]:
        """Outlets and unnamed sources the words came through, nearest first."""
        chain: list[str] = []
        if addressee is not None and self._word_kind(addressee) == "media":
            chain.append(addressee.text)
        if speaker is not None:
            kind = self._word_kind(speaker)
            if kind == "media" or (kind == "unnamed" and not any(t.pos_ == "PROPN" for t in speaker)):
                chain.append(speaker.text)
        return tuple(chain)

    def _word_kind(self, span: Span) -> str | None:
        root = span.root
        kind = self.source_words.get(root.lemma_.lower()) or self.source_words.get(root.lower_)
        if kind == "unnamed":
            return kind
        if kind == "media":
            return kind
        for t in span:
            if self.source_words.get(t.lemma_.lower()) == "media" and t.dep_ == "compound":
                return "media"
        return kind

    # ------------------------------------------------------------------ output

    def _to_quotes(
        self,
        article: Article,
        doc: Doc,
        found: list[_Found],
        mentions: Sequence[Mention],
        actors: Sequence[Actor],
    ) -> list[Quote]:
        text = article.text
        sent_starts = [s.start_char for s in doc.sents]
        out: list[Quote] = []
        seen: set[str] = set()
        for f in found:
            spk_ref, spk_id = _resolve(f.speaker, mentions)
            adr_ref, adr_id = _resolve(f.addressee, mentions, common=True)
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
                    sentence=_sentence_of(sent_starts, f.start),
                    speaker_id=spk_id,
                    speaker_start=f.speaker.start_char if f.speaker is not None else None,
                    speaker_end=f.speaker.end_char if f.speaker is not None else None,
                    cue_start=cue_lo,
                    cue_end=f.cue.end_char if f.cue is not None else None,
                    addressee_id=adr_id,
                )
            )
        return out


# ---------------------------------------------------------------------- helpers


def _inside_mask(n: int, doc: Doc, quoted: list[Quoted]) -> list[int]:
    """1 for tokens inside a quoted span (marks included), else 0."""
    mask = [0] * n
    for q in quoted:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            mask[t.i] = 1
    return mask


def _para_index(text: str) -> _ParaIndex:
    return _ParaIndex([i for i, ch in enumerate(text) if ch == "\n"])


class _ParaIndex:
    """Maps a character offset to its paragraph (line) number."""

    def __init__(self, breaks: list[int]) -> None:
        self.breaks = breaks

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset)


def _token_before(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(0, offset, alignment_mode="contract") if offset > 0 else None
    if span is None:
        return None
    for t in reversed(span):
        if not (t.is_space or t.is_punct):
            return t
    return None


def _according_chain(doc: Doc, verb: Token) -> tuple[str, ...]:
    """The source of an "according to X" phrase on ``verb`` (X said, according to Y)."""
    for c in verb.children:
        if c.lower_ == "according":
            for to in c.children:
                if to.lower_ == "to":
                    for o in to.children:
                        if o.dep_ == "pobj":
                            return (doc[o.left_edge.i : o.right_edge.i + 1].text,)
    return ()


def _before_attribution(doc: Doc, sent_start: int, attr_start: int, lo: int) -> tuple[int, int]:
    """The content of a post-posed attribution: its sentence up to the attribution."""
    toks = [t for t in doc[sent_start:attr_start] if not t.is_space]
    while toks and toks[0].is_punct and toks[0].text in PUNCT_EDGE:
        toks.pop(0)
    while toks and toks[-1].is_punct and toks[-1].text in PUNCT_EDGE:
        toks.pop()
    if not toks:
        return lo, lo
    return min(lo, toks[0].idx), toks[-1].idx + len(toks[-1].text)


OPENING = frozenset("\u201c\u00ab\u201e")
CLOSING = frozenset("\u201d\u00bb")


def _balance(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Widen a content span to the closing mark of a quotation it opens but does not close."""
    part = text[lo:hi]
    opened = sum(part.count(c) for c in OPENING) + part.count('"') % 2
    closed = sum(part.count(c) for c in CLOSING)
    if opened > closed:
        j = hi
        while j < len(text) and j - hi < 3 and text[j] in ",.!?;:":
            j += 1
        if j < len(text) and (text[j] in CLOSING or text[j] == '"'):
            return lo, j + 1
    return lo, hi


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def _has_verb_to(c: Token) -> bool:
    return c.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def _clip(doc: Doc, head: Token) -> tuple[int | None, int | None]:
    """Return the character span of ``head``'s subtree, without edge punctuation."""
    toks = [t for t in doc[head.left_edge.i : head.right_edge.i + 1] if not t.is_space]
    while toks and toks[0].is_punct and toks[0].text in PUNCT_EDGE:
        toks.pop(0)
    while toks and toks[-1].is_punct and toks[-1].text in PUNCT_EDGE:
        toks.pop()
    if not toks:
        return None, None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _np_span(doc: Doc, head: Token, inside: list[int]) -> Span:
    """The noun phrase of ``head``: its subtree, cut at quotes and clause edges."""
    lo, hi = head.left_edge.i, head.right_edge.i
    for i in range(head.i, lo - 1, -1):
        if inside[i] or doc[i].is_space:
            lo = i + 1
            break
    for i in range(head.i, hi + 1):
        if inside[i] or doc[i].is_space:
            hi = i - 1
            break
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space) and not _closes(doc, lo, hi):
        hi -= 1
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    nxt = hi + 1
    if nxt < len(doc) and doc[nxt].text == "," and any(t.text == "," for t in doc[lo:hi]) and doc[nxt].head.i == head.head.i:
        hi = nxt  # "Mr. X, the minister," said: the parenthetical pair's comma is the source's
    return doc[lo : hi + 1]


def _closes(doc: Doc, lo: int, hi: int) -> bool:
    """Whether token ``hi`` closes a bracket opened inside ``doc[lo:hi]``."""
    return doc[hi].text == ")" and any(t.text == "(" for t in doc[lo:hi])


def _cue_span(doc: Doc, verb: Token) -> Span:
    """The verb group of a cue: auxiliaries, negation and the verb ("has not said")."""
    lo = verb.i
    for c in sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i):
        if c.dep_ in ("aux", "auxpass", "neg") and c.i == lo - 1:
            lo = c.i
    hi = verb.i
    for c in verb.children:
        if c.dep_ == "prt" and c.i == hi + 1:
            hi = c.i
    return doc[lo : hi + 1]


def _resolve(
    span: Span | None, mentions: Sequence[Mention], *, common: bool = False
) -> tuple[ActorRef | None, str | None]:
    """The actor a speaker or addressee span names, through the mention under its head.

    Without a mention, a proper name stands as it is; with ``common`` (addressees: "told
    reporters") so does a common noun phrase, without its determiner.
    """
    if span is None:
        return None, None
    root = span.root
    best: Mention | None = None
    for m in mentions:
        if m.start <= root.idx < m.end:
            best = m
            break
    if best is None:
        for m in mentions:
            if m.start < span.end_char and span.start_char < m.end:
                best = m
                break
    if best is not None:
        return ActorRef(name=best.name or best.text, kind=best.kind, country=best.country), best.actor_id
    if root.pos_ == "PROPN":
        names = [t for t in span if t.pos_ == "PROPN"]
        return ActorRef(name=" ".join(t.text for t in names)), None
    if common and root.pos_ == "NOUN":
        words = [t for t in span if not (t.dep_ == "det" and t.i == span.start)]
        return ActorRef(name=" ".join(t.text for t in words)), None
    return None, None


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)
