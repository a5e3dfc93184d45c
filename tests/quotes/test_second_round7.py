"""Second attributions in a sentence that already has one (issue 6, round 7). Sentences
written here."""

from __future__ import annotations


def test_aside_content_stops_before_a_clause_that_opens_its_own_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "For a decade, the baker said, the shop has kept its prices low, although she sighed "
        'and conceded "flour costs more every month."'
    )
    found = quotes(text)
    assert [q.text for q in found if q.cue == "said"] == ["For a decade", "the shop has kept its prices low"]
    assert [q.text for q in found if q.cue == "conceded"] == ["flour costs more every month."]


def test_aside_content_keeps_a_partial_quote_taken_by_its_own_verb(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'Over the winter, the mayor said, the council has "simply run out of money and patience."'
    found = quotes(text)
    assert [q.text for q in found if q.cue == "said"] == [
        "Over the winter",
        'the council has "simply run out of money and patience."',
    ]
