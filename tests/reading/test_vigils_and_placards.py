"""ev14: a crowd keeping a vigil outside an office or for a demand, or holding placards demanding something, is a
peaceful protest, as a sit-in is; a vigil for the dead of a crash and banners cheering a team are not. Sentences of
our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, town", [
    ("Relatives of the missing held a candlelight vigil outside the prosecutor's office in Tegucigalpa on Friday.",
     "Tegucigalpa"),
    ("Teachers held placards demanding unpaid wages outside the ministry in Lilongwe on Monday.", "Lilongwe"),
    ("Widows of the miners staged a silent vigil in front of the parliament in Lima on Monday.", "Lima"),
])
def test_a_vigil_or_placards_for_a_demand_are_a_protest(nlp, body, town):
    evs = mapped(read_report(nlp, body, published="2025-03-11", title="Report"))
    assert [(e.event_type, e.sub_event_type, e.location.name) for e in evs] == [
        ("Protests", "Peaceful protest", town)], evs


@pytest.mark.parametrize("body", [
    "Mourners held a vigil for the victims of the bus crash in Kisumu on Sunday.",
    "Fans waved banners celebrating the title in Lagos on Sunday.",
])
def test_mourning_and_cheering_are_no_protest(nlp, body):
    assert mapped(read_report(nlp, body, published="2025-03-11", title="Report")) == []
