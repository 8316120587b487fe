"""Audit 9: the other side of "X fought Y", tolls the report could not verify, computer attacks and
prize "battles". Sentences unlike the audit corpus's (other conflicts, places and names)."""
from reading.corpus import read_text


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def fights(doc):
    return [e for e in doc.events if e.event_type == "Battles"]


# (c) "Rebels fought the army": the object of the fighting verb is the other side
def test_the_object_of_fought_is_actor2(nlp):
    doc = read(nlp, "Militiamen fought soldiers near Beni on Sunday, killing five.")
    assert [(e.actor1, e.actor2) for e in fights(doc)] == [("militiamen", "Congolese forces")], doc.events


def test_a_named_group_fought_another(nlp):
    doc = read(nlp, "Al-Shabaab militants fought ISIS fighters near Qandala in Bari region on Saturday.")
    got = fights(doc)
    assert len(got) == 1 and got[0].actor2, got
    assert got[0].actor1 != got[0].actor2


def test_fought_with_no_object_has_no_actor2(nlp):
    doc = read(nlp, "Troops fought for hours near Beni on Sunday.")
    assert [(e.actor1, e.actor2) for e in fights(doc)] == [("Congolese forces", "")], doc.events


# (d) a toll the report says it could not verify is kept, unless it is a side's count of whom it killed
def test_an_unverified_toll_told_by_others_is_kept(nlp):
    doc = read(nlp, "Government warplanes bombed a market in Kutum on Monday, killing at least 27 people, "
                    "a local monitoring group said, a toll that could not be independently verified.")
    assert [e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence"] == [27], doc.events


def test_a_sides_unverified_count_of_its_kills_is_no_toll(nlp):
    doc = read(nlp, "Al-Shabaab said its fighters had killed 60 soldiers in Bulo Burde on Friday, a claim that "
                    "could not be independently verified.", published="2025-04-12")
    assert doc.events and all(e.fatalities is None for e in doc.events), doc.events


# (e) no armed event in a computer attack nor in a contest for a prize
def test_a_cyber_attack_is_no_event(nlp):
    doc = read(nlp, "A cyber attack hit the port authority in Mombasa on Tuesday, halting container traffic.")
    assert not doc.events, doc.events


def test_hackers_are_no_armed_attackers(nlp):
    doc = read(nlp, "A ransomware attack crippled the city council's servers in Leeds on Monday.")
    assert not doc.events, doc.events


def test_a_battle_for_a_title_is_no_event(nlp):
    doc = read(nlp, "Samba schools battle for the title in Rio de Janeiro", published="2025-03-04")
    assert not doc.events, doc.events


def test_a_battle_for_a_town_is_still_one(nlp):
    doc = read(nlp, "Rebels and soldiers battled for control of Kidal on Monday.")
    assert fights(doc), doc.events


# (b) the date someone told it on is not the event's when the sentence gives the event's own
def test_the_statements_day_gives_way_to_the_events_own(nlp):
    doc = read(nlp, "Islamic State fighters said on Monday they had shot dead three soldiers in Nangade district on "
                    "Saturday.", published="2025-04-08")
    assert [str(e.date.start) for e in doc.events] == ["2025-04-05"], doc.events


def test_a_statement_in_a_statement_on_a_day(nlp):
    doc = read(nlp, "Ambazonian separatists said in a statement on Monday that they had killed two gendarmes in Bui "
                    "division on Saturday.", published="2025-04-08")
    assert [str(e.date.start) for e in doc.events] == ["2025-04-05"], doc.events


def test_the_statements_day_alone_still_dates_the_event(nlp):
    # (bounds it: the event is at most that day, known to within a few days; ev15)
    doc = read(nlp, "Police said on Monday that gunmen had attacked a checkpoint in Bannu.", published="2025-04-15")
    assert [(str(e.date.end), e.date.precision) for e in doc.events] == [("2025-04-14", "week")], doc.events


# (a) the attacker's nationality is not the place of its strike
def test_a_strike_on_an_unknown_village_is_not_in_the_attackers_country(nlp):
    doc = read(nlp, "Turkish drones struck the village of Khirbet Jahash on Sunday, killing four fighters.",
               published="2025-04-15")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(getattr(e.location, "country", None) != "TR" for e in strikes), strikes


def test_the_struck_country_named_by_the_article_places_it(nlp):
    doc = read(nlp, "Azerbaijani shelling hit Berdavanik on Sunday, wounding two people. Armenia condemned "
                    "the attack.", published="2025-04-15")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].location is not None and strikes[0].location.country == "AM", strikes


def test_an_attack_in_the_attackers_country_named_by_a_place_stays(nlp):
    doc = read(nlp, "Russian missiles struck Zhytomyr on Sunday. Russian drones also hit Khutir Mykhailivskyi, "
                    "killing one.", published="2025-04-15")
    assert any(getattr(e.location, "country", None) == "UA" for e in doc.events), doc.events


def test_an_unverified_count_of_fighters_killed_is_no_toll(nlp):
    doc = read(nlp, "Jets struck a militant hideout near Mafa in Borno state on Monday, killing 45 of the insurgents, "
                    "the air force said, a claim that could not be independently verified.")
    assert doc.events and all(e.fatalities is None for e in doc.events), doc.events


def test_another_verbs_day_does_not_date_the_told_capture(nlp):
    doc = read(nlp, "Rebels said on Wednesday that they had pushed the army out of Menaka after days of clashes, "
                    "and the army withdrew from Anefis on Saturday.", published="2025-04-12")
    # (a guard: the statement's day stays when the other day is told with another verb)
    menaka = [e for e in doc.events if e.event_type == "Battles"]
    assert menaka and all(str(e.date.end) == "2025-04-09" for e in menaka), doc.events  # (at most that day: ev15)


def test_the_attackers_day_told_next_dates_the_attack_told_by_its_statement_day(nlp):
    text = ("SOKOTO, Nigeria - Gunmen killed 14 villagers in an attack on the village of Gidan Bawa, police said on "
            "Tuesday. The attackers, who came on motorcycles on Sunday night, also burned houses, residents said.")
    doc = read(nlp, text, published="2025-04-09")
    killings = [e for e in doc.events if e.fatalities == 14]
    assert [str(e.date.start) for e in killings] == ["2025-04-06"], doc.events
