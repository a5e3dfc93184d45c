"""Split punctuation that news text glues to a word (tokenizer prefixes and infixes).

spaCy's English tokenizer splits an em dash only between two letters ("leaders—including")
and leaves a quotation mark inside a token when something other than white space stands
before or after it. News text, and pages scraped with a space lost here and there, write:

- ``said—“not now”``, ``record—“the …”—and``, ``Cruz—35``: the quotation that opens there
  was never found, its closing mark hidden inside a word;
- ``said,“We``, ``voters!”After``: the same for a missing space;
- ``majority….In many respects``, ``48.The senator``: a full stop glued to the capitalised
  first word of the next sentence after an ellipsis or a number (spaCy splits it only after
  a lowercase letter);
- ``-Donald Trump leads``, ``•The envoy left``: a bullet glued to the first word of a line.

The infixes split an em dash wherever it stands inside a token, an en dash next to a quotation
mark, a curly double quotation mark wherever it stands (and the punctuation just before it),
a straight or single mark next to a dash, and a full stop between a digit or an ellipsis and
a capitalised word. The prefixes split a bullet ``•`` or ``·``; a hyphen or asterisk glued to
a capitalised word is split only at the start of a line (``newsledger_bullets``, the
pipeline's first component), since "Brooklyn -Mrs. Clinton said" uses it as a dash. Number
ranges ("1990–1995"), "Ph.D." and "pic.twitter.com" keep their shape. The text is not
changed: only token boundaries move, so offsets stay those of ``Article.text``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
DASHES = "\u2014\u2013"
NEWS_INFIXES: tuple[str, ...] = (
    "\u2014",  # an em dash, wherever it stands inside a token
    "[\u201c\u201d]",  # a curly double quotation mark, wherever it stands inside a token
    "[.,;:!?](?=[\u201c\u201d])",  # the punctuation before it ("said,“We", "up!”and")
    f"(?<=[{QUOTE_MARKS}])\u2013|\u2013(?=[{QUOTE_MARKS}])",  # an en dash against a mark
    f"(?<=[{DASHES}])[{QUOTE_MARKS}]|[{QUOTE_MARKS}](?=[{DASHES}])",  # a mark against a dash
    r"(?<=[a-z0-9\u2026])\.(?=[A-Z][a-z])",  # "Republicans.The", "majority….In"
)
NEWS_PREFIXES: tuple[str, ...] = ("[\u2022\u00b7]",)  # bullets
BULLETS = "-*"  # bullets that may start a word elsewhere ("-5", "*NSYNC"): split at a line's start only
COMPONENT = "newsledger_bullets"


def _pattern(finder: object) -> str | None:
    """The regex source behind a tokenizer's ``prefix_search`` or ``infix_finditer``."""
    pattern = getattr(getattr(finder, "__self__", None), "pattern", None)
    return pattern if isinstance(pattern, str) else None


def add_glued_splits(nlp: Language) -> None:
    """Put ``NEWS_PREFIXES`` and ``NEWS_INFIXES`` before the tokenizer's own (once).

    A tokenizer without regex prefix and infix patterns (a custom one) is left as is.
    """
    tokenizer = nlp.tokenizer
    infix = _pattern(getattr(tokenizer, "infix_finditer", None))
    prefix = _pattern(getattr(tokenizer, "prefix_search", None))
    if infix is None or prefix is None or infix.startswith(NEWS_INFIXES[0]):
        return
    tokenizer.infix_finditer = re.compile("|".join((*NEWS_INFIXES, infix))).finditer  # type: ignore[union-attr]
    # prefixes are matched at the start of a token: each alternative is anchored
    news_prefixes = "|".join(f"^(?:{p})" for p in NEWS_PREFIXES)
    tokenizer.prefix_search = re.compile(f"{news_prefixes}|{prefix}").search  # type: ignore[union-attr]


def split_bullets(doc: Doc) -> Doc:
    """Split a hyphen or asterisk glued to the capitalised first word of a line ("-Donald")."""
    glued = [
        tok
        for tok in doc
        if len(tok.text) > 1
        and tok.text[0] in BULLETS
        and tok.text[1].isupper()
        and (tok.i == 0 or "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_)
    ]
    if glued:
        with doc.retokenize() as retokenizer:
            for tok in glued:
                retokenizer.split(tok, [tok.text[0], tok.text[1:]], heads=[(tok, 1), (tok, 1)])
    return doc


@Language.component(COMPONENT)
def bullets(doc: Doc) -> Doc:
    """The pipeline component (``nlp.add_pipe("newsledger_bullets", first=True)``)."""
    return split_bullets(doc)


def add_bullet_splits(nlp: Language) -> None:
    """Add ``newsledger_bullets`` as the first component of ``nlp`` (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
