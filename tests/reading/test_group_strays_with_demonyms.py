"""An armed group and a nationality named say where the story is, against a lone small namesake on
another continent: "Kenyan troops attacked an al-Shabaab camp near <village>" where the gazetteer's
only town of the name lies in Kazakhstan. Troops vote less than a town (they fight abroad too), so the
far town used to win the article's country and its events were drawn there. Now the town is left
unplaced (reported), and the article's country is the one the remaining clues give."""
from __future__ import annotations

from reading.corpus import read_text
from tests.reading.places import points_of


def test_a_far_lone_town_is_left_unplaced(gaz):
    assert points_of("Kenyan troops attacked an al-Shabaab base near Kulan on Sunday.", gaz, "Kulan") == [(None, None)]
    assert points_of("Ugandan soldiers raided an ADF hideout close to Kulan.", gaz, "Kulan") == [(None, None)]


def test_a_town_where_the_group_fights_is_kept(gaz):
    (p,) = points_of("Kenyan troops attacked an al-Shabaab camp near Mpeketoni.", gaz, "Mpeketoni")
    assert p[0] is not None and abs(p[0] + 2.39) < 0.3  # Lamu county, Kenya
    (p,) = points_of("French troops attacked a JNIM camp near Menaka.", gaz, "Menaka")
    assert p[0] is not None and abs(p[0] - 15.92) < 0.3  # Mali, though France is far


def test_the_event_goes_to_the_troops_country_not_the_namesakes(nlp):
    doc = nlp(read_text("Kenyan troops attacked an al-Shabaab base near Kulan on Sunday, killing nine militants.",
                        doc_id="t", published="2025-03-08"))
    assert doc.focus_country == "KE"
    assert [e.location.country for e in doc.events] == ["KE"]
    assert any(p.kind == "unplaced" and "Kulan" in p.text for p in doc.problems)


def test_a_group_alone_gives_the_country_when_nothing_else_votes(nlp):
    doc = nlp(read_text("The RSF shelled Kulan on Monday, killing 12 civilians.", doc_id="t", published="2025-03-08"))
    assert doc.focus_country == "SD"
    assert all(e.location is None or e.location.country == "SD" for e in doc.events)
