""""The capital of the northern state of X" is X's capital, not the country's (placed at the unit the article names,
honestly a region, rather than at the national capital far away); a toll whose noun is set off by a description
("64 people, believed to be tribal fighters, were shot dead") is still the toll; torching told as a running total
since an event told before ("Since then its fighters have set fire to 100 trucks") is no one event. Sentences of our
own."""
from tests.reading.mapped_events import read_article


def test_the_capital_of_a_named_state_is_not_the_countrys_capital(nlp):
    doc = read_article(nlp, "Gunmen torched buses across the capital of the western state of Jalisco on Monday.",
                       "2025-02-25")
    assert [e.location.name for e in doc.events] == ["Jalisco"], [(e.sub_event_type, e.location) for e in doc.events]
    assert all(m.location is None or m.location.name != "Mexico City" for m in doc.mentions)


def test_the_capital_of_a_province_told_by_its_kind_first(nlp):
    doc = read_article(nlp, "Insurgents attacked the capital of the restive province of Cabo Delgado on Friday.",
                       "2025-02-25")
    assert [e.location.name for e in doc.events] == ["Cabo Delgado"], [(e.sub_event_type, e.location) for e in doc.events]


def test_the_countrys_capital_is_still_the_capital(nlp):
    doc = read_article(nlp, "Protesters marched through the Kenyan capital on Tuesday.", "2025-02-25")
    assert [e.location.name for e in doc.events] == ["Nairobi"]


def test_a_toll_set_off_by_a_description_is_the_toll(nlp):
    doc = read_article(nlp, "At least 23 men, believed to be militia members, were shot dead in an ambush near Bambari "
                            "on Sunday, officials said.", "2025-02-25")
    assert [e.fatalities for e in doc.events] == [23], [(e.sub_event_type, e.fatalities) for e in doc.events]
    doc = read_article(nlp, "Nine people, mostly farmers, were killed in an attack on a village near Mopti on Sunday.",
                       "2025-02-25")
    assert [e.fatalities for e in doc.events] == [9], [(e.sub_event_type, e.fatalities) for e in doc.events]


def test_torching_told_as_a_total_since_an_event_is_no_one_event(nlp):
    doc = read_article(nlp, "JNIM declared a blockade of the town in early June. Since then its fighters have set fire "
                            "to more than 60 fuel trucks in the Sikasso region.", "2025-08-01")
    assert [e for e in doc.events if e.sub_event_type == "Looting/property destruction"] == [], [
        (e.sub_event_type, str(e.date.start)) for e in doc.events]
