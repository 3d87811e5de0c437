"""A battery of the project's own sentences (``data/session30_battery.jsonl``; format and checks in ``batteries.py``):
troops sent "to fight" or "to fight for X" do the fighting, as troops sent to help do the helping
(``realised_purposes``); an unnamed person speaker ("a spokesman said it would ...") says "it" of the body he speaks
for, never of himself, so the pronoun is read as elsewhere; paying the salaries, wages or stipends of an actor's
forces backs that actor (``session30:pays-salaries-of``); and "A joined B in VERBing C" is the act of both A and B
(``rules._joined_in``), an alliance only where the act is one of force ("joined B in fighting C"), while a joining
refused or planned says nothing of B's act (``condemn:joined-in`` no longer denies it). "The coalition led by Saudi
Arabia" is the body the gazetteer or the text calls "the Saudi-led coalition" (``Resolver._led_body``; none is made up). An adverbial clause with a subordinator ("After A retook X, ...") is a clause
of its own, whatever the tagger made its verb: the main verb ("withdrew") neither denies nor governs it (``relations._chain``),
and the side that leaves after a taking is never the taker (``other_than`` on ``withdraws:as-the-enemy-took``). An
act others report of a party with a passive verb of report ("X's jets were reported to have bombed Y") is no avowal
of its own, so its denial answers it (``discourse._own_word``: the merge of two rounds had read it as a fact). "The two sides" of talks or a
mediation, where the text told no standing hostility, are the one pair it told attacking each other
(``relations._conflict_sides`` with ``only``); two such pairs, or "the two sides agreed" (any meeting's two), give none. The possessor of one main subject is
continued by a possessive opening the next sentence's subject ("The movement's spokesman accused the government. Its
fighters ...": ``Resolver._centered``), an object between them outranked. "Officials in Paris believe they are held by X": a
passive "they" after officials seated in a capital is left open (hostages, nationals), never that state. A refusal by one actor reaching a noun trigger
whose own agent is another ("Hungary refused to back a package of EU sanctions") says nothing of that agent's act:
dropped, not denied (``relations._others_act``). Several subjects acting "in / under a deal brokered by C" dealt with
each other (``session30:parties-in-brokered-deal``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session30_battery.jsonl", set())
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
