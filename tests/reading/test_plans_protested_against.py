"""ev16: a protest "on Tuesday against the planned closure of camps" or "against plans to demolish the market" took
place on that Tuesday: the plan is what it opposes, not its day; "Traders will march on Monday" is still ahead.
Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, day", [
    ("KANO, May 14 - Hundreds of students protested in Kano on Tuesday against the planned closure of hostels.",
     "2025-05-13"),
    ("KANO, May 14 - Hundreds of traders marched in Kano on Monday against plans to demolish the old market.",
     "2025-05-12"),
])
def test_a_protest_against_a_plan_happened(nlp, body, day):
    evs = mapped(read_report(nlp, body, published="2025-05-14"))
    assert [(e.event_type, str(e.date.start)) for e in evs] == [("Protests", day)], evs


def test_a_march_announced_is_still_ahead(nlp):
    body = "KANO, May 14 - Traders will march in Kano on Monday against the demolition of the old market."
    assert mapped(read_report(nlp, body, published="2025-05-14")) == []
