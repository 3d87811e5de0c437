"""A battery of the project's own passages (``data/ref41_battery.jsonl``; format and checks in ``batteries.py``):
actors carried across sentences -- a pronoun opening a new paragraph, "the group", "both countries", "the two
sides", "the three countries", "the allies", an event named before ("the truce", "the offensive", "the raid"), a
person called by title alone ("the envoy"), a possessive ("its leader", "the movement's leader") -- with near-misses
where two candidates stand (no one is meant) or where the description names a new actor; and four invented
articles dense in such reference (``data/ref41/``: a wire report, an analysis, an explainer with bullet lists and a
press release). Mended at their mechanisms: a title given to one person only ("N, the UN envoy for Yemen, ... The
envoy held talks with the Houthis") is as firm as "he" for a person's dealings with a named body
(``relations._titled_person_with_named_body``); an object or an oblique is outranked by its own clause's subject,
so where that subject is a body the resolver cannot name ("the ministry said the group gets arms from X. Its
leader ...") a possessive is no one's (``resolve._own_clause_subject``, ``Resolver._unknown_center``); an attack
named before and referred back to as the subject of a verb of hitting ("The raid hit positions of the PKK") is its
agent's attack on what it hit (``discourse._hit_by_event``); the names listed as a possessed body's backers or allies
("Its backers include Iran", "the movement's allies include al-Qaeda") back it or are its allies, whatever the
possessive refers to (constructions ``ref41:owner-backers-include``, ``ref41:owner-allies-include``, as
bloc33 reads "its members include"). The invented articles' scores are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

# Gaps left for later (their passages stay in the battery):
KNOWN_MISSES = {
    # "the allies" after a sentence that names a third body (the Houthis) besides the pair: left unresolved
    ("The Emirates and Saudi Arabia went to war with the Houthis in 2015. The allies bombed "
     "Sanaa for weeks.", "Saudi Arabia", "attacks", "Sanaa"),
    ("The Emirates and Saudi Arabia went to war with the Houthis in 2015. The allies bombed "
     "Sanaa for weeks.", "United Arab Emirates", "attacks", "Sanaa"),
    # "the strikes" is no event noun the discourse refers back to ("the raid", "the offensive" are)
    ("Ankara launched air strikes on Kurdish fighters in northern Iraq on Monday. The strikes hit positions of the PKK "
     "near Duhok.", "Turkey", "attacks", "PKK"),
}

BATTERY = Battery.load("ref41_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("ref41")
    assert summary.contradictions == 0 and summary.precision >= 0.86 and summary.recall >= 0.62, summary.to_dict()
