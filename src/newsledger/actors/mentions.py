"""Find the spans of a parsed article that may name an actor: names, descriptions, pronouns."""

from __future__ import annotations

import dataclasses
from typing import Literal

from spacy.tokens import Doc, Span, Token

from newsledger.actors.gazetteer import Gazetteer, normalize, repair_mojibake, strip_honorific
from newsledger.actors.lexicon import Lexicon

CandidateKind = Literal["name", "description", "pronoun"]

# spaCy entity labels that can name an actor; DATE, MONEY and the like never do.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Dependencies that put a capital in the role of an actor ("Beijing said", "Moscow's
# position"), not of a place ("in Moscow").
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "dobj"})


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A span that may refer to an actor, with the cues the text gives about it.

    ``start``/``end`` are character offsets into the article text. ``title`` is the title
    words written with a name or forming a description ("leader", "top diplomat");
    ``country`` the state or IGO code the phrase attaches to it ("Chinese", "China's",
    "of Russia", an appositive); ``appos`` the character start of a name this phrase stands
    in apposition to. ``definite``: written with "the" ("the Russians"). ``owner``: the
    name of the person a state noun is named for ("the Obama administration"). ``context``:
    a bare "the government" whose country is the one the text is about at that point.
    """

    kind: CandidateKind
    start: int
    end: int
    text: str
    root: Token
    label: str = ""
    name: str = ""
    title: str = ""
    country: str | None = None
    not_current: bool = False
    plural: bool = False
    political: bool = False
    appos: int | None = None
    definite: bool = False
    owner: str = ""
    context: bool = False
    possessor: str | None = None  # the state of a place written as the name's possessor ("Manila's")


def candidates(doc: Doc, gazetteer: Gazetteer, lexicon: Lexicon) -> list[Candidate]:
    """Return the candidate actor spans of ``doc`` in text order, without overlaps."""
    found: list[Candidate] = []
    used: set[int] = set()  # token indices covered by a candidate or used as its cue
    # Token.is_sent_end scans the whole doc on every call (and Doc.sents on every use); the
    # ends are read once here.
    sent_ends = frozenset(s.end - 1 for s in doc.sents)
    first_end = min(sent_ends) + 1 if sent_ends else 0  # the headline, in PolNeAR-style text
    ents = _mend_damaged_names([e for e in doc.ents if e.label_ in NAME_LABELS])
    # names run together happen in a title-case headline, not in a first sentence of body text
    # ("DUBAI (Reuters) - … Foreign Minister Abbas Araqchi said": no "Abbas" to cut out)
    title_end = first_end if _title_case(doc[:first_end]) else 0
    ents = [_relabel(e, gazetteer, lexicon) for part in ents for e in _split_name(part, gazetteer, title_end)]
    ents += _gazetteer_names(doc, gazetteer)
    ents += _repeated_surnames(doc, ents, gazetteer, first_end)
    ent_of = {t.i: e for e in ents for t in e}
    text = doc.text  # Doc.text joins every token on each call: read it once
    # People first, so that "Chinese" in "Chinese leader Xi Jinping" is read as his cue.
    for ent in sorted(ents, key=lambda e: (e.label_ != "PERSON", e.start)):
        if ent.start in used:
            continue
        cand = _name(ent, ent_of, gazetteer, lexicon, used, sent_ends, text)
        if cand is not None:
            found.append(cand)
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.i in ent_of or root.i in used or root.lower_ in lexicon.pronouns:
            continue
        cand = _description(chunk, ent_of, gazetteer, lexicon, used, text)
        if cand is not None:
            found.append(cand)
    for tok in doc:
        # A possessor inside a larger noun phrase is no noun chunk of its own: "United States
        # intelligence officials' confidence", "the ministry's statement".
        if tok.dep_ == "poss" and tok.pos_ in ("NOUN", "PROPN") and tok.i not in used and tok.i not in ent_of:
            cand = _description(doc[tok.left_edge.i : tok.i + 1], ent_of, gazetteer, lexicon, used, text)
            if cand is not None:
                found.append(cand)
    for tok in doc:
        if tok.i in used or tok.lower_ not in lexicon.pronouns or tok.pos_ not in ("PRON", "DET"):
            continue
        found.append(
            Candidate(
                kind="pronoun",
                start=tok.idx,
                end=tok.idx + len(tok.text),
                text=tok.text,
                root=tok,
                plural=lexicon.pronouns[tok.lower_] == "plural",
            )
        )
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    for c in found:
        if out and c.start < out[-1].end and not _nested_state(c, out[-1], lexicon):
            continue
        out.append(c)
    return out


def _title_case(span: Span) -> bool:
    """Whether most longer words of ``span`` are capitalised, as in a title-case headline."""
    words = [t for t in span if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _split_name(ent: Span, gaz: Gazetteer, headline_end: int = 0) -> list[Span]:
    """Undo names the tagger ran together in a title-case headline.

    "Trump's Putin Remarks 'Troubling'" is two names cut at the possessive; a person's
    name the gazetteer lacks but that starts with a known person's name ("Donald Trump
    Featured In ...") is cut to that name.
    """
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2:
        return [ent]
    doc = ent.doc
    headline = ent.end <= headline_end
    possessive = any(t.lower_ in ("'s", "\u2019s") for t in ent[1:-1])
    if not (headline or (ent.label_ == "PERSON" and (possessive or len(ent) > 2))):
        return [ent]  # nothing to cut (checked first: the lookups below are the costly part)
    if gaz.by_alias(_extend(ent, gaz).text):
        return [ent]  # a known name, or one the tagger cut short ("Moon Jae" + "-in")
    if ent.label_ == "ORG":
        # "Urges Britain to Remain In European Union": a known name at the end of a headline run
        for start in range(ent.start + 1, ent.end) if headline else ():
            part = Span(doc, start, ent.end, label="ORG")
            if gaz.by_alias(part.text) and all(t.is_title or not t.is_alpha for t in doc[ent.start : start]):
                return [part]
        return [ent]
    for t in ent[1:-1]:
        if t.lower_ in ("'s", "’s"):
            head = Span(doc, ent.start, t.i, label="PERSON")
            tail = Span(doc, t.i + 1, ent.end, label="PERSON")
            return _split_name(head, gaz, headline_end) + _split_name(tail, gaz, headline_end)
    for end in range(ent.end - 1, ent.start, -1):
        part = Span(doc, ent.start, end, label="PERSON")
        if any(a.kind == "person" for a in gaz.by_alias(part.text)):
            rest = doc[end : ent.end]
            # A lone known word before one more is more likely a full name ("Joseph Crowley"),
            # but not in a title-case headline ("Clinton Wades In").
            if (len(part) + len(rest) > 2 or headline) and all(t.is_title or not t.is_alpha for t in rest):
                return [part]
            break
    return [ent]


def _relabel(ent: Span, gaz: Gazetteer, lex: Lexicon) -> Span:
    """Correct the tagger's label of a name from the words in and before it.

    "the Ready for Hillary PAC" is no person (its last word names an organisation); "host
    Sean Hannity" is no organisation (a person's role noun comes right before it); "the
    Conservative leader, Kemi Badenoch," is a person (set beside a role or title noun).
    """
    doc = ent.doc
    while (len(ent) > 1 and ent[-1].lower_ in lex.pronouns) or (
        len(ent) > 2 and ent[-2].lower_ in lex.pronouns
    ):
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "the National Post he's"
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in lex.org_heads:
        return Span(doc, ent.start, ent.end, label="ORG")
    if ent.label_ == "ORG" and len(ent) == 1 and ent.text.endswith("s") and gaz.demonym(ent.text):
        return Span(doc, ent.start, ent.end, label="NORP")  # "a majority of Britons"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        ent.label_ == "ORG"
        and before is not None
        and 2 <= len(ent) <= 3
        and (
            lex.role_nouns.get(before.lower_) == "person"
            or before.lower_ in lex.media_roles
            or before.lower_ in lex.title_abbrevs
        )
        and all(t.is_title for t in ent)
        and not any(t.lower_ in lex.org_heads for t in ent)
        and not gaz.by_alias(ent.text)
    ):
        return Span(doc, ent.start, ent.end, label="PERSON")
    head = ent.root.head
    if (
        ent.label_ in ("ORG", "GPE", "LOC", "NORP")
        and 2 <= len(ent) <= 3
        and ent.root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and (lex.role_nouns.get(head.lower_) == "person" or gaz.title_role(head.lower_) is not None)
        and all(t.is_title and t.pos_ == "PROPN" for t in ent)
        and not gaz.by_alias(ent.text)
    ):
        # "The Conservative leader, Kemi Badenoch,": a name set beside a person's role or title
        # is a person's, whatever the tagger took it for (not a known place or body)
        return Span(doc, ent.start, ent.end, label="PERSON")
    return ent


def _nested_state(inner: Candidate, outer: Candidate, lex: Lexicon) -> bool:
    """Return whether ``inner`` is named inside a description and stays a mention of its own.

    A possessor ("China's top diplomat", "Assad's army") or a person ("a former Clinton
    aide"), but not the person a state noun is named for ("the Obama administration").
    """
    return (
        outer.kind == "description"
        and inner.kind == "name"
        and inner.label in ("GPE", "ORG", "PERSON")
        and inner.end <= outer.end
        and (
            inner.root.dep_ == "poss"
            or (inner.label == "PERSON" and outer.owner == "")
            or (inner.label == "GPE" and inner.root.dep_ == "compound")  # "Burma leader"
            # "the al Qaeda-linked cleric", "a former U.S. Army psychiatrist"
            or (
                inner.label == "ORG"
                and inner.root.dep_ in ("compound", "npadvmod", "nmod", "amod")
                and inner.root.lower_ not in lex.party_words  # "the leading GOP candidate": a title
            )
        )
    )


def _name(
    ent: Span,
    ent_of: dict[int, Span],
    gaz: Gazetteer,
    lex: Lexicon,
    used: set[int],
    sent_ends: frozenset[int] = frozenset(),
    text: str | None = None,
) -> Candidate | None:
    """Build the candidate of a named entity, with the title and country written before it."""
    doc = ent.doc
    full = text if text is not None else doc.text
    if len(ent) > 1 and ent[0].lower_ in ("a", "an") and ent.label_ == "PERSON":
        ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "somebody like a Donald Trump"
    start_tok = ent.start
    text_start = ent.start_char
    if start_tok > 0 and strip_honorific(f"{doc[start_tok - 1].text} x")[1] is not None:
        start_tok -= 1  # spaCy leaves "Mr." out of the entity
        text_start = doc[start_tok].idx
    ent = _extend(ent, gaz)
    root = ent.root
    mods = _left_modifiers(doc, start_tok, root, sent_ends)
    described = _described_as(root, lex.origin_verbs)
    # A host or correspondent is not of the country of the outlet they work for.
    media = any(t.lower_ in lex.media_roles for t in (*mods, *described))
    cue, cue_toks = _country(mods, ent_of, gaz, exclude=ent, lex=lex, bodies=not media)
    if cue is None:
        cue = _country(described, ent_of, gaz, exclude=ent, lex=lex, bodies=not media)[0]
    if cue is None and ent.label_ == "ORG" and not gaz.by_alias(ent.text):
        cue = org_country(ent, gaz, lex)
    title_words = [t for t in mods if t.i not in cue_toks and t.dep_ not in ("det", "case", "punct")]
    if cue is None and ent.label_ == "PERSON":
        cue = _title_or_suffix_country(title_words, full[ent.end_char : ent.end_char + 20], lex)
    if cue is None and ent.label_ == "PERSON" and title_words:
        cue = gaz.title_country(" ".join(t.text for t in title_words))  # "Treasury Secretary X"
    not_current = any(t.lower_ in lex.not_current for t in title_words)
    title_words = [t for t in title_words if t.lower_ not in lex.not_current]
    used.update(range(start_tok, ent.end))
    used.update(i for i in cue_toks if doc[i].ent_type_ == "NORP" or doc[i].i not in ent_of)
    appos = root.head.idx if root.dep_ == "appos" and root.head.i in ent_of else None
    possessor = None
    if ent.label_ == "ORG" and ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "\u2019s"):
        place = ent_of.get(ent.start - 2)
        if place is not None and place.label_ == "GPE":
            possessor = _place_country(place.text, gaz)  # "Manila's House", "Britain's Parliament"
    end_char = ent.end_char
    if ent.label_ == "PERSON" and ent.text.islower() and title_words:
        # "The Chinese finance minister jabbed back": the tagger took the verb for a name;
        # the mention is the title (an unnamed holder).
        described = [t for t in mods if t.dep_ not in ("det", "case", "punct")]
        text_start, end_char = described[0].idx, title_words[-1].idx + len(title_words[-1].text)
    return Candidate(
        kind="name",
        start=text_start,
        end=end_char,
        text=full[text_start:end_char],
        root=root,
        label=ent.label_,
        name=full[text_start:end_char],
        title=" ".join(t.text for t in title_words),
        country=cue,
        not_current=not_current,
        # "Britons" is often tagged a singular proper noun
        plural=root.tag_ in ("NNS", "NNPS") or (ent.label_ == "NORP" and ent.text.endswith("s")),
        political=_political(root, lex),
        appos=appos,
        definite=any(c.dep_ == "det" and c.lower_ == "the" for c in root.children),
        possessor=possessor,
    )


def _description(
    chunk: Span,
    ent_of: dict[int, Span],
    gaz: Gazetteer,
    lex: Lexicon,
    used: set[int],
    text: str | None = None,
) -> Candidate | None:
    """Build the candidate of a noun phrase that describes an actor by role or title."""
    root = chunk.root
    toks = [t for t in chunk if t.i <= root.i]
    of_phrase = [
        t
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for t in [c, *_noun_phrase(p)]
    ]
    # "officials in Beijing", "diplomats in Washington": where a generic role sits.
    if root.lower_ in lex.role_nouns:
        of_phrase += [
            t
            for c in root.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ == "GPE"
            for t in [c, *_noun_phrase(p)]
        ]
    # "an aide to President X": the person served.
    served = [
        p
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj" and p.i in ent_of and ent_of[p.i].label_ == "PERSON"
    ]
    cue, cue_toks = _country(toks + of_phrase + served, ent_of, gaz, exclude=None, lex=lex)
    words = [
        t
        for t in toks
        if (t.i not in cue_toks or t.lower_ in lex.party_words)  # "the Republican nominee" is a title
        and (t.dep_ not in ("det", "case", "punct", "poss") or t.i == root.i)
        # "the Republican nominee", "the leading GOP candidate" (GOP tagged ORG)
        and (t.i not in ent_of or ent_of[t.i].label_ == "NORP" or t.lower_ in lex.party_words)
    ]
    not_current = any(t.lower_ in lex.not_current for t in words)
    words = [t for t in words if t.lower_ not in lex.not_current]
    title = None
    end_tok = root
    if of_phrase and words and words[-1].i == root.i:
        # "the secretary of the Treasury", "minister of external affairs"
        title = _longest_title(words + of_phrase, gaz, cue)
        if title is not None and of_phrase[-1].i == max(t.i for t in of_phrase):
            end_tok = of_phrase[-1]  # the mention runs to the end of the title
    title = title or _longest_title(words, gaz, cue)
    if title is not None and of_phrase and end_tok is root and any(t.i in cue_toks for t in of_phrase):
        end_tok = max(of_phrase, key=lambda t: t.i)  # "the President of the United States"
    if (
        cue is None
        and title is not None
        and not any(
            t.i in ent_of and ent_of[t.i].label_ == "ORG" and t.lower_ not in title.lower().split()
            for t in of_phrase
        )
    ):
        # (not "the general secretary of Unite": a title of the body it names, not the state's;
        # "the secretary of the Treasury" is a title with its body in it)
        cue = gaz.title_country(title)
    state_noun = root.lower_ in lex.definite_state_nouns or lex.role_nouns.get(root.lower_) == "state"
    generic = root.lower_ in lex.role_nouns or state_noun or root.lower_ in lex.anaphor_nouns
    follower = _comma_name(root, of_phrase, ent_of)
    apposed_person = follower is not None or any(
        c.i in ent_of and ent_of[c.i].label_ == "PERSON"
        for c in [
            *(c for c in root.children if c.dep_ == "appos"),
            *([root.head] if root.dep_ == "appos" else []),
        ]
    )
    if title is None and not generic and not (cue is not None and apposed_person):
        return None  # "an influential Russian sociologist, X" is kept: a person with a country
    owner = ""
    if state_noun and cue is None:
        # "the Obama administration", "the Putin government": the state of the person named.
        named = [ent_of[t.i] for t in toks if t.i in ent_of and ent_of[t.i].label_ == "PERSON"]
        owner = named[-1].text if named else ""
    definite = any(t.dep_ == "det" and t.lower_ == "the" for t in toks)
    context = (
        state_noun
        and cue is None
        and not owner
        and definite
        and not not_current
        and not any(t.text[:1].isupper() or t.i in ent_of for t in words)
    )
    appos = None
    apposed = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for c in apposed:
        if c.i in ent_of and ent_of[c.i].label_ == "PERSON":
            appos = ent_of[c.i].start_char
        elif c.i in ent_of and ent_of[c.i].label_ == "ORG" and root.lower_ in lex.anaphor_nouns:
            appos = ent_of[c.i].start_char  # "Al-Shabaab, the terrorist group based in Somalia"
    if appos is None and follower is not None and (title is not None or cue is not None):
        appos = follower.start_char
    # "the official" may take the country of an earlier "a Mexican official" (resolve.py).
    anaphor = (
        definite
        and (root.lower_ in lex.role_nouns or root.lower_ in lex.anaphor_nouns)
        and (len(words) == 1 or lex.role_nouns.get(root.lower_) == "person")
        and not plural_of(root)
    )
    if cue is None and appos is None and title is None and not owner and not context and not anaphor:
        return None
    start = toks[0].i
    while start < root.i and (
        chunk.doc[start].dep_ == "det"
        or (chunk.doc[start].dep_ == "poss" and chunk.doc[start].lower_ in lex.pronouns)
    ):
        start += 1  # "his national security adviser": "his" stays a pronoun of its own
    used.update(t.i for t in toks if t.i >= start and (t.i not in ent_of or _is_norp(t)))
    first = chunk.doc[start]
    return Candidate(
        kind="description",
        start=first.idx,
        end=end_tok.idx + len(end_tok.text),
        text=(text if text is not None else chunk.doc.text)[first.idx : end_tok.idx + len(end_tok.text)],
        root=root,
        title=title or root.text,
        country=cue,
        not_current=not_current,
        plural=root.tag_ in ("NNS", "NNPS"),
        political=_political(root, lex),
        appos=appos,
        definite=definite,
        owner=owner,
        context=context,
    )


def _title_or_suffix_country(title_words: list[Token], after: str, lex: Lexicon) -> str | None:
    """Return the country a title only one country uses ("Rep.") or a suffix ("(D-N.Y.)") gives."""
    for t in title_words:
        if t.lower_ in lex.title_countries:
            return lex.title_countries[t.lower_]
    for pattern, code in lex.suffix_countries:
        if pattern.match(after):
            return code
    return None


def _comma_name(root: Token, of_phrase: list[Token], ent_of: dict[int, Span]) -> Span | None:
    """Return the person's name set off by commas right after a description, if any.

    "the secretary of the Treasury, Jacob J. Lew, said", "a Russian sociologist, Mikhail
    E. Dmitriyev, concluded": an apposition, however the parser hangs it.
    """
    doc = root.doc
    end = max([root.i, *(t.i for t in of_phrase)])
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    follower = ent_of.get(end + 2)
    if follower is None or follower.label_ != "PERSON" or follower.start != end + 2:
        return None
    after = doc[follower.end].text if follower.end < len(doc) else "."
    return follower if after in (",", ".", "--", ";") else None


def plural_of(root: Token) -> bool:
    """Return whether a noun is plural."""
    return root.tag_ in ("NNS", "NNPS")


def _damaged(tok: Token) -> bool:
    """Return whether a word carries encoding damage (UTF-8 read as Latin-1: "PeÃ±a")."""
    return repair_mojibake(tok.text) != tok.text


def _mend_damaged_names(ents: list[Span]) -> list[Span]:
    """Return the entities with people's names grown over words the tagger lost to encoding damage.

    spaCy ends "Enrique PeÃ±a Nieto" at "Enrique" (and may call "Nieto" a place): a
    damaged capitalised word right after a name, and a capitalised word after that, belong
    to the name.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    grown: list[Span] = []
    taken: set[int] = set()
    for e in sorted(ents, key=lambda e: e.label_ != "PERSON"):
        if any(t.i in taken for t in e):
            continue
        end = e.end
        if e.label_ == "PERSON":
            while (
                end < len(doc)
                and doc[end].text[:1].isupper()
                and (_damaged(doc[end]) or _damaged(doc[end - 1]))
            ):
                end += 1
        span = Span(doc, e.start, end, label=e.label_) if end != e.end else e
        grown.append(span)
        taken.update(range(span.start, span.end))
    return sorted(grown, key=lambda e: e.start)


def _gazetteer_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Return runs of proper nouns outside spaCy's entities that name a known actor.

    The small model misses some names, most often at the start of a sentence ("Xi
    Jinping welcomed ..."); the gazetteer knows them.
    """
    found: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
            j += 1
        if j > i:
            run = doc[i:j]
            actors = gaz.by_alias(run.text)
            if actors and (j - i > 1 or actors[0].kind != "person"):
                found.append(Span(doc, i, j, label="PERSON" if actors[0].kind == "person" else "ORG"))
            i = j
        else:
            i += 1
    return found


def _repeated_surnames(doc: Doc, ents: list[Span], gaz: Gazetteer, headline_end: int = 0) -> list[Span]:
    """Return lone proper nouns outside entities that repeat the surname of a person named before.

    spaCy often misses the bare surname ("Schiff told ...") after tagging the full name.
    """
    first_seen: dict[str, int] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            # Any later word of the name: "Basañez" after "Miguel Basañez Ebergenyi".
            for t in e[1:]:
                if len(t.text) > 2 and "." not in t.text:
                    first_seen.setdefault(t.text, e.end)
    covered = {t.i for e in ents for t in e}
    found: list[Span] = []
    for t in doc:
        # The tagger takes an unknown surname for a common noun ("Hannity said"); a headline
        # names people by surname before the text gives their full name.
        if not (
            (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title))
            and t.i not in covered
            and not t.ent_type_
            and t.text in first_seen
            and (first_seen[t.text] <= t.i or t.i < headline_end)
        ):
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        if prev is not None and _given_name(prev, t, covered, gaz):
            found.append(Span(doc, prev.i, t.i + 1, label="PERSON"))  # "Ivanka Trump": someone else
        else:
            found.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    return found


def _given_name(prev: Token, surname: Token, covered: set[int], gaz: Gazetteer) -> bool:
    """Return whether ``prev`` is another given name written with a known surname."""
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and prev.is_alpha
        and not prev.ent_type_
        and prev.i not in covered
        and prev.dep_ == "compound"
        and prev.head.i == surname.i
        and gaz.title_role(prev.text) is None
        and gaz.demonym(prev.text) is None
        and not gaz.by_alias(prev.text)
        and strip_honorific(f"{prev.text} x")[1] is None
    )


def _extend(ent: Span, gaz: Gazetteer) -> Span:
    """Return ``ent`` grown by up to two following words when that makes a known name.

    spaCy splits some names the gazetteer knows whole ("Russia" + "Today"), and cuts
    hyphenated given names ("Moon Jae" + "-in").
    """
    doc = ent.doc
    end = ent.end
    while (
        ent.label_ == "PERSON"  # "Moon Jae-in", not "al Qaeda-linked"
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        end += 2  # "Jae" "-" "in"
    if end != ent.end and doc[end - 1].text.isalpha():
        return Span(doc, ent.start, end, label=ent.label_)
    for extra in (2, 1):
        end = ent.end + extra
        if end > len(doc) or any(not t.text[:1].isupper() for t in doc[ent.end : end]):
            continue
        longer = doc[ent.start : end]
        if gaz.by_alias(longer.text):
            return Span(doc, ent.start, end, label="ORG")
    return ent


def _described_as(root: Token, origin_verbs: frozenset[str] = frozenset()) -> list[Token]:
    """Return the words of the role phrases the text gives a name, where a country may be.

    "X, a Brazilian economist" (appositive), "the Mexican billionaire X" (X apposed to the
    noun), "X, who served as U.S. ambassador" and "X visited ... as Burma's leader".
    """
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    # "Hans Weber of Germany": the country (or body) the name is "of".
    own: list[Token] = [
        t
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "ORG")
        for t in _noun_phrase(p)
    ]
    origin: list[Token] = []
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(root.head)
    for verb in verbs:
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "X is not an employee of RT"
        for c in verb.children:
            if c.dep_ == "attr":
                nouns.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                nouns.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ == "from" and verb.lemma_.lower() in origin_verbs:
                # "X came to Clarkston from Iraq", "X fled Syria": where the person is from
                origin.extend(p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE")
    nouns += [c for n in nouns for c in n.children if c.dep_ == "conj"]  # "a fellow ... and a former envoy"
    toks: list[Token] = list(own) + origin
    for noun in nouns:
        toks.extend(_noun_phrase(noun))
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                # Only the object's own phrase: "an advocate for rights in Burma" is not Burmese.
                toks.extend(t for p in c.children if p.dep_ == "pobj" for t in _noun_phrase(p))
            elif c.dep_ == "prep" and c.lower_ in ("from", "in"):
                # "a Republican from Texas", "a refugee from Syria", "a radio host in Cape
                # Breton, Nova Scotia": where the person is from or works.
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ == "GPE":
                        toks.append(p)
                        toks.extend(
                            q for q in p.children if q.dep_ in ("appos", "conj") and q.ent_type_ == "GPE"
                        )
            elif c.dep_ == "prep" and c.lower_ == "to":
                # "a top aide to President X": the person served gives the country.
                toks.extend(p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON")
            elif c.dep_ == "prep" and c.lower_ in ("at", "on", "with"):
                # The body a person works at or sits on gives the country ("an expert at the
                # X Institute", "the top Democrat on the Y Committee"); "an expert on Russia" does not.
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ == "ORG":
                        toks.append(p)
                    # "a fellow at X and a former US ambassador": the parser hangs the second
                    # role on the body.
                    toks.extend(
                        t
                        for q in p.children
                        if q.dep_ == "conj" and q.pos_ == "NOUN"
                        for t in _noun_phrase(q)
                    )
    return toks


def _noun_phrase(noun: Token) -> list[Token]:
    """Return a noun with the words before it that modify it ("the Mexican billionaire")."""
    return [t for left in noun.lefts for t in left.subtree] + [noun]


def _is_norp(tok: Token) -> bool:
    """Return whether ``tok`` is part of a NORP entity (a demonym used as an adjective)."""
    return tok.ent_type_ == "NORP"


def _longest_title(words: list[Token], gaz: Gazetteer, country: str | None) -> str | None:
    """Return the longest run of ``words`` ending at the last one that is a known title."""
    for i in range(len(words)):
        phrase = " ".join(t.text for t in words[i:])
        if gaz.title_role(phrase, country or gaz.title_country(phrase)) is not None:
            return phrase
    return None


def _left_modifiers(doc: Doc, start: int, root: Token, sent_ends: frozenset[int]) -> list[Token]:
    """Return the tokens before ``start`` that modify the name (its noun phrase's left part)."""
    mods: list[Token] = []
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if tok.i in sent_ends or tok.dep_ in ("punct", "cc") or not _governed_by(tok, root, start):
            break
        mods.insert(0, tok)
        i -= 1
    return mods


def _governed_by(tok: Token, root: Token, start: int) -> bool:
    """Return whether ``tok`` hangs (through tokens before ``start``) on ``root``'s name."""
    seen = 0
    while seen < 6:
        head = tok.head
        if head is tok:
            return False
        if head.i >= start:
            return head.i <= root.i
        tok = head
        seen += 1
    return False


def _country(
    toks: list[Token],
    ent_of: dict[int, Span],
    gaz: Gazetteer,
    exclude: Span | None,
    lex: Lexicon | None = None,
    bodies: bool = True,
) -> tuple[str | None, set[int]]:
    """Return the state or IGO code the tokens name (a demonym, a country, "of Russia").

    With ``lex``, an organisation the gazetteer lacks gives the country its name or
    its place shows (``org_country``). Without ``bodies``, organisations give none (the
    outlet of a host).
    """
    for tok in toks:
        ent = ent_of.get(tok.i)
        if exclude is not None and ent is exclude:
            continue
        text = ent.text if ent is not None else tok.text
        doc = tok.doc
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" else None
        # "American-vetted": who vetted them; "Syrian-American": the second demonym is the nationality
        hyphened = after is not None and (after.is_lower or gaz.demonym(after.text) is not None)
        # "American-vetted rebels", "Saudi-led forces": the demonym says who vetted or led them
        code = gaz.demonym(text) if tok.pos_ in ("ADJ", "PROPN", "NOUN") and not hyphened else None
        if (
            code is None
            and lex is not None
            and tok.text[:1].isupper()
            and (ent is None or ent.label_ != "PERSON")
        ):
            code = lex.party_words.get(tok.lower_)  # "a GOP contender", "Republican lawmakers"
        if code is None and ent is not None and ent.label_ == "PERSON" and lex is not None:
            people = [a for a in gaz.by_alias(ent.text) if a.kind == "person" and a.country]
            code = people[0].country if people else None  # "a former Clinton aide", "Putin's spokesman"
        if code is None and ent is not None and ent.label_ in ("GPE", "ORG", "NORP"):
            found = [a for a in gaz.by_alias(text) if a.kind in ("state", "organisation")]
            code = found[0].id if found else None
            if code is None and ent.label_ == "GPE":
                code = gaz.metonym(text)  # "officials in Beijing", "diplomats in Brussels"
            if code is None and ent.label_ == "GPE":
                code = gaz.region(text)  # "Florida Rep. X", "a Republican from Texas"
            if code is not None and not bodies and ent.label_ == "ORG":
                code = None
            if code is None and lex is not None and bodies and ent.label_ == "ORG" and not gaz.by_alias(text):
                code = org_country(ent, gaz, lex)
        if code is not None:
            idx = {t.i for t in ent} if ent is not None else {tok.i}
            return code, idx
    return None, set()


def org_country(ent: Span, gaz: Gazetteer, lex: Lexicon) -> str | None:
    """Return the country of an organisation the gazetteer lacks, from its name or its place.

    A phrase of the ``org_country`` word list ("House * Committee"), a demonym, country or
    capital among its words ("the Mexican Embassy", "the Washington Institute ..."), or a
    place written after it ("the X Center in Washington").
    """
    name = normalize(strip_honorific(ent.text)[0])
    for pattern, listed in lex.org_countries:
        if pattern.search(name):
            return listed
    for tok in ent:
        found = _place_country(tok.text, gaz, demonyms=True) if tok.text[:1].isupper() else None
        if found is not None:
            return found
    outlet = (
        ent.text.casefold() in lex.outlet_countries or f"the {ent.text.casefold()}" in lex.outlet_countries
    )
    for i in range(len(ent)) if not outlet else ():
        for j in (i + 2, i + 1):  # "Massachusetts General Hospital", "New Jersey Transit"
            words = ent[i:j]
            if j <= len(ent) and all(t.text[:1].isupper() for t in words):
                found = gaz.region(words.text)
                if found is not None:
                    return found
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ == "in":
        place = [t for t in after.children if t.dep_ == "pobj" and t.ent_type_ == "GPE"]
        if place:
            span = next((e for e in ent.doc.ents if e.start <= place[0].i < e.end), None)
            return _place_country(span.text if span is not None else place[0].text, gaz)
    return None


def _place_country(text: str, gaz: Gazetteer, demonyms: bool = False) -> str | None:
    """Return the state a country name, capital (or, with ``demonyms``, demonym) stands for."""
    code = (gaz.demonym(text) if demonyms else None) or gaz.metonym(text)
    if code is None:
        states = [a for a in gaz.by_alias(text) if a.kind == "state"]
        code = states[0].id if states else None
    actor = gaz.actor(code) if code is not None else None
    return actor.country if actor is not None and actor.country else code


def _political(root: Token, lex: Lexicon) -> bool:
    """Return whether the phrase acts as an actor in its clause (subject, possessor, agent)."""
    tok = root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "dobj":
        return tok.head.lower_ not in lex.place_verbs  # "threaten Moscow", not "visit Moscow"
    if tok.dep_ in ACTOR_DEPS:
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in lex.political_preps
        and tok.head.head.lower_ not in lex.place_verbs  # "left for Moscow"
    )


def name_key(text: str) -> str:
    """Return the lookup key of a written name: honorific, case and punctuation ignored."""
    return normalize(strip_honorific(text)[0])
