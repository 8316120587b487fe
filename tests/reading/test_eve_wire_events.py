"""Events the reader had got wrong on wire copy (session 23, eve), as general rules. Sentences of our own."""
from tests.reading.mapped_events import read_report


def _agreements(doc) -> list:
    return [e for e in doc.events if e.sub_event_type == "Agreement"]


def test_an_agreement_with_no_side_read_is_reported_not_lost(nlp):
    doc = read_report(nlp, "The two delegations signed a ceasefire agreement on Thursday, a mediator said.")
    assert not _agreements(doc)
    assert [p.code for p in doc.problems if "ceasefire" in p.text] == ["W413"]


def test_an_agreement_with_no_side_named_is_placed_at_its_venue(nlp):
    doc = read_report(nlp, "Negotiators reached a truce deal on Saturday after a week of talks in Nairobi.")
    assert [e.location.name for e in _agreements(doc)] == ["Nairobi"]


def _one(doc, etype: str):
    evs = [e for e in doc.events if e.event_type == etype]
    assert len(evs) == 1, [(e.sub_event_type, e.evidence.sentence) for e in doc.events]
    return evs[0]


def test_a_place_retaken_in_the_passive_with_no_side_is_a_retaking_by_nobody_named(nlp):
    ev = _one(read_report(nlp, "Lyman was retaken on Thursday, the defence ministry said."), "Battles")
    assert (ev.sub_event_type, ev.actor1, ev.location.name, str(ev.date.start)) == (
        "Government regains territory", "", "Lyman", "2025-05-29")


def test_a_teller_before_a_place_captured_in_the_passive_keeps_the_capture(nlp):
    ev = _one(read_report(nlp, "Officials said the town of Kunduz was captured overnight."), "Battles")
    assert "territory" in ev.sub_event_type and ev.location.name == "Kunduz" and ev.actor1 == ""


def test_people_captured_in_the_passive_with_no_side_are_no_territory(nlp):
    doc = read_report(nlp, "Four soldiers were captured on Sunday, the army said.")
    assert not [e for e in doc.events if "territory" in e.sub_event_type]


def test_a_capture_told_again_in_the_passive_is_not_a_second_one(nlp):
    doc = read_report(nlp, "Taliban fighters seized Kunduz on Sunday. Kunduz was captured after hours of "
                           "fighting, residents said.")
    assert len([e for e in doc.events if "territory" in e.sub_event_type]) == 1


def test_a_site_or_place_struck_in_the_passive_is_a_strike_by_nobody_named(nlp):
    doc = read_report(nlp, "The oil depot in Odesa was struck overnight, the governor said.")
    ev = _one(doc, "Explosions/Remote violence")
    assert (ev.actor1, ev.location.name, str(ev.date.start)) == ("", "Odesa", "2025-06-02")
    ev = _one(read_report(nlp, "Isfahan was hit on Saturday, state media reported."), "Explosions/Remote violence")
    assert ev.location.name.startswith("Esfahan") or ev.location.name == "Isfahan"


def test_a_place_bombed_in_the_passive_is_an_air_strike(nlp):
    ev = _one(read_report(nlp, "Three houses in Idlib were bombed on Monday, rescuers said."),
              "Explosions/Remote violence")
    assert ev.sub_event_type == "Air/drone strike"


def test_things_struck_that_are_no_place_are_no_strike(nlp):
    for text in ("An agreement was struck on Friday, diplomats said.", "Exports from Chile were hit hard this year.",
                 "Manila was hit by a typhoon on Tuesday."):
        assert not [e for e in read_report(nlp, text).events if e.event_type == "Explosions/Remote violence"], text


def test_a_killing_is_placed_where_it_happened_not_where_the_police_withdrew_to(nlp):
    doc = read_report(nlp, "Gunmen killed four traders in Zamfara on Monday before police withdrew to the nearby "
                           "town of Gusau, residents said.")
    assert [e.location.name for e in doc.events if e.event_type == "Violence against civilians"] == ["Zamfara"]
    doc = read_report(nlp, "Militants attacked an army post in Mopti on Friday as soldiers fell back to Bamako.")
    assert [e.location.name for e in doc.events if e.event_type == "Battles"] == ["Mopti"]


def test_a_missile_fired_into_the_sea_off_a_country_is_not_placed_on_its_land(nlp):
    doc = read_report(nlp, "TOKYO, June 3 (Reuters) - North Korea fired a ballistic missile into the sea off Japan "
                           "on Tuesday. Japan's defence minister condemned the launch in Tokyo.")
    (ev,) = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ev.location is None and "sea off Japan" in ev.location_note
    doc = read_report(nlp, "Houthi rebels fired a missile on Sunday that fell into the sea off Eritrea, the U.S. "
                           "military said.")
    (ev,) = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ev.location is None, ev.location


def test_attacks_told_as_a_trend_going_on_are_no_fight_on_the_day(nlp):
    for text in ("Boko Haram has been escalating its attacks on army bases in Borno, officials said.",
                 "The Arakan Army is intensifying attacks on junta positions in Rakhine state.",
                 "Cartel gunmen have increased their attacks on police in Michoacan."):
        assert not [e for e in read_report(nlp, text).events if e.event_type == "Battles"], text


def test_an_assault_escalated_on_a_day_is_still_a_fight(nlp):
    doc = read_report(nlp, "The RSF escalated its assault on El Fasher on Saturday, shelling the main market.")
    assert [e.location.name for e in doc.events if e.event_type == "Battles"] == ["El Fasher"]


def test_a_paragraph_naming_the_group_of_an_attack_told_is_that_attack(nlp):
    doc = read_report(nlp, "Islamist militants attacked the town of Diffa on Monday, killing nine soldiers, a "
                           "security source said.\n\nFighters from ISWAP stormed two army posts before dawn, the "
                           "source said.")
    (ev,) = [e for e in doc.events if e.event_type == "Battles"]
    assert (ev.actor1, ev.location.name, str(ev.date.start)) == ("ISWAP", "Diffa", "2025-06-02")


def test_a_paragraph_naming_another_attack_with_its_own_place_stays_its_own(nlp):
    doc = read_report(nlp, "Islamist militants attacked the town of Diffa on Tuesday, killing nine soldiers.\n\n"
                           "Fighters from ISWAP also attacked an army post in Bosso, the source said.")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 2


def test_a_group_named_after_soldiers_attacking_is_not_those_soldiers(nlp):
    doc = read_report(nlp, "Soldiers attacked a militant camp near Diffa on Monday, the army said.\n\n"
                           "Fighters from ISWAP attacked several army positions at dawn, a source said.")
    assert "ISWAP" not in [e.actor1 for e in doc.events if e.location is not None and e.location.name == "Diffa"]


def test_a_lag_from_a_named_happening_counts_from_its_day_in_the_story(nlp):
    doc = read_report(nlp, "Malawians voted in a presidential election on May 20. Three days after the vote, "
                           "protesters clashed with police in Lilongwe.", published="2025-06-03")
    assert [str(e.date.start) for e in doc.events if e.location is not None and e.location.name == "Lilongwe"] \
        == ["2025-05-23"]
    doc = read_report(nlp, "The slain chief was buried in Bunia on Sunday. The day after the burial, militiamen "
                           "attacked a camp for displaced people near Bunia.", published="2025-06-05")
    assert [str(e.date.start) for e in doc.events if e.event_type != "Protests"] == ["2025-06-02"]


def test_a_lag_from_a_happening_the_story_does_not_date_keeps_the_publication_day(nlp):
    doc = read_report(nlp, "Two days after the election, gunmen attacked a polling station in Bukavu.",
                      published="2025-06-03")
    assert [str(e.date.start) for e in doc.events] == ["2025-06-03"]


def test_gang_members_are_a_generic_side_holding_no_zone(nlp):
    from tests.reading.mapped_events import held_sides
    doc = read_report(nlp, "Gang members killed six people in Kenscoff on Saturday, residents said.")
    assert [e.actor1.lower() for e in doc.events] == ["gang members"]
    doc = read_report(nlp, "Gang members overran the town of Kenscoff on Saturday, residents said.")
    assert held_sides(doc) == [] and [p.code for p in doc.problems] == ["W407"]
    doc = read_report(nlp, "Gangs set fire to houses in Mirebalais on Wednesday, local officials said.")
    assert [(e.actor1, e.location.name) for e in doc.events] == [("gangs", "Mirebalais")]


def test_a_named_group_taking_a_town_still_holds_it(nlp):
    from tests.reading.mapped_events import held_sides
    doc = read_report(nlp, "M23 rebels seized the town of Kamanyola on Saturday, residents said.")
    assert held_sides(doc) == ["M23"]
