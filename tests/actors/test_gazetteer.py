"""The packaged actor gazetteer loads, and its lookups answer the questions resolution asks."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.actors.gazetteer import Gazetteer, load_tables, normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _holder(gaz: Gazetteer, role: str, country: str, on: str) -> str | None:
    found = gaz.holder(role, country, dt.date.fromisoformat(on))
    return found.name if found else None


def test_gazetteer_every_table_loads_with_rows_when_packaged() -> None:
    tables = load_tables()
    assert len(tables.countries) >= 249
    assert len(tables.organisations) >= 150
    assert len(tables.people) >= 500
    assert len(tables.roles) >= 700
    assert tables.metonyms and tables.role_kinds and tables.titles


def test_gazetteer_country_returns_state_when_given_alpha3_or_alpha2(gaz: Gazetteer) -> None:
    china = gaz.country("CHN")
    assert china is not None and china.name == "China" and china.kind == "state"
    assert gaz.country("cn") == china
    assert gaz.country("NATO") is None


def test_gazetteer_metonym_names_government_when_seat_or_capital(gaz: Gazetteer) -> None:
    assert gaz.metonym("the Kremlin") == "RUS"
    assert gaz.metonym("Kremlin") == "RUS"
    assert gaz.metonym("Beijing") == "CHN"
    assert gaz.metonym("the White House") == "USA"
    assert gaz.metonym("Kyiv") == gaz.metonym("Kiev") == "UKR"
    assert gaz.metonym("Downing Street") == "GBR"
    assert gaz.metonym("the Elysee") == gaz.metonym("the Élysée") == "FRA"
    assert gaz.metonym("Brussels") == "EU"
    assert gaz.metonym("Springfield") is None


def test_gazetteer_demonym_names_country_when_adjective_or_plural(gaz: Gazetteer) -> None:
    assert gaz.demonym("Chinese") == "CHN"
    assert gaz.demonym("Russian") == gaz.demonym("Russians") == "RUS"
    assert gaz.demonym("British") == "GBR"
    assert gaz.demonym("Ukrainian") == "UKR"
    assert gaz.demonym("American") == gaz.demonym("U.S.") == gaz.demonym("US") == "USA"
    assert gaz.demonym("North Korean") == "PRK"


def test_gazetteer_by_alias_treats_dotted_and_plain_acronyms_alike(gaz: Gazetteer) -> None:
    assert [a.id for a in gaz.by_alias("U.S.")] == [a.id for a in gaz.by_alias("US")] == ["USA"]
    assert [a.id for a in gaz.by_alias("the United States")] == ["USA"]


def test_gazetteer_by_alias_ignores_common_words_when_lowercase(gaz: Gazetteer) -> None:
    assert gaz.by_alias("us") == []
    assert gaz.by_alias("who") == []
    assert gaz.demonym("us") is None
    assert [a.id for a in gaz.by_alias("WHO")] == ["WHO"]


def test_gazetteer_by_alias_accepts_titlecase_acronym_when_four_letters(gaz: Gazetteer) -> None:
    assert [a.id for a in gaz.by_alias("Nato")] == ["NATO"]
    assert [a.id for a in gaz.by_alias("NATO")] == ["NATO"]


def test_gazetteer_by_alias_ignores_case_diacritics_and_punctuation(gaz: Gazetteer) -> None:
    ids = {a.id for a in gaz.by_alias("al Qaeda")}
    assert ids == {a.id for a in gaz.by_alias("Al-Qaeda")} == {"AQ"}
    assert [a.id for a in gaz.by_alias("Erdogan")] == [a.id for a in gaz.by_alias("Erdoğan")]
    assert [a.id for a in gaz.by_alias("China's")] == ["CHN"]


def test_gazetteer_by_alias_finds_person_when_honorific_or_surname(gaz: Gazetteer) -> None:
    assert [a.id for a in gaz.by_alias("Mr. Xi")] == ["xi-jinping"]
    assert [a.id for a in gaz.by_alias("Xi Jinping")] == ["xi-jinping"]
    xi = gaz.by_alias("Xi")[0]
    assert xi.kind == "person" and xi.country == "CHN"
    assert gaz.gender("xi-jinping") == "m"


def test_gazetteer_by_alias_filters_by_gender_when_honorific_says(gaz: Gazetteer) -> None:
    assert [a.id for a in gaz.by_alias("Mrs. Clinton")] == ["hillary-clinton"]
    assert [a.id for a in gaz.by_alias("Mr. Clinton")] == ["bill-clinton"]


def test_gazetteer_by_alias_finds_organisations_and_groups(gaz: Gazetteer) -> None:
    (nato,) = gaz.by_alias("North Atlantic Treaty Organization")
    assert nato.kind == "organisation" and nato.country == "NATO"
    (hamas,) = gaz.by_alias("Hamas")
    assert hamas.kind == "group" and hamas.country == "PSE"
    (mfa,) = gaz.by_alias("China's Foreign Ministry")
    assert mfa.country == "CHN"
    assert [a.id for a in gaz.by_alias("the Pentagon")] == ["USA_DOD"]
    assert [a.id for a in gaz.by_alias("Xinhua")] == ["XINHUA"]


def test_ngos_keep_their_own_code_like_igos(gaz: Gazetteer) -> None:
    (hrw,) = gaz.by_alias("Human Rights Watch")
    assert hrw.kind == "organisation" and hrw.country == "HRW"
    assert gaz.org_kind("HRW") == "ngo"
    # a former name is the same body: the European Community is the EU's forerunner
    assert [a.id for a in gaz.by_alias("European Community")] == ["EU"]


@pytest.mark.parametrize(
    ("role", "country", "on", "name"),
    [
        ("top_diplomat", "CHN", "2022-06-01", "Yang Jiechi"),
        ("top_diplomat", "CHN", "2023-02-21", "Wang Yi"),
        ("foreign_minister", "CHN", "2023-02-21", "Qin Gang"),
        ("foreign_minister", "CHN", "2023-07-25", "Wang Yi"),
        ("head_of_state", "USA", "2022-06-15", "Joe Biden"),
        ("head_of_state", "USA", "2025-06-15", "Donald Trump"),
        ("head_of_state", "RUS", "2010-01-01", "Dmitry Medvedev"),
        ("head_of_government", "RUS", "2010-01-01", "Vladimir Putin"),
        ("head_of_government", "GBR", "2022-10-01", "Liz Truss"),
        ("defence_minister", "DEU", "2024-01-01", "Boris Pistorius"),
        ("org_head", "UN", "2016-12-31", "Ban Ki-moon"),
        ("org_head", "UN", "2017-01-01", "António Guterres"),
        ("org_head", "NATO", "2020-01-01", "Jens Stoltenberg"),
        ("top_diplomat", "EU", "2023-01-01", "Josep Borrell"),
    ],
)
def test_gazetteer_holder_names_person_when_role_held_on_date(
    gaz: Gazetteer, role: str, country: str, on: str, name: str
) -> None:
    assert _holder(gaz, role, country, on) == name


def test_gazetteer_holder_falls_back_when_country_has_no_such_role(gaz: Gazetteer) -> None:
    assert _holder(gaz, "top_diplomat", "USA", "2015-01-01") == "John Kerry"
    assert _holder(gaz, "head_of_government", "USA", "2015-01-01") == "Barack Obama"


def test_gazetteer_holder_follows_leader_role_when_no_leader_tenure(gaz: Gazetteer) -> None:
    assert _holder(gaz, "leader", "GBR", "2020-01-01") == "Boris Johnson"
    assert _holder(gaz, "leader", "DEU", "2020-01-01") == "Angela Merkel"
    assert _holder(gaz, "leader", "CHN", "2012-12-01") == "Xi Jinping"
    assert _holder(gaz, "leader", "TUR", "2010-01-01") == "Recep Tayyip Erdoğan"
    assert _holder(gaz, "leader", "IRN", "2020-01-01") == "Ali Khamenei"


def test_gazetteer_holder_returns_none_when_date_before_records(gaz: Gazetteer) -> None:
    assert gaz.holder("foreign_minister", "CHN", dt.date(1950, 1, 1)) is None
    assert gaz.holder("head_of_state", "XXX", dt.date(2020, 1, 1)) is None


def test_gazetteer_person_carries_roles_when_built(gaz: Gazetteer) -> None:
    wang = gaz.actor("wang-yi")
    assert wang is not None and wang.kind == "person"
    titles = [r.title for r in wang.roles]
    assert "Foreign Minister" in titles
    assert wang.roles == tuple(sorted(wang.roles, key=lambda r: r.start or dt.date.min))


def test_gazetteer_title_role_prefers_country_row_when_present(gaz: Gazetteer) -> None:
    assert gaz.title_role("Secretary of State", "USA") == "foreign_minister"
    assert gaz.title_role("premier") == "head_of_government"
    assert gaz.title_role("president") == "head_of_state"
    assert gaz.title_role("president", "IRN") == "head_of_government"
    assert gaz.title_role("top diplomat", "CHN") == "top_diplomat"


def test_gazetteer_refuses_changes_when_built(gaz: Gazetteer) -> None:
    with pytest.raises(AttributeError):
        gaz.tables = load_tables()


def test_gazetteer_normalize_drops_the_and_possessive() -> None:
    assert normalize("the Kremlin") == "kremlin"
    assert normalize("U.S.") == normalize("US") == "us"
    assert normalize("China’s") == "china"
    assert normalize("Élysée") == "elysee"


def test_repair_mojibake_undoes_latin1_reading_once_or_twice() -> None:
    from newsledger.actors.gazetteer import repair_mojibake

    once = "Peña".encode().decode("latin-1")
    twice = once.encode().decode("latin-1")
    assert repair_mojibake(once) == "Peña"
    assert repair_mojibake(twice) == "Peña"
    assert repair_mojibake("Ãlvaro") == "Ãlvaro"  # does not decode: left alone
    assert repair_mojibake("plain") == "plain"


def test_gazetteer_holders_by_date_for_added_countries_and_nominees(gaz: Gazetteer) -> None:
    def who(role: str, country: str, on: str) -> str | None:
        found = gaz.holder(role, country, dt.date.fromisoformat(on))
        return found.id if found is not None else None

    assert who("leader", "VNM", "2015-01-01") == "nguyen-phu-trong"  # the party chief, not the president
    assert who("head_of_government", "ESP", "2015-01-01") == "mariano-rajoy"
    assert who("head_of_government", "ESP", "2019-01-01") == "pedro-sanchez"
    assert who("head_of_government", "NLD", "2015-01-01") == "mark-rutte"
    assert who("republican_nominee", "USA", "2016-09-20") == "donald-trump"
    assert who("democratic_nominee", "USA", "2024-09-01") == "kamala-harris"
    assert who("democratic_nominee", "USA", "2015-03-01") is None  # before any campaign launch
    assert who("democratic_nominee", "USA", "2015-12-22") == "hillary-clinton"  # the front-runner
    assert who("republican_nominee", "USA", "2016-02-08") == "donald-trump"  # leading the polls


def test_people_table_knows_heads_of_government_beyond_the_big_powers(gaz: Gazetteer) -> None:
    # a leader named with no title is placed only if the table knows them
    assert [(a.kind, a.country) for a in gaz.by_alias("William Ruto")] == [("person", "KEN")]
    assert [a.country for a in gaz.by_alias("Assimi Goita")] == ["MLI"]  # spelled without the diaeresis
