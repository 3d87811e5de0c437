"""A battery of the project's own sentences (``data/neg36_battery.jsonl``; format and checks in ``batteries.py``):
negation read in the shapes news gives it, across predicates. A preposition and the noun a "no" determines deny their
verb as "never" does, fronted with the auxiliary inverted or inside the clause ("At no point did X arm Y", "X at no
time funded Y", "on no occasion", "in no way"; "under no circumstances will X talk to Y" is a refusal; "in no time" is
done quickly: ``negative_phrases``), as does "not once" / "never once" (not "not once but twice":
``counted_time_adverbs``) (``relations._negative_phrase``). "Would not hesitate to strike X" is a threat, left open as
its modal leaves it, never a refusal (``relations._refusal``); "fell short of sanctioning X" is not done
(``negating_verbs``); "hardly ever condemns X" is neither stated nor denied. "It was not X that attacked Y" (or "that
carried out the raid on Y") denies the act of the focus, whose relative word is the clause's subject
(``relations._cleft_focus_denied``; not "It was not only X", nor "It is not the first time X has shelled Y"). A verb of
stance toward an act ("has resisted negotiating with X", "opposed arming Y", "backed sanctioning Z") leaves the act
undone and lends its object no hostility (``act_stance_verbs``). A claim's "that" the parser hung on the clause's
auxiliary still makes the clause the claim's content ("rejected X's claim that it had armed Y" was read as a fact:
``relations._with_aux_children``), and verbs that dismiss a claim deny its content ("brushed off reports that",
"scoffed at claims that", "rebuffed the charge that": ``claim_dismissing_verbs``). A yes-no question answered "No." or
"Not yet." (on its line, or opening the paragraph under a question heading) is denied, answered "Yes," stated; any
other reply, a modal, a "not", a clause below the question's verb, or a verb other than a light one over an event noun
("Did the sanctions on X work? No.") leave it asked (``relations._polar_answer``). The invented articles, annotated,
are ``data/neg36/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("neg36_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("neg36")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
