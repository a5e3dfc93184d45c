"""Decide whether a span the patterns found is one TimeML marks: not in a name, generic or discourse use.

The TIDES and TimeML guidelines leave out time words that are part of a proper name (a
programme "This Week", a paper "USA Today", a rally "the March for Life", an index "the
Russell 2000 Index"), generic uses that name an age rather than a day ("today's world",
"the leaders of tomorrow"), "now" as a discourse marker opening a sentence ("Now, he says,
..."; "Now for the weather") and compounds of succession ("quarter-to-quarter").
Rates ("$2 million a year") are left out where their value is decided (normalize.py).
"""

from __future__ import annotations

import re

from newsledger.time.patterns import Candidate
from newsledger.time.tables import Lexicon

# An opening quote right before the expression, and a closing one after it (possibly after
# more capitalised words of the title: "This Week With a Host").
_OPEN_QUOTE = re.compile(r"(?:\"|“|``|''|‘)$")
_CLOSE_QUOTE = re.compile(r"(?:\s+[A-Z][\w'’.&-]*){0,6}[.,!?]?(?:\"|”|''|’)")
_WORD = re.compile(r"[A-Za-z][\w'’]*")
# A capitalised word right before (same line): "VOA Today", "USA Today".
_CAP_BEFORE = re.compile(r"(?:^|[^.!?:;\"“`'\s])[ \t]+[A-Z][\w&'’-]*[ \t]+$")
# A month word used as a noun in a name: "the March for Life", "the March of the Mothers".
_NAME_AFTER_MONTH = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")
_TIME_WORD_BEFORE = re.compile(
    r"(?:in|since|until|till|by|from|through|during|before|after|of|to|and|or|between|"
    r"early|late|mid|last|next|this|on)[\s-]+$",
    re.IGNORECASE,
)
# "today's world", "tomorrow's children": the words after the possessive.
_AFTER_POSSESSIVE = re.compile(r"['’]s\s+([a-z-]+)(?:\s+([a-z-]+))?")
# "the leaders of tomorrow" ("the events of today" is the day itself, and stays).
_OF_BEFORE = re.compile(r"\b(?:the|a|an)\s+[a-z-]+\s+of\s+$")
# A sentence start: text start, line start, after a full stop (and a closing quote), or
# after an opening quote.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']*\s+|\n\s*|(?:\"|“|``)\s*)$")
_DISCOURSE_AFTER = re.compile(r"\s*,|\s+for\b")
_HYPHEN_WORD = re.compile(r"-[a-z]")


# "quarter-to-quarter", "day-to-day": a compound adjective of succession, no time.
_TO_COMPOUND_AFTER = re.compile(r"-to-[a-z]")
_TO_COMPOUND_BEFORE = re.compile(r"[a-z]-to-$", re.IGNORECASE)


def _in_to_compound(c: Candidate, text: str) -> bool:
    return bool(_TO_COMPOUND_AFTER.match(text, c.end)) or bool(
        _TO_COMPOUND_BEFORE.search(text[max(0, c.start - 8) : c.start])
    )


def _in_quoted_title(c: Candidate, text: str) -> bool:
    """A title-case expression of two or more words that opens a quoted title."""
    if not _OPEN_QUOTE.search(text[max(0, c.start - 2) : c.start]):
        return False
    words = _WORD.findall(c.text)
    if len(c.text.split()) < 2 or not all(w[0].isupper() for w in words):
        return False
    return bool(_CLOSE_QUOTE.match(text, c.end))


# A year between two capitalised words is a model or index name ("the Russell 2000 Index",
# "Windows 2000 Server"); the word before must not open the sentence.
_CAP_WORD_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][a-z]+\s+$")
_CAP_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)")


def _in_name(c: Candidate, text: str, lex: Lexicon) -> bool:
    if _in_quoted_title(c, text):
        return True
    if c.rule == "year" and len(c.groups) == 1:
        after = _CAP_WORD_AFTER.match(text, c.end)
        # ... but not before a date ("Conference 2010 June 8", a title over its dateline).
        if (
            after
            and after.group(1).lower() not in lex.months
            and after.group(1).lower() not in lex.weekdays
            and _CAP_WORD_BEFORE.search(text[max(0, c.start - 30) : c.start])
        ):
            return True
    if c.rule == "deictic" and c.text[:1].isupper() and not c.groups.get("mod"):
        # A capitalised "Today" after a capitalised word on the same line, not opening a
        # sentence, ends a name ("This is VOA Today").
        return bool(_CAP_BEFORE.search(text[max(0, c.start - 40) : c.start]))
    if (
        c.rule == "month"
        and not (set(c.groups) & {"y", "ry", "spy", "mod", "rel"})
        and _NAME_AFTER_MONTH.match(text, c.end)
    ):
        return not _TIME_WORD_BEFORE.search(text[max(0, c.start - 12) : c.start])
    return False


def _generic(c: Candidate, text: str, lex: Lexicon) -> bool:
    """ "today's world", "the people of tomorrow": the present or future age, not a day."""
    if c.rule != "deictic" or set(c.groups) & {"mod", "dp"}:
        return False
    if c.groups.get("dx", "").lower() not in ("today", "tomorrow"):
        return False
    m = _AFTER_POSSESSIVE.match(text, c.end)
    if m:
        return any(w and w.lower() in lex.generic_heads for w in m.groups())
    return c.groups["dx"].lower() == "tomorrow" and bool(
        _OF_BEFORE.search(text[max(0, c.start - 30) : c.start])
    )


def _discourse_now(c: Candidate, text: str) -> bool:
    """ "Now," or "Now for ..." opening a sentence moves the discourse on; it is no time.

    Nor is "now" in a compound adjective ("the now-defunct firm")."""
    if c.rule == "ref" and c.text.lower() == "now" and _HYPHEN_WORD.match(text, c.end):
        return True
    if c.rule != "ref" or c.text != "Now":
        return False
    return bool(_SENTENCE_START.search(text[max(0, c.start - 4) : c.start])) and bool(
        _DISCOURSE_AFTER.match(text, c.end)
    )


def markable(c: Candidate, text: str, lex: Lexicon) -> bool:
    """Whether ``c`` is a time expression the TimeML guidelines mark."""
    return not (
        _in_name(c, text, lex)
        or _generic(c, text, lex)
        or _discourse_now(c, text)
        or _in_to_compound(c, text)
    )
