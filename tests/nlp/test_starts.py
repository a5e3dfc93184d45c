"""Sentence starts the parser keeps: one at each paragraph, one at a quotation opened by ''."""

from __future__ import annotations

from newsledger.nlp.pipeline import NlpPipeline


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
