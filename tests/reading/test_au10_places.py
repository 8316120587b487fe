"""Audit au10 (a build on reports from theatres the golds use little): where events and zones land.
Sentences unlike the audit's (other rivers, countries and units)."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def name(loc):
    return getattr(loc, "name", None)


# (a) "the west bank of the Dnipro": the side of a river (or a front's flank), no part of the country
@pytest.mark.parametrize("title, body, country_part", [
    ("Troops pull back across river",
     "KYIV, May 2 - Russian troops withdrew from the east bank of the Oskil river on Thursday, Ukraine's army said.",
     "eastern Ukraine"),
    ("Army retakes districts",
     "BAGHDAD, May 2 - Iraqi forces recaptured the west bank of the Euphrates near Hit on Thursday.",
     "western Iraq"),
    ("Rebels pushed back",
     "KINSHASA, May 2 - M23 rebels withdrew from the southern flank of the front on Thursday, the army said.",
     "southern Democratic Republic of the Congo"),
])
def test_the_bank_of_a_river_is_no_part_of_the_country(nlp, title, body, country_part):
    doc = read(nlp, title, body)
    assert all(name(c.location) != country_part for c in doc.claims), doc.claims
    assert all(name(e.location) != country_part for e in doc.events), doc.events


def test_the_east_of_the_country_is_still_a_part_of_it(nlp):
    doc = read(nlp, "Shelling in the east",
               "KYIV, May 2 - Russian forces shelled villages in the east on Thursday, Ukraine's army said.")
    strikes = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert [name(e.location) for e in strikes] == ["eastern Ukraine"], doc.events


# (b) "Sudan's western Darfur region": the direction says where the unit lies in the country
@pytest.mark.parametrize("title, body, unit", [
    ("Gunmen kill villagers",
     "LAGOS, May 2 - Gunmen killed nine villagers in Nigeria's northern Sokoto state on Thursday, police said.",
     "Sokoto"),
    ("Drone strike in Syria",
     "BEIRUT, May 2 - A drone strike hit a market in Syria\u2019s north-western Idlib province on Thursday.",
     "Idlib"),
])
def test_a_compass_word_after_a_country_possessive_keeps_the_whole_unit(nlp, title, body, unit):
    doc = read(nlp, title, body)
    assert [name(e.location) for e in mapped(doc)] == [unit], doc.events


def test_a_compass_word_alone_is_still_a_part_of_the_unit(nlp):
    doc = read(nlp, "Gunmen kill villagers",
               "LAGOS, May 2 - Gunmen killed nine villagers in northern Sokoto state on Thursday, police said.")
    assert [name(e.location) for e in mapped(doc)] == ["northern Sokoto"], doc.events


# (c) a country named only as an actor's ("U.S. warplanes", "the U.S. Central Command") is not where the
# paragraph's events are when their own place is not found
def test_a_country_naming_an_actor_is_not_the_paragraphs_country(nlp):
    doc = read(nlp, "Strikes on Somalia",
               "MOGADISHU, May 2 - Al-Shabaab fighters attacked an army post near Jowhar on Wednesday.\n\n"
               "U.S. drones struck al-Shabaab positions near Jilib on Thursday, the U.S. Africa Command said. "
               "Local elders said the strikes hit houses in Bulo Fulay and killed four herders.")
    assert all(getattr(e.location, "country", "") != "US" for e in doc.events), doc.events


# (d) a known name glued by a hyphen to a capitalised word no name found ("Mayo-Tsanaga"): one longer name the
# gazetteer lacks (was: County Mayo, Ireland; Donga, Benin for "Donga-Mantung")
def _geoparse(text):
    from reading.geoparse import geoparse

    return [(text[p["start"]:p["end"]], p["kind"]) for p in geoparse(text)]


def test_a_hyphenated_division_is_one_unknown_name():
    rows = _geoparse("Separatists attacked a checkpoint in the Mayo-Tsanaga division on Friday.")
    assert rows == [("Mayo-Tsanaga", None)]


def test_two_places_or_a_country_and_a_group_joined_by_a_hyphen_stay_apart():
    rows = _geoparse("Talks on the Israel-Hamas war resumed as trucks used the Gao-Menaka road.")
    assert rows == [("Israel", "country"), ("Gao", "city"), ("Menaka", "city")]


# (e) "X village in Y state": a namesake in another state of the same country, far from Y, is not X
@pytest.mark.parametrize("text, town", [
    ("Soldiers raided Gwadabawa village in Borno state on Friday.", "Gwadabawa"),
    ("Gunmen stormed Kaura in Zamfara state late on Saturday.", "Kaura"),
])
def test_a_village_said_in_a_far_state_is_not_its_namesake_there(text, town):
    assert (town, None) in _geoparse(text)


def test_a_village_said_in_its_own_state_keeps_its_place():
    assert ("Gwadabawa", "city") in _geoparse("Soldiers raided Gwadabawa village in Sokoto state on Friday.")


# (f) a town the article tells of fighting over, known to the gazetteer only as a city on another continent: not
# that city, whatever its size (Palma, Mozambique, is no Palma de Mallorca, 438,000 people, 7,000 km away)
def _places(text):
    from reading.geoparse import geoparse

    return {(text[p["start"]:p["end"]], p["lat"] is not None) for p in geoparse(text)}


def test_a_town_fought_over_is_no_big_city_on_another_continent():
    text = ("PEMBA, Mozambique, May 2 - Islamist fighters raided villages near Mueda and Macomia this week. On "
            "Thursday they attacked the town of Palma, near the gas project on the Afungi peninsula, and set fire to "
            "the market. Soldiers from Pemba reached Palma on Friday.")
    got = _places(text)
    assert ("Mueda", True) in got, got
    from reading.geoparse import geoparse

    # unplaced, or (pl6: the story's country named, Mozambique) at Palma district, whose seat the town is
    assert all(r["lat"] is None or (r["lat"] < -10 and 39 < r["lon"] < 41)
               for r in geoparse(text) if text[r["start"]:r["end"]] == "Palma")


def test_a_city_abroad_named_as_a_venue_stays():
    text = ("PEMBA, Mozambique, May 2 - Islamist fighters raided villages near Mueda and Macomia this week. "
            "European ministers met in Palma on Friday to discuss the crisis.")
    assert ("Palma", True) in _places(text)


def test_the_town_after_a_town_fought_over_that_stays_unplaced_is_that_town(nlp):
    from reading.corpus import read_text

    body = ("PEMBA, Mozambique, May 2 - Islamist fighters raided villages near Mueda and Macomia this week.\n\n"
            "On Thursday they attacked the town of Palma and burned its market. Soldiers retook the town on "
            "Friday, the army said.")
    doc = nlp(read_text("Fighters raid Palma\n\n" + body, doc_id="t", published="2026-05-02", title="Fighters raid Palma"))
    assert all(getattr(c.location, "name", "") not in ("Mueda", "Macomia") for c in doc.claims), doc.claims
    assert all(getattr(e.location, "name", "") not in ("Mueda", "Macomia") for e in doc.events
               if "territory" in e.sub_event_type), doc.events
