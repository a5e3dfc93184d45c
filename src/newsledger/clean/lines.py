"""Per-line features the cleaner reasons with: words, case, ending, name shape."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_LINE_FOR_REGEX = 4000  # lines are cut to this before any regex runs (hostile input)

TERMINAL = (".", "!", "?", '"', "”", "’", "'", "…", ":", ")", "»", "。", "！", "？", "」", "』")
CONTINUATION_START = re.compile(r"^[\u2014\u2013\-,;:)\]’']|^[a-z]")
_WORD = re.compile(r"[^\W_][\w.'’\-]*", re.UNICODE)
_INITIAL = re.compile(r"^[^\W\d_]{1,2}\.$")


def is_name_token(tok: str) -> bool:
    """Whether a token can be part of a name: ``Xi``, ``Aydın``, ``M.``, ``McCain``, ``Al-Sadr``."""
    if not tok or not tok[0].isupper():
        return False
    if _INITIAL.match(tok):
        return True
    core = tok.replace("’", "'")
    parts = re.split(r"['\-]", core)
    if not all(p.isalpha() for p in parts if p):
        return False
    return not core.isupper() or len(core) <= 3  # "XINHUA" is a shout, "AP"/"UN" may pass


NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "al",
        "al-",
        "el",
        "la",
        "le",
        "du",
        "dos",
        "di",
        "ibn",
        "ben",
        "y",
    }
)
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


@dataclass
class Line:
    """A line of the page with the features the rules look at."""

    no: int
    text: str
    blank_before: bool = False
    words: list[str] = field(default_factory=list)

    @classmethod
    def make(cls, no: int, text: str, blank_before: bool) -> Line:
        """Build a line, computing its words once."""
        stripped = text.strip()
        return cls(
            no=no,
            text=stripped,
            blank_before=blank_before,
            words=_WORD.findall(stripped[:MAX_LINE_FOR_REGEX]),
        )

    @property
    def n_words(self) -> int:
        """Number of words."""
        return len(self.words)

    @property
    def capped(self) -> str:
        """The text cut to a length that is safe for regexes."""
        return self.text[:MAX_LINE_FOR_REGEX]

    @property
    def terminated(self) -> bool:
        """Whether the line ends like a sentence or a closed clause."""
        return self.text.rstrip().endswith(TERMINAL)

    @property
    def starts_continuation(self) -> bool:
        """Whether the line starts mid-sentence (lowercase word or joining punctuation)."""
        return bool(CONTINUATION_START.match(self.text))

    @property
    def cap_ratio(self) -> float:
        """Share of words that start with a capital letter (headlines are high)."""
        alpha = [w for w in self.words if w[0].isalpha()]
        if not alpha:
            return 0.0
        return sum(1 for w in alpha if w[0].isupper()) / len(alpha)

    @property
    def is_prose(self) -> bool:
        """Whether the line reads as running text: long enough, sentence case, finished.

        News about politics is full of names ("Chinese leader Xi Jinping met President
        Vladimir Putin in Moscow on Monday, the Kremlin said."), so a line with a high share
        of capitals is still prose when several longer words are lower-case, which a
        title-cased headline does not have.
        """
        if self.n_words < 8 or not self.terminated:
            return False
        cap = self.cap_ratio
        return cap < 0.6 or self.n_words >= 25 or (cap < 0.75 and self.lower_words >= 2)

    @property
    def lower_words(self) -> int:
        """Number of lower-case words of four letters or more (few in a title-cased line)."""
        bare = (w.strip(".,;:!?\"'()\u2019\u201d") for w in self.words)
        return sum(1 for w in bare if len(w) >= 4 and w.isalpha() and w.islower())

    @property
    def last_word(self) -> str:
        """The last word, lowercased, without trailing punctuation."""
        return self.words[-1].lower().rstrip(".,;:") if self.words else ""


def is_name_like(text: str, *, max_tokens: int = 5) -> bool:
    """Whether ``text`` is a person's name alone (``Xi Jinping,``, ``Ann M. Simmons``)."""
    t = text.strip().rstrip(",;").strip()
    for suffix in ("’s", "'s"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    tokens = t.split()
    if not 2 <= len(tokens) <= max_tokens:
        return False
    caps = 0
    for tok in tokens:
        low = tok.lower()
        if low in NAME_PARTICLES or low in NAME_SUFFIXES:
            continue
        if not is_name_token(tok):
            return False
        caps += 1
    return caps >= 1


def is_title_phrase(text: str, title_words: frozenset[str], max_tokens: int = 6) -> bool:
    """Whether ``text`` is a capitalised title alone (``Minister of Defence``)."""
    tokens = text.strip().rstrip(",;").split()
    if not 1 <= len(tokens) <= max_tokens:
        return False
    if not all(t[0].isupper() or t in ("of", "the", "for", "and", "to") for t in tokens):
        return False
    return any(t.lower().rstrip(".,") in title_words for t in tokens)


# Horizontal spaces other than U+0020 (no-break, figure, thin, ideographic, tab): the parser
# reads each as a token of its own ("a\u00a0statement" parses as three tokens), so the clean
# text has plain spaces in their place; one character for one keeps every offset.
PLAIN_SPACES = {
    ord(c): " "
    for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
}


def plain_spaces(text: str) -> str:
    """Return ``text`` with every horizontal space character made a plain space (same length)."""
    return text.translate(PLAIN_SPACES)


def split_lines(text: str) -> list[Line]:
    """Split page text into non-blank lines, remembering which follow a blank line.

    Unusual space characters become plain spaces (``plain_spaces``).
    """
    out: list[Line] = []
    blank = False
    for no, raw in enumerate(plain_spaces(text).split("\n"), start=1):
        if not raw.strip():
            blank = True
            continue
        out.append(Line.make(no, raw, blank))
        blank = False
    return out


def norm_key(text: str) -> str:
    """Normalise text for repetition checks: lowercase letters and digits only."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


# A wire dateline opening a paragraph: a place in capitals, its region or country, a date
# and the agency, then a dash ("MOSCOW, Jan. 21 (Reuters) - ", "SUVA, Fiji — ").
_DATELINE = re.compile(
    r"(?:(?:ST|FT|MT)\. )?[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]+){0,3}"  # the place, in capitals
    r"(?:, ?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}){0,2}"  # ", Mass.", ", Fiji"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"  # ", Dec. 11", " March 3, 2024"
    r"(?: ?\([^()\n]{1,30}\))?"  # " (Reuters)"
    r" ?(?:-{1,2}|\u2014|\u2013) ?"
)


def dateline_length(line: str) -> int:
    """The length of the wire dateline that opens ``line`` (0 when it has none).

    The dash must be followed by a sentence, so "NATO - a pact" or a shouted headline alone
    keeps its text."""
    m = _DATELINE.match(line[:80])
    if m is None or m.end() > 70 or not line[m.end() :].strip()[:1].isupper():
        return 0
    return m.end()
