"""A battery of the project's own sentences (``data/talks25_battery.jsonl``; format and checks in ``batteries.py``)
for talks, mediation and agreements (``constructions/talks25.jsonl``).

A go-between whose parties its clause leaves unnamed deals with the pair the text has shown negotiating
(``parties``): "C mediated between the two sides", "C, which has hosted the process (the dialogue, the peace
process) since 2001", "C chairs / presides over the talks" (one chairing in the office of a state or body, named by
his title's possessor or "of", chairs for it), "mediators from C", "C is mediating"; a mediation or process of
another kind, one only offered or hoped for, and one with no talks told before read nothing. A demonym names the
mediator: "under Russian mediation / Turkish auspices" (only talks held, signed or reached under it), "through
Omani mediators / via Qatari intermediaries" (with the clause's subjects and the party talked with). Talks left
("walked out of / pulled out of / withdrew from / quit the talks with B") were talks held, as suspended ones are;
talks shunned, a party's demand or request for talks rejected, and a go-between refused ("rejected Kenyan mediation",
"turned down C's offer to mediate") are denied; accepted mediation is dealing with the mediator. A proposal carried
by a go-between ("C delivered A's proposal to B", "B received a proposal from C") is dealing with its owner and its
recipient; goods delivered or received are not. Co-signatories of one document ("A, B and C signed a treaty") each
dealt with every other, unless it was signed with a further party.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("talks25_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
