"""A battery of the project's own sentences (``data/fresh38d_battery.jsonl``; format and checks in ``batteries.py``):
readings mended after eight invented articles (``data/fresh38d/``) in the genres of a history explainer, a UN panel
summary, a government press release, a wire report, a headline roundup, a feature, an academic paragraph and an
editorial, about the Americas, Africa and past wars. A holding verb with "against" is a defence, not a taking ("held
the town against a siege": ``rules._held_against``). A participle between the first two items of a list describes the
first only ("A, led by N, and B": ``rules._participle_described``). A verb form the tagger read as the root noun ends
the title words read leftwards from a name ("EU sanctions Russian general N": ``rules._verb_read_as_root_noun``).
Joining an actor's side is an alliance, not membership (``fresh38d:joined-side``). A plural noun announcing a list
("designated the following groups as FTOs:") stands for the actors the bulleted items below name
(``resolve.Resolver._listed_below``). A name tagged as a verb after an object-less preposition is its object
(``entities._prepositions_name_read_as_verb``), and a signing partner hung on an accord's name is the verb's
(``rules._names_an_accord``). Arms marked by a state's adjective, received, come from that state
(``fresh38d:received-demonym-materiel``); "depended from the outset on B for arms" is B's backing
(``fresh38d:relied-from-the-outset-on``). "between A (X) and B (Y)" keeps B as A's conjunct
(``entities._between_conjunct_read_as_subject``). A mediator's role left ("stepped down as mediator") is none held
(construction ``mediator``). A gerund set against another by ", not" is its adverbial clause, so the denial is the
same subject's (``entities._contrasted_gerund_left_unattached``). The invented articles' precision and recall are
held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh38d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh38d")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.52, summary.to_dict()
