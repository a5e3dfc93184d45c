"""Process one page end to end in a worker: read, decode, extract HTML, clean into articles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsledger import registry
from newsledger.errors import NewsledgerError
from newsledger.ingest.decode import MAX_BYTES, check_html_depth, decode_bytes
from newsledger.ingest.language import guess_language
from newsledger.model import Document, Failure, PageMeta, PageResult, RawPage, content_id
from newsledger.settings import Settings


@dataclass
class PageProcessor:
    """Holds the back ends a worker builds once and applies to every page it is given."""

    settings: Settings

    def __post_init__(self) -> None:
        self.cleaner = registry.get("cleaners", self.settings.cleaner)
        self._html = None

    @property
    def html(self):  # type: ignore[no-untyped-def]
        """The HTML extractor, built on first use (text-only runs never import trafilatura)."""
        if self._html is None:
            self._html = registry.get("html_extractors", self.settings.html_extractor)
        return self._html

    def __call__(self, raw: RawPage) -> PageResult:
        """Return the articles of one page, or a failure naming the page and the reason."""
        try:
            return self._process(raw)
        except NewsledgerError as exc:
            return PageResult(
                source=raw.source,
                failure=Failure(source=raw.source, stage=exc.stage, reason=exc.reason, message=exc.message),
            )
        except RecursionError:
            return _fail(raw, "parse", "too_deep", "the page is nested too deeply to parse")
        except MemoryError:
            return _fail(raw, "parse", "too_large", "the page does not fit in memory")

    def _read(self, raw: RawPage) -> bytes | str:
        if raw.text is not None:
            if len(raw.text) > MAX_BYTES:
                raise_input(
                    raw.source, "too_large", f"{len(raw.text) / 1e6:.1f} MB of text is over the page limit"
                )
            return raw.text
        if raw.data is not None:
            return raw.data
        assert raw.path is not None
        try:
            with Path(raw.path).open("rb") as fh:
                return fh.read(MAX_BYTES * 2 + 1)
        except OSError as exc:
            raise_input(raw.source, "unreadable", f"cannot read the file ({exc.strerror})")
            raise

    def _process(self, raw: RawPage) -> PageResult:
        content = self._read(raw)
        if isinstance(content, str):
            if not content.strip():
                raise_input(raw.source, "empty", "the page is empty; nothing to ingest")
            page_id = content_id(content)
            text, encoding = content.replace("\r\n", "\n"), "utf-8"
            is_html = raw.format_hint == "html"
        else:
            decoded = decode_bytes(content, raw.source, html_hint=True if raw.format_hint == "html" else None)
            page_id = content_id(content)
            text, encoding, is_html = decoded.text, decoded.encoding, decoded.is_html
        doc = self._document(raw, page_id, text, encoding, is_html)
        if doc.language and doc.language not in self.settings.languages:
            return PageResult(
                source=raw.source,
                document=doc,
                failure=Failure(
                    source=raw.source,
                    stage="ingest",
                    reason="unsupported_language",
                    message=f"the page looks {doc.language!r}, not one of {', '.join(self.settings.languages)}; kept as a page, no article made",
                ),
            )
        result = self.cleaner.clean(doc)
        failure = None
        if not result.articles:
            failure = Failure(
                source=raw.source,
                stage="clean",
                reason="no_article",
                message="no article body found (an index, a promo or an error page?); the page is kept, no article made",
            )
        return PageResult(
            source=raw.source,
            document=doc,
            articles=result.articles,
            removed=result.removed,
            failure=failure,
            notes=result.notes,
        )

    def _document(self, raw: RawPage, page_id: str, text: str, encoding: str, is_html: bool) -> Document:
        if not is_html:
            return Document(
                id=page_id,
                source=raw.source,
                format="text",
                text=text,
                encoding=encoding,
                language=guess_language(text),
                meta=raw.meta,
            )
        check_html_depth(text, raw.source)
        ext = self.html.extract(text, raw.meta.url)
        body = "\n".join(p for p in ext.paragraphs if p.strip())
        html_meta = PageMeta(
            url=ext.url or raw.meta.url, published=ext.published, outlet=ext.outlet, title=ext.title
        )
        return Document(
            id=page_id,
            source=raw.source,
            format="html",
            text=body,
            encoding=encoding,
            language=guess_language(body) if body else None,
            meta=raw.meta,
            html_meta=html_meta,
            html_authors=tuple(ext.authors),
            extraction=ext.method,
        )


def raise_input(source: str, reason: str, message: str) -> None:
    """Raise an InputError (a helper so the reading code stays linear)."""
    from newsledger.errors import InputError

    raise InputError(source, reason, message)


def _fail(raw: RawPage, stage: str, reason: str, message: str) -> PageResult:
    return PageResult(
        source=raw.source, failure=Failure(source=raw.source, stage=stage, reason=reason, message=message)
    )


def process_page(raw: RawPage, settings: Settings) -> PageResult:
    """Process one page with fresh back ends (convenient; workers keep a PageProcessor)."""
    return PageProcessor(settings)(raw)
