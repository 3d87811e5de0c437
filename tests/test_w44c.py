"""A battery of the project's own sentences (``data/w44c_battery.jsonl``; format and checks in ``batteries.py``): a
capitalised person's title or honorific and one name that NER typed as a body ("General Nasution, Commander of the
Indonesian Army", "Mr Aideed, chairman of ...") is a person known by one word, the title no part of his name
(``entities._title_and_mononym``, read in ``entities._titled_names``); a title before an English word or a body's
head ("General Motors", "the General Command") stays what NER made it. An untagged name in apposition to an acronym
title the tagger takes for a proper noun ("N, an MP for the X Party,") is a person, as with a lower-case title
(``entities._acronym_title``, read in ``entities._named_before_title``); a capitalised title so tagged is not (in a
signature block it may hang on the next line's "For the X:"). A name set off after a hyphened title ("Its
secretary-general, Dame N,") is read with the compound's first word as its title and without the honorific before it
(``entities._named_after_title``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w44c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

