"""One view of a build: a date, a time window and filters, and what they show.

The app and the exports share this, so the downloaded snapshot shows exactly
what the app shows. Everything here is pure (no Streamlit) and cheap: it filters
frames that were built once.
"""
from __future__ import annotations

import calendar
import datetime as dt
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from reading.messages import ON_PURPOSE

__all__ = [
    "View",
    "default_date",
    "added_date",
    "STEPS",
    "stepped",
    "ALL_YEARS",
    "year_choices",
    "year_label",
    "year_span",
    "year_landing",
    "view_frames",
    "zones_text",
    "event_table",
    "table_heading",
    "EVENT_TABLE_HELP",
    "counts_text",
    "folded_done",
    "problem_rows",
    "article_ids",
    "articles_concerned",
    "problem_summary",
    "problem_table",
    "in_problem_order",
    "as_literal_markdown",
    "PROBLEM_DETAIL",
    "EVENT_DETAIL",
    "whole_row",
    "snapshot_bytes",
    "timeline_bytes",
    "events_geojson_bytes",
    "zones_geojson_bytes",
    "events_csv_bytes",
    "geopackage_bytes",
]


@dataclass(frozen=True)
class View:
    """What the user chose.

    at (date): the map's date.
    window_days (int | None): None for "everything up to this date", else the last N days.
    event_types, actors (tuple[str, ...]): filters; empty means all.
    merge (bool): one marker per happening, the reports of several articles on one event
        (:mod:`layers.happenings`); False: one per report.
    """

    at: dt.date
    window_days: int | None = None
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    merge: bool = True

    def describe(self) -> str:
        when = f"as of {self.at.isoformat()}"
        if self.window_days:
            when += f", events of the last {self.window_days} days"
        parts = [when]
        if self.event_types:
            parts.append("types: " + ", ".join(self.event_types))
        if self.actors:
            parts.append("actors: " + ", ".join(self.actors))
        if not self.merge:
            parts.append("one marker per report")
        return "; ".join(parts)


def default_date(span: tuple[dt.date, dt.date] | None, published=()) -> dt.date:
    """The date a fresh view opens on: the newest article's date, within the corpus span.

    Falls back to the end of the span (the last reported or planned date), or
    today when nothing is dated.
    """
    if not span:
        return dt.date.today()
    dates = [d for d in published if d is not None and span[0] <= d <= span[1]]
    return max(dates) if dates else span[1]


def added_date(newest: dt.date, span: tuple[dt.date, dt.date] | None) -> tuple[dt.date, str]:
    """The date the map moves to after an addition whose newest article was published ``newest``, and
    the message saying so: that date within the corpus span (why: "Showing 2026-03-10, the added
    articles' newest publication date" was said over a map showing 2025-12-03, the last event).

    Examples
    --------
    >>> import datetime as dt
    >>> added_date(dt.date(2025, 3, 1), (dt.date(2024, 1, 1), dt.date(2025, 6, 1)))[1]
    "Showing 2025-03-01, the added articles' newest publication date."
    >>> added_date(dt.date(2026, 3, 10), (dt.date(1982, 4, 1), dt.date(2025, 12, 3)))[1]
    "Showing 2025-12-03, the last event's date (the added articles' newest publication date, 2026-03-10, is later)."
    >>> added_date(dt.date(2025, 3, 1), None)[0]
    datetime.date(2025, 3, 1)
    """
    lo, hi = span or (newest, newest)
    shown = min(max(newest, lo), hi)
    if shown == newest:
        return shown, f"Showing {shown.isoformat()}, the added articles' newest publication date."
    which = "last" if shown < newest else "first"
    return shown, (f"Showing {shown.isoformat()}, the {which} event's date (the added articles' newest publication "
                   f"date, {newest.isoformat()}, is {'later' if shown < newest else 'earlier'}).")


#: What one press of the app's ◀ ▶ buttons moves: reports spanning years are crossed by the week,
#: the month or the year (the slider itself moves by the day).
STEPS = ("day", "week", "month", "year")


def stepped(at: dt.date, step: str, forward: bool, span: tuple[dt.date, dt.date]) -> dt.date:
    """``at`` moved one ``step`` of :data:`STEPS` forward or back, kept within ``span``; a month
    after 31 January is the last day of February."""
    sign = 1 if forward else -1
    try:
        if step in ("month", "year"):
            months = at.year * 12 + at.month - 1 + sign * (12 if step == "year" else 1)
            year, month = divmod(months, 12)
            moved = dt.date(year, month + 1, min(at.day, calendar.monthrange(year, month + 1)[1]))
        else:
            moved = at + dt.timedelta(days=sign * (7 if step == "week" else 1))
    except (ValueError, OverflowError):  # (past year 1 or 9999: the span's end that way)
        moved = span[1] if forward else span[0]
    return min(max(moved, span[0]), span[1])


#: The year picker's choice of a slider over the whole span.
ALL_YEARS = "all years"


def year_choices(per_year: dict[int, tuple[int, dt.date]], span: tuple[dt.date, dt.date], at: dt.date) -> list:
    """What the year picker offers: every year of ``span`` with events (``per_year``:
    ``layers.events.events_per_year``), the span's first and last years and ``at``'s (a step may land in a year
    without events), then :data:`ALL_YEARS`.

    Examples
    --------
    >>> import datetime as dt
    >>> year_choices({1904: (2, dt.date(1904, 2, 10)), 1969: (1, dt.date(1969, 9, 1)), 2025: (50, dt.date(2025, 11, 20))},
    ...              (dt.date(1982, 4, 2), dt.date(2025, 11, 20)), dt.date(2001, 5, 1))
    [1982, 2001, 2025, 'all years']
    """
    lo, hi = span
    years = {y for y in per_year if lo.year <= y <= hi.year} | {lo.year, hi.year, at.year}
    return sorted(years) + [ALL_YEARS]


def year_label(choice, per_year: dict[int, tuple[int, dt.date]], span: tuple[dt.date, dt.date]) -> str:
    """A choice of the year picker as it reads: "2025 (50 events)", "2001 (no event)", "all years (1904-2025)"."""
    if choice == ALL_YEARS:
        return f"{ALL_YEARS} ({span[0].year}–{span[1].year})"
    n = per_year.get(choice, (0, None))[0]
    return f"{choice} ({n:,} event{'' if n == 1 else 's'})" if n else f"{choice} (no event)"


def year_span(choice, span: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The slider's ends for a choice of the year picker: that year within ``span``, or the whole span."""
    if choice == ALL_YEARS:
        return span
    return max(span[0], dt.date(choice, 1, 1)), min(span[1], dt.date(choice, 12, 31))


def year_landing(choice, per_year: dict[int, tuple[int, dt.date]], span: tuple[dt.date, dt.date],
                 at: dt.date) -> dt.date:
    """The date a year picked shows: the last day an event of that year starts (its events up to then, a window
    of the last days holding one), else the year's end, within ``span``; :data:`ALL_YEARS` keeps ``at``."""
    if choice == ALL_YEARS:
        return at
    lo, hi = year_span(choice, span)
    day = per_year.get(choice, (0, hi))[1]
    return min(max(day, lo), hi)


def span_text(span: tuple[dt.date, dt.date]) -> str:
    """The corpus' first and last dates, said under the date slider (which shows its ends only on hover)."""
    lo, hi = span
    days = (hi - lo).days + 1
    return f"The events run from {lo.isoformat()} to {hi.isoformat()} ({days:,} days)."


def view_frames(result, view: View):
    """Return (events, zones) frames shown by ``view`` of a build ``result`` (with ``merge``, every
    report of a happening one of whose reports the view shows, as the map shows it)."""
    from layers.events import filter_events
    from layers.happenings import whole_happenings
    from layers.zones import zones_at

    events = filter_events(
        result.events,
        at=view.at,
        window_days=view.window_days,
        event_types=list(view.event_types) or None,
        actors=list(view.actors) or None,
    )
    if view.merge:
        events = whole_happenings(result.events, events)
    zones = zones_at(result.zones, view.at)
    return events, zones


#: The event table's columns, in order, with what each means to someone new to ACLED's codes
#: (the app shows it on the column's header). When and where come first: a wide table scrolled
#: nowhere still says where each event was.
EVENT_TABLE_HELP = {
    "event_date": "The day it happened, or the first day it may have: how exact, see time_precision.",
    "location": "Where, as the map draws it.",
    "event_type": "ACLED event type.",
    "sub_event_type": "ACLED sub-event type.",
    "actor1": "The side that acted (attacked, took, announced).",
    "actor2": "The side acted on, if named.",
    "fatalities": "Deaths the sentence reports (empty: it gives no toll).",
    "geo_precision": "How exact the place is: 1 the named town · 2 near a town or part of a region · 3 a larger region.",
    "time_precision": "How exact the date is: 1 the day · 2 within a few days · 3 the month · 4 the year.",
    "planned": "Announced or planned: had not happened when reported.",
    "background": "History the article recalls (its own layer on the map, off at first).",
    "happening": "Shared by the reports of one event in several articles.",
    "notes": "How the place and date were read, and doubts (alleged, approximate).",
    "quote": "The sentence it was read from.",
    "source": "The article (its title).",
    "event_id": "This report's id in the downloads.",
}


def event_table(events) -> pd.DataFrame:
    """The events as a plain table for display (no geometry), the newest first: what an
    analyst opening the table looks for (history recalled by the articles comes last)."""
    present = [c for c in EVENT_TABLE_HELP if c in events.columns]
    return pd.DataFrame(events[present]).iloc[::-1].reset_index(drop=True)


def table_heading(events, merge: bool, limit: int) -> str:
    """The events table's heading: its rows, the events they report, and whether only the
    newest ``limit`` are listed (every count written alike, "1,701 reports of 1,682 events")."""
    counts = f"{len(events):,}{counts_text(events, merge, rows=True)}"
    if len(events) > limit:
        return f"Events ({counts}; the newest {limit:,} listed, the CSV download has all)"
    return f"Events ({counts})"


def zones_text(total: int, drawn: int) -> str:
    """"12 zone spans (3 drawn on this date)": the build's zone rows and those the map draws on the view's date
    (uxg: the caption gave only the first, so whether a setting such as the days a hold stays drawn changed the
    map could not be read off the page).

    Examples
    --------
    >>> zones_text(12, 3), zones_text(1, 1), zones_text(0, 0)
    ('12 zone spans (3 drawn on this date)', '1 zone span (drawn on this date)', '0 zone spans')
    """
    if not total:
        return "0 zone spans"
    spans = f"{total:,} zone span{'' if total == 1 else 's'}"
    return f"{spans} (drawn on this date)" if total == drawn == 1 else f"{spans} ({drawn:,} drawn on this date)"


def counts_text(events, merge: bool = True, rows: bool = False) -> str:
    """"12 located events from 14 reports": happenings and the reports they come from (one per
    article); "14 located events" when each report is its own or ``merge`` is off; and how many are
    undated, never on the map, as the exported maps say ("(3 undated, not on the map)": the app said
    877 located events and its map and table at the last date showed 777). ``rows``: what to add to a
    count of the rows, " reports of 12 events" (or nothing).

    Examples
    --------
    >>> import pandas as pd
    >>> counts_text(pd.DataFrame({"happening": ["h1", "h1", "h2"], "event_date": ["2024-05-01", "2024-05-01", ""]}))
    '2 located events from 3 reports (1 undated, not on the map)'
    >>> counts_text(pd.DataFrame({"happening": ["h1", "h1", "h2"]}), rows=True)
    ' reports of 2 events'
    """
    from layers.events import undated_count
    from layers.happenings import count_happenings

    reports = len(events)
    happenings = count_happenings(events) if merge else reports
    if rows:
        return "" if happenings == reports else f" reports of {happenings:,} events"
    told = f"{reports:,} located events" if happenings == reports else \
        f"{happenings:,} located events from {reports:,} reports"
    undated = undated_count(events)
    return f"{told} ({undated:,} undated, not on the map)" if undated else told


#: Characters Streamlit's Markdown reads as formatting inside a line: links and images, emphasis, code,
#: HTML, LaTeX ($), colour directives (":red[...]"). (A message never starts a line with "-" or "1.".)
_MARKDOWN_SPECIALS = frozenset("\\`*_{}[]()<>#|$~")


def as_literal_markdown(text: str) -> str:
    r"""``text`` escaped so that Markdown shows it as written: a message quoting a manifest's cell
    ("[here](javascript:...)", "$x$") is read, never rendered as a link, formula or markup.

    Examples
    --------
    >>> as_literal_markdown("date '[x](javascript:alert(1))' left unknown")
    "date '\\[x\\]\\(javascript:alert\\(1\\)\\)' left unknown"
    >>> as_literal_markdown("")
    ''
    """
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIALS else ch for ch in text)


#: Lines of each kind of done message ("Added ...", "Re-dated ...") the sidebar shows as written.
DONE_SHOWN = 5


def folded_done(messages: list[str], shown: int = DONE_SHOWN) -> list[str]:
    """Messages of what an addition did, the first ``shown`` of each kind as written and the rest
    counted ("... and 410 more added"), other messages kept (why: a manifest of 415 files gave 415
    lines in the sidebar, above the warnings that matter)."""
    listed: list[str] = []
    rest: list[str] = []
    seen: Counter = Counter()
    for message in messages:
        verb = message.split(" ", 1)[0]
        if verb in ("Added", "Re-dated", "Updated"):
            seen[verb] += 1
            if seen[verb] <= shown:
                listed.append(message)
            continue
        rest.append(message)
    more = [f"... and {n - shown:,} more {verb.lower()}" for verb, n in seen.items() if n > shown]
    return listed + more + rest


#: Names a problem summary lists (those left unplaced in most articles).
SUMMARY_NAMES = 12

#: The order of the problems panel: what took something off the map first (a file not read, a
#: manifest row not applied, an event with no place or date), then places not placed and zones
#: not drawn, and a missing title or url (often one per article) last, where it buries nothing.
PROBLEM_ORDER = ("unreadable", "skipped", "duplicate", "manifest", "event not placed", "undated", "unplaced",
                 "zone", "internal", "metadata")


def problem_rows(result) -> list[tuple[str, str, str, str, str]]:
    """Everything that could not be read, placed or dated: (code, kind, article, text, reason),
    the build's problems then its events with no place (W490)."""
    from layers.events import unlocated_problems

    return [(p.code, p.kind, p.doc_id, p.text, p.reason)
            for p in [*result.problems, *unlocated_problems(result.unlocated)]]


#: How the reason of a name left unplaced on purpose ends: a sea, a river, a mountain or a road, where no
#: event is ever pinned (``reading.geoparse.WATER_REASON`` and its kin, ``reading.messages.ON_PURPOSE``);
#: "Place 'Red Sea' not placed: ... (left off the map on purpose)."; a store written before uxg says ": not placed.".
_FEATURE_REASON_END = (ON_PURPOSE + ".", ": not placed.")


def article_ids(result) -> set[str]:
    """The ids of a build's articles: from its file records when they name every article (cheap: a
    rebuild's stored articles stay packed), else from the articles themselves (an app's additions)."""
    ids = {f.doc_id for f in getattr(result, "files", None) or () if getattr(f, "doc_id", None)}
    if len(ids) != len(result.documents):
        ids = {d.id for d in result.documents}
    return ids


def articles_concerned(rows, articles) -> tuple[int, int, int]:
    """(articles with a problem, articles, other files with one: a manifest, a duplicate or unreadable file) of
    :func:`problem_rows` and a corpus's article ids: what :func:`problem_summary` says, and what a store keeps
    in its index (``concerned``) to say it with no list of its articles.

    Examples
    --------
    >>> articles_concerned([("W201", "unplaced", "a.txt", "X", "r"), ("W104", "duplicate", "c.txt", "c.txt", "r")],
    ...                    ["a.txt", "b.txt"])
    (1, 2, 1)
    >>> articles_concerned([], [])
    (0, 0, 0)
    """
    articles = set(articles)
    touched = {row[2] for row in rows if row[2]}
    return len(touched & articles), len(articles), len(touched - articles)


def problem_summary(rows, articles=None, *, counts: tuple[int, int, int] | None = None) -> list[str]:
    """:func:`problem_rows` counted by kind and code, then the names left unplaced in most
    articles, in two lines (why: hundreds of reports list hundreds of problems, and what to look
    at first, a militia read as a place in 20 articles or a region the gazetteer lacks, is lost
    among them). ``articles``: the corpus's article ids, when known: rows of other files (a
    manifest, a duplicate or unreadable file) are then counted as files, not as articles (a folder of
    500 files with 95 duplicates said "articles concerned: 491 of 405"). Seas, rivers, mountains and
    roads, never placed on purpose, are not among the names. Nothing when nothing failed.
    ``counts``: :func:`articles_concerned` counted already (a store's index keeps them: the app on a store
    said "articles concerned: 89" with no "of 121", having no list of its articles).
    A row repeated counts once, as :func:`problem_table` lists it."""
    rows = list(dict.fromkeys(rows))
    if not rows:
        return []
    by_kind: dict[str, Counter] = {}
    for code, kind, *_ in rows:
        by_kind.setdefault(kind, Counter())[code] += 1
    rank = {kind: i for i, kind in enumerate(PROBLEM_ORDER)}
    kinds = sorted(by_kind, key=lambda kind: (rank.get(kind, len(rank) - 1), kind))
    parts = [f"{kind} {sum(codes.values()):,} ({', '.join(f'{c} {n:,}' for c, n in sorted(codes.items()))})"
             for kind, codes in ((kind, by_kind[kind]) for kind in kinds)]
    if counts is None and articles is not None:
        counts = articles_concerned(rows, articles)
    if counts is None:
        concerned = f"articles concerned: {len({row[2] for row in rows if row[2]}):,}"
    else:
        concerned = f"articles concerned: {counts[0]:,} of {counts[1]:,}"
        if counts[2]:
            concerned += f"; other files: {counts[2]:,}"
    lines = [f"{len(rows):,} items ({concerned}): " + "; ".join(parts)]
    # (names only: "the town" with no town before it is no name to add to a gazetteer, a sea none to place)
    named = {(text, doc) for _, kind, doc, text, reason in rows
             if kind == "unplaced" and text[:1].isupper() and not reason.endswith(_FEATURE_REASON_END)}
    spread = Counter(name for name, _ in named)
    common = sorted(((-n, name) for name, n in spread.items() if n > 1))[:SUMMARY_NAMES]
    if common:
        lines.append("Not placed in most articles: " + ", ".join(f"{name!r} ({-n})" for n, name in common))
    return lines


def in_problem_order(rows: list) -> list:
    """:func:`problem_rows` in :data:`PROBLEM_ORDER` of kinds, in their order within a kind (an unknown kind
    before metadata): the app's table and the command line list them alike (the command line listed a
    missing url, 90 lines of them, among the places and dates not read)."""
    rank = {kind: i for i, kind in enumerate(PROBLEM_ORDER)}
    return sorted(rows, key=lambda row: rank.get(row[1], rank["metadata"] - 0.5))  # (stable)


def problem_table(result) -> pd.DataFrame:
    """Everything that could not be read, placed or dated, one row each, in :data:`PROBLEM_ORDER`
    of kinds (articles in their order within a kind); a row repeated (a feed saying "on Monday" in
    each of 40,000 lines) is listed once, its reason ending "(40,000 times)"."""
    rows = problem_rows(result)
    counted = [(*row[:4], f"{row[4]} ({n:,} times)" if n > 1 else row[4])
               for row, n in Counter(rows).items()]  # (a Counter keeps first-seen order)
    return pd.DataFrame(in_problem_order(counted), columns=["code", "kind", "article", "text", "reason"])


#: What a picked row of the problems table shows whole, under the table (its cells are cut at the column's width).
PROBLEM_DETAIL = ("code", "kind", "article", "text", "reason")
#: What a picked row of the events table shows whole: when, where, what, who, and the sentence it was read from.
EVENT_DETAIL = ("event_date", "location", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "quote",
                "notes", "source")


def whole_row(row, columns) -> str:
    """A table's row as Markdown lines "**column**: value", every value escaped and whole, empty ones left
    out (why: a table cuts long text at its column's width, and a problem's reason or an event's sentence
    ran on out of sight with no way to read it).

    Examples
    --------
    >>> import pandas as pd
    >>> print(whole_row(pd.Series({"code": "W201", "text": "[Rafah](x)", "reason": "not placed"}), ["code", "text", "reason"]))
    **code**: W201  
    **text**: \\[Rafah\\]\\(x\\)  
    **reason**: not placed
    >>> whole_row(pd.Series({"actor2": None, "fatalities": float("nan")}), ["actor2", "fatalities", "absent"])
    ''
    >>> whole_row(pd.Series({"quote": "Shelling hit\\n- Kharkiv"}), ["quote"])
    '**quote**: Shelling hit - Kharkiv'
    >>> whole_row(pd.Series({"article": "a.txt", "text": "a.txt", "reason": "no url"}), ["article", "text", "reason"])
    '**article**: a.txt  \\n**reason**: no url'
    """
    lines, said = [], set()
    for name in columns:
        value = row.get(name) if hasattr(row, "get") else None
        if value is None or (isinstance(value, float) and value != value) or str(value) in ("", "<NA>", *said):
            continue  # (nor a value said already: a file's problem quotes its name as its text)
        said.add(str(value))
        lines.append(f"**{name}**: {as_literal_markdown(' '.join(str(value).split()))}")  # (a line break: a space)
    return "  \n".join(lines)


def snapshot_bytes(result, view: View, *, title: str = "conflict-map", sides=None) -> bytes:
    """A standalone HTML map of this view (the build's frames and the view's choices: its note then says
    how many of the events read it shows, as the command line's snapshot does), each side in the colour the
    app's map gives it (``sides``: a store's colour table; by default the build's, as the app makes it)."""
    from layers.html import snapshot_html

    html = snapshot_html(result.events, result.zones, at=view.at, window_days=view.window_days,
                         event_types=list(view.event_types) or None, actors=list(view.actors) or None,
                         profile=result.profile, title=f"{title} — {view.describe()}", merge=view.merge,
                         articles=len(result.documents) or None, sides=sides)
    return html.encode("utf-8")


def timeline_bytes(result, *, title: str = "conflict-map", merge: bool = True, sides=None) -> bytes:
    """A standalone HTML map with its own time slider over all dates (``merge`` as for :class:`View`;
    ``sides`` as for :func:`snapshot_bytes`)."""
    from layers.html import timeline_html

    return timeline_html(result.events, result.zones, profile=result.profile, title=title,
                         articles=len(result.documents) or None,
                         merge=merge, sides=sides).encode("utf-8")


def _via_file(write, suffix: str) -> bytes:
    fd, name = tempfile.mkstemp(suffix=suffix)
    os.close(fd)
    path = Path(name)
    try:
        path.unlink()
        write(path)
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)


def events_geojson_bytes(events) -> bytes:
    from layers import files

    return _via_file(lambda p: files.write_geojson(files.events_geojson(events), p), ".geojson")


def zones_geojson_bytes(zones) -> bytes:
    from layers import files

    return _via_file(lambda p: files.write_geojson(files.zones_geojson(zones), p), ".geojson")


def events_csv_bytes(events) -> bytes:
    from layers import files

    return _via_file(lambda p: files.write_events_csv(events, p), ".csv")


def geopackage_bytes(events, zones) -> bytes:
    from layers import files

    return _via_file(lambda p: files.write_geopackage(events, zones, p), ".gpkg")
