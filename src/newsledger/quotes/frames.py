"""Frames of reported speech for quote rules.v1: who is the source of a cue and what its content is.

``Frames`` is the part of ``RulesQuoteExtractor`` that reads one cue's dependency frame: the
subject and hearer of a cue verb, the content of a verb (clause, infinitive, object,
preposition) and of noun, adjective and stance cues ("X's claim that", "X is critical of",
"X, a supporter of"), verbs of appearance ("X seems to"), "it is clear that", hearsay
adverbs ("reportedly"), a speech noun before a colon ("released the following
statement:"), "as" asides (", and as the director noted, …"), one-word answers ("said
yes") and "asked Y if …"; passive frames are in ``passives``. It holds no state of its own: the word tables are the extractor's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsledger.nlp.pipeline import doc_text
from newsledger.quotes.lexicon import Cue
from newsledger.quotes.spans import (
    TIME_ENTS,
    Found,
    balance_marks,
    before_attribution,
    has_verb_to,
    in_dateline,
    inverted_name,
    names_setting,
    np_span,
    source_chain,
    trim,
    verb_group,
)

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
OBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "oprd", "dep"})
CONTENT_DEPS = frozenset({"ccomp"})
INTENT_DEPS = frozenset({"xcomp"})
NOUNS = frozenset({"NOUN", "PROPN"})
CLAUSE_STOP = frozenset({"conj", "cc", "punct", "parataxis", "mark", "advcl"})
SET_OFF = frozenset({",", "--", "\u2014", "\u2013", "(", ")", ";"})


class Frames:
    """Readers of one cue's frame, mixed into the extractor (which loads the word tables)."""

    cues: dict[str, Cue]
    noun_cues: dict[str, Cue]
    adj_cues: dict[str, Cue]
    source_words: dict[str, str]
    naming_verbs: frozenset[str]
    unsourced_nouns: frozenset[str]
    light_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    not_cues: frozenset[str]
    setting_preps: frozenset[str]
    setting_nouns: frozenset[str]

    def _lem(self, t: Token) -> str:
        """The lemma of a cue verb, mended where the lemmatizer cuts an "e" ("rated" -> "rat", "hoping" -> "hop")."""
        lem: str = t.lemma_
        cut = (t.tag_ in ("VBD", "VBN") and t.lower_ == lem + "ed") or (
            t.tag_ == "VBG" and t.lower_ == lem + "ing"
        )
        if cut and lem + "e" in self.cues and lem not in self.cues:
            return lem + "e"
        return lem

    def _relative_report(self, t: Token) -> bool:
        """ "policies, which he said had hurt factories": a report inside a relative clause.

        PolNeAR marks it even inside another attribution's content (the relative word and
        the rest of the clause): a cue verb in a relative clause with a clause of its own and
        a subject that is not the relative word.
        """
        return (
            t.dep_ == "relcl"
            and t.pos_ == "VERB"
            and self._lem(t) in self.cues
            and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
            and any(c.dep_ == "nsubj" and c.i < t.i and c.tag_ not in ("WDT", "WP") for c in t.children)
        )

    @staticmethod
    def _aside_speaker(doc: Doc, t: Token, inside: list[int]) -> Span | None:
        """The speaker of an aside the parser gave no subject: "Democrats, Frank notes, applaud …".

        The words between the comma and the verb, when the parser hangs them all on it
        ("Frank" as a compound, "many" as a modifier, "Will" as an auxiliary) and one names
        someone.
        """
        lo = t.left_edge.i
        while lo < t.i and doc[lo].text == ",":
            lo += 1
        if lo == t.i or lo < 1 or t.i - lo > 4 or doc[lo - 1].text != ",":
            return None
        words = doc[lo : t.i]
        if any(inside[w.i] or w.is_punct or w.head.i != t.i for w in words):
            return None
        named = ("PROPN", "NOUN", "PRON")
        if not any(
            w.pos_ in named or w.text[:1].isupper() or w.lower_ in ("many", "some", "others") for w in words
        ):
            return None
        return words

    def _as_aside(self, doc: Doc, t: Token, inside: list[int]) -> list[Found]:
        """ "…, and as the director noted, people could face sanctions": an "as" aside, no content of its own.

        The content is the clause the aside hangs in, around it (one or two parts): "The
        spokesman -- as the campaign noted -- even promoted …", "…, as his supporters point
        out."; the source is the aside's subject, or its agent ("as reported by the Star").
        """
        cue = self.cues.get(self._lem(t))
        if t.dep_ != "advcl" or cue is None or cue.kind not in ("speech", "belief"):
            return []
        if not (cue.object or any(c.dep_ == "prt" for c in t.children)):
            return []  # a verb whose object was left out ("as he noted"), not "as he spoke"
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i), None)
        if mark is None or any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep", "advcl") for c in t.children):
            return []
        subj = next((c for c in t.children if c.dep_ in SUBJECTS and mark.i < c.i < t.i), None)
        agent = next((c for c in t.children if c.dep_ == "agent" and c.i > t.i), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        who = pobj if pobj is not None else subj
        if who is None or inside[who.i]:
            return []
        a_lo, a_hi = mark.i, t.i + 1
        for i in range(t.i + 1, t.right_edge.i + 1):
            if doc[i].text in SET_OFF:
                break
            a_hi = i + 1
        before = doc[a_lo - 1] if a_lo > t.sent.start else None
        after = doc[a_hi] if a_hi < t.sent.end else None
        if before is not None and before.text not in SET_OFF and before.dep_ != "cc":
            return []  # set off by punctuation: not "as more members are named"
        if after is None or after.text not in (*SET_OFF, ".", "!", "?"):
            return []
        v = t.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return []
        lo_c, hi_c = v.left_edge.i, v.right_edge.i + 1
        for c in v.children:
            if c.dep_ == "conj" and c.i >= a_hi and any(x.dep_ in SUBJECTS for x in c.children):
                hi_c = min(hi_c, c.left_edge.i)  # "…, as X noted, A, and B said …": A only
        lo_c = max(lo_c, t.sent.start)
        hi_c = min(hi_c, t.sent.end)
        while lo_c < a_lo and doc[lo_c].dep_ == "cc":
            lo_c += 1
        if any(inside[i] for i in range(lo_c, hi_c)):
            return []
        speaker = np_span(doc, who, inside, stop=a_hi) if who.i < a_hi else None
        cue_span = verb_group(doc, t)
        chain = source_chain(speaker, None, self.source_words)
        out: list[Found] = []
        for lo_t, hi_t in ((lo_c, a_lo), (a_hi, hi_c)):
            while lo_t < hi_t and doc[lo_t].text in SET_OFF:
                lo_t += 1
            while lo_t < hi_t and doc[hi_t - 1].text in SET_OFF:
                hi_t -= 1
            lo, hi = trim(doc, lo_t, hi_t) if lo_t < hi_t else (None, None)
            if lo is not None and hi is not None:
                out.append(Found("indirect", lo, hi, cue_span, speaker, None, chain))
        return out

    def _short_answer(self, t: Token) -> tuple[int, int] | None:
        """ "46 percent said yes", "26 percent said the same", "55 percent said so": a one-word content.

        The parser reads the word as an interjection, an adverb or even a subject after the
        verb; the token range of the word ("the same" with its article) is the content.
        """
        for c in t.children:
            if c.i <= t.i or c.i > t.i + 3 or any(x.i > t.i and x.is_punct for x in t.doc[t.i : c.i]):
                continue
            if (c.dep_ == "intj" and c.lower_ in ("yes", "no")) or (
                c.dep_ == "advmod" and c.lower_ in ("so", "otherwise")
            ):
                return c.i, c.i + 1
            if c.lemma_ == "same" and c.dep_ in ("nsubj", "dobj", "npadvmod") and c.left_edge.lower_ == "the":
                return c.left_edge.i, c.right_edge.i + 1
        return None

    def _is_self_described(self, t: Token) -> bool:
        """Whether ``t`` is the participle of "self-described" (a speech cue: not "self-identified")."""
        cue = self.cues.get(self._lem(t))
        return (
            t.tag_ == "VBN"
            and cue is not None
            and cue.kind == "speech"
            and any(c.lower_ == "self" and c.i < t.i for c in t.children)
        )

    def _asked_if(self, t: Token, cue: Cue) -> tuple[int, int] | None:
        """ "asked workers if they planned to vote", "Asked whether …,": the question's clause.

        The parser reads the "if" clause of a verb of asking (a speech cue whose hearer is
        its object) as an adverbial clause; the clause from "if" on is the content.
        """
        if cue.kind != "speech" or "dobj" not in cue.addressee:
            return None
        for c in t.children:
            mark = next((x for x in c.children if x.dep_ == "mark" and x.lower_ in ("if", "whether")), None)
            if c.dep_ == "advcl" and c.i > t.i and mark is not None and mark.i > t.i:
                return mark.i, c.right_edge.i + 1
        return None

    def _said_at_end(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "…, but it is under pressure, said the chief executive.": a post-posed cue read as a conjunct.

        A speech cue after a comma whose subject follows it and whose clause ends the
        sentence, with no content of its own: the sentence before the comma is the content.
        """
        cue = self.cues.get(self._lem(t))
        if cue is None or cue.kind != "speech" or t.dep_ not in ("conj", "parataxis") or t.i < 2:
            return None
        if doc[t.i - 1].text != "," or t.right_edge.i + 2 < t.sent.end:
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i > t.i), None)
        if subj is None or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children) or inside[subj.i]:
            return None
        if any(inside[i] for i in range(t.sent.start, t.i)):
            return None  # "“…,” said X": a direct quote's cue
        speaker = np_span(doc, subj, inside)
        lo, hi = before_attribution(doc, t.sent.start, t.i, doc[t.sent.start].idx + len(doc_text(doc)))
        if hi - lo < 2:
            return None
        chain = source_chain(speaker, None, self.source_words)
        return Found("indirect", lo, hi, verb_group(doc, t), speaker, None, chain)

    def _made_clear(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "X made it clear that …", "X made clear that …": X's statement."""
        head = t.head
        if head.lemma_ != "make" or t.dep_ not in ("ccomp", "oprd", "acomp", "xcomp") or t.i < head.i:
            return None
        clause = next(
            (
                c
                for c in (*t.children, *head.children)
                if c.i > t.i and c.dep_ in ("advcl", "ccomp") and any(g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        speaker = self._subject(doc, head, inside)
        if clause is None or speaker is None or len(speaker) == 0 or inside[clause.i]:
            return None
        lo, hi = trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
        if lo is None or hi is None:
            return None
        chain = source_chain(speaker, None, self.source_words)
        return Found("indirect", lo, hi, doc[verb_group(doc, head).start : t.i + 1], speaker, None, chain)

    def _evident(self, doc: Doc, t: Token) -> Found | None:
        """ "It is clear that …", "it was obvious that …": a judgement with no named source."""
        head = t.head
        if t.dep_ != "acomp" or head.lemma_ not in ("be", "seem", "appear", "become", "remain"):
            return None
        if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
            return None
        if any(c.dep_ == "neg" for c in (*head.children, *t.children)):
            return None  # "it is not clear whether …": an open question, no one's view
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
        member = self._member_of(t)
        if t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain"):
            speaker = self._subject(doc, t.head, inside)
            cue_start = verb_group(doc, t.head).start
        elif member is not None:
            # "X is one of the fiercest critics of Y", "X were among the first backers of Y"
            speaker = self._subject(doc, member, inside)
            cue_start = t.left_edge.i
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

    @staticmethod
    def _member_of(t: Token) -> Token | None:
        """The copula of "X is one of the Ns" / "X was among the Ns" for the noun N, if any."""
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ not in ("of", "among"):
            return None
        up = prep.head
        if prep.lower_ == "of" and up.lower_ == "one" and up.dep_ == "attr":
            up = up.head
        elif prep.lower_ == "of":
            return None
        return up if up.lemma_ in ("be", "become", "remain") else None

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

    def _content_of(self, doc: Doc, t: Token, cue: Cue) -> tuple[int, int, Token | None] | None:
        """Return the token range (first, last + 1) of a cue verb's content and its preposition."""
        kids = list(t.children)
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if (
            obj is not None
            and t.i < obj.i
            and self._lem(t) in self.light_verbs
            and obj.lemma_ in self.noun_cues
        ):
            ncue = self.noun_cues[obj.lemma_]
            for g in obj.children:
                if g.i == obj.i + 1 and g.dep_ == "prep" and g.lower_ in ncue.preps:
                    o = next((x for x in g.children if x.dep_ in ("pobj", "pcomp")), None)
                    if o is not None:
                        # "voiced concern about X": the noun is part of the cue, X the content
                        return o.left_edge.i, o.right_edge.i + 1, None
                if g.dep_ in ("acl", "ccomp") and any(
                    x.lower_ == "that" and x.dep_ == "mark" for x in g.children
                ):
                    return g.left_edge.i, g.right_edge.i + 1, None
        # a clause after the cue before one before it ("…: farmers said they are …"); none
        # before a cue that names something after it ("… - he called her “weak”")
        oprds = [c for c in kids if c.dep_ == "oprd" and c.i > t.i]
        text = doc_text(doc)
        for c in sorted(kids, key=lambda c: c.i < t.i):
            if c.i > t.i and "\n" in text[t.idx : c.left_edge.idx]:
                continue  # "…, X said. ¶ “…”": the parser's sentence ran on into the next paragraph
            if c.dep_ in CONTENT_DEPS and not (oprds and c.i < t.i):
                if (
                    c.pos_ not in ("VERB", "AUX")
                    and c.left_edge.i == c.i == c.right_edge.i
                    and any(g.dep_ in CONTENT_DEPS and g.i > c.i and g.pos_ in ("VERB", "AUX") for g in kids)
                ):
                    continue  # "told state news agency IRNA that …": a name the parser read as a clause
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
                return c.left_edge.i, self._more_clauses(t, c, self._content_end(doc, c)), None
        subj = self._clause_after_prep(t, kids)
        if subj is not None:
            return subj.left_edge.i, self._content_end(doc, subj.head), None
        for c in kids:
            # "called for the mayor to resign": the parser reads "for" as a clause's mark
            mark = next((x for x in c.children if x.dep_ == "mark" and x.i < c.i), None)
            if (
                c.dep_ == "advcl"
                and c.i > t.i
                and mark is not None
                and mark.lower_ == "for"
                and "for" in cue.preps
                and has_verb_to(c)
            ):
                return mark.i + 1, c.right_edge.i + 1, mark
        for c in kids:
            hearer = c.dep_ == "dobj" and "dobj" in cue.addressee
            if (c.dep_ == "prep" or hearer) and c.i > t.i:
                # "said in a call with Xi that …", "told a meeting of donors that …": the parser
                # may hang the clause on the noun (not "rejected the idea that …": the idea is
                # what is rejected)
                for g in c.subtree:
                    if g.dep_ in ("relcl", "acl") and any(
                        x.lower_ == "that" and x.dep_ == "mark" for x in g.children
                    ):
                        return g.left_edge.i, self._content_end(doc, g), None
                    if (
                        c.dep_ == "prep"
                        and cue.kind == "speech"
                        and g.dep_ == "relcl"
                        and g.left_edge.lower_ == "that"
                        and g.left_edge.i == g.head.i + 1
                        and any(x.dep_ == "nsubj" and x.lower_ != "that" and x.i < g.i for x in g.children)
                        and any(
                            x.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd")
                            and x.lower_ != "that"
                            for x in g.children
                        )  # a whole clause ("that the network asked her …"), not "the work that X did"
                    ):
                        # "said before attending the forum that the network asked her …": a
                        # speech cue with no clause of its own; the "relative" clause is the report
                        return g.left_edge.i, self._content_end(doc, g), None
        for c in kids:
            bare = (
                c.i == t.i + 1
                and c.tag_ == "VB"
                and cue.kind == "speech"
                and not any(x.dep_ in ("aux", "nsubj") for x in c.children)
            )  # a headline's "X says cut taxes to …": the bare verb is what is urged
            if (
                c.dep_ in INTENT_DEPS
                and (has_verb_to(c) or (c.tag_ == "VBG" and c.i > t.i) or bare)
                and t.lemma_ not in self.not_cues
            ):
                # "urged supporters to vote": the hearer is part of what was urged
                lo = obj.left_edge.i if obj is not None and obj.i < c.i else c.left_edge.i
                called = next(
                    (
                        p
                        for p in kids
                        if p.dep_ == "prep"
                        and t.i < p.i < c.i
                        and p.lower_ in cue.preps
                        and not names_setting(p, self.setting_preps, self.setting_nouns)
                    ),
                    None,
                )  # (not "agreed on Friday to …": a phrase of when, not one called on)
                if obj is None and called is not None and any(g.dep_ == "pobj" for g in called.children):
                    # "called on the mayor to resign": the one called on is part of the content
                    return called.i + 1, c.right_edge.i + 1, called
                return lo, c.right_edge.i + 1, None
            if c.dep_ == "oprd" and obj is not None:
                # "called climate change a hoax"
                return obj.left_edge.i, c.right_edge.i + 1, None
        finite = t.tag_ in ("VBD", "VBZ", "VBP", "VBG") and t.dep_ not in ("acl", "relcl", "amod")
        if oprds and obj is None and t.lemma_ in self.naming_verbs and (finite or self._nominal_main(t)):
            # (not "a firm called Cambridge Analytica": a name given, not what is said)
            # "called both X and Y “crazy”": the parser reads the object as a second predicate
            first = min(c.left_edge.i for c in kids if c.i > t.i and c.dep_ in ("oprd", "dep", "nmod"))
            return first, max(c.right_edge.i for c in oprds) + 1, None
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
                if objs and objs[0].ent_type_ in TIME_ENTS:
                    continue  # "spoke on Monday about …": the time is not what was said
                if objs:
                    o = objs[0]
                    if c.lower_ == "on" and t.lemma_ == "call":
                        return o.left_edge.i, c.right_edge.i + 1, c
                    if (
                        cue.object
                        and obj is not None
                        and t.i < obj.i < c.i
                        and "dobj" not in cue.addressee
                        and doc[min(o.right_edge.i + 1, len(doc) - 1)].text != ":"
                    ):
                        # "blasted the mayor for skipping the forum": the object and what it
                        # is blamed or praised for ("accused Y of …" keeps Y as the hearer)
                        return obj.left_edge.i, o.right_edge.i + 1, None
                    return o.left_edge.i, o.right_edge.i + 1, c
        nested = self._nested_prep(t, kids, cue) if obj is None else None
        if nested is not None:
            return nested
        if cue.object and obj is not None:  # pronouns too: "denounced him", "did not ask it"
            return obj.left_edge.i, obj.right_edge.i + 1, None
        return None

    @staticmethod
    def _relative_object(t: Token, cue: Cue) -> tuple[int, int] | None:
        """ "…, which no candidate has championed": a cue in a relative clause whose object is
        its relative word; the token range of that word (PolNeAR marks it as the content)."""
        if t.dep_ != "relcl" or not cue.object or t.head.i > t.i or t.head.pos_ not in NOUNS:
            return None
        if any(
            c.dep_ in ("ccomp", "xcomp", "oprd", "dative") or (c.dep_ == "dobj" and c.i > t.i)
            for c in t.children
        ):
            return None
        if any(
            c.dep_ == "prep"
            and c.i > t.i
            and (
                c.lower_ in cue.preps
                or c.lower_ == "as"
                or not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            )
            for c in t.children
        ):
            return None  # "things he said about X", "the change the party warned about": other frames
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if (
            subj is None
            or subj.tag_ in ("WDT", "WP")
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        ):
            return None
        # ("that" and bare relative clauses, "the time he spoke", are mostly no report)
        rel = next((c for c in t.children if c.dep_ == "dobj" and c.i < t.i), None)
        if rel is None or rel.lower_ not in ("which", "whom", "who"):
            return None
        return rel.i, rel.i + 1

    @staticmethod
    def _relative_pronoun_object(t: Token, lo_tok: int, hi_tok: int) -> tuple[int, int] | None:
        """ "the plan that the mayor criticized", "what he called …": a content that is only the
        relative word the cue takes as its object; the antecedent with that word (the word alone
        when there is no antecedent), not the sentence before it."""
        rel = t.doc[lo_tok]
        if hi_tok != lo_tok + 1 or rel.head.i != t.i or rel.dep_ != "dobj" or rel.i > t.i:
            return None
        if rel.tag_ not in ("WDT", "WP") and rel.lower_ != "that":
            return None
        if t.dep_ == "relcl" and t.head.i < rel.i and rel.lower_ == "that":
            return t.head.left_edge.i, rel.i + 1
        return rel.i, rel.i + 1

    @staticmethod
    def _nested_prep(t: Token, kids: list[Token], cue: Cue) -> tuple[int, int, Token | None] | None:
        """ "talking to voters about health care", "spoke out in favor of X": the cue's
        preposition the parser hung on the noun of another one after the cue."""
        for c in kids:
            if c.dep_ != "prep" or c.i < t.i:
                continue
            head = next((g for g in c.children if g.dep_ == "pobj"), None)
            if head is None or head.ent_type_ in TIME_ENTS:
                continue
            for g in head.children:
                if g.dep_ != "prep" or g.i != head.i + 1:
                    continue
                favor = c.lower_ == "in" and head.lower_ == "favor" and g.lower_ == "of"
                if not favor and not (
                    c.lower_ in cue.addressee and g.lower_ in cue.preps and g.lower_ == "about"
                ):
                    continue  # only "to voters about …", "with X about …" and "in favor of"
                o = next((x for x in g.children if x.dep_ in ("pobj", "pcomp")), None)
                if o is not None:
                    return o.left_edge.i, o.right_edge.i + 1, g
        return None

    def _nominal_main(self, t: Token) -> Token | None:
        """ "Jane Doe, who served as …, called the remarks “shameful.”": the cue the parser hung
        on its subject's noun in a sentence it found no verb for.

        A cue in a clause on a noun (no relative word, no subject of its own) that takes an object or a clause, in a
        sentence whose root is no verb, is the sentence's verb: return the head of its subject
        (the highest word before it the clause hangs from).
        """
        if t.dep_ not in ("acl", "relcl") or t.tag_ not in ("VBD", "VBN", "VBZ") or t.head.i > t.i:
            return None
        if any(
            c.i < t.i and (c.tag_ in ("WDT", "WP", "WP$") or c.dep_ in ("aux", "auxpass", *SUBJECTS))
            for c in t.children
        ):
            return None
        after_break = self._after_break(t)
        if t.sent.root.pos_ in ("VERB", "AUX") and not after_break:
            return None
        cue = self.cues.get(self._lem(t))
        preps = cue.preps if cue is not None else ()
        if not any(
            c.i > t.i
            and (c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps))
            for c in t.children
        ):
            return None  # "The governor boasted of his staff": a cue's preposition counts too
        top = t.head
        while not after_break and top.head.i != top.i and top.head.i < t.i:
            if top.head.pos_ in ("VERB", "AUX") and top.head.dep_ not in ("relcl", "acl"):
                break  # past a clause on a noun ("X, who served as …,") to the noun, no further
            if top.head.pos_ == "PUNCT":
                break  # "In a survey, 71 percent of voters approved of …": not past a comma
            top = top.head
        return top if top.pos_ in ("NOUN", "PROPN", "NUM") else None  # "One of the doctors who …"

    @staticmethod
    def _after_break(t: Token) -> bool:
        """ "…; one lawmaker called Trump “…”": a cue hung on the noun right before it, that
        noun opening a part of the sentence after a semicolon or colon (no verb of its own)."""
        noun = t.head
        if noun.i != t.i - 1 or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in SUBJECTS:
            return False
        brk = noun.left_edge.i - 1
        if brk < t.sent.start or t.doc[brk].text not in (";", ":"):
            return False
        if t.doc[brk].head.i > brk:
            return False
        # not "…; a firm called Cambridge Analytica": a name given is no report
        return any(
            c.i > t.i
            and (
                c.dep_ in ("dobj", "ccomp", "xcomp")
                or (c.dep_ == "oprd" and any(g.dep_ in ("appos", "oprd", "attr") for g in c.children))
            )
            for c in t.children
        )

    @staticmethod
    def _clause_after_prep(t: Token, kids: list[Token]) -> Token | None:
        """ "said after the debate he would not …": a clause the parser read as an adverbial.

        A finite clause with a subject of its own and no subordinating word, right after a
        prepositional phrase of the cue, is what was said, not when or why.
        """
        for c in kids:
            if c.dep_ != "advcl" or c.i < t.i:
                continue
            if any(x.dep_ == "mark" for x in c.children):
                continue
            subj = next((x for x in c.children if x.dep_ in SUBJECTS and x.i < c.i), None)
            finite = c.tag_ in ("VBD", "VBZ", "VBP") or any(
                x.dep_ in ("aux", "auxpass") and x.tag_ in ("MD", "VBD", "VBZ", "VBP") for x in c.children
            )
            if subj is None or not finite or subj.tag_ in ("WDT", "WP"):
                continue  # "… the crash that left …": a relative clause
            before = subj.left_edge.i - 1
            # the phrase between the cue and the subject: the cue's or the clause's own
            # ("said after the vote he …"); anything else ("when", "the more") is no report
            preps = [p for p in (*kids, *c.children) if p.dep_ == "prep" and t.i < p.i < subj.i]
            if len(preps) == 1 and preps[0].right_edge.i == before and preps[0].left_edge.i == t.i + 1:
                return subj
        return None

    def _clause_end(self, t: Token, cue: Cue, hi: int) -> int:
        """Run a content after its cue on to the end of the cue's clause.

        The parser often hangs a content's modifiers on the verb ("cited remarks Trump made
        about her as examples of …", "railed against super PACs, including …"); PolNeAR's
        content keeps them. Coordinated verbs, the addressee and punctuation end it.
        """
        end = hi
        text = doc_text(t.doc)
        para_hi = text.find("\n", t.idx)
        if para_hi >= 0 and not text[t.idx : para_hi].rstrip().endswith(":"):
            # the content stays in the cue's paragraph (a line break the parser read through)
            stop = next((x.i for x in t.doc[t.i + 1 : hi] if x.idx >= para_hi), hi)
            if stop > t.i + 1:
                end = hi = stop
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
            run_on = (
                c.dep_ == "advcl"
                and self._lem(c) not in self.cues
                and not any(x.text == "," for x in c.doc[hi : c.left_edge.i])
            )  # "urged them to act to stop the cuts": a clause run on without a comma
            if (
                c.i < hi
                or (c.dep_ in CLAUSE_STOP and not run_on)
                or any(x.dep_ in SUBJECTS for x in c.children)
            ):
                continue
            if c.dep_ in ("prep", "dative") and c.lower_ in cue.addressee and self._hearer_like(c):
                continue
            if c.lower_ == "according":
                break  # "…, according to a readout": an attribution of its own
            if c.dep_ == "prep" and names_setting(c, self.setting_preps, self.setting_nouns):
                break  # "criticized her during a rally": when and where it was said, not what
            if any(x.text in ".;!?" or x.is_space for x in c.doc[hi : c.left_edge.i]):
                break
            end = max(end, c.right_edge.i + 1)
        return end

    @staticmethod
    def _hearer_like(prep: Token) -> bool:
        """Whether a preposition's object may be a hearer ("to reporters", not "to a story")."""
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            return True
        return obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in NAME_ENTS or obj.tag_ == "NNS"

    def _more_clauses(self, t: Token, c: Token, end: int) -> int:
        """Run a content clause on through clauses coordinated with it ("said that A, and that B").

        The parser often hangs the second clause on the cue verb; it is the same speaker's
        when it opens with "that" again.
        """
        if end <= c.right_edge.i:
            return end  # cut before a cue of the same speaker
        for g in t.children:
            if (
                g.i > c.i
                and g.dep_ == "conj"
                and self._lem(g) not in self.cues
                and any(x.dep_ == "mark" and x.lower_ == "that" for x in g.children)
            ):
                end = max(end, g.right_edge.i + 1)
        return end

    def _content_end(self, doc: Doc, c: Token) -> int:
        """The end of a content clause, cut before a coordinated cue of the same speaker."""
        end = c.right_edge.i + 1
        # the clauses of a coordination too, for a contrast ("A and that B, although observers said …")
        deeper = {x.i for g in c.children if g.dep_ == "conj" and g.i > c.i for x in g.children}
        for g in [*c.children, *(c.doc[i] for i in sorted(deeper))]:
            own_subject = any(x.dep_ in SUBJECTS for x in g.children)
            # "said Moscow was ready for talks but would not accept preconditions": a modal
            # verb is what was said (a plan or a refusal), not a second act of the speaker;
            # but "said A and would not comment on B": a refusal to speak is the speaker's act
            aux = next((x for x in g.children if x.dep_ == "aux" and x.tag_ == "MD"), None)
            modal = (
                g.dep_ == "conj"
                and aux is not None
                and doc[aux.i - 1].dep_ in ("cc", "punct", "advmod")  # not "and others would …"
                and not (
                    any(x.dep_ == "neg" for x in g.children)
                    and (g_cue := self.cues.get(self._lem(g))) is not None
                    and g_cue.kind == "speech"
                )
            )
            # "believe Tehran is stalling, while Iranian officials insist …", "…, as official data
            # showed …": a contrast or a circumstance with a cue and a subject of its own is
            # another source's report, not part of this one
            mark = next((x for x in g.children if x.dep_ == "mark"), None)
            contrast = (
                g.dep_ == "advcl"
                and g.i > c.i
                and own_subject
                and g.tag_ in ("VBD", "VBZ", "VBP")
                and not any(x.tag_ == "MD" for x in g.children)
                and mark is not None
                and mark.lower_ in ("while", "whereas", "as", "although", "though")
                and doc[mark.i - 1].text == ","
                and (g_kind := self.cues.get(self._lem(g))) is not None
                and g_kind.kind in ("speech", "belief")
            )
            if contrast or (
                g.i not in deeper
                and g.i > c.i
                and g.dep_ in ("conj", "advcl")
                and self._lem(g) in self.cues
                and not own_subject
                and not modal
            ):
                cut = g.left_edge.i
                while cut > c.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                    cut -= 1
                end = min(end, cut)
        return end

    def _adj_cue(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "Graham has been critical of Trump", "she was sure that …": the copula's subject."""
        cue = self.adj_cues.get(t.lemma_)
        if cue is None:
            return None
        if t.dep_ == "amod" and t.head.i < t.i:
            return self._adj_after_noun(doc, t, cue, inside)
        # "with party leaders worried about turnout, …": a small clause with its own subject
        small = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and not inside[c.i]), None)
        if small is None and (
            t.dep_ not in ("acomp", "oprd") or t.head.lemma_ not in ("be", "become", "remain", "seem")
        ):
            return None
        content: tuple[int, int] | None = None
        prep: Token | None = None
        inner: Token | None = None
        for c in t.children:
            if c.dep_ in ("ccomp", "xcomp") and c.i > t.i:
                content = (c.left_edge.i, c.right_edge.i + 1)
                said = next((g for g in c.children if g.dep_ == "ccomp" and g.i > c.i), None)
                if c.dep_ == "xcomp" and said is not None and self._lem(c) in self.cues:
                    # "quick to point out that …": what was pointed out, the inner verb its cue
                    content, inner = (said.left_edge.i, said.right_edge.i + 1), c
                break
            if c.dep_ == "prep" and c.lower_ in cue.preps and c.i == t.i + 1:
                objs = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
                if objs:
                    content, prep = (objs[0].left_edge.i, objs[0].right_edge.i + 1), c
                    break
        if content is None:
            return None
        speaker = np_span(doc, small, inside) if small is not None else self._subject(doc, t.head, inside)
        if speaker is None or len(speaker) == 0 or speaker[0].lower_ in ("it", "there"):
            return None
        lo, hi = trim(doc, *content)
        if lo is None or hi is None:
            return None
        lo, hi = balance_marks(doc_text(doc), lo, hi)
        group = verb_group(doc, t.head) if small is None else doc[t.i : t.i + 1]
        end = prep.i if prep is not None else t.i
        if small is None and group.end > t.i:
            return None
        cue_span = doc[group.start : end + 1] if inner is None else verb_group(doc, inner)
        return Found(
            "indirect", lo, hi, cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        )

    def _adj_after_noun(self, doc: Doc, t: Token, cue: Cue, inside: list[int]) -> Found | None:
        """ "Senator X, critical of the deal,", "Republicans reluctant to act": the named noun holds it."""
        holder = t.head
        speaker = doc[holder.left_edge.i : holder.i + 1]
        if not any(w.ent_type_ in NAME_ENTS for w in speaker) or inside[holder.i]:
            return None
        prep = next(
            (c for c in t.children if c.dep_ == "prep" and c.lower_ in cue.preps and c.i == t.i + 1), None
        )
        objs = [g for g in prep.children if g.dep_ in ("pcomp", "pobj")] if prep is not None else []
        if prep is None:
            # "Sanders supporters reluctant to give up": an infinitive right after it
            objs = [c for c in t.children if c.dep_ == "xcomp" and c.i == t.i + 2 and has_verb_to(c)]
        if not objs or inside[objs[0].i]:
            return None
        lo, hi = trim(doc, objs[0].left_edge.i, objs[0].right_edge.i + 1)
        if lo is None or hi is None:
            return None
        return Found(
            "indirect",
            lo,
            hi,
            doc[t.i : (prep.i if prep is not None else t.i) + 1],
            speaker,
            None,
            source_chain(speaker, None, self.source_words),
        )

    def _support_among(self, doc: Doc, t: Token, poss: Token | None, inside: list[int]) -> Found | None:
        """ "Clinton has strong support among black voters", "his support among women": a poll.

        The group after "among" holds the stance; its content is whom it is for: the
        possessor, or the subject of a light or receiving verb ("has", "won").
        """
        among = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > t.i), None)
        group = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
        if among is None or group is None or inside[group.i]:
            return None
        head = t.head
        if poss is not None:
            target: Span | None = np_span(doc, poss, inside)
        elif t.dep_ == "dobj" and head.i < t.i and head.lemma_ in self.light_verbs | self.receiving_verbs:
            target = self._subject(doc, head, inside)
        else:
            return None
        if target is None or len(target) == 0 or target.start > t.i or target[0].lower_ in ("it", "there"):
            return None
        lo, hi = trim(doc, target.start, target.end)
        if lo is None or hi is None:
            return None
        speaker = np_span(doc, group, inside)
        return Found(
            "indirect",
            lo,
            hi,
            doc[t.i : among.i + 1],
            speaker,
            None,
            source_chain(speaker, None, self.source_words),
        )

    def _speech_nominal(self, t: Token) -> Cue | None:
        """ "a joke about his age", "her tweets about the vote": a speech verb's noun with no row.

        Only its "about" complement is content (PolNeAR marks it; "talk of", "post on" are
        rarely speech).
        """
        verb = self.cues.get(t.lemma_)
        if verb is None or verb.kind != "speech" or t.lemma_ in self.noun_cues:
            return None
        return Cue("speech", frozenset(), frozenset({"about"}), False, False)

    def _noun_cue(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "Trump's claim that …", "her comments about …", "support for X": a noun cue.

        A noun cue as the subject of "be" takes the clause after it ("Her view is that …").

        Its holder is the possessor, a name before it or the subject of a light verb; intent
        nouns ("plan", "effort") need one, the others stand without ("criticism of Y").
        """
        cue = self.noun_cues.get(t.lemma_) or self._speech_nominal(t)
        if cue is None:
            return None
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None and inside[poss.i]:
            return None
        if cue.kind == "evaluation":
            among = self._support_among(doc, t, poss, inside)
            if among is not None:
                return among
        named: Span | None = None
        light = self._light_verb(t)
        if light is not None and (poss is None or poss.pos_ == "PRON"):
            # "X made the case for …", "X voiced her support for …": the verb's subject holds it
            speaker = self._subject(doc, light, inside)
            if speaker is not None and len(speaker) > 0 and speaker[0].lower_ not in ("it", "there"):
                poss, named = None, speaker
        if poss is None and named is None:
            # "a New York Times report that …", "a Franco-German idea to …": a name before the noun
            names = [
                c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in NAME_ENTS
            ]
            if names and not inside[names[0].i]:
                first = names[0]
                lo_n = first.left_edge.i
                hi_n = max(c.right_edge.i for c in names)
                named = doc[lo_n : hi_n + 1]
        if (
            poss is None
            and named is None
            and t.dep_ == "pobj"
            and t.head.lower_ == "with"
            and any(c.dep_ == "acl" and c.i == t.i + 2 and has_verb_to(c) for c in t.children)
        ):
            # "Bush toured the state, with plans to return": the subject of the verb it modifies
            verb = t.head.head
            holder = self._subject(doc, verb, inside) if verb.pos_ in ("VERB", "AUX") else None
            if holder is not None and len(holder) > 0 and holder.end <= t.head.i:
                named = holder
        if poss is None and named is None and cue.kind == "intent" and t.lemma_ not in self.unsourced_nouns:
            # "support for X", "criticism of Y" stand without a holder (PolNeAR counts them);
            # an intent noun needs one ("the plan for the course" is no one's stated plan)
            return None
        content: tuple[int, int] | None = None
        prep: Token | None = None
        for c in t.children:
            if c.dep_ in ("acl", "ccomp") and any(
                g.lower_ == "that" and g.dep_ == "mark" for g in c.children
            ):
                content = (c.left_edge.i, c.right_edge.i + 1)
                break
            if c.dep_ == "acl" and has_verb_to(c) and (c.i == t.i + 2 or c.left_edge.i == t.i + 1):
                # "her decision to meet …", "a vow not to run", "his reluctance to fully engage"
                content = (c.left_edge.i, c.right_edge.i + 1)
                break
            if (
                c.dep_ == "prep"
                and c.lower_ in cue.preps
                and (c.i == t.i + 1 or (c.i == t.i + 2 and doc[t.i + 1].ent_type_ in TIME_ENTS))
            ):
                objs = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
                if objs:
                    content = (objs[0].left_edge.i, objs[0].right_edge.i + 1)
                    prep = c
                    break
        if content is None and light is not None and cue.kind == "evaluation":
            # "took swipes at X": the parser may hang the noun's preposition on the light verb
            at = next(
                (
                    c
                    for c in light.children
                    if c.dep_ == "prep" and c.lower_ in cue.preps and c.i == t.right_edge.i + 1
                ),
                None,
            )
            objs = [g for g in at.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS] if at else []
            if at is not None and objs:
                content, prep = (objs[0].left_edge.i, objs[0].right_edge.i + 1), at
        copula = t.head if t.dep_ == "nsubj" and t.head.lemma_ == "be" and t.head.i > t.i else None
        if content is None and copula is not None:
            # "Her view is that the tax is unfair": the clause after the copula
            comp = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > copula.i), None)
            if comp is not None and not inside[comp.i]:
                content, prep = (comp.left_edge.i, comp.right_edge.i + 1), copula
        if content is None or (t.lemma_ not in self.noun_cues and (prep is None or prep.dep_ != "prep")):
            return None
        lo, hi = trim(doc, *content)
        if lo is None or hi is None:
            return None
        lo, hi = balance_marks(doc_text(doc), lo, hi)
        speaker = np_span(doc, poss, inside) if poss is not None else named
        cue_lo = t.i
        if light is not None and named is not None and named.end <= light.i:
            cue_lo = verb_group(doc, light).start
        cue_span = doc[cue_lo : (prep.i if prep is not None else t.i) + 1]
        return Found(
            "indirect", lo, hi, cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        )

    def _hearsay(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "X was reportedly on the trip": the clause is someone's word, with no source named.

        The clause of the verb the adverb modifies, in two parts around the adverb; it stops
        before coordinated clauses and the sentence's end.
        """
        head = t.head
        if t.dep_ != "advmod" or head.pos_ not in ("VERB", "AUX", "ADJ") or inside[head.i]:
            return None
        sent = t.sent
        lo_tok = max(sent.start, head.left_edge.i)
        hi_tok = head.i + 1
        for c in head.children:
            if c.i > head.i and c.dep_ not in CLAUSE_STOP:
                hi_tok = max(hi_tok, c.right_edge.i + 1)
        hi_tok = min(hi_tok, sent.end)
        a, b = trim(doc, lo_tok, t.i)
        lo, hi = trim(doc, t.i + 1, hi_tok)
        if lo is None or hi is None or any(inside[i] for i in range(lo_tok, hi_tok)):
            return None
        lead = (a, b) if a is not None and b is not None else None
        return Found("indirect", lo, hi, doc[t.i : t.i + 1], None, None, (), lead)

    def _self_described(self, doc: Doc, t: Token) -> Found | None:
        """ "a self-described socialist": the holder is "self", the content the rest of the noun."""
        self_tok = next((c for c in t.children if c.lower_ == "self" and c.i < t.i), None)
        head = t.head
        if t.dep_ == "conj" and head.dep_ == "amod":
            head = head.head  # "an independent and self-described socialist"
        if self_tok is None or head.i <= t.i or head.pos_ not in ("NOUN", "PROPN"):
            return None
        lo, hi = trim(doc, t.i + 1, head.i + 1)
        if lo is None or hi is None:
            return None
        return Found("indirect", lo, hi, doc[t.i : t.i + 1], doc[self_tok.i : self_tok.i + 1], None, ())

    def _statement_before(
        self, doc: Doc, lo: int, hi: int, inside: list[int]
    ) -> tuple[Span | None, Span | None, Span | None, tuple[str, ...]] | None:
        """ "X released the following statement: “…”": a speech noun before the colon, X its source."""
        span = doc.char_span(lo, hi, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        sent = span[-1].sent
        for t in reversed(span):
            if t.i < sent.start:
                break
            cue = self.noun_cues.get(t.lemma_)
            if cue is None or cue.kind != "speech" or t.pos_ != "NOUN" or inside[t.i] or t.dep_ != "dobj":
                continue
            speaker = self._subject(doc, t.head, inside)
            if speaker is None or len(speaker) == 0:
                return None
            cue_span = doc[verb_group(doc, t.head).start : t.i + 1]
            return cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        return None

    def _light_verb(self, t: Token) -> Token | None:
        """The light verb whose object is the noun cue ``t`` ("made the case", "voiced concern")."""
        head = t.head
        if t.dep_ == "dobj" and head.pos_ == "VERB" and head.i < t.i and head.lemma_ in self.light_verbs:
            return head
        return None

    def _hearer_clause(self, verb: Token) -> bool:
        """Whether ``verb`` is a bare passive participle opening its sentence's main clause
        ("Asked about the talks, X said …", "Pressed on the point, she …") with a cue that takes
        its hearer as object: the main clause's subject is then the hearer, not the speaker."""
        cue = self.cues.get(self._lem(verb))
        return (
            cue is not None
            and "dobj" in cue.addressee
            and verb.tag_ == "VBN"
            and verb.dep_ == "advcl"
            and verb.i < verb.head.i
            and not any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in verb.children)
        )

    def _subject(self, doc: Doc, verb: Token, inside: list[int]) -> Span | None:
        """Return the span naming who speaks: the verb's subject (or its head's)."""
        v: Token | None = verb
        for _ in range(3):
            if v is None:
                break
            subj = [c for c in v.children if c.dep_ in SUBJECTS and not inside[c.i]]
            # "LONDON (Reuters) - Britain's defence secretary said": the parser may take the
            # dateline's city for a second subject
            subj = [c for c in subj if not in_dateline(c)] or subj
            if subj:
                if subj[0].tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                    # "a senator who said …": PolNeAR marks the relative pronoun as the source;
                    # resolve_ref takes it to the noun the clause hangs on (the noun itself for
                    # a passive further down: "officials, who declined to be named, …")
                    if v is verb or not any(c.dep_ == "auxpass" for c in verb.children):
                        return doc[subj[0].i : subj[0].i + 1]
                    return np_span(doc, v.head, inside, stop=v.left_edge.i)
                return np_span(doc, subj[0], inside)
            agent = [c for c in v.children if c.dep_ == "agent"]
            if agent:
                objs = [g for g in agent[0].children if g.dep_ == "pobj"]
                if objs:
                    return np_span(doc, objs[0], inside)
            if v is verb and self._hearer_clause(v):
                return None  # "Asked about it, X said …": X was asked; the asker is unnamed
            misread = [
                c
                for c in v.children
                if c.i < v.i
                and v.tag_ in ("VBD", "VBZ", "VBP")
                and c.tag_ in ("NNP", "NNPS")
                and c.dep_ in ("advmod", "npadvmod", "dep")
                and c.ent_type_ not in TIME_ENTS
                and not inside[c.i]
            ]
            if misread:
                # "But Bill Skelly, a data operative, vouched for …": a name the parser hung on
                # the verb as an adverb ("-ly") stands where the subject does
                return np_span(doc, misread[-1], inside)
            if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
                # "After blasting the report, Glenn Beck urged …": the clause's subject
                v = v.head.head
                continue
            if v.dep_ in ("conj", "advcl") and v.head.dep_ == "ccomp" and self._lem(v.head.head) in self.cues:
                # "X said he would act and warned …": the second cue is X's, not the content's
                v = v.head.head
                continue
            v = v.head if v.dep_ in ("conj", "xcomp", "advcl", "relcl") and v.head.i != v.i else None
        # "…," said the minister: the parser may take the speaker for an object (not in
        # ", describing relations as …", where the object is what is described; nor the
        # hearer of "told reporters …", whoever the parser lost)
        if verb.tag_ == "VBG":
            # '“…,” said Skelly, explaining …': the name after the cue the participle hangs on
            return inverted_name(doc, verb.head, inside) if verb.dep_ == "advcl" else None
        named = inverted_name(doc, verb, inside)
        if named is not None:
            return named
        cue = self.cues.get(self._lem(verb))
        for c in verb.children:
            late = c.i > verb.i and not inside[c.i]
            hearer = c.dep_ == "dobj" and cue is not None and "dobj" in cue.addressee
            if (
                late
                and not hearer
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
        if self._hearer_clause(verb):
            # "Asked about it, X said …": the subject of the clause it opens is the one asked
            subj = [c for c in verb.head.children if c.dep_ in SUBJECTS and not inside[c.i]]
            return np_span(doc, subj[0], inside) if subj else None
        for c in verb.children:
            if inside[c.i]:
                continue
            if (
                c.dep_ in ("dobj", "dative")
                and "dobj" in cue.addressee
                and c.pos_ in ("PROPN", "NOUN", "PRON")
            ):
                topic = [p.i for p in c.children if p.dep_ == "prep" and p.i > c.i and p.lower_ in cue.preps]
                # "assured Zelenskiy of Germany's support": the hearer ends where the topic starts
                span = np_span(doc, c, inside, stop=topic[0] if topic else None)
                nxt = doc[span.end] if span.end < len(doc) else None
                if nxt is not None and nxt.head.i == verb.i and nxt.pos_ == "PROPN" and not inside[nxt.i]:
                    # "told state news agency TASS": the parser may hang the name on the verb
                    return doc[span.start : nxt.right_edge.i + 1]
                return span
            if c.dep_ in ("prep", "dative") and c.lower_ in cue.addressee:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return np_span(doc, objs[0], inside)
            if (
                c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and c.i < verb.i
                and (heard := self.cues.get(self._lem(c))) is not None
                and "dobj" not in heard.addressee
            ):
                # "Speaking to reporters in Ankara, Erdogan said …": who the speaker spoke to
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in heard.addressee:
                        objs = [g for g in p.children if g.dep_ == "pobj"]
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
