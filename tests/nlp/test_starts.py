"""Sentence starts the parser keeps or is denied: paragraphs, quotations, titles, mid-flow words."""

from __future__ import annotations

from newsledger.nlp.pipeline import NlpPipeline
from newsledger.nlp.starts import load_titles, mark_starts


def test_no_sentence_crosses_a_line_break(pipeline: NlpPipeline) -> None:
    text = (
        'Asked about the talks, a spokeswoman said: "We welcome any step that helps."\n'
        "Mr. Okafor said he would travel to Lagos in May.\n"
        '"We have a lot to discuss," he added.'
    )
    doc = pipeline.doc(text)
    for sent in doc.sents:
        assert "\n" not in sent.text.strip(), sent.text


def test_two_apostrophes_opening_a_quotation_start_its_sentence(pipeline: NlpPipeline) -> None:
    text = "The mayor spoke first. ''We will rebuild the bridge,'' she said. ''It will take a year.''"
    sents = [s.text.strip() for s in pipeline.doc(text).sents]
    assert sents == [
        "The mayor spoke first.",
        "''We will rebuild the bridge,'' she said.",
        "''It will take a year.''",
    ]


def test_two_apostrophes_closing_a_quotation_start_nothing(pipeline: NlpPipeline) -> None:
    text = "She called the plan ''a good start.'' Then she left."
    sents = [s.text.strip() for s in pipeline.doc(text).sents]
    assert sents == ["She called the plan ''a good start.''", "Then she left."]


def _sents(pipeline: NlpPipeline, text: str) -> list[str]:
    return [s.text.strip() for s in pipeline.doc(text).sents if s.text.strip()]


def test_two_apostrophes_opening_a_paragraph_keep_their_first_word(pipeline: NlpPipeline) -> None:
    text = "The envoy left.\n''There is no deal yet,'' said Mr. Haddad, who led the talks."
    assert _sents(pipeline, text) == [
        "The envoy left.",
        "''There is no deal yet,'' said Mr. Haddad, who led the talks.",
    ]


def test_a_name_after_a_title_abbreviation_starts_no_sentence(pipeline: NlpPipeline) -> None:
    text = (
        "The agreement was negotiated by Sens. Ann Lee and Tom Carper in March.\n"
        "By refusing to meet the general, Sec. Blinken sent a message to the junta."
    )
    doc = pipeline.doc(text)
    assert [s.text.strip() for s in doc.sents] == text.split("\n")
    assert "Sens." in [t.text for t in doc]  # one token with its period


def test_a_lowercase_word_after_a_closing_quote_continues_the_sentence(pipeline: NlpPipeline) -> None:
    text = "The minister did not hold back. “This is a disgrace!” he wrote on Twitter."
    assert _sents(pipeline, text) == [
        "The minister did not hold back.",
        "“This is a disgrace!” he wrote on Twitter.",
    ]


def test_a_spaced_ellipsis_before_a_lowercase_word_ends_no_sentence(pipeline: NlpPipeline) -> None:
    text = "It was signed at the border . . . and then the guns fell silent."
    assert _sents(pipeline, text) == [text]


def test_a_bracketed_insertion_stays_in_its_sentence(pipeline: NlpPipeline) -> None:
    text = "“Everyone in this room is responsible for all of them [the refugees] and we know it,” she said."
    assert _sents(pipeline, text) == [text]


def test_a_lowercase_word_after_a_full_stop_may_still_start_a_sentence(pipeline: NlpPipeline) -> None:
    doc = pipeline.doc("She was great. well done.")
    assert not any(t.is_sent_start is False for t in doc if t.text == "well")


def test_a_straight_closing_mark_at_a_paragraph_end_stays_with_its_sentence(pipeline: NlpPipeline) -> None:
    text = '"We are not there yet," said the envoy. "Not even close."\nThe talks resume on Monday.'
    assert _sents(pipeline, text) == [
        '"We are not there yet," said the envoy.',
        '"Not even close."',
        "The talks resume on Monday.",
    ]


def test_a_single_quotation_mark_opening_a_quotation_starts_its_sentence(pipeline: NlpPipeline) -> None:
    text = "'We will not back down,' the prime minister said on Sunday. 'Never.'"
    assert _sents(pipeline, text) == [
        "'We will not back down,' the prime minister said on Sunday.",
        "'Never.'",
    ]


def test_a_dash_after_a_lowercase_word_continues_the_sentence(pipeline: NlpPipeline) -> None:
    text = "Nevada is far from being a solid red state -- Barack Obama carried it twice."
    assert _sents(pipeline, text) == [text]


def test_a_dateline_dash_leaves_the_start_to_the_parser(pipeline: NlpPipeline) -> None:
    marked = mark_starts(
        pipeline.nlp.make_doc("DECATUR, Ill. — Sen. Ted Cruz spoke on Monday."), load_titles()
    )
    assert [t.is_sent_start for t in marked if t.text == "Sen."] == [None]  # neither forced nor denied
