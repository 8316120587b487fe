"""A ship's name whose last word is a town's ("the tanker Ocean Lima", "the MV Star Mombasa") names the ship: no
place there (not Peru's capital in a Red Sea story); the place told after it still is one. Sentences of our own."""
import pytest

from reading.geoparse import geoparse
from tests.reading.mapped_events import read_report


@pytest.mark.parametrize("text, ship_town, place", [
    ("A drone hit the Liberian-flagged tanker Ocean Lima about 40 miles west of Hodeidah on Monday.", "Lima", "Hodeidah"),
    ("Pirates boarded the MV Star Mombasa near Eyl on Sunday.", "Mombasa", "Eyl"),
    ("The freighter Blue Durban was struck off Mokha.", "Durban", "Mokha"),
])
def test_the_last_word_of_a_ships_name_is_no_place(gaz, text, ship_town, place):
    found = [text[m["start"]:m["end"]] for m in geoparse(text, gazetteer=gaz)]
    assert ship_town not in found and any(place in f for f in found), found


def test_the_strike_on_the_ship_is_placed_by_the_sea_not_the_ships_name(nlp):
    doc = read_report(nlp, "A missile hit the tanker Ocean Lima about 40 miles west of Hodeidah on Monday.", "2025-05-22")
    assert doc.events and all(getattr(e.location, "country", None) == "YE" for e in doc.events), \
        [(e.location and e.location.name) for e in doc.events]
