"""ev16: a killing followed by an appositive that ranks the dead ("..., the fourth journalist killed in the state
since January") is an event: the running total is the rank's. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_a_ranked_killing_is_an_event(nlp):
    body = ("TIJUANA, March 4 - Gunmen killed a journalist outside his house in Ensenada on Monday, the fourth "
            "journalist killed in the state since January.")
    evs = mapped(read_report(nlp, body, published="2025-03-04"))
    assert [(str(e.date.start), e.fatalities) for e in evs] == [("2025-03-03", 1)], evs

