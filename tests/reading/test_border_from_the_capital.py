"""An event told only as "on the border" or "near the frontier" in a report filed from the capital is not
at the capital: it goes to the one area of that country the article names, else to the country, precision 3,
with a note. Sentences of our own."""
from tests.reading.mapped_events import violent_events


def violent(nlp, text, published="2025-02-12"):
    return violent_events(nlp, text, published)


def test_a_border_clash_told_from_the_capital_is_in_the_country(nlp):
    got = violent(nlp, "Troops clash\n\nTASHKENT, Feb 10 (Reuters) - Uzbek and Tajik border guards exchanged "
                       "fire on the border on Monday, killing one guard, officials said.")
    assert len(got) == 1, got
    loc = got[0].location
    assert loc.name == "Uzbekistan" and loc.precision == 3, loc
    assert "border" in got[0].location_note and "Tashkent" in got[0].location_note


def test_a_border_clash_goes_to_the_one_area_the_article_names(nlp):
    got = violent(nlp, "Shelling at the frontier\n\nYEREVAN, Feb 10 (Reuters) - Armenian and Azerbaijani troops "
                       "exchanged fire near the frontier on Monday, wounding two soldiers, the ministry said.\n\n"
                       "The two governments blamed each other. Both said they remained committed to talks. "
                       "Diplomats said a new round could open next month.\n\n"
                       "Villagers in Syunik province have complained of gunfire for weeks.")
    assert len(got) == 1 and got[0].location.name == "Syunik" and got[0].location.precision == 3, got
    assert "border" in got[0].location_note


def test_the_capital_stays_when_the_sentence_names_no_border(nlp):
    got = violent(nlp, "Blast\n\nTASHKENT, Feb 10 (Reuters) - A bomb exploded at a bus stop on Monday, "
                       "wounding three people, police said.")
    assert len(got) == 1 and got[0].location.name == "Tashkent", got
