"""Punctuation glued to a word is split off by the tokenizer; the text and offsets stay the same."""

from __future__ import annotations

from newsledger.nlp.pipeline import NlpPipeline


def _tokens(pipeline: NlpPipeline, text: str) -> list[str]:
    doc = pipeline.doc(text)
    assert doc.text == text
    return [t.text for t in doc if not t.is_space]


def test_an_em_dash_before_an_opening_quotation_mark_is_split_from_both(pipeline: NlpPipeline) -> None:
    toks = _tokens(pipeline, "“We will not accept this,” he said—“not now, not ever.”")
    assert toks[-10:-6] == ["said", "—", "“", "not"]


def test_a_closing_quotation_mark_before_an_em_dash_ends_its_word(pipeline: NlpPipeline) -> None:
    toks = _tokens(pipeline, "She called the vote “a disgrace”—and walked out.")
    assert toks[6:10] == ["disgrace", "”", "—", "and"]


def test_an_em_dash_before_a_number_is_split(pipeline: NlpPipeline) -> None:
    assert _tokens(pipeline, "Cruz—35 delegates behind—stayed.")[:3] == ["Cruz", "—", "35"]


def test_a_quotation_mark_glued_after_punctuation_is_split(pipeline: NlpPipeline) -> None:
    toks = _tokens(pipeline, "He said,“We are ready.” “Stop now!”and then he left.")
    assert toks[:4] == ["He", "said", ",", "“"]
    assert toks[-7:-3] == ["!", "”", "and", "then"]


def test_a_full_stop_glued_to_the_next_sentence_after_a_number_or_ellipsis_is_split(
    pipeline: NlpPipeline,
) -> None:
    toks = _tokens(pipeline, "The vote was 52 to 48.The results were mixed….The study is small.")
    assert toks[5:8] == ["48", ".", "The"]
    assert toks[10:14] == ["mixed", "…", ".", "The"]


def test_a_bullet_glued_to_the_first_word_of_a_line_is_split(pipeline: NlpPipeline) -> None:
    toks = _tokens(pipeline, "Polls this week:\n-Donald Lee leads by five points.\n•The envoy left.")
    assert toks[4:7] == ["-", "Donald", "Lee"]
    assert "•" in toks and "The" in toks


def test_a_hyphen_inside_a_line_and_number_shapes_are_kept(pipeline: NlpPipeline) -> None:
    toks = _tokens(
        pipeline, "In Brooklyn -Mrs. Lee said it fell -5 points from 1990–1995, Ph.D. holders too."
    )
    assert "1990–1995" in toks and "-5" in toks and "Ph.D." in toks
    assert "-" not in toks
