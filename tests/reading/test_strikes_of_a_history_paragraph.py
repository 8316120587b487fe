"""Strikes told in the perfect with no day, no place and no count in a paragraph of a conflict's history ("The
military has carried out air strikes on their jungle camps, but the violence has continued") are its record, kept
as background, not an event of the publication day; the news told so ("Israel has carried out strikes on Beirut's
southern suburbs", "... on rebel positions" after the day's attack) stays on the map."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def read(nlp, body):
    return read_report(nlp, body, published="2025-03-10", title="A long war")


@pytest.mark.parametrize("body", [
    "The insurgency in the south has dragged on for two decades. The army has carried out air strikes on their "
    "jungle camps, but the violence has continued.",
    "Separatists took up arms in 2017. Government forces have launched drone strikes on their mountain bases, "
    "yet the fighting has spread.",
])
def test_strikes_of_a_history_paragraph_are_no_news(nlp, body):
    doc = read(nlp, body)
    assert [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"] == [], doc.events


@pytest.mark.parametrize("body", [
    "Israel has carried out strikes on Beirut's southern suburbs, the Lebanese health ministry said.",
    "Rebels attacked Bunia on Monday. The army has carried out air strikes on rebel positions, a spokesman said.",
])
def test_strikes_of_the_news_stay(nlp, body):
    doc = read(nlp, body)
    assert [e.sub_event_type for e in mapped(doc) if e.event_type == "Explosions/Remote violence"] == \
        ["Air/drone strike"], doc.events
