"""Derive verb trigger rows from the CAMEO verb dictionary and the CAMEO->PLOVER table.

Maintainer tool, run by hand when the table is regenerated::

    python -m newsledger.events.derive_cameo \\
        ../shared/benchmarks/dicts/phoenix/CAMEO.2.0.txt \\
        ../shared/benchmarks/events/plover/CAMEO2PLOVER-2021.txt \\
        src/newsledger/data/events/triggers.v1.tsv src/newsledger/data/events/cues.v1.tsv \\
        src/newsledger/data/events/scores.v1.tsv > src/newsledger/data/events/cameo_triggers.v1.tsv

Only facts are taken: a verb lemma (and the object or prepositional object the dictionary
pairs it with) -> CAMEO code -> PLOVER type, mode and context. The rules, kept for precision:

- a code is read as its source side (``[042:043]`` -> 042); codes the table does not map
  (01 statements, 02 appeals) give no row;
- a bare verb row only for the block's head verb or a verb with its own code (the WordNet
  synonyms a block lists inherit its code too loosely: 'consider' under a consult block);
  and only for conflict types (quad 3 and 4: 'besiege', 'indict'; the dictionary's bare
  cooperation verbs, 'attend', 'arrive', 'greet', are events only with their objects, which
  the object rows give); and only when at least half of that verb's own object patterns, where it has any, code
  the same type (otherwise its meaning depends on its object: 'arrive');
- an object row (``with``) per verb and object word: ``* WORD``, ``* {A B}`` (the last word,
  the phrase's head), ``* (PREP WORD)`` (WORD, a prepositional object) and ``&SET`` expanded
  from the dictionary's synonym sets; patterns with a subject before the verb are skipped;
- a (verb, object) or a bare verb whose codes map to more than one PLOVER type is ambiguous
  and skipped;
- verbs the hand-written table (``triggers.v1.tsv``) already has are skipped: its rows win;
  so are verbs ``cues.v1.tsv`` uses as function words (modality heads such as 'want', 'fail',
  light verbs, statement words): they are never events of their own;
- a verb of saying or appealing (a 01 or 02 block) takes no object row for an object the hand
  table codes as a noun trigger: in "announced sanctions" the noun is the event;
- a mode ``scores.v1.tsv`` does not score is left out (the type's own score applies);
- a pattern's verb must be a verb the dictionary lists (its comment names inflected forms
  at times).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

CODE = re.compile(r"\[([0-9:\-]*)\]")
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
PARTICLES = frozenset({"down", "up", "off", "out", "back", "over", "away", "on", "in", "to", "for", "with"})
STOP = frozenset({"not", "to", "the", "a", "an", "of", "it", "will", "be", "with", "that"})


def load_mapping(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER type, mode, first context) from CAMEO2PLOVER-2021.txt."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)", line)
        if m:
            ctx = m.group(4).split(";")[0].strip()
            out[m.group(1)] = (m.group(2), m.group(3).strip(), ctx)
    return out


def plover(code: str, mapping: dict[str, tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The PLOVER coding of a CAMEO code (its source side), or None when the table has none."""
    src = code.split(":")[0].strip()
    if not src or not src.isdigit():
        return None
    return mapping.get(src) or mapping.get(src[:3])


def load_sets(lines: list[str]) -> dict[str, list[str]]:
    """The dictionary's synonym sets (``&NAME`` then ``+WORD`` lines): single words only."""
    sets: dict[str, list[str]] = {}
    name: str | None = None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            name = line.split()[0][1:]
            sets[name] = []
        elif line.startswith("+") and name is not None:
            word = line[1:].split()[0].rstrip("_").lower()
            if word.isalpha():
                sets[name].append(word)
        elif not line.strip():
            name = None
    return sets


def _forms(word: str) -> list[str]:
    """The word and, for a plural, a naive singular (the coder matches lemmas)."""
    out = [word]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-3] + "y" if word.endswith("ies") else word[:-1])
    return out


def objects(pattern: str, sets: dict[str, list[str]]) -> list[str]:
    """The object words of a pattern's first element after the verb (empty when there is none)."""
    after = pattern.split("*", 1)[1].strip()
    words: list[str] = []
    elements = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", after)
    for n, element in enumerate(elements):
        words = [w for w in element.strip("(){}").split() if w not in ("^", "$", "+", "%")]
        if words == [element] and element.lower() in PARTICLES and n + 1 < len(elements):
            words = []
            continue  # "* DOWN &WEAPON", "* ON &SOLUTION": the object after the particle
        if words and not (
            element.startswith("(") and len(words) == 1 and words != element.strip("()").split()
        ):
            break  # "(IN ^) (FOR SUMMIT)": the actor's slot names no object; read on
        words = []
    if not words:
        return []
    head = words[-1]
    if head.startswith("&"):
        return [f for w in sets.get(head[1:], []) for f in _forms(w)]
    head = head.lower()
    if not re.fullmatch(r"[a-z][a-z\-]+", head) or head in STOP:
        return []
    return _forms(head)


# Cue roles that make a verb a function word of the coder (modality, light verbs, statements):
# such a verb is never a trigger of its own, whatever the dictionary codes it as.
FUNCTION_ROLES = frozenset({"aux", "head", "mark", "mod", "neg", "light", "void", "undergo", "host"})


def derive(
    dict_path: Path,
    map_path: Path,
    hand_path: Path,
    cues_path: Path | None = None,
    scores_path: Path | None = None,
) -> list[tuple[str, str, str, str, str]]:
    """Return (lemma, with, type, mode, context) rows, sorted, for verbs the hand table lacks.

    With ``scores_path`` (scores.v1.tsv) a mode the score table does not know is left out.
    """
    mapping = load_mapping(map_path)
    lines = dict_path.read_text(encoding="latin-1").splitlines()
    sets = load_sets(lines)
    hand_rows = [
        line.split("\t")
        for line in hand_path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    hand = {c[0] for c in hand_rows if c[1:2] == ["V"]}
    hand_nouns = {c[0] for c in hand_rows if c[1:2] == ["N"]}
    # Contexts the hand tables use (the PLOVER manual's names); the 2021 CAMEO table has a few
    # others ('humanitarian', 'democracy'), which are left out.
    contexts = {c[5] for c in hand_rows if len(c) > 5 and c[5] and c[0] != "lemma"}
    speech: set[str] = set()  # verbs of a statement or appeal block (01, 02)
    if cues_path is not None:
        for line in cues_path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2 and not line.startswith("#") and cols[1] in FUNCTION_ROLES:
                hand.add(cols[0])
            if len(cols) >= 3 and cols[1] == "context":
                contexts.add(cols[2])
    verbs: set[str] = set()
    forms: dict[str, str] = {}  # inflected forms the verb lines list -> lemma
    bare: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    pats: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    pat_types: dict[str, Counter[str]] = defaultdict(Counter)
    block_code = ""
    block_head = ""
    in_patterns = False
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("#") else ""
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not in_patterns or not line.strip():
            continue
        h = HEADER.match(raw)
        if h:
            block_head = h.group(1).split("_")[0].lower()
            block_code = h.group(2)
            continue
        if line.startswith("-"):
            body = line[1:]
            code = CODE.search(body)
            verb = (
                raw.split("#", 1)[1].split()[0].lower().split("_")[0]
                if "#" in raw and raw.split("#", 1)[1].split()
                else block_head
            )
            verb = forms.get(verb, verb)  # "LAID_DOWN" -> lay
            if code is None or not verb.isalpha() or "*" not in body:
                continue
            if body.split("*", 1)[0].strip():
                continue  # a subject before the verb: the dictionary codes the actor, not the verb
            coded = plover(code.group(1), mapping)
            if coded is None:
                continue
            pat_types[verb][coded[0]] += 1
            for obj in objects(CODE.sub("", body), sets):
                pats[verb, obj].add(coded)
            continue
        if line.startswith("&") or (line.startswith("+") and "_" in line.split()[0][1:].rstrip("_")):
            # phrasal verbs: "+ASK_FOR" -> ask with 'for'
            parts = line.split()[0][1:].lower().split("_")
            own = CODE.search(line)
            if line.startswith("+") and len(parts) == 2 and all(parts) and own is not None:
                coded = plover(own.group(1), mapping)
                if coded is not None:
                    pats[parts[0], parts[1]].add(coded)
            continue
        word = line.split()[0].lower()
        if not word.isalpha():
            continue
        verbs.add(word)
        braces = re.search(r"\{([^}]*)\}", line)
        for form in braces.group(1).split() if braces else ():
            forms.setdefault(form.lower(), word)
        if block_code[:2] in ("01", "02"):
            speech.add(word)
        own_code = CODE.search(line)
        verb_code = own_code.group(1) if own_code else (block_code if word == block_head else "")
        coded = plover(verb_code, mapping) if verb_code and verb_code != "---" else None
        if coded is not None:
            bare[word].add(coded)
    scored: set[tuple[str, str]] | None = None
    if scores_path is not None:
        scored = {
            (c[0], c[1])
            for c in (line.split("\t") for line in scores_path.read_text(encoding="utf-8").splitlines())
            if len(c) >= 2 and not c[0].startswith("#")
        }

    def known(codings: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Modes the score table scores and contexts the hand tables use; others left out."""
        return {
            (t, m if scored is None or (t, m) in scored else "", c if c in contexts else "")
            for t, m, c in codings
        }

    bare = defaultdict(set, {k: known(v) for k, v in bare.items()})
    pats = defaultdict(set, {k: known(v) for k, v in pats.items()})
    quads = {
        c[0]: c[1]
        for c in (line.split("\t") for line in (hand_path.parent / "types.v1.tsv").read_text().splitlines())
        if len(c) >= 2 and c[1].isdigit()
    }
    rows: set[tuple[str, str, str, str, str]] = set()
    for verb, codings in bare.items():
        if verb in hand or len({c[0] for c in codings}) != 1:
            continue
        if quads.get(sorted(codings)[0][0], "0") < "3":
            continue  # a cooperation verb names an event only with its object ("attend a summit")
        (etype, mode, ctx) = sorted(codings)[0]
        total = sum(pat_types[verb].values())
        if total and pat_types[verb][etype] * 2 < total:
            continue  # its meaning depends on its object: most of its own patterns code another type
        rows.add((verb, "", etype, mode, ctx))
    for (verb, obj), codings in pats.items():
        if verb in hand or verb not in verbs or len({c[0] for c in codings}) != 1:
            continue
        if verb in speech and obj in hand_nouns:
            continue  # "announced sanctions": the noun, which the hand table codes, is the event
        (etype, mode, ctx) = sorted(codings)[0]
        rows.add((verb, obj, etype, mode, ctx))
    return sorted(rows)


HEAD = """\
# newsledger event triggers derived from the CAMEO verb dictionary; written for newsledger (Apache-2.0).
# source: facts (verb lemma, object word -> CAMEO code) from CAMEO.2.0.txt (PETRARCH verb dictionary,
# Open Event Data Alliance, MIT) mapped to PLOVER type, mode and context with CAMEO2PLOVER-2021.txt
# (openeventdata/PLOVER, CC BY-SA 4.0). Generated by `python -m newsledger.events.derive_cameo DICT MAP
# triggers.v1.tsv cues.v1.tsv scores.v1.tsv` (see that module for the rules: source-side codes, no 01/02 statements or appeals,
# bare rows only for a block's head verb or a verb with its own code and a conflict type, ambiguous
# codings skipped).
# Only verbs triggers.v1.tsv lacks and cues.v1.tsv does not use as function words; do not edit by hand, regenerate.
lemma\tpos\twith\ttype\tmode\tcontext\tscore
"""


def main(argv: list[str]) -> int:
    """Print the derived table to stdout."""
    if len(argv) not in (3, 4, 5):
        print(__doc__, file=sys.stderr)
        return 2
    opt = [Path(a) for a in argv[3:]] + [None, None]
    rows = derive(Path(argv[0]), Path(argv[1]), Path(argv[2]), opt[0], opt[1])
    sys.stdout.write(HEAD)
    for lemma, obj, etype, mode, ctx in rows:
        sys.stdout.write(f"{lemma}\tV\t{obj}\t{etype}\t{mode}\t{ctx}\t\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
