"""ev23: an aircraft named by its model after a nationality ("Jordanian F-16s", "Russian Tu-22M3 bombers"), or after a force's own name ("US Air Force jets"), is that state's forces, as
"Russian jets" are: one side with them, and a strike it makes from its dateline's country is read as such. An
airline's jet is no state's, "fighters" after a nationality and a name are people, and a storm's name for a jet
("Saudi Tornado jets") does not make the strike weather. Sentences of our own."""
import pytest

from reading.corpus import read_text


def events(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return doc.events


@pytest.mark.parametrize("text, side", [
    ("Jordanian F-16s bombed smugglers' hideouts near Suwayda on Monday.", "Jordanian forces"),
    ("Russian Tu-22M3 bombers fired missiles at Dnipro overnight, killing four.", "Russian forces"),
    ("US Air Force jets struck a weapons depot near Deir ez-Zor on Monday.", "American forces"),
    ("Pakistani JF-17 fighters bombed hideouts in Paktika on Tuesday.", "Pakistani forces"),
])
def test_an_aircraft_named_with_a_nationality_is_that_states_forces(nlp, text, side):
    evs = [e for e in events(nlp, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor1 == side, [(e.actor1, e.sub_event_type) for e in evs]


def test_a_state_jet_named_like_a_storm_still_strikes(nlp):
    evs = events(nlp, "Saudi Tornado jets bombed a fuel depot in Hajjah on Thursday, killing three.")
    assert [e.actor1 for e in evs if e.event_type == "Explosions/Remote violence"] == ["Saudi forces"]
    # (the weather is still the weather)
    assert not events(nlp, "A tornado struck Moore on Thursday, killing three.")


def test_a_strike_told_from_the_attackers_capital_is_not_placed_there(nlp):
    evs = events(nlp, "WASHINGTON - US Navy F/A-18 jets struck radar sites near the coastal city on Saturday, "
                      "the Pentagon said.")
    assert evs and evs[0].actor1 == "American forces"
    assert getattr(evs[0].location, "name", None) != "Washington", evs[0].location


@pytest.mark.parametrize("text, other", [
    # a drone named by its model: the nationality may be its maker's ("Iranian Shahed drones" fly for Russia)
    ("KYIV - Iranian Shahed drones struck Odesa overnight, damaging port facilities.", "Iranian forces"),
    ("Turkish Bayraktar drones flown by Ukraine struck Russian positions near Kherson.", "Turkish forces"),
    ("A Turkish Airlines jet was struck by a drone near Erbil on Monday.", "Turkish forces"),
    ("Libyan Tebu fighters clashed with Arab militias in Kufra on Monday.", "Libyan forces"),
])
def test_no_state_where_none_acts(nlp, text, other):
    assert all(other not in (e.actor1, e.actor2) for e in events(nlp, text))
