"""Event dates that belong to something else in the sentence (a plan, a quote) or to the event told
before (session 17, dat). Own sentences."""
import datetime as dt

from reading.corpus import read_text


def events(nlp, text, published):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(e.date.start, e.planned) for e in doc.events if e.date is not None]


def test_the_previous_night_counts_from_the_event_told_before(nlp):
    text = ("MAIDUGURI - Boko Haram fighters attacked the town of Gwoza on 11 March, police said. "
            "The previous night, gunmen had killed five fishermen near Baga.")
    doc = nlp(read_text(text, doc_id="t", published="2024-03-16"))
    fishermen = [e.date.start for e in doc.events if "fishermen" in e.evidence.sentence]
    assert fishermen == [dt.date(2024, 3, 10)], [(e.date, e.evidence.sentence) for e in doc.events]


def test_a_date_in_a_planned_clause_after_the_event_is_not_its_date(nlp):
    text = ("KINSHASA - M23 rebels shelled the town of Sake, hours before a truce that will take effect on "
            "Friday, residents said.")
    found = events(nlp, text, "2024-02-13")  # a Tuesday
    assert found and all(day == dt.date(2024, 2, 13) and not planned for day, planned in found), found


def test_a_plan_quoted_does_not_date_the_fighting_told_outside_the_quote(nlp):
    text = '"We will take Kidal on Monday," a rebel commander said, as CSP fighters shelled army positions in Anefis.'
    found = events(nlp, text, "2023-10-04")  # a Wednesday
    assert (dt.date(2023, 10, 4), False) in found, found


def test_undated_news_of_a_story_filed_days_before_publication_is_of_its_dateline_day(nlp):
    text = ("Clashes in Ituri\n\nBUNIA, Democratic Republic of Congo, Feb 9 (Reuters) - CODECO militiamen attacked "
            "a camp for displaced people near Djugu, killing 12, a local official said.\n\n"
            "In a separate incident, ADF rebels killed seven farmers near Beni, the army said.")
    doc = nlp(read_text(text, doc_id="t", published="2024-02-12"))
    farmers = [e.date.start for e in doc.events if "farmers" in e.evidence.sentence]
    assert farmers == [dt.date(2024, 2, 9)], [(e.date, e.evidence.sentence) for e in doc.events]


def test_a_day_after_the_attack_counts_from_the_attack_not_a_withdrawal_told_since(nlp):
    text = ("NIAMEY - Gunmen attacked the army post at Tillia on Sunday 9 March, killing 12 soldiers, officials said. "
            "The army withdrew from its base at Tassara on Wednesday. "
            "The day after the attack, the militants burned the market in Tillia.")
    doc = nlp(read_text(text, doc_id="t", published="2025-03-14"))
    assert [e.date.start for e in doc.events if "market" in e.evidence.sentence] == [dt.date(2025, 3, 10)], \
        [(e.date, e.evidence.sentence) for e in doc.events]


def test_a_day_later_still_counts_from_the_latest_event_told(nlp):
    text = ("NIAMEY - Gunmen attacked the army post at Tillia on Sunday 9 March, killing 12 soldiers, officials said. "
            "The army withdrew from its base at Tassara on Wednesday. "
            "A day later, bandits killed four herders near Tahoua.")
    doc = nlp(read_text(text, doc_id="t", published="2025-03-14"))
    assert [e.date.start for e in doc.events if "herders" in e.evidence.sentence] == [dt.date(2025, 3, 13)]
