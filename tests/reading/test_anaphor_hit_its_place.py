"""An attack told first by its region or country, then named again with the place it hit ("... The strike hit a
market in X on Sunday", "The blast struck the town of X") is one event at that place and on that day, not a
vague event plus a second one (or none) at the town. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_report

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text, town, day, dead", [
    ("A drone attack on a fuel depot in Sudan's North Kordofan state killed 14 people, witnesses said on Thursday. "
     "The drone hit a fuel depot in El Obeid on Wednesday night, a resident said.", "Obeid", "2025-05-21", 14),
    ("A suicide bomber killed 11 people in Pakistan, police said. The blast hit a mosque in Peshawar on Friday.",
     "Peshawar", "2025-05-16", 11),
    ("A car bomb killed nine people in Somalia, officials said. The explosion struck the town of Baidoa on Tuesday.",
     "Baidoa", "2025-05-20", 9),
])
def test_the_place_hit_told_after_a_vague_lede_is_the_events(nlp, text, town, day, dead):
    evs = _violent(read_report(nlp, text, "2025-05-22"))
    assert len(evs) == 1, [(e.location and e.location.name, e.date) for e in evs]
    ev = evs[0]
    assert town in ev.location.name and str(ev.date.start) == day and ev.fatalities == dead


def test_a_strike_on_another_town_another_day_stays_its_own(nlp):
    evs = _violent(read_report(nlp, "A car bomb killed 30 people in Kismayo on Sunday. The blast hit a market "
                                    "in Beledweyne on Tuesday.", "2025-05-22"))
    assert len(evs) == 2


def test_strikes_retold_with_the_buildings_they_hit_are_the_strike_told(nlp):
    doc = read_report(nlp, "Israeli jets struck the southern suburbs of Beirut on Monday, officials said. The strikes "
                           "hit at least four buildings in Dahiyeh and killed seven people.", "2025-05-22")
    evs = _violent(doc)
    assert len(evs) == 1 and evs[0].fatalities == 7 and evs[0].actor1, [(e.actor1, e.fatalities) for e in evs]


@pytest.mark.parametrize("text, side", [
    ("The strikes hit at least three houses in Dahiyeh, a Hezbollah stronghold, and killed nine people.", "Hezbollah"),
    ("Shells hit a market in Kadugli, an SPLM-N-held town, and killed four people.", "SPLM-N"),
])
def test_a_side_whose_ground_is_struck_is_not_the_striker(nlp, text, side):
    evs = _violent(read_report(nlp, text, "2025-05-22"))
    assert evs and all(e.actor1 != side for e in evs), [(e.actor1, e.actor2) for e in evs]
