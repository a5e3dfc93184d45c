"""Guess a text's language from stopwords: enough to tell English pages from others."""

from __future__ import annotations

import re

# A handful of very frequent function words per language; a text is the language whose
# words it uses most. Short lists keep this fast (it runs on every page).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "with",
            "was",
            "as",
            "by",
            "at",
            "from",
            "it",
            "his",
            "said",
            "he",
            "are",
            "be",
            "has",
            "have",
            "an",
            "which",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "mit",
            "den",
            "von",
            "zu",
            "sich",
            "des",
            "auf",
            "für",
            "ein",
            "eine",
            "dem",
            "im",
            "auch",
            "sie",
            "wird",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "est",
            "une",
            "un",
            "du",
            "dans",
            "pour",
            "que",
            "qui",
            "sur",
            "pas",
            "au",
            "par",
            "avec",
            "ce",
            "il",
            "sont",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "que",
            "en",
            "por",
            "con",
            "una",
            "un",
            "para",
            "es",
            "del",
            "se",
            "al",
            "su",
            "como",
            "más",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "la",
            "e",
            "per",
            "un",
            "una",
            "non",
            "sono",
            "del",
            "della",
            "in",
            "le",
            "con",
            "gli",
            "da",
            "si",
            "al",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "que",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "do",
            "da",
            "no",
            "na",
            "por",
            "se",
            "mais",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "niet",
            "met",
            "voor",
            "zijn",
            "er",
            "aan",
            "ook",
            "als",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "как",
            "это",
            "он",
            "из",
            "за",
            "то",
            "от",
            "его",
            "для",
            "но",
            "так",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def guess_language(text: str, sample: int = 4000) -> str | None:
    """Return an ISO 639-1 code for ``text`` or None when there is too little to tell."""
    head = text[:sample]
    cjk = len(_CJK.findall(head))
    words = [w.lower() for w in _WORD.findall(head)]
    if cjk > max(50, len(words)):
        return "zh" if not re.search(r"[\u3040-\u30ff]", head) else "ja"
    if len(words) < 8:
        return None
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < max(2, len(words) // 50):
        return None
    return best
