"""Turn a parsed ``Doc`` into the contract's ``Sentence`` records with offsets into the article."""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.model import Sentence


def sentences(article_id: str, doc: Doc) -> list[Sentence]:
    """Return the sentences of ``doc``, numbered from 0, with character offsets into its text.

    ``doc`` must have been parsed from the article text itself, so that token offsets are
    article offsets. Leading and trailing whitespace is left out of each sentence's span;
    sentences that are only whitespace are skipped, and a sentence never crosses a line
    break (one paragraph per line in ``Article.text``).
    """
    text = doc.text
    out: list[Sentence] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        for piece_start, piece_end in _lines(text, start, end):
            out.append(
                Sentence(
                    article_id=article_id,
                    index=len(out),
                    start=piece_start,
                    end=piece_end,
                    text=text[piece_start:piece_end],
                )
            )
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at line breaks into stripped, non-empty spans."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
        pos = stop + 1
    return spans
