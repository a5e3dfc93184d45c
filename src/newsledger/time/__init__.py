"""Stage: time: find TIMEX3 expressions and normalise them against the publication date."""

from newsledger.time.rules import RulesTimeTagger

__all__ = ["RulesTimeTagger"]
