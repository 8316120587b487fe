"""A town's name written after another capitalised word that is no place, no English word and no
nationality is the end of a longer name the gazetteer lacks ("Tecún Umán" on the Guatemalan border is not
Umán, Yucatán; "Kfar Mahmoud Rayak" style compounds), listed whole and unplaced rather than pinned on the
fragment's namesake. Two places side by side, a word of English before the town, or a name opening a
sentence keep their reading."""
from __future__ import annotations

from reading.geoparse import geoparse


def _rows(text: str, gaz):
    return [(text[r["start"]:r["end"]], r["lat"]) for r in geoparse(text, gazetteer=gaz)]


def test_the_end_of_a_longer_unknown_name_is_not_its_namesake(gaz):
    rows = _rows("Hundreds of migrants waited in Tecún Umán before crossing the river into Chiapas.", gaz)
    assert ("Tecún Umán", None) in rows and all(s != "Umán" for s, _ in rows)


def test_a_fragment_in_a_list_after_a_known_town(gaz):
    rows = _rows("Police in Tapachula and Tecún Umán said the caravan had split up.", gaz)
    assert ("Tecún Umán", None) in rows and rows[0] == ("Tapachula", rows[0][1]) and rows[0][1] is not None


def test_two_places_side_by_side_stay_two(gaz):
    rows = _rows("The bus left Rumbek for Wau on Monday, and another went from Juba Yei road.", gaz)
    assert [s for s, lat in rows if lat is not None][:2] == ["Rumbek", "Wau"]


def test_an_english_word_or_a_nationality_before_a_town_changes_nothing(gaz):
    rows = _rows("Heavy rain flooded Central Lagos, and Nigerian Kano traders closed their shops.", gaz)
    assert any(s.endswith("Lagos") and lat is not None for s, lat in rows)
    assert any(s.endswith("Kano") and lat is not None for s, lat in rows)


def test_an_event_at_a_fragment_is_not_pinned_on_its_namesake(nlp):
    from reading.corpus import read_text

    text = "Gunmen attacked a migrant shelter in Tecún Umán on Tuesday, killing two people, police said."
    doc = nlp(read_text(text, doc_id="t", published="2026-05-02"))
    assert any(m.text == "Tecún Umán" and m.place_id is None for m in doc.mentions)
    # (no vote for Ukraine either: the event is not drawn there)
    assert all(getattr(e.location, "name", "") not in ("Uman", "Umán", "Ukraine") for e in doc.events)
