"""Killings told by their verb, tolls in words, territory verbs that take no territory,
datelines and headlines, with the real gazetteer and pipeline (sentences unlike the audits').
"""
import pytest

from reading.corpus import read_text
from reading.events import dateline_end, fatalities_in
from reading.pipeline import default_pipeline


def read(nlp, text, published="2023-10-18"):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published))


def kinds(doc):
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in doc.events]


# --- a killing verb alone is an event --------------------------------------------------


@pytest.mark.parametrize("text, etype, sub, toll", [
    ("Gunmen opened fire on a minibus near Maiduguri on Sunday, killing seven people.",
     "Violence against civilians", "Attack", 7),
    ("Unknown assailants shot dead a village headman in Kaduna on Monday.", "Violence against civilians", "Attack", 1),
    ("Police killed four Uyghur men in Kashgar on Monday.", "Violence against civilians", "Attack", 4),
    ("ADF fighters beheaded three farmers near Beni on Friday.", "Violence against civilians", "Attack", 3),
    ("Troops killed 15 al-Shabaab fighters near Kismayo on Tuesday, the army said.", "Battles", "Armed clash", 15),
    ("Two policemen died in a shootout with robbers in Kano on Monday.", "Battles", "Armed clash", 2),
])
def test_killing_verb_is_an_event(nlp, text, etype, sub, toll):
    assert kinds(read(nlp, text)) == [(etype, sub, toll)]


@pytest.mark.parametrize("text", [
    "The war has killed more than 40,000 people in Tigray since 2020.",  # a war's tally
    "The soldiers opened fire on them near Gao on Monday.",  # whom: unknown
])
def test_killing_verb_without_an_attack_of_its_own(nlp, text):
    assert read(nlp, text).events == []


def test_passive_killing_is_the_toll_of_the_attack(nlp):
    doc = read(nlp, "A car bomb exploded in Mogadishu on Monday. Six people were killed.")
    assert kinds(doc) == [("Explosions/Remote violence", "Remote explosive/landmine/IED", 6)]


def test_own_agent_toll_is_not_borrowed_by_the_attack_before(nlp):
    doc = read(nlp, "Jihadists attacked a gendarmerie post in Diapaga on Monday.\n\n"
                    "Soldiers killed 19 militants near Fada N'Gourma on Tuesday.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Battles", None), ("Battles", 19)]


@pytest.mark.parametrize("text, n", [
    ("Militants killed thirty-four villagers.", 34),
    ("The militia executed 11 men.", 11),
    ("Twenty-one soldiers died.", 21),
    ("The gunmen shot dead a teacher.", 1),
    ("The blast left ninety-two people dead.", 92),
])
def test_tolls_in_words_and_verbs(text, n):
    assert fatalities_in(text) == n


# --- territory verbs ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The talks took place in Nairobi on Monday.",
    "The vote took place in Goma on Sunday.",
    "Al-Shabaab militants stormed a hotel in Kismayo on Friday, killing nine people.",
])
def test_took_place_or_a_building_is_no_territory(nlp, text):
    assert not any("territory" in e.sub_event_type for e in read(nlp, text).events)


@pytest.mark.parametrize("text", [
    "M23 rebels took control of the town of Rutshuru on Monday.",
    "The Taliban captured the provincial capital of Kunduz on Sunday.",
    "Houthi fighters seized most of Marib on Sunday.",
])
def test_territory_taken_still_read(nlp, text):
    assert [e.sub_event_type for e in read(nlp, text).events if e.event_type == "Battles"] == [
        "Non-state actor overtakes territory"]


def test_ceasefire_taking_effect_is_an_agreement(nlp):
    doc = read(nlp, "A truce between Armenia and Azerbaijan took effect in Stepanakert on Tuesday.")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Strategic developments", "Agreement")]


# --- datelines, headlines ----------------------------------------------------------------


def test_dateline_end():
    text = "KANO, Nigeria, Oct 18 - Gunmen killed five people on Monday."
    assert text[dateline_end(text, 0):].startswith("Gunmen")
    assert dateline_end("KABUL (Reuters) - Blasts hit Kabul.", 0) == len("KABUL (Reuters) - ")
    assert dateline_end("Gunmen killed five people - police said.", 0) == 0


def test_weekday_beats_the_dateline_date(nlp):
    doc = read(nlp, "MAIDUGURI, Nigeria, Oct 18 - Insurgents ambushed a convoy near Bama on Monday, killing nine soldiers.")
    assert [str(e.date.start) for e in doc.events] == ["2023-10-16"]


def test_place_of_the_sentence_beats_the_dateline(nlp):
    doc = read(nlp, "ABUJA (AP) - Gunmen opened fire on worshippers at a church in Owo on Sunday, killing 40 people.")
    assert [e.location.name for e in doc.events] == ["Owo"]


def test_headline_naming_the_country_is_the_body_event(nlp):
    doc = read(nlp, "Gunmen kill five in attack on bus in Nigeria\n\n"
                    "Gunmen opened fire on a bus near Zaria on Tuesday, killing five passengers, police said.")
    assert [(e.location.name, e.fatalities) for e in doc.events] == [("near Zaria", 5)]


def test_possessive_country_qualifies_its_region(nlp):
    doc = read(nlp, "Drones struck a fuel depot in Russia's Belgorod region on Tuesday.")
    assert [e.location.name for e in doc.events] != ["Russia"]


def test_origin_is_not_where_it_happened(nlp):
    doc = read(nlp, "Gunmen ambushed a convoy near Bria on Monday, killing a peacekeeper from Morocco.")
    assert [e.location.country for e in doc.events] == ["CF"]


# --- who acted ---------------------------------------------------------------------------


def test_longer_country_name_is_not_the_profiles_army():
    nlp = default_pipeline(profile="sudan")
    doc = nlp(read_text("The South Sudanese army clashed with White Army fighters in Ulang on Monday.",
                        doc_id="t", published="2025-03-06"))
    assert [e.actor1 for e in doc.events] == ["South Sudanese forces"]


def test_name_before_a_common_noun_is_the_actor():
    nlp = default_pipeline(profile="sudan")
    doc = nlp(read_text("Army troops recaptured Sinja on Tuesday.", doc_id="t", published="2024-11-20"))
    assert [(e.sub_event_type, e.actor1) for e in doc.events] == [("Government regains territory", "SAF")]


def test_unnamed_troops_retaking_a_town_are_the_government(nlp):
    doc = read(nlp, "Troops recaptured the town of Uvira on Monday.")
    assert [e.sub_event_type for e in doc.events] == ["Government regains territory"]


def test_those_who_died_did_not_act(nlp):
    doc = read(nlp, "Eight soldiers died when their truck hit a landmine near Ménaka on Monday.")
    assert [(e.actor1, e.fatalities) for e in doc.events] == [("", 8)]


# --- claimed and denied ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Al-Shabaab claimed on Sunday to have captured the town of Jowhar, but the army denied it.",
    "Russia's defence ministry said its forces had taken Toretsk. Kyiv denied the claim.",
    "JNIM said its fighters had overrun Djibo, a claim the junta rejected.",
])
def test_denied_capture_is_fighting_not_a_change_of_hands(nlp, text):
    doc = read(nlp, text)
    assert not any("territory" in e.sub_event_type for e in doc.events)
    assert not any(c.relation == "took" for c in doc.claims)
    assert any(p.code == "W410" for p in doc.problems)


def test_capture_not_denied_stays(nlp):
    doc = read(nlp, "Russia's defence ministry said its forces had taken Toretsk. Kyiv did not comment.")
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"]


def test_year_of_a_coup_in_a_relative_clause_is_background(nlp):
    doc = read(nlp, "Mali's junta, which seized power in a 2021 coup, has expelled French troops.")
    assert all(e.background for e in doc.events)


def test_date_of_a_subordinate_clause_is_not_the_main_clause_date(nlp):
    doc = read(nlp, "After the rebels seized Bunia in March, the army launched an offensive on Mahagi.", "2024-06-12")
    dates = {e.sub_event_type: (str(e.date.start), e.date.precision) for e in doc.events}
    assert dates["Armed clash"] == ("2024-06-12", "day")


# --- third batch: references, movements, tallies, riots, sums -----------------------------


def test_the_town_of_an_unknown_name_is_not_another_town(nlp):
    doc = read(nlp, "Hundreds of people protested in Bukavu on Tuesday.\n\n"
                    "The M23 seized the town of Kabwetekeza, a key supply hub, last week.")
    assert not any(c.location.name == "Bukavu" and c.relation == "took" for c in doc.claims)
    assert not any("territory" in e.sub_event_type and getattr(e.location, "name", "") == "Bukavu" for e in doc.events)


def test_marching_into_a_city_is_taking_it(nlp):
    doc = read(nlp, "Taliban fighters marched into Kandahar on Thursday.")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Battles", "Non-state actor overtakes territory")]


def test_meeting_resistance_is_no_meeting(nlp):
    doc = read(nlp, "Houthi fighters seized Marib on Sunday, meeting little resistance from government forces.")
    assert [e.event_type for e in doc.events] == ["Battles"]


def test_running_total_is_no_attack(nlp):
    doc = read(nlp, "Lebanon's health ministry said Israeli strikes had killed 3,100 people since October last year.")
    assert not any(e.event_type == "Violence against civilians" for e in doc.events)


def test_protests_that_killed_are_riots_with_the_toll(nlp):
    doc = read(nlp, "LUANDA, July 30 - Violent protests over fuel prices have killed 22 people in two days, police said.",
               "2025-07-30")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Riots", 22)]


def test_attack_on_a_town_killing_people_is_violence_against_civilians(nlp):
    doc = read(nlp, "Gunmen killed at least 40 people in an attack on the town of Mokwa on Sunday.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Violence against civilians", 40)]


@pytest.mark.parametrize("text, n", [
    ("Six soldiers and at least 14 militants were killed.", 20),
    ("At least 9 people, including two aid workers, were killed.", 9),
    ("The ministry said 1,204 people had been killed.", 1204),
    ("Three policemen and two civilians were killed.", 5),
])
def test_tolls_summed_and_separated(text, n):
    assert fatalities_in(text) == n


def test_next_sentence_toll_goes_to_one_event(nlp):
    doc = read(nlp, "Militants attacked an army post in Bourem on Monday, detonating a car bomb.\n\n"
                    "Four soldiers and 11 attackers were killed.")
    assert sorted(e.fatalities or 0 for e in doc.events) in ([0, 15], [15])


def test_headline_with_the_bodys_actor_is_the_body_event(nlp):
    doc = read(nlp, "Israel strikes Gaza as Hamas fires rockets\n\n"
                    "Hamas said it had fired a barrage of rockets at Ashkelon.")
    assert [e.location.name for e in doc.events if e.actor1 == "Hamas"] == ["Ashkelon"]


# --- weapons, targets, objects -----------------------------------------------------------


def test_attack_with_a_weapon_is_one_event_of_that_weapon(nlp):
    doc = read(nlp, "Houthi fighters attacked a tanker near Hodeidah with three drones on Tuesday.")
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"]


def test_fighting_with_air_strikes_stays_two_events(nlp):
    doc = read(nlp, "Fighting raged in Nyala on Sunday, with air strikes hitting bases in Zalingei.")
    assert sorted(e.event_type for e in doc.events) == ["Battles", "Explosions/Remote violence"]


def test_missile_launchers_are_a_target_not_a_weapon(nlp):
    doc = read(nlp, "Coalition jets struck two rocket launchers near Saada on Sunday.")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_object_of_a_verb_does_not_act(nlp):
    # (the arrests on a day of their own: made in the fight itself, they are the fight's, see test_audit12_events)
    doc = read(nlp, "Indian troops killed two militants in Sopore on Thursday and arrested four suspects in Sopore on Friday.")
    assert {e.sub_event_type: e.actor1 for e in doc.events}["Arrests"] == "Indian forces"


def test_repelling_side_is_actor2(nlp):
    # evd: the assault is the attackers' (actor1); who repelled it is the other side (actor2)
    doc = read(nlp, "The Malian army repelled a JNIM assault on Nioro on Tuesday.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("JNIM", "Malian forces")]


# --- fourth batch: round-ups, officials, denials, targets, crowds ---------------------------


def test_a_date_before_the_verb_is_not_the_actor(nlp):
    doc = read(nlp, "Ansaru gunmen on 9 March ambushed a patrol near Birnin Gwari, killing six soldiers.", "2024-03-20")
    assert [e.actor1 for e in doc.events] == ["Ansaru"]


def test_round_up_paragraph_names_the_country(nlp):
    doc = read(nlp, "Sahel round-up: Burkina Faso\n\nBurkina Faso: Soldiers repelled an attack on Djibo.\n\n"
                    "Niger: The junta tightened its grip. Army drones struck a Lakurawa camp on 3 March, killing 14 fighters.",
               "2024-03-10")
    assert [e.location.country for e in doc.events if e.event_type == "Explosions/Remote violence"] == ["NE"]


def test_the_one_who_denies_did_not_act(nlp):
    doc = read(nlp, "M23 denied carrying out a drone strike on Goma airport on Friday.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("", "")]


def test_target_of_strikes_is_actor2(nlp):
    doc = read(nlp, "Warplanes carried out strikes on Hezbollah positions near Tyre on Monday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [("Air/drone strike", "", "Hezbollah")]


def test_officials_act_and_objects_of_prepositions_do_not(nlp):
    doc = read(nlp, "President Bola Tinubu ended talks with Ansaru and declared a state of emergency in Kaduna.")
    assert {e.actor1 for e in doc.events} == {"President Bola Tinubu"}


def test_police_clashing_with_supporters_is_a_riot(nlp):
    doc = read(nlp, "Police clashed with opposition supporters in Maputo on Thursday.")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Riots", "Violent demonstration")]


def test_planned_meeting(nlp):
    doc = read(nlp, "Sudanese and RSF delegations will meet in Jeddah next week, mediators said.")
    assert [(e.sub_event_type, e.planned) for e in doc.events] == [("Other", True)]


def test_relative_clause_date_before_the_trigger_is_background(nlp):
    doc = read(nlp, "Benin reopened its border with Niger, which had been shut since the July 2023 coup.", "2024-11-01")
    assert [e.background for e in doc.events] == [True]


def test_no_one_killed_is_no_toll():
    assert fatalities_in("The army said no one was killed.") == 0


# --- raids and posts ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Gunmen stormed Tillaberi on Sunday, killing 18 people.",
    "Ansar al-Sunna fighters entered Macomia on Friday and killed five fishermen and two women.",
])
def test_raid_killing_civilians_is_an_attack_not_a_conquest(nlp, text):
    doc = read(nlp, text)
    assert [e.event_type for e in doc.events] == ["Violence against civilians"]
    assert not any(c.relation == "took" for c in doc.claims)


def test_overrunning_a_post_is_a_fight_for_it(nlp):
    doc = read(nlp, "JNIM fighters overran an army post in Solenzo on Monday, killing nine soldiers.")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Armed clash", 9)]


def test_taking_a_town_is_still_a_conquest(nlp):
    doc = read(nlp, "Fano fighters stormed Debre Markos on Tuesday.")
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"]


# --- fifth batch ---------------------------------------------------------------------------


def test_restated_place_is_the_town(nlp):
    doc = read(nlp, "Al-Shabaab said it had seized the army's last stronghold in Hiraan, the town of Beledweyne.")
    assert [e.location.name for e in doc.events if e.event_type == "Battles"] != ["Hiiraan"]


def test_where_people_fled_to_is_not_where_it_happened(nlp):
    doc = read(nlp, "Residents who fled to Adre said militiamen had killed dozens of civilians on Monday.")
    assert [e.location.name for e in doc.events] != ["Adré"]


def test_police_killing_protesters_is_excessive_force_once(nlp):
    doc = read(nlp, "Police shot dead at least nine protesters in Maputo on Tuesday as demonstrators marched on parliament.")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in doc.events] == [
        ("Protests", "Excessive force against protesters", 9)]


def test_hours_later_keeps_the_day(nlp):
    doc = read(nlp, "Drones struck Kherson on Saturday, killing two people.\n\n"
                    "Hours later, missiles hit a market in Nikopol, killing one person.", "2024-06-04")
    assert {str(e.date.start) for e in doc.events} == {"2024-06-01"}


def test_a_number_is_not_an_actor(nlp):
    doc = read(nlp, "Russia launched more than 200 drones and missiles at Kyiv overnight.")
    assert all("200" not in e.actor1 for e in doc.events)


def test_troops_pulled_out_of_a_town(nlp):
    doc = read(nlp, "The army pulled its troops out of Kidal on Friday, residents said.")
    assert [e.sub_event_type for e in doc.events] == ["Non-violent transfer of territory"]


def test_placeless_headline_is_the_body_event(nlp):
    doc = read(nlp, "Army retreats from key border town\n\nThe army pulled its troops out of Tessalit, near Algeria.")
    assert [e.location.name for e in doc.events] == ["Tessalit"]


def test_still_held_is_a_hold(nlp):
    doc = read(nlp, "Ukrainian troops still held the town of Vovchansk on Monday.")
    assert [(c.faction, c.relation) for c in doc.claims] == [("Ukrainian forces", "holds")]


# --- protests with deaths, passive arrests --------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("Soldiers fired live rounds at protesters in Niamey on Thursday, killing four.", 4),
    ("Two protesters were killed when police opened fire on a march in Kisumu on Friday.", 2),
])
def test_deaths_at_a_protest_are_excessive_force(nlp, text, n):
    doc = read(nlp, text)
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Excessive force against protesters", n)]


def test_passive_arrest_has_no_arresting_actor_from_the_clause(nlp):
    doc = read(nlp, "Rioters burned tyres in Lome on Monday after an opposition leader was arrested.")
    assert [e.actor1 for e in doc.events if e.sub_event_type == "Arrests"] == [""]


# --- non-violent strategic developments -----------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("Bandits freed 17 schoolchildren in Kuriga on Sunday.", "Other"),
    ("Some 150 soldiers surrendered to the rebels in Laukkai on Friday.", "Other"),
    ("Dozens of CODECO fighters defected to the army in Djugu on Monday.", "Other"),
    ("Authorities imposed a 24-hour curfew in Jos on Tuesday.", "Change to group/activity"),
    ("The junta lifted the state of emergency in Mandalay on Monday.", "Change to group/activity"),
])
def test_non_violent_developments(nlp, text, sub):
    doc = read(nlp, text)
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Strategic developments", sub)]


def test_a_defection_from_a_country_is_no_event(nlp):
    doc = read(nlp, "He defected from Chad in 1990 and later joined the rebels.")
    assert doc.events == []


# --- control phrasings ----------------------------------------------------------------------


@pytest.mark.parametrize("text, claims", [
    ("Bunia has been under CODECO control since March.", {("CODECO", "holds")}),
    ("Kismayo is under the control of al-Shabaab.", {("al-Shabaab", "holds")}),
    ("M23 lost control of Uvira on Tuesday.", {("M23", "withdrew")}),
    # (a lower-case "the army" in an article about one country is that country's forces)
    ("The army drove M23 out of Rutshuru on Monday.", {("Congolese forces", "took"), ("M23", "withdrew")}),
    ("JNIM was pushed out of Djibo by the army on Monday.", {("JNIM", "withdrew"), ("Burkinabe forces", "took")}),
])
def test_more_ways_to_say_who_holds_what(nlp, text, claims):
    assert {(c.faction, c.relation) for c in read(nlp, text).claims} == claims


def test_driving_out_is_a_capture_with_the_loser_as_actor2(nlp):
    doc = read(nlp, "M23 forced the army out of Goma on Monday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Non-state actor overtakes territory", "M23", "Congolese forces")]


def test_driving_residents_out_is_no_capture(nlp):
    assert read(nlp, "The militia forced residents out of their homes in Djugu.").events == []


def test_place_in_a_relative_clause_is_not_where_it_happened(nlp):
    doc = read(nlp, "The M23, which held Goma, Bukavu and Uvira for a year, withdrew from the airport on Sunday.", "2025-03-25")
    assert [e.location.name in ("Goma", "Bukavu", "Uvira") for e in doc.events] == [False]


def test_since_it_captured_is_a_recalled_fact_with_no_actor_taken_from_the_clause(nlp):
    doc = read(nlp, "Kyiv's army withdrew from Vuhledar on Tuesday, the biggest gain for Moscow since it captured "
                    "Avdiivka in February.", "2024-10-02")
    recalled = [e for e in doc.events if str(e.date.start).startswith("2024-02")]
    assert [(e.actor1, e.background) for e in recalled] == [("", True)]


def test_running_total_since_months_ago_is_no_events_toll(nlp):
    doc = read(nlp, "Clashes between rival factions in Culiacan have killed more than 400 people since September.",
               "2024-12-20")
    assert [e.fatalities for e in doc.events] == [None]
    doc = read(nlp, "Clashes in Nasir have killed at least 25 people since Tuesday.", "2025-03-06")
    assert [e.fatalities for e in doc.events] == [25]
