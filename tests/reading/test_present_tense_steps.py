"""Steps told in the present, as timelines and headlines tell them: "A drone hits a depot", "Jets strike targets",
"Jets drop bombs on a building" are air strikes; "Gunmen stop buses ... and kill 12" is the gunmen's killing; a present
wished or feared ("fear that bandits return and kill") is none."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report


def read(nlp, body):
    return read_report(nlp, body, published="2025-05-10", title="Key dates")


@pytest.mark.parametrize("line", [
    "May 3 - A drone hits a fuel depot near Kherson, killing two workers.",
    "May 3 - Russian jets strike an ammunition depot near Kupiansk.",
    "May 3 - Israeli jets drop heavy bombs on a building in Gaza City, killing nine.",
])
def test_an_air_strike_told_in_the_present(nlp, line):
    doc = read(nlp, line)
    assert kinds(mapped(doc)) == [("Explosions/Remote violence", "Air/drone strike")], doc.events


def test_a_second_present_of_one_plural_subject_is_told(nlp):
    doc = read(nlp, "May 4 - Gunmen stop buses on the road near Garissa and kill 12 passengers.")
    assert [(e.event_type, e.fatalities) for e in mapped(doc)] == [("Violence against civilians", 12)], doc.events


def test_a_feared_present_is_not_told(nlp):
    doc = read(nlp, "Residents fear that bandits return and kill more villagers near Garissa.")
    assert mapped(doc) == [], doc.events
