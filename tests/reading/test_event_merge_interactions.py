"""Events gold after the audit-10 merges: an area named beside the event's town, a week's summary placed in
the article's area, a summary bullet with its own day. Sentences unlike the gold's (other conflicts, names)."""
from reading.corpus import read_text


def read(nlp, text, published="2025-10-20"):
    return nlp(read_text(text, doc_id="t", published=published))


# (1) "X, the capital of Y province" only says where the town X is: every event of the sentence is at X
def test_the_province_whose_capital_was_entered_gets_no_event(nlp):
    doc = read(nlp, "Rebels entered Goma, the capital of North Kivu province, and clashed with the army on Monday.")
    assert doc.events and {e.location.name for e in doc.events} == {"Goma"}, doc.events


def test_the_region_of_a_main_town_stormed_gets_no_event(nlp):
    doc = read(nlp, "On Friday, militants stormed Kidal, the main town of the Kidal region, and clashed with the army.")
    assert doc.events and {e.location.precision for e in doc.events} == {1}, doc.events


def test_a_city_named_inside_a_region_is_still_the_place(nlp):
    doc = read(nlp, "The army retook its last stronghold in Darfur, the city of El Fasher, on Monday after heavy "
                    "fighting.")
    assert [e.location.name for e in doc.events] == ["El Fasher"], doc.events
