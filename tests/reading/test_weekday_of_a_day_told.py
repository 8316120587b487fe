"""ev16: a weekday after a day its sentence told, falling on that weekday ("On 14 March a bomb exploded ... after
Friday prayers", 14 March 2025 being a Friday), is that day, not the same weekday before publication. A weekday
that is not the told day's keeps its own reading. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_report


def test_a_weekday_on_the_day_told_is_that_day(nlp):
    body = ("KABUL, March 21 - On 14 March a bomb exploded at a mosque in Kunduz after Friday prayers, killing "
            "five worshippers, officials said.")
    evs = mapped(read_report(nlp, body, published="2025-03-21"))
    assert [(e.event_type, str(e.date.start)) for e in evs] == [("Explosions/Remote violence", "2025-03-14")], evs


def test_another_weekday_keeps_its_own_day(nlp):
    body = ("KABUL, March 21 - On 13 March a bomb exploded at a market in Kunduz, and on Friday police arrested "
            "two suspects in Baghlan.")
    evs = mapped(read_report(nlp, body, published="2025-03-21"))
    assert sorted(str(e.date.start) for e in evs) == ["2025-03-13", "2025-03-21"], evs
