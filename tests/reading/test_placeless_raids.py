"""An event whose sentence names no place is never silently dropped: it is kept at the best place the
article supports (the one area it names, else its country) with precision 3 and a note, or, when nothing
places it, kept unplaced and reported (W402). A raid or storming of an armed group's camp, hideout or base
is such an event (a battle), with or without a toll. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.violence import violent


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-10-08"))


@pytest.mark.parametrize("text", [
    "Malian soldiers raided a JNIM camp on Monday.",
    "Malian soldiers raided a JNIM camp on Monday, killing nine fighters.",
    "Malian commandos stormed a jihadist hideout on Monday.",
])
def test_a_raid_on_a_camp_with_no_place_is_kept_in_the_country(nlp, text):
    got = violent(read(nlp, text))
    assert len(got) == 1, got
    ev = got[0]
    assert (ev.event_type, ev.location.name, ev.location.precision) == ("Battles", "Mali", 3), ev
    assert ev.location_note and ev.actor1.startswith("Mali"), ev


def test_whose_camp_was_raided_is_the_other_side(nlp):
    got = violent(read(nlp, "Kenyan troops raided an al-Shabaab hideout near Lamu on Sunday."))
    assert [(e.actor1, e.actor2) for e in got] == [("Kenyan forces", "al-Shabaab")], got


def test_a_placeless_raid_goes_to_the_one_area_the_article_names(nlp):
    doc = read(nlp, "Army raids camp\n\nSoldiers raided a bandit camp on Sunday, killing six, the army said. "
                    "The operation was part of a wider push across Zamfara State.")
    got = violent(doc)
    assert len(got) == 1 and got[0].location.name == "Zamfara" and got[0].location.precision == 3, got


def test_with_nothing_to_place_it_the_raid_is_reported_not_dropped(nlp):
    doc = read(nlp, "Soldiers raided a militant hideout on Sunday, killing six.")
    got = violent(doc)
    assert len(got) == 1 and got[0].location is None and got[0].location_note, got
    assert any(p.code == "W402" for p in doc.problems), doc.problems


def test_a_raid_on_a_displacement_camp_stays_an_attack_on_civilians(nlp):
    got = violent(read(nlp, "Gunmen raided a displacement camp in Djugu on Monday, killing seven civilians."))
    assert [(e.event_type, e.fatalities) for e in got] == [("Violence against civilians", 7)], got
