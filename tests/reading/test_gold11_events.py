"""The eleventh events gold (``bench/data/events_gold11.jsonl``): error classes of its first run, on sentences of
their own (other conflicts, places and names than the gold's): CrisisWatch's telegraphic "3 May attacked" read as
the modal "may", an unknown part of "the city" taken for the town "the city" means, a country opening a relative
clause after an unknown town taken for the event's place, "By evening, ..." after the sentence that dates the day,
and a fight's retelling by its plural name and the speaker's "He said troops killed two attackers"."""
from tests.reading.mapped_events import kinds, mapped, place_names, read_article


def read(nlp, text, published="2025-06-04", title=None):
    return read_article(nlp, text, published, title)


# (a) CrisisWatch's day before its verb: "3 May attacked" is the month, not "may attack"
def test_a_telegraphic_day_of_may_is_no_possibility(nlp):
    evs = mapped(read(nlp, "Central African Republic. In centre, militia fighters 4 May attacked police post in "
                           "Bambari town, killing two officers.", published="2025-06-02"))
    assert kinds(evs) == [("Battles", "Armed clash")], kinds(evs)
    assert str(evs[0].date.start) == "2025-05-04"


def test_the_modal_may_still_makes_a_possibility(nlp):
    assert mapped(read(nlp, "Officials warned that militia fighters may attack Bambari in the coming days.",
                       published="2025-06-02")) == []


# (b) "the X area of the city": X lies in the city, it is not the city
def test_an_unknown_area_of_the_city_is_inside_the_town_told_before(nlp):
    evs = mapped(read(nlp, "On 2 June, shells hit a market in El Obeid, killing three women. On 3 June, a sniper "
                           "killed a boy in the Al-Jumhuriya area of the city."))
    assert place_names(evs) == ["El Obeid", "El Obeid"], place_names(evs)


# (c) ", where <country> is building ...": what the clause tells of, not where the unknown town lies
def test_a_country_opening_a_relative_clause_is_not_where_the_strike_hit(nlp):
    evs = mapped(read(nlp, "YANGON, June 4 - Myanmar's military stepped up air strikes this week. On Tuesday, a jet "
                           "bombed a jetty in the village of Kyein Chaung, where Japan is building a road, killing "
                           "four fishermen, an aid group said."))
    strikes = [e for e in evs if e.fatalities == 4]
    assert len(strikes) == 1 and strikes[0].location.country == "MM", place_names(strikes)


# (d) "By evening, ..." after the sentence that told the day
def test_by_evening_is_the_day_the_sentence_before_told(nlp):
    evs = mapped(read(nlp, "GAO, June 4 - Soldiers drove into the village of Tessit on the morning of May 28, "
                           "residents said. By evening, at least nine men had been shot dead, according to survivors."))
    assert [(str(e.date.start), e.fatalities) for e in evs] == [("2025-05-28", 9)], [(e.date, e.fatalities) for e in evs]


# (e) a fight told again by its plural name, then the speaker goes on with the other side's dead: one battle
def test_a_fight_retold_and_its_answer_are_one_battle(nlp):
    evs = mapped(read(nlp, "BUEA, June 4 (Reuters) - Separatist fighters killed three soldiers in an ambush in the "
                           "town of Kumba on Sunday, the army said.\n\nThe separatists attacked a patrol with "
                           "explosives and gunfire in the Fiango neighbourhood, a military spokesman said. He said "
                           "troops killed two attackers."))
    assert [(e.event_type, str(e.date.start)) for e in evs] == [("Battles", "2025-06-01")], \
        [(e.event_type, e.date, place_names([e])) for e in evs]


def test_the_speaker_going_on_about_another_town_keeps_it(nlp):
    evs = mapped(read(nlp, "KANO, June 4 - Bandits killed three villagers in Tsafe on Sunday, police said. He said "
                           "gunmen also killed two farmers in Gusau on Monday."))
    assert sorted(place_names(evs)) == ["Gusau", "Tsafe"], place_names(evs)


# (f) a weekly overview's opening line sums up what its paragraphs tell one by one: no marker of its own
def test_an_overviews_opening_line_is_the_week_its_paragraphs_tell(nlp):
    evs = mapped(read(nlp, "Sahel Overview\n\nLast week in the Sahel, JNIM militants stepped up attacks on army bases "
                           "in Burkina Faso, while Islamic State fighters ambushed soldiers in western Niger.\n\n"
                           "In Burkina Faso, JNIM militants attacked the army base in Djibo on 3 June, killing 20 "
                           "soldiers.\n\nIn Niger, Islamic State fighters ambushed a patrol near Tillabéri on 5 June, "
                           "killing six soldiers.", published="2025-06-10"))
    assert len(evs) == 2 and {p.split()[-1] for p in place_names(evs)} == {"Djibo", "Tillabéri"}, place_names(evs)


def test_an_opening_line_of_another_week_is_kept_without_details(nlp):
    evs = mapped(read(nlp, "Sahel Overview\n\nLast week in the Sahel, JNIM militants attacked army bases in Burkina "
                           "Faso.\n\nIn Niger, the junta reshuffled the cabinet on 5 June.", published="2025-06-10"))
    assert [e.location.country for e in evs if e.event_type == "Battles"] == ["BF"], place_names(evs)


# (g) a feature's history told in the past perfect after "For two decades, ...": not an event of the report's day
def test_years_told_in_the_past_perfect_are_history(nlp):
    evs = mapped(read(nlp, "KUNDUZ, Afghanistan - For two decades, the Taliban had fought the government from villages "
                           "around Kunduz, while American jets had bombed the districts to the north.\n\nOn Sunday, "
                           "gunmen shot dead a district official in Kunduz, police said."))
    assert [(e.event_type, str(e.date.start)) for e in evs] == [("Violence against civilians", "2025-06-01")], \
        [(e.event_type, e.date, e.evidence.sentence[:40]) for e in evs]
    # (under a headline too: the jets' strike, its phrase opening on them, is history as well)
    evs = mapped(read(nlp, "The valley is restless\n\nKUNDUZ, Afghanistan - For two decades, the Taliban had fought "
                           "the government from villages around Kunduz, while American jets had bombed the districts "
                           "to the north.", title="The valley is restless"))
    assert evs == [], [(e.event_type, e.date) for e in evs]


def test_a_past_perfect_of_the_story_itself_is_kept(nlp):
    evs = mapped(read(nlp, "KUNDUZ, Afghanistan - By the time police arrived in Kunduz on Sunday, gunmen had killed "
                           "two guards at the dam, officials said."))
    assert len(evs) == 1 and str(evs[0].date.start) == "2025-06-01", [(e.event_type, e.date) for e in evs]


# (h) what a crowd or a call wants ended is no attack told: "calling for an end to the bombardment of X"
def test_a_bombardment_the_crowd_wants_ended_is_no_event(nlp):
    evs = mapped(read(nlp, "On Wednesday, dozens of residents of Kherson staged a sit-in calling for an end to the "
                           "bombardment of Nikopol."))
    assert kinds(evs) == [("Protests", "Peaceful protest")], kinds(evs)


def test_a_bombardment_told_is_still_an_event(nlp):
    evs = mapped(read(nlp, "Russian artillery bombarded Nikopol on Wednesday, killing two, officials said."))
    assert [k[0] for k in kinds(evs)] == ["Explosions/Remote violence"], kinds(evs)


# (i) a claim of attacks naming towns the article has not named: where they were, not only who did them
def test_a_claim_of_attacks_at_towns_not_named_before_places_them(nlp):
    evs = mapped(read(nlp, "OUAGADOUGOU, June 4 - Islamist militants attacked army positions in four towns in northern "
                           "Burkina Faso on Tuesday, the army said.\n\nThe group claimed the coordinated dawn assaults "
                           "on army camps in Djibo, Arbinda, Dori and Sebba."))
    assert {"Djibo", "Dori", "Sebba"} <= set(place_names(evs)), place_names(evs)
    assert all(str(e.date.start) == "2025-06-03" for e in evs), [e.date for e in evs]


def test_a_claim_of_an_attack_told_before_is_no_new_event(nlp):
    evs = mapped(read(nlp, "OUAGADOUGOU, June 4 - Islamist militants attacked army camps in Djibo and Dori on Tuesday, "
                           "the army said. JNIM claimed the attacks on Djibo and Dori."))
    assert sorted(place_names(evs)) == ["Djibo", "Dori"], place_names(evs)
