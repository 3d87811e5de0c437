"""A battery of the project's own sentences (``data/prec56_battery.jsonl``; format and checks in ``batteries.py``):
three false readings of the fifty-sixth round's precision work.

A verb of ascribing a tie in the active voice ("link", "tie": ``ascribing_verbs``) whose thing ascribed is missing,
the gap of a contact relative clause the parser read as a clause of its own ("fired at ships they link to X"),
ties its subject to nothing (``rules._ascription_gap``); "a group linked to X", "X is tied to Y" and an
intransitive "affiliated with" keep their reading.

A verb that only says its subject did as another did ("B's trainers followed at the council's bidding":
``sequel_verbs``) names no deployment, so the ``at-request`` construction reads no backing from it (the act
followed may be a departure); a deployment verb at a request keeps its reading.

"They" in the reason an act's doer gives through a participle of saying ("detained three freighters, saying they
were tied to X") are the unnamed things acted on, not the doer (``rules._reason_about_acted_on``); "X said they were
linked to Y" and "X, which is linked to Y," keep their reading."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
