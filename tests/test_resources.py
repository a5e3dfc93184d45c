"""Every packaged data table loads and validates; a user's table adds rows; bad rows are named."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from newsledger.clean.patterns import BoilerplateRow, load_patterns
from newsledger.errors import DataFileError
from newsledger.resources import load_table, parse_tsv

DATA = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "data"


def test_resources_every_table_has_header_and_source_comment() -> None:
    tables = sorted(DATA.rglob("*.tsv"))
    assert tables
    for t in tables:
        text = t.read_text(encoding="utf-8")
        assert text.startswith("#"), f"{t} must open with a comment naming source and licence"


def test_resources_clean_patterns_compile() -> None:
    p = load_patterns()
    assert len(p.rules) > 20 and "getty images" in p.agency_words


def test_resources_user_table_adds_rows(tmp_path: Path) -> None:
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "boilerplate.v1.tsv").write_text(
        "reason\tpattern\tmax_words\tend\npodcast\t^listen on our podcast\t0\t0\n"
    )
    ours = load_table("clean/boilerplate.v1.tsv", BoilerplateRow)
    both = load_table("clean/boilerplate.v1.tsv", BoilerplateRow, str(tmp_path))
    assert len(both) == len(ours) + 1 and both[-1].reason == "podcast"


class Pair(BaseModel):
    a: str
    n: int


def test_resources_bad_row_names_file_and_row() -> None:
    with pytest.raises(DataFileError) as exc:
        parse_tsv("# c\na\tn\nx\t1\ny\tnot-a-number\n", "demo.tsv", Pair)
    assert exc.value.source == "demo.tsv row 3"
    assert exc.value.reason == "bad_row"
