"""A town named in full with a hyphen and later by its first part alone ("Bobo-Dioulasso" ...
"Bobo") is the same town; an English word ("Port" after "Port-Gentil"), a name put in another
country ("Stratford, Ontario") or a country of its own name ("Guinea" after "Guinea-Bissau") is
not taken for a short form."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _places(text, gaz):
    return [(text[t["start"]:t["end"]], t["name"]) for t in geoparse(text, gazetteer=gaz)]


@pytest.mark.parametrize("text, short, full", [
    ("Gunmen raided a market in Bobo-Dioulasso at dawn. By noon, Bobo was calm again.", "Bobo", "Bobo-Dioulasso"),
    ("Coaches left Stratford-upon-Avon before the storm. Schools in Stratford closed early.", "Stratford",
     "Stratford-upon-Avon"),
])
def test_first_part_after_the_full_name_is_that_town(gaz, text, short, full):
    assert (short, full) in _places(text, gaz)


def test_english_word_or_country_is_no_short_form(gaz):
    got = _places("Delegates met in Guinea-Bissau's capital while Guinea closed its border.", gaz)
    assert ("Guinea", "Guinea") in got


def test_short_form_put_in_another_country_stays_there(gaz):
    text = "Coaches left Stratford-upon-Avon at six. A namesake, Stratford, Ontario, hosts a theatre festival."
    lat = [t["lat"] for t in geoparse(text, gazetteer=gaz) if text[t["start"]:t["end"]] == "Stratford"]
    assert len(lat) == 1 and 42 < lat[0] < 45
