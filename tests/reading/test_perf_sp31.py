"""Shortcuts taken for speed give what the long way gives (twenty-sixth session, sp31)."""
import datetime as dt
import random

import reading.dates as D

_WORDS = ["On", "on", "By", "the", "The", "day", "Day", "DAY", "days", "490", "100th", "3rd", "three", "third",
          "of", "OF", "siege", "strike", "talks", "offensive", "truce", "a", "A", "Two", "two", "12", "week", "weeks",
          "WEEKS", "we\u212aks", "hours", "HOURS", "48", "month", "months", "into", "INTO", "Into", "which", "that",
          "began", "BEGAN", "Began", "begun", "started", "\u017ftarted", "launched", "opened", "erupted", "broke out",
          "took effect", "too\u212a effect", "came into force", "on 10 May 2024", "on 1 September", "9 November",
          "on Sunday", "last year", "Monday", "in Nairobi", "at dawn", ",", ".", ";", "said", "went", "say", "-"]


def _random_texts(rng, n=1500):
    return [rng.choice([" ", " ", "\n"]).join(rng.choice(_WORDS) for _ in range(rng.randint(3, 30)))
            for _ in range(n)]


def _dates(text):
    return [(m.start, m.end, m.text, repr(m.date), m.future, m.reason)
            for m in D.find_dates(text, dt.date(2025, 9, 20))]


def test_a_count_of_days_is_still_dated_from_its_start():
    got = {m.text: str(m.date.start) for m in D.find_dates(
        "Residents marked day 100 of the blockade, which began on 3 March 2025, with a vigil.", dt.date(2025, 6, 12))
        if m.date is not None}
    assert got.get("day 100 of the blockade") == "2025-06-10"
    got = {m.text: str(m.date.start) for m in D.find_dates(
        "Three weeks into the ceasefire that took effect on 4 August, aid convoys still wait.", dt.date(2025, 9, 1))
        if m.date is not None}
    assert got.get("Three weeks into the ceasefire") == "2025-08-25"


def test_gates_of_the_counted_days_skip_no_count(monkeypatch):
    """The text-wide test for a start verb and the window test for a unit around " into " only skip searches that
    find nothing: random texts (upper case, the Kelvin sign and the long s included) read the same without them."""
    rng = random.Random(31)
    texts = _random_texts(rng)
    gated = [_dates(t) for t in texts]
    monkeypatch.setattr(D, "_start_verb_told", lambda text: True)
    monkeypatch.setattr(D, "_any_in", lambda window, pieces: True)
    counted = 0
    for t, want in zip(texts, gated):
        got = _dates(t)
        assert got == want, t
        counted += sum(1 for g in got if g[3].find("'context'") > 0)
    assert counted > 150


def test_a_timeline_item_still_takes_its_year_heading_found_late():
    """The year headings are found only when a yearless date opening its line asks (most texts have none): random
    timelines, their headings and items in any order, still date each item in the year of the heading above it."""
    rng = random.Random(3126)
    months = ["Jan", "March", "Oct", "November", "Feb."]
    for _ in range(200):
        lines, want, year = ["Timeline of the conflict, with a date in prose: talks on 4 May went nowhere."], [], None
        for _ in range(rng.randint(2, 9)):
            if year is None or rng.random() < 0.3:
                year = str(rng.randint(1990, 2024))
                lines.append(rng.choice([year, f"## {year}", f"**{year}**", f"{year}:"]))
            else:
                day, month = rng.randint(1, 28), rng.choice(months)
                lead = rng.choice(["", "- ", "* ", "3. "])
                lines.append(f"{lead}{month} {day}: fighting near the border, officials said.")
                want.append((f"{month} {day}", year))
        text = "\n".join(lines)
        got = {(m.text, str(m.date.start.year)) for m in D.find_dates(text, dt.date(2025, 1, 15))
               if m.date is not None}
        for item in want:
            assert item in got, (item, text)
