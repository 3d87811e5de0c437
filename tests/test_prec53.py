"""A battery of the project's own sentences (``data/prec53_battery.jsonl``; format and checks in ``batteries.py``):
guards against false readings.

An event noun a verb of countering stops ("repelled a raid on a camp near X", ``rules._countered_event``) is the
enemy's: the construction engine's ``gov:`` argument no longer reads the verb's subject as its maker, as the
noun rules already did not. A side that "pulled back from outlying posts" while another took a town
names the places it left, a bare plural of other places (``constructions._other_places``): it did not leave that
town; "their positions" or "the outskirts of X" may lie in it and are read as before. Expelling a state's
diplomats (``diplomatic_staff_nouns``, ``relations._diplomats_expelled``) is a diplomatic row, no hostility, as
driving its troops out of a town is. A mandate is an intent noun, and the act of those a help helps is no fact
where the help itself is only planned or mandated ("a mandate to help the army retake X"). A role after "as" is
no role held where it is an image one casts of oneself (``self_casting_verbs``: "casts itself as the
region's mediator") or the role of the verb's named object ("A sees B as the mediator"), in the ``mediator``
construction that deals the role's holder with the article's two parties. "The army of President N" is the
government of the state the gazetteer knows him to lead, as "the government of President N" is
(``Resolver._head_refs``), and no one where it knows none: an army is never the man it serves."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec53_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
