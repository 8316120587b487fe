"""Towns of the country their sentence names (gold 22's first run: "In Argentina, drought cut the
harvest around Rosario, whose ... plants at San Lorenzo" in a Brazilian story read as Rosário,
Maranhão, and San Lorenzo, Paraguay), on other sentences.

- A town read in another country goes to the namesake in the country its sentence named before it,
  when that one is bigger (as the sentence's country already did for first-level units: "Cases in
  Peru were in Junín"), or lies within ``_SENTENCE_TOWN_KM`` of a town the sentence placed there.
- Without a country named in the sentence, the story's focus decides as before.
"""
from __future__ import annotations

from reading.geoparse import geoparse

_TEXT = ("Soy barges left Santos and Paranaguá in Brazil. In Argentina, strikes closed the crushing plants of "
         "Rosario and San Lorenzo for two days.")


def _points(text: str, gaz) -> dict[str, tuple]:
    return {text[r["start"]:r["end"]]: (r.get("lat"), r.get("lon")) for r in geoparse(text, gazetteer=gaz)}


def test_a_bigger_namesake_in_the_sentences_country(gaz):
    lat, lon = _points(_TEXT, gaz)["Rosario"]
    assert abs(lat + 32.95) < 0.2 and abs(lon + 60.64) < 0.2  # Santa Fe's, not Rosário, Maranhão


def test_a_smaller_namesake_next_to_the_sentences_town(gaz):
    lat, lon = _points(_TEXT, gaz)["San Lorenzo"]
    assert abs(lat + 32.74) < 0.3 and abs(lon + 60.74) < 0.3  # beside Rosario, not Paraguay's bigger one


def test_the_sentences_own_country_town_stays(gaz):
    text = "Coffee prices rose in Colombia and Brazil. In Honduras, rains flooded San Lorenzo and Choluteca."
    lat, lon = _points(text, gaz)["San Lorenzo"]
    assert abs(lat - 13.42) < 0.2 and abs(lon + 87.45) < 0.2


def test_a_name_already_read_in_that_country_is_another_place_there(gaz):
    text = ("Hamilton is a city in New Zealand's Waikato region. Other places called Hamilton include Hamilton "
            "in Ontario, Canada, and Hamilton, a town near Glasgow in Scotland.")
    lats = [r["lat"] for r in geoparse(text, gazetteer=gaz) if text[r["start"]:r["end"]] == "Hamilton"]
    assert abs(lats[2] - 43.25) < 0.2 and abs(lats[3] - 55.77) < 0.2, lats  # not moved to Ontario
