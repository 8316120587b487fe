"""ev14: "Students staged a protest ...; police arrested two of them", "and police detained 14 demonstrators": the
arrest is the protest's intervention (one event, a protest with intervention), not an arrest of its own; an arrest of
someone else in the same sentence stays an event. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "About 40 nurses staged a protest outside the health ministry in Harare on Monday; police arrested six of them.",
    "About 40 nurses staged a protest in Lagos's Ikeja district on Monday; police arrested six of them.",
    "Hundreds protested in Dhaka on Monday against the verdict, and police detained 14 demonstrators.",
])
def test_arrests_of_protesters_are_the_protests_intervention(nlp, body):
    evs = mapped(read_report(nlp, body, published="2025-01-14"))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Protest with intervention")], \
        [(e.event_type, e.sub_event_type) for e in evs]


def test_another_arrest_in_the_sentence_stays_an_event(nlp):
    evs = mapped(read_report(nlp, "Hundreds protested in Dhaka on Monday; separately, police arrested a militant "
                                  "commander in Sylhet.", published="2025-01-14"))
    assert sorted(e.event_type for e in evs) == ["Protests", "Strategic developments"]
