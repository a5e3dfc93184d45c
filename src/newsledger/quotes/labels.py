"""Attributions by layout: "NAME: words" (transcripts, headlines), "“words” ― NAME" (vox pops)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

from newsledger.model import QuoteKind
from newsledger.quotes.marks import find_quoted, paragraphs
from newsledger.quotes.spans import Found, trim, words_of

NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
QUOTE_OPENERS = "\u201c\u2018\"'\u00ab"
# "NAME: words" (transcripts, headlines) and "NAME ― “words”" (vox pops)

# a live blog's time stamp before a label ("10:42 GMT - ", "12:15 p.m. "): not part of the name
STAMP = (
    r"(?:\d{1,2}[:.]\d{2}(?:[^\S\n]*[ap]\.?m\.?)?(?:[^\S\n]+[A-Z]{2,4})?[^\S\n]*[-\u2013\u2014|]?[^\S\n]*)?"
)
LABEL = re.compile(
    r"[^\S\n]*"
    + STAMP
    + r"([A-Z][\w.'\u2019\- ]{0,40}?)[^\S\n]?(:(?=[^\S\n])|[\u2015\u2014\u2013](?=[^\S\n]*[\u201c\u201d\"]))[^\S\n]*(\S)"
)
# "“words” ― NAME" at the end of a paragraph
TRAILER = re.compile(
    r"[^\S\n]*(\S.*?[\u201d\"\u2019])[^\S\n]*([\u2015\u2014\u2013])[^\S\n]*([A-Z@][\w.'\u2019\- ]{0,40}?)[^\S\n]*"
)


def labelled(doc: Doc, text: str, stop: frozenset[str], nouns: frozenset[str] = frozenset()) -> list[Found]:
    """Paragraphs led by a speaker's name and a colon or dash, or closed by "― NAME".

    A label may also be a noun of ``nouns`` that reports findings ("Poll: …", "New survey: …").
    """
    out: list[Found] = []
    quoted = {q.start: q for q in find_quoted(text)}
    for lo, hi in paragraphs(text):
        t = TRAILER.fullmatch(text, lo, hi)
        if t is not None:
            name_end = t.end(3) - 1 if text[t.end(3) - 1] == "." else t.end(3)
            name = doc.char_span(t.start(3), name_end, alignment_mode="expand")
            dash = doc.char_span(t.start(2), t.end(2), alignment_mode="expand")
            if name is not None and dash is not None and len(name) <= 5:
                q = quoted.get(t.start(1))
                lo_, hi_ = (q.inner_start, q.inner_end) if q is not None and q.end == t.end(1) else t.span(1)
                out.append(Found("direct", lo_, hi_, dash, name, None, ()))
            continue
        m = LABEL.match(text, lo, hi)
        if m is None or m.group(1).strip().lower() in stop:
            continue
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        colon = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        # a headline (the first paragraph) "Warren Hammers Bank Chief: ‘You Should Resign.’"
        headline = (
            not text[:lo].strip()
            and m.group(2) == ":"
            and text[m.start(3)] in QUOTE_OPENERS
            and label is not None
            and all(t.text[:1].isupper() or t.is_stop or not t.is_alpha for t in label)
        )
        if label is None or colon is None or len(label) > (8 if headline else 5):
            continue
        # a headline "Warren: New rules will hurt farms": its label is the source, whatever its tags
        headline = headline or (
            not text[:lo].strip()
            and m.group(2) == ":"
            and not any(t.pos_ in ("VERB", "AUX") for t in label)  # not "Biden said: …"
        )
        finding = len(label) <= 2 and label[-1].lemma_.lower() in nouns and m.group(2) == ":"
        if not (finding or headline) and not all(
            t.pos_ == "PROPN" or t.is_upper or t.is_punct or t.ent_type_ == "PERSON" for t in label
        ):
            continue
        named = (
            finding
            or headline
            or len(label) == 1
            or label.text.isupper()
            or any(t.ent_type_ in NAME_ENTS for t in label)
        )
        if m.group(2) == ":" and not named:
            continue  # "Stealth Over Health: …" is a headline, not a speaker
        if m.group(2) != ":" and label.text.isupper() and not any(t.ent_type_ in NAME_ENTS for t in label):
            continue  # "BROADWAY BEAT — …": a newsletter's section head, not a speaker
        if (
            not text[:lo].strip()
            and m.group(2) == ":"
            and label.text.isupper()
            and not any(t.ent_type_ in NAME_ENTS for t in label)
        ):
            continue  # a headline's flag in capitals ("EXCLUSIVE: …"), not a speaker
        c_lo, c_hi = m.start(3), hi
        while c_hi > c_lo and text[c_hi - 1] in " .":
            c_hi -= 1
        if c_hi - c_lo < 8:
            continue
        speaker: Span | None = label
        hearer: Span | None = None
        to = next((t for t in label if t.lower_ == "to" and t.i > label.start), None)
        if headline and to is not None and to.i + 1 < label.end:
            # "Clinton to Planned Parenthood: …": the speaker, then the hearer
            speaker, hearer = doc[label.start : to.i], doc[to.i + 1 : label.end]
        if words_of(doc).interview_roles.get(label.text.lower()) == "question" and m.group(2) == ":":
            speaker = None  # "Q: …": the interviewer's turn ("A: …" resolves to the one interviewed)
        q = quoted.get(c_lo)
        if q is not None and q.closed and not text[q.end : hi].strip(" ."):
            # "Zelensky: “We need air defence now.”": the quoted words, without their marks
            out.append(Found("direct", q.inner_start, q.inner_end, colon, speaker, hearer, ()))
            continue
        # a transcript's turn ("BLINKEN: I think it is possible.") gives the words said; a
        # headline's or a finding's label ("Warren: New rules will hurt farms") a summary
        kind: QuoteKind = "indirect" if headline or finding else "direct"
        out.append(Found(kind, c_lo, c_hi, colon, speaker, hearer, ()))
    return out


SUBJECT_TAGS = frozenset({"NOUN", "PROPN"})
NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "PART"})


def verb_form(word: str, verbs: Mapping[str, object]) -> str | None:
    """The cue verb of which ``word`` is the present tense ("blasts" -> "blast"), or None."""
    w = word.lower()
    for stem in (
        w[:-3] + "y" if w.endswith("ies") else "",
        w[:-2] if w.endswith("es") else "",
        w[:-1] if w.endswith("s") else "",
    ):
        if stem and stem in verbs:
            return stem
    return None


def title_line(doc: Doc, t: Token) -> tuple[int, int] | None:
    """The token range of ``t``'s line when it is set in title case ("Mayor Praises Local Farmers"):
    most of its longer words capitalized. Its tags and parse are unreliable; its layout is not."""
    lo = t.i
    while lo > 0 and "\n" not in doc[lo - 1].text and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    hi = t.i + 1
    while hi < len(doc) and "\n" not in doc[hi].text and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    words = [x for x in doc[lo:hi] if x.is_alpha and len(x) > 3]
    if len(words) < 4 or sum(x.text[:1].isupper() for x in words) < 0.8 * len(words):
        return None
    return lo, hi


def title_claim(doc: Doc, t: Token, inside: list[int], verb: bool = False) -> Found | None:
    """ "Senator Claims Governor Hid Report": a title-case line's cue verb the tagger read as a
    name; the names before it (from the line's start) are its subject, the rest of the line
    (to a semicolon) its content. With ``verb``, also a cue tagged as a verb in its present
    tense whose frame found nothing ("Senator Claims Governor Most Honest Man Ever")."""
    line = title_line(doc, t)
    tags = ("NNP", "NNPS", "NNS", "VBZ") if verb else ("NNP", "NNPS", "NNS")
    if line is None or t.tag_ not in tags or inside[t.i]:
        return None
    lo, end = line
    speaker = doc[lo : t.i]
    if not 1 <= len(speaker) <= 6:
        return None
    if not all(x.text[:1].isupper() or x.lower_ in ("'s", "\u2019s") for x in speaker):
        return None
    if not any(x.ent_type_ in NAME_ENTS for x in speaker):
        return None  # "New Rules Face …", "Swing States To …": a plural noun, no one speaking
    nxt = doc[t.i + 1]
    if nxt.is_punct or nxt.lower_ == "to":
        return None  # "Trump Laughs, Evades …": not a report
    if doc[t.i - 1].tag_ in ("JJ", "JJR", "JJS", "CD", "DT", "PRP$"):
        return None  # "Gets More Votes In …": a noun after its modifier
    if nxt.ent_iob_ == "I" and not verb:
        return None  # "Power Plant Rules Face …": a word inside a name that runs on
    hi = t.i + 1
    while hi < end and doc[hi].text != ";":
        hi += 1
    a, b = trim(doc, t.i + 1, hi)
    if a is None or b is None or any(inside[i] for i in range(lo, hi)) or hi - t.i < 4:
        return None
    return Found("indirect", a, b, doc[t.i : t.i + 1], speaker, None, ())


def mistagged(doc: Doc, t: Token, inside: list[int]) -> Found | None:
    """ "Farm lobby blasts governor over cuts": a headline's verb the tagger read as a noun.

    ``t`` is the present tense of a cue verb, tagged as a plural noun and parsed as the root
    of its sentence, right after the noun its subject ends in; the subject is the noun
    phrase before it, the content the rest of the sentence (to a semicolon).
    """
    if title_line(doc, t) is not None:
        found = title_claim(doc, t, inside)
        if found is not None or t.tag_ != "NNS":
            return found
    sent = t.sent
    if t.i == sent.start or t.i + 1 >= sent.end or inside[t.i]:
        return None
    if t.dep_ != "ROOT":
        return None  # "Farm lobby blasts drew crowds": a noun inside the subject of a verb
    prev, nxt = doc[t.i - 1], doc[t.i + 1]
    if (
        prev.pos_ not in SUBJECT_TAGS
        or nxt.lower_ in ("of", ",", ".", "'s")
        or (nxt.is_punct and nxt.text != ":")
    ):
        return None
    lo = t.i
    while lo > sent.start and doc[lo - 1].pos_ in NP_POS and not doc[lo - 1].is_space:
        lo -= 1
    if doc[lo].pos_ == "DET":
        return None  # "the party plans": a noun phrase, not a subject and its verb
    hi = t.i + 1
    while hi < sent.end and doc[hi].text != ";":
        hi += 1
    a, b = trim(doc, t.i + 1, hi)
    if a is None or b is None or any(inside[i] for i in range(lo, hi)):
        return None
    speaker = doc[lo : t.i]
    return Found("indirect", a, b, doc[t.i : t.i + 1], speaker, None, ())


TRAILING = re.compile(r",[^\S\n]+([^,;:\n\u201c\u201d\"]{1,60}?)[^\S\n]+([a-z]+)\.[^\S\n]*$")
SENTENCE_END = re.compile(r"[.?!][\u201d\"\u2019']?[^\S\n]+(?=[A-Z\u201c\"])")


def trailing(doc: Doc, text: str, is_cue: Callable[[Token], bool]) -> list[Found]:
    """A paragraph that closes on ", SUBJECT VERB." ("Rents will keep rising, experts say."):
    the words of its last sentence before the comma, whatever the parse made of them (headline
    decks and short lines are often parsed with the verb's subject at their start)."""
    out: list[Found] = []
    for lo, hi in paragraphs(text):
        m = TRAILING.search(text, lo, hi)
        if m is None:
            continue
        verb = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        subj = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if verb is None or subj is None or len(verb) != 1 or not is_cue(verb[0]) or len(subj) > 5:
            continue
        if verb[0].tag_ not in ("VBZ", "VBD", "VBP") or not all(
            t.pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "PUNCT", "NUM") for t in subj
        ):
            continue
        if subj[-1].pos_ not in ("NOUN", "PROPN", "PRON") or any(t.tag_ in ("WDT", "WP") for t in subj):
            continue
        heads = [t for t in subj if not subj.start <= t.head.i < subj.end]
        if len(heads) != 1 or heads[0].head.i != verb.start or heads[0].dep_ != "nsubj":
            continue  # "…, a loss the village mourned": not the subject of the closing verb
        c_lo = lo
        for s in SENTENCE_END.finditer(text, lo, m.start()):
            word = text[lo : s.start()].rsplit(None, 1)[-1] if text[lo : s.start()].strip() else ""
            if text[s.start()] == "." and len(word) <= 3 and word[:1].isalpha() and word != word.lower():
                continue  # "Sen. Smith", "U.S. Army": an abbreviation, not a sentence's end
            if text[s.start()] == "." and len(word) == 1:
                continue
            c_lo = s.end()
        sent = doc.char_span(c_lo, m.start(), alignment_mode="expand")
        if sent is None:
            continue
        a, b = trim(doc, sent.start, subj.start)
        if a is None or b is None or any(ch in text[a:b] for ch in '\u201c\u201d"'):
            continue
        if len(text[a:b].split()) < 3:
            continue
        out.append(Found("indirect", a, b, verb, subj, None, ()))
    return out
