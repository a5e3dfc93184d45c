"""The interface a time tagger implements."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

from newsledger.model import TimeExpr


@runtime_checkable
class TimeTagger(Protocol):
    """Finds TIMEX3 expressions in text and normalises them against an anchor date."""

    def tag(self, text: str, *, article_id: str, anchor: dt.date | None) -> list[TimeExpr]:
        """Return the time expressions of ``text``; offsets are into ``text``.

        ``anchor`` is the publication (document creation) date; without it relative
        expressions stay unresolved (value None), never guessed.
        """
        ...
