"""A big city of the article's country keeps its own name against a small namesake abroad that lies
in a unit the article names ("Donetsk" in a Ukrainian story naming Russia's Rostov region)."""
from __future__ import annotations

from reading.document import Document
from tests.reading.places import mention

_UA = (48.0, 37.8)  # Donetsk, Ukraine (900,000 people)
_RU = (48.3, 40.0)  # Donetsk, Rostov oblast (50,000)


def _at(m) -> tuple:
    return round(m.location.lat, 1), round(m.location.lon, 1)


def test_city_of_the_story_over_namesake_in_a_named_unit(nlp):
    text = ("LVIV, Ukraine - Ukrainian drones hit an airfield in Russia's Rostov region overnight, and "
            "air defence fire was heard over Donetsk, officials said.")
    doc = nlp(Document(id="d", text=text))
    assert doc.focus_country == "UA"
    assert _at(mention(doc, "Donetsk")) == _UA


def test_namesake_of_a_russian_story_stays(nlp):
    text = ("ROSTOV-ON-DON, Russia - Russia's defence ministry said air defences destroyed drones over the "
            "Rostov region, and a fire broke out at a warehouse in Donetsk, the regional governor said.")
    doc = nlp(Document(id="d", text=text))
    assert doc.focus_country == "RU"
    assert _at(mention(doc, "Donetsk")) == _RU
