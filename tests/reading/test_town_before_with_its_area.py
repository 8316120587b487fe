"""An event whose sentence names no place is at the one town the sentence before names (audit au10), also when that
town is told with the area it lies in ("around El Obeid, the capital of North Kordofan", "in Kadugli, in South
Kordofan state"): the area only says where the town is. Two places of their own ("in North Kordofan and in El
Obeid") still leave it at the country."""
from reading.corpus import read_text

LEDE = "PORT SUDAN, March 3 (Reuters) - Drones struck Kosti on Monday. "
TOLL = " At least 23 people were killed when shells hit a market, medics said."


def toll_place(nlp, middle):
    doc = nlp(read_text(LEDE + middle + TOLL, doc_id="t", published="2025-03-03"))
    return [(e.location.name, e.location.precision) for e in doc.events if e.fatalities == 23]


def test_a_town_told_with_the_capital_it_is_of_places_the_next_sentences_toll(nlp):
    assert toll_place(nlp, "Fighting raged on Sunday around El Obeid, the capital of North Kordofan.") == \
        [("near El Obeid", 2)]


def test_a_town_told_with_its_state_places_the_next_sentences_toll(nlp):
    assert toll_place(nlp, "Fighting raged on Sunday in Kadugli, in South Kordofan state.") == [("Kadugli", 2)]


def test_an_area_and_a_town_of_their_own_leave_the_toll_at_the_country(nlp):
    assert toll_place(nlp, "Fighting raged on Sunday in North Kordofan and in El Obeid.") == [("Sudan", 3)]
