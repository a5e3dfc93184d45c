"""The interface a quote extractor implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from spacy.tokens import Doc

from newsledger.model import Actor, Article, Mention, Quote


@runtime_checkable
class QuoteExtractor(Protocol):
    """Finds the statements an article attributes to someone, direct and reported."""

    def extract(
        self, article: Article, doc: Doc, *, mentions: Sequence[Mention], actors: Sequence[Actor]
    ) -> list[Quote]:
        """Return the quotes of ``article`` in text order; offsets are into ``article.text``.

        ``doc`` is the spaCy parse of ``article.text``; ``mentions`` and ``actors`` are the
        article's resolved actor mentions, used to name speakers and addressees. A direct
        quote's ``start``/``end`` leave out its quotation marks; a quote split by its
        attribution ("…," she said, "…") is two quotes with the same cue and speaker.
        ``speaker`` is None when no actor can be named (an unnamed source, which then
        appears in ``source_chain``).
        """
        ...
