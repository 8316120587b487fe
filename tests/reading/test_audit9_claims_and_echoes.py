"""Audit 9: captures reported but not confirmed or denied earlier in the article, words that name no
meeting or no place (a body called "Conference", a meeting struck, a ship's flag), and an event told
again (a headline placed in a region, "The missiles hit ...", "The fighting forced ... to flee, the
governor said on Monday"). Sentences unlike the audit corpus's (other conflicts and names)."""
from reading.corpus import read_text
from tests.reading.violence import violent


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def test_an_unconfirmed_capture_draws_no_zone(nlp):
    doc = read(nlp, "Pro-Russian bloggers claimed that Russian forces took Shevchenko, but analysts have not observed "
                    "confirmation of the claim.")
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert not [e for e in doc.events if "territory" in e.sub_event_type], doc.events


def test_a_capture_denied_earlier_in_the_article_is_a_fight(nlp):
    text = ("MEKELLE - Officials on Tuesday denied reports that Tigrayan fighters had captured the town of Alamata. "
            "The fighters had said on Monday that they had taken control of Alamata after heavy fighting.")
    doc = read(nlp, text, published="2025-04-09")
    assert not [e for e in doc.events if "territory" in e.sub_event_type], doc.events
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims


def test_a_body_called_conference_holds_no_meeting(nlp):
    doc = read(nlp, "Gunmen attacked the village of Kuru on Monday, killing 9 people, according to the Plateau "
                    "Youth Conference, a local rights group.")
    assert not [e for e in doc.events if e.event_type == "Strategic developments"], doc.events


def test_a_meeting_struck_is_no_meeting(nlp):
    doc = read(nlp, "Ukraine said on Monday that its drones had struck a meeting of Russian officers in Kherson.")
    assert not [e for e in doc.events if e.sub_event_type == "Other"], doc.events


def test_a_ships_flag_is_not_where_it_was_attacked(nlp):
    doc = read(nlp, "ADEN, Yemen - Pirates attacked the Panama-flagged tanker Sea Star off the coast on Sunday.",
               published="2025-04-07")
    assert all(getattr(e.location, "country", None) != "PA" for e in doc.events), doc.events


def test_a_headline_placed_in_a_region_echoes_the_body_placed_in_its_country(nlp):
    text = ("Rebels say they killed soldiers in Cabo Delgado\n\n"
            "MAPUTO, Mozambique - Islamic State fighters said on Monday they had shot dead three soldiers in "
            "Nangade district on Saturday.")
    got = violent(read(nlp, text, published="2025-04-08"))
    assert len(got) == 1, got


def test_the_missiles_told_again_in_a_part_of_the_city(nlp):
    text = ("DNIPRO, Ukraine - A Russian missile strike on Dnipro killed three people on Monday, the governor said. "
            "The missiles hit a factory in the city's west, he said.")
    got = violent(read(nlp, text, published="2025-04-08"))
    assert len(got) == 1 and got[0].fatalities == 3, got


def test_the_fighting_that_forced_people_to_flee_told_on_a_later_day(nlp):
    text = ("ARAUCA, Colombia - ELN guerrillas fought Gulf Clan fighters in the rural area of Tame on Saturday, "
            "killing nine people, officials said. The fighting forced 2,000 people to flee, many of them towards "
            "Arauca, the governor said on Monday.")
    got = violent(read(nlp, text, published="2025-04-08"))
    assert len(got) == 1, got


def test_the_losers_withdrawal_told_after_the_capture_is_that_capture(nlp):
    text = ("KABUL - Government forces said on Saturday they had recaptured Kunduz from the Taliban. The Taliban "
            "said their fighters had withdrawn from the city to avoid civilian casualties.")
    doc = read(nlp, text, published="2025-04-08")
    assert len(doc.events) == 1 and "territory" in doc.events[0].sub_event_type, doc.events
    assert doc.events[0].actor2, doc.events


def test_a_withdrawal_by_the_same_side_later_is_its_own(nlp):
    text = "KABUL - Government forces recaptured Kunduz on Saturday. Government forces withdrew from Kunduz on Monday."
    doc = read(nlp, text, published="2025-04-08")
    assert len(doc.events) == 2, doc.events


def test_a_sides_claim_and_the_agencys_report_of_it_are_one_attack(nlp):
    text = ("ODESA - Ukrainian forces said on Tuesday they had attacked the tanker Volgoneft in the Black Sea with sea "
            "drones. A Russian agency said a tanker had reported an explosion 30 nautical miles south of Novorossiysk "
            "on Monday.")
    doc = read(nlp, text, published="2025-04-09")
    got = violent(doc)
    assert len(got) == 1 and got[0].actor1 and str(got[0].date.start) == "2025-04-07", got


def test_a_sides_account_dated_by_its_statement_is_the_strike_told_before(nlp):
    text = ("KYIV (Reuters) - Russian missiles struck the city of Kryvyi Rih on Friday evening, killing 20 people, "
            "officials said. Russia's defence ministry said on Saturday that it had hit a gathering of Ukrainian "
            "officers in a restaurant with a high-explosive missile.")
    got = violent(read(nlp, text, published="2025-04-06"))
    assert len(got) == 1 and got[0].fatalities == 20, got


def test_the_other_sides_strike_told_on_the_next_day_is_its_own(nlp):
    text = ("KHARKIV - Russian drones struck Kharkiv on Sunday, killing 4 people. Ukraine's military said on Monday "
            "that its drones had struck an oil depot in Belgorod.")
    assert len(violent(read(nlp, text, published="2025-04-08"))) == 2
