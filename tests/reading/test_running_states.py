"""A running state told with "since" and a perfect ("Since April, clashes have been reported in X") is one
event over the span from that start to the publication day, dated coarsely (dates.py's precisions: "week"
for a few days, else "month"), not a day on publication nor the start month alone; one told from over a
year ago stays background. Sentences of our own."""
import datetime as dt

from reading.corpus import read_text

D = dt.date


def events(nlp, text, published="2025-07-20"):
    return nlp(read_text(text, doc_id="t", published=published)).events


def test_since_a_month_clashes_reported_span_to_publication(nlp):
    evs = events(nlp, "Since May, clashes have been reported in Kadugli between the army and the SPLM-N.")
    assert len(evs) == 1, evs
    ev = evs[0]
    assert (ev.date.start, ev.date.end) == (D(2025, 5, 1), D(2025, 7, 20))
    assert ev.date.time_precision == 3 and not ev.background


def test_since_a_weekday_fighting_has_continued_is_a_few_days(nlp):
    evs = events(nlp, "Since Thursday, fighting has continued in Kalemie between the army and Mai-Mai fighters.")
    assert len(evs) == 1, evs
    assert (evs[0].date.start, evs[0].date.end) == (D(2025, 7, 17), D(2025, 7, 20))
    assert evs[0].date.time_precision == 2 and not evs[0].background


def test_the_perfect_may_come_after_a_long_subject(nlp):
    evs = events(nlp, "Since June, attacks by ISWAP fighters on army bases, often at night and with drones, have "
                      "intensified around Monguno.")
    assert evs and all((e.date.start, e.date.end) == (D(2025, 6, 1), D(2025, 7, 20)) for e in evs), evs


def test_a_state_since_years_ago_stays_background(nlp):
    evs = events(nlp, "Since January 2021, clashes have been reported in Lashio.")
    assert evs and all(e.background for e in evs), evs


def test_one_attack_told_with_since_keeps_its_day(nlp):
    evs = events(nlp, "Gunmen attacked Kadugli on Friday, the first attack on the town since May.")
    assert len(evs) == 1 and evs[0].date.start == evs[0].date.end == D(2025, 7, 18), evs


def test_a_since_after_the_trigger_with_a_perfect_spans_too(nlp):
    evs = events(nlp, "Clashes have killed more than 300 people in Kadugli since May, the UN said.")
    assert len(evs) == 1, evs
    assert (evs[0].date.start, evs[0].date.end, evs[0].date.precision) == (D(2025, 5, 1), D(2025, 7, 20), "month")
    assert evs[0].fatalities is None  # a running total, no one event's toll


def test_a_trigger_in_the_perfect_spans_from_its_since(nlp):
    evs = events(nlp, "Gunmen have attacked Dilling four times since Thursday, residents said.")
    assert len(evs) == 1, evs
    assert (evs[0].date.start, evs[0].date.end) == (D(2025, 7, 17), D(2025, 7, 20))


def test_a_since_in_a_relative_clause_before_the_trigger_is_not_the_events(nlp):
    evs = events(nlp, "The militia, which has besieged Kadugli since May, shelled the town's main market on Friday.")
    assert len(evs) == 1 and evs[0].date.start == evs[0].date.end == D(2025, 7, 18), evs


def test_a_relative_clause_in_the_sentence_before_does_not_take_the_next_ones_date(nlp):
    # the "which" closes the sentence before: "On Tuesday" is the shooting's own day
    text = ("Police blamed a local gang for the bomb, which they said was hidden in a parked van.\n\n"
            "On Tuesday, gunmen opened fire on a bus outside Kadugli, killing three passengers, officials said.")
    evs = [e for e in events(nlp, text) if "bus" in e.evidence.sentence]
    assert len(evs) == 1 and evs[0].date.start == evs[0].date.end == D(2025, 7, 15), evs
