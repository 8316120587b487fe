"""ev21: rules from the errors of events gold 21 (Kosovo, Libya 2011, Yemen, Tigray, Iran-Israel, Croatia 1991,
Mali 2013, Angola, Nepal, Mosul), each tested on sentences of our own: other wars, other places, other wording."""
import datetime as dt

from tests.reading.mapped_events import kinds, mapped, place_names, read_article

AIR = ("Explosions/Remote violence", "Air/drone strike")


def _events(nlp, text, published):
    return mapped(read_article(nlp, text, published))


def test_next_to_a_place_is_no_plan(nlp):
    # "on Saturday on an air base next to Sanaa airport": "next to" is where, not "Saturday next" (a plan)
    evs = _events(nlp, "Army jets carried out strikes on Saturday on a fuel depot next to Kandahar airport, "
                       "the ministry said.", "2009-03-08")
    assert kinds(evs) == [AIR]
    assert evs[0].date.start == dt.date(2009, 3, 7)


def test_a_plan_for_next_saturday_is_still_one(nlp):
    doc = read_article(nlp, "The army will carry out strikes on rebel camps near Kandahar next Saturday, "
                            "the ministry said.", "2009-03-08")
    assert not mapped(doc)


def test_aircraft_told_with_their_force_struck_from_the_air(nlp):
    evs = _events(nlp, "Two helicopters of the special forces struck a convoy of bandits near Gusau on Friday.",
                  "2023-05-14")
    assert kinds(evs) == [AIR] and place_names(evs) == ["near Gusau"]


def test_aircraft_flying_from_a_country_strike_where_they_land_their_bombs(nlp):
    evs = _events(nlp, "Two Mirage jets flying from Chad struck rebel camps near Kidal on Sunday.", "2013-02-05")
    assert kinds(evs) == [AIR]
    assert evs[0].location is not None and evs[0].location.country == "ML"


def test_aircraft_that_flew_sorties_and_struck_a_town(nlp):
    evs = _events(nlp, "Coalition aircraft flew 800 sorties overnight and struck Republican Guard barracks "
                       "in Tikrit, the spokesman said.", "2003-03-23")
    assert kinds(evs) == [AIR] and evs[0].location is not None and evs[0].location.name.startswith("Tikr")


def test_jets_that_attacked_positions_made_an_air_strike(nlp):
    evs = _events(nlp, "Sudanese jets attacked RSF positions near Nyala on Friday.", "2024-02-11")
    assert kinds(evs) == [AIR]


def test_men_who_attacked_positions_still_fought(nlp):
    evs = _events(nlp, "Rebels attacked army positions near Nyala on Friday.", "2024-02-11")
    assert kinds(evs) == [("Battles", "Armed clash")]


def test_stabbed_to_death_is_a_killing(nlp):
    evs = _events(nlp, "Four herders were stabbed to death in Bokkos on Sunday night, police said.", "2024-01-03")
    assert kinds(evs) == [("Violence against civilians", "Attack")] and evs[0].fatalities == 4


def test_stabbed_or_hacked_to_death_is_one_killing(nlp):
    evs = _events(nlp, "Witnesses said dozens of villagers had been stabbed or hacked to death in Bokkos on "
                       "Sunday night.", "2024-01-03")
    assert kinds(evs) == [("Violence against civilians", "Attack")]


def test_a_capital_named_after_a_comma_is_the_town_taken(nlp):
    doc = read_article(nlp, "M23 rebels entered the provincial capital, Bukavu, on Sunday after government "
                            "troops pulled out.", "2025-02-17")
    evs = mapped(doc)
    assert [e.location.name for e in evs if "territory" in e.sub_event_type] == ["Bukavu"]
    assert any(c.location is not None and c.location.name == "Bukavu" for c in doc.claims)


def test_a_town_named_after_a_comma_is_taken_in_a_fight(nlp):
    evs = _events(nlp, "Rebels captured the provincial capital, Bunia, after heavy fighting on Monday.",
                  "2025-02-12")
    assert ("Battles", "Non-state actor overtakes territory") in kinds(evs)
    assert "Bunia" in place_names(evs)


def test_a_week_earlier_on_a_weekday_is_the_week_before(nlp):
    # published on a Wednesday: "on Thursday" alone is last week's anyway; "on Tuesday" would be yesterday
    evs = _events(nlp, "A week earlier, on Tuesday, a drone strike hit a wedding in Kidal, killing 12 people.",
                  "2024-03-13")
    assert [e.date.start for e in evs] == [dt.date(2024, 3, 5)]


def test_a_weekday_alone_is_still_this_weeks(nlp):
    evs = _events(nlp, "On Tuesday, a drone strike hit a wedding in Kidal, killing 12 people.", "2024-03-13")
    assert [e.date.start for e in evs] == [dt.date(2024, 3, 12)]


def test_a_site_named_by_its_town_was_struck(nlp):
    evs = _events(nlp, "The IAEA confirmed that the Bushehr power plant has been hit.", "2025-06-14")
    assert len(evs) == 1 and evs[0].event_type == "Explosions/Remote violence"
    assert evs[0].location is not None and evs[0].location.name == "Bushehr"


def test_crowds_that_came_out_to_condemn_strikes_protested(nlp):
    evs = _events(nlp, "Thousands came out in Karachi on Friday to condemn the air strikes.", "2025-05-10")
    assert kinds(evs) == [("Protests", "Peaceful protest")]


def test_voters_who_came_out_did_not_protest(nlp):
    assert not _events(nlp, "Voters came out in large numbers in Lahore on Sunday.", "2024-02-12")


def test_a_crowd_told_by_its_size_that_clashes_riots(nlp):
    evs = _events(nlp, "Several hundred Hindus clashed with Muslims in Godhra on Tuesday, police said.", "2002-03-01")
    assert kinds(evs) == [("Riots", "Violent demonstration")]


def test_a_crowd_that_attacked_houses_riots(nlp):
    evs = _events(nlp, "A crowd of about 2,000 attacked shops in Bhiwandi on Tuesday.", "1984-05-20")
    assert [e.event_type for e in evs] == ["Riots"]


def test_armed_men_told_by_their_number_still_fight(nlp):
    evs = _events(nlp, "About 300 soldiers clashed with rebels near Goma on Tuesday.", "2012-11-22")
    assert kinds(evs) == [("Battles", "Armed clash")]
    evs = _events(nlp, "Hundreds of Hamas fighters clashed with Israeli troops in Rafah on Tuesday.", "2014-07-24")
    assert kinds(evs) == [("Battles", "Armed clash")]


_CHESS = ("ALMATY, May 4 - Hikaru Nakamura launched a fierce queenside attack in the last round on Saturday, "
          "sacrificing a rook to win the title on tiebreaks. The grandmaster said he had bombarded his opponent "
          "with threats. Earlier, two pawns fell in a bitter battle that ended in a draw, and the chess federation "
          "said the tournament would return next year.")


def test_a_chess_report_tells_no_fight(nlp):
    title = "Chess: Nakamura's attack crushes defence in Almaty rapid"
    assert not mapped(read_article(nlp, title + "\n\n" + _CHESS, "2024-05-04", title=title))


def test_troops_deployed_against_a_fire_or_a_quake_are_no_move_of_war(nlp):
    assert not _events(nlp, "The army deployed soldiers with bulldozers to help fight the blaze near Haifa on "
                            "Thursday.", "2023-10-10")
    assert not _events(nlp, "The government deployed troops to help with rescue work after the earthquake in "
                            "Herat on Sunday.", "2023-10-10")


def test_troops_deployed_to_a_town_are_still_a_move(nlp):
    evs = _events(nlp, "The army deployed troops to Kidal on Sunday after the rebels withdrew.", "2023-10-10")
    assert kinds(evs) == [("Strategic developments", "Change to group/activity")]
