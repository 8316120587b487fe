"""Persons named after a place, behind a title (gold 5's first run), on other sentences.

- Local-news and encyclopedic titles ("Sheriff", "District Attorney", "Gov.", "Mayor", "Judge",
  "Earl", "Lord", "Marquis de", "Capt.", "Commissioner") before a name: a person.
- A title, then a first name, then the name ("Attorney Stephen Crump"): the pattern's optional
  first name never matched before (its character class was broken by the apostrophe rewrite).
- A name used for a person elsewhere stays a place where the article opens with it as a town
  ("X is a city in ...") and when named again after that.
"""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from tests.reading.places import surfaces


@pytest.mark.parametrize("text, person", [
    ("Sheriff Paul Fitzgerald said deputies had closed the bridge near Ames.", "Paul"),
    ("District Attorney Stephen Crump told reporters in Knoxville that he would appeal.", "Crump"),
    ("Judge Marion Hughes set bail at $50,000 in Dayton, Ohio.", "Marion"),
    ("The fort was named after Lord Howe, who commanded the fleet off New York.", "Howe"),
    ("The county was named after the Marquis de Lafayette, who toured Virginia in 1824.", "Lafayette"),
    ("President Stephen Decatur Jr. spoke in Boston.", "Decatur"),
])
def test_a_titled_person_is_no_place(gaz, text, person):
    names = surfaces(text, gaz)
    assert person not in names, names


def test_places_beside_titles_stay(gaz):
    names = surfaces("Gov. Phil Scott toured Barre, Vt., and Mayor Brandon Johnson of Chicago spoke.", gaz)
    assert "Chicago" in names and "Barre" in names, names


def test_the_subject_named_after_a_titled_person_stays_a_place(gaz):
    text = ("Bathurst is a city in New South Wales, Australia, west of Sydney. The city was named after "
            "Earl Bathurst, the Secretary of State for the Colonies. Bathurst lies on the Macquarie River.")
    rows = [r for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == "Bathurst"]
    assert [r["start"] for r in rows] == [0, text.rindex("Bathurst")], rows
    assert all(r["lat"] is not None and abs(r["lat"] + 33.42) < 0.5 for r in rows), rows
