"""A battery of the project's own sentences (``data/fam42a_battery.jsonl``; format and checks in ``batteries.py``)
for one family of the round-41 census: an actor named by a demonym, an adjective or one of its assets ("Malian
troops retook X", "ambushed a Ugandan convoy", "Xian artillery shelled Y"). Most of the family's sentence shapes
were already read; the one mended here is an ally named by a demonym and held by an owner ("Malian soldiers and their
Russian allies retook X", "Congolese units and their Burundian partners withdrew from Y"): the allies are the forces
of that foreign state (``owned_ally_nouns``, ``Resolver._owned_demonym_allies``) -- only where a place of the sentence
lies in the host's state, never where it lies in the demonym's own state ("Turkish troops and their Syrian allies":
local factions), and never where the text names another arm of that state that the allies may be (a state-run
expeditionary corps, an armed group at home there). Bare allies ("Russian allies of the junta") and a people's
demonym ("its Kurdish allies") name no state. The invented articles' precision and recall are held at or above
what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

KNOWN_MISSES = {
    ("A Kenyan helicopter gunship pounded Kolbio on Friday morning.", "Kenya", "attacks", "Kolbio"),
    ("The Houthis fired a missile at a Saudi oil terminal on the Red Sea coast.", "Houthis", "attacks", "Saudi Arabia"),
    ("Nigerian air force jets bombed a Boko Haram camp in the Sambisa forest.", "Nigeria", "attacks", "Boko Haram"),
    ("It was the second raid this month by the Houthis on Saudi border towns.", "Houthis", "attacks", "Saudi Arabia"),
}

BATTERY = Battery.load("fam42a_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fam42a")
    assert summary.contradictions == 0 and summary.precision >= 0.96 and summary.recall >= 0.76, summary.to_dict()
