"""One happening, one event: an attack told again in the same article (a headline with its own day, a side's
own account with its own count, a retelling with the same toll, a fight that "continued") is the event told
first, completed; two attacks the text tells apart ("another strike", other weapons, other tolls) stay two.
Sentences of other conflicts and places than the golds'."""
from reading.corpus import read_text
from tests.reading.violence import violent


def read(nlp, text, published="2026-04-10"):
    return nlp(read_text(text, doc_id="t", published=published))


def test_a_sides_own_account_with_its_own_count_is_the_same_fight(nlp):
    text = ("Attack on Mopti police\n\nMilitants attacked a police station in Mopti on Thursday, killing four "
            "officers, the governor said. The army said its soldiers repelled the attack on Mopti on Thursday and "
            "killed 16 militants.")
    got = violent(read(nlp, text))
    assert len(got) == 1, got
    assert got[0].fatalities == 4, got  # (the first telling's toll, not one side's count)


def test_the_other_sides_telling_with_the_same_toll_is_the_same_raid(nlp):
    text = ("Raid in Jenin\n\nIsraeli soldiers killed three gunmen during a raid on the town of Jenin on Wednesday, "
            "officials said. The military said troops came under fire in Jenin and returned fire, killing three "
            "members of a local cell.")
    got = violent(read(nlp, text))
    assert len(got) == 1, got
    assert got[0].date.start.isoformat() == "2026-04-08", got  # (the day told, not the publication day)


def test_a_headline_with_its_own_day_is_the_bodys_strike(nlp):
    text = ("Missile strike on Zaporizhzhia on Saturday\n\nTwo Russian missiles hit the centre of Zaporizhzhia on "
            "Saturday, killing seven people, the governor said.")
    got = violent(read(nlp, text, published="2026-04-12"))
    assert len(got) == 1, got
    assert got[0].fatalities == 7 and got[0].actor1, got
    assert "governor" in got[0].evidence.sentence  # (the body's sentence is the evidence)


def test_a_retelling_with_the_same_toll_is_no_attack_elsewhere(nlp):
    text = ("Shelling kills six in Kherson\n\nArtillery shells hit a bus stop in Kherson on Tuesday, killing six "
            "people, the regional governor said. The shelling on Tuesday, which killed six, came a day after talks "
            "stalled in Istanbul.")
    got = violent(read(nlp, text, published="2026-04-09"))
    assert [e.location.name for e in got] == ["Kherson"], got


def test_a_sides_claim_of_the_days_strike_on_the_city_is_that_strike(nlp):
    text = ("Strike on Kramatorsk\n\nRussian missiles hit a market in Kramatorsk on Friday, killing eleven people, "
            "the mayor said. Russia's defence ministry said its missiles struck a gathering of Ukrainian officers in Kramatorsk "
            "on Friday, killing more than 40 soldiers.")
    got = violent(read(nlp, text))
    assert len(got) == 1 and got[0].fatalities == 11, got


def test_fighting_that_continued_at_the_place_the_same_day_is_one_fight(nlp):
    text = ("Fighting near Toretsk\n\nHeavy fighting broke out near Toretsk on Tuesday morning, local officials "
            "said. Fighting continued near Toretsk on Tuesday evening, the officials said.")
    got = violent(read(nlp, text, published="2026-04-09"))
    assert len(got) == 1, got


def test_another_strike_the_same_day_in_the_same_city_is_a_second_event(nlp):
    text = ("Two strikes on Gaza City\n\nAn air strike hit a school in Gaza City on Tuesday, killing three people, "
            "medics said. Another air strike hit a clinic in Gaza City on Tuesday, killing two people, medics said.")
    got = violent(read(nlp, text, published="2026-04-09"))
    assert sorted(e.fatalities for e in got) == [2, 3], got


def test_two_attacks_of_other_kinds_and_tolls_in_one_city_stay_two(nlp):
    text = ("Two attacks in Mogadishu\n\nA car bomb exploded near a checkpoint in Mogadishu on Sunday, killing five "
            "people, police said. Gunmen stormed a hotel in Mogadishu on Sunday, killing three guests, police said.")
    got = violent(read(nlp, text, published="2026-04-09"))
    assert sorted(e.fatalities for e in got) == [3, 5], got


def test_fighting_at_one_place_on_two_days_is_two_events(nlp):
    text = ("Fighting near Toretsk\n\nHeavy fighting broke out near Toretsk on Monday, officials said. Fighting "
            "broke out near Toretsk on Wednesday, officials said.")
    got = violent(read(nlp, text, published="2026-04-09"))
    assert len(got) == 2, got


def test_a_live_pages_correction_moves_the_strike_to_the_right_place(nlp):
    text = ("Live: strikes on the south\n\nLive updates, Wednesday 1 July 2026\n\n"
            "08:20 - A drone struck a grain terminal in Izmail, killing three dock workers, the governor says.\n\n"
            "12:05 - Update: the drone struck a terminal in Reni, not Izmail, port officials now say.")
    got = [e for e in violent(read(nlp, text, published="2026-07-02")) if e.location.name != "southern Ukraine"]
    assert [e.location.name for e in got] == ["Reni"], got
    assert got[0].fatalities == 3 and "not Izmail" in got[0].evidence.sentence, got


def test_a_corrected_statement_places_the_shelling_where_it_fell(nlp):
    text = ("Shelling in Kherson region\n\nRussian artillery shelled Beryslav on Tuesday, wounding four people, the "
            "regional governor said. He later corrected his statement: the shells fell on Nova Kakhovka, not on "
            "Beryslav.")
    got = violent(read(nlp, text, published="2026-07-02"))
    assert len(got) == 1 and got[0].location.name != "Beryslav", got
    assert got[0].date.start.isoformat() == "2026-06-30", got  # (the first telling's day)


def test_a_town_not_far_from_another_is_no_correction(nlp):
    text = ("Two drone strikes\n\nA drone hit a car in Nikopol on Tuesday, killing one man. A drone hit a bus in "
            "Marhanets, not far from Nikopol, on Tuesday.")
    got = violent(read(nlp, text, published="2026-07-02"))
    assert len(got) == 2, got


def test_a_country_wide_lede_is_folded_into_its_details(nlp):
    text = ("Strikes across Syria\n\nTurkish drones killed nine people across Syria on Tuesday, a war monitor said. "
            "In Qamishli, a drone hit a car, killing two. In Kobani, a drone struck a checkpoint, killing three "
            "fighters.")
    got = violent(read(nlp, text, published="2026-04-09"))
    assert not [e for e in got if e.location.is_whole_country], got  # (no marker in the middle of Syria)
    assert sorted(e.fatalities for e in got) == [2, 3], got
    assert all(e.actor1 == got[0].actor1 != "" for e in got), got  # (the lede's side)
    assert {e.date.start.isoformat() for e in got} == {"2026-04-07"}, got  # (the lede's day)


def test_a_country_wide_toll_smaller_than_a_towns_is_no_lede_of_it(nlp):
    text = ("Strikes across Syria\n\nTurkish drones killed two people across Syria on Tuesday, a war monitor said. "
            "In Qamishli, a car bomb killed 15 people at a market.")
    got = violent(read(nlp, text, published="2026-04-09"))
    assert any(e.location.is_whole_country for e in got), got


def test_a_title_repeated_as_the_pages_first_line_is_a_headline(nlp):
    text = ("Drones hit Kherson port; shelling kills two in Nikopol\n\nDrones hit Kherson port; shelling kills two in "
            "Nikopol\n\nRussian drones attacked the port of Kherson overnight, setting a warehouse on fire, the regional "
            "governor said. Russian artillery shelled Nikopol in the morning, killing two people, officials said.")
    got = violent(read(nlp, text, published="2026-08-19"))
    assert sorted(e.location.name for e in got) == ["Kherson", "Nikopol"], got
    assert all("said" in e.evidence.sentence for e in got), got  # (the body's tellings, not the title's)


def test_a_live_entrys_headline_is_echoed_only_by_its_own_entry(nlp):
    text = ("Ukraine war live: glide bombs hit Sumy\n\n16:42 BST\nZelenskyy asks for more air defence\nIn his evening "
            "address, Zelenskyy said Russia had launched more than 700 drones at Ukrainian cities this week.\n\n"
            "11:25 BST\nGlide bombs hit Sumy\nRussian glide bombs struck a residential area of Sumy shortly before "
            "10am local time, killing two people, the mayor said.")
    got = violent(read(nlp, text, published="2026-08-19"))
    assert [(e.location.name, e.fatalities) for e in got if not e.location.is_whole_country] == [("Sumy", 2)], got


def test_the_bomb_told_again_with_a_nearby_place_is_the_same_bomb(nlp):
    text = ("Roadside bomb kills five near Jowhar\n\nFive people were killed on Monday when a roadside bomb struck a bus "
            "on the road between Jowhar and Balcad, local officials said. The bomb went off as the bus passed an army "
            "checkpoint about 10 kilometres south of Jowhar, a police officer said.")
    got = violent(read(nlp, text, published="2026-04-07"))
    assert len(got) == 1 and got[0].fatalities == 5, got


def test_a_headlines_road_is_the_bodys_road_between_its_towns(nlp):
    text = ("Dissidents blamed for kidnapping of doctor on Tame-Arauca road\n\nARAUCA - A doctor was kidnapped on "
            "Monday on the road between Tame and Arauca, police said. His family has received no demand.")
    got = read(nlp, text, published="2026-04-09").events
    assert len([e for e in got if not e.planned]) == 1, got


def test_a_correction_telling_no_event_moves_the_strike(nlp):
    text = ("Live: strikes on the south\n\nLive updates, Wednesday 1 July 2026\n\n"
            "08:20 - A drone struck a grain terminal in Izmail, killing three dock workers, the governor says.\n\n"
            "12:05 - Correction: the terminal is in Reni, not Izmail, port officials now say.")
    got = [e for e in violent(read(nlp, text, published="2026-07-02")) if e.location.name != "southern Ukraine"]
    assert [e.location.name for e in got] == ["Reni"], got
    assert got[0].fatalities == 3 and "not Izmail" in got[0].evidence.sentence, got


def test_a_sides_later_account_of_its_capture_of_the_town_is_that_capture(nlp):
    text = ("Mali update\n\nThe Malian army captured Kidal on Monday, residents said. Markets stayed shut across the "
            "north. The Malian army said on Wednesday that it had pushed the separatist fighters out of Kidal after two "
            "days of fighting.")
    got = [e for e in read(nlp, text).events if "territory" in e.sub_event_type]
    assert len(got) == 1, got  # (one change of hands, told by the side that made it two days later)
    assert got[0].date.start.isoformat() == "2026-04-06", got  # (the day told, not the speaker's)


def test_a_change_of_hands_told_after_a_fight_at_the_town_is_no_retelling_of_it(nlp):
    text = ("Mali update\n\nFighting broke out in Menaka on Monday, residents said by phone. The army said on Tuesday "
            "that it had pushed the jihadists out of Menaka after days of clashes.")
    got = violent(read(nlp, text))
    assert sorted(e.sub_event_type for e in got) == ["Armed clash", "Government regains territory"], got
