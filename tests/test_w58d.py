"""A battery of the project's own sentences (``data/w58d_battery.jsonl``; format and checks in ``batteries.py``):
a paraphrase audit of condemnations, designations and sanctions -- every wording kept, right or wrong, so that
what is read now stays read and what is denied, urged, threatened or debated never turns into a fact.

Mended here (w58d):
- an actor set off with a participle of placing "under sanctions (an embargo) by A" ("B, placed under sanctions by A
  in 2023,"): ``sanctions:placed-under`` reads the noun the participle hangs on;
- "sanctions by A on B" (the sanction noun's "by"), "B, under sanctions from A," and "under sanctions imposed by A"
  (``rules._set_off_holder``, ``rules._participle_agents``, word class ``imposing_participles``): not a stance on the
  measure ("sanctions criticised by C"), and not a town "under X's control" (a hold, no taking);
- "A slapped / punished B with sanctions", "B was saddled with an embargo by A" (``w58d:punished-with-sanctions``);
- "A kept / retained B on its list of terrorist organisations", "put B back on its terror (sanctions) list / roster"
  (``designation:added-to-list``, ``session17:added-to-modified-list``, ``list:put-on``).

The known misses are audited wordings left for later (a bare "listing of B", "which A considers a terrorist group",
a sanctioned organ standing for its state, "joined the EU sanctions", a relative clause whose subjects are
followed by "both")."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES = {
    ('Canada designated the Proud Boys as a terrorist entity.', 'Canada', 'designates', 'Proud Boys'),
    ("Britain's listing of Hezbollah angered Beirut.", 'United Kingdom', 'designates', 'Hezbollah'),
    ('The PKK, which Turkey considers a terrorist group, denied the attack.', 'Turkey', 'designates', 'PKK'),
    ('Russia branded Meta an extremist organisation.', 'Russia', 'designates', 'Meta'),
    ('India declared the Popular Front of India an unlawful association.', 'India', 'designates', 'Popular Front of India'),
    ("New Zealand's designation of the Proud Boys came in 2022.", 'New Zealand', 'designates', 'Proud Boys'),
    ('Hamas condemned its designation by Britain.', 'United Kingdom', 'designates', 'Hamas'),
    ("The United States sanctioned Iran's central bank.", 'United States', 'sanctions', 'Iran'),
    ('Washington blacklisted the Rapid Support Forces.', 'United States', 'sanctions', 'Rapid Support Forces'),
    ('Norway joined the EU sanctions against Russia.', 'Norway', 'sanctions', 'Russia'),
    ("New sanctions from Japan targeted Russia's banks.", 'Japan', 'sanctions', 'Russia'),
    ('Iran condemned the sanctions imposed by the United States.', 'United States', 'sanctions', 'Iran'),
    ('The United States kept Cuba on its list of state sponsors of terrorism.', 'United States', 'designates', 'Cuba'),
    ('Jaish al-Adl, which Iran and the United States both list as a terrorist group, claimed the raid.', 'Iran', 'designates', 'Jaish al-Adl'),
    ('Jaish al-Adl, which Iran and the United States both list as a terrorist group, claimed the raid.', 'United States', 'designates', 'Jaish al-Adl'),
}

BATTERY = Battery.load("w58d_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
