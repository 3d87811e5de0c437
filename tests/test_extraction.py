"""One focused test per extraction phenomenon, on sentences written for these tests."""

from __future__ import annotations

import pytest

import conflictkg


def triples(text: str, published: str | None = "2025-03-14"):
    rels = conflictkg.extract(text, published=published)
    return {(r.subject.name, r.predicate, r.object.name, r.negated) for r in rels}, rels


def find(rels, subject, predicate, obj):
    for r in rels:
        if (r.subject.name, r.predicate, r.object.name) == (subject, predicate, obj):
            return r
    return None


# -- verbs, active and passive ------------------------------------------------------------
def test_active_verb_capture():
    got, _ = triples("Fighters of Hayat Tahrir al-Sham captured Aleppo on Friday after a short battle.")
    assert ("Hayat Tahrir al-Sham", "captures", "Aleppo", False) in got


def test_passive_verb_with_agent():
    got, _ = triples("Last week the town of Kidal was seized by the Malian army, officials said.")
    assert any(p == "captures" and o == "Kidal" and not n for _, p, o, n in got)


@pytest.mark.parametrize("text, subject, obj", [
    ("The port of Hodeidah was bombed by the Saudi-led coalition overnight.", "Saudi-led coalition", "Hodeidah"),
    ("Bunia was attacked by CODECO militiamen last month.", "CODECO", "Bunia"),
    ("The town of Mopti was shelled by JNIM in March.", "Jama'at Nusrat al-Islam wal-Muslimin", "Mopti"),
])
def test_passive_attack_with_agent(text, subject, obj):
    # an attack verb whose frame also reads "on" keeps its reading in the passive
    got, _ = triples(text)
    assert any(s == subject and p == "attacks" and o == obj and not n for s, p, o, n in got), got


def test_passive_supply_is_no_attack_nor_support_of_the_goods():
    got, _ = triples("Drones were supplied to the Houthis by Iran, the panel said.")
    assert not any(o == "Drones" for _, _, o, _ in got)


def test_fell_to():
    got, rels = triples("After days of shelling, Kherson fell to Ukrainian troops on Tuesday.")
    assert ("Ukraine", "captures", "Kherson", False) in got
    assert find(rels, "Ukraine", "captures", "Kherson").date == "2025-03-11"


def test_takeover_noun():
    got, _ = triples("Analysts described Hezbollah's takeover of the border crossing at Qusayr as a turning point. "
                     "Hezbollah's takeover of Qusayr surprised observers.")
    assert ("Hezbollah", "captures", "Qusayr", False) in got


def test_capture_of_by():
    got, _ = triples("The capture of Raqqa by the Syrian Democratic Forces ended the siege.")
    assert ("Syrian Democratic Forces", "captures", "Raqqa", False) in got


# -- support ------------------------------------------------------------------------------
def test_compound_adjective_backed():
    got, _ = triples("Clashes broke out between the army and Iran-backed Houthi fighters near the port.")
    assert ("Iran", "supports", "Houthis", False) in got


def test_relies_on_aid_from_with_coordination():
    got, _ = triples("Mali's junta relies on weapons and aid from Russia, China and Belarus.")
    supporters = {s for s, p, o, n in got if p == "supports" and not n}
    assert {"Russia", "China", "Belarus"} <= supporters


def test_received_support_from():
    got, _ = triples("The Polisario Front has received support from Algeria for decades.")
    assert ("Algeria", "supports", "Polisario Front", False) in got


def test_backed_by_participle():
    got, _ = triples("Fano militias, backed by local officials, clashed with the army. "
                     "The government of Mali, backed by Russia, launched new raids.")
    assert any(s == "Russia" and p == "supports" for s, p, o, n in got)


# -- designation, dates, former -----------------------------------------------------------
def test_designated_as_by_with_date():
    _, rels = triples("Hamas, designated as a terrorist organisation by the European Union in 2003, rejected the plan.")
    rel = find(rels, "European Union", "designates", "Hamas")
    assert rel is not None and not rel.negated
    assert rel.date == "2003"
    assert rel.designation and "terrorist" in rel.designation


def test_previously_affiliated_is_former():
    _, rels = triples("Jabhat al-Nusra, a militia previously affiliated with al-Qaeda, changed its name.")
    rel = find(rels, "Jabhat al-Nusra", "affiliated_with", "al-Qaeda")
    assert rel is not None and rel.former is True


# -- titles and appositions ---------------------------------------------------------------
def test_commander_title():
    got, _ = triples("RSF commander Mohamed Hamdan Dagalo rejected the truce.")
    assert ("Mohamed Hamdan Dagalo", "leads", "Rapid Support Forces", False) in got


def test_apposition_member():
    got, _ = triples("The talks were hosted by Hungary, a NATO member, in Budapest.")
    assert ("Hungary", "member_of", "NATO", False) in got


def test_apposition_city_of_state():
    got, _ = triples("Goma, Congo's largest eastern city, was quiet on Sunday.")
    assert any(s == "Goma" and p == "located_in" for s, p, o, n in got)


# -- negation and refusal -----------------------------------------------------------------
def test_did_not_attack_is_negated():
    got, _ = triples("Israel said Hezbollah did not attack the base at Naqoura on Monday.")
    assert all(not (s == "Hezbollah" and p == "attacks" and not n) for s, p, o, n in got)


def test_refusing_to_back_either_side():
    text = ("Fighting between the Sudanese Armed Forces and the Rapid Support Forces spread to Darfur. "
            "Egypt backs the army. Chad stays neutral and refuses to support either side in the war.")
    got, _ = triples(text)
    assert ("Chad", "supports", "Sudanese Armed Forces", True) in got
    assert ("Chad", "supports", "Rapid Support Forces", True) in got
    # the refusal must never surface as support
    assert not any(s == "Chad" and p == "supports" and not n for s, p, o, n in got)


def test_backs_neither_side():
    text = ("Fighting between the Sudanese Armed Forces and the Rapid Support Forces spread to Darfur. "
            "Egypt backs the army. Chad says it backs neither side in the war.")
    got, _ = triples(text)
    assert ("Chad", "supports", "Sudanese Armed Forces", True) in got
    assert ("Chad", "supports", "Rapid Support Forces", True) in got
    assert not any(s == "Chad" and p == "supports" and not n for s, p, o, n in got)


def test_will_not_is_a_refusal_not_an_open_event():
    got, _ = triples("Colombia will not negotiate with the Gulf Clan, the president said. "
                     "Ukraine would not talk with Russia until its troops left.")
    assert ("Colombia", "negotiates_with", "Clan del Golfo", True) in got
    assert not any(p == "negotiates_with" and not n for _, p, _, n in got)
    got, _ = triples("Russia will attack Moldova. Iran would back the Houthis.")
    assert not any(p in ("attacks", "supports") for _, p, _, _ in got)


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("Turkey has ruled out negotiating with the PKK until it disarms.", "Turkey", "negotiates_with", "Kurdistan Workers' Party"),
    ("Ethiopia has again ruled out negotiating with the TPLF.", "Ethiopia", "negotiates_with", "Tigray People's Liberation Front"),
    ("Kenya ruled out backing the RSF in Sudan's war.", "Kenya", "supports", "Rapid Support Forces"),
])
def test_a_phrasal_refusal_negates_its_complement(text, subject, predicate, obj):
    got, _ = triples(text)
    assert (subject, predicate, obj, True) in got
    assert not any(p == predicate and not n for _, p, _, n in got)


@pytest.mark.parametrize("text", [
    "Turkey has not ruled out negotiating with the PKK.",
    "Israel did not refuse to talk with Hamas, officials said.",
    # the verb without its particle refuses nothing
    "Rwanda ruled on supporting the M23 after a long debate.",
])
def test_a_refusal_that_is_itself_denied_leaves_the_relation_open(text):
    got, _ = triples(text)
    assert not any(p in ("negotiates_with", "supports") and n for _, p, _, n in got)


def test_gerund_after_preposition_takes_the_verbs_subject():
    got, _ = triples("France stopped short of condemning Israel. Germany refrained from criticising Turkey.")
    assert ("France", "condemns", "Israel", True) in got
    assert ("Germany", "condemns", "Turkey", True) in got
    assert not any(p == "condemns" and not n for _, p, _, n in got)
    # the accused is the gerund's doer, never the accuser
    got, _ = triples("Saudi Arabia accused Iran of arming the Houthis. Egypt insisted on talking with Hamas.")
    assert not any(s == "Saudi Arabia" and p == "supports" for s, p, _, _ in got)
    assert not any(s == "Egypt" and p == "negotiates_with" for s, p, _, _ in got)


def test_not_a_member_is_negated():
    got, _ = triples("Ukraine is not a member of NATO.")
    assert ("Ukraine", "member_of", "NATO", True) in got
    assert ("Ukraine", "member_of", "NATO", False) not in got


def test_modal_and_intent_produce_nothing():
    got, _ = triples("Russia could attack Moldova. Iran threatened to attack Israel.")
    assert not any(p == "attacks" for _, p, _, _ in got)


# -- hedging and attribution --------------------------------------------------------------
def test_reportedly_is_recorded_and_lowers_confidence():
    _, rels = triples("Wagner mercenaries reportedly seized Moura in central Mali.")
    rel = next(r for r in rels if r.predicate == "captures")
    assert rel.modality == "reported"
    assert rel.confidence < 0.8


# -- anaphora -----------------------------------------------------------------------------
def test_nominal_anaphora_group_and_city():
    text = ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. "
            "The group later captured Mahas, and the militants held the town for a day.")
    got, _ = triples(text)
    assert ("al-Shabaab", "captures", "Mahas", False) in got


def test_possessive_pronoun_their():
    got, _ = triples("M23 rebels advanced on Goma in January. Their capture of Bukavu followed in February.")
    assert any(p == "captures" and o == "Bukavu" and s.startswith("M23") for s, p, o, n in got)


# -- actors found only by NER -------------------------------------------------------------
def test_ner_only_actor_takes_part():
    got, _ = triples("The Zarqawi Liberation Front attacked Tal Afar on Sunday.")
    assert any(s == "Zarqawi Liberation Front" and p == "attacks" for s, p, o, n in got)


def test_acronym_defined_in_text_is_an_alias():
    _, rels = triples("The Northern Valley Movement (NVM) seized the town of Korit. Later the NVM captured Lafon.")
    rel = next((r for r in rels if r.object.name == "Lafon"), None)
    assert rel is not None and "NVM" in rel.subject.aliases


# -- evidence -----------------------------------------------------------------------------
def test_every_relation_has_sentence_evidence_with_offsets():
    text = "Turkey backs the Syrian National Army. Russia supplies the army of Mali."
    _, rels = triples(text)
    assert rels
    for rel in rels:
        assert rel.rule
        for ev in rel.evidence:
            assert text[ev.start:ev.end] == ev.sentence
            assert 0 <= rel.confidence <= 1


# -- attribution, mentions ----------------------------------------------------------------
def test_attribution_to_a_speaker_is_recorded():
    _, rels = triples("The Pentagon said Iran supplied the Houthis with missiles last year.")
    rel = find(rels, "Iran", "supports", "Houthis")
    assert rel is not None and rel.attributed_to == "United States"
    assert rel.date == "2024"


def test_according_to_is_a_hedge():
    _, rels = triples("According to local officials, the Rapid Support Forces seized the town of Tawila.")
    rel = next(r for r in rels if r.predicate == "captures")
    assert rel.modality == "reported" and rel.confidence < 0.8


def test_mentions_record_names_and_anaphors_with_offsets():
    from conflictkg.graph.pipeline import load_pipeline

    text = "Al-Shabaab fighters stormed a hotel. The group later seized Mahas."
    doc = load_pipeline()(text)
    mentions = doc._.mentions
    assert any(m.label == "anaphor" and m.text == "group" for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text


# -- more nominal and clausal forms -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Russian invasion of Ukraine displaced millions.", ("Russia", "attacks", "Ukraine", False)),
    ("The M23, which Rwanda backs, controls Goma.", ("Rwanda", "supports", "M23", False)),
    ("Houthi rebels fired missiles at Israel on Sunday.", ("Houthis", "attacks", "Israel", False)),
    ("Haftar's Libyan National Army launched an offensive on Tripoli.", ("Khalifa Haftar", "leads", "Libyan National Army", False)),
    ("Egypt and Qatar acted as mediators in the talks between Israel and Hamas.", ("Egypt", "negotiates_with", "Israel", False)),
    ("Hungary has refused to send weapons to Ukraine.", ("Hungary", "supports", "Ukraine", True)),
    ("Hungary criticised the sanctions imposed on Russia by the European Union.", ("European Union", "sanctions", "Russia", False)),
    ("Germany, Ukraine's largest European donor, pledged more aid.", ("Germany", "supports", "Ukraine", False)),
    ("Sudan's army retook the presidential palace from the Rapid Support Forces.", ("Government of Sudan", "opposes", "Rapid Support Forces", False)),
])
def test_more_forms(text, expected):
    got, _ = triples(text)
    assert expected in got


@pytest.mark.parametrize("text", [
    "The rebels used Russian-made drones in the attack.",
    "Will Iran attack Israel? Analysts doubt it.",
    "If Hamas attacks again, Israel would respond.",
    "Egypt condemned the attack on the mosque.",
    "Officials in Kyiv said Russia may launch a new offensive on Kharkiv next month.",
])
def test_distractors_state_no_relation(text):
    got, _ = triples(text)
    assert not [t for t in got if t[1] in ("attacks", "supports", "condemns", "captures")]


def test_negated_claim_leaves_the_event_open():
    got, _ = triples("Hezbollah did not claim any attack on Israel this week.")
    assert not any(p == "attacks" for _, p, _, _ in got)


def test_wanting_a_leader_removed_is_opposition_to_his_government():
    got, _ = triples("Turkey, which wants Assad ousted, arms several rebel factions in Idlib.")
    assert ("Turkey", "opposes", "Government of Syria", False) in got


def test_a_coalition_leader_is_a_member():
    got, _ = triples("The Nigeria-led ECOMOG force entered Monrovia in 1990.")
    assert any(s == "Nigeria" and p == "member_of" for s, p, o, n in got)


def test_the_two_countries_fought_a_war():
    got, _ = triples("Ethiopia accused Eritrea of arming militias. The two countries fought a border war from 1998 to 2000.")
    assert ("Eritrea", "opposes", "Ethiopia", False) in got or ("Ethiopia", "opposes", "Eritrea", False) in got


def test_fighting_alongside_against():
    got, _ = triples("Eritrean troops fought alongside Ethiopian forces against the TPLF in the war.")
    assert ("Eritrea", "allied_with", "Ethiopia", False) in got
    assert ("Ethiopia", "opposes", "Tigray People's Liberation Front", False) in got


def test_two_unnamed_factions_are_not_the_last_two_groups():
    got, _ = triples("Hamas and Fatah met in Cairo. A war between two factions of the Sinaloa Cartel killed 1,000 people.")
    assert not any(p == "opposes" and {s, o} == {"Hamas", "Fatah"} for s, p, o, n in got)


@pytest.mark.parametrize("text, expected", [
    ("Rwanda denied that it had armed the M23.", ("Rwanda", "supports", "M23", True)),
    ("Qatar has never supported Hamas militarily, officials said.", ("Qatar", "supports", "Hamas", True)),
    ("The United States stopped funding the Syrian Democratic Forces in 2019.", ("United States", "supports", "Syrian Democratic Forces", True)),
    ("Burkina Faso is no longer a member of ECOWAS.", ("Burkina Faso", "member_of", "ECOWAS", True)),
    ("Russia withdrew its support for the Assad government.", ("Russia", "supports", "Government of Syria", True)),
])
def test_negation_forms_are_never_positive(text, expected):
    got, _ = triples(text)
    subject, predicate, obj, _ = expected
    assert expected in got
    assert (subject, predicate, obj, False) not in got


def test_neither_nor_and_not_in_a_list():
    got, _ = triples("Neither Israel nor Hamas attacked Rafah. Russia, not Ukraine, shelled Kherson.")
    assert not any(p == "attacks" and o == "Rafah" and not n for s, p, o, n in got)
    assert not any(s == "Ukraine" and p == "attacks" and not n for s, p, o, n in got)


# -- companions and partitive roles -------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Iran, along with Russia, backs the Assad government.", ("Russia", "supports", "Government of Syria")),
    ("Turkey together with Qatar supported the rebels in Idlib.", ("Qatar", "supports", "Syrian rebels")),
    ("Rwanda, along with Uganda, has armed the M23 for years, a UN report found.", ("Uganda", "supports", "M23")),
])
def test_along_with_shares_the_subjects_role(text, expected):
    got, _ = triples(text)
    assert (*expected, False) in got


def test_along_with_is_not_a_subject_of_another_clause():
    got, _ = triples("Iran backs the Assad government, which fought along with Hezbollah near Homs.")
    assert not any(s == "Hezbollah" and p == "supports" for s, p, o, n in got)


@pytest.mark.parametrize("text,expected", [
    ("China is one of Myanmar's main arms suppliers.", ("China", "supports", "Myanmar")),
    ("Iran has been one of the Houthis' biggest backers since 2015.", ("Iran", "supports", "Houthis")),
    ("Egypt remains one of Libyan commander Khalifa Haftar's closest allies.", ("Egypt", "allied_with", "Khalifa Haftar")),
])
def test_one_of_a_role_noun(text, expected):
    got, _ = triples(text)
    s, p, o = expected
    assert any((a, q, b) in ((s, p, o), (o, p, s)) and not n for a, q, b, n in got), got


@pytest.mark.parametrize("text", [
    "The rebels refuse to negotiate until Veltrian troops leave the province of Asker.",
    "Hamas will not free the hostages until Israel withdraws from Gaza.",
    "Once the army retakes Goma, the talks can resume.",
])
def test_until_a_future_event_is_no_event(text):
    got, _ = triples(text)
    assert not any(p in ("withdraws_from", "captures") for _, p, _, _ in got), got


def test_until_a_past_event_stays():
    got, _ = triples("Ukrainian forces held the town until they withdrew from Avdiivka in February.")
    assert ("Ukraine", "withdraws_from", "Avdiivka", False) in got


@pytest.mark.parametrize("text,name", [
    ("Fighters of the Eastern Front for Justice (EFJ) shelled the port.", "Eastern Front for Justice"),
    ("The Coastal Liberation Army (CLA) said it had seized the bridge.", "Coastal Liberation Army"),
    ("Officials of the Southern Defence Council (SDC) met in the capital.", "Southern Defence Council"),
])
def test_names_never_hold_brackets(text, name):
    import conflictkg.graph.pipeline as pipeline
    doc = pipeline.load_pipeline()(text)
    assert all("(" not in e.text and ")" not in e.text for e in doc.ents), [e.text for e in doc.ents]
    assert any(e.text.lower().removeprefix("the ") == name.lower() for e in doc.ents), [e.text for e in doc.ents]


# -- relative clauses whose pronoun is the object --------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The ELN, which Venezuela shelters, attacked Saravena.", ("Venezuela", "supports", "National Liberation Army")),
    ("Hezbollah, which Iran funds and arms, fired rockets at Haifa.", ("Iran", "supports", "Hezbollah")),
    ("The Houthis, whom Iran has armed for years, struck a tanker.", ("Iran", "supports", "Houthis")),
    ("Al-Shabaab fought the Islamic State, which Kenya has also battled in the north.", ("Kenya", "opposes", "Islamic State")),
])
def test_relative_pronoun_object_is_the_clauses_noun(text, expected):
    got, _ = triples(text)
    s, p, o = expected
    assert any((a, q, b) in ((s, p, o), (o, p, s)) and not n for a, q, b, n in got), got


def test_relative_pronoun_subject_is_not_an_object():
    got, _ = triples("Hezbollah, which funds schools in the south, fired rockets at Haifa.")
    assert not any(p == "supports" for _, p, _, _ in got), got


# -- layout: list items and headings are sentences of their own --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("What happened\n- Veltrian drones struck a depot on Monday, officials said.\n- Kenya blamed al-Shabaab for the raid.",
     ("Kenya", "condemns", "al-Shabaab", False)),
    ("Key facts\n• Iran backs the Houthis\n• Saudi Arabia leads the coalition against them.",
     ("Iran", "supports", "Houthis", False)),
    ("The Council:\n1. Condemns the attack.\n2. Rwanda denied arming the M23.", ("Rwanda", "supports", "M23", True)),
])
def test_list_items_are_sentences(text, expected):
    from conflictkg.graph.pipeline import load_pipeline
    doc = load_pipeline()(text)
    got, _ = triples(text)
    assert expected in got, got
    assert all("\n-" not in sent.text and "\n•" not in sent.text and "\n2." not in sent.text for sent in doc.sents)


def test_hard_wrapped_lines_stay_one_sentence():
    from conflictkg.graph.pipeline import load_pipeline
    doc = load_pipeline()("Officials in Nairobi said on Tuesday that Kenyan troops had\nretaken the town of Kolbio from al-Shabaab fighters after a\nweek of heavy clashes near the border.")
    assert len(list(doc.sents)) == 1


# -- lemmas the lookup lemmatizer misses (repaired with lemminflect) ----------------------------
@pytest.mark.parametrize("text,expected", [
    ("Iran resupplied the Houthis after the strikes.", ("Iran", "supports", "Houthis")),
    ("Iran and Israel waged a shadow war for decades.", ("Iran", "opposes", "Israel")),
    ("Sudanese troops overran Wad Madani in January.", ("Sudan", "captures", "Wad Madani")),
])
def test_verb_forms_the_lemmatizer_misses(text, expected):
    got, _ = triples(text)
    s, p, o = expected
    assert (s, p, o, False) in got, got


def test_repaired_lemmas_on_the_doc():
    from conflictkg.graph.pipeline import load_pipeline
    doc = load_pipeline()("The rebels resupplied their units and overran the garrison.")
    assert {"resupply", "overrun"} <= {t.lemma_ for t in doc}


# -- ending a war says there was one ---------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Angola ended its long civil war against UNITA in 2002.", ("Angola", "opposes", "UNITA")),
    ("Ethiopia halted its offensive against the TPLF after two years.", ("Ethiopia", "attacks", "Tigray People's Liberation Front")),
    ("Colombia ended its decades-long war against the FARC with a peace deal.", ("Colombia", "opposes", "FARC")),
])
def test_ending_a_war_is_no_denial(text, expected):
    got, rels = triples(text)
    assert (*expected, False) in got, got
    assert find(rels, *expected).former


@pytest.mark.parametrize("text,expected", [
    ("Qatar halted its support for Hamas in 2023.", ("Qatar", "supports", "Hamas")),
    ("Sudan ended its backing for the rebels in South Sudan after the deal.", ("Sudan", "supports", "South Sudanese rebels")),
])
def test_ending_support_is_a_denial(text, expected):
    got, _ = triples(text)
    s, p, _ = expected
    assert any(a == s and q == p and n for a, q, b, n in got), got
    assert not any(a == s and q == p and not n for a, q, b, n in got), got


# -- a participle that states a standing relation ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Al-Shabaab is affiliated with al-Qaeda.", ("al-Shabaab", "affiliated_with", "al-Qaeda", False)),
    ("The ADF is linked to the Islamic State, a UN panel found.", ("Allied Democratic Forces", "affiliated_with", "Islamic State", False)),
    ("Hezbollah is allied with Iran.", ("Hezbollah", "allied_with", "Iran", False)),
    ("Hamas was never affiliated with the Islamic State.", ("Hamas", "affiliated_with", "Islamic State", True)),
])
def test_passive_state_participles(text, expected):
    got, _ = triples(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Germany pledged tanks to Ukraine.",
    "Hezbollah fights Israel in alliance with Iran.",
])
def test_pledges_and_alliances_are_no_affiliation_or_hostility(text):
    got, _ = triples(text)
    assert not any(p == "affiliated_with" for _, p, _, _ in got), got
    assert not any(p == "opposes" and {s, o} == {"Hezbollah", "Iran"} for s, p, o, _ in got), got


@pytest.mark.parametrize("text,expected", [
    ("The Taliban took control of Kabul in August 2021.", ("Taliban", "captures", "Kabul")),
    ("Houthi fighters regained control of Sanaa in 2014.", ("Houthis", "captures", "Sanaa")),
    ("The junta assumed control of Niamey after the coup.", None),
])
def test_control_of_a_capital_is_the_city(text, expected):
    got, _ = triples(text)
    assert not any(p == "captures" and o in ("Afghanistan", "Yemen", "Niger") for _, p, o, _ in got), got
    if expected:
        assert (*expected, False) in got, got


@pytest.mark.parametrize("text,expected", [
    ("The United States designated the Houthis a terrorist organisation.", ("United States", "designates", "Houthis")),
    ("Hezbollah fired rockets into northern Israel.", ("Hezbollah", "attacks", "Israel")),
    ("Azerbaijani artillery fired across the border into Armenia.", ("Azerbaijan", "attacks", "Armenia")),
])
def test_more_object_positions(text, expected):
    got, _ = triples(text)
    assert (*expected, False) in got, got


@pytest.mark.parametrize("text,expected", [
    ("The Pentagon said US forces struck Houthi targets in Yemen.", ("United States", "attacks", "Houthis")),
    ("Israeli jets hit Hezbollah depots in the Bekaa valley.", ("Israel", "attacks", "Hezbollah")),
    ("Jordanian jets bombed Islamic State hideouts in southern Syria.", ("Jordan", "attacks", "Islamic State")),
])
def test_a_groups_targets_stand_for_the_group(text, expected):
    got, _ = triples(text)
    assert (*expected, False) in got, got


# -- an attack verb's "with" instrument can state another act --------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The United States targeted Iran with new sanctions on Monday.", ("United States", "sanctions", "Iran", False)),
    ("The European Union hit Russia with a fresh round of sanctions.", ("European Union", "sanctions", "Russia", False)),
    ("Washington targeted Tehran with a raft of tariffs.", ("United States", "sanctions", "Iran", False)),
    ("Brussels did not hit Moscow with sanctions.", ("European Union", "sanctions", "Russia", True)),
])
def test_an_attack_verb_with_sanctions_sanctions(text, expected):
    found, _ = triples(text)
    assert expected in found and not any(t[1] == "attacks" for t in found), found


@pytest.mark.parametrize("text, expected", [
    ("Russia hit Kyiv with a wave of drones.", ("Russia", "attacks", "Ukraine", False)),
    ("Israel targeted Hezbollah with air strikes.", ("Israel", "attacks", "Hezbollah", False)),
])
def test_an_attack_verb_with_weapons_still_attacks(text, expected):
    assert expected in triples(text)[0]


# -- what is given to an actor is support only when it is arms, aid or backing -------------------------------
@pytest.mark.parametrize("text", [
    "Zelensky gave a speech to the United Nations.",
    "Turkey gave a warning to Greece over the islands.",
    "Egypt delivered a message to Hamas on Sunday.",
    "Ankara transferred the detainees to Iraq.",
    "Turkey sold a stake of its airline to Qatar.",
])
def test_giving_words_or_people_is_no_support(text):
    assert not any(t[1] == "supports" for t in triples(text)[0]), text


@pytest.mark.parametrize("text, expected", [
    ("The United States pledged $2 billion in military aid to Ukraine.", ("United States", "supports", "Ukraine", False)),
    ("Iran gave the Houthis weapons and money.", ("Iran", "supports", "Houthis", False)),
    ("Iran supplies the Houthis with drones and missile parts.", ("Iran", "supports", "Houthis", False)),
    ("Hungary refused to send weapons to Ukraine.", ("Hungary", "supports", "Ukraine", True)),
])
def test_giving_arms_or_aid_is_support(text, expected):
    assert expected in triples(text)[0]


# -- public reproach and stance ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kenya assailed Ethiopia over the border raids.", ("Kenya", "condemns", "Ethiopia", False)),
    ("Chad railed against the Wagner Group in a statement on Friday.", ("Chad", "condemns", "Wagner Group", False)),
    ("Brazil spoke out against Israel after the strike on the convoy.", ("Brazil", "condemns", "Israel", False)),
    ("Turkey remained sharply critical of Israel throughout the war in Gaza.", ("Turkey", "condemns", "Israel", False)),
    ("Egypt is not critical of Ethiopia.", ("Egypt", "condemns", "Ethiopia", True)),
])
def test_reproach_and_critical_stance_condemn(text, expected):
    assert expected in triples(text)[0]


@pytest.mark.parametrize("text, expected", [
    ("Iran struck an agreement with Saudi Arabia in Beijing.", ("Iran", "negotiates_with", "Saudi Arabia", False)),
    ("The Ethiopian government struck a truce with the Tigray People's Liberation Front in Pretoria.",
     ("Government of Ethiopia", "negotiates_with", "Tigray People's Liberation Front", False)),
])
def test_a_deal_struck_is_no_strike_on_where_it_was_struck(text, expected):
    found, _ = triples(text)
    assert expected in found and not any(t[1] == "attacks" for t in found), found


# -- titles: a posting is not the body served; a department's head is a member, not the leader ---------------
@pytest.mark.parametrize("text, expected, wrong", [
    ("The UN envoy for Yemen, Hans Grundberg, met the Houthis.",
     ("Hans Grundberg", "member_of", "United Nations", False), ("Hans Grundberg", "member_of", "Yemen", False)),
    ("Hans Grundberg, the UN special envoy for Yemen, met the Houthis in Muscat.",
     ("Hans Grundberg", "member_of", "United Nations", False), ("Hans Grundberg", "member_of", "Yemen", False)),
    ("Volker Türk, the UN human rights chief, condemned the strike.",
     ("Volker Türk", "member_of", "United Nations", False), ("Volker Türk", "leads", "United Nations", False)),
    ("Kaja Kallas, the EU foreign policy chief, condemned Russia.",
     ("Kaja Kallas", "member_of", "European Union", False), ("Kaja Kallas", "leads", "European Union", False)),
])
def test_postings_and_department_heads(text, expected, wrong):
    found, _ = triples(text)
    assert expected in found and wrong not in found, found


def test_an_army_chief_still_leads():
    found, _ = triples("Abdel Fattah al-Burhan, Sudan's army chief, rejected the talks.")
    assert any(t[0] == "Abdel Fattah al-Burhan" and t[1] == "leads" for t in found), found
