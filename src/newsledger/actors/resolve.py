"""Resolve the actor mentions of one article: names, titles, roles by date, metonyms, pronouns."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from typing import Literal

from spacy.tokens import Doc, Span, Token

from newsledger.actors.gazetteer import Gazetteer, strip_honorific
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.mentions import Candidate, candidates, name_key
from newsledger.actors.pronouns import Antecedent, Referent, resolve_pronoun
from newsledger.model import Actor, ActorKind, Article, Mention, content_id
from newsledger.nlp.sentences import sentences

How = Literal["name", "title", "surname", "role", "appositive", "metonym", "demonym", "pronoun"]


def unknown_id(kind: ActorKind, name: str) -> str:
    """Return the id of an actor the gazetteer does not know: ``x-`` and a hash of kind and name."""
    return "x-" + content_id(kind, name_key(name))


class _Article:
    """What the resolver has learnt so far about one article's actors."""

    def __init__(self, gazetteer: Gazetteer, published: dt.date | None) -> None:
        self.gaz = gazetteer
        self.published = published
        self.actors: dict[str, Actor] = {}
        self.counts: dict[str, int] = {}
        self.person_keys: dict[str, list[str]] = {}  # word sequence of a name -> actor ids
        self.word_keys: dict[str, list[str]] = {}  # any word of a written full name -> actor ids
        self.genders: dict[str, str] = {}
        self.titled: dict[str, list[tuple[int, str]]] = {}  # title words -> (offset, country written with it)
        self.title_heads: list[tuple[int, str, str]] = []  # (offset, title head noun, person id)
        self.trail: list[tuple[int, str, bool]] = []  # (offset, state, as subject) of the names read
        self.named: list[tuple[int, Referent]] = []  # the names resolved, in text order
        self.subjects: set[int] = set()  # offsets of the names that stand as a subject

    def note_title(self, offset: int, title: str, country: str | None) -> None:
        """Record that a title was written with a country at ``offset`` ("the Chinese finance minister")."""
        if title and country is not None:
            self.titled.setdefault(name_key(title), []).append((offset, country))

    def title_country(self, offset: int, title: str) -> str | None:
        """Return the country the same title was last written with before ``offset``."""
        earlier = [c for o, c in self.titled.get(name_key(title), []) if o < offset]
        return earlier[-1] if earlier else None

    def last_named(
        self, offset: int, kinds: tuple[str, ...], org_kinds: frozenset[str] = frozenset()
    ) -> Referent | None:
        """Return the last actor of one of ``kinds`` named before ``offset`` ("the group").

        With ``org_kinds``, only gazetteer organisations of those kinds ("the bloc": an IGO).
        """
        found = [r for o, r in self.named if o < offset and r.kind in kinds and r.actor_id is not None]
        if org_kinds:
            rows = {o.id: o.kind for o in self.gaz.tables.organisations}
            found = [
                r
                for r in found
                if rows.get(r.actor_id or "") in org_kinds
                or (
                    "unknown" in org_kinds
                    and (r.actor_id or "").startswith("x-")
                    and r.kind == "organisation"
                )
            ]
        return found[-1] if found else None

    def note_country(self, offset: int, code: str | None, subject: bool = False) -> None:
        """Record that the text speaks of state ``code`` at ``offset`` (for "the government")."""
        country = self.country_of(code)
        if country is not None and self.gaz.country(country) is not None:
            self.trail.append((offset, country, subject))

    def context_country(self, offset: int) -> str | None:
        """Return the state the text spoke of last before ``offset``.

        (Preferring an earlier subject over a later object was tried and lost more than it
        won: "Assad's military ... against the government" is Syria's.)
        """
        i = bisect.bisect_left(self.trail, (offset, "", False)) - 1
        return self.trail[i][1] if i >= 0 else None

    def remember(self, ref: Referent, actor: Actor | None, written: str) -> None:
        """Record an actor the article mentions, and the name it was written with."""
        if ref.actor_id is None:
            return
        if actor is not None:
            self.actors.setdefault(ref.actor_id, actor)
        self.counts[ref.actor_id] = self.counts.get(ref.actor_id, 0) + 1
        if ref.gender:
            self.genders.setdefault(ref.actor_id, ref.gender)
        if ref.kind == "person":
            names = [written, ref.name or ""]
            known = self.actors.get(ref.actor_id)
            if known is not None:
                names += [known.name, *known.aliases]
            for n in names:
                words = name_key(n).split()
                for i in range(len(words)):
                    ids = self.person_keys.setdefault(" ".join(words[i:]), [])
                    if ref.actor_id not in ids:
                        ids.append(ref.actor_id)
                for w in words if len(words) > 1 else ():
                    ids = self.word_keys.setdefault(w, [])
                    if ref.actor_id not in ids:
                        ids.append(ref.actor_id)

    def earlier_person(self, key: str, any_word: bool = False) -> str | None:
        """Return the person mentioned earlier whose name ends with ``key``, the most mentioned first.

        With ``any_word``, a one-word key may be any word of an earlier full name ("Mr. Lou"
        after "Lou Jiwei", "Sada" after "Carlos Manuel Sada Solana").
        """
        ids = self.person_keys.get(key, [])
        if not ids and any_word and " " not in key:
            ids = self.word_keys.get(key, [])
        if not ids:
            return None
        return max(ids, key=lambda i: (self.counts.get(i, 0), -ids.index(i)))

    def referent(self, actor: Actor, gender: str | None = None) -> Referent:
        """Return the referent of a gazetteer actor."""
        g = gender or (self.gaz.gender(actor.id) if actor.kind == "person" else None)
        return Referent(actor.id, actor.name, actor.kind, actor.country, g)

    def country_of(self, code: str | None) -> str | None:
        """Return the country an actor code stands for: a state's own, a body's state (USA_SENATE -> USA)."""
        if code is None:
            return None
        actor = self.gaz.actor(code)
        return actor.country if actor is not None and actor.country else code

    def learn_country(self, actor_id: str, country: str | None) -> None:
        """Give an unknown actor the first country any of its mentions states."""
        actor = self.actors.get(actor_id)
        if country is None or actor is None or actor.country is not None or self.gaz.actor(actor_id):
            return
        self.actors[actor_id] = actor.model_copy(update={"country": country})

    def holder(self, role: str, country: str) -> Actor | None:
        """Return who held ``role`` in ``country`` on the publication date (None without a date)."""
        if self.published is None:
            return None
        return self.gaz.holder(role, country, self.published)


def _pick_person(found: list[Actor], state: _Article, role: str | None) -> Actor:
    """Choose among people sharing a name: the title's holder, then whoever served nearest the date."""

    def distance(a: Actor) -> tuple[int, int]:
        if state.published is None:
            return (0, 0)
        rows = state.gaz.roles_of(a.id)
        penalty = 1 if role is not None and not any(r.role == role for r in rows) else 0
        best = 10**6
        for r in rows:
            if r.covers(state.published):
                best = 0
                break
            end = r.end or state.published
            best = min(best, abs((state.published - end).days), abs((r.start - state.published).days))
        return (penalty, best)

    return min(found, key=distance)


def _resolve_name(c: Candidate, state: _Article, lex: Lexicon) -> tuple[Referent, Actor | None, How] | None:
    gaz = state.gaz
    written, gender = strip_honorific(c.name)
    key = name_key(c.name)
    role = gaz.title_role(c.title, c.country) if c.title else None
    how: How = "title" if role is not None else "name"
    earlier = state.earlier_person(key)
    if earlier is None and not gaz.by_alias(c.name) and c.label in ("PERSON", "ORG", ""):
        earlier = state.earlier_person(key, any_word=True)
    if earlier is not None and (c.label == "PERSON" or " " not in key):
        actor = state.actors.get(earlier)
        if actor is not None:
            full = name_key(actor.name) == key
            said = gender or state.genders.get(earlier)
            if gender is not None:
                state.genders.setdefault(earlier, gender)  # "Mr. Lou" after "Lou Jiwei"
            return state.referent(actor, said), actor, how if full else "surname"
    found = gaz.by_alias(c.name) or _by_surname(c, state, role)
    people = [a for a in found if a.kind == "person"]
    others = [a for a in found if a.kind != "person"]
    if c.label == "PERSON" and people:
        actor = _pick_person(people, state, role)
        return state.referent(actor, gender), actor, how
    if others and c.label != "PERSON":
        actor = others[0]
        own = c.possessor
        if (
            own is not None
            and actor.country is not None
            and actor.country != own
            and gaz.country(actor.country) is not None
            and gaz.country(own) is not None
        ):
            # "Manila's House of Representatives" is not the US House: the body of the state
            # written with it, else an organisation of that state the gazetteer lacks.
            body = _body_of(own, written, gaz, single=True)
            if body is not None:
                return state.referent(body), body, "name"
            actor = Actor(
                id=unknown_id("organisation", f"{own} {written}"),
                name=written,
                kind="organisation",
                country=own,
            )
            return Referent(actor.id, written, "organisation", own), actor, "name"
        return state.referent(actor), actor, "name"
    code = gaz.metonym(c.name)
    if code is not None and (c.political or (_is_seat(gaz, c.name) and not _in_place_role(c, lex))):
        actor = gaz.actor(code)
        if actor is not None:
            return state.referent(actor), actor, "metonym"
    if found:
        actor = _pick_person(people, state, role) if people else found[0]
        return state.referent(actor, gender), actor, how
    country = state.country_of(c.country)
    if country is None and c.label == "PERSON" and role is not None and not c.not_current:
        # "President Htin Kyaw" with no country: the state the text is about at that point.
        country = state.context_country(c.start)
    if c.label == "PERSON":
        actor = Actor(id=unknown_id("person", written), name=written, kind="person", country=country)
        return Referent(actor.id, written, "person", country, gender), actor, how
    if c.label == "ORG" and country is not None and lex.role_nouns.get(c.root.lower_) == "state":
        actor = gaz.country(country)  # "the Syrian Army": the state's own forces
        if actor is not None:
            return state.referent(actor), actor, "demonym"
    if c.label == "ORG" and c.possessor is not None:
        body = _body_of(c.possessor, written, gaz, single=True)  # "Britain's Parliament"
        if body is not None:
            return state.referent(body), body, "name"
    if c.label == "ORG":
        actor = Actor(
            id=unknown_id("organisation", written), name=written, kind="organisation", country=country
        )
        return Referent(actor.id, written, "organisation", country), actor, "name"
    if c.label == "NORP" and c.plural:
        code = gaz.demonym(written)
        if code is None and " " in written:
            code = gaz.demonym(written.split()[0])  # "American Muslims": Americans who are Muslims
        if code is not None and c.definite and gaz.country(code) is not None:
            # "the Russians" pressing their advantage: the side, i.e. the state; bare
            # "Russians" are the people.
            actor = gaz.country(code)
            assert actor is not None
            return state.referent(actor), actor, "demonym"
        if code is not None:
            return Referent(None, written, "group", code), None, "demonym"
        party = lex.party_words.get(written.casefold())
        if party is not None:  # "the Democrats' nomination" is the party's; bare "Democrats" its members
            return Referent(None, written, "organisation" if c.definite else "group", party), None, "demonym"
        actor = Actor(id=unknown_id("group", written), name=written, kind="group", country=None)
        return Referent(actor.id, written, "group", None), actor, "name"
    return None


def _by_surname(c: Candidate, state: _Article, role: str | None) -> list[Actor]:
    """Return the known person a full name not in the gazetteer still names, if the text agrees.

    "Vladimir V. Putin" (a middle initial) or a garbled first name ("FranÃ§ois Hollande")
    is taken for the gazetteer person with that surname when the first name is the same,
    or the title and country written with it fit ("French President ...").
    """
    words = strip_honorific(c.name)[0].split()
    if c.label != "PERSON" or len(words) < 2:
        return []
    people = [a for a in state.gaz.by_alias(words[-1]) if a.kind == "person"]
    first = name_key(words[0])
    fits = [a for a in people if name_key(a.name).split()[0] == first]
    if not fits and c.country is not None:
        # A country alone does not make "Jeb Bush" George W. Bush; a title, a garbled first
        # name or a spelling variant ("Sergey" for "Sergei") does.
        fits = [
            a
            for a in people
            if a.country == state.country_of(c.country)
            and (role is not None or not first.isascii() or name_key(a.name)[:1] == first[:1])
        ]
        if role is not None and state.published is not None:
            fits = [a for a in fits if any(r.role == role for r in state.gaz.roles_of(a.id))]
    return fits[:1]


def _is_seat(gaz: Gazetteer, name: str) -> bool:
    key = name_key(name)
    return any(m.kind == "seat" and name_key(m.name) == key for m in gaz.tables.metonyms)


def _resolve_description(
    c: Candidate, state: _Article, lex: Lexicon, by_start: dict[int, Referent]
) -> tuple[Referent, Actor | None, How] | None:
    gaz = state.gaz
    if c.country is None and c.definite and not c.plural and c.title and _earlier_holder(c, state) is None:
        # "the finance minister" after "the Chinese finance minister": the same country (a
        # title someone mentioned held on the date, "the president", goes to that holder).
        c = dataclasses.replace(c, country=state.title_country(c.start, c.title))
    if c.appos is not None and c.appos in by_start:
        ref = by_start[c.appos]
        body = gaz.actor(c.country or "")
        media = c.root.lower_ in lex.media_roles and body is not None and body.kind == "organisation"
        if ref.actor_id is not None and not media:  # "another RT America host, X": not Russian
            state.learn_country(ref.actor_id, state.country_of(c.country))
        return ref, state.actors.get(ref.actor_id or ""), "appositive"
    named_body = gaz.actor(c.country or "") if c.root.lower_ in lex.anaphor_nouns and not c.plural else None
    if named_body is not None and named_body.kind != "state":
        # "the nationalist Global Times tabloid", "the militant Nusra group": the body named in it
        state.named.append((c.start, state.referent(named_body)))
        state.named.sort(key=lambda t: t[0])
        return state.referent(named_body), named_body, "role"
    if c.definite and c.country is None and c.root.lower_ in lex.anaphor_nouns and not c.plural:
        last = state.last_named(c.start, ("group", "organisation"), lex.anaphor_nouns[c.root.lower_])
        return (last, state.actors.get(last.actor_id or ""), "role") if last is not None else None
    noun_kind = lex.definite_state_nouns.get(c.root.lower_)
    if c.owner and noun_kind is not None:
        owner = _owner_country(c.owner, state)
        return _state_body(owner, noun_kind, c, state)
    if c.context and noun_kind is not None:
        return _state_body(state.context_country(c.start), noun_kind, c, state)
    role = gaz.title_role(c.title, c.country)
    if role is not None and not c.plural and c.not_current and c.definite:
        former = _former_holder(role, c, state)
        if former is not None:  # "Felipe Calderon ... the former Mexican president"
            return state.referent(former), former, "role"
    if role is not None and not c.plural and not c.not_current:
        holder = None
        if c.country is not None:
            holder = state.holder(role, c.country)
        elif state.published is not None:
            holder = _earlier_holder(c, state)
        if holder is not None:
            return state.referent(holder), holder, "role"
    person_noun = lex.role_nouns.get(c.root.lower_) == "person"
    titled = _titled_person(c, state) if c.definite and not c.plural and person_noun else None
    if titled is not None:  # "former UN Ambassador John Bolton ... the former ambassador"
        return state.referent(titled), titled, "role"
    if (
        c.country is None
        and c.definite
        and not c.plural
        and c.root.lower_ in lex.epithet_nouns
        and role is None
    ):
        # "Trump ... the billionaire businessman": a bare definite role noun continues with the
        # person the text is about, the last one named as a subject.
        about = _last_subject_person(c.start, state)
        if about is not None:
            return state.referent(about), about, "role"
    if c.country is None:
        return None
    kind = lex.role_nouns.get(c.root.lower_)
    if kind is None:
        kind = "group" if c.plural else "person"
    if kind == "state":
        actor = gaz.actor(c.country)
        if actor is not None:
            return state.referent(actor), actor, "demonym"
        return None
    return Referent(None, c.text, kind, c.country), None, "demonym"


def _predicative(root: Token) -> bool:
    """Return whether a description says what its clause's subject is ("is a diplomat", "as envoy")."""
    return root.dep_ == "attr" or (root.dep_ == "pobj" and root.head.lower_ == "as")


def _in_place_role(c: Candidate, lex: Lexicon) -> bool:
    """Return whether a name stands where a place does: "met in Brussels", "visited the White House"."""
    root = c.root
    if root.dep_ == "pobj":
        return root.head.lower_ in lex.place_preps
    return root.dep_ == "dobj" and root.head.lower_ in lex.place_verbs


def _as_place(c: Candidate, lex: Lexicon) -> bool:
    """Return whether a country name stands as a place: the object of "in", "from", "to" ..."""
    return c.label == "GPE" and c.root.dep_ == "pobj" and c.root.head.lower_ in lex.place_preps


def _owner_country(name: str, state: _Article) -> str | None:
    """Return the country of the person a state noun is named for ("the Obama administration")."""
    earlier = state.earlier_person(name_key(name))
    actor = state.actors.get(earlier) if earlier is not None else None
    if actor is None:
        people = [a for a in state.gaz.by_alias(name) if a.kind == "person"]
        actor = _pick_person(people, state, None) if people else None
    return actor.country if actor is not None else None


def _state_body(
    country: str | None, kind: ActorKind, c: Candidate, state: _Article
) -> tuple[Referent, Actor | None, How] | None:
    """Return the state (or a body of it: "the ministry") a bare state noun stands for."""
    if country is None:
        return None
    if kind == "state":
        actor = state.gaz.country(country)
        return (state.referent(actor), actor, "role") if actor is not None else None
    body = _body_of(country, c.text, state.gaz)
    if body is not None:
        return state.referent(body), body, "role"
    return Referent(None, c.text, kind, country), None, "role"


def _body_of(country: str, written: str, gaz: Gazetteer, single: bool = False) -> Actor | None:
    """Return the state's body a bare description names ("the foreign ministry" of China: CHN_MFA).

    With ``single``, a one-word name counts too ("Britain's Parliament": the country is written).
    """
    key = name_key(written)
    if " " not in key and not single:
        return None  # "the ministry" alone does not say which
    for o in gaz.tables.organisations:
        if o.country == country and any(name_key(n).endswith(key) for n in (o.name, *o.aliases)):
            return gaz.actor(o.id)
    return None


def _last_subject_person(offset: int, state: _Article) -> Actor | None:
    """Return the person named last before ``offset`` as a subject."""
    found = [r for o, r in state.named if o < offset and o in state.subjects and r.kind == "person"]
    return state.actors.get(found[-1].actor_id or "") if found else None


def _titled_person(c: Candidate, state: _Article) -> Actor | None:
    """Return the person last named with a title whose head is this description's noun."""
    head = c.root.lower_
    found = [pid for offset, h, pid in state.title_heads if offset < c.start and h == head]
    return state.actors.get(found[-1]) if found else None


def _former_holder(role: str, c: Candidate, state: _Article) -> Actor | None:
    """Return the person named last before ``c`` who held ``role`` (in its country) before the date.

    "the former Mexican president" names the ex-president the article has named, not the
    one in office; "leader" counts heads of state and government.
    """
    roles = {role, "head_of_state", "head_of_government"} if role == "leader" else {role}
    country = state.country_of(c.country)
    on = state.published
    best: Actor | None = None
    for offset, ref in state.named:
        if offset >= c.start or ref.kind != "person" or ref.actor_id is None:
            continue
        if any(
            r.role in roles
            and (country is None or r.country == country)
            and (on is None or r.start < on)
            and (on is None or not r.covers(on))
            for r in state.gaz.roles_of(ref.actor_id)
        ):
            best = state.actors.get(ref.actor_id)
    return best


def _earlier_holder(c: Candidate, state: _Article) -> Actor | None:
    """Return the person named last before ``c`` who held its title's role on the publication date.

    The last one named as a subject wins over one named since as an object: "Mr. Obama
    ... has become skeptical about pressure on Mr. Assad ... the president" is Obama.
    """
    role = state.gaz.title_role(c.title, c.country) if c.title else None
    if role is None or state.published is None or c.not_current:
        return None
    on = state.published
    found: list[tuple[int, str]] = []
    for offset, ref in state.named:
        if offset >= c.start or ref.kind != "person" or ref.actor_id is None:
            continue
        if any(r.role == role and r.covers(on) for r in state.gaz.roles_of(ref.actor_id)):
            found.append((offset, ref.actor_id))
    subjects = [f for f in found if f[0] in state.subjects]
    best = (subjects or found or [(0, "")])[-1][1]
    return state.actors.get(best) if best else None


def resolve_actors(
    article: Article, doc: Doc, gazetteer: Gazetteer, lexicon: Lexicon | None = None
) -> tuple[list[Mention], list[Actor]]:
    """Return the actor mentions of ``article`` (in text order) and the actors they resolve to.

    ``doc`` must be parsed from ``article.text``. Roles ("China's top diplomat", "the
    president") are resolved on ``article.published``; without a date they stay unresolved.
    A mention the resolver cannot tie to an identity keeps what the text says of it (kind,
    country) with ``actor_id`` None. Unknown people and organisations get an ``x-`` id.
    """
    lex = lexicon or Lexicon.load()
    state = _Article(gazetteer, article.published)
    sent_starts = [s.start_char for s in doc.sents]
    cands = candidates(doc, gazetteer, lex)
    results: dict[tuple[int, int], tuple[Referent, How]] = {}
    by_start: dict[int, Referent] = {}
    # Names first, in text order, so that descriptions can lean on an apposed name and
    # pronouns on everything before them.
    for c in cands:
        if c.kind != "name":
            continue
        got = _resolve_name(c, state, lex)
        if got is None:
            continue
        ref, actor, how = got
        state.remember(ref, actor, c.name)
        if ref.actor_id is not None:
            state.learn_country(ref.actor_id, state.country_of(c.country))
        if not c.plural:
            state.note_title(c.start, c.title, state.country_of(c.country))
        if c.title.strip() and ref.kind == "person" and ref.actor_id is not None and not c.plural:
            head = c.title.casefold().split(" of ")[0].split()[-1]  # "Secretary of State": secretary
            state.title_heads.append((c.start, lex.title_abbrevs.get(head, head), ref.actor_id))
        if ref.kind == "person" or (ref.kind == "state" and c.political):
            # "in Ukraine" is a place, not what the text is about
            state.note_country(c.start, ref.country, c.root.dep_ in ("nsubj", "nsubjpass"))
        results[c.start, c.end] = (ref, how)
        by_start[c.start] = ref
        state.named.append((c.start, ref))
        if c.root.dep_ in ("nsubj", "nsubjpass"):
            state.subjects.add(c.start)
    for c in cands:
        if c.kind == "description" and c.country is not None and not c.plural:
            state.note_title(c.start, c.title, state.country_of(c.country))
    for c in cands:
        if c.kind != "description" or c.context:
            continue
        got = _resolve_description(c, state, lex, by_start)
        if got is None:
            continue
        ref, actor, how = got
        if actor is not None:
            state.remember(ref, actor, actor.name)
        if ref.kind in ("person", "group") or (ref.kind == "state" and c.country is not None):
            # "the Turkish government claims ...": what the text is about from here on
            state.note_country(c.start, ref.country, c.root.dep_ in ("nsubj", "nsubjpass"))
        results[c.start, c.end] = (ref, how)
    _delayed_names(cands, results, state, sent_starts)
    state.trail.sort()
    for c in cands:
        if c.kind == "description" and c.context:
            got = _resolve_description(c, state, lex, by_start)
            if got is not None:
                results[c.start, c.end] = (got[0], got[2])
    before: list[Antecedent] = []
    quotes = quote_spans(article.text)
    sents = list(doc.sents)
    by_root = {c.root.i: c for c in cands}
    for c in cands:
        sentence = bisect.bisect_right(sent_starts, c.start) - 1
        if c.kind == "pronoun":
            speaker: frozenset[str] = frozenset()
            if _inside(quotes, c.start):
                speaker = _speaker(sents, sentence, quotes, by_root, results, before, lex, state)
            ref_ = _cataphor(c, by_root, results, lex, state) or resolve_pronoun(
                c.root, sentence, before, lex, state.genders, speaker
            )
            if ref_ is not None:
                results[c.start, c.end] = (ref_, "pronoun")
                said = lex.pronouns.get(c.root.lower_)
                if ref_.actor_id is not None and said in ("m", "f"):
                    state.genders.setdefault(ref_.actor_id, said)
        if (c.start, c.end) in results:
            ref, _ = results[c.start, c.end]
            if ref.kind == "state" and c.kind == "name" and _as_place(c, lex):
                continue  # "fought in eastern Ukraine": a place, no antecedent
            if c.kind == "description" and ref.actor_id is None and _predicative(c.root):
                continue  # "He serves as the British ambassador": the subject again, no new antecedent
            plural = c.plural and c.kind != "pronoun" and ref.kind != "state"
            before.append(Antecedent(sentence, c.root, ref, plural))
    _home_country(state, lex.outlet_countries.get((article.outlet or "").casefold()))
    mentions: list[Mention] = []
    sentence_of = _SentenceIndex(doc)
    for c in cands:
        if (c.start, c.end) not in results:
            continue
        ref, how = results[c.start, c.end]
        final = state.actors.get(ref.actor_id or "")
        if final is not None and final.id.startswith("x-"):
            ref = dataclasses.replace(ref, country=final.country)
        mentions.append(
            Mention(
                article_id=article.id,
                sentence=sentence_of(c.start),
                start=c.start,
                end=c.end,
                text=c.text,
                actor_id=ref.actor_id,
                name=ref.name,
                kind=ref.kind,
                country=ref.country,
                how=how,
            )
        )
    used = {m.actor_id for m in mentions if m.actor_id}
    actors = [a for i, a in state.actors.items() if i in used]
    return mentions, actors


def _delayed_names(
    cands: list[Candidate],
    results: dict[tuple[int, int], tuple[Referent, How]],
    state: _Article,
    sent_starts: list[int],
) -> None:
    """Give a person named only in the sentence after an unnamed lead its country.

    News often describes someone first and names them next: "An Istanbul-based professor
    ... is at the center of ... . Adil Oksuz is the subject of a manhunt." The name that is
    the next sentence's subject, new there and with no country, takes the description's.
    """
    subjects = ("nsubj", "nsubjpass")
    first_seen: dict[str, int] = {}
    for offset, ref in state.named:
        if ref.actor_id is not None:
            first_seen.setdefault(ref.actor_id, offset)
    for c in cands:
        got = results.get((c.start, c.end))
        if c.kind != "description" or got is None or c.definite or c.plural or c.root.dep_ not in subjects:
            continue
        ref = got[0]
        if ref.kind != "person" or ref.actor_id is not None or ref.country is None:
            continue
        k = bisect.bisect_right(sent_starts, c.start)  # the next sentence
        if k >= len(sent_starts):
            continue
        end = sent_starts[k + 1] if k + 1 < len(sent_starts) else 1 << 60
        for n in cands:
            named = results.get((n.start, n.end))
            if n.kind != "name" or named is None or not sent_starts[k] <= n.start < end:
                continue
            actor_id = named[0].actor_id
            if n.root.dep_ in subjects and actor_id is not None and first_seen.get(actor_id) == n.start:
                state.learn_country(actor_id, ref.country)
            break


def _home_country(state: _Article, home: str | None) -> None:
    """Place the unknown people the article never places in its outlet's country.

    A reader of a US paper takes "Larry King" for an American unless the text says otherwise.
    """
    if home is None:
        return
    for actor_id, actor in list(state.actors.items()):
        if actor.kind == "person" and actor.country is None and actor_id.startswith("x-"):
            state.actors[actor_id] = actor.model_copy(update={"country": home})


def _cataphor(
    c: Candidate,
    by_root: dict[int, Candidate],
    results: dict[tuple[int, int], tuple[Referent, How]],
    lex: Lexicon,
    state: _Article,
) -> Referent | None:
    """Return the subject a fronted possessive points forward to ("For her part, Suu Kyi ...").

    A possessive in a phrase that opens the sentence, before its main verb's subject, names
    that subject when it is a person of the pronoun's gender.
    """
    tok = c.root
    if tok.dep_ != "poss":
        return None
    head = tok.head
    while head.dep_ not in ("ROOT",) and head.head is not head:
        if head.dep_ in ("nsubj", "nsubjpass", "dobj", "relcl", "ccomp", "conj"):
            return None  # inside a subject, object or clause: not a fronted phrase
        head = head.head
    subject = next((t for t in head.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < tok.i:
        return None
    cand = by_root.get(subject.i)
    got = results.get((cand.start, cand.end)) if cand is not None else None
    if got is None or got[0].kind != "person":
        return None
    said = lex.pronouns.get(tok.lower_)
    gender = got[0].gender or state.genders.get(got[0].actor_id or "")
    return got[0] if said in ("m", "f") and gender in (said, None) else None


_QUOTE_MARK = re.compile(r"''|``|[\"\u201c\u201d]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` inside quotation marks, marks paired within each paragraph.

    A paragraph that opens a quotation and does not close it is quoted to its end (news
    style for a quotation running over several paragraphs).
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        marks = [para.start() + m.start() for m in _QUOTE_MARK.finditer(para.group())]
        for i in range(0, len(marks), 2):
            spans.append((marks[i], marks[i + 1] if i + 1 < len(marks) else para.end()))
    return spans


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(a < offset < b for a, b in spans)


SPEAKER_WINDOW = 3  # sentences back to a quotation's tag ('"A," he said. "B. C."': C is his too)


def _speaker(
    sents: list[Span],
    sentence: int,
    quotes: list[tuple[int, int]],
    by_root: dict[int, Candidate],
    results: dict[tuple[int, int], tuple[Referent, How]],
    before: list[Antecedent],
    lex: Lexicon,
    state: _Article,
) -> frozenset[str]:
    """Return the speaker of the quotation in ``sentence`` (its tag there or in the sentence before).

    The speaker is the subject of a speech verb outside the quotation marks; a pronoun
    speaker ("he said") is resolved on what comes before.
    """

    def paragraph_end(k: int) -> bool:
        return "\n" in sents[k].text_with_ws[-2:]

    # This sentence, then the rest of its paragraph ('"A. B," X said.'), then back.
    order = [sentence]
    k = sentence
    while k < len(sents) - 1 and k < sentence + SPEAKER_WINDOW and not paragraph_end(k):
        k += 1
        order.append(k)
    for k in range(sentence - 1, sentence - SPEAKER_WINDOW - 1, -1):
        if k < 0 or (k < sentence - 1 and paragraph_end(k) + paragraph_end(k + 1)):
            break  # a quotation running on over sentences, not over paragraphs
        order.append(k)
    for k in order:
        # The main verb's tag first: "X said" after "... after Y had said that ...".
        for tok in sorted(sents[k], key=lambda t: t.dep_ != "ROOT"):
            if tok.lemma_.lower() not in lex.speech_verbs or _inside(quotes, tok.idx):
                continue
            for subj in tok.children:
                if subj.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                cand = by_root.get(subj.i)
                got = results.get((cand.start, cand.end)) if cand is not None else None
                ref = got[0] if got is not None else None
                if ref is None and cand is not None and cand.kind == "pronoun":
                    ref = resolve_pronoun(subj, k, before, lex, state.genders)
                if ref is not None and ref.actor_id is not None:
                    return frozenset({ref.actor_id})
    return frozenset()


class _SentenceIndex:
    """Map a character offset to the index of its sentence as ``nlp.sentences`` numbers them."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start for s in sentences("", doc)]

    def __call__(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)
