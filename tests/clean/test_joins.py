"""Re-joining sentences broken around names, and leaving real breaks alone."""

from __future__ import annotations

import pytest

from newsledger.clean.joins import join_lines
from newsledger.clean.lines import split_lines
from newsledger.clean.patterns import load_patterns


def paragraphs(text: str) -> list[str]:
    return [b.text for b in join_lines(split_lines(text), load_patterns().title_words, fixed=set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal was praised by Japanese Prime Minister\nKenji Arakawa\nduring a visit.",
            ["The deal was praised by Japanese Prime Minister Kenji Arakawa during a visit."],
        ),
        (
            "Talks with her Turkish counterpart\nSelin Aydın,\na former banker, went well.",
            ["Talks with her Turkish counterpart Selin Aydın, a former banker, went well."],
        ),
        (
            "Ties with Moscow, said the\nMinister of Defence\nlast week, were strong.",
            ["Ties with Moscow, said the Minister of Defence last week, were strong."],
        ),
        (
            "A wedge between Russia’s\n—and China’s—leaders.",
            ["A wedge between Russia’s —and China’s—leaders."],
        ),
    ],
)
def test_joins_rejoin_broken_sentence(text: str, expected: list[str]) -> None:
    assert paragraphs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Storm Hits Coastal Towns\nMaria Lopez\nHeavy rain flooded streets on Sunday.",  # headline, byline
        "The vote was close.\nAnna Berg\nThe count resumed at noon.",  # finished line, then a byline
        "A long line about trade\n\nsaid officials later.",  # a blank line is a paragraph break
        "Maria Lopez\nJohn Smith",  # two bylines
    ],
)
def test_joins_leave_real_line_breaks_alone(text: str) -> None:
    assert len(paragraphs(text)) == len([ln for ln in text.split("\n") if ln.strip()])
