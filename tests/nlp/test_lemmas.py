"""Verb lemmas mended after spaCy's lemmatizer (nlp/lemmas.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.nlp.lemmas import COMPONENT, load_lemma_fixes
from newsledger.nlp.pipeline import NlpPipeline


def _lemmas(pipeline: NlpPipeline, text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in pipeline.doc(text)}


def test_mender_runs_right_after_the_lemmatizer(pipeline: NlpPipeline) -> None:
    names = pipeline.nlp.pipe_names
    assert names.index(COMPONENT) == names.index("lemmatizer") + 1


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The agency rated the new bonds as junk.", "rated", "rate"),
        ("The mayor hoped the bridge would open soon.", "hoped", "hope"),
        ("Regulators fined the airline last week.", "fined", "fine"),
        ("The rebels waged a long war in the hills.", "waged", "wage"),
        ("She is hoping for a quick vote.", "hoping", "hope"),
    ],
)
def test_undoubled_ending_after_a_short_stem_restores_the_e(
    pipeline: NlpPipeline, text: str, form: str, lemma: str
) -> None:
    # "hop" makes "hopped": an undoubled "hoped" can only come from "hope"
    assert _lemmas(pipeline, text)[form] == lemma


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The rabbit hopped over the fence.", "hopped", "hop"),
        ("Police stopped the convoy at the border.", "stopped", "stop"),
        ("The envoy visited the capital twice.", "visited", "visit"),
    ],
)
def test_doubled_and_longer_stems_keep_their_lemma(
    pipeline: NlpPipeline, text: str, form: str, lemma: str
) -> None:
    assert _lemmas(pipeline, text)[form] == lemma


def test_forms_the_rule_cannot_reach_come_from_the_table(pipeline: NlpPipeline) -> None:
    assert load_lemma_fixes()[("lambasted", "VBD")] == "lambaste"
    assert _lemmas(pipeline, "The senator lambasted the budget on Monday.")["lambasted"] == "lambaste"
