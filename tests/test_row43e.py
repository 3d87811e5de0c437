"""A battery of the project's own sentences (``data/row43e_battery.jsonl``; format and checks in ``batteries.py``),
written from the readable sets' failing negotiates_with rows read alone (``/work/notes/s43/rows_row43e.jsonl``,
``benchmarks/miss_alone.py``) and mended at their mechanisms. The tokenizer split "go-between" into "go", "-",
"between", so "with C acting as a go-between" left no role noun for talks26:with-as-mediators and
talks11:acted-as-go-between to match: the words class ``whole_hyphen_words`` keeps it whole (``load_pipeline``).
After a long object ("negotiated the release of N from X, with C acting as a go-between") the parser hangs the
"with" phrase on the object: talks26:with-as-mediators reads it there as well. "The truce was brokered by C and signed
by A and B": the signing participle, coordinated with the broker's, has no subject of its own; deal:signed-by-pair
reads its agents as a pair there too, and row43e:brokered-and-signed-by gives the broker each signatory.
"A's troops are in X under a deal with B": deal:under-accord-with wanted a verb above "under", and a clause of
presence has only its copula; the copula now holds the subject as a verb would. Near misses: a go-between of goods
(no talks), presence under pressure (no deal), and presence under no agreement."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("row43e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
