"""An armed group told first without its name ("An ethnic armed group in Myanmar said ...", "A rebel group") is the
one armed group the next sentence names (cataphora): the capture gets that taker and a control claim. As a
description of a side named before it ("The M23, a rebel group backed by Rwanda, ...") it is no actor of its own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def read(nlp, body):
    return read_report(nlp, body, published="2025-03-10", title="Town taken")


@pytest.mark.parametrize("body, taker, town", [
    ("An ethnic armed group in Myanmar said Saturday it had seized the town of Hsenwi. The TNLA posted "
     "photos of its fighters in the town's market.", "TNLA", "Hsenwi"),
    ("A rebel group in eastern Congo said on Monday it had captured the town of Walikale. The M23 said its fighters "
     "now held the town.", "M23", "Walikale"),
])
def test_the_group_named_next_took_the_town(nlp, body, taker, town):
    doc = read(nlp, body)
    takings = [e for e in mapped(doc) if "territory" in e.sub_event_type]
    assert [(e.actor1, e.location.name) for e in takings][:1] == [(taker, town)], doc.events
    assert {(c.faction, c.location.name) for c in doc.claims if c.relation == "took"} == {(taker, town)}, doc.claims


def test_a_description_of_a_named_side_is_no_other_actor(nlp):
    doc = read(nlp, "The M23, a rebel group backed by Rwanda, seized the town of Sake on Monday.")
    assert [e.actor1 for e in mapped(doc)] == ["M23"], doc.events
