"""ev16: "The strike killed four civilians in Odesa" after a sentence telling a strike is that strike's toll at a
place: a strike of its day, not an attack on civilians on the publication day; a labour strike is none. Sentences
of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_the_strike_killed_is_the_strike_told_before(nlp):
    body = ("KYIV, June 9 - Russian forces launched a combined missile and drone strike against Ukraine overnight on "
            "June 6 to 7. The strike killed three civilians in Odesa, officials said.")
    evs = [e for e in mapped(read_report(nlp, body, published="2025-06-09")) if e.location.name == "Odesa"]
    assert [(e.event_type, str(e.date.end), e.fatalities) for e in evs] == [
        ("Explosions/Remote violence", "2025-06-07", 3)], evs


def test_a_labour_strike_is_none(nlp):
    body = "KYIV, June 9 - Dock workers in Odesa went on strike on Monday. The strike halted grain exports."
    assert mapped(read_report(nlp, body, published="2025-06-09")) == []
