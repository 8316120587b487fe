"""Water bodies and structures named after a country's people or a town. "the Irish Sea", "the Indian
Ocean", "the English Channel": one water body, unplaced, and the nationality word inside it is no
demonym (no vote for Ireland, India, the UK); "the English Channel" is found at all (a channel needs a
place or nationality before it: not "the Disney Channel"). A dam, bridge or power plant named after a
town lies near it, not at its centre: the mention covers the structure and means the area near the
town; a structure the gazetteer holds keeps its own point."""
from __future__ import annotations

from reading.corpus import read_text
from tests.reading.places import surfaces


def _read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-14"))


def test_a_channel_after_a_nationality_word_is_water(gaz):
    assert surfaces("Two boats sank in the English Channel overnight.", gaz) == ["English Channel"]
    assert surfaces("The show aired on the Disney Channel.", gaz) == []


def test_nationality_words_inside_water_names_are_no_demonyms(nlp):
    doc = _read(nlp, "Fishermen were rescued in the Irish Sea on Sunday.")
    assert [(m.text, m.role, m.place_id) for m in doc.mentions] == [("Irish Sea", "location", None)]
    doc = _read(nlp, "A cargo ship sank in the Indian Ocean after a fire.")
    assert all(m.role != "demonym" for m in doc.mentions)


def test_a_dam_named_after_a_town_is_near_the_town(nlp):
    doc = _read(nlp, "Fighters attacked Mosul Dam on Tuesday.")
    (m,) = [m for m in doc.mentions if m.text == "Mosul Dam"]
    assert m.location is not None and m.location.name == "near Mosul"


def test_a_structure_the_gazetteer_holds_keeps_its_point(nlp):
    doc = _read(nlp, "Shelling damaged the Zaporizhzhia Nuclear Power Plant near Enerhodar.")
    m = next(m for m in doc.mentions if m.text.startswith("Zaporizhzhia"))
    assert m.location is not None and "near" not in m.location.name
