"""A country's (or a British nation's) exact name in an article about somewhere else is that
country, not a village of the article's country a short drive from its towns (gold 4's first run:
"traded with Scotland" in an entry on Alexandria, Virginia was Scotland, Pennsylvania, 140 km
away; "Alexandria, Egypt" put Egypt at Egypt, Pennsylvania). A village under 10,000 people must
lie within 50 km of another town of the article to keep the name."""
from __future__ import annotations

from tests.reading.places import points_of


def test_nation_named_in_a_us_article(gaz):
    text = "The Richmond firm imports whisky from Scotland, its owner said in Charlottesville."
    (lat, lon), = points_of(text, gaz, "Scotland")
    assert lat > 54 and lon < 0


def test_country_named_in_a_us_article(gaz):
    text = ("Alexandria grew rich on tobacco shipped from its wharves to Glasgow. It is not named after "
            "Alexandria, Egypt, whatever visitors to Mount Vernon are told.")
    (lat, lon), = points_of(text, gaz, "Egypt")
    assert 20 < lat < 32 and 24 < lon < 36
