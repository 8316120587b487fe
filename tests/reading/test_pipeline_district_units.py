"""The pipeline reads second- and third-level units as plain geoparsing does (one shared reading,
``reading.geoparse.district_units``): an event "in Walikale territory" or "in Gusau LGA" is placed at
that unit, a district's precision, not left unplaced, at its province or at a namesake town's pin."""
from __future__ import annotations

import pytest

from reading.corpus import read_text
from tests.reading.places import points_of


@pytest.mark.parametrize("text, name, country", [
    # a name the gazetteer lacks, before its unit word
    ("Fighting between the army and M23 rebels spread into Walikale territory in North Kivu on Sunday, "
     "killing nine civilians.", "Walikale", "CD"),
    # a town's name before a unit word of its country: the unit, not the town
    ("Police said bandits abducted 12 travellers on a road in Gusau LGA of Zamfara State on Saturday.", "Gusau", "NG"),
    ("Soldiers shelled homes in Hpakant township in Myanmar's Kachin State on Tuesday, killing three people.",
     "Hpakant", "MM"),
    # no unit word: an unplaced name in a sentence that names its province
    ("Gunmen killed five miners near Kamituga in South Kivu on Friday, local officials said.", "Kamituga", "CD"),
])
def test_an_event_in_a_district_is_placed_where_geoparse_places_it(nlp, gaz, text, name, country):
    [(lat, lon)] = points_of(text, gaz, name)
    assert lat is not None
    doc = nlp(read_text(text, doc_id="d", published="2025-06-10"))
    m = next(m for m in doc.mentions if m.text.startswith(name))
    assert (round(m.location.lat, 3), round(m.location.lon, 3)) == (round(lat, 3), round(lon, 3))
    assert (m.location.precision, m.location.country) == (2, country)
    placed = [e.location for e in doc.events if e.location is not None]
    assert placed and all(loc.place_id == m.place_id for loc in placed), doc.events


def test_a_district_is_named_apart_from_its_seat(nlp):
    # the district and the town it is named after are two places: an event in the district is not the
    # town's event told again, and the map says which one it is
    doc = nlp(read_text("Militants attacked a police post in Gusau LGA on Monday, killing two officers, "
                        "Zamfara State police said.", doc_id="d", published="2025-06-10"))
    assert [e.location.name for e in doc.events] == ["Gusau LGA"]

