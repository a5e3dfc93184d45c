"""Authors, dates and outlets read from bylines, contact lines and bios."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.clean.dates import date_from_url, find_dates
from newsledger.clean.metadata import (
    author_from_bio,
    authors_from_byline,
    authors_from_contact,
    is_byline,
    outlet_from,
)
from newsledger.clean.patterns import load_patterns

P = load_patterns()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ruth Adeyemi and Carlos M. Duarte", ["Ruth Adeyemi", "Carlos M. Duarte"]),
        ("By Ruth Adeyemi, Staff Writer", ["Ruth Adeyemi"]),
        ("Source: : 2021-03-02 10:11:12 : Peter Lindqvist", ["Peter Lindqvist"]),
        ("By Ruth Adeyemi | Reuters", ["Ruth Adeyemi"]),
        ("Updated June 15, 2022 4:18 pm ET", []),
        ("By Associated Press", []),
    ],
)
def test_byline_yields_names_only(line: str, names: list[str]) -> None:
    assert authors_from_byline(line, P) == names


def test_contact_line_yields_each_name() -> None:
    line = "Write to Ana Pires at ana@example.org, Li Wei at li@example.org and Jo Kim at jo@example.org"
    assert authors_from_contact(line) == ["Ana Pires", "Li Wei", "Jo Kim"]


def test_bio_yields_author_name() -> None:
    assert author_from_bio("Dana Whitfield is a senior correspondent covering energy.", P) == "Dana Whitfield"
    assert author_from_bio("The minister is a former correspondent.", P) is None
    assert author_from_bio("Omar Haddad covers energy markets for The Gulf Ledger.", P) == "Omar Haddad"
    assert author_from_bio("Omar Haddad covers energy markets.", P) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Updated June 15, 2022 4:18 pm ET", dt.date(2022, 6, 15)),
        ("Feb. 25, 2022", dt.date(2022, 2, 25)),
        ("2024-11-06", dt.date(2024, 11, 6)),
        ("Published 3 March 2021", dt.date(2021, 3, 3)),
        ("Sept. 9, 2019", dt.date(2019, 9, 9)),
    ],
)
def test_dates_read_from_datelines(text: str, day: dt.date) -> None:
    assert find_dates(text)[0][2] == day


def test_dates_ignore_impossible_day() -> None:
    assert find_dates("February 30, 2022") == []


def test_url_date_read_from_path() -> None:
    assert date_from_url("https://example.org/world/2023/02/21/some-story") == dt.date(2023, 2, 21)
    assert date_from_url("https://example.org/world/some-story") is None


def test_is_byline_tells_bylines_from_text() -> None:
    assert is_byline("By Ruth Adeyemi", P)
    assert is_byline("March 4, 2024", P)
    assert not is_byline("The minister said the talks would resume in March.", P)


def test_outlet_from_email_domain_and_bio() -> None:
    assert outlet_from(None, ["Write to A B at a.b@wsj.com"], P) == "The Wall Street Journal"
    assert outlet_from("https://www.nytimes.com/2020/01/01/x.html", [], P) == "The New York Times"
    assert outlet_from(None, ["Jo Kim is a reporter for The Harbour Gazette."], P) == "The Harbour Gazette"
