"""A date naming a vote ("after the court upheld the October election") dates the vote, not the unrest told around
it, nor the page as a period; a long lede opening with its dateline is the story's first sentence, not a headline
whose event the body's parts would absorb. Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_a_votes_month_does_not_date_the_unrest_around_it(nlp):
    doc = read_article(nlp, "Protesters burned tyres in Antananarivo after the court upheld the result of the "
                            "November election.", "2025-01-08")
    assert [str(e.date.start) for e in doc.events] == ["2025-01-08"], [(e.sub_event_type, e.date) for e in doc.events]


def test_a_lede_with_a_vote_month_is_no_page_on_that_month(nlp):
    text = ("LUSAKA, Jan 8 (Reuters) - At least nine people were killed in Zambia in the two days after the court "
            "confirmed the ruling party's victory in a disputed August election, police said on Wednesday, as "
            "protesters looted shops across the capital.\n\nProtesters set fire to a police station in Kabwe, "
            "police said.")
    doc = read_article(nlp, text, "2025-01-08")
    assert doc.events and all(e.date.start.month == 1 for e in doc.events), [(e.sub_event_type, e.date) for e in doc.events]


def test_a_long_dateline_lede_is_not_a_headline_echoed_by_a_part_of_it(nlp):
    text = ("LUSAKA, Jan 8 (Reuters) - At least nine people were killed in Zambia in the two days after the court "
            "confirmed the ruling party's victory in a disputed election, the interior minister said on Wednesday, as "
            "protesters set up barricades and looted shops across the capital.\n\nThe minister said 40 people had "
            "been arrested, and that protesters had attacked 12 vehicles and set fire to a police station in the town "
            "of Kafue.")
    doc = read_article(nlp, text, "2025-01-08")
    assert [(e.location.name, e.fatalities) for e in doc.events] == [("Lusaka", 9), ("Kafue", None)], [
        (e.sub_event_type, e.location, e.fatalities) for e in doc.events]
