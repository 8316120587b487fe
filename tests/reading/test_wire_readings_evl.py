"""evl: readings of wire copy an analyst gets right: a place captured told in the passive is a capture (people
captured are arrested), two verbs sharing the place taken, an armed group's men striking on the ground, a second
capture dated by the lag told after it, killings at a site of a town, and "the junta" as the country's forces.
Sentences of our own."""
from __future__ import annotations

import pytest

from tests.reading.mapped_events import read_article


def _facts(nlp, text, published="2025-05-13"):
    doc = read_article(nlp, text, published)
    return [(e.event_type, e.sub_event_type, e.actor1, e.location.name if e.location else None) for e in doc.events]


@pytest.mark.parametrize("text, place", [
    ("Goma was captured by M23 rebels on Monday.", "Goma"),
    ("The town of Bunia was seized by CODECO fighters on Sunday.", "Bunia"),
    ("Lashio was retaken by the military on Friday, state media said.", "Lashio"),
])
def test_a_place_captured_in_the_passive_is_taken(nlp, text, place):
    got = _facts(nlp, text)
    assert [(t, p) for t, s, _, p in got if "territory" in s] == [("Battles", place)], got
    assert not [s for _, s, _, _ in got if s == "Arrests"], got


def test_unnamed_villages_captured_in_the_passive_are_taken_near_the_town(nlp):
    got = _facts(nlp, "Three villages near Goma were captured by M23 rebels on Monday.")
    assert [(s, p) for _, s, _, p in got] == [("Non-state actor overtakes territory", "near Goma")], got


@pytest.mark.parametrize("text", [
    "Two soldiers were captured by the rebels near Bunia on Sunday.",
    "Three policemen had been captured by militants outside Kismayo on Friday.",
])
def test_people_captured_in_the_passive_are_still_an_arrest(nlp, text):
    got = _facts(nlp, text)
    assert [s for _, s, _, _ in got] == ["Arrests"], got


def test_people_seized_in_the_passive_take_no_territory(nlp):
    got = _facts(nlp, "Four fishermen from Bunia were seized by gunmen on Sunday.")
    assert not [s for _, s, _, _ in got if "territory" in s], got


@pytest.mark.parametrize("text, place, sub", [
    ("Rebels seized and held Goma on Monday.", "Goma", "Non-state actor overtakes territory"),
    ("The army retook and secured Lashio on Friday.", "Lashio", "Government regains territory"),
])
def test_two_verbs_sharing_the_place_taken(nlp, text, place, sub):
    assert (sub, place) in [(s, p) for _, s, _, p in _facts(nlp, text)]


@pytest.mark.parametrize("text, actor, place", [
    ("Al-Shabaab fighters struck a military base near Kismayo on Sunday.", "al-Shabaab", "near Kismayo"),
    ("Boko Haram militants struck an army post in Gwoza on Tuesday.", "Boko Haram", "Gwoza"),
])
def test_an_armed_groups_men_striking_is_a_ground_attack(nlp, text, actor, place):
    got = _facts(nlp, text)
    assert [(t, s, a, p) for t, s, a, p in got] == [("Battles", "Armed clash", actor, place)], got


def test_an_armed_groups_men_striking_a_village_and_killing_civilians_attack_civilians(nlp):
    got = _facts(nlp, "JNIM fighters struck a village near Djibo on Friday, killing nine civilians.")
    assert [(t, s) for t, s, _, _ in got] == [("Violence against civilians", "Attack")], got


def test_a_group_named_alone_striking_a_far_city_still_fired_on_it(nlp):
    got = _facts(nlp, "The Houthis targeted Ashdod on Thursday.")
    assert [s for _, s, _, _ in got] == ["Shelling/artillery/missile attack"], got


@pytest.mark.parametrize("text, first, second", [
    ("Houthi fighters overran Hazm on 2 March before seizing Marib two weeks later.", "2025-03-02", "2025-03-16"),
    ("Rebels captured Bunia on 3 April before seizing Goma three days later.", "2025-04-03", "2025-04-06"),
])
def test_a_second_capture_is_dated_by_the_lag_told_after_it(nlp, text, first, second):
    doc = read_article(nlp, text, "2025-05-13")
    days = [str(e.date.start) for e in doc.events if "territory" in e.sub_event_type]
    assert days == [first, second], days


@pytest.mark.parametrize("text, place, toll", [
    ("At least 460 patients had been killed at the hospital in El Fasher, the WHO said.", "El Fasher", 460),
    ("Thirty people were killed at a market in Maiduguri on Friday, witnesses said.", "Maiduguri", 30),
])
def test_a_passive_killing_at_a_site_of_a_town_is_an_event_there(nlp, text, place, toll):
    doc = read_article(nlp, text, "2025-05-13")
    got = [(e.location.name if e.location else None, e.fatalities) for e in doc.events]
    assert got == [(place, toll)], got
    assert doc.events[0].date is not None


@pytest.mark.parametrize("text, forces", [
    ("The junta bombed a school in Sagaing on Friday, killing 20 children.", "Myanmar forces"),
    ("The junta in Niamey said its troops killed 30 jihadists near Tillaberi on Monday.", "Nigerien forces"),
])
def test_the_junta_is_the_countrys_forces(nlp, text, forces):
    got = _facts(nlp, text)
    assert got and got[0][2] == forces, got


@pytest.mark.parametrize("text, toll", [
    ("Suspected jihadists ambushed a patrol near Menaka on Friday. The military said its soldiers had killed 12 "
     "attackers, adding that two soldiers were wounded.", 12),
    ("Islamist fighters attacked a military base near the village of Gorom in Tahoua region on Sunday. The army "
     "said troops killed 20 terrorists.", 20),
])
def test_a_sides_toll_told_next_folds_into_the_fight(nlp, text, toll):
    doc = read_article(nlp, text, "2025-05-13")
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert len(battles) == 1, doc.events
    assert battles[0].fatalities == toll and battles[0].date.basis != "publication", battles


def test_a_sides_account_of_another_place_is_not_folded(nlp):
    doc = read_article(nlp, "Islamist fighters attacked a military base near Tahoua on Sunday. The army said troops "
                            "killed 20 terrorists in a separate operation near Agadez.", "2025-05-13")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 2, doc.events


@pytest.mark.parametrize("text, side, sub", [
    ("Houthi rebels fired missiles at Aden on Saturday. The attacks on Sunday on the city's airport killed three "
     "people.", "Houthis", "Shelling/artillery/missile attack"),
    ("Russian forces shelled Kherson on Monday. The attacks on Tuesday on the city's port killed two people.",
     "Russian forces", "Shelling/artillery/missile attack"),
])
def test_attacks_named_again_on_another_day_are_the_same_sides(nlp, text, side, sub):
    doc = read_article(nlp, text, "2025-05-13")
    assert len(doc.events) == 2, doc.events
    assert (doc.events[1].actor1, doc.events[1].sub_event_type) == (side, sub), doc.events


def test_attacks_with_no_side_told_before_stay_unattributed(nlp):
    doc = read_article(nlp, "The attacks on Sunday on the city's airport in Port Sudan killed three people.",
                       "2025-05-13")
    assert [e.actor1 for e in doc.events] == [""], doc.events
