"""Talks held abroad ("At peace talks in Jeddah, the army and the RSF signed a truce") name where the sides
met, not where the story is: the venue votes weakly for the article's country, so "the army" stays the
army of the country the fighting is in, not the host's. Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-09-04"))


@pytest.mark.parametrize("text, iso", [
    ("At peace talks in Jeddah on Monday, the army and the RSF signed a truce. On Sunday the army shelled Omdurman.",
     "SD"),
    ("During negotiations hosted in Nairobi, the army and the rebels agreed to swap prisoners. The army shelled "
     "rebel positions near Bentiu on Sunday.", "SS"),
])
def test_the_venue_of_talks_does_not_take_the_article(nlp, text, iso):
    doc = read(nlp, text)
    assert doc.focus_country == iso
    fights = [e for e in doc.events if e.event_type != "Strategic developments"]
    assert fights and all(e.location.country == iso for e in fights), doc.events


def test_a_city_named_as_where_fighting_is_still_votes(nlp):
    doc = read(nlp, "Clashes erupted in Jeddah on Monday between police and gunmen, Saudi officials said.")
    assert doc.focus_country == "SA"



@pytest.mark.parametrize("text, name, point", [
    ("At talks in Saudi Arabia, army officers said the RSF had shelled Bara overnight.", "Bara", (13.70, 30.37)),
    ("During negotiations in Turkey, Hamas said Israeli jets had struck Rafah and Jabalia.", "Rafah", (31.30, 34.25)),
])
def test_a_venue_countrys_name_is_not_the_storys_country(gaz, text, name, point):
    """The venue country votes for nothing and pulls no name: the story's own clues still place "Bara"
    (the RSF's Sudan), not leave it between namesakes because Saudi Arabia is named."""
    from geo.distance import great_circle_km
    from reading.geoparse import geoparse

    got = {text[r["start"]:r["end"]]: r for r in geoparse(text, gazetteer=gaz)}
    assert got[name]["lat"] is not None, got[name]
    assert great_circle_km(got[name]["lat"], got[name]["lon"], *point) < 50, got[name]
