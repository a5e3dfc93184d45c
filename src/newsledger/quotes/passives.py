"""Passive frames for quote rules.v1: the content is the subject, the source an agent or nobody.

"The port, described by residents as an eyesore" (a participle with "as"; "see X as Y" with
"as" hung on the object is read here too), "The plan is
supported by Y" and "the changes proposed by the government" (an agent), "The claim was
denied" (no agent), "The plan drew criticism from Y" (a verb of receiving with a noun cue of
evaluation). Mixed into the extractor like ``Frames``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.quotes.frames import NOUNS, Frames
from newsledger.quotes.lexicon import Cue
from newsledger.quotes.spans import Found, np_span, source_chain, trim, verb_group


class Passives(Frames):
    """Readers of passive and receiving frames (the word tables are the extractor's)."""

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
