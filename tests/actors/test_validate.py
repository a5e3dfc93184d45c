"""The actor gazetteer validator passes our tables and names each kind of bad row."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.actors.gazetteer import load_tables
from newsledger.actors.validate import main, validate

ROLES_HEADER = "person\trole\ttitle\tcountry\tstart\tend\tnote\n"


def _user_table(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / "actors").mkdir(exist_ok=True)
    (tmp_path / "actors" / name).write_text(text, encoding="utf-8")
    return str(tmp_path)


def test_validate_finds_no_problem_when_packaged_tables() -> None:
    assert validate(load_tables()) == []


def test_validate_module_exits_zero_when_packaged_tables() -> None:
    run = subprocess.run([sys.executable, "-m", "newsledger.actors.validate"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""


def test_validate_reports_overlap_when_two_hold_single_role(tmp_path: Path) -> None:
    rules = _user_table(
        tmp_path,
        "roles.v1.tsv",
        ROLES_HEADER + "wang-yi\ttop_diplomat\tState Councilor\tCHN\t2022-01-01\t2022-12-01\t\n",
    )
    problems = validate(load_tables(rules))
    assert len(problems) == 1
    assert "top_diplomat of CHN held by yang-jiechi" in problems[0]
    assert "wang-yi (2022-01-01 to 2022-12-01) at once" in problems[0]


def test_validate_reports_unknown_codes_and_reversed_dates_when_bad_row(tmp_path: Path) -> None:
    rules = _user_table(
        tmp_path,
        "roles.v1.tsv",
        ROLES_HEADER + "nobody\tfirst_mate\tMate\tXYZ\t2020-05-01\t2020-01-01\t\n",
    )
    problems = validate(load_tables(rules))
    where = "actors/roles.v1.tsv nobody first_mate XYZ 2020-05-01"
    assert problems == [
        f"{where}: unknown person 'nobody'",
        f"{where}: unknown role 'first_mate'",
        f"{where}: unknown country 'XYZ'",
        f"{where}: ends (2020-01-01) before it starts",
    ]


def test_validate_reports_duplicate_id_and_empty_alias_when_bad_person(tmp_path: Path) -> None:
    rules = _user_table(
        tmp_path,
        "people.v1.tsv",
        "id\tname\taliases\tcountry\tgender\nxi-jinping\tXi Jinping\t...\tCHN\tm\n",
    )
    problems = validate(load_tables(rules))
    assert "actors/people.v1.tsv: id 'xi-jinping' appears more than once" in problems
    assert "actors/people.v1.tsv xi-jinping: empty name or alias '...'" in problems


def test_validate_reports_ambiguous_metonym_when_two_countries(tmp_path: Path) -> None:
    rules = _user_table(tmp_path, "metonyms.v1.tsv", "name\tcountry\tkind\nKremlin\tUSA\tseat\n")
    assert validate(load_tables(rules)) == ["actors/metonyms.v1.tsv 'Kremlin': names USA and RUS"]


def test_validate_main_prints_problems_and_fails_when_bad_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = _user_table(tmp_path, "metonyms.v1.tsv", "name\tcountry\tkind\nAtlantis\tATL\tseat\n")
    assert main(["--rules", rules]) == 1
    out = capsys.readouterr()
    assert out.out == "actors/metonyms.v1.tsv 'Atlantis': unknown country 'ATL'\n"
    assert "1 problem(s)" in out.err


def test_validate_main_reports_row_that_does_not_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = _user_table(
        tmp_path, "roles.v1.tsv", ROLES_HEADER + "xi-jinping\tleader\tLeader\tCHN\tsoon\t\t\n"
    )
    assert main(["--rules", rules]) == 1
    assert "roles.v1.tsv row 2: start:" in capsys.readouterr().out
