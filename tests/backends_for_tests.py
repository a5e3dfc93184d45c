"""Back ends for tests: some misbehave on purpose (worker time limit, resume), some are
simple and fixed, so the store and export tests pin the plumbing and not the rules.

Use one by import path: ``Settings(cleaner="backends_for_tests:MarkerCleaner")`` or
``newsledger ingest --cleaner backends_for_tests:MarkerCleaner`` with this folder on
PYTHONPATH. Pages without a marker are cleaned by ``rules.v1`` as usual.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from newsledger.clean.base import CleanResult
from newsledger.clean.rules import RulesCleaner
from newsledger.model import (
    Actor,
    ActorRef,
    Article,
    Document,
    Event,
    EventDate,
    EventMention,
    Mention,
    Quote,
    TimeExpr,
    content_id,
)

HANG = "zz-marker-hang-always"  # the worker sleeps until it is killed
RAISE = "zz-marker-raise"  # FailsOnMarker raises on the article
CRASH = "zz-marker-crash-worker"  # the worker exits at once, as a crash in C code would
HANG_WHEN_ASKED = "zz-marker-hang-when-asked"  # hangs only if HANG_FLAG_ENV names a file path
HANG_FLAG_ENV = "NEWSLEDGER_TEST_HANG_FLAG"  # the hanging worker creates this file first
MAX_HANG_SECONDS = 120.0  # never outlive a test run, even if nobody kills the worker


def _hang() -> None:
    """Sleep until killed, until the parent goes away, or for MAX_HANG_SECONDS."""
    parent = os.getppid()
    end = time.monotonic() + MAX_HANG_SECONDS
    while time.monotonic() < end and os.getppid() == parent:
        time.sleep(0.05)


class MarkerCleaner:
    """``rules.v1``, except that a page holding a marker hangs or kills its worker."""

    def __init__(self) -> None:
        self.rules = RulesCleaner()

    def clean(self, document: Document) -> CleanResult:
        """Misbehave when the page asks for it, else clean it with ``rules.v1``."""
        text = document.text
        if CRASH in text:
            os._exit(1)
        if HANG in text:
            _hang()
        flag = os.environ.get(HANG_FLAG_ENV)
        if HANG_WHEN_ASKED in text and flag:
            Path(flag).touch()
            _hang()
        return self.rules.clean(document)


class EveryQuotedSpan:
    """A quote extractor for the store tests: every straight-quoted span is a direct quote
    of the first actor mention of its sentence (no rules, so the store tests pin the store).
    """

    def extract(
        self, article: Article, doc: Doc, *, mentions: Sequence[Mention], actors: Sequence[Actor]
    ) -> list[Quote]:
        """Return one quote per ``"..."`` span."""
        out = []
        for m in re.finditer(r'"([^"]+)"', article.text):
            first = next((x for x in mentions if x.start < m.start() and x.name), None)
            speaker = (
                ActorRef(name=first.name, kind=first.kind, country=first.country)
                if first and first.name
                else None
            )
            out.append(
                Quote(
                    id=content_id(article.id, str(m.start(1))),
                    article_id=article.id,
                    speaker=speaker,
                    speaker_id=first.actor_id if first else None,
                    text=m.group(1),
                    kind="direct",
                    cue="said",
                    start=m.start(1),
                    end=m.end(1),
                    source_chain=("state media",),
                )
            )
        return out


class MetOnDate:
    """An event coder for the store tests: each sentence with "met" and two state mentions is
    a CONSULT between them, dated by the first time expression of the sentence."""

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
        """Return one event per matching sentence."""
        out = []
        for i, sent in enumerate(doc.sents):
            if "met" not in sent.text:
                continue
            ms = [m for m in mentions if sent.start_char <= m.start < sent.end_char and m.country]
            if len(ms) < 2:
                continue
            tx = next((t for t in times if t.sentence == i and t.date_start and t.date_end), None)
            date = (
                EventDate(start=tx.date_start, end=tx.date_end, precision="day")
                if tx and tx.date_start and tx.date_end
                else None
            )
            mention = EventMention(
                article_id=article.id, sentence=sent.text, start=sent.start_char, end=sent.end_char,
                date=date, sentence_index=i, trigger="met", date_text=tx.text if tx else None,
            )  # fmt: skip
            out.append(
                Event(
                    id=content_id(article.id, str(i)),
                    type="CONSULT",
                    context=("diplomatic",),
                    actor=(ActorRef(name=ms[0].name or ms[0].text, kind=ms[0].kind, country=ms[0].country),),
                    recipient=(
                        ActorRef(name=ms[1].name or ms[1].text, kind=ms[1].kind, country=ms[1].country),
                    ),
                    date=date,
                    score=1.0,
                    mentions=(mention,),
                )
            )
        return out


class FailsOnMarker:
    """A quote extractor that raises on articles holding a marker, and finds nothing else."""

    def extract(
        self, article: Article, doc: Doc, *, mentions: Sequence[Mention], actors: Sequence[Actor]
    ) -> list[Quote]:
        """Raise on a marked article; return no quotes otherwise."""
        if RAISE in article.text:
            raise ValueError("a bug in this back end")
        return []


class DiesOnStart:
    """A cleaner whose worker dies while loading, before it is ready for a page."""

    def __init__(self) -> None:
        os._exit(3)

    def clean(self, document: Document) -> CleanResult:  # pragma: no cover - never reached
        """Never called: the worker is gone."""
        raise AssertionError("unreachable")
