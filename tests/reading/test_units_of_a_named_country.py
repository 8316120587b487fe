"""A village the gazetteer lacks, written in a sentence that names only its country, is the one second- or
third-level unit of its name there (``geo/admin_units.py``): the commune, territory or local government
area it gives its name to, at the unit's centre with a district's precision (pl2). Sentences of our own."""
import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Armed men torched houses in Anefif, in northern Mali, residents said.", "Anefif", 18.26, 0.75),
    ("Rebels killed nine people in Bafwasende, in the Democratic Republic of Congo, after dark.", "Bafwasende", 0.74, 27.0),
    ("Bandits abducted 30 farmers in Agatu, Nigeria, on Sunday.", "Agatu", 7.87, 7.89),
])
def test_the_one_unit_of_the_name_in_the_named_country(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert row["kind"] == "county" and row["precision"] == 2
    assert abs(row["lat"] - lat) < 0.05 and abs(row["lon"] - lon) < 0.05


def test_several_units_of_the_name_in_the_country_leave_it_unplaced(gaz):
    row = toponyms_by_name("Gunmen attacked a market in Benkadi, Mali, overnight.", gaz)["Benkadi"]
    assert row["lat"] is None


def test_a_unit_far_from_the_texts_towns_is_not_taken(gaz):
    text = "Bandits raided Agatu, Nigeria, and fled with cattle. Police in Katsina said they arrested four."
    assert toponyms_by_name(text, gaz)["Agatu"]["lat"] is None  # Agatu LGA is ~550 km from Katsina


def test_a_unit_of_another_country_is_no_candidate(gaz):
    row = toponyms_by_name("Gunmen attacked Agatu, in Ghana, on Sunday.", gaz)["Agatu"]
    assert row["lat"] is None


def test_a_far_capital_in_the_dateline_does_not_keep_the_unit_away(gaz):
    text = "BAMAKO, May 2 (Reuters) - Armed men torched houses in Anefif, in northern Mali, residents said."
    row = toponyms_by_name(text, gaz)["Anefif"]
    assert abs(row["lat"] - 18.26) < 0.05 and abs(row["lon"] - 0.75) < 0.05  # ~1,000 km from Bamako
