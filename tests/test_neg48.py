"""A battery of the project's own sentences (``data/neg48_battery.jsonl``; format and checks in ``batteries.py``):
denials by a state or body the text names by a one-word name of its own that the tagger took for a person's
("Brennmark said it had never sent the militia a rifle"). A person is no "it", so the reported clause's subject was
left unbound and the denial unread. A one-word name the gazetteer does not know, no given name and never titled,
that its own report calls "it" ("N said / says / insists / told reporters that it ...", also after "N denied the
charge and said it ..."), or that a set-off relative "which" follows, is a body (``resolve.Resolver.
_read_neuter_named_bodies``), and the pronoun is bound to it as to any named speaker. Near-misses: a name with
"who" after it or a title before it stays a person; an "it" of another clause ("it was a dark day") binds nothing;
a denial stays bound to its clause ("denied the charge but said it had sold fuel to X" is no denial of X's
backing); with two rebel bodies named before, "the rebels" is neither.

Second, a denial of talks (or of any act) under a condition brought by "as long as" ("will not negotiate with X
as long as its fighters hold Y"): the "as ... as" pair was read as a degree compared ("as heavily as it once did"),
and so neither a fact nor a denial. An adverb of the ``condition_degree_adverbs`` class ("long") between the two
"as" makes a condition, not a degree (``relations._degree_compared``). Near-misses: a degree compared still yields
nothing; a stated act under such a condition stays a fact, never a denial."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("neg48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
