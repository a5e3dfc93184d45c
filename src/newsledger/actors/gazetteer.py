"""Load the actor gazetteer tables and answer lookups on countries, organisations and officials.

The tables live in ``newsledger/data/actors/*.v1.tsv`` (see each file's ``#`` header for its
source and licence). A ``Gazetteer`` is built once from them and passed around; it is
immutable and holds no module-level state.

Role date ranges are half-open: ``start`` is the first day in office and ``end`` the day the
office passed on (usually the successor's ``start``); an empty ``end`` means still in office.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict

from newsledger.model import Actor, ActorKind, Role
from newsledger.resources import load_table

TABLE_DIR = "actors"


def _split_pipes(value: object) -> object:
    """Turn a ``|``-separated TSV field into a tuple of stripped, non-empty strings."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split("|") if part.strip())
    return value


PipeList = Annotated[tuple[str, ...], BeforeValidator(_split_pipes)]


class TableRow(BaseModel):
    """Base of the gazetteer row models: immutable, no unknown columns."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class CountryRow(TableRow):
    """A country or territory: ISO 3166-1 codes, names, demonyms and capitals."""

    code: str
    alpha2: str
    name: str
    kind: Literal["state", "territory"]
    parent: str | None = None
    aliases: PipeList = ()
    demonyms: PipeList = ()
    capitals: PipeList = ()
    leader_role: str | None = None


class MetonymRow(TableRow):
    """A place name that stands for a government ("the Kremlin" -> RUS, "Brussels" -> EU)."""

    name: str
    country: str
    kind: Literal["capital", "seat"]


class OrganisationRow(TableRow):
    """An IGO, bloc, government body, state medium or armed group.

    ``country`` is the ISO code of the state it belongs to or is based in, or for an IGO its
    own code (or its parent IGO's), as DESIGN.md asks of ``Actor.country``.
    """

    id: str
    name: str
    kind: Literal[
        "igo", "bloc", "igo_body", "court", "government_body", "legislature", "state_media",
        "armed_group", "party", "agency", "ngo",
    ]  # fmt: skip
    actor_kind: ActorKind = "organisation"
    country: str | None = None
    parent: str | None = None
    aliases: PipeList = ()
    note: str = ""


class PersonRow(TableRow):
    """An official who matters for international news."""

    id: str
    name: str
    aliases: PipeList = ()
    country: str
    gender: Literal["m", "f"] | None = None
    note: str = ""


class RoleRow(TableRow):
    """One tenure of one person in one normalised role, with the title as news writes it."""

    person: str
    role: str
    title: str
    country: str
    start: dt.date
    end: dt.date | None = None
    note: str = ""

    def covers(self, on: dt.date) -> bool:
        """Return whether the tenure includes the day ``on`` (end exclusive)."""
        return self.start <= on and (self.end is None or on < self.end)


class RoleKindRow(TableRow):
    """A normalised role name and whether one person at a time holds it per country."""

    role: str
    single: bool
    description: str = ""


class TitleRow(TableRow):
    """A title word or phrase as written ("premier", "top diplomat") and its normalised role."""

    phrase: str
    role: str
    country: str | None = None
    note: str = ""


class RegionRow(TableRow):
    """A first-level subdivision (state, province ...) and the country it belongs to."""

    name: str
    country: str


_Row = TypeVar("_Row", bound=TableRow)


@dataclasses.dataclass(frozen=True)
class Tables:
    """The raw gazetteer tables, validated row by row."""

    countries: tuple[CountryRow, ...]
    metonyms: tuple[MetonymRow, ...]
    organisations: tuple[OrganisationRow, ...]
    people: tuple[PersonRow, ...]
    roles: tuple[RoleRow, ...]
    role_kinds: tuple[RoleKindRow, ...]
    titles: tuple[TitleRow, ...]
    regions: tuple[RegionRow, ...] = ()


def load_tables(rules_dir: str | None = None) -> Tables:
    """Load every gazetteer table, with a user's rows from ``rules_dir/actors/`` added."""
    return Tables(
        countries=_table("countries", CountryRow, rules_dir),
        metonyms=_table("metonyms", MetonymRow, rules_dir),
        organisations=_table("organisations", OrganisationRow, rules_dir),
        people=_table("people", PersonRow, rules_dir),
        roles=_table("roles", RoleRow, rules_dir),
        role_kinds=_table("role_kinds", RoleKindRow, rules_dir),
        titles=_table("titles", TitleRow, rules_dir),
        regions=_table("regions", RegionRow, rules_dir),
    )


def _table(name: str, model: type[_Row], rules_dir: str | None) -> tuple[_Row, ...]:
    return load_table(f"{TABLE_DIR}/{name}.v1.tsv", model, rules_dir)


# ---------------------------------------------------------------- normalising names

_HONORIFIC = re.compile(r"^(mr|mrs|ms|miss|dr|sir|dame|madam|mister)\.?\s+", re.IGNORECASE)
_HONORIFIC_GENDER = {"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f",
                     "dame": "f", "madam": "f"}  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s?$")
_DROP = re.compile(r"[.'’`]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=1 << 16)  # the same few thousand words come back all the time
def normalize(text: str) -> str:
    """Return the lookup key of a name: case, diacritics, punctuation and "the" ignored.

    "U.S." and "US" give "us"; "the Kremlin" gives "kremlin"; "China's" gives "china";
    "al-Qaeda" and "Al Qaeda" give "al qaeda"; "Élysée" gives "elysee".
    """
    text = unicodedata.normalize("NFKD", repair_mojibake(text.strip()))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text)
    text = _NON_WORD.sub(" ", _DROP.sub("", text.casefold())).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def repair_mojibake(text: str) -> str:
    """Return ``text`` with UTF-8 read as Latin-1 undone ("PeÃ±a" and "PeÃ\x83Â±a" give "Peña").

    Scraped news carries such damage, once or twice over; text without its marks, or that
    does not decode, is returned as it is.
    """
    if text.isascii():
        return text
    if "Ã" not in text and "Â" not in text and "Ã" not in unicodedata.normalize("NFC", text):
        return text
    fixed = unicodedata.normalize("NFC", text)
    for _ in range(3):
        if "Ã" not in fixed and "Â" not in fixed:
            break
        try:
            fixed = fixed.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
    return fixed


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def is_acronym(alias: str) -> bool:
    """Return whether ``alias`` is a short all-capitals form ("US", "U.S.", "WHO", "NATO")."""
    letters = _letters(alias)
    return 0 < len(letters) <= 6 and letters.isupper() and " " not in alias.strip()


def acronym_matches(alias: str, text: str) -> bool:
    """Return whether ``text`` may stand for the acronym ``alias``.

    All capitals always match ("US", "U.S."); a capitalised word matches an acronym of four
    letters or more ("Nato", "Opec"), so "us", "Us", "who" and "Who" never become US or WHO.
    """
    return _acronym_ok(len(_letters(alias)), text)


def _acronym_ok(alias_letters: int, text: str) -> bool:
    letters = _letters(text)
    if letters.isupper():
        return True
    return alias_letters >= 4 and letters[:1].isupper() and letters[1:].islower()


def strip_honorific(text: str) -> tuple[str, str | None]:
    """Return ``text`` without a leading "Mr.", "Ms.", "Dr." or the like, and its gender.

    The gender is "m" for Mr./Sir, "f" for Mrs./Ms./Miss/Dame, None otherwise.
    """
    text = text.strip()
    found = _HONORIFIC.match(text)
    if found is None:
        return text, None
    return text[found.end() :], _HONORIFIC_GENDER.get(found.group(1).casefold())


# ---------------------------------------------------------------- the gazetteer

_Entry = tuple[str, int]  # actor id, letters in the alias if it is an acronym, else 0
_FALLBACK = {"top_diplomat": "foreign_minister", "head_of_government": "head_of_state"}


def _freeze(index: dict[str, list[_Entry]]) -> Mapping[str, tuple[_Entry, ...]]:
    return MappingProxyType({key: tuple(dict.fromkeys(v)) for key, v in index.items()})


def _add(index: dict[str, list[_Entry]], names: Iterable[str], actor_id: str) -> None:
    for name in names:
        key = normalize(strip_honorific(name)[0])
        if key:
            index.setdefault(key, []).append((actor_id, len(_letters(name)) if is_acronym(name) else 0))


class Gazetteer:
    """Countries, organisations and officials with their roles, indexed for lookup.

    Build it once with ``Gazetteer.load()`` (or from ``Tables``) and pass it on; it does not
    change after construction.
    """

    __slots__ = (
        "_actors",
        "_aliases",
        "_countries",
        "_demonyms",
        "_genders",
        "_metonyms",
        "_regions",
        "_roles_by_key",
        "_roles_by_person",
        "_single",
        "_title_countries",
        "_titles",
        "tables",
    )

    tables: Tables
    _actors: Mapping[str, Actor]
    _aliases: Mapping[str, tuple[_Entry, ...]]
    _countries: Mapping[str, CountryRow]
    _demonyms: Mapping[str, tuple[_Entry, ...]]
    _genders: Mapping[str, str]
    _metonyms: Mapping[str, tuple[_Entry, ...]]
    _regions: Mapping[str, str]
    _roles_by_key: Mapping[tuple[str, str], tuple[RoleRow, ...]]
    _roles_by_person: Mapping[str, tuple[RoleRow, ...]]
    _single: frozenset[str]
    _title_countries: Mapping[str, str]
    _titles: Mapping[tuple[str, str | None], str]

    def __init__(self, tables: Tables) -> None:
        """Index ``tables``; rows are assumed to pass ``newsledger.actors.validate``."""
        actors: dict[str, Actor] = {}
        aliases: dict[str, list[_Entry]] = {}
        roles_by_person: dict[str, list[RoleRow]] = {}
        for role in tables.roles:
            roles_by_person.setdefault(role.person, []).append(role)
        for c in tables.countries:
            actors[c.code] = Actor(id=c.code, name=c.name, kind="state", country=c.code, aliases=c.aliases)
            _add(aliases, (c.name, *c.aliases), c.code)
        for o in tables.organisations:
            actors[o.id] = Actor(
                id=o.id, name=o.name, kind=o.actor_kind, country=o.country, aliases=o.aliases
            )
            _add(aliases, (o.name, *o.aliases), o.id)
        for p in tables.people:
            held = sorted(roles_by_person.get(p.id, []), key=lambda r: r.start)
            actors[p.id] = Actor(
                id=p.id,
                name=p.name,
                kind="person",
                country=p.country,
                aliases=p.aliases,
                roles=tuple(
                    Role(title=r.title, role=r.role, country=r.country, start=r.start, end=r.end)
                    for r in held
                ),
            )
            _add(aliases, (p.name, *p.aliases), p.id)
        demonyms: dict[str, list[_Entry]] = {}
        metonyms: dict[str, list[_Entry]] = {}
        for c in tables.countries:
            _add(demonyms, c.demonyms, c.code)
        for m in tables.metonyms:
            _add(metonyms, (m.name,), m.country)
        by_key: dict[tuple[str, str], list[RoleRow]] = {}
        for role in tables.roles:
            by_key.setdefault((role.role, role.country), []).append(role)
        titles: dict[tuple[str, str | None], str] = {}
        for t in tables.titles:
            titles.setdefault((normalize(t.phrase), t.country), t.role)
        set_ = object.__setattr__
        set_(self, "tables", tables)
        set_(self, "_actors", MappingProxyType(actors))
        set_(self, "_aliases", _freeze(aliases))
        set_(self, "_countries", MappingProxyType({c.code: c for c in tables.countries}))
        set_(self, "_demonyms", _freeze(demonyms))
        set_(self, "_genders", MappingProxyType({p.id: p.gender for p in tables.people if p.gender}))
        set_(self, "_metonyms", _freeze(metonyms))
        set_(self, "_roles_by_person", MappingProxyType(
            {k: tuple(sorted(v, key=lambda r: r.start)) for k, v in roles_by_person.items()}
        ))  # fmt: skip
        set_(self, "_roles_by_key", MappingProxyType(
            {k: tuple(sorted(v, key=lambda r: r.start)) for k, v in by_key.items()}
        ))  # fmt: skip
        set_(self, "_single", frozenset(k.role for k in tables.role_kinds if k.single))
        set_(self, "_titles", MappingProxyType(titles))
        set_(self, "_regions", MappingProxyType({normalize(r.name): r.country for r in tables.regions}))
        only: dict[str, set[str | None]] = {}
        for key, country in titles:
            only.setdefault(key, set()).add(country)
        set_(self, "_title_countries", MappingProxyType(
            {k: next(iter(v)) for k, v in only.items() if len(v) == 1 and None not in v}
        ))  # fmt: skip

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Gazetteer is immutable; cannot set {name!r}")

    @classmethod
    def load(cls, rules_dir: str | None = None) -> Gazetteer:
        """Build the gazetteer from the packaged tables, with a user's rows layered on top."""
        return cls(load_tables(rules_dir))

    # -------------------------------------------------------------- actors by code or name

    def actor(self, actor_id: str) -> Actor | None:
        """Return the actor with id ``actor_id`` (country code, organisation id, person id)."""
        return self._actors.get(actor_id)

    def country(self, code: str) -> Actor | None:
        """Return the state actor for an ISO 3166-1 alpha-3 (or alpha-2) code."""
        code = code.strip().upper()
        if len(code) == 2:
            code = next((c.code for c in self.tables.countries if c.alpha2 == code), code)
        found = self.actor(code)
        return found if found is not None and found.kind == "state" else None

    def by_alias(self, text: str) -> list[Actor]:
        """Return every actor whose name or alias ``text`` matches, countries first.

        Matching ignores case, diacritics, punctuation, a leading "the", a trailing "'s" and
        a leading honorific ("Mr. Xi" finds Xi Jinping; "Mrs. Clinton" only women); all-capital
        acronyms match only as described in ``acronym_matches``.
        """
        name, gender = strip_honorific(text)
        found = [self._actors[i] for i in self._match(self._aliases, name)]
        if gender is None:
            return found
        return [a for a in found if a.kind == "person" and self._genders.get(a.id) in (gender, None)]

    def gender(self, person_id: str) -> str | None:
        """Return "m" or "f" for a person in the gazetteer (for pronouns), None if unknown."""
        return self._genders.get(person_id)

    def demonym(self, word: str) -> str | None:
        """Return the country code a demonym or adjective names ("Chinese" -> CHN)."""
        found = self._match(self._demonyms, word)
        if not found and word.endswith("s"):  # plural nouns: "Russians", "Britons"
            found = self._match(self._demonyms, word[:-1])
        return found[0] if found else None

    def metonym(self, word: str) -> str | None:
        """Return the country (or IGO) code a capital or seat of power stands for."""
        found = self._match(self._metonyms, word)
        return found[0] if found else None

    def region(self, name: str) -> str | None:
        """Return the country a state or province belongs to ("Texas" -> USA), else None."""
        return self._regions.get(normalize(name))

    def _match(self, index: Mapping[str, tuple[_Entry, ...]], text: str) -> list[str]:
        entries = index.get(normalize(text), ())
        return list(dict.fromkeys(i for i, n in entries if not n or _acronym_ok(n, text)))

    # -------------------------------------------------------------- roles on a date

    def roles_of(self, person_id: str) -> tuple[RoleRow, ...]:
        """Return every tenure of ``person_id``, earliest first."""
        return self._roles_by_person.get(person_id, ())

    def tenures(self, role: str, country: str) -> tuple[RoleRow, ...]:
        """Return every tenure of ``role`` in ``country`` (ISO or IGO code), earliest first."""
        return self._roles_by_key.get((role, country), ())

    def holders(self, role: str, country: str, on: dt.date) -> list[Actor]:
        """Return who held ``role`` in ``country`` on ``on``, following role fallbacks.

        "leader" uses explicit ``leader`` tenures where one covers the date, else the
        country's ``leader_role``; "top_diplomat" falls back to "foreign_minister" and
        "head_of_government" to "head_of_state" for a country that has no tenures of its own
        for the role (a presidential system, a state without a separate top diplomat).
        """
        found = [r for r in self.tenures(role, country) if r.covers(on)]
        if not found and role == "leader":
            row = self._countries.get(country)
            if row is not None and row.leader_role:
                return self.holders(row.leader_role, country, on)
        if not found and role in _FALLBACK and not self.tenures(role, country):
            return self.holders(_FALLBACK[role], country, on)
        found.sort(key=lambda r: r.start, reverse=True)
        return [self._actors[r.person] for r in found if r.person in self._actors]

    def holder(self, role: str, country: str, on: dt.date) -> Actor | None:
        """Return the person who held ``role`` in ``country`` on ``on``, or None if unknown.

        For a role several people hold at once, the one who took it up last is returned.
        """
        found = self.holders(role, country, on)
        return found[0] if found else None

    def title_role(self, phrase: str, country: str | None = None) -> str | None:
        """Return the normalised role of a title ("premier" -> head_of_government).

        A row for ``country`` wins over a row for any country ("secretary of state" is the
        foreign minister only in the United States).
        """
        titles = self._titles
        key = normalize(phrase)
        if country is not None and (key, country) in titles:
            return titles[(key, country)]
        return titles.get((key, None))

    def org_kind(self, actor_id: str) -> str | None:
        """Return an organisation's kind in the table (igo, state_media, armed_group ...), else None."""
        row = next((o for o in self.tables.organisations if o.id == actor_id), None)
        return row.kind if row is not None else None

    def title_country(self, phrase: str) -> str | None:
        """Return the one country whose officials carry the title ("taoiseach" -> IRL), else None.

        Only a title listed for a single country and for no country in general implies one.
        """
        key = normalize(phrase)
        words = key.split()
        for i in range(len(words)):  # the longest ending: "former treasury secretary"
            found = self._title_countries.get(" ".join(words[i:]))
            if found is not None:
                return found
        return None

    def is_single(self, role: str) -> bool:
        """Return whether one person at a time holds ``role`` in a country or organisation."""
        return role in self._single

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())
