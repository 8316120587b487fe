"""Events the last sessions left alone (session 25, evh): a crowd fired at with no day told, talks someone travels
to mediate, a side's attacks spreading over months, the violence of one clause of a list of protests, an object list's
police, two days told of one kind of event, and days counted from an event the story dates. Own sentences."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, read_article, read_report as read


# --- a crowd fired at, with no day of its own: the article's day, not no event ---------------------------------

@pytest.mark.parametrize("body, place", [
    ("Riot police fired tear gas at protesters in Kampala, witnesses said.", "Kampala"),
    ("Security forces fired rubber bullets at demonstrators in Lima.", "Lima"),
])
def test_a_crowd_fired_at_with_no_day_is_a_protest_of_the_articles_day(nlp, body, place):
    doc = read(nlp, body)
    evs = [e for e in mapped(doc) if e.event_type in ("Protests", "Riots")]
    assert [(e.location.name, e.date.start) for e in evs] == [(place, dt.date(2025, 6, 3))], doc.events
    assert evs[0].sub_event_type == "Protest with intervention", doc.events
    assert evs[0].date.basis == "publication", doc.events  # (honest: no day was told, the article's is taken)


def test_shot_at_protests_in_general_stays_no_event(nlp):
    doc = read(nlp, "Some of the men had been wounded at protests in Homs years ago, relatives said.")
    assert not [e for e in doc.events if e.event_type in ("Protests", "Riots")], doc.events


# --- talks someone travels to mediate: planned, not an agreement reached --------------------------------------

@pytest.mark.parametrize("body", [
    "The AU envoy arrived in Juba on Monday to mediate the peace talks between the government and the SPLM-IO.",
    "The Kenyan president flew to Addis Ababa to facilitate a new round of peace talks between Ethiopia and the TPLF.",
])
def test_talks_someone_comes_to_mediate_are_no_agreement_told(nlp, body):
    doc = read(nlp, body)
    assert not [e for e in mapped(doc) if e.sub_event_type == "Agreement"], doc.events


def test_talks_held_stay_an_agreement_event(nlp):
    doc = read(nlp, "Delegations of the government and the SPLM-IO met in Nairobi on Monday for peace talks.")
    assert [e.sub_event_type for e in mapped(doc)] == ["Agreement"], doc.events


# --- a side's attacks spreading over months: a trend, no one event ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Islamic State Sahel has in recent months expanded its attacks into southern Niger and northern Benin.",
    "The ADF has extended its raids into Ituri province over the past year.",
    "Ansaru has since January stepped up raids on villages in Kaduna state.",
])
def test_attacks_spread_over_a_span_are_no_event(nlp, body):
    doc = read(nlp, body, published="2025-07-10")
    assert not [e for e in doc.events if e.event_type in ("Battles", "Explosions/Remote violence",
                                                          "Violence against civilians")], doc.events


def test_a_raid_told_with_its_day_stays_an_event(nlp):
    doc = read(nlp, "ADF rebels raided a village in Ituri province on Monday, killing nine people.",
               published="2025-07-10")
    assert [e.fatalities for e in mapped(doc) if e.event_type == "Violence against civilians"] == [9], doc.events


# --- a list of protests, and violence told in another part of the sentence -------------------------------------

@pytest.mark.parametrize("body, calm, violent", [
    ("Protests were held in Mwanza, Arusha and Dodoma on Tuesday, and in Mbeya protesters set fire to a police "
     "station.", {"Mwanza", "Arusha", "Dodoma"}, "Mbeya"),
    ("Hundreds marched peacefully in Lagos and Abuja on Monday, but in Kano protesters looted shops.",
     {"Lagos", "Abuja"}, "Kano"),
    ("Protests were held in Cochabamba and Sucre on Wednesday, while in El Alto demonstrators torched a bus.",
     {"Cochabamba", "Sucre"}, "El Alto"),
])
def test_violence_of_one_part_types_only_its_own_protest(nlp, body, calm, violent):
    doc = read(nlp, body, published="2025-07-10")
    evs = mapped(doc)
    assert {e.location.name for e in evs if e.event_type == "Protests"} >= calm, doc.events
    assert [e.location.name for e in evs if e.event_type == "Riots"] == [violent], doc.events


def test_a_crowd_clashing_with_police_in_its_own_part_is_a_riot(nlp):
    doc = read(nlp, "Protesters clashed with police in Kisumu, where a man was shot dead, and in Kakamega, where "
                    "demonstrators looted shops.", published="2025-07-10")
    evs = [e for e in mapped(doc) if e.location is not None and e.location.name == "Kisumu"]
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Violent demonstration")], doc.events


def test_a_crowd_that_marched_then_torched_stays_one_riot(nlp):
    doc = read(nlp, "Demonstrators marched through Kisii on Monday, and later torched the town hall.",
               published="2025-07-10")
    assert [(e.event_type, e.location.name) for e in mapped(doc)] == [("Riots", "Kisii")], doc.events


# --- police in the list of things a crowd attacked are not who set the fire after it --------------------------

def test_police_cars_in_an_object_list_do_not_act_next(nlp):
    doc = read(nlp, "Protesters blocked roads and attacked vehicles, including two police cars, then set fire to a "
                    "police station in Sokode on Tuesday.", published="2025-07-10")
    evs = mapped(doc)
    assert evs and all(e.actor1 == "protesters" for e in evs), doc.events
    assert all(e.event_type == "Riots" for e in evs), doc.events
    assert any("police" in e.actor2.lower() for e in evs), doc.events  # (the police attacked stay the side attacked)


# --- two days told of one kind of event: two events ------------------------------------------------------------

@pytest.mark.parametrize("body, days", [
    ("Students rallied in Novi Sad on Tuesday. Earlier rallies in Nis on June 28 and July 2 had drawn thousands.",
     [dt.date(2025, 6, 28), dt.date(2025, 7, 2)]),
    ("Houthi missiles struck Eilat on 3 May and on 9 May, the Israeli army said.",
     [dt.date(2025, 5, 3), dt.date(2025, 5, 9)]),
])
def test_two_days_joined_by_and_are_two_events(nlp, body, days):
    doc = read(nlp, body, published="2025-07-10")
    evs = [e for e in mapped(doc) if e.location is not None and e.location.name in ("Niš", "Nis", "Eilat")]
    assert sorted(e.date.start for e in evs) == days, doc.events


def test_days_between_two_dates_are_no_two_events(nlp):
    doc = read(nlp, "Houthi missiles struck Eilat several times between 3 May and 9 May, the Israeli army said.",
               published="2025-07-10")
    assert len([e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]) <= 1, doc.events


# --- days counted from an event the story dates --------------------------------------------------------------

@pytest.mark.parametrize("text, published, day", [
    ("War in Ukraine\n\nThe ceasefire took effect on Sunday. Forty-eight hours after the ceasefire took effect, "
     "Russian forces shelled Nikopol, killing two civilians.", "2025-06-05", dt.date(2025, 6, 3)),
    ("War in Gaza\n\nTwo days after the truce collapsed on Monday, Israeli jets struck Rafah, killing 12 people.",
     "2025-06-05", dt.date(2025, 6, 4)),
    ("War in Ukraine\n\nRussia invaded Ukraine on February 24. On day 100 of the war, Russian forces shelled "
     "Lysychansk, killing three civilians.", "2022-06-10", dt.date(2022, 6, 3)),
])
def test_a_day_counted_from_a_dated_event(nlp, text, published, day):
    doc = read_article(nlp, text, published)
    evs = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert [(e.date.start, e.date.precision) for e in evs] == [(day, "day")], doc.events


def test_a_week_into_an_offensive_is_that_week(nlp):
    doc = read_article(nlp, "War in Sudan\n\nThe RSF launched an offensive on El Fasher on 3 May. A week into the "
                            "offensive, RSF drones struck the city's main hospital, killing nine people.", "2025-05-20")
    evs = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert [(e.date.start, e.date.end, e.date.precision) for e in evs] == [
        (dt.date(2025, 5, 10), dt.date(2025, 5, 16), "week")], doc.events


def test_a_count_past_publication_is_not_read(nlp):
    doc = read_article(nlp, "War in Gaza\n\nThe truce took effect on Monday. Ten days after the truce took effect, "
                            "Israeli jets struck Rafah, killing 12 people.", "2025-06-05")
    evs = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.date.start <= dt.date(2025, 6, 5) for e in evs), doc.events


# --- a diary's day heading: "this morning" under it is of its day ---------------------------------------------

def test_this_morning_under_a_diarys_day_heading_is_that_day(nlp):
    text = ("Diary from Mariupol\n\nA week in the besieged city\n\nWednesday, 9 March\n\nThis morning a Russian air "
            "strike hit the maternity hospital, killing three people.\n\nSaturday 12 March\n\nThis morning tanks "
            "shelled the Livoberezhnyi district.")
    doc = read_article(nlp, text, "2022-03-20")
    evs = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert sorted(e.date.start for e in evs) == [dt.date(2022, 3, 9), dt.date(2022, 3, 12)], doc.events


def test_a_day_heading_moves_relative_days_below_it():
    from reading.dates import find_dates
    text = ("Field notes\n\nFriday, 7 June\n\nYesterday the convoy reached Kidal. This evening it left again.\n\n"
            "Monday, 10 June\n\nThis morning the convoy reached Tessalit.")
    got = [(m.text, m.date.start) for m in find_dates(text, dt.date(2024, 6, 20)) if m.date is not None]
    assert [g for g in got if g[0][0] in "YT"] == [("Yesterday", dt.date(2024, 6, 6)), ("This evening", dt.date(2024, 6, 7)),
                                                   ("This morning", dt.date(2024, 6, 10))], got


def test_a_single_date_line_moves_no_relative_day():
    from reading.dates import find_dates
    text = "Security update\n\nJune 7, 2024\n\nYesterday a convoy was ambushed near Kidal."
    got = [(m.text, m.date.start) for m in find_dates(text, dt.date(2024, 6, 20)) if m.date is not None]
    assert ("Yesterday", dt.date(2024, 6, 19)) in got, got


def test_a_date_inside_a_sentence_is_no_day_heading():
    from reading.dates import find_dates
    text = "Field notes\n\nThe convoy left Gao on 7 June.\n\nYesterday it reached Kidal."
    got = [(m.text, m.date.start) for m in find_dates(text, dt.date(2024, 6, 20)) if m.date is not None]
    assert ("Yesterday", dt.date(2024, 6, 19)) in got, got


# --- fighting for trade is no fight ----------------------------------------------------------------------------

def test_fighting_for_every_cargo_is_no_battle(nlp):
    doc = read(nlp, "Tanker owners in Fujairah are now fighting for every cargo as freight rates soar.",
               published="2025-07-10")
    assert not [e for e in doc.events if e.event_type == "Battles"], doc.events


def test_fighting_for_every_street_stays_a_battle(nlp):
    doc = read(nlp, "Ukrainian troops are fighting for every street in Chasiv Yar, a commander said on Monday.",
               published="2025-07-10")
    assert [e.event_type for e in mapped(doc)] == ["Battles"], doc.events
