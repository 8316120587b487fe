"""evq: a headline that tells a building of a town taken drops its article ("Houthis seize ruling party office in
Sanaa", "Gunmen seize town hall in Kalehe") and may open on a named side in the bare present: still the building's
event in the town, with no change of hands; and a body opening on people ("Residents said ...") does not make the
headline's town a people's name ("took Gao residents to hospital"). "took office in Kabul" takes no building.
Sentences of our own."""
import pytest

from tests.reading.mapped_events import held_sides, kinds, mapped, place_names, read_report

OTHER = ("Strategic developments", "Other")


@pytest.mark.parametrize("title, town", [
    ("Houthis seize ruling party office in Sanaa", "Sanaa"),
    ("Gunmen seize town hall in Bunia", "Bunia"),
    ("Militia fighters take over state broadcaster building in Tripoli", "Tripoli"),
    ("Rival faction seizes party office in Misrata", "Misratah"),
])
def test_a_headline_building_taken_is_an_event_in_the_town(nlp, title, town):
    doc = read_report(nlp, "Witnesses said the building was looted.", title=title)
    evs = mapped(doc)
    assert kinds(evs) == [OTHER], evs
    assert place_names(evs) == [town], evs
    assert held_sides(doc) == [], doc.claims


def test_a_headline_capture_stands_over_a_body_opening_on_people(nlp):
    doc = read_report(nlp, "Residents said the fighters arrived in pickup trucks.", title="Rebels seize Uvira")
    assert [s for _, s in kinds(mapped(doc))] == ["Non-state actor overtakes territory"], doc.events
    assert place_names(mapped(doc)) == ["Uvira"]


def test_a_named_side_in_the_bare_present_takes_a_town_in_a_headline(nlp):
    doc = read_report(nlp, "The city had been under siege for weeks, residents said.", title="Taliban seize Ghazni")
    assert held_sides(doc) == ["Taliban"], doc.claims


def test_taking_office_is_no_building_taken(nlp):
    doc = read_report(nlp, "The new governor took office in Herat on Monday.", title="New governor")
    assert OTHER not in kinds(mapped(doc)), doc.events


@pytest.mark.parametrize("title", [
    "Rebels take over Adigrat and Mekelle offices",
    "Militia seizes Sirte and Misrata headquarters",
    "Gunmen seize Bunia town hall",
])
def test_towns_naming_a_building_taken_in_a_headline_are_not_taken(nlp, title):
    doc = read_report(nlp, "Witnesses said the building was looted.", title=title)
    assert not [e for e in doc.events if "territory" in e.sub_event_type], doc.events
    assert held_sides(doc) == [], doc.claims


def test_a_town_hall_is_not_the_town_named_before(nlp):
    doc = read_report(nlp, "KINSHASA, June 29 - CODECO militiamen seized the town hall in Bunia on Monday.")
    assert kinds(mapped(doc)) == [OTHER] and place_names(mapped(doc)) == ["Bunia"], doc.events
    assert held_sides(doc) == [], doc.claims
