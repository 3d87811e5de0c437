"""A battery of the project's own sentences (``data/talk48_battery.jsonl``; format and checks in ``batteries.py``):
a relative clause hung on the fighters a band is made of, the band set in apposition to a name ("X, a loose network
of local fighters who have fought beside Y", "X, a band of mercenaries who fought alongside Y"), is about the named
band: ``resolve.Resolver._band_of_fighters_name`` (read by ``Resolver.relative_antecedents``), with the word classes
``collective_band_nouns`` and ``combatant_plurals``. Near-misses: a clause about someone else ("whose commander"),
a band in no apposition to a name, a clause after a comma, and a band noun outside the class ("a movement of men").

It also covers a one-word body the gazetteer knows written as a person's last name ("the envoy, Klaus Dieter Wagner,",
"Richard Wagner, the EU's representative"): ``entities._gazetteer_surnames`` makes the whole name a person where two
or more capitalised words, a given name or NER's person come right before it; near-misses keep the body ("Yevgeny
Prigozhin's Wagner", "the Russian Wagner", "Gaza Hamas fighters")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("talk48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
