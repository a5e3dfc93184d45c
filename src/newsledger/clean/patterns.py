"""Compile the cleaning pattern tables (boilerplate, agencies, title words) into one object."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, field_validator

from newsledger.resources import load_table


class BoilerplateRow(BaseModel):
    """One boilerplate rule: a regex, the reason it stands for, and where it applies."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    reason: str
    pattern: str
    max_words: int = 0
    end: int = 0

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        re.compile(v)
        return v


class WordRow(BaseModel):
    """A single word or name."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    word: str


class NameRow(BaseModel):
    """A single agency name."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str


class OutletRow(BaseModel):
    """A news outlet, its web domains and the other names that point to it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    domains: str = ""
    aliases: str = ""


UNANCHORED_SPAN = 600  # unanchored boilerplate cues sit near a line's start: look no further


@dataclass(frozen=True)
class Rule:
    """A compiled boilerplate rule."""

    reason: str
    regex: re.Pattern[str]
    max_words: int
    end: bool
    anchored: bool = False


APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass(frozen=True)
class Patterns:
    """Every table the cleaner uses, compiled once."""

    rules: tuple[Rule, ...]
    agency_words: frozenset[str]
    credit_paren: re.Pattern[str]
    credit_line: re.Pattern[str]
    title_words: frozenset[str]
    byline_words: frozenset[str]
    outlets: tuple[OutletRow, ...]

    def match(self, line: str, n_words: int) -> Rule | None:
        """Return the first rule that matches ``line`` (already stripped and length-capped).

        Typographic apostrophes read as the plain one the tables are written with
        ("Editor’s note:" is "Editor's note:")."""
        line = line.translate(APOSTROPHES)
        for rule in self.rules:
            if rule.max_words and n_words > rule.max_words:
                continue
            # anchored rules are tried at the start only: a search would retry every position
            if rule.regex.match(line) if rule.anchored else rule.regex.search(line[:UNANCHORED_SPAN]):
                return rule
        return None


@functools.lru_cache(maxsize=8)
def load_patterns(rules_dir: str | None = None) -> Patterns:
    """Load and compile the cleaning tables (packaged, plus ``rules_dir`` rows if given)."""
    rows = load_table("clean/boilerplate.v1.tsv", BoilerplateRow, rules_dir)
    rules = tuple(
        Rule(r.reason, re.compile(r.pattern, re.I), r.max_words, bool(r.end), r.pattern.startswith("^"))
        for r in rows
    )
    agencies = load_table("clean/agencies.v1.tsv", NameRow, rules_dir)
    names = sorted({a.name for a in agencies}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    # "(Name/Agency via Getty Images)" at the end of a caption
    credit_paren = re.compile(
        rf"\((?:[^()]{{0,120}}[/,;]\s*)?[^()]{{0,80}}\b(?:{alt})\b[^()]{{0,40}}\)\s*$", re.I
    )
    # a line that is nothing but credits: "handout/Agence France-Presse/Getty Images"
    credit_line = re.compile(
        rf"^(?:(?:photo|credit|image)s?\s*:?\s*)?(?:[\w.'’ -]{{0,40}}(?:/|\bvia\b|,)\s*)*(?:{alt})\s*\.?$",
        re.I,
    )
    titles = frozenset(r.word.lower() for r in load_table("clean/titles.v1.tsv", WordRow, rules_dir))
    byline = frozenset(r.word.lower() for r in load_table("clean/byline_words.v1.tsv", WordRow, rules_dir))
    outlets = load_table("clean/outlets.v1.tsv", OutletRow, rules_dir)
    return Patterns(
        rules, frozenset(n.lower() for n in names), credit_paren, credit_line, titles, byline, outlets
    )
