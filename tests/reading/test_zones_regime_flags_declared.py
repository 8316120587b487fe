"""zon3: control an analyst reads that the tool left unread. "The regime" and "regime forces" (the opposition's and
the press's word for the state in Syria or Myanmar) are the forces of the story's country, as "the junta" and
"government forces" are; "government-held X", "the regime-held city of X" (the state's role word joined to the
participle) hold X; a side "declaring X liberated" or "raising its flag over X" took it. Guarded: "the sanctions
regime", "regime change", protesters raising a flag, "declared X a military zone", a place another side captured
from the state's hold. Sentences of our own (other towns, wars and wordings than the golds')."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-06-11"))


def claims(doc):
    return sorted({(c.relation, c.faction, c.location.name) for c in doc.claims})


def sides(doc):
    return [(a.text, a.name) for a in doc.user_data.get("actors", ())]


@pytest.mark.parametrize("text, want", [
    ("Syrian regime forces recaptured Saraqeb in Idlib province on Tuesday.", [("took", "Syrian forces", "Saraqib")]),
    ("Rebels shelled Aleppo on Monday. The regime now controls Khan Sheikhoun after a week of fighting in Idlib province.",
     [("holds", "Syrian forces", "Khān Shaykhūn")]),
    ("Fighting continued near Homs in Syria on Monday. Hama remains in regime hands.",
     [("holds", "Syrian forces", "Ḩamāh")]),
])
def test_the_regime_is_the_state_of_the_story(nlp, text, want):
    assert claims(read(nlp, text)) == want


def test_regime_aircraft_are_the_state_s(nlp):
    doc = read(nlp, "Rebels shelled Aleppo and Hama on Monday. Regime aircraft bombed Idlib, killing seven civilians.")
    assert ("Regime aircraft", "Syrian forces") in sides(doc), sides(doc)


@pytest.mark.parametrize("text", [
    "The sanctions regime on Syria was extended on Monday. Hama and Homs were calm.",
    "Diplomats in Damascus ruled out the regime change Washington sought. Hama and Homs were calm.",
])
def test_a_regime_that_is_no_side_holds_nothing(nlp, text):
    doc = read(nlp, text)
    assert doc.claims == [] and not any(n == "Syrian forces" for _, n in sides(doc)), (claims(doc), sides(doc))


@pytest.mark.parametrize("text, want", [
    ("Air strikes hit the government-held city of Taiz in Yemen on Monday.", [("holds", "Yemeni forces", "Taiz")]),
    ("Rebel shelling hit regime-held Aleppo and Hama in Syria on Sunday.",
     [("holds", "Syrian forces", "Aleppo"), ("holds", "Syrian forces", "Ḩamāh")]),
])
def test_a_state_held_place_is_held_by_the_state(nlp, text, want):
    assert claims(read(nlp, text)) == want


def test_a_state_held_place_taken_tells_its_former_holder(nlp):
    doc = read(nlp, "Jihadists captured the government-held town of Saraqib in Syria's Idlib province on Monday.")
    assert not any(c[1] == "Syrian forces" for c in claims(doc)), claims(doc)


@pytest.mark.parametrize("text, want", [
    ("Ethiopian troops declared the city of Dessie liberated on Monday after the TPLF withdrew.",
     ("took", "Ethiopian forces", "Dessie")),
    ("Iraqi forces retook the government complex in Ramadi on Sunday, declaring the city liberated.",
     ("took", "Iraqi forces", "Ramadi")),
    ("The Philippine military said on Tuesday it had declared Marawi free of militants.",
     ("took", "Philippine forces", "Marawi City")),
    ("Fighters of the Arakan Army hoisted their flag over Buthidaung on Saturday.",
     ("took", "Arakan Army", "Buthidaung Town")),
    ("Ukrainian soldiers raised the national flag over the town hall in Izium on Saturday.",
     ("took", "Ukrainian forces", "Izyum")),
])
def test_declaring_a_place_liberated_or_raising_a_flag_over_it_takes_it(nlp, text, want):
    assert want in claims(read(nlp, text)), claims(read(nlp, text))


@pytest.mark.parametrize("text", [
    "Protesters raised a flag in Kyiv on Monday.",
    "Officials in Mali said the army had declared Gao a military zone.",
    "President Vladimir Putin raised the flag over Mariupol on Monday.",
    "Prime Minister Abiy Ahmed declared Mekelle liberated on Sunday.",
    "The Somali army said on Monday it had declared Baidoa free of polio after a vaccination drive.",
])
def test_a_flag_or_a_declaration_that_takes_nothing(nlp, text):
    assert [c for c in claims(read(nlp, text)) if c[0] == "took"] == []


def test_a_place_that_changed_hands_again_and_again_is_contested_not_held(nlp):
    from layers.zones import zone_timeline

    doc = read(nlp, "Government troops recaptured Babanusa on 2 March. Babanusa has changed hands several times "
                    "since then between the army and the RSF, residents said on Monday.")
    assert ("contested", "SAF", "Babanūsah") in claims(doc), claims(doc)
    rows = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    now = [(r.faction, r.status) for r in rows.itertuples() if r.end is None or str(r.end) == "NaT"]
    assert now == [("SAF", "contested")], rows[["faction", "status", "start", "end"]]


@pytest.mark.parametrize("text", [
    "The company changed hands in 2019 when investors bought it.",
    "The town of Izium has changed hands several times since 2022.",
])
def test_changing_hands_with_no_side_fighting_contests_nothing(nlp, text):
    assert [c for c in claims(read(nlp, text)) if c[0] == "contested"] == []


@pytest.mark.parametrize("text, want", [
    ("KHARTOUM, May 17 - The RSF controls most of Darfur after taking Nyala.", [("holds", "RSF", "Darfur")]),
    ("KHARTOUM, May 17 - The RSF controls most of Darfur, including El Fasher.", [("holds", "RSF", "El Fasher")]),
    ("KYIV, May 17 - Russian forces hold nearly all of Luhansk region.", [("holds", "Russian forces", "Luhans'k")]),
])
def test_most_of_a_region_held_is_the_region_held(nlp, text, want):
    assert claims(read(nlp, text)) == want


@pytest.mark.parametrize("text", [
    "KABUL, May 17 - The Taliban control most of the country after a rapid advance.",
    "KYIV, May 17 - Russian forces hold parts of Kharkiv region.",
    "KYIV, May 17 - Russian forces hold all of Luhansk region except Bilohorivka.",
])
def test_most_of_a_country_or_parts_of_a_region_draw_nothing(nlp, text):
    assert claims(read(nlp, text)) == []
