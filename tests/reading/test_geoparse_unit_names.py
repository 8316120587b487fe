"""Units under the names reporters use: "Khyber Pakhtunkhwa" (Natural Earth: "K.P.", with
"Khyber Pakhtunkhwa Province" among its other names) and Iraq's "Nineveh" (Natural Earth:
"Ninawa"; gold 4's first run missed the first and put the second at Calcutta, Ohio, which GeoNames
also calls Nineveh). An alternate name made of a name and a generic word gives the name alone,
unless what is left is a direction ("Northern Region" gives no "Northern"); so does Natural Earth's
"Wojewodztwo X" for a Polish voivodeship ("Podkarpackie")."""
from __future__ import annotations

import pytest

from geo.gazetteer import _NAME_LEFT, _UNIT_WORD
from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Gunmen killed two police officers in Khyber Pakhtunkhwa on Sunday, officials in Peshawar said.",
     "Khyber Pakhtunkhwa", 34.5, 72.0),
    ("Displaced families in Nineveh province are still waiting to return to Sinjar.", "Nineveh", 36.0, 42.5),
    # gold 26's first run: Polish voivodeships under their Polish adjectives, Natural Earth's other names
    # after "Wojewodztwo" (its names are English: "Pomeranian", "Greater Poland")
    ("Truckers blocked the A1 motorway in the Pomorskie Voivodeship on Friday.", "Pomorskie", 54.2, 18.0),
    ("Hospitals in Wielkopolskie were told to prepare for the flood wave.", "Wielkopolskie", 52.3, 17.2),
    # the English press's names of units Natural Earth names otherwise (geo/data/place_aliases.csv)
    ("Police in Chur, the capital of the Grisons, said the pass was closed.", "Grisons", 46.7, 9.6),
    ("Iraqi troops hunted militants in Salahuddin province after the ambush.", "Salahuddin", 34.5, 43.5),
])
def test_units_by_their_english_names(gaz, text, name, lat, lon):
    r = toponyms_by_name(text, gaz)[name]
    assert r["kind"] in ("admin1", "region") and abs(r["lat"] - lat) < 1.0 and abs(r["lon"] - lon) < 1.0, r


@pytest.mark.parametrize("alt, left", [
    ("Khyber Pakhtunkhwa Province", "Khyber Pakhtunkhwa"),
    ("Muhafazat Kirkuk", "Kirkuk"),
    ("Wojewodztwo Podkarpackie", "Podkarpackie"),
    ("Northern Region", None),
    ("Far North Region", None),
    ("Southern Red Sea Region", None),
])
def test_generic_word_stripped_only_from_names(alt, left):
    m = _UNIT_WORD.match(alt)
    got = (m.group(1) or m.group(2)) if m else None
    assert (got if got and _NAME_LEFT.match(got) else None) == left
