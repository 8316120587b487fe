"""The Streamlit app driven with AppTest: load, move the date, filter, add articles, export."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "streamlit_app.py")


@pytest.fixture
def app():
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def table(at):
    return at.dataframe[0].value


def test_app_loads_the_seeds(app):
    assert "2 articles" in app.caption[0].value
    assert len(table(app)) >= 5
    assert app.slider(key="at").value == dt.date(2019, 4, 9)  # the newest article's date


def test_the_table_gives_tolls_and_notes_and_explains_the_precision_codes(app):
    import json

    rows = table(app)
    assert {"fatalities", "notes"} <= set(rows.columns)
    assert any("publication date" in str(n) for n in rows["notes"])  # how a date was read, per row
    config = json.loads(app.dataframe[0].proto.columns)
    assert "1 the named town" in config["geo_precision"]["help"]
    assert "3 the month" in config["time_precision"]["help"]


def test_moving_the_date_before_april_4_hides_the_april_events(app):
    app.slider(key="at").set_value(dt.date(2019, 4, 3)).run()
    assert not app.exception
    assert not any(str(d).startswith("2019-04") for d in table(app)["event_date"])
    app.slider(key="at").set_value(dt.date(2019, 4, 9)).run()
    assert any(str(d).startswith("2019-04") for d in table(app)["event_date"])


def test_the_date_lives_in_the_address(app):
    app.slider(key="at").set_value(dt.date(2019, 4, 5)).run()
    assert app.query_params["date"] == ["2019-04-05"] or app.query_params["date"] == "2019-04-05"


def test_a_link_with_a_date_opens_on_that_date():
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["date"] = "2019-04-05"
    at.run()
    assert not at.exception
    assert at.slider(key="at").value == dt.date(2019, 4, 5)


def test_step_buttons_move_one_day(app):
    start = app.slider(key="at").value
    app.button(key="prev_day").click().run()
    assert app.slider(key="at").value == start - dt.timedelta(days=1)


def test_filter_by_event_type(app):
    types = app.multiselect(key="types").options
    assert "Battles" in types
    app.multiselect(key="types").set_value(["Battles"]).run()
    assert set(table(app)["event_type"]) == {"Battles"}


def test_last_n_days_shows_fewer_events(app):
    n_all = len(table(app))
    app.radio(key="mode").set_value("The last N days").run()
    app.number_input(key="window").set_value(1).run()
    assert len(table(app)) < n_all


def test_pasting_an_article_adds_its_events_to_this_session_only(app):
    app.date_input(key="add_published").set_value(dt.date(2019, 4, 8))
    app.text_area(key="add_text").set_value(
        "Heavy fighting broke out on Sunday between rival militias in Misurata, residents said. "
        "An air strike hit the airport in Zuwara on Saturday."
    )
    app.button(key="add_button").click().run()
    assert not app.exception
    assert "3 articles" in app.caption[0].value
    other = AppTest.from_file(APP, default_timeout=180)
    other.run()
    assert "2 articles" in other.caption[0].value


def test_what_was_added_leaves_the_inputs_so_a_second_click_adds_nothing_twice(app):
    app.date_input(key="add_published").set_value(dt.date(2019, 4, 8))
    app.text_input(key="add_title").set_value("Misurata")
    app.text_area(key="add_text").set_value("Heavy fighting broke out on Sunday in Misurata, residents said.")
    app.button(key="add_button").click().run()
    assert "3 articles" in app.caption[0].value
    assert app.text_area(key="add_text").value == "" and app.text_input(key="add_title").value == ""
    app.button(key="add_button").click().run()
    assert "3 articles" in app.caption[0].value
    assert any("Nothing to add" in w.value for w in app.sidebar.warning)


def test_a_pasted_text_that_was_not_added_stays_to_be_mended(app):
    text = "Artillery hit Sirte on Friday. " * 200_000  # (over the 5 MB a pasted article may hold)
    app.text_area(key="add_text").set_value(text)
    app.button(key="add_button").click().run()
    assert any("larger than 5 MB" in w.value for w in app.sidebar.warning)
    assert app.text_area(key="add_text").value == text and "2 articles" in app.caption[0].value


def test_added_articles_of_another_year_are_shown_at_their_date_not_left_off_the_map(app):
    assert app.slider(key="at").value == dt.date(2019, 4, 9)
    app.date_input(key="add_published").set_value(dt.date(2024, 5, 12))
    app.text_area(key="add_text").set_value(
        "Paramilitary fighters shelled the main market in El Obeid on May 12, killing four people, "
        "local doctors said.")
    app.button(key="add_button").click().run()
    assert not app.exception
    assert app.slider(key="at").value == dt.date(2024, 5, 12)
    assert any("El Obeid" in str(place) for place in table(app)["location"])
    assert any("Showing 2024-05-12" in s.value for s in app.sidebar.success)


def test_a_problem_repeated_in_every_line_of_a_feed_is_one_row_with_its_count(app):
    # No publication date: each line's "on Friday" cannot be resolved, the same problem 300 times.
    app.text_area(key="add_text").set_value("Artillery hit Bakhmut on Friday, officials said.\n" * 300)
    app.button(key="add_button").click().run()
    assert not app.exception
    problems = app.dataframe[1].value
    repeated = problems[problems["reason"].str.contains("on Friday")]
    assert len(repeated) == 1 and repeated["reason"].iloc[0].endswith("(300 times)"), problems
    assert f"{len(problems)} items could not be placed or dated" in app.caption[0].value


def test_hostile_pasted_text_is_shown_as_text(app):
    app.date_input(key="add_published").set_value(dt.date(2019, 4, 8))
    app.text_input(key="add_title").set_value('<img src=x onerror=alert(1)>')
    app.text_area(key="add_text").set_value(
        'Clashes erupted in Sirte on Monday <script>alert("x")</script> ${alert(1)} as fighters advanced.'
    )
    app.button(key="add_button").click().run()
    assert not app.exception
    for md in app.markdown:
        assert "<script>" not in md.value and "onerror" not in md.value


def test_exports_are_offered(app):
    labels = [b.label for b in app.get("download_button")]
    assert {"Snapshot (HTML)", "Timeline (HTML)", "Events (GeoJSON)", "Zones (GeoJSON)", "Events (CSV)",
            "GeoPackage"} <= set(labels)


def test_two_articles_on_one_strike_count_once_unless_the_user_separates_them(app):
    for title, text in (("Wire one", "An air strike hit the airport in Zuwara on Saturday, witnesses said."),
                        ("Paper two", "Warplanes bombed the airport of Zuwara on Saturday morning, an official said.")):
        app.date_input(key="add_published").set_value(dt.date(2019, 4, 8))
        app.text_input(key="add_title").set_value(title)
        app.text_area(key="add_text").set_value(text)
        app.button(key="add_button").click().run()
        assert not app.exception
    caption = app.caption[0].value
    assert "4 articles" in caption and "located events from" in caption
    rows = table(app)
    zuwara = rows[rows["location"].str.contains("Zuwar")]
    assert len(zuwara) == 2 and zuwara["happening"].nunique() == 1  # both reports listed, one happening
    assert app.checkbox(key="merge").value is True
    app.checkbox(key="merge").uncheck().run()
    assert not app.exception
    assert "located events from" not in app.caption[0].value
    assert len(table(app)) == len(rows)


def test_the_corpus_span_is_written_under_the_date_slider(app):
    """The slider shows its first and last dates only on hover: the span is said in words."""
    lo, hi = (dt.datetime.fromtimestamp(us / 1e6, dt.timezone.utc).date()  # (AppTest gives its ends in µs)
              for us in (app.slider(key="at").min, app.slider(key="at").max))
    assert lo < hi
    assert any(lo.isoformat() in c.value and hi.isoformat() in c.value for c in app.caption)


def test_a_missing_toll_is_an_empty_cell_not_none(app):
    rows = table(app)
    assert rows["fatalities"].isna().any()  # (the seeds have events that give no toll)
    assert app.dataframe[0].proto.HasField("placeholder") and app.dataframe[0].proto.placeholder == ""
    assert "None" not in json.loads(app.dataframe[0].proto.columns)["fatalities"]["help"]


def test_the_upload_says_its_one_publication_date_applies_to_every_file(app):
    date = app.date_input(key="add_published")
    assert "every file" in date.help.lower() and "one date at a time" in date.help
    assert "one for everything" in date.label


def test_a_user_can_set_the_example_articles_aside_and_map_only_their_own(app):
    app.button(key="drop_seeds").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert "0 articles" in app.caption[0].value and len(table(app)) == 0
    assert any(m.value.startswith("No dated event to show yet") for m in app.markdown)  # (not "a single day")
    app.date_input(key="add_published").set_value(dt.date(2023, 10, 2))
    app.text_area(key="add_text").set_value(
        "Resistance fighters attacked a police post in Monywa on Sunday, killing two officers, local media said.")
    app.button(key="add_button").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.caption[0].value.startswith("1 article ·")  # (one article, not "1 articles")
    assert set(table(app)["location"]) and not any("Libya" in str(p) or "Tripoli" in str(p) for p in table(app)["location"])
    assert not [b for b in app.button if b.key == "drop_seeds"]  # (offered while the examples are there)
    other = AppTest.from_file(APP, default_timeout=180)
    other.run()
    assert "2 articles" in other.caption[0].value  # another session still opens on them


def test_the_table_says_when_and_where_first(app):
    """A wide table shows its first columns: where each event was must not need a scroll right."""
    assert list(table(app).columns[:2]) == ["event_date", "location"]


def test_the_table_heading_writes_its_counts_alike():
    """Both counts with their thousands separated: not "Events (1701 reports of 1,682 events)"."""
    import pandas as pd

    from conflict_map.view import table_heading

    reports = pd.DataFrame({"happening": [f"h{i // 2}" for i in range(2_400)]})
    assert table_heading(reports, merge=True, limit=5_000) == "Events (2,400 reports of 1,200 events)"
    assert table_heading(reports, merge=False, limit=5_000) == "Events (2,400)"
    assert table_heading(reports, merge=True, limit=2_000) == (
        "Events (2,400 reports of 1,200 events; the newest 2,000 listed, the CSV download has all)")


def test_actors_and_places_get_room_in_the_table(app):
    config = json.loads(app.dataframe[0].proto.columns)
    # (uxd: "Explosions/Remote violence" read "Explosions/R", "Remote explosive/landmine/IED" "Remote explosive")
    wide = ("actor1", "actor2", "location", "source", "event_type", "sub_event_type")
    assert all(config[c].get("width") == "medium" for c in wide), config


def _pick(app, key: str, row: int):
    """Pick a row of a table (what a click on the box at its left does)."""
    app.session_state[key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    app.run()
    assert not app.exception, [e.value for e in app.exception]


def test_a_problem_picked_in_its_table_is_shown_whole_below_it(app):
    """uxd: a problem's sentence and reason were cut at the column's width ("DUBAI, Nov 15 (Re", "Only a sea is
    named in the sentence (Strait of Hormuz); not placed in Iran, which says n"), with no way to read them."""
    sentence = ("Militia fighters attacked a convoy on Friday on the long road that winds from the river crossing "
                "through the hills to the market town, the district commissioner told reporters by telephone.")
    app.text_area(key="add_text").set_value(sentence)  # (no publication date: "on Friday" cannot be resolved)
    app.button(key="add_button").click().run()
    panel = next(e for e in app.expander if e.label.startswith("Could not be read, placed or dated"))
    assert any(c.value.startswith("Pick a row") for c in panel.caption)
    problems = app.dataframe[1].value
    row = int(problems.index[problems["reason"].str.contains("on Friday")][0])
    _pick(app, "problems", row)
    panel = next(e for e in app.expander if e.label.startswith("Could not be read, placed or dated"))
    shown = panel.markdown[-1].value.replace("\\", "")
    assert f"**reason**: {problems.loc[row, 'reason']}" in shown
    assert f"**article**: {problems.loc[row, 'article']}" in shown


def test_an_event_picked_in_the_table_shows_its_sentence_and_notes_whole(app):
    events = app.dataframe[0].value
    _pick(app, "table", 0)
    shown = [m.value.replace("\\", "") for m in app.markdown if m.value.startswith("**event_date**")]
    assert shown and f"**quote**: {events.loc[0, 'quote']}" in shown[0]
    assert f"**location**: {events.loc[0, 'location']}" in shown[0]


def test_the_problems_panel_opens_on_their_count_by_kind(app):
    panel = next(e for e in app.expander if e.label.startswith("Could not be read, placed or dated"))
    counts = panel.caption[0].value.replace("\\", "")  # (shown as written: Markdown escapes)
    assert "(articles concerned: 1 of 2): metadata " in counts, counts  # (the seeds' manifest lacks a url for both)
    assert int(counts.split(" items")[0]) == len(app.dataframe[1].value)


def test_reports_over_years_step_by_the_month_or_the_year(app):
    assert "step" not in {r.key for r in app.radio}  # (the seeds span days: ◀ ▶ by the day, no choice)
    app.date_input(key="add_published").set_value(dt.date(2024, 5, 12))
    app.text_area(key="add_text").set_value("Troops and rebels clashed in Kidal on May 12, residents said.")
    app.button(key="add_button").click().run()
    assert app.slider(key="at").value == dt.date(2024, 5, 12)
    app.radio(key="step").set_value("month").run()
    app.button(key="prev_day").click().run()
    assert app.slider(key="at").value == dt.date(2024, 4, 12)
    app.radio(key="step").set_value("year").run()
    app.button(key="prev_day").click().run()
    assert app.slider(key="at").value == dt.date(2023, 4, 12)
    assert not app.exception


def test_undated_events_are_counted_apart_as_not_on_the_map(app):
    """The caption said "877 located events" and the map and table at the last date showed 777: the others had
    no date (no publication date, none in the sentence), which no date of the slider shows."""
    app.text_area(key="add_text").set_value("Soldiers and rebels clashed in Kidal, killing four fighters, residents said.")
    app.button(key="add_button").click().run()
    assert not app.exception
    assert "(1 undated, not on the map)" in app.caption[0].value, app.caption[0].value
    assert not any("Kidal" in str(place) for place in table(app)["location"])


def test_an_article_published_after_its_events_says_the_date_the_map_shows(app):
    """A look back published months after the fighting: the map shows the last event's date, and says so
    (it said "Showing 2026-03-10, the added articles' newest publication date" over a map of 2025-12-03)."""
    app.date_input(key="add_published").set_value(dt.date(2019, 9, 30))
    app.text_area(key="add_text").set_value(
        "Looking back: forces loyal to Haftar shelled Gharyan on April 10, 2019, killing three civilians.")
    app.button(key="add_button").click().run()
    assert not app.exception
    shown = app.slider(key="at").value
    assert shown < dt.date(2019, 9, 30)
    said = " ".join(s.value for s in app.sidebar.success).replace("\\", "")
    assert f"Showing {shown.isoformat()}, the last event's date" in said and "2019-09-30, is later" in said, said


def test_a_row_picked_past_the_end_of_a_shorter_table_is_let_go(app):
    # (picked at the last date; the table at an earlier date has fewer rows)
    _pick(app, "table", len(app.dataframe[0].value) + 5)
    _pick(app, "problems", len(app.dataframe[1].value) + 5)
    assert not [m for m in app.markdown if m.value.startswith(("**event_date**", "**code**"))]


def test_a_corpus_of_decades_is_reached_a_year_then_a_day_at_a_time(app):
    """uxe: one report of 1904 and the rest of 2025 made a slider of 44,480 days (years per pixel). Over a long span a
    year picker, naming each year's events, sets the slider to that year; ◀ ▶ cross years; the whole span stays."""
    assert "year" not in {s.key for s in app.selectbox}  # (the seeds span days: a slider of days)
    app.date_input(key="add_published").set_value(dt.date(1987, 6, 2))
    app.text_area(key="add_text").set_value(
        "Rebels attacked an army camp near Jaffna on Monday, killing twelve soldiers, the military said.")
    app.button(key="add_button").click().run()
    assert not app.exception
    slider, year = app.slider(key="at"), app.selectbox(key="year")
    assert year.value == 1987 and slider.value.year == 1987
    ends = [dt.datetime.fromtimestamp(us / 1e6, dt.timezone.utc).date() for us in (slider.min, slider.max)]
    assert ends[1] == dt.date(1987, 12, 31) and ends[0].year == 1987, ends
    # (years of events only, not the 31 between; the seeds recall 2011 as history)
    assert year.options[0].startswith("1987 (") and year.options[-1] == "all years (1987\u20132019)", year.options
    assert len(year.options) <= 4 and re.fullmatch(r"2019 \(\d+ events\)", year.options[-2]), year.options
    year.set_value(2019).run()
    assert app.slider(key="at").value == dt.date(2019, 4, 9)  # (the year's last event)
    assert dt.datetime.fromtimestamp(app.slider(key="at").min / 1e6, dt.timezone.utc).date() == dt.date(2019, 1, 1)
    app.radio(key="step").set_value("year").run()
    app.button(key="prev_day").click().run()
    assert app.slider(key="at").value == dt.date(2018, 4, 9) and app.selectbox(key="year").value == 2018
    assert "2018 (no event)" in app.selectbox(key="year").options
    app.selectbox(key="year").set_value("all years").run()
    slider = app.slider(key="at")
    assert slider.value == dt.date(2018, 4, 9)
    assert dt.datetime.fromtimestamp(slider.min / 1e6, dt.timezone.utc).date().year == 1987
    assert not app.exception


def test_the_days_a_hold_stays_drawn_is_a_setting_and_the_caption_says_what_is_drawn(app):
    """uxg: a hold no later report ends was drawn a year after its last report, a rule the user could not change,
    and the caption counted every zone span, not those drawn on the date."""
    assert app.number_input(key="hold_days").value == 365  # (the default: what the maps drew before)
    app.slider(key="at").set_value(dt.date(2019, 4, 8)).run()
    pattern = re.compile(r"(\d+) zone spans \((\d+) drawn on this date\)")
    total, drawn = map(int, pattern.search(app.caption[0].value).groups())
    assert drawn > 0, app.caption[0].value
    # (a hold last told on April 4 and ended on the 9th, drawn 3 days on, is not drawn on the 8th)
    app.number_input(key="hold_days").set_value(3).run()
    assert not app.exception, [e.value for e in app.exception]
    fewer = pattern.search(app.caption[0].value)
    assert int(fewer.group(1)) == total and int(fewer.group(2)) < drawn, app.caption[0].value
    app.number_input(key="hold_days").set_value(365).run()
    assert f"{total} zone spans ({drawn} drawn on this date)" in app.caption[0].value


def test_over_decades_the_year_picker_leaves_the_slider_its_row(app):
    """uxg: beside the slider, the year picker (190 px) and the two buttons left the slider 45 px of a phone's 390: a
    day could not be picked. The picker sits in the row below; the buttons and the slider share theirs."""
    app.date_input(key="add_published").set_value(dt.date(1987, 6, 2))
    app.text_area(key="add_text").set_value(
        "Rebels attacked an army camp near Jaffna on Monday, killing twelve soldiers, the military said.")
    app.button(key="add_button").click().run()
    assert not app.exception

    def row_of(key):
        return next(block for block in app.main.children.values()
                    if any(getattr(e, "key", None) == key for e in block))

    keys = {getattr(e, "key", None) for e in row_of("at")}
    assert {"prev_day", "next_day"} <= keys and "year" not in keys, keys
    assert app.selectbox(key="year").value == 1987
