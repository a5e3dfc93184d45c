"""A sentence never runs across a paragraph, even after a closing quotation mark."""

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
