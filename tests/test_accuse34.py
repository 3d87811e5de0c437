"""A battery of the project's own sentences (``data/accuse34_battery.jsonl``; format and checks in ``batteries.py``):
condemnations told through a speaker that stands for its state and in shapes the engine left open. A state's own
medium speaks for it ("Xian state television accused B", "X's state media", "state radio": ``agent_compounds``; "Xian
media" alone is no state's); an unknown name's adjective before "police" makes the name a state ("Xian police accused
B": ``state_demonym_heads``); "Xian agents / operatives / spies" act for their state ("blamed Xian agents for the
blast": ``agent_nouns``); "called B one of the worst war criminals", "one of the most brutal gangs of killers" and
"described B as one of ..." condemn B (``accuse34:called-one-of``); a reported clause that charges an actor with bad
faith ("A said B was lying", "A says B is trying to sabotage the talks", "meddling in": ``censure_verbs``,
``accuse34:said-bad-faith``) condemns it, a denied charge or an attempt at anything else does not; and a relative
clause's verb of accusing the tagger read as a plural noun ("Y, which the Sudanese army accuses of backing Z":
``entities._accusing_relative_read_as_noun``) is the verb, the noun before it its subject. A body of government or a
medium a name hyphened to "run", "controlled" or "led" says an actor runs speaks for it ("the Houthi-run interior ministry
accused B": ``ruled_body_heads``, ``ruling_participles``, ``resolve.Resolver._run_by_refs``); "X-backed" or "X-funded"
says no such thing. An attack noun set after a comma beside the clause that tells the attack, with a relative clause
of condemnation on it ("X bombed Y, strikes that Z condemned"), condemns the clause's attacker
(``accuse34:condemned-clause-apposition``). The invented articles,
annotated, are ``data/accuse34/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("accuse34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("accuse34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.9, summary.to_dict()
