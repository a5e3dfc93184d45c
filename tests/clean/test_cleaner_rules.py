"""The rules.v1 cleaner on noisy pages we wrote: what it keeps, removes, and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.clean.rules import RulesCleaner
from newsledger.model import Document, PageMeta, content_id

PAGES = Path(__file__).resolve().parent.parent / "pages"


def clean_page(name: str, meta: PageMeta | None = None):  # type: ignore[no-untyped-def]
    text = (PAGES / name).read_text(encoding="utf-8")
    doc = Document(
        id=content_id(text), source=name, format="text", text=text, encoding="utf-8", meta=meta or PageMeta()
    )
    return RulesCleaner().clean(doc), text.split("\n")


def reasons(result) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {r.line_no: r.reason for r in result.removed}


def test_clean_rejoins_names_split_onto_their_own_lines() -> None:
    result, _ = clean_page("names_split_onto_own_lines.txt")
    (article,) = result.articles
    paragraphs = article.text.split("\n")
    assert any("President Luiz Inácio Lula da Silva would press ahead" in p for p in paragraphs)
    assert any(
        "counterpart Diego Cárdenas, Brazilian Foreign Minister Mauro Vieira told reporters" in p
        for p in paragraphs
    )
    assert any("objections from —and quiet pressure" in p for p in paragraphs)


def test_clean_removes_caption_credit_contact_copyright_promo_and_teasers() -> None:
    result, lines = clean_page("names_split_onto_own_lines.txt")
    got = reasons(result)
    by_text = {lines[n - 1].split()[0]: r for n, r in got.items()}
    assert by_text["Photo:"] == "caption"
    assert got[12] == "credit"
    assert by_text["Write"] == "contact"
    assert by_text["Copyright"] == "copyright"
    assert by_text["Sign"] == "promo"
    assert sorted(r for r in got.values() if r == "teaser") == ["teaser", "teaser"]
    assert "Norway" not in result.articles[0].text


def test_clean_reads_authors_from_contact_line_when_no_byline() -> None:
    result, _ = clean_page("names_split_onto_own_lines.txt")
    assert result.articles[0].authors == ("Helena Maris", "Tomás Ribeiro")


def test_clean_splits_page_holding_two_articles() -> None:
    result, _ = clean_page("two_articles_one_page.txt")
    first, second = result.articles
    assert first.title == "Pacific Ministers Agree to Share Fisheries Data"
    assert second.title == "Rail Strike Ends After Unions Accept Pay Offer"
    assert "Suva" in first.text and "Suva" not in second.text
    assert "Train drivers" in second.text and "Train drivers" not in first.text
    assert first.authors == ("Lena Okafor",) and second.authors == ("Marco Velli", "Priya Raman")
    assert str(first.published) == "2024-03-04" and str(second.published) == "2024-03-05"
    assert first.id != second.id and (first.part, second.part) == (0, 1)


def test_clean_takes_title_date_and_author_from_header_not_caption() -> None:
    result, _ = clean_page("caption_byline_bio_and_most_read.txt")
    (article,) = result.articles
    assert article.title == "Ethiopia and Egypt Resume Talks Over Nile Dam"
    assert str(article.published) == "2024-01-16"  # the byline's date, not the caption's Jan. 10
    assert article.published_from == "byline"
    assert article.authors == ("Samuel Tesfaye",)
    assert article.outlet == "The Example Herald"


def _undated_page(caption: str) -> Document:
    text = (PAGES / "caption_byline_bio_and_most_read.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if not ln.startswith("Updated ")]  # no byline date
    lines = [caption if ln.startswith("A fishing boat") else ln for ln in lines]
    text = "\n".join(lines)
    return Document(id=content_id(text), source="undated.txt", format="text", text=text, encoding="utf-8")


def test_clean_dates_an_undated_page_by_its_photo_caption_as_an_estimate() -> None:
    doc = _undated_page("Divers near the dam on Jan. 9, 2024, and on Jan. 11, 2024. (Jonas Weber/Reuters)")
    (article,) = RulesCleaner().clean(doc).articles
    assert str(article.published) == "2024-01-11"  # the caption's latest date
    assert article.published_from == "caption"


def test_clean_does_not_date_a_page_by_a_file_photo() -> None:
    doc = _undated_page("A file photo of the dam site on March 2, 2019. (Jonas Weber/Reuters)")
    (article,) = RulesCleaner().clean(doc).articles
    assert article.published is None and article.published_from is None


def test_clean_labels_header_and_tail_lines_with_reasons() -> None:
    result, lines = clean_page("caption_byline_bio_and_most_read.txt")
    got = {lines[n - 1][:20]: r for n, r in reasons(result).items()}
    assert got["A fishing boat on th"] == "caption"
    assert "repeated_headline" in got.values()
    assert got["Samuel Tesfaye is a "] == "author_bio"
    assert got["Most Read"] == "related"
    assert got["Storm closes ports a"] in ("teaser", "after_article")
    assert "Sudan, which lies" in result.articles[0].text  # body after a mid-article promo is kept


def test_clean_manifest_metadata_wins_over_page() -> None:
    import datetime as dt

    meta = PageMeta(published=dt.date(2024, 1, 17), title="Given Title", outlet="Given Outlet")
    result, _ = clean_page("caption_byline_bio_and_most_read.txt", meta)
    (article,) = result.articles
    assert (article.title, article.outlet, article.published) == (
        "Given Title",
        "Given Outlet",
        dt.date(2024, 1, 17),
    )
    assert article.published_from == "manifest"


def test_clean_keeps_subheadings_and_removes_pull_quote_and_ads() -> None:
    result, lines = clean_page("subheadings_and_pull_quote.txt")
    (article,) = result.articles
    paragraphs = article.text.split("\n")
    assert "A new industry" in paragraphs
    assert "“The sea will carry our grid.”" not in paragraphs
    got = {lines[n - 1]: r for n, r in reasons(result).items()}
    assert got["“The sea will carry our grid.”"] == "pull_quote"
    assert got["ADVERTISEMENT"] == "advert"
    assert got["Tags"] == "trailing_fragment"
    assert paragraphs[-1] == "The first turbines are due to turn in 2027."
    assert article.authors == ("Ilse Brandt",)


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.txt")))
def test_clean_accounts_for_every_line_once(name: str) -> None:
    result, lines = clean_page(name)
    kept = [n for a in result.articles for n in a.line_nos]
    gone = [r.line_no for r in result.removed]
    nonblank = [n for n, ln in enumerate(lines, start=1) if ln.strip()]
    assert sorted(kept + gone) == nonblank


def test_clean_is_deterministic() -> None:
    first, _ = clean_page("two_articles_one_page.txt")
    second, _ = clean_page("two_articles_one_page.txt")
    assert first == second


def test_name_heavy_lede_after_the_title_is_body_not_header() -> None:
    text = (
        "Leaders Meet in the Capital\n\n"
        "Prime Minister Ana Ruiz met Chancellor Olaf Brandt in Lisbon on Monday, the Portuguese government said.\n\n"
        "The two leaders discussed trade and energy, officials said after the meeting ended.\n"
    )
    doc = Document(id=content_id(text), source="lede.txt", format="text", text=text, encoding="utf-8")
    (article,) = RulesCleaner().clean(doc).articles
    assert article.title == "Leaders Meet in the Capital"
    assert article.text.startswith("Prime Minister Ana Ruiz met")
