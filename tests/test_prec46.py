"""A battery of the project's own sentences (``data/prec46_battery.jsonl``; format and checks in ``batteries.py``):
false relations left by the forty-fifth round, each read at its mechanism.

- A body that "brings together N states, among them A and B" lists members; it holds no talks with them. The
  "among them" phrase the parser hangs on the verb, or on a name it hangs on the verb, rules the go-between's
  reading out (``unless_prep`` "trigger*:among" of talks11:brought-together and mediate17:bring-together; the
  "*" is ``constructions._prep_hosts``).
- "the Malian commander N" in apposition commands that state's forces, he does not lead the state, as the title
  rule reads "Libyan commander N" (``rules._titled``, ``command_titles``).
- "the Front, led by its chairman N" / "the view of the Front, voiced by its spokesman N": the "its" of a
  participle's "by" phrase is the body named just before the comma, not the sentence's subject
  (``rules._participle_owner``, used by ``rules._title_body``).
- "Reports say the Front receives arms from the Republic of X. The Government of X denies any support": the
  government's later denial undoes the rumour for the state the reports name, as the state's own denial does
  (``relations._governed_state``; a government the tagger took for an organisation counts by its name).
- "Prime Minister N" given a state only by a guess from the passage (title:paragraph, title:home, title:salient),
  where the text has him head a government of its own ("N, who heads the Government of National Salvation"), leads
  that government, not the state (``relations._guessed_state_head``).
- "X, the backbone of Y, a coalition backed by Z": the indefinite description chained after the first apposition's
  "of Y" is Y's, though the parser hangs both on X (``Resolver.chained_description``, read by ``rules.np_refs``).
- "the Republic of X, a Member State,": a capitalised kind of state under a part-making modifier is no place X lies
  in (``rules._capitalised_state_kind``, ``state_kind_nouns``, ``sub_state_kind_modifiers``).
- "A's patron was B" in the simple past reads a former backing (prec46:owner-patron-was, ``former``), "A's patron
  is B" a present one (w45c:owner-patron-is): checked below, as the battery format has no qualifier.
"""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import read

BATTERY = Battery.load("prec46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def _backing(text: str, subject: str, obj: str):
    return [r for r in read(text) if r.predicate == "supports" and not r.negated
            and r.subject.name == subject and r.object.name == obj]


@pytest.mark.parametrize("text, subject, obj, former", [
    ("The Kessel Front's main patron was Qatar, according to the report.", "Qatar", "Kessel Front", True),
    ("For a decade the Polisario Front's chief patron was Libya.", "Libya", "Polisario Front", True),
    ("The Houthis were isolated; their only sponsor was Iran.", "Iran", "Houthis", True),
    ("The Houthis' main patron is Iran, diplomats in the Gulf say.", "Iran", "Houthis", False),
    ("Hezbollah's chief patron remains Iran despite the sanctions.", "Iran", "Hezbollah", False),
    ("The Kessel Front's main patron is Qatar, the report says.", "Qatar", "Kessel Front", False),
])
def test_a_patron_backs_formerly_only_in_the_past_tense(text, subject, obj, former):
    found = _backing(text, subject, obj)
    assert found and all(r.former == former for r in found)


@pytest.mark.parametrize("text", [
    "The Kessel Front's patron was not Qatar, the envoy insisted.",
    "The cathedral's patron was a wealthy merchant.",
])
def test_no_backing_read(text):
    assert not [r for r in read(text) if r.predicate == "supports" and not r.negated]
