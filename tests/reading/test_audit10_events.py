"""Audit 10 (the events gold, ``bench/data/events_gold.jsonl``): storms told with attack verbs, assaults on
detachments, military bulletins' "engaged" and shots "fired on" a force's vehicle, ... .
Sentences unlike the gold's (other conflicts, places and names)."""
from reading.corpus import read_text


def read(nlp, text, published="2025-09-20"):
    return nlp(read_text(text, doc_id="t", published=published))


# (a) a storm as the subject of an attack verb, and its toll told by a participle
def test_a_typhoon_that_pounded_a_coast_is_no_attack(nlp):
    doc = read(nlp, "Typhoon Mawar pounded the northern coast of Luzon on Friday, tearing roofs off homes in "
                    "Aparri and killing two fishermen, officials said.")
    assert not doc.events, doc.events


def test_a_storm_that_bombarded_an_island_is_no_shelling(nlp):
    doc = read(nlp, "The storm bombarded Guam with rain and winds for 12 hours on Wednesday.")
    assert not doc.events, doc.events


def test_a_cyclone_that_struck_a_port_killing_people_is_no_attack(nlp):
    doc = read(nlp, "A cyclone struck Beira on Friday, flattening houses and killing nine people.")
    assert not doc.events, doc.events


def test_forces_that_bombarded_a_city_still_shelled_it(nlp):
    doc = read(nlp, "Russian forces bombarded Kherson on Friday, killing two people.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Explosions/Remote violence", 2)], doc.events


def test_gunmen_killing_people_after_a_storm_word_elsewhere_is_an_attack(nlp):
    doc = read(nlp, "Gunmen stormed a market in Beira on Friday, killing nine people.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Violence against civilians", 9)], doc.events


# (b) an assault on a military detachment or installation is a fight there, not the town taken
def test_stormed_an_army_detachment_is_a_fight(nlp):
    doc = read(nlp, "Fighters stormed an army detachment in Kaya on Sunday.", published="2025-09-16")
    assert [(e.event_type, e.sub_event_type, e.location.name) for e in doc.events] == [
        ("Battles", "Armed clash", "Kaya")], doc.events
    assert not doc.claims, doc.claims


def test_overran_a_military_installation_with_a_toll(nlp):
    doc = read(nlp, "Six soldiers were killed when insurgents overran a military installation in Mopti on Friday.")
    got = [(e.event_type, e.sub_event_type, e.fatalities) for e in doc.events]
    assert got == [("Battles", "Armed clash", 6)], doc.events
    assert not doc.claims, doc.claims


# (c) "troops engaged the bandits": a fight; not "engaged militants in dialogue"
def test_troops_engaged_bandits_is_a_battle(nlp):
    doc = read(nlp, "Soldiers engaged the bandits in a gun duel near Gusau, Zamfara State, on Sunday, killing four.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Battles", 4)], doc.events


def test_engaged_terrorists_with_a_name_between(nlp):
    doc = read(nlp, "Troops engaged ISWAP terrorists at Gwoza in Borno State on Tuesday.")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_engaging_militants_in_talks_is_no_fight(nlp):
    doc = read(nlp, "The minister engaged militants in dialogue in Quetta last year.")
    assert not doc.events, doc.events


# (d) shots fired on a force's vehicle: a fight with that force; not on a truck of traders
def test_gunmen_fired_on_a_police_vehicle(nlp):
    doc = read(nlp, "Gunmen fired on a police vehicle in Tank district on Monday.")
    # (the district, from the table of second-level units, as geoparse reads it: not the town's pin)
    assert [(e.event_type, e.location.name) for e in doc.events] == [("Battles", "Tank district")], doc.events


def test_shots_on_a_named_forces_truck(nlp):
    doc = read(nlp, "Militants fired on a Frontier Corps truck near Turbat on Monday, wounding three.")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_shots_on_a_brand_of_truck_are_no_fight_with_a_force(nlp):
    doc = read(nlp, "Villagers said gunmen fired at a Toyota truck carrying traders near Maiduguri.")
    assert all(e.event_type != "Battles" for e in doc.events), doc.events


# (e) a "<town>-bound" bus or train is going there: the attack is not there
def test_a_bound_destination_is_not_where_the_attack_was(nlp):
    doc = read(nlp, "Gunmen ambushed a Kabul-bound convoy near Jalalabad on Sunday, killing three guards.")
    assert [e.location.name for e in doc.events if e.location is not None] == ["near Jalālābād"], doc.events


def test_a_bound_train_attacked_in_no_named_place_is_not_at_its_destination(nlp):
    doc = read(nlp, "Militants attacked a Peshawar-bound train in Afghanistan's east on Monday, killing four passengers.")
    assert doc.events and all(e.location is None or e.location.name != "Peshawar" for e in doc.events), doc.events


# (f) an attack on a bus or a post in a town the gazetteer lacks is kept, placed where the clause says
def test_an_attack_on_a_bus_in_a_district_is_kept_at_the_district(nlp):
    # (the district the gazetteer lacks is read from the table of second-level units, as geoparse reads it)
    doc = read(nlp, "Six passengers were killed when gunmen attacked a passenger bus on the main highway in "
                    "Gichk district of Balochistan on Friday night, officials said.", published="2025-09-27")
    got = [(e.event_type, e.fatalities, e.location.name if e.location else None) for e in doc.events]
    assert got == [("Violence against civilians", 6, "Gichk district")], doc.events
    assert (doc.events[0].location.precision, doc.events[0].location.country) == (2, "PK")


def test_an_attack_on_a_post_in_a_known_town_is_unchanged(nlp):
    doc = read(nlp, "Gunmen attacked a police post in Zhob on Monday.")
    assert [(e.event_type, e.location.name) for e in doc.events] == [("Battles", "Zhob")], doc.events


# (g) a claimed capture that the next sentence's subject "deny"/"reject"s (plural subject) draws no zone
def test_a_capture_claim_that_forces_deny_next_draws_no_zone(nlp):
    doc = read(nlp, "October 3 - Russia's defence ministry claims to have captured Kupiansk-Vuzlovyi. "
                    "Ukraine's Joint Forces deny it.", published="2025-10-20")
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims


def test_a_capture_claim_that_officers_dispute_draws_no_zone(nlp):
    doc = read(nlp, "The RSF claims to have seized Bara. Army officers dispute the claim.")
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims


def test_an_undisputed_capture_still_draws_its_claim(nlp):
    doc = read(nlp, "The RSF seized Bara on Monday. Army officers dispute the figures of the dead.")
    assert [c.relation for c in doc.claims] == ["took"], doc.claims


# (h) "saying fighting continues", with no place nor day of its own: the fight told before goes on
def test_fighting_that_continues_after_a_fight_told_is_no_new_event(nlp):
    doc = read(nlp, "Russia's defence ministry claims to have captured Kupiansk-Vuzlovyi on Monday. "
                    "Ukraine's Joint Forces deny it, saying fighting continues.", published="2025-10-08")
    assert [e.location.name for e in doc.events] == ["Kupiansk-Vuzlovyi"], doc.events


def test_fighting_that_continued_on_a_day_of_its_own_is_an_event(nlp):
    doc = read(nlp, "Rebels attacked Goma on Monday. Fighting continued on Tuesday.", published="2025-10-08")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 2, doc.events


def test_fighting_continues_in_a_named_town_is_an_event(nlp):
    doc = read(nlp, "Fighting continues in Bakhmut, officials said on Monday.")
    assert [e.location.name for e in doc.events] == ["Bakhmut"], doc.events


# (i) a summary's bullet line retelling an event of the body (undated, same toll) is the body's event
FLASH = ("Niger: Tillabéri - Flash Update No. 2\n\nKEY POINTS\n"
         "- At least 9 civilians killed in an attack on a village west of Téra\n"
         "- Markets closed in Ayorou\n\n"
         "On 9 March, gunmen attacked the village of Kolmane, 20 km west of Téra, killing at least 9 civilians. "
         "Partners are responding.")


def test_a_bullet_retelling_the_bodys_attack_is_one_event(nlp):
    doc = read(nlp, FLASH, published="2025-03-12")
    assert [(e.date.start.isoformat(), e.fatalities) for e in doc.events] == [("2025-03-09", 9)], doc.events


def test_a_bullet_with_no_twin_in_the_body_stays(nlp):
    text = FLASH.split("On 9 March")[0] + "On 9 March, soldiers arrested three smugglers in Niamey."
    doc = read(nlp, text, published="2025-03-12")
    assert [e.fatalities for e in doc.events if e.event_type == "Violence against civilians"] == [9], doc.events


# (j) trends, framings and spans of fighting that belong to another event: no new event
def test_a_rise_in_attacks_is_a_trend_not_an_event(nlp):
    doc = read(nlp, "Khyber Pakhtunkhwa has seen a sharp rise in attacks on police since January.")
    assert not doc.events, doc.events


def test_the_fighting_framed_by_a_past_truce_is_not_at_the_truces_place(nlp):
    doc = read(nlp, "Rebels attacked Uvira on Monday. The fighting comes despite a truce signed in Lusaka in July.",
               published="2025-10-22")
    assert [e.location.name for e in doc.events if e.event_type == "Battles"] == ["Uvira"], doc.events


def test_an_attack_that_follows_weeks_of_clashes_is_one_event(nlp):
    doc = read(nlp, "Militants stormed a police post in Lakki Marwat on Sunday. The attack follows weeks of clashes "
                    "in Bannu.", published="2025-10-22")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 1, doc.events


def test_a_capture_after_days_of_fighting_is_one_event(nlp):
    doc = read(nlp, "Al-Shabaab fighters captured Moqokori on Thursday after two days of fighting with the army.",
               published="2025-10-22")
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"], doc.events


def test_weeks_of_clashes_with_their_toll_stay_an_event(nlp):
    doc = read(nlp, "Weeks of clashes in Bannu have left 40 dead.")
    assert [e.fatalities for e in doc.events] == [40], doc.events


# (k) gunmen who "opened fire on" a police patrol car fought the police; on a bus they attacked civilians
def test_opened_fire_on_a_police_patrol_car_is_a_battle(nlp):
    doc = read(nlp, "Two officers of the state police were killed on Friday when gunmen opened fire on their "
                    "patrol car in Uruapan.")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_opened_fire_on_a_bus_is_still_an_attack_on_civilians(nlp):
    doc = read(nlp, "Gunmen opened fire on a bus in Uruapan on Friday, killing six passengers.")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Violence against civilians", 6)], doc.events


def test_rocket_propelled_grenades_of_a_fight_are_no_shelling(nlp):
    doc = read(nlp, "Militants opened fire on the police station in Tank on Tuesday and also fired "
                    "rocket-propelled grenades.")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_rockets_fired_at_an_airport_are_still_shelling(nlp):
    doc = read(nlp, "Militants fired rockets at the airport in Bannu on Tuesday.")
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"], doc.events


# (l) history and running totals told in passing
def test_a_when_clause_after_a_past_date_is_history(nlp):
    doc = read(nlp, "Latakia saw the worst bloodshed since the fall of the old regime in March 2025, when hundreds "
                    "were killed in a week of fighting.", published="2026-07-23")
    assert doc.events and all(e.background for e in doc.events), doc.events


def test_a_when_clause_after_a_recent_date_is_the_event(nlp):
    doc = read(nlp, "On 3 July, when gunmen attacked a bus near Homs, six people were killed.", published="2026-07-23")
    assert [(e.background, e.fatalities) for e in doc.events] == [(False, 6)], doc.events


def test_a_wars_running_total_in_a_long_relative_clause_is_no_attack(nlp):
    doc = read(nlp, "Michoacán has been shaken by a war between the Jalisco cartel and local self-defence groups "
                    "known as autodefensas, which has killed more than 1,800 people in the state.")
    assert not doc.events, doc.events


# (m) a side's retelling with no day, place or toll of its own is the fight told before
def test_a_spokesmans_undated_placeless_account_is_the_fight_before(nlp):
    doc = read(nlp, "JUBA - Heavy fighting broke out on Sunday between the army and the SPLA-IO in Bor, Jonglei "
                    "State, officials said. An opposition spokesman said government troops attacked their positions "
                    "at dawn and that the opposition forces repulsed them.", published="2025-03-18")
    assert [e.date.start.isoformat() for e in doc.events if e.event_type == "Battles"] == ["2025-03-16"], doc.events


def test_a_second_fight_with_its_own_toll_stays(nlp):
    doc = read(nlp, "JUBA - Heavy fighting broke out on Sunday between the army and the SPLA-IO in Bor, Jonglei "
                    "State. Government troops also attacked rebel positions, killing 12.", published="2025-03-18")
    assert sorted(e.fatalities or 0 for e in doc.events if e.event_type == "Battles") == [0, 12], doc.events


# (n) a date in parentheses closing a title's line is the report's day
def test_a_reports_day_in_its_title_is_not_the_attacks(nlp):
    doc = read(nlp, "Flash report: displacement following gang attacks in Mirebalais (6 June 2025)\n\n"
                    "On 3 June, armed gangs attacked Mirebalais, killing at least five residents.", published="2025-06-07")
    assert [(e.date.start.isoformat(), e.fatalities) for e in doc.events] == [("2025-06-03", 5)], doc.events


def test_a_date_in_parentheses_inside_a_sentence_is_the_events(nlp):
    doc = read(nlp, "Gangs attacked Mirebalais (on 3 June) and killed five residents.", published="2025-06-07")
    assert [e.date.start.isoformat() for e in doc.events] == ["2025-06-03"], doc.events


# (o) a place the gazetteer lacks named after "the locality of", "the administrative post of": the event is kept
def test_gangs_taking_an_unknown_locality_is_a_capture(nlp):
    doc = read(nlp, "HAITI - On 3 June, armed gangs of the Viv Ansanm coalition took control of the locality of "
                    "Tabarre Issa, where police have withdrawn.", published="2025-06-05")
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"], doc.events
    assert "Tabarre Issa" in doc.events[0].location_note


def test_forces_retaking_an_unknown_administrative_post_is_an_event(nlp):
    doc = read(nlp, "On Monday, Rwandan and Mozambican forces retook the administrative post of Quiterajo, which "
                    "the insurgents had occupied since mid-September.", published="2025-06-05")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events
    assert any(m.text == "Quiterajo" for m in doc.mentions)


# (p) "talks on Thursday" is a day, not a topic: no talks of parties to a conflict in a labour story
def test_talks_on_a_weekday_in_a_labour_dispute_are_no_event(nlp):
    doc = read(nlp, "DURBAN - The mediation body has invited the union and the port operator to new talks on Thursday.")
    assert not doc.events, doc.events


def test_talks_on_a_ceasefire_are_still_a_meeting(nlp):
    doc = read(nlp, "Sudan's army and the RSF held talks on a ceasefire in Jeddah on Monday.")
    assert [e.sub_event_type for e in doc.events] == ["Agreement"], doc.events  # talks on one (ACLED)


# (q) a bulletin's "stopped 14 attempts by the occupiers to advance near X": fighting at X
def test_attempts_by_a_side_to_advance_near_a_town_are_a_fight(nlp):
    doc = read(nlp, "In the Lyman direction, the Defence Forces stopped 14 attempts by the occupiers to advance near "
                    "Lyman.", published="2025-11-26")
    assert [(e.event_type, e.location.name) for e in doc.events] == [("Battles", "near Lyman")], doc.events


def test_attempts_by_a_side_to_break_through(nlp):
    doc = read(nlp, "Ukrainian troops repelled attempts by Russian assault groups to break through near Siversk on "
                    "Tuesday.", published="2025-11-26")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_efforts_to_advance_in_talks_are_no_fight(nlp):
    doc = read(nlp, "Efforts by the government to advance in peace talks stalled.")
    assert not [e for e in doc.events if e.event_type == "Battles"], doc.events


# (r) a roundup's week-long summary at the country point over the fights it then tells one by one
ROUNDUP = ("Tigray roundup, 12-18 October\n\nThe fighting between the militias and the army spread to the towns this "
           "week. On 14 October, militiamen {what} in Adigrat, residents said.")


def test_a_roundups_weekly_summary_is_the_fights_it_tells(nlp):
    doc = read(nlp, ROUNDUP.format(what="clashed with soldiers"), published="2025-10-20")
    assert [e.location.name for e in doc.events] == ["Ādīgrat"], doc.events


def test_a_weekly_summary_of_fights_with_no_fight_told_stays(nlp):
    doc = read(nlp, ROUNDUP.format(what="kidnapped a trader"), published="2025-10-20")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 1, doc.events


def test_an_attack_at_a_place_not_found_after_a_fight_is_not_a_retelling(nlp):
    doc = read(nlp, "Fighting broke out in Manbij on Saturday, residents said. Gunmen attacked a convoy west of "
                    "Al Qusayrat, the interior ministry said.", published="2025-01-06")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 2, doc.events


def test_a_capture_of_a_town_not_found_last_week_is_no_weekly_summary(nlp):
    doc = read(nlp, "The junta captured Nam Hpat Kar last week, residents said. On Monday, rebels clashed with "
                    "soldiers in Lashio.", published="2025-11-19")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 2, doc.events


# (s) "the fighting started after ...", said of a fight told before: its cause, not one more fight
def test_the_cause_of_a_fight_told_before_is_no_second_fight(nlp):
    doc = read(nlp, "Four people were killed on Tuesday when clashes broke out between tribal fighters and local "
                    "gunmen in Shahba. A monitor said the fighting started after a trader was kidnapped on the Shahba "
                    "road on Monday.", published="2025-07-23")
    assert [(e.event_type, e.date.start.isoformat()) for e in doc.events] == [
        ("Battles", "2025-07-22"), ("Violence against civilians", "2025-07-21")], doc.events


def test_a_fight_first_told_by_its_cause_is_kept(nlp):
    doc = read(nlp, "The fighting began after gunmen kidnapped a driver in Shahba on Monday.", published="2025-07-23")
    assert "Battles" in [e.event_type for e in doc.events], doc.events


def test_fighting_continued_said_by_a_statement_of_its_own_day(nlp):
    doc = read(nlp, "Russian forces captured Siversk on Tuesday, the ministry said. The Ukrainian General Staff did "
                    "not confirm the loss of the town on Wednesday, saying in its evening update that fighting "
                    "continued in the area.", published="2025-07-24")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 1, doc.events


# (t) "leaving" tells a toll only with its dead
def test_leaving_hundreds_of_trucks_stranded_is_no_toll():
    from reading.events import fatalities_in

    assert fatalities_in("The crossing was closed after the clash, leaving hundreds of trucks stranded.") is None
    assert fatalities_in("Gunmen attacked the village, leaving 12 people injured.") is None


def test_leaving_people_dead_is_a_toll():
    from reading.events import fatalities_in

    assert fatalities_in("Shelling hit the market, leaving 12 people dead.") == 12
    assert fatalities_in("The blast tore through the bus, leaving at least 30 dead.") == 30


# (u) who started a fight told before: blame, not a second fight
def test_blame_for_starting_the_clash_told_before_is_no_second_fight(nlp):
    doc = read(nlp, "Indian and Pakistani troops exchanged fire at the Line of Control near Kupwara on Friday. "
                    "Pakistani officials in Muzaffarabad said Indian troops had started the clash.", published="2026-02-21")
    assert [e.location.name for e in doc.events] == ["near Kupwāra"], doc.events


def test_rebels_who_started_the_fighting_first_told_is_the_fight(nlp):
    doc = read(nlp, "Rebels started the fighting in Goma on Monday, witnesses said.", published="2026-02-21")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


# (v) "have been fighting ... since January 2025": a state since long ago, on the history layer
def test_fighting_since_a_date_long_ago_is_history(nlp):
    doc = read(nlp, "The ELN and FARC dissidents have been fighting for control of the Catatumbo, a region on the "
                    "border with Venezuela, since January 2025.", published="2026-10-13")
    assert doc.events and all(e.background for e in doc.events), doc.events


def test_fighting_since_monday_is_the_event(nlp):
    doc = read(nlp, "The ELN and FARC dissidents have been fighting in Tibu since Monday.", published="2026-10-13")
    assert [e.background for e in doc.events] == [False], doc.events
