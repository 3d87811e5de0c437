"""A battery of the project's own sentences (``data/ends33_battery.jsonl``; format and checks in ``batteries.py``)
and two invented, annotated wire stories (``data/ends33/``, held at the scores this round reached):
acts of war whose ends are told by a description ("government forces", "the army", "the rebels"), each mended at
the resolver. "Government forces" in a story whose one state the text alone makes a state ("Lorvania's
government") are that state's, though the rebels' own name reads like a state's force ("the Highland Liberation
Army": an armed group, no state's army, as ``Resolver._text_army`` already held); where another name owns a
government the resolver read as no state ("Talvera's government", Talvera taken for an organisation), or two
governments are told, they are no one's (``Resolver._unread_government_owner``). A bare "government forces" or
"the government" whose own sentence tells one state as the doer or speaker -- a demonym or a body of the state on
a subject that is its officials, spokesmen, regular forces or strikes ("Somali officials said", "a Nigerien drone
strike hit ...; the government said", "an SSPDF spokesman") -- is that state's, not the government named sentences
before (``Resolver._acting_state_of_sentence``, ``resolve._state_agent_head``); a state the sentence names outright
("accused Libya of ...") competes, and leaves it to the earlier reading or to none; "Chadian rebels" act for no
state."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("ends33_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("ends33")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
