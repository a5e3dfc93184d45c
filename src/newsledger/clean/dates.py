"""Find the publication date in bylines and datelines ("Updated June 15, 2022 4:18 pm ET")."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ISO = re.compile(r"\b((?:19|20)\d\d)[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])\b")
_MDY = re.compile(rf"\b{_MONTH}\s+(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_DMY = re.compile(
    rf"\b(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+((?:19|20)\d\d)\b", re.I
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
DATE_ANY = re.compile(f"{_ISO.pattern}|{_MDY.pattern}|{_DMY.pattern}", re.I)


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Return ``(start, end, date)`` for each full calendar date written in ``text``."""
    text = text[:2000]
    found: list[tuple[int, int, dt.date]] = []
    for m in _ISO.finditer(text):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), m.end(), d))
    for m in _MDY.finditer(text):
        d = _make(
            int(m.group(3)),
            MONTHS[m.group(1)[:3].lower() if m.group(1)[:4].lower() != "sept" else "sep"],
            int(m.group(2)),
        )
        if d:
            found.append((m.start(), m.end(), d))
    for m in _DMY.finditer(text):
        d = _make(int(m.group(3)), MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
        if d:
            found.append((m.start(), m.end(), d))
    return sorted(found)


def date_from_url(url: str | None) -> dt.date | None:
    """Return the date a URL path spells as /YYYY/MM/DD/, if any."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _make(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
