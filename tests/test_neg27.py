"""A battery of the project's own sentences (``data/neg27_battery.jsonl``; format and checks in ``batteries.py``):
denied alliances, attacks, ties, memberships and sanctions read as denied, and never as facts. "Hold off (on)"
negates what it governs ("held off on sanctions against X"), and an offensive so denied drops the hostility it
implies rather than negating it. "Neither ... nor" denies the nouns a copula or a light verb coordinates ("is
neither an ally nor an enemy of Y", "carried out neither the raid on X nor ..."), not the nouns of other verbs. A
"not" and a subject the parser hangs on an auxiliary are its verb's ("A and B are not allied"). A negating prefix
denies the noun it joins ("X, a non-member of NATO,") and a name it joins names no one ("a non-NATO member"). A
subject that says none of it acted denies the act ("no Burundian troops took part in the assault on X"), on the
trigger's own verb or the light verb over it ("no country condemned the assault" leaves the assault stated). A
standing tie whose noun is the subject of an ending verb holds no more ("X's funding for Y dried up", "the sanctions on
Y were lifted"; talks that ended were held), and a claim a denied copula calls not true is denied ("it is not true
that X arms Y"; "it is not clear that ..." states nothing). Constructions (``constructions/neg27.jsonl``): an alliance ruled out, turned down or denied with its "with" hung on
the verb; "no formal pact exists between A and B"; a body stood outside or "not in"; membership declined or denied and member states; support and attacks ruled out; sanctions and attacks stopped
short of; an attack or a group one has "nothing to do with"; ties denied with the preposition on the denial; and
being (not) subject to a named imposer's sanctions."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("neg27_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
