"""Who speaks in press releases, official statements and explainers.

Statements leave their speaker out of the clause, or put a document where the speaker belongs:

* a decision's list items have no subject: "The Council:\\n- Condemns the attack on X by Y;\\n- Decides to
  impose sanctions on Y." -- each item's subject is the body the header line names (a line ending with
  ":" that names an actor, or "X today issued the following statement:");
* the document stands for its issuer: "The ministry's statement accused X of ...", "The statement, issued
  by X, condemned ...", "A communique from X welcomed ..." -- the issuer is the subject;
* a quotation speaks for its reporting speaker: '"We will not talk to them," a spokesman for X said' --
  :func:`quote_speaker` finds the spokesman, and the resolver reads "we" as the actor he speaks for.

:func:`issuer_subjects` and :func:`speaker_of` return tokens; ``rules.clause_subjects`` calls them, so every
rule and construction that reads a verb's subject reads these too, and the clause's own context (negation,
intent: "Calls on X to withdraw" is no withdrawal) is read as for any other subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.graph.columns import children_of
from conflictkg.graph.lexicon import ENDING_NOUNS, PARTING_VERBS, INTENT_NOUNS, INTENT_VERBS, WISHED_LIST_NOUNS, ISSUING_VERBS, QUOTE_PRONOUNS, SPEECH_VERBS, STATEMENT_NOUNS
from conflictkg.graph.segment import BULLET_ITEM, BULLETS, doc_text

__all__ = ["issuer_subjects", "participle_item_topic", "parting_item_subject", "quote_speaker", "semicolon_between", "speaker_of", "wished_item"]

_QUOTE_MARKS = frozenset('"\u201c\u201d')

_MAX_ITEMS = 40  # list items between a header and the item read


def _line_start(tok: Token) -> bool:
    """Whether ``tok`` begins its line (after spaces and a bullet or item number)."""
    text = doc_text(tok.doc)
    before = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx].strip()
    if not before:
        return True
    return before in BULLETS and len(before) == 1 or (before.rstrip(".)").isdigit() and len(before) <= 3) \
        or (len(before) <= 4 and before.strip("().").isalpha() and before.endswith((".", ")")) and len(before.strip("().")) == 1)


def _marker(tok: Token) -> bool:
    """A token that only marks a list item: a bullet, an item number, punctuation or space."""
    return tok.is_space or tok.is_punct or tok.tag_ == "LS" or tok.like_num or (len(tok.text) == 1 and tok.text in BULLETS)


def _leading_verb(sent: Span) -> Token | None:
    """The sentence's root verb when it opens the sentence (after a bullet, item number or adverb) and has no
    subject: a list item of a decision ("Strongly condemns ...")."""
    root = sent.root
    # "Condemns": a third-person present, which the tagger sometimes reads as a base form at a line's start;
    # an explainer's item may also open with a past or a perfect ("Seized Goma in 2012", "Has sent troops")
    perfect = root.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD") and c.i < root.i for c in children_of(root))
    # ("Backed the M23 in 2012": a past the tagger reads as a participle, with its object after it)
    perfect = perfect or root.tag_ == "VBN" and any(c.dep_ == "dobj" for c in children_of(root))
    if root.pos_ != "VERB" or not (root.tag_ in ("VBZ", "VBD") or perfect or root.tag_ == "VB" and root.lower_.endswith("s")
                                   and root.lower_ != root.lemma_.lower()):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in children_of(root)):
        return None
    for tok in sent:
        if tok == root:
            break
        if _marker(tok):
            continue
        if tok.head == root and (tok.dep_ == "advmod" and tok.pos_ == "ADV" or tok.dep_ in ("aux", "neg")):
            continue
        return None
    first = next((t for t in sent if not _marker(t)), None)
    return root if first is not None and _line_start(first) else None


def _marker_only(sent: Span) -> bool:
    return all(_marker(t) for t in sent)


def _bulleted(sent: Span) -> bool:
    """Whether the sentence is a list item: its line opens with a bullet or an item number, or it ends with ";"."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    if words[-1].text == ";":
        return True
    text = doc_text(sent.doc)
    return bool(BULLET_ITEM.match(text, text.rfind("\n", 0, words[0].idx) + 1)) and not sent.text.rstrip().endswith(":")


def _header_subject(sent: Span) -> Token | None:
    """The issuer a header line names: "The Council:", "The Council of the Union, at its meeting:", "X today
    issued the following statement:"; None for a sentence that is no header."""
    root = sent.root
    if _enacting_line(sent):
        return speaker_of(root)  # "The European Parliament,\n- having regard to ...\n1. Condemns X;"
    if not sent.text.rstrip().endswith(":"):
        # an explainer's heading that is one name or description ("Burundi", "The Congolese army (FARDC)"):
        # the items under it speak of it
        words = [t for t in sent if not (t.is_space or t.is_punct)]
        heading = any(start <= sent.start_char and sent.end_char <= end + 1 for start, end in sent.doc._.headings)
        if heading and root.pos_ in ("NOUN", "PROPN") and not any(t.pos_ in ("VERB", "AUX") for t in words):
            return root
        return _question_heading_topic(sent) if heading else None
    if root.pos_ in ("NOUN", "PROPN"):
        return speaker_of(root)  # "Statement by the Presidency of the Union:"
    if root.pos_ == "VERB" and (root.lemma_ in ISSUING_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in children_of(root))):
        subjects = [c for c in children_of(root) if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    return None


def _question_heading_topic(sent: Span) -> Token | None:
    """The body an explainer's question heading asks about ("What is the TTP?", "Who are the Houthis?"): the
    items under it speak of that body, as under a heading that is its name (ref44f). None for a question of any
    other shape ("Who is fighting whom?", "Why now?")."""
    root = sent.root
    if not sent.text.rstrip().endswith("?") or root.lemma_ != "be":
        return None
    asking = [c for c in children_of(root) if c.tag_ == "WP" and c.dep_ in ("attr", "nsubj")]
    topics = [c for c in children_of(root) if c.dep_ in ("nsubj", "attr") and c.pos_ in ("NOUN", "PROPN")]
    return topics[0] if len(asking) == 1 and len(topics) == 1 else None


def _enacting_line(sent: Span) -> bool:
    """Whether the sentence is a resolution's enacting line: a body's name alone on its line, ended by a comma
    ("The European Parliament,", "The Security Council,"), whose preambles and numbered paragraphs follow
    ("- having regard to ...", "A. whereas ...;", "1. Condemns X;"): each paragraph's verb is that body's."""
    words = [t for t in sent if not t.is_space]
    return len(words) > 1 and words[-1].text == "," and "\n" in words[-1].whitespace_ + "".join(
        t.text for t in sent if t.is_space) and sent.root.pos_ in ("NOUN", "PROPN") and _line_start(words[0]) \
        and not any(t.pos_ in ("VERB", "AUX") for t in words)


def issuer_subjects(verb: Token) -> list[Token]:
    """The subject of a subjectless list item: the body its header line names."""
    if verb.dep_ != "ROOT":
        return []
    sent = verb.sent
    if _leading_verb(sent) is None:
        return []
    return _item_header(sent)


def semicolon_between(clause: Token) -> bool:
    """Whether a ";" stands between a clause and the verb it hangs on ("Backed by X; the US designated the group
    ..."): the clauses are two statements, and the first shares neither the second's subject nor its object."""
    head = clause.head
    low, high = sorted((clause.i, head.i))
    return head != clause and any(t.text == ";" and t.head in (clause, head) for t in clause.doc[low + 1:high])


def participle_item_topic(verb: Token) -> Token | None:
    """What a list item that opens with a bare participle describes: the name its heading gives ("Los Lobos" over
    "- Allied with X", "- Backed by Y since 2019; ..."). The item leaves its heading's actor out, as a caption
    does; None for any other verb (ref40)."""
    return _opening_item_topic(verb) if verb.tag_ == "VBN" else None


def _opening_item_topic(verb: Token) -> Token | None:
    """The heading's name over a list item that ``verb`` opens without a subject, auxiliary or object of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "dobj") for c in children_of(verb)):
        return None
    if not (verb.dep_ == "ROOT" or verb.dep_ == "advcl" and verb.i < verb.head.i and semicolon_between(verb)):
        return None
    sent = verb.sent
    first = next((t for t in sent if not _marker(t)), None)
    if first != verb or not _line_start(verb) or not _bulleted(sent):
        return None
    header = _item_header(sent)
    return header[0] if header and header[0].pos_ in ("NOUN", "PROPN") else None


def parting_item_subject(verb: Token) -> Token | None:
    """The subject of a list item that opens with a participle of parting ("Los Lobos / - Split from Los Choneros
    around 2020", "- Broke away from the ADF in 2019"): the heading's actor, who did the parting -- where a
    participle of a transitive verb ("- Backed by Y") tells what was done to it. None for any other verb, or one
    with a "by" agent (ref44f)."""
    if verb.lemma_.lower() not in PARTING_VERBS or any(c.dep_ == "agent" for c in children_of(verb)):
        return None
    # ("broke away from X": the parser hangs "from" on "away")
    sources = [t for t in (verb, *children_of(verb)) for t in children_of(t) if t.dep_ == "prep" and t.lower_ == "from"]
    # (the tagger reads an item's "Split" as a participle, a past or a base form alike: the three are one word)
    return _opening_item_topic(verb) if sources and verb.tag_ in ("VB", "VBD", "VBN") else None


def _item_header(sent: Span) -> list[Token]:
    """The body the header line above list item ``sent`` names, past the items between them ([] if none)."""
    doc = sent.doc
    start = sent.start
    for _ in range(_MAX_ITEMS):
        if start == 0:
            return []
        previous = doc[start - 1].sent
        start = previous.start
        if _marker_only(previous) or _leading_verb(previous) is not None or _bulleted(previous):
            continue
        header = _header_subject(previous)
        return [header] if header is not None else []
    return []


def wished_item(tok: Token) -> bool:
    """Whether ``tok`` stands in a verbless list item under a header of demands, calls or plans ("The junta's
    demands:\n- withdrawal of French troops from X", "Amnesty International calls on:\n- the release of Y"): the
    items are what is asked for, not what happened."""
    sent = tok.sent
    if not _bulleted(sent) or any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in sent):
        return False
    if any(a.lemma_.lower() in ENDING_NOUNS for a in tok.ancestors):
        return False  # "calls on:\n- an end to the blockade of X by Y": the blockade asked to end is real
    doc = tok.doc
    start = sent.start
    for _ in range(_MAX_ITEMS):
        if start == 0:
            return False
        previous = doc[start - 1].sent
        start = previous.start
        if _marker_only(previous) or _bulleted(previous):
            continue
        if not previous.text.rstrip().endswith(":"):
            return False
        return any(t.lower_ in INTENT_NOUNS or t.lower_ in WISHED_LIST_NOUNS or t.pos_ == "VERB" and t.lemma_ in INTENT_VERBS
                   for t in previous)
    return False


def speaker_of(subject: Token) -> Token:
    """The issuer of a statement that is a clause's subject ("the ministry's statement", "the statement,
    issued by X", "a communique from X", "an EU statement"); the subject itself otherwise."""
    if subject.lemma_.lower() not in STATEMENT_NOUNS:
        return subject
    for child in children_of(subject):
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    for child in children_of(subject):
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objs = [p for p in children_of(child) if p.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() not in STATEMENT_NOUNS:
                return objs[0]
        if child.dep_ in ("acl", "relcl") and child.lemma_ in ISSUING_VERBS:
            agents = [p for a in children_of(child) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"]
            if agents:
                return agents[0]
    for child in children_of(subject):
        if child.dep_ == "compound" and child.ent_type_ and child.i < subject.i:
            return child
    return subject


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside a quotation of its sentence (an odd number of quote marks before it)."""
    return sum(1 for t in tok.sent if t.i < tok.i and t.text in _QUOTE_MARKS) % 2 == 1


def quote_speaker(tok: Token) -> Token | None:
    """The subject of the speech verb that reports a quotation ``tok`` ("we", "our") stands in: '"We will not
    talk to them," a spokesman for X said' -- the spokesman, who speaks for X. None outside a quotation or
    where no speech verb with a subject reports it."""
    if tok.lower_ not in QUOTE_PRONOUNS or not _quoted(tok):
        return None
    for anc in tok.ancestors:
        if anc.dep_ in ("ccomp", "parataxis") and anc.head.lemma_ in SPEECH_VERBS and not _quoted(anc.head):
            subjects = [c for c in anc.head.children if c.dep_ == "nsubj" and not _quoted(c)]
            return subjects[0] if subjects else None
    return None
