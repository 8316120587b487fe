"""A capitalised direction after a country's possessive that opens a unit's name ("Sudan's North Kordofan state",
"Nigeria's South Kaduna") places the event in that unit, not in the country's north or south; "the country's
north" written in lower case, a zone named by two compass words ("Nigeria's North East") and AP's "Mali's north
Tuesday" still are the country's part. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_report


def _place(nlp, text):
    evs = [e for e in read_report(nlp, text, "2025-05-22").events if e.location is not None]
    assert evs
    return evs[0].location


@pytest.mark.parametrize("text, unit", [
    ("Fighting erupted in Sudan's North Kordofan state on Monday, residents said.", "Kordufan"),
    ("Militiamen attacked a market in Sudan's South Darfur state on Monday.", "Darfur"),
])
def test_the_unit_named_after_the_possessive_is_the_place(nlp, text, unit):
    loc = _place(nlp, text)
    assert unit in loc.name and loc.relation == "at", (loc.name, loc.relation)


@pytest.mark.parametrize("text, direction", [
    ("Gunmen killed 12 people in Niger's north on Monday.", "north"),
    ("Gunmen killed 12 people in Nigeria's North East on Monday.", "north-east"),
    ("Gunmen killed 12 people in Chad's East Tuesday.", "east"),
])
def test_the_countrys_part_still_reads(nlp, text, direction):
    loc = _place(nlp, text)
    assert loc.relation == "part" and loc.name.startswith(direction), (loc.name, loc.relation)
