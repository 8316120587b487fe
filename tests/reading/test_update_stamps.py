"""ev16: an update or correction appended to a story is stamped with its own day ("Update, June 10: ... on
Tuesday"): the days told after the stamp count from it, not from the story's dateline, even when the story told an
old year before (which must not push the stamp's day a year back). Sentences of our own."""
from tests.reading.mapped_events import mapped, read_report

_STORY = ("GAO, June 9 - Militants attacked an army camp near Ansongo late on Sunday, killing 12 soldiers, the army "
          "said on Monday.\n\nThe area was the scene of a similar attack in May 2019.\n\n")


def test_days_after_an_update_stamp_count_from_it(nlp):
    body = _STORY + ("Update, June 10: The army said on Tuesday that its drones had struck the attackers near "
                     "Menaka, killing 20 of them.")
    evs = mapped(read_report(nlp, body, published="2025-06-10"))
    days = {e.event_type: str(e.date.start) for e in evs}
    assert days == {"Battles": "2025-06-08", "Explosions/Remote violence": "2025-06-10"}, evs


def test_without_a_stamp_the_dateline_counts_back_to_last_week(nlp):
    body = _STORY + "The army said on Tuesday that its drones had struck the attackers near Menaka, killing 20."
    evs = mapped(read_report(nlp, body, published="2025-06-10"))
    assert {e.event_type: str(e.date.start) for e in evs}["Explosions/Remote violence"] < "2025-06-09", evs
