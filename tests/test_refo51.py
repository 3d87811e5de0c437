"""A battery of the project's own sentences (``data/refo51_battery.jsonl``; format and checks in ``batteries.py``):
a speaker's report given "in a message / statement / video that ..." whose clause the parser hung on the message noun
as a relative clause ("said in a message that his fighters had withdrawn from X"), so the report had no speaker, its
possessive no owner and the relation was lost. ``entities._report_read_as_relative_of_medium`` (with the word class
``report_medium_nouns``) gives the clause back to the verb of saying; the resolver then reads "his fighters", "the
front" or "the movement" as it does in any report. Near-misses: a denied report stays denied, a description with two
candidate groups resolves to neither, the army's own "it" or the army named in the report is no rebel withdrawal, and
a true relative clause on the message ("a message that his fighters had recorded") reads nothing.

Also: a quotation's "we" spoken by a named person whose appositive title is owned by a description ('"We will not
talk to X," said N, the front's leader', 'N, a spokesman for the movement', 'N, the leader of the front') stands for
the one body the description resolves to (``resolve.Resolver._described_owner_of_speaker_title``, called from
``_represented``). Near-misses: a description with two candidate groups gives no speaker's body; a critic "of the
front" does not speak for it; an army's spokesman (a state's) is left as before; a pronoun owner ("its leader") is
not read."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("refo51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
