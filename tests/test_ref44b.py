"""A battery of the project's own passages (``data/ref44b_battery.jsonl``; format and checks in ``batteries.py``):
references by a pronoun of the readable sets' misses, mended at their mechanism. An agent noun (``agent_nouns``: an
envoy, negotiators, a suicide bomber, gunmen, diplomats) owned by a body's possessive pronoun ("its envoy met ...",
"its suicide bomber killed ...") acts for the body the pronoun was read as, as "the league's envoy" does for the
league (``resolve._body_owned_agent``, ``Resolver._possessive_refs``); a peer ("its counterpart") is another's, and a
pronoun with two candidates stays unread. A verb of sheltering (``sheltering_verbs``) whose first object is people
under protection ("sheltering civilians and some soldiers who surrendered") protects those listed with them: no
backing (``rules._sheltered_with_civilians``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref44b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
