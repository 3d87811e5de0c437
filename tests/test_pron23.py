"""A battery of the project's own sentences about the salience of subject pronouns (``data/pron23_battery.jsonl``;
format and checks in ``batteries.py``), in the spirit of centering theory (``Resolver._centered``, ``_salience``):

* a subject pronoun opening its sentence's main clause continues the main-clause subject named in the sentence
  before ("X fought the militia near Y. It later accused Z": X), and so does the subject of a clause coordinated
  with its own sentence's main clause ("X fought the militia, and it later accused Z"): a main-clause subject
  outranks an object or an oblique (``SALIENCE_MARGIN``), so a description there that names no known actor ("the
  militia", "the army's positions") is no rival;
* a "he"/"his" in what an unnamed speaker says ("Qatar's representative said his government ..."), where the
  resolver reads that speaker only as the body it speaks for, is the speaker's -- not a person named before.

Near-misses (two equally salient candidates, or no center): the unknown body named with the subject ("X and the
army exchanged fire. It ..."), a subject of a clause inside ("X said the army had shelled ... It ..."), a
paragraph break, an object pronoun, a pronoun in another's speech, and the accused of a charge ("Chad accused
Sudan of arming X. It denies the charge": either) -- then no one."""

from __future__ import annotations

import pytest

from batteries import Battery

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("pron23_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each reading is tried on several sentences, and ruled out in more."""
    assert len(BATTERY.cases("expect")) >= 5
    assert len(BATTERY.cases("absent", "not_negated")) >= 6


def _refs_of(text: str, word: str) -> list[list[str]]:
    from conflictkg.graph.pipeline import load_pipeline
    from conflictkg.graph.resolve import ACTOR, Resolver
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["conflict_relations"]):
        doc = nlp(text)
    res = Resolver(doc, nlp.get_pipe("conflict_relations").gazetteer)
    res.walk_refs()
    return [[r.actor.name for r in res.refs(t, ACTOR)] for t in doc if t.lower_ == word]


@pytest.mark.parametrize("text, word, person", [
    ("Ali Karimi visited Doha in May. Qatar's representative said his government would host the talks.", "his",
     "Ali Karimi"),
    ("Omar Hassan toured the camps on Monday. Kenya's envoy said his country would send more aid.", "his",
     "Omar Hassan"),
    ("Amina Diallo met the donors in Dakar. Senegal's foreign minister said her government would fund the force.",
     "her", "Amina Diallo"),
])
def test_unnamed_speaker_s_pronoun_is_no_earlier_person(text, word, person):
    """"N visited X. Y's representative said his government ...": his is the representative's, not N's."""
    assert all(person not in names for names in _refs_of(text, word)), _refs_of(text, word)


@pytest.mark.parametrize("text, word, person", [
    ("Omar Hassan toured the camps on Monday. Kenya's envoy, Peter Mwangi, said his country would send more aid.",
     "his", "Peter Mwangi"),
    ("Omar Hassan toured the camps on Monday. He said his country would send more aid.", "his", "Omar Hassan"),
])
def test_named_speaker_s_pronoun_is_still_the_speaker(text, word, person):
    """Near-misses: a speaker named, or a pronoun standing for one, keeps the pronoun."""
    assert _refs_of(text, word) == [[person]]


@pytest.mark.parametrize("text", [
    "The Kachin Independence Army fought the militia near Bhamo for weeks. It later accused China of arming the junta.",
    "Hamas fought the militia in Rafah for a week, and it later condemned Egypt.",
])
def test_center_outranks_an_unknown_object(text):
    """The main-clause subject named before is what "it" continues, past an object that names no known actor."""
    names = _refs_of(text, "it")
    assert len(names) == 1 and len(names[0]) == 1 and names[0][0] in ("Kachin Independence Army", "Hamas"), names


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


@pytest.mark.parametrize("text, word", [
    ("Hamas and the group clashed in Rafah on Sunday.", "group"),
    ("The Arakan Army and the rebels seized Kyauktaw.", "rebels"),
    ("Wagner and the militia attacked Kidal in May.", "militia"),
])
def test_description_listed_with_a_name_is_another_body(text, word):
    """"X and the militia": two bodies, so the description is not X (nor is a later subject pronoun that
    continues the pair's first name: the description ties with it)."""
    assert _refs_of(text, word) == [[]], _refs_of(text, word)


@pytest.mark.parametrize("text, word, body", [
    ("The police and Al-Shabaab fought in Baidoa. The group later attacked Kenya.", "group", "al-Shabaab"),
    ("Al-Shabaab attacked Baidoa. The group later attacked Kenya.", "group", "al-Shabaab"),
])
def test_description_in_a_later_sentence_still_refers_back(text, word, body):
    """Near-misses: a description past the list, in a sentence of its own, still refers back."""
    assert _refs_of(text, word) == [[body]]


@pytest.mark.parametrize("text", [
    "The Syrian government shelled Idlib in May. Damascus later blamed them for the attack.",
    "The Turkish government closed the border in March. Ankara later accused them of smuggling.",
    "The Kenyan government deployed police to Lamu. Nairobi later thanked them.",
])
def test_object_pronoun_is_not_its_subject_s_government(text):
    """An object pronoun is never its clause's subject, nor the government that subject's capital acts for
    (agreement first: the state and its government are one party here)."""
    assert _refs_of(text, "them") == [[]], _refs_of(text, "them")


@pytest.mark.parametrize("text, word, body", [
    ("The Syrian government shelled Idlib in May. Ankara later condemned it.", "it", "Government of Syria"),
    ("The Kenyan government deployed police to Lamu. Addis Ababa later thanked it.", "it", "Government of Kenya"),
    ("The Houthis seized Hodeidah. Riyadh later blamed them for the attack.", "them", "Houthis"),
])
def test_object_pronoun_still_finds_another_party(text, word, body):
    """Near-misses: another state's government, or a group, is still what the object pronoun refers to."""
    assert _refs_of(text, word) == [[body]]
