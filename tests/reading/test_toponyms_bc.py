""""B.C." written on its own is British Columbia (Canadian press: "the B.C. government"), never a
year ("500 B.C."); a capitalised word right after a dateline's dash opens a sentence, it does not
start a longer proper name (gold 3: "(CP) — The B.C. government" lost B.C.)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text", [
    "Wildfires in B.C. forced 10,000 people from their homes.",
    "The B.C. Wildfire Service said the blaze near Lytton was contained.",
    "VANCOUVER (CP) — The B.C. premier announced new housing rules.",
])
def test_bc_alone(gaz, text):
    r = toponyms_by_name(text, gaz)
    assert "B.C." in r and r["B.C."]["kind"] == "admin1", r


@pytest.mark.parametrize("text", [
    "The temple was built around 500 B.C. by traders.",
    "Coins from the fourth century B.C. were found near the road.",
])
def test_a_year_is_no_province(gaz, text):
    assert "B.C." not in toponyms_by_name(text, gaz)


def test_word_after_a_dateline_dash(gaz):
    r = toponyms_by_name("MOGADISHU (Reuters) — The Kismayo port reopened on Monday.", gaz)
    assert "Kismayo" in r
