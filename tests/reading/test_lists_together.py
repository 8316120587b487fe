"""Names coordinated in one list lie where the list's members are together: a member that is of one
country only ("Queensland", "Tasmania") decides the others ("Victoria") over a nationality or focus
country elsewhere in the sentence, only towards places that rank no lower ("London and New York" keeps
London, England). A town listed beside a big town is its namesake next to it ("Windsor and Detroit")."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name

_AUSTRALIA = (-44.0, -10.0, 112.0, 154.0)  # lat, lat, lon, lon


def _in(row, box):
    return row["lat"] is not None and box[0] <= row["lat"] <= box[1] and box[2] <= row["lon"] <= box[3]


@pytest.mark.parametrize("text, names", [
    ("Heavy rain hit Queensland and Victoria, Canadian forecasters said.", ("Queensland", "Victoria")),
    ("Canadian miners said strikes in Victoria, Tasmania or Queensland would cost them.",
     ("Victoria", "Tasmania", "Queensland")),
])
def test_a_list_member_of_one_country_decides_the_others(gaz, text, names):
    rows = toponyms_by_name(text, gaz)
    for name in names:
        assert _in(rows[name], _AUSTRALIA), (name, rows[name])
        assert rows[name]["kind"] == "admin1", rows[name]  # the state, beside the other state


@pytest.mark.parametrize("text, lat, lon", [
    ("Dealers in Geneva and Basel, American investors said, were calm.", 46.2, 6.1),  # not Geneva, Illinois
    ("Protests in Perth and Bunbury, Scottish media reported.", -31.9, 115.9),  # Bunbury, WA: not Perth, Scotland
])
def test_towns_of_a_list_over_a_nationality(gaz, text, lat, lon):
    row = next(iter(toponyms_by_name(text, gaz).values()))
    assert (row["lat"], row["lon"]) == (pytest.approx(lat, abs=0.5), pytest.approx(lon, abs=0.5)), row


@pytest.mark.parametrize("text, name, lat", [
    ("Oil traders in London and New York were nervous about the sanctions.", "London", 51.5),
    ("A Canadian team toured Victoria and Vancouver last week.", "Victoria", 48.4),
])
def test_no_list_drags_a_name_to_a_smaller_namesake(gaz, text, name, lat):
    assert toponyms_by_name(text, gaz)[name]["lat"] == pytest.approx(lat, abs=0.5)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Smugglers moved goods between Windsor and Detroit.", "Windsor", 42.3, -83.0),  # not Windsor, Colorado
    ("Bars in Detroit or Windsor stayed open late.", "Windsor", 42.3, -83.0),
    ("Protests spread in Cambridge and Boston on Sunday.", "Cambridge", 42.4, -71.1),  # was left ambiguous
    ("Rallies in Richmond and Vancouver drew large crowds.", "Richmond", 49.2, -123.1),
])
def test_a_town_listed_with_a_big_town_is_its_namesake_beside_it(gaz, text, name, lat, lon):
    row = toponyms_by_name(text, gaz)[name]
    assert (row["lat"], row["lon"]) == (pytest.approx(lat, abs=0.3), pytest.approx(lon, abs=0.3)), row


def test_a_big_town_listed_with_another_keeps_its_place(gaz):
    rows = toponyms_by_name("Flights from London and Paris were cancelled.", gaz)
    assert rows["London"]["lat"] == pytest.approx(51.5, abs=0.3) and rows["Paris"]["lat"] == pytest.approx(48.9, abs=0.3)
