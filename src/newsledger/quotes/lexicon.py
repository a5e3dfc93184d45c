"""The word tables of quote extraction: cue words, source words and steering words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from newsledger.resources import load_table


class CueRow(BaseModel):
    """One row of ``quotes/cues.v1.tsv``: a cue lemma and how its frame is built."""

    lemma: str
    pos: Literal["VERB", "NOUN", "ADJ"] = "VERB"
    kind: str
    addressee: str = ""
    preps: str = ""
    object: bool = False
    direct: bool = False


class SourceWordRow(BaseModel):
    """One row of ``quotes/sources.v1.tsv``: a word marking an outlet or an unnamed source."""

    word: str
    kind: str


@dataclass(frozen=True)
class Cue:
    """A cue word of the lexicon."""

    kind: str
    addressee: frozenset[str]
    preps: frozenset[str]
    object: bool
    direct: bool


# "NAME: words" (transcripts, headlines) and "NAME ― “words”" (vox pops)


class WordRow(BaseModel):
    """One row of ``quotes/words.v1.tsv``: a word and the rule it steers."""

    word: str
    role: Literal[
        "naming",
        "work",
        "naming_verb",
        "unsourced",
        "finding",
        "raising",
        "stance",
        "evident",
        "light",
        "not_cue",
        "hearsay",
        "receiving",
        "setting_prep",
        "setting_noun",
    ]


def load_cues(rules_dir: str | None, pos: str) -> dict[str, Cue]:
    """Return the cue words of part of speech ``pos`` (VERB or NOUN) by lemma."""
    rows = load_table("quotes/cues.v1.tsv", CueRow, rules_dir)
    return {
        r.lemma: Cue(
            kind=r.kind,
            addressee=frozenset(x for x in r.addressee.split("|") if x),
            preps=frozenset(x for x in r.preps.split("|") if x),
            object=r.object,
            direct=r.direct,
        )
        for r in rows
        if r.pos == pos
    }


def load_source_words(rules_dir: str | None) -> dict[str, str]:
    """Return the words that mark outlets and unnamed sources, with their kind."""
    return {r.word: r.kind for r in load_table("quotes/sources.v1.tsv", SourceWordRow, rules_dir)}


def load_words(rules_dir: str | None, role: str) -> frozenset[str]:
    """Return the words of ``role`` in ``quotes/words.v1.tsv``."""
    return frozenset(r.word for r in load_table("quotes/words.v1.tsv", WordRow, rules_dir) if r.role == role)


class RoleLabelRow(BaseModel):
    """One row of ``quotes/labels.v1.tsv``: an interview label that names a role, not a speaker."""

    label: str
    role: Literal["question", "answer"]


def load_interview_roles(rules_dir: str | None = None) -> dict[str, str]:
    """Return the role ("question" or "answer") of each interview label ("q", "a"), lower case."""
    return {r.label.lower(): r.role for r in load_table("quotes/labels.v1.tsv", RoleLabelRow, rules_dir)}
