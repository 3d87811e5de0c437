"""A battery of the project's own sentences (``data/w56d_battery.jsonl``; format and checks in ``batteries.py``):
condemning or labelling an attack told with its agent's demonym or possessive. After a verb of condemnation or
labelling the parser may split the attack noun from the word before it ("the Thai artillery | strikes an
outrage", "strikes" read as a verb with the label for its object; "the Angolan | shelling", the demonym read as
the verb's object), which ``entities._censured_attack_split_from_its_modifier`` mends; or hang the label's "as" on
the attack rather than on the verb ("described the Chinese missile strikes as terrorism"), which
``entities._label_hung_on_labelled_thing`` mends; ``condemn:event-labelled`` and ``condemn:event-agent`` then read
the agent. An attack done to a people ("the shelling of Angolan villages") condemns none of them, a label of no
censure ("a proportionate answer") condemns no one, and a refused or denied label stays denied."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w56d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
