"""Precision of reference and actor resolution: a description, a set, a double demonym, a relative
"whose" or a leader's possessive must resolve to the actor it means -- or to no one.

Every kind has sentences of the project's own (different wording, actors and conflicts) whose
relation must be read with the right actor, sentences where the wrong actor must not appear,
and a near-miss where the ordinary reading still holds.
"""

from __future__ import annotations

import pytest

from relations_helpers import assert_read



ART_KORLA = (
    "Drone strikes hit rebel-held Marov as talks stall\n\n"
    "KORLA, June 9 \u2014 Government aircraft bombed the rebel stronghold of Marov on Saturday, killing at least 12 "
    "people, a day after talks mediated by Qatar broke down.\n\n"
    "The Northern Salvation Movement (NSM), which seized Marov in January, said the strikes hit a hospital. The "
    "movement's spokesman, Ali Feder, accused the government of war crimes. Its fighters have also clashed with the "
    "Coastal Defence Force, a pro-government militia, near the port of Sella.\n")


# (text, subject, predicate, object[, negated]): read, with these very actors
STATED = [
    # 1. a modifier fixes the kind of body a description means: "the rights group" is an organisation
    ("Human Rights Watch documented killings of villagers by the Kivu Liberation Front near Beni. The Kivu "
     "Liberation Front struck Beni again in May. Kinshasa dismissed the findings and condemned the rights group.",
     "Democratic Republic of the Congo", "condemns", "Human Rights Watch"),
    ("Amnesty International documented abductions by Boko Haram near Chibok. Nigeria accused the advocacy "
     "group of exaggerating the numbers.", "Nigeria", "condemns", "Amnesty International"),
    # ... and a state's agency is its government's arm, never "the group" of the sentence
    ("The Velgan State Intelligence Bureau has funded the Red Hill Brigades for years, and the group's chief, Ivo "
     "Marek, lives openly in Velga.", "Ivo Marek", "leads", "Red Hill Brigades"),
    ("The Velan Intelligence Directorate funded the Stone River Front for years; the group's leader, Ana Korr, "
     "denied it.", "Ana Korr", "leads", "Stone River Front"),
    # near-miss: "the armed group" is the armed group named before
    ("Al-Shabaab attacked Baidoa on Monday. Kenya accused the armed group of killing civilians.",
     "Kenya", "condemns", "al-Shabaab"),
    # 2. "both sides" are the two sides the text has set against each other before
    ("The Sudanese army has fought the Rapid Support Forces since April 2023. Amnesty International accused both "
     "sides of war crimes.", "Amnesty International", "condemns", "Rapid Support Forces"),
    ("Ethiopia has fought the Tigray People's Liberation Front since 2020. Human Rights Watch condemned both sides "
     "for killing civilians.", "Human Rights Watch", "condemns", "Ethiopia"),
    ("The Sudanese army has fought the RSF since 2023. Chadian troops clashed with Sudanese soldiers on the border "
     "in May. Talks between Chad and Sudan opened in N'Djamena in June, where the two sides agreed to reopen the "
     "border.", "Chad", "negotiates_with", "Sudan"),
    # 4. "the Turkish state", "the Congolese state": the state its demonym names, never the state named last
    ("The PKK, which has waged war on the Turkish state since 1984, declared a truce.", "PKK", "opposes", "Turkey"),
    ("Uganda sent troops to Bunia in 2009. The Kivu Liberation Front has fought the Congolese state since 2012.",
     "Kivu Liberation Front", "opposes", "Democratic Republic of the Congo"),
    ("Myanmar's army shelled Laukkai in 2023. The Arakan Army has fought the Burmese state since 2009.",
     "Arakan Army", "opposes", "Myanmar"),
    # ... as are "the warring parties"
    ("The Sudanese army has fought the RSF since April 2023. Amnesty International accused the warring parties of "
     "war crimes.", "Amnesty International", "condemns", "Rapid Support Forces"),
    ("Ethiopia has fought the Tigray People's Liberation Front since 2020. Human Rights Watch accused the warring "
     "sides of starving civilians.", "Human Rights Watch", "condemns", "Ethiopia"),
    # 3. near-misses of the double demonym: one demonym, or two coordinated, are the states'
    ("Iraqi forces attacked Islamic State positions near Mosul.", "Iraq", "attacks", "Islamic State"),
    ("Chadian and Nigerien troops attacked Boko Haram near Diffa.", "Chad", "attacks", "Boko Haram"),
    # 4. near-misses: a description whose own name noun it repeats, or one government alone, is clear
    ("The Kivu Liberation Movement took Beni in 2005. Human Rights Watch said civilians fled. The United States "
     "later imposed sanctions on the movement.", "United States", "sanctions", "Kivu Liberation Movement"),
    ("Turkey has fought the PKK since 1984. Ankara says the group threatens its unity. The government later "
     "bombed PKK camps in the Qandil mountains.", "Government of Turkey", "attacks", "PKK"),
    ("The Kurdistan Regional Government blamed the PKK for the clashes in Duhok. The government later expelled PKK "
     "fighters from Sinjar.", "Kurdistan Regional Government", "opposes", "PKK"),
    # 3. near-misses of titles: a state's own titles, a body named before the title
    ("Ugandan President Yoweri Museveni sent troops to Somalia.", "Yoweri Museveni", "leads", "Uganda"),
    ("Sudanese army chief Abdel Fattah al-Burhan met Egyptian officials in Cairo.",
     "Abdel Fattah al-Burhan", "leads", "Government of Sudan"),
    ("Hamas political leader Ismail Haniyeh was killed in Tehran.", "Ismail Haniyeh", "leads", "Hamas"),
    ("Iraq's government ordered the Kurdistan Regional Government to hand over oil revenue. The government also "
     "condemned Turkish strikes on Sinjar.", "Government of Iraq", "condemns", "Turkey"),
    ("Ethiopia's army fought the TPLF in Tigray. The government condemned the TPLF.",
     "Government of Ethiopia", "condemns", "TPLF"),
    # 5. "whose" after a name NER did not read, closed by its acronym: that body's
    ("Envoys of the Southern African Development Community reached Goma in March. According to the United Nations "
     "Organization Stabilization Mission in the Congo (MONUSCO), whose peacekeepers withdrew from Bunia in 2023, "
     "the M23 now holds Rutshuru.", "MONUSCO", "withdraws_from", "Bunia"),
    ("The African Union held a summit in Addis Ababa. The United Nations Mission in South Sudan (UNMISS), whose "
     "troops pulled out of Malakal in 2014, said it would not return.", "UNMISS", "withdraws_from", "Malakal"),
    ("African Union envoys flew to Bangui in March. The United Nations Stabilization Mission in the Central African "
     "Republic (MINUSCA), whose troops withdrew from Bria last year, declined to comment.",
     "MINUSCA", "withdraws_from", "Bria"),
    # ... and a name no NER reading took, spelt by its bracketed acronym, is a body of its own
    ("Villagers in Ituri fear the fighters of the Movement for Peace and Renewal (MPR), the rebel group that controls "
     "much of the province. The Congolese government accused the rebels of executing prisoners.",
     "Government of Democratic Republic of the Congo", "condemns", "Movement for Peace and Renewal"),
    ("The Coastal Trade Union gathered in Vasco in May. The United Nations Support Mission in Veltria (UNSMV), whose "
     "monitors quit Ostra in March, stated that it had no links to the Tamsar Front.",
     "UNSMV", "affiliated_with", "Tamsar Front", True),
    ("The Coastal States Forum sent observers to Lesk. The United Nations Observer Mission in Karsa (UNOMK), whose "
     "monitors left Pell in June, insisted it had no ties with the Tamsar Front.",
     "UNOMK", "affiliated_with", "Tamsar Front", True),
    ("Fighters of the Ituri People's Front (IPF) seized Bunia on Sunday. Congo accused Uganda of supplying the "
     "rebels with drones. Uganda denies arming the group.", "Uganda", "supports", "IPF", True),
    # ... and a capitalised name an appositive describes as a militia is that body ("They" continue it)
    ("The Tamsar Front controls the southern hills.\n- The Orrin Brigades, a clan militia of cattle herders, have "
     "raided Tamsar Front convoys since 2022. They are led by Oren Bask, once a cattle trader.",
     "Oren Bask", "leads", "Orrin Brigades"),
    ("- The Sorin Guards, a youth militia from the delta, fought the Tamsar Front last year. They are led by Ana Pell.",
     "Ana Pell", "leads", "Sorin Guards"),
    ("The Marun Defence Brigades, a tribal militia from the north, attacked Kidal in May. They were led by Issa "
     "Dicko.", "Issa Dicko", "leads", "Marun Defence Brigades"),
    # near-miss: a singular subject of another kind does not compete with "they"
    ("The Tamsar Front holds most of the north. The Lakes Council condemned the Tamsar Front in 2023. They are led "
     "by Oren Bask.", "Oren Bask", "leads", "Tamsar Front"),
    # ... and the body a subject speaks for ("the movement's spokesman said") is what "its" continues
    (ART_KORLA, "Northern Salvation Movement", "opposes", "Coastal Defence Force"),
    # ... and "the X militia", X a name NER took for a place, is that militia, not the last armed group
    ("The Azawad Salvation Front seized Kidal in January. Mali's army later clashed with the Ganda Izo militia near "
     "Gao.", "Government of Mali", "opposes", "Ganda Izo"),
    # ... and "the Front", "the Alliance": the body whose name opens with it ("the Front for the Liberation of X")
    ("The Front for the Liberation of the Enclave of Cabinda attacked Angolan troops in 2010. Angola accused the "
     "Front of terrorism.", "Angola", "condemns", "Front for the Liberation of the Enclave of Cabinda"),
    ("The Alliance for Democratic Forces attacked Beni. Uganda struck the Alliance in 2021.",
     "Uganda", "attacks", "Alliance for Democratic Forces"),
    ("The Movement for Democracy in Liberia attacked Monrovia in 2003. Nigeria condemned the Movement for the "
     "shelling.", "Nigeria", "condemns", "Movement for Democracy"),
    # ... and "whose" after a body's name that ends with a place is the body's, not the place's
    ("The M23 seized Goma in January. The Alliance of Patriots for a Free and Sovereign Congo, whose fighters "
     "withdrew from Masisi in 2020, said it would fight the group.", "Alliance of Patriots for a Free and Sovereign Congo",
     "withdraws_from", "Masisi"),
    ("The Front for the Liberation of the Enclave of Cabinda, whose fighters attacked Angolan troops in 2010, was "
     "banned.", "Front for the Liberation of the Enclave of Cabinda", "attacks", "Angola"),
    # near-misses: a state's own "whose"; a name read whole keeps its "whose"
    ("Sudan, whose army has fought the RSF since 2023, hosted the talks.", "Sudan", "opposes", "RSF"),
    ("The Kivu Liberation Front seized Beni in May. The Popular Defence Movement, whose fighters withdrew from "
     "Beni in April, condemned the group.", "Popular Defence Movement", "withdraws_from", "Beni"),
    # 7. near-miss of agreement: two third-person verbs share their subject
    ("Kenya hosts the talks and condemns al-Shabaab for the attack on Lamu.", "Kenya", "condemns", "al-Shabaab"),
    # 6. "rebuilt his army with help from Q": Q backs the body he leads
    ("Joseph Kony, the commander of the Lord's Resistance Army, regrouped his forces with help from Sudan.",
     "Sudan", "supports", "Lord's Resistance Army"),
    ("Hassan Mire, the leader of the Red Hill Brigades, fled to the mountains in 2019. Mire later rearmed his "
     "fighters with help from Uganda.", "Uganda", "supports", "Red Hill Brigades"),
    ("Velupillai Prabhakaran, who led the Tamil Tigers, reorganised his fighters with support from India in 1984.",
     "India", "supports", "Liberation Tigers of Tamil Eelam"),
    # near-miss: help to the man himself, no force of his named, stays his
    ("Bashar al-Assad survived the uprising with help from Iran.", "Iran", "supports", "Bashar al-Assad"),
]

# (text, subject, predicate, object[, negated]): never read
NOT_STATED = [
    # 1. "the rights group", "the monitoring group", "the aid group" are never the armed group named before
    ("Human Rights Watch documented killings of villagers by the Kivu Liberation Front near Beni. The Kivu "
     "Liberation Front struck Beni again in May. Kinshasa dismissed the findings and condemned the rights group.",
     "Democratic Republic of the Congo", "condemns", "Kivu Liberation Front"),
    ("Al-Shabaab attacked Baidoa on Monday. Kenya accused the monitoring group of hiding the death toll.",
     "Kenya", "condemns", "al-Shabaab"),
    ("The Arakan Army seized Paletwa in January. Bangladesh later accused the aid group of helping refugees "
     "cross illegally.", "Bangladesh", "condemns", "Arakan Army"),
    ("The Velgan State Intelligence Bureau has funded the Red Hill Brigades for years, and the group's chief, Ivo "
     "Marek, lives openly in Velga.", "Ivo Marek", "leads", "Velgan State Intelligence Bureau"),
    # 2. "both sides" never reaches forward to a clash told later
    ("Amnesty International blamed both sides for the deaths in Malakal. Later that week Kenyan police clashed "
     "with Ugandan troops at Busia.", "Amnesty International", "condemns", "Kenya"),
    ("Human Rights Watch accused both sides of abusing civilians in Tigray. Later Eritrean troops clashed with "
     "Sudanese soldiers near Humera.", "Human Rights Watch", "condemns", "Sudan"),
    ("The European Union condemned both sides for shelling hospitals. In a separate incident, Kenyan police "
     "clashed with Ugandan troops at the border.", "European Union", "condemns", "Kenya"),
    ("Human Rights Watch accused the warring parties of looting in Wau. Days later Kenyan police clashed with "
     "Ugandan troops at Busia.", "Human Rights Watch", "condemns", "Uganda"),
    # ... nor to the article's sides where the sentence names another pair ("X and Y met, where the two sides agreed")
    ("The Sudanese army has fought the RSF since 2023. Saudi Arabia and Egypt conferred in Cairo, where the two "
     "sides agreed to host talks.", "Government of Sudan", "negotiates_with", "RSF"),
    ("The army has fought the M23 since 2021. Rwanda and Kenya held a summit in Nairobi, where the two sides agreed "
     "to send observers.", "Government of Kenya", "negotiates_with", "M23"),
    ("The Sudanese army has fought the RSF since 2023. Kenyan President William Ruto met Ethiopian Prime Minister "
     "Abiy Ahmed in Nairobi on Friday. The two sides agreed to host talks.",
     "Government of Sudan", "negotiates_with", "RSF"),
    ("Uganda sent troops to Bunia in 2009. The Kivu Liberation Front has fought the Congolese state since 2012.",
     "Kivu Liberation Front", "opposes", "Uganda"),
    # 3. two demonyms in a row name a community, not the state of either
    ("NATO aircraft struck the Bosnian Serb army near Sarajevo's airport in April 1994.",
     "NATO", "attacks", "Government of Bosnia and Herzegovina"),
    ("Syrian Kurdish forces attacked Islamic State positions near Raqqa.", "Syria", "attacks", "Islamic State"),
    ("Iraqi Kurdish fighters attacked Islamic State positions near Sinjar.", "Iraq", "attacks", "Islamic State"),
    ("Sudanese Arab militias attacked the town of Geneina in June.", "Sudan", "attacks", "Geneina"),
    # 4. two candidates of the kind salient: "the movement" after a body of another kind, "the government"
    # after a region's own government in an article about another state -- neither
    ("The Popular Front for the Liberation of Kestria captured Orsk in 1990. Three years later the Kestrian National "
     "Union (KNU) seized Lesk. Zambia armed the movement in 1994.",
     "Zambia", "supports", "Popular Front for the Liberation of Kestria"),
    ("The Kivu Front took Beni in 2005. The Congolese Democratic Union (CDU) won seats in Kinshasa in 2006. The "
     "United States later imposed sanctions on the movement.", "United States", "sanctions", "Kivu Front"),
    ("Nechirvan Barzani, who heads the Kurdistan Regional Government, visited Ankara on Monday. The PKK attacked a "
     "Turkish base near Hakkari. The government launched air strikes on the PKK.",
     "Kurdistan Regional Government", "attacks", "PKK"),
    ("Turkey has fought the PKK since 1984. The Kurdistan Regional Government urged the rebels to quit Sinjar. The "
     "government later bombed PKK camps in the Qandil mountains.",
     "Kurdistan Regional Government", "attacks", "PKK"),
    ("Turkey has fought the PKK for decades. The Autonomous Administration of North and East Syria condemned "
     "Turkish strikes on Kobani. The government later bombed PKK positions near Qamishli.",
     "Autonomous Administration of North and East Syria", "attacks", "PKK"),
    # ... nor after a region's own government named lately; where a sentence names two governments, its subject's
    ("Ethiopia's federal army fought the Fano militia in Amhara. The Amhara regional government resigned in August. "
     "The government later accused Eritrea of arming the militia.", "Government of Ethiopia", "condemns", "Eritrea"),
    ("Ethiopia's army fought the TPLF in Tigray. The local authorities condemned the TPLF.",
     "Government of Ethiopia", "condemns", "TPLF"),
    ("Iraq's government ordered the Kurdistan Regional Government to hand over oil revenue. The government also "
     "condemned Turkish strikes on Sinjar.", "Kurdistan Regional Government", "condemns", "Turkey"),
    # ... and "that state" after a polity's name read as a place is not the state named before it
    ("Croatia broke away in 1991. Fuel reached rebel Serbs through Belgrade, seat of the Federal Republic of "
     "Yugoslavia. Slobodan Milosevic headed that state until 2000.",
     "Slobodan Milošević", "leads", "Croatia"),
    # ... nor is a title so modified the state's: "Iraqi Kurdish leader N", "Kenyan opposition leader M"
    ("Iraqi Kurdish leader Masoud Barzani flew to Tehran for talks.", "Masoud Barzani", "leads", "Iraq"),
    ("Syrian Kurdish commander Mazloum Abdi said the SDF would not withdraw from Manbij.",
     "Mazloum Abdi", "leads", "Syria"),
    ("Sudanese Arab militia leader Musa Hilal was arrested in 2017.", "Musa Hilal", "leads", "Sudan"),
    ("Kenyan opposition leader Raila Odinga rejected the election result.", "Raila Odinga", "leads", "Kenya"),
    ("Congolese rebel leader Laurent Nkunda was arrested in Rwanda in 2009.",
     "Laurent Nkunda", "leads", "Democratic Republic of the Congo"),
    # 5. "whose" never reaches back to another body
    ("Envoys of the Southern African Development Community reached Goma in March. According to the United Nations "
     "Organization Stabilization Mission in the Congo (MONUSCO), whose peacekeepers withdrew from Bunia in 2023, "
     "the M23 now holds Rutshuru.", "SADC", "withdraws_from", "Bunia"),
    ("African Union envoys flew to Bangui in March. The United Nations Stabilization Mission in the Central African "
     "Republic (MINUSCA), whose troops withdrew from Bria last year, declined to comment.",
     "African Union", "withdraws_from", "Bria"),
    ("The M23 seized Goma in January. The Alliance of Patriots for a Free and Sovereign Congo, whose fighters "
     "withdrew from Masisi in 2020, said it would fight the group.",
     "Democratic Republic of the Congo", "withdraws_from", "Masisi"),
    ("Villagers in Ituri fear the fighters of the Movement for Peace and Renewal (MPR), the rebel group that controls "
     "much of the province. The Congolese government accused the rebels of executing prisoners.",
     "Government of Democratic Republic of the Congo", "condemns", "Congolese rebels"),
    ("West African leaders met in Abuja under the Economic Community of West African States. The Multidimensional "
     "Integrated Stabilization Mission in Mali (MINUSMA), whose blue helmets quit Kidal in October, reported calm.",
     "ECOWAS", "withdraws_from", "Kidal"),
    ("The Coastal Trade Union gathered in Vasco in May. The United Nations Support Mission in Veltria (UNSMV), whose "
     "monitors quit Ostra in March, stated that it had no links to the Tamsar Front.",
     "Coastal Trade Union", "affiliated_with", "Tamsar Front", True),
    # 7. a plain verb coordinated with a third-person singular one is not its subject's ("aides say N lives abroad
    # and blame X": the aides blame, not N)
    ("Aid workers say Kony lives in the Kafia Kingi enclave and blame Sudan for protecting him.",
     "Kony", "condemns", "Sudan"),
    ("Clan elders say Hassan Mire stays near Garissa and denounce Kenya for hosting him.",
     "Hassan Mire", "condemns", "Kenya"),
    ("Diplomats say Ali Mahdi travels to Cairo often, and criticise Egypt for hosting him.",
     "Ali Mahdi", "condemns", "Egypt"),
    ("The Tamsar Front controls the southern hills.\n- The Orrin Brigades, a clan militia of cattle herders, have "
     "raided Tamsar Front convoys since 2022. They are led by Oren Bask, once a cattle trader.",
     "Oren Bask", "leads", "Tamsar Front"),
    ("- The Sorin Guards, a youth militia from the delta, fought the Tamsar Front last year. They are led by Ana Pell.",
     "Ana Pell", "leads", "Tamsar Front"),
    ("The Kestrian Liberation Front (KLF) rules the plateau. In the valleys the Vell Rangers, a self-defence militia, "
     "ambushed KLF convoys in 2021. They are commanded by Tomas Ruiz.", "Tomas Ruiz", "leads",
     "Kestrian Liberation Front"),
    # ... and "they" after a plural-named subject of a kind it does not take (typed an organisation) is not the
    # object named beside it
    ("The Kestrian Liberation Front (KLF) holds most of the north. The Dorran Scouts fought the KLF last year. They "
     "are commanded by Tomas Ruiz.", "Tomas Ruiz", "leads", "Kestrian Liberation Front"),
    ("The Tamsar Front holds most of the north. The Ridge Scouts fought the Tamsar Front in 2023. They are led by "
     "Oren Bask.", "Oren Bask", "leads", "Tamsar Front"),
    ("The Tamsar Front holds Orsk. In March the Delta Volunteers ambushed the Tamsar Front near Orsk. They are headed "
     "by Mira Solano.", "Mira Solano", "leads", "Tamsar Front"),
    (ART_KORLA, "Government of Qatar", "opposes", "Coastal Defence Force"),
    ("The Azawad Salvation Front seized Kidal in January. Mali's army later clashed with the Ganda Izo militia near "
     "Gao.", "Government of Mali", "opposes", "Azawad Salvation Front"),
    # ... nor a short form that two bodies' names open with
    ("The Front for the Liberation of Kestria and the Front for the Defence of Orsk both attacked Veltrian troops. "
     "Nigeria condemned the Front for the shelling.", "Nigeria", "condemns", "Front for the Liberation of Kestria"),
    ("The Alliance for Democratic Forces attacked Beni. Uganda struck the Alliance in 2021.",
     "Uganda", "attacks", "Alliance"),
    # 6. not the man, where the help went to the force he leads
    ("Joseph Kony, the commander of the Lord's Resistance Army, regrouped his forces with help from Sudan.",
     "Sudan", "supports", "Joseph Kony"),
]


@pytest.mark.parametrize("case", STATED, ids=[f"{t[:40]}-{p}" for t, _, p, *_ in STATED])
def test_resolved_to_the_actor_meant(case):
    assert_read(case)


@pytest.mark.parametrize("case", NOT_STATED, ids=[f"{t[:40]}-{p}-{o}" for t, _, p, o, *_ in NOT_STATED])
def test_wrong_actor_is_not_read(case):
    assert_read(case, read_it=False)
