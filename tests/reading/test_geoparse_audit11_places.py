"""The place-error classes of events audit 11 (``bench/data/events_gold2.jsonl``), on sentences of their own."""
from reading.corpus import read_text


def read(nlp, text, published="2026-05-20"):
    return nlp(read_text(text, doc_id="t", published=published))


# a compass word and a small foreign town's name make a district's name ("West Shewa" in Ethiopia, not
# Shēwah in Afghanistan): it casts no vote for the town's country
def test_a_compass_named_district_votes_for_no_namesake_country(nlp):
    doc = read(nlp, "Gunmen kill five in West Shewa\n\nADDIS ABABA - Gunmen killed five people in West Shewa zone "
                    "on Saturday, and police clashed with fighters in West Shewa on Sunday, residents said.")
    assert doc.focus_country == "ET", doc.focus_country
    assert all(getattr(e.location, "country", None) != "AF" for e in doc.events), doc.events


def test_a_compass_part_of_a_big_city_still_votes_for_it(nlp):
    doc = read(nlp, "Iraqi forces cleared West Mosul on Sunday, officials said.")
    assert doc.focus_country == "IQ", doc.focus_country


# Cambodia's provinces by their usual English names (Natural Earth has only transliterations)
def test_cambodian_provinces_by_their_english_names(nlp):
    doc = read(nlp, "PHNOM PENH - Troops exchanged fire in Oddar Meanchey on Sunday, and refugees reached "
                    "Banteay Meanchey and Ratanakiri.")
    names = {m.text: getattr(m.location, "country", None) for m in doc.mentions}
    assert names.get("Oddar Meanchey") == "KH" and names.get("Banteay Meanchey") == "KH" \
        and names.get("Ratanakiri") == "KH", names


# a name that only names a facility said to lie in a place far from it is no place of its own
def test_a_prison_named_after_a_faraway_province_is_where_the_text_puts_it(nlp):
    doc = read(nlp, "QUITO - A car bomb went off outside the Litoral penitentiary in Guayaquil on Tuesday, "
                    "damaging a wall.")
    assert [e.location.name for e in doc.events] == ["Guayaquil"], doc.events
    assert not any(getattr(m.location, "country", None) == "GQ" for m in doc.mentions), doc.mentions


def test_a_hospital_named_after_a_nearby_town_keeps_that_town(nlp):
    doc = read(nlp, "KHARTOUM - Shells hit the Omdurman hospital in Khartoum on Monday, killing four patients.")
    assert any(m.text == "Omdurman" and m.location is not None for m in doc.mentions), doc.mentions
