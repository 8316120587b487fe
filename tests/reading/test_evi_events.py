"""Events the last sessions left alone (twenty-sixth session, evi), each on sentences of our own: who condemns an
attack did not do it and the day of the condemnation is not the attack's; an agent told in the attack's own sentence
("was carried out by", "was claimed by"); the forces of a state taking ground; the sides of a clash told only by
their dead; a toll told on another day than the lede's event; an attacking force's nationality against the dateline."""
from tests.reading.mapped_events import read_article


def events(nlp, text, published="2025-03-31"):
    doc = read_article(nlp, text, published)
    assert doc.events, doc.problems
    return doc.events


# --- who condemns an attack, and when ---------------------------------------------------------------------------

def test_a_body_condemning_on_a_day_is_no_side_and_its_day_not_the_attacks(nlp):
    ev, = events(nlp, "NEW YORK (Reuters) - The Security Council on Friday condemned the attack on a convoy of "
                      "peacekeepers in Ituri, in which two soldiers were killed on Wednesday.")
    assert ev.actor1 == "" and str(ev.date.start) == "2025-03-26", ev


def test_a_statement_on_a_day_and_a_bombing_that_killed_on_another(nlp):
    ev, = events(nlp, "The African Union, in a statement on Sunday, denounced the bombing of a market in Gao that "
                      "killed 14 people on Friday.")
    assert ev.actor1 == "" and str(ev.date.start) == "2025-03-28", ev


def test_a_ministry_of_a_country_condemning_is_no_side(nlp):
    ev, = events(nlp, "Pakistan's foreign ministry on Tuesday condemned the suicide bombing at a mosque in Peshawar "
                      "which killed 40 worshippers on Monday.")
    assert ev.actor1 == "" and str(ev.date.start) == "2025-03-31", ev


def test_an_officer_of_a_body_condemning_is_no_side(nlp):
    ev, = events(nlp, "UN Secretary-General Antonio Guterres on Thursday condemned the killing of 30 villagers in "
                      "Djibo on Monday.")
    assert ev.actor1 == "" and str(ev.date.start) == "2025-03-31", ev


def test_a_condemnation_with_no_other_day_keeps_its_day(nlp):
    ev, = events(nlp, "The Security Council on Friday condemned the attack on a convoy in Ituri, in which two "
                      "soldiers were killed.")
    assert str(ev.date.start) == "2025-03-28", ev


def test_a_side_acting_on_a_day_keeps_it(nlp):
    ev, = events(nlp, "Rebels on Monday attacked an army post in Beni, killing three soldiers.")
    assert ev.actor1 == "rebels" and str(ev.date.start) == "2025-03-31", ev


# --- the agent told in the attack's own sentence ----------------------------------------------------------------

def test_a_bombing_carried_out_by_a_group_in_its_own_sentence(nlp):
    ev, = events(nlp, "The bombing of the market in Kunduz, which killed 12 people, was carried out by Islamic State.")
    assert ev.actor1 == "Islamic State", ev


def test_an_attack_claimed_by_a_group_in_its_own_sentence(nlp):
    ev, = events(nlp, "The attack on the hotel in Mogadishu, which killed nine people on Monday, was claimed by "
                      "al-Shabaab.")
    assert ev.actor1 == "al-Shabaab", ev


def test_a_told_bombing_carried_out_by_the_group(nlp):
    ev, = events(nlp, "Police said the bombing in Kunduz, in which 40 people were killed, was carried out by the "
                      "Islamic State.")
    assert ev.actor1 == "Islamic State", ev


def test_an_attack_condemned_by_a_body_names_no_side(nlp):
    ev, = events(nlp, "The attack on the convoy near Beni, which killed five soldiers, was condemned by the African "
                      "Union.")
    assert ev.actor1 == "", ev


def test_an_agent_of_another_attack_named_after_a_verb_is_not_this_ones(nlp):
    evs = events(nlp, "The shelling of Kharkiv followed a drone strike that was carried out by Ukraine.")
    assert evs[0].actor1 == "", evs


# --- an attack stopped before it happened -----------------------------------------------------------------------

def test_a_planned_attack_prevented_is_no_attack_by_the_police(nlp):
    doc = read_article(nlp, "Police prevented a planned attack on a church in Lahore on Sunday.", "2025-03-31")
    assert not [e for e in doc.events if e.event_type == "Violence against civilians"], doc.events


def test_a_planned_raid_foiled_is_no_raid_by_the_army(nlp):
    doc = read_article(nlp, "The army said it had foiled a planned raid on the town of Diffa.", "2025-03-31")
    assert not [e for e in doc.events if e.actor1 in ("army", "Nigerien forces") and "Battles" in e.event_type
                and e.planned], doc.events


def test_a_plan_of_gunmen_stays_their_planned_attack(nlp):
    doc = read_article(nlp, "Police said gunmen planned to attack the church in Kaduna.", "2025-03-31")
    assert [e.actor1 for e in doc.events if e.planned] == ["gunmen"], doc.events


def test_an_attack_repelled_stays_a_clash(nlp):
    ev, = events(nlp, "Troops repelled an attack on their base in Menaka on Monday, killing ten militants.")
    assert ev.event_type == "Battles" and ev.fatalities == 10, ev


# --- the sides of a fight told by its dead ----------------------------------------------------------------------

def test_two_groups_of_dead_are_the_two_sides_of_the_clash(nlp):
    ev, = events(nlp, "31 Houthi fighters and nine soldiers were killed in clashes in Marib on Sunday.")
    assert {ev.actor1, ev.actor2} == {"Houthis", "Yemeni forces"}, ev


def test_the_dead_who_died_in_fighting_are_its_sides(nlp):
    ev, = events(nlp, "At least 14 soldiers and 20 jihadists were killed in fighting near Djibo on Sunday, the army "
                      "said.")
    assert ev.actor1 and ev.actor2 == "jihadists", ev


def test_dead_soldiers_are_the_other_side_of_a_clash_with_a_group(nlp):
    ev, = events(nlp, "Ten soldiers were killed in clashes with al-Shabaab near Baidoa on Tuesday.")
    assert ev.actor1 == "al-Shabaab" and ev.actor2 == "Somali forces", ev


def test_civilians_among_the_dead_are_no_side(nlp):
    ev, = events(nlp, "Five RSF fighters and three civilians were killed in clashes in El Fasher on Monday.")
    assert ev.actor1 == "RSF" and ev.actor2 == "", ev


# --- a toll told on another day ---------------------------------------------------------------------------------

def _dated(evs):
    return sorted((str(e.date.start), e.fatalities) for e in evs if e.date is not None)


def test_a_fights_toll_on_the_day_before_a_capture_is_that_days(nlp):
    evs = events(nlp, "GOMA (Reuters) - M23 rebels seized the town of Masisi on Monday, residents said. 17 people were "
                      "killed in the fighting on Sunday, a local official said.")
    assert _dated(evs) == [("2025-03-30", 17), ("2025-03-31", None)], evs


def test_a_bare_toll_of_another_day_is_not_the_captures(nlp):
    evs = events(nlp, "BAMAKO (Reuters) - JNIM fighters seized the town of Boni on Thursday, residents said. Nine "
                      "people were killed on Tuesday, a local official said.")
    assert [e.fatalities for e in evs if "territory" in e.sub_event_type] == [None], evs


def test_a_toll_told_on_a_later_day_stays_the_fights(nlp):
    evs = events(nlp, "Clashes broke out in Tripoli on Monday. At least six people were killed in the fighting, "
                      "officials said on Tuesday.")
    assert _dated(evs) == [("2025-03-31", 6)], evs


def test_the_dead_of_a_fight_are_no_rioting_crowd(nlp):
    ev, = events(nlp, "At least 17 people were killed in fighting in Masisi on Sunday, a local official said.")
    assert ev.event_type == "Battles" and ev.fatalities == 17, ev


# --- an attacking force's nationality against the dateline ------------------------------------------------------

def test_a_foreign_force_shelling_tells_who_fires_the_dateline_where(nlp):
    ev, = events(nlp, "KYIV (Reuters) - Russian forces shelled a village in the south overnight, killing two people, "
                      "officials said.")
    assert ev.location is not None and ev.location.country == "UA", ev.location


def test_troops_striking_on_a_day_tell_who_strikes(nlp):
    ev, = events(nlp, "KYIV (Reuters) - Russian troops on Monday struck a power plant in the east, officials said.")
    assert ev.location is not None and ev.location.country == "UA", ev.location


def test_soldiers_killing_at_home_still_tell_the_story_country_against_a_regional_dateline(nlp):
    ev, = events(nlp, "DAKAR (Reuters) - Burkinabe soldiers killed 20 civilians in a village in the north on Monday.")
    assert ev.location is not None and ev.location.country == "BF", ev.location


# --- what a speaker adds ----------------------------------------------------------------------------------------

def test_an_attack_added_by_the_speaker_makes_no_toll_of_the_killing_before(nlp):
    evs = events(nlp, "Troops killed 12 militants near Diffa on Monday, the army said, adding that two soldiers were "
                      "wounded in a separate attack near Bosso on Tuesday.")
    assert _dated(evs) == [("2025-03-25", None), ("2025-03-31", 12)], evs


def test_a_toll_added_by_the_speaker_stays_the_attacks(nlp):
    ev, = events(nlp, "The army said it had repelled an attack on Kadugli on Monday, adding that ten rebels were "
                      "killed.")
    assert ev.fatalities == 10, ev


def test_a_toll_told_on_the_events_day_in_the_sentence_after_stays_its_own(nlp):
    evs = events(nlp, "MOGADISHU (Reuters) - Gunmen stormed a hotel in Mogadishu on Monday, police said. Nine people "
                      "were killed on Monday, a police officer said.")
    assert [e.fatalities for e in evs] == [9], evs


# --- marches held ------------------------------------------------------------------------------------------------

def test_marches_held_in_two_towns_are_two_protests(nlp):
    doc = read_article(nlp, "Marches were held in Lagos and Abuja on Saturday against the fuel price rises.",
                       "2025-03-31")
    assert sorted(e.location.name for e in doc.events if e.event_type == "Protests") == ["Abuja", "Lagos"], doc.events


def test_a_march_held_up_by_rebels_is_no_protest(nlp):
    doc = read_article(nlp, "The march of the column was held up by rebels near Kidal on Monday.", "2025-03-31")
    assert not [e for e in doc.events if e.event_type == "Protests"], doc.events


# --- a share of a place held ------------------------------------------------------------------------------------

def _holds(nlp, text):
    doc = read_article(nlp, text, "2025-03-31")
    return [(c.faction, c.location.name) for c in doc.claims if c.relation == "holds" and c.location is not None]


def test_more_than_half_of_a_city_held_is_a_hold_as_most_of_it_is(nlp):
    assert _holds(nlp, "The RSF controls about 90 percent of Khartoum, residents said.") == [("RSF", "Khartoum")]


def test_two_thirds_of_a_province_held_is_a_hold(nlp):
    assert _holds(nlp, "The Houthis control two-thirds of Marib province.") == [("Houthis", "Ma'rib")]


def test_a_third_of_a_city_held_is_no_hold_of_it(nlp):
    assert _holds(nlp, "The army controls about 30 percent of Khartoum, residents said.") == []


def test_a_share_of_a_trade_is_no_place_held(nlp):
    assert _holds(nlp, "The RSF controls 90 percent of the gold trade in Darfur.") == []


# --- a span lived under fire ------------------------------------------------------------------------------------

def _report(nlp, title, body):
    from tests.reading.mapped_events import read_report
    return read_report(nlp, body, "2025-03-31", title)


def test_a_diarys_headline_of_weeks_under_fire_is_no_battle(nlp):
    doc = _report(nlp, "Two weeks under fire: my diary from Kharkiv", "Monday. The sirens woke us at 4am.")
    assert not [e for e in doc.events if e.event_type == "Battles"], doc.events


def test_a_headline_of_life_under_fire_is_no_battle(nlp):
    doc = _report(nlp, "Life under fire in Khan Younis", "The family has moved four times since October.")
    assert not [e for e in doc.events if e.event_type == "Battles"], doc.events


def test_soldiers_spending_days_under_fire_is_a_fight(nlp):
    doc = read_article(nlp, "Soldiers spent two days under heavy fire near Bakhmut last week.", "2025-03-31")
    assert [e.event_type for e in doc.events] == ["Battles"], doc.events


def test_soldiers_killed_in_an_ambush_are_its_target(nlp):
    ev, = events(nlp, "Three soldiers were killed in an ambush near Kidal on Monday.")
    assert ev.actor1 == "" and ev.actor2 == "Malian forces", ev


def test_the_dead_of_the_fight_told_before_are_its_toll_not_a_new_clash(nlp):
    evs = events(nlp, "LONDON (Reuters) - British paratroopers captured the settlement of Darwin on Friday after a "
                      "long battle, the ministry said. A spokesman said 12 British soldiers were killed and that about "
                      "50 Argentine soldiers died in the fighting.", "1982-05-29")
    assert [e.fatalities for e in evs if e.event_type == "Battles"] == [12], evs
