"""Read article metadata from page lines: author names, bylines, outlet."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsledger.clean.dates import DATE_ANY
from newsledger.clean.lines import NAME_PARTICLES, NAME_SUFFIXES, is_name_like
from newsledger.clean.patterns import OutletRow, Patterns

_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?", re.I)
_SEP = re.compile(r"\s*(?:,|\band\b|&|\||:|•|·|\u2014|\u2013|\s-\s|/|;)\s*")
_BY = re.compile(r"^\s*(?:written\s+)?by\s+", re.I)
_CONTACT_NAME = re.compile(
    r"([A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]*\.?|de|van|von|bin|al|da|di|du|le|la))*\s+[A-Z][\w'’\-]+)\s+at\s+\S+@\S+"
)
_BIO = re.compile(
    r"^([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]*){1,3})\s+(?:is|was|has been)\s+(?:an?|the)\s+.{0,120}?"
    r"\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|analyst|bureau chief)\b",
)
_FOR_OUTLET = re.compile(r"\b(?:for|at|with)\s+((?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4})")
_EMAIL_DOMAIN = re.compile(r"@([\w.\-]+\.[a-z]{2,})", re.I)


def clean_name(text: str) -> str:
    """Tidy a name: collapse spaces and drop trailing punctuation."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:|-–—")
    if text.endswith(".") and text.split() and len(text.split()[-1]) > 3:
        text = text[:-1]
    return text


def leading_name(part: str, patterns: Patterns) -> str | None:
    """Return the person's name a byline part starts with (dropping job titles after it)."""
    tokens = part.strip().split()
    name: list[str] = []
    for tok in tokens:
        low = tok.lower().rstrip(",.")
        if low in patterns.byline_words or low in patterns.title_words:
            if name:
                break
            continue
        if tok[0].isupper() or low in NAME_PARTICLES or low in NAME_SUFFIXES:
            name.append(tok)
            if len(name) > 4:
                return None
        else:
            break
    text = clean_name(" ".join(name))
    if len(text.split()) < 2 or not is_name_like(text):
        return None
    if any(w.lower().rstrip(".,") in patterns.byline_words for w in text.split()):
        return None
    if text.lower() in patterns.agency_words:
        return None
    return text


def authors_from_byline(text: str, patterns: Patterns) -> list[str]:
    """Return the author names in a byline or dateline (``By A and B``, ``Source: date : A``)."""
    text = DATE_ANY.sub(" ", text[:400])
    text = _TIME.sub(" ", text)
    text = _BY.sub("", text)
    names: list[str] = []
    for part in _SEP.split(text):
        part = _BY.sub("", part)
        if not part.strip():
            continue
        name = leading_name(part, patterns)
        if name and name not in names:
            names.append(name)
    return names


def is_byline(text: str, patterns: Patterns) -> bool:
    """Whether a short header line is a byline or dateline rather than text."""
    words = text.split()
    if not words or len(words) > 25:
        return False
    if _BY.match(text) and authors_from_byline(text, patterns):
        return True
    if DATE_ANY.search(text[:400]) and len(words) <= 16:
        return True
    first = words[0].lower().rstrip(":")
    if first in {"source", "updated", "published", "posted"} and len(words) <= 16:
        return True
    parts = [p for p in _SEP.split(text) if p.strip()]
    return bool(parts) and all(is_name_like(p) and leading_name(p, patterns) for p in parts)


def authors_from_contact(text: str) -> list[str]:
    """Return names in a contact line (``Write to A at a@x.com and B at b@x.com``)."""
    return [clean_name(m.group(1)) for m in _CONTACT_NAME.finditer(text[:1000])]


_BIO_COVERS = re.compile(
    r"^([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]*){1,3})\s+(?:covers|writes about|reports on|has covered)\s+"
    r"[^.]{0,120}\b(?:for|at)\s+(?:The\s+)?[A-Z]"
)


def author_from_bio(text: str, patterns: Patterns) -> str | None:
    """Return the name an author bio starts with (``A B is a correspondent for ...``)."""
    head = text[:400]
    m = _BIO.match(head) or (_BIO_COVERS.match(head) if len(text.split()) <= 45 else None)
    if not m:
        return None
    return leading_name(m.group(1), patterns)


def _domain_outlet(domain: str, outlets: tuple[OutletRow, ...]) -> str | None:
    domain = domain.lower().removeprefix("www.")
    for row in outlets:
        for d in filter(None, row.domains.split("|")):
            if domain == d or domain.endswith("." + d):
                return row.name
    return None


def outlet_from(url: str | None, texts: list[str], patterns: Patterns) -> str | None:
    """Guess the outlet from the page URL, e-mail domains, copyright lines and bios."""
    if url:
        host = urlsplit(url).hostname or ""
        found = _domain_outlet(host, patterns.outlets)
        if found:
            return found
    for text in texts:
        for m in _EMAIL_DOMAIN.finditer(text[:1000]):
            found = _domain_outlet(m.group(1), patterns.outlets)
            if found:
                return found
    for text in texts:
        low = text.lower()
        for row in patterns.outlets:
            names = [row.name, *filter(None, row.aliases.split("|"))]
            for name in names:
                if len(name) > 3 and re.search(rf"\b{re.escape(name.lower())}\b", low):
                    return row.name
        found_for = _FOR_OUTLET.search(text[:600])
        if found_for and found_for.group(1).startswith("The "):
            return clean_name(found_for.group(1))
    return None
