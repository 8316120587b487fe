"""Fighting told in a list of towns is an event in each, even towns a few kilometres apart (no same-place
merge); the toll, told once, goes to the first. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_article


def test_each_listed_town_gets_its_event_even_close_ones(nlp):
    doc = read_article(nlp, "Clashes in Bamako, Kati and Koulikoro killed 14 people on Sunday.", "2025-05-20")
    got = {e.location.name: e.fatalities for e in mapped(doc)}
    assert got == {"Bamako": 14, "Kati": None, "Koulikoro": None}


def test_towns_across_a_border_a_few_km_apart_each_get_one(nlp):
    doc = read_article(nlp, "Fighting in Goma, Gisenyi and Sake killed 6 people on Monday.", "2025-05-20")
    assert sorted(e.location.name for e in mapped(doc)) == ["Gisenyi", "Goma", "Sake"]
