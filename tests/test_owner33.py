"""A battery of the project's own sentences (``data/owner33_battery.jsonl``; format and checks in ``batteries.py``):
owners the resolver left open or took wrongly. A possessive pronoun owning its sentence's main subject ("Its leader,
N, says ...") continues the main subject of the sentence before -- a name, or a description the resolver read -- past
an object or an oblique there that names no known actor ("has fought alongside the Narvian army"), as a subject
pronoun does (``resolve.Resolver._centered``), where that subject is the one actor of the pronoun's types the
sentence names (places aside): a named object beside it ("X designated the Y Front a terrorist group. Its commander
..."), two subjects, a paragraph break or a speaker's clause leave it open. A description known by its initials or
acronym ("the militia, known by its initials X") is the actor the initials name, or the one named before whose name
they spell (``name_form_nouns``, ``resolve.Resolver._named_by_form``): before, a name inside its own phrase ruled that
actor out. An unread description by a named body's own head noun ("the front", "the brigade") as the main subject
may be what "its" continues, so "its" takes no other name of that sentence (``resolve.Resolver._unknown_referent``),
also where the parser took the verb for a modifier and the noun for the root; and the main subject outranks the
subject of a clause inside ("... in a campaign that the government in Bamako once vowed would take a month. Its
leader, N": not the government's). "His fighters" or "his men" (``led_force_nouns``: only so owned) in what a
titled leader says ("Its commander, N, said his men had withdrawn from X") wait for the body his title gives him
(``resolve.Resolver._leader_possessive``), as they did where he was named as the body's commander: the body withdrew,
not the man; a head of state's or a trader's men stay no one's. The invented articles, annotated, are ``data/owner33/``; their precision and
recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("owner33_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("owner33")
    assert summary.contradictions == 0 and summary.precision >= 0.9 and summary.recall >= 0.66, summary.to_dict()
