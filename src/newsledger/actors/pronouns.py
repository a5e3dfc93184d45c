"""Resolve third-person pronouns to the last compatible actor mentioned a few sentences back."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Token

from newsledger.actors.lexicon import Lexicon
from newsledger.model import ActorKind
from newsledger.nlp.pipeline import doc_text

# Sentences back from the pronoun's own that may hold its antecedent: news paragraphs run on
# "he" for a few sentences of quotation after the last name.
WINDOW = 4


@dataclasses.dataclass(frozen=True)
class Referent:
    """What a mention resolved to, as a pronoun may copy it."""

    actor_id: str | None
    name: str | None
    kind: ActorKind
    country: str | None
    gender: str | None = None


@dataclasses.dataclass(frozen=True)
class Antecedent:
    """A resolved mention a later pronoun may point back to."""

    sentence: int
    root: Token
    referent: Referent
    plural: bool = False


def compatible(pronoun: str, lexicon: Lexicon, a: Antecedent, genders: Mapping[str, str]) -> bool:
    """Return whether the pronoun (lower case) may refer to the antecedent.

    he/she: a person of that gender or of unknown gender; they: a group, state or
    organisation, or several people; it: a state or organisation.
    """
    value = lexicon.pronouns.get(pronoun)
    kind = a.referent.kind
    if value in ("m", "f"):
        return kind == "person" and not a.plural and gender_of(a, genders) in (value, None)
    if value == "plural":
        return kind in ("group", "state", "organisation") or a.plural
    if value == "neuter":
        return kind in ("state", "organisation", "group") and not a.plural  # a group: "the militia ... its"
    return False


def gender_of(a: Antecedent, genders: Mapping[str, str]) -> str | None:
    """Return the antecedent's gender: the gazetteer's or honorific's, else what earlier pronouns showed."""
    return a.referent.gender or genders.get(a.referent.actor_id or "")


def referential(tok: Token, lexicon: Lexicon) -> bool:
    """Return whether a pronoun token refers to something ("it is clear that" does not)."""
    if tok.dep_ == "expl":
        return False
    if tok.lower_ == "it":
        return tok.head.lower_ not in lexicon.expletive_heads
    return True


def resolve_pronoun(
    tok: Token,
    sentence: int,
    before: list[Antecedent],
    lexicon: Lexicon,
    genders: Mapping[str, str] = MappingProxyType({}),
    exclude: frozenset[str] = frozenset(),
) -> Referent | None:
    """Return what the pronoun ``tok`` in sentence ``sentence`` refers to, or None.

    Looks at ``before`` (mentions earlier in the text, in order) from the pronoun's sentence
    back ``WINDOW`` sentences; in each sentence a subject wins over a later mention, since
    news prose continues with the subject ("Xi met Putin. He said ..." is Xi). The subject
    of the pronoun's own verb is skipped for an object pronoun ("Putin praised him").
    ``genders`` holds what earlier pronouns showed of unknown people (actor id -> m/f); a
    person known to match the pronoun wins over one whose gender is unknown. ``exclude``
    holds actors the pronoun cannot name (the speaker of the quotation it stands in).
    """
    if not referential(tok, lexicon):
        return None
    word = tok.lower_
    if lexicon.pronouns.get(word) in ("m", "f") and not quoted(tok):
        # '“When she married Bill Clinton …” / He …': the narrative goes on with its own
        # people, not one named inside a quotation, while one of them fits
        outside = [a for a in before if not quoted(a.root)]
        if any(
            sentence - WINDOW <= a.sentence <= sentence
            and a.referent.actor_id not in exclude
            and compatible(word, lexicon, a, genders)
            for a in outside
        ):
            before = outside
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon.speech_verbs:
        # '"...," he said.': news goes on with the last speaker ("..., said Witney. ... he said").
        speakers = [
            a
            for a in before
            if sentence - WINDOW <= a.sentence < sentence
            and a.root.dep_ == "nsubj"
            and a.root.head.dep_ == "ROOT"
            and a.root.head.lemma_.lower() in lexicon.speech_verbs
            and a.referent.actor_id not in exclude
            and compatible(word, lexicon, a, genders)
        ]
        if speakers and speakers[-1].sentence == max(a.sentence for a in before if a.sentence < sentence):
            return speakers[-1].referent
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp":
        # "X said they believed ...", "X and Y said they ...": the reporting clause's subject.
        gov = tok.head.head
        subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        roots = {t.i for s in subj for t in (s, *s.conjuncts)}
        said = [
            a
            for a in before
            if a.sentence == sentence
            and a.root.i in roots
            and a.referent.actor_id not in exclude
            and compatible(word, lexicon, a, genders)
        ]
        if said:
            return said[-1].referent
    own_subject = -1
    if tok.dep_ in ("dobj", "pobj", "dative") and not word.endswith("self"):
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own_subject = next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), -1)
    for s in range(sentence, sentence - WINDOW - 1, -1):
        pool = [
            a
            for a in before
            if a.sentence == s
            and a.root.i != own_subject
            and a.referent.actor_id not in exclude
            and compatible(word, lexicon, a, genders)
        ]
        if not pool:
            continue
        if lexicon.pronouns.get(word) == "plural":
            # "they" names a people or a set of people before a state or a body named since
            many = [a for a in pool if a.referent.kind == "group" or a.plural]
            pool = many or pool
        named = {a.root.head for a in pool if _names_subject(a.root)}
        if named:
            # "Kishida's chief cabinet secretary, Hirokazu Matsuno, echoed …": the named
            # subject is the one a later pronoun goes on with, not the possessor before it
            pool = [a for a in pool if not any(h.left_edge.i <= a.root.i < h.i for h in named)]
        sure = [a for a in pool if gender_of(a, genders) is not None]
        if sure and lexicon.pronouns.get(word) in ("m", "f"):
            pool = sure
        if s == sentence and tok.dep_ == "poss" and lexicon.pronouns.get(word) == "plural":
            # "Mexican officials ... spoke with their network": the clause's own subject.
            subject = _clause_subject(tok)
            own = [a for a in pool if subject is not None and a.root.i == subject.i]
            if own:
                return own[-1].referent
        if s == sentence and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
            # "Macron warned Netanyahu against it, his office said": the owner of the one who
            # reports is the subject of the report before it
            reporting = tok.head.head
            fronted = [c for c in reporting.children if c.dep_ == "ccomp" and c.i < tok.i]
            told = [a for a in pool if fronted and a.root.dep_ == "nsubj" and a.root.head.i == fronted[0].i]
            if told:
                return told[-1].referent
        subjects = [a for a in pool if a.root.dep_ in ("nsubj", "nsubjpass") or _names_subject(a.root)]
        if (
            s == sentence
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ != "ROOT"
            and word in ("he", "she")
        ):
            # "Trump has not responded to Calderon's remarks, although he ...": a subject in a
            # dependent clause continues the main clause's subject.
            main = [a for a in subjects if a.root.head.dep_ == "ROOT" and a.root.head.i < tok.i]
            if main:
                return main[-1].referent
        if s != sentence and subjects:
            # The main clause's subject first: in '"With Trump saying ...," said Witney.' it is Witney.
            return min(subjects, key=lambda a: a.root.head.dep_ != "ROOT").referent
        return pool[-1].referent
    return None


def _names_subject(root: Token) -> bool:
    """Whether a mention is the name set beside a subject noun ("his deputy, Angela Rayner,")."""
    return root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "NOUN"


def quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside a quotation of its paragraph (by the marks before it)."""
    text = doc_text(tok.doc)
    para = text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx]
    return (para.count('"') + para.count("\u201c") + para.count("\u201d")) % 2 == 1


def _clause_subject(tok: Token) -> Token | None:
    """Return the subject of the clause a possessive pronoun stands in (through conjoined verbs)."""
    head = tok.head
    steps = 0
    while head.pos_ not in ("VERB", "AUX") and head.head is not head and steps < 8:
        head = head.head
        steps += 1
    while steps < 16:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if head.dep_ != "conj" or head.head is head:
            return None
        head = head.head
        steps += 1
    return None
