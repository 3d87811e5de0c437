"""A battery of the project's own sentences (``data/prec50_battery.jsonl``; format and checks in ``batteries.py``):
false relations and a polarity risk read at their mechanisms (prec50), each with sentences that must still yield the
true relation.

- A gerund clause that is the subject of a linking verb whose complement weighs it as a prospect ("X joining Y was
  not impossible", "seems unlikely", "remains improbable") is neither stated nor denied
  (``relations._gerund_judged_unreal``, word classes ``linking_verbs`` and ``unreal_complements``); a complement
  outside the class ("was a surprise") or with a clause of its own ("is likely to anger Z") leaves it stated.
- A byname the tagger typed as a person, given to a description set beside a name the tagger typed as nothing
  ("N, a former judge called The Hammer, who heads X"), is not the subject of the relative clause after it
  (``Resolver._nickname_of_untyped_name``, beside w49a's ``_nickname_of_named_person``).
- A leader title after a branch of a state's forces told by common nouns ("Chile's navy chief, N", "the ground
  forces commander") makes him an official of the state, not its head (``rules._service_branch_title``, word class
  ``service_branch_modifiers``, read as ``army_title_modifiers`` are); a force named as a body keeps its leader.
- A subject "it" of a verb of occurring placed in time alone ("It came weeks after ...", "It happened as ...") is
  the event just told, not an actor, so a later "it" in the sentence ("the sanctions it had imposed") is not drawn
  to the last sentence's subject (``resolve._event_pronoun``, word classes ``event_pronoun_verbs`` and
  ``event_time_markers``); "it came under fire", "it came to power" keep their actor."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
