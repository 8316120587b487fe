"""A fight told over a whole year with no toll and no day ("Since fighting began in Oromia last year", "Rebels have
attacked Butembo twice this year") is the year's course, kept as background, not an event of a day; a killing told
with its toll in a year ("Earlier this year, gunmen killed 12 villagers in Bokkos") stays on the map."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def read(nlp, body):
    return read_report(nlp, body, published="2025-05-06", title="Aid under fire")


@pytest.mark.parametrize("body", [
    "Since fighting began in Oromia last year, clinics have been looted and staff detained.",
    "Fighting in Amhara this year has displaced thousands of families.",
    "Rebels have attacked Butembo twice this year, the mayor said.",
])
def test_a_years_course_is_no_event_of_a_day(nlp, body):
    doc = read(nlp, body)
    assert mapped(doc) == [] and any(e.background for e in doc.events), doc.events


def test_a_killing_with_its_toll_in_a_year_stays(nlp):
    doc = read(nlp, "Earlier this year, gunmen killed 12 villagers in Bokkos.")
    assert [(e.event_type, e.fatalities) for e in mapped(doc)] == [("Violence against civilians", 12)], doc.events
