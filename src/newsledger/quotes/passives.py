"""Passive frames for quote rules.v1: the content is the subject, the source an agent or nobody.

"The port, described by residents as an eyesore" (a participle with "as"; "see X as Y" with
"as" hung on the object is read here too), "The plan is
supported by Y" and "the changes proposed by the government" (an agent), "The claim was
denied" (no agent), "The plan drew criticism from Y" (a verb of receiving with a noun cue of
evaluation). Mixed into the extractor like ``Frames``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsledger.quotes.frames import NOUNS, SUBJECTS, Frames
from newsledger.quotes.lexicon import Cue
from newsledger.quotes.spans import Found, np_span, source_chain, trim, verb_group


class Passives(Frames):
    """Readers of passive and receiving frames (the word tables are the extractor's)."""

    def _passed_on(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """Words passed on by someone else: "X was quoted as saying …", "X is reported to have said …".

        A verb of quoting with "as" and a cue participle ("KCNA quoted Kim as saying …", "Kim
        was quoted by KCNA as saying …"), or a passive verb of hearsay with a cue infinitive
        ("X is reported to have told …"): the one quoted is the speaker, the cue's content is
        the content, and the quoting outlet (its subject or its "by" agent) goes to the chain.
        """
        passive = any(c.dep_ == "auxpass" for c in t.children)
        cue = self.cues.get(self._lem(t))
        inner: Token | None = None
        # "as" on the verb, or on its agent ("was cited by the paper as saying": the parser's)
        by = [g for c in t.children if c.dep_ == "agent" for g in (c, *c.children)]
        heads = [t, *by, *(g for b in by for g in b.children if g.dep_ == "pobj")]
        as_tok = next(
            (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i),
            None,
        )
        if cue is not None and cue.kind == "speech" and "as" in cue.preps and as_tok is not None:
            # "quoted X as saying", "was cited by Y as saying": a speech participle after "as"
            inner = next((g for g in as_tok.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if inner is not None and self.cues.get(self._lem(inner), cue).kind != "speech":
                inner = None
        elif passive and t.tag_ == "VBN" and cue is not None and cue.kind in ("speech", "belief"):
            # "is reported to have said": a past act known by hearsay (not "is expected to announce")
            inner = next(
                (
                    c
                    for c in t.children
                    if c.dep_ == "xcomp"
                    and c.i > t.i
                    and any(a.lower_ == "to" for a in c.children)
                    and any(a.lower_ == "have" and a.dep_ == "aux" for a in c.children)
                ),
                None,
            )
        inner_cue = self.cues.get(self._lem(inner)) if inner is not None else None
        if inner is None or inner_cue is None or inner.lemma_ == t.lemma_:
            return None
        quoted = next((c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if quoted is None or inside[quoted.i] or (quoted.pos_ == "PRON" and quoted.lower_ == "it"):
            return None
        frame = self._content_of(doc, inner, inner_cue)
        if frame is None or frame[0] < inner.i:
            return None
        lo_tok, hi_tok, _ = frame
        lo, hi = trim(doc, lo_tok, self._clause_end(inner, inner_cue, hi_tok))
        if lo is None or hi is None:
            return None
        speaker = np_span(doc, quoted, inside, stop=t.i if quoted.i < t.i else None)
        outlet: Span | None = None
        agent = next(
            (
                c
                for c in (*t.children, *inner.children)
                if c.dep_ == "agent" or (c.lower_ == "by" and c.dep_ == "prep")
            ),
            None,
        )
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None:
            outlet = np_span(doc, pobj, inside)
        elif not passive:
            outlet = next((np_span(doc, c, inside) for c in t.children if c.dep_ in SUBJECTS), None)
        chain = ((outlet.text,) if outlet is not None and len(outlet) else ()) + source_chain(
            speaker, None, self.source_words
        )
        group = verb_group(doc, t)
        if passive and all(x.dep_ != "agent" and x.lower_ != "by" for x in doc[group.end : inner.i]):
            cue_span = doc[group.start : inner.i + 1]  # "was quoted as saying", "is reported to have said"
        else:
            cue_span = group
        addressee = self._addressee(doc, inner, inside)
        return Found("indirect", lo, hi, cue_span, speaker, addressee, chain)

    def _as_frame(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "The race, known as Super Tuesday", "X is widely seen as a moderate": a passive "as".

        A cue participle with "as" and no object of its own: what it is said of (the noun the
        participle hangs on, or the passive subject) is the content's first part, the "as"
        complement its second; the source is the agent when there is one ("described by
        residents as").
        """
        if t.tag_ != "VBN" or any(c.dep_ == "dobj" for c in t.children):
            return None
        agent = next((c for c in t.children if c.dep_ == "agent" and c.i > t.i), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        as_tok = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i), None)
        if as_tok is None and pobj is not None:
            # "described by residents as an eyesore": the parser hangs "as" on the agent
            as_tok = (
                next((c for c in (*agent.children, *pobj.children) if c.lower_ == "as"), None)
                if agent
                else None
            )
        comp = (
            next((g for g in as_tok.children if g.dep_ in ("pobj", "pcomp", "amod")), None)
            if as_tok
            else None
        )
        if as_tok is None or comp is None or inside[comp.i]:
            return None
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i:
            subj_lo, subj_hi = t.head.left_edge.i, t.i
        else:
            subj = next((c for c in t.children if c.dep_ == "nsubjpass" and c.i < t.i), None)
            if subj is None or not any(c.dep_ == "auxpass" for c in t.children):
                return None
            subj_lo, subj_hi = subj.left_edge.i, subj.right_edge.i + 1
        if any(inside[i] for i in range(subj_lo, subj_hi)) or doc[subj_lo].pos_ == "PRON":
            return None
        a, b = trim(doc, subj_lo, subj_hi)
        lo, hi = trim(doc, comp.left_edge.i, comp.right_edge.i + 1)
        if a is None or b is None or lo is None or hi is None:
            return None
        speaker = np_span(doc, pobj, inside, stop=as_tok.i) if pobj is not None else None
        group = verb_group(doc, t)
        cue_span = doc[group.start : max(as_tok.i, group.end - 1) + 1]
        chain = source_chain(speaker, None, self.source_words)
        return Found("indirect", lo, hi, cue_span, speaker, None, chain, (a, b))

    def _object_as(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "Majorities see immigrants as a burden", "sees X as captured by …": the object and its "as".

        The parser may hang the "as" phrase on the object, or read "as" as the mark of a
        clause; the content is the object through the "as" phrase (and one coordinated with
        it), the source the subject.
        """
        cue = self.cues.get(self._lem(t))
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
        if cue is None or "as" not in cue.preps or obj is None or inside[obj.i]:
            return None
        as_tok = next(
            (
                c
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and doc[c.i - 1].lower_ != "such"
            ),
            None,
        )
        if as_tok is None:
            as_tok = next(
                (
                    c
                    for c in t.children
                    if c.i > obj.i
                    and c.dep_ == "advcl"
                    and any(
                        m.dep_ == "mark" and m.lower_ == "as" and m.i == obj.right_edge.i + 1
                        for m in c.children
                    )
                    and not any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
                ),
                None,
            )
        if as_tok is None or as_tok.n_rights + as_tok.n_lefts == 0:
            return None
        end = as_tok.right_edge.i + 1
        for c in t.children:
            if (
                c.dep_ == "conj"
                and c.lower_ == "as"
                and c.i >= end
                and doc[end : c.i].text.strip() in ("and", "or", ", and")
            ):
                end = c.right_edge.i + 1  # "as a burden and as people who …"
        speaker = self._subject(doc, t, inside)
        if (
            speaker is None
            or len(speaker) == 0
            or speaker.start > t.i
            or any(c.dep_ == "auxpass" for c in t.children)
        ):
            return None
        lo, hi = trim(doc, obj.left_edge.i, end)
        if lo is None or hi is None or any(inside[i] for i in range(obj.i, end)):
            return None
        chain = source_chain(speaker, None, self.source_words)
        return Found("indirect", lo, hi, verb_group(doc, t), speaker, None, chain)

    def _by_agent(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """A passive cue with its agent: "The plan is supported by Y" (Y's; the content is the subject).

        A participle with its agent after a noun reads the same way: "the changes proposed by
        the government" (the noun and what precedes the participle are the content).
        """
        subj = next((c for c in t.children if c.dep_ == "nsubjpass" and c.i < t.i), None)
        if not any(c.dep_ == "auxpass" for c in t.children):
            subj = None
        subj_lo = subj.left_edge.i if subj is not None else 0
        subj_hi = subj.right_edge.i + 1 if subj is not None else 0
        head = t.head
        if subj is None and t.dep_ == "acl" and t.tag_ == "VBN" and head.i < t.i and head.pos_ in NOUNS:
            subj, subj_lo, subj_hi = head, head.left_edge.i, t.i
        agent = next((c for c in t.children if c.dep_ == "agent" and c.i > t.i), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or pobj is None or subj.pos_ == "PRON" or inside[subj.i] or inside[pobj.i]:
            return None
        lo, hi = trim(doc, subj_lo, subj_hi)
        if lo is None or hi is None:
            return None
        speaker = np_span(doc, pobj, inside)
        assert agent is not None
        cue_span = doc[verb_group(doc, t).start : agent.i + 1]
        return Found(
            "indirect", lo, hi, cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        )

    def _passive_object(self, doc: Doc, t: Token, cue: Cue, inside: list[int]) -> Found | None:
        """ "The report was denied", "The files were deemed secret": a passive cue, no agent.

        A cue that takes its object as content ("denied the report") keeps it as the passive
        subject: the subject is the content (with a complement after the verb as its second
        part), and nobody is named as the source.
        """
        if not cue.object or "dobj" in cue.addressee:
            return None
        if not any(c.dep_ == "auxpass" for c in t.children):
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubjpass" and c.i < t.i), None)
        if subj is None or subj.pos_ == "PRON" or inside[subj.i]:
            return None
        lo, hi = trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
        if lo is None or hi is None:
            return None
        cue_span = verb_group(doc, t)
        comp = next((c for c in t.children if c.dep_ in ("oprd", "acomp") and c.i > t.i), None)
        if comp is not None and not inside[comp.i]:
            c_lo, c_hi = trim(doc, comp.left_edge.i, comp.right_edge.i + 1)
            if c_lo is not None and c_hi is not None:
                return Found("indirect", c_lo, c_hi, cue_span, None, None, (), (lo, hi))
        return Found("indirect", lo, hi, cue_span, None, None, ())

    def _received(self, doc: Doc, t: Token, inside: list[int]) -> Found | None:
        """ "The plan drew sharp criticism from farmers": the subject is what the noun cue is about.

        A verb of receiving ("draw", "win", "face", "come under") with a noun cue of evaluation
        as its object: the content is the verb's subject, the source the object of "from". A
        speech noun ("criticism", "questions") counts only with its "from" giver; without one
        ("faced questions about its cost") the noun keeps its own content.
        """
        verb = t.head
        if t.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_ == "come":
            verb = verb.head
        elif t.dep_ != "dobj" or verb.lemma_ not in self.receiving_verbs:
            return None
        cue = self.noun_cues.get(t.lemma_)
        if cue is None or cue.kind not in ("evaluation", "speech") or verb.pos_ != "VERB" or verb.i > t.i:
            return None
        subj = self._subject(doc, verb, inside)
        if subj is None or len(subj) == 0 or subj[0].lower_ in ("it", "there") or subj.start > verb.i:
            return None
        lo, hi = trim(doc, subj.start, subj.end)
        if lo is None or hi is None:
            return None
        giver = next(
            (
                g
                for c in (*t.children, *verb.children)
                if c.dep_ == "prep" and c.lower_ == "from" and c.i > t.i
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if giver is None and cue.kind != "evaluation":
            return None
        speaker = np_span(doc, giver, inside) if giver is not None else None
        cue_span = doc[verb_group(doc, verb).start : t.i + 1]
        return Found(
            "indirect", lo, hi, cue_span, speaker, None, source_chain(speaker, None, self.source_words)
        )
