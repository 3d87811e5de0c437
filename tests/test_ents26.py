"""A battery of the project's own sentences (``data/ents26_battery.jsonl``; format and checks in ``batteries.py``):
actors whose names nobody listed, recognised and typed from the name's form and the words around it
(``entities.trim_entities`` and the resolver's name readers). A body's name NER took for a work, a law or an event
("The Azure Brigades", ending in a body's head word) is an organisation, as is "the Helios Rights Watch", and "Fighters of the X Front" read as one
name is the front; names NER missed run through a possessive ("People's", "Martyrs'"), an apostrophe ("N'Dari")
and a hyphenated particle ("al-Sahil"), not a stance prefix ("pro-"); a name with no "the" that modifies its
fighters or officers ("Kadri Front fighters") is the body; two capitalised words before "militia" name an armed
group, never a people's ("the Central African militia"). An untagged name in apposition to an indefinite, modified
title ("N, a rebel commander,") or before ", who" is a person, and the subject of the verb after the appositive; a
one-word name the dateline gives a place is that place in the text. The subject of a
passive verb of taking with its taker named is a place ("X was overrun by Y"), a man's full name is not. An
appositive "a rebel alliance" or "an alliance of armed groups" types an armed group. A pro-government description
followed by a relative clause ("a pro-government militia which the governor equipped") backs no one
(``unless_followed``). A capitalised word that is no English word, NER leaving it untagged, is a name where a verb
that only attacks strikes it ("shelled Sedda overnight"); "the X Front's N" read as one name is the body and its
man; a body whose name made it an organisation or a union of states, seizing a named place, is an armed group.
An unknown place-like name is a state where only a state can stand: before a backer's participle ("the Zemria-backed
militia"; "Kessa-based" is no cue) or after a head of state's title ("President N of Zemria"; "the mayor of Kessa"
is none). A name before ", who" is a person's, as is the untagged subject of a verb of leading ("Ngozi Aku heads
the X Brigade"), and a first name the parser cut off as a sentence of its own is taken back into the name."""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import read
from conflictkg.graph.model import normalize_name

# A gap since the thirty-eighth round: the parser used to end a sentence after the first word of an invented name
# under a heading ("Vell | Doran leads ..."), NER then read "Doran" as a person and the given-name repair added
# "Vell"; no sentence now ends inside a line after a word (segment._runs_on), and NER reads the whole unknown name
# as an organisation, which leads nothing. (The false "Doran" stays absent.)
KNOWN_MISSES = {
    ("Unrest in the east\n\nVell Doran leads the Ashan Front, which holds Sedda.", "Vell Doran", "leads", "Ashan Front"),
}

BATTERY = Battery.load("ents26_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def _types(text: str) -> dict[str, str]:
    """Each end's type, by its normalised name."""
    return {normalize_name(a.name): a.type for r in read(text) for a in (r.subject, r.object)}


@pytest.mark.parametrize("text, name, type_", [
    ("On Sunday the Azure Brigades captured Morrat, local officials said.", "Azure Brigades", "ARMED_GROUP"),
    ("The Southern Resistance Alliance, an insurgent coalition, attacked Pellin.", "Southern Resistance Alliance", "ARMED_GROUP"),
    ("The Ostrel Union, an alliance of armed groups, seized Pellin.", "Ostrel Union", "ARMED_GROUP"),
    ("Ibsen Ralla, a former army officer, heads the Azure Brigades.", "Ibsen Ralla", "PERSON"),
    ("Hollin was overrun by the Kadri Front on Monday night.", "Hollin", "LOCATION"),
    ("The Red Hand militia attacked Dunvar on Monday.", "Red Hand", "ARMED_GROUP"),
    ("Residents said Tesla Monk, who heads the Varo Brigade, had fled.", "Tesla Monk", "PERSON"),
    ("Attack near the capital\n\nKORRAL, Zemria (AP) - The Ashan Front attacked Korral on Friday, officials said.",
     "Korral", "LOCATION"),
    ("The Helios Rights Watch accused the Ashan Front of abuses in Vesk.", "Helios Rights Watch", "ORGANIZATION"),
    ("Diplomats say the Zemria-backed Ashan Front attacked Sedda.", "Zemria", "STATE"),
    ("Ngozi Aku heads the Varo Brigade.", "Ngozi Aku", "PERSON"),
    ("The Kestrel Patriotic Union seized Dalmo on Friday, residents said.", "Kestrel Patriotic Union", "ARMED_GROUP"),
])
def test_unknown_name_is_typed_from_its_context(text, name, type_):
    assert _types(text).get(normalize_name(name)) == type_, _types(text)
