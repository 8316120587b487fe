"""A river written with "the" in a sentence about water ("the Platte flooded farmland") is no town of
its name: a small town (Platte, South Dakota) is not placed for it. A town written with "the" for a
noun it qualifies, a town whose own name has "The", and a sentence with no water keep their readings."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_a_river_in_a_sentence_about_water_is_no_town(gaz):
    for text in ("The Platte overflowed its banks south of the bridge.",
                 "Canoeists were warned off the Platte after the storm.",
                 "Two boys drowned in the Platte on Saturday."):
        t = toponyms_by_name(text, gaz)
        assert "Platte" not in t or t["Platte"]["lat"] is None, text


def test_what_is_no_river_keeps_its_place(gaz):
    t = toponyms_by_name("Officials in the Bronx said floods closed three roads.", gaz)
    assert any(v["lat"] is not None and abs(v["lat"] - 40.85) < 0.2 for v in t.values())
    t = toponyms_by_name("Flood barriers went up at the Hague on Monday.", gaz)
    assert any(v["lat"] is not None and abs(v["lat"] - 52.08) < 0.2 for v in t.values())
    t = toponyms_by_name("Residents fled Platte, South Dakota, as the floods rose.", gaz)
    assert t["Platte"]["lat"] is not None  # written as the town, with its state
