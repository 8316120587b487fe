"""A place told as having fallen with no side after the verb ("Kunduz fell on Sunday") is a change of
hands when the side is told around it, as an analyst reads it: after the day ("..., leaving the rebels in
control of the road", "fell on Sunday to the rebels"), in the sentence before, where a side went into it,
or by a capture told just before ("X also fell"). With no side, or no place falling, nothing is taken.
Sentences of our own."""
import datetime as dt

import pytest

from reading.corpus import read_text


def captures(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2024-03-09"))
    return [(e.actor1, e.location.name if e.location else None, e.date.start)
            for e in doc.events if "territory" in e.sub_event_type]


@pytest.mark.parametrize("text, side, town", [
    ("Kunduz, 250 km north of Kabul, fell on Sunday, leaving the Taliban in control of the border road.",
     "Taliban", "Kunduz"),
    ("Al-Shabaab fighters moved into the town on Saturday. Jowhar fell on Sunday, residents said.",
     "al-Shabaab", "Jawhar"),
    ("Kidal fell on Sunday to the Malian army after days of air strikes.", "Malian", "Kidal"),
])
def test_a_fallen_place_is_taken_by_the_side_told_around_it(nlp, text, side, town):
    got = captures(nlp, text)
    assert any(side.lower() in a.lower() and town in (p or "") and d == dt.date(2024, 3, 3) for a, p, d in got), got


def test_a_place_that_also_fell_is_taken_by_the_side_of_the_capture_before(nlp):
    got = captures(nlp, "The RSF captured Nyala on Friday. Zalingei also fell on Saturday, officials said.")
    assert any(a == "RSF" and (p or "").startswith("Zalin") for a, p, _ in got), got


@pytest.mark.parametrize("text", [
    "Oil prices fell on Monday, and the shilling fell after the central bank's announcement.",
    "The coalition government fell on Tuesday after a vote of no confidence in Nairobi.",
    "Jowhar fell silent on Sunday.",
    "Shells fell on Kharkiv overnight, wounding three people.",
    "Turnout in Mombasa fell on Tuesday, officials said.",
])
def test_nothing_is_taken_when_no_place_falls_to_a_side(nlp, text):
    assert captures(nlp, text) == []


def test_a_fall_told_again_after_its_capture_is_not_a_second_capture(nlp):
    got = captures(nlp, "The Taliban captured Kunduz on Sunday. Kunduz fell after government troops withdrew to the "
                        "airport overnight, officials said.")
    assert len([p for _, p, _ in got if p == "Kunduz"]) == 1, got
