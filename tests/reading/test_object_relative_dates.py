"""A date told in a relative clause with a subject of its own, after the object ("recaptured several towns that
government forces seized last year"), is that clause's act's: the recapture keeps the report's day (told in the
present perfect) instead of going back a year; a clause whose verb follows "that" ("fighting that broke out on
Monday") still dates the event. Sentences of our own (Somalia, Sudan, Burkina Faso)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "Al-Shabaab militants have recaptured several towns in Hiraan that government forces seized last year.",
    "The RSF has retaken villages near El Obeid that the army captured in January, residents said.",
])
def test_the_date_of_a_clause_about_the_object_is_not_the_events(nlp, body):
    evs = mapped(read_report(nlp, body, published="2025-06-03"))
    assert evs and all(e.date.start == dt.date(2025, 6, 3) for e in evs), [(e.sub_event_type, e.date) for e in evs]


@pytest.mark.parametrize("body", [
    "Fighting that broke out in Djibo on Monday killed 12 people.",
    "Malian troops entered Kidal, a town that for years served as the rebels' stronghold, on Monday.",
])
def test_a_clause_whose_verb_follows_that_still_dates_the_event(nlp, body):
    evs = mapped(read_report(nlp, body, published="2025-06-03"))
    assert [e.date.start for e in evs] == [dt.date(2025, 6, 2)], [(e.sub_event_type, e.date) for e in evs]
