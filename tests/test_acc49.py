"""A battery of the project's own sentences (``data/acc49_battery.jsonl``; format and checks in ``batteries.py``):
condemnations (accusations, blame, criticism) whose speaker is a body's own deciding organ, which the tool misses
(acc49). "The ELN's central command accused X", "the front's council blamed Y", "Hamas's political bureau
criticised Z", "the group's shura council accused W": the organ, possessed by a party, an armed group or a state,
speaks for its owner, but the resolver reads no such organ noun, so the verb finds no actor for its subject. A
reading was written in the forty-ninth round (an organ word class read by the resolver for a verb's subject) and
measured: it read these passages and two readable rows, but gained a false relation on a held-out line, so it was
dropped; the stated relations stay here as known misses. The near-misses hold now and must hold under any later
reading: not a place's council ("Goma's town council"), not a description with two candidates ("the country's
security council" after two states), and not an intergovernmental body's sanctions committee, whose listing is no
designation by the body."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES = {
    ("The ELN's central command accused Colombia of breaking the truce in Arauca.", "ELN", "condemns", "Colombia"),
    ("Turkish drones struck a convoy near Qamishli on Tuesday. The PKK's executive council accused Turkey of killing "
     "eleven civilians in the raid.", "PKK", "condemns", "Turkey"),
    ("In a statement on Friday, the Taliban's leadership council accused Pakistan of violating Afghan airspace.",
     "Taliban", "condemns", "Pakistan"),
    ("Hamas's political bureau criticised Egypt for closing the Rafah crossing.", "Hamas", "condemns", "Egypt"),
    ("The Houthis' supreme political council blamed Saudi Arabia for the collapse of the truce.", "Houthis",
     "condemns", "Saudi Arabia"),
    ("Al-Shabaab claimed the bombing in Mogadishu. The group's shura council accused Kenya of killing its commanders.",
     "al-Shabaab", "condemns", "Kenya"),
    ("The Ugandan army raided an ADF camp near Beni last week. The rebels' high command accused the army of executing "
     "prisoners.", "Allied Democratic Forces", "condemns", "Government of Uganda"),
    ("The ELN's central command did not blame Venezuela for the arrests.", "ELN", "condemns", "Venezuela"),
}

BATTERY = Battery.load("acc49_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
test_known_misses_are_still_missed = BATTERY.known_misses_test()
