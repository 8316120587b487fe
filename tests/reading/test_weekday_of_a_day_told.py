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



def test_only_its_own_sentence_lends_a_weekday_its_day():
    """sp23: the day told is looked for back to the sentence's start only (the walk stops there): a Friday told in
    an earlier sentence, after many other dates, gives a later "on Friday" nothing (last Friday before publication)."""
    import datetime as dt

    from reading.dates import find_dates

    history = " ".join(f"Talks were held in Geneva on {d} June 2024." for d in range(1, 25))
    text = (f"{history} On 4 April 2025 a drone struck a depot near Sumy after Friday prayers. "
            "Rescuers in Poltava said on Friday that two people were hurt.")
    found = [(m.text, m.date.start) for m in find_dates(text, dt.date(2025, 4, 16)) if m.date][-3:]
    assert found == [("On 4 April 2025", dt.date(2025, 4, 4)), ("after Friday", dt.date(2025, 4, 4)),
                     ("on Friday", dt.date(2025, 4, 11))], found
