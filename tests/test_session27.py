"""A battery of the project's own sentences (``data/session27_battery.jsonl``; format and checks in ``batteries.py``): a
government's noun that the small parser reads as a modifier of the goods given ("Russia sold the junta attack
helicopters", "sent the regime fighter jets") is the recipient (``entities._recipient_read_as_modifier``, word class
``giving_verbs``); a name before the goods is their make, not a recipient, where the verb has a recipient of its own
("sent the Libyan government Bayraktar drones": no backing of "Bayraktar"). "The alliance" or "the coalition" is the
body whose name's head is that noun ("the Alliance of X States": the word before its "of"), remembered three times as
long as other descriptions: a group named since that is no alliance is not it (``Resolver._antecedent_in_text``,
``_name_head``). A trigger verb the tagger read as a noun, with a subject before it and an object after it, is a verb
("the US and the UK list X as a terrorist organisation"; ``entities._verb_read_as_adverb``). A relative pronoun after
a comma, subject or object of a clause the parser hangs on the main verb or across that verb on its subject, relates
to the name just before the comma ("the brigades fought beside the forces of X, which Y backed": Y backs X;
``entities._relative_read_as_adverbial``). A claim noun the tagger took for a verb is still a noun where it is a
subject ("Reports that X bombed Y could not be verified": neither stated nor denied; "... were denied by Z": denied;
``relations._claim_over``), and so is one after "the" and a name that the parser read as a clause's verb ("Iran
dismissed the US claim that it had armed X": denied by Iran, not the US's act; ``entities._claim_read_as_clause``).
An attack told with no named doer and then claimed is the claimant's ("Militants bombed X. Y claimed the attack": Y
attacks X), when it is the one such attack within two sentences and no named doer's attack came since
(``discourse._unattributed_claimed``). Constructions: fighting for a state, a government or an armed group backs it;
coordinated subjects who made peace dealt with each other; a person appointed a described body's commander leads it;
a decree or order that designates a group as terrorist designates it for whoever signed or issued it
(``constructions/session27.jsonl``, tested from their records)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session27_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
