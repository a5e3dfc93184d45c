"""The rule-based time tagger (``rules.v1``): find, type and normalise TIMEX3 expressions."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from newsledger.model import TimeExpr
from newsledger.time.dates import interval
from newsledger.time.markable import markable
from newsledger.time.normalize import Context, Result, normalize
from newsledger.time.patterns import Candidate, find
from newsledger.time.tables import load_lexicon
from newsledger.time.tense import tense_at

# Sentence ends: used only to pick the words the tense heuristic reads.
# An abbreviation's full stop ("Oct. 23", "Roe vs. Wade", "Mr. Smith", "U.S. officials")
# ends no sentence: a short capitalised word, initials, or "vs"/"No" before it.
_SENT_END = re.compile(
    r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})(?<!\b[A-Z])(?<!\.[A-Za-z])(?<!\bvs)(?<!\bNo)"
    r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+"
)
# "4 a.m. EDT Thursday": the full stop of "a.m." before a time zone ends no sentence.
_CLOCK_BEFORE_ZONE = re.compile(r"[\s\d][ap]\.m\.\s+(?:[ECMP][SD]T|GMT|UTC|BST)\b", re.IGNORECASE)
# Rules whose value depends on the tense of the sentence.
_TENSED = frozenset({"relunit", "mdy", "dmy", "month", "weekday", "quarter", "season", "holiday"})
# Characters either side of an expression the tense heuristic reads (about 40 words).
_TENSE_WINDOW = 250
# What may stand between a clock time and the date it belongs to ("5 p.m. EST, Nov. 6").
_JOIN = re.compile(r"\s*,?\s*(?:on\s+)?$")


class RulesTimeTagger:
    """Tag DATE, TIME, DURATION and SET expressions with regexes and normalise them.

    ``rules_dir`` layers a user's ``time/*.v1.tsv`` tables over the packaged ones.
    ``TimeExpr.sentence`` is left None: sentence numbering belongs to the NLP stage.
    """

    name = "rules.v1"

    def __init__(self, rules_dir: str | None = None) -> None:
        self.rules_dir = rules_dir
        self.lex = load_lexicon(rules_dir)

    def tag(self, text: str, *, article_id: str, anchor: dt.date | None) -> list[TimeExpr]:
        """Return the time expressions of ``text``; offsets are into ``text``."""
        return [e for e, _ in self.tag_with_rules(text, article_id=article_id, anchor=anchor)]

    def tag_with_rules(
        self, text: str, *, article_id: str, anchor: dt.date | None
    ) -> list[tuple[TimeExpr, str]]:
        """Return the expressions with the name of the rule that found each (for debugging)."""
        cands = find(text, self.rules_dir)
        if not cands:
            return []
        starts = [0] + [
            m.end() for m in _SENT_END.finditer(text) if not _CLOCK_BEFORE_ZONE.match(text, m.start() - 4)
        ]
        ctx = Context(anchor=anchor, lex=self.lex, text=text, ref=anchor)
        resolved: list[tuple[Candidate, Result]] = []
        sent_no = -1
        for c in cands:
            if not markable(c, text, self.lex):
                continue
            i = bisect.bisect_right(starts, c.start) - 1
            if i != sent_no:
                sent_no = i
                ctx.ref = ctx.ref or anchor
            if c.rule in _TENSED:
                # The sentence, cut to a window around the expression: a "sentence" with
                # no full stop in a scraped page can be a whole page long.
                s0 = max(starts[i], c.start - _TENSE_WINDOW)
                s1 = min(starts[i + 1] if i + 1 < len(starts) else len(text), c.end + _TENSE_WINDOW)
                ctx.tense = tense_at(text[s0:s1], c.start - s0)
            res = normalize(c, ctx)
            if res is not None and res[0] == "DATE" and res[1] and res[1][0].isdigit():
                start = interval(res[1])[1]
                if start is not None:
                    ctx.last = start
                    ctx.last_value = res[1]
            if res is not None:
                resolved.append((c, res))
        return [(self._expr(article_id, c, res), c.rule) for c, res in _merge(resolved, text)]

    @staticmethod
    def _expr(article_id: str, c: Candidate, res: Result) -> TimeExpr:
        kind, value = res
        precision, start, end = interval(value) if kind in ("DATE", "TIME") else (None, None, None)
        return TimeExpr(
            article_id=article_id,
            start=c.start,
            end=c.end,
            text=c.text,
            type=kind,
            value=value,
            precision=precision,
            date_start=start,
            date_end=end,
        )


def _merge(items: list[tuple[Candidate, Result]], text: str) -> list[tuple[Candidate, Result]]:
    """Join a clock time and the day next to it into one TIME ("noon Thursday"), and "the
    day before/after" and the date it hangs on into one DATE ("the day before last Tuesday")."""
    out: list[tuple[Candidate, Result]] = []
    for c, res in items:
        if out:
            pc, pres = out[-1]
            gap = text[pc.end : c.start]
            shifted = _day_beside(pc, c, res) if gap == " " else None
            if shifted is not None:
                span = Candidate(pc.start, c.end, "joined", {}, text[pc.start : c.end])
                out[-1] = (span, ("DATE", shifted))
                continue
            if len(gap) <= 5 and _JOIN.match(gap):
                joined = _join(pc, pres, c, res)
                if joined is not None:
                    span = Candidate(pc.start, c.end, "joined", {}, text[pc.start : c.end])
                    out[-1] = (span, joined)
                    continue
        out.append((c, res))
    return out


def _day_beside(a: Candidate, b: Candidate, bres: Result) -> str | None:
    """The value of "the day before/after" + a day ``b``: that day, one day back or on."""
    direction = a.groups.get("dir", "").strip().lower() if a.rule == "anaphor" else ""
    value = bres[1]
    if not direction or a.groups.get("u", "").lower() != "day" or bres[0] != "DATE" or value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    step = 1 if direction == "after" else -1
    return (dt.date.fromisoformat(value) + dt.timedelta(days=step)).isoformat()


def _join(a: Candidate, ares: Result, b: Candidate, bres: Result) -> Result | None:
    clock, day = (ares, bres) if a.rule == "clock" else (bres, ares) if b.rule == "clock" else (None, None)
    if clock is None or day is None or day[0] not in ("DATE", "TIME"):
        return None
    cv, dv = clock[1], day[1]
    if dv is None or not re.fullmatch(r"\d{4}-\d\d-\d\d(T[A-Z]{2})?", dv):
        return None
    time = cv.split("T", 1)[1] if cv and "T" in cv else None  # keeps a "Z" suffix
    return "TIME", (dv[:10] + "T" + time) if time else None
