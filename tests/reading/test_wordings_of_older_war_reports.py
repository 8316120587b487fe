"""Wordings of war reports that wire copy, communiques and transcripts of any decade use: a vessel or truck that
struck a mine, sorties flown against a side, a human chain, a side routed, victims shot dead by a pronoun or in
the passive after a first verb ("was hunted down and shot dead by"), two sides that fought with mortars (one
fight, not a shelling beside it), an entry the next sentence tells unopposed ("met almost no resistance": no
meeting), an entry after the other side withdrew told in that order, whence arms came or missiles were fired,
whose barracks was hit, and a capture recalled in a restrictive clause ("from rebels who had captured it")."""
import pytest

from tests.reading.mapped_events import kinds, mapped, place_names, read_report

MINE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("body", [
    "A fishing trawler struck a mine off Mokha on Tuesday, killing four fishermen, port officials said.",
    "A bus carrying farm workers hit a landmine near Kunduz on Tuesday, killing six of them.",
    "A grain freighter struck a sea mine at the entrance to Odesa harbour on Tuesday; two crew members were hurt.",
])
def test_a_vehicle_or_ship_that_struck_a_mine_is_a_mine_blast(nlp, body):
    assert MINE in kinds(mapped(read_report(nlp, body, "2019-03-07")))


@pytest.mark.parametrize("body", [
    "The mining company said a loader hit a mine wall in Kalgoorlie on Tuesday; nobody was hurt.",
    "Prospectors struck a mine of silver near Potosi on Tuesday, the ministry said.",
])
def test_a_mine_that_is_a_pit_is_no_blast(nlp, body):
    assert MINE not in kinds(mapped(read_report(nlp, body, "2019-03-07")))


def test_sorties_flown_against_a_side_are_air_strikes(nlp):
    body = "Nigerian air force jets flew 30 sorties against insurgent camps around Gwoza on Sunday, the military said."
    evs = mapped(read_report(nlp, body, "2015-03-02"))
    assert ("Explosions/Remote violence", "Air/drone strike") in kinds(evs)
    assert any(p and "Gwoza" in p for p in place_names(evs))


def test_a_human_chain_is_a_protest(nlp):
    body = "Some 5,000 people formed a human chain across Tbilisi on Sunday against the foreign agents law."
    assert ("Protests", "Peaceful protest") in kinds(mapped(read_report(nlp, body, "2024-05-14")))


@pytest.mark.parametrize("body", [
    "Army units routed the insurgents in the hills above Marawi on Wednesday, a spokesman said.",
    "The last militant groups holding the ridge above Marawi were routed on Wednesday, a spokesman said.",
])
def test_a_side_routed_fought(nlp, body):
    assert ("Battles", "Armed clash") in kinds(mapped(read_report(nlp, body, "2017-06-02")))


def test_a_party_routed_at_the_polls_fought_nobody(nlp):
    body = "The governing party was routed in Sunday's regional election in Saxony, official results showed."
    assert not [k for k in kinds(mapped(read_report(nlp, body, "2024-09-03"))) if k[0] == "Battles"]


@pytest.mark.parametrize("body", [
    "Gunmen pulled two nurses from a clinic bus near Kidal on Tuesday and shot them dead.",
    "A district judge was hunted down and shot dead by militiamen in Bunia on Tuesday morning.",
])
def test_a_killing_told_by_a_pronoun_or_after_a_first_passive_verb(nlp, body):
    assert ("Violence against civilians", "Attack") in kinds(mapped(read_report(nlp, body, "2012-05-10")))


def test_armed_men_shot_dead_by_name_still_fought(nlp):
    body = "Police shot dead four suspected militants at a checkpoint near Bannu on Monday, officials said."
    assert ("Battles", "Armed clash") in kinds(mapped(read_report(nlp, body, "2023-05-09")))


def test_sides_that_fought_with_mortars_fought_once(nlp):
    body = "Government troops and rebels fought with mortars and rifles in the centre of Bangui on Friday, witnesses said."
    assert kinds(mapped(read_report(nlp, body, "2013-12-07"))) == [("Battles", "Armed clash")]


def test_an_entry_the_next_sentence_tells_unopposed_is_a_transfer_and_no_meeting(nlp):
    body = ("Ethiopian troops entered Beledweyne early on Tuesday. The militants had left the town during the night, "
            "and the troops met almost no resistance, a local elder said.")
    got = kinds(mapped(read_report(nlp, body, "2012-01-01")))
    assert ("Strategic developments", "Non-violent transfer of territory") in got
    assert ("Strategic developments", "Other") not in got


def test_an_entry_after_the_other_side_withdrew_told_first_is_a_transfer(nlp):
    body = "On 9 August, after Congolese army units withdrew to new positions, RCD rebels entered the town of Kalemie."
    got = mapped(read_report(nlp, body, "1998-08-11"))
    assert ("Strategic developments", "Non-violent transfer of territory") in kinds(got)
    assert not [e for e in got if e.event_type == "Battles"]


@pytest.mark.parametrize("body, origin", [
    ("Our units cut the road from Herat to Kandahar in April. In the fighting for the Zarghun pass, which our units "
     "took on 3 May, more than 40 extremists were killed and weapons sent from Iran were captured.", "Iran"),
    ("Border police clashed with smugglers near the village of Zarghun on Monday and seized rifles smuggled from Iran, "
     "killing two of them, the governor of Herat said.", "Iran"),
    ("Government forces fired two Scud missiles from Damascus at rebel positions near Idlib on Sunday, the group said.",
     "Damascus"),
])
def test_whence_arms_came_or_missiles_were_fired_is_not_where_they_fought(nlp, body, origin):
    evs = mapped(read_report(nlp, body, "2012-05-31"))
    assert evs and all(p is not None and origin not in p for p in place_names(evs))


def test_a_country_whose_barracks_was_hit_is_not_where_it_stood(nlp):
    body = "An Iraqi missile struck a United States barracks at Dhahran in Saudi Arabia on Monday, killing 28 soldiers."
    assert place_names(mapped(read_report(nlp, body, "1991-02-27"))) == ["Dhahran"]


def test_a_capture_recalled_in_a_restrictive_clause_is_no_event_of_the_day(nlp):
    body = "Government troops retook the town of Kalemie on Thursday from rebels who had captured it, the army said."
    got = kinds(mapped(read_report(nlp, body, "1999-01-30")))
    assert ("Battles", "Government regains territory") in got
    assert ("Battles", "Non-state actor overtakes territory") not in got
