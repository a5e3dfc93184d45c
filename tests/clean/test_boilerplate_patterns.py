"""Lines the boilerplate table must recognise, and body lines it must leave alone."""

from __future__ import annotations

import pytest

from newsledger.clean.lines import Line
from newsledger.clean.patterns import load_patterns
from newsledger.clean.rules import pre_label

P = load_patterns()


def label(text: str) -> str | None:
    found = pre_label(Line.make(1, text, False), P)
    return found.reason if found else None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("SKIP ADVERTISEMENT", "advert"),
        ("Supported by", "advert"),
        ("Credit...Karim Nasser for The Daily Ledger", "caption"),
        ("Follow @lena_writes on Twitter", "promo"),
        ("(Reporting by Ana Costa; Editing by Tom Reyes)", "credit"),
        ("This article first appeared on The Coastline Review.", "credit"),
        ("More in World", "related"),
        ("Print", "share"),
        ("Get the latest headlines delivered to your inbox each morning.", "promo"),
        ("© 2024 The Harbour Gazette", "copyright"),
        ("Leave a Reply", "comments"),
        ("Related Topics", "related"),
        ("Riverside Photo/Getty Images", "credit"),
    ],
)
def test_patterns_recognise_page_chrome(text: str, reason: str) -> None:
    assert label(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The company said it would sign up new customers in the spring, according to its chief executive.",
        "The lawsuit alleges copyright infringement by two streaming services, the filing shows.",
        "Officials said the comments were taken out of context.",
        "Share prices fell sharply on Tuesday after the central bank raised rates.",
        "Related talks in Geneva ended without an agreement.",
        "Print newspapers in the region have lost half their readers since 2010.",
    ],
)
def test_patterns_leave_body_sentences_alone(text: str) -> None:
    assert label(text) is None


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u02bc"])
def test_typographic_apostrophes_read_as_the_plain_one(apostrophe: str) -> None:
    text = f"Editor{apostrophe}s note: This story was corrected to give the mayor{apostrophe}s full title."
    assert label(text) == "notice"
