"""A generic institution's word ("College", "University", "Academy", ...) is no place by itself, and an
institution named after a place is an organisation's name, as the golds mark it (bench/data/README.md):
"Ripon College, Cuddesdon" gave College, Alaska; "the Tbilisi Conservatory" gave Tbilisi."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of, surfaces


@pytest.mark.parametrize("text, kept", [
    # the lone word, whatever namesake a gazetteer holds (College, Alaska; University, Florida)
    ("He studied at College and then moved away.", []),
    ("The clinic is near the University in Lviv.", ["Lviv"]),
    ("Riot police surrounded the Academy on Tuesday.", []),
    ("She was taken to Hospital after the crash in Leeds.", ["Leeds"]),
    # a college and the town it stands in: the town only
    ("He later studied at Ripon College, Cuddesdon.", ["Cuddesdon"]),
    ("She attended Trinity College, Dublin, before the war.", ["Dublin"]),
    # an institution named after a town is an organisation, not the town
    ("A student at the Tbilisi Conservatory was arrested.", []),
    ("Teachers from the Odesa Academy of Music joined the rally.", []),
    ("Graduates of Riga Seminary met in Vilnius.", ["Vilnius"]),
    ("The Berlin School of Economics announced layoffs.", []),
    ("A rocket hit the Kharkiv Polytechnic in Kharkiv overnight.", ["Kharkiv"]),
])
def test_institutions_are_no_places(gaz, text, kept):
    assert surfaces(text, gaz) == kept


@pytest.mark.parametrize("text, place", [
    ("Students drove from State College to Pittsburgh.", "State College"),
    ("Flooding closed roads in University Park overnight.", "University Park"),
    ("Shelling damaged the Mellit Hospital on Sunday.", "Mellit"),
    ("Doctors at Nasser Hospital in Khan Younis said two children died.", "Khan Younis"),
])
def test_places_holding_the_words_stay(gaz, text, place):
    assert place in surfaces(text, gaz)


def test_the_college_casts_no_vote_for_its_namesakes_country(gaz):
    # "College" (Alaska) no longer pulls the town after it to the United States
    (lat, lon), = points_of("She was a fellow of Girton College, Cambridge, until 1970.", gaz, "Cambridge")
    assert lat > 50 and -1 < lon < 1
