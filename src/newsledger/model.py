"""The typed contract between stages: every noun the pipeline passes on is defined here.

Offsets are character offsets into ``Article.text``, start inclusive, end exclusive.
Everything derived from an article carries its ``article_id``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "0.1"

PageFormat = Literal["text", "html"]
ActorKind = Literal["person", "state", "organisation", "group"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["year", "season", "quarter", "month", "week", "day", "time", "range"]
Modality = Literal["asserted", "negated", "future", "hypothetical"]
QuoteKind = Literal["direct", "indirect"]


class Frozen(BaseModel):
    """Base of all contract models: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def content_id(*parts: str | bytes) -> str:
    """Return a 16-hex-digit content hash of the parts (the id scheme of every record)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]


# ---------------------------------------------------------------- ingest


class PageMeta(Frozen):
    """What a crawler (or a manifest line) knows about a page; any of it may be missing."""

    url: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None


class RawPage(Frozen):
    """One page as read from the input, before decoding: bytes or already-decoded text.

    ``source`` names the page for people and for the ``source`` field of the export: a path
    as given, ``file.jsonl:LINE`` or ``file.warc.gz#OFFSET``.
    """

    source: str
    path: str | None = Field(default=None, description="file the worker reads the bytes from")
    data: bytes | None = None
    text: str | None = None
    format_hint: PageFormat | None = None
    meta: PageMeta = PageMeta()
    key: str = Field(default="", description="fingerprint of the input, for resuming a run")


class Document(Frozen):
    """A decoded page: the text the cleaner reads, one source line per line."""

    id: str
    source: str
    format: PageFormat
    text: str
    encoding: str
    language: str | None = None
    meta: PageMeta = PageMeta()
    # HTML pages: metadata the markup gave (title, authors, date, site name).
    html_meta: PageMeta = PageMeta()
    html_authors: tuple[str, ...] = ()
    extraction: str | None = None


class RemovedLine(Frozen):
    """A line of the page that is not article body, with the reason it was removed."""

    page_id: str
    line_no: int = Field(description="1-based line number in Document.text")
    text: str
    reason: str = Field(description="stable code, e.g. caption, promo, copyright, title")
    detail: str = ""


class Article(Frozen):
    """One clean article: body text with one paragraph per line, and its metadata."""

    id: str
    page_id: str
    source: str
    part: int = 0
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    published: dt.date | None = None
    published_from: str | None = Field(
        default=None,
        description="manifest, html, byline, dateline, url or caption (an estimate: the latest date of a photo caption)",
    )
    language: str | None = None
    extraction: str | None = None
    text: str
    line_nos: tuple[int, ...] = Field(
        default=(), description="Document line numbers that make up the body, in order"
    )


class Failure(Frozen):
    """A page (or input) that could not be turned into articles, and why."""

    source: str
    stage: str
    reason: str
    message: str


class PageResult(Frozen):
    """All a worker returns for one page: the document, its articles and removed lines."""

    source: str
    document: Document | None = None
    articles: tuple[Article, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    failure: Failure | None = None
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------- annotate


class Sentence(Frozen):
    """A sentence of an article."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


class Role(Frozen):
    """A role an actor held, e.g. foreign minister of CHN from 2023-07-25.

    ``end`` is exclusive: the day the office passed on (None while it is held).
    """

    title: str
    role: str | None = Field(default=None, description="normalised role, e.g. foreign_minister")
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


class Actor(Frozen):
    """A resolved identity: a person, state, organisation or group."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


class Mention(Frozen):
    """A span of an article that refers to an actor."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    actor_id: str | None = None
    name: str | None = None
    kind: ActorKind | None = None
    country: str | None = None
    how: str = Field(default="", description="how it was resolved: name, title, pronoun, ...")


class TimeExpr(Frozen):
    """A TIMEX3 time expression, normalised against the article's publication date.

    ``value`` is the TimeML value (``2022-06-15``, ``2022-W24``, ``P3D``, ``PRESENT_REF``)
    or None when it cannot be resolved; it is never defaulted to the publication date.
    ``start``/``end`` give the calendar interval a DATE or TIME covers, when known.
    """

    article_id: str
    sentence: int | None = None
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None = None
    precision: Precision | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None


# ---------------------------------------------------------------- extract


class ActorRef(Frozen):
    """How an actor appears in the export: name, kind and country."""

    name: str
    kind: ActorKind | None = None
    country: str | None = None


class Quote(Frozen):
    """A statement attributed to someone, direct or reported."""

    id: str
    article_id: str
    speaker: ActorRef | None = None
    addressee: ActorRef | None = None
    text: str
    kind: QuoteKind
    cue: str | None = None
    start: int
    end: int
    source_chain: tuple[str, ...] = Field(
        default=(), description="outlets or unnamed sources the words came through, nearest first"
    )
    sentence: int | None = Field(default=None, description="index of the sentence the quote starts in")
    speaker_id: str | None = None
    speaker_start: int | None = Field(default=None, description="span of the words naming the speaker")
    speaker_end: int | None = None
    cue_start: int | None = Field(default=None, description="span of the cue (said, told, according to)")
    cue_end: int | None = None
    addressee_id: str | None = None
    verbatim: bool | None = Field(
        default=None,
        description="the text gives the speaker's own words as a statement: a direct quote, or reported"
        " speech quoting a clause of them (not only a phrase such as 'a costly mistake'); None: not judged",
    )


class EventDate(Frozen):
    """The calendar interval an event happened in, and how precisely it is known."""

    start: dt.date
    end: dt.date
    precision: Precision


class EventMention(Frozen):
    """One sentence of one article that reports an event."""

    article_id: str
    sentence: str = Field(description="the text of the sentence that reports the event")
    start: int
    end: int
    date: EventDate | None = None
    modality: Modality = "asserted"
    sentence_index: int | None = None
    trigger: str | None = Field(default=None, description="the words that name the event: met, sanctions on")
    date_text: str | None = Field(default=None, description="the time expression the date came from")
    quote_id: str | None = Field(default=None, description="the quote this statement is, if it is one")


class Event(Frozen):
    """A PLOVER event with its actors, date, modality and the mentions that report it."""

    id: str
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    modality: Modality = "asserted"
    actor: tuple[ActorRef, ...] = ()
    recipient: tuple[ActorRef, ...] = ()
    date: EventDate | None = None
    location: str | None = None
    score: float | None = None
    mentions: tuple[EventMention, ...] = ()
    quote_id: str | None = None


# ---------------------------------------------------------------- annotate


class Annotations(Frozen):
    """Everything the annotate stage finds in one article: what a worker hands the writer."""

    article_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    failures: tuple[Failure, ...] = Field(
        default=(), description="stages that failed on this article, and why"
    )
    annotator: str = Field(default="", description="the model and back ends that made them")
