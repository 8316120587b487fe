"""The fourth events gold (``bench/data/events_gold4.jsonl``): the error classes of its first run, on
sentences of their own (other conflicts, places and names than the gold's): the comments of digests and
situation reports (trends, outlooks, methods), a date's month before a group's name, "demonstrated
peacefully", a single jet that bombed, timeline pages on a past month (their year and their events),
and the means of a capture told in its sentence."""
import datetime as dt

from reading.corpus import read_text
from tests.reading.mapped_events import mapped
from reading.dates import find_dates


def read(nlp, text, published="2026-04-12", title=None):
    return nlp(read_text(text, doc_id="t", published=published, title=title))


# (a) a digest's or report's comment on how such events go is no event
def test_comments_on_trends_outlooks_and_methods_are_no_events(nlp):
    for text in ("Comment: kidnappings on the Abuja-Kaduna highway continued the trend seen since June.",
                 "Outlook: clashes in Sennar state are expected to intensify after the harvest.",
                 "Protests in Kandahar have grown since the autumn, the report said.",
                 "Attacks and ambushes on the road to Kidal remain frequent.",
                 "Shelling of border villages is recorded weekly by the monitors.",
                 "Casualty figures for Wagner clashes remain hard to verify.",
                 "Doctors said the ward filled up as fighting between the gangs spread to new districts of the city."):
        assert mapped(read(nlp, text)) == [], text


def test_an_event_with_its_day_and_toll_is_still_read(nlp):
    [ev] = mapped(read(nlp, "Clashes between the army and militiamen killed 12 people in Sennar on Monday."))
    assert ev.event_type == "Battles" and ev.fatalities == 12


# (b) "on 7 August ADF fighters attacked": the month ends the date, it does not begin the actor
def test_a_dates_month_is_not_the_first_word_of_the_actor(nlp):
    doc = read(nlp, "Witnesses said that on 7 August RSF fighters attacked a village near Kulbus, killing 9 civilians.",
               published="2026-08-10")
    [ev] = mapped(doc)
    assert "August" not in ev.actor1 and "RSF" in ev.actor1, ev.actor1


# (c) "demonstrated peacefully" is a protest; "demonstrated the army's reach" is not
def test_people_who_demonstrated_protested(nlp):
    [ev] = mapped(read(nlp, "On 4 April, hundreds of nurses demonstrated peacefully outside the health ministry in "
                            "Lusaka to demand unpaid wages."))
    assert ev.event_type == "Protests" and ev.date.start == dt.date(2026, 4, 4)


def test_a_demonstrated_capability_is_no_protest(nlp):
    doc = read(nlp, "The exercise near Kandahar demonstrated the army's new capabilities, officials said.")
    assert [e for e in mapped(doc) if e.event_type == "Protests"] == []


# (d) one aircraft bombing is an air strike, not a killing on the ground
def test_a_single_jet_that_bombed_is_an_air_strike(nlp):
    [ev] = mapped(read(nlp, "A military jet bombed a market in Kyauktaw on Friday, killing 11 people."))
    assert ev.sub_event_type == "Air/drone strike" and ev.fatalities == 11


# (e) a timeline page on a past month: its yearless days are in that month's year, and they are its events
def test_a_timeline_sections_days_take_the_year_of_its_heading():
    text = ("Timeline of the Bosnian War: July 1995\n\nEvents of July 1995.\n\n11 July – Bosnian Serb forces "
            "captured Srebrenica.\n25 July – Žepa fell.")
    got = {d.text.strip(): d.date.start for d in find_dates(text, dt.date(2026, 1, 20)) if d.date}
    assert got["11 July"] == dt.date(1995, 7, 11) and got["25 July"] == dt.date(1995, 7, 25)


def test_a_yearless_day_in_another_month_keeps_the_publication_year():
    text = "In March 2019, the talks collapsed. On 2 April, gunmen attacked the convoy."
    got = {d.text: d.date.start for d in find_dates(text, dt.date(2026, 5, 1)) if d.date}
    assert got["On 2 April"] == dt.date(2026, 4, 2)


def test_a_timeline_pages_events_in_its_period_are_not_history(nlp):
    doc = read(nlp, "Timeline of the 1982 Lebanon War: June 1982\n\n9 June – Israeli aircraft struck Syrian air "
                    "defence batteries near Zahle.\n14 June – Israeli forces captured Damour after heavy shelling.",
               published="2026-01-15")
    got = sorted((e.date.start, e.event_type) for e in mapped(doc))
    assert got == [(dt.date(1982, 6, 9), "Explosions/Remote violence"), (dt.date(1982, 6, 14), "Battles")], doc.events


def test_an_article_recalling_an_old_month_keeps_it_as_history(nlp):
    doc = read(nlp, "Residents of Damour still remember 14 June 1982, when Israeli forces captured the town.",
               published="2026-01-15", title="Damour rebuilds its old souk")
    assert mapped(doc) == []


# (f) a capture's means told in its sentence are the capture, not events of their own
def test_shelling_and_air_strikes_before_a_capture_are_its_means(nlp):
    for text in ("Government troops recaptured Kafr Nabl after heavy shelling and air strikes.",
                 "Rebels seized Sirte on Tuesday after a week of fighting, helped by NATO air strikes."):
        evs = mapped(read(nlp, text))
        assert [e.event_type for e in evs] == ["Battles"], (text, evs)
        assert "territory" in evs[0].sub_event_type


def test_an_assault_with_tanks_and_artillery_is_one_battle(nlp):
    evs = mapped(read(nlp, "On Sunday, soldiers launched a counterattack on Kidal with tanks and artillery."))
    assert [e.event_type for e in evs] == ["Battles"], evs


def test_an_entry_after_a_day_of_clashes_keeps_the_clash(nlp):
    evs = mapped(read(nlp, "On Friday, the army entered Bara after a day of clashes with the RSF."))
    assert "Armed clash" in [e.sub_event_type for e in evs], evs


# (g) a sports report's sieges, bombardments and attacks are the game's; a toll still tells violence
_MATCH = ("Leinster beat Munster 27-20 at the Aviva Stadium in Dublin on Saturday after surviving a ten-minute siege "
          "on their own try line. Munster's pack kept up the bombardment in the second half, but the referee's final "
          "whistle came before their last attack could tell. \"It was a battle,\" the Leinster coach said.")


def test_a_sports_reports_war_words_are_no_events(nlp):
    assert mapped(read(nlp, "Leinster edge Munster in Dublin battle\n\n" + _MATCH)) == []


def test_violence_at_a_match_is_still_an_event(nlp):
    doc = read(nlp, _MATCH + " After the match, fans attacked a bus near the stadium in Dublin, killing one man.")
    assert [e.event_type for e in mapped(doc)] != []


# (h) "the detained staff", an appeal to condemn strikes: no new arrest, no new strike
def test_a_call_for_the_release_of_detained_people_is_no_arrest(nlp):
    doc = read(nlp, "The European Union called for the release of the detained aid workers in Kabul.")
    assert [e for e in mapped(doc) if e.sub_event_type == "Arrests"] == []


def test_police_who_detained_people_is_still_an_arrest(nlp):
    [ev] = mapped(read(nlp, "Police detained 14 aid workers in Kabul on Tuesday."))
    assert ev.sub_event_type == "Arrests"


def test_an_appeal_to_condemn_strikes_tells_no_strike(nlp):
    doc = read(nlp, "The council urged the African Union to condemn the drone strikes of the army on markets in Darfur.")
    assert mapped(doc) == []


# (i) a suicide car bomber is a suicide bombing
def test_a_suicide_car_bomber_is_a_suicide_bomb(nlp):
    [ev] = mapped(read(nlp, "A suicide car bomber rammed an army checkpoint in Baidoa on Monday, killing 4 soldiers."))
    assert ev.sub_event_type == "Suicide bomb" and ev.fatalities == 4


# (j) a digest's country heading in capitals on its own line is no part of the first item's sentence
def test_a_capitals_heading_does_not_place_the_item_below_it(nlp):
    for country, item in (("NIGER", "an IED planted by suspected militants exploded under a truck near Tillaberi, "
                                     "killing 3 soldiers."),
                          ("MALI", "a roadside bomb planted by suspected jihadists exploded under a minibus near "
                                   "Douentza, killing 3 passengers.")):
        doc = read(nlp, f"Weekly digest\n\n{country}\nOn 2 March 2026, {item}", published="2026-03-09")
        [ev] = mapped(doc)
        assert ev.location is not None and ev.location.name.upper() != country, ev.location


# (k) "after a two-day battle": the capture's fight, not a second event
def test_a_capture_after_a_two_day_battle_is_one_event(nlp):
    evs = mapped(read(nlp, "On Sunday, Al-Shabaab fighters seized Mahas after a three-day battle with government troops."))
    assert len(evs) == 1 and "territory" in evs[0].sub_event_type, evs


# (l) "... that year" in a story's past: the year it told just before (history), not the publication day
def test_that_year_is_the_year_told_before(nlp):
    doc = read(nlp, "In 2019, gunmen killed 30 miners near Boungou. Jihadists shot dead 12 more miners at Inata "
                    "that year, residents recall.", published="2026-03-02")
    assert mapped(doc) == [], doc.events
    assert all(e.date.start.year == 2019 for e in doc.events if e.background), doc.events


# (m) "captured an army outpost at <a village not found>, east of <a town>": a fight for the post near the town
def test_a_post_captured_at_an_unknown_village_is_placed_by_the_town_after_it(nlp):
    [ev] = mapped(read(nlp, "On 4 May, Arakan Army fighters overran a border guard outpost at Letwedet, north of "
                            "Buthidaung.", published="2026-05-08"))
    assert ev.event_type == "Battles" and ev.location is not None and "Buthidaung" in ev.location.name, ev


# (n) "The protesters ..." after a protest told: the same protest, however the sentence goes on
def test_the_protesters_of_a_protest_told_are_no_second_protest(nlp):
    doc = read(nlp, "Hundreds of tea farmers staged a sit-in outside parliament in Nairobi on Tuesday. The protesters, "
                    "members of a growers' union, waved placards and sang for hours.")
    assert [e.event_type for e in mapped(doc)] == ["Protests"], doc.events


def test_the_protesters_with_no_protest_told_before_are_one(nlp):
    doc = read(nlp, "The protesters marched to the governor's office in Kano on Monday to demand fuel.")
    assert [e.event_type for e in mapped(doc)] == ["Protests"], doc.events


def test_that_year_after_a_year_in_its_own_sentence_is_that_year(nlp):
    doc = read(nlp, "On 3 January, the Arakan Army shelled Sittwe. The group began its offensive in November 2023 and "
                    "seized Paletwa later that year.", published="2026-01-20")
    assert [e.date.start for e in mapped(doc)] == [dt.date(2026, 1, 3)], doc.events


def test_war_news_with_a_few_words_of_sport_is_no_sports_report(nlp):
    doc = read(nlp, "In the first half of the year, gunmen held hostages in the city's stadium. On the night of 20-21 "
                    "March, rebels launched an attack on a coach carrying pilgrims near Bunia, the league of local "
                    "chiefs said.")
    assert [e.event_type for e in mapped(doc)] != [], doc.events


# (o) a timeline item's later sentences are of its day, not of the publication day
def test_a_timeline_items_second_sentence_keeps_the_items_day(nlp):
    doc = read(nlp, "Timeline of the insurgency (2026): June\n\n4 June – Jihadists stormed the village of Solhan. "
                    "Residents said dozens of people were abducted.\n11 June – Soldiers shelled positions near Djibo.",
               published="2026-07-20")
    days = sorted(e.date.start for e in mapped(doc))
    assert dt.date(2026, 7, 20) not in days and days[0] == dt.date(2026, 6, 4), doc.events


def test_a_line_that_is_no_timeline_item_keeps_its_own_dating(nlp):
    doc = read(nlp, "Sudan: weekly update\n\nGunmen attacked a convoy near Kadugli on Monday. Residents said three "
                    "drivers were abducted.", published="2026-07-22")
    assert all(e.date.start != dt.date(2026, 6, 4) for e in mapped(doc)), doc.events


def test_a_titles_month_and_the_day_below_it_are_no_date():
    text = "Timeline of the war (2026): June\n\n4 June – Rebels took Solhan."
    assert [(d.text, d.date.start) for d in find_dates(text, dt.date(2026, 7, 20)) if d.date] == [
        ("4 June", dt.date(2026, 6, 4))]
