"""Rule-based quote extraction (``rules.v1``): direct quotations and reported speech.

Direct quotations are the quoted spans of the text (``marks.find_quoted``) that read as
speech (a clause or a long span, not a scare quote or a title) tied to a cue verb beside
them ("…,” she said), to a cue before a colon, to the quote they continue, or to the one
person the paragraph before names; layout gives others ("NAME: …", "“…” ― NAME",
``labels``). Reported speech is a cue of the lexicon (``data/quotes/cues.v1.tsv``) with its
content: a clause ("X said that …", "…, X said", "The plan, X said, would …"), an
infinitive ("urged Y to …"), a preposition ("accused Y of …", "talked about …"), an object
("denied the report"), a possessed noun ("X's claim that …") or "according to X". Only the
outermost attribution of a sentence is kept, as in PolNeAR. Speakers and addressees are the
resolved actor mentions under the subject and the hearer of the cue's frame ("told
reporters", "in a call with Xi"); outlets and unnamed sources go to ``source_chain``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsledger.model import Actor, Article, Mention, Quote, QuoteKind
from newsledger.quotes.labels import labelled
from newsledger.quotes.lexicon import Cue, load_cues, load_source_words, load_words
from newsledger.quotes.marks import Quoted, find_quoted
from newsledger.quotes.spans import (
    TEXT_KEY,
    TIME_ENTS,
    Found,
    according_chain,
    according_to,
    adverbial,
    after_cue,
    attribution_start,
    balance_marks,
    before_attribution,
    depth,
    doc_text,
    has_verb_to,
    inside_mask,
    named_before,
    np_span,
    para_index,
    past_colon,
    reported_lead,
    sentence_rest,
    source_chain,
    to_quotes,
    token_before,
    trim,
    verb_group,
)

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
OBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "oprd", "dep"})
CONTENT_DEPS = frozenset({"ccomp"})
INTENT_DEPS = frozenset({"xcomp"})
CLAUSE_STOP = frozenset({"conj", "cc", "punct", "parataxis", "mark", "advcl"})
MIN_DIRECT_WORDS = 4
AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
AGENT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "who"})
GENERIC_CUE = Cue(
    kind="act", addressee=frozenset(), preps=frozenset(), object=True, direct=False
)  # shorter quoted spans are fragments (scare quotes, labels, titles)


class RulesQuoteExtractor:
    """Direct and reported speech by quotation marks, a cue lexicon and the dependency parse."""

    def __init__(self, rules_dir: str | None = None, *, reported: bool = True) -> None:
        """Load the cue lexicon and source words, with a user's extra rows from ``rules_dir``.

        With ``reported`` False only quoted words are returned (direct quotations and the
        quoted parts of reported speech), not paraphrase.
        """
        self.reported = reported
        self.cues = load_cues(rules_dir, "VERB")
        self.noun_cues = load_cues(rules_dir, "NOUN")
        self.adj_cues = load_cues(rules_dir, "ADJ")
        self.source_words = load_source_words(rules_dir)
        self.naming_words = load_words(rules_dir, "naming")
        self.work_nouns = load_words(rules_dir, "work")
        self.naming_verbs = load_words(rules_dir, "naming_verb")
        self.unsourced_nouns = load_words(rules_dir, "unsourced")
        self.finding_nouns = load_words(rules_dir, "finding")
        self.raising_verbs = load_words(rules_dir, "raising")
        self.stance_nouns = load_words(rules_dir, "stance")
        self.evident_adjs = load_words(rules_dir, "evident")
        self.label_stop = frozenset(w for w, k in self.source_words.items() if k == "not_label")

    # ------------------------------------------------------------------ entry point

    def extract(
        self, article: Article, doc: Doc, *, mentions: Sequence[Mention], actors: Sequence[Actor]
    ) -> list[Quote]:
        """Return the quotes of ``article``; offsets are into ``article.text``."""
        text = article.text
        doc.user_data[TEXT_KEY] = text
        quoted = find_quoted(text)
        inside = inside_mask(len(doc), doc, quoted)
        # paragraphs led by a speaker label first: their quotes need no other frame
        found: list[Found] = labelled(doc, text, self.label_stop, self.finding_nouns)
        by_label = [(f.start, f.end) for f in found]
        used_cues: set[int] = set()
        last: Found | None = None
        last_end_para = -1
        para_of = para_index(text)
        for q in quoted:
            if any(a <= q.start and q.end <= b + 1 for a, b in by_label):
                continue
            speech = self._is_speech(doc, text, q)
            if speech is None:
                continue
            frame = self._direct_frame(doc, text, q, inside, short=speech != "speech")
            last_frame: object = None
            near = 0 if speech == "fragment" else 1
            if (
                frame is None
                and last is not None
                and para_of(q.start) - last_end_para <= near
                and self._standalone(doc, text, q)
            ):
                # a quotation that continues the previous one, with no cue of its own
                frame = last_frame = (last.cue, last.speaker, last.addressee, last.chain)
            if frame is None and speech == "speech":
                named = named_before(doc, text, q, mentions)
                frame = (None, named, None, ()) if named is not None else None
            if frame is None:
                continue
            cue, speaker, addressee, chain = frame
            start, end = q.inner_start, q.inner_end
            kind: QuoteKind = "direct"
            stop = attribution_start(cue, speaker, q.end)
            gap = text[q.end : stop]
            if any(ch.isalpha() for ch in gap) and "\n" not in gap:
                # “…” to drive up the price, she said: words of the writer's run on to the cue
                start, end, kind = q.start, q.end + len(gap.rstrip(" ,;:\u2014-")), "indirect"
            elif (
                cue is not None
                and cue.end_char <= q.start
                and frame is not last_frame
                and cue.root.i not in used_cues
            ):
                lead = reported_lead(doc, cue, addressee, q.start)
                if lead is not None:
                    # X said the plan, “…,” would …: the writer's words around the quote are the content
                    start, end, kind = lead, sentence_rest(doc, q.end), "indirect"
            f = Found(kind, start, end, cue, speaker, addressee, chain)
            found.append(f)
            if cue is not None:
                used_cues.add(cue.root.i)
            last, last_end_para = f, para_of(q.end - 1)
        covered = [(f.start, f.end) for f in found]
        if self.reported:
            found.extend(self._indirect(doc, text, inside, used_cues, covered))
        found.extend(self._embedded(doc, text, quoted, inside, found))
        found.sort(key=lambda f: (f.start, f.end))
        return to_quotes(article, doc, found, mentions, actors)

    # ------------------------------------------------------------------ direct quotes

    def _is_speech(self, doc: Doc, text: str, q: Quoted) -> str | None:
        """Whether a quoted span reads as quoted words (not a scare quote, label or title).

        Returns "speech", "short" (a few words ending in a comma, as the first part of a
        quote split by its attribution: "Frankly," she said, "…"), "fragment" (a few words
        standing as a sentence: speech only as the continuation of a quote) or None.
        """
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None:
            return None
        words = [t for t in span if not (t.is_punct or t.is_space)]
        before = doc.char_span(max(0, q.start - 40), q.start, alignment_mode="contract")
        prev = [t for t in before if not (t.is_punct or t.is_space)] if before is not None else []
        if prev and (prev[-1].lower_ in self.naming_words or prev[-1].lemma_ in self.work_nouns):
            return None
        if prev and prev[-1].lower_ == "as" and len(prev) > 1 and prev[-2].lower_ == "known":
            return None
        if len(words) < MIN_DIRECT_WORDS:
            lead = text[text.rfind("\n", 0, q.start) + 1 : q.start].strip()
            if words and text[q.inner_end - 1] == "," and lead in ("", "\u2014", "--"):
                return "short"
            if words and (lead == "" or lead[-1] in ".!?"):
                return "fragment"  # a few words as a sentence: speech only after a quote
            return None
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        title_case = all(t.text[:1].isupper() or t.is_stop for t in words)
        if title_case and text[q.inner_end - 1 : q.inner_end] not in ".?!,":
            return None
        if has_verb or len(words) >= 8:
            return "speech"
        lead = text[text.rfind("\n", 0, q.start) + 1 : q.start].strip()
        if (lead == "" or lead[-1] in ".!?") and text[q.inner_end - 1] in ".!?":
            return "fragment"  # “In my head, anyway.” after a quote: its continuation
        return None

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
        standalone = self._standalone(doc, text, q)
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

    def _embedded(
        self, doc: Doc, text: str, quoted: list[Quoted], inside: list[int], found: list[Found]
    ) -> list[Found]:
        """Quoted clauses inside a sentence that no quote covers yet, tied to its nearest cue.

        "…, Mr. Austin said, but China is “the only rival with the intent to …”": the quote
        belongs to the sentence's speaker even where the parse does not link it.
        """
        out: list[Found] = []
        spans = [(f.start, f.end) for f in found]
        for q in quoted:
            if any(a <= q.inner_start and q.inner_end <= b + 1 for a, b in spans):
                continue
            if self._is_speech(doc, text, q) != "speech" or self._standalone(doc, text, q):
                continue
            span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            cues = [t for t in sent if not inside[t.i] and self._is_direct_cue(t)]
            if not cues:
                continue
            cue = min(cues, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
            c, speaker, addressee, chain = self._frame_of(doc, cue, inside)
            if speaker is None:
                continue
            out.append(Found("direct", q.inner_start, q.inner_end, c, speaker, addressee, chain))
        return out

    def _standalone(self, doc: Doc, text: str, q: Quoted) -> bool:
        """Whether a quote opens its sentence or follows ":", "," or a cue (not "was “…”")."""
        para_lo = text.rfind("\n", 0, q.start) + 1
        lead = text[para_lo : q.start].rstrip()
        tok_before = token_before(doc, q.start)
        return (
            lead == ""
            or lead[-1] in ":,.!?\u2014\u2013-"
            or lead.rstrip("\u201d\u2019\"'")[-1:] in (".", "!", "?")
            or (tok_before is not None and self._is_direct_cue(tok_before))
        )

    def _lem(self, t: Token) -> str:
        """The lemma of a cue verb, mended where the lemmatizer cuts an "e" ("rated" -> "rat", "hoping" -> "hop")."""
        lem: str = t.lemma_
        cut = (t.tag_ in ("VBD", "VBN") and t.lower_ == lem + "ed") or (
            t.tag_ == "VBG" and t.lower_ == lem + "ing"
        )
        if cut and lem + "e" in self.cues and lem not in self.cues:
            return lem + "e"
        return lem

    def _is_direct_cue(self, t: Token) -> bool:
        cue = self.cues.get(self._lem(t))
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
                run = 0
                while t.i + run < len(inside) and inside[t.i + run] and run < 6:
                    run += 1
                if forward and seen > 0 and run >= 6:
                    return None  # another quotation, not a nickname in the speaker's name
                continue
            if t.is_space:
                continue
            seen += 1
            if forward and seen > 20:
                return None
            if not forward and t.text in ".!?":
                return None
            if forward and t.text in ".!?;" and seen > 1:
                return None
            cue = self.cues.get(self._lem(t))
            if cue is not None and cue.direct and t.pos_ in ("VERB", "AUX"):
                return t
        return None

    def _frame_of(
        self, doc: Doc, cue: Token, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]]:
        speaker = self._subject(doc, cue, inside)
        addressee = self._addressee(doc, cue, inside)
        return verb_group(doc, cue), speaker, addressee, source_chain(speaker, addressee, self.source_words)

    # ------------------------------------------------------------------ reported speech

    def _indirect(
        self, doc: Doc, text: str, inside: list[int], used: set[int], covered: list[tuple[int, int]]
    ) -> list[Found]:
        out: list[Found] = []
        spans: list[tuple[int, int]] = list(covered)
        # outermost cues first: no nested attributions
        cand = sorted(
            (
                t
                for t in doc
                if self._lem(t) in self.cues
                or t.lemma_ in self.noun_cues
                or t.lemma_ in self.adj_cues
                or t.lower_ == "according"
                or t.lemma_ in self.raising_verbs
                or (t.lemma_ in self.stance_nouns and t.pos_ == "NOUN")
                or (t.lower_ in self.evident_adjs and t.pos_ == "ADJ")
            ),
            key=lambda t: (depth(t), t.i),
        )
        for t in cand:
            if t.i in used or inside[t.i]:
                continue
            if any(a <= t.idx < b for a, b in spans):
                continue
            pair = self._parenthetical(doc, t, inside) if t.pos_ == "VERB" else []
            if pair and not any(a < pair[-1].end and pair[0].start < b for a, b in spans):
                out.extend(pair)
                spans.append((pair[0].start, pair[-1].end))
                continue
            if t.lower_ == "according":
                f = according_to(doc, t, self.source_words)
            elif t.lemma_ in self.raising_verbs:
                f = self._raising(doc, t, inside)
            elif t.lemma_ in self.stance_nouns and t.pos_ == "NOUN":
                f = self._stance(doc, t, inside)
            elif t.lower_ in self.evident_adjs and t.pos_ == "ADJ":
                f = self._evident(doc, t) or self._adj_cue(doc, t, inside)
            elif t.pos_ == "NOUN":
                f = self._noun_cue(doc, t, inside)
            elif t.pos_ == "ADJ":
                f = self._adj_cue(doc, t, inside)
            else:
                f = self._reported(doc, t, inside, self.cues.get(self._lem(t)))
            if f is None or f.end - f.start < 2:
                continue
            if any(
                a < f.end and f.start < b and (min(b, f.end) - max(a, f.start)) > 0.5 * (f.end - f.start)
                for a, b in spans
            ):
                continue
            out.append(f)
            spans.append((f.start, f.end))
            if f.lead is not None:
                out.append(Found("indirect", *f.lead, f.cue, None, None, f.chain))
            if f.speaker is not None:
                spans.append((f.speaker.start_char, f.speaker.end_char))
        return out

    def _parenthetical(self, doc: Doc, t: Token, inside: list[int]) -> list[Found]:
        """ "The museum, Mr. Obama said, would make …": the content on both sides, as two parts."""
        cue = self.cues.get(self._lem(t))
        if cue is None or not cue.direct:
            return []
        speaker = self._subject(doc, t, inside)
        as_tok = next((c for c in t.children if c.lower_ == "as" and c.i < t.i), None)
        if as_tok is not None:
            # "Hawaii, as one adviser pointed out, …": the parser gives the verb two subjects
            subj = [c for c in t.children if c.dep_ in SUBJECTS and as_tok.i < c.i < t.i]
            speaker = np_span(doc, subj[0], inside) if subj else speaker
        if speaker is None or len(speaker) == 0:
            return []
        lo, hi = min(speaker.start, t.i), max(speaker.end - 1, t.i)
        while hi + 1 < len(doc) and doc[hi + 1].head.i == t.i and adverbial(doc[hi + 1]):
            hi += 1
        sent = t.sent
        if lo - 1 >= sent.start and doc[lo - 1].lower_ == "as":
            lo -= 1  # "Hawaii, as one adviser pointed out, rarely gets …"
        if lo == sent.start and doc[lo].lower_ == "as" and hi + 2 < sent.end and doc[hi + 1].text == ",":
            # "As one adviser pointed out, Hawaii rarely gets …": the content follows
            rest = [x for x in doc[hi + 2 : sent.end] if not x.is_space]
            r_lo, r_hi = trim(doc, rest[0].i, rest[-1].i + 1) if len(rest) >= 3 else (None, None)
            if r_lo is None or r_hi is None or any(inside[x.i] for x in rest[:1]):
                return []
            chain = source_chain(speaker, None, self.source_words)
            return [Found("indirect", r_lo, r_hi, verb_group(doc, t), speaker, None, chain)]
        if lo - 1 <= sent.start or hi + 2 >= sent.end or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
            return []
        if inside[lo - 2] or inside[hi + 2]:
            return []  # "“…,” he said, “…”": a split direct quote
        para_lo = doc_text(doc).rfind("\n", 0, t.idx) + 1
        first = [x for x in doc[sent.start : lo - 1] if x.idx >= para_lo and not x.is_space]
        second = [x for x in doc[hi + 2 : sent.end] if not x.is_space]
        if (
            len(first) < (1 if doc[lo].lower_ == "as" else 2)
            or len(second) < 3
            or "\n" in doc_text(doc)[t.idx : second[-1].idx]
        ):
            return []
        a_lo, a_hi = trim(doc, first[0].i, first[-1].i + 1)
        b_lo, b_hi = trim(doc, second[0].i, second[-1].i + 1)
        if a_lo is None or a_hi is None or b_lo is None or b_hi is None:
            return []
        cue_span = verb_group(doc, t)
        chain = source_chain(speaker, None, self.source_words)
        return [
            Found("indirect", a_lo, a_hi, cue_span, speaker, None, chain),
            Found("indirect", b_lo, b_hi, cue_span, speaker, None, chain),
        ]

    def _reported(self, doc: Doc, t: Token, inside: list[int], cue: Cue | None) -> Found | None:
        if cue is None or t.pos_ != "VERB":
            return None
        by_agent = self._by_agent(doc, t, inside)
        if by_agent is not None:
            return by_agent
        frame = self._content_of(doc, t, cue)
        if frame is None:
            return None
        lo_tok, hi_tok, prep = frame
        if lo_tok > t.i:
            hi_tok = self._clause_end(t, cue, hi_tok)
        speaker = self._subject(doc, t, inside)
        passive = any(c.dep_ == "auxpass" for c in t.children)
        if speaker is not None and (
            len(speaker) == 0 or any(inside[i] for i in range(speaker.start, speaker.end))
        ):
            speaker = None
        if (
            speaker is not None
            and len(speaker) == 1
            and speaker[0].lower_ in ("it", "there")
            and (passive or speaker[0].dep_ != "nsubj")
        ):
            speaker = None  # "it is said that …": no source ("It says …" of a letter is one)
        if speaker is None and not (passive or t.tag_ == "VBG"):
            return None
        lead: tuple[int, int] | None = None
        if speaker is not None and passive and speaker.start < t.i and lo_tok > t.i:
            # "Mr. X was accused of …": the subject is what is said, not who says it; "The
            # statements were rated as false": it is the first part of the content
            a, b = trim(doc, speaker.start, speaker.end)
            if a is not None and b is not None and speaker[0].pos_ != "PRON":
                lead = (a, b)
            speaker = None
        lo, hi = trim(doc, lo_tok, hi_tok)
        if lo is None or hi is None:
            return None
        head = doc[lo_tok]
        colon = speaker is not None and any(x.text in (":", ";") for x in doc[hi_tok : speaker.start])
        if speaker is not None and hi_tok <= t.i and lo_tok < speaker.start and not prep and colon:
            # "… on Friday: Republicans said they …": the words before the colon are not theirs
            after = after_cue(doc, t)
            if after is None:
                return None
            lo, hi = after
        elif speaker is not None and hi_tok <= t.i and lo_tok < speaker.start and not prep:
            # "…, a source said": the content is all the sentence before the attribution
            lo, hi = before_attribution(doc, t.sent.start, min(speaker.start, t.i), lo)
        elif head.i < t.i and not prep:
            return None
        if lo > t.idx:
            hi = past_colon(doc, hi)
        lo, hi = balance_marks(doc_text(doc), lo, hi)
        addressee = self._addressee(doc, t, inside)
        chain = source_chain(speaker, addressee, self.source_words) + according_chain(doc, t)
        cue_span = verb_group(doc, t, prep)
        return Found("indirect", lo, hi, cue_span, speaker, addressee, chain, lead)

    def _evident(self, doc: Doc, t: Token) -> Found | None:
        """ "It is clear that …", "it was unclear whether …": a judgement with no named source."""
        head = t.head
        if t.dep_ != "acomp" or head.lemma_ not in ("be", "seem", "appear", "become", "remain"):
            return None
        if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
            return None
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > t.i), None)
        if clause is None:
            return None
        lo, hi = trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
        if lo is None or hi is None:
            return None
        group = verb_group(doc, head)
        return Found("indirect", lo, hi, doc[min(group.start, head.i) : t.i + 1], None, None, ())

    def _stance(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "X is a staunch opponent of Y", "X, a longtime supporter of Y,": a stance noun's holder."""
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "in")), None)
        pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
        if prep is None or pobj is None or prep.i != t.i + 1 or inside[pobj.i]:
            return None
        if t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain"):
            speaker = self._subject(doc, t.head, inside)
            cue_start = verb_group(doc, t.head).start
        elif t.dep_ == "appos" and t.head.pos_ in ("PROPN", "NOUN") and not inside[t.head.i]:
            speaker = doc[t.head.left_edge.i : t.head.i + 1]
            cue_start = t.left_edge.i
        else:
            return None
        if speaker is None or len(speaker) == 0 or speaker.start > t.i:
            return None
        lo, hi = trim(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
        if lo is None or hi is None:
            return None
        chain = source_chain(speaker, None, self.source_words)
        return Found("indirect", lo, hi, doc[cue_start : prep.i + 1], speaker, None, chain)

    def _raising(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "The city can appear to be a powerhouse", "That looks unlikely (to me)": an appearance.

        The content is the subject and the complement (two parts); the source is whoever it
        seems so to ("to me"), often nobody.
        """
        if t.pos_ != "VERB":
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        comp = next(
            (c for c in t.children if c.i > t.i and c.dep_ in ("xcomp", "acomp", "oprd", "attr")), None
        )
        clause = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        if subj is not None and subj.lower_ == "it" and clause is not None and not inside[clause.i]:
            # "It appeared that the mayor was unable to answer"
            c_lo, c_hi = trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
            if c_lo is None or c_hi is None:
                return None
            return Found("indirect", c_lo, c_hi, verb_group(doc, t), None, None, ())
        if subj is None or comp is None or inside[subj.i] or inside[comp.i]:
            return None
        if comp.dep_ == "xcomp" and not has_verb_to(comp):
            return None
        a, b = trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
        experiencer = next(
            (
                g
                for c in (*t.children, *comp.children)
                if c.dep_ == "prep" and c.lower_ == "to" and c.i > comp.i - (comp.dep_ == "xcomp")
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ in ("PRON", "PROPN", "NOUN")
            ),
            None,
        )
        hi_tok = comp.right_edge.i + 1
        if experiencer is not None:
            hi_tok = min(hi_tok, experiencer.head.i)
        lo, hi = trim(doc, comp.left_edge.i, hi_tok)
        if a is None or b is None or lo is None or hi is None:
            return None
        speaker = np_span(doc, experiencer, inside) if experiencer is not None else None
        chain = source_chain(speaker, None, self.source_words)
        return Found("indirect", lo, hi, verb_group(doc, t), speaker, None, chain, (a, b))

    def _by_agent(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """A passive cue with its agent: "The plan is supported by Y" (Y's; the content is the subject)."""
        if not any(c.dep_ == "auxpass" for c in t.children):
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubjpass" and c.i < t.i), None)
        agent = next((c for c in t.children if c.dep_ == "agent" and c.i > t.i), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or pobj is None or subj.pos_ == "PRON" or inside[subj.i] or inside[pobj.i]:
            return None
        lo, hi = trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
        if lo is None or hi is None:
            return None
        speaker = np_span(doc, pobj, inside)
        assert agent is not None
        cue_span = doc[verb_group(doc, t).start : agent.i + 1]
        return Found(
            "indirect", lo, hi, cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        )

    def _content_of(self, doc: Doc, t: Token, cue: Cue) -> tuple[int, int, Token | None] | None:
        """Return the token range (first, last + 1) of a cue verb's content and its preposition."""
        kids = list(t.children)
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        # a clause after the cue before one before it ("…: farmers said they are …")
        for c in sorted(kids, key=lambda c: c.i < t.i):
            if c.dep_ in CONTENT_DEPS:
                if (
                    obj is not None
                    and t.i < obj.i
                    and obj.right_edge.i + 1 == c.left_edge.i
                    and "dobj" not in cue.addressee
                    and obj.pos_ != "PRON"
                    and not any(x.dep_ == "mark" for x in c.children)
                ):
                    # "cited remarks Trump had made about her": a relative clause read as a ccomp
                    return obj.left_edge.i, self._content_end(doc, c), None
                return c.left_edge.i, self._content_end(doc, c), None
        for c in kids:
            if c.dep_ == "prep" and c.i > t.i:
                # "said in a call with Xi that …": the parser may hang the clause on the noun
                for g in c.subtree:
                    if g.dep_ in ("relcl", "acl") and any(
                        x.lower_ == "that" and x.dep_ == "mark" for x in g.children
                    ):
                        return g.left_edge.i, self._content_end(doc, g), None
        for c in kids:
            if c.dep_ in INTENT_DEPS and (has_verb_to(c) or (c.tag_ == "VBG" and c.i > t.i)):
                # "urged supporters to vote": the hearer is part of what was urged
                lo = obj.left_edge.i if obj is not None and obj.i < c.i else c.left_edge.i
                return lo, c.right_edge.i + 1, None
            if c.dep_ == "oprd" and obj is not None:
                # "called climate change a hoax"
                return obj.left_edge.i, c.right_edge.i + 1, None
        if obj is not None and obj.i > t.i:
            after = [c for c in kids if c.i > obj.i and c.dep_ == "prep" and c.lower_ in ("as", "to")]
            if after and (after[0].lower_ == "as" or "to" in cue.preps):
                # "painted Romney as an out-of-touch rich guy", "likened the rules to …"
                return obj.left_edge.i, after[0].right_edge.i + 1, None
            if t.lemma_ in self.naming_verbs:
                # "called Trump a “pathological liar” who is …"
                return obj.left_edge.i, t.right_edge.i + 1, None
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in cue.preps and c.i > t.i:
                objs = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
                if objs:
                    o = objs[0]
                    if c.lower_ == "on" and t.lemma_ == "call":
                        return o.left_edge.i, c.right_edge.i + 1, c
                    return o.left_edge.i, o.right_edge.i + 1, c
        if cue.object and obj is not None and obj.pos_ != "PRON":
            return obj.left_edge.i, obj.right_edge.i + 1, None
        return None

    def _clause_end(self, t: Token, cue: Cue, hi: int) -> int:
        """Run a content after its cue on to the end of the cue's clause.

        The parser often hangs a content's modifiers on the verb ("cited remarks Trump made
        about her as examples of …", "railed against super PACs, including …"); PolNeAR's
        content keeps them. Coordinated verbs, the addressee and punctuation end it.
        """
        end = hi
        for c in t.children:
            if (
                c.i >= hi
                and c.dep_ == "conj"
                and c.tag_.startswith("VB")
                and c.tag_ != t.tag_
                and self._lem(c) not in self.cues
                and not any(x.dep_ in SUBJECTS for x in c.children)
            ):
                # "wants to triple X, grow Y and create Z": the parser hangs "grow" on the cue
                end = max(end, c.right_edge.i + 1)
                continue
            if c.i < hi or c.dep_ in CLAUSE_STOP or any(x.dep_ in SUBJECTS for x in c.children):
                continue
            if c.dep_ in ("prep", "dative") and c.lower_ in cue.addressee:
                continue
            if c.lower_ == "according":
                break  # "…, according to a readout": an attribution of its own
            if any(x.text in ".;!?" or x.is_space for x in c.doc[hi : c.left_edge.i]):
                break
            end = max(end, c.right_edge.i + 1)
        return end

    def _content_end(self, doc: Doc, c: Token) -> int:
        """The end of a content clause, cut before a coordinated cue of the same speaker."""
        end = c.right_edge.i + 1
        for g in c.children:
            own_subject = any(x.dep_ in SUBJECTS for x in g.children)
            if g.i > c.i and g.dep_ in ("conj", "advcl") and self._lem(g) in self.cues and not own_subject:
                cut = g.left_edge.i
                while cut > c.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                    cut -= 1
                end = min(end, cut)
        return end

    def _adj_cue(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "Graham has been critical of Trump", "she was sure that …": the copula's subject."""
        cue = self.adj_cues.get(t.lemma_)
        if (
            cue is None
            or t.dep_ not in ("acomp", "oprd")
            or t.head.lemma_ not in ("be", "become", "remain", "seem")
        ):
            return None
        content: tuple[int, int] | None = None
        prep: Token | None = None
        for c in t.children:
            if c.dep_ in ("ccomp", "xcomp") and c.i > t.i:
                content = (c.left_edge.i, c.right_edge.i + 1)
                break
            if c.dep_ == "prep" and c.lower_ in cue.preps and c.i == t.i + 1:
                objs = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
                if objs:
                    content, prep = (objs[0].left_edge.i, objs[0].right_edge.i + 1), c
                    break
        if content is None:
            return None
        speaker = self._subject(doc, t.head, inside)
        if speaker is None or len(speaker) == 0 or speaker[0].lower_ in ("it", "there"):
            return None
        lo, hi = trim(doc, *content)
        if lo is None or hi is None:
            return None
        lo, hi = balance_marks(doc_text(doc), lo, hi)
        group = verb_group(doc, t.head)
        end = prep.i if prep is not None else t.i
        if group.end > t.i:
            return None
        cue_span = doc[group.start : end + 1]
        return Found(
            "indirect", lo, hi, cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        )

    def _noun_cue(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "Trump's claim that …", "her comments about …": a noun cue with a possessor."""
        cue = self.noun_cues.get(t.lemma_)
        if cue is None:
            return None
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None and inside[poss.i]:
            return None
        named: Span | None = None
        if poss is None:
            # "a New York Times report that …", "a Franco-German idea to …": a name before the noun
            names = [
                c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in NAME_ENTS
            ]
            if names and not inside[names[0].i]:
                first = names[0]
                lo_n = first.left_edge.i
                hi_n = max(c.right_edge.i for c in names)
                named = doc[lo_n : hi_n + 1]
        if poss is None and named is None and t.lemma_ not in self.unsourced_nouns:
            return None
        content: tuple[int, int] | None = None
        prep: Token | None = None
        for c in t.children:
            if c.dep_ in ("acl", "ccomp") and any(
                g.lower_ == "that" and g.dep_ == "mark" for g in c.children
            ):
                content = (c.left_edge.i, c.right_edge.i + 1)
                break
            if c.dep_ == "acl" and c.i == t.i + 2 and has_verb_to(c):
                # "her decision to meet …", "his determination to act alone"
                content = (c.left_edge.i, c.right_edge.i + 1)
                break
            if c.dep_ == "prep" and c.lower_ in cue.preps and c.i == t.i + 1:
                objs = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
                if objs:
                    content = (objs[0].left_edge.i, objs[0].right_edge.i + 1)
                    prep = c
                    break
        if content is None:
            return None
        lo, hi = trim(doc, *content)
        if lo is None or hi is None:
            return None
        lo, hi = balance_marks(doc_text(doc), lo, hi)
        speaker = np_span(doc, poss, inside) if poss is not None else named
        cue_span = doc[t.i : (prep.i if prep is not None else t.i) + 1]
        return Found(
            "indirect", lo, hi, cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        )

    def _subject(self, doc: Doc, verb: Token, inside: list[int]) -> Span | None:
        """Return the span naming who speaks: the verb's subject (or its head's)."""
        v: Token | None = verb
        for _ in range(3):
            if v is None:
                break
            subj = [c for c in v.children if c.dep_ in SUBJECTS and not inside[c.i]]
            if subj:
                if subj[0].tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                    # "a senator who said …": the speaker is the noun the clause hangs on
                    return np_span(doc, v.head, inside, stop=v.left_edge.i)
                return np_span(doc, subj[0], inside)
            agent = [c for c in v.children if c.dep_ == "agent"]
            if agent:
                objs = [g for g in agent[0].children if g.dep_ == "pobj"]
                if objs:
                    return np_span(doc, objs[0], inside)
            if v.dep_ in ("conj", "advcl") and v.head.dep_ == "ccomp" and self._lem(v.head.head) in self.cues:
                # "X said he would act and warned …": the second cue is X's, not the content's
                v = v.head.head
                continue
            v = v.head if v.dep_ in ("conj", "xcomp", "advcl", "relcl") and v.head.i != v.i else None
        # "…," said the minister: the parser may take the speaker for an object (not in
        # ", describing relations as …", where the object is what is described)
        if verb.tag_ == "VBG":
            return None
        for c in verb.children:
            late = c.i > verb.i and not inside[c.i]
            if (
                late
                and c.dep_ in OBJECT_DEPS
                and c.pos_ in ("PROPN", "NOUN", "PRON")
                and c.ent_type_ not in TIME_ENTS
            ):
                return np_span(doc, c, inside)
        return None

    def _addressee(self, doc: Doc, verb: Token, inside: list[int]) -> Span | None:
        """Return the hearer from the verb frame: "told reporters", "said to X", "call with Y"."""
        cue = self.cues.get(self._lem(verb))
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
                span = np_span(doc, c, inside)
                nxt = doc[span.end] if span.end < len(doc) else None
                if nxt is not None and nxt.head.i == verb.i and nxt.pos_ == "PROPN" and not inside[nxt.i]:
                    # "told state news agency TASS": the parser may hang the name on the verb
                    return doc[span.start : nxt.right_edge.i + 1]
                return span
            if c.dep_ in ("prep", "dative") and c.lower_ in cue.addressee:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return np_span(doc, objs[0], inside)
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                # "in a call with Xi", "during talks with Scholz"
                for n in c.children:
                    if n.dep_ == "pobj":
                        for w in n.children:
                            if w.dep_ == "prep" and w.lower_ == "with":
                                objs = [g for g in w.children if g.dep_ == "pobj"]
                                if objs:
                                    return np_span(doc, objs[0], inside)
        return None
