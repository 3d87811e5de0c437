"""A battery of the project's own sentences (``data/wrong31c_battery.jsonl``; format and checks in ``batteries.py``):
wrong readings found by reading invented articles end to end (a wire report on Colombia's ELN, a feature on Haiti's
gangs and the Kenya-led mission, a sanctions and court report on Mexico's cartels, an Ecuadorian ministry's press
release, an editorial on US boat strikes off Venezuela, a fact-check of the Armenia-Azerbaijan deal), each mended at
its mechanism. "Along with C" hung on the verb after its object and a comma ("designated A and B as terrorist groups,
along with C") may add to the object as well as to the subject, so C is no companion of the subject
(``rules._after_object_and_comma``). A fact-check's claim that is one quotation after its label ('Claim 4: "X armed Y."
Unproven. ...') ends at the quotation, rated by the short sentence after it; the checker's own text after the
rating is told as fact (``segment._quoted_claim``, ``segment._inline_rating``). A bare withdrawal reaches back to no
lone rating the tagger took for a place ("Unproven.") nor across a claim's bounds (``rules._recent_place``).
Coordinated subjects that consent to a stay or a handing over ("neither government has agreed to any foreign
military presence") state no deal between them (construction agreement:coordinated, ``unless_through``). A claim
taken up in the next sentence as the subject of a verifying verb the text denies ("X notes reports that A arms B.
These reports have not been confirmed.", "Such allegations have not been proven.") is not stated: a claim noun's
content, or a report's ("media reported that ..."), though not a party's own claim, which still tells its stance
(``relations._unverified_next``, word classes ``verifying_verbs``, ``taken_up_determiners``). The
invented articles themselves, annotated, are ``data/wrong31c/``; their precision is held at or above what this
round reached, with no contradiction."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("wrong31c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_precision():
    summary = invented_set_summary("wrong31c")
    assert summary.contradictions == 0 and summary.precision >= 0.9 and summary.recall >= 0.55, summary.to_dict()
