"""A battery of the project's own sentences (``data/w57d_battery.jsonl``; format and checks in ``batteries.py``):
denials of involvement that answer a charge the discourse memory reads (``discourse._denied_charges``).

* An armed effort said to be backed ("officials said the raid was funded by X") is a charge like any reported act:
  the backer's later denial of "any role" or "the accusation" negates its support of the effort's doer
  (``event:backed`` candidates are now in the denial's pool); a denial by another party, or a backing the text
  states in its own voice, leaves the support as read.
* A charge told in an adverbial clause of the denial itself ("X has denied any role, after A accused it of arming
  Z") is the one it answers (``discourse._charged_in_adverbial``); a charge against another party, or told in a
  sentence after the denial, is not.
* "hinted" and "insinuated" are verbs of saying whose content is a claim (``speech_verbs``,
  ``contested_speech_verbs``): "A hinted that X had armed Z. X denied any role" -> X supports Z, negated.

Also a coup condemned by its noun alone ("the coup", "the putsch", "the coup attempt") condemns whoever the text
said staged it ("the Council staged a coup ... ECOWAS condemned the coup": ``discourse._coups``,
``discourse._coup_condemned``, word classes ``coup_nouns`` and ``coup_staging_verbs``); a coup only plotted or
charged, two coups by other doers, or a coup the noun places elsewhere, gives no one to condemn."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w57d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
