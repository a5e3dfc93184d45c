"""Guess the tense of the clause around a time expression from the words of its sentence."""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "present", "future"]

# No parse: the verb cue nearest to the expression decides. Measured on TimeBank, the
# nearest cue is right for most weekday and month-name expressions; a parse would cost
# ~3 ms a sentence, more than the whole tagger.
_FUTURE = frozenset(
    [
        "will",
        "'ll",
        "’ll",
        "shall",
        "wo",
        "would",
        "going",
        "plans",
        "plan",
        "planned",
        "scheduled",
        "expected",
        "expects",
        "due",
        "set",
        "intends",
        "intend",
        "aims",
        "hopes",
        "hope",
        "upcoming",
        "planning",
    ]
)
_PAST = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "ago",
        "yesterday",
        "earlier",
        "last",
        "came",
        "went",
        "made",
        "took",
        "gave",
        "met",
        "held",
        "left",
        "saw",
        "sent",
        "won",
        "lost",
        "began",
        "rose",
        "fell",
        "paid",
        "sold",
        "bought",
        "found",
        "got",
        "led",
        "ran",
        "thought",
        "became",
        "brought",
        "chose",
        "spoke",
        "wrote",
        "struck",
        "hit",
        "shot",
        "killed",
        "quit",
        "cut",
        "put",
        "set",
        "fled",
        "knew",
        "grew",
        "drew",
        "flew",
        "threw",
        "broke",
        "spent",
        "built",
        "felt",
        "kept",
        "meant",
        "stood",
        "understood",
        "rang",
        "sank",
        "swam",
        "tore",
        "wore",
        "woke",
    ]
)
_PRESENT = frozenset(["is", "are", "am", "has", "have", "does", "do", "says", "say", "'s"])
_ED = re.compile(r"[a-z]{3,}ed$")
# Words in "-ed" that are no past tense ("will succeed", "need", "indeed").
_NOT_ED = frozenset(
    [
        "succeed",
        "proceed",
        "exceed",
        "need",
        "feed",
        "speed",
        "bleed",
        "breed",
        "heed",
        "seed",
        "indeed",
        "embed",
    ]
)
_WORD = re.compile(r"[A-Za-z']+|’ll")
# "is expected to", "plans to", "set to", "due to": future only when "to" follows.
_NEED_TO = frozenset(
    [
        "going",
        "plans",
        "plan",
        "planned",
        "expected",
        "expects",
        "due",
        "set",
        "intends",
        "intend",
        "aims",
        "hopes",
        "hope",
    ]
)
_HAD_BEEN = ("had", "been")
# A closing quotation mark: cues after it belong to the reporting clause.
_CLOSE_QUOTE = re.compile(r"''|”|\"")
# Auxiliaries before a participle and the tense they give it (None: look at other cues).
_PASSIVE_AUX: dict[str, Tense | None] = {
    "is": "present",
    "are": "present",
    "am": "present",
    "be": None,
    "being": None,
}
# Words just before the expression that make it future whatever the verb says.
_FUTURE_BEFORE = re.compile(r"(?:as\s+soon\s+as|no\s+later\s+than|starting|effective)\s+$", re.IGNORECASE)


# Words before an "-ed" word that make it an adjective ("an unspecified date", "the
# revised plan"), not a past-tense verb.
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "very",
        "newly",
        "recently",
        "still",
    ]
)


def _adjective(words: list[re.Match[str]], i: int) -> bool:
    """Whether the "-ed" word at ``i`` is an adjective: "un-" words and words after a determiner."""
    w = words[i].group(0).lower()
    if w.startswith("un"):
        return True
    return i > 0 and words[i - 1].group(0).lower() in _DETERMINERS


def tense_at(sentence: str, pos: int) -> Tense:
    """Return the tense of the clause at character ``pos`` of ``sentence``.

    The verb cue nearest to ``pos`` wins; a sentence without cues is "present" (the
    callers read weekdays in it as past, the usual case in news reports).
    """
    if _FUTURE_BEFORE.search(sentence[max(0, pos - 20) : pos]):
        return "future"
    best: Tense | None = None
    best_dist = float(10**9)
    words = list(_WORD.finditer(sentence))
    for i, m in enumerate(words):
        w = m.group(0).lower()
        kind: Tense | None = None
        if w in _FUTURE:
            if w in _NEED_TO:
                nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
                kind = "future" if nxt == "to" else ("past" if w.endswith("ed") else None)
                if (
                    kind == "future"
                    and i >= 2
                    and tuple(x.group(0).lower() for x in words[i - 2 : i]) == _HAD_BEEN
                ):
                    kind = "past"  # "had been due to expire Friday": a plan overtaken
            else:
                kind = "future"
        elif w in _PAST or (
            _ED.match(w) and w not in _NOT_ED and m.group(0)[0].islower() and not _adjective(words, i)
        ):
            # "is held", "will be held": a participle; its auxiliary tells the tense.
            prev = words[i - 1].group(0).lower() if i else ""
            kind = _PASSIVE_AUX.get(prev, "past")
        elif w in _PRESENT:
            nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
            # "is to resume", "are to meet": an arrangement, the future.
            kind = "future" if nxt == "to" and w in ("is", "are") else "present"
        if kind is None:
            continue
        if m.start() > pos and _CLOSE_QUOTE.search(sentence, pos, m.start()):
            continue  # "'... Thursday,'' Castro said": the reporting verb is not the quote's tense
        # The verb a time adjunct belongs to mostly comes before it: cues after count double.
        dist = float(pos - m.start()) if m.start() < pos else (m.start() - pos) * 2.0
        if dist < best_dist:
            best, best_dist = kind, dist
    return best or "present"
