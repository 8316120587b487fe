"""One event per place: a name of a list the gazetteer lacks is reported (W411), never drawn again as
a duplicate marker at the area around the list (the raion, the province, the country), whatever the
verb (fighting, advancing, capturing, storming) and wherever the name stands in the list.
Sentences of several conflicts, with made-up village names."""
from reading.corpus import read_text


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def places(doc):
    return sorted(getattr(e.location, "name", "") or "" for e in doc.events)


def reported(doc):
    return [p.text for p in doc.problems if p.code == "W411"]


def test_an_advance_near_a_list_ending_in_an_unknown_village(nlp):
    doc = read(nlp, "Russian forces advanced near Myrnohrad, Rodynske and Zorianivkaz, a Ukrainian analyst said.")
    assert len(places(doc)) == len(set(places(doc))) == 2, places(doc)
    assert reported(doc) == ["Zorianivkaz"]
    assert not any(e.location_note for e in doc.events), [e.location_note for e in doc.events]


def test_a_capture_list_opening_with_an_unknown_village(nlp):
    doc = read(nlp, "Russian troops captured Zorianivkaz, Rodynske and Udachne in Donetsk Oblast on Monday.")
    assert places(doc) == ["Rodynske", "Udachne"], places(doc)
    assert reported(doc) == ["Zorianivkaz"]
    assert sorted(c.location.name for c in doc.claims) == ["Rodynske", "Udachne"]


def test_an_unknown_village_inside_a_list(nlp):
    doc = read(nlp, "Israeli forces stormed Jenin, Qabatyaz and Tubas on Wednesday.")
    got = places(doc)
    assert len(got) == 2 and not any("West Bank" in p or "Palestin" in p for p in got), got
    assert reported(doc) == ["Qabatyaz"]


def test_the_toll_stays_on_the_lists_first_placed_town(nlp):
    doc = read(nlp, "JNIM fighters attacked Kelmatoura, Djibo and Arbinda on Sunday, killing 30 soldiers.")
    tolls = {getattr(e.location, "name", ""): e.fatalities for e in doc.events}
    assert set(tolls) == {"Djibo", "Aribinda"} and tolls["Djibo"] == 30 and tolls["Aribinda"] is None, tolls
    assert reported(doc) == ["Kelmatoura"]


def test_a_list_of_names_all_unknown_gives_one_event_in_its_area(nlp):
    doc = read(nlp, "M23 rebels seized Kirotshez, Mubambiroz and Bwerumaz in North Kivu on Tuesday.")
    assert len(doc.events) == 1 and doc.events[0].location.precision == 3, doc.events
    assert "Kirotshez" in doc.events[0].location_note
    assert reported(doc) == ["Mubambiroz", "Bwerumaz"]
    assert not doc.claims
