"""The ``news_sentences`` component: sentence breaks news layout implies, set before parsing.

spaCy's parser splits sentences well inside a paragraph but runs a headline, a
dateline and the first sentence together. This component, placed before the
parser (which keeps boundaries already set), starts a sentence

* after every blank line (a headline or paragraph ends there),
* after a dateline ("MOSCOW —", "MAIDUGURI, Nigeria —") at the start of a paragraph, and
* at list items ("- Iran blamed Israel...", "2) ...") and at lines that follow a finished
  sentence or a short heading (explainers and press releases break lines, not paragraphs).

It also records, for the resolver, section headings (``doc._.headings``: short lines standing alone,
"Kestrian Liberation Front" over a list, "Who is X?") and list-item labels (``doc._.labels``:
"- Kestrian Front: ..."); a heading or label that names one body is the topic its items' "it" refers to.

And it records a fact-check's claims (``doc._.claims``): the lines under a "Claim:" label, each with
whether the "Verdict:" label that follows rates it false -- a claim's content is not stated as fact, and
one rated false is stated not to hold; a sentence a "Myth:" label opens (at a line's or a sentence's start) is a
claim rated false.

It also marks a title-case headline (``doc._.headline_end``): headlines compress and
capitalise, and the tagger reads them poorly, so relations are not read from them
(their facts are restated in the body); their names still count for coreference.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Token, Span

__all__ = ["news_sentences", "doc_text", "doc_sents", "claim_at", "claim_span_at", "TIME_STAMP"]

if not Doc.has_extension("headline_end"):
    Doc.set_extension("headline_end", default=0)
if not Doc.has_extension("datelines"):
    Doc.set_extension("datelines", default=())
if not Doc.has_extension("headings"):
    Doc.set_extension("headings", default=())
if not Doc.has_extension("labels"):
    Doc.set_extension("labels", default=())
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=())

_LAST_TEXT: list = [None, ""]  # the last doc asked for, and its text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins every token's text anew at each access, and the
    resolver asks for the line around an anaphor at every one (a doc's text never changes)."""
    if _LAST_TEXT[0] is not doc:
        # (from the form and space columns: what ``doc.text`` joins, each token's text and its trailing space,
        # without making a Token for each)
        strings = doc.vocab.strings
        _LAST_TEXT[0], _LAST_TEXT[1] = doc, "".join(
            [strings[orth] + " " if space else strings[orth] for orth, space in doc.to_array([ORTH, SPACY]).tolist()])
    return _LAST_TEXT[1]


_LAST_SENTS: list = [None, 0, ()]  # the last doc asked for, its length, and its sentences


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, listed once per parsed doc: spaCy walks every token anew at each ``doc.sents``, and
    the resolver asks for them at every anaphor. (A retokenised doc changes length: listed again.)"""
    if _LAST_SENTS[0] is not doc or _LAST_SENTS[1] != len(doc):
        _LAST_SENTS[0], _LAST_SENTS[1], _LAST_SENTS[2] = doc, len(doc), tuple(doc.sents)
    return _LAST_SENTS[2]


# "MOSCOW —", "MAIDUGURI, Nigeria —", "GARISSA, Kenya, Aug 9 (Wire) -": a place in capitals, then up to
# a state and a date, then the agency's name in brackets
_DATELINE = re.compile(r"[A-Z][A-Z .'\-]+(?:,\s*[A-Z][A-Za-z0-9 .'\-]+){0,2}(?:\s*\([A-Z][\w .&'\-]*\))?\s*[—–-]{1,2}\s")


# "Mogadishu, 3 September 2025 -", "Goma, DR Congo, March 4 -": a press release's place in title case, which only
# the date after it tells from a sentence's opening words (fresh40a)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2},\s*(?:[A-Z][A-Za-z .'\-]+,\s*)?"
                             rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
                             r"(?:\s*\([A-Z][\w .&'\-]*\))?\s*[—–-]{1,2}\s")


def _dateline_at(text: str, pos: int = 0) -> re.Match | None:
    return _DATELINE.match(text, pos) or _DATED_DATELINE.match(text, pos)


_SENTENCE_STOPS = {".", "?", "!"}


@Language.component("news_sentences", assigns=["token.is_sent_start", "doc._.headline_end"])
def news_sentences(doc: Doc) -> Doc:
    text = doc.text
    starts = {0}
    datelines = []
    for m in re.finditer(r"\n\s*\n\s*", text):
        starts.add(m.end())
        dateline = _dateline_at(text, m.end())
        if dateline:
            starts.add(dateline.end())
            datelines.append(dateline.span())
    dateline = _dateline_at(text)
    if dateline:
        starts.add(dateline.end())
        datelines.append(dateline.span())
    starts.update(_line_starts(text))
    # "MOSCOW —" says where the report was filed: a place for the article, not an actor in it.
    doc._.datelines = tuple(datelines)
    after_stop = False
    before = None  # (the token before: carried along, not made anew for each token)
    # 1 a sentence starts here, -1 none does, 0 the parser decides: set once as an array (the per-token
    # ``is_sent_start`` setter costs some 50 microseconds a call, and most tokens are marked)
    marks = doc.to_array(SENT_START).astype("int64")
    for token in doc:
        i = token.i
        if i > 0 and not token.is_space and (token.idx in starts or (after_stop and (token.is_title or token.is_upper))):
            # (a stop of its own before a capitalised word ends a sentence: the small parser sometimes runs on
            # across it, "X cut the road to Y. X shelled Y" read as one sentence; abbreviations keep their dot)
            marks[i] = 1
            if i + 1 < len(doc) and _word(token) and _word(doc[i + 1]):
                # nor does a sentence end after its first word: after a heading the parser may cut "M23 | rebels
                # took X" (own38)
                marks[i + 1] = -1
        elif before is not None and _runs_on(before, token):
            # no sentence of news starts inside a line right after a word: the small parser, left to itself,
            # sometimes ends one after a name's bracketed acronym ("The Front (JNIM) | now contests X") or, under a
            # heading, inside a name or a phrase ("Kataib | Hezbollah's brigades ...": fresh38a, fresh38b)
            marks[i] = -1
        if not token.is_space:
            after_stop = token.text in _SENTENCE_STOPS
        before = token
    if len(doc):
        doc.from_array([SENT_START], marks.astype("uint64").reshape(-1, 1))
    doc._.headline_end = _headline_end(text)
    doc._.headings = tuple(_headings(text))
    doc._.labels = tuple(_labels(text))
    doc._.claims = tuple(_claims(text))
    return doc


def _word(token) -> bool:
    """A word or a number, no punctuation nor space."""
    return not (token.is_space or token.is_punct)


def _runs_on(before: Token, token: Token) -> bool:
    """Whether ``token`` carries on the sentence before it (``before``, the token just before) on the same line: a
    lower-case word right after a word or a closing bracket, or any word right after a word and a single space (not
    after a stop, a colon, a quote or a line break, where a list item or a quoted fragment may begin)."""
    if not token.is_alpha or before.is_space or "\n" in before.whitespace_:
        return False
    return token.is_lower and (before.is_alpha or before.text == ")") or before.is_alpha and before.whitespace_ == " "


BULLETS = "-•*–—▪·"  # the marks that open a list item
BULLET_ITEM = re.compile(r"[ \t]*(?:[" + re.escape(BULLETS) + r"]|\d{1,2}[.)])\s+")


def _line_starts(text: str) -> set[int]:
    """Lines that begin a sentence although no blank line precedes them: list items ("- X did Y"),
    and lines after a finished sentence or a short heading. A hard-wrapped line does not."""
    out = set()
    for m in re.finditer(r"\n", text):
        start = m.end()
        previous = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        bullet = BULLET_ITEM.match(text, start)
        if bullet:
            out.update((start + len(bullet.group()) - len(bullet.group().lstrip()), bullet.end()))
        elif previous and (previous[-1] in ".!?:;\"”" or (len(previous.split()) <= 8 and previous[-1].isalnum())
                           or _caption_line(previous)):
            out.add(start)
    return out


def _caption_line(line: str) -> bool:
    """A title-case line with a comma, of any length: a signature or a caption ("Peder Holm, Minister of Foreign
    Affairs of the Kingdom of Ostmark", "Committee on Security, National Assembly of Calvessa"), which the line
    after it does not carry on (a witness list's next name). A hard-wrapped line of prose has lower-case words
    other than ``caption_line_small_words``."""
    from conflictkg.graph.lexicon import CAPTION_LINE_SMALL_WORDS  # (data, loaded once)
    words = re.findall(r"[^\s,;:()]+", line)
    return "," in line and len(words) >= 3 and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w in CAPTION_LINE_SMALL_WORDS or not w[:1].isalpha() for w in words)


# A live blog's time stamp: "13:40", "09.15"
TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\b")
_ACRONYM_END = re.compile(r"\w \([A-Z][A-Z0-9-]{1,9}\)$")
_HEADING_WORDS = 8  # a section heading is short: "Al-Shabaab", "The armed groups", "Who backs the rebels?"


def _headings(text: str) -> list[tuple[int, int]]:
    """Section headings of an explainer ("The rebels", "Kestrian Liberation Front" over bullets): lines
    after the first that stand alone -- after a blank line or a list item, before a non-blank line --
    are short, and end without a sentence's punctuation. Character spans, in order."""
    out = []
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    first = next((i for i, (a, b) in enumerate(lines) if text[a:b].strip()), None)
    for n, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        # (a name with its acronym, "The Congolese army (FARDC)", ends with a bracket and is still a heading)
        closing = bool(line) and line[-1] in ".!:;,\"”'’)" and not _ACRONYM_END.search(line)
        if n == first or not line or len(line.split()) > _HEADING_WORDS or closing \
                or BULLET_ITEM.match(line + " ") or TIME_STAMP.match(line):
            continue
        before = text[lines[n - 1][0]:lines[n - 1][1]] if n else ""
        after = next((text[a:b] for a, b in lines[n + 1:] if text[a:b].strip()), "")
        if after and (not before.strip() or BULLET_ITEM.match(before)):
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append((start + lead, start + lead + len(line)))
    return out


# "- Kestrian Liberation Front: the largest rebel group ...": a list item's label before a colon; a timeline's
# "- Kestria, March 2024: ..." dates it after a comma (a month and a year, or a year: prec47)
_LABEL = re.compile(r"[A-Z][^\n.!?:;,]{0,80}?(?:,[ \t]+(?:[A-Z][a-z]+[ \t]+)?\d{4})?(?=:\s)")


def _labels(text: str) -> list[tuple[int, int]]:
    """The labels of list items ("- Kestrian Front: ..."), short and capitalised: character spans. A
    paragraph a label opens with a sentence after it is an item too (a round-up's "Sudan: The RSF shelled
    X" under its own blank line), though it has no bullet."""
    out = []
    for m in re.finditer(r"(?:^|\n)", text):
        bullet = BULLET_ITEM.match(text, m.end())
        if bullet:
            label = _LABEL.match(text, bullet.end())
        else:
            label = _LABEL.match(text, m.end()) if _paragraph_start(text, m.end()) else None
            if label and not _SENTENCE_AFTER.match(text, label.end()):
                label = None
            if label is None and _paragraph_start(text, m.end()):
                label = _CAPITALS_LABEL.match(text, m.end())  # a round-up's "MALI. The junta blamed ..."
        if label and len(label.group().split()) <= _HEADING_WORDS:
            out.append(label.span())
    return out


# "SOUTH SUDAN. The army shelled ...": a paragraph a label in capitals opens, closed by a full stop, before a
# capitalised sentence (two letters at least, so "U.S. forces" is no label)
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z'’ -]*[A-Z](?=\.[ \t]+[A-Z])")


# after a paragraph's label: its colon, then a capitalised word that opens a sentence
_SENTENCE_AFTER = re.compile(r":[ \t]+[A-Z]")


def _paragraph_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a paragraph: the text's start or a line after a blank one."""
    end = at  # (walked back, not sliced: this is asked at every line of the text)
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return at == 0 or text.endswith("\n\n", 0, end)


# "Claim: ...", "The claim 2: ...", "Our verdict: False": a label opening a line, up to three words
_LINE_LABEL = re.compile(r"[ \t]*(?:[" + "-•*–—▪·" + r"][ \t]*)?((?:[A-Za-z]+ ){0,2}[A-Za-z]+)(?: \d{1,2})?[ \t]*:[ \t]*")


def _claims(text: str) -> list[tuple[int, int, str]]:
    """A fact-check's claims: the text under each "Claim:" label (to the next blank line or label), with
    the rating of the first "Verdict:"/"Rating:" label after it, before the next claim: "false", "true",
    "other" ("Misleading", "Unproven", "Partly false") or "" (none given)."""
    from conflictkg.graph.lexicon import CLAIM_NOUNS, FALSE_ADJECTIVES, FALSE_CLAIM_LABELS, TRUE_RATINGS, VERDICT_LABELS  # (data, loaded once)

    claims: list[list] = []
    for m in re.finditer(r"(?:^|\n)", text):
        label = _LINE_LABEL.match(text, m.end())
        if not label:
            continue
        if claims:  # a claim runs no further than the next label ("Verdict:", "Source:", the next "Claim:")
            claims[-1][1] = min(claims[-1][1], label.start())
        word = label.group(1).split()[-1].lower()
        if word in CLAIM_NOUNS or word.rstrip("s") in CLAIM_NOUNS:
            end = text.find("\n\n", label.end() + 1)
            claims.append([label.end(), len(text) if end < 0 else end, ""])
            quoted = _quoted_claim(text, label.end(), claims[-1][1])
            if quoted is not None:  # 'Claim 2: "X armed Y." False. X bought its rifles ...': the quote is the claim
                claims[-1][1:] = [quoted[0], _inline_rating(quoted[1], FALSE_ADJECTIVES, TRUE_RATINGS)]
        elif word in VERDICT_LABELS and claims and not claims[-1][2]:
            rating = (re.match(r"[A-Za-z]*", text[label.end():]).group() or "?").lower()
            claims[-1][2] = "false" if rating in FALSE_ADJECTIVES else "true" if rating in TRUE_RATINGS else "other"
    # "Myth: X arms Y.", "... Myth two: X commands Y.": a label (its first word, then at most a number) that rates
    # its own sentence false, opening a line or a sentence; the claim runs to that sentence's end
    for m in re.finditer(r"(?:^|\n|(?<=[.!?])[\"”’]?[ \t]+)", text):
        label = _LINE_LABEL.match(text, m.end())
        if not label:
            continue
        words = label.group(1).lower().split()
        if len(words) <= 2 and (words[0] in FALSE_CLAIM_LABELS or words[0].rstrip("s") in FALSE_CLAIM_LABELS):
            stop = re.compile(r"[.!?][\"”’]?(?=\s|$)|\n").search(text, label.end())
            claims.append([label.end(), len(text) if stop is None else stop.end(), "false"])
    return [(a, b, rating) for a, b, rating in claims]


_QUOTE_PAIRS = {'"': '"', "“": "”"}
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def _quoted_claim(text: str, start: int, end: int) -> tuple[int, str] | None:
    """A claim under its label that is one quotation ('Claim 3: "X seized Y." Unproven. ...'): the end of the
    quotation and the words after it to the end of their sentence (the rating given inline, if any); None when
    the label's text opens no quotation or the quotation does not close before the claim's end."""
    if start >= len(text) or text[start] not in _QUOTE_PAIRS:
        return None
    close = text.find(_QUOTE_PAIRS[text[start]], start + 1, end)
    if close < 0:
        return None
    stop = _SENTENCE_STOP.search(text, close + 1, end)
    return close + 1, text[close + 1:end if stop is None else stop.start()]


def _inline_rating(after: str, false_words, true_words) -> str:
    """The rating a fact-check gives right after a quoted claim, as a sentence of one to three words ('False.',
    'Partly false.', 'Unproven.'): "false", "true" or "other"; "" when what follows is no such rating."""
    words = re.findall(r"[A-Za-z]+", after)
    if not 1 <= len(words) <= 3 or re.search(r"[,;:\"“”]", after):
        return ""
    first = words[0].lower()
    return "false" if len(words) == 1 and first in false_words else \
        "true" if len(words) == 1 and first in true_words else "other"


def _claim(doc: Doc, char: int) -> tuple[int, int, str] | None:
    """The (start, end, rating) of the fact-check claim the character offset lies in; ``None`` outside any claim."""
    return next((tuple(claim) for claim in doc._.claims if claim[0] <= char < claim[1]), None)


def claim_span_at(doc: Doc, char: int) -> tuple[int, int] | None:
    """The (start, end) of the fact-check claim the character offset lies in; ``None`` outside any claim."""
    claim = _claim(doc, char)
    return claim[:2] if claim is not None else None


def claim_at(doc: Doc, char: int) -> str | None:
    """The rating of the fact-check claim the character offset lies in ("false", "true", "other", or
    "" when unrated); ``None`` outside any claim."""
    claim = _claim(doc, char)
    return claim[2] if claim is not None else None


def _headline_end(text: str) -> int:
    """The end of a title-case first line with no final full stop, else 0."""
    stripped = text.lstrip()
    first, sep, _ = stripped.partition("\n")
    if not sep or not first.strip() or first.rstrip()[-1] in ".!?\"”":
        return 0
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", first)]
    small = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "over", "after", "into"}
    capitalised = [w for w in words if w.lower() not in small]
    if len(capitalised) < 3 or sum(w[0].isupper() for w in capitalised) < 0.8 * len(capitalised):
        return 0
    return len(text) - len(stripped) + len(first)
