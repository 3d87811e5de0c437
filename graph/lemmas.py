"""The ``repair_lemmas`` component: verb lemmas the rule lemmatizer misses, from ``lemminflect``.

The small English pipeline lemmatizes by lookup and leaves irregular or rare forms as
they are ("retook", "overran", "resupplied") or gets them wrong ("waged" -> "wag"); the
tagger sometimes reads a past form as a noun ("the army retook Khartoum"). Triggers
and construction patterns match lemmas, so a wrong lemma is a missed relation.
lemminflect knows English word forms; this component asks it for the verb lemma of
every verb form, and of a noun that has a subject of its own (a verb the tagger misread); a lower-case
"proper noun" with a subject whose form only a verb can take ("fighters overran Mandera") is made that verb, and a
"noun" with a passive auxiliary ("the town was overrun by X") the participle it is.

    >>> nlp.add_pipe("repair_lemmas", after="lemmatizer")   # doctest: +SKIP
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas, getInflection, getLemma
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_LOWER, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

__all__ = ["repair_lemmas", "verb_lemmas", "all_lemmas", "gerunds"]

_VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ", "VBP"}
_VERBAL_IDS = {POS_IDS["VERB"], POS_IDS["AUX"]}
_NOUN_ID = POS_IDS["NOUN"]
_PROPN_ID = POS_IDS["PROPN"]


@lru_cache(maxsize=1 << 16)
def verb_lemmas(lower: str) -> tuple[str, ...]:
    """lemminflect's verb lemmas of a lower-case form (asked once per form)."""
    return tuple(getLemma(lower, upos="VERB"))


@lru_cache(maxsize=1 << 16)
def past_only(lower: str, lemma: str) -> bool:
    """Whether ``lower`` is a past form of verb ``lemma`` that no present form shares ("retook", not "put")."""
    forms = getAllInflections(lemma, upos="VERB")
    return lower in forms.get("VBD", ()) and not any(lower in forms.get(t, ()) for t in ("VB", "VBP", "VBZ"))


def verb_form_tag(lower: str, lemma: str) -> str | None:
    """"VBN" where ``lower`` is a past participle of verb ``lemma`` ("funded", "split"), "VBZ" where it is its
    third-person present ("holds"); None otherwise."""
    forms = getAllInflections(lemma, upos="VERB")  # (it lists a regular participle under its past only)
    return next((tag for tag in ("VBN", "VBZ") if lower in (*forms.get(tag, ()), *getInflection(lemma, tag=tag))), None)


@lru_cache(maxsize=1 << 16)
def gerunds(lemma: str) -> tuple[str, ...]:
    """lemminflect's -ing forms of verb ``lemma``, every spelling ("shell": "shelling"; "kidnap": "kidnapping",
    "kidnaping"), also for a verb it does not know (by its rules)."""
    forms = getAllInflections(lemma, upos="VERB").get("VBG", ())
    return tuple(dict.fromkeys((*forms, *getInflection(lemma, tag="VBG"))))


@lru_cache(maxsize=1 << 16)
def all_lemmas(lower: str) -> dict:
    """lemminflect's lemmas of a lower-case form by part of speech ({"VERB": ("overrun",)}; asked once per form:
    shared, so read it, never change it)."""
    return getAllLemmas(lower)


@Language.component("repair_lemmas", requires=["token.tag", "token.lemma"], assigns=["token.lemma"])
def repair_lemmas(doc: Doc) -> Doc:
    # (Tokens made only for alphabetic verbs and nouns, and of nouns only those with a subject of their own)
    rows = doc.to_array([POS, IS_ALPHA, DEP, LOWER, IS_LOWER]).tolist()
    heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets from the token, stored unsigned
    nsubj = doc.vocab.strings["nsubj"]
    with_subject = {i + heads[i] for i, row in enumerate(rows) if row[2] == nsubj and heads[i]}
    auxpass = doc.vocab.strings["auxpass"]
    passive = {i + heads[i] for i, row in enumerate(rows) if row[2] == auxpass and heads[i]}
    from conflictkg.graph.lexicon import NOUN_LEMMAS  # (data; the lexicon loads after this module)

    strings = doc.vocab.strings
    misread = {strings[form] for form in NOUN_LEMMAS if form in strings}
    if misread:  # "bases" -> "basis": a noun the lemmatizer gives a rarer noun's lemma
        for i, (pos, _, _, lower, _) in enumerate(rows):
            if lower in misread and pos == _NOUN_ID:
                doc[i].lemma_ = NOUN_LEMMAS[strings[lower]]
    for i, (pos, alpha, _, _, is_lower) in enumerate(rows):
        if pos == _PROPN_ID and is_lower and i in with_subject:
            # a lower-case "proper noun" with a subject of its own ("Al-Shabaab fighters overran Mandera"): the tagger
            # misread a verb before a name; a verb-only form is that verb
            token = doc[i]
            forms = all_lemmas(token.lower_)
            if alpha and set(forms) == {"VERB"}:
                lower = token.lower_
                tag = "VBG" if lower.endswith("ing") else "VBZ" if lower.endswith("s") else "VBD"
                token.pos_, token.tag_, token.lemma_ = "VERB", tag, forms["VERB"][0]
            continue
        if pos == _NOUN_ID and alpha and i in passive:
            # a "noun" with a passive auxiliary ("X was overrun by Y"): the tagger misread a participle
            token = doc[i]
            forms = all_lemmas(token.lower_)
            if "VERB" in forms:
                token.pos_, token.tag_, token.lemma_ = "VERB", "VBN", forms["VERB"][0]
            continue
        if not alpha or not (pos in _VERBAL_IDS or (pos == _NOUN_ID and i in with_subject)):
            continue
        token = doc[i]
        lower = token.lower_
        if token.pos_ in ("VERB", "AUX") and token.is_alpha and (token.tag_ in _VERB_TAGS or token.lemma_ == lower):
            # a base-form tag on a past form ("retook" as VB) leaves the form as its own lemma
            lemmas = verb_lemmas(lower)
            if lemmas and token.lemma_ not in lemmas:
                if token.lemma_ != lower and not all_lemmas(lower):
                    # a form lemminflect does not know: its guess ("bankrolled" -> "bankrol") is no better
                    # than the lemmatizer's, which did lemmatize it ("bankroll")
                    continue
                token.lemma_ = lemmas[0]
            if token.tag_ in ("VB", "VBP") and lower != token.lemma_ and past_only(lower, token.lemma_):
                token.tag_ = "VBD"  # ("troops retook it" tagged present: read as yet to happen after "until")
        elif token.pos_ == "NOUN" and token.is_alpha and any(c.dep_ == "nsubj" for c in token.children):
            forms = all_lemmas(lower)  # shared: read, never changed
            # a form only a verb can take ("retook", "overran"), with a subject: the tagger misread a verb
            if set(forms) == {"VERB"} and forms["VERB"][0] != lower:
                token.lemma_ = forms["VERB"][0]
    return doc
