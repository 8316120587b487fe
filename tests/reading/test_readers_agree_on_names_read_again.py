"""Plain geoparsing and the pipeline's place mentions read a name alike after resolution (one stage,
``reading.geoparse.names_read_again``): a town "Lake X" named after a big city's lake abroad is that lake,
unplaced; a seat of government written for its government is its building; "X Union Territory" is that unit.
A seat written bare stands for its government (role "actor"), so that no event goes to its city for it; a named
hospital or sports ground is one landmark at the town the text puts it in, not the place in its name.
New sentences only."""
from __future__ import annotations

import pytest

from reading.document import Document
from reading.geoparse import geoparse
from reading.toponyms import PlaceMentions
from tests.reading.places import unplaced_or_feature


@pytest.fixture(scope="module")
def places(gaz):
    return PlaceMentions(gaz)


def _both(places, gaz, text: str, name: str):
    """The pipeline's mention and geoparse's row over ``name``."""
    s = text.index(name)
    mentions = [m for m in places(Document(id="t", text=text)).mentions if m.start <= s < m.end]
    rows = [r for r in geoparse(text, gazetteer=gaz) if r["start"] <= s < r["end"]]
    assert mentions and rows, (mentions, rows)
    return mentions[0], rows[0]


@pytest.mark.parametrize("text, name", [
    ("Tour boats stayed moored on Lake Como after a landslide cut the road to Bellagio.", "Lake Como"),
    ("A ferry with 40 passengers ran aground on Lake Geneva off Lausanne on Sunday.", "Lake Geneva"),
    ("Divers searched Lake Lucerne near Weggis for a missing swimmer.", "Lake Lucerne"),
])
def test_a_lake_named_after_a_city_abroad_is_unplaced_by_both(places, gaz, text, name):
    m, row = _both(places, gaz, text, name)
    assert row["lat"] is None
    assert m.location is None, m.location


def test_a_town_named_after_a_lake_in_a_local_story_is_the_town_for_both(places, gaz):
    m, row = _both(places, gaz, "Storms knocked out power in Lake Zurich, Ill., and nearby Barrington.", "Lake Zurich")
    assert row["lat"] is not None and abs(row["lat"] - 42.2) < 0.2
    assert m.location is not None and abs(m.location.lat - row["lat"]) < 0.05


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Kremlin aides insisted on Tuesday that the summit in Astana would go ahead.", "Kremlin", 55.75, 37.62),
    ("Downing Street said the prime minister would fly to Warsaw next week.", "Downing Street", 51.50, -0.13),
    ("Whitehall officials briefed reporters in Glasgow about the new grants.", "Whitehall", 51.50, -0.13),
])
def test_a_seat_written_for_its_government_is_its_building_for_both(places, gaz, text, name, lat, lon):
    m, row = _both(places, gaz, text, name)
    assert row["lat"] is not None and abs(row["lat"] - lat) < 0.1 and abs(row["lon"] - lon) < 0.1
    assert m.location is not None and abs(m.location.lat - lat) < 0.1 and abs(m.location.lon - lon) < 0.1


@pytest.mark.parametrize("text, name", [
    ("Kremlin aides insisted on Tuesday that the summit in Astana would go ahead.", "Kremlin"),
    ("Whitehall officials briefed reporters in Glasgow about the new grants.", "Whitehall"),
])
def test_a_bare_seat_the_place_finder_missed_is_its_government_acting(places, gaz, text, name):
    m, _ = _both(places, gaz, text, name)
    assert m.role == "actor"  # the government acting, not where something happened


@pytest.mark.parametrize("text, name, precision", [
    ("Troops sealed off Naypyitaw Union Territory on Friday after the blasts.", "Naypyitaw", 2),
    ("Schools shut across the Chandigarh Union Territory as the smog thickened.", "Chandigarh", 3),
])
def test_a_capital_territory_is_its_unit_for_both(places, gaz, text, name, precision):
    m, row = _both(places, gaz, text, name)
    assert row["lat"] is not None and row["precision"] == precision
    assert m.location is not None and m.location.precision == precision
    assert abs(m.location.lat - row["lat"]) < 0.05 and abs(m.location.lon - row["lon"]) < 0.05


def test_the_unit_words_are_no_other_place_for_the_pipeline(places, gaz):
    text = "A curfew held in the Delhi National Capital Territory after the riots."
    doc = places(Document(id="t", text=text))
    assert [m.text for m in doc.mentions if m.location is not None] == ["Delhi"]


def test_a_seat_that_tells_of_an_attack_puts_no_event_at_its_building(nlp):
    # the government speaks: the strike is not at the Kremlin (as a location it would be)
    text = "Ukrainian drones struck an oil depot overnight, killing two guards, Kremlin officials said."
    doc = nlp(Document(id="t", text=text))
    assert doc.events, doc.problems
    assert all(e.location is None or abs(e.location.lat - 55.75) > 0.5 for e in doc.events), \
        [e.location.name for e in doc.events]


@pytest.mark.parametrize("text, name, lat, lon", [
    ("A grenade exploded on Mombasa Road in Nairobi on Tuesday, police said.", "Mombasa Road", -1.29, 36.82),
    ("In Manchester, police closed Oxford Road after a water main burst.", "Oxford Road", 53.48, -2.24),
])
def test_a_road_named_after_a_town_is_in_the_town_the_text_puts_it_in_for_both(places, gaz, text, name, lat, lon):
    m, row = _both(places, gaz, text, name)
    assert row["lat"] is not None and abs(row["lat"] - lat) < 0.2 and abs(row["lon"] - lon) < 0.2
    assert m.location is not None and abs(m.location.lat - lat) < 0.2 and abs(m.location.lon - lon) < 0.2, m.location


@pytest.mark.parametrize("text, name", [
    ("Settlers torched two tents in the Jordan Valley on Friday, residents said.", "Jordan Valley"),
    ("Militants blew up a pipeline in the Niger Delta overnight, the army said.", "Niger Delta"),
])
def test_a_land_feature_is_not_the_country_in_its_name_for_both(places, gaz, text, name):
    m, row = _both(places, gaz, text, name)
    assert unplaced_or_feature(row)
    assert m.location is None, m.location.name


def test_a_protest_on_a_road_named_after_another_town_is_in_the_town(nlp):
    text = "Police fired tear gas at hundreds of protesters on Mombasa Road in Nairobi on Tuesday."
    doc = nlp(Document(id="t", text=text))
    assert doc.events, doc.problems
    assert all(e.location is not None and abs(e.location.lat + 1.29) < 0.3 for e in doc.events), \
        [e.location and e.location.name for e in doc.events]


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Police in Glasgow said a man was stabbed on Saturday night. He was taken to the Royal Alexandra Hospital, "
     "where he remains stable.", "Royal Alexandra Hospital", 55.86, -4.25),
    ("Gunmen attacked the Lady Reading Hospital in Peshawar on Monday, killing two guards.", "Lady Reading Hospital", 34.01, 71.58),
    ("Protesters marched in Sydney on Sunday. Three officers were treated at the Royal Prince Alfred Hospital.",
     "Royal Prince Alfred Hospital", -33.87, 151.21),
])
def test_a_hospital_named_after_a_far_place_is_in_the_town_the_text_puts_it_in_for_both(places, gaz, text, name, lat, lon):
    m, row = _both(places, gaz, text, name)
    assert row["lat"] is not None and abs(row["lat"] - lat) < 0.2 and abs(row["lon"] - lon) < 0.2
    assert m.text == name and m.location is not None, (m.text, m.location)
    assert abs(m.location.lat - lat) < 0.2 and abs(m.location.lon - lon) < 0.2, m.location.name


def test_a_hospital_named_after_its_own_town_stays_that_town_for_the_pipeline(places):
    text = "Rebels shelled the town overnight and the Kassala Hospital took in 14 wounded."
    m = next(m for m in places(Document(id="t", text=text)).mentions if m.text.startswith("Kassala"))
    assert m.text == "Kassala" and m.location is not None and abs(m.location.lat - 15.45) < 0.2


def test_an_attack_at_a_hospital_named_after_a_far_place_is_in_the_story_town(nlp):
    text = "Unrest continued in Sydney. A bomb exploded at the Prince of Wales Hospital on Sunday, injuring three."
    doc = nlp(Document(id="t", text=text))
    assert doc.events, doc.problems
    assert all(e.location is not None and abs(e.location.lat + 33.87) < 0.3 for e in doc.events), \
        [e.location and e.location.name for e in doc.events]


@pytest.mark.parametrize("text, name", [
    ("Deputies in Hardin County, Ohio, said a barn burned down in Bath Township on Sunday.", "Bath Township"),
    ("A house fire in Washington Township, near Dayton, Ohio, killed two people overnight.", "Washington Township"),
    ("State police in Pennsylvania said the crash in Franklin Township closed the road for hours.", "Franklin Township"),
])
def test_a_us_township_is_one_unplaced_name_for_both(places, gaz, text, name):
    # a US civil township is no county of its name (nor a town of it elsewhere): not placed, by either reader
    m, row = _both(places, gaz, text, name)
    assert row["lat"] is None
    assert m.text == name and m.location is None, (m.text, m.location and m.location.name)


@pytest.mark.parametrize("text, name, lat", [
    ("Junta troops raided villages in Monywa Township on Monday, residents said.", "Monywa", 22.1),
    ("Flooding closed roads in Tay Valley Township, Ontario, on Tuesday.", "Tay Valley", 44.8),
])
def test_a_township_read_as_its_unit_stays_placed_for_the_pipeline(places, text, name, lat):
    m = next(m for m in places(Document(id="t", text=text)).mentions if m.text.startswith(name))
    assert m.location is not None and abs(m.location.lat - lat) < 0.3, m.location
