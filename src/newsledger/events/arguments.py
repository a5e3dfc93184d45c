"""Find an event's actor and recipient in the parse and map them to the resolved actor mentions."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsledger.events.lexicon import EventLexicon
from newsledger.events.triggers import NOUN_POS, Trigger, frame_of, lemma, match_row
from newsledger.model import Mention

# Words inside the noun phrase of an argument that may name (part of) the actor.
NP_DEPS = frozenset(
    {"compound", "amod", "poss", "appos", "conj", "nmod", "flat", "npadvmod", "nummod", "det"}
)
STRICT_NP_DEPS = frozenset({"compound", "appos", "conj", "flat", "nmod"})
# Prepositions whose object is the recipient of a verb or of a noun trigger.
RECIPIENT_PREPS = frozenset(
    {"with", "to", "on", "against", "toward", "towards", "into", "upon", "between", "for", "from", "over"}
)  # fmt: skip
NOUN_RECIPIENT_PREPS = RECIPIENT_PREPS | {"of"}
# Prepositions of a verb's direct object that name the other side ("cooperation with Russia").
OBJECT_PREPS = frozenset({"with", "to", "against", "toward", "towards", "between", "for"})
# Prepositions that set a noun event as the scene of the clause's subject ("in a call", "at a summit").
FRAME_PREPS = frozenset({"in", "at", "during"})
# Prepositions of a taken-up object naming who made it ("calls by X", "an offer from Y").
MAKER_PREPS = frozenset({"by", "from"})
# Clauses of their own inside an event's clause: their places are not the event's.
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis"})
# Prepositions naming where an event happened; the state there is its recipient when there is no other.
PLACE_PREPS = frozenset({"in", "at", "inside", "into", "throughout", "across", "within"})
# Pronoun subjects that may repeat the subject of the verb their clause reports, and whether
# they name a person (None: either).
SPEAKER_PRONOUNS: dict[str, bool | None] = {"it": False, "he": True, "she": True, "they": None, "we": None}
# Prepositions before a verb whose doer is the subject of the verb they hang on.
DOER_PREPS = frozenset({"by", "to", "after", "before", "without", "while", "through", "upon"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


@dataclass(frozen=True)
class Sides:
    """The mentions naming an event's actor and recipient (political actors only)."""

    actor: tuple[Mention, ...]
    recipient: tuple[Mention, ...]


class MentionIndex:
    """Look up the resolved actor mentions of an article by character offset.

    ``demonyms`` are nationality words and named places the actor stage left unresolved
    ("Malian gunmen", "Nigerians", "in Georgia province"): an argument falls back to
    them only when its noun phrase names no political actor.
    """

    def __init__(self, mentions: Sequence[Mention], demonyms: Sequence[Mention] = ()) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.demonyms = {i: m for m in demonyms for i in range(m.start, m.end)}
        self.pairs: list[tuple[int, tuple[Mention, ...]]] = []  # sides of events coded so far

    def remember(self, sentence: int, sides: Sides) -> None:
        """Note the two sides of an event coded in ``sentence`` ("the two countries" may mean them)."""
        both = _political([*sides.actor, *sides.recipient])
        if len({m.country for m in both}) >= 2:
            self.pairs.append((sentence, tuple(both)))

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Return the mentions overlapping ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        j = i - 1
        while j >= 0 and self.mentions[j].end > start:
            out.append(self.mentions[j])
            j -= 1
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return sorted(out, key=lambda m: m.start)

    def before(self, offset: int, sentence_from: int) -> list[Mention]:
        """Return the political mentions before ``offset`` in sentences >= ``sentence_from``, latest first."""
        i = bisect.bisect_left(self.starts, offset)
        return [m for m in reversed(self.mentions[:i]) if m.sentence >= sentence_from and m.country]


def _np_tokens(tok: Token, strict: bool = False) -> list[Token]:
    """Return ``tok`` and the words of its noun phrase that may name actors (with conjuncts).

    ``strict`` leaves out possessive pronouns and adjectives: in "congratulated X on his
    success" the success is not an actor, nor is "his"; "with Togo's president" keeps Togo.
    """
    deps = STRICT_NP_DEPS if strict else NP_DEPS
    out: list[Token] = []
    todo = [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in deps or c.dep_ == "cc" or (c.dep_ == "poss" and c.pos_ != "PRON"):
                todo.append(c)
            elif c.dep_ == "prep" and lemma(c) in ("of", "from") and c.head.pos_ in NOUN_POS:
                # "the leaders of China and Russia", "officials from Peru"
                todo.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _political(ms: list[Mention]) -> list[Mention]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for m in ms:
        key = (m.actor_id or m.name or m.text, m.country)
        if m.country and key not in seen:
            seen.add(key)
            out.append(m)
    return out


def mentions_of(tok: Token, index: MentionIndex) -> list[Mention]:
    """Return the political actor mentions inside the noun phrase headed by ``tok``.

    The object of a preposition is read strictly (no possessors or adjectives).
    """
    found: list[Mention] = []
    strict = tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent")
    words = _np_tokens(tok, strict)
    for t in words:
        found.extend(index.overlapping(t.idx, t.idx + len(t.text)))
    political = _political(sorted(found, key=lambda m: m.start))
    # "U.S. and South Korean forces": a coordinated nationality names a second state
    both = [index.demonyms[t.idx] for t in words if t.dep_ == "conj" and t.idx in index.demonyms]
    if political and both:
        political = _political(sorted(political + both, key=lambda m: m.start))
    if not index.demonyms or any(m.text.lower() not in POSSESSIVES for m in political):
        return political
    # No named actor: a nationality word of the phrase says whose they are ("Chadian forces",
    # "on Somali traders"), in a strict phrase too (an adjective, not a possessor).
    if strict:
        words += [c for t in words for c in t.children if c.dep_ == "amod"]
    # "a school for Syrian children": whom the thing is for
    beneficiaries = [g for p in tok.children if lemma(p) == "for" for g in p.children if g.dep_ == "pobj"]
    words += beneficiaries + [c for g in beneficiaries for c in g.children if c.dep_ == "amod"]
    # ("his Iraqi counterpart": the possessor's counterpart is Iraq's)
    named = _political(
        sorted((index.demonyms[t.idx] for t in words if t.idx in index.demonyms), key=lambda m: m.start)
    )
    return named or political


def _group(tok: Token, index: MentionIndex, sentence: int, lex: EventLexicon) -> list[Mention]:
    """Resolve "the two leaders", "both sides", "they" to the two countries most named just before."""
    kind = lex.cue("group", lemma(tok)) or lex.cue("group", tok.lower_)
    alone = tok.lower_ in ("they", "both", "two") and tok.pos_ in ("PRON", "NUM", "DET")
    plural = tok.tag_ in ("NNS", "NNPS") or alone
    definite = any(c.lower_ in ("the", "both", "two") or c.dep_ == "poss" for c in tok.children)
    if not (alone or (kind and plural and definite)):  # "two missiles", "all parties": no pair of sides
        return []
    kinds = {"person": ("person",), "state": ("state", "organisation")}.get(kind or "")
    # The two sides most talked about just before, the latest first among equals; a pair that
    # were the two sides of a recent event wins over countries only named in passing.
    count: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    for m in index.before(tok.idx, max(0, sentence - 3)):
        if m.country and (kinds is None or m.kind in kinds):
            count[m.country] = count.get(m.country, 0) + 1
            latest.setdefault(m.country, m)
    recent: list[tuple[Mention, ...]] = [
        pair
        for at, pair in index.pairs
        if sentence - 3 <= at <= sentence and pair[-1].end <= tok.idx and len({m.country for m in pair}) == 2
    ]
    if recent:  # the heaviest pair, the latest among equals

        def weight(pair: tuple[Mention, ...]) -> int:
            return sum(count.get(c, 0) for c in {m.country or "" for m in pair})

        best = recent[-1]
        for pair in reversed(recent):
            if weight(pair) > weight(best):
                best = pair
        return list(best)
    if len(count) < 2:
        return []
    order = sorted(count, key=lambda c: (-count[c], -latest[c].start))[:2]
    return sorted((latest[c] for c in order), key=lambda m: m.start)


def _is_to(tok: Token) -> bool:
    """Whether a verb is a 'to' infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _purpose(verb: Token, lex: EventLexicon | None) -> bool:
    """Whether a verb's "to" clause is its subject's purpose, not its object's act ("summoned
    the envoy to protest": the summoner protests; "urged the envoy to leave": the envoy leaves)."""
    return lex is not None and lex.cue("purpose", lemma(verb)) is not None


def _subject(verb: Token, lex: EventLexicon | None = None) -> tuple[list[Token], bool]:
    """Return the subject words of ``verb`` (climbing through control and coordination) and passive-ness."""
    tok = verb
    for _ in range(6):
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subj or passive:
            if subj and subj[0].lower_ in RELATIVE and tok.dep_ == "relcl":
                return [tok.head], False
            return (subj or passive), bool(passive) and not subj
        head = tok.head
        if head == tok:
            break
        if tok.dep_ == "xcomp" and not _purpose(head, lex):
            obj = [c for c in head.children if c.dep_ in OBJECT_DEPS]
            if obj:  # "urged Russia to withdraw", "invited Xi to visit"
                return obj, False
        elif tok.dep_ == "acl" and head.pos_ in NOUN_POS and head.dep_ == "dobj" and _is_to(tok):
            tok = head.head  # "expressed a desire to evolve ties": the one who expressed it
            continue
        elif tok.dep_ in ("relcl", "acl") and head.pos_ in NOUN_POS:
            return [head], False
        elif tok.dep_ == "pcomp" and lemma(head) in DOER_PREPS and head.head != head:
            # "resorted to shelling", "responded by shelling the town"; not "blacklisted
            # firms for supporting X", where the object did it
            tok = head.head
            continue
        elif tok.dep_ not in ("conj", "advcl", "ccomp", "xcomp", "acomp"):
            break
        tok = head
    return [], False


def _objects(
    tok: Token, preps: frozenset[str], lex: EventLexicon | None = None, hostile: bool = False
) -> list[Token]:
    """Objects of ``tok`` and of its prepositions in ``preps``; for a verb, also the prepositional
    objects of its direct object ("deepen cooperation with Russia", "talks between X and Y";
    for a hostile event also "on": "imposed a package of sanctions on Russia"). The direct
    object of a verb of discussing is its topic, not a side ("discussed Ukraine")."""
    topical = lex is not None and lex.cue("topic", lemma(tok)) is not None
    object_preps = OBJECT_PREPS | ({"on"} if hostile else set())
    if hostile:  # "fired at the convoy"; otherwise "at" names a place ("congratulated X at the congress")
        preps = preps | {"at"}
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "sent weapons to Libya"
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in OBJECT_DEPS:
            if not topical:
                out.append(c)
            if tok.pos_ in ("VERB", "AUX"):
                # "a package of sanctions on Russia": the object's "of" phrase counts as the object
                heads = [
                    c,
                    *(g for p in c.children if lemma(p) == "of" for g in p.children if g.dep_ == "pobj"),
                ]
                out += [
                    g
                    for h in heads
                    for p in h.children
                    if p.dep_ == "prep" and lemma(p) in object_preps
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
        elif c.dep_ in ("prep", "agent") and lemma(c) in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def sides(trig: Trigger, index: MentionIndex, sentence: int, lex: EventLexicon) -> Sides:
    """Return the actor and recipient mentions of ``trig`` from the parse.

    Subject (or agent of a passive) -> actor; object and prepositional objects ("with", "to",
    "on", "against") -> recipient; a noun trigger's possessor or modifier is its actor
    ("Russia's invasion", "US sanctions"). Plural references ("the two leaders") take the
    sides named just before.
    """
    tok, clause = trig.token, trig.clause
    actor_toks: list[Token] = []
    recip_toks: list[Token] = []
    passive = False
    if clause != tok and lex.cue("undergo", lemma(clause)) is not None:
        # "Russia faces sanctions from the EU": the subject undergoes the event
        recip_toks = _subject(clause)[0]
        actor_toks = [
            g for c in (*clause.children, *tok.children) if lemma(c) in ("from", "by") for g in c.children
        ]
    elif clause != tok or tok.pos_ not in NOUN_POS:
        actor_toks, passive = _subject(clause, lex)
        kind = lex.types.get(trig.row.type)
        recip_toks = _objects(clause, RECIPIENT_PREPS, lex, hostile=kind is not None and kind.quad >= 3)
        if clause != tok:
            frame = frame_of(tok, lex)
            recip_toks = [t for t in recip_toks if t not in (tok, frame)]
            recip_toks += _objects(tok, NOUN_RECIPIENT_PREPS)
            if frame != tok:  # "began a mediation effort between X and Y"
                recip_toks += _objects(frame, NOUN_RECIPIENT_PREPS)
        if passive:
            agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            # "talks with Iran were held by X": the passive subject's own sides, as an object's
            sided = [
                g
                for t in actor_toks
                for p in t.children
                if p.dep_ == "prep" and lemma(p) in OBJECT_PREPS
                for g in p.children
                if g.dep_ == "pobj"
            ]
            recip_toks = [t for t in recip_toks if t not in agents] + actor_toks + sided
            actor_toks = agents
    else:
        actor_toks = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        actor_toks += [
            g for c in tok.children if c.dep_ in ("agent",) or lemma(c) == "by" for g in c.children
        ]
        recip_toks = _objects(tok, NOUN_RECIPIENT_PREPS)
        verb = tok.head.head
        if tok.dep_ == "pobj" and lemma(tok.head) in FRAME_PREPS and verb.pos_ in ("VERB", "AUX"):
            # "In a phone call with X, Y said ...", "The two spoke at a summit": the subject took part
            actor_toks += _subject(verb)[0]
            if not any(mentions_of(t, index) for t in recip_toks):
                # "X offered to deepen cooperation with Y in a call": Y took part too
                verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
                recip_toks = [t for v in verbs for t in _objects(v, frozenset({"with"})) if t.dep_ == "pobj"]
    actor = [m for t in actor_toks for m in _side(t, index, sentence, lex)]
    recipient = [m for t in recip_toks for m in _side(t, index, sentence, lex)]
    if clause == tok and tok.pos_ not in NOUN_POS:
        # "condemned the Russian invasion of Ukraine", "welcomed Peru's decision": the verb
        # answers another event, whose doer is the other side
        own = {m.country for m in _political(actor)}
        doers = [m for m in _doers(clause, index, lex) if m.country not in own]
        if doers:
            recipient = doers
    if trig.row.type == "REQUEST" and not _political(recipient) and clause == tok:
        # "demanded that the US cancel ...", "demanded support from the Assembly"
        asked = [t for c in clause.children if c.dep_ == "ccomp" for t in _subject(c)[0]]
        asked += [
            g
            for c in clause.children
            if c.dep_ == "dobj"
            for p in c.children
            if lemma(p) in ("from", "by")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        recipient = [m for t in asked for m in _side(t, index, sentence, lex)]
    # "mobilized its reservists", "withdrew their troops": one actor's own, not another side
    # (two sides' "their commitment" stays: the pair acts together)
    own = {m.country for m in _political(actor)}
    if len(own) == 1:
        recipient = [m for m in recipient if not (m.text.lower() in POSSESSIVES and m.country in own)]
    hosted_event = any(c.dep_ == "dobj" and match_row(c, lex) is not None for c in clause.children)
    # (a guest is someone: "welcomed the decision" hosts nobody)
    guest = any(c.dep_ == "dobj" and mentions_of(c, index) for c in clause.children)
    if lex.cue("host", lemma(clause)) is not None and not hosted_event and guest:
        actor, recipient = recipient, actor  # PLOVER: the visitor is the actor, the host the recipient
    elif not _political(recipient):
        alone = len({m.country for m in _political(actor)}) < 2  # "X and Y met in Z": Z only hosts
        recipient = _fallback_recipient(trig, recip_toks, actor_toks, index, lex, alone)
        if not _political(recipient) and _political(actor) and _domestic(recip_toks, lex):
            # "Kenyan police dispersed the protesters": an unnamed domestic group is the state's own
            recipient = [m for m in _political(actor) if m.kind != "organisation"][:1]
    if not _political(actor) and _domestic(actor_toks, lex):
        # "Rebels cut the roads in Chad": an unnamed domestic group belongs where it acts
        members = [g for t in actor_toks for p in t.children if lemma(p) == "of" for g in p.children]
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        actor = _place_states([*actor_toks, *members, clause, *objects], index)
    return Sides(tuple(_political(actor)), tuple(_political(recipient)))


def _fallback_recipient(
    trig: Trigger,
    recip_toks: list[Token],
    actor_toks: list[Token],
    index: MentionIndex,
    lex: EventLexicon,
    here: bool = True,
) -> list[Mention]:
    """The other side when the parse gives none: whoever made what the verb takes up ("rejected
    calls by Chile", "accepted an offer from Peru"), else the state where the event happened
    ("lifted the curfew in Syria", "arrived in Mali"); with ``here`` False (two states
    act together) a place only hosts them."""
    clause = trig.clause
    objects = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass") and c not in actor_toks]
    if trig.token != clause and trig.token.pos_ in NOUN_POS:
        objects.append(trig.token)
    makers = [
        g
        for o in objects
        for p in o.children
        if p.dep_ in ("prep", "agent") and lemma(p) in MAKER_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # "lifted the blockade on Libyan trucks": the side a hostile measure is on
    makers += [
        g
        for o in objects
        if o.pos_ in NOUN_POS and (row := match_row(o, lex)) is not None and _quad(row.type, lex) >= 3
        for p in o.children
        if p.dep_ == "prep" and lemma(p) in ("on", "against")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    found = [m for t in makers for m in mentions_of(t, index)]
    if found:
        return found
    # "threatened to cut off power to X", "agreed to send troops to Y": the side of the act promised
    hostile = _quad(trig.row.type, lex) >= 3
    # (not for a request: the one asked does the act asked for, "urged all sides to respect X")
    inner = [c for c in clause.children if c.dep_ == "xcomp" and trig.row.type != "REQUEST"]
    inner += [g for c in inner for g in c.children if g.dep_ == "xcomp"]
    found = [
        m for x in inner for t in _objects(x, RECIPIENT_PREPS, lex, hostile) for m in mentions_of(t, index)
    ]
    if not found and hostile:
        # "threatened to stop the talks if the US deploys missiles": whoever the condition is on
        conditions = [
            c
            for v in (clause, *inner)
            for c in v.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and lex.cue("mark", m.lower_) for m in c.children)
        ]
        found = [m for c in conditions for t in _subject(c)[0] for m in mentions_of(t, index)]
    served = clause.dep_ == "advcl" or (clause.dep_ == "xcomp" and _purpose(clause.head, lex))
    if not found and served and _is_to(clause) and clause.head != clause:
        # "summoned Russia's ambassador to protest the arrest": the one summoned hears it
        found = [
            m
            for c in clause.head.children
            if c.dep_ in OBJECT_DEPS and c not in actor_toks
            for m in mentions_of(c, index)
        ]
    if found or not here or trig.row.type == "REQUEST":
        return found  # a request's place is where the act asked for happens, not who is asked
    heads = [clause, *objects, *(t for t in recip_toks if t.dep_ == "pobj")]
    if trig.token != clause:
        heads.append(trig.token)
    found = _place_states(heads, index)
    if found:
        return found
    # "sent experts to Haiti to investigate": where the verb it serves sent them
    if clause.dep_ in ("advcl", "xcomp") and clause.head != clause:
        found = _place_states([clause.head], index, PLACE_PREPS | {"to"})
    if found:
        return found
    # "provide tents to families fleeing the floods in Pakistan": a place deeper in the clause
    # (not in the actor's words, nor in another clause: "as police in Chad ...", "who lived in Mali")
    own = {t.i for a in actor_toks for t in a.subtree}
    own |= {t.i for c in clause.subtree if c != clause and c.dep_ in OTHER_CLAUSES for t in c.subtree}
    inside = [t for t in clause.subtree if t.i not in own and t.dep_ == "prep"]
    # "mobilized reservists for a war against Sudan": whoever the clause is against
    found = [m for p in inside if lemma(p) == "against" for g in p.children for m in mentions_of(g, index)]
    if found:
        return found
    return _place_states([p.head for p in inside if lemma(p) in PLACE_PREPS], index)


def _quad(etype: str, lex: EventLexicon) -> int:
    kind = lex.types.get(etype)
    return kind.quad if kind is not None else 0


def _place_states(
    heads: list[Token], index: MentionIndex, preps: frozenset[str] = PLACE_PREPS
) -> list[Mention]:
    """The state named where the words ``heads`` say something happened ("in Chad", "at a
    camp in Chad"), the first one."""
    places = [
        g
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and lemma(p) in preps
        for g in p.children
        if g.dep_ == "pobj"
    ]
    places += [
        g for t in places for p in t.children if lemma(p) == "in" for g in p.children if g.dep_ == "pobj"
    ]
    return [m for t in places for m in mentions_of(t, index) if m.kind == "state"][:1]


def _domestic(toks: list[Token], lex: EventLexicon) -> bool:
    """Whether one of ``toks`` names an unnamed domestic group ("the protesters", "opposition
    lawmakers", "a march by farmers"): a sector noun, or its "by"/"from"/"of" phrase."""
    # (an event noun's "of" names whom it befalls, not a group of it: "the arrest of a journalist")
    heads = [
        *toks,
        *(
            g
            for t in toks
            for p in t.children
            if lemma(p) in ("by", "from") or (lemma(p) == "of" and match_row(t, lex) is None)
            for g in p.children
        ),
    ]
    return any(t.pos_ in NOUN_POS and lex.cue("sector", lemma(t)) is not None for t in heads)


def _doers(verb: Token, index: MentionIndex, lex: EventLexicon) -> list[Mention]:
    """The doers of the event nouns a verb takes as its object ("Russia's attack", "the Russian
    invasion", "the strikes by Israel"): their possessor, a modifier naming a side, or "by"."""
    words = [
        g
        for c in verb.children
        if c.dep_ == "dobj" and c.pos_ in NOUN_POS and match_row(c, lex) is not None
        for g in c.children
        if (g.dep_ in ("poss", "amod", "compound", "nmod") and g.pos_ != "PRON")
        or (g.dep_ in ("prep", "agent") and lemma(g) == "by")
    ]
    words = [g for w in words for g in ([w] if w.dep_ != "prep" and w.dep_ != "agent" else w.children)]
    return _political([m for w in words for m in mentions_of(w, index)])


def _side(tok: Token, index: MentionIndex, sentence: int, lex: EventLexicon) -> list[Mention]:
    """The actor mentions a word names; a plural pronoun resolved to one side may mean the pair
    named before ("Chile and Peru held talks. They signed ...")."""
    found = mentions_of(tok, index)
    if tok.lower_ in ("they", "them", "their") and len({m.country for m in found}) < 2:
        pair = _group(tok, index, sentence, lex)
        if pair and {m.country for m in found} <= {m.country for m in pair}:
            return pair
    if not found and tok.dep_ == "nsubj" and tok.lower_ in SPEAKER_PRONOUNS:
        found = _speaker(tok, index)
    return found or _group(tok, index, sentence, lex)


def _speaker(tok: Token, index: MentionIndex) -> list[Mention]:
    """The subject of the verb whose reported clause a pronoun subject opens ("Ghana says it is
    willing to ...", "the ministry announced that it would ..."): the pronoun is that subject.
    "It" is no person, "he" and "she" are one."""
    person = SPEAKER_PRONOUNS[tok.lower_]
    clause = tok.head
    for _ in range(4):
        if clause.dep_ in ("xcomp", "conj", "acomp", "advcl") and clause.head != clause:
            clause = clause.head
            continue
        if clause.dep_ != "ccomp" or clause.head == clause:
            break
        gov = clause.head
        subj = [c for c in gov.children if c.dep_ == "nsubj"]
        found = [
            m for t in subj for m in mentions_of(t, index) if person is None or (m.kind == "person") == person
        ]
        if found:
            return found
        clause = gov
    return []


def demand_sides(trig: Trigger, index: MentionIndex, sentence: int, lex: EventLexicon) -> Sides:
    """The sides of a reported demand ("X said Y must withdraw"): the speaker asks, Y is asked."""
    clause = trig.clause
    asked = [m for t in _subject(clause)[0] for m in mentions_of(t, index) or _group(t, index, sentence, lex)]
    asker: list[Mention] = []
    if clause.dep_ == "ccomp" and clause.head != clause:
        asker = [m for t in _subject(clause.head)[0] for m in mentions_of(t, index)]
    return Sides(tuple(_political(asker)), tuple(_political(asked)))
