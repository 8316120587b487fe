"""A group named after a land ("the West Papua National Liberation Army", "the Front for the Liberation
of Azawad") is one actor under its whole name: the land in its name is no actor and no place of the
event. An event with no place in its sentence goes to the area that holds every place the article names
(a province or region itself, in the article's country), not to the country point. Sentences of
several conflicts."""
from reading.corpus import read_text


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def told_in(doc, words):
    return [e for e in doc.events if words in e.evidence.sentence]


def test_a_province_in_a_groups_name_is_no_actor(nlp):
    doc = read(nlp, "The West Papua National Liberation Army ambushed a police patrol on Saturday, killing one officer.")
    assert [e.actor1 for e in doc.events] == ["West Papua National Liberation Army"], doc.events


def test_the_land_a_front_would_free_is_no_place_of_the_event(nlp):
    doc = read(nlp, "Clashes in Mali\n\nThe Front for the Liberation of Azawad attacked an army convoy on Sunday, "
                    "the army said.")
    got = told_in(doc, "convoy")
    assert [e.actor1 for e in got] == ["FLA"], doc.events  # (act: a known group, by the name the press gives it)
    assert all(e.location.name != "Azawad" for e in got), [e.location for e in got]
    assert not any(m.role == "location" and m.text == "Azawad" for m in doc.mentions)


def test_a_group_named_after_a_country_it_would_free(nlp):
    doc = read(nlp, "The Sudan People's Liberation Army-North attacked an army base in South Kordofan on Monday.")
    assert all(e.actor1 != "Sudan" for e in doc.events), doc.events


def test_no_place_in_the_sentence_takes_the_articles_province(nlp):
    doc = read(nlp, "Rebels kill soldiers in Papua\n\nSoldiers were killed in Papua province this week. The West "
                    "Papua National Liberation Army attacked a military post on Monday, its spokesman said.")
    got = told_in(doc, "military post")
    assert got and all(e.location.name == "Papua" and e.location.precision == 3 for e in got), \
        [(e.location, e.location_note) for e in got]


def test_the_articles_state_for_an_event_with_no_place(nlp):
    doc = read(nlp, "Myanmar fighting\n\nFighting raged in Kachin State on Monday, residents said. The Kachin "
                    "Independence Army attacked junta positions on Tuesday.")
    got = told_in(doc, "junta positions")
    assert got and all(e.location.name == "Kachin" for e in got), [(e.location, e.location_note) for e in got]


def test_places_in_two_provinces_keep_the_country(nlp):
    doc = read(nlp, "Myanmar fighting\n\nFighting raged in Kachin State and in Sagaing Region on Monday. The Kachin "
                    "Independence Army attacked junta positions on Tuesday.")
    got = told_in(doc, "junta positions")
    assert got and all(e.location.is_whole_country for e in got), [(e.location, e.location_note) for e in got]


def test_a_liberation_army_named_after_a_country_is_no_government(nlp):
    doc = read(nlp, "Fighters of the Sudan Liberation Army seized the town of Tawila on Monday.")
    assert [(e.actor1, e.sub_event_type) for e in doc.events] == [
        ("SLA", "Non-state actor overtakes territory")], doc.events  # (act: a known group, by its initials)


def test_a_headlines_country_is_no_part_of_the_group_named_below_it(nlp):
    # "Mali\n\nThe Front ...": the line break ends the name; the headline's country is a place, not an actor
    doc = read(nlp, "Fighting in Mali\n\nThe Liberation Front of Azawad ambushed an army convoy on Sunday.")
    assert any(m.text == "Mali" and m.role == "location" for m in doc.mentions), doc.mentions
