"""A battery of the project's own sentences (``data/session16_battery.jsonl``; format and checks in
``batteries.py``): what a body was founded as describes the body ("X was formed as an alliance of militias
including A": A is a member of X), by a passive, a participle or an active founding verb; a body chosen or
named as something else is not described so. An unnamed site struck ("the bombing of a market in X", "an attack
on a hospital in Y") stands for the place it lies in, for an attack noun as for a verb. An agent
set against another ("by A, not by B") is never B: denied where a construction reads it, dropped where a verb does. A speaker's
verb after a reported clause ("N said the measures did not help and criticised X") is the speaker's.
A relative clause after a predicate nominal's phrase ("X is a member of Y (Z), which ...") is about the name
closing the phrase, however the parser hung it. An event noun in a phase phrase on a clause ("took X at the end of a
campaign against Y", "as part of a push on Z") is the clause subject's act; "government forces" there are those
of the one told state whose places the sentence names. A religious site named before its kind is a facility ("the al-Rashid mosque"); a faith or denomination
("the Shia mosque") names none. A time phrase the parser took for the object's head ("took the mosque days
later") leaves the object to the noun, and the ruins of a place told before are that place.
"The coalition" is a body named or described as a coalition or alliance ("the Viv Ansanm coalition", "X, an alliance
of gangs"), remembered longer than a bare description, never the armed group it fights. "The government" of a state the text tells only as a venue ("held talks with the ELN
in Caracas", "met M23 envoys in Nairobi") is no one's."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("session16_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
