"""A battery of the project's own sentences (``data/own41_battery.jsonl``; format and checks in ``batteries.py``):
readings mended from five invented articles in the shared sealed set's four styles (``data/own41/``: a wire on
Puntland's offensive in the Cal Miskaad mountains, an analysis of Iran's strikes on Kurdish opposition parties in
Iraq, an explainer with bullets on Myanmar's Karen State, a sanctions press release, a wire on an al-Shabaab raid in
Kenya), each with sentences of its own about other actors and a near-miss.

- A person's name whose first word is also a verb ("Saw", "Will") keeps that verb's tag once merged, and the parser
  makes it a clause's head; it is the real verb's subject, or a title's apposition
  (``entities._name_read_as_its_first_words_verb``).
- "The junta led by General N calls X ...": the name after the participle's "by" is its object, not a second subject
  of the main verb (``entities._agent_read_as_second_subject``).
- "sanctioned by A in 2023 and by B in 2025": the repeated "by" after a phrase of time is coordinated with the first
  (``rules._repeated_preps``); "by 2021" is a time, no agent.
- A self-governing region stands for its government where it acts ("Puntland receives support from X", "Jubaland
  accused ..."; the gazetteer's ``metonym_of``), and its name is kept among that government's aliases
  (``Resolver._stood_for``); a region's "regional president" is its head (``rules._regions_own_title``).
- "X's president, N, refused ...": the name read as a second subject, with the title hung on it, is the title's
  apposition (``entities._title_and_name_read_as_two_subjects``).
- Driving others into a place ("drove them back across the border into X") is no assault on it (``attacks:push-into``).
- "A, B and C counties, which border X": the list's names are no containers of the first, and a relative clause the
  parser flattened into an apposition locates nothing (``rules.apposition_rule``).

The invented articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("own41_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("own41")
    assert summary.contradictions == 0 and summary.precision >= 0.87 and summary.recall >= 0.56, summary.to_dict()
