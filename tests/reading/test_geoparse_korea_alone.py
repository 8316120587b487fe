""""Korea" written alone is a country (South Korea, as the press means it), not Koréa, a town of Côte d'Ivoire,
and not nothing (gold 32's first run: "Australian forces in Korea" read as Koréa, 13,000 km off), on other
sentences."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_korea_alone_is_the_country(gaz):
    for text in ("Exports from Korea rose 5 per cent in March, led by chips, while shipments to Japan fell.",
                 "The band will tour Korea and Taiwan next spring.",
                 "Peacekeepers who served in Korea gathered in Canberra."):
        row = toponyms_by_name(text, gaz)["Korea"]
        assert row["kind"] == "country", text
        assert abs(row["lat"] - 36.5) < 1.5 and abs(row["lon"] - 127.8) < 1.5, text


def test_the_two_koreas_keep_their_own_names(gaz):
    rows = toponyms_by_name("North Korea fired a missile toward South Korea on Sunday.", gaz)
    assert rows["North Korea"]["lat"] > 38.5 and rows["South Korea"]["lat"] < 38.0
