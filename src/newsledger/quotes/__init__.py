"""Stage: quotes: who said what to whom, quoted directly or reported, and through whom."""

from newsledger.quotes.rules import RulesQuoteExtractor

__all__ = ["RulesQuoteExtractor"]
