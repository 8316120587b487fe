"""A ship seized, hijacked or boarded is an event (property taken by force: Strategic developments /
Looting/property destruction, as ACLED codes it), by whoever took it; at sea it is left unplaced with the sea
noted (not put in a country the article names elsewhere); in a port it is placed there. Seizing a town stays
a change of hands."""
import pytest

from reading.corpus import read_text


def read(nlp, body, title="t", published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def seizures(doc):
    return [e for e in doc.events if e.sub_event_type == "Looting/property destruction"]


@pytest.mark.parametrize("body, actor, sea", [
    ("DUBAI, May 2 - Iranian forces seized a tanker in the Strait of Hormuz on Thursday.", "Iranian forces",
     "Strait of Hormuz"),
    ("ADEN, May 2 - Houthi forces hijacked a cargo ship in the Red Sea on Thursday.", "Houthis", "Red Sea"),
    ("DUBAI, May 2 - A Greek-owned tanker was seized by Iranian forces in the Gulf of Oman on Thursday.",
     "Iranian forces", "Gulf of Oman"),
    # (the country named only as the force's owner is no place: "Iran's Revolutionary Guards")
    ("DUBAI, May 2 - Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on Thursday.",
     "Iranian forces", "Strait of Hormuz"),
])
def test_a_vessel_seized_at_sea_is_an_unplaced_event_noting_the_sea(nlp, body, actor, sea):
    doc = read(nlp, body)
    got = seizures(doc)
    assert [(e.event_type, e.actor1, e.location) for e in got] == [("Strategic developments", actor, None)]
    assert sea in got[0].location_note
    assert not [e for e in doc.events if "territory" in e.sub_event_type]


def test_a_vessel_boarded_off_a_port_is_placed_there(nlp):
    doc = read(nlp, "ADEN, May 2 - Houthi fighters boarded a container ship off Hodeidah on Thursday.")
    assert [(e.actor1, e.location.country) for e in seizures(doc)] == [("Houthis", "YE")]


def test_seizing_a_port_town_is_still_a_change_of_hands(nlp):
    doc = read(nlp, "ADEN, May 2 - Houthi forces seized the port of Mokha on Thursday.")
    assert seizures(doc) == []
    assert [e.actor1 for e in doc.events if "territory" in e.sub_event_type] == ["Houthis"]
