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
from newsledger.nlp.pipeline import TEXT_KEY, doc_text
from newsledger.quotes.filters import keep_report
from newsledger.quotes.frames import SUBJECTS
from newsledger.quotes.labels import labelled, mistagged, title_claim, title_line, trailing, verb_form
from newsledger.quotes.lexicon import Cue, load_cues, load_source_words, load_words
from newsledger.quotes.marks import Quoted, find_quoted, requote
from newsledger.quotes.passives import Passives
from newsledger.quotes.spans import (
    TIME_ENTS,
    Found,
    SpeakerWords,
    according_chain,
    according_subject,
    according_to,
    adverbial,
    after_cue,
    attribution_start,
    balance_marks,
    before_attribution,
    carry_words,
    colon_paragraph,
    depth,
    end_before_lone_quote,
    entity_texts,
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
# nouns for what was said that point at a quote's speaker like a noun cue ("Those were the
# words of X", "in the words of X, “…”") but are too general to be cues themselves
WORDS_NOUNS = frozenset({"word", "words"})
DASHES = "\u2014\u2013-"
NAMING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


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
        self.speaker_words = SpeakerWords.load(rules_dir)
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
        carry_words(doc, self.speaker_words)
        quoted = [part for q in find_quoted(text) for part in self._cut_unclosed(doc, text, q)]
        inside = inside_mask(len(doc), doc, quoted)
        # paragraphs led by a speaker label first: their quotes need no other frame
        found: list[Found] = labelled(doc, text, self.label_stop, self.finding_nouns)
        by_label = [(f.start, f.end) for f in found]
        used_cues: set[int] = set()
        last: Found | None = None
        last_end_para = -1
        para_of = para_index(text)
        for q in quoted:
            if any(a <= q.inner_start and q.inner_end <= b + 1 for a, b in by_label):
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
            if (
                speech == "fragment"
                and text[q.inner_end - 1] not in ".!?,"
                and text[q.end : q.end + 1] not in (",", ".", ";", ":", "!", "?", "\u2014", "\u2013")
                and text[q.end : q.end + 2].strip()[:1].isalpha()
            ):
                continue  # “The Apprentice” star Jane Roe said …: a few words inside the sentence
            frame = self._direct_frame(doc, text, q, inside, short=speech != "speech")
            last_frame: object = None
            near = 0 if speech == "fragment" else 1
            if (
                frame is None
                and speech in ("speech", "fragment")
                and (text[q.inner_end - 1] in ".!?" or text[q.end : q.end + 2].strip()[:1] in DASHES)
            ):
                # “…” That was the view of X: the next sentence names whose words they were
                frame = last_frame = self._claimed_after(doc, text, q, inside)
            if frame is None and speech == "speech":
                # “…,” she said. Another resident, Omar Haddad, disagreed. “…”: a new speaker
                frame = self._lead_speaker(doc, text, q, inside, mentions, last)
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
                # "Jane Roe said the talks had failed.\n“We gave them every chance.”": hers
                frame = self._reported_before(doc, text, q, inside, mentions)
            if frame is None and speech == "speech":
                frame = self._colon_frame(doc, text.rfind("\n", 0, q.start) + 1, q.start, inside)
            if frame is None and speech == "speech":
                frame = self._closing_attribution(doc, text, q, inside)
            if frame is None:
                continue
            cue, speaker, addressee, chain = frame
            if cue is not None and frame is not last_frame:
                between = self._subject_between(doc, text, q, cue, inside)
                if between is not None and (
                    speaker is None
                    or (
                        between.start <= speaker.start < speaker.end <= between.end
                        and self._names_first(between)
                    )
                ):
                    # "“…,” the report's author, Jane Roe, told TV": a subject the parse lost
                    speaker = between
                    chain = source_chain(speaker, addressee, self.source_words)
                elif speaker is None and between is None:
                    after_cue = self._subject_after(doc, text, q, cue, inside) or self._subject_before(
                        doc, text, q, cue, inside
                    )
                    if after_cue is not None:
                        # "“…,” said Skelly, explaining …", "“…?” asked the boy": the parse lost it
                        speaker = after_cue
                        chain = source_chain(speaker, addressee, self.source_words)
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
                elif (
                    text[q.inner_end - 1] not in ".,!?;:"
                    and text[q.end : q.end + 2].lstrip()[:1].islower()
                    and not self._cue_goes_on(doc, q, cue)
                ):
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

    def _cut_unclosed(self, doc: Doc, text: str, q: Quoted) -> list[Quoted]:
        """A quotation never closed in its paragraph ends before an attribution inside it
        ("“We will not give up, the opposition leader said, vowing …": the closing mark was
        dropped): the words up to the comma before the attribution. Taken for a quotation
        running into the next paragraph, whose opening mark then starts a quotation of its own."""
        para_hi = text.find("\n", q.start, q.end)
        if q.closed and para_hi < 0:
            return [q]
        hi = q.inner_end if para_hi < 0 else para_hi
        span = doc.char_span(q.inner_start, hi, alignment_mode="contract")
        if span is None:
            return [q]
        cut: int | None = None
        for t in span:
            if not self._is_direct_cue(t) or t.tag_ not in ("VBD", "VBZ") or t.i + 1 >= len(doc):
                continue
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if not subj or any(c.dep_ in ("ccomp", "dobj") and c.i > t.i for c in t.children):
                continue  # "…, the minister said the plan …": a clause of its own, not an aside
            s = subj[0]
            if s.i < t.i and s.right_edge.i + 1 == t.i and s.left_edge.i > span.start:
                comma, after = doc[s.left_edge.i - 1], doc[t.i + 1]  # ", the leader said,"
            elif (
                s.i > t.i and s.left_edge.i == t.i + 1 and t.i > span.start and s.right_edge.i + 1 < len(doc)
            ):
                comma, after = doc[t.i - 1], doc[s.right_edge.i + 1]  # ", said Maria Lopez,"
            else:
                continue
            if comma.text == "," and after.text in (",", "."):
                cut = comma.idx + 1
                break
        if cut is None:
            return [q]
        out = [Quoted(q.start, cut, q.inner_start, cut, False, q.single)]
        if para_hi >= 0:
            rest = para_hi
            while rest < q.end and text[rest].isspace():
                rest += 1
            out.extend(self._cut_unclosed(doc, text, requote(text, rest, q.end, q.closed, q.single)))
        return out

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
        if words and self._according_before(doc, text.rfind("\n", 0, q.start) + 1, q.start, [0] * len(doc)):
            return "speech"  # According to one diplomat, “a complete mess”: the source is named
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
        if (
            set_off is not None
            and after is not None
            and not self._is_direct_cue(set_off)
            and text[q.inner_end - 1] in ",!?"
            and any(c.dep_ in SUBJECTS and c.idx >= q.end for c in after.children)
        ):
            set_off = None  # "… would not last: “…,” Roffman predicted": the cue named after it
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
        if after is None and set_off is None:
            named_after = (
                self._according_after(doc, text, q, inside)
                or self._came_from(doc, text, q, inside)
                or self._headline_claim(doc, text, q, inside)
            )
            if named_after is not None:
                return named_after
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
        if lead is None or len(lead) < 2 or not lead[-1].text.endswith(":") or any(inside[t.i] for t in lead):
            return None
        colon = lead[-1]
        before = doc[lead.start : colon.i]
        words = [t for t in before if not (t.is_punct or t.is_space)]
        opens = [t.i for t in before if t.text == "("]
        stop = colon.i
        if opens and (colon.text.startswith(")") or before[-1].text == ")"):
            # "Sen. Jane Roe (D-Ore.): “…”": the name before the party and state
            stop = opens[-1]
            words = [t for t in words if t.i < stop]
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
            speaker = np_span(doc, head, inside, stop=stop)
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
            if t.i < sent_lo or inside[t.i]:
                continue
            if t.lower_ in WORDS_NOUNS and t.i > span.start and doc[t.i - 1].lower_ == "the":
                # "It was, in the words of one diplomat, “…”": the holder of the words after "of"
                of = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
                holder = [g for c in of for g in c.children if g.dep_ == "pobj"]
                lead_in = doc[t.i - 2] if t.i - 2 >= span.start else None
                if not holder or lead_in is None or lead_in.lower_ != "in":
                    continue
                tail = doc[holder[0].i + 1 : span[-1].i]
                if holder[0].i >= span[-1].i or any(x.is_punct or x.pos_ in ("VERB", "AUX") for x in tail):
                    return None
                speaker = doc[holder[0].left_edge.i : span[-1].i]
                return (
                    doc[lead_in.i : of[0].i + 1],
                    speaker,
                    None,
                    source_chain(speaker, None, self.source_words),
                )
            if t.lower_ != "according":
                continue
            to = [c for c in t.children if c.lower_ == "to"]
            objs = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
            if not objs or objs[0].right_edge.i + 1 != span[-1].i:
                return None
            speaker = doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]
            return doc[t.i : to[0].i + 1], speaker, None, source_chain(speaker, None, self.source_words)
        return None

    def _subject_between(self, doc: Doc, text: str, q: Quoted, cue: Span, inside: list[int]) -> Span | None:
        """The noun phrase standing between a quote and its cue verb after it ("“…,” the report's
        author, economist Jane Roe, told TV"): the cue's subject, whatever the parse made of it."""
        if cue.start_char < q.end or "\n" in text[q.end : cue.start_char]:
            return None
        span = doc.char_span(q.end, cue.start_char, alignment_mode="contract")
        toks = [t for t in span if not t.is_space] if span is not None else []
        set_off = text[q.inner_end - 1] in ",!?"  # (not "‘Stoic’ driver identified": a title)
        while toks and toks[0].is_punct:
            toks, set_off = toks[1:], set_off or toks[0].text in (",", "\u2014", "\u2013")
        if not set_off:
            return None
        while toks and toks[-1].text == ",":
            toks = toks[:-1]
        if not toks or len(toks) > 12 or any(inside[t.i] for t in toks):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
            return None
        allowed = ("NOUN", "PROPN", "DET", "ADJ", "PART", "NUM", "PUNCT", "CCONJ", "ADP")
        for n, t in enumerate(toks):
            clause = t.head if t.tag_ in ("WDT", "WP") else t
            inner = toks[0].i <= clause.i <= toks[-1].i
            if n > 1 and inner and clause.dep_ in ("relcl", "acl") and toks[0].i <= clause.head.i < t.i:
                # "Jane Roe, who chairs the board,", "Jane Roe, then working for the bank,": the
                # rest is a clause on the name
                if all(x.i in {y.i for y in clause.subtree} for x in toks[n:] if x.text != ","):
                    break
                return None
            titled = t.tag_ == "VB" and n + 1 < len(toks) and toks[n + 1].ent_type_ == "PERSON"
            titled = titled or (t.pos_ == "ADV" and n > 0)  # "a lawyer then working for …"
            if t.pos_ not in allowed and not (t.text[:1].isupper() and t.ent_type_) and not titled:
                return None  # (a name or a title the tagger read as a verb: "Tulsa police Chief
                # …", "screenwriter Cole Haddon")
        return doc[toks[0].i : toks[-1].i + 1]

    def _subject_after(self, doc: Doc, text: str, q: Quoted, cue: Span, inside: list[int]) -> Span | None:
        """The noun phrase right after a cue verb that directly follows a quote ("“…,” said
        Skelly, explaining …"): the inverted subject, up to a comma, a bracket or the sentence end."""
        if cue.start_char < q.end or text[q.end : cue.start_char].strip(" ,\u2014\u2013-"):
            return None
        if cue.root.pos_ != "VERB" or cue.end >= len(doc):
            return None
        toks: list[Token] = []
        for t in doc[cue.end : min(len(doc), cue.end + 14)]:
            if t.text in (",", ".", ";", ":", "(", "!", "?") or t.is_space or inside[t.i]:
                break
            toks.append(t)
        if not toks or len(toks) > 12 or toks[0].pos_ in ("ADP", "PRON", "SCONJ", "AUX", "VERB", "PART"):
            return None
        if toks[0].ent_type_ in ("DATE", "TIME") or toks[0].lower_ in ("that", "so", "then", "again"):
            return None
        allowed = ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PART", "ADP", "ADV", "PUNCT", "CCONJ")
        for n, t in enumerate(toks):
            modifier = t.dep_ in ("amod", "compound") or (
                t.tag_ in ("VBG", "VBN") and 0 < n < len(toks) - 1 and toks[n + 1].pos_ in ("NOUN", "PROPN")
            )
            if t.pos_ not in allowed and not modifier:
                return None  # ("ranking Democrat Jane Roe": a participle on the name is part of it)
        if not any(t.pos_ in ("NOUN", "PROPN") or t.text[:1].isupper() for t in toks):
            return None
        end = toks[-1].i + 1
        if end < len(doc) and doc[end].text == "(":
            # "said Rep. Jane Roe (D-Md.)": the party and state go with the name
            close = next((t.i for t in doc[end : min(len(doc), end + 8)] if t.text == ")"), None)
            end = close + 1 if close is not None else end
        return doc[toks[0].i : end]

    def _subject_before(self, doc: Doc, text: str, q: Quoted, cue: Span, inside: list[int]) -> Span | None:
        """ "Said Ellis: “…”": the name between a cue verb opening its sentence and the colon or
        comma before the quote, when the parse lost the verb's subject."""
        if cue.end_char > q.start or cue.root.pos_ != "VERB":
            return None
        lead = text[cue.end_char : q.start].rstrip()
        if not lead.endswith((":", ",")) or "\n" in lead:
            return None
        span = doc.char_span(cue.end_char, cue.end_char + len(lead) - 1, alignment_mode="contract")
        toks = [t for t in span if not t.is_space] if span is not None else []
        if not 0 < len(toks) <= 6 or any(inside[t.i] for t in toks):
            return None
        if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART") for t in toks):
            return None
        if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in toks):
            return None
        return doc[toks[0].i : toks[-1].i + 1]

    def _names_first(self, span: Span) -> bool:
        """Whether the first phrase of ``span`` (to a comma) names a person ("Jane Roe, the …")."""
        first = next((t.i for t in span if t.text == ","), span.end)
        return any(t.ent_type_ == "PERSON" for t in span.doc[span.start : first])

    def _according_after(
        self, doc: Doc, text: str, q: Quoted, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "“…,” according to a statement from X": the phrase right after the quote names its source."""
        toks = self._tokens_after(doc, text, q, 4)
        if len(toks) < 3 or toks[0].lower_ != "according" or inside[toks[0].i]:
            return None
        to = [c for c in toks[0].children if c.lower_ == "to"]
        objs = [c for c in to[0].children if c.dep_ == "pobj" and not inside[c.i]] if to else []
        if not objs:
            return None
        speaker = np_span(doc, objs[0], inside)
        return doc[toks[0].i : to[0].i + 1], speaker, None, source_chain(speaker, None, self.source_words)

    def _came_from(
        self, doc: Doc, text: str, q: Quoted, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "‘Absolutely not,’ came the reply from X": a noun of speech after "came", its source
        after "from"."""
        toks = self._tokens_after(doc, text, q, 4)
        if len(toks) < 4 or toks[0].lemma_ != "come" or toks[0].pos_ != "VERB" or toks[1].pos_ != "DET":
            return None
        noun = toks[2]
        verb = self.cues.get(noun.lemma_)
        if noun.pos_ != "NOUN" or not (noun.lemma_ in self.noun_cues or (verb is not None and verb.direct)):
            return None
        src = [
            (c, g)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj" and not inside[g.i]
        ]
        if not src:
            return None
        speaker = np_span(doc, src[0][1], inside)
        cue = doc[toks[0].i : src[0][0].i + 1]
        return cue, speaker, None, source_chain(speaker, None, self.source_words)

    def _headline_claim(
        self, doc: Doc, text: str, q: Quoted, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "“Worst deal ever”: Trump slams Iran accord": a headline opening on a quote, then a
        colon and a name with its cue verb (the tagger may read the verb as a plural noun)."""
        para_lo = text.rfind("\n", 0, q.start) + 1
        if text[para_lo : q.start].strip() or not text[q.end : q.end + 2].lstrip().startswith(":"):
            return None
        toks = self._tokens_after(doc, text, q, 8)
        if not toks or toks[0].text != ":":
            return None
        for n, t in enumerate(toks[1:7], 1):
            verb = (t.pos_ == "VERB" and self._lem(t) in self.cues) or (
                t.tag_ in ("NNS", "VBZ") and verb_form(t.text, self.cues) is not None
            )
            if verb and n > 1:
                subject = toks[1:n]
                if not all(x.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART") for x in subject):
                    return None
                if not any(x.text[:1].isupper() for x in subject):
                    return None
                speaker = doc[subject[0].i : subject[-1].i + 1]
                return doc[t.i : t.i + 1], speaker, None, source_chain(speaker, None, self.source_words)
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                return None
        return None

    def _tokens_after(self, doc: Doc, text: str, q: Quoted, n: int) -> list[Token]:
        """The first ``n`` tokens after a quote in its paragraph, past a comma or dash after it."""
        para_hi = text.find("\n", q.end)
        span = doc.char_span(q.end, len(text) if para_hi < 0 else para_hi, alignment_mode="contract")
        toks = [t for t in span if not t.is_space] if span is not None else []
        while toks and toks[0].text in (",", "\u2014", "\u2013", "-", "--"):
            toks = toks[1:]
        return toks[:n]

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
        if toks and toks[0].text in DASHES and "\n" not in text[q.end : toks[0].idx]:
            toks = toks[1:]  # "“…” — that was the message from X"
        if not toks or toks[0].lower_ not in BACK_POINTERS or text[q.end : toks[0].idx].count("\n") > 1:
            return None
        first = toks[0]
        if text[q.end : first.idx].strip().strip(DASHES).strip() or inside[first.i]:
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
            if (
                t.pos_ == "NOUN"
                and t.dep_ == "attr"
                and (self._lem(t) in self.noun_cues or t.lower_ in WORDS_NOUNS)
            ):
                # "That was the view of X": the noun cue and its holder after "of"
                # (the message "from" X too; a holder that names someone: "of the UN chief")
                of = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
                holder = [
                    g
                    for c in of
                    for g in c.children
                    if g.dep_ == "pobj"
                    and (g.pos_ == "PROPN" or any(x.ent_type_ in NAMING_ENTS for x in g.subtree))
                ]
                if not holder:
                    return None
                speaker = np_span(doc, holder[0], inside)
                return doc[t.i : of[0].i + 1], speaker, None, source_chain(speaker, None, self.source_words)
        return None

    def _lead_speaker(
        self,
        doc: Doc,
        text: str,
        q: Quoted,
        inside: list[int],
        mentions: Sequence[Mention],
        last: Found | None,
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "“…,” she said. Another resident, Omar Haddad, disagreed. “…”", "The general was
        blunt: “…”": a quote opening its sentence right after a sentence of its own paragraph
        whose subject names a person (not a pronoun) other than the previous quote's speaker is
        that person's, not a continuation of the previous quote."""
        para_lo = text.rfind("\n", 0, q.start) + 1
        lead = text[para_lo : q.start].rstrip()
        tok = token_before(doc, q.start)
        if not lead or lead[-1] not in ".!?:" or tok is None or inside[tok.i]:
            return None
        sent = tok.sent
        if sent.start_char < para_lo or any(inside[t.i] for t in doc[sent.start : tok.i + 1]):
            return None  # "“…,” she said. “…”": the sentence before attributes another quote
        # the main verb of the words before the quote (the parse may hang them on the quote's)
        tops = [
            t
            for t in doc[sent.start : tok.i + 1]
            if t.pos_ in ("VERB", "AUX") and not (sent.start <= t.head.i <= tok.i and t.head.i != t.i)
        ]
        if len(tops) != 1:
            return None
        subj = [c for c in tops[0].children if c.dep_ == "nsubj" and not inside[c.i]]
        if not subj or subj[0].pos_ == "PRON":
            return None
        speaker = np_span(doc, subj[0], inside)
        if len(speaker) == 0 or speaker.end > tok.i:
            return None

        def people(lo: int, hi: int) -> set[str]:
            return {
                m.actor_id or m.text.lower()
                for m in mentions
                if m.kind == "person" and lo <= m.start and m.end <= hi
            }

        # the person must be the subject itself, its apposition or its possessor ("Another
        # resident, Omar Haddad,", "Jane Roe's first tweet"), not a word inside it ("the Trump
        # face on the billboards", "a survey by analyst Jane Roe")
        heads = [subj[0], *(c for c in subj[0].children if c.dep_ in ("appos", "poss"))]
        named: set[str] = set()
        for h in heads:
            named |= people(h.idx, h.idx + len(h))
            named |= {
                m.actor_id or m.text.lower()
                for m in mentions
                if m.kind == "person" and m.start <= h.idx < m.end
            }
        colon = lead.endswith(":")
        if not named and (not colon or subj[0].pos_ not in ("NOUN", "PROPN")):
            return None  # (before a colon any noun: "The report was clear: “…”")
        if last is not None and last.speaker is not None:
            before = people(last.speaker.start_char, last.speaker.end_char)
            if (named & before) or speaker.text.lower() == last.speaker.text.lower():
                return None  # the same speaker: the quote goes on with its cue
        cue = doc.char_span(para_lo + len(lead) - 1, para_lo + len(lead)) if colon else None
        return cue, speaker, None, source_chain(speaker, None, self.source_words)

    def _reported_before(
        self, doc: Doc, text: str, q: Quoted, inside: list[int], mentions: Sequence[Mention]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """A paragraph that is one quotation after a paragraph closing on a report ("Jane Roe
        said the talks with John Doe had failed.\n“We gave them every chance.”"): the quote is
        the reporter's, the subject of the last sentence's speech verb (a person or a pronoun)."""
        prev_hi = end_before_lone_quote(text, q)
        if prev_hi is None or prev_hi <= 0 or text[prev_hi - 1] not in ".":
            return None
        last = token_before(doc, prev_hi)
        if last is None or inside[last.i]:
            return None
        sent = last.sent
        if "\n" in text[sent.start_char : prev_hi] or any(inside[t.i] for t in sent):
            return None
        root = sent.root
        cue = self.cues.get(self._lem(root))
        if (
            root.pos_ != "VERB"
            or cue is None
            or cue.kind != "speech"
            or not any(c.dep_ == "ccomp" for c in root.children)
        ):
            return None  # "… said the talks had failed.": a speech verb with what was said
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        if not subj:
            return None
        speaker = np_span(doc, subj[0], inside)
        person = (subj[0].pos_ == "PRON" and subj[0].lower_ in ("he", "she")) or any(
            m.kind == "person" and m.start <= h.idx < m.end
            for m in mentions
            for h in (subj[0], *(c for c in subj[0].children if c.dep_ == "appos"))
        )
        if not person or len(speaker) == 0:
            return None
        return None, speaker, None, source_chain(speaker, None, self.source_words)

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
            run_on = self._content_runs_on(doc, text, sent, q, inside, found)
            if run_on is not None:
                # "told reporters that Russia was “open to talks” but that Kyiv must “accept …”":
                # a second clause of the same report holds the quote
                run_on.end = q.end
                continue
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

    def _content_runs_on(
        self, doc: Doc, text: str, sent: Span, q: Quoted, inside: list[int], found: list[Found]
    ) -> Found | None:
        """The reported content of ``sent`` that a coordinated clause holding ``q`` continues
        ("… that Russia was open to talks but that Kyiv must “accept …”"): it ends before the
        quote with a conjunction and the clause's own words between, no cue, no sentence end."""
        for f in found:
            if (
                f.kind != "indirect"
                or f.cue is None
                or not sent.start_char <= f.cue.start_char < sent.end_char
            ):
                continue
            if not (f.cue.end_char <= f.start < f.end <= q.start) or f.end < sent.start_char:
                continue
            gap = doc.char_span(f.end, q.start, alignment_mode="expand")
            if gap is None or len(gap) == 0:
                continue
            words = [t for t in gap if not t.is_punct]
            if not words or words[0].dep_ != "cc" or any(ch in text[f.end : q.start] for ch in ".;:!?"):
                continue
            if any(inside[t.i] or self._is_direct_cue(t) or self._lem(t) in self.cues for t in words):
                continue
            that = len(words) > 1 and words[1].lower_ == "that"  # "but that Kyiv must …"
            own = any(  # "…, but by Sunday the speech had been reframed to “…”": a new sentence
                c.dep_ in SUBJECTS and c.tag_ not in ("WP", "WDT")
                for t in words
                if t.pos_ in ("VERB", "AUX")
                for c in t.children
            )
            if not that and (own or not any(t.pos_ in ("VERB", "AUX") for t in words)):
                continue
            return f
        return None

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
            words = re.findall(r"[\w'\u2019-]+", text[q.inner_start : q.inner_end])
            title = (
                bool(words)
                and all(w[:1].isupper() for w in words if len(w) > 3 or w == words[0])
                and title_line(doc, t) is None  # (a headline's words are all capitalized)
            )
            # ("told “Fox and Friends” after he was asked": a title, not what was said)
            closes = closes or (not title and self._cue_goes_on(doc, q, doc[t.i : t.i + 1]))
            inner = t.dep_ in ("ccomp", "xcomp") and self._lem(t.head) in self.cues
            whole = closes and not inner and not text[t.idx + len(t) : q.start].strip()
            return t if whole and self._is_direct_cue(t) else None
        if t.dep_ in ("prt", "advmod", "npadvmod") and t.head.pos_ == "VERB" and 0 < t.i - t.head.i <= 2:
            t = t.head  # "she wrote back, “…”", "he said again, “…”"
        elif (
            t.dep_ == "nsubj"
            and t.head.i < t.i
            and t.left_edge.i == t.head.i + 1
            and t.head.i > 0
            and text[: t.head.idx].rstrip()[-1:] in ",\u201d\"'\u2019\u00bb\u201c"
            and self._is_direct_cue(t.head)
        ):
            t = t.head  # "“…,” said the German negotiator, “…”": the subject after its verb
        elif (
            lead.endswith(":")
            and t.dep_ == "pobj"
            and t.head.lower_ in self.setting_preps
            and t.head.head.i < t.head.i
            and self._is_direct_cue(t.head.head)
        ):
            t = t.head.head  # "said on X: “…”", "wrote in a statement: “…”": the setting's cue
        if self._is_direct_cue(t):
            return t
        if t.pos_ != "VERB" or t.lemma_ in self.not_cues:
            return None
        if not any(c.dep_ in SUBJECTS and (inside is None or not inside[c.i]) for c in t.children):
            return None
        return t

    def _cue_goes_on(self, doc: Doc, q: Quoted, cue: Span) -> bool:
        """Whether the words after a quote go on with its cue verb, not with the quote ("said
        “no” when asked …", "said “…” and left the stage"): a clause of the cue's own."""
        nxt = next((t for t in doc[cue.end :] if t.idx >= q.end and not t.is_space), None)
        if nxt is None or nxt.dep_ not in ("cc", "mark", "advmod"):
            return False
        verb = cue.root
        head = nxt.head
        if nxt.dep_ == "cc":
            return head.i == verb.i and any(c.dep_ == "conj" and c.idx >= q.end for c in verb.children)
        return head.dep_ == "advcl" and head.head.i == verb.i and head.idx >= q.end

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
        if any(e.lower().removeprefix("the ") in self._outlet_names for e in entity_texts(span)):
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
