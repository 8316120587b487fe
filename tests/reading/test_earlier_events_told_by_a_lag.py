"""An earlier event told as a lag from the sentence's event ("..., a day after a drone attack on
Kupiansk") keeps its own place, toll and day (the day before), and the sentence's event keeps its own;
an earlier event with no place of its own is only a time reference (reported before) and no event.
Sentences of several conflicts."""
from reading.corpus import read_text


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def rows(doc):
    return sorted((getattr(e.location, "name", ""), str(e.date.start), e.fatalities) for e in doc.events)


def test_a_drone_attack_a_day_before_keeps_its_town_and_day(nlp):
    doc = read(nlp, "Russian artillery shelled Nikopol on Thursday, killing one man, a day after a drone attack on "
                    "Marhanets.", published="2025-04-11")
    assert rows(doc) == [("Marhanets", "2025-04-09", None), ("Nikopol", "2025-04-10", 1)], rows(doc)


def test_each_event_keeps_its_own_toll(nlp):
    doc = read(nlp, "Gunmen killed four worshippers at a church in Kafanchan on Sunday, two days after an attack "
                    "on a market in Kagoro killed nine people.", published="2025-04-08")
    assert rows(doc) == [("Kafanchan", "2025-04-06", 4), ("Kagoro", "2025-04-04", 9)], rows(doc)


def test_the_main_events_place_is_not_taken_by_the_earlier_one(nlp):
    doc = read(nlp, "Militants attacked a mosque in Maiduguri on Friday, a week after an attack on a church in Biu.",
               published="2025-04-12")
    assert [getattr(e.location, "name", "") for e in doc.events if str(e.date.start) == "2025-04-11"] == \
        ["Maiduguri"], rows(doc)
    assert any(getattr(e.location, "name", "") == "Biu" for e in doc.events), rows(doc)


def test_a_killing_days_before_a_protest_is_not_its_repression(nlp):
    doc = read(nlp, "Protesters marched in Mombasa on Tuesday, two days after police shot dead a student in Kilifi.")
    got = {(e.event_type, getattr(e.location, "name", "")) for e in doc.events}
    assert ("Violence against civilians", "Kilifi") in got, got
    assert all(e.sub_event_type != "Excessive force against protesters" for e in doc.events), doc.events


def test_an_earlier_attack_with_no_place_of_its_own_is_no_second_event(nlp):
    doc = read(nlp, "Israeli strikes killed eight people in Jabalia on Monday, a day after a strike that killed "
                    "a family of five.")
    assert rows(doc) == [("Jabālyā", "2025-04-07", 8)], rows(doc)


def test_a_capture_a_week_after_the_town_fell(nlp):
    doc = read(nlp, "The army retook Gwoza on Monday, a week after the jihadists seized the town.")
    got = sorted((e.sub_event_type, str(e.date.start)) for e in doc.events)
    assert ("Non-state actor overtakes territory", "2025-03-31") in got, got
