"""Deriving trigger rows from a CAMEO-format verb dictionary (small dictionaries written here)."""

from __future__ import annotations

from pathlib import Path

from newsledger.events.derive_cameo import derive, objects

MAPPING = """\
036: AGREE,  , diplomatic # intent to meet
042: CONSULT, visit,   # make a visit
046: CONSULT,   , diplomatic    # negotiate
0871: RETREAT, ceasefire, military # truce
173: COERCE, arrest, legal # arrest
190: ASSAULT, , military # conventional force
"""

DICTIONARY = """\
&WEAPON
+RIFLE
+MISSILE

####### VERB PATTERNS #######

---  SHELL   [190]  ---
SHELL
BOMBARD
- * (FOR PRACTICE)                                    [---]         # SHELL

---  JOURNEY   [042]  ---
JOURNEY
- * (IN ^) (FOR TALKS)                                [046]         # JOURNEY
- * BACK                                              [042]         # JOURNEY

---  SETTLE   [---]  ---
SETTLE {SETTLES SETTLED SETTLING}
- * DOWN &WEAPON                                      [0871]        # SETTLED_DOWN
- * DISPUTE                                           [036]         # SETTLE
- * DISPUTE                                           [173]         # SETTLE
- * ACCOUNTS                                          [010]         # SETTLE

---  HOLD   [---]  ---
HOLD
- * TALKS                                             [046]         # HOLD
"""

HAND = "lemma\tpos\twith\ttype\tmode\tcontext\tscore\nhold\tV\t\tCONSULT\t\tdiplomatic\t\n"
TYPES = "type\tquad\tintent\nASSAULT\t4\tTHREATEN\nCONSULT\t1\tAGREE\nRETREAT\t2\tCONCEDE\n"


def _derive(tmp_path: Path) -> list[tuple[str, str, str, str, str]]:
    (tmp_path / "dict.txt").write_text(DICTIONARY, encoding="latin-1")
    (tmp_path / "map.txt").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "triggers.v1.tsv").write_text(HAND, encoding="utf-8")
    (tmp_path / "types.v1.tsv").write_text(TYPES, encoding="utf-8")
    return derive(tmp_path / "dict.txt", tmp_path / "map.txt", tmp_path / "triggers.v1.tsv")


def test_object_after_an_actor_slot_or_a_particle_is_the_pattern_object() -> None:
    assert objects("* (IN ^) (FOR SUMMIT)", {}) == ["summit"]
    assert objects("* DOWN &WEAPON", {"WEAPON": ["rifle"]}) == ["rifle"]
    assert objects("* {HUMANITARIAN AID}", {}) == ["aid"]


def test_conflict_head_verb_gets_a_bare_row_cooperation_verb_does_not(tmp_path: Path) -> None:
    rows = _derive(tmp_path)
    assert ("shell", "", "ASSAULT", "", "") in rows
    assert not any(r[0] == "bombard" and r[1] == "" for r in rows)  # a synonym, no own code
    assert not any(r[0] == "journey" and r[1] == "" for r in rows)  # CONSULT: objects only
    assert ("journey", "talks", "CONSULT", "", "diplomatic") in rows
    assert ("journey", "talk", "CONSULT", "", "diplomatic") in rows


def test_ambiguous_objects_statements_and_hand_verbs_give_no_rows(tmp_path: Path) -> None:
    rows = _derive(tmp_path)
    assert not any(r[0] == "settle" and r[1] == "dispute" for r in rows)  # AGREE or COERCE
    assert not any(r[1] == "accounts" for r in rows)  # 010: a statement, unmapped
    assert not any(r[0] == "hold" for r in rows)  # the hand table has the verb
    assert ("settle", "missile", "RETREAT", "ceasefire", "") in rows  # 'SETTLED_DOWN' is settle
