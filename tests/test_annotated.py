"""The hand-annotated articles in tests/data: well-formed, and the extractor scores on them.

The articles are written for this project (not copied from ../shared/eval) and cover many
conflicts and phrasings. Their format is the ../shared/eval one; see its README.

* ``annotated/`` -- written alongside the rules: they measure regressions.
* ``wider/`` -- written by annotators who never read the rules, in four newsroom styles
  (wire, analysis, explainer with bullets, press release), three about invented actors no
  gazetteer knows. Hard on purpose; their floor sits under the measured figures.
* ``blind/`` -- twelve longer articles (wire, Q&A, live blog, analysis, profile, backgrounder,
  press release, UN meeting summary), three about invented actors, written and annotated by
  an annotator who saw neither the rules nor the other sets. Held out for one session, then
  added here; their floor, too, sits under the measured figures.
* ``blind2/`` -- twelve more written the same way (fact-check, regional roundup, obituary,
  interview feature, editorial box, live updates; three invented conflicts), held out for one
  session (precision 0.667, recall 0.242 at its end), then added here.
* ``blind3/`` -- twelve more (wire, court report, UN meeting summary, explainer with a
  who's-who, Q&A, live blog, obituary, interview, roundup, analysis, profile, ministry
  statement; three invented conflicts), held out for two sessions and measured by counts
  only (precision 0.641, recall 0.240 when written; 0.661, 0.256 when it joined), then added.
* ``blind4/`` -- ten more (explainer, live blog, wire, analysis, Q&A, UN meeting summary,
  interview, weekly digest with bullets; two invented conflicts), about conflicts the other sets
  cover least (Transnistria, Balochistan, South Sudan, Papua, the NPA, Somaliland, Thailand's
  Deep South, the Tishreen Dam), written and annotated before the tool was run on them
  (precision 0.831, recall 0.396, 1 contradiction when written).
* ``blind5/`` -- ten more (wire, ministry statement, analysis, interview Q&A, explainer with
  history, obituary, live blog, weekly roundup with bullets, UN meeting summary, profile; one
  invented conflict), about Darfur, the ADF, Iraq's PMF, the Clan del Golfo, Ethiopia-Eritrea,
  Karenni State, the Sahel juntas, Yemen and Haftar's Libya, written and annotated before the
  tool was run on them (precision 0.680, recall 0.446, 4 contradictions when written; 0.685,
  0.449, 4 with main's code after the ties23 and desc23 merges).
* ``blind6/`` -- ten more (wire, analysis, NGO statement, live blog, explainer with history,
  interview Q&A, editorial, regional court verdict and sanctions report, defence ministry press
  release, wire; one invented conflict), about the TTP and Pakistan's strikes in Afghanistan, the
  Lake Chad MNJTF, Burkina Faso's VDP and JNIM, Sweida and Israel's Damascus strikes, Kosovo 1999,
  the Thai-Cambodian border clashes, North Korean troops in Kursk, Nigeria's Lakurawa and the
  Kyrgyz-Tajik border treaty, written and annotated before the tool was run on them (precision
  0.820, recall 0.391, 0 contradictions when written; 0.907, 0.413 after the annotator's one
  adjudication pass: three stated relations and five text-used aliases the first pass missed).
  Held out while it was new; readable since.
* ``blind7/`` -- ten more (wire, live blog, court summary, Q&A, editorial, sanctions-committee
  release, monitoring report, feature, communique, explainer; two invented conflicts), about Mali
  2013, Libya 2011, the Taylor appeal, Peru's Shining Path, the US boat strikes off Venezuela, the
  2014 CAR listings, Zamfara's bandits and the Zapatistas, written and annotated in the thirty-sixth
  session before the tool was run on them (precision 0.781, recall 0.427, 0 contradictions when
  written, on the code of that session's start).
* ``blind8/`` -- six more (two wires, analysis, explainer with bullet lists, a Council of the EU
  listings release, feature with quotes), about Cabo Delgado, Ecuador's prison gangs, the Houthis,
  northern Shan, DPRK and Iranian support to Russia, and Haiti's gang coalition, written and
  annotated in the forty-third session before the tool was run on them, with no code changed by
  their writer (precision 0.885, recall 0.466, 2 contradictions on the code of that session's
  start, measured again at its end to tell whether mends drawn from other text carry).
* ``blind9/`` -- six more (two wires, analysis, explainer with bullet lists, a foreign ministry's
  statement, feature with quotes), about Afghanistan's resistance fronts, Sinaloa's cartel war,
  Mapuche armed groups in Chile, Hezbollah's arms, the Armenia-Azerbaijan border and Cameroon's
  Anglophone separatists, written and annotated in the forty-fourth session the same way
  (precision 0.865, recall 0.479, 0 contradictions on the code of that session's start; 0.849,
  0.479 once three optional located_in of an armed group, an IGO and a university were dropped,
  since the vocabulary gives located_in to places only and the tool reads the university as one).
* ``blind10/`` -- six more (wire, live blog with time stamps, explainer with bullet lists, analysis, a regional
  body's press release, feature with quotes), about JNIM in northern Benin, the India-Pakistan strikes of May 2025,
  the PKK's disarmament, Tripoli's militias, Tigray's ruling party split and one invented conflict, written and
  annotated in the forty-fifth session before the tool ran on them, by a writer who changed no code (precision
  0.886, recall 0.525, 1 contradiction on the code of that session's start: a government's denial of arming a front
  that the text also reports as credible). Held out in that session; readable from the forty-sixth on.
* ``blind11/`` -- six more (wire, analysis, explainer with bullet lists, an army's press release, live blog with time
  stamps, feature with quotes), about the Oromo Liberation Army, Syria's coast in March 2025, Jubaland, the KNF in
  Bandarban, the Doha strike of September 2025 and one invented conflict, written and annotated in the forty-sixth
  session before the tool ran on them, by a writer who changed no code (precision 0.892, recall 0.479, 0
  contradictions on the code of that session's start, after the writer's slip fixes; 0.879 once one optional
  located_in of a regional government was dropped). Held out in that session; readable from the forty-seventh on.
* ``blind12/`` -- six more (wire, a government's press release, analysis, explainer with bullet lists, live blog with
  time stamps, feature with quotes), about the Central African Republic's armed groups, the Rwanda-DRC agreement of
  June 2025, the BLA's listing, Colombia's FARC dissidents, the PKK's weapons ceremony and one invented conflict,
  written and annotated in the forty-seventh session before the tool ran on them, by a writer who changed no code
  (precision 0.753, recall 0.440, 0 contradictions on the code of that session's start, after the writer's three
  slip fixes). Held out in that session; readable from the forty-eighth on.
* ``blind13/`` -- six more (wire, analysis, explainer with bullet lists, feature with quotes, live blog with time
  stamps, a regional body's press release), about the Afghanistan-Pakistan clashes and the Doha truce of October
  2025, the March 2025 agreement between Damascus and the SDF, El Fasher and the RSF's parallel government, Haiti's
  Viv Ansanm and the Gang Suppression Force, JNIM's fuel blockade in Mali and one invented conflict, written and
  annotated in the forty-eighth session before the tool ran on them, by a writer who changed no code (precision
  0.905, recall 0.623, 0 contradictions on the code of that session's start, after the writer's four slip fixes).
  Held out in that session; readable from the forty-ninth on.
* ``blind14/`` -- six more (government press release, analysis, explainer with bullet lists, live blog with time
  stamps, wire, feature with quotes), about India's campaign against the Maoist insurgency, JNIM in northern Togo,
  Puntland's offensive against the Islamic State in the Cal Miskaad mountains, Ukraine's drone strikes on Russian
  air bases and the Istanbul talks of June 2025, Algeria's downing of a Malian drone, and one invented conflict,
  written and annotated in the forty-ninth session before the tool ran on them, by a writer who changed no code
  (precision 0.879, recall 0.527, 1 contradiction on the code of that session's start, after the writer's two slip
  fixes). Held out in that session; readable from the fiftieth on.
* ``blind15/`` -- six more (analysis, wire, explainer with bullet lists, live blog with time stamps, government
  press release, feature with quotes), about the Southern Transitional Council's advance in Hadramawt, M23's
  capture of Uvira and Burundi's troops, Manipur under President's Rule, Iran's strikes on Kurdish exile camps in
  Iraq, Cameroon's rejection of a Canadian-led mediation, and one invented conflict, written and annotated in the
  fiftieth session before the tool ran on them, by a writer who changed no code (precision 0.791, recall 0.477,
  3 contradictions on the code of that session's start, after the writer's slip fixes). Held out in that
  session; readable from the fifty-first on.
* ``blind16/`` -- six more (wire, live blog with time stamps, explainer with bullet lists, government press
  release, analysis, feature with quotes), about Thailand's suspension of its border accord with Cambodia, the
  Israel-Iran war of June 2025, Israel's offensive on the Jenin and Tulkarm camps, the RSF's drone strikes on Port
  Sudan, Iran's and Pakistan's exchange of strikes on Baloch militants, and one invented conflict, written and
  annotated in the fifty-first session before the tool ran on them, by a writer who changed no code (precision
  0.880, recall 0.483, no contradiction on the code of that session's start, after the writer's slip fixes).
  Held out in that session; readable from the fifty-second on.
* ``blind17/`` -- six more (wire, question-and-answer explainer, profile of a commander, weekly round-up of
  several fronts, UN report summary, op-ed), about the White Army's seizure of Nasir and Uganda's deployment to
  South Sudan, the Russian drones over Poland and NATO's Eastern Sentry, Israel's strikes on the Houthi
  leadership, the ADF's attacks in Ituri and North Kivu, ISWAP's and Boko Haram's attacks on bases in Borno, and
  one invented conflict, written and annotated in the fifty-second session before the tool ran on them, by a
  writer who changed no code (precision 0.774, recall 0.542, no contradiction on the code of that session's
  start, after the writer's slip fix). Held out in that session; readable from the fifty-third on.
* ``blind18/`` -- six more (fact-check, interview in question-and-answer form, parliamentary hearing summary,
  think-tank brief, wire, treasury sanctions notice), about the ELN's offensive in Catatumbo, the Arakan Army in
  Rakhine, al-Shabaab's 2025 offensive in the Shabelle regions, the Fano insurgency in Amhara, the Islamic State
  Sahel Province in Tillaberi, and one invented conflict, written and annotated in the fifty-third session before
  the tool ran on them, by a writer who changed no code (precision 0.846, recall 0.467, no contradiction on the
  code of that session's start, after the writer's slip fixes). Held out in that session; readable from the fifty-fourth on.
* ``blind19/`` -- six more (humanitarian situation report, UN spokesperson's noon briefing transcript, dated
  timeline, letter to the Security Council, podcast transcript, indictment summary), about the Kachin Independence
  Army's offensive on Bhamo, Israel's raid on Beit Jinn and the buffer zone in southern Syria, the RSF's and the
  SPLM-N's alliance in Kordofan, the Polisario Front and Mahbes, the Popular Forces militia and Hamas in Gaza, and
  one invented conflict, written and annotated in the fifty-fourth session before the tool ran on them, by a writer
  who changed no code (precision 0.895, recall 0.489, no contradiction on the code of that session's start, after
  the writer's slip fix). Held out in that session; readable from the fifty-fifth on.
* ``blind20/`` -- six more (encyclopedia entry with headed sections, conflict monitor's weekly regional overview,
  newsletter digest, armed group's communique in translation with editor's notes, defence minister's press
  conference transcript, correspondent's first-person dispatch), about the MILF's decommissioning and the Abu Sayyaf
  remnants, Chad's end of its defence accord with France and Boko Haram's raids on Lake Chad, Venezuelan gangs'
  attacks on Guyanese soldiers in the Essequibo, the US designation of The Resistance Front, Wagner's handover to the
  Africa Corps in Mali, and one invented conflict, written and annotated in the fifty-fifth session before the tool
  ran on them, by a writer who changed no code (precision 0.688, recall 0.384, two contradictions on the code of that
  session's start, after the writer's slip fixes). Held out in that session; readable from the fifty-sixth on.
* ``blind21/`` -- six more (parliamentary debate record, radio news bulletin script, photo essay told by its
  numbered captions, think-tank risk forecast with scenarios, open-source analyst's numbered thread, review of a
  history of a war), about Syria's president taken off the UN sanctions list and the end of HTS's US designation,
  the killing of Uruapan's mayor and the cartels of Michoacan, the Gaza stabilisation force under Resolution 2803,
  Benin's failed coup of December 2025 and the ECOWAS standby force, the 2023-24 war between Israel and Hezbollah
  and its ceasefire committee, and one invented conflict, written and annotated in the fifty-sixth session before
  the tool ran on them, by a writer who changed no code (precision 0.825, recall 0.403, one contradiction on the
  code of that session's start, after the writer's slip fixes and one convention fix: states that left a bloc are
  its former members, as every other set has them, not denied ones). Held out in that session; readable from the fifty-seventh on.
* ``blind22/`` -- six more (head of government's televised address, UN Panel of Experts report excerpt with
  numbered paragraphs and footnotes, maritime security advisory for ship operators, investigative report with
  numbered findings, academic paper's background section with bracketed citations, reader's letter to an editor),
  about the Banjska attack in northern Kosovo, the return of Somali piracy, the Crocus City Hall attack and ISKP, the
  Tower 22 attack and the US strikes on Iraqi militias, the Wagner mutiny of June 2023, and one invented conflict,
  written and annotated in the fifty-seventh session before the tool ran on them, by a writer who changed no code
  (precision 0.857, recall 0.364, one contradiction on the code of that session's start, after the writer's slip
  fixes). Held out in that session; readable from the fifty-eighth on.
* ``blind23/`` -- six more (text of a ceasefire agreement with numbered articles, foreign ministry's travel advisory,
  press review of several newspapers, former official's memoir excerpt, school textbook chapter with review
  questions, summary of a UN fact-finding mission's findings), about the Niger coup of July 2023 and the ECOWAS
  standoff, Israel's strike on Iran's consulate in Damascus and Iran's response, Azerbaijan's offensive of September
  2023 and the end of the Artsakh authorities, the fall of Goma to M23, the Sudanese army's retaking of Khartoum, and
  one invented conflict, written and annotated in the fifty-eighth session before the tool ran on them, by a writer
  who changed no code (precision 0.875, recall 0.538, one contradiction on the code of that session's start, after
  the writer's slip fixes). Held out in that session; readable from the fifty-ninth on.
* ``blind24/`` -- six more (UN Security Council resolution text with preambular and operative paragraphs,
  diplomatic cable, parliamentary written questions with the minister's answers, review of a documentary film, human
  rights organisation's press release presenting a report, newspaper corrections and clarifications column), about
  the Houthis' attacks on Red Sea shipping and the US-British strikes of January 2024, the MNDAA's capture of Lashio
  and China's brokered ceasefire, the Jaffar Express hijacking by the BLA, the battle of Tinzaouaten, the Barsalogho
  massacre in Burkina Faso, and one invented conflict, written and annotated in the fifty-ninth session before the
  tool ran on them, by a writer who changed no code (precision 0.919, recall 0.456, two contradictions on the code of
  that session's start, after the writer's slip fixes). Held out: not to be read to write rules.
* ``sealed7/`` -- twelve more (wire, analysis, explainer, armed group's statement, live blog,
  Q&A, obituary, round-up, appeal judgment, think-tank brief, editorial, feature; two invented
  conflicts) by an annotator who saw neither the rules nor the other sets, kept sealed as
  ../shared/eval/sealed is (texts, and the gold as salted digests): counts only, never read to
  write rules. Precision 0.705, recall 0.377 and 5 contradictions when written.
* ``sealed8/`` -- ten more (wire, analysis, explainer with bullet lists, ministry press release,
  live blog, Q&A, op-ed, NGO report, sanctions notice, weekly round-up; three invented conflicts),
  written and sealed in the twenty-fifth session the same way. Precision 0.778, recall 0.454 and 4
  contradictions when written, measured on the code of that session's start.
* ``sealed9/`` -- ten more (wire, explainer, ministry statement, live blog, Q&A, editorial, court
  summary, monitoring report, feature; Europe, the Middle East and Asia, two invented conflicts),
  written and sealed in the thirty-sixth session the same way. Precision 0.849, recall 0.498 and no
  contradiction when written, measured on the code of that session's start.
"""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from conflictkg.ontology import ENTITY_TYPES, PLACE_TYPES, PREDICATES, SYMMETRIC

ANNOTATED = Path(__file__).resolve().parent / "data" / "annotated"
WIDER = Path(__file__).resolve().parent / "data" / "wider"
FILES = sorted(ANNOTATED.glob("*.json"))
BLIND = Path(__file__).resolve().parent / "data" / "blind"
ALL_FILES = FILES + sorted(WIDER.glob("*.json"))
BLIND2 = Path(__file__).resolve().parent / "data" / "blind2"
BLIND3 = Path(__file__).resolve().parent / "data" / "blind3"
BLIND4 = Path(__file__).resolve().parent / "data" / "blind4"
BLIND5 = Path(__file__).resolve().parent / "data" / "blind5"
BLIND6 = Path(__file__).resolve().parent / "data" / "blind6"
BLIND7 = Path(__file__).resolve().parent / "data" / "blind7"
BLIND8 = Path(__file__).resolve().parent / "data" / "blind8"
BLIND9 = Path(__file__).resolve().parent / "data" / "blind9"
BLIND10 = Path(__file__).resolve().parent / "data" / "blind10"
BLIND11 = Path(__file__).resolve().parent / "data" / "blind11"
BLIND12 = Path(__file__).resolve().parent / "data" / "blind12"
BLIND13 = Path(__file__).resolve().parent / "data" / "blind13"
BLIND14 = Path(__file__).resolve().parent / "data" / "blind14"
BLIND15 = Path(__file__).resolve().parent / "data" / "blind15"
BLIND16 = Path(__file__).resolve().parent / "data" / "blind16"
BLIND17 = Path(__file__).resolve().parent / "data" / "blind17"
BLIND18 = Path(__file__).resolve().parent / "data" / "blind18"
BLIND19 = Path(__file__).resolve().parent / "data" / "blind19"
BLIND20 = Path(__file__).resolve().parent / "data" / "blind20"
BLIND21 = Path(__file__).resolve().parent / "data" / "blind21"
BLIND22 = Path(__file__).resolve().parent / "data" / "blind22"
BLIND23 = Path(__file__).resolve().parent / "data" / "blind23"
BLIND24 = Path(__file__).resolve().parent / "data" / "blind24"
SEALED7 = Path(__file__).resolve().parent / "data" / "sealed7"
SEALED8 = Path(__file__).resolve().parent / "data" / "sealed8"
SEALED9 = Path(__file__).resolve().parent / "data" / "sealed9"
BLIND_FILES = sorted(BLIND.glob("*.json")) + sorted(BLIND2.glob("*.json")) + sorted(BLIND3.glob("*.json"))
BLIND_FILES += sorted(BLIND4.glob("*.json")) + sorted(BLIND5.glob("*.json"))
BLIND_FILES += sorted(BLIND6.glob("*.json")) + sorted(BLIND7.glob("*.json")) + sorted(BLIND8.glob("*.json"))
BLIND_FILES += sorted(BLIND9.glob("*.json")) + sorted(BLIND10.glob("*.json")) + sorted(BLIND11.glob("*.json"))
BLIND_FILES += sorted(BLIND12.glob("*.json")) + sorted(BLIND13.glob("*.json")) + sorted(BLIND14.glob("*.json"))
BLIND_FILES += sorted(BLIND15.glob("*.json")) + sorted(BLIND16.glob("*.json")) + sorted(BLIND17.glob("*.json"))
BLIND_FILES += sorted(BLIND18.glob("*.json")) + sorted(BLIND19.glob("*.json")) + sorted(BLIND20.glob("*.json"))
BLIND_FILES += sorted(BLIND21.glob("*.json")) + sorted(BLIND22.glob("*.json")) + sorted(BLIND23.glob("*.json"))
BLIND_FILES += sorted(BLIND24.glob("*.json"))

# Thresholds the extractor must meet on these articles (issue 3 asks more on the held-out set).
MIN_PRECISION = 0.95
# A ratchet below what is measured (precision 0.993, recall 0.897 when last raised, in round 43): a drop fails the suite.
MIN_RECALL = 0.89
# The wider set (twenty articles since eight fresh ones joined): a ratchet under what is measured
# (precision 0.90, recall 0.31 when set; 0.992, 0.7155 when raised in round 45; 0.992, 0.721 when last raised, in round 57).
WIDER_MIN_PRECISION = 0.99
WIDER_MIN_RECALL = 0.72
# The blind set (precision 0.786, recall 0.294 when it joined; 0.981, 0.660 when last raised, in round 45).
BLIND_MIN_PRECISION = 0.98
BLIND_MIN_RECALL = 0.66
# The second blind set (precision 0.667, recall 0.242 when it joined; 0.958, 0.652 when last raised, in round 49;
# four located_in its gold had forgotten were added in round 46).
BLIND2_MIN_PRECISION = 0.95
BLIND2_MIN_RECALL = 0.65
# The third blind set (precision 0.661, recall 0.256 when it joined; 0.966, 0.633 when last raised, in round 44).
BLIND3_MIN_PRECISION = 0.96
BLIND3_MIN_RECALL = 0.64
# The fourth blind set (precision 0.831, recall 0.396, 1 contradiction when it joined; 0.944, 0.540, 0 contradictions when raised in round 42; 0.946, 0.561 when last raised, in round 54; its one wire on Somaliland has the president's own accusations as optional since round 41).
BLIND4_MIN_PRECISION = 0.94
BLIND4_MIN_RECALL = 0.56
BLIND4_MAX_CONTRADICTIONS = 0
# The fifth blind set (precision 0.680, recall 0.446, 4 contradictions when it joined; 0.879, 0.632, 0 when raised in round 46; 0.913, 0.643 when last raised, in round 54).
BLIND5_MIN_PRECISION = 0.91
BLIND5_MIN_RECALL = 0.64
BLIND5_MAX_CONTRADICTIONS = 0
# The sixth blind set (precision 0.820, recall 0.391, 0 contradictions when written: 91 true, 20 false positives;
# 0.907, 0.413, 0 after the annotator's adjudication of its gold: 97 true, 10 false positives; 1.0, 0.634, 0 when raised in round 45; 1.0, 0.655 when last raised, in round 54).
BLIND6_MIN_PRECISION = 0.99
BLIND6_MIN_RECALL = 0.65
BLIND6_MAX_CONTRADICTIONS = 0
# The seventh blind set (precision 0.781, recall 0.427, 0 contradictions when written: 114 true, 32 false positives;
# 0.893, 0.468 when raised in round 50; prec36 and prec37b read its false relations: studied since; 0.900, 0.472 when
# last raised, in round 57: the precision floor stays under the exact 0.9).
BLIND7_MIN_PRECISION = 0.89
BLIND7_MIN_RECALL = 0.47
BLIND7_MAX_CONTRADICTIONS = 0
# The eighth blind set (precision 0.885, recall 0.466, 2 contradictions when written, on the code of the forty-third
# session's start, and measured again at that session's end to tell whether its mends, drawn from other text, carry;
# 0.968, 0.517, 0 contradictions when raised in round 53; 0.984, 0.517 when raised in round 54; 0.984, 0.543 when raised in round 55; 0.985, 0.552 when last raised, in round 58).
BLIND8_MIN_PRECISION = 0.98
BLIND8_MIN_RECALL = 0.55
BLIND8_MAX_CONTRADICTIONS = 0
# The ninth blind set (precision 0.849, recall 0.479, 0 contradictions when written, on the code of the forty-fourth
# session's start, and measured again at that session's end; 0.860, 0.521 when raised in round 53; 0.875, 0.521 when last raised, in round 54).
BLIND9_MIN_PRECISION = 0.87
BLIND9_MIN_RECALL = 0.52
BLIND9_MAX_CONTRADICTIONS = 0
# The tenth blind set (precision 0.886, recall 0.525, 1 contradiction when written, on the code of round 45's start;
# 0.971, 0.568, 0 contradictions when raised in round 46, its first round readable; 0.973, 0.610 when raised in round 52;
# 0.987, 0.627 when raised in round 53; 0.987, 0.636 when raised in round 57).
BLIND10_MIN_PRECISION = 0.98
BLIND10_MIN_RECALL = 0.63
BLIND10_MAX_CONTRADICTIONS = 0
# The eleventh blind set (precision 0.892, recall 0.479, 0 contradictions when written, on the code of round 46's
# start, and measured again at that round's end; 0.879, 0.479 once one optional located_in of a regional government
# was dropped, since the vocabulary gives located_in to places only, as in blind9; 0.932, 0.562 when raised in round 51; 0.933, 0.579 when raised in round 54; 0.935, 0.595 when raised in round 55; 0.947, 0.595 when raised in round 58; 0.948, 0.603 when raised in round 59).
BLIND11_MIN_PRECISION = 0.94
BLIND11_MIN_RECALL = 0.60
BLIND11_MAX_CONTRADICTIONS = 0
# (blind12: 0.922, 0.568 when last raised, in round 55; blind13: 0.939, 0.674 when last raised, in round 58)
BLIND12_MIN_PRECISION = 0.92
BLIND12_MIN_RECALL = 0.56
BLIND12_MAX_CONTRADICTIONS = 0
BLIND13_MIN_PRECISION = 0.93
BLIND13_MIN_RECALL = 0.67
BLIND13_MAX_CONTRADICTIONS = 0
# blind14: written in round 49 (0.879, 0.527, 1 contradiction when written); 0.944, 0.609, none when raised in round 53;
# 0.944, 0.618, none when raised in round 56; 0.947, 0.645, none when raised in round 57.
BLIND14_MIN_PRECISION = 0.94
BLIND14_MIN_RECALL = 0.64
BLIND14_MAX_CONTRADICTIONS = 0
# blind15: written in round 50 (0.791, 0.477, 3 contradictions when written); 0.884, 0.550, 1 when raised in round 51,
# its first round readable; 0.897, 0.550, 1 when raised in round 52; 0.901, 0.577, 1 when raised in round 53; 0.904, 0.595, 1 when raised in round 54.
BLIND15_MIN_PRECISION = 0.90
BLIND15_MIN_RECALL = 0.59
BLIND15_MAX_CONTRADICTIONS = 1
# blind16: written in round 51 (0.880, 0.483, no contradiction when written); 0.938, 0.497, none when raised in round 52,
# its first round readable; 0.950, 0.503, none when raised in round 54; 0.951, 0.517, none when raised in round 57;
# 0.963, 0.523, none when raised in round 59.
BLIND16_MIN_PRECISION = 0.96
BLIND16_MIN_RECALL = 0.52
BLIND16_MAX_CONTRADICTIONS = 0
# blind17: written in round 52 (0.774, 0.542, no contradiction when written, and unchanged at that round's end);
# 0.830, 0.650, none when raised in round 53, its first round readable;
# 0.832, 0.658, none when raised in round 54; 0.842, 0.667, none when raised in round 55; 0.844, 0.675, none when
# raised in round 56; 0.845, 0.683, none when raised in round 59.
BLIND17_MIN_PRECISION = 0.84
BLIND17_MIN_RECALL = 0.68
BLIND17_MAX_CONTRADICTIONS = 0
# blind18: written in round 53 (0.846, 0.467, no contradiction when written, and unchanged at that round's end);
# 0.883, 0.503, none when raised in round 54, its first round readable; 0.892, 0.503, none when raised in round 55;
# 0.905, 0.521, none when raised in round 56; 0.907, 0.533, none when raised in round 58.
BLIND18_MIN_PRECISION = 0.90
BLIND18_MIN_RECALL = 0.53
BLIND18_MAX_CONTRADICTIONS = 0
# blind19: written in round 54 (0.895, 0.489, no contradiction when written, and unchanged at that round's end);
# 0.924, 0.525, none when raised in round 55, its first round readable; 0.927, 0.547, none when raised in round 56;
# 0.928, 0.554, none when raised in round 58.
BLIND19_MIN_PRECISION = 0.92
BLIND19_MIN_RECALL = 0.55
BLIND19_MAX_CONTRADICTIONS = 0
# blind20: written in round 55 (0.688, 0.384, two contradictions when written, and unchanged at that round's end);
# 0.727, 0.406, none when raised in round 56, its first round readable; 0.793, 0.471, none when raised in round 57;
# 0.798, 0.486, none when raised in round 58.
BLIND20_MIN_PRECISION = 0.79
BLIND20_MIN_RECALL = 0.48
BLIND20_MAX_CONTRADICTIONS = 0
# blind21: written in round 56 (0.825, 0.403, one contradiction when written, and unchanged at that round's end);
# 0.906, 0.450, one when raised in round 57, its first round readable; 0.921, 0.450, one when raised in round 58.
BLIND21_MIN_PRECISION = 0.92
BLIND21_MIN_RECALL = 0.44
BLIND21_MAX_CONTRADICTIONS = 1
# blind22: written in round 57 (0.857, 0.364, one contradiction when written, and unchanged at that round's end);
# 0.918, 0.424, one when raised in round 58, its first round readable.
BLIND22_MIN_PRECISION = 0.91
BLIND22_MIN_RECALL = 0.42
BLIND22_MAX_CONTRADICTIONS = 1
# blind23: written in round 58 (0.875, 0.538, one contradiction when written, and unchanged at that round's end);
# 0.911, 0.554, one when raised in round 59, its first round readable.
BLIND23_MIN_PRECISION = 0.91
BLIND23_MIN_RECALL = 0.55
BLIND23_MAX_CONTRADICTIONS = 1
# Held out, written in round 59 (0.919, 0.456, two contradictions when written): a floor under the measured figures.
BLIND24_MIN_PRECISION = 0.91
BLIND24_MIN_RECALL = 0.45
BLIND24_MAX_CONTRADICTIONS = 2
# The sealed held-out set (counts only; 0.703, 0.374, 5 contradictions when it joined; 0.844, 0.523, 4 when last raised,
# in round 56).
SEALED7_MIN_PRECISION = 0.84
SEALED7_MIN_RECALL = 0.52
SEALED7_MAX_CONTRADICTIONS = 4
# The second sealed set (counts only; 0.778, 0.454, 4 contradictions when it joined, on the code of the session
# that wrote it, before that session's changes; 0.821, 0.515, 3 when raised in round 53; 0.823, 0.522, 3 when last raised, in round 58).
SEALED8_MIN_PRECISION = 0.82
SEALED8_MIN_RECALL = 0.52
SEALED8_MAX_CONTRADICTIONS = 3
# The third sealed set (counts only; 0.849, 0.498, no contradiction when it joined, on the code of the session
# that wrote it, before that session's changes; 0.855, 0.521 when last raised, in round 53).
SEALED9_MIN_PRECISION = 0.85
SEALED9_MIN_RECALL = 0.52
SEALED9_MAX_CONTRADICTIONS = 0


def ws(text: str) -> str:
    return " ".join(text.split())


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_enough_articles():
    assert len(FILES) >= 12


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.stem)
def test_article_structure(path):
    art = load(path)
    assert set(art) == {"id", "title", "published", "text", "entities", "relations"}
    assert art["id"] == path.stem
    dt.date.fromisoformat(art["published"])
    assert art["text"].split("\n", 1)[0] == art["title"], "the text starts with the headline line"
    dateline = art["text"].split("\n\n")[1]
    assert re.match(r"^[A-Z][A-Z .,'-]+(, [A-Za-z]+)?, [A-Z][a-z]+\.? \d{1,2} \u2014 ", dateline), dateline[:60]
    assert 250 <= len(art["text"].split()) <= 400


@pytest.mark.parametrize("path", BLIND_FILES, ids=lambda p: p.stem)
def test_blind_article_structure(path):
    art = load(path)
    assert set(art) == {"id", "title", "published", "text", "entities", "relations"}
    assert art["id"] == path.stem
    dt.date.fromisoformat(art["published"])
    assert 300 <= len(art["text"].split()) <= 800


@pytest.mark.parametrize("path", ALL_FILES + BLIND_FILES, ids=lambda p: p.stem)
def test_entities(path):
    art = load(path)
    text = art["text"].lower()
    names = [e["name"] for e in art["entities"]]
    assert len(names) == len(set(names)), "entity names are unique"
    for ent in art["entities"]:
        assert set(ent) == {"name", "type", "aliases"}
        assert ent["type"] in ENTITY_TYPES, ent
        assert isinstance(ent["aliases"], list) and all(isinstance(a, str) and a for a in ent["aliases"])
        assert any(n.lower() in text for n in [ent["name"], *ent["aliases"]]), f"{ent['name']} is not in the text"


@pytest.mark.parametrize("path", ALL_FILES + BLIND_FILES, ids=lambda p: p.stem)
def test_relations(path):
    art = load(path)
    types = {e["name"]: e["type"] for e in art["entities"]}
    known = set(types) | {a for e in art["entities"] for a in e["aliases"]}
    text = ws(art["text"])
    seen = set()
    for rel in art["relations"]:
        label = f"{rel['subject']} {rel['predicate']} {rel['object']}"
        assert {"subject", "predicate", "object", "negated", "optional", "evidence"} <= set(rel), label
        assert set(rel) <= {"subject", "predicate", "object", "negated", "optional", "evidence",
                            "date", "former", "designation"}, label
        assert rel["predicate"] in PREDICATES, label
        assert rel["subject"] in known and rel["object"] in known, label
        assert rel["subject"] != rel["object"], label
        assert isinstance(rel["negated"], bool) and isinstance(rel["optional"], bool), label
        assert ws(rel["evidence"]) in text, f"{label}: evidence not in text: {rel['evidence']!r}"
        if "date" in rel:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", rel["date"]), label
            assert rel["date"] <= art["published"], f"{label}: date after publication"
        if "former" in rel:
            assert isinstance(rel["former"], bool), label
        if "designation" in rel:
            assert rel["predicate"] == "designates", label
        # Domains the vocabulary states.
        if rel["predicate"] == "leads":
            assert types.get(rel["subject"]) == "PERSON", label
        if rel["predicate"] == "located_in":
            assert types.get(rel["subject"]) in PLACE_TYPES, label
            assert types.get(rel["object"]) in PLACE_TYPES | {"STATE"}, label
        if rel["predicate"] in ("captures", "withdraws_from") and not rel["optional"]:
            assert types.get(rel["object"]) in PLACE_TYPES | {"STATE"}, label
        ends = (rel["subject"], rel["object"])
        if rel["predicate"] in SYMMETRIC:
            ends = tuple(sorted(ends))
        key = (ends, rel["predicate"], rel["negated"])
        assert key not in seen, f"{label}: annotated twice"
        seen.add(key)


def test_the_set_covers_negation_and_optional_relations():
    rels = [r for p in FILES for r in load(p)["relations"]]
    assert sum(r["negated"] and not r["optional"] for r in rels) >= 6
    assert sum(r["optional"] for r in rels) >= 40
    assert {r["predicate"] for r in rels if not r["optional"]} == set(PREDICATES)


def _score(folder: Path):
    import conflictkg
    from conflictkg.evaluate import evaluate
    from conflictkg.exports.tables import relation_record

    def extractor(text, published):
        return [relation_record(r) for r in conflictkg.extract(text, published=published)]

    summary = evaluate(folder, extractor=extractor)
    return summary, json.dumps(summary.to_dict(), indent=1, ensure_ascii=False)


def test_extractor_meets_thresholds_on_annotated_articles():
    summary, report = _score(ANNOTATED)
    assert summary.contradictions == 0, report
    assert summary.precision >= MIN_PRECISION, report
    assert summary.recall >= MIN_RECALL, report


def test_extractor_holds_its_floor_on_the_wider_set():
    summary, report = _score(WIDER)
    assert summary.contradictions == 0, report
    assert summary.precision >= WIDER_MIN_PRECISION, report
    assert summary.recall >= WIDER_MIN_RECALL, report


# Each blind or sealed set: its folder, its article count (None: not checked), its floors, and whether its gold is
# sealed (counts only: every article must then be scored as sealed).
HELD_OUT_FLOORS = {
    "blind": (BLIND, None, 0, BLIND_MIN_PRECISION, BLIND_MIN_RECALL, False),
    "blind2": (BLIND2, None, 0, BLIND2_MIN_PRECISION, BLIND2_MIN_RECALL, False),
    "blind3": (BLIND3, None, 0, BLIND3_MIN_PRECISION, BLIND3_MIN_RECALL, False),
    "blind4": (BLIND4, 10, BLIND4_MAX_CONTRADICTIONS, BLIND4_MIN_PRECISION, BLIND4_MIN_RECALL, False),
    "blind5": (BLIND5, 10, BLIND5_MAX_CONTRADICTIONS, BLIND5_MIN_PRECISION, BLIND5_MIN_RECALL, False),
    "blind6": (BLIND6, 10, BLIND6_MAX_CONTRADICTIONS, BLIND6_MIN_PRECISION, BLIND6_MIN_RECALL, False),
    "blind7": (BLIND7, 10, BLIND7_MAX_CONTRADICTIONS, BLIND7_MIN_PRECISION, BLIND7_MIN_RECALL, False),
    "blind8": (BLIND8, 6, BLIND8_MAX_CONTRADICTIONS, BLIND8_MIN_PRECISION, BLIND8_MIN_RECALL, False),
    "blind9": (BLIND9, 6, BLIND9_MAX_CONTRADICTIONS, BLIND9_MIN_PRECISION, BLIND9_MIN_RECALL, False),
    "blind10": (BLIND10, 6, BLIND10_MAX_CONTRADICTIONS, BLIND10_MIN_PRECISION, BLIND10_MIN_RECALL, False),
    "blind11": (BLIND11, 6, BLIND11_MAX_CONTRADICTIONS, BLIND11_MIN_PRECISION, BLIND11_MIN_RECALL, False),
    "blind12": (BLIND12, 6, BLIND12_MAX_CONTRADICTIONS, BLIND12_MIN_PRECISION, BLIND12_MIN_RECALL, False),
    "blind13": (BLIND13, 6, BLIND13_MAX_CONTRADICTIONS, BLIND13_MIN_PRECISION, BLIND13_MIN_RECALL, False),
    "blind14": (BLIND14, 6, BLIND14_MAX_CONTRADICTIONS, BLIND14_MIN_PRECISION, BLIND14_MIN_RECALL, False),
    "blind15": (BLIND15, 6, BLIND15_MAX_CONTRADICTIONS, BLIND15_MIN_PRECISION, BLIND15_MIN_RECALL, False),
    "blind16": (BLIND16, 6, BLIND16_MAX_CONTRADICTIONS, BLIND16_MIN_PRECISION, BLIND16_MIN_RECALL, False),
    "blind17": (BLIND17, 6, BLIND17_MAX_CONTRADICTIONS, BLIND17_MIN_PRECISION, BLIND17_MIN_RECALL, False),
    "blind18": (BLIND18, 6, BLIND18_MAX_CONTRADICTIONS, BLIND18_MIN_PRECISION, BLIND18_MIN_RECALL, False),
    "blind19": (BLIND19, 6, BLIND19_MAX_CONTRADICTIONS, BLIND19_MIN_PRECISION, BLIND19_MIN_RECALL, False),
    "blind20": (BLIND20, 6, BLIND20_MAX_CONTRADICTIONS, BLIND20_MIN_PRECISION, BLIND20_MIN_RECALL, False),
    "blind21": (BLIND21, 6, BLIND21_MAX_CONTRADICTIONS, BLIND21_MIN_PRECISION, BLIND21_MIN_RECALL, False),
    "blind22": (BLIND22, 6, BLIND22_MAX_CONTRADICTIONS, BLIND22_MIN_PRECISION, BLIND22_MIN_RECALL, False),
    "blind23": (BLIND23, 6, BLIND23_MAX_CONTRADICTIONS, BLIND23_MIN_PRECISION, BLIND23_MIN_RECALL, False),
    "blind24": (BLIND24, 6, BLIND24_MAX_CONTRADICTIONS, BLIND24_MIN_PRECISION, BLIND24_MIN_RECALL, False),
    "sealed7": (SEALED7, 12, SEALED7_MAX_CONTRADICTIONS, SEALED7_MIN_PRECISION, SEALED7_MIN_RECALL, True),
    "sealed8": (SEALED8, 10, SEALED8_MAX_CONTRADICTIONS, SEALED8_MIN_PRECISION, SEALED8_MIN_RECALL, True),
    "sealed9": (SEALED9, 10, SEALED9_MAX_CONTRADICTIONS, SEALED9_MIN_PRECISION, SEALED9_MIN_RECALL, True),
}


@pytest.mark.parametrize("name", list(HELD_OUT_FLOORS))
def test_extractor_holds_its_floor_on_each_held_out_set(name):
    folder, articles, max_contradictions, min_precision, min_recall, sealed = HELD_OUT_FLOORS[name]
    summary, report = _score(folder)
    if articles is not None:
        assert len(summary.articles) == articles, report
    if sealed:
        assert all(a.sealed for a in summary.articles), report
    assert summary.contradictions <= max_contradictions, report
    assert summary.precision >= min_precision, report
    assert summary.recall >= min_recall, report
