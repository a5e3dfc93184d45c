"""Line features: plain spaces one for one (offsets keep), and the wire dateline a paragraph opens with."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.clean.lines import dateline_length, plain_spaces
from newsledger.clean.rules import RulesCleaner
from newsledger.model import Document, PageMeta, content_id


def test_plain_spaces_replaces_no_break_thin_and_ideographic_spaces() -> None:
    assert plain_spaces("issued a\u00a0statement,\u2009in\u202fparts\u3000today") == (
        "issued a statement, in parts today"
    )


@given(st.text())
def test_plain_spaces_keeps_length_and_line_breaks(text: str) -> None:
    out = plain_spaces(text)
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]


def test_cleaned_article_text_has_no_no_break_spaces() -> None:
    body = (
        "The finance minister issued a\u00a0statement on Tuesday after the vote in parliament.\n\n"
        "She said the budget would be revised before the\u00a0summer recess, and that talks with "
        "the unions would resume next week."
    )
    doc = Document(
        id=content_id(body), source="nbsp.txt", format="text", text=body, encoding="utf-8", meta=PageMeta()
    )
    (article,) = RulesCleaner().clean(doc).articles
    assert "\u00a0" not in article.text
    assert "issued a statement" in article.text


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("OSLO, May 4 (Reuters) - The talks ended.", "OSLO, May 4 (Reuters) - "),
        ("PORT MORESBY, Papua New Guinea — Voters queued.", "PORT MORESBY, Papua New Guinea — "),
        ("ST. PAUL, Minn. -- The council met.", "ST. PAUL, Minn. -- "),
        ("NATO - a pact of thirty states.", ""),
        ("U.S. - China talks resume.", ""),
        ("MINISTER: We are ready.", ""),
        ("BREAKING —", ""),
    ],
)
def test_dateline_length_finds_a_wire_dateline_only(line: str, dateline: str) -> None:
    assert line[: dateline_length(line)] == dateline
