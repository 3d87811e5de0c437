"""A battery of the project's own sentences (``data/tie51_battery.jsonl``; format and checks in ``batteries.py``):
a contact relative clause (no relative word) set in a description after a name, "X, a group Washington designated
(as) a terrorist organisation", "Y, a militia Asmara armed". The small parser reads the clause's subject as a second
apposition and the verb as a participle with no subject (or the description's noun as the name's compound), so the
act had no doer: ``entities._contact_relative_read_as_apposition`` and ``_contact_relative_read_as_compound`` give the
clause back its subject (only verbs of standing ties and stances: supports, designates, sanctions, condemns, alliances,
affiliations, talks), and ``rules._reduced_relative_labelled`` takes the described body as the one designated where
the clause's only object is the label. Near-misses: a wish to designate, a label that is no designation, a name that
is the group's own."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
