"""Rule-based quote extraction (``rules.v1``): direct quotations and reported speech.

Direct quotations are the quoted spans of the text (``marks.find_quoted``) that read as
speech (a clause or a long span, not a scare quote or a title) tied to a cue verb beside
them ("…,” she said), to the verb that sets them off by position ("the crowd jeered, “…”",
"“…,” the host barked"), to a cue before a colon or the colon itself ("From the report:
“…”"), to a bare attribution sentence next to them ("X said in a statement."), to the
quote they continue, or to the one person the paragraph before names; layout gives others
("NAME: …", "“…” ― NAME", ``labels``). Reported speech is a cue of the lexicon (``data/quotes/cues.v1.tsv``) with its
content: a clause ("X said that …", "…, X said", "The plan, X said, would …"), an
infinitive ("urged Y to …"), a preposition ("accused Y of …", "talked about …"), an object
("denied the report"), a possessed noun ("X's claim that …") or "according to X"; PolNeAR
also counts attitudes, so beliefs, intentions and evaluations are cues too ("X wants …",
"X is critical of …", "X, a supporter of …", "X seems to …", "it is clear that …"; the
frames are read in ``frames``). General frames reach past the lexicon: any verb with a
"that" clause ("intimated that …"), a noun cue held by the subject of a light verb ("made
the case for …"), participles with "as" ("known as …", "is seen as …"), findings "in a
poll", hearsay adverbs ("reportedly"), passives ("The claim was denied", "the changes
proposed by Y") and verbs of receiving ("won praise from Y") read in ``passives``, and a
headline's cue verb the tagger read as a noun ("X blasts Y", ``labels``). Decrees count as
PolNeAR's guidelines say ("signed the bill", "nominated X"); a cue whose subject the parser
lost still reports its content, unsourced. A content runs to the end of its cue's clause. Only
the outermost attribution of a sentence is kept, with two exceptions PolNeAR marks as
attributions of their own: a relative clause that reports ("the deals, which he said had hurt
…", also inside a source's name) and "self-described" (a sub-span of a report is otherwise no
report: it would only repeat its words). Speakers and addressees are the
resolved actor mentions under the subject and the hearer of the cue's frame ("told
reporters", "in a call with Xi"); outlets and unnamed sources go to ``source_chain``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from newsledger.actors.gazetteer import OrganisationRow
from newsledger.clean.patterns import NameRow, OutletRow
from newsledger.model import Actor, Article, Mention, Quote, QuoteKind
from newsledger.quotes.filters import keep_report
from newsledger.quotes.frames import SUBJECTS
from newsledger.quotes.labels import labelled, mistagged, title_claim, title_line, trailing, verb_form
from newsledger.quotes.lexicon import Cue, load_cues, load_source_words, load_words
from newsledger.quotes.marks import Quoted, find_quoted
from newsledger.quotes.passives import Passives
from newsledger.quotes.spans import (
    TEXT_KEY,
    TIME_ENTS,
    Found,
    according_chain,
    according_subject,
    according_to,
    adverbial,
    after_cue,
    attribution_start,
    balance_marks,
    before_attribution,
    colon_paragraph,
    depth,
    doc_text,
    in_finding,
    inside_mask,
    named_before,
    names_setting,
    np_span,
    para_index,
    past_colon,
    past_dateline,
    reported_lead,
    sentence_rest,
    source_chain,
    to_quotes,
    token_before,
    trim,
    verb_group,
)
from newsledger.resources import load_table

# a verb outside the lexicon that takes a "that" clause ("intimated that …"): an attitude of
# its subject (verbs of "words.v1.tsv" role not_cue excepted: "means that", "made sure that")
CLAUSE_CUE = Cue(kind="clause", addressee=frozenset(), preps=frozenset(), object=False, direct=False)
MIN_DIRECT_WORDS = 4  # shorter quoted spans are fragments (scare quotes, labels, titles)
FORMAT_CHARS = "\u200b\u200e\u200f\u202a\u202b\u202c\u2060\ufeff"  # invisible marks of direction
# words that open a sentence pointing back at the quote before it ("That was the view of X")
BACK_POINTERS = frozenset({"that", "this", "those", "these", "such", "so"})


class RulesQuoteExtractor(Passives):
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
        self.setting_preps = load_words(rules_dir, "setting_prep")
        self.setting_nouns = load_words(rules_dir, "setting_noun")
        self.raising_verbs = load_words(rules_dir, "raising")
        self.stance_nouns = load_words(rules_dir, "stance")
        self.evident_adjs = load_words(rules_dir, "evident")
        self.light_verbs = load_words(rules_dir, "light")
        self.receiving_verbs = load_words(rules_dir, "receiving")
        self.not_cues = load_words(rules_dir, "not_cue")
        self.hearsay_advs = load_words(rules_dir, "hearsay")
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
            if speech == "named":
                # the so-called “Clean Air Plan”, an ad titled “…”: PolNeAR marks the name as quoted
                word = token_before(doc, q.start)
                if word is None or inside[word.i]:
                    continue
                namer = self._subject(doc, word, inside) if word.pos_ == "VERB" else None
                chain = source_chain(namer, None, self.source_words) if namer is not None else ()
                found.append(
                    Found("direct", q.inner_start, q.inner_end, doc[word.i : word.i + 1], namer, None, chain)
                )
                continue
            frame = self._direct_frame(doc, text, q, inside, short=speech != "speech")
            last_frame: object = None
            near = 0 if speech == "fragment" else 1
            if frame is None and speech == "speech" and text[q.inner_end - 1] in ".!?":
                # “…” That was the view of X: the next sentence names whose words they were
                frame = last_frame = self._claimed_after(doc, text, q, inside)
            if (
                frame is None
                and last is not None
                and para_of(q.start) - last_end_para <= near
                and self._standalone(doc, text, q)
            ):
                # a quotation that continues the previous one, with no cue of its own
                cue_of_last = last.cue
                if (
                    speech == "speech"
                    and cue_of_last is not None
                    and cue_of_last.end_char <= last.start
                    and para_of(q.start) > last_end_para
                ):
                    # X said: “…”, then a new paragraph's quote: PolNeAR mostly keeps it apart
                    cue_of_last = None
                frame = last_frame = (cue_of_last, last.speaker, last.addressee, last.chain)
            if frame is None and speech == "speech":
                named = named_before(doc, text, q, mentions)
                frame = (None, named, None, ()) if named is not None else None
            if frame is None and speech == "speech":
                frame = self._colon_frame(doc, text.rfind("\n", 0, q.start) + 1, q.start, inside)
            if frame is None and speech == "speech":
                frame = self._closing_attribution(doc, text, q, inside)
            if frame is None:
                continue
            cue, speaker, addressee, chain = frame
            start, end = q.inner_start, q.inner_end
            kind: QuoteKind = "direct"
            stop = attribution_start(cue, speaker, q.end) if frame is not last_frame else q.end
            gap = text[q.end : stop]
            if any(ch.isalpha() for ch in gap) and "\n" not in gap:
                # “…” to drive up the price, she said: words of the writer's run on to the cue
                start, end, kind = q.start, q.end + len(gap.rstrip(" ,;:\u2014-")), "indirect"
            elif (
                cue is not None
                and cue.end_char <= q.start
                and frame is not last_frame
                and cue.root.i not in used_cues
                and not text[cue.end_char : q.start].rstrip().endswith(".")
            ):
                lead = reported_lead(doc, cue, addressee, q.start)
                if lead is not None:
                    # X said the plan, “…,” would …: the writer's words around the quote are the content
                    start, end, kind = lead, sentence_rest(doc, q.end), "indirect"
                elif text[q.inner_end - 1] not in ".,!?;:" and text[q.end : q.end + 2].lstrip()[:1].islower():
                    # she said “I stood up to the banks” for their reckless deals: the sentence runs on
                    rest = sentence_rest(doc, q.end)
                    if rest > q.end:
                        start, end, kind = q.start, rest, "indirect"
            if cue is not None and cue.start_char >= q.end and frame is not last_frame:
                lead_lo = self._clause_lead(doc, text, q)
                if lead_lo is not None:
                    # The party, held every four years, “allows us to …,” she said: one clause
                    start, end, kind = lead_lo, max(end, q.end), "indirect"
            f = Found(kind, start, end, cue, speaker, addressee, chain)
            found.append(f)
            if kind == "direct" and cue is not None and frame is not last_frame and cue.end_char <= q.start:
                aside = self._aside_lead(doc, text, cue, speaker, q, inside)
                if aside is not None:
                    # The reality is, he added, “…”: the clause before the aside is content too
                    found.append(Found("indirect", *aside, cue, speaker, addressee, chain))
            if cue is not None:
                used_cues.add(cue.root.i)
            last, last_end_para = f, para_of(q.end - 1)
        covered = [(f.start, f.end) for f in found]
        if self.reported:
            found.extend(self._indirect(doc, text, inside, used_cues, covered))
        found.extend(self._embedded(doc, text, quoted, inside, found))
        cued = {f.cue.root.i for f in found if f.cue is not None}
        for f in trailing(doc, text, self._is_direct_cue) if self.reported else []:
            # ", experts say." closing a line the parse did not tie to its verb
            if (
                f.cue is not None
                and f.cue.root.i not in cued
                and not any(f.start < g.end and g.start < f.end for g in found)
            ):
                found.append(f)
        for f in found:
            f.start = past_dateline(text, f.start, f.end)
        found.sort(key=lambda f: (f.start, f.end))
        return to_quotes(article, doc, found, mentions, actors)

    # ------------------------------------------------------------------ direct quotes

    def _is_speech(self, doc: Doc, text: str, q: Quoted) -> str | None:
        """Whether a quoted span reads as quoted words (not a scare quote, label or title).

        Returns "named" (words right after a naming word: "an ad titled “…”"), "speech",
        "short" (a few words ending in a comma, as the first part of a quote split by its
        attribution: "Frankly," she said, "…"), "fragment" (a few words standing as a sentence:
        speech only as the continuation of a quote) or None.
        """
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None:
            return None
        words = [t for t in span if not (t.is_punct or t.is_space)]
        before = doc.char_span(max(0, q.start - 40), q.start, alignment_mode="contract")
        prev = [t for t in before if not (t.is_punct or t.is_space)] if before is not None else []
        if prev and any(ch in ".!?\n" for ch in text[prev[-1].idx + len(prev[-1]) : q.start]):
            prev = []  # “…” opening a sentence after "… the upcoming album.": no title
        scare = bool(prev) and (prev[-1].lower_ == "so-called" or (len(prev) > 1 and prev[-2].lower_ == "so"))
        if (
            prev
            and not scare
            and prev[-1].lower_ in self.naming_words
            and not text[prev[-1].idx + len(prev[-1]) : q.start].strip()
        ):
            return "named"  # an ad titled “…”, what he called “…”: PolNeAR marks the words as quoted
        if prev and (prev[-1].lower_ in self.naming_words or prev[-1].lemma_ in self.work_nouns):
            return None
        if prev and prev[-1].lower_ == "as" and len(prev) > 1 and prev[-2].lower_ == "known":
            return None
        if words and self._set_off_by(doc, text, q) is not None:
            return "speech"  # he said, “I hope not.”, she tweeted, “Thank You Ohio”: a cue sets them off
        if words and text[q.inner_end - 1] not in ",!?." and text[q.end : q.end + 1] == ",":
            # the comma outside the closing mark (British and European style: “We will not
            # back down”, the minister said; «Nous suivons la situation», a diplomat said)
            verb = self._verb_after(doc, text, q, [0] * len(doc))
            if verb is not None and self._is_direct_cue(verb):
                return "speech" if len(words) >= MIN_DIRECT_WORDS else "short"
        if len(words) < MIN_DIRECT_WORDS:
            lead = text[text.rfind("\n", 0, q.start) + 1 : q.start].strip()
            if words and text[q.inner_end - 1] == "," and (lead == "" or lead[-1] in ".!?:\u2014\u2013-"):
                return "short"
            if words and (lead == "" or lead[-1] in ".!?"):
                return "fragment"  # a few words as a sentence: speech only after a quote
            return None
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        title_case = all(t.text[:1].isupper() or t.is_stop for t in words)
        if title_case and text[q.inner_end - 1 : q.inner_end] not in ".?!,":
            return None
        para_hi = text.find("\n", q.end)
        alone = not text[text.rfind("\n", 0, q.start) + 1 : q.start].strip()
        if (
            title_case
            and len(words) <= 8
            and alone
            and not text[q.end : None if para_hi < 0 else para_hi].strip()
        ):
            return None  # “All Bets Are Off.” as a paragraph of its own: a subheading
        if has_verb or len(words) >= 8:
            return "speech"
        lead = text[text.rfind("\n", 0, q.start) + 1 : q.start].strip()
        end = text[q.inner_end - 1]
        if end in ",!?" and (lead == "" or lead[-1] in ".!?"):
            return "short"  # “So far so good,” she replied: words set off before their cue
        tok_before = token_before(doc, q.start)
        if end in ".!?" and tok_before is not None and self._is_direct_cue(tok_before):
            return "speech"  # she declared “What a night!”
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
        set_off = self._set_off_by(doc, text, q, inside)
        if set_off is not None:
            if (
                set_off.dep_ == "ccomp"
                and set_off.head.i < set_off.i
                and not inside[set_off.head.i]
                and self._is_direct_cue(set_off.head)
                and not self._is_direct_cue(set_off)
                and text[: q.start].rstrip().endswith(":")
            ):
                set_off = set_off.head  # "X said the plan would work: “…”": what X said
            # X said, “…,” when asked …: the cue that sets the quote off, not one after it
            return self._frame_of(doc, set_off, inside)
        if after is None and not ends:
            after = self._verb_after(doc, text, q, inside)
        if after is not None and text[q.inner_end - 1] in ".?!" and self._sets_off_next(doc, after, inside):
            after = None  # “Why now?” Mills wrote back, “…”: the cue is the next quote's
        if after is not None:
            return self._frame_of(doc, after, inside)
        if short:
            return None
        # 2. a cue before it in its paragraph's sentence: X said: "…" / X said, "…"
        before = self._cue_near(doc, para_lo, q.start, inside, forward=False)
        if before is None:
            according = self._according_before(doc, para_lo, q.start, inside)
            if according is not None:
                return according
        if (
            before is not None
            and before.tag_ == "VBG"
            and before.dep_ == "advcl"
            and self._is_direct_cue(before.head)
        ):
            before = before.head  # “…,” Tester said, referring to the excuse, “…”: the main cue
        if before is not None:
            before = self._outer_cue(before, first, inside)
            own = self._colon_clause(doc, text, before, q, inside)
            if own is not None:
                # X said A, but he gave Y praise: “…”: the quote is the second clause's
                return self._frame_of(doc, own, inside)
            return self._frame_of(doc, before, inside)
        # 3. the sentence before (previous paragraph too) ends with a colon and has a cue
        prev_text = text[:para_lo].rstrip() if lead == "" else lead
        # offsets of that sentence's paragraph in ``text``
        lo, hi = (prev_text.rfind("\n") + 1, len(prev_text)) if lead == "" else (para_lo, para_lo + len(lead))
        if prev_text.endswith(":"):
            cue = self._cue_near(doc, lo, hi, inside, forward=False)
            if cue is not None:
                return self._frame_of(doc, cue, inside)
            found = self._statement_before(doc, lo, hi, inside)
            return found if found is not None or lead else self._colon_frame(doc, lo, hi, inside)
        if lead.endswith(","):
            return self._statement_before(doc, lo, hi, inside)  # X issued a statement, “…”
        if lead == "" and not text[q.end : para_hi].strip(" ."):
            # “…” closing its paragraph, then "Jane Roe said in a statement." as the next one
            n_lo = para_hi
            while n_lo < len(text) and text[n_lo] in "\n ":
                n_lo += 1
            n_hi = text.find("\n", n_lo)
            n_hi = len(text) if n_hi < 0 else n_hi
            nxt = text[n_lo:n_hi].rstrip()
            if nxt.endswith(".") and not any(ch in nxt for ch in '\u201c\u201d"\u2018\u2019'):
                cue = self._bare_attribution(doc, n_lo, n_lo + len(nxt), inside)
                if cue is not None:
                    return self._frame_of(doc, cue, inside)
        if prev_text.endswith("."):
            cue = self._bare_attribution(doc, lo, hi, inside)
            if cue is not None:
                return self._frame_of(doc, cue, inside)
        return None

    def _aside_lead(
        self, doc: Doc, text: str, cue: Span, speaker: Span | None, q: Quoted, inside: list[int]
    ) -> tuple[int, int] | None:
        """The clause opening a sentence before an aside cue that sets off a quote ("The streets
        were empty, he added, “…”"): its offsets, or None."""
        if speaker is None or text[cue.end_char : q.start].strip() != ",":
            return None
        lo = min(cue.start_char, speaker.start_char)
        if max(cue.end_char, speaker.end_char) > q.start:
            return None
        lead = text[:lo].rstrip()
        if not lead.endswith(","):
            return None
        sent = cue.root.sent
        span = doc.char_span(sent.start_char, len(lead) - 1, alignment_mode="contract")
        if span is None or len(span) < 2 or any(inside[t.i] for t in span) or "\n" in span.text:
            return None
        if span.start != sent.start:
            return None
        if cue.root.tag_ not in ("VBD", "VBZ", "VBP") or span[0].is_punct:
            return None
        if any(t.pos_ == "VERB" and self._lem(t) in self.cues for t in span):
            return None  # "Asked about it, she said, “…”": the words of another report
        if not any(
            t.pos_ in ("VERB", "AUX")
            and t.dep_ in ("ROOT", "ccomp", "parataxis")
            and any(c.dep_ in SUBJECTS for c in t.children)
            and not any(c.dep_ == "mark" for c in t.children)
            for t in span
        ):
            return None  # "When asked …, she said, “…”": a setting, not what is said
        return span.start_char, span.end_char

    def _colon_clause(self, doc: Doc, text: str, cue: Token, q: Quoted, inside: list[int]) -> Token | None:
        """The verb of a clause with its own subject after the cue's content, ending in the colon
        before the quote ("X said A, but he gave Y praise: “…”"), or None (the quote is then the
        cue's: "X suggested A: “…”")."""
        if not text[cue.idx : q.start].rstrip(" \u201c\"'\u2018").endswith(":"):
            return None
        said = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
        if not said:
            return None
        edge = said[-1].right_edge.i
        colons = [t.i for t in doc[edge + 1 : cue.sent.end] if t.text == ":" and t.idx < q.start]
        if not colons:
            return None
        for t in doc[edge + 1 : colons[-1]]:
            if (
                t.pos_ == "VERB"
                and not inside[t.i]
                and not said[-1].is_ancestor(t)
                and any(s.dep_ in SUBJECTS and edge < s.i < t.i for s in t.children)
            ):
                return t
        return None

    def _colon_frame(
        self, doc: Doc, lo: int, hi: int, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "From the report: “…”", "- Jane Roe: “…”": a colon with no cue verb before a quote.

        PolNeAR takes the colon for the cue; the source is the subject of the words before it,
        or the noun they end with. Not after a quoted title ("“Title,” by Jane Roe: “…”").
        """
        lead = doc.char_span(lo, hi, alignment_mode="contract")
        if lead is None or len(lead) < 2 or lead[-1].text != ":" or any(inside[t.i] for t in lead):
            return None
        colon = lead[-1]
        before = doc[lead.start : colon.i]
        words = [t for t in before if not (t.is_punct or t.is_space)]
        if not words:
            return None
        speaker: Span | None = None
        root = words[-1].sent.root
        if lead.start <= root.i < colon.i and root.pos_ in ("VERB", "AUX"):
            speaker = self._subject(doc, root, inside)
        elif words[-1].pos_ in ("PROPN", "NOUN"):
            head = words[-1]
            while (
                head.head.i != head.i
                and before.start <= head.head.i < colon.i
                and head.dep_ in ("compound", "flat")
            ):
                head = head.head
            speaker = np_span(doc, head, inside, stop=colon.i)
        chain = source_chain(speaker, None, self.source_words) if speaker is not None else ()
        return doc[colon.i : colon.i + 1], speaker, None, chain

    def _according_before(
        self, doc: Doc, lo: int, hi: int, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "According to Woodward, “…”": the phrase opening the quote's sentence is its frame."""
        span = doc.char_span(lo, hi, alignment_mode="contract")
        if span is None or len(span) < 3 or span[-1].text != ",":
            return None
        sent_lo = span[-1].sent.start
        for t in span:
            if t.i < sent_lo or inside[t.i] or t.lower_ != "according":
                continue
            to = [c for c in t.children if c.lower_ == "to"]
            objs = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
            if not objs or objs[0].right_edge.i + 1 != span[-1].i:
                return None
            speaker = doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]
            return doc[t.i : to[0].i + 1], speaker, None, source_chain(speaker, None, self.source_words)
        return None

    def _closing_attribution(
        self, doc: Doc, text: str, q: Quoted, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "… because “…,” she said. “…”": the attribution that closes the sentence before."""
        para_lo = text.rfind("\n", 0, q.start) + 1
        lead = text[para_lo : q.start].rstrip()
        m = re.search(r"[\u201d\"']\s*,?\s*([^.!?\"\u201c\u201d]{1,60})\.$", lead)
        if m is None:
            return None
        cue = self._cue_near(doc, para_lo + m.start(1), para_lo + m.end(1), inside, forward=True)
        return self._frame_of(doc, cue, inside) if cue is not None else None

    def _claimed_after(
        self, doc: Doc, text: str, q: Quoted, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "“…” That was the view of X." "So said X." "Those were the warnings of X.": a
        sentence right after a quote that points back at it and names whose words they were."""
        tail = doc.char_span(q.end, min(len(text), q.end + 300), alignment_mode="contract")
        toks = [t for t in tail if not t.is_space] if tail is not None else []
        if not toks or toks[0].lower_ not in BACK_POINTERS or text[q.end : toks[0].idx].count("\n") > 1:
            return None
        first = toks[0]
        if text[q.end : first.idx].strip() or inside[first.i]:
            return None
        for t in doc[first.i + 1 : min(first.i + 8, len(doc))]:
            if inside[t.i] or t.is_space or t.text in ".!?;":
                return None
            if first.lower_ == "so" and t.i == first.i + 1 and self._is_direct_cue(t):
                # "So said X", "So says X": the verb before its subject
                subj = [c for c in t.children if c.dep_ in SUBJECTS and c.i > t.i and not inside[c.i]]
                if not subj:
                    return None
                speaker = np_span(doc, subj[0], inside)
                return doc[t.i : t.i + 1], speaker, None, source_chain(speaker, None, self.source_words)
            if t.pos_ == "NOUN" and t.dep_ == "attr" and self._lem(t) in self.noun_cues:
                # "That was the view of X": the noun cue and its holder after "of"
                of = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
                holder = [g for c in of for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                if not holder:
                    return None
                speaker = np_span(doc, holder[0], inside)
                return doc[t.i : of[0].i + 1], speaker, None, source_chain(speaker, None, self.source_words)
        return None

    def _clause_lead(self, doc: Doc, text: str, q: Quoted) -> int | None:
        """Where the writer's words start that a quote completes ("The party, held every four
        years, “allows us to …,” she said"): the sentence start, when the words before the quote
        end in a comma, hold no quote and no cue verb; else None."""
        para_lo = text.rfind("\n", 0, q.start) + 1
        lo = para_lo
        for m in re.finditer(r"(\w*)[.!?][\u201d\u2019\"')\]]*\s+", text[para_lo : q.start]):
            if not (m.group(1)[:1].isupper() and len(m.group(1)) <= 3):  # not "Dr.", "U.S."
                lo = para_lo + m.end()
        lead = text[lo : q.start].strip()
        if not lead.endswith(",") or len(re.findall(r"[\w'\u2019]+", lead)) < 2:
            return None
        if any(ch in lead for ch in '\u201c\u201d"\u2018') or "''" in lead:
            return None
        span = doc.char_span(lo, q.start, alignment_mode="contract")
        if span is None or any(t.pos_ == "VERB" and self._lem(t) in self.cues for t in span):
            return None
        return lo + len(text[lo : q.start]) - len(text[lo : q.start].lstrip())

    def _bare_attribution(self, doc: Doc, lo: int, hi: int, inside: list[int]) -> Token | None:
        """The cue of a sentence that only attributes ("X said in a statement."), before a quote."""
        span = doc.char_span(lo, hi, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        sent = span[-1].sent
        toks = [t for t in doc[max(sent.start, span.start) : span.end] if not t.is_space]
        if not toks or any(inside[t.i] for t in span):
            return None  # "“…,” he said. “…”": a quote that goes on, not a new attribution
        for t in toks:
            if not self._is_direct_cue(t) or (t.dep_ != "ROOT" and span.start <= t.head.i < span.end):
                continue  # the head of the sentence (or hung on words outside it by the parser)
            kids = {c.dep_ for c in t.children}
            if not kids & SUBJECTS or kids & {"ccomp", "xcomp", "parataxis", "advcl", "conj"}:
                return None
            if "dobj" in kids and self._lem(t) != "tell":
                return None
            return t
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
                prev = self._quote_closing_before(doc, text, sent, found)
                if prev is not None:
                    # “…,” she said. Biden “kind of misspoke …”: the words go on as hers
                    out.append(
                        Found(
                            "direct",
                            q.inner_start,
                            q.inner_end,
                            prev.cue,
                            prev.speaker,
                            prev.addressee,
                            prev.chain,
                        )
                    )
                continue
            cue = min(cues, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
            # a cue with no subject the parser could find keeps the quotation, unsourced
            c, speaker, addressee, chain = self._frame_of(doc, cue, inside)
            out.append(Found("direct", q.inner_start, q.inner_end, c, speaker, addressee, chain))
        return out

    def _quote_closing_before(self, doc: Doc, text: str, sent: Span, found: list[Found]) -> Found | None:
        """The direct quote of the sentence just before ``sent`` in its paragraph ("“…,” she said.")."""
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n" in text[before.start_char : sent.start_char]:
            return None
        for f in found:
            if (
                f.kind == "direct"
                and f.cue is not None
                and before.start_char <= f.start < f.end <= f.cue.start_char < before.end_char
            ):
                return f
        return None

    def _standalone(self, doc: Doc, text: str, q: Quoted) -> bool:
        """Whether a quote opens its sentence or follows ":", "," or a cue (not "was “…”")."""
        para_lo = text.rfind("\n", 0, q.start) + 1
        lead = text[para_lo : q.start].rstrip().rstrip(FORMAT_CHARS)
        tok_before = token_before(doc, q.start)
        return (
            lead == ""
            or lead[-1] in ":,.!?\u2014\u2013-"
            or lead.rstrip("\u201d\u2019\"'")[-1:] in (".", "!", "?")
            or (tok_before is not None and self._is_direct_cue(tok_before))
        )

    def _clause_taker(self, t: Token) -> bool:
        """Whether a verb outside the lexicon reads as an attitude by the clause it takes."""
        if t.pos_ != "VERB" or t.lemma_ in self.not_cues or self._lem(t) in self.cues:
            return False
        for c in t.children:
            if c.i < t.i:
                continue
            if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                return True
        return False

    def _set_off_by(self, doc: Doc, text: str, q: Quoted, inside: list[int] | None = None) -> Token | None:
        """The verb right before ", “…”" or ": “…”": a direct cue, or any verb with a subject
        ("the crowd jeered, “…”"): its position makes it the quote's cue."""
        lead = text[text.rfind("\n", 0, q.start) + 1 : q.start].rstrip()
        t = token_before(doc, q.start)
        if t is None or (inside is not None and inside[t.i]):
            return None
        if lead[-1:] not in (",", ":"):
            # he yelled “You lie!”, a sign read “Vote Smith.”: a cue verb right before quoted words
            # that close their clause (not "said they want “…”", nor "pledged “aid” to allies")
            after = text[q.end : q.end + 2].lstrip(" ")[:1]
            closes = text[q.inner_end - 1] in "!?.," or after == "" or after in ".,;:!?\n\u2014-"
            inner = t.dep_ in ("ccomp", "xcomp") and self._lem(t.head) in self.cues
            whole = closes and not inner and not text[t.idx + len(t) : q.start].strip()
            return t if whole and self._is_direct_cue(t) else None
        if t.dep_ in ("prt", "advmod", "npadvmod") and t.head.pos_ == "VERB" and 0 < t.i - t.head.i <= 2:
            t = t.head  # "she wrote back, “…”", "he said again, “…”"
        if self._is_direct_cue(t):
            return t
        if t.pos_ != "VERB" or t.lemma_ in self.not_cues:
            return None
        if not any(c.dep_ in SUBJECTS and (inside is None or not inside[c.i]) for c in t.children):
            return None
        return t

    def _sets_off_next(self, doc: Doc, cue: Token, inside: list[int]) -> bool:
        """Whether ``cue`` is followed by ", “…”" or ": “…”" (past a particle: "wrote back, “…”")."""
        j = cue.i + 1
        while j < len(doc) and doc[j].head.i == cue.i and doc[j].dep_ in ("prt", "advmod", "npadvmod"):
            j += 1
        if j >= len(doc) or doc[j].text not in (",", ":"):
            return False
        k = j + 1
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        return k < len(doc) and bool(inside[k])

    def _verb_after(self, doc: Doc, text: str, q: Quoted, inside: list[int]) -> Token | None:
        """ "“…,” the host barked": a verb right after a quote, after its subject or before it."""
        if text[q.inner_end - 1] not in ",!?" and text[q.end : q.end + 1] != ",":
            return None
        para_hi = text.find("\n", q.end)
        para_hi = len(text) if para_hi < 0 else para_hi
        span = doc.char_span(q.end, min(para_hi, q.end + 120), alignment_mode="contract")
        if span is None:
            return None
        toks = [t for t in span if not t.is_space]
        if toks and toks[0].text == ",":
            toks = toks[1:]
        for n, t in enumerate(toks[:7]):
            if inside[t.i] or (t.is_punct and t.text != "-"):
                return None
            if t.pos_ in ("VERB", "AUX"):
                goes_on = any(c.dep_ == "prt" and c.lower_ == "on" for c in t.children)  # "she went on"
                if t.pos_ != "VERB" or (t.lemma_ in self.not_cues and not goes_on):
                    return None
                subj = [c for c in t.children if c.dep_ in SUBJECTS]
                before = n > 0 and bool(subj) and all(toks[0].i <= c.i < t.i for c in subj)
                inverted = n == 0 and any(c.i > t.i and c.dep_ in ("nsubj", "dobj") for c in t.children)
                return t if before or inverted else None
        return None

    def _outer_cue(self, cue: Token, quote: Span, inside: list[int]) -> Token:
        """The speech verb whose clause holds ``cue`` and the quote it takes: "she said he wants
        “…”" is what she said (not "…, he wrote explaining why he spoke, “…”")."""
        if not any(cue.is_ancestor(t) for t in quote):
            return cue
        t = cue
        while t.dep_ == "ccomp" and t.head.i < t.i and not inside[t.head.i] and self._is_direct_cue(t.head):
            if any("\n" in x.text or x.text in ",;:\u2014(" for x in t.doc[t.head.i : t.i]):
                break  # "X said, suggesting “…”", or a parse that runs across paragraphs
            t = t.head
        return t

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
        first: Token | None = None
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
            if first is None and not t.is_punct:
                first = t
            if forward and seen > 20:
                # “…,” Jane Roe, director of …, a professor at …, said: past a long subject only
                lo_i = first.i if first is not None else -1
                long_subject = seen <= 45 and self._is_direct_cue(t)
                if long_subject and any(c.dep_ in SUBJECTS and c.left_edge.i == lo_i for c in t.children):
                    return t
                if seen > 45 or t.text in ".!?;":
                    return None
                continue
            if not forward and t.text in ".!?":
                return None
            if forward and t.text in ".!?;" and seen > 1:
                return None
            cue = self.cues.get(self._lem(t))
            if cue is not None and cue.direct and t.pos_ in ("VERB", "AUX"):
                return t
            if forward and t.pos_ == "NOUN" and t.i + 1 < len(doc) and doc[t.i + 1].text == "." and seen > 1:
                # "“…,” the two write.": a cue verb the tagger read as a noun, closing the sentence
                lemma = verb_form(t.text, self.cues) if t.tag_ == "NNS" else t.lower_
                verb = self.cues.get(lemma) if lemma is not None else None
                if verb is not None and verb.direct:
                    return t
        return None

    def _frame_of(
        self, doc: Doc, cue: Token, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]]:
        if cue.pos_ == "NOUN":
            # "“…,” the two write.": the words between the quote and the mistagged verb
            lo = cue.i
            while lo > 0 and not (inside[lo - 1] or doc[lo - 1].is_space or doc[lo - 1].text in ",;:.!?"):
                lo -= 1
            speaker = doc[lo : cue.i] if lo < cue.i else None
            return doc[cue.i : cue.i + 1], speaker, None, source_chain(speaker, None, self.source_words)
        speaker = self._subject(doc, cue, inside)
        addressee = self._addressee(doc, cue, inside)
        return verb_group(doc, cue), speaker, addressee, source_chain(speaker, addressee, self.source_words)

    # ------------------------------------------------------------------ reported speech

    def _indirect(
        self, doc: Doc, text: str, inside: list[int], used: set[int], covered: list[tuple[int, int]]
    ) -> list[Found]:
        out: list[Found] = []
        spans: list[tuple[int, int]] = list(covered)
        speakers: list[tuple[int, int]] = []
        # outermost cues first: no nested attributions; an aside ("The plan, she said, would
        # …") first of all, as the verbs of its content are the parser's outermost. "According
        # to Z" before or after a report gives its source chain, not a report of its own
        asides = {
            t.i: pair
            for t in doc
            if t.pos_ == "VERB" and not inside[t.i] and t.i not in used
            for pair in [self._parenthetical(doc, t, inside) or self._as_aside(doc, t, inside)]
            if pair
        }
        cand = sorted(
            (
                t
                for t in doc
                if self._lem(t) in self.cues
                or self._clause_taker(t)
                or t.lemma_ in self.noun_cues
                or t.lemma_ in self.adj_cues
                or t.lower_ == "according"
                or (t.lower_ == "in" and t.dep_ == "prep")
                or (t.lower_ in self.hearsay_advs and t.pos_ == "ADV")
                or t.lemma_ in self.raising_verbs
                or (t.lemma_ in self.stance_nouns and t.pos_ == "NOUN")
                or (t.lower_ in self.evident_adjs and t.pos_ == "ADJ")
                or self._verb_as_noun(t)
            ),
            key=lambda t: (-1 if t.i in asides else depth(t), t.i),
        )
        for t in cand:
            if t.i in used or inside[t.i]:
                continue
            nested = (
                t.dep_ in ("relcl", "acl")
                and any(c.dep_ in ("dobj", "ccomp") for c in t.children)
                and any(a <= t.idx < b for a, b in speakers)
            )  # (not "an official who spoke on condition of …": a setting, not what is said)
            # "a self-described socialist" is marked even inside another content or a name
            relative = self._relative_report(t) or self._is_self_described(t)
            if not relative and any(a.lower_ == "according" and a.dep_ == "prep" for a in t.ancestors):
                continue  # "…, according to three people briefed on the talks": a source's name

            if any(a <= t.idx < b for a, b in spans) and not nested and not relative:
                continue
            pair = asides.get(t.i, [])
            if pair and not any(a < pair[-1].end and pair[0].start < b for a, b in spans):
                out.extend(pair)
                spans.append((pair[0].start, pair[-1].end))
                continue
            if self._verb_as_noun(t):
                f = mistagged(doc, t, inside) or (
                    self._noun_cue(doc, t, inside) if t.pos_ == "NOUN" else None
                )
            elif t.lower_ == "according":
                f = according_to(doc, t, self.source_words)
            elif t.lower_ in self.hearsay_advs and t.pos_ == "ADV":
                f = self._hearsay(doc, t, inside)
            elif t.lower_ == "in":
                f = in_finding(doc, t, self.finding_nouns, self.source_words)
            elif t.lemma_ in self.raising_verbs:
                f = self._raising(doc, t, inside)
                if f is None and self._lem(t) in self.cues:
                    # not an appearance: a cue row of its own ("is looking for a win")
                    f = self._reported(doc, t, inside, self.cues[self._lem(t)])
            elif t.lemma_ in self.stance_nouns and t.pos_ == "NOUN":
                f = self._stance(doc, t, inside)
            elif t.lower_ in self.evident_adjs and t.pos_ == "ADJ":
                f = self._evident(doc, t) or self._made_clear(doc, t, inside) or self._adj_cue(doc, t, inside)
            elif t.pos_ == "NOUN":
                f = self._received(doc, t, inside) or self._noun_cue(doc, t, inside)
            elif t.pos_ == "ADJ":
                f = self._adj_cue(doc, t, inside)
            else:
                f = self._reported(doc, t, inside, self.cues.get(self._lem(t), CLAUSE_CUE))
            if f is None or f.end - f.start < 2:
                continue
            if any(
                a < f.end and f.start < b and (min(b, f.end) - max(a, f.start)) > 0.5 * (f.end - f.start)
                for a, b in spans
                if not (nested and (a, b) in speakers) and not relative
            ):
                continue
            if not keep_report(doc, f):
                continue  # an imperative, a question to the reader (quotes/filters.py)
            out.append(f)
            spans.append((f.start, f.end))
            if f.lead is not None:
                out.append(Found("indirect", *f.lead, f.cue, f.speaker, f.addressee, f.chain))
            if f.speaker is not None:
                # a clause in a source's name may hold an attribution of its own
                # ("the union, which endorsed X, urged …")
                spans.append((f.speaker.start_char, f.speaker.end_char))
                speakers.append((f.speaker.start_char, f.speaker.end_char))
        return out

    def _past_setting(self, doc: Doc, t: Token, lo_tok: int, hi_tok: int) -> int:
        """A content that opens with when the words were said: "said on Tuesday it would …"
        (the parser hangs "on Tuesday" on the reported verb); the content starts at its subject."""
        first = doc[lo_tok]
        if (
            lo_tok != t.i + 1
            or first.dep_ != "prep"
            or first.head.dep_ != "ccomp"
            or first.head.head.i != t.i
        ):
            return lo_tok
        if not names_setting(first, self.setting_preps, self.setting_nouns):
            return lo_tok
        subj = next((c for c in first.head.children if c.dep_ in SUBJECTS), None)
        if subj is None or not first.right_edge.i < subj.left_edge.i < hi_tok:
            return lo_tok
        if any(x.pos_ in ("VERB", "AUX") for x in doc[first.right_edge.i + 1 : subj.left_edge.i]):
            return lo_tok
        return subj.left_edge.i

    def _past_dateline(self, doc: Doc, t: Token, speaker: Span | None, inside: list[int]) -> Span | None:
        """The speaker, not the wire dateline the parser made a second subject ("MOSCOW, March 3
        (Reuters) - Russia's foreign ministry said …": the ministry)."""
        if speaker is None or len(speaker) == 0:
            return speaker
        start = past_dateline(doc_text(doc), speaker.start_char, t.idx)
        if start == speaker.start_char:
            return speaker
        if speaker.end_char > start:
            first = next((x.i for x in speaker if x.idx >= start and not x.is_punct), None)
            return doc[first : speaker.end] if first is not None else None
        subj = next((c for c in t.children if c.dep_ in SUBJECTS and start <= c.idx < t.idx), None)
        return np_span(doc, subj, inside) if subj is not None else None

    def _misread_subject(self, doc: Doc, t: Token, speaker: Span | None) -> Token | None:
        """ "City council rips plan over …": the subject's last word, an evaluation cue's present
        tense read as a plural noun, when the verb after it is a bare noun and its preposition."""
        if speaker is None or len(speaker) < 2 or speaker[-1].i != t.i - 1 or t.tag_ != "VBP":
            return None
        last = speaker[-1]
        stem = verb_form(last.text, self.cues)
        cue = self.cues.get(stem) if stem is not None else None
        if last.dep_ != "nsubj" or not self._verb_as_noun(last) or cue is None:
            return None
        if cue.kind != "evaluation" or not cue.object or t.i + 1 >= t.sent.end:
            return None
        prep = doc[t.i + 1]
        if prep.dep_ != "prep" or prep.head.i != t.i or prep.lower_ not in cue.preps:
            return None
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in t.children):
            return None  # "Other voices counter it's time …": a verb of its own
        return last

    def _verb_as_noun(self, t: Token) -> bool:
        """Whether a plural noun is also a cue verb's present tense ("blasts", "predicts")."""
        return (
            t.pos_ in ("NOUN", "PROPN")
            and verb_form(t.text, self.cues) is not None
            and (t.tag_ in ("NNS", "NNPS") or (t.tag_ == "NNP" and title_line(t.doc, t) is not None))
        )

    def _before_colon(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """A cue whose paragraph ends in a colon: its content is the paragraph after it."""
        para = colon_paragraph(doc, t)
        speaker = self._subject(doc, t, inside)
        if para is None or speaker is None or len(speaker) == 0:
            return None
        chain = source_chain(speaker, None, self.source_words)
        return Found("indirect", *para, verb_group(doc, t), speaker, None, chain)

    def _parenthetical(self, doc: Doc, t: Token, inside: list[int]) -> list[Found]:
        """ "The museum, Mr. Obama said, would make …": the content on both sides, as two parts."""
        cue = self.cues.get(self._lem(t))
        if cue is None or t.dep_ == "acl":
            return []  # "The port, described by residents as …,": a participle, not an aside
        speaker = self._subject(doc, t, inside)
        as_tok = next((c for c in t.children if c.lower_ == "as" and c.i < t.i), None)
        if as_tok is not None:
            # "Hawaii, as one adviser pointed out, …": the parser gives the verb two subjects
            subj = [c for c in t.children if c.dep_ in SUBJECTS and as_tok.i < c.i < t.i]
            speaker = np_span(doc, subj[0], inside) if subj else speaker
        if speaker is None:
            speaker = self._aside_speaker(doc, t, inside)
        if speaker is None or len(speaker) == 0:
            return []
        lo, hi = min(speaker.start, t.i), max(speaker.end - 1, t.i)
        while hi + 1 < len(doc) and doc[hi + 1].head.i == t.i:
            nxt = doc[hi + 1]
            hearer = nxt.dep_ in ("dobj", "dative") and "dobj" in cue.addressee and cue.kind == "speech"
            if adverbial(nxt):
                hi += 1
            elif hearer and nxt.right_edge.i + 1 < len(doc) and doc[nxt.right_edge.i + 1].text == ",":
                hi = nxt.right_edge.i  # "The plan, the mayor told reporters, would …"
            else:
                break
        sent = t.sent
        if lo - 1 >= sent.start and doc[lo - 1].lower_ == "as":
            lo -= 1  # "Hawaii, as one adviser pointed out, rarely gets …"
        # "(But) as one adviser pointed out, Hawaii rarely gets …": the content follows
        opening = all(x.dep_ == "cc" for x in doc[sent.start : lo])
        if opening and doc[lo].lower_ == "as" and hi + 2 < sent.end and doc[hi + 1].text == ",":
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
        para_hi = doc_text(doc).find("\n", t.idx)
        para_hi = len(doc_text(doc)) if para_hi < 0 else para_hi
        first = [x for x in doc[sent.start : lo - 1] if x.idx >= para_lo and not x.is_space]
        # the parser's sentence may run on into the next paragraph: the content stops there
        second = [x for x in doc[hi + 2 : sent.end] if x.idx < para_hi and not x.is_space]
        # "…, she said, email has helped … and admitted “…”": a quote of its own ends the part
        for k, x in enumerate(second[1:], 1):
            # "…, she said, the shop has … although she sighed and conceded “…”": a clause whose
            # cue verb opens a quote of its own is not part of the aside's content
            prev, own = second[k - 1], self.cues.get(self._lem(second[k - 1]))
            if not inside[x.i] or inside[prev.i] or own is None or not own.direct:
                continue
            if prev.pos_ != "VERB" or prev.tag_ not in ("VBD", "VBZ", "VBP"):
                continue  # "… have come to believe “…”": a partial quote inside the content
            clause = prev
            while clause.head.i not in (sent.root.i, clause.i):
                clause = clause.head
            cut = clause.left_edge.i
            if clause.head.i == sent.root.i and second[0].i < cut and clause.dep_ in ("advcl", "conj"):
                second = [y for y in second if y.i < cut]
                break
        if len(first) < 1 or len(second) < 3:
            return []
        if second[0].tag_ == "VBG" and self._lem(second[0]) in self.cues:
            return []  # "…, she said, adding that …": a cue of its own follows, not the rest
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
        found = self._verb_frame(doc, t, inside, cue)
        if found is None:
            # "Mayor Claims Rival Most Corrupt Official Ever": a headline's parse is unreliable
            return title_claim(doc, t, inside, verb=True)
        return found

    def _verb_frame(self, doc: Doc, t: Token, inside: list[int], cue: Cue) -> Found | None:
        if t.tag_ == "VBN" and (t.dep_ == "amod" or self._is_self_described(t)):
            return self._self_described(doc, t)
        passed_on = self._passed_on(doc, t, inside)
        if passed_on is not None:
            return passed_on
        if t.dep_ == "advcl" and self._lem(t.head) in self.cues and self._cites_source(t):
            return None  # "The report, citing three officials, said …": a source in the chain
        if self._is_caveat(t):
            return None  # "…, which Reuters could not independently confirm": the writer's caveat
        if self._speaking_on(t) is not None and self._lem(self._clause_verb(t)) in self.cues:
            return None  # "Speaking on Channel 4 News, X said …": an outlet in the chain
        as_frame = self._as_frame(doc, t, inside) or self._object_as(doc, t, inside)
        if as_frame is not None:
            return as_frame
        by_agent = (
            self._by_agent(doc, t, inside)
            or self._said_at_end(doc, t, inside)
            or self._appos_said(doc, t, inside)
        )
        if by_agent is not None:
            return by_agent
        rel = self._relative_object(t, cue)
        if rel is not None:
            # "something she opposed as a senator": the noun (or "which") is what is opposed
            r_lo, r_hi = trim(doc, *rel)
            who = self._subject(doc, t, inside)
            if r_lo is None or r_hi is None or who is None or len(who) == 0:
                return None
            chain = source_chain(who, None, self.source_words)
            return Found("indirect", r_lo, r_hi, verb_group(doc, t), who, None, chain)
        asked = self._asked_if(t, cue)
        main_subject = self._nominal_main(t)
        frame = (*asked, None) if asked is not None else self._content_of(doc, t, cue)
        if frame is None and main_subject is not None:
            # "X, who …, called the remarks “shameful”": the parser reads both as predicates
            args = [
                c.right_edge.i + 1 for c in t.children if c.i > t.i and c.dep_ in ("oprd", "ccomp", "xcomp")
            ]
            frame = (t.i + 1, max(args), None) if args else None
        answer = self._short_answer(t) if frame is None else None
        if answer is not None:
            frame = (*answer, None)
        if frame is None or (frame[2] is not None and colon_paragraph(doc, t) is not None):
            # "wrote on his blog:" at a paragraph's end: the next paragraph, not the blog
            found = self._before_colon(doc, t, inside)
            if found is None and frame is None:
                found = self._passive_object(doc, t, cue, inside)  # "The report was denied"
            return found
        lo_tok, hi_tok, prep = frame
        if lo_tok > t.i and answer is None:
            hi_tok = self._clause_end(t, cue, hi_tok)
            lo_tok = self._past_setting(doc, t, lo_tok, hi_tok)
        if main_subject is not None:
            # the subject runs to the cue, less a time hung on it ("X, the speaker, on Tuesday")
            stop = min(
                (
                    c.left_edge.i
                    for c in main_subject.children
                    if c.i > main_subject.i
                    and c.dep_ in ("prep", "npadvmod")
                    and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
                ),
                default=t.i,
            )
            stop = min((c.left_edge.i for c in t.children if main_subject.i < c.i < t.i), default=stop)
            speaker: Span | None = np_span(doc, main_subject, inside, stop=stop)
            first = min(
                (
                    c.left_edge.i
                    for c in main_subject.children
                    if c.i < main_subject.i and c.dep_ not in ("prep", "punct", "advmod", "cc", "mark")
                ),
                default=main_subject.i,
            )
            if speaker is not None and speaker.start < first < speaker.end:
                speaker = doc[first : speaker.end]  # "In a survey, 71 percent of voters approved of …"
        else:
            speaker = self._subject(doc, t, inside)
        if speaker is None and t.tag_ == "VBG" and t.dep_ == "acl" and t.head.dep_ == "dobj":
            # "X issued a statement saying …": the subject of the verb that issued it
            speaker = self._subject(doc, t.head.head, inside)
        speaker = self._past_dateline(doc, t, speaker, inside)
        planned = self._planned(t)
        if planned is not None and speaker is None:
            # "Macron is due to tell leaders that …": a statement planned, by the copula's subject
            speaker = np_span(doc, planned[1], inside)
        if speaker is None and t.tag_ == "VBG" and t.dep_ == "pcomp":
            speaker = self._gerund_subject(doc, t, inside)  # "the one impassioned in blasting me"
        owner = self._participle_owner(t)
        if owner is not None:
            # "X denied reports that …, calling them fabrications": X calls them so
            speaker = self._subject(doc, owner, inside)
        if speaker is None:
            speaker = according_subject(doc, t)  # "According to a readout by X, A and B agreed …"
        misread = self._misread_subject(doc, t, speaker)
        if misread is not None and speaker is not None:
            # "City council rips plan over …": "rips" is the verb, "plan over …" what it rips
            end = next((x.i for x in doc[t.i : t.sent.end] if x.text == ";"), t.sent.end)
            m_lo, m_hi = trim(doc, t.i, end)
            if m_lo is None or m_hi is None or any(inside[i] for i in range(speaker.start, end)):
                return None
            who = doc[speaker.start : misread.i]
            chain = source_chain(who, None, self.source_words)
            return Found("indirect", m_lo, m_hi, doc[misread.i : misread.i + 1], who, None, chain)
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
        # a cue with no subject the parser could find ("In an interview with hosts A and B, the
        # former mayor stated that …", "to note that …") still reports its content, unsourced
        lead: tuple[int, int] | None = None
        if speaker is not None and passive and speaker.start < t.i and lo_tok > t.i:
            # "Mr. X was accused of …": the subject is what is said, not who says it; "The
            # statements were rated as false": it is the first part of the content
            a, b = trim(doc, speaker.start, speaker.end)
            if a is not None and b is not None and speaker[0].pos_ != "PRON":
                lead = (a, b)
            speaker = None
        if (
            speaker is not None
            and lead is None
            and lo_tok < speaker.start
            and speaker.end <= t.i < hi_tok - 1
        ):
            # "the mine, which Mr. Clarke says he is keeping open": the relative word, then the rest
            a, b = trim(doc, lo_tok, speaker.start)
            if a is not None and b is not None and doc[lo_tok].tag_ in ("WDT", "WP"):
                lead, lo_tok = (a, b), t.i + 1
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
        elif (
            speaker is not None
            and not prep
            and (rel_obj := self._relative_pronoun_object(t, lo_tok, hi_tok)) is not None
        ):
            # "the plan that the mayor criticized": the plan is what is criticized
            r_lo, r_hi = trim(doc, *rel_obj)
            if r_lo is None or r_hi is None:
                return None
            lo, hi = r_lo, r_hi
        elif speaker is not None and hi_tok <= t.i and lo_tok < speaker.start and not prep:
            # "…, a source said": the content is all the sentence before the attribution
            lo, hi = before_attribution(doc, t.sent.start, min(speaker.start, t.i), lo)
        elif head.i < t.i and not prep:
            return None
        if lo > t.idx:
            hi = past_colon(doc, hi)
        relayed: tuple[str, ...] = ()
        hi = self._before_caveat(doc, t, lo, hi) if lo > t.idx else hi
        hi = self._before_participle(doc, t, lo, hi) if lo > t.idx else hi
        hi = self._before_note(doc, t, lo, hi) if lo > t.idx else hi
        tail = self._according_tail(doc, lo, hi) if lo > t.idx else None
        if tail is not None:
            # "X said that …, according to a statement carried by TASS": the source, not the content
            hi, relayed = tail
        lo, hi = balance_marks(doc_text(doc), lo, hi)
        addressee = self._addressee(doc, t, inside)
        if addressee is not None and addressee.start < lo_tok < addressee.end:
            # "talking to voters about health care": the hearer ends where the content begins
            addressee = doc[addressee.start : prep.i if prep is not None and prep.i < lo_tok else lo_tok]
        chain = source_chain(speaker, addressee, self.source_words) + according_chain(doc, t)
        # outlets first ("Sources … told AFP": AFP, then the sources), as ``source_chain`` does
        outlets = tuple(
            dict.fromkeys(x for x in self._relayed(doc, t, speaker, addressee) + relayed if x not in chain)
        )
        # then the sources the speaker cites, the farthest from the reader
        chain = outlets + chain + tuple(x for x in self._cited(doc, t) if x not in chain)
        cue_span = verb_group(doc, t, prep)
        if planned is not None and all(
            x.pos_ in ("ADJ", "ADV", "PART", "VERB", "AUX") and not x.is_punct for x in doc[planned[0] : t.i]
        ):
            cue_span = doc[min(planned[0], cue_span.start) : cue_span.end]  # "is due to tell": not yet said
        return Found("indirect", lo, hi, cue_span, speaker, addressee, chain, lead)

    def _source_like(self, noun: Token) -> bool:
        """Whether a noun names who passed words on: a person, a body, an outlet, an unnamed
        source, or a statement ("a statement", "a transcript released by his office"); not
        figures or findings ("the latest data", "a poll")."""
        if noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.pos_ == "PROPN":
            return True
        if self.source_words.get(noun.lemma_.lower()) in ("media", "unnamed", "anonymity"):
            return True
        if noun.lemma_.lower() in self.finding_nouns:
            return False
        cue = self.noun_cues.get(noun.lemma_)
        return (cue is not None and cue.kind == "speech") or any(
            c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in noun.children
        )

    def _appos_said(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "The talks will resume in Geneva, a spokesperson for the envoy said on Sunday.": a
        post-posed attribution whose subject the parser hung on the noun before it as an
        apposition, leaving the cue without a subject; the sentence before is the content."""
        cue = self.cues.get(self._lem(t))
        if cue is None or cue.kind != "speech" or t.tag_ not in ("VBD", "VBZ", "VBP") or t.i < 3:
            return None
        if t.dep_ not in ("advcl", "conj", "parataxis", "relcl") or any(
            c.dep_ in (*SUBJECTS, "ccomp", "dobj", "xcomp") for c in t.children
        ):
            return None
        last = doc[t.i - 1]
        subj = last
        while subj.dep_ != "appos" and subj.head.i < t.i and subj.head.i != subj.i:
            subj = subj.head  # up from the word before the cue to the apposition it ends
        if subj.dep_ != "appos" or subj.right_edge.i != t.i - 1 or doc[subj.left_edge.i - 1].text != ",":
            return None
        if any(not (x.dep_ in ("prep", "npadvmod", "punct", "advmod") or x.i < t.i) for x in t.children):
            return None
        if any(inside[i] for i in range(t.sent.start, t.i)):
            return None  # a direct quote's cue
        speaker = doc[subj.left_edge.i : t.i]
        lo, hi = before_attribution(
            doc, t.sent.start, subj.left_edge.i - 1, doc[t.sent.start].idx + len(doc_text(doc))
        )
        if hi - lo < 2:
            return None
        chain = self._relayed(doc, t, speaker) + source_chain(speaker, None, self.source_words)
        return Found("indirect", lo, hi, verb_group(doc, t), speaker, None, chain)

    def _before_note(self, doc: Doc, t: Token, lo: int, hi: int) -> int:
        """The end of a content before a note on how or by whom it is disputed: "…, without
        naming the suspects" (a speech participle after "without"), "…, a charge the government
        denies" (a noun cue with a relative clause of another source)."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return hi
        for x in span:
            if (
                x.left_edge.i - 1 <= span.start
                or doc[x.left_edge.i - 1].text != ","
                or (x.head.i == t.i and x.dep_ != "npadvmod")
            ):
                continue
            if any(not y.is_punct for y in doc[x.right_edge.i + 1 : span.end]):
                continue
            how = next((g for g in x.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            how_cue = self.cues.get(self._lem(how)) if how is not None else None
            noun_cue = self.noun_cues.get(x.lemma_) if x.pos_ == "NOUN" else None
            disputed = (
                noun_cue is not None
                and x.dep_ in ("appos", "npadvmod")
                and any(g.dep_ == "relcl" and any(s.dep_ == "nsubj" for s in g.children) for g in x.children)
            )
            if (x.lower_ == "without" and how_cue is not None and how_cue.kind == "speech") or disputed:
                last = doc[x.left_edge.i - 2]
                return last.idx + len(last.text)
        return hi

    def _before_caveat(self, doc: Doc, t: Token, lo: int, hi: int) -> int:
        """The end of a content before the writer's caveat on it: "X said A, though the claims
        could not be independently verified", "…, a claim that could not be verified", "…, which
        Reuters could not confirm". A negated verb of confirming under a modal, in a clause set
        off by a comma at the content's end and hung on a word of the content."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return hi
        for v in span:
            if v.i == t.i or not self._is_caveat(v):
                continue
            top = v.head if v.dep_ == "relcl" and v.head.dep_ == "appos" else v
            start = min(top.left_edge.i, v.left_edge.i)
            while start > span.start and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
                start -= 1
            if start <= span.start or top.right_edge.i + 1 < span.end or doc[start].text != ",":
                continue
            last = doc[start - 1]
            return last.idx + len(last.text)
        return hi

    def _before_participle(self, doc: Doc, t: Token, lo: int, hi: int) -> int:
        """The end of a content before a cue participle of the speaker's that the parser hung
        inside it: "denied reports that he had met the commander, calling them fabrications"
        (the participle's subject is the minister, not the "that" clause of a noun)."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return hi
        for v in span:
            owner = self._participle_owner(v)
            if owner is None or owner.i != t.i:
                continue
            if v.left_edge.i - 1 <= span.start or any(
                not x.is_punct for x in doc[v.right_edge.i + 1 : span.end]
            ):
                continue
            last = doc[v.left_edge.i - 2]
            return last.idx + len(last.text)
        return hi

    def _gerund_subject(self, doc: Doc, t: Token, inside: list[int]) -> Span | None:
        """Who does what a gerund after a preposition says: the subject of the verb the
        preposition hangs on ("spent hours in discussing it": its subject), or the noun an
        adjective describes ("the one impassioned in blasting me"). Not after "without" (what
        was not said: PolNeAR leaves it unsourced)."""
        prep = t.head
        head = prep.head
        if prep.dep_ != "prep" or prep.lower_ == "without":
            return None
        if head.pos_ == "VERB":
            found = self._subject(doc, head, inside)
            return found if found is not None and len(found) else None
        if head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return np_span(doc, head.head, inside, stop=head.i)
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            found = self._subject(doc, head.head, inside)
            return found if found is not None and len(found) else None
        return None

    def _planned(self, t: Token) -> tuple[int, Token] | None:
        """A cue infinitive after "is due/set/likely to" (a statement still to come): where the
        cue starts (the copula) and the subject of the copula."""
        head = t.head
        if t.dep_ != "xcomp" or not any(c.lower_ == "to" and c.i < t.i for c in t.children):
            return None
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            verb = head.head
        elif (
            head.tag_ == "VBN"
            and self._lem(head) not in self.cues
            and any(c.dep_ == "auxpass" for c in head.children)
        ):
            verb = head  # "is set to announce"
        else:
            return None
        be = next((c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.lemma_ == "be"), None)
        be = be if be is not None else (verb if verb.lemma_ == "be" else None)
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
        if be is None or subj is None:
            return None
        return be.i, subj

    def _participle_owner(self, v: Token) -> Token | None:
        """The cue verb whose speaker a cue participle set off by a comma belongs to, when the
        parser hung it on a clause of that cue's object ("denied reports that …, calling them …")."""
        if v.tag_ != "VBG" or v.dep_ != "advcl" or self._lem(v) not in self.cues or v.left_edge.i < 1:
            return None
        cue = self.cues.get(self._lem(v))
        if (
            cue is None
            or cue.kind not in ("speech", "evaluation")
            or any(c.dep_ in SUBJECTS for c in v.children)
        ):
            return None
        if v.head.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in v.head.children):
            return None  # a noun's "that" clause ("reports that …", "the notion that …")
        if v.doc[v.left_edge.i - 1].text != ",":
            return None
        noun = v.head.head
        owner = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("dobj", "pobj") or owner.pos_ != "VERB" or self._lem(owner) not in self.cues:
            return None
        return owner

    def _is_caveat(self, v: Token) -> bool:
        """Whether a verb says that words could not be confirmed, in a clause hung on others'
        words ("…, though the claims could not be verified", "…, which Reuters could not confirm")."""
        cue = self.cues.get(self._lem(v))
        top = v.head if v.dep_ == "relcl" and v.head.dep_ == "appos" else v  # "…, a claim that …"
        return (
            cue is not None
            and cue.kind == "speech"
            and v.dep_ in ("advcl", "relcl")
            and any(c.dep_ == "neg" for c in v.children)
            and any(c.tag_ == "MD" for c in v.children)
            and top.left_edge.i > 0
            and v.doc[top.left_edge.i - 1].text == ","
        )

    def _according_tail(self, doc: Doc, lo: int, hi: int) -> tuple[int, tuple[str, ...]] | None:
        """A reported content that ends in ", according to SOURCE": the content's new end and
        the source for the chain (None when the phrase names figures, not a source)."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return None
        for x in span:
            if x.lower_ != "according" or x.i - 1 <= span.start or doc[x.i - 1].text != ",":
                continue
            to = next((c for c in x.children if c.lower_ == "to"), None)
            obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if obj is None or obj.right_edge.i + 1 < span.end or not self._source_like(obj):
                return None
            end = doc[x.i - 2]
            return end.idx + len(end.text), (doc[obj.left_edge.i : obj.right_edge.i + 1].text,)
        return None

    @cached_property
    def _outlet_names(self) -> frozenset[str]:
        """Names of news outlets and agencies, lowercased, without a leading "the" (the state
        media of the actors' organisations, the outlets and agencies the cleaner knows)."""
        names: set[str] = set()
        for org in load_table("actors/organisations.v1.tsv", OrganisationRow):
            if org.kind == "state_media":
                names.update((org.name, *org.aliases))
        for outlet in load_table("clean/outlets.v1.tsv", OutletRow):
            names.update((outlet.name, *outlet.aliases.split("|")))
        names.update(row.name for row in load_table("clean/agencies.v1.tsv", NameRow))
        return frozenset(n.lower().removeprefix("the ") for n in names if n)

    def _is_outlet(self, span: Span) -> bool:
        """Whether a span names a news outlet ("Reuters", "the BBC", "state television")."""
        if span.text.lower().removeprefix("the ") in self._outlet_names:
            return True
        if any(e.text.lower().removeprefix("the ") in self._outlet_names for e in span.ents):
            return True  # "the BBC's Today programme", "AFP reporters"
        return any(self.source_words.get(x.lemma_.lower()) == "media" for x in span)

    def _relayed(
        self, doc: Doc, t: Token, speaker: Span | None, addressee: Span | None = None
    ) -> tuple[str, ...]:
        """Who passed on a cue's words, by phrases on the cue: "told Reuters", "citing three
        officials", "in a statement carried by Xinhua", "in an interview with the BBC"."""
        out: list[str] = []
        if addressee is not None and len(addressee) and self._is_outlet(addressee):
            out.append(addressee.text)  # "told AFP that …": the agency the words went out through
        if speaker is not None and speaker.text in out:
            out.remove(speaker.text)
        if speaker is not None and len(speaker) and self._is_outlet(speaker):
            out.append(speaker.text)  # "The Wall Street Journal reported …": an outlet speaks
        own = (speaker.start_char, speaker.end_char) if speaker is not None else (0, 0)
        asides = [c for c in t.children if c.dep_ == "advcl"]
        if speaker is not None:
            asides += [c for c in speaker.root.children if c.dep_ == "acl"]
        for c in asides:
            outlet = self._speaking_on(c)
            if outlet is not None and outlet.text not in out:
                out.append(outlet.text)  # "Speaking on state television, X said …"
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during") or c.i < t.i:
                continue
            setting = next((g for g in c.children if g.dep_ == "pobj"), None)
            if setting is None or setting.pos_ != "NOUN":
                continue
            for g in setting.children:
                # "in a statement carried by Xinhua": the participle right after the noun
                by = (
                    [a for a in g.children if a.dep_ == "agent"]
                    if g.dep_ == "acl" and g.i == setting.i + 1
                    else []
                )
                carrier = next((o for a in by for o in a.children if o.dep_ == "pobj"), None)
                if carrier is not None and (carrier.ent_type_ in TIME_ENTS or carrier.like_num):
                    carrier = None  # "… be finished by 2026"
                if carrier is None and g.dep_ == "prep" and g.lower_ in ("with", "to", "on"):
                    # "in an interview with the BBC": an outlet the speaker spoke through
                    carrier = next((o for o in g.children if o.dep_ == "pobj"), None)
                    if carrier is not None and not (
                        carrier.ent_type_ == "ORG"
                        or self._is_outlet(doc[carrier.left_edge.i : carrier.right_edge.i + 1])
                    ):
                        carrier = None
                if carrier is not None:
                    name = doc[carrier.left_edge.i : carrier.right_edge.i + 1]
                    if not (own[0] < name.end_char and name.start_char < own[1]) and name.text != "":
                        out.append(name.text)
        return tuple(out)

    def _cited(self, doc: Doc, t: Token) -> tuple[str, ...]:
        """The sources a cue's speaker cites ("The newspaper, citing two officials, said …")."""
        return tuple(
            doc[obj.left_edge.i : obj.right_edge.i + 1].text
            for c in t.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and self._cites_source(c)
            for obj in c.children
            if obj.dep_ == "dobj"
        )

    @staticmethod
    def _clause_verb(t: Token) -> Token:
        """The verb a participle's clause hangs on: its head, or the verb of the noun it follows
        ("The minister, speaking on …, said": "said")."""
        return t.head.head if t.dep_ == "acl" and t.head.dep_ in SUBJECTS else t.head

    def _speaking_on(self, t: Token) -> Span | None:
        """ "Speaking on Channel 4 News", "speaking to the BBC": a participle of speaking beside
        a cue whose phrase names the outlet the words went out on (not a topic: "on the economy")."""
        cue = self.cues.get(self._lem(t))
        if t.tag_ != "VBG" or t.dep_ not in ("advcl", "acl") or cue is None or cue.kind != "speech":
            return None
        if t.dep_ == "acl" and t.head.dep_ not in SUBJECTS:
            return None
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children):
            return None
        for c in t.children:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ != "prep" or obj is None:
                continue
            name = t.doc[obj.left_edge.i : obj.right_edge.i + 1]
            media = self._is_outlet(name)
            if c.lower_ in cue.addressee and (obj.ent_type_ == "ORG" or media):
                return name  # "speaking to the BBC", "talking with state television"
            if c.lower_ == "on" and media:
                return name  # "speaking on Channel 4 News" (not "on NATO": a topic)
        return None

    def _cites_source(self, t: Token) -> bool:
        """ "citing three officials", "citing state media": a participle of citing whose object
        is a source the words came through (not a reason: "citing rising costs")."""
        cue = self.cues.get(self._lem(t))
        obj = next((g for g in t.children if g.dep_ == "dobj"), None)
        if cue is None or "as" in cue.preps or t.lemma_ != "cite" or obj is None:
            return False
        if any(c.dep_ in ("relcl", "acl") for c in obj.children):
            return False  # "citing the many workers who have given up": what is cited
        return (
            obj.ent_type_ in ("PERSON", "ORG")
            or obj.pos_ == "PROPN"
            or self.source_words.get(obj.lemma_.lower()) in ("media", "unnamed")
        )
