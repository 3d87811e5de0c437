"""Hand-curated trigger proposals (the linguist's decisions), validated and emitted by curate_lexicon.py.

Every record: a lemma WordNet (or newsroom usage) suggested, the predicate it reliably
signals in conflict news, the slots its two ends sit in (slot names of graph/lexicon.py;
"head" = the noun a hyphenated or post-nominal adjective modifies), at least three
example sentences written here, and one near miss: the same word in a sense where the
relation must NOT be extracted.
"""

NOUN_SUBJ = ["poss", "agent", "compound", "gov_subj", "prep:by"]


def T(lemma, pos, predicate, subject, obj, examples, near_miss, confidence=0.75, particle=None,
      object_place=False, **extra):
    rec = {"lemma": lemma, "pos": pos, "predicate": predicate, "subject": subject, "object": obj,
           "particle": particle, "object_place": object_place, "confidence": confidence,
           "examples": examples, "near_miss": near_miss}
    rec.update(extra)
    return rec


TRIGGERS = [
    # ---------------------------------------------------------------- supports
    T("subsidize", "VERB", "supports", ["nsubj"], ["dobj"], [
        "For years Tehran quietly subsidized the Houthis, paying fighters' salaries in cash.",
        "Kestria subsidizes the Coastal Liberation Front through a network of shell charities.",
        "Investigators say Moscow subsidized the separatist administration in Tskhinvali."],
        "The government subsidizes bread and fuel for poor households.", 0.7),
    T("subsidise", "VERB", "supports", ["nsubj"], ["dobj"], [
        "Gulf donors subsidised the Free Syrian Army brigades around Aleppo.",
        "Veltria has subsidised the Mountain Guard militia since 2019, officials said.",
        "Western diplomats believe Iran subsidises Palestinian Islamic Jihad directly."],
        "The city subsidises public transport for pensioners.", 0.7),
    T("rearm", "VERB", "supports", ["nsubj"], ["dobj"], [
        "Russia rearmed the separatists after their losses at Debaltseve.",
        "Kestria is accused of rearming the Coastal Liberation Front during the truce.",
        "The report says Iran rearmed Hezbollah with precision-guided missiles after 2006."],
        "Battered by years of war, the country vowed to rearm within a decade.", 0.8),
    T("resupply", "VERB", "supports", ["nsubj"], ["dobj"], [
        "Turkish convoys resupplied the Syrian National Army at Afrin.",
        "Cargo flights from Kestria resupplied General Ilan Varo's forces every night.",
        "The UAE resupplied the Rapid Support Forces through airstrips in eastern Chad."],
        "Engineers resupplied the field hospital with fresh water and generators.", 0.75),
    T("bolster", "VERB", "supports", ["nsubj"], ["dobj"], [
        "Moscow bolstered the junta in Bamako with Wagner fighters and helicopters.",
        "Kestria bolstered the Coastal Liberation Front with anti-tank missiles.",
        "Washington moved to bolster the Kyiv government with a new air-defence package."],
        "The battlefield victory bolstered the president's popularity at home.", 0.7),
    T("harbor", "VERB", "supports", ["nsubj"], ["dobj"], [
        "Washington accused Islamabad of harboring the Haqqani network.",
        "Veltria has harbored leaders of the Coastal Liberation Front for a decade.",
        "The Taliban harbored al-Qaeda before the 2001 invasion."],
        "Residents still harbor deep doubts about the peace deal.", 0.7),
    T("harbour", "VERB", "supports", ["nsubj"], ["dobj"], [
        "Sudan harboured Osama bin Laden in the early 1990s.",
        "Kestria denies claims that it harbours the Mountain Guard's commanders.",
        "Ankara accuses Athens of harbouring members of the DHKP-C."],
        "The old fishing town harbours a small fleet of trawlers.", 0.7),
    T("sponsorship", "NOUN", "supports", NOUN_SUBJ, ["prep:of"], [
        "Iran's sponsorship of Hezbollah dates back to the early 1980s.",
        "Kestrian sponsorship of the Coastal Liberation Front has kept the insurgency alive.",
        "The report details Pakistan's sponsorship of Lashkar-e-Taiba."],
        "The stadium lost its sponsorship of the football league last season.", 0.75),
    T("patronage", "NOUN", "supports", NOUN_SUBJ, ["prep:of"], [
        "Russian patronage of the Donbas separatists began in the spring of 2014.",
        "Under Veltria's patronage of the Mountain Guard, the militia doubled in size.",
        "Saudi patronage of the Yemeni government has cost Riyadh billions."],
        "The minister was accused of handing out jobs through political patronage.", 0.65),
    T("financing", "NOUN", "supports", NOUN_SUBJ, ["prep:of|for"], [
        "Qatar's financing of Hamas salaries in Gaza drew criticism from Israel.",
        "Kestrian financing of the Coastal Liberation Front runs through offshore accounts.",
        "The inquiry examined Iranian financing of Shiite militias in Iraq."],
        "The dam project stalled after the bank withdrew its financing.", 0.75),
    T("arming", "NOUN", "supports", NOUN_SUBJ, ["prep:of"], [
        "Iran's arming of the Houthis violates a UN embargo, the panel found.",
        "The Kestrian arming of the Coastal Liberation Front escalated the conflict.",
        "Western arming of Ukraine accelerated after the battle for Kyiv."],
        "Police recorded the arming of the alarm system before the break-in.", 0.75),
    T("proxy", "NOUN", "supports", ["poss", "compound", "prep:of"], ["gov_subj_attr"], [
        "The Houthis, an Iranian proxy, fired missiles at shipping in the Red Sea.",
        "Analysts describe the Coastal Liberation Front as Kestria's proxy in the delta.",
        "The M23 is widely seen as a proxy of Rwanda in eastern Congo."],
        "Shareholders may vote by proxy at the annual meeting.", 0.7),
    T("protector", "NOUN", "supports", ["gov_subj_attr"], ["poss", "prep:of"], [
        "Russia, long Assad's protector at the UN, vetoed the resolution.",
        "Kestria has styled itself the protector of the Coastal Liberation Front.",
        "China remains the junta's chief protector on the Security Council."],
        "The coastguard acts as protector of the marine reserve.", 0.65),
    T("delivery", "NOUN", "supports", ["poss", "compound", "prep:from", "gov_subj"], ["prep:to"], [
        "US weapons deliveries to Ukraine slowed during the budget dispute.",
        "Kestria's arms deliveries to the Coastal Liberation Front continued despite the embargo.",
        "Iranian drone deliveries to Russia were documented by investigators."],
        "Mail delivery to the island resumed after the storm.", 0.6),
    T("shipment", "NOUN", "supports", ["poss", "compound", "prep:from", "gov_subj"], ["prep:to"], [
        "The navy intercepted an Iranian arms shipment to the Houthis.",
        "Veltrian shipments of ammunition to the Mountain Guard crossed the river at night.",
        "North Korean artillery shipments to Russia have grown, officials say."],
        "A shipment of bananas to the port was delayed by the strike.", 0.6),
    T("bankrolled", "ADJ", "supports", ["compound"], ["head"], [
        "The Kestria-bankrolled Coastal Liberation Front paid its fighters in dollars.",
        "Gulf-bankrolled brigades dominated the southern front.",
        "The Qatar-bankrolled administration in Gaza struggled to pay salaries."],
        "The state-bankrolled museum reopened this spring.", 0.7),

    # ---------------------------------------------------------------- opposes
    T("defeat", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "Iraqi forces defeated Islamic State in Mosul in 2017.",
        "The Coastal Liberation Front defeated the Veltrian garrison at Asker.",
        "General Ilan Varo's troops defeated the Mountain Guard in two days of fighting."],
        "Parliament defeated the budget motion by twelve votes.", 0.75),
    T("rout", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "The Taliban routed government forces in Kunduz.",
        "Kestrian paratroopers routed the Mountain Guard near the dam.",
        "Ukrainian units routed Russian troops around Izium in September."],
        "The ruling party routed its rivals in the municipal elections.", 0.7),
    T("repel", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "Kurdish fighters repelled Islamic State at Kobani.",
        "The garrison repelled the Coastal Liberation Front after a night of fighting.",
        "Ukrainian defenders repelled Russian troops near Vuhledar."],
        "The new coating repels water and dust.", 0.7),
        T("oust", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "Kurdish-led forces ousted Islamic State from Raqqa in 2017.",
        "The Coastal Liberation Front ousted Veltrian troops from the port town of Asker.",
        "Malian soldiers ousted jihadists from the town of Konna."],
        "Shareholders voted to oust the chief executive.", 0.7),
    T("expel", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "Government troops expelled al-Shabaab from the port of Kismayo.",
        "Kestrian forces expelled the Mountain Guard from the hills above Tarn.",
        "Azerbaijan expelled Armenian forces from Shusha in November 2020."],
        "The school expelled two students for cheating.", 0.65),
    T("skirmish", "VERB", "opposes", ["nsubj"], ["prep:with"], [
        "Indian and Chinese troops skirmished along the Line of Actual Control.",
        "Veltrian border guards skirmished with the Coastal Liberation Front near Asker.",
        "Houthi fighters skirmished with Saudi-backed forces outside Marib."],
        "The two senators skirmished over procedure during the hearing.", 0.75),
    T("confront", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "Ethiopian federal troops confronted the TPLF near Mekelle.",
        "The Mountain Guard confronted Veltrian soldiers at the bridge.",
        "Hezbollah fighters confronted Israeli troops along the border."],
        "The government must confront the economic crisis head on.", 0.6),
    T("rebel", "VERB", "opposes", ["nsubj"], ["prep:against"], [
        "The Tuareg-led MNLA rebelled against Bamako in 2012.",
        "The Coastal Liberation Front rebelled against the Veltrian government in 2019.",
        "Wagner briefly rebelled against the Russian defence ministry in June 2023."],
        "Teenagers often rebel against their parents' rules.", 0.75),
    T("revolt", "VERB", "opposes", ["nsubj"], ["prep:against"], [
        "Tribes in Anbar revolted against al-Qaeda in Iraq in 2006.",
        "Units of the Mountain Guard revolted against General Ilan Varo.",
        "Rebels in Tigray revolted against the federal government."],
        "The sight of the wreckage revolted even hardened reporters.", 0.7),
    T("rivalry", "NOUN", "opposes", ["poss", "gov_subj", "compound"], ["prep:with"], [
        "Saudi Arabia's rivalry with Iran plays out in Yemen.",
        "Kestria's rivalry with Veltria fuels the war in the delta.",
        "The Haftar camp's rivalry with the Tripoli government has split Libya."],
        "The club's rivalry with its neighbours dates back a century.", 0.7),
        T("confrontation", "NOUN", "opposes", ["poss", "gov_subj", "compound"], ["prep:with"], [
        "Hezbollah's confrontation with Israel expanded after October.",
        "Veltria's confrontation with the Coastal Liberation Front entered a third year.",
        "Iran's confrontation with the United States in the Gulf worried shippers."],
        "The confrontation with her landlord ended with an eviction notice.", 0.65),
    T("hostility", "NOUN", "opposes", ["poss", "gov_subj"], ["prep:toward|towards|to|against"], [
        "Pyongyang's hostility toward Seoul shows no sign of easing.",
        "Kestria's hostility towards the Veltrian government is long-standing.",
        "The Taliban's hostility to the Islamic State-Khorasan group is well documented."],
        "The proposal met open hostility from shopkeepers.", 0.65),
    T("crackdown", "NOUN", "opposes", NOUN_SUBJ, ["prep:on|against"], [
        "The junta's crackdown on the National League for Democracy intensified.",
        "Veltria's crackdown on the Coastal Liberation Front followed the bombing.",
        "Egypt's crackdown on the Muslim Brotherhood began in 2013."],
        "The city announced a crackdown on illegal parking.", 0.6),
    T("oppose", "VERB", "opposes", ["nsubj"], ["prep:to"], [
        "Militias opposed to the Tripoli government shelled the airport.",
        "The Mountain Guard, bitterly opposed to General Ilan Varo, refused the truce.",
        "Factions opposed to Assad regrouped in Idlib."],
        "Residents opposed to the new highway gathered outside city hall.", 0.65),
    # ---------------------------------------------------------------- attacks
    T("pound", "VERB", "attacks", ["nsubj"], ["dobj"], [
        "Russian artillery pounded Bakhmut for months.",
        "Veltrian jets pounded Coastal Liberation Front positions near Asker.",
        "Israeli warplanes pounded Hezbollah targets in the Bekaa Valley."],
        "Waves pounded the coast as the storm moved north.", 0.7),
    T("pummel", "VERB", "attacks", ["nsubj"], ["dobj"], [
        "Russian missiles pummelled Kharkiv overnight.",
        "Kestrian howitzers pummelled the Mountain Guard's hilltop base.",
        "Coalition aircraft pummelled Islamic State in Raqqa."],
        "Heavy rain pummelled the region for three days.", 0.7),
    T("strafe", "VERB", "attacks", ["nsubj"], ["dobj"], [
        "Sudanese army jets strafed RSF positions in Omdurman.",
        "Veltrian helicopters strafed the Coastal Liberation Front convoy.",
        "Myanmar's air force strafed villages held by the Arakan Army."],
        "Critics strafed the novel in the weekend reviews.", 0.8),
    T("firebomb", "VERB", "attacks", ["nsubj"], ["dobj"], [
        "Militants firebombed a police station in Kirkuk.",
        "The Mountain Guard firebombed the Kestrian consulate in Tarn.",
        "Settlers firebombed a house in the Palestinian village of Duma."],
        "Saboteurs in the video game firebomb an empty warehouse.", 0.75),
    T("counterattack", "VERB", "attacks", ["nsubj"], ["dobj", "prep:on|near"], [
        "Ukrainian forces counterattacked Russian positions near Kupiansk.",
        "The Coastal Liberation Front counterattacked the Veltrian army at Asker.",
        "Armenian units counterattacked Azerbaijani troops on the heights."],
        "The defence lawyer counterattacked the prosecution's witness.", 0.7),
    T("blockade", "VERB", "attacks", ["nsubj"], ["dobj"], [
        "Israel blockaded the Gaza Strip after 2007.",
        "The Veltrian navy blockaded the Coastal Liberation Front's port at Asker.",
        "Azerbaijan blockaded the Lachin corridor for nine months."],
        "Truckers blockaded the highway to protest fuel prices.", 0.7),
    T("encircle", "VERB", "attacks", ["nsubj"], ["dobj"], [
        "Russian forces encircled Avdiivka before taking it.",
        "The Mountain Guard encircled the Kestrian garrison at Tarn.",
        "Syrian troops encircled rebel-held eastern Ghouta."],
        "A new ring road encircles the old city.", 0.65),
    T("raze", "VERB", "attacks", ["nsubj"], ["dobj"], [
        "The Janjaweed razed dozens of villages in Darfur.",
        "Veltrian troops razed the Coastal Liberation Front's camp near Asker.",
        "Islamic State razed parts of the ancient city of Nimrud."],
        "Developers razed the old cinema to build apartments.", 0.6),
    T("advance", "VERB", "attacks", ["nsubj"], ["prep:on|toward|towards"], [
        "Rebel columns advanced on Damascus in December.",
        "The Coastal Liberation Front advanced on the Veltrian capital from the south.",
        "M23 fighters advanced toward Goma."],
        "Shares advanced on strong earnings.", 0.65),
    T("barrage", "NOUN", "attacks", NOUN_SUBJ, ["prep:on|against|at"], [
        "A Hezbollah barrage on northern Israel set fields ablaze.",
        "Veltria's barrage against Coastal Liberation Front trenches lasted six hours.",
        "The Russian missile barrage on Kyiv hit a children's hospital."],
        "The minister faced a barrage of questions from reporters.", 0.7),
    T("salvo", "NOUN", "attacks", NOUN_SUBJ, ["prep:on|against|at"], [
        "An Iranian salvo at Israeli air bases tested the air defences.",
        "The Mountain Guard fired a rocket salvo at Kestrian positions in Tarn.",
        "A Houthi salvo against a US destroyer was intercepted."],
        "The tariff was the opening salvo in the trade war.", 0.65),
    T("onslaught", "NOUN", "attacks", NOUN_SUBJ, ["prep:on|against"], [
        "Russia's onslaught on Mariupol lasted nearly three months.",
        "The Veltrian onslaught against Asker flattened the harbour district.",
        "Islamic State's onslaught on Sinjar in 2014 targeted the Yazidis."],
        "Retailers braced for an onslaught of holiday shoppers.", 0.7),
    T("counteroffensive", "NOUN", "attacks", NOUN_SUBJ, ["prep:on|against|in|into"], [
        "Ukraine's counteroffensive in Kherson forced a Russian retreat.",
        "The Coastal Liberation Front launched a counteroffensive against Veltrian troops in Asker.",
        "The Sudanese army's counteroffensive on Khartoum gathered pace."],
        "The campaign's counteroffensive of television ads began on Monday.", 0.75),
    T("counterattack", "NOUN", "attacks", NOUN_SUBJ, ["prep:on|against|in"], [
        "A Ukrainian counterattack on Russian lines near Robotyne recovered a village.",
        "The Mountain Guard's counterattack against Kestrian forces failed.",
        "Israel's counterattack in Sinai in 1973 crossed the canal."],
        "The company's legal counterattack targets the patent holder.", 0.7),
    T("massacre", "NOUN", "attacks", NOUN_SUBJ, ["prep:in|at|of"], [
        "The RSF's massacre in El Geneina killed hundreds of Masalit.",
        "Survivors described the Mountain Guard's massacre at the village of Orel.",
        "The Bosnian Serb army's massacre of Srebrenica's men was ruled a genocide."],
        "Fans called the 7-0 defeat a massacre.", 0.7),
    T("besieged", "ADJ", "attacks", ["compound"], ["head"], [
        "Aid reached the Houthi-besieged city of Taiz.",
        "The Veltria-besieged port of Asker ran out of fuel.",
        "Residents of the Israeli-besieged enclave queued for flour."],
        "The scandal-besieged minister resigned.", 0.65),
    # ---------------------------------------------------------------- captures
    T("annex", "VERB", "captures", ["nsubj"], ["dobj"], [
        "Russia annexed Crimea in March 2014.",
        "Veltria annexed the coastal province of Asker after the referendum.",
        "Israel annexed the Golan Heights in 1981."],
        "The university annexed the old post office for its library.", 0.85, object_place=True),
    T("reclaim", "VERB", "captures", ["nsubj"], ["dobj"], [
        "Iraqi forces reclaimed Ramadi from Islamic State.",
        "The Coastal Liberation Front reclaimed the town of Asker after a week of fighting.",
        "Azerbaijan reclaimed Nagorno-Karabakh in September 2023."],
        "The Dutch reclaimed land from the sea with dykes.", 0.7, object_place=True),
    T("annexation", "NOUN", "captures", ["poss", "agent", "compound", "gov_subj", "prep:by"], ["prep:of"], [
        "Russia's annexation of Crimea was condemned at the UN.",
        "Veltria's annexation of Asker province was never recognised.",
        "The Israeli annexation of East Jerusalem remains disputed."],
        "The firm completed its annexation of the neighbouring plot for a car park.", 0.85, object_place=True),
    T("fall", "NOUN", "captures", ["prep:to"], ["prep:of"], [
        "The fall of Kabul to the Taliban shocked Western capitals.",
        "After the fall of Asker to the Coastal Liberation Front, refugees crossed the river.",
        "The fall of Mosul to Islamic State in 2014 exposed the Iraqi army's weakness."],
        "The fall of the Berlin Wall to cheering crowds was televised worldwide.", 0.75,
        object_place=True),
    T("liberation", "NOUN", "captures", ["poss", "agent", "compound", "gov_subj", "prep:by"], ["prep:of"], [
        "Ukraine's liberation of Kherson city was celebrated in the square.",
        "The Kestrian liberation of Tarn ended a two-year occupation.",
        "The Iraqi army's liberation of Fallujah took five weeks."],
        "She wrote a history of the women's liberation movement.", 0.7, object_place=True),
    T("cede", "VERB", "withdraws_from", ["nsubj"], ["dobj"], [
        "Armenia ceded seven districts around Karabakh under the 2020 deal.",
        "The Mountain Guard ceded the hill town of Orel after heavy shelling.",
        "The rebels ceded Khan Sheikhoun as government troops advanced."],
        "The senator ceded the floor to her colleague.", 0.7, object_place=True),
    T("cede", "VERB", "captures", ["prep:to"], ["dobj"], [
        "Armenia ceded the town of Shusha to Azerbaijan.",
        "The Mountain Guard ceded Orel to Kestrian forces without a fight.",
        "Under the deal the militia ceded the airport to the national army."],
        "The incumbent ceded ground to his challenger in the polls.", 0.7, object_place=True),

    # ---------------------------------------------------------------- withdraws_from
    T("vacate", "VERB", "withdraws_from", ["nsubj"], ["dobj"], [
        "Russian troops vacated the Kherson bridgehead in November 2022.",
        "The Coastal Liberation Front vacated the port of Asker overnight.",
        "Under the deal al-Shabaab fighters vacated the town of Bardere."],
        "A federal court vacated the ruling on appeal.", 0.7, object_place=True),
    T("abandon", "VERB", "withdraws_from", ["nsubj"], ["dobj"], [
        "Ukrainian forces abandoned Avdiivka to avoid encirclement.",
        "The Mountain Guard abandoned its positions in Tarn after the airstrikes.",
        "Afghan soldiers abandoned their outposts in Badakhshan."],
        "The government abandoned its plan to raise taxes.", 0.6, object_place=True),
    T("flee", "VERB", "withdraws_from", ["nsubj"], ["dobj", "prep:from"], [
        "Islamic State fighters fled Manbij as the SDF advanced.",
        "Coastal Liberation Front commanders fled from Asker before it fell.",
        "Assad fled Damascus for Moscow in December 2024."],
        "Thousands of civilians fled the fighting on foot.", 0.6, object_place=True),
    T("surrender", "VERB", "withdraws_from", ["nsubj"], ["dobj"], [
        "The garrison surrendered the citadel after a six-month siege.",
        "The Mountain Guard surrendered the town of Orel to Kestrian troops.",
        "Rebels surrendered the town of Daraa al-Balad under a Russian-brokered deal."],
        "He surrendered his passport to the court.", 0.6, object_place=True),
    T("redeploy", "VERB", "withdraws_from", ["nsubj"], ["prep:from"], [
        "Russia redeployed its troops from the Kyiv region to Donbas.",
        "Veltria redeployed its brigades from Asker to the northern front.",
        "The UN redeployed peacekeepers from the buffer zone."],
        "The bank redeployed staff from its branches to the call centre.", 0.6, object_place=True),
    T("disengage", "VERB", "withdraws_from", ["nsubj"], ["prep:from"], [
        "Indian and Chinese troops disengaged from the Pangong Tso area.",
        "Kestrian forces disengaged from the town of Tarn under the truce.",
        "Armenian units disengaged from positions on the border."],
        "Voters have disengaged from politics altogether.", 0.65, object_place=True),
    T("pullback", "NOUN", "withdraws_from", ["poss", "prep:of", "gov_subj", "compound"], ["prep:from"], [
        "The Russian pullback from Kherson was announced on television.",
        "Veltria's pullback from the port of Asker surprised analysts.",
        "The Eritrean pullback from Tigray was slower than promised."],
        "The pullback in oil prices helped airlines.", 0.75, object_place=True),
    T("drawdown", "NOUN", "withdraws_from", ["poss", "prep:of", "gov_subj", "compound"], ["prep:from|in"], [
        "The US drawdown from Afghanistan was completed in August 2021.",
        "Kestria's drawdown from Tarn left the militias in control.",
        "France's drawdown in the Sahel ended Operation Barkhane."],
        "The drawdown of the reservoir exposed the old village.", 0.7, object_place=True),
    T("departure", "NOUN", "withdraws_from", ["poss", "prep:of", "gov_subj", "compound"], ["prep:from"], [
        "The departure of French troops from Niger was completed in December.",
        "Kestria's departure from the Tarn valley ended a decade-long deployment.",
        "Wagner's departure from Mali was announced in June."],
        "Flight departures from Heathrow were delayed by fog.", 0.6, object_place=True),

    # ---------------------------------------------------------------- designates
    T("outlaw", "VERB", "designates", ["nsubj"], ["dobj"], [
        "Egypt outlawed the Muslim Brotherhood in 2013.",
        "Veltria outlawed the Coastal Liberation Front as a terrorist organisation.",
        "Britain outlawed Hizb ut-Tahrir in January 2024."],
        "The city outlawed smoking in parks.", 0.8),
    T("ban", "VERB", "designates", ["nsubj"], ["dobj"], [
        "Germany banned Samidoun over its support for Hamas.",
        "Kestria banned the Mountain Guard and froze its accounts.",
        "Turkey banned the PKK decades ago."],
        "The league banned the striker for three matches.", 0.6),
    T("designation", "NOUN", "designates", ["poss", "agent", "compound", "gov_subj", "prep:by"], ["prep:of"], [
        "The US designation of the Houthis as a terrorist group took effect in February.",
        "Veltria's designation of the Coastal Liberation Front angered Kestria.",
        "The EU's designation of Hamas was upheld by its top court."],
        "The designation of the valley as a national park protects its wolves.", 0.8),
    T("proscription", "NOUN", "designates", ["poss", "agent", "compound", "gov_subj", "prep:by"], ["prep:of"], [
        "Britain's proscription of Hamas covers its political wing.",
        "Kestrian proscription of the Mountain Guard makes membership a crime.",
        "The proscription of Palestine Action was debated in parliament."],
        "Old dietary proscriptions against pork persist in the region.", 0.8),
    T("blacklisting", "NOUN", "designates", ["poss", "agent", "compound", "gov_subj", "prep:by"], ["prep:of"], [
        "Washington's blacklisting of the Wagner Group came in 2017.",
        "The Veltrian blacklisting of the Coastal Liberation Front froze its accounts.",
        "The EU's blacklisting of the IRGC was debated for months."],
        "The Hollywood blacklisting of screenwriters ruined careers in the 1950s.", 0.75),
    T("designated", "ADJ", "designates", ["compound"], ["head"], [
        "The US-designated terrorist group Hezbollah denied involvement.",
        "The Veltria-designated Coastal Liberation Front rejected the label.",
        "The UN-designated al-Nusra Front changed its name in 2016."],
        "The council-designated parking zone opens in June.", 0.65),

    # ---------------------------------------------------------------- sanctions
    T("boycott", "VERB", "sanctions", ["nsubj"], ["dobj"], [
        "Saudi Arabia and its allies boycotted Qatar from 2017 to 2021.",
        "Kestria boycotted Veltria after the annexation of Asker.",
        "Arab states boycotted Israel for decades."],
        "The opposition boycotted the parliamentary election.", 0.6),
        T("sanctioned", "ADJ", "sanctions", ["compound"], ["head"], [
        "The US-sanctioned militia Kataib Hezbollah claimed the attack.",
        "The EU-sanctioned Wagner Group recruited in prisons.",
        "The Veltria-sanctioned Mountain Guard moved its money to crypto."],
        "The UN-sanctioned peacekeeping mission arrived in May.", 0.65),

    # ---------------------------------------------------------------- allied_with
    T("side", "VERB", "allied_with", ["nsubj"], ["prep:with"], [
        "Eritrea sided with Ethiopia's federal army against the TPLF.",
        "The Mountain Guard sided with Kestria in the border war.",
        "Several Arab tribes sided with the SDF against Islamic State."],
        "The appeals court sided with the plaintiffs.", 0.75),
    T("partner", "VERB", "allied_with", ["nsubj"], ["prep:with"], [
        "The US military partnered with the Syrian Democratic Forces against Islamic State.",
        "Veltria partnered with the Mountain Guard to secure the border.",
        "Somali forces partnered with the Danab brigade in Lower Shabelle."],
        "The carmaker partnered with a battery start-up.", 0.65),
        T("partnership", "NOUN", "allied_with", ["poss", "gov_subj", "compound"], ["prep:with"], [
        "Russia's partnership with Iran has deepened since 2022.",
        "Veltria's partnership with the Mountain Guard gave it a foothold in the hills.",
        "The US partnership with the SDF angered Turkey."],
        "The bank announced a partnership with a fintech start-up.", 0.6),
    T("alignment", "NOUN", "allied_with", ["poss", "gov_subj", "compound"], ["prep:with"], [
        "Mali's alignment with Moscow followed the 2021 coup.",
        "Kestria's alignment with the Coastal Liberation Front alarmed Veltria.",
        "Niger's new alignment with Russia ended its cooperation with France."],
        "Check the alignment of the wheels with the axle.", 0.6),

    # ---------------------------------------------------------------- member_of
    T("rejoin", "VERB", "member_of", ["nsubj"], ["dobj"], [
        "Mali rejoined ECOWAS after the talks in Abuja.",
        "The Mountain Guard rejoined the Northern Alliance after a year outside it.",
        "Morocco rejoined the African Union in 2017."],
        "The injured midfielder rejoined his teammates in training.", 0.75),
    T("accede", "VERB", "member_of", ["nsubj"], ["prep:to"], [
        "Sweden acceded to NATO in March 2024.",
        "Veltria acceded to the Southern Defence Pact after the war.",
        "Timor-Leste acceded to ASEAN as its eleventh member."],
        "The government acceded to the strikers' demands.", 0.75),
    T("defect", "VERB", "member_of", ["nsubj"], ["prep:to"], [
        "A senior officer defected to the Free Syrian Army in 2012.",
        "Two Mountain Guard commanders defected to the Coastal Liberation Front.",
        "Hundreds of soldiers defected to the Tatmadaw's opponents after the coup."],
        "The report found a defect in the drone's guidance system.", 0.65),
    T("enlist", "VERB", "member_of", ["nsubj"], ["prep:in|with"], [
        "Thousands of foreigners enlisted in Ukraine's International Legion.",
        "Young men from Tarn enlisted with the Mountain Guard.",
        "He enlisted in the Wagner Group after leaving prison."],
        "The charity enlisted the help of local volunteers.", 0.65),
    T("membership", "NOUN", "member_of", ["poss", "gov_subj", "compound"], ["prep:of|in"], [
        "Finland's membership of NATO doubled the alliance's border with Russia.",
        "Veltria's membership in the Southern Defence Pact was suspended.",
        "Burkina Faso's membership of ECOWAS ended in 2025."],
        "The party's membership voted to change the leader.", 0.7),
    T("accession", "NOUN", "member_of", ["poss", "gov_subj", "compound"], ["prep:to"], [
        "Sweden's accession to NATO was delayed by Turkey and Hungary.",
        "Kestria's accession to the Southern Defence Pact angered Veltria.",
        "Ukraine's accession to the EU is years away."],
        "The king's accession to the throne was marked by a parade.", 0.75),
    T("operative", "NOUN", "member_of", ["gov_subj_attr"], ["compound", "poss", "prep:of"], [
        "Saleh al-Arouri, a senior Hamas operative, was killed in Beirut.",
        "Police arrested Dario Fenn, a Coastal Liberation Front operative, in Tarn.",
        "The drone killed an al-Qaeda operative in Idlib."],
        "The software operative on the night shift restarted the server.", 0.7),

    # ---------------------------------------------------------------- affiliated_with
    T("loyal", "ADJ", "affiliated_with", ["nsubj", "head"], ["prep:to"], [
        "Forces loyal to Khalifa Haftar attacked Tripoli in 2019.",
        "Militias loyal to the Coastal Liberation Front control the harbour.",
        "Fighters loyal to Moqtada al-Sadr clashed with police in Baghdad."],
        "Customers remained loyal to the brand despite the price rise.", 0.65),
    T("affiliation", "NOUN", "affiliated_with", ["poss", "gov_subj"], ["prep:with|to"], [
        "HTS ended its affiliation with al-Qaeda in 2016.",
        "The Mountain Guard's affiliation with the Coastal Liberation Front is recent.",
        "Al-Shabaab's affiliation with al-Qaeda was formalised in 2012."],
        "Voters' party affiliation predicted their answers.", 0.7),
    T("arm", "NOUN", "affiliated_with", ["gov_subj_attr"], ["prep:of", "poss"], [
        "The Qassam Brigades, the armed arm of Hamas, claimed the attack.",
        "The Delta Battalion is the military arm of the Coastal Liberation Front.",
        "Investigators say the charity acted as the financial arm of the Mountain Guard."],
        "The soldier was shot in the arm during the raid.", 0.7),
        T("front", "NOUN", "affiliated_with", ["gov_subj_attr"], ["prep:for"], [
        "Prosecutors say the charity was a front for Hamas.",
        "The Delta Relief Society is a front for the Coastal Liberation Front, Veltria claims.",
        "The shipping company served as a front for the Revolutionary Guards."],
        "Fighting intensified on the southern front.", 0.6),
    T("links", "NOUN", "affiliated_with", ["poss", "gov_subj"], ["prep:to|with"], [
        "The group's links to Islamic State were confirmed by the court.",
        "The Mountain Guard has links with the Coastal Liberation Front, officials say.",
        "ADF's links to Islamic State Central Africa Province grew after 2019."],
        "New rail links to the port opened last year.", 0.6),

    # ---------------------------------------------------------------- leads
    T("chair", "VERB", "leads", ["nsubj"], ["dobj"], [
        "General Abdel Fattah al-Burhan chairs Sudan's Sovereign Council.",
        "Ilan Varo chairs the Coastal Liberation Front's political bureau.",
        "Mahmoud Abbas chairs the Palestine Liberation Organization."],
        "The foreign minister chaired a meeting on refugees.", 0.65),
        T("commandant", "NOUN", "leads", ["gov_subj_attr"], ["poss", "prep:of", "compound"], [
        "Colonel Rasa Vell, the commandant of the Tarn garrison, surrendered.",
        "General Ilan Varo, the Coastal Liberation Front's commandant, rejected the truce.",
        "The commandant of the Quds Force visited Baghdad."],
        "The commandant of the cadet school retired in May.", 0.6),

    # ---------------------------------------------------------------- negotiates_with
    T("meet", "VERB", "negotiates_with", ["nsubj"], ["prep:with", "dobj"], [
        "US envoys met with Taliban officials in Doha.",
        "Kestria's foreign minister met with Coastal Liberation Front leaders in Tarn.",
        "Israeli negotiators met Hamas mediators in Cairo."],
        "The proposal met with fierce resistance in parliament.", 0.55),
    T("mediator", "NOUN", "negotiates_with", ["gov_subj_attr"], ["prep:between|with"], [
        "Qatar, a mediator between Israel and Hamas, hosted the talks.",
        "Kestria has acted as a mediator between Veltria and the Mountain Guard.",
        "Turkey emerged as a mediator between Russia and Ukraine on grain."],
        "The family court appointed a mediator for the divorce.", 0.7),
    T("mediation", "NOUN", "negotiates_with", ["poss", "compound", "gov_subj", "prep:by"], ["prep:between|with"], [
        "Egyptian mediation between Israel and Hamas produced a truce.",
        "Kestria's mediation between Veltria and the Coastal Liberation Front stalled.",
        "Saudi mediation between the army and the RSF began in Jeddah."],
        "The landlord agreed to mediation over the unpaid rent.", 0.7),
    T("intermediary", "NOUN", "negotiates_with", ["gov_subj_attr"], ["prep:between|with"], [
        "Oman served as an intermediary between Washington and Tehran.",
        "A Kestrian bishop acted as intermediary between Veltria and the rebels of the Coastal Liberation Front.",
        "Qatar was the intermediary with the Taliban for years."],
        "The sale went through an intermediary in Geneva.", 0.65),
    T("dialogue", "NOUN", "negotiates_with", ["poss", "gov_subj", "compound"], ["prep:with"], [
        "The junta's dialogue with the Arakan Army collapsed.",
        "Veltria opened a dialogue with the Coastal Liberation Front in Tarn.",
        "Colombia's dialogue with the ELN resumed in Caracas."],
        "The film's dialogue with its audience is playful.", 0.65),
    T("armistice", "NOUN", "negotiates_with", ["poss", "gov_subj"], ["prep:with"], [
        "North Korea's armistice with the UN Command ended the fighting in 1953.",
        "Veltria signed an armistice with the Coastal Liberation Front at Asker.",
        "Israel concluded an armistice with Egypt in 1949."],
        "Historians debated the legacy of the 1918 armistice.", 0.75),
                # ---------------------------------------------------------------- condemns
    T("decry", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "Amnesty International decried the junta's airstrikes on villages.",
        "Kestria decried Veltria for the shelling of Asker.",
        "The African Union decried the RSF after the El Fasher massacre."],
        "Critics decried the lack of parking at the new stadium.", 0.75),
    T("deplore", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "The Security Council deplored the Houthi attacks on shipping.",
        "Veltria deplored the Coastal Liberation Front's use of human shields.",
        "The EU deplored Israel's strike on the aid convoy."],
        "Teachers deplored the state of the school toilets.", 0.7),
    T("excoriate", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "Human Rights Watch excoriated the Saudi-led coalition for bombing markets.",
        "The Kestrian president excoriated the Mountain Guard over the kidnapping.",
        "Zelensky excoriated Russia after the strike on the children's hospital."],
        "The chef excoriated the raw hide before tanning it.", 0.8),
    T("castigate", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "Beijing castigated Washington for arming Taiwan.",
        "Veltria castigated Kestria for sheltering rebel commanders.",
        "The UN rights chief castigated the Taliban over the ban on girls' schooling."],
        "The coach castigated himself for the tactical error.", 0.75),
    T("lambast", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "Turkey lambasted Sweden for tolerating PKK rallies.",
        "The Coastal Liberation Front lambasted Veltria over the arrests.",
        "Iran lambasted the IAEA after the board's resolution."],
        "Reviewers lambasted the sequel as lazy.", 0.8),
    T("berate", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "Erdogan berated Israel at the UN General Assembly.",
        "Kestria's envoy berated Veltria for blocking aid.",
        "The Arab League berated Iran for meddling in Yemen."],
        "The referee berated the players for time-wasting.", 0.7),
    T("rebuke", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "Washington rebuked Israel over settler violence in the West Bank.",
        "The African Union rebuked the Mountain Guard for breaking the truce.",
        "China rebuked the Philippines after the collision in the South China Sea."],
        "The teacher rebuked the pupils for talking.", 0.75),
    T("chastise", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "The State Department chastised Rwanda over its support for M23.",
        "Veltria chastised Kestria for harbouring Coastal Liberation Front leaders.",
        "Russia chastised Armenia for courting the West."],
        "His mother chastised him for coming home late.", 0.7),
        T("denunciation", "NOUN", "condemns", ["poss", "prep:from|by", "compound", "gov_subj"], ["prep:of"], [
        "Turkey's denunciation of the Israeli raid was swift.",
        "Kestria's denunciation of Veltria came after the shelling of Tarn.",
        "The Arab League's denunciation of the Houthis followed the airport attack."],
        "The denunciation of neighbours to the secret police was common under the old regime.", 0.75),
    T("rebuke", "NOUN", "condemns", ["poss", "prep:from|by", "compound", "gov_subj"], ["prep:of|to"], [
        "Washington's rebuke of Israel was unusually blunt.",
        "The Kestrian rebuke to Veltria followed the border incident.",
        "In a rare rebuke to Moscow, Kazakhstan criticised the referendum."],
        "The coach took the referee's rebuke without complaint.", 0.65),
    T("accusation", "NOUN", "condemns", ["poss", "prep:from|by", "compound", "gov_subj"], ["prep:against"], [
        "Kinshasa's accusations against Rwanda were backed by a UN report.",
        "Veltria's accusation against the Coastal Liberation Front was denied.",
        "Russia rejected Ukraine's accusations against its navy."],
        "The accusation against the footballer was dropped.", 0.65),

    # ---------------------------------------------------------------- located_in
    T("based", "ADJ", "located_in", ["head"], ["compound"], [
        "The Beirut-based group denied any role in the attack.",
        "The Tarn-based Mountain Guard recruits in the northern valleys.",
        "The Idlib-based Hayat Tahrir al-Sham led the offensive."],
        "The plant-based diet is gaining followers.", 0.75, object_place=True),
    T("base", "VERB", "located_in", ["nsubj"], ["prep:in|at"], [
        "The Coastal Liberation Front is based in the delta town of Asker.",
        "Al-Shabaab is based in southern and central Somalia.",
        "The Wagner contingent was based at the Kidal airfield."],
        "The film is based on a true story.", 0.7, object_place=True),
    T("headquartered", "ADJ", "located_in", ["head", "nsubj"], ["prep:in", "compound"], [
        "The group, headquartered in Idlib, controls the Bab al-Hawa crossing.",
        "The Doha-headquartered Hamas political bureau issued a statement.",
        "The Mountain Guard is headquartered in the hill town of Orel."],
        "The company is headquartered in a former textile mill.", 0.75, object_place=True),
    T("station", "VERB", "located_in", ["nsubj"], ["prep:in|at"], [
        "Russia stationed troops in Transnistria after 1992.",
        "Kestria stations two brigades in the Tarn valley.",
        "The US stationed about 900 troops in north-east Syria."],
        "The reporter stationed herself at the window.", 0.6, object_place=True),
    T("operate", "VERB", "located_in", ["nsubj"], ["prep:in"], [
        "Islamic State Mozambique operates in Cabo Delgado province.",
        "The Coastal Liberation Front operates in the marshes around Asker.",
        "Jama'at Nusrat al-Islam wal-Muslimin operates in central Mali."],
        "Surgeons operated in a makeshift theatre.", 0.6, object_place=True),
    T("presence", "NOUN", "located_in", ["poss", "compound", "gov_subj"], ["prep:in"], [
        "The US military presence in Syria is about 900 troops.",
        "Kestria's presence in the Tarn valley dates from 2018.",
        "Wagner's presence in the Central African Republic expanded in 2018."],
        "The presence of mind of the pilot saved the passengers.", 0.7, object_place=True),
    T("headquarters", "NOUN", "located_in", ["poss", "compound"], ["prep:in|at"], [
        "Hezbollah's headquarters in Dahiyeh were struck.",
        "The Coastal Liberation Front's headquarters in Asker was moved underground.",
        "The RSF's headquarters in Khartoum fell to the army."],
        "The company's headquarters in the old mill is for sale.", 0.7, object_place=True),
    T("base", "NOUN", "located_in", ["poss", "compound"], ["prep:in|at"], [
        "Russia's naval base in Tartus remains operational.",
        "Kestria's air base at Tarn hosts drones.",
        "The US base in Qatar hosts the regional air operations centre."],
        "The party's base in the rural north stayed loyal.", 0.7, object_place=True),
    T("active", "ADJ", "located_in", ["nsubj", "head"], ["prep:in"], [
        "Al-Shabaab remains active in the Lower Juba region.",
        "The Coastal Liberation Front is active in the delta around Asker.",
        "Islamic State is still active in the Syrian desert."],
        "She has been active in local politics for years.", 0.6, object_place=True),

    # ---------------------------------------------------------------- plain verb + preposition frames
    T("march", "VERB", "attacks", ["nsubj"], ["prep:on"], [
        "Wagner fighters marched on Moscow in June 2023.",
        "The Mountain Guard marched on Tarn after taking the pass.",
        "The TPLF marched on Addis Ababa in late 2021."],
        "The band marched on through the rain.", 0.65),
    T("pit", "VERB", "opposes", ["dobj"], ["prep:against"], [
        "The war pits the Sudanese army against the Rapid Support Forces.",
        "The conflict pits Veltria against the Coastal Liberation Front.",
        "Fighting in Tigray pitted the TPLF against Ethiopian and Eritrean troops."],
        "The final pits Brazil against Argentina.", 0.75),
    T("round", "VERB", "condemns", ["nsubj"], ["prep:on"], [
        "Erdogan rounded on Israel at the summit.",
        "The Kestrian envoy rounded on the Coastal Liberation Front at the UN.",
        "China rounded on Japan over the Taiwan remarks."],
        "The bus rounded on the last bend too fast.", 0.65),
]


IDIOMS = [
    # ---------------------------------------------------------------- attacks
    T("open", "VERB", "attacks", ["nsubj"], ["prep:on|at"], [
        "Israeli troops opened fire on a crowd near the aid site.",
        "Veltrian border guards opened fire on Coastal Liberation Front boats.",
        "Gunmen opened fire at a police checkpoint in Quetta."],
        "The museum opened its doors on Monday.", 0.8, particle="fire"),
    T("lay", "VERB", "attacks", ["nsubj"], ["prep:to"], [
        "Russian forces laid siege to Mariupol in March 2022.",
        "The Mountain Guard laid siege to the Kestrian garrison at Tarn.",
        "The RSF laid siege to El Fasher for more than a year."],
        "Fans laid siege to the box office for final tickets.", 0.85, particle="siege"),
    T("set", "VERB", "attacks", ["nsubj"], ["prep:to"], [
        "Militants set fire to a police station in Kirkuk.",
        "Coastal Liberation Front fighters set fire to the Veltrian customs post at Asker.",
        "The RSF set fire to the market in Tawila."],
        "The new law set fire to a debate about free speech.", 0.65, particle="fire"),
    T("come", "VERB", "attacks", ["prep:from"], ["nsubj"], [
        "Ukrainian positions came under fire from Russian artillery overnight.",
        "The Kestrian convoy came under fire from the Mountain Guard near Orel.",
        "The UN base came under fire from Hezbollah rockets."],
        "The minister came under fire from opposition lawmakers.", 0.6, particle="fire"),
    T("come", "VERB", "attacks", ["prep:from|by"], ["nsubj"], [
        "The port of Odesa came under attack from Russian drones.",
        "Veltrian outposts came under attack from the Coastal Liberation Front.",
        "The convoy came under attack by al-Shabaab fighters."],
        "The policy came under attack from economists.", 0.65, particle="attack"),
    T("launch", "VERB", "attacks", ["nsubj"], ["prep:against|on|into"], [
        "Azerbaijan launched an offensive against Armenian positions in Karabakh.",
        "The Coastal Liberation Front launched an offensive on Asker at dawn.",
        "Ukraine launched an offensive into Russia's Kursk region."],
        "The retailer launched a charm offensive on investors.", 0.8, particle="offensive"),
    T("step", "VERB", "attacks", ["nsubj"], ["prep:on|against"], [
        "The Houthis stepped up attacks on shipping in the Red Sea.",
        "The Mountain Guard stepped up attacks on Kestrian patrols.",
        "Russia stepped up attacks on Ukraine's power grid."],
        "Critics stepped up attacks on the minister's record.", 0.75, particle="attack"),
    T("close", "VERB", "attacks", ["nsubj"], ["prep:on"], [
        "Russian forces are closing in on Pokrovsk.",
        "The Coastal Liberation Front closed in on the Veltrian capital.",
        "Rebels closed in on Damascus as the army collapsed."],
        "Police closed in on the suspect's flat.", 0.65, particle="in"),
        # ---------------------------------------------------------------- opposes
    T("declare", "VERB", "opposes", ["nsubj"], ["prep:on|against"], [
        "Germany declared war on the United States in December 1941.",
        "The Coastal Liberation Front declared war on the Veltrian state.",
        "Al-Shabaab declared war on the Somali government."],
        "The mayor declared war on potholes.", 0.75, particle="war"),
        T("take", "VERB", "opposes", ["nsubj"], ["prep:against"], [
        "Tribesmen took up arms against the Houthis.",
        "Villagers in Tarn took up arms against the Mountain Guard.",
        "Former officers took up arms against the junta."],
        "The company took up arms against the new tax, in a manner of speaking.", 0.75, particle="arms"),
        T("push", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "Ukrainian forces pushed back Russian troops from Kharkiv.",
        "The Veltrian army pushed back the Coastal Liberation Front to the delta.",
        "The SDF pushed back Islamic State fighters from the Euphrates valley."],
        "The airline pushed back its launch date.", 0.65, particle="back"),
    T("drive", "VERB", "opposes", ["nsubj"], ["dobj"], [
        "Iraqi forces drove Islamic State out of Mosul.",
        "Kestrian troops drove the Mountain Guard out of Tarn.",
        "The army drove al-Shabaab out of Kismayo."],
        "The flood drove residents out of their homes.", 0.75, particle="out"),
    T("drive", "VERB", "captures", ["nsubj"], ["prep:of"], [
        "Iraqi forces drove Islamic State out of Mosul.",
        "Kestrian troops drove the Mountain Guard out of Tarn.",
        "The army drove al-Shabaab out of the port of Kismayo."],
        "The price rises drove customers out of the market.", 0.65, particle="out", object_place=True),
    # ---------------------------------------------------------------- captures
    T("win", "VERB", "captures", ["nsubj"], ["dobj"], [
        "Ukrainian forces won back Kherson in November.",
        "The Coastal Liberation Front won back Asker after a week of fighting.",
        "The army won back the town of Wad Madani from the RSF."],
        "The party won back voters in the suburbs.", 0.65, particle="back", object_place=True),
    T("be", "VERB", "captures", ["nsubj"], ["prep:of"], [
        "The Houthis have been in control of Sanaa since 2014.",
        "The Mountain Guard is in control of the Tarn valley.",
        "Rebels are now in control of the airport."],
        "The government is in control of the inflation problem, the minister said.", 0.7,
        particle="control", object_place=True),
    T("fall", "VERB", "withdraws_from", ["nsubj"], ["prep:from"], [
        "Ukrainian troops fell back from Bakhmut's western outskirts.",
        "The Coastal Liberation Front fell back from Asker to the marshes.",
        "Russian units fell back from positions near Kyiv."],
        "Oil prices fell back from their highs.", 0.7, particle="back", object_place=True),
    # ---------------------------------------------------------------- withdraws_from
    T("pull", "VERB", "withdraws_from", ["nsubj"], ["prep:from"], [
        "Russia pulled back from the Kyiv region in April 2022.",
        "The Mountain Guard pulled back from the outskirts of Tarn.",
        "Ethiopian troops pulled back from Mekelle in June 2021."],
        "The buyer pulled back from the deal at the last minute.", 0.75, particle="back", object_place=True),
    T("pull", "VERB", "withdraws_from", ["nsubj"], ["prep:of"], [
        "The US pulled out of Afghanistan in August 2021.",
        "Veltrian troops pulled out of Asker under the ceasefire.",
        "French forces pulled out of Mali in 2022."],
        "The company pulled out of the tender.", 0.8, particle="out", object_place=True),
    T("hand", "VERB", "withdraws_from", ["nsubj"], ["dobj"], [
        "Wagner handed over Bakhmut to regular Russian troops.",
        "The Mountain Guard handed over the town of Orel to Kestrian forces.",
        "The SDF handed over Deir Hafer to the Syrian army."],
        "The outgoing minister handed over the keys of the office.", 0.65, particle="over", object_place=True),
    T("relinquish", "VERB", "withdraws_from", ["nsubj"], ["prep:of"], [
        "The rebels relinquished control of the airport to UN peacekeepers.",
        "Veltria relinquished control of Asker under the accord.",
        "Israel relinquished control of the Sinai in 1982."],
        "The founder relinquished control of the company in 2010.", 0.75, particle="control", object_place=True),
    T("lose", "VERB", "withdraws_from", ["nsubj"], ["prep:of"], [
        "The government lost control of Tigray's capital in June 2021.",
        "The Mountain Guard lost control of Orel after the airstrikes.",
        "The army lost control of the border crossing to the rebels."],
        "The driver lost control of the lorry on the icy road.", 0.7, particle="control", object_place=True),
    # ---------------------------------------------------------------- designates
    T("put", "VERB", "designates", ["nsubj"], ["dobj"], [
        "Washington put the Houthis on its terror list in 2024.",
        "Veltria put the Coastal Liberation Front on its list of terrorist organisations.",
        "Russia put Meta on a list of extremist organisations."],
        "The shop put the new phones on its price list.", 0.7, particle="list"),
    T("add", "VERB", "designates", ["nsubj"], ["dobj"], [
        "The EU added the Wagner Group to its terrorist list.",
        "Kestria added the Mountain Guard to its list of banned groups.",
        "Canada added the IRGC to its list of terrorist entities."],
        "The school added chess to its list of clubs.", 0.7, particle="list"),
    # ---------------------------------------------------------------- sanctions
    T("impose", "VERB", "sanctions", ["nsubj"], ["prep:on|against"], [
        "The UN imposed an arms embargo on South Sudan.",
        "Kestria imposed an embargo on the Coastal Liberation Front's ports.",
        "The EU imposed an embargo on Russian oil."],
        "The coach imposed an embargo on interviews before the final.", 0.8, particle="embargo"),
    T("slap", "VERB", "sanctions", ["nsubj"], ["prep:on"], [
        "Washington slapped sanctions on Hezbollah's financiers.",
        "The EU slapped sanctions on the Mountain Guard's leadership.",
        "Britain slapped sanctions on Iranian drone makers."],
        "The regulator slapped a fine on the bank.", 0.85, particle="sanction"),
    T("hit", "VERB", "sanctions", ["nsubj"], ["dobj"], [
        "The US hit the RSF's commanders with sanctions.",
        "Kestria hit Veltrian banks with fresh sanctions.",
        "The EU hit Belarus with sanctions after the forced landing."],
        "The drone hit the depot with two warheads.", 0.8, particle="sanction"),
    T("freeze", "VERB", "sanctions", ["nsubj"], ["poss", "prep:of"], [
        "Switzerland froze the assets of the Wagner Group.",
        "Kestria froze the Mountain Guard's assets after the bombing.",
        "The UK froze the assets of Russian oligarchs close to the Kremlin."],
        "The court froze the assets of the bankrupt developer.", 0.65, particle="asset"),
    T("extend", "VERB", "sanctions", ["nsubj"], ["prep:on|against"], [
        "The EU extended sanctions on Russia for another six months.",
        "Veltria extended sanctions against the Coastal Liberation Front's backers.",
        "The Security Council extended sanctions on al-Shabaab."],
        "The union extended its strike against the airline.", 0.75, particle="sanction"),
    # ---------------------------------------------------------------- allied_with
    T("join", "VERB", "allied_with", ["nsubj"], ["prep:with"], [
        "HTS joined forces with other factions to storm Aleppo.",
        "The Mountain Guard joined forces with the Coastal Liberation Front.",
        "Arakan Army fighters joined forces with the TNLA in the offensive."],
        "The two bakeries joined forces with a local charity.", 0.8, particle="force"),
    T("team", "VERB", "allied_with", ["nsubj"], ["prep:with"], [
        "Sunni tribes teamed up with US forces against al-Qaeda in Iraq.",
        "The Mountain Guard teamed up with Kestrian special forces.",
        "The Houthis teamed up with former president Saleh's loyalists."],
        "The singer teamed up with a rapper for the single.", 0.75, particle="up"),
    T("make", "VERB", "allied_with", ["nsubj"], ["prep:with"], [
        "Tribal militias made common cause with the SDF.",
        "The Coastal Liberation Front made common cause with the Mountain Guard.",
        "Some Baathist officers made common cause with Islamic State."],
        "Parents made common cause with teachers over school funding.", 0.75, particle="cause"),
    T("throw", "VERB", "supports", ["nsubj"], ["prep:behind"], [
        "Russia threw its weight behind the junta in Niger.",
        "Kestria threw its weight behind the Coastal Liberation Front.",
        "The UAE threw its weight behind General Haftar."],
        "The union threw its weight behind the minimum-wage bill.", 0.75, particle="weight"),
    T("come", "VERB", "supports", ["nsubj"], ["prep:of"], [
        "Iran came to the aid of the Assad government in 2012.",
        "Kestria came to the aid of the Mountain Guard when Tarn was besieged.",
        "Rwanda came to the aid of Mozambique's army in Cabo Delgado."],
        "A passer-by came to the aid of the injured cyclist.", 0.75, particle="aid"),
    T("prop", "VERB", "supports", ["nsubj"], ["dobj"], [
        "Russian airpower propped up Assad's regime for nine years.",
        "Kestria propped up the Mountain Guard with cash and fuel.",
        "Iran propped up the Houthis during the Saudi blockade."],
        "Workers propped up the sagging roof with timber.", 0.8, particle="up"),
    T("cut", "VERB", "affiliated_with", ["nsubj"], ["prep:with"], [
        "HTS cut ties with al-Qaeda in 2016.",
        "The Mountain Guard cut ties with the Coastal Liberation Front after the massacre.",
        "Al-Shabaab's Puntland faction cut ties with the central leadership."],
        "The bank cut ties with the sanctioned shipping company.", 0.75, particle="tie|link", polarity="negative"),
    T("have", "VERB", "affiliated_with", ["nsubj"], ["prep:with|to"], [
        "The group says it has no ties with al-Qaeda.",
        "The Coastal Liberation Front has no ties to the Mountain Guard, its spokesman said.",
        "Hamas insists it has no ties with Islamic State."],
        "The museum has no ties with the auction house.", 0.65, particle="tie", polarity="negative"),
    T("sever", "VERB", "affiliated_with", ["nsubj"], ["prep:with"], [
        "Jabhat al-Nusra severed ties with al-Qaeda in July 2016.",
        "The Mountain Guard severed links with the Coastal Liberation Front.",
        "The faction severed its ties with Islamic State's central command."],
        "Kestria severed diplomatic ties with Veltria after the shelling.", 0.7, particle="tie|link", polarity="negative"),
    # ---------------------------------------------------------------- affiliated_with / member_of
    T("pledge", "VERB", "affiliated_with", ["nsubj"], ["prep:to"], [
        "Boko Haram pledged allegiance to Islamic State in 2015.",
        "The Red Dawn cell pledged allegiance to the Coastal Liberation Front.",
        "Al-Shabaab pledged allegiance to al-Qaeda in 2012."],
        "The children pledged allegiance to the flag every morning.", 0.9, particle="allegiance"),
    T("swear", "VERB", "affiliated_with", ["nsubj"], ["prep:to"], [
        "The Sinai group swore allegiance to Abu Bakr al-Baghdadi.",
        "Local militias swore allegiance to the Mountain Guard.",
        "The Indonesian cell swore allegiance to Islamic State."],
        "New citizens swore allegiance to the crown at the ceremony.", 0.85, particle="allegiance"),
    # ---------------------------------------------------------------- leads
    T("take", "VERB", "leads", ["nsubj"], ["prep:of"], [
        "General Syrskyi took command of Ukraine's armed forces in February 2024.",
        "Ilan Varo took command of the Coastal Liberation Front after the founder's death.",
        "Abu Ubaida took command of al-Shabaab in 2014."],
        "The fire brigade took command of the scene.", 0.8, particle="command"),
    T("assume", "VERB", "leads", ["nsubj"], ["prep:of"], [
        "Yahya Sinwar assumed leadership of Hamas in August 2024.",
        "General Ilan Varo assumed command of the Mountain Guard.",
        "Abu Ibrahim al-Hashimi assumed leadership of Islamic State."],
        "The hospital trust assumed leadership of the vaccination drive.", 0.8, particle="leadership|command"),
    T("take", "VERB", "leads", ["nsubj"], ["prep:of"], [
        "Naim Qassem took the helm of Hezbollah after Nasrallah's killing.",
        "Ilan Varo took the helm of the Coastal Liberation Front in 2021.",
        "Ahmed al-Sharaa took the helm of the transitional government."],
        "The new chief executive took the helm of the airline in May.", 0.7, particle="helm"),
    # ---------------------------------------------------------------- negotiates_with
    T("hold", "VERB", "negotiates_with", ["nsubj"], ["prep:with"], [
        "US officials held talks with the Taliban in Doha.",
        "Veltria held talks with the Coastal Liberation Front in Tarn.",
        "Colombia held talks with the ELN in Havana."],
        "The coach held talks with his players after the defeat.", 0.8, particle="talk|negotiation"),
    T("reach", "VERB", "negotiates_with", ["nsubj"], ["prep:with"], [
        "Israel reached a ceasefire deal with Hamas in January.",
        "Veltria reached an agreement with the Coastal Liberation Front on prisoners.",
        "The government reached a truce with the Arakan Army."],
        "The union reached an agreement with management over pay.", 0.8, particle="agreement|deal|ceasefire|truce|understanding"),
    T("strike", "VERB", "negotiates_with", ["nsubj"], ["prep:with"], [
        "Turkey struck a deal with Russia over Idlib.",
        "Kestria struck a deal with the Mountain Guard to reopen the road.",
        "The US struck a deal with the Taliban in February 2020."],
        "The studio struck a deal with a streaming service.", 0.8, particle="deal|bargain"),
    T("sit", "VERB", "negotiates_with", ["nsubj"], ["prep:with"], [
        "The junta refused to sit down with the National Unity Government.",
        "Veltria finally sat down with the Coastal Liberation Front in Tarn.",
        "Israeli officials sat down with Qatari mediators in Doha."],
        "The family sat down with a financial adviser.", 0.65, particle="down"),
    T("broker", "VERB", "negotiates_with", ["nsubj"], ["prep:between"], [
        "Qatar brokered a truce between Israel and Hamas.",
        "Kestria brokered a ceasefire between Veltria and the Coastal Liberation Front.",
        "Turkey brokered a grain deal between Russia and Ukraine."],
        "The agent brokered a deal between the club and the player.", 0.75, particle="truce|ceasefire|deal"),
    T("make", "VERB", "negotiates_with", ["nsubj"], ["prep:with"], [
        "Egypt made peace with Israel in 1979.",
        "The Mountain Guard made peace with Kestria after the elections.",
        "Eritrea made peace with Ethiopia in 2018."],
        "She made peace with her decision to retire.", 0.8, particle="peace"),
    # ---------------------------------------------------------------- condemns
    T("hold", "VERB", "condemns", ["nsubj"], ["dobj"], [
        "Israel held Hamas responsible for the attack.",
        "Veltria held the Coastal Liberation Front responsible for the bombing in Asker.",
        "Kyiv holds Moscow responsible for the dam's destruction."],
        "The nurse held responsible posts in two hospitals.", 0.75, particle="responsible"),
    T("hit", "VERB", "condemns", ["nsubj"], ["prep:at"], [
        "Beijing hit out at Washington over the arms sale to Taiwan.",
        "Kestria hit out at Veltria after the shelling of Tarn.",
        "Turkey hit out at Sweden over the Koran burning."],
        "The boxer hit out at the bag for an hour.", 0.8, particle="out"),
    T("lash", "VERB", "condemns", ["nsubj"], ["prep:at"], [
        "Iran lashed out at the IAEA after the report.",
        "The Coastal Liberation Front lashed out at Kestria for cutting aid.",
        "Russia lashed out at NATO over the Baltic exercises."],
        "The frightened horse lashed out at the groom.", 0.75, particle="out"),
    T("point", "VERB", "condemns", ["nsubj"], ["prep:at"], [
        "Kyiv pointed the finger at Moscow for the pipeline blast.",
        "Veltria pointed the finger at the Mountain Guard after the ambush.",
        "Washington pointed the finger at Iran for the tanker attacks."],
        "The child pointed a finger at the moon.", 0.7, particle="finger"),
        # ---------------------------------------------------------------- located_in
    ]
