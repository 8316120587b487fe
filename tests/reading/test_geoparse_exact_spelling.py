"""A town bearing a name exactly as its own comes before a bigger town that bears it only as a spelling
of its own name (audit: "Kendal" in a Cumbria story read as Kendall, Florida, which GeoNames also
spells "Kendal"). Kept: a spelling variant five times bigger still comes first, and a spelling
still beats a mere alias ("Khoms" is Al Khums, Libya, not Homs, Syria)."""
from __future__ import annotations

from tests.reading.places import points_of


def _near(point, lat: float, lon: float, deg: float = 0.3) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


def test_the_exact_name_before_a_spelling_of_another(gaz):
    (p,) = points_of("Shelling hit Tokmak overnight.", gaz, "Tokmak")
    assert _near(p, 47.26, 35.71)  # Tokmak, Zaporizhzhia oblast, not Tokmok, Kyrgyzstan (71,000)
    (p,) = points_of("A court in Florencia sentenced two former guerrillas.", gaz, "Florencia")
    assert _near(p, 1.62, -75.60)  # Florencia, Caquetá, not Florence, Italy
    (p,) = points_of("Fighting was reported near Kabinda, in Lomami province.", gaz, "Kabinda")
    assert _near(p, -6.14, 24.48)  # Kabinda, DR Congo, not Cabinda, Angola


def test_a_spelling_still_beats_an_alias(gaz):
    assert gaz.candidates("Khoms")[0].name == "Al Khums"  # Libya's port, not Homs, Syria (775,000)
    (p,) = points_of("Migrant boats left Khoms and Sabratha overnight.", gaz, "Khoms")
    assert _near(p, 32.65, 14.26)


def test_the_gazetteer_order(gaz):
    # the index itself: the exact name first, a spelling of a name five times bigger still first
    assert gaz.candidates("Tokmak")[0].country == "UA"
    assert gaz.candidates("Sloviansk")[0].name == "Slovyansk"
