"""A battery of the project's own sentences (``data/off56_battery.jsonl``; format and checks in ``batteries.py``):
past and present roles told by a title in apposition or before a name.

A state's former official is a former member of the state, as its former head led it ("Peru's former foreign
minister, N", "N, France's former defence minister,", "Former Ugandan foreign minister N"; ``rules._titled`` and
the title rule no longer drop the state under "former"); a title that makes the state a place he works in ("former
opposition leader") or a bare rank ("the former Canadian general") still reads none. A military rank whose
compound names the force it is held in is membership of that force ("N, a former PKK captain,", "N, a KDF
colonel,"; ``rules._named_force_rank``); a demonym before a rank ("a Kenyan colonel") names no force."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
