"""ev14: "The rebels took the town of Saraqeb, cutting the road between Aleppo and Damascus. Rebel fighters now hold
the town": a road's ends ("between A and B", "the road to Goma") are where the road goes, not a town "the town" after
them can mean; the town the sentence before took is. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_report


@pytest.mark.parametrize("body, lat, lon", [
    ("GOMA, Jan 3 - M23 fighters took the town of Sake on Friday, cutting the main road to Goma. The rebels now "
     "control the town, residents said.", -1.57, 29.04),
    ("ALEPPO, Nov 30 - Insurgents seized the town of Khan Shaykhun on Friday, cutting the highway between Hama and "
     "Damascus. Insurgent fighters now hold the town, residents said.", 35.44, 36.65),
])
def test_the_town_held_is_the_town_taken_not_a_road_end(nlp, body, lat, lon):
    doc = read_report(nlp, body, published="2025-01-04")
    held = [(c.location.lat, c.location.lon) for c in doc.claims if c.relation == "holds"]
    assert held and all(abs(y - lat) < 0.2 and abs(x - lon) < 0.2 for y, x in held), held
