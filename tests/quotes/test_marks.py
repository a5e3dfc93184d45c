"""Quoted spans in text we wrote: marks of every kind, unbalanced, across paragraphs."""

from __future__ import annotations

from newsledger.quotes.marks import find_quoted


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quoted(text)]


def test_curly_straight_and_guillemet_marks() -> None:
    text = 'She said “one thing” and "another thing" and «a third thing».'
    assert inner(text) == ["one thing", "another thing", "a third thing"]


def test_two_apostrophes_stand_for_a_double_mark() -> None:
    text = "He said ''We will see,'' and left."
    assert inner(text) == ["We will see,"]


def test_apostrophes_inside_words_open_no_quote() -> None:
    text = "The minister's view hasn't changed, and it's 'final' now."
    assert inner(text) == ["final"]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "He said: “We are ready to talk\nThe next paragraph has no marks."
    found = find_quoted(text)
    assert len(found) == 1 and not found[0].closed
    assert text[found[0].inner_start : found[0].inner_end] == "We are ready to talk"


def test_quote_continues_when_next_paragraph_opens_a_mark() -> None:
    text = "“First part of the speech.\n“Second part of the speech.”\nAfter."
    found = find_quoted(text)
    assert len(found) == 1 and found[0].closed
    assert text[found[0].start : found[0].end].endswith("speech.”")


def test_french_guillemets_keep_their_inner_spaces() -> None:
    text = "Le ministre a dit : « Nous ne céderons pas », puis il est parti."
    assert inner(text) == ["Nous ne céderons pas"]


def test_a_straight_mark_followed_by_a_space_opens_nothing() -> None:
    text = 'The board is 6" wide and 8" long.'
    assert inner(text) == []


def test_a_decade_apostrophe_opens_no_single_marked_quote() -> None:
    text = "The city has not grown this fast since the '60s, the mayor said, and rents show it."
    assert inner(text) == []


def test_a_decade_apostrophe_inside_a_single_marked_quote_does_not_close_it() -> None:
    text = "In the early '80s she was a lawyer. 'It was a hard time,' she said."
    assert inner(text) == ["It was a hard time,"]


def test_rock_n_roll_is_no_quotation() -> None:
    text = "The singer, who grew up on rock 'n' roll, said she was ready."
    assert inner(text) == []


def test_a_dropped_g_does_not_close_a_single_marked_quote() -> None:
    text = "'We're not goin' back there, whatever they say,' the mayor said."
    assert inner(text) == ["We're not goin' back there, whatever they say,"]


def test_inches_after_feet_do_not_close_a_double_marked_quote() -> None:
    text = '"He is 6\'2" and fast as anything," the coach said.'
    assert inner(text) == ["He is 6'2\" and fast as anything,"]


def test_single_marked_quote_holding_a_double_marked_one_is_the_outer_quote() -> None:
    text = "'I said to him, \"This is madness,\" and he just laughed,' the former envoy said."
    assert inner(text) == ['I said to him, "This is madness," and he just laughed,']


def test_single_marks_inside_a_double_marked_quote_stay_inside_it() -> None:
    text = "\"They told me, 'You will never win here,' and I won,\" the mayor recalled."
    assert inner(text) == ["They told me, 'You will never win here,' and I won,"]


def test_curly_quote_inside_guillemets_is_nested_not_a_new_quote() -> None:
    text = "«We are “very concerned” about the situation», the spokesman told journalists."
    assert inner(text) == ["We are “very concerned” about the situation"]


def test_reversed_guillemets_open_and_close_a_quote() -> None:
    text = "»We need a plan«, said the Danish minister. »Not just words.«"
    assert inner(text) == ["We need a plan", "Not just words."]


def test_curly_quote_inside_a_straight_marked_quote_is_nested() -> None:
    text = '"He told me “no” and walked out of the room," the envoy said.'
    assert inner(text) == ["He told me “no” and walked out of the room,"]


def test_straight_quote_inside_a_curly_marked_quote_is_nested() -> None:
    text = '“He told me "no" and walked out of the room,” the envoy said.'
    assert inner(text) == ['He told me "no" and walked out of the room,']
