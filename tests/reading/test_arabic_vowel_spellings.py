"""An Arabic town's name written with its vowels the English way ("Hodeidah", "Mayadeen" for GeoNames'
Al Ḩudaydah, Al Mayādīn) is the town's own name, not a near spelling of another place's: placed even in
a story told from far away (audit: "Hodeidah" unplaced in a story from Washington or Israel)."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


@pytest.mark.parametrize("text, name, lat, lon", [
    ("The Pentagon said on Thursday that American bombers had hit radar sites around Hodeidah, "
     "a defence official in Washington told reporters.", "Hodeidah", 14.8, 42.95),
    ("Israeli aircraft bombed fuel tanks at Hudaida hours after a drone reached Eilat, the Israeli "
     "military said.", "Hudaida", 14.8, 42.95),
    ("A drone struck a militia convoy outside Mayadeen, officials in London said, citing British "
     "intelligence.", "Mayadeen", 35.02, 40.45),
])
def test_an_arabic_town_written_the_english_way_is_placed_far_from_the_story(gaz, text, name, lat, lon):
    (got,) = points_of(text, gaz, name)
    assert got[0] is not None and abs(got[0] - lat) < 0.5 and abs(got[1] - lon) < 0.5


def test_a_persons_name_one_syllable_short_of_an_arabic_town_stays_no_town(gaz):
    # "Ahmad" has the consonants of Al Aḩmadī, Kuwait, but not its syllables: a man's name here
    text = ("\"The shelling stopped at dawn,\" said Ahmad, a baker in the old market of Aleppo, "
            "where Syrian troops were redeployed.")
    assert all(p == (None, None) for p in points_of(text, gaz, "Ahmad"))
