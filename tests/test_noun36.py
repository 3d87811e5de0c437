"""A battery of the project's own sentences (``data/noun36_battery.jsonl``; format and checks in ``batteries.py``):
events told as nouns (noun36). An act its agent owns, the direct object of a verb that ends or resumes it, is
presupposed whatever is said of the ending ("until X ends its offensive against Y", "urged X to halt its strikes on
Y", "refuses to lift its embargo on Y", "threatened to resume its attacks on Y": ``relations._presupposed_act``,
``presupposed_act_nouns``); the stance read beside the act is not, nor an act only threatened or called for, nor
support (a demand that X end its support is often an accusation). A sanction or a deal noun holding its own target or
party, whose maker a relative clause of imposing or signing names, is the maker's ("the embargo on X, which A imposed",
"sanctions on X, which A has begun to impose", "the accord with X that A signed": ``constructions/noun36.jsonl``), and
sanctions on a state's organs or officers a demonym names fall on the state ("imposed sanctions on Turkish
ministries": ``sanctioned_state_organs``). A predicate nominal's attack noun names its attacker by a name or
demonym before it ("X has been the target of US strikes": ``noun36:target-of-named-attacks``), and an emphatic
reflexive the parser makes a second subject is passed over ("X had itself been the target of ...":
``rules._without_emphatic_reflexive``). A refused offer a person's possessive pronoun owns deals with that person as
a name would ("Moscow brushed aside his offers of talks": ``relations._person_possessor_with_named_body``). The
invented articles, annotated, are ``data/noun36/``; their precision
and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("noun36_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("noun36")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.92, summary.to_dict()
