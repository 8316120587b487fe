"""Armed forces' names in news text: '<force> in <town>' says where the force is (only a
mission, force or embassy named after the country or admin-1 unit it works in holds that
place in its name). Sentences of our own, unlike those that revealed the problems."""
from reading.corpus import read_text

from tests.reading.places import drawn_at, mention


def read(nlp, text, published="2025-06-14"):
    return nlp(read_text(text, doc_id="t", published=published))


def test_a_town_after_forces_in_is_where_they_fight(nlp):
    doc = read(nlp, "Clashes erupted on Thursday between the national army and the Popular Defence "
                    "Forces in Kadugli.")
    assert drawn_at(doc) == {"Kadugli"}
    doc = read(nlp, "The Rapid Support Forces in Nyala shelled a market on Tuesday, killing 12 people.")
    assert drawn_at(doc) == {"Nyala"}


def test_a_town_after_army_in_is_no_part_of_a_name(nlp):
    doc = read(nlp, "Rebels said the Congolese Army in Goma had fled by Monday.")
    assert mention(doc, "Goma").role == "location"
    doc = read(nlp, "Officers of the Ukrainian Armed Forces in Sumy said two drones were downed.")
    assert mention(doc, "Sumy").role == "location"


def test_a_mission_named_after_its_country_keeps_the_country_in_its_name(nlp):
    doc = read(nlp, "The United Nations Interim Force in Lebanon reported rocket fire near Naqoura.")
    assert mention(doc, "Lebanon").role == "actor"
    doc = read(nlp, "The African Union Mission in Somalia said its base near Baidoa was shelled.")
    assert mention(doc, "Somalia").role == "actor"
    assert drawn_at(doc) == {"near Baidoa"}


def test_a_town_after_a_mission_or_embassy_in_is_where_it_is(nlp):
    doc = read(nlp, "A rocket struck the Italian Embassy in Tripoli on Sunday, wounding a guard.")
    assert mention(doc, "Tripoli").role == "location"
    doc = read(nlp, "Gunmen attacked the Kenyan Forces in Somalia on Friday, killing four soldiers.")
    assert mention(doc, "Somalia").role == "location"
