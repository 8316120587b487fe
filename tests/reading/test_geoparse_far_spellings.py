"""A name the gazetteer knows only as a near spelling of a place abroad (a guessed spelling, or one of
GeoNames' alternate names with the same consonants: "Bogoro" for Bogor, Java), far from the article's
other places and its country, is a place the gazetteer lacks: listed unplaced, not put on another
continent. Near the article's country, or a place's own or other name ("Bombay"), it stays."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


@pytest.mark.parametrize("text, name, country", [
    ("CODECO militiamen attacked displaced families at Bogoro overnight, a Congolese army spokesman said, "
     "as fighting spread across Ituri.", "Bogoro", "CD"),
    ("Flood water reached Mongla on Sunday and thousands moved to shelters, Bangladesh's disaster ministry said.",
     "Mongla", "BD"),
])
def test_a_near_spelling_on_another_continent_is_unplaced(nlp, text, name, country):
    """Unplaced, or (pl2) at the one unit of the name in the country its sentence names (Mongla upazila)."""
    doc = read(nlp, text)
    m = next(x for x in doc.mentions if x.text.endswith(name))
    assert (m.location is None and "not in the gazetteer" in m.reason) or (
        m.location.country == country and m.place_id.startswith("unit:")), (m.place_id, m.reason)


def test_a_near_spelling_over_the_border_stays(nlp):
    doc = read(nlp, "South Sudanese refugees crossed into Gambella after the clashes, aid agencies in Juba said.")
    m = next(x for x in doc.mentions if x.text.endswith("Gambella"))
    assert m.location is not None and m.location.country == "ET"


def test_another_name_abroad_stays(nlp):
    doc = read(nlp, "Pakistani traders said flights from Karachi to Bombay were cancelled after the strikes.")
    m = next(x for x in doc.mentions if x.text.endswith("Bombay"))
    assert m.location is not None and m.location.country == "IN"


def test_a_near_spelling_listed_with_towns_of_its_country_stays(nlp):
    """Gold 26's first run: a Yemeni town written as the press spells it, listed with two Yemeni towns in a story
    datelined across the strait, was unplaced for lying over 300 km from the others: a list names one country."""
    doc = read(nlp, "DJIBOUTI (AFP) - Boats from Obock and Tadjoura carried hundreds across the strait this week. "
                    "Smugglers had taken the passengers north through Aden, Mukalla and Saada before the journey "
                    "ended, aid workers in Djibouti said.")
    m = next(x for x in doc.mentions if x.text.endswith("Saada"))
    assert m.location is not None and m.location.country == "YE"


def test_a_near_spelling_at_home_far_from_every_other_town_is_unplaced(nlp):
    """(gd30) In the article's own country too: a border hamlet the gazetteer lacks ("Lukeville", Arizona) is no
    Lakeville, Minnesota, 2,200 km from the story's other towns."""
    doc = read(nlp, "Border agents near Lukeville turned back two trucks on Monday, officials in Tucson and Yuma said.")
    m = next(x for x in doc.mentions if x.text.endswith("Lukeville"))
    assert m.location is None and "not in the gazetteer" in m.reason


def test_a_near_spelling_at_home_near_the_story_stays(nlp):
    doc = read(nlp, "Crews from Flagstaf and Phoenix fought the fire near Sedona on Sunday.")
    m = next(x for x in doc.mentions if x.text == "Flagstaf")
    assert m.location is not None and abs(m.location.lat - 35.2) < 0.3
