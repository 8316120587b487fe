"""A live blog's stamps read as a clock: an entry's day is its heading's, or the publication day at the blog's newest
end, and a stamp hours earlier on the clock than the one before has crossed midnight; its undated events take it."""
from __future__ import annotations

import datetime as dt

from reading.blog_stamps import entry_day, stamp_days
from reading.corpus import read_text
from reading.dates import find_dates
from tests.reading.mapped_events import mapped

D = dt.date


def _days(text, published, headings=()):
    return [(text[s:e], d) for s, e, d in stamp_days(text, published, headings)]


def test_stamps_before_midnight_in_a_blog_published_the_next_day_are_the_day_before():
    blog = ("Sudan live: drone attack on Kosti\n20:55 GMT - Air defences opened fire over the city.\n"
            "23:40 GMT - A power station was hit, residents said.\n01:05 GMT - Two civilians were killed.")
    assert _days(blog, D(2026, 8, 16)) == [("20:55 GMT", D(2026, 8, 15)), ("23:40 GMT", D(2026, 8, 15)),
                                          ("01:05 GMT", D(2026, 8, 16))]


def test_a_blog_with_its_newest_entry_first_counts_down_the_page():
    blog = ("Gaza live\n02:30 GMT: Strikes continue in Khan Younis.\n00:10 GMT: Rescuers reach the camp.\n"
            "22:45 GMT: Jets struck a school in Nuseirat.")
    assert [d for _, d in _days(blog, D(2026, 4, 9))] == [D(2026, 4, 9), D(2026, 4, 9), D(2026, 4, 8)]


def test_a_day_heading_and_a_weekday_in_the_stamp_tell_the_day():
    blog = ("Live updates\nThursday 11 June\n9:40 p.m. ET — Sirens in Haifa.\n11:55 p.m. ET — Interceptions seen.\n"
            "12:20 a.m. ET — Debris fell on a road.\nFriday 06:15 GMT — The army lifted restrictions.")
    headings = [(blog.index("\n9:40"), D(2026, 6, 11))]
    assert [d for _, d in _days(blog, D(2026, 6, 12), headings)] == [D(2026, 6, 11), D(2026, 6, 11),
                                                                     D(2026, 6, 12), D(2026, 6, 12)]


def test_no_blog_no_stamps():
    assert _days("Talks resumed at 10:30 GMT in Doha, officials said.", D(2026, 4, 9)) == []
    assert _days("10.5 million people need aid.\n12.3 percent of homes were hit.", D(2026, 4, 9)) == []
    assert entry_day([], 5) is None


def test_a_relative_day_heads_no_entries():
    blog = "Live: floods\nUpdated 6 hours ago\n22:10 GMT - Rivers rose.\n00:40 GMT - A bridge collapsed."
    found = find_dates(blog, D(2026, 2, 3))
    from reading.blog_stamps import day_headings
    assert [d for _, d in _days(blog, D(2026, 2, 3), day_headings(blog, found))] == [D(2026, 2, 2), D(2026, 2, 3)]


def test_undated_entries_take_their_stamps_day(nlp):
    text = ("Ukraine live: strikes on the power grid\n"
            "21:50 GMT - Drones hit a substation in Chernihiv, the governor says.\n"
            "00:20 GMT - Missiles struck an energy facility in Poltava, killing two.")
    days = {e.location.name: e.date.start for e in mapped(nlp(read_text(text, doc_id="t", published="2026-03-08")))}
    assert days.get("Chernihiv") == D(2026, 3, 7), days
    assert days.get("Poltava") == D(2026, 3, 8), days


def test_minutes_ago_is_the_publication_day():
    (m,) = find_dates("Last updated 42 minutes ago", D(2026, 6, 12))
    assert m.text == "42 minutes ago" and (m.date.start, m.date.end) == (D(2026, 6, 12), D(2026, 6, 12))


def test_bare_clock_stamps_under_day_headings(nlp):
    """dat13: a log's bare "HH:MM" stamps before each entry's first word, under day headings in either order, are
    their heading's day, across midnight too; a decimal ("10.30 Sudan", "12.5 million") is no stamp."""
    log = ("Flood log, Beledweyne\nSaturday 8 November\n22:40 River breaches the east bank.\n"
           "23:35 Families move to the airstrip.\nSunday 9 November\n01:15 Water reaches the market.\n"
           "06:50 \"We lost everything,\" a trader says.")
    found = find_dates(log, D(2025, 11, 9))
    from reading.blog_stamps import day_headings
    assert [d for _, d in _days(log, D(2025, 11, 9), day_headings(log, found))] == [
        D(2025, 11, 8), D(2025, 11, 8), D(2025, 11, 9), D(2025, 11, 9)]
    assert _days("10.30 Sudan talks resume.\n12.50 Dollars buy less.", D(2025, 11, 9)) == []
    text = ("Sumy log\nFriday 7 March\n23:20 A drone hit a warehouse in Shostka, the governor says.\n"
            "Saturday 8 March\n00:40 Shelling struck a school in Bilopillia, killing one.")
    days = {e.location.name: e.date.start for e in mapped(nlp(read_text(text, doc_id="t", published="2025-03-08")))}
    assert days.get("Shostka") == D(2025, 3, 7), days
    assert days.get("Bilopillia") == D(2025, 3, 8), days
