"""The interface an event coder implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from spacy.tokens import Doc

from newsledger.model import Actor, Article, Event, Mention, Quote, TimeExpr


@runtime_checkable
class EventCoder(Protocol):
    """Codes the political events an article reports in PLOVER, one Event per article-level event."""

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
        """Return the events of ``article``, each with the mentions (sentences) that report it.

        ``doc`` is the spaCy parse of ``article.text``; the other arguments are the article's
        resolved actors, its time expressions (sentence indexes may be None: offsets decide)
        and its quotes. An event date comes from the time expressions; one that cannot be
        resolved stays None, never the publication date. Each mention carries its own date,
        modality and the id of the quote it sits in, if any.
        """
        ...
