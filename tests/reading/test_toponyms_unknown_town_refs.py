""""The town"/"the city" after a town the gazetteer does not know stays unplaced, its reason naming
that town: not the dateline city (where a faction's zone would be drawn). Stories unlike the
audit's (other countries, invented villages)."""
import pytest

from reading.corpus import read_text
from tests.reading.places import drawn_at, mention


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-03-06"))


# --- "the town" of a town the gazetteer lacks: unplaced, named in the reason ----------------------


@pytest.mark.parametrize("text, town, dateline", [
    ("BANGUI - Fighters overran the town of Ndakorela in Ouham province on Tuesday.\n"
     "The rebels held the town for two days before withdrawing.", "Ndakorela", "Bangui"),
    ("MOGADISHU, Somalia - Government troops retreated from Wardhiigley on Friday.\n"
     "Al-Shabaab fighters then took control of the town.", "Wardhiigley", "Mogadishu"),
    ("MAIDUGURI, Nigeria - Insurgents stormed Gwazaram before dawn, residents said.\n"
     "The army said it had retaken the town by noon.", "Gwazaram", "Maiduguri"),
    ("BAMAKO - The village of Tessekoro in the Segou region was attacked at dawn.\n"
     "Jihadists seized the town and burned the market.", "Tessekoro", "Bamako"),
])
def test_the_town_of_an_unknown_town_is_not_the_dateline_city(nlp, text, town, dateline):
    doc = read(nlp, text)
    unknown = mention(doc, town)
    assert unknown.place_id is None and unknown.reason == "not in the gazetteer"
    ref = next(m for m in doc.mentions if m.role == "reference")
    assert ref.place_id is None and ref.location is None
    assert town in ref.reason and "not in the gazetteer" in ref.reason
    assert any(p.code == "W204" and p.text == ref.text for p in doc.problems)
    assert dateline not in drawn_at(doc)


def test_the_dateline_city_wins_when_no_other_town_is_named(nlp):
    doc = read(nlp, "BAMAKO - Gunfire was heard overnight.\nSoldiers patrolled the city on Monday.")
    assert mention(doc, "the city").place_id == mention(doc, "BAMAKO").place_id


def test_a_known_town_is_still_the_town(nlp):
    doc = read(nlp, "BAMAKO - Jihadists attacked Mopti on Sunday.\nThey seized the town after hours of fighting.")
    assert mention(doc, "the town").place_id == mention(doc, "Mopti").place_id


def test_an_unknown_place_of_refuge_is_not_the_town(nlp):
    doc = read(nlp, "MAIDUGURI, Nigeria - Insurgents attacked Bama.\nMany residents fled to Gwazaram.\n"
                    "The army said it had retaken the town by noon.")
    assert mention(doc, "the town").place_id == mention(doc, "Bama").place_id


@pytest.mark.parametrize("text", [
    "Niger withdrew from Ecowas last year, the ministry said.",
    "Angola pulled out of Opec in December.",
])
def test_a_bloc_left_is_no_unknown_town(nlp, text):
    doc = read(nlp, text)
    assert not [m for m in doc.mentions if m.reason == "not in the gazetteer"]
