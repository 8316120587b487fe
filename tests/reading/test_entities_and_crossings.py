"""Places the shipped sources lacked or named otherwise (pl2): a self-declared state and a country's
entities as regions, not the whole country or nothing; the press's short or other names of places the
gazetteer holds; crossings, coastal zones and suburbs of conflict reports (``geo/data/curated_places.csv``)."""
import pytest

from tests.reading.places import toponyms_by_name


def _row(text, gaz, name):
    return toponyms_by_name(text, gaz)[name]


@pytest.mark.parametrize("text", [
    "Somaliland's president flew to Addis Ababa for talks on a port deal.",
    "Troops from Somaliland and Puntland clashed outside Las Anod.",
])
def test_somaliland_is_a_region_in_the_north_west_not_all_of_somalia(gaz, text):
    row = _row(text, gaz, "Somaliland")
    assert row["kind"] == "region" and row["precision"] == 3
    assert 8.0 < row["lat"] < 11.5 and 42.6 < row["lon"] < 49.1  # not Somalia's centre, near 5 N


@pytest.mark.parametrize("text, name", [
    ("The parliament of Republika Srpska voted to stop applying state court rulings.", "Republika Srpska"),
    ("Police in the Serb Republic detained two journalists in Bijeljina.", "Serb Republic"),
    ("The Federation of Bosnia and Herzegovina raised fuel taxes.", "Federation of Bosnia and Herzegovina"),
])
def test_bosnias_entities_are_regions_of_bosnia(gaz, text, name):
    row = _row(text, gaz, name)
    assert row["kind"] == "region"
    assert 42.5 < row["lat"] < 45.3 and 15.7 < row["lon"] < 19.7


def test_the_canaries_are_the_spanish_islands(gaz):
    row = _row("Rescuers brought 300 migrants ashore in the Canaries after a week at sea.", gaz, "Canaries")
    assert row["name"] == "Canary Islands"


def test_a_town_called_canaries_keeps_its_country(gaz):
    row = _row("Landslides cut the road to Canaries, a fishing village on Saint Lucia's west coast.", gaz, "Canaries")
    assert row["lat"] is None or (13 < row["lat"] < 14.5 and -61.5 < row["lon"] < -60.5)


@pytest.mark.parametrize("text", [
    "The army said Kyaukphyu port was under heavy shelling.",
    "Rakhine fighters encircled Kyaukphyu, home to a Chinese-funded deep-sea port.",
])
def test_kyaukphyu_is_the_port_geonames_spells_kyaukpyu(gaz, text):
    row = _row(text, gaz, "Kyaukphyu")
    assert abs(row["lat"] - 19.43) < 0.1 and abs(row["lon"] - 93.55) < 0.1


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Israel reopened the Kerem Shalom crossing to fuel trucks on Sunday.", "Kerem Shalom", 31.22, 34.28),
    ("Families displaced from Rafah pitched tents in Mawasi by the sea.", "Mawasi", 31.35, 34.26),
    ("Warplanes hit two buildings in the Dahiya, Hezbollah's stronghold south of Beirut.", "Dahiya", 33.85, 35.50),
])
def test_crossings_zones_and_suburbs_of_reports_are_placed(gaz, text, name, lat, lon):
    row = _row(text, gaz, name)
    assert row["lat"] is not None and abs(row["lat"] - lat) < 0.05 and abs(row["lon"] - lon) < 0.05


@pytest.mark.parametrize("text", [
    "Israeli drones struck Sour at dawn, Lebanon's health ministry said.",
    "Warplanes pounded Sour and villages near Nabatieh.",
])
def test_a_towns_name_that_is_a_word_after_a_strike_verb(gaz, text):
    row = _row(text, gaz, "Sour")
    assert row["name"] == "Tyre"


@pytest.mark.parametrize("text", [
    "Petrol bombs were thrown at police in Derry overnight.",
    "A security alert closed roads in Derry, police in Northern Ireland said.",
    "Two men were arrested in Derry after the march, the UK government said.",
])
def test_derry_without_another_northern_irish_town(gaz, text):
    row = _row(text, gaz, "Derry")
    assert abs(row["lat"] - 55.0) < 0.1 and abs(row["lon"] + 7.31) < 0.1


@pytest.mark.parametrize("text", [
    "Fano fighters entered Lalibela before dawn.",
    "The Fano militia said it had taken Debre Tabor.",
])
def test_fano_the_amhara_militia_is_no_place(gaz, text):
    assert "Fano" not in toponyms_by_name(text, gaz)
