"""Sentence starts the parser misses, set before it runs (it keeps them): ``newsledger_starts``.

- **Paragraphs.** ``Article.text`` holds one paragraph per line, and a sentence never runs
  across one. The parser otherwise joins a line that ends in a closing quotation mark to the
  next ("…allies.”¶Lee said he would …" as one sentence), and every stage reading the parse
  gets the wrong subject: the next line's speaker, or the antecedent of its pronouns.
- **Quotations opened with two apostrophes** (''like this'', in some archives). The tagger
  reads every ``''`` as a closing mark, so the one that opens a quotation after a sentence's
  end is glued to that sentence ("he said. ''" then "America is …''").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "newsledger_starts"
SENTENCE_ENDS = frozenset({".", "?", "!"})
CLOSING_MARKS = frozenset({"\u201d", '"', "''", "\u2019"})


def _ends_sentence(tok: Token) -> bool:
    """Whether ``tok`` closes a sentence: ".", or a closing mark right after one (".”")."""
    if tok.text in SENTENCE_ENDS:
        return True
    return tok.text in CLOSING_MARKS and tok.i > 0 and tok.nbor(-1).text in SENTENCE_ENDS


def mark_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` after each line break and on ``''`` opening a new sentence."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt.is_sent_start = True
        elif (
            nxt.text == "''"
            and tok.whitespace_
            and not nxt.whitespace_
            and nxt.i + 1 < len(doc)
            and doc[nxt.i + 1].text[:1].isalnum()
            and _ends_sentence(tok)
        ):
            nxt.is_sent_start = True
            doc[nxt.i + 1].is_sent_start = False  # the quotation's first word goes with its mark
    return doc


@Language.component(COMPONENT)
def sentence_starts(doc: Doc) -> Doc:
    """The pipeline component (``nlp.add_pipe("newsledger_starts", before="parser")``)."""
    return mark_starts(doc)


def add_sentence_starts(nlp: Language) -> None:
    """Add the component before the parser; a pipeline without a parser is left as is."""
    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
