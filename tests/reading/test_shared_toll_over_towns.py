"""evy: a killing told over a list of towns with one toll ("killed 20 civilians in Mafa, Konduga and Bama")
is an event per town, as a list of captures or strikes is; the toll stays on the first only, with a note
that it is the list's, so no death is counted twice. Sentences of our own."""
import pytest

from reading.corpus import read_text


def killings(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [e for e in doc.events if e.event_type == "Violence against civilians"]


@pytest.mark.parametrize("text, towns, toll", [
    ("Militants killed 20 civilians in Mafa, Konduga and Bama on Monday, the governor said.",
     {"Mafa", "Konduga", "Bama"}, 20),
    ("Rebels killed 12 villagers in Beni and Butembo on Friday, officials said.", {"Beni", "Butembo"}, 12),
])
def test_one_toll_over_several_towns(nlp, text, towns, toll):
    rows = killings(nlp, text)
    assert {e.location.name for e in rows} == towns, rows
    assert sum(e.fatalities or 0 for e in rows) == toll, rows  # never multiplied
    first = next(e for e in rows if e.fatalities)
    assert "in all" in first.location_note and all(t in first.location_note for t in towns), first


def test_towns_with_tolls_of_their_own_keep_them(nlp):
    rows = killings(nlp, "Gunmen killed 12 villagers in Zurmi and another five in Maru on Sunday.")
    assert sorted((e.location.name, e.fatalities) for e in rows) == [("Maru", 5), ("Zurmi", 12)], rows
    assert not any("in all" in e.location_note for e in rows)
