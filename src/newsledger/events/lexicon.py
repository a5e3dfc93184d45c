"""Load the event coder's data tables: triggers, PLOVER types and modality/context cues."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsledger.resources import load_table

Pos = Literal["V", "N"]
CueRole = Literal[
    "aux", "head", "mark", "mod", "neg", "group", "context",
    "void", "frame", "light", "topic", "joint", "undergo", "host", "anchor", "sector", "purpose",
]  # fmt: skip


class TriggerRow(BaseModel):
    """One trigger: a verb or noun lemma (optionally needing a dependent) and its PLOVER coding."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    lemma: str
    pos: Pos
    with_: tuple[str, ...] = Field(default=(), alias="with")
    type: str
    mode: str | None = None
    context: str | None = None
    score: float | None = None

    @field_validator("with_", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        return tuple(x.strip() for x in v.split("|") if x.strip()) if isinstance(v, str) else v


class TypeRow(BaseModel):
    """A PLOVER category: its quad category and the type its future or planned events take."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str
    quad: int
    intent: str


class ScoreRow(BaseModel):
    """The PLOVER cooperation-conflict score of a category (mode empty) or of one of its modes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str
    mode: str | None = None
    score: float


class CueRow(BaseModel):
    """A word that changes an event's modality, points back to earlier actors, or names a context."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lemma: str
    role: CueRole
    value: str


@dataclass(frozen=True)
class EventLexicon:
    """The tables the rules coder reads, indexed for lookup by lemma."""

    triggers: dict[tuple[str, Pos], list[TriggerRow]]
    types: dict[str, TypeRow]
    scores: dict[tuple[str, str | None], float] = field(default_factory=dict)
    cues: dict[CueRole, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, rules_dir: str | None = None) -> EventLexicon:
        """Load the packaged tables, plus a user's rows of the same names from ``rules_dir``."""
        triggers: dict[tuple[str, Pos], list[TriggerRow]] = defaultdict(list)
        for row in load_table("events/triggers.v1.tsv", TriggerRow, rules_dir):
            triggers[row.lemma, row.pos].append(row)
        # Rows derived from the CAMEO verb dictionary only for lemmas the hand table lacks.
        hand = set(triggers)
        for row in load_table("events/cameo_triggers.v1.tsv", TriggerRow, rules_dir):
            if (row.lemma, row.pos) not in hand:
                triggers[row.lemma, row.pos].append(row)
        # Rows needing a dependent are more specific: try them first.
        for rows in triggers.values():
            rows.sort(key=lambda r: not r.with_)
        types = {r.type: r for r in load_table("events/types.v1.tsv", TypeRow, rules_dir)}
        cues: dict[CueRole, dict[str, str]] = defaultdict(dict)
        for cue in load_table("events/cues.v1.tsv", CueRow, rules_dir):
            cues[cue.role][cue.lemma] = cue.value
        scores = {(r.type, r.mode): r.score for r in load_table("events/scores.v1.tsv", ScoreRow, rules_dir)}
        return cls(dict(triggers), types, scores, dict(cues))

    def score(self, etype: str, mode: str | None) -> float | None:
        """Return the PLOVER score of ``etype`` in ``mode`` (the category's when the mode has none)."""
        return self.scores.get((etype, mode), self.scores.get((etype, None)))

    def cue(self, role: CueRole, lemma: str) -> str | None:
        """Return the value of the cue ``lemma`` in ``role``, or None."""
        return self.cues.get(role, {}).get(lemma)
