""""Took back X" is a recapture ("took back control of X", "has taken back the town of X"): an event and a change
of hands, as "retook X" is; what else is taken back (remarks, votes) is no territory. Sentences of our own
(Ukraine, DR Congo, Mali)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, place, day", [
    ("Ukrainian forces took back control of Kupiansk on Monday, the general staff said.", "Kupyansk",
     dt.date(2025, 6, 2)),
    ("M23 rebels took back Rutshuru on Friday after a week of fighting.", "Rutshuru", dt.date(2025, 5, 30)),
    ("Malian troops have taken back the town of Kidal, officials said.", "Kidal", dt.date(2025, 6, 3)),
])
def test_a_place_taken_back_changes_hands(nlp, body, place, day):
    doc = read_report(nlp, body)
    evs = [e for e in mapped(doc) if "territory" in e.sub_event_type]
    assert [(e.location.name, e.date.start) for e in evs] == [(place, day)], \
        [(e.sub_event_type, e.location and e.location.name, e.date.start) for e in doc.events]
    assert [c.location.name for c in doc.claims if c.relation == "took"] == [place], doc.claims


@pytest.mark.parametrize("body", [
    "The minister took back his remarks on Monday.",
    "Opposition voters took back the city council in last year's election.",
])
def test_other_things_taken_back_are_no_capture(nlp, body):
    assert not [e for e in read_report(nlp, body).events if "territory" in e.sub_event_type]


@pytest.mark.parametrize("body, side, town", [
    ("The army declared Marawi liberated from militants on Tuesday.", "forces", "Marawi"),
    ("Ukraine's military declared Kherson fully liberated on Friday.", "Ukrainian forces", "Kherson"),
    ("The army said it had declared the town of Bama liberated from Boko Haram.", "forces", "Bama"),
])
def test_a_place_declared_liberated_was_taken_by_the_side_declaring_it(nlp, body, side, town):
    doc = read_report(nlp, body)
    taken = [(c.faction, c.location.name) for c in doc.claims if c.relation == "took"]
    assert len(taken) == 1 and taken[0][0].endswith(side) and town in taken[0][1], taken
    assert [e.sub_event_type for e in doc.events] == ["Government regains territory"]


def test_the_city_declared_liberated_is_the_city_named_before(nlp):
    doc = read_report(nlp, "Iraqi troops raised the flag over the government complex in Ramadi on Tuesday, declaring "
                           "the city liberated.")
    assert [(e.sub_event_type, e.location.name) for e in mapped(doc)] == [("Government regains territory", "Ramadi")]
