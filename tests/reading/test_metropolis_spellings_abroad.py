"""A metropolis's foreign spelling (GeoNames spells Kano, Nigeria, "Cano") is no place of a sentence
that names another country, in an article placing nothing in the metropolis's own country; its
English older names stay its own elsewhere ("Calcutta")."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


def test_a_colombian_pipelines_name_is_not_kano(gaz):
    t = toponyms_by_name("Rebels bombed the Cano Limon pipeline in Arauca, Colombia, spilling crude near Saravena.", gaz)
    assert "Cano" not in t or t["Cano"]["lat"] is None or abs(t["Cano"]["lon"] - 8.5) > 5, t["Cano"]


@pytest.mark.parametrize("text, name, lat, lon", [
    ("He sailed from London to Calcutta in 1857.", "Calcutta", 22.56, 88.36),
    ("British officers in Calcutta and Delhi, India, reported the mutiny.", "Calcutta", 22.56, 88.36),
    ("Gunmen killed ten in Kano, Nigeria, police said.", "Kano", 12.0, 8.52),
])
def test_a_metropolis_keeps_its_names_where_the_sentence_allows(gaz, text, name, lat, lon):
    t = toponyms_by_name(text, gaz)[name]
    assert abs(t["lat"] - lat) < 0.3 and abs(t["lon"] - lon) < 0.3, t
