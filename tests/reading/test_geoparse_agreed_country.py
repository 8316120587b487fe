"""When no name of a text votes for its country outright, the country where every name has a place
by its own name is where the story is: "Uri" with "Kashmir" is India's Uri, not the Swiss canton
(the canton came first, and Kashmir only tied its vote, as Cashmere, Washington, bears its name too);
"Miranda" with "Cauca" is Cauca's town, not Venezuela's state. Names whose first places lie in
different countries with no country shared by all keep them."""
from __future__ import annotations

import pytest

from reading.toponyms import focus_country, _find, load_patterns
from tests.reading.places import points_of


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Shelling across the border hit homes in Uri, officials in Kashmir said.", "Uri", 34.09, 74.03),
    ("Villagers in Uri fled to relief camps as the firing went on, police in Kashmir said.", "Uri", 34.09, 74.03),
    ("Landslides buried homes in Miranda, rescuers in Cauca said.", "Miranda", 3.25, -76.23),
])
def test_an_ambiguous_name_goes_to_the_country_all_names_share(gaz, text, name, lat, lon):
    (p,) = points_of(text, gaz, name)
    assert p[0] is not None and abs(p[0] - lat) < 0.3 and abs(p[1] - lon) < 0.3, p


def test_the_focus_country_is_the_shared_one(gaz):
    text = "Militants attacked a checkpoint in Uri, police in Kashmir said."
    found, _ = _find(text, gaz, load_patterns(), False)
    assert focus_country(found, gaz) == "IN"


def test_names_sharing_no_country_keep_their_first_places(gaz):
    text = "Police in Paris and London raised the alert level."
    (paris,) = points_of(text, gaz, "Paris")
    (london,) = points_of(text, gaz, "London")
    assert abs(paris[0] - 48.85) < 0.3 and abs(london[0] - 51.51) < 0.3
