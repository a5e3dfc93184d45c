"""A sentence never runs across a paragraph: mark the first token of each line as a start.

``Article.text`` holds one paragraph per line. spaCy's parser otherwise joins a line that
ends in a closing quotation mark to the next line ("…allies.”¶Lee said he would …" as one
sentence), and every stage reading the parse then gets the wrong subject: the next line's
speaker, or the antecedent of its pronouns. The component runs before the parser, which keeps
boundaries set before it (``newsledger_paragraphs``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsledger_paragraphs"


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after each line break."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


@Language.component(COMPONENT)
def paragraph_starts(doc: Doc) -> Doc:
    """The pipeline component (``nlp.add_pipe("newsledger_paragraphs", before="parser")``)."""
    return mark_paragraphs(doc)


def add_paragraph_starts(nlp: Language) -> None:
    """Add the component before the parser; a pipeline without a parser is left as is."""
    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
