"""Find the words of a sentence that name an event (verbal and nominal triggers) in its parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsledger.events.lexicon import EventLexicon, TriggerRow

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# A noun trigger in these relations to a verb is that verb's event ("held talks", "the talks were held").
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "nsubj", "oprd"})
# A verb trigger below another trigger in these relations is part of the other's event
# ("met to discuss", "urged Russia to withdraw"), unless the upper verb only sets its modality.
INNER_DEPS = frozenset({"xcomp", "advcl", "ccomp", "acl"})
# Prepositions that make a noun the scene of another event, not its object.
SCENE_PREPS = frozenset({"in", "at", "during"})
# The dependents a trigger row's `with` may name: objects, particles, prepositions, modifiers.
DEPENDENT_DEPS = frozenset(
    {
        "dobj",
        "prt",
        "prep",
        "agent",
        "dative",
        "advmod",
        "compound",
        "amod",
        "nsubjpass",
        "attr",
        "npadvmod",
        "nmod",
    }
)


@dataclass(frozen=True)
class Trigger:
    """A word that names an event, the clause verb that carries it, and its coding row."""

    token: Token
    clause: Token
    row: TriggerRow
    words: str
    start: int
    end: int

    @property
    def depth(self) -> int:
        """Return how far the clause sits below the sentence root (0 for the main verb)."""
        n, tok = 0, self.clause
        while tok.head != tok and n < 50:
            tok, n = tok.head, n + 1
        return n


def lemma(tok: Token) -> str:
    """Return the lower-cased lemma of ``tok`` (its lower-cased text when the lemma is empty)."""
    return (tok.lemma_ or tok.text).lower()


def _dependent_lemmas(tok: Token) -> set[str]:
    """Lemmas of the words a verb's `with` condition may name: objects, particles, prepositions."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ not in DEPENDENT_DEPS:
            continue
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue  # "called on Tuesday" is not "called on"
        out.add(lemma(c))
        out.add(c.lower_)
        if c.dep_ in ("prep", "agent", "dative"):
            out.update(lemma(g) for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "dobj":
            out.update(lemma(g) for g in c.children if g.dep_ in ("compound", "amod"))
            # "announced their support for a pact": the object's own preposition
            out.update(
                lemma(g) for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
            )
    return out


def match_row(tok: Token, lex: EventLexicon) -> TriggerRow | None:
    """Return the trigger row ``tok`` matches, the most specific first, or None."""
    if tok.pos_ in VERB_POS:
        pos: str = "V"
    elif tok.pos_ in NOUN_POS:
        pos = "N"
    else:
        return None
    rows = lex.triggers.get((lemma(tok), pos), []) or lex.triggers.get((tok.lower_, pos), [])  # type: ignore[arg-type]
    if not rows:
        return None
    if pos == "N" and tok.dep_ == "compound" and lex.cue("frame", lemma(tok.head)) is None:
        return None  # "war games", "strike force": the noun only modifies another
    if pos == "V" and tok.dep_ == "amod":
        return None  # "the Syrian-backed militia": a participle describing a noun
    if pos == "V" and any(c.dep_ == "dobj" and lex.cue("void", lemma(c)) for c in tok.children):
        return None  # "offered condolences": a statement, not an event
    deps: set[str] | None = None
    moves_object = pos == "V" and any(c.dep_ == "dobj" for c in tok.children)
    deployed = pos == "V" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and lex.cue("context", lemma(c)) == "military"
        for c in tok.children
    )
    for row in rows:
        if row.mode == "visit" and row.with_ and (moves_object or deployed):
            # "returned the paintings to Peru": something is sent, nobody visits;
            # "troops arrived in X": a deployment, not a visit
            continue
        if not row.with_:
            return row
        if deps is None:
            deps = _dependent_lemmas(tok)
        if deps.intersection(row.with_):
            return row
    return None


def frame_of(tok: Token, lex: EventLexicon) -> Token:
    """The noun that stands for a noun trigger in the clause: its frame noun when it modifies
    one ("a mediation effort", "a peace mission"), else the trigger itself."""
    if tok.dep_ == "compound" and tok.head.pos_ in NOUN_POS and lex.cue("frame", lemma(tok.head)) is not None:
        return tok.head
    return tok


def _governing_verb(tok: Token, lex: EventLexicon) -> Token | None:
    """Return the verb a noun is an argument of ("held talks" -> held), or None.

    A noun subject takes its verb only when the verb says the event happened ("talks were
    held", "the summit took place"), not when it says something about it ("the call was
    driven by concerns").
    """
    head = tok.head
    if head == tok or head.pos_ not in ("VERB", "AUX") or tok.dep_ not in OBJECT_DEPS:
        return None
    if tok.dep_ in ("nsubj", "nsubjpass") and lex.cue("light", lemma(head)) is None:
        return None
    return head


def _words(tok: Token, clause: Token) -> tuple[str, int, int]:
    """Return the trigger text and span: the word, with its light verb or particle if any."""
    parts = [tok]
    if clause != tok:
        parts.append(clause)
    parts += [c for c in tok.children if c.dep_ == "prt"]
    if tok.pos_ in NOUN_POS:
        parts += [c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1]
    parts.sort(key=lambda t: t.i)
    start, end = parts[0].idx, parts[-1].idx + len(parts[-1].text)
    text = " ".join(t.text for t in parts) if len(parts) > 1 else tok.text
    return text, start, end


def _talked_about(tok: Token, lex: EventLexicon) -> bool:
    """Whether the event word sits under a word of attitude ("claimed responsibility for the
    attack", "expressed concern about the talks", "skeptical of a deal", "sent condolences
    after the attack") or is the object of one ("rejected the accusation"): a statement."""
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" and lex.cue("void", lemma(tok)) is not None:
        return True  # "rejected the accusation": what was rejected is a statement
    node = tok
    for _ in range(8):
        if node.head == node:
            return False
        node = node.head
        if node.pos_ in NOUN_POS | {"ADJ"} and lex.cue("void", lemma(node)) is not None:
            return True
        if (
            tok.dep_ == "pobj"
            and node == tok.head.head
            and node.pos_ in VERB_POS
            and any(c.dep_ == "dobj" and lex.cue("void", lemma(c)) is not None for c in node.children)
        ):
            return True  # "expressed condolences after the attack"
    return False


def find_triggers(sent: Span, lex: EventLexicon) -> list[Trigger]:
    """Return the event triggers of ``sent``, one per event, in text order.

    A noun that is the object of a verb trigger belongs to the verb's event ("condemned the
    attack" is one ACCUSE); a noun after a light verb takes the verb as its clause ("held
    talks"); a verb under a modality verb keeps the event ("agreed to meet": meet), a verb
    under another trigger is part of it ("met to discuss": met).
    """
    found: dict[int, tuple[Token, TriggerRow]] = {}
    for tok in sent:
        row = match_row(tok, lex)
        if row is not None and not _talked_about(tok, lex):
            found[tok.i] = (tok, row)
    drop: set[int] = set()
    for i, (tok, _row) in found.items():
        if tok.pos_ in NOUN_POS:
            verb = _governing_verb(tok, lex)
            # "agreed on a deal" is one event; "deepened ties in a phone call" is two
            under = tok.head.head if tok.dep_ == "pobj" and lemma(tok.head) not in SCENE_PREPS else None
            if under is not None and lemma(tok.head) == "of" and under.dep_ == "dobj":
                under = under.head  # "imposed a package of sanctions": one event
            if (verb is not None and verb.i in found) or (
                under is not None and under.i in found and under.pos_ in VERB_POS
            ):
                drop.add(i)
            continue
        head = tok.head
        if head == tok or tok.dep_ not in INNER_DEPS:
            continue
        if head.i in found and head.pos_ in VERB_POS:
            cue = lex.cue("head", lemma(head))
            if cue is not None and (tok.dep_ == "xcomp" or cue == "negated"):
                drop.add(head.i)  # "agreed to meet", "denied that it sent": the inner event
            elif tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                drop.add(i)  # "met to discuss", "urged Russia to withdraw": the outer event
    for i, (tok, _row) in found.items():
        # "promised to continue aid to Mozambique": the promised event is the aid
        verb = _governing_verb(tok, lex) if tok.pos_ in NOUN_POS and i not in drop else None
        if (
            verb is not None
            and lex.cue("light", lemma(verb)) is not None  # not "postpone talks"
            and verb.dep_ == "xcomp"
            and verb.head.i in found
            and lex.cue("head", lemma(verb.head)) is not None
        ):
            drop.add(verb.head.i)
    out: list[Trigger] = []
    for i, (tok, row) in sorted(found.items()):
        if i in drop:
            continue
        clause = tok
        if tok.pos_ in NOUN_POS:
            # "began a mediation effort": the frame noun's verb is the event's clause
            clause = _governing_verb(frame_of(tok, lex), lex) or tok
        words, start, end = _words(tok, clause)
        out.append(Trigger(tok, clause, row, words, start, end))
    return out
