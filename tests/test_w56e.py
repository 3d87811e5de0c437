"""A battery of the project's own sentences (``data/w56e_battery.jsonl``; format and checks in ``batteries.py``):
a refusal of talks or a deal another owns is no denial of the refuser's own. "A rejected the council's talks
with B", "A boycotted Lebanon's talks with B", "A broke away from C, denouncing that movement's dealings with B":
the talks are the owner's (a possessive noun phrase, ``rules.owned_by_another``), so the refusal constructions
(``talks:ruled-out``, ``talks:boycotted``, ``talks11:declined-talks``, ``talks25:shunned-talks-with``,
``talks:agreed-to-deal-with``) leave them (``unless_owned``), the noun reading drops them under a refusing verb
(``relations._others_act``), and a description owning them that resolves to the clause's own subject is a
misreading left unread (``relations._owner_resolved_to_subject``). The owner's talks a verb of criticism takes
are still read ("Iran denounced Qatar's deal with the Taliban"). A refuser's own talks stay denied: "rejected
talks with B", "rejected its talks with B", "rejected last week's talks with B" (a possessive of time owns
nothing).

Also talks or a deal "between" a pair, refused by someone not of the pair ("Hamas rejected any talks between Fatah
and Israel"), are no denial of the pair's (``relations._others_act``); and an event noun under "any", its clause
not denying it ("Iran opposed any deal between A and B", "Egypt supports any talks between A and B"), is no event in
particular, none stated (``relations._any_of_its_kind``); "held no talks", "has not held any direct talks with B" stay
denials."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w56e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
