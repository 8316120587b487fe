"""cap2: two captures told in one sentence, each with its own date ("seized X in January, and in February took Y",
"captured X before taking Y in March", "then took Y", "and then Y on 3 May"): two events, two control claims,
each on its own day; a capture of the same place again, or a shelling before a capture, adds none. Sentences of
our own (Afghanistan, Mali, Ethiopia, Yemen, Myanmar)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, read_report


def _captures(evs) -> list[tuple[str, dt.date]]:
    return sorted((e.location.name, e.date.start) for e in evs if "territory" in e.sub_event_type)


@pytest.mark.parametrize("body, first, second", [
    ("The Taliban seized Kunduz in March, and in April took Taloqan, officials said.",
     ("Kunduz", dt.date(2025, 3, 1)), ("Taloqan", dt.date(2025, 4, 1))),
    ("Fano militiamen captured Lalibela on 2 May and then took Gondar on 5 May.",
     ("Lalibela", dt.date(2025, 5, 2)), ("Gonder", dt.date(2025, 5, 5))),
    ("JNIM fighters overran Gao in March before seizing Ansongo in April, residents said.",
     ("Gao", dt.date(2025, 3, 1)), ("Ansongo", dt.date(2025, 4, 1))),
    ("The Arakan Army captured Paletwa in January, then took Kyauktaw in February.",
     ("Kyauktaw", dt.date(2025, 2, 1)), ("Paletwa", dt.date(2025, 1, 1))),
    ("JNIM seized Gao in March and then Ansongo on 3 May.",
     ("Ansongo", dt.date(2025, 5, 3)), ("Gao", dt.date(2025, 3, 1))),
])
def test_two_dated_captures_are_two_events_each_on_its_day(nlp, body, first, second):
    doc = read_report(nlp, body)
    assert _captures(mapped(doc)) == sorted([first, second]), \
        [(e.sub_event_type, e.location.name, e.date.start) for e in doc.events]
    assert sorted(c.location.name for c in doc.claims) == sorted([first[0], second[0]]), doc.claims


@pytest.mark.parametrize("body", [
    "The army shelled Kunduz on Monday before taking Taloqan.",
    "Houthi fighters captured Marib in March, and in April took control of its airport.",
])
def test_no_second_capture_without_a_second_place_taken(nlp, body):
    assert len(_captures(mapped(read_report(nlp, body)))) <= 1
