"""ev21: a month's toll of many events over a country ("UN monitors said fighting killed 900 civilians in
Myanmar in April") is a tally, not one attack at the country's centre; one attack in a month, or many at a
town, are still events. Sentences of our own."""
import pytest

from reading.corpus import read_text

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def violent(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-20", title="t"))
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("body", [
    "UN monitors said fighting killed 900 civilians in Myanmar in April.",
    "The UN human rights office said attacks killed 240 civilians in Mali last month.",
    "OCHA said air strikes killed 75 people in Yemen in April.",
])
def test_a_months_tally_over_a_country_is_no_event(nlp, body):
    assert violent(nlp, body) == []


@pytest.mark.parametrize("body", [
    "Fighting killed 45 people in Kutum in April, residents said.",
    "Gunmen attacked a convoy in Mali in April, killing six drivers.",
])
def test_events_told_by_month_stay(nlp, body):
    assert len(violent(nlp, body)) == 1
