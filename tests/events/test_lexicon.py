"""The event coder's data tables are consistent with one another and with PLOVER."""

from __future__ import annotations

from newsledger.events.lexicon import EventLexicon

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_types_table_holds_the_sixteen_plover_categories() -> None:
    lex = EventLexicon.load()
    assert set(lex.types) == PLOVER
    assert all(t.intent in PLOVER for t in lex.types.values())


def test_every_trigger_names_a_plover_type_and_a_scored_mode() -> None:
    lex = EventLexicon.load()
    for rows in lex.triggers.values():
        for row in rows:
            assert row.type in PLOVER, row
            assert row.mode is None or (row.type, row.mode) in lex.scores, row


def test_rows_that_need_a_dependent_are_tried_first() -> None:
    rows = EventLexicon.load().triggers["meet", "V"]  # "meet demands" before "meet"
    assert rows[0].with_ and not rows[-1].with_


def test_user_rows_are_added_from_rules_dir(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "events"
    folder.mkdir()
    (folder / "triggers.v1.tsv").write_text("lemma\tpos\ttype\nparley\tV\tCONSULT\n", encoding="utf-8")
    lex = EventLexicon.load(str(tmp_path))
    assert lex.triggers["parley", "V"][0].type == "CONSULT"


CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "drugs", "trafficking",
}  # fmt: skip


def test_contexts_are_plover_contexts() -> None:
    lex = EventLexicon.load()
    used = {r.context for rows in lex.triggers.values() for r in rows if r.context}
    used |= set(lex.cues["context"].values())
    assert used <= CONTEXTS, used - CONTEXTS


def test_derived_cameo_rows_add_verbs_the_hand_table_lacks() -> None:
    lex = EventLexicon.load()
    (row,) = [r for r in lex.triggers["besiege", "V"] if not r.with_]
    assert row.type == "COERCE"


def test_hand_rows_win_over_derived_rows_for_the_same_lemma() -> None:
    rows = EventLexicon.load().triggers["sign", "V"]
    assert {r.type for r in rows if not r.with_} == {"SUPPORT"}


def test_modality_verbs_get_no_derived_trigger_rows() -> None:
    lex = EventLexicon.load()
    assert ("want", "V") not in lex.triggers and ("fail", "V") not in lex.triggers
