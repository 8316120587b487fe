"""Audit 11 (the second events gold, ``bench/data/events_gold2.jsonl``): recalled events of an earlier
year, captives "marched" away, talks in a labour dispute, "the night of 5/6 July", captures whose loser
withdrew in the same sentence, news outlets named after a place, references to earlier fighting, armed
group members killed, attacks that killed and abducted, running states "since March", countries that
name an actor, rankings among attacks, a source's retelling of a fight, killings told alone in the passive.
Sentences unlike the gold's (other conflicts, places and names)."""
from reading.corpus import read_text


def read(nlp, text, published="2026-02-10"):
    return nlp(read_text(text, doc_id="t", published=published))


# (a) an event dated with an earlier year, half a year or more before publication: history recalled
def test_an_event_of_an_earlier_year_written_out_is_background(nlp):
    doc = read(nlp, "JUBA - Fighting in Nasir killed six soldiers on Monday. The White Army seized Ulang in "
                    "April 2025, and similar clashes in June 2025 killed at least 40 people.")
    now = [e for e in doc.events if not e.background]
    assert [(e.event_type, e.date.start.isoformat()) for e in now] == [("Battles", "2026-02-09")], doc.events
    assert sum(e.background for e in doc.events) >= 1, doc.events


def test_a_recent_event_of_last_year_stays_on_the_map(nlp):
    doc = read(nlp, "JUBA - The White Army seized Ulang in December 2025, local officials said.")
    assert [e.background for e in doc.events] == [False], doc.events


def test_a_year_review_naming_months_without_the_year_keeps_them(nlp):
    doc = read(nlp, "JUBA - In February, the White Army seized Ulang after a day of clashes with the army.",
               published="2026-12-29")
    assert doc.events and not any(e.background for e in doc.events), doc.events


# (b) captives "marched" into the bush are no protest march
def test_gunmen_who_marched_hostages_away_held_no_protest(nlp):
    doc = read(nlp, "KADUNA - Gunmen stopped a bus near Birnin Gwari on Sunday and marched the passengers into "
                    "the forest, police said.")
    assert not any(e.event_type == "Protests" for e in doc.events), doc.events


def test_students_who_marched_through_a_city_protested(nlp):
    doc = read(nlp, "NAIROBI - Thousands of students marched through Nairobi on Tuesday against fee increases.")
    assert [e.event_type for e in doc.events] == ["Protests"], doc.events


# (c) talks in a labour dispute are not a conflict's talks
def test_talks_that_broke_down_before_a_strike_are_no_event(nlp):
    doc = read(nlp, "MOMBASA - Pay talks between the dockers' union and the port authority collapsed on Friday, "
                    "and the workers went on strike at Mombasa port.")
    assert not doc.events, doc.events


def test_talks_of_a_teachers_union_are_no_event(nlp):
    doc = read(nlp, "ACCRA - The Ghana National Association of Teachers said its members remained on strike "
                    "after talks with the education ministry ended without a deal on Thursday.")
    assert not doc.events, doc.events


# (d) "the night of 12/13 March": both days
def test_a_night_written_with_a_slash_spans_its_two_days(nlp):
    doc = read(nlp, "PESHAWAR - On the night of 12/13 January, militants attacked a police checkpoint in Bannu, "
                    "killing three policemen.")
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in doc.events] == \
        [("2026-01-12", "2026-01-13")], doc.events


# (e) a capture whose loser "withdrew from it" in the same sentence: one change of hands ("without a fight":
# ACLED's non-violent transfer, by the side that took it, still drawn as its zone)
def test_a_town_retaken_after_its_holders_withdrew_without_a_fight_is_one_change_of_hands(nlp):
    doc = read(nlp, "KHARTOUM - On 4 January, the army recaptured Kadugli after the SPLM-N withdrew from the town "
                    "without a fight, residents said.")
    assert [(e.sub_event_type, e.location.name) for e in doc.events] == \
        [("Non-violent transfer of territory", "Kadugli")], doc.events
    # (act: the SPLM-N is a known group now: its withdrawal is told too, the same change of hands)
    assert [(c.faction, c.relation, c.location.name) for c in doc.claims] == [
        ("SAF", "took", "Kadugli"), ("SPLM-N", "withdrew", "Kadugli")], doc.claims


def test_a_town_retaken_after_its_holders_withdrew_under_fire_is_one_battle(nlp):
    doc = read(nlp, "KHARTOUM - On 4 January, the army recaptured Dilling after the SPLM-N withdrew from it "
                    "following two days of heavy clashes.")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


# (f) a news outlet named after a place is no place a side runs
def test_a_faction_run_news_agency_is_no_control_claim(nlp):
    doc = read(nlp, "SANAA - Three people were hurt in Hajjah on Friday, the Houthi-run SABA news agency reported.")
    assert not [c for c in doc.claims if c.location is not None and c.location.name.startswith("Saba")], doc.claims


def test_a_faction_held_port_is_still_a_control_claim(nlp):
    doc = read(nlp, "ADEN - Missiles hit the Houthi-held port of Hodeidah on Monday.")
    assert any(c.location is not None and c.location.name == "Hodeidah" for c in doc.claims) or any(
        c.location is not None and "udaydah" in c.location.name for c in doc.claims), doc.claims


# (g) a reference to past fighting is no clash
def test_a_shell_left_from_earlier_fighting_is_one_blast_not_a_clash(nlp):
    doc = read(nlp, "KANDAHAR - An unexploded shell left over from earlier fighting killed three boys near "
                    "Spin Boldak on Sunday, officials said.", published="2026-05-20")
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"], doc.events


# (h) members of a named armed group killed by security forces: a fight, not violence against civilians
def test_forces_that_killed_members_of_an_armed_group_fought_them(nlp):
    doc = read(nlp, "MOGADISHU - Somali special forces killed five al-Shabaab members in a raid on a hideout near "
                    "Afgooye on Tuesday, the army said.", published="2026-05-20")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_gunmen_who_killed_family_members_attacked_civilians(nlp):
    doc = read(nlp, "MOGADISHU - Gunmen killed five family members in their home near Afgooye on Tuesday, police said.",
               published="2026-05-20")
    assert [e.event_type for e in doc.events] == ["Violence against civilians"], doc.events


# (i) an attack that killed and abducted is one event
def test_an_attack_that_killed_and_abducted_villagers_is_one_attack(nlp):
    doc = read(nlp, "GUSAU - Gunmen killed at least nine people and abducted dozens in an attack on Bakura village "
                    "in Zamfara State on Tuesday night, police said.", published="2026-05-20")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Attack", 9)], doc.events


# (j) clashes reported "since March": a running state, one event over its span (not a day-precise one)
def test_clashes_reported_since_a_month_ago_span_to_publication(nlp):
    doc = read(nlp, "BANGUI - Since March, clashes between the army and UPC fighters have been reported around "
                    "Bambari, and thousands have fled.", published="2026-05-20")
    assert len(doc.events) == 1, doc.events
    d = doc.events[0].date
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == ("2026-03-01", "2026-05-20", "month")
    assert not doc.events[0].background


# (k) a country naming the actor ("Sudan's paramilitary RSF", "U.S. Central Command forces") is not the place
def test_a_strike_by_a_countrys_force_is_placed_where_it_hit(nlp):
    doc = read(nlp, "CAIRO - A drone strike by Sudan's paramilitary Rapid Support Forces hit a market in Kosti on "
                    "Tuesday, killing at least 12 people.", published="2026-05-20")
    assert [e.location.name for e in doc.events] == ["Kosti"], doc.events


def test_forces_named_with_their_country_strike_elsewhere(nlp):
    doc = read(nlp, "TAMPA, Fla. - On May 17, U.S. Central Command forces conducted strikes against Houthi missile "
                    "sites in Yemen.", published="2026-05-20")
    assert [e.location.name for e in doc.events] == ["Yemen"], doc.events


# (l) "in one of the deadliest attacks on the city this year": the event ranked, not a second one
def test_a_ranking_among_attacks_is_no_second_attack(nlp):
    doc = read(nlp, "KHARTOUM - Shelling hit a market in Omdurman on Friday, killing 20 people, in one of the "
                    "worst attacks on the city this year.", published="2026-05-20")
    assert len(doc.events) == 1, doc.events


# (m) a source's retelling of the fight told just before, with no day, place or toll of its own
def test_a_spokesmans_detail_of_the_last_fight_is_no_second_event(nlp):
    doc = read(nlp, "PESHAWAR - Militants attacked a police post in Bannu on Sunday, killing two officers. A police "
                    "official, who asked not to be named, said the attackers fired mortar rounds before they were "
                    "pushed back.", published="2026-05-20")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Battles", 2)], doc.events


def test_a_second_fight_with_its_own_day_and_place_stays(nlp):
    doc = read(nlp, "PESHAWAR - Militants attacked a police post in Bannu on Sunday, killing two officers. Police "
                    "said militants also fired mortar rounds at a checkpoint in Lakki Marwat on Monday.",
               published="2026-05-20")
    assert len(doc.events) == 2, doc.events


# (n) a killing told alone in the passive ("were shot dead in Bunia on Monday") is an attack
def test_people_shot_dead_told_alone_is_an_attack(nlp):
    doc = read(nlp, "BUNIA - Two civilians were shot dead in Bunia on Monday, police said.", published="2026-05-20")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Violence against civilians", 2)], doc.events


def test_soldiers_gunned_down_told_alone_is_a_fight(nlp):
    doc = read(nlp, "MAIDUGURI - Three soldiers were gunned down near Konduga on Friday, residents said.",
               published="2026-05-20")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_a_passive_killing_after_an_attack_is_its_toll_not_another(nlp):
    doc = read(nlp, "BUNIA - Militiamen attacked a displacement camp near Bunia on Monday. Two women were shot dead "
                    "and a child was wounded, the camp's manager said.", published="2026-05-20")
    assert len(doc.events) == 1, doc.events


# (o) "An assault on the city would trap ...": an event supposed, not told
def test_an_offensive_that_would_trap_people_is_supposed(nlp):
    doc = read(nlp, "KHARTOUM - Whoever holds Kosti controls the roads south. An RSF assault on the city, which its "
                    "commanders have threatened, would trap half a million people.", published="2026-05-20")
    assert all(e.planned for e in doc.events), doc.events


def test_a_drone_strike_that_killed_people_is_told(nlp):
    doc = read(nlp, "KHARTOUM - A drone strike on a market in Kosti killed three people on Monday.",
               published="2026-05-20")
    assert [e.planned for e in doc.events] == [False], doc.events


# (p) "the last big town in a region still held by the army": the town is held, not the region
def test_a_town_still_held_in_a_region_does_not_give_the_region(nlp):
    doc = read(nlp, "KHARTOUM - Dilling, the last big town in South Kordofan's west still held by the army, was "
                    "shelled on Monday.", published="2026-05-20")
    assert not [c for c in doc.claims if "Kordofan" in getattr(c.location, "name", "")
                or "Kordufan" in getattr(c.location, "name", "")], doc.claims


def test_a_town_still_held_by_the_army_is_held(nlp):
    doc = read(nlp, "KHARTOUM - Babanusa, still held by the army, was shelled on Monday.", published="2026-05-20")
    assert [c.relation for c in doc.claims] == ["holds"], doc.claims


# (q) "Last week ..., on 10 March": the day named inside the week is the event's (and "two days later" counts from it)
def test_a_day_named_inside_last_week_dates_the_event(nlp):
    doc = read(nlp, "Africa Overview: 8-14 March 2026\n\nLast week in Mozambique, militants attacked an army position "
                    "near the village of Mbuidi in Palma district on 10 March, killing five soldiers. The same group "
                    "beheaded two men outside Pemba two days later.", published="2026-03-17")
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in doc.events] == \
        [("2026-03-10", "2026-03-10"), ("2026-03-12", "2026-03-12")], doc.events


# (r) "jets had on Friday struck a hideout": an air strike on that day, not a clash
def test_jets_that_had_on_a_weekday_struck_a_hideout_made_an_air_strike(nlp):
    doc = read(nlp, "BAGHDAD - The army said in a statement on Sunday that Iraqi jets had on Friday struck a "
                    "militant hideout in the Makhmour mountains, killing six militants.", published="2026-05-20")
    assert [(e.event_type, e.date.start.isoformat()) for e in doc.events] == \
        [("Explosions/Remote violence", "2026-05-15")], doc.events
