"""A battery of the project's own sentences (``data/w58b_battery.jsonl``; format and checks in ``batteries.py``):
a paraphrase audit of backing, alliance and affiliation -- verbs of supply and aid in active, passive and nominal
forms, backing told by adjectives, compounds and appositions, alliances, affiliations, and their near-misses
(denials, refusals, requests, embargoes, seizures, intents, accusations).

Three shapes were mended in the audit's round. The backers a named body owns, qualified by a state's demonym,
are that state ("the Houthis' Iranian backers", ``w58b:owner-demonym-backers``; allies are left, as a demonym's
allies may be its nationals). A supply, transfer, sale or export of arms or aid to an actor, owned, qualified by
a demonym or made "by" someone, backs the recipient ("Germany's supply of weapons to Ukraine", "Chinese arms
sales to Pakistan", ``w58b:owned-transfer-of-arms-to``; prisoners or oil are no backing). A recipient of a
state's aid is backed by it ("Ukraine, the largest recipient of American military aid",
``w58b:recipient-of-demonym-aid``). And a "with" after "together" hung on the verb names a comrade, not a foe
("fought together with X", ``rules._partner_with``).

The known misses below are gaps the audit found and left: goods that flow or reach a body with no verb of giving,
troops lent, money kept flowing, weapons counted on, a person come to the aid of, an affiliate told by
becoming a branch, and a banner fought under."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES = {
    ("Shipments of Iranian missiles reached the Houthis.", "Iran", "supports", "Houthis"),
    ("Eritrea lent troops to Ethiopia.", "Eritrea", "supports", "Ethiopia"),
    ("Assad relied on Russian air power.", "Russia", "supports", "Bashar al-Assad"),
    ("Support from Iran has kept the Houthis afloat.", "Iran", "supports", "Houthis"),
    ("Iranian money keeps Hezbollah afloat.", "Iran", "supports", "Hezbollah"),
    ("Iranian weapons have flowed to the Houthis for years.", "Iran", "supports", "Houthis"),
    ("Qatar paid Hamas salaries.", "Qatar", "supports", "Hamas"),
    ("The transfer of Iranian missiles to the Houthis alarmed Riyadh.", "Iran", "supports", "Houthis"),
    ("Boko Haram became the Islamic State's West African province.", "Boko Haram", "affiliated_with", "Islamic State"),
    ("JNIM operates under the al-Qaeda banner.", "JNIM", "affiliated_with", "al-Qaeda"),
    ("JNIM fights under the al-Qaeda banner.", "JNIM", "affiliated_with", "al-Qaeda"),
    ("The Houthis count on Iranian weapons.", "Iran", "supports", "Houthis"),
    ("Russia came to the aid of Assad.", "Russia", "supports", "Bashar al-Assad"),  # a person aided is not read
}

BATTERY = Battery.load("w58b_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
