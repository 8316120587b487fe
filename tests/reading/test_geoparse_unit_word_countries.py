"""A unit word that names the second- or third-level units of few countries ("territory": the DRC's
territoires; "tehsil": Pakistan's and India's; "regency": Indonesia's kabupaten; "prefecture": Togo's)
finds its name's unit among those countries' when the text places nothing in any country, and takes
that unit over a town abroad that a short text read for the name ("Karo regency" is no town in India)."""
from __future__ import annotations

import pytest

from tests.reading.places import points_of


def _at(text, gaz, name, lat, lon, tol=0.4):
    ((la, lo),) = points_of(text, gaz, name)
    return la is not None and abs(la - lat) < tol and abs(lo - lon) < tol


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Violence flared again in Irumu territory overnight, a local chief said.", "Irumu", 1.2, 29.9),
    ("Heavy rain flooded low-lying villages of the Jhelum tehsil on Friday.", "Jhelum", 32.8, 73.5),
    ("A cholera outbreak spread in Ogou prefecture, health workers said.", "Ogou", 7.4, 1.3),
    ("Schools closed across Mahagi territory after the raid.", "Mahagi", 2.3, 30.8),
])
def test_a_unit_word_of_few_countries_alone(gaz, text, name, lat, lon):
    assert _at(text, gaz, name, lat, lon), points_of(text, gaz, name)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Landslides buried two hamlets in Karo regency on Sunday.", "Karo", 3.1, 98.3),
    ("Displaced families walked for days from Mambasa territory.", "Mambasa", 1.5, 28.8),
])
def test_the_unit_over_a_town_abroad(gaz, text, name, lat, lon):
    assert _at(text, gaz, name, lat, lon), points_of(text, gaz, name)


def test_a_country_named_still_decides(gaz):
    # the town of India's Jharkhand, not the Indonesian regency, when the text names the state
    text = "Floods hit the Karo district of Jharkhand on Monday."
    ((la, lo),) = points_of(text, gaz, "Karo")
    assert la is not None and 20 < la < 26 and 83 < lo < 88
