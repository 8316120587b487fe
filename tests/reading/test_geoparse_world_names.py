"""Continents, world regions, oceans, seas and big rivers are toponyms (golds 1-6 mark them: "the
Danube", "the Euphrates", "Scandinavia and the Baltic", "across central Europe", "the Pacific
coast"); no gazetteer here holds them, so geoparse lists them unplaced. Tested on other sentences."""
from __future__ import annotations

from reading.geoparse import geoparse
from tests.reading.places import surfaces, toponyms_by_name


def test_continents_and_regions_bare(gaz):
    text = ("Exports to Africa and Latin America rose, while demand in Southeast Asia and Western Europe fell, "
            "the ministry in Seoul said.")
    got = toponyms_by_name(text, gaz)
    for name in ("Africa", "Latin America", "Southeast Asia", "Western Europe"):
        assert name in got and got[name]["lat"] is None, name
    assert got["Seoul"]["lat"] is not None


def test_seas_and_rivers_after_the(gaz):
    text = "Barges on the Rhine and the Elbe stopped, and tankers in the Aegean and the Caspian waited."
    assert surfaces(text, gaz) == ["Rhine", "Elbe", "Aegean", "Caspian"]


def test_no_article_no_sea(gaz):
    text = "Leaders discussed Pacific security and Atlantic trade in Canberra."
    assert surfaces(text, gaz) == ["Canberra"]


def test_names_of_organisations_and_events(gaz):
    text = ("Russia's Africa Corps replaced Wagner. The Asia Cup final is on Sunday. Europe 1 radio said "
            "Asia-Pacific ministers met in Lima.")
    got = surfaces(text, gaz)
    assert not {"Africa", "Asia", "Europe"} & set(got)
    assert "Lima" in got


def test_the_company_is_no_river(gaz):
    text = "Amazon said profits rose. The Amazon founder spoke, and fires spread in the Amazon rainforest."
    got = [(text[r["start"]:r["end"]], r["start"]) for r in geoparse(text, gazetteer=gaz)]
    assert got == [("Amazon", text.rindex("Amazon"))]


def test_a_known_longer_name_stays_whole(gaz):
    text = "Ships left South Africa for the Red Sea and the Indian Ocean."
    got = surfaces(text, gaz)
    assert "South Africa" in got and "Africa" not in got
