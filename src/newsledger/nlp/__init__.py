"""Stage: nlp."""

from newsledger.nlp.pipeline import NlpPipeline

__all__ = ["NlpPipeline"]
