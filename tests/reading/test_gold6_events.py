"""The sixth events gold (``bench/data/events_gold6.jsonl``): the error classes of its first run, on
sentences of their own (other conflicts, places and names than the gold's): a key-events page whose days
head their bullets, drone and air attacks told as attacks, road blocks of burning tyres, a suicide car
bombing, a tank shell, a ship or a captive taken to a port, hijackings, and captives freed told in the passive."""
import datetime as dt

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, text, published="2026-03-09", title=None):
    return nlp(read_text(text, doc_id="t", published=published, title=title))


# (a) a key-events page: a day's date alone on its line heads the bullets below it
def test_key_events_bullets_take_the_day_heading_them(nlp):
    text = ("Yemen: key events, March 2 - March 8\n\nThese are the week's main events.\n\nTuesday, March 3\n"
            "- Houthi drones struck a fuel depot in Marib, the army said.\n\nThursday, March 5\n"
            "- Shelling hit a market in Taiz, killing four civilians, medics said.")
    days = {e.location.name.replace("'", ""): e.date.start for e in mapped(read(nlp, text))}
    assert days.get("Marib") == dt.date(2026, 3, 3), days
    assert days.get("Taiz") == dt.date(2026, 3, 5), days


def test_a_single_date_line_heads_nothing(nlp):
    # one date alone on a line (a report's date) is no day heading: the weekday still dates the event
    text = ("Somalia security update\n\nMarch 6, 2026\n\nOn Sunday, a roadside bomb hit an army truck near Afgoye, "
            "killing two soldiers.")
    [ev] = mapped(read(nlp, text))
    assert ev.date.start == dt.date(2026, 3, 8), ev.date


# (b) "a drone attack on the port", "a massive air attack on the capital": strikes from the air, not a ground assault
def test_a_drone_attack_on_a_place_is_an_air_strike_not_a_clash(nlp):
    evs = mapped(read(nlp, "Russia answered with a drone attack on the port of Odesa on Sunday night, wounding two "
                           "dock workers, the governor said."))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], [(e.event_type, e.sub_event_type) for e in evs]


def test_an_air_attack_is_an_air_strike(nlp):
    evs = mapped(read(nlp, "Israeli jets carried out an air attack on Hodeidah port on Monday, the Houthi-run "
                           "health ministry said."))
    assert evs and {e.event_type for e in evs} == {"Explosions/Remote violence"}, evs
    assert all(e.sub_event_type == "Air/drone strike" for e in evs)


# (c) road blocks of burning tyres: a protest (ACLED), not a riot, unless the crowd attacks people or property
def test_burning_tyres_on_a_road_are_a_peaceful_protest(nlp):
    [ev] = mapped(read(nlp, "Hundreds of taxi drivers blocked the main road into Accra with burning tyres on "
                            "Monday to protest against fuel prices."))
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_burned_police_post_is_still_a_riot(nlp):
    [ev] = mapped(read(nlp, "Protesters burned a police post in Kisii on Monday after a student was shot."))
    assert ev.event_type == "Riots"


# (d) "a suicide car bombing"
def test_a_suicide_car_bombing_is_a_suicide_bomb(nlp):
    evs = mapped(read(nlp, "A suicide car bombing on a police checkpoint in Bannu killed four officers on Friday."))
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"], evs
    assert evs[0].fatalities == 4


# (e) "a tank shell hit ...": shelling, not an attack by gunmen
def test_a_tank_shell_that_hit_is_shelling(nlp):
    evs = mapped(read(nlp, "A tank shell hit a school sheltering displaced families in Beit Lahia on Tuesday, "
                           "killing three children."))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")], evs


# (f) "taken to the port of X": carried there, no capture of X
def test_a_ship_taken_to_a_port_is_no_capture(nlp):
    doc = read(nlp, "The seized cargo ship was taken to the port of Berbera on Saturday, the coast guard said.")
    assert not [e for e in mapped(doc) if "territory" in (e.sub_event_type or "")], mapped(doc)
    assert not doc.claims


def test_a_town_taken_is_still_a_capture(nlp):
    doc = read(nlp, "Rebels took the town of Kalemie on Saturday after heavy fighting, residents said.")
    assert any("territory" in (e.sub_event_type or "") for e in mapped(doc)), mapped(doc)


# (g) a hijacking takes its passengers or crew
def test_a_hijacked_bus_is_an_abduction(nlp):
    [ev] = mapped(read(nlp, "Gunmen hijacked a bus carrying 30 passengers near Zaria on Monday, police said."))
    assert ev.sub_event_type == "Abduction/forced disappearance"


# (h) "the 14 crew members were released": captives freed, told in the passive
def test_captives_released_in_the_passive_are_a_release(nlp):
    [ev] = mapped(read(nlp, "The 14 crew members of the fishing vessel were released on Thursday near Hobyo, "
                            "local officials said."))
    assert ev.event_type == "Strategic developments"
    assert ev.date.start == dt.date(2026, 3, 5)


def test_a_prison_release_date_set_is_no_release(nlp):
    # a release planned or rumoured is not one told
    assert mapped(read(nlp, "The prisoners will be released next week under the amnesty, the minister said.")) == []


# (i) history in the body: "On March 3 last year, ...", "killed in the 2025 protests" (a whole past year)
def test_a_day_of_last_year_half_a_year_back_is_history(nlp):
    doc = read(nlp, "On March 3 last year, protesters stormed the parliament building in Accra and set part of it "
                    "on fire.", published="2026-03-09")
    assert mapped(doc) == [], mapped(doc)


def test_a_past_year_written_alone_is_history(nlp):
    doc = read(nlp, "Police killed at least 40 people in the 2025 protests, rights groups say.", published="2026-03-09")
    assert mapped(doc) == [], mapped(doc)


def test_a_recent_day_of_last_year_is_still_news(nlp):
    [ev] = mapped(read(nlp, "On December 28 last year, gunmen killed five people in Bawku, police said.",
                       published="2026-01-05"))
    assert ev.date.start == dt.date(2025, 12, 28)


# (j) a perfect over a long stretch is a record of many acts, not one event
def test_a_perfect_over_months_is_no_event(nlp):
    assert mapped(read(nlp, "Al-Shabaab has attacked villages near Baidoa for months, accusing residents of "
                            "collaborating with the army.")) == []
    assert mapped(read(nlp, "For more than a year, the African Union force has fought with half the soldiers it "
                            "was promised.")) == []
    assert mapped(read(nlp, "In recent weeks, drones have also struck the airport in Kassala and a power station "
                            "in Atbara.")) == []


def test_a_killing_beside_a_long_feud_is_still_read(nlp):
    [ev] = mapped(read(nlp, "Gunmen killed four farmers near Jos on Sunday, the latest attack in a feud that has "
                            "lasted for years."))
    assert ev.fatalities == 4 and ev.date.start == dt.date(2026, 3, 8)


# (k) "the deadliest ... this year": the year a superlative compares over is not the event's date
def test_the_year_of_a_superlative_does_not_date_the_event(nlp):
    [ev] = mapped(read(nlp, "Bomb kills 12 at Quetta market, the city's deadliest attack this year",
                       published="2025-11-11"))
    assert ev.date.start == dt.date(2025, 11, 11), ev.date


# (l) protests in a list of towns: one event per town (ACLED's one event per location), as for strikes and fights
def test_protests_in_a_list_of_towns_are_one_event_each(nlp):
    evs = mapped(read(nlp, "Thousands marched in Kampala and Jinja on Saturday against the new land law."))
    assert sorted(e.location.name for e in evs) == ["Jinja", "Kampala"], evs
    assert {e.event_type for e in evs} == {"Protests"}


# (m) a crowd that gathers or blocks a road demanding something is a protest
def test_a_gathering_or_road_block_with_demands_is_a_protest(nlp):
    [ev] = mapped(read(nlp, "Relatives of the detained miners gathered outside the police station in Tarkwa on Monday "
                            "demanding their release."))
    assert ev.event_type == "Protests" and ev.location.name == "Tarkwa"
    [ev] = mapped(read(nlp, "Hundreds of farmers blocked the main highway near Gonaives on Tuesday, demanding "
                            "protection from the gangs."))
    assert ev.event_type == "Protests"


def test_a_gathering_with_no_demand_is_no_protest(nlp):
    assert mapped(read(nlp, "Rescuers gathered at the site of the collapsed school in Kisumu on Monday.")) == []


# (n) a ship's name after its type is no place ("the frigate Victoria" is not Victoria, Hong Kong)
def test_a_ship_named_after_its_type_is_no_place(nlp):
    doc = read(nlp, "The frigate Sheffield reached the hijacked tanker on Friday and freed its crew after an exchange "
                    "of fire in which two pirates were killed.")
    assert not [m for m in doc.mentions if m.location is not None and "Sheffield" in (m.location.name or "")]
    assert all(e.location is None or "Sheffield" not in e.location.name for e in doc.events)


# (o) "drones launched/operated by X struck ...": a drone strike, whoever is named between
def test_drones_launched_by_a_side_that_struck_are_a_drone_strike(nlp):
    evs = mapped(read(nlp, "Drones operated by a government task force struck a house used by a gang in Delmas on "
                           "Sunday, killing at least eight people."))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], [(e.event_type, e.sub_event_type) for e in evs]
    assert evs[0].fatalities == 8
    evs = mapped(read(nlp, "Drones launched by the rebels hit the airport in Kassala on Tuesday."))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], evs


# (p) an interception told after the attack it stopped is that attack's outcome, not an event of its own
def test_rockets_intercepted_after_their_firing_are_one_event(nlp):
    evs = mapped(read(nlp, "Militants fired four rockets towards Ashkelon on Monday morning; the military said one "
                           "was intercepted and three fell in open areas."))
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"], evs


def test_drones_shot_down_alone_are_still_read(nlp):
    evs = mapped(read(nlp, "Air defences shot down 12 drones over Belgorod on Monday, the governor said."))
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"], evs


# (q) "stormed a bar in X ... and killed nine men": a raid on civilians, whatever the site stormed
def test_a_site_stormed_where_civilians_were_killed_is_an_attack(nlp):
    [ev] = mapped(read(nlp, "Gunmen stormed a wedding party in Zaria on Saturday night and killed seven guests, "
                            "police said."))
    assert (ev.event_type, ev.fatalities) == ("Violence against civilians", 7)
    assert ev.location.name == "Zaria"


def test_a_hotel_entered_is_still_no_event(nlp):
    assert mapped(read(nlp, "Soldiers entered a hotel in Mogadishu on Monday to search for a suspect.")) == []


# (r) "struck the port of X" (a port, an airport, an air base, a refinery): a strike from afar on it
def test_a_port_struck_is_a_strike_there(nlp):
    evs = mapped(read(nlp, "Israel struck the port of Latakia on Tuesday night, Syrian state media said."))
    assert [(e.event_type, e.location.name) for e in evs] == [("Explosions/Remote violence", "Latakia")], evs


def test_a_storm_that_struck_a_port_city_is_no_event(nlp):
    assert mapped(read(nlp, "The storm struck the port city of Veracruz on Tuesday, flooding the old town.")) == []


# (s) "St. Mary's School", "St. Andrew's Church": an institution named after a saint, not a parish of Antigua or Barbados
def test_a_saints_school_or_church_is_no_place(nlp):
    doc = read(nlp, "Gunmen stormed St. Andrew's Church in Kaduna on Sunday, killing three worshippers.")
    [ev] = mapped(doc)
    assert ev.location.name == "Kaduna" and ev.fatalities == 3
    doc = read(nlp, "Gunmen abducted 20 pupils from St. Mary's School in Kagoro on Monday.")
    assert all(e.location is None or e.location.country == "NG" for e in mapped(doc)), mapped(doc)
