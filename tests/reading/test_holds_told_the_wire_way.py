"""zon2: holds told the way wire copy tells them. "A, B and C remain in government hands", "the city of X remains in
the hands of government forces", "X is held by government troops", "X and Y are still under military control" (the
state told by its role word: the forces of the story's country), "Russia still occupies X" (a country holding
ground: its forces), "who have held the port, X, since 2018" (an apposition between verb and place), "X, the main
base of the internationally recognised government" and "The M23, which Kigali has armed since 2021, captured X" (a
relative clause between a side and its verb, whose dates are not the claim's). Guarded: a thing of the place in
someone's hands ("the fate of X"), hands that are not a side's ("the courts"), "military control of the budget", a
state ruling its own land, "the military" of a story of two states.
Sentences of our own (other towns, wars and wordings than the golds' and the lead's probes)."""
import datetime as dt

import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-06-11"))


def claims(doc):
    return sorted({(c.relation, c.faction, c.location.name) for c in doc.claims})


@pytest.mark.parametrize("text, want", [
    ("Taliban fighters advanced on Kandahar on Tuesday. Herat, Lashkar Gah and Kandahar remain in government hands.",
     [("holds", "Afghan forces", "Herāt"), ("holds", "Afghan forces", "Kandahār"),
      ("holds", "Afghan forces", "Lashkar Gāh")]),
    ("Fighters of the Kachin Independence Army attacked Bhamo in Myanmar's Kachin state on Sunday. Myitkyina and Bhamo "
     "are still under military control.",
     [("holds", "Myanmar forces", "Bhamo"), ("holds", "Myanmar forces", "Myitkyina")]),
    ("Clashes continued across Yemen on Monday. The city of Taiz remains in the hands of government forces.",
     [("holds", "Yemeni forces", "Taiz")]),
    ("Fighting continued in Mali on Monday around Gao and Mopti. Timbuktu is held by government troops.",
     [("holds", "Malian forces", "Timbuktu")]),
    ("Fighting went on in Yemen on Monday. Aden, the main base of the internationally recognised government, was calm.",
     [("holds", "Yemeni forces", "Aden")]),
    ("Ukrainian forces pushed south on Friday. Russia still occupies Melitopol.",
     [("holds", "Russian forces", "Melitopol")]),
    ("Fighting went on in Somalia on Monday. Baidoa is under the control of the federal government.",
     [("holds", "Somali forces", "Baidoa")]),
])
def test_a_hold_told_the_wire_way_is_read(nlp, text, want):
    got = [c for c in claims(read(nlp, text)) if c[0] == "holds"]
    assert got == want, got


def test_a_place_in_apposition_after_the_verb_is_held_since_its_year(nlp):
    doc = read(nlp, "The Houthis, who have held the port, Hodeidah, since 2018, fired a missile on Monday.")
    got = [(c.faction, c.location.name, c.date.start.year, c.background) for c in doc.claims if c.relation == "holds"]
    assert got == [("Houthis", "Al Ḩudaydah", 2018, False)], got


def test_a_relative_clause_between_side_and_verb_neither_hides_nor_dates_the_capture(nlp):
    doc = read(nlp, "The M23, which Kigali has armed since 2021, captured Uvira on Tuesday.")
    got = [(c.relation, c.faction, c.location.name, c.date.start) for c in doc.claims]
    assert got == [("took", "M23", "Uvira", dt.date(2025, 6, 10))], got


def test_a_relative_clause_telling_an_old_capture_leaves_the_present_hold_undated_by_it(nlp):
    doc = read(nlp, "The Taliban, who seized Kunduz in 2015, now control Herat.")
    herat = [c for c in doc.claims if c.relation == "holds"]
    assert [(c.faction, c.location.name, c.date.start.year) for c in herat] == [("Taliban", "Herāt", 2025)], doc.claims


@pytest.mark.parametrize("text", [
    "The fate of Kandahar is in the hands of the government, officials in Kabul and Herat said.",
    "The case of Mariupol remains in the hands of the courts.",
    "Lawmakers in Naypyitaw and Mandalay voted to end military control of the budget.",
    "Russian forces shelled Kharkiv on Monday. Sumy remains under military control.",  # whose military? two states
    "Protests spread across Mali on Monday in Bamako and Gao. Mali remains under military rule.",  # its own land
    "A meeting in Kandahar was held by the Taliban on Monday.",  # held: organised
    "Fighting went on in Somalia on Monday. Garowe is under the control of the government of Puntland.",  # a region's
])
def test_no_hold_from_hands_or_control_that_are_no_side_holding_the_place(nlp, text):
    assert [c for c in claims(read(nlp, text)) if c[0] == "holds"] == [], claims(read(nlp, text))


def test_a_list_after_a_preposition_is_no_subject(nlp):
    doc = read(nlp, "Ukrainian troops withdrew from Avdiivka and Marinka is now under Russian control.")
    assert ("holds", "Russian forces", "Avdiyivka") not in claims(doc), claims(doc)


def test_a_thing_of_the_place_does_not_hide_a_clause_of_the_place_own(nlp):
    doc = read(nlp, "Residents recalled the siege of Kidal, which JNIM has held since March.")
    assert ("holds", "JNIM", "Kidal") in claims(doc), claims(doc)


def test_an_apposition_naming_the_holder_is_dated_by_its_own_words(nlp):
    doc = read(nlp, "Fighting went on in Yemen on Monday. Aden, the main base of the internationally recognised "
                    "government, has been shelled by the Houthis since 2019.")
    got = [(c.faction, c.location.name, c.date.start.year, c.background) for c in doc.claims if c.relation == "holds"]
    assert got == [("Yemeni forces", "Aden", 2025, False)], got
