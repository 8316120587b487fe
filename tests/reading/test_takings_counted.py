"""evb: places or ships counted as taken over a period ("have seized 12 ships since November", "captured more than
40 towns this year", "has taken over 20 villages since July") are a tally of many takings, kept on the background
layer: no capture drawn at the region's centre on the report's day. A count taken on one day stays that day's
news. Sentences of our own (Yemen, Sudan, Mali, Ukraine, Somalia)."""
import pytest

from tests.reading.mapped_events import mapped, read_article


@pytest.mark.parametrize("text", [
    "SANAA, Oct 2 - The Houthis have seized 12 ships since November, the U.S. Navy said.",
    "KHARTOUM, Oct 2 - The RSF has taken over 20 villages in North Kordofan since July, monitors said.",
    "BAMAKO, Oct 2 - Jihadists have seized dozens of villages in central Mali this year, the UN said.",
    "KYIV, Oct 2 - Russian forces have captured 15 villages in Donetsk region since the start of September.",
    "MOGADISHU, Oct 2 - Al-Shabaab has overrun more than ten army bases in Hiiraan since March, officials said.",
])
def test_a_count_of_takings_over_a_period_is_no_capture(nlp, text):
    assert mapped(read_article(nlp, text, "2025-10-02")) == []


@pytest.mark.parametrize("text", [
    "KYIV, Oct 2 - Russian forces captured three villages near Pokrovsk on Tuesday, analysts said.",
    "KHARTOUM, Oct 2 - The RSF seized two towns in North Kordofan on Wednesday, monitors said.",
])
def test_a_count_taken_on_one_day_is_that_day_s_capture(nlp, text):
    assert [e.sub_event_type for e in mapped(read_article(nlp, text, "2025-10-02"))] == \
        ["Non-state actor overtakes territory"]
