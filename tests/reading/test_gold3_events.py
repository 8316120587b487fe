"""The third events gold (``bench/data/events_gold3.jsonl``): the error classes of its first run, on
sentences of their own (other conflicts, places and names than the gold's): a press release's bracketed
dateline, tolls given as a range or repeated in figures, running activities and habits told in the
perfect, forecasts, weekdays of a weekly report published after its period, what "ensued" from a
sentence that tells no event, military statements' words ("eliminated", "unprovoked firing").
Names (noms de guerre, state forces with bracketed acronyms): ``test_gold3_names.py``."""
import datetime as dt

from reading.corpus import read_text
from tests.reading.mapped_events import mapped
from reading.events import fatalities_in


def read(nlp, text, published="2026-04-12", title=None):
    return nlp(read_text(text, doc_id="t", published=published, title=title))


# (a) "(Dakar, October 15, 2026) - ... on April 3, 2026, Amnesty said today": the release's day is not the event's
def test_a_bracketed_dateline_does_not_date_the_event_its_sentence_dates(nlp):
    doc = read(nlp, "Mali: herders executed near Tenenkou\n\n(Dakar, October 15, 2026) - Malian soldiers and "
                    "foreign fighters executed at least 31 herders in the village of Kareri, near Tenenkou, on April 3, "
                    "2026, Amnesty International said today.", published="2026-10-15")
    [ev] = mapped(doc)
    assert ev.date.start == dt.date(2026, 4, 3), ev.date
    assert ev.fatalities == 31


def test_a_bracketed_dateline_still_dates_an_undated_sentence(nlp):
    doc = read(nlp, "Lebanon: strikes on Nabatieh\n\n(Beirut, 3 May 2026) - Israeli strikes killed four people in "
                    "Nabatieh, the health ministry said.", published="2026-05-03")
    [ev] = mapped(doc)
    assert ev.date.start == dt.date(2026, 5, 3), ev.date


# (b) tolls as ranges (the lower count, as ACLED keeps) and counts repeated in figures
def test_a_toll_given_as_a_range_is_its_lower_count():
    assert fatalities_in("Gunmen killed between seven and ten villagers near Butembo.") == 7
    assert fatalities_in("Between 5 and 8 soldiers were killed in the ambush.") == 5
    assert fatalities_in("Fighting between the two clans killed four people.") == 4


def test_a_count_repeated_in_figures_is_read_once():
    assert fatalities_in("Provisional toll: three (3) soldiers killed and seven (7) wounded.") == 3


# (c) running activities, habits and forecasts are no events
def test_a_running_fight_in_the_perfect_progressive_is_no_event(nlp):
    doc = read(nlp, "The police were patrolling an area of Guerrero where the cartel has been fighting rival "
                    "gangs for control of the poppy trade.")
    assert mapped(doc) == [], doc.events


def test_a_habit_told_with_an_adverb_is_no_event(nlp):
    doc = read(nlp, "Gangs in Zacatecas have increasingly used drones and land mines against villagers.")
    assert mapped(doc) == [], doc.events


def test_a_forecast_of_attacks_is_not_mapped(nlp):
    doc = read(nlp, "Violence in Guerrero\n\nThe army is likely to face more attacks in Chilpancingo ahead of the "
                    "elections. On Monday, gunmen shot dead a shopkeeper in Chilpancingo.")
    evs = mapped(doc)
    assert len(evs) == 1 and evs[0].date.start == dt.date(2026, 4, 6), doc.events


def test_a_single_attack_in_the_perfect_is_still_an_event(nlp):
    doc = read(nlp, "Gunmen have killed five farmers in Zacatecas, police said on Sunday.")
    assert len(mapped(doc)) == 1, doc.events


# (d) a weekly report published after its period: its weekdays lie in the period its headline states
def test_a_weekday_of_a_weekly_report_lies_in_its_period(nlp):
    text = ("West Africa weekly, 4-10 April 2026\n\nOn Saturday, a roadside bomb killed three soldiers near Mopti. "
            "On Tuesday, gunmen attacked a bus near Gao, killing seven passengers.")
    days = sorted(e.date.start for e in mapped(read(nlp, text, published="2026-04-12")))
    assert days == [dt.date(2026, 4, 4), dt.date(2026, 4, 7)], days


def test_a_weekday_of_an_ordinary_report_is_the_last_one(nlp):
    doc = read(nlp, "Mali: bomb kills soldiers\n\nOn Saturday, a roadside bomb killed three soldiers near Mopti.",
               published="2026-04-12")
    assert [e.date.start for e in mapped(doc)] == [dt.date(2026, 4, 11)]


# (e) what ensued from a sentence telling no event: that sentence's day and place
def test_the_ensuing_firefight_has_the_day_and_place_of_the_contact(nlp):
    doc = read(nlp, "Contact was established with the militants in the early hours of 18 August in the forests "
                    "near Kupwara. In the ensuing firefight, three militants were eliminated.", published="2026-08-20")
    [ev] = mapped(doc)
    assert ev.event_type == "Battles" and ev.date.start == dt.date(2026, 8, 18), ev
    assert "Kupw" in ev.location.name and ev.fatalities == 3, ev


# (f) military statements' words
def test_unprovoked_firing_along_a_frontier_is_a_battle(nlp):
    doc = read(nlp, "On 16 August, Pakistani troops resorted to unprovoked firing along the Line of Control in the "
                    "Uri sector. Own troops responded effectively.", published="2026-08-20")
    assert [(e.event_type, e.date.start) for e in mapped(doc)] == [("Battles", dt.date(2026, 8, 16))], doc.events


def test_militants_eliminated_are_the_toll():
    assert fatalities_in("Troops eliminated four terrorists in the operation.") == 4
    assert fatalities_in("Two insurgents were eliminated near the border.") == 2


# (g) anti-personnel mines and mines stepped on
def test_a_soldier_killed_by_an_anti_personnel_mine_is_an_explosion(nlp):
    doc = read(nlp, "Colombia: mine kills soldier\n\nOn Monday, a soldier was killed when he stepped on an "
                    "anti-personnel mine near Balboa, in Cauca, the army said.", published="2026-04-22")
    [ev] = mapped(doc)
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.date.start == dt.date(2026, 4, 20), ev


def test_a_gold_mine_is_no_explosion(nlp):
    doc = read(nlp, "Miners returned to the gold mine near Marmato on Monday after the strike ended.",
               published="2026-04-22")
    assert mapped(doc) == [], doc.events


def test_a_mine_defused_is_a_disrupted_weapon_not_an_explosion(nlp):
    doc = read(nlp, "Sulu\n\nSoldiers found and defused an anti-tank mine buried on a road near Indanan on Monday.",
               published="2026-04-22")
    assert [e.sub_event_type for e in mapped(doc)] == ["Disrupted weapons use"], doc.events


# (h) a trend in the number of attacks is no attack
def test_attacks_that_doubled_are_a_trend_not_an_event(nlp):
    doc = read(nlp, "Niger report\n\nA report published last month by Amnesty said attacks in Tillaberi had doubled "
                    "this year. Attacks on aid workers have tripled since 2024.", published="2026-05-20")
    assert mapped(doc) == [], doc.events


# (i) who speaks in a relative clause between a subject and its verb does not act
def test_the_speakers_of_a_relative_clause_do_not_take_the_town(nlp):
    doc = read(nlp, "Ituri\n\nThe ADF, which Kinshasa and the African Union say is backed by foreign donors, "
                    "took Mambasa on Monday, residents said.", published="2026-05-20")
    evs = mapped(doc)
    assert evs and all(e.actor1 != "African Union" for e in evs), doc.events


# (j) a roundup's paragraph headed by a place: its items there when their sentence names none
def test_a_roundup_item_is_placed_at_its_paragraph_heading(nlp):
    text = ("West Africa weekly, 4-10 April 2026\n\nGao. On Tuesday, gunmen attacked a bus on the main road, "
            "killing seven passengers.")
    [ev] = mapped(read(nlp, text))
    assert ev.location is not None and ev.location.name == "Gao", ev


def test_a_placeless_sentence_without_a_heading_keeps_the_country(nlp):
    [ev] = mapped(read(nlp, "Mali: bus attacked\n\nGunmen attacked a bus on the main road in Mali on Tuesday, "
                            "killing seven passengers."))
    assert ev.location is not None and ev.location.name != "Gao", ev


def test_the_speakers_of_a_relative_clause_hold_no_zone(nlp):
    doc = read(nlp, "Kivu\n\nThe M23, which Kinshasa, the African Union and the United Nations say is backed by "
                    "Rwanda, took Uvira on Monday, residents said.", published="2026-05-20")
    assert {c.faction for c in doc.claims} == {"M23"}, doc.claims


# (k) "the following month" after a date its sentence told: the month after that one
def test_the_following_month_counts_from_the_date_told_before():
    from reading.dates import find_dates

    found = find_dates("The rebels seized Kalehe in March 2025 and Minova the following month.", dt.date(2026, 2, 14))
    assert [(d.text, d.date.start) for d in found] == [("in March 2025", dt.date(2025, 3, 1)),
                                                       ("the following month", dt.date(2025, 4, 1))]


def test_the_following_month_alone_counts_from_publication():
    from reading.dates import find_dates

    [d] = find_dates("The following month will decide the war.", dt.date(2026, 2, 14))
    assert d.date.start == dt.date(2026, 3, 1)


# (l) "Two years earlier, ..." after a year told: history of that year, not the publication day
def test_years_earlier_than_a_year_told_is_history(nlp):
    doc = read(nlp, "Opinion\n\nIn June 2003, militias massacred villagers in Bunia. Two years earlier, rebels had "
                    "killed hundreds of people in Beni.", published="2026-10-04")
    assert mapped(doc) == [], doc.events
    assert sorted(e.date.start.year for e in doc.events) == [2001, 2003], doc.events


# (m) a place handed over, named by a pronoun: a non-violent transfer
def test_a_force_that_handed_it_over_transferred_the_place(nlp):
    doc = read(nlp, "Libya\n\nThe brigade moved into Sabha airport on Thursday after a local force handed it over "
                    "without fighting, the brigade said.", published="2026-06-12")
    assert [e.sub_event_type for e in mapped(doc)] == ["Non-violent transfer of territory"], doc.events


# (n) a liveblog entry's headline retold by its entry is one event, with the headline's toll
def test_a_liveblog_entry_headline_and_its_entry_are_one_event(nlp):
    text = ("Live: Russian strikes on Ukraine\n\n11:25 GMT\nGlide bombs hit Zaporizhzhia\nRussian glide bombs struck "
            "a residential area of Zaporizhzhia shortly before noon, killing two people, the governor said.\n\n"
            "07:30 GMT\nTwo killed in overnight attack on Mykolaiv\nRussian drones attacked Mykolaiv overnight, "
            "damaging a power plant, the mayor said. Two workers were killed.")
    evs = mapped(read(nlp, text, published="2026-03-10"))
    assert len(evs) == 2 and all(e.event_type == "Explosions/Remote violence" for e in evs), evs
    assert all(e.fatalities == 2 for e in evs), evs


# (o) a country naming the owner of a security service ("a patrol of Syria's General Security service") is no
# place of the event when its sentence names another
def test_a_security_services_country_is_not_the_events_place(nlp):
    doc = read(nlp, "Syria\n\nDAMASCUS, March 20 - Gunmen ambushed a patrol of Syria's General Security service near "
                    "the coastal city of Baniyas on Wednesday, killing four of its members, the ministry said.",
               published="2026-03-20")
    [ev] = mapped(doc)
    assert ev.location is not None and ev.location.name != "Syria" and abs(ev.location.lon - 35.95) < 0.3, ev


# (p) attacks of games and bodies are no armed attacks
def test_a_kingside_attack_or_a_heart_attack_is_no_armed_attack(nlp):
    doc = read(nlp, "Carlsen's kingside attack crushes the champion in Stavanger\n\nThe Norwegian's queenside attack "
                    "in Oslo on Monday won the game, and a spectator suffered a heart attack in Stavanger.",
               published="2026-05-26")
    assert mapped(doc) == [], doc.events
