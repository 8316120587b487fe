"""ev22: rules from the errors of events gold 22 (Côte d'Ivoire, Cyprus 1974, the Central African Republic, Burundi,
Mozambique, Uganda, Aceh, Assam, ETA, Chad, a press conference, locusts in Kenya), each tested on sentences of our
own: other wars, other places, other wording."""
import datetime as dt

from tests.reading.mapped_events import kinds, mapped, place_names, read_article

LOOTING = ("Strategic developments", "Looting/property destruction")


def _events(nlp, text, published):
    return mapped(read_article(nlp, text, published))


def test_swarms_of_locusts_invading_are_no_attack(nlp):
    # the pests named after "swarms of" ("Swarms of desert locusts invaded Kitui county")
    assert not _events(nlp, "Swarms of desert locusts invaded Turkana county on Sunday, eating through sorghum "
                            "fields, officials said.", "2020-02-10")


def test_aircraft_striking_swarms_spray_them(nlp):
    assert not _events(nlp, "Spray aircraft struck the swarms at dawn on Monday near Garissa.",
                       "2020-02-10")


def test_aircraft_striking_fighters_still_strike(nlp):
    evs = _events(nlp, "Army jets struck swarms of fighters near Garissa on Monday, the ministry said.", "2020-02-10")
    assert kinds(evs) == [("Explosions/Remote violence", "Air/drone strike")]


def test_looters_emptying_shops_loot(nlp):
    evs = _events(nlp, "Looters emptied shops and warehouses in Goma on Saturday night, residents said.",
                  "2025-01-27")
    assert kinds(evs) == [LOOTING] and place_names(evs) == ["Goma"]


def test_looting_that_went_on_is_looting(nlp):
    evs = _events(nlp, "Looting continued in Port-au-Prince on Tuesday in several districts, witnesses said.",
                  "2004-02-25")
    assert kinds(evs) == [LOOTING]
    assert evs[0].date.start == dt.date(2004, 2, 24)


def test_a_crowd_attacking_people_is_mob_violence(nlp):
    evs = _events(nlp, "In Kaduna on Monday, hundreds of angry youths attacked displaced people at a camp, "
                       "police said.", "2000-02-22")
    assert kinds(evs) == [("Riots", "Mob violence")]


def test_a_group_attacking_people_still_attacks_civilians(nlp):
    evs = _events(nlp, "Bandits attacked villagers at a market near Kaduna on Monday, killing six, police said.",
                  "2000-02-22")
    assert kinds(evs) == [("Violence against civilians", "Attack")]


def test_where_talks_collapsed_is_not_where_the_fighting_is(nlp):
    doc = read_article(nlp, "Offensive enters third day\n\nBANDA ACEH, Indonesia, May 21 (Reuters) - Indonesian "
                            "troops clashed with separatist rebels of the Free Aceh Movement in several districts on "
                            "Wednesday, the third day of an offensive launched after peace talks in Tokyo collapsed, "
                            "the military said.", "2003-05-21")
    fights = [e for e in mapped(doc) if e.event_type == "Battles"]
    assert fights and all(e.location is not None and e.location.country == "ID" for e in fights)


def test_fled_across_a_river_to_a_country_is_not_where_looting_was(nlp):
    doc = read_article(nlp, "JUBA, July 11 - Rebels took control of Yei on Sunday after the governor fled across "
                            "the border to Uganda, and looters stripped shops and offices overnight.", "2016-07-11")
    loot = [e for e in mapped(doc) if (e.event_type, e.sub_event_type) == LOOTING]
    assert loot and all(e.location is not None and e.location.country == "SS" for e in loot)


def test_a_capture_after_brief_fighting_is_one_event(nlp):
    evs = _events(nlp, "The rebels swept into Bria on Sunday morning and seized the town hall after brief fighting "
                       "with the presidential guard.", "2013-03-25")
    assert [k for k in kinds(evs) if k[0] == "Battles"] == [("Battles", "Non-state actor overtakes territory")]


def test_fighting_after_an_attack_elsewhere_is_still_told(nlp):
    # (only a capture swallows the fight told after it with a bare "after")
    evs = _events(nlp, "The army shelled Bria on Sunday, after clashes near the town killed five soldiers.",
                  "2013-03-25")
    assert ("Battles", "Armed clash") in kinds(evs)


def test_a_car_bombing_is_an_explosion(nlp):
    evs = _events(nlp, "The group claimed the car bombing of a police station in Cali last Thursday, which killed "
                       "nine officers.", "2019-01-21")
    assert kinds(evs) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_silent_procession_is_a_protest(nlp):
    evs = _events(nlp, "On Monday thousands of residents walked in a silent procession through Tezpur carrying "
                       "photographs of the dead.", "2004-08-16")
    assert kinds(evs) == [("Protests", "Peaceful protest")]


def test_a_funeral_procession_is_none(nlp):
    assert not _events(nlp, "A funeral procession wound through Tezpur on Monday.", "2004-08-16")


def test_youths_burning_buses_riot(nlp):
    evs = _events(nlp, "On Saturday night hooded youths set fire to two buses and a bank branch in Bilbao, police "
                       "said.", "2006-12-31")
    assert [k[0] for k in kinds(evs)] == ["Riots"]


def test_a_question_in_a_transcript_is_no_event(nlp):
    evs = _events(nlp, "Q: And the ambush in Zacatecas?\n\nA: On Monday, in Fresnillo, 13 state police officers "
                       "were killed in an ambush by a cartel.", "2019-10-18")
    assert len(evs) == 1 and evs[0].date.start == dt.date(2019, 10, 14)


def test_a_town_told_by_its_country_is_the_town_held(nlp):
    doc = read_article(nlp, "Seleka rebels controlled Central African Republic's capital Bangui on Monday, residents "
                            "said.", "2013-03-25")
    assert [c.location.name for c in doc.claims if c.location is not None] == ["Bangui"]


def test_an_explosive_charge_is_a_bomb(nlp):
    evs = _events(nlp, "The prefecture said an explosive charge damaged the gate of a police station in Bastia "
                       "shortly after 3 a.m. on Sunday.", "2013-04-09")
    assert kinds(evs) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    assert evs[0].date.start == dt.date(2013, 4, 7)


def test_fire_on_a_march_is_force_against_protesters(nlp):
    evs = _events(nlp, "Soldiers fired on a march by thousands of students in Omdurman on Monday, killing four.",
                  "2019-06-04")
    assert kinds(evs) == [("Protests", "Excessive force against protesters")] and evs[0].fatalities == 4


def test_a_march_on_a_town_is_no_protest(nlp):
    assert not [k for k in kinds(_events(nlp, "Troops began a march on the town of Omdurman on Monday.", "2019-06-04"))
                if k[0] == "Protests"]


def test_attacks_by_armed_bands_are_no_pests(nlp):
    evs = _events(nlp, "Gunmen killed nine villagers near Gusau on Sunday, the latest of a wave of attacks by "
                       "armed bands on farming communities.", "2025-06-03")
    assert ("Violence against civilians", "Attack") in kinds(evs)
