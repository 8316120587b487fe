"""Blasts a strike set off ("struck an ammunition depot near Polohy, 30 km south of the town, setting off explosions
that lasted hours") are the strike's effect: one event, the strike, even when a distance stands between them; a bomb
that exploded on its own is still an event."""
from reading.corpus import read_text
from tests.reading.mapped_events import kinds, mapped


def read(nlp, body, published="2026-08-14"):
    return nlp(read_text(f"Depot hit\n\n{body}", doc_id="t", published=published, title="Depot hit"))


def test_explosions_a_strike_set_off_are_no_second_event(nlp):
    doc = read(nlp, "On Tuesday, Ukrainian drones struck a Russian fuel depot near Tokmak, 20 km east of the town, "
                    "setting off explosions that lasted several hours.")
    assert kinds(mapped(doc)) == [("Explosions/Remote violence", "Air/drone strike")], doc.events


def test_a_bomb_that_exploded_is_still_an_event(nlp):
    doc = read(nlp, "A car bomb exploded in Mogadishu on Monday, killing five people.")
    assert kinds(mapped(doc)) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")], doc.events
