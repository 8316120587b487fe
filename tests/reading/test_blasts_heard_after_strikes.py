"""lead: explosions heard after strikes or missiles told before ("Iran fired missiles at Israel. Explosions were
heard over Tel Aviv", "Israeli jets struck Tehran. Residents reported explosions in several districts") are the
strikes heard, not a bombing of their own; explosions told alone stay an event. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_explosions_heard_after_missiles_are_the_missiles(nlp):
    doc = read_report(nlp, "KYIV, Feb 3 - Russia fired cruise missiles at Kyiv on Monday. Loud explosions were heard "
                           "across the capital, and residents took shelter in metro stations.", published="2025-02-03")
    assert [e.sub_event_type for e in mapped(doc)] == ["Shelling/artillery/missile attack"], doc.events


def test_explosions_reported_after_air_strikes_are_the_strikes(nlp):
    doc = read_report(nlp, "BEIRUT, Feb 3 - Israeli warplanes struck the southern suburbs of Beirut on Monday.\n\n"
                           "Residents reported explosions in several neighbourhoods.", published="2025-02-03")
    assert [e.sub_event_type for e in mapped(doc)] == ["Air/drone strike"], doc.events


def test_explosions_its_residents_report_after_strikes_on_a_country_are_the_strikes(nlp):
    doc = read_report(nlp, "AMMAN/JERUSALEM, Feb 3 - Israeli jets struck Houthi sites across Yemen on Monday.\n\n"
                           "Residents of Sanaa reported explosions in several districts before dawn.",
                      published="2025-02-03")
    assert [e.sub_event_type for e in mapped(doc)] == ["Air/drone strike"], doc.events


def test_explosions_heard_in_another_town_stay_there(nlp):
    doc = read_report(nlp, "TEHRAN, Feb 3 - Israeli jets struck Tehran before dawn on Monday.\n\n"
                           "Residents of Isfahan reported explosions in several districts.", published="2025-02-03")
    assert {e.location.name for e in mapped(doc)} >= {"Tehran", "Isfahan"}, doc.events


def test_explosions_told_alone_stay_an_event(nlp):
    doc = read_report(nlp, "KABUL, Feb 3 - Residents reported explosions in the west of Kabul on Monday, police "
                           "said.", published="2025-02-03")
    assert [e.sub_event_type for e in mapped(doc)] == ["Remote explosive/landmine/IED"], doc.events
