"""A province or region named by an ordinary English word ("Northern", "Eastern", "Gulf",
"Rivers") in a country the article names nothing else in is left unplaced, not put there
(gold 4's first run: Sri Lanka's Northern and Eastern provinces in Fiji and American Samoa,
"the Gulf Coast" of the United States at Papua New Guinea's Gulf, "the Northern Rivers" of New
South Wales at Nigeria's Rivers state). The same unit in an article about its country stays."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("Voters in Colombo and Kandy backed the alliance, which also won the Northern Province, "
     "including Jaffna.", "Northern Province"),
    ("Tankers loaded gas on the Gulf Coast of the United States for buyers in Japan and Korea.", "Gulf"),
])
def test_word_unit_elsewhere_is_unplaced(gaz, text, name):
    r = toponyms_by_name(text, gaz)
    assert name in r and r[name]["lat"] is None, r


@pytest.mark.parametrize("text, name", [
    ("Officials in Accra said the Northern Region was calm after clashes near Tamale.", "Northern Region"),
    ("Gunmen attacked a bus in Rivers state, near Port Harcourt, Nigeria.", "Rivers"),
])
def test_word_unit_of_the_article_stays(gaz, text, name):
    r = toponyms_by_name(text, gaz)
    assert r[name]["lat"] is not None, r
