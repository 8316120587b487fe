"""Date expressions resolved against the publication date (own texts and seeds)."""
import datetime as dt
from pathlib import Path

import pytest

from reading.corpus import read_corpus
from reading.dates import DateFinder, find_dates, resolve
from reading.document import Document
from reading.sentences import SentenceSplitter

D = dt.date
WED = D(2020, 6, 10)  # a Wednesday
SEEDS = Path(__file__).parents[2] / "seeds"


def one(text, published=WED, **kw):
    found = [m for m in find_dates(text, published, **kw)]
    assert len(found) == 1, found
    return found[0]


def span(m):
    return (m.date.start, m.date.end)


# --- seeds via their manifest -----------------------------------------------------


@pytest.fixture(scope="module")
def seeds():
    docs = {d.id[:3]: d for d in read_corpus(SEEDS).documents}
    for d in docs.values():
        DateFinder()(SentenceSplitter()(d))
    return docs


def seed_date(doc, text):
    return next(m for m in doc.dates if m.text == text)


def test_seed_003_on_april_4(seeds):
    m = seed_date(seeds["003"], "on April 4")
    assert span(m) == (D(2019, 4, 4), D(2019, 4, 4)) and m.date.precision == "day" and not m.future


def test_seed_003_april_5(seeds):
    m = seed_date(seeds["003"], "on April 5")
    assert m.date.start == D(2019, 4, 5) and m.date.precision == "day"


def test_seed_003_scheduled_conference_april_14_is_future(seeds):
    m = seed_date(seeds["003"], "on April 14")
    assert m.date.start == D(2019, 4, 14) and m.future


def test_seed_003_in_1969_year_precision(seeds):
    m = seed_date(seeds["003"], "in 1969")
    assert span(m) == (D(1969, 1, 1), D(1969, 12, 31)) and m.date.precision == "year"
    assert m.date.basis == "explicit"


def test_seed_003_as_of_writing_is_publication_date(seeds):
    m = seed_date(seeds["003"], "As of writing")
    assert span(m) == (D(2019, 4, 9), D(2019, 4, 9)) and m.date.basis == "publication"


def test_seed_003_no_undated_problems(seeds):
    assert not [p for p in seeds["003"].problems if p.kind == "undated"]


def test_seed_000_last_month_is_march(seeds):
    m = seed_date(seeds["000"], "last month")
    assert span(m) == (D(2019, 3, 1), D(2019, 3, 31)) and m.date.precision == "month"


def test_seed_000_this_summer_is_future_summer_2019(seeds):
    m = next(m for m in seeds["000"].dates if m.text == "this summer")
    assert span(m) == (D(2019, 6, 1), D(2019, 8, 31)) and m.future and m.date.precision == "month"


def test_seed_000_could_hold_in_february_is_next_february(seeds):
    m = seed_date(seeds["000"], "in February")
    assert m.date.start == D(2020, 2, 1) and m.future


def test_seed_000_since_2011_background(seeds):
    m = seed_date(seeds["000"], "in 2011")
    assert m.date.precision == "year" and m.date.start == D(2011, 1, 1)


# --- explicit dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("Troops entered Goma on 4 April 2019.", D(2019, 4, 4)),
        ("Troops entered Goma on April 4th, 2019.", D(2019, 4, 4)),
        ("The raid came on 2019-04-04 at dawn.", D(2019, 4, 4)),
        ("Shelling on Thursday, April 4, 2019 hit the port.", D(2019, 4, 4)),
        ("It began on the 4th of April 2019.", D(2019, 4, 4)),
        ("Curfew from 13/4/2019 onwards.", D(2019, 4, 13)),
        ("Curfew from 4/13/2019 onwards.", D(2019, 4, 13)),
    ],
)
def test_explicit_day_dates(text, day):
    m = one(text)
    assert span(m) == (day, day) and m.date.precision == "day" and m.date.basis == "explicit"


def test_yearless_date_takes_publication_year():
    m = one("Clashes broke out in Marib on May 28.")
    assert m.date.start == D(2020, 5, 28) and m.date.basis == "context" and not m.future


def test_abbreviated_month():
    assert one("Clashes on Apr. 4 left six dead.", D(2019, 4, 9)).date.start == D(2019, 4, 4)


def test_yearless_date_after_publication_without_plan_is_previous_year():
    m = one("Rebels seized the airport on June 20.")
    assert m.date.start == D(2019, 6, 20) and not m.future


def test_yearless_date_after_publication_with_plan_is_future():
    m = one("Elections are scheduled for June 20.")
    assert m.date.start == D(2020, 6, 20) and m.future


def test_january_date_planned_in_december_is_next_year():
    m = one("The talks will resume on January 5.", D(2020, 12, 20))
    assert m.date.start == D(2021, 1, 5) and m.future


def test_date_within_publication_uncertainty_is_same_year():
    m = one("The UN envoy arrived on April 5.", D(2019, 4, 4), uncertainty_days=3)
    assert m.date.start == D(2019, 4, 5) and not m.future


def test_ambiguous_numeric_date_reported_with_the_span_of_both_readings():
    m = one("The attack on 5/4/2019 was condemned.")
    assert "ambiguous" in m.reason and span(m) == (D(2019, 4, 5), D(2019, 5, 4)) and m.date.precision == "month"


def test_impossible_day_reported_with_reason_and_dated_to_its_month():
    m = one("He was seen on February 30, 2019.")
    assert "impossible" in m.reason and span(m) == (D(2019, 2, 1), D(2019, 2, 28)) and m.date.precision == "month"


def test_version_numbers_and_counts_are_not_dates():
    assert find_dates("Version 3.5 shipped; 2000 troops and 1500 people fled.", WED) == []


def test_theresa_may_and_march_verb_are_not_dates():
    assert find_dates("Theresa May said protesters would march to the square.", WED) == []


# --- ranges -----------------------------------------------------------------------


def test_range_between_april_4_and_6():
    m = one("Between April 4 and 6, 20 people died in Tripoli.", D(2019, 4, 9))
    assert span(m) == (D(2019, 4, 4), D(2019, 4, 6)) and m.date.precision == "week"


def test_range_day_day_month():
    assert span(one("Fighting on 4-6 June displaced thousands.")) == (D(2020, 6, 4), D(2020, 6, 6))


def test_range_across_months():
    assert span(one("From May 30 to June 2 the city was besieged.")) == (D(2020, 5, 30), D(2020, 6, 2))


def test_april_4_and_5_soldiers_is_not_a_range():
    m = one("On April 4 and 5 soldiers were hurt.", D(2019, 4, 9))
    assert span(m) == (D(2019, 4, 4), D(2019, 4, 4))


def test_year_range():
    m = one("Between 2014 and 2016 the group held Mosul.")
    assert span(m) == (D(2014, 1, 1), D(2016, 12, 31)) and m.date.precision == "year"


# --- months and years -------------------------------------------------------------


def test_month_year_month_precision():
    m = one("The offensive began in February 2020.")
    assert span(m) == (D(2020, 2, 1), D(2020, 2, 29)) and m.date.precision == "month"


def test_month_alone_past():
    m = one("In February the army withdrew from the valley.")
    assert m.date.start == D(2020, 2, 1) and not m.future


def test_month_alone_planned_is_next():
    m = one("The referendum will be held in February.")
    assert m.date.start == D(2021, 2, 1) and m.future


def test_month_alone_said_then_will_is_past():
    m = one("The commission said in March that it will hold a vote.")
    assert m.date.start == D(2020, 3, 1) and not m.future


def test_early_month_narrows_span():
    assert span(one("Talks collapsed in early June.")) == (D(2020, 6, 1), D(2020, 6, 10))


def test_year_background():
    m = one("Since 2011 the country has been divided.")
    assert span(m) == (D(2011, 1, 1), D(2011, 12, 31)) and m.date.basis == "explicit"


def test_decade():
    assert span(one("In the 1990s the region was calm.")) == (D(1990, 1, 1), D(1999, 12, 31))


def test_year_before_event_noun():
    assert one("The 2011 uprising toppled the regime.").date.start == D(2011, 1, 1)


# --- weekdays ---------------------------------------------------------------------


def test_weekday_is_latest_on_or_before_publication():
    m = one("Rebels attacked Kidal on Thursday.")
    assert m.date.start == D(2020, 6, 4) and m.date.basis == "weekday"


def test_weekday_same_day_as_publication():
    assert one("On Wednesday the ministry confirmed it.").date.start == WED


def test_weekday_future_when_planned():
    m = one("The summit will take place on Thursday.")
    assert m.date.start == D(2020, 6, 11) and m.future


def test_weekday_said_on_thursday_it_will_is_past():
    assert one("The army said on Thursday that it will withdraw.").date.start == D(2020, 6, 4)


def test_weekday_night():
    m = one("Shelling hit Donetsk on Monday night.")
    assert m.text == "on Monday night" and m.date.start == D(2020, 6, 8)


def test_next_weekday():
    assert one("Talks resume next Monday.").date.start == D(2020, 6, 15)


def test_weekday_with_uncertain_publication_is_approximate():
    m = one("Rebels attacked on Thursday.", D(2019, 4, 4), uncertainty_days=3)
    assert m.date.precision == "week" and m.date.start <= D(2019, 4, 4) <= m.date.end


# --- relative phrases -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("Clashes yesterday killed five.", D(2020, 6, 9), D(2020, 6, 9), "day"),
        ("The city is calm today.", WED, WED, "day"),
        ("Fighting broke out two days ago.", D(2020, 6, 8), D(2020, 6, 8), "day"),
        ("Talks were held last week.", D(2020, 6, 1), D(2020, 6, 7), "week"),
        ("Earlier this month, clashes erupted.", D(2020, 6, 1), WED, "month"),
        ("The truce collapsed last month.", D(2020, 5, 1), D(2020, 5, 31), "month"),
        ("Last year the port was bombed.", D(2019, 1, 1), D(2019, 12, 31), "year"),
        ("At the time of writing, the road is closed.", WED, WED, "day"),
        ("Last summer the river flooded.", D(2019, 6, 1), D(2019, 8, 31), "month"),
        ("Militants struck over the weekend.", D(2020, 6, 6), D(2020, 6, 7), "week"),
    ],
)
def test_relative_phrases(text, start, end, precision):
    m = one(text)
    assert span(m) == (start, end) and m.date.precision == precision and m.date.basis in ("relative", "publication")


def test_this_week_past_span():
    assert span(one("Protests spread this week.")) == (D(2020, 6, 8), WED)


def test_later_this_month_future():
    m = one("Talks will resume later this month.")
    assert m.date.start == WED and m.date.end == D(2020, 6, 30)


def test_next_year_future():
    m = one("Elections are planned for next year.")
    assert m.date.start == D(2021, 1, 1) and m.future


def test_yesterday_with_uncertain_publication_is_week_precision():
    m = one("Clashes broke out yesterday.", D(2019, 4, 4), uncertainty_days=3)
    assert m.date.precision == "week" and span(m) == (D(2019, 3, 31), D(2019, 4, 6))


def test_yesterday_with_month_only_publication_is_month_precision():
    m = one("Clashes broke out yesterday.", D(2019, 4, 1), published_precision="month")
    assert m.date.precision == "month"


def test_fall_of_a_city_is_not_a_season():
    assert find_dates("After the fall of Mosul the group retreated.", WED) == []


# --- no publication date ----------------------------------------------------------


def test_no_publication_no_year_reason():
    m = one("Rebels entered the town on April 4.", None)
    assert m.date is None and m.reason == "no publication date and no year: year unknown"


def test_no_publication_explicit_year_still_resolves():
    assert one("Rebels entered the town on April 4, 2019.", None).date.start == D(2019, 4, 4)


def test_no_publication_relative_unresolved():
    m = one("Rebels entered the town yesterday.", None)
    assert m.date is None and "publication" in m.reason


def test_datefinder_records_undated_problem():
    doc = Document(id="d.txt", text="Rebels entered Sirte on April 4. Talks failed yesterday.")
    DateFinder()(doc)
    assert [p.kind for p in doc.problems] == ["undated", "undated"]
    assert [p.code for p in doc.problems] == ["W301", "W302"]
    assert doc.problems[0].start == doc.text.index("on April 4")


def test_datefinder_twice_does_not_duplicate_problems():
    doc = Document(id="d.txt", text="It happened on April 4.")
    DateFinder()(DateFinder()(doc))
    assert len(doc.problems) == 1 and len(doc.dates) == 1


def test_datefinder_offsets_point_into_text():
    doc = Document(id="x", text="Title\n\nOn Thursday, rebels shelled Aden. In 1994 war broke out.", published=WED)
    DateFinder()(doc)
    assert [doc.text[m.start : m.end] for m in doc.dates] == [m.text for m in doc.dates] == ["On Thursday", "In 1994"]


def test_datefinder_rejects_non_document():
    with pytest.raises(TypeError, match="doc"):
        DateFinder()("text")


# --- resolve() --------------------------------------------------------------------


def test_resolve_last_month():
    f = resolve("last month", D(2019, 4, 4))
    assert (f.start, f.end, f.precision) == (D(2019, 3, 1), D(2019, 3, 31), "month")


def test_resolve_uses_context_for_plans():
    assert resolve("April 14", D(2019, 4, 9)).start == D(2018, 4, 14)
    ctx = "a pre-scheduled UN conference on April 14 that will decide"
    assert resolve("April 14", D(2019, 4, 9), context=ctx).start == D(2019, 4, 14)


def test_resolve_no_date_like_text():
    assert resolve("the army", WED) is None


def test_resolve_unresolvable_is_none():
    assert resolve("April 4", None) is None


def test_resolve_wrong_types():
    with pytest.raises(TypeError, match="expression"):
        resolve(4, WED)
    with pytest.raises(TypeError, match="published"):
        resolve("April 4", "2019-04-09")
    with pytest.raises(ValueError, match="published_precision"):
        resolve("April 4", WED, published_precision="hour")


def test_find_dates_is_deterministic_and_sorted():
    text = "In 1969 a coup. On April 4 an attack. Yesterday calm. Next week talks."
    a, b = find_dates(text, WED), find_dates(text, WED)
    assert a == b and [m.start for m in a] == sorted(m.start for m in a)


def test_find_dates_handles_non_ascii_case_changes():
    text = "İstanbul talks ended on April 4."
    (m,) = find_dates(text, D(2019, 4, 9))
    assert text[m.start : m.end] == "on April 4"


def test_amount_of_2000_is_not_a_year():
    assert find_dates("The council approved a budget of 2000.", WED) == []


def test_revolution_of_2011_is_a_year():
    assert one("Since the revolution of 2011 the town was contested.").date.start == D(2011, 1, 1)


def test_mid_year():
    assert span(one("In mid-2019 thousands fled.")) == (D(2019, 5, 1), D(2019, 8, 31))


def test_day_and_day_month_range():
    assert span(one("Clashes on 12 and 13 April killed four.")) == (D(2020, 4, 12), D(2020, 4, 13))


def test_dateline_with_reuters():
    m = find_dates("KHARTOUM, May 12 (Reuters) - The army said on Sunday it repelled an attack.", D(2024, 5, 12))
    assert [(x.text, x.date.start) for x in m] == [("May 12", D(2024, 5, 12)), ("on Sunday", D(2024, 5, 12))]


def test_ago_units():
    found = find_dates("Two weeks ago the army left; a month ago it came.", WED)
    assert [x.date.precision for x in found] == ["week", "month"]
    assert found[1].date.start == D(2020, 5, 1)


def test_at_press_time_is_publication():
    assert one("At press time the road was still closed.").date.basis == "publication"


def test_later_on_thursday_stays_past():
    assert one("The army said later on Thursday that the town had fallen.").date.start == D(2020, 6, 4)


def test_the_next_day_is_not_a_plan():
    m = one("Rebels took the bridge on June 20 and the next day the town fell.")
    assert m.date.start == D(2019, 6, 20) and not m.future


def test_since_the_start_of_the_year():
    m = one("Some 300 people have died since the start of the year.")
    assert m.text == "since the start of the year" and span(m) == (D(2020, 1, 1), WED)


def test_by_the_end_of_the_month_is_its_end():
    m = one("Troops will leave by the end of the month.")
    assert m.text == "by the end of the month" and span(m) == (D(2020, 6, 21), D(2020, 6, 30)) and m.future


# --- robustness on arbitrary text -------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["April", "4", " ", "May", ",", "2019", "-", "on", "Thursday", "last", "week", ".", "\n\n", "the", "1990s",
     "ago", "two", "days", "summer", "/", "13", "of", "between", "and", "mid", "İ", "fall", "writing", "as",
     "5", "31", "June", "overnight", "into", "that", "month", "Eid al-Fitr", "Christmas", "first", "half"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.sampled_from([None, WED]))
def test_find_dates_never_raises_and_offsets_match(text, published):
    found = find_dates(text, published)
    ends = 0
    for m in found:
        assert text[m.start : m.end] == m.text and m.start >= ends
        ends = m.end
        assert m.date is not None or m.reason  # (a reason with a date: read only coarsely, "5/4/2019", "31 June")
        assert not (m.date is not None and m.reason and m.date.precision == "day")
        if m.date is not None:
            assert m.date.start <= m.date.end
            assert m.date.precision in ("day", "week", "month", "year")


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_past_yearless_dates_never_after_publication_without_plan(text):
    for m in find_dates(text, WED):
        if m.date is not None and m.date.basis == "context" and not m.future:
            assert m.date.start <= WED


def test_long_article_reads_each_part_as_alone():
    """Hundreds of dates in one text: each keeps the reading it has on its own."""
    import datetime as _dt

    parts = [
        "Fighting broke out on April 4, residents said. Talks failed last month.",
        "From 4 to 6 April 2019 and between 2011 and 2014, clashes went on; on Thursday morning it was calm.",
        "The conference is scheduled for May 2. In 1969 a coup took place; since the start of the year, 3 died.",
    ] * 60
    pub = _dt.date(2019, 4, 9)
    text, shifted, off = "", [], 0
    for p in parts:
        for m in find_dates(p, pub):
            shifted.append((m.start + off, m.end + off, m.text, m.date))
        text += p + "\n\n"
        off = len(text)
    got = [(m.start, m.end, m.text, m.date) for m in find_dates(text, pub)]
    assert len(got) >= 480  # 8 per part
    assert got == shifted


def test_earlier_in_the_week_is_this_week_so_far():
    m = one("Earlier in the week, gunmen attacked a convoy.")
    assert (m.date.start, m.date.end, m.date.precision) == (D(2020, 6, 8), WED, "week")
