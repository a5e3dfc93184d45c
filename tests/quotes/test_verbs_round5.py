"""Verb frames of reported speech of round 5 (issue 6): clauses the small parser hangs in the
wrong place around a cue verb. Sentences written here."""

from __future__ import annotations

from tests.quotes.conftest import speaker_text


def _reported(quotes, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.cue, q.text) for q in quotes(text) if q.kind == "indirect"]


def test_clause_after_a_time_phrase_is_what_was_said(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Jones said after the debate he would not accept the union's endorsement if it were offered."
    assert _reported(quotes, text) == [
        ("said", "he would not accept the union's endorsement if it were offered")
    ]


def test_relative_clause_after_a_time_phrase_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor spoke after the storm that flooded the valley."
    assert all(q.cue != "spoke" for q in quotes(text))


def test_that_clause_hung_on_the_hearer_is_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Denver last week, he told a meeting of county leaders that few people understood "
        "the stakes better than ranchers."
    )
    assert _reported(quotes, text) == [("told", "that few people understood the stakes better than ranchers")]


def test_noun_with_that_clause_stays_the_object(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The senator rejected the idea that the bill would raise taxes."
    assert _reported(quotes, text) == [("rejected", "the idea that the bill would raise taxes")]


def test_cue_read_as_a_clause_on_its_subject_is_the_main_verb(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Doe, who served as the governor's top aide during the 2010 race, "
        'called the mayor\'s remarks on Monday "shameful."'
    )
    called = [q for q in quotes(text) if q.cue == "called"]
    assert [q.text for q in called] == ['the mayor\'s remarks on Monday "shameful."']
    assert speaker_text(text, called[0]) is not None
    assert "Jane Doe" in (speaker_text(text, called[0]) or "")


def test_naming_participle_in_a_sentence_with_a_verb_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The city opened a shelter called Safe Harbor last year."
    assert [q for q in quotes(text) if q.cue == "called"] == []


def test_aside_content_stops_at_the_paragraph_end(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Otherwise, she said, towns may simply poach jobs from one another.\n\n"
        "''There is a risk that the region loses out,'' she added."
    )
    said = [q.text for q in quotes(text) if q.cue == "said"]
    assert "towns may simply poach jobs from one another" in said
    assert all("region" not in t for t in said)


def test_aside_followed_by_adding_is_no_split_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor will visit Denver this month, his aide said, adding that a rally is planned."
    said = [q.text for q in quotes(text) if q.cue == "said"]
    assert said == ["The mayor will visit Denver this month"]


def _hand_parsed(pipeline, rows: list[tuple[str, str, str, str, int]]):  # type: ignore[no-untyped-def]
    """A doc with the parse given (word, tag, pos, dep, head): the parser's mistakes, pinned."""
    from spacy.tokens import Doc

    vocab = pipeline.doc("x").vocab
    words = [r[0] for r in rows]
    return Doc(
        vocab,
        words=words,
        spaces=[not (i + 1 < len(rows) and rows[i + 1][0] in ",.") for i in range(len(rows))],
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[{"called": "call", "said": "say", "asked": "ask"}.get(w.lower(), w.lower()) for w in words],
    )


def test_cue_hung_past_a_relative_clause_finds_the_subject_before_it(pipeline, extractor) -> None:  # type: ignore[no-untyped-def]
    # "Ann Cole, who worked during the audit, called the rules reckless." with "called" read as
    # a clause on "audit" and no verb at the root
    rows = [
        ("Ann", "NNP", "PROPN", "compound", 1),
        ("Cole", "NNP", "PROPN", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("who", "WP", "PRON", "nsubj", 4),
        ("worked", "VBD", "VERB", "relcl", 1),
        ("during", "IN", "ADP", "prep", 4),
        ("the", "DT", "DET", "det", 7),
        ("audit", "NN", "NOUN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 7),
        ("called", "VBN", "VERB", "acl", 7),
        ("the", "DT", "DET", "det", 11),
        ("rules", "NNS", "NOUN", "dobj", 9),
        ("reckless", "JJ", "ADJ", "oprd", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = _hand_parsed(pipeline, rows)
    top = extractor._nominal_main(doc[9])
    assert top is not None and top.text == "Cole"


def test_naming_participle_under_a_verb_root_is_not_the_main_verb(pipeline, extractor) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc("The city opened a shelter called Safe Harbor last year.")
    called = next(t for t in doc if t.text == "called")
    assert extractor._nominal_main(called) is None


def test_clause_before_a_dash_is_not_what_a_naming_cue_says(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'For that she earned the mayor\'s scorn - he called her "weak" and said she had "no plan" for the city.'
    called = [q.text for q in quotes(text) if q.cue == "called"]
    assert called == ['her "weak"']


def test_naming_cue_with_two_predicates_and_no_object_takes_both(pipeline, extractor) -> None:  # type: ignore[no-untyped-def]
    # "Jones called both Smith and Hale unfit." with the parser's two predicates and no object
    rows = [
        ("Jones", "NNP", "PROPN", "nsubj", 1),
        ("called", "VBD", "VERB", "ROOT", 1),
        ("both", "CC", "CCONJ", "dep", 1),
        ("Smith", "NNP", "PROPN", "nmod", 5),
        ("and", "CC", "CCONJ", "cc", 3),
        ("Hale", "NNP", "PROPN", "oprd", 1),
        ("unfit", "JJ", "ADJ", "oprd", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = _hand_parsed(pipeline, rows)
    frame = extractor._content_of(doc, doc[1], extractor.cues["call"])
    assert frame is not None and doc[frame[0] : frame[1]].text == "both Smith and Hale unfit"


def test_naming_participle_with_one_predicate_has_no_content(pipeline, extractor) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc("They hired a firm called Blue Ridge Data in May.")
    called = next(t for t in doc if t.text == "called")
    assert extractor._content_of(doc, called, extractor.cues["call"]) is None


def test_topic_hung_on_the_hearer_is_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Earlier this year, Klein, author of a book on the mayor, spoke with a local paper about Smith."
    spoke = [q for q in quotes(text) if q.cue is not None and q.cue.startswith("spoke")]
    assert [q.text for q in spoke] == ["Smith"]
    assert "a local paper" in spoke[0].source_chain  # the hearer, without the topic
    assert all("Smith" not in s for s in spoke[0].source_chain)


def test_in_favor_of_gives_what_is_favoured(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "But on Thursday night he spoke out in favor of the nominee."
    assert [q.text for q in quotes(text) if q.cue is not None and q.cue.startswith("spoke")] == [
        "the nominee"
    ]


def test_hearer_with_a_noun_modifier_is_no_topic(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The senator added to her lead over the mayor after wins in two states."
    assert [q for q in quotes(text) if q.cue is not None and q.cue.startswith("added")] == []


def test_headline_bare_verb_after_says_is_what_is_urged(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Jones says cut taxes, state debt to spur growth."
    assert _reported(quotes, text) == [("says", "cut taxes, state debt to spur growth")]


def test_content_before_a_late_cue_stays_in_its_paragraph(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The storm was over by noon;\nThe town will need a year to rebuild, the mayor says."
    says = [q.text for q in quotes(text) if q.cue == "says"]
    assert says == ["The town will need a year to rebuild"]


def test_relative_word_is_what_the_cue_in_its_clause_reports(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The plan would need ground troops in the region, which no candidate but the senator has championed."
    )
    championed = [q for q in quotes(text) if q.cue is not None and q.cue.endswith("championed")]
    assert [q.text for q in championed] == ["which"]


def test_that_relative_clause_keeps_no_relative_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor defended a budget that the council has championed for years."
    assert all(q.text != "that" for q in quotes(text))


def test_late_cue_does_not_take_the_next_paragraph_as_its_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In all, though, the judges are doing what they can to find common ground, Professor Lee said.\n\n"
        "''Without Smith, it's still the old court, but Hale had a very good term,'' she said."
    )
    first = [q.text for q in quotes(text) if q.cue == "said" and q.start < text.index("\n")]
    assert first == ["In all, though, the judges are doing what they can to find common ground"]


def test_clause_read_as_relative_after_a_time_phrase_is_the_report(pipeline, extractor) -> None:  # type: ignore[no-untyped-def]
    # "She said before attending the forum that the network asked her to pose a question." with
    # the parser's relative clause on "forum" and "that" as the object of "pose"
    rows = [
        ("She", "PRP", "PRON", "nsubj", 1),
        ("said", "VBD", "VERB", "ROOT", 1),
        ("before", "IN", "ADP", "prep", 1),
        ("attending", "VBG", "VERB", "pcomp", 2),
        ("the", "DT", "DET", "det", 5),
        ("forum", "NN", "NOUN", "dobj", 3),
        ("that", "WDT", "PRON", "dobj", 12),
        ("the", "DT", "DET", "det", 8),
        ("network", "NN", "NOUN", "nsubj", 9),
        ("asked", "VBD", "VERB", "relcl", 5),
        ("her", "PRP", "PRON", "dobj", 9),
        ("to", "TO", "PART", "aux", 12),
        ("pose", "VB", "VERB", "xcomp", 9),
        ("a", "DT", "DET", "det", 14),
        ("question", "NN", "NOUN", "dobj", 12),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = _hand_parsed(pipeline, rows)
    frame = extractor._content_of(doc, doc[1], extractor.cues["say"])
    assert frame is not None
    assert doc[frame[0] : frame[1]].text == "that the network asked her to pose a question"


def test_relative_clause_on_an_object_of_praise_stays_relative(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "He praised the team for doing work that nobody had done before."
    assert all(not q.text.startswith("that") for q in quotes(text))


def test_aside_with_a_hearer_splits_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The plan, the mayor told reporters, would cost too much."
    told = [q.text for q in quotes(text) if q.cue == "told"]
    assert told == ["The plan", "would cost too much"]
