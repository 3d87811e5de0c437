"""A battery of the project's own sentences (``data/ref42_battery.jsonl``; format and checks in ``batteries.py``) on
reference across sentences: a pronoun, a definite description, a title after a name, a capital or a pair ("the two
countries") whose actor was named in a sentence before, each in several wordings, with near-misses where two
candidates or a plan leave the reference open. A description whose own modifiers make it another actor than the one
named before -- a body named as its compound ("the UN mission" after the African Union), a post-modifier pointing
away ("rebels from another group", "fighters of a rival faction"), a mission placed in another state than its
antecedent's name places it ("the mission in Mali" after the AU Mission in Somalia) -- refers back to none
(``Resolver._told_apart_by_modifier``); a possessive pronoun after it then has no antecedent to jump back to. A
list item's capitalised first word that the tagger read as a proper noun ("The Lake Force / - Funded largely by
X.") is the verb it is (``entities._item_verb_read_as_name``), so the item's left-out subject is its heading's. The
invented articles (``data/ref42/``: a wire report, an explainer with bullets, a press release) are held at what this
round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("ref42_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("ref42")
    assert summary.contradictions == 0 and summary.precision >= 0.92 and summary.recall >= 0.65, summary.to_dict()
