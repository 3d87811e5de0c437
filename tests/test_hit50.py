"""A battery of the project's own sentences (``data/hit50_battery.jsonl``; format and checks in ``batteries.py``):
attacks and hostility the tool missed (hit50).

- An armed group's caves are its own things, as its bunkers and hideouts are: bombing "al-Shabaab caves" or "the
  caves of Boko Haram" attacks the group (``owned_objects`` and ``modified_owned_objects`` in ``words.jsonl``, read
  by ``rules._owners``).
- "carried out several air strikes | on the tunnels of X": the "on" the parser hung on the light verb, right after
  the strike noun it objects, is the noun's own for the owner reading (``rules._verb_hung_targets``, from the noun
  rule's owner branch); an "on" that is not next to the noun, or whose object belongs to no actor, reads nothing.
- Overrunning or overwhelming the headquarters, barracks, bases, hideouts or caves "of" an army or group attacks
  it, as overrunning its camp does (construction ``attacks:overran-unit-of``, ``constructions/attack12.jsonl``);
  a denied overrunning, or one of a body that is no armed actor, reads nothing.
- An unknown adjective formed on a name of the text before a force's post or column ("a Draznian convoy",
  "Ostravan positions", "a Marenian patrol") makes that name a state, as before "army" or "troops" it does
  (``state_demonym_heads`` in ``words.jsonl``, read by ``Resolver._entity_states``); not on a name the text tells
  as a town or province.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("hit50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
