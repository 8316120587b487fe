"""zon: who holds a zone and which holds are read. A side told only by what it is ("Sudanese rebels", "Turkish-backed
fighters", "the gangs") that took or holds a town is the one non-state side the article names taking, holding or
attacking that town; holds told in the present perfect ("has been under Russian control since 2023") are no
history; holds written as "under JNIM's control", "has since remained in X hands", "X, a city held by Y", "withdrew
from their base at X, and Y moved into the town", "the Y-run administration in X", "Y-held territory around X",
"much of X, including Z"; a building of a town taken ("seizes Adigrat office") is no change of hands; "the
town" is not a town named in passing (where a side fell back to, a road's name).
Sentences of our own (other towns, wars and wordings than the golds')."""
import pytest

from layers.zones import zone_timeline
from reading.control import unnamed_side
from reading.corpus import read_text


def read(nlp, text, title=None):
    if title:
        text = f"{title}\n\n{text}"
    return nlp(read_text(text, doc_id="t", published="2025-06-11", title=title))


def held(doc):
    """(faction, first day) of each held zone row."""
    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    return sorted({(r.faction, str(r.start)) for r in frame.itertuples() if r.status == "held"})


def holds(doc):
    return sorted({(c.relation, c.faction, c.location.name) for c in doc.claims})


@pytest.mark.parametrize("name, told_only", [
    ("Sudanese rebels", True), ("Turkish-backed fighters", True), ("the gangs", True), ("Myanmar ethnic army", True),
    ("opposition fighters", True), ("M23", False), ("Syrian Democratic Forces", False), ("troops", False),
    ("Russian forces", False), ("Wazalendo militias", False),
])
def test_a_side_told_only_by_what_it_is(name, told_only):
    assert unnamed_side(name) is told_only


def test_a_side_told_by_its_patron_is_the_group_named_attacking_the_town(nlp):
    doc = read(nlp, "Turkish-backed Syrian fighters took the border town of Tal Abyad on Monday. The Syrian National "
                    "Army had launched its assault on Tal Abyad on Saturday.",
               title="Turkish-backed fighters seize Tal Abyad")
    assert [f for f, _ in held(doc)] == ["Syrian National Army"], held(doc)


def test_rebels_capturing_a_town_are_the_group_named_holding_it(nlp):
    doc = read(nlp, "Rebels captured Goma on Monday after two days of fighting. M23 fighters paraded through the city "
                    "centre on Tuesday.", title="Rebels capture Goma")
    assert {f for f, _ in held(doc)} == {"M23"}, held(doc)
    assert not [p for p in doc.problems if p.code == "W407"], doc.problems


def test_the_side_a_town_is_taken_from_is_not_the_taker(nlp):
    doc = read(nlp, "Turkish-backed fighters seized Tal Abyad from the Syrian Democratic Forces on Monday.")
    assert "Syrian Democratic Forces" not in {f for f, _ in held(doc)}, held(doc)


def test_a_state_shelling_the_town_is_not_the_rebels(nlp):
    doc = read(nlp, "Rebels captured Rutshuru on Monday. Congolese troops shelled Rutshuru on Tuesday.")
    assert not held(doc), held(doc)
    assert [p for p in doc.problems if p.code == "W407"], doc.problems


@pytest.mark.parametrize("text, side, since", [
    ("Bakhmut has been under Russian control since May 2023, officials said.", "Russian forces", "2023-05-01"),
    ("Mariupol has remained in Russian hands since 2022, residents said.", "Russian forces", "2022-01-01"),
])
def test_a_hold_told_in_the_present_perfect_is_no_history(nlp, text, side, since):
    assert held(read(nlp, text)) == [(side, since)]


@pytest.mark.parametrize("text, side, town", [
    ("The town of Mopti has been under JNIM's control since Sunday, residents said.", "JNIM", "Mopti"),
    ("Ghazni has since remained in Taliban hands.", "Taliban", "Ghazni"),
    ("Goma, a city held by M23 since January, was calm on Tuesday.", "M23", "Goma"),
    ("Soldiers withdrew from their base at Djibo on Monday, and JNIM fighters moved into the town.", "JNIM", "Djibo"),
])
def test_more_ways_of_telling_a_hold(nlp, text, side, town):
    doc = read(nlp, text)
    assert ("holds", side, town) in holds(doc), holds(doc)
    assert side in {f for f, _ in held(doc)}, held(doc)


def test_the_administration_a_side_runs_in_a_town(nlp):
    doc = read(nlp, "Teachers protested on Monday against the Houthi-run administration in Sanaa.")
    assert [c.location.name for c in doc.claims if c.relation == "holds"] == ["Sanaa"], doc.claims


def test_territory_a_side_holds_around_a_town_is_near_it(nlp):
    doc = read(nlp, "Fighting raged in RSF-held territory around El Fasher on Monday.")
    assert [(c.faction, c.location.relation) for c in doc.claims] == [("RSF", "near")], doc.claims


def test_the_towns_named_in_much_of_a_region(nlp):
    doc = read(nlp, "Houthi forces still control much of northern Yemen, including Sanaa and Saada.")
    assert {c.location.name for c in doc.claims if c.relation == "holds"} == {"Sanaa", "Sa'dah"}, doc.claims


@pytest.mark.parametrize("title, text", [
    ("TPLF faction seizes Adigrat office", "Forces loyal to a TPLF faction took over the mayor's office in Adigrat."),
    (None, "Fano fighters took over the Gondar radio station on Tuesday."),
])
def test_a_building_of_the_town_taken_is_no_change_of_hands(nlp, title, text):
    doc = read(nlp, text, title=title)
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert not held(doc), held(doc)


def test_the_town_itself_taken_still_changes_hands(nlp):
    doc = read(nlp, "Fano fighters took Gondar on Tuesday after government troops withdrew.")
    assert ("Fano", "2025-06-10") in held(doc), held(doc)


@pytest.mark.parametrize("text, town", [
    ("Al-Shabaab fighters attacked Jowhar on Monday. The soldiers fell back towards Mogadishu. Residents said the town "
     "was now under al-Shabaab's control.", "Jawhar"),
    ("JNIM fighters attacked Douentza on Monday. Traffic stopped on the Mopti-Gao road. Residents said the town was "
     "now under JNIM's control.", "Douentza"),
])
def test_the_town_is_not_one_named_in_passing(nlp, text, town):
    """"the town" is not where a side fell back to, nor a town in a road's name."""
    doc = read(nlp, text)
    assert [m.location.name for m in doc.mentions if m.role == "reference"] == [town], doc.mentions
    assert [c.location.name for c in doc.claims if c.relation == "holds"] == [town], doc.claims


@pytest.mark.parametrize("text, side, town", [
    ("The army took back Wad Madani on Saturday after weeks of fighting.", "SAF", "Wad Medani"),
    ("Houthi fighters gained control of Marib city on Sunday, residents said.", "Houthis", "Ma'rib"),
    ("The Taliban wrested control of Kunduz from government forces on Sunday.", "Taliban", "Kunduz"),
    ("Kunduz came under Taliban control on Sunday.", "Taliban", "Kunduz"),
    ("The SDF handed Manbij back to government forces on Monday.", "Syrian forces", "Manbij"),
    ("Manbij was handed over to government forces on Monday.", "Syrian forces", "Manbij"),
    ("The army said its forces had liberated the town of Kismayo on Monday.", "Somali forces", "Kismayo"),
])
def test_more_ways_of_telling_a_change_of_hands(nlp, text, side, town):
    doc = read(nlp, text)
    assert ("took", side, town) in holds(doc), holds(doc)
    assert side in {f for f, _ in held(doc)}, held(doc)


@pytest.mark.parametrize("text", [
    "The rebels liberated 40 prisoners from Goma central prison on Monday.",
    "The town of Kunduz came under heavy fire on Sunday.",
    "The Taliban gained ground near Kunduz on Sunday.",
])
def test_no_change_of_hands_without_a_place_taken(nlp, text):
    assert not [c for c in read(nlp, text).claims if c.relation == "took"]


@pytest.mark.parametrize("title, text", [
    ("Russia says it has taken Vuhledar; Ukraine says fighting goes on", "Russia's defence ministry made the claim."),
    (None, "The RSF said it had captured Babanusa; the army said fighting continued."),
])
def test_a_capture_the_other_side_says_is_still_fought_for_draws_no_zone(nlp, title, text):
    doc = read(nlp, text, title=title)
    assert not held(doc), held(doc)
    assert [e.sub_event_type for e in doc.events if "territory" in e.sub_event_type] == [], doc.events


def test_the_capture_told_alone_still_draws_its_zone(nlp):
    doc = read(nlp, "Russia's defence ministry made the claim.", title="Russia says it has taken Vuhledar")
    assert [f for f, _ in held(doc)] == ["Russian forces"], held(doc)
