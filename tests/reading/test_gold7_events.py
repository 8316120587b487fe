"""The seventh events gold (``bench/data/events_gold7.jsonl``): the error classes of its first run, on
sentences of their own (other conflicts, places and names than the gold's): what a crowd burns or loots, rival
supporters' fights, a diplomatic "protest", the attack a crowd protests against, a liveblog's summary, a
month's or region's "fighting continued", a relative clause dating the killing it tells, and "Our forces" in
a spokesman's quotation."""
import datetime as dt

from reading.corpus import read_text
from tests.reading.mapped_events import mapped, kinds


def read(nlp, text, published="2026-05-06", title=None):
    return nlp(read_text(text, doc_id="t", published=published, title=title))


# (a) what a crowd burns or loots is a riot (ACLED), not an armed group's property destruction
def test_a_mob_setting_fire_to_houses_is_mob_violence(nlp):
    evs = mapped(read(nlp, "On Friday, a crowd set fire to four houses in a village near Kaduna after a rumour spread."))
    assert kinds(evs) == [("Riots", "Mob violence")], kinds(evs)


def test_protesters_looting_shops_is_one_violent_demonstration(nlp):
    evs = mapped(read(nlp, "On Thursday, protesters looted shops and set fire to a bank in Kano."))
    assert kinds(evs) == [("Riots", "Violent demonstration")], kinds(evs)


def test_gunmen_burning_houses_stay_property_destruction(nlp):
    evs = mapped(read(nlp, "On Friday, gunmen set fire to twenty houses in a village near Kaduna."))
    assert ("Strategic developments", "Looting/property destruction") in kinds(evs), kinds(evs)


# (b) rival supporters fighting with what a crowd picks up: mob violence, not an armed clash
def test_rival_party_supporters_fighting_is_mob_violence(nlp):
    [ev] = mapped(read(nlp, "Supporters of the ruling party and the opposition fought with clubs and stones outside "
                            "a polling station in Kisumu on Saturday, and one man was killed."))
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_soldiers_and_rebels_still_clash(nlp):
    [ev] = mapped(read(nlp, "Soldiers clashed with rebels near Kisumu on Saturday, and one man was killed."))
    assert ev.event_type == "Battles"


# (c) a government's formal complaint is no demonstration
def test_lodging_a_protest_is_diplomacy(nlp):
    assert mapped(read(nlp, "Kenya's foreign ministry summoned Uganda's ambassador on Tuesday to lodge a strong "
                            "protest.")) == []


def test_a_protest_outside_an_embassy_is_still_one(nlp):
    evs = mapped(read(nlp, "Hundreds of students protested outside Uganda's embassy in Nairobi on Tuesday."))
    assert [e.event_type for e in evs] == ["Protests"]


# (d) the attack a crowd marches against was told before: no second attack where the crowd is
def test_the_attack_a_crowd_protests_against_is_no_event(nlp):
    evs = mapped(read(nlp, "Hundreds of people marched in Quetta on Friday against the drone attack, chanting slogans "
                           "against Kabul."))
    assert [e.event_type for e in evs] == ["Protests"], kinds(evs)


# (e) a liveblog's closing summary retells its entries
def test_a_liveblog_summary_tells_no_new_events(nlp):
    text = ("Live: rockets and strikes\n\n09:10 GMT - A rocket killed four people in Sderot, police said.\n\n"
            "22:30 GMT - That's all from us today. Here is a summary: rockets killed four people in Sderot and "
            "Israeli jets struck targets in Gaza.")
    evs = mapped(read(nlp, text))
    assert [e.location.name for e in evs] == ["Sderot"], [(e.location.name, e.evidence.sentence) for e in evs]


# (f) "fighting continued in <region>": a month's or a region's summary, unless a day is told
def test_fighting_that_continued_in_a_region_is_no_event(nlp):
    assert mapped(read(nlp, "Fighting between the army and rebels continued in North Kivu, while attacks by "
                            "militias persisted in Ituri.")) == []


def test_fighting_that_continued_on_a_day_is_an_event(nlp):
    evs = mapped(read(nlp, "Fighting between the army and rebels continued in Rutshuru on Tuesday, residents said."))
    assert [e.event_type for e in evs] == ["Battles"], kinds(evs)


# (g) a relative clause telling the killing dates the event it counts, even years before
def test_a_where_clause_with_the_killing_dates_the_event(nlp):
    doc = read(nlp, "The court found that the commander had ordered troops to fire on protesters in Nairobi's "
                    "Kibera, where nine people were shot dead on July 7, 2023.")
    assert not mapped(doc), kinds(mapped(doc))
    assert any(e.date is not None and e.date.start == dt.date(2023, 7, 7) for e in doc.events)


# (h) "Our forces" in a quotation names no group: no zone of its own
def test_our_forces_hold_no_zone(nlp):
    from layers.zones import zone_timeline

    doc = read(nlp, '"Our forces have taken full control of Bhamo town," a spokesman said on Thursday.')
    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    assert not any("our" in str(f).lower() for f in frame["faction"]), list(frame["faction"])


# (i) a road block on a named road, demanding something: a protest
def test_blocking_a_named_highway_demanding_something_is_a_protest(nlp):
    evs = mapped(read(nlp, "On Monday, hundreds of traders blocked the Kano-Zaria road with burning tyres, demanding "
                           "compensation."))
    assert [e.event_type for e in evs] == ["Protests"], kinds(evs)


# (j) "demonstrated in the main square": a protest
def test_demonstrating_in_a_square_is_a_protest(nlp):
    evs = mapped(read(nlp, "Residents demonstrated in the city's main square in Homs on 6 May, calling for elections."))
    assert [e.event_type for e in evs] == ["Protests"], kinds(evs)
    assert evs[0].date.start == dt.date(2026, 5, 6)


# (k) stones thrown at the police: a riot
def test_stones_thrown_at_police_are_a_riot(nlp):
    evs = mapped(read(nlp, "In Jessore, supporters of the opposition blocked the Jessore-Khulna highway on Monday and "
                           "threw stones at police, who fired tear gas."))
    assert [e.event_type for e in evs] == ["Riots"], kinds(evs)


# (l) what the next sentence tells of "the protesters" and the police makes the protest told a riot
def test_the_protesters_throwing_stones_next_make_the_protest_a_riot(nlp):
    evs = mapped(read(nlp, "Hundreds of displaced people marched to the UN base in Bunia on Tuesday, demanding "
                           "protection. Police fired tear gas when some of the protesters threw stones at the gate."))
    assert kinds(evs) == [("Riots", "Violent demonstration")], kinds(evs)


def test_tear_gas_on_the_protesters_next_is_an_intervention(nlp):
    evs = mapped(read(nlp, "Hundreds of teachers marched in Bukavu on Tuesday, demanding their salaries. Police fired "
                           "tear gas to disperse the protesters."))
    assert kinds(evs) == [("Protests", "Protest with intervention")], kinds(evs)


# (m) a crowd's demand ("calling for an end to the fighting") is no call of its own
def test_a_marching_crowds_demand_is_no_strategic_development(nlp):
    evs = mapped(read(nlp, "In Goma, about 2,000 residents marched on Tuesday calling for an end to the fighting and "
                           "for the airport to be reopened."))
    assert [e.event_type for e in evs] == ["Protests"], kinds(evs)


# (n) "more than a year after X seized it": the seizure recalled, not a second change of hands
def test_a_capture_counted_back_in_months_is_no_event(nlp):
    evs = mapped(read(nlp, "The army recaptured Sinja on Saturday, more than a year after the paramilitary Rapid "
                           "Support Forces (RSF) seized it, the army said."))
    assert [e.sub_event_type for e in evs] == ["Government regains territory"], kinds(evs)


# (o) "shot during demonstrations in Homs": protests in general, no day of their own
def test_bare_plural_protests_with_no_day_are_no_event(nlp):
    assert mapped(read(nlp, "Some of the detainees had been shot during demonstrations in Daraa before they were "
                            "taken to the prison.")) == []


def test_protests_with_a_day_are_still_an_event(nlp):
    evs = mapped(read(nlp, "Two men were killed during protests in Lagos on Monday, police said."))
    assert [e.event_type for e in evs] == ["Protests"], kinds(evs)


# (p) grenades and crude bombs thrown by hand: ACLED's grenade; petrol bombs thrown at the police: a riot
def test_crude_bombs_thrown_are_a_grenade_attack(nlp):
    [ev] = mapped(read(nlp, "On Sunday night, unidentified men threw crude bombs at a police post in Khulna, police said."))
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Grenade")


def test_petrol_bombs_thrown_at_police_are_a_riot(nlp):
    evs = mapped(read(nlp, "Youths threw petrol bombs at police in Belfast on Monday night."))
    assert [e.event_type for e in evs] == ["Riots"], kinds(evs)


# (q) "in Malawi's capital": the capital, not the country
def test_a_countrys_capital_by_possessive_is_the_capital(nlp):
    [ev] = mapped(read(nlp, "Police fired tear gas at protesters in Malawi's capital on Thursday as the opposition "
                            "contested the election."))
    assert ev.location.name == "Lilongwe", ev.location.name


def test_a_provinces_capital_by_possessive_is_no_reference(nlp):
    doc = read(nlp, "Fighters entered the state's capital on Thursday, residents said.")
    assert not any(m.text == "capital" and m.location is not None for m in doc.mentions)


# (r) "..., in the heaviest exchange of fire in two years": the event told, ranked; no second one
def test_a_ranking_after_a_comma_is_no_second_event(nlp):
    evs = mapped(read(nlp, "Three civilians were killed when Azerbaijani shells hit homes in Sotk on Tuesday, in the "
                           "heaviest exchange of fire along the border in two years."))
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"], kinds(evs)


def test_killed_in_the_fiercest_fighting_is_still_the_fight(nlp):
    evs = mapped(read(nlp, "Ten soldiers were killed in the fiercest fighting near Menaka on Tuesday, the army said."))
    assert [e.event_type for e in evs] == ["Battles"], kinds(evs)


# (s) one side's claimed toll after another source's, for an attack told before: no second event
def test_a_claimed_toll_is_no_second_killing(nlp):
    evs = mapped(read(nlp, "Jihadists attacked an army post near Mopti on Tuesday, killing soldiers. A security source "
                           "put the toll at 20 soldiers; the militants claimed to have killed 45."))
    assert [e.event_type for e in evs] == ["Battles"], kinds(evs)


# (t) a lead with no day of its own, then the attackers named again with the day they struck: that day
def _main_attack(evs):
    return next(e for e in evs if e.event_type == "Violence against civilians")


def test_the_attackers_named_again_give_the_leads_day(nlp):
    text = ("Kaduna village attacked\n\nKADUNA, May 13 (Reuters) - Gunmen killed at least 14 people in an attack on "
            "the village of Kauru, police said.\n\nThe gunmen struck at around 10 p.m. on Sunday, shooting residents "
            "as they fled, a police spokesman said on Tuesday.")
    ev = _main_attack(mapped(read(nlp, text, published="2026-05-13")))
    assert ev.date.start == dt.date(2026, 5, 10), ev.date


def test_the_attackers_named_again_redate_a_statement_dated_lead(nlp):
    text = ("Camp attacked\n\nGOMA, May 13 (Reuters) - Militiamen killed at least 20 people in a night attack on a "
            "camp near Bunia, the U.N. said on Wednesday.\n\nThe attackers, armed with machetes, entered the camp "
            "shortly after midnight on Monday, MONUSCO said.")
    ev = _main_attack(mapped(read(nlp, text, published="2026-05-13")))
    assert ev.date.start == dt.date(2026, 5, 11), ev.date


def test_a_lead_with_its_own_day_keeps_it(nlp):
    text = ("Camp attacked\n\nGOMA, May 13 (Reuters) - Militiamen killed at least 20 people in a night attack on a "
            "camp near Bunia on Tuesday, the U.N. said.\n\nThe attackers had raided a village nearby on Sunday, "
            "MONUSCO said.")
    ev = _main_attack(mapped(read(nlp, text, published="2026-05-13")))
    assert ev.date.start == dt.date(2026, 5, 12), ev.date
