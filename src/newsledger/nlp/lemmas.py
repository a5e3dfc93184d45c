"""Mend the verb lemmas spaCy's rule lemmatizer gets wrong, before any stage reads them.

The rule lemmatizer strips "-ed", "-ing" and "-es" and keeps the first stem its word list
knows, so "hoped" becomes "hop", "rated" "rat", "fined" "fin" and "waged" "wag". English
spelling settles these: a one-syllable stem ending in one vowel and one consonant doubles
the consonant before "-ed" and "-ing" ("hop" -> "hopped", "hopping"), so an undoubled
"hoped" can only come from "hope". ``mend`` applies that rule, then the rows of
``nlp/lemmas.v1.tsv`` (forms the rule cannot reach: "lambasted" -> "lambaste").

The component runs right after the lemmatizer (``newsledger_lemmas``), so quotes, events
and everything else read one set of lemmas.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsledger.resources import load_table

COMPONENT = "newsledger_lemmas"
VERB_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})
# one syllable, ending in one vowel and one consonant that doubles (not w, x or y)
_SHORT_STEM = re.compile(r"^[^aeiouy]*[aeiou][b-df-hj-np-tvz]$")
_ENDINGS = {"VBD": ("ed",), "VBN": ("ed",), "VBG": ("ing",), "VBZ": ("es",)}


class LemmaRow(BaseModel):
    """One row of ``nlp/lemmas.v1.tsv``: an inflected verb form and its true lemma."""

    form: str
    tag: Literal["VBD", "VBN", "VBG", "VBZ"]
    lemma: str


def load_lemma_fixes(rules_dir: str | None = None) -> dict[tuple[str, str], str]:
    """Return ``(form, tag) -> lemma`` from ``nlp/lemmas.v1.tsv`` (and a user's rows)."""
    return {(r.form, r.tag): r.lemma for r in load_table("nlp/lemmas.v1.tsv", LemmaRow, rules_dir)}


def mended(token: Token, fixes: dict[tuple[str, str], str]) -> str | None:
    """Return the true lemma of ``token`` when the lemmatizer's is wrong, else None."""
    tag = token.tag_
    if tag not in VERB_TAGS:
        return None
    form, lemma = token.lower_, token.lemma_.lower()
    fixed = fixes.get((form, tag))
    if fixed is not None:
        return fixed if fixed != lemma else None
    if _SHORT_STEM.match(lemma) and any(form == lemma + end for end in _ENDINGS[tag]):
        if tag == "VBZ" and lemma[-1] in "sz":
            return None  # "-es" is the ending itself after s and z
        return lemma + "e"
    return None


class LemmaMender:
    """The pipeline component: set each mis-lemmatised verb's lemma to the true one."""

    def __init__(self, fixes: dict[tuple[str, str], str]) -> None:
        self.fixes = fixes

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lemma = mended(token, self.fixes)
            if lemma is not None:
                token.lemma_ = lemma
        return doc


@Language.factory(COMPONENT, default_config={"rules_dir": None})
def make_lemma_mender(nlp: Language, name: str, rules_dir: str | None) -> LemmaMender:
    """Build the component (``nlp.add_pipe("newsledger_lemmas", after="lemmatizer")``)."""
    return LemmaMender(load_lemma_fixes(rules_dir))


def add_lemma_mender(nlp: Language, rules_dir: str | None = None) -> None:
    """Add the component after the lemmatizer; a pipeline without a lemmatizer is left as is."""
    if "lemmatizer" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="lemmatizer", config={"rules_dir": rules_dir})
