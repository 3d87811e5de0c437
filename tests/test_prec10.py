"""Precision: wrong arguments that general guards now refuse.

Sentences of the project's own (different wording, actors and conflicts): each fix has cases that
must still yield their relation and near-misses that must yield nothing (or not that relation).
"""

from __future__ import annotations

import pytest

from relations_helpers import assert_read, got, holds

# (sentence, subject, predicate, object[, negated])
STATED = [
    # "X, in alliance with Y": the alliance is still read, and the enemy named as object still is
    ("The Karen Freedom Front, which fights the junta in alliance with the exiled Government of Unity, objected.",
     "Karen Freedom Front", "allied_with", "Government of Unity"),
    ("The Sahel Front fought the Azawad Movement in the north.", "Sahel Front", "opposes", "Azawad Movement"),
    ("The Sahel Front has fought with the Azawad Movement since 2019.", "Sahel Front", "opposes", "Azawad Movement"),
    # the place an attack hit, where no target is named
    ("Militants of the Sahel Front stormed a police post in Kema province.", "Sahel Front", "attacks",
     "Kema province"),
    ("Gunmen of the Sahel Front launched a raid on a police station and on the village of Dorsa, in Kema province.",
     "Sahel Front", "attacks", "Dorsa"),
    # "A-backed N": an apposition that renames one noun
    ("The Iran-backed militia, Kataib Hezbollah, claimed the attack.", "Iran", "supports", "Kataib Hezbollah"),
    ("Turkey-backed rebels of the Syrian National Army took the town.", "Turkey", "supports", "Syrian National Army"),
    ("The Rwanda-backed M23 clashed again with the army.", "Rwanda", "supports", "M23"),
    # "X is part of Y (Z), a coalition led by N": N leads Y
    ("The Union of Free Villages is part of the Northern Alliance (NA), a political-military coalition led by "
     "Tomas Reller, who once ran the national bank.", "Tomas Reller", "leads", "Northern Alliance"),
    ("The Kivu Defence Front is a member of the Patriotic Bloc (PB), an armed coalition headed by Marc Lunda.",
     "Marc Lunda", "leads", "Patriotic Bloc"),
    ("The Northern Alliance is a coalition led by Tomas Reller.", "Tomas Reller", "leads", "Northern Alliance"),
    # "the League, of which A is a member, condemning X": the League condemns
    ("The Ministry welcomes the statement of the Northern League, of which Ardania is a founding member, "
     "condemning the Red Brigades' seizure of the port.", "Northern League", "condemns", "Red Brigades"),
    ("The Ministry welcomes the statement of the Northern League, of which Ardania is a founding member, "
     "condemning the Red Brigades' seizure of the port.", "Ardania", "member_of", "Northern League"),
    ("The Coastal Union, whose current chair is Belvia, issued a statement condemning the Red Brigades.",
     "Coastal Union", "condemns", "Red Brigades"),
    # "the mission": a mission or force named before
    ("The UN Mission in South Sudan (UNMISS) sheltered thousands of civilians. Rwanda backs the mission with troops.",
     "Rwanda", "supports", "UNMISS"),
    ("The African Union Mission in Somalia (AMISOM) fought al-Shabaab. Uganda backs the mission with troops.",
     "Uganda", "supports", "AMISOM"),
    # a pronoun still continues the body named before it where no unread name stands between
    ("The Krell Brigades joined the Patriotic Front last year. They have attacked Red Army positions near the river.",
     "Krell Brigades", "attacks", "Red Army"),
    ("The Krell Brigades joined the Patriotic Front last year. It has attacked Red Army positions near the river.",
     "Krell Brigades", "attacks", "Red Army"),
    ("The Vell Tigers joined the Northern Alliance in May. The Friends of the Lake, a militia that appeared in 2021, "
     "is not part of the coalition. It has attacked Northern Alliance positions.", "Friends of the Lake", "attacks",
     "Northern Alliance"),
    # a reported clause's own conjuncts still share its subject
    ("Officials said that the Sahel Liberation Army had shelled Gao and seized Kidal.", "Sahel Liberation Army",
     "captures", "Kidal"),
    ("Officials said the Sahel Liberation Army had attacked Gao, and then seized Kidal.", "Sahel Liberation Army",
     "captures", "Kidal"),
    ("The Sahel Liberation Army shelled Gao, and seized Kidal.", "Sahel Liberation Army", "captures", "Kidal"),
    # "the militants": the one group named nearby, or a group named in its own phrase beside it
    ("The Azawad Front was founded in 2012. In March the militants stormed the town of Kidal.", "Azawad Front",
     "attacks", "Kidal"),
    ("The Azawad Front, a rival of the Sahel Brigades, has grown fast. In March the militants stormed the town of "
     "Kidal.", "Azawad Front", "attacks", "Kidal"),
    ("The Dune Front claimed the attack on Gao. Weeks later the insurgents overran the town of Menaka.", "Dune Front",
     "captures", "Menaka"),
    ("In 2017, fighters of the Sahel Brigades and the Dune Front, who had sworn loyalty to al-Qaeda, held Gao for "
     "months; the Azawad Movement condemned the militants.", "Azawad Movement", "condemns", "Sahel Brigades"),
]

# (sentence, subject, predicate, object, negated): must not be read
NOT_STATED = [
    # a partner in the fighting is no enemy
    ("The Karen Freedom Front, which fights the junta in alliance with the exiled Government of Unity, objected.",
     "Karen Freedom Front", "opposes", "Government of Unity", False),
    ("The Sahel Front fought the army in league with the Azawad Movement.", "Sahel Front", "opposes",
     "Azawad Movement", False),
    ("The Sahel Front fought the army together with the Azawad Movement.", "Sahel Front", "opposes",
     "Azawad Movement", False),
    ("The Sahel Front fights the army in coordination with the Azawad Movement.", "Sahel Front", "opposes",
     "Azawad Movement", False),
    # ", in X district" says where the town lies: the district was not the target
    ("On 3 May, fighters of the Red Brigades launched an assault on army posts at the Vell crossing and on the "
     "town of Karsa, in Orun district.", "Red Brigades", "attacks", "Orun", False),
    ("Gunmen of the Sahel Front launched a raid on a police station and on the village of Dorsa, in Kema province.",
     "Sahel Front", "attacks", "Kema province", False),
    # a list is no apposition of the noun an "X-led" modifies
    ("While the minister was in Nairobi to sign a deal on the Kenya-led security mission, the Red Brigades and its "
     "long-time rival, the Blue Alliance, announced that they were joining forces.", "Kenya", "member_of",
     "Red Brigades", False),
    ("While the minister was in Nairobi to sign a deal on the Kenya-led security mission, the Red Brigades and its "
     "long-time rival, the Blue Alliance, announced that they were joining forces.", "Kenya", "member_of",
     "Blue Alliance", False),
    # the coalition renamed after the comma is the second complement's last name, not the copula's subject
    ("The Union of Free Villages is part of the Northern Alliance (NA), a political-military coalition led by "
     "Tomas Reller, who once ran the national bank.", "Tomas Reller", "leads", "Union of Free Villages", False),
    ("The Kivu Defence Front is a member of the Patriotic Bloc (PB), an armed coalition headed by Marc Lunda.",
     "Marc Lunda", "leads", "Kivu Defence Front", False),
    # the member told in the relative clause does not issue the League's statement
    ("The Ministry welcomes the statement of the Northern League, of which Ardania is a founding member, "
     "condemning the Red Brigades' seizure of the port.", "Ardania", "condemns", "Red Brigades", False),
    # a bloc or union is not "the mission"
    ("Henry remains in contact with the Caribbean Community. The United States backs the mission.", "United States",
     "supports", "Caribbean Community", False),
    ("The African Union met in Addis Ababa on Monday. Kenya backs the mission with troops.", "Kenya", "supports",
     "African Union", False),
    # a subject named by words no one read stands between: the pronoun more likely means it
    ("The Krell Brigades joined the Patriotic Front last year. The Sons of the River are not part of the alliance. "
     "They have attacked Patriotic Front positions.", "Krell Brigades", "attacks", "Patriotic Front", False),
    # ", and" + a plain past after a reported past perfect: the reporter's act, or the reported one's? Unclear
    ("In May, the European Union concluded that members of the Red Brigades had committed war crimes, and imposed "
     "sanctions on their leader Paul Okoro.", "Red Brigades", "sanctions", "Paul Okoro", False),
    ("The Council determined that fighters of the Sahel Liberation Army had shelled Gao, and imposed an embargo on "
     "Tomas Reller.", "Sahel Liberation Army", "sanctions", "Tomas Reller", False),
    # "the militants" with two groups named apart in the sentences before: which one is unclear
    ("The Azawad Front has attacked Gao twice this year. The Sahel Brigades have claimed several of its attacks. "
     "In March the militants stormed the town of Kidal.", "Sahel Brigades", "attacks", "Kidal", False),
    ("The Azawad Front has attacked Gao twice this year. The Sahel Brigades have claimed several of its attacks. "
     "In March the militants stormed the town of Kidal.", "Azawad Front", "attacks", "Kidal", False),
]


@pytest.mark.parametrize("case", STATED, ids=[f"{t[:40]}-{p}" for t, _, p, *_ in STATED])
def test_stated(case):
    assert_read(case)


@pytest.mark.parametrize("text,s,p,o,negated", NOT_STATED, ids=[f"{t[:40]}-{p}-{o}" for t, _, p, o, _ in NOT_STATED])
def test_not_stated(text, s, p, o, negated):
    assert not holds(text, s, p, o, negated), f"{(s, p, o, negated)} wrongly read from {text!r}; got {got(text)}"
