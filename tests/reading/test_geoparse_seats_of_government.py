"""Buildings and streets written for the governments they house ("the Kremlin said", "Downing Street denied",
"the Élysée insists") are toponyms placed at the building, as the golds mark them, never a town of the name
elsewhere; a town bearing such a name keeps it when the text writes it as that town."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


def _near(row, lat: float, lon: float, deg: float = 0.1) -> bool:
    return row["lat"] is not None and abs(row["lat"] - lat) < deg and abs(row["lon"] - lon) < deg


@pytest.mark.parametrize("text, name, lat, lon", [
    ("The Kremlin rejected the proposal, and Minsk stayed silent.", "Kremlin", 55.75, 37.62),
    ("Officials at the Pentagon confirmed the deployment to Poland.", "Pentagon", 38.87, -77.06),
    ("Downing Street declined to comment on the Belfast talks.", "Downing Street", 51.50, -0.13),
    ("The Élysée said Macron would call Abuja on Monday.", "Élysée", 48.87, 2.32),
    ("The Blue House hinted that an envoy would visit Pyongyang.", "Blue House", 37.59, 126.97),
    ("The White House welcomed the ceasefire between Armenia and Azerbaijan.", "White House", 38.90, -77.04),
    ("Whitehall sources in Edinburgh said the budget would wait.", "Whitehall", 51.50, -0.13),
])
def test_a_seat_of_government_is_placed_at_its_building(gaz, text, name, lat, lon):
    assert _near(toponyms_by_name(text, gaz)[name], lat, lon)


def test_the_avenue_of_the_champs_elysees_is_not_the_palace(gaz):
    got = toponyms_by_name("Cyclists raced down the Champs-Élysées in Paris.", gaz)
    assert "Élysée" not in got


@pytest.mark.parametrize("text, name, lat", [
    ("Police in Whitehall, Ohio, arrested a man near Columbus.", "Whitehall", 39.97),
    ("WHITE HOUSE, Tenn. (AP) - Crews cleared storm debris in White House and Gallatin.", "White House", 36.47),
])
def test_a_town_written_with_its_state_keeps_its_name(gaz, text, name, lat):
    row = toponyms_by_name(text, gaz)[name]
    assert row["lat"] is not None and abs(row["lat"] - lat) < 0.2


def test_seats_abroad(gaz):
    got = toponyms_by_name("Ministers met at the Casa Rosada before flying to Montevideo.", gaz)
    assert _near(got["Casa Rosada"], -34.61, -58.37, 0.05)


def test_a_white_house_in_lower_case_is_no_place(gaz):
    assert "white house" not in toponyms_by_name("The family painted the white house near the river in Lyon.", gaz)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Number 10 Downing Street briefed reporters before the summit in Vilnius.", "Number 10 Downing Street", 51.50, -0.13),
    ("Aides at Cheong Wa Dae said a hotline to Pyongyang was restored.", "Cheong Wa Dae", 37.59, 126.97),
    ("The Elysée confirmed that envoys would travel to Niamey.", "Elysée", 48.87, 2.32),
])
def test_a_seat_is_known_by_every_name_of_its_curated_row(gaz, text, name, lat, lon):
    """The seats' names are their curated rows' names and other names (one list): the long
    forms and the palace's name without its word are the building too."""
    assert _near(toponyms_by_name(text, gaz)[name], lat, lon)
