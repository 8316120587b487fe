"""Two readings of a monitor's toll: the country a monitor is based in is no side ("a Britain-based war monitor", "a
UK-based monitor" said people were killed: not British forces), and people "killed in a strike on X" were killed in an
air strike, named with no weapon. Sentences of our own (Syria, Yemen, Sudan)."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 40 people were killed in clashes "
    "in Jableh on Thursday.",
    "Airwars, a UK-based monitor, said 12 civilians were killed in an air strike on Raqqa on Monday.",
])
def test_the_country_a_monitor_is_based_in_is_no_side(nlp, body):
    doc = read_report(nlp, body)
    assert doc.events and all("British" not in e.actor1 and "United Kingdom" not in e.actor1 for e in doc.events), \
        [(e.sub_event_type, e.actor1) for e in doc.events]


@pytest.mark.parametrize("body, place", [
    ("Twelve civilians were killed in a strike on Raqqa on Monday, a monitor said.", "Ar Raqqah"),
    ("Five fishermen were killed in a strike on a boat off Mokha on Sunday, residents said.", "Mocha"),
])
def test_people_killed_in_a_strike_were_killed_in_an_air_strike(nlp, body, place):
    doc = read_report(nlp, body)
    assert [(e.sub_event_type, e.location.name) for e in mapped(doc)] == [("Air/drone strike", place)], doc.events
