"""What the conflict triggers read outside a conflict: a wildfire's "advance" (a move towards a place needs an armed
side), an election campaign's rallies (no protest unless the crowd presses a demand) and its "offensive"."""
from tests.reading.mapped_events import read_kinds, read_report


def test_a_wildfire_advancing_on_villages_is_no_event(nlp):
    assert read_kinds(nlp, "ATHENS, May 6 - The wildfire advanced toward the village of Varnavas on Tuesday, forcing "
                           "hundreds to flee.", "2026-05-06") == []


def test_rebels_advancing_on_a_town_still_are_one(nlp):
    assert read_kinds(nlp, "GOMA, May 6 - M23 rebels advanced towards Uvira on Tuesday, residents said.",
                      "2026-05-06") == [("Strategic developments", "Change to group/activity")]


def test_a_campaign_rally_is_no_protest(nlp):
    assert read_kinds(nlp, "WASHINGTON, May 6 - Thousands of supporters attended a campaign rally in Phoenix on "
                           "Saturday.", "2026-05-06") == []


def test_a_races_rallies_and_offensive_are_no_events(nlp):
    doc = read_report(nlp, "NAIROBI, May 6 - The ruling coalition launched its offensive on Saturday with a rally at "
                           "Nyayo stadium that drew 30,000 supporters. A day later, the opposition held its own rally "
                           "in Mombasa, where its candidates promised jobs.", published="2026-05-06",
                      title="Senate race heats up in Nairobi as campaign enters final week")
    assert [(e.event_type, e.evidence.sentence[:30]) for e in doc.events if not e.planned] == []


def test_a_headlines_battle_for_a_seat_in_a_campaign_is_no_event(nlp):
    doc = read_report(nlp, "NAIROBI, May 6 - Candidates crisscrossed the county on Saturday as the campaign entered its "
                           "final week.", published="2026-05-06",
                      title="Battle for Nairobi governor: campaign heats up in vote-rich Nairobi")
    assert [e.event_type for e in doc.events] == []


def test_a_rally_against_the_results_is_a_protest(nlp):
    doc = read_report(nlp, "NAIROBI, May 6 - Thousands of opposition supporters held a rally in Kisumu on Sunday to "
                           "denounce the election results.", published="2026-05-06",
                      title="Opposition campaign: supporters rally against election results")
    assert [e.event_type for e in doc.events] == ["Protests"]
