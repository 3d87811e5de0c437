"""A battery of the project's own sentences (``data/fresh38a_battery.jsonl``; format and checks in ``batteries.py``):
false readings found in eight invented articles about African wars -- a wire report, an NGO press release, a
think-tank analysis, a Q&A explainer, an obituary, a parliamentary report, a summit communique and a long-read
feature (``data/fresh38a/``) -- each mended at its mechanism. A finite verb the parser hung on the gerund another
verb governs ("deny shelling X and accuse Y of ...") is that verb's conjunct, so the denial does not reach the
accusation (``entities._finite_verb_coordinated_with_gerund``). Forces a determiner says are not there ("no Turkish
troops have deployed") own none of the soldiers a later sentence names (``resolve._denied_forces``). A maker's or
model's name of an aircraft or weapon ("Rafale jets", "Mirage fighters") is no actor (``weapon_model_names``). A bare
infinitive the tagger read as a noun after "help"/"let"/"make" ("helped the Malian army repel JNIM fighters") is the
helped party's act (``entities._bare_infinitive_read_as_compound``). A denial of supplying "the militias" answers the
support charge reported just before (``discourse._described_recipient``). A lower-case word on the same line carries
its sentence on (``segment._runs_on``). "One of X's commanders" is X's member (``member38a:one-of-titles``). An
infinitive on a noun a name owns is the owner's act ("Washington's decision to lift sanctions on X":
``rules._named_owner``). Verbless list items under a header of demands or conditions are asked for, not done
(``statements.wished_item``). "Chief executive" is a leader's title. The invented articles' precision and recall are
held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh38a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh38a")
    assert summary.contradictions == 0 and summary.precision >= 0.86 and summary.recall >= 0.50, summary.to_dict()
