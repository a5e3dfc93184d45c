"""Finding time expressions: spans, and words that only look like dates."""

from __future__ import annotations

from newsledger.time.patterns import MAX_LINE, find


def _texts(text: str) -> list[str]:
    return [c.text for c in find(text)]


def test_patterns_find_longest_expression_when_rules_overlap() -> None:
    assert _texts("Shares fell in the third quarter of 2022.") == ["the third quarter of 2022"]


def test_patterns_skip_modal_may_when_not_a_month() -> None:
    assert _texts("Officials may announce the decision soon after.") == []


def test_patterns_keep_may_when_preceded_by_preposition() -> None:
    assert _texts("The vote was held in May.") == ["May"]


def test_patterns_skip_lower_case_month_words() -> None:
    assert _texts("Protesters march to the square.") == []


def test_patterns_skip_ages_and_prices() -> None:
    found = find("A 6-year-old boy paid $2019 for the ticket.")
    assert all(c.rule != "year" for c in found)


def test_patterns_skip_fall_when_it_is_a_verb() -> None:
    from newsledger.time.rules import RulesTimeTagger

    assert RulesTimeTagger().tag("Prices could fall sharply.", article_id="a", anchor=None) == []


def test_patterns_handle_text_longer_than_one_line_cap() -> None:
    text = ("word " * (MAX_LINE // 2)) + "on March 3, 2021 " + ("word " * (MAX_LINE // 2))
    assert "March 3, 2021" in _texts(text)


def test_patterns_span_offsets_point_into_text() -> None:
    text = "Since 1999, and again last week."
    for c in find(text):
        assert text[c.start : c.end] == c.text


def test_every_pattern_rule_has_a_value_rule() -> None:
    from newsledger.time.normalize import HANDLERS
    from newsledger.time.patterns import compiled

    assert {name for name, _ in compiled()} <= set(HANDLERS)
