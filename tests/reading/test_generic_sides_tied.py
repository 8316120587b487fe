""""Rebels", "the militants", "the insurgents", "the group's fighters" in an article that names one armed
group are that group (its actor, its zone's side); with two groups named before them in the paragraph, a
bare "insurgents" stays nobody in particular. Sentences of several conflicts, none from a gold."""
import pytest

from reading.actors import actors_of
from reading.corpus import read_text


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def claims(doc):
    return sorted((c.faction, c.relation, c.location.name) for c in doc.claims)


FAR = ("Officials said the army was stretched thin. Aid agencies warned of hunger. Farmers have fled their "
       "villages. Schools have closed.")


@pytest.mark.parametrize("title, body, side, place", [
    ("Rebels advance",  # a bare "Rebels", its group named paragraphs before
     f"GOMA, May 2 - M23 fighters attacked Sake on Wednesday.\n\n{FAR}\n\nRebels seized Rutshuru on Friday.",
     "M23", "Rutshuru"),
    ("Militants take town",  # "the militants", the group named far before (out of the three-sentence reach)
     f"MOGADISHU, May 2 - Al-Shabaab has stepped up attacks in central Somalia.\n\n{FAR}\n\n"
     "On Thursday the militants captured Bulo Burde, residents said.", "al-Shabaab", "Buulobarde"),
    ("Town falls",  # "the group's fighters"
     f"KHARTOUM, May 2 - The RSF shelled El Fasher on Tuesday.\n\n{FAR}\n\n"
     "The group's fighters captured Bara on Thursday.", "RSF", "Bārah"),
])
def test_a_generic_side_is_the_one_group_named(nlp, title, body, side, place):
    doc = read(nlp, title, body)
    assert (side, "took", place) in claims(doc)
    took = [e for e in doc.events if "territory" in e.sub_event_type]
    assert [(e.actor1, e.location.name) for e in took] == [(side, place)]


def test_a_generic_headline_is_the_group_its_body_names(nlp):
    doc = read(nlp, "Insurgents take Gwoza", "MAIDUGURI, May 2 - Boko Haram fighters took Gwoza on Thursday.")
    assert {a.name for a in actors_of(doc) if a.text.lower() in ("insurgents", "boko haram fighters")} == {"Boko Haram"}


def test_the_nearest_group_in_the_paragraph(nlp):
    doc = read(nlp, "Borno", "MAIDUGURI, May 2 - ISWAP fighters attacked a base in Borno.\n\n"
                             "Separately, Boko Haram fighters raided a village near Bama. The insurgents took Gwoza on Friday.")
    assert ("Boko Haram", "took", "Gwoza") in claims(doc)


def test_two_groups_before_a_bare_plural_leave_it_nobody(nlp):
    doc = read(nlp, "Borno", "MAIDUGURI, May 2 - ISWAP fighters and Boko Haram fighters clashed near Bama. "
                             "Insurgents took Gwoza on Friday.")
    assert [c for c in doc.claims if c.relation == "took"] == []
    assert [a.name for a in actors_of(doc) if a.text == "Insurgents"] == ["insurgents"]


def test_a_states_forces_are_no_group_for_the_rebels(nlp):
    doc = read(nlp, "Clashes", f"KINSHASA, May 2 - Congolese troops shelled Sake on Wednesday.\n\n{FAR}\n\n"
                               "Rebels seized Rutshuru on Friday.")
    assert [a.name for a in actors_of(doc) if a.text == "Rebels"] == ["rebels"]
    assert [c for c in doc.claims if c.relation == "took"] == []


@pytest.mark.parametrize("body, word", [
    # a plural with its own owner or kind before it
    (f"GOMA, May 2 - M23 fighters attacked Sake on Wednesday.\n\n{FAR}\n\nWazalendo militiamen seized Rutshuru on Friday.",
     "militiamen"),
    (f"GOMA, May 2 - M23 fighters attacked Sake on Wednesday.\n\n{FAR}\n\nHutu rebels seized Rutshuru on Friday.",
     "rebels"),
    # a count of the dead, an object: not the side acting
    ("GOMA, May 2 - M23 fighters attacked an army convoy near Sake on Wednesday, killing 14 militiamen.", "militiamen"),
    ("KINSHASA, May 2 - M23 fighters attacked Sake. Kinshasa calls M23 an extension of rebels it fought in 2012.",
     "rebels"),
])
def test_a_plural_owned_or_acted_on_is_not_the_group(nlp, body, word):
    doc = read(nlp, "t", body)
    plural = [a for a in actors_of(doc) if word in a.text and "M23" not in a.text]
    assert plural and all(a.name != "M23" for a in plural), plural


def test_a_name_read_only_from_its_shape_is_never_the_group(nlp):
    # "Puntland Defence Forces" is no known group: the militants may be its enemy
    doc = read(nlp, "t", f"BOSASO, May 2 - Puntland Defence Forces shelled caves near Bosaso.\n\n{FAR}\n\n"
                         "Militants attacked Qandala on Friday.")
    assert [a.name for a in actors_of(doc) if a.text == "Militants"] == ["militants"]
