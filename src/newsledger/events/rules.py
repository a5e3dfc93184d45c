"""The rules event coder (rules.v1): PLOVER events from triggers, the parse and resolved actors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.actors.gazetteer import Gazetteer
from newsledger.events.arguments import MentionIndex, Sides, demand_sides, mentions_of, sides
from newsledger.events.dates import Anchor, anchors, compatible, date_for, paragraph_context
from newsledger.events.lexicon import EventLexicon
from newsledger.events.modality import modality, stated_intent
from newsledger.events.triggers import NOUN_POS, SCENE_PREPS, Trigger, find_triggers, lemma, match_row
from newsledger.model import (
    Actor,
    ActorRef,
    Article,
    Event,
    EventDate,
    EventMention,
    Mention,
    Modality,
    Quote,
    Sentence,
    TimeExpr,
    content_id,
)
from newsledger.nlp.sentences import sentences

# Types whose two sides act together: "China and Russia signed" is one event with both sides.
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# The REQUEST mode of a demanded event, by the demanded event's type (PLOVER REQUEST modes).
DEMAND_MODES = {
    "CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
    "CONCEDE": "yield", "RETREAT": "yield",
}  # fmt: skip
LOCATION_PREPS = frozenset({"in", "at"})
LOCATION_ENTS = frozenset({"GPE", "LOC", "FAC"})
DESTINATION_PREPS = frozenset({"to", "in", "at"})
DEMONYM_POS = frozenset({"ADJ", "PROPN", "NOUN"})
NOT_STATE_WORDS = frozenset({"ethnic"})


@dataclass
class _Found:
    """One coded mention before dedup."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    modality: Modality
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    location: str | None
    mention: EventMention
    depth: int
    score: float | None
    scene: int | None = None  # the verb this mention's noun is the scene of ("in a call, X agreed")
    path: frozenset[int] = frozenset()  # the clause and the verbs it depends on as a continuation
    refers: bool = False  # its trigger points back to an event told before ("the talks", "their call")

    def key(self) -> tuple[str, str, frozenset[str], frozenset[str]]:
        a = frozenset(r.country or r.name for r in self.actor)
        r = frozenset(x.country or x.name for x in self.recipient)
        if self.type in RECIPROCAL:
            a = r = a | r
        return self.type, self.modality, a, r


class RulesEventCoder:
    """Code the political events of an article in PLOVER with hand-written, data-driven rules.

    Triggers come from ``data/events/triggers.v1.tsv``; actor and recipient from the
    dependency parse and the resolved actor mentions; modality from auxiliaries, negation
    and governing verbs; the date from the time expression attached to the event's clause.
    With ``dyads_only`` (the default) an event is emitted only when a political actor and a
    recipient are known, as PLOVER and GDELT define events; without it, each sentence gives
    its strongest trigger whatever its actors (for sentence classification).
    """

    name = "rules.v1"

    def __init__(self, rules_dir: str | None = None, *, dyads_only: bool = True) -> None:
        """Load the trigger, type and cue tables (plus a user's rows from ``rules_dir``)."""
        self.lex = EventLexicon.load(rules_dir)
        self.dyads_only = dyads_only
        self._rules_dir = rules_dir
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        """The actor gazetteer (its public lookups only), loaded on first use."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load(self._rules_dir)
        return self._gazetteer

    def code(
        self,
        article: Article,
        doc: Doc,
        *,
        mentions: Sequence[Mention],
        actors: Sequence[Actor],
        times: Sequence[TimeExpr],
        quotes: Sequence[Quote],
    ) -> list[Event]:
        """Return the events of ``article``, each with the sentences that report it."""
        names = {a.id: a for a in actors}
        sents = sentences(article.id, doc)
        index = MentionIndex(mentions, self._demonyms(article, doc, sents, mentions))
        dated = anchors(doc, times, sents, article.published)
        found: list[_Found] = []
        scenes: list[_SceneRef] = []
        for sent in sents:
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            if span is None:
                continue
            scenes += _scene_refs(span, sent.index, self.lex)
            triggers = find_triggers(span, self.lex)
            if not self.dyads_only:
                triggers = sorted(triggers, key=lambda t: (t.depth, t.token.pos_ in NOUN_POS, t.start))[:1]
            here: list[_Found] = []
            context = paragraph_context(article.text, sents, dated, sent.index)
            for trig in triggers:
                got = self._code_one(
                    article, trig, span, sent, index, names, dated.get(sent.index, []), quotes, context
                )
                if got is None:
                    continue
                same = next((h for h in here if _same(got, h)), None)
                if same is None:
                    here.append(got)
                elif same.mention.date is None and got.mention.date is not None:
                    # "the visit to X, the first visit between them since May": one event, one date
                    update = {"date": got.mention.date, "date_text": got.mention.date_text}
                    same.mention = same.mention.model_copy(update=update)
            found += here
        _date_from_antecedents(found, scenes)
        _date_from_lead_meeting(found, scenes, self.lex)
        return _merge(article, found)

    def _code_one(
        self,
        article: Article,
        trig: Trigger,
        span: Span,
        sent: Sentence,
        index: MentionIndex,
        names: dict[str, Actor],
        dated: list[Anchor],
        quotes: Sequence[Quote],
        context: Anchor | None = None,
    ) -> _Found | None:
        row = trig.row
        demand = _demanded(trig, self.lex)
        if demand:
            both = demand_sides(trig, index, sent.index, self.lex)
        else:
            joint = row.type in RECIPROCAL or self.lex.cue("joint", lemma(trig.token)) is not None
            both = _reciprocal(joint, sides(trig, index, sent.index, self.lex))
        host_mode = False
        if row.type == "CONSULT" and _countries(both.actor) and not _countries(both.recipient):
            host = self._host_state(trig, article, sent)
            if host is not None and host.country not in _countries(both.actor):
                both, host_mode = Sides(both.actor, (host,)), True
        if self.dyads_only and not _dyadic(both):
            return None
        if _dyadic(both):
            index.remember(sent.index, both)
        mod = modality(trig, self.lex, span)
        anchor = date_for(trig, dated)
        if anchor is None and context is not None and mod == "asserted" and _main_past(trig):
            anchor = context  # the paragraph's governing date
        date = anchor.date if anchor else None
        if mod == "asserted" and date is not None and article.published and date.start > article.published:
            mod = "future"
        etype = row.type
        if demand:
            etype, mod = "REQUEST", "asserted" if mod == "future" else mod
        elif mod == "future" and _conditional(trig, self.lex) and _harmful(etype, row.mode, self.lex):
            etype, mod = "THREATEN", "asserted"  # "will withdraw its force unless ...": a threat, made
        elif mod == "future":
            kind = self.lex.types.get(etype)
            etype = kind.intent if kind else etype
            if kind and kind.quad in (1, 2) and stated_intent(trig, self.lex):
                etype = "AGREE"  # "agreed to lift", "is ready to withdraw": a commitment, made
                mod = modality(trig, self.lex, span, intent_future=False)
        mode = row.mode if etype == row.type else None
        if demand:
            mode = DEMAND_MODES.get(row.type, "change")
        location = _location(trig)
        if etype == "CONSULT":
            mode = _consult_mode(mode, both, trig, index)
            if host_mode and mode is None:
                mode = "visit"  # "arrived in Moscow": a visit to the state whose capital it is
        quote = next((q.id for q in quotes if q.start <= trig.start < q.end), None)
        mention = EventMention(
            article_id=article.id,
            sentence=sent.text,
            start=sent.start,
            end=sent.end,
            date=date,
            modality=mod,
            sentence_index=sent.index,
            trigger=f"must {trig.words}" if demand else trig.words,
            date_text=anchor.timex.text if anchor else None,
            quote_id=quote,
        )
        return _Found(
            type=etype,
            mode=mode,
            context=_contexts(row.context, span, self.lex),
            modality=mod,
            actor=tuple(_ref(m, names) for m in both.actor),
            recipient=tuple(_ref(m, names) for m in both.recipient),
            location=location,
            mention=mention,
            depth=trig.depth,
            score=row.score if row.score is not None and etype == row.type else self.lex.score(etype, mode),
            scene=_scene_of(trig),
            path=_chain(trig),
            refers=trig.token.pos_ in NOUN_POS and _refers_back(trig.token, self.lex),
        )

    def _demonyms(
        self, article: Article, doc: Doc, sents: Sequence[Sentence], mentions: Sequence[Mention]
    ) -> list[Mention]:
        """Nationality words no political mention covers ("Malian gunmen", "Nigerians"), as
        group mentions of their country, by the gazetteer's public demonym lookup. A word after
        "ethnic", or one modified by another, names a people, not a state ("ethnic Hungarians in
        Romania", "Bosnian Croats")."""
        covered = {i: m.country for m in mentions if m.country for i in range(m.start, m.end)}
        out: list[Mention] = []
        for sent in sents:
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if not tok.text[:1].isupper() or tok.pos_ not in DEMONYM_POS:
                    continue
                if tok.idx in covered and tok.dep_ != "conj":
                    continue  # (a conjunct inside a mention may name a second state: checked below)
                if tok.i > 0 and doc[tok.i - 1].lower_ in NOT_STATE_WORDS:
                    continue
                if any(
                    c.dep_ in ("amod", "compound") and self.gazetteer.demonym(c.text) for c in tok.children
                ):
                    continue  # "Bosnian Croats": the modifier names the state, the noun a people
                pair = f"{doc[tok.i - 1].text} {tok.text}" if tok.i > span.start else None
                code = (self.gazetteer.demonym(pair) if pair else None) or self.gazetteer.demonym(tok.text)
                state = self.gazetteer.country(code) if code else None
                if code is None or state is None or (tok.idx in covered and covered[tok.idx] == code):
                    continue  # ("U.S. and South Korean forces": one mention, the second state here)
                out.append(
                    Mention(
                        article_id=article.id,
                        sentence=sent.index,
                        start=tok.idx,
                        end=tok.idx + len(tok.text),
                        text=tok.text,
                        name=state.name,
                        kind="group",
                        country=code,
                        how="demonym",
                    )
                )
            out += self._places(article, sent, span, covered)
        return out

    def _places(
        self, article: Article, sent: Sentence, span: Span, covered: Mapping[int, str | None]
    ) -> list[Mention]:
        """Named places no political mention covers ("in Georgia province", "in Nairobi"),
        as mentions of the state they are or lie in (a country's name, its capital, one of its
        provinces), by the gazetteer's public lookups."""
        out: list[Mention] = []
        for ent in span.ents:
            if ent.label_ not in LOCATION_ENTS or ent.start_char in covered:
                continue
            code = None
            for end in range(ent.end, ent.start, -1):  # "Georgia province": its first words
                text = ent.doc[ent.start : end].text.removeprefix("the ").removeprefix("The ")
                named = next((a for a in self.gazetteer.by_alias(text) if a.kind == "state"), None)
                code = named.id if named else self.gazetteer.metonym(text) or self.gazetteer.region(text)
                if code is not None:
                    break
            state = self.gazetteer.country(code) if code else None
            if code is None or state is None:
                continue
            out.append(
                Mention(
                    article_id=article.id,
                    sentence=sent.index,
                    start=ent.start_char,
                    end=ent.end_char,
                    text=ent.text,
                    name=state.name,
                    kind="state",
                    country=code,
                    how="place",
                )
            )
        return out

    def _host_state(self, trig: Trigger, article: Article, sent: Sentence) -> Mention | None:
        """The state whose capital or seat of government a visit goes to ("visited Moscow",
        "arrived in Washington", "a trip to Beijing"), by the gazetteer's public lookup."""
        for g in _destinations(trig):
            ent = next((e for e in g.doc.ents if e.start <= g.i < e.end), None)
            if ent is None or ent.label_ not in LOCATION_ENTS:
                continue
            code = self.gazetteer.metonym(ent.text)
            state = self.gazetteer.country(code) if code else None
            if code is None or state is None:
                continue  # not a capital, or an IGO seat ("Brussels"): no host state
            return Mention(
                article_id=article.id,
                sentence=sent.index,
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                actor_id=code,
                name=state.name,
                kind="state",
                country=code,
                how="capital",
            )
        return None


def _destinations(trig: Trigger) -> list[Token]:
    """Where a visit goes: the object of the visit verb, or the object of 'to'/'in' on the
    verb or the visit noun ("visited Moscow", "travelled to Beijing", "a visit to Paris")."""
    out: list[Token] = []
    for tok in dict.fromkeys((trig.token, trig.clause)):
        for c in tok.children:
            if c.dep_ == "dobj" and tok.pos_ not in NOUN_POS:
                out.append(c)
            if c.dep_ == "prep" and lemma(c) in DESTINATION_PREPS:
                out += [g for g in c.children if g.dep_ == "pobj"]
    return out


@dataclass(frozen=True)
class _SceneRef:
    """A noun pointing back to an event told before, as the scene of a clause ("during the
    visit, X signed", "at the summit, X agreed"), whether or not it was coded itself."""

    sentence: int
    verb: int
    type: str
    mode: str | None


def _refers_back(tok: Token, lex: EventLexicon) -> bool:
    """Whether an event noun points back to an event told before: a definite or possessive
    determiner ("the talks", "their call"), and no word naming another occasion ("the first
    round", "the next summit", "Thursday's call" names its own date)."""
    refer = other = False
    for c in tok.children:
        value = lex.cue("anchor", lemma(c))
        if c.dep_ in ("det", "poss") and value == "refer":
            refer = True
        elif c.dep_ == "poss":
            refer = refer or c.ent_type_ not in ("DATE", "TIME")  # "the leaders' meeting"
            other = other or c.ent_type_ in ("DATE", "TIME")
        if c.dep_ in ("amod", "advmod", "compound", "nummod", "det") and (
            value == "other"
            or lex.cue("mod", lemma(c)) is not None
            or c.ent_type_ in ("DATE", "TIME", "ORDINAL")
        ):
            other = True
    return refer and not other


def _scene_refs(span: Span, sentence: int, lex: EventLexicon) -> list[_SceneRef]:
    out: list[_SceneRef] = []
    for tok in span:
        if tok.pos_ not in NOUN_POS or tok.dep_ != "pobj" or lemma(tok.head) not in SCENE_PREPS:
            continue
        verb = tok.head.head
        if verb.pos_ not in ("VERB", "AUX") or not _refers_back(tok, lex):
            continue
        row = match_row(tok, lex)
        if row is not None:
            out.append(_SceneRef(sentence, verb.i, row.type, row.mode))
    return out


def _sides_fit(a: _Found, b: _Found) -> bool:
    """Whether two mentions' sides may be the same event's: one's countries within the other's."""
    x = {r.country for r in a.actor + a.recipient if r.country}
    y = {r.country for r in b.actor + b.recipient if r.country}
    return bool(x & y) and (x <= y or y <= x)


def _date_from_antecedents(found: list[_Found], scenes: Sequence[_SceneRef]) -> None:
    """Event coreference for dates: an undated mention that points back to an event the
    article has dated ("their call", "the talks"), or that happened at such an event ("during
    the visit, X signed"), takes that event's date: the nearest earlier dated mention of the
    same type (and compatible mode) whose sides fit. Anything else stays undated."""
    for i, f in enumerate(found):
        if f.mention.date is not None or f.modality not in ("asserted", "negated"):
            continue
        wanted: list[tuple[str, str | None]] = []
        if f.refers:
            wanted.append((f.type, f.mode))
        wanted += [
            (s.type, s.mode) for s in scenes if s.sentence == f.mention.sentence_index and s.verb in f.path
        ]
        for etype, mode in wanted:
            ante = next(
                (
                    a
                    for a in reversed(found[:i])
                    if a.mention.date is not None
                    and a.modality == "asserted"
                    and a.mention.end <= f.mention.start  # told in an earlier sentence
                    and a.type == etype
                    and not (mode and a.mode and mode != a.mode)
                    and _sides_fit(a, f)
                ),
                None,
            )
            if ante is not None:
                update = {"date": ante.mention.date, "date_text": ante.mention.date_text}
                f.mention = f.mention.model_copy(update=update)
                break


def _date_from_lead_meeting(found: list[_Found], scenes: Sequence[_SceneRef], lex: EventLexicon) -> None:
    """What two sides said to each other at the meeting an article leads with takes its date.

    An article about a call or a visit first dates the meeting, then tells what was said in
    it without a date of its own ("X congratulated Y on ...", "X invited Y to visit").
    An undated verbal act (PLOVER's verbal cooperation and conflict) told after the first
    dated meeting, between that meeting's two sides and no one else, is read as said there.
    Material acts, acts involving a third side, and acts whose sentence names a meeting of
    its own ("during that meeting", left to ``_date_from_antecedents``) stay undated."""
    lead = next(
        (f for f in found if f.type == "CONSULT" and f.modality == "asserted" and f.mention.date is not None),
        None,
    )
    if lead is None:
        return
    pair = {r.country for r in lead.actor + lead.recipient if r.country}
    if len(pair) != 2:
        return
    for f in found:
        kind = lex.types.get(f.type)
        if f.mention.date is not None or f.modality != "asserted" or kind is None or kind.quad not in (1, 3):
            continue
        if f.type == "CONSULT":
            continue  # another meeting is another meeting (``_date_from_antecedents`` links "the talks")
        actor = {r.country for r in f.actor if r.country}
        recipient = {r.country for r in f.recipient if r.country}
        if (
            f.mention.start > lead.mention.start
            and not any(sc.sentence == f.mention.sentence_index for sc in scenes)
            and actor
            and recipient
            and actor | recipient == pair
            and not actor & recipient
        ):
            update = {"date": lead.mention.date, "date_text": lead.mention.date_text}
            f.mention = f.mention.model_copy(update=update)


def _main_past(trig: Trigger) -> bool:
    """Whether the event is told in the past tense by the sentence's main clause (or its conjuncts)."""
    node = trig.clause
    for _ in range(4):
        if node.dep_ == "ROOT":
            break
        if node.dep_ not in ("conj", "xcomp"):
            return False
        node = node.head
    return trig.clause.tag_ in ("VBD", "VBN") or node.tag_ in ("VBD", "VBN")


def _conditional(trig: Trigger, lex: EventLexicon) -> bool:
    """Whether the event's clause carries a condition ("..., unless X does Y", "if X ...")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and lex.cue("mark", m.lower_) for m in c.children)
        for c in trig.clause.children
    )


def _harmful(etype: str, mode: str | None, lex: EventLexicon) -> bool:
    """Conflict events, and withdrawals of help, which a condition turns into a threat."""
    kind = lex.types.get(etype)
    return (kind is not None and kind.quad >= 3) or (lex.score(etype, mode) or 0) < 0


def _same(a: _Found, b: _Found) -> bool:
    """Two triggers of one sentence naming one event ("the summit, the leaders' meeting")."""
    if a.type != b.type or a.modality != b.modality:
        return False
    sides_a = {r.country for r in a.actor + a.recipient}
    sides_b = {r.country for r in b.actor + b.recipient}
    return len(sides_a & sides_b) >= 2 or sides_a <= sides_b or sides_b <= sides_a


def _demanded(trig: Trigger, lex: EventLexicon) -> bool:
    """Whether the event's clause is something its speaker says must happen ("Y must withdraw",
    "Y must be ready to mediate")."""
    node = trig.clause
    for _ in range(3):
        if any(c.dep_ == "aux" and lex.cue("aux", c.lower_) == "demand" for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "acomp") or node.head == node:
            return False
        node = node.head
    return False


def _ref(m: Mention, names: dict[str, Actor]) -> ActorRef:
    actor = names.get(m.actor_id or "")
    if actor is not None:
        return ActorRef(name=actor.name, kind=actor.kind, country=actor.country or m.country)
    return ActorRef(name=m.name or m.text, kind=m.kind, country=m.country)


def _countries(ms: Sequence[Mention]) -> set[str]:
    return {m.country for m in ms if m.country}


def _dyadic(s: Sides) -> bool:
    a, r = _countries(s.actor), _countries(s.recipient)
    return bool(a) and bool(r) and not (a == r and len(a) == 1)


def _reciprocal(joint_event: bool, s: Sides) -> Sides:
    """Split the sides of a joint event into actor and recipient ("China and Russia met",
    "talks between China and Russia", "the two leaders declared their friendship"), and drop
    from the recipient the actor's own country."""
    actor, recipient = s.actor, s.recipient
    joint = joint_event or (bool(recipient) and _countries(recipient) <= _countries(actor))
    if joint and len(_countries(actor)) >= 2 and _countries(recipient) <= _countries(actor):
        recipient, actor = actor, ()
    if joint and not actor and len(_countries(recipient)) >= 2:
        first = recipient[0].country
        actor = tuple(m for m in recipient if m.country == first)
        recipient = tuple(m for m in recipient if m.country != first)
    own = _countries(actor)
    if _countries(recipient) - own:
        recipient = tuple(m for m in recipient if m.country not in own)
    return Sides(actor, recipient)


def _place(trig: Trigger) -> Token | None:
    """The word naming where an event happened: "in"/"at" a named place, on the event word,
    its verb or its object ("held talks in Rabat")."""
    objects = [c for c in trig.clause.children if c.dep_ == "dobj"]
    for tok in (trig.token, trig.clause, *objects):
        for c in tok.children:
            if c.dep_ == "prep" and lemma(c) in LOCATION_PREPS:
                for g in c.children:
                    named = g.ent_type_ in LOCATION_ENTS or (
                        g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME")
                    )
                    if g.dep_ == "pobj" and named:
                        return g
    return None


def _location(trig: Trigger) -> str | None:
    """The place an event happened, as written (the whole named entity)."""
    g = _place(trig)
    if g is None:
        return None
    ent = next((e for e in g.doc.ents if e.start <= g.i < e.end), None)
    return ent.text if ent is not None else g.text


def _consult_mode(mode: str | None, s: Sides, trig: Trigger, index: MentionIndex) -> str | None:
    """CONSULT modes: multilateral with three or more sides, third-party when hosted elsewhere."""
    parties = _countries(s.actor) | _countries(s.recipient)
    if len(parties) >= 3:
        return "multilateral"
    if mode in ("visit", "phone"):
        return mode
    place = _place(trig)
    where = _countries(mentions_of(place, index)) if place is not None else set()
    if where and parties and not where & parties:
        return "third-party"
    return mode


def _contexts(first: str | None, span: Span, lex: EventLexicon) -> tuple[str, ...]:
    out: list[str] = [first] if first else []
    for tok in span:
        value = lex.cue("context", lemma(tok))
        if value and value not in out:
            out.append(value)
    return tuple(out)


def _chain(trig: Trigger) -> frozenset[int]:
    """The clause of ``trig`` and the verbs it continues ("agreed to step up": step, agreed)."""
    node, out = trig.clause, [trig.clause.i]
    for _ in range(6):
        if node.dep_ not in ("xcomp", "conj") or node.head == node:
            break
        node = node.head
        out.append(node.i)
    return frozenset(out)


def _scene_of(trig: Trigger) -> int | None:
    """The verb a noun event is the scene of ("In their call, the ministers agreed ..."), if any."""
    tok = trig.token
    if tok != trig.clause or tok.pos_ not in NOUN_POS or tok.dep_ != "pobj":
        return None
    verb = tok.head.head
    return verb.i if lemma(tok.head) in SCENE_PREPS and verb.pos_ in ("VERB", "AUX") else None


def _date_from_scenes(found: list[_Found], groups: list[list[_Found]]) -> None:
    """Give an undated mention the date of the event it happened in ("In their call, X agreed")."""
    date_of: dict[int, tuple[EventDate, str | None]] = {}
    for g in groups:
        dated = [h.mention for h in g if h.mention.date is not None]
        if dated:
            for h in g:
                date_of[id(h)] = (dated[0].date, dated[0].date_text)  # type: ignore[assignment]
    for f in found:
        if f.mention.date is not None:
            continue
        for scene in found:
            same = scene.mention.sentence_index == f.mention.sentence_index and scene is not f
            if same and scene.scene is not None and scene.scene in f.path and id(scene) in date_of:
                date, text = date_of[id(scene)]
                f.mention = f.mention.model_copy(update={"date": date, "date_text": text})
                break


def _merge(article: Article, found: list[_Found]) -> list[Event]:
    """Merge mentions of the same event (type, sides, modality, compatible dates) into one Event."""
    groups = _group(found)
    _date_from_scenes(found, groups)
    return [_event(article, g) for g in _group(found)]


def _group(found: list[_Found]) -> list[list[_Found]]:
    groups: list[list[_Found]] = []
    for f in found:
        for g in groups:
            if (
                g[0].key() == f.key()
                and all(compatible(f.mention.date, h.mention.date) for h in g)
                and all(not (f.mode and h.mode and f.mode != h.mode) for h in g)
            ):
                g.append(f)
                break
        else:
            groups.append([f])
    return groups


def _event(article: Article, g: list[_Found]) -> Event:
    """One Event from the mentions of one group: the most precise date, the union of the sides."""
    head = g[0]
    dates = [h.mention.date for h in g if h.mention.date is not None]
    date: EventDate | None = min(dates, key=lambda d: (d.end - d.start, d.start)) if dates else None
    actor = _union([h.actor for h in g])
    recipient = _union([h.recipient for h in g])
    if head.type in RECIPROCAL:  # one side is the first mention's actor, the rest the other
        own = {a.country for a in head.actor}
        everyone = _union([h.actor + h.recipient for h in g])
        actor = tuple(a for a in everyone if a.country in own)
        recipient = tuple(r for r in everyone if r.country not in own)
    eid = content_id(
        article.id,
        head.type,
        head.mode or "",
        head.modality,
        ",".join(sorted(a.country or a.name for a in actor)),
        ",".join(sorted(r.country or r.name for r in recipient)),
        str(head.mention.start),
        head.mention.trigger or "",
    )
    return Event(
        id=eid,
        type=head.type,
        mode=next((h.mode for h in g if h.mode), None),
        context=tuple(dict.fromkeys(c for h in g for c in h.context)),
        modality=head.modality,
        actor=actor,
        recipient=recipient,
        date=date,
        location=next((h.location for h in g if h.location), None),
        score=None if head.modality == "negated" else head.score,
        mentions=tuple(h.mention for h in g),
        quote_id=next((h.mention.quote_id for h in g if h.mention.quote_id), None),
    )


def _union(groups: list[tuple[ActorRef, ...]]) -> tuple[ActorRef, ...]:
    seen: dict[tuple[str | None, str], ActorRef] = {}
    for refs in groups:
        for r in refs:
            seen.setdefault((r.country, r.name), r)
    return tuple(seen.values())
