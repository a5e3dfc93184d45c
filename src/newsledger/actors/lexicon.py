"""Load the word lists the in-article actor resolver reads (``actors/resolve_words.v1.tsv``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict

from newsledger.model import ActorKind
from newsledger.resources import load_table

Category = Literal[
    "pronoun",
    "role_noun",
    "not_current",
    "political_prep",
    "expletive_head",
    "place_verb",
    "speech_verb",
    "definite_state_noun",
    "org_country",
    "title_country",
    "suffix_country",
    "anaphor_noun",
    "place_prep",
    "media_role",
    "outlet_country",
    "party_word",
    "org_head",
    "title_abbrev",
    "epithet_noun",
    "origin_verb",
]


class WordRow(BaseModel):
    """One word of the resolver's lexicon and what it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    word: str
    category: Category
    value: str = ""


@dataclasses.dataclass(frozen=True)
class Lexicon:
    """The resolver's word lists, lower-cased."""

    pronouns: Mapping[str, str]
    role_nouns: Mapping[str, ActorKind]
    not_current: frozenset[str]
    political_preps: frozenset[str]
    expletive_heads: frozenset[str]
    place_verbs: frozenset[str]
    speech_verbs: frozenset[str] = frozenset()
    definite_state_nouns: Mapping[str, ActorKind] = dataclasses.field(
        default_factory=lambda: MappingProxyType({})
    )
    org_countries: tuple[tuple[re.Pattern[str], str], ...] = ()
    title_countries: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    suffix_countries: tuple[tuple[re.Pattern[str], str], ...] = ()
    place_preps: frozenset[str] = frozenset()
    media_roles: frozenset[str] = frozenset()
    anaphor_nouns: Mapping[str, frozenset[str]] = dataclasses.field(
        default_factory=lambda: MappingProxyType({})
    )
    outlet_countries: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    party_words: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    org_heads: frozenset[str] = frozenset()
    title_abbrevs: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    epithet_nouns: frozenset[str] = frozenset()
    origin_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, rules_dir: str | None = None) -> Lexicon:
        """Build the lexicon from the packaged table, with a user's rows layered on top."""
        rows = load_table("actors/resolve_words.v1.tsv", WordRow, rules_dir)
        by: dict[str, dict[str, str]] = {}
        for r in rows:
            by.setdefault(r.category, {})[r.word.casefold()] = r.value
        kinds: dict[str, ActorKind] = {}
        for word, value in by.get("role_noun", {}).items():
            kinds[word] = (
                "group"
                if value == "group"
                else "state"
                if value == "state"
                else "organisation"
                if value == "organisation"
                else "person"
            )
        return cls(
            pronouns=MappingProxyType(by.get("pronoun", {})),
            role_nouns=MappingProxyType(kinds),
            not_current=frozenset(by.get("not_current", {})),
            political_preps=frozenset(by.get("political_prep", {})),
            expletive_heads=frozenset(by.get("expletive_head", {})),
            place_verbs=frozenset(by.get("place_verb", {})),
            speech_verbs=frozenset(by.get("speech_verb", {})),
            place_preps=frozenset(by.get("place_prep", {})),
            media_roles=frozenset(by.get("media_role", {})),
            org_heads=frozenset(by.get("org_head", {})),
            epithet_nouns=frozenset(by.get("epithet_noun", {})),
            origin_verbs=frozenset(by.get("origin_verb", {})),
            title_abbrevs=MappingProxyType({w: v.casefold() for w, v in by.get("title_abbrev", {}).items()}),
            title_countries=MappingProxyType({w: v.upper() for w, v in by.get("title_country", {}).items()}),
            outlet_countries=MappingProxyType(
                {w: v.upper() for w, v in by.get("outlet_country", {}).items()}
            ),
            party_words=MappingProxyType({w: v.upper() for w, v in by.get("party_word", {}).items()}),
            suffix_countries=tuple(
                (re.compile(w, re.IGNORECASE), v.upper()) for w, v in by.get("suffix_country", {}).items()
            ),
            anaphor_nouns=MappingProxyType(
                {w: frozenset(filter(None, v.split("|"))) for w, v in by.get("anaphor_noun", {}).items()}
            ),
            org_countries=tuple((_words_pattern(w), v) for w, v in by.get("org_country", {}).items() if v),
            definite_state_nouns=MappingProxyType(
                {
                    w: "organisation" if v == "organisation" else "state"
                    for w, v in by.get("definite_state_noun", {}).items()
                }
            ),
        )


def _words_pattern(phrase: str) -> re.Pattern[str]:
    """Compile a word-list phrase to a whole-word pattern; ``*`` stands for one or more words."""
    parts = [re.escape(p) if p != "*" else r"\w+(?: \w+)*?" for p in phrase.split()]
    return re.compile(r"(?<!\w)" + " ".join(parts) + r"(?!\w)")
