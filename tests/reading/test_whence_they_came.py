"""ev16: "a flight from Miami was hit by gunfire as it landed at X's airport" is an attack at X, not at the city the
flight came from; "traders from Bannu protested" outside Parliament did not protest in Bannu; but villagers abducted
"from Kankara" were taken there. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_a_plane_hit_by_gunfire_is_attacked_where_it_lands(nlp):
    body = ("PORT-AU-PRINCE, March 4 - A passenger flight from Miami was hit by gunfire as it landed at Cap-Haïtien "
            "on Monday, wounding a passenger.")
    evs = mapped(read_report(nlp, body, published="2025-03-04"))
    assert [(e.event_type, e.location.name) for e in evs] == [("Violence against civilians", "Cap-Haïtien")], evs


def test_protesters_from_a_town_protest_elsewhere(nlp):
    body = ("ISLAMABAD, March 4 - Outside Parliament, about 300 traders from Okara protested on Monday against "
            "new water charges.")
    evs = mapped(read_report(nlp, body, published="2025-03-04"))
    assert [e.event_type for e in evs] == ["Protests"] and evs[0].location.name != "Okara", evs


def test_a_journeys_ends_are_not_where_it_was_attacked(nlp):
    body = ("BAGHDAD, March 4 - A roadside bomb struck a bus carrying passengers from Karbala to Najaf near "
            "Hillah on Monday, wounding six.")
    evs = mapped(read_report(nlp, body, published="2025-03-04"))
    assert [e.location.name for e in evs] not in ([], ["Karbala"], ["Najaf"]), evs


def test_villagers_abducted_from_a_village_were_taken_there(nlp):
    body = "KANO, May 6 - Gunmen abducted 20 villagers from Kankara on Monday night, police said."
    evs = mapped(read_report(nlp, body, published="2025-05-06"))
    assert [e.location.name for e in evs] == ["Kankara"], evs
