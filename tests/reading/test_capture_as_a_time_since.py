"""ev14: a change of hands told as the time something is counted from ("since the rebels entered the city", "since
M23 seized Goma"), with no day of its own, is recalled, not news of the report's day (as a relative clause about its
taker is); told with its day ("since the army retook the town on Monday") it stays an event. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "Shops have stayed shut in Goma since M23 rebels seized the city, residents said on Friday.",
    "Aid workers said on Tuesday that 60 patients had died in Mopti since the militants entered the town.",
])
def test_a_capture_the_news_counts_from_is_no_event(nlp, body):
    evs = mapped(read_report(nlp, body, published="2025-10-28"))
    assert [e for e in evs if "territory" in e.sub_event_type] == [], [(e.sub_event_type, e.date) for e in evs]


def test_a_capture_since_a_told_day_is_an_event(nlp):
    evs = mapped(read_report(nlp, "Life has returned to normal in Sake since the army retook the town from M23 on "
                                  "Monday, residents said.", published="2025-10-28"))
    assert [(e.sub_event_type, e.date.start.isoformat()) for e in evs] == [
        ("Government regains territory", "2025-10-27")]
