"""A battery of the project's own sentences (``data/ref56_battery.jsonl``; format and checks in ``batteries.py``):
an object pronoun read past a noun that only describes its antecedent. "The X Movement is a rebel group. Chad
attacked it": the copula's complement ("a rebel group"), a passive's complement ("was declared a terrorist
group") or a noun in apposition to the name is the antecedent itself, no thing of its own the pronoun could mean
(``Resolver._describes_mention``, read by ``Resolver._thing_between``); a thing named as a subject or object
between them ("seized a tanker", "said a convoy was an easy target") still leaves the pronoun unread.

Also a post a possessive pronoun marks, overrun by another ("Kenyan troops overran its bases"): the possessive
is read past the verb's subject, as with a verb of attacking (``overrunning_verbs`` in ``resolve._attack_target``),
and the construction ``ref56:overran-its-post`` reads the attack on the post's owner. A denied overrunning, a
refugee camp and a possessive with two candidates yield nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
