"""Find candidate time expressions in text with precompiled regular expressions."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsledger.time.tables import Lexicon, load_lexicon

# Lines longer than this are cut into pieces before matching, so that no regex ever
# runs on an unbounded string (scraped pages sometimes hold one 1 MB "line").
MAX_LINE = 4000


@dataclass(frozen=True)
class Candidate:
    """A span the patterns found, with the rule that found it and its named groups."""

    start: int
    end: int
    rule: str
    groups: dict[str, str]
    text: str


def _alt(words: Iterable[str], full: frozenset[str] | None = None) -> str:
    """Return a regex alternation of the words, longest first, spaces as any whitespace.

    With ``full`` (the full names), every other word is an abbreviation and may take a dot.
    """
    out = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        esc = re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        if full is not None and w not in full:
            esc += r"\.?"
        out.append(esc)
    return "(?:" + "|".join(out) + ")"


_MODS = r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
# Modifiers inside the extent (TimeML's mod: approximately, more or less than). Focus
# words such as "only" and "barely" stay outside, as TimeBank annotates them.
_APPROX = (
    r"about|around|approximately|nearly|almost|roughly|some|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|over|under|"
    r"a\s+full|another|an\s+additional|an\s+extra|upwards\s+of"
)
_DIR_PRE = (
    r"the\s+(?:past|last|next|previous|coming|first|final|following|remaining|latest|same|"
    r"preceding|prior|ensuing|initial|recent)|(?:past|last|next|previous|coming|first|"
    r"final|recent)|the(?=\s+(?:\d|[a-z]+\s+(?:days|weeks|months|years|quarters)))"
)
_REL = r"this\s+past|this\s+coming|this|next|last|past|coming|previous|current|the\s+current"
_DAYPARTS_SHORT = r"morning|afternoon|evening|night|overnight"
# A year read out in a broadcast transcript: "nineteen ninety-six", "two thousand one".
_SPOKEN_YEAR = (
    r"(?:nineteen|two\s+thousand(?:\s+and)?|twenty)[\s-]+(?:(?:ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|oh)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine)"
)
# Between a weekday and its date: a comma, or blanks without a line break ("Friday" ending
# a headline is no part of the dateline below it).
_WD_GAP = r"(?:[ \t]*,\s*|[ \t]+)"
# A time zone after a clock time, bare or in balanced brackets ("5 p.m. (EST)").
_ZONES = r"[ECMP][SD]T|GMT|UTC|BST|CET|CEST|JST"
_TZ = rf"(?:\s+(?:\((?P<tzp>{_ZONES})\)|(?P<tz>{_ZONES})))?"


def _build(lex: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    month = _alt(lex.months, full=lex.full_months)
    wd = _alt(lex.weekdays, full=lex.full_weekdays)
    wds = _alt([w + "s" for w in lex.weekdays if len(w) > 4])
    nums = _alt(w for w in lex.numbers if w not in ("recent", "coming"))
    # Number words that may start a compound; "a"/"an" stand alone ("a five-hour delay"
    # is five hours, not one and five). The compound is bounded ({0,3}): unbounded, a
    # long run of number words made the duration rules quadratic (minutes on 1 MB).
    nonart = _alt(w for w in lex.numbers if w not in ("recent", "coming", "a", "an"))
    num = (
        rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|{nonart}(?:[\s-]+(?:and\s+)?(?:a\s+half|{nonart})){{0,3}}"
        rf"|an?(?:\s+and\s+a\s+half)?)"
    )
    unit = _alt(lex.units)
    unit_s = _alt(lex.unit_plurals)
    season = _alt(lex.seasons)
    daypart = _alt(lex.dayparts)
    hol = _alt(lex.holidays)
    sets = _alt(lex.sets)
    refs = _alt(lex.refs)
    fiscal = _alt(lex.fiscal)
    ordw = _alt(lex.ordinals)
    # Days of a month as ordinal words, spaced or hyphened ("twenty-first", "twenty first").
    dayw = _alt(w for k, n in lex.ordinals.items() if 1 <= n <= 31 for w in (k, k.replace("-", " ")))
    year = r"(?:1[0-9]|20)\d\d"
    yr = rf"(?P<y>{year})(?![\d,.-]\d)"
    b = r"(?<![\w$€£.-])"  # start of a word, not a price or part of a number
    e = r"(?![\w])"

    rules: list[tuple[str, str]] = [
        (
            "iso",
            rf"(?<![\w-])(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            rf"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
            rf"(?![\w-])",
        ),
        ("iso_month", rf"(?<![\w-])(?P<y>{year})-(?P<m>[01]\d)(?![\w-])"),
        ("slash", rf"(?<![\w/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>{year}|\d\d)(?![\w/])"),
        (
            "mdy",
            # "this coming Sunday, March 8": one date; "March eighth" read out.
            rf"{b}(?:(?:(?:this\s+coming|this\s+past|next|last|this|coming)\s+)?(?P<wd>{wd}){_WD_GAP})?"
            rf"(?:(?P<mod>{_MODS})[\s-]*)?(?P<mon>{month})"
            rf"(?:\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d|%)|\s+(?:the\s+)?(?P<dw>{dayw})(?![\w-])(?!\s+(?!at|on|in|and|or|to|when|for|with|of)[a-z]))"
            rf"(?:\s*,?\s*{yr})?",
        ),
        (
            "weekof",
            rf"{b}(?:the\s+)?week\s+of\s+(?P<mon>{month})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d|%)"
            rf"(?:\s*,?\s*{yr})?",
        ),
        (
            "dmy",
            rf"{b}(?:(?P<wd>{wd}){_WD_GAP})?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?(?P<mon>{month})(?:\s*,?\s*{yr})?{e}",
        ),
        (
            "month",
            rf"{b}(?:(?P<mod>{_MODS})[\s-]+)?(?:(?P<rel>{_REL})\s+)?(?P<mon>{month})"
            # A day number after the month makes it a date ("last Oct. 23"): left to mdy.
            rf"(?:\s*,?\s*(?:of\s+)?{yr}|\s+(?:of\s+)?(?P<ry>last\s+year|next\s+year|this\s+year)|"
            rf"\s+(?:of\s+)?(?P<spy>{_SPOKEN_YEAR})(?![\w-])|(?!\s*\d)){e}",
        ),
        (
            "year",
            rf"{b}(?:(?P<mod>{_MODS})[\s-]+)?(?:(?P<fis>{fiscal})[\s-]*)?{yr}"
            rf"(?![\w'’]|\s*(?:%|percent))",
        ),
        (
            "spoken_year",
            rf"{b}(?:the\s+year\s+)?(?P<sy>{_SPOKEN_YEAR}){e}"
            # "the year two thousand": the year word makes a bare thousand a year.
            rf"|{b}the\s+year\s+(?P<sy0>two\s+thousand){e}",
        ),
        (
            "spoken_decade",
            # "the nineties" (with "the": "in their forties" is an age).
            rf"{b}the\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<sd>twenties|thirties|forties|"
            rf"fifties|sixties|seventies|eighties|nineties){e}",
        ),
        # "since '82": a two-digit year after an apostrophe (kept only after a preposition).
        ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])"),
        ("fy", rf"{b}(?P<fis>FY|fiscal)\s*'?(?P<yy>\d\d)(?![\w])"),
        (
            "decade",
            rf"{b}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?['’]?(?P<dec>(?:1[0-9]|20)?\d)0['’]?s{e}",
        ),
        (
            "century",
            rf"{b}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?"
            rf"(?P<ord>{ordw}|\d\d?(?:st|nd|rd|th))[\s-]+century{e}",
        ),
        (
            "quarter",
            rf"{b}(?:(?P<pre>the|this|last|next|(?:this|last|next)\s+year['’]s|"
            rf"(?:the\s+)?{year}['’]?s?)\s+)?(?:(?P<fis>fiscal)[\s-]+)?"
            rf"(?:(?:comparable\s+)?(?P<ya>year[\s-]earlier|year[\s-]ago)[\s-]+(?={ordw}\b))?"
            rf"(?:(?P<ord>{ordw}|1st|2nd|3rd|4th|latest|current|previous|same|"
            rf"year[\s-]earlier|year[\s-]ago|most\s+recent|recent|just[\s-]ended|"
            rf"just[\s-]completed)[\s-]+)?"
            rf"(?:(?P<fis2>fiscal)[\s-]+)?(?P<q>quarter|half|period(?:(?<=(?:latest|recent)\speriod)|(?<=\d\d\d\d\speriod)))"
            rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?{yr}|\s+of\s+(?P<ry>this|last|next)"
            rf"\s+year)?{e}",
        ),
        (
            "halfq",
            # "the first two quarters of 1990" is that year's first half.
            rf"{b}(?:the\s+)?(?P<fl>first|last|final)\s+two\s+(?:fiscal\s+)?quarters\s+of\s+"
            rf"(?:(?:fiscal|calendar)\s+)?{yr}{e}",
        ),
        (
            "moment",
            # "this moment", "this crucial moment": the present (TimeML PRESENT_REF).
            rf"{b}this\s+(?:(?!time\b)[a-z]+\s+)?moment{e}",
        ),
        ("qn", rf"{b}(?P<qh>[QH])(?P<qn>[1-4])(?:\s*['’]?(?P<y>{year}|\d\d))?{e}"),
        (
            "yearago",
            # "the year-ago quarter" keeps its article; in "the year-ago results" only
            # "year-ago" is the expression (TimeBank).
            rf"{b}(?:(?:the\s+|a\s+)?year[\s-](?:ago|earlier)\s+(?P<u>quarter|period|month|half|"
            rf"(?:{nums})\s+months)|(?:a\s+)?year[\s-](?:ago|earlier)){e}",
        ),
        (
            "relunit",
            rf"{b}(?:(?P<mod>{_MODS}|earlier|later)[\s-]+)?"
            rf"(?P<rel>{_REL}|the\s+(?:following|previous|past|coming|next|last|"
            rf"preceding|prior|same|latest)|that|(?:earlier|later)\s+(?:this|that|in\s+the)|"
            rf"the(?=\s+(?:week|(?:fiscal|financial|full|entire|whole)\s+year|year(?![\w-]))))\s+"
            rf"(?P<u>year|month|week|weekend|decade|century|day|{season}|"
            rf"(?:fiscal|financial|calendar|school|academic|full|entire|whole)\s+year){e}",
        ),
        (
            "deictic",
            # "earlier today", "late yesterday" are one expression (TimeBank, MEANTIME); a
            # possessive "'s" stays outside the extent.
            rf"{b}(?:(?P<mod>earlier|later|early|late)\s+)?(?:mid[\s-]?(?P<dpm>morning|afternoon|evening)\s+)?"
            rf"(?P<dx>today|tonight|yesterday|"
            rf"tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
            rf"(?:\s+(?P<dp>{_DAYPARTS_SHORT}))?{e}",
        ),
        (
            "daypart",
            rf"{b}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last|that|the)\s+"
            rf"(?P<dp>{daypart}){e}",
        ),
        (
            "weekday",
            # "Tuesday nights": every Tuesday night, a SET.
            rf"{b}(?:(?P<rel>{_REL})\s+)?(?P<wd>{wd})"
            rf"(?:\s+(?P<dp>{_DAYPARTS_SHORT}|mornings|afternoons|evenings|nights))?{e}",
        ),
        (
            "midpart",
            # "by mid-afternoon": that part of the day the text is on.
            rf"{b}mid[\s-]?(?P<dp>morning|afternoon|evening){e}",
        ),
        ("weekdays", rf"{b}(?:(?P<every>every|each)\s+)?(?P<wds>{wds})(?:\s+(?P<dp>{_DAYPARTS_SHORT}))?{e}"),
        (
            "clock",
            rf"{b}(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m{e})"
            rf"|(?P<h2>[012]?\d):(?P<mi2>[0-5]\d)(?![\d:])|(?P<nm>noon|midnight|midday)"
            rf"|(?P<h3>{nums}|\d\d?)\s+o['’]clock"
            # "0800 UTC": a four-digit clock time, only with its zone.
            rf"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s+(?:UTC|GMT)\b)){_TZ}",
        ),
        (
            "ago",
            rf"{b}(?:(?P<approx>{_APPROX})\s+)?(?P<num>{num})\s*[\s-]?(?P<u>{unit})\s+"
            rf"(?:or\s+so\s+)?(?:(?P<dir>ago|earlier|later|from\s+now|hence|previously|back){e}"
            # "two days before the vote": "before" is a signal, not part of the extent.
            rf"|(?=(?P<dir2>before|after|prior)\b))",
        ),
        (
            "duration",
            rf"{b}(?:(?P<pre>{_DIR_PRE})\s+)?(?:(?P<approx>{_APPROX})\s+)?(?P<num>{num})"
            rf"(?:\s+(?:more|additional|full|straight|consecutive|long|trading|business|working|"
            rf"calendar|school))?\s*[\s-]?"
            rf"(?P<u>{unit})(?P<half>\s+and\s+a\s+half)?(?P<post>[\s-](?:long|old))?{e}",
        ),
        (
            "long",
            # "a decades-long dispute", "a day-long meeting", "a 30-day-long wait": a duration.
            # (With a number, "30-day-long" is the duration rule's.)
            rf"{b}(?P<u>{unit}|{unit_s})-long{e}",
        ),
        (
            "plural",
            rf"{b}(?:(?P<pre>{_DIR_PRE}|the)\s+)?(?P<q>recent|coming|the\s+coming|several|"
            rf"many|a\s+few|few|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few|"
            rf"the\s+past\s+several|the\s+next\s+several|some)?\s*"
            rf"(?P<u>{unit_s})(?P<ahead>\s+ahead)?(?![\w-])",
        ),
        (
            "season",
            rf"{b}(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<rel>{_REL}|the)\s+)?"
            rf"(?:(?P<mod2>early|mid|late)[\s-]+)?(?P<s>{season})"
            rf"(?:\s*,?\s*(?:of\s+)?{yr}|\s+of\s+(?P<ry>this|last|next)\s+year|"
            rf"\s+(?:of\s+)?(?P<spy>{_SPOKEN_YEAR})(?![\w-]))?{e}",
        ),
        ("yseason", rf"{b}{yr}\s+(?P<s>{season}){e}"),
        (
            "holiday",
            rf"{b}(?:(?P<rel>last|next|this)\s+)?(?P<hol>{hol})(?P<hw>\s+week(?:end)?)?(?:\s*,?\s*{yr})?{e}",
        ),
        ("set", rf"{b}(?P<set>{sets}){e}"),
        (
            "every",
            rf"{b}(?:every|each|per)\s+(?:(?P<num>{num}|other)\s+)?"
            rf"(?P<u>{unit}|{month}|{season}|{wd})(?:\s+(?P<dp>{_DAYPARTS_SHORT}))?{e}",
        ),
        ("ref", rf"{b}(?P<ref>{refs}){e}"),
        (
            "endof",
            rf"{b}(?:the\s+)?(?P<pos>end|beginning|start|middle|turn|close)\s+of\s+"
            rf"(?:the\s+)?(?P<rel>this|next|last|that|the\s+current)?\s*"
            rf"(?P<u>year|month|week|quarter|decade|century){e}",
        ),
        ("yearend", rf"{b}(?:the\s+)?year[\s-]end(?![\w-])|{b}(?:the\s+)?year['’]s\s+end{e}"),
        (
            "sameperiod",
            # "the same month a year ago", "the corresponding period last year": the period
            # the text is about, a year back.
            rf"{b}(?:the\s+(?:(?:same|corresponding|comparable)\s+)?|(?:same|corresponding|comparable)\s+)"
            rf"(?P<u>period|month|quarter|week|half)"
            rf"\s+(?:of\s+)?(?:last\s+year|the\s+(?:last|previous|prior)\s+year|"
            rf"a\s+year\s+(?:ago|earlier|before)){e}",
        ),
        (
            "nthrun",
            # "for a second consecutive day", "fourth week in a row": the day (week) in view,
            # the last of a run.
            rf"{b}(?:(?:a|the)\s+)?(?P<ord>{ordw})\s+(?:(?:consecutive|straight|successive)\s+"
            rf"(?P<u>day|week|month|year|quarter)|(?P<u2>day|week|month|year|quarter)\s+in\s+a\s+row){e}",
        ),
        (
            "unitbefore",
            # "than the year before", "the month earlier": the period last named, one back;
            # not "the year before the war" (an object follows: a preposition).
            rf"{b}the\s+(?P<u>year|month|week)\s+(?P<dir>before|earlier|previous|prior)"
            rf"(?![\w-])(?!\s+(?:the|a|an|his|her|its|their|our|last|this|that|[A-Z0-9]|\w+ing\b))",
        ),
        (
            "anaphor",
            rf"{b}(?P<a>that|the\s+same|the\s+next|the\s+following|the\s+previous|"
            rf"the\s+preceding|the\s+prior|the)\s+(?P<u>day|night|morning|evening|"
            # "late in the day after falling": "after" opens a clause, it is not the day's.
            rf"afternoon)(?P<dir>\s+before(?!\s+[a-z]+ing\b)|\s+after(?!\s+[a-z]+ing\b)|\s+earlier)?{e}",
        ),
    ]
    flags = re.IGNORECASE
    return [(name, re.compile(rx, flags)) for name, rx in rules]


@functools.lru_cache(maxsize=8)
def compiled(rules_dir: str | None = None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Return the compiled rules for the lexicon (built once per rules directory)."""
    return tuple(_build(load_lexicon(rules_dir)))


# Every expression holds one of these words (or a digit): the rules only run on windows of
# text around them, so most of a news page is never scanned by the thirty-odd rules.
_TRIGGER_WORDS = [
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "noon",
    "midnight",
    "midday",
    "o'clock",
    "quarter",
    "quarters",
    "half",
    "century",
    "centuries",
    "nineteen",
    "thousand",
    "twenty",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "term",
    "time",
    "present",
    "moment",
    "past",
    "future",
    "now",
    "recent",
    "recently",
    "ago",
    "fiscal",
    "annual",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "hourly",
    "nightly",
    "fortnight",
    "eve",
    "christmas",
    "thanksgiving",
    "halloween",
    "easter",
    "nowadays",
    "currently",
    "lately",
    "presently",
    "period",
]
# Characters either side of a trigger word that an expression may reach ("about two and a
# half years" ends 25 characters after its first word; "the beginning of the financial
# year" starts 32 before its trigger).
_WINDOW = 90


@functools.lru_cache(maxsize=8)
def _trigger(rules_dir: str | None = None) -> re.Pattern[str]:
    lex = load_lexicon(rules_dir)
    words: set[str] = set(_TRIGGER_WORDS)
    # Whole words only: as prefixes, "mar", "dec" and "min" woke the rules on every
    # "market", "decline" and "minister". Holidays all hold "day" or a word listed above.
    for table in (lex.months, lex.weekdays, lex.units, lex.seasons, lex.dayparts, lex.sets):
        words.update(w.lower() for w in table)
    # The longest word of each present/past/future phrase ("current", "moment", "future").
    words.update(max(p.split(), key=len) for p in lex.refs)
    alt = "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))
    return re.compile(rf"\d|\b(?:{alt})(?!\w)", re.IGNORECASE)


def _windows(text: str, rules_dir: str | None) -> list[tuple[int, int]]:
    """Return disjoint spans of ``text`` that may hold expressions, each at most MAX_LINE long."""
    n = len(text)
    spans: list[tuple[int, int]] = []
    for m in _trigger(rules_dir).finditer(text):
        start, end = max(0, m.start() - _WINDOW), min(n, m.end() + _WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        # Widen to whitespace so that no window cuts a word (the rules' lookbehinds see
        # the text before a window, but nothing after its end).
        ws = text.rfind(" ", max(0, start - 30), start + 1)
        start = ws + 1 if ws >= 0 else start
        we = text.find(" ", end, min(n, end + 30))
        end = we if we >= 0 else (n if end + 30 >= n else end)
        while end - start > MAX_LINE:
            cut = text.rfind(" ", start + MAX_LINE // 2, start + MAX_LINE)
            cut = cut if cut > start else start + MAX_LINE
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


_BEFORE_MAY = re.compile(
    r"(?:in|since|until|till|by|of|during|from|through|last|next|this|early|late|mid|before|"
    r"after|to|and|or|between|on)[\s-]+$",
    re.IGNORECASE,
)


def _accept(c: Candidate, text: str, lex: Lexicon) -> bool:
    """Reject month and weekday names that are probably other words ("may", "Sun", "March")."""
    g = c.groups
    for key in ("mon", "wd"):
        word = g.get(key)
        if word and not word[0].isupper():
            return False
    mon = g.get("mon")
    if mon is not None and c.rule == "month" and not (g.get("y") or g.get("ry")):
        bare = mon.rstrip(".").lower()
        if bare not in lex.full_months and not mon.endswith("."):
            return False
        if bare == "may" and not (g.get("mod") or g.get("rel")):
            return _BEFORE_MAY.search(text, max(0, c.start - 12), c.start) is not None
    wd = g.get("wd")
    if wd is not None and c.rule == "weekday":
        bare = wd.rstrip(".").lower()
        if bare not in lex.full_weekdays and not wd.endswith("."):
            return False
    return True


# Rules that cannot match without a fixed piece of text, skipped on windows without it.
_NEEDS: dict[str, tuple[str, ...]] = {
    "long": ("-long",),
    "halfq": ("quarters",),
    "moment": ("moment",),
    "weekof": ("week",),
    "sameperiod": ("year",),
    "nthrun": ("consecutive", "straight", "successive", "in a row"),
}


def find(text: str, rules_dir: str | None = None) -> list[Candidate]:
    """Return non-overlapping candidates in ``text``, leftmost-longest, in text order."""
    rules = compiled(rules_dir)
    found: list[Candidate] = []
    for start, end in _windows(text, rules_dir):
        low = text[start:end].lower()
        for name, rx in rules:
            need = _NEEDS.get(name)
            if need is not None and not any(w in low for w in need):
                continue  # the rule cannot match without this word: skip the scan
            for m in rx.finditer(text, start, end):
                if m.end() == m.start():
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                found.append(Candidate(m.start(), m.end(), name, groups, m.group(0)))
    lex = load_lexicon(rules_dir)
    found = [c for c in found if _accept(c, text, lex) and c.text.strip()]
    found.sort(key=lambda c: (c.start, -(c.end - c.start), _PRIORITY.get(c.rule, 50)))
    # Greedy left to right: the longest candidate at each start wins; any candidate that
    # overlaps one already chosen is dropped.
    chosen: list[Candidate] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return _trim(chosen, text)


# When two rules match the same span, the lower number wins.
_PRIORITY = {
    "iso": 0,
    "mdy": 1,
    "weekof": 1,
    "dmy": 1,
    "slash": 1,
    "holiday": 2,
    "ago": 3,
    "yearago": 3,
    "set": 4,
    "every": 4,
    "quarter": 5,
    "halfq": 5,
    "moment": 20,
    "relunit": 6,
    "deictic": 6,
    "weekday": 7,
    "month": 8,
    "season": 8,
    "duration": 9,
    "long": 9,
    "year": 10,
    "ref": 20,
}


# An article before a hyphenated modifier belongs to the noun after it: "the [third-quarter]
# loss", "a [14-day] wait", "the [year-earlier] figure".
_ARTICLE_BEFORE_MODIFIER = re.compile(
    r"(?:the|an?)\s+(?=(?:fiscal\s+)?(?!mid-)[^\s-]+-[a-z]+$)", re.IGNORECASE
)


def _trim(cands: list[Candidate], text: str) -> list[Candidate]:
    """Strip trailing whitespace and punctuation a pattern may have swallowed."""
    out: list[Candidate] = []
    for c in cands:
        end = c.end
        while end > c.start and text[end - 1] in " \t\n,":
            end -= 1
        start = c.start
        while start < end and text[start] in " \t\n,":
            start += 1
        m = _ARTICLE_BEFORE_MODIFIER.match(text, start, end)
        if m and text[end : end + 1] == " " and text[end + 1 : end + 2].isalpha():
            start = m.end()
        if (start, end) != (c.start, c.end):
            c = Candidate(start, end, c.rule, c.groups, text[start:end])
        out.append(c)
    return out
