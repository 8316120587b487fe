"""The twelfth events gold (``bench/data/events_gold12.jsonl``): error classes of its first run, on sentences of
their own (other places, names and wording than the gold's): a killing told with its own frame ("shot dead ... in an
attack") lost, a crowd's violence (stones thrown, a building stormed, cars set alight) read as a peaceful protest,
idioms read as events ("rally behind", "fought three campaigns", "hijacked the derby"), "US dollars" placing an
event in the United States, a day's count of places shelled mapped as one attack, and countries named across a
border taken for where a fight was."""
from reading.corpus import read_text
from tests.reading.mapped_events import kinds, mapped


def read(nlp, text, published="2025-06-04", title=None):
    return nlp(read_text(text, doc_id="t", published=published, title=title))


# (a) "was shot dead in X on Monday in an attack": the attack is the killing's frame, not another event
def test_a_killing_framed_by_an_attack_noun_is_kept(nlp):
    evs = mapped(read(nlp, "A trader was gunned down in Kisumu on Monday in an attack that police blamed on a gang."))
    assert kinds(evs) == [("Violence against civilians", "Attack")], kinds(evs)
    assert evs[0].location.name == "Kisumu" and evs[0].fatalities == 1


def test_a_killing_told_as_the_latest_of_several_attacks_is_kept(nlp):
    evs = mapped(read(nlp, "A councillor was shot dead in Tegucigalpa on Wednesday, police said, in the latest of "
                           "several attacks on local officials."))
    assert kinds(evs) == [("Violence against civilians", "Attack")], kinds(evs)


# (b) what the crowd does makes the protest a riot
def test_protesters_who_had_thrown_stones_make_a_riot(nlp):
    evs = mapped(read(nlp, "Police fired tear gas at protesters who had thrown stones at officers in central Lusaka "
                           "on Tuesday."))
    assert kinds(evs) == [("Riots", "Violent demonstration")], kinds(evs)


def test_bottles_and_flares_thrown_at_police_lines_make_a_riot(nlp):
    evs = mapped(read(nlp, "Demonstrators threw bottles and flares at police lines in Skopje on Saturday as a rally "
                           "against the government turned tense."))
    assert kinds(evs) == [("Riots", "Violent demonstration")], kinds(evs)


def test_protesters_who_stormed_an_assembly_make_a_riot(nlp):
    evs = mapped(read(nlp, "Police opened fire on protesters who stormed the regional assembly in Kampala on "
                           "Tuesday, killing two people."))
    assert ("Riots", "Violent demonstration") in kinds(evs), kinds(evs)
    assert ("Protests", "Excessive force against protesters") not in kinds(evs)


def test_protesters_setting_cars_alight_make_a_riot(nlp):
    evs = mapped(read(nlp, "On Monday, protesters in Jos marched on the governor's office and set several cars "
                           "alight, police said."))
    assert kinds(evs) == [("Riots", "Violent demonstration")], kinds(evs)


def test_a_peaceful_rally_stays_peaceful(nlp):
    evs = mapped(read(nlp, "Thousands of protesters rallied peacefully in Accra on Tuesday, police said."))
    assert kinds(evs) == [("Protests", "Peaceful protest")], kinds(evs)


# (c) idioms of support, campaigns and sport
def test_rallying_behind_the_army_is_no_rally(nlp):
    assert mapped(read(nlp, "The mayor called upon residents of Kaduna to rally behind the security forces on "
                            "Friday.")) == []


def test_fighting_campaigns_against_a_party_is_no_fight(nlp):
    assert mapped(read(nlp, "The president congratulated Amina Yusuf, a lawyer in Kano who had fought three "
                            "campaigns against the ruling party.")) == []


def test_hijacking_a_derby_is_no_abduction_but_hijacking_a_bus_is(nlp):
    assert mapped(read(nlp, "Plateau United hijacked the Jos derby on Saturday with two late goals against their "
                            "rivals.")) == []
    evs = mapped(read(nlp, "Gunmen hijacked a bus near Katsina on Saturday and took the passengers into the forest."))
    assert kinds(evs) == [("Violence against civilians", "Abduction/forced disappearance")], kinds(evs)


# (d) a currency is not a place
def test_us_dollars_do_not_place_an_event_in_the_united_states(nlp):
    doc = read(nlp, "GOMA, June 4 - Rebels shelled Sake on Monday, killing three civilians; the damage was put at "
                    "two million US dollars.")
    evs = mapped(doc)
    assert evs and all(e.location is not None and e.location.country == "CD" for e in evs), \
        [(e.location.name, e.location.country) for e in evs if e.location is not None]
    us = [m for m in doc.mentions if doc.text[m.start:m.end] == "US"]
    assert us and us[0].role == "actor"  # still a toponym, as a modifier: whose currency


# (e) a day's count of places hit is a tally, not one attack at the region's centre
def test_a_count_of_settlements_shelled_is_a_tally(nlp):
    assert mapped(read(nlp, "Zaporizhzhia regional administration, 4 June.\n\n19:10 - Over the past day Russian "
                            "forces shelled 14 settlements of the region, 2 people were killed.")) == []


def test_two_villages_shelled_are_one_attack(nlp):
    evs = mapped(read(nlp, "Russian troops shelled two villages near Kupiansk on Monday, killing one man."))
    assert kinds(evs) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")], kinds(evs)


# (f) "near the border with X and Y": the neighbours, not where the base that fell lies
def test_countries_across_the_border_do_not_place_a_retold_fight(nlp):
    evs = mapped(read(nlp, "N'DJAMENA, Feb 11 - Boko Haram fighters attacked an army base in Chad's Lac province on "
                           "Sunday, killing 20 soldiers, the army said. The militants overran the base near the border "
                           "with Cameroon and Nigeria, seizing weapons, before withdrawing, a security source said."))
    assert [e.location.country for e in evs] == ["TD"], [(e.location.name, e.location.country) for e in evs]


# (g) an attack on a police station is a fight with the police, told like one on a post or a checkpoint
def test_an_attack_on_a_police_station_is_a_battle(nlp):
    evs = mapped(read(nlp, "Gunmen killed a trader in Mbengwi, in Cameroon's North-West region, on 2 June. On 3 June, "
                           "Ambazonian fighters attacked a police station and a clinic at Nkwen Mbingo."))
    battles = [e for e in evs if e.event_type == "Battles"]
    assert len(battles) == 1 and str(battles[0].date.start) == "2025-06-03", kinds(evs)
    assert battles[0].location is not None and battles[0].location.country == "CM"
    # a habit, not an event
    assert mapped(read(nlp, "Its officers are stretched across a capital where gangs attack police stations almost "
                            "every week.")) == []


# (h) a collapse that kills is a mishap, not a fight
def test_deaths_in_a_collapse_are_no_fight(nlp):
    assert mapped(read(nlp, "The collapse of a school building in Jos on Friday killed 22 pupils, officials said.")) == []
    evs = mapped(read(nlp, "Gunmen killed 22 villagers in Jos on Friday, officials said."))
    assert kinds(evs) == [("Violence against civilians", "Attack")], kinds(evs)
