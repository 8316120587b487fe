"""lead: "between A and B" is drawn as the area between them only for places of one region: "talks between
Washington and Beijing", "the road between Goma and Kinshasa" (1,600 km) had been drawn as a corridor across half
a continent or the globe at precision 2. Far apart, the phrase is reported as not placed, with why. Sentences
of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_fighting_between_two_far_cities_is_not_a_corridor(nlp):
    doc = read_report(nlp, "LAGOS, May 12 - Fighting broke out on Monday on the road between Lagos and Maiduguri, "
                           "police said.", published="2025-05-12")
    assert all(not (e.location and e.location.name.startswith("between")) for e in doc.events), doc.events
    assert any("too far apart" in p.reason for p in doc.problems), doc.problems


def test_fighting_between_two_near_towns_stays_between_them(nlp):
    doc = read_report(nlp, "MAIDUGURI, May 12 - Fighting broke out on Monday on the road between Maiduguri and "
                           "Damboa, police said.", published="2025-05-12")
    assert [e.location.relation for e in mapped(doc)] == ["between"], doc.events
