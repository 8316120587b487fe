"""evv: the captures of one clause. (a) "entered X after taking Y" tells two changes of hands, Y's first (on "the
day before" when told so), each drawn as a zone; "withdrew from X after capturing it" still tells one. (b)
"captured X after nearly a week of fighting", "took control of the mining town of X after clashes" (X not in the
gazetteer): the capture's own fight, one event. Sentences of our own (Mali, Niger, CAR, Somalia, DR Congo)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, read_report


def _captures(evs) -> list[tuple[str, dt.date]]:
    return sorted((e.location.name, e.date.start) for e in evs if "territory" in e.sub_event_type)


def test_an_entry_after_taking_another_town_is_two_captures(nlp):
    doc = read_report(nlp, "NIAMEY, June 3 - Jihadist fighters entered Ayorou on Sunday after taking Tillaberi the "
                           "day before, residents said.")
    assert _captures(mapped(doc)) == [("Ayorou", dt.date(2025, 6, 1)), ("Tillabéri", dt.date(2025, 5, 31))], \
        [(e.sub_event_type, e.location.name, e.date.start) for e in doc.events]
    assert len(doc.claims) == 2, doc.claims


def test_a_retaking_after_retaking_keeps_each_day(nlp):
    evs = mapped(read_report(nlp, "NIAMEY, June 3 - Nigerien troops recaptured Diffa on Monday after retaking Bosso "
                                  "on Saturday, the army said."))
    assert _captures(evs) == [("Bosso", dt.date(2025, 5, 31)), ("Diffa", dt.date(2025, 6, 2))], evs


@pytest.mark.parametrize("body", [
    "Islamist fighters seized Kidal on Wednesday, a day after overrunning Tessalit, officials said.",
    "Al-Shabaab militants took Beledweyne on Friday, two days after capturing Jowhar, police said.",
])
def test_a_capture_told_after_a_lag_is_the_first_taker_s_not_the_speaker_s(nlp, body):
    """Whoever tells of it at the end of the sentence ("police said") took nothing: a zone of theirs
    would hand the town to its defenders."""
    doc = read_report(nlp, body)
    takers = {e.location.name: e.actor1 for e in mapped(doc) if "territory" in e.sub_event_type}
    assert len(takers) == 2 and len(set(takers.values())) == 1, takers
    assert {c.faction for c in doc.claims} == set(takers.values()), doc.claims


@pytest.mark.parametrize("body", [
    "BAMAKO, June 3 - The army withdrew from Menaka on Sunday, two weeks after capturing it.",
    "BAMAKO, June 3 - Rebels captured Kidal on Sunday after seizing it from the army.",
])
def test_a_gerund_with_no_new_place_adds_no_capture(nlp, body):
    assert len(_captures(mapped(read_report(nlp, body)))) == 1


@pytest.mark.parametrize("body", [
    "BANGUI, June 3 - CPC rebels captured Kaga-Bandoro on Monday after nearly a week of fighting with government "
    "troops, local officials said.",
    "MOGADISHU, June 3 - Al-Shabaab fighters seized Bulo Burde on Monday after more than two days of heavy "
    "clashes with the army.",
])
def test_a_capture_after_nearly_a_week_of_fighting_is_one_event(nlp, body):
    evs = mapped(read_report(nlp, body))
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"], \
        [(e.sub_event_type, e.location.name) for e in evs]


def test_a_capture_of_a_place_not_found_after_clashes_is_one_event(nlp):
    evs = mapped(read_report(nlp, "GOMA, June 3 - On 30 May, M23 rebels took control of the mining town of Lukweti "
                                  "after clashes with Wazalendo militias, residents said."))
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"], \
        [(e.sub_event_type, e.location.name) for e in evs]
