"""Live-blog time stamps read as a clock: the day each entry of a live blog was filed.

A live blog's entries open with a time stamp ("22:48 GMT — Explosions were heard ...", "9:10 p.m. ET —",
"Saturday 23:10 GMT —"). Its undated entries are of their stamp's day, which is not always the publication day: a
blog published on Sunday whose stamps run 21:40, 22:15, 23:58, 00:35 tells Saturday's night first. The day is read
as a reader does: from a day heading above the entry ("Saturday 8 November") or a weekday in the stamp, else from
the publication day at the blog's newest end; and a stamp earlier on the clock than the one before it, by more than
:data:`_WRAP_MINUTES`, has crossed midnight (an entry moved by a few minutes has not).

The stamps are not date mentions (:mod:`reading.dates`): an entry that tells its own day ("said on Friday") keeps it;
:mod:`reading.events` dates only the undated entries by their stamp (``entry_day``).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import Iterable, Iterator

__all__ = ["STAMP_LINE", "heading_end", "day_headings", "stamp_days", "entry_day"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: An entry's opening stamp: at a line's start, a clock time with a zone, or with a dash or the line's end after it
#: ("22:48 GMT —", "9:10 p.m. ET —", "Sunday 00:30 GMT —", "16:42" alone), or a bare "HH:MM" with a colon before the
#: entry's first word, capitalised or quoted ("14:05 Explosions heard", dat13); not "10.5 million ...", "10.30 Sudan".
_STAMP = re.compile(
    r"(?m)^[ \t]*(?:(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)),?[ \t]+)?"
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)"
    r"(?:[ \t]*(?P<ap>[apAP])\.?[mM]\.?)?"
    r"(?P<zone>[ \t]+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EAT|CAT|WAT|IST|PKT|ET|EST|EDT|CT|PT|PST|PDT|AEST|AEDT)\b"
    r"|[ \t]+\([A-Z][\w .]*\))?"
    r"(?(zone)|(?=[ \t]*(?:[-–—:|]|$)|(?<=:\d\d)[ \t]+[A-Z\"“‘']))"
)
#: A line opening with a time stamp, loosely (what makes a line no heading; "16:42" alone, "10.30 Sudan").
STAMP_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d{2}\b")
#: A stamp this many minutes or more earlier on the clock than the one before it has crossed midnight.
_WRAP_MINUTES = 6 * 60
#: How few stamps make a text a live blog.
_MIN_STAMPS = 2


def heading_end(text: str, start: int) -> int:
    """Where the line holding ``start`` ends when that line could head a day's entries (a short line with no closing
    stop and no stamp: "Saturday 8 November", "Live updates, Friday 29 November 2024"); else -1."""
    ls, le = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    le = le if le >= 0 else len(text)
    line = text[ls:le].strip()
    heading = line and len(line.split()) <= 12 and line[-1] not in ".!?:" and not STAMP_LINE.match(line)
    return le if heading else -1


def day_headings(text: str, mentions: Iterable) -> Iterator[tuple[int, dt.date]]:
    """(where its line ends, day) of each day heading among ``mentions`` (date mentions of ``text``): a day told by
    its date or weekday, not a relative one ("Updated 5 hours ago" heads no day's entries). Read as they are asked
    for: :func:`stamp_days` asks only of a live blog, and most texts are none."""
    for m in mentions:
        if m.date is not None and m.date.precision == "day" and m.date.basis not in ("relative", "publication") \
                and (end := heading_end(text, m.start)) >= 0:
            yield end, m.date.start


def _minutes(m: re.Match) -> int:
    h = int(m["h"])
    if m["ap"]:
        h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
    return 60 * h + int(m["mi"])


def _weekday_on_or_before(day: dt.date, name: str) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - _WEEKDAYS.index(name.lower())) % 7)


def stamp_days(text: str, published: dt.date | None,
               headings: Iterable[tuple[int, dt.date]] = ()) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each entry stamp of a live blog (two or more stamps), in text order; a stamp whose day
    cannot be told is left out. ``headings``: (position, day) of the blog's day headings, in text order.

    Examples
    --------
    >>> blog = "Live\\n23:10 GMT — Blasts.\\n23:50 GMT — Fires.\\n00:20 GMT — Two dead."
    >>> [str(d) for _, _, d in stamp_days(blog, dt.date(2026, 5, 3))]
    ['2026-05-02', '2026-05-02', '2026-05-03']
    """
    if published is None or text.count(":") + text.count(".") < _MIN_STAMPS:
        return []
    stamps = [m for m in _STAMP.finditer(text)]
    if len(stamps) < _MIN_STAMPS:
        return []
    heads = sorted(headings)
    head_at = [p for p, _ in heads]
    # sections: the stamps under one heading (or under none, before the first)
    sections: dict[int, list[re.Match]] = {}
    for m in stamps:
        sections.setdefault(bisect_right(head_at, m.start()) - 1, []).append(m)
    # the page's order from the steps between stamps shorter than a night (a step across midnight tells none);
    # oldest first when they do not tell
    clock = [_minutes(m) for m in stamps]
    steps = [b - a for a, b in zip(clock, clock[1:]) if abs(b - a) < _WRAP_MINUTES]
    newest_first = sum(d > 0 for d in steps) < sum(d < 0 for d in steps)
    out: list[tuple[int, int, dt.date]] = []
    for h, ms in sections.items():
        if h >= 0:
            anchor, anchor_at = heads[h][1], 0  # the heading's day is its first entry's
        else:  # no heading above: the blog's newest entry is of the publication day
            anchor, anchor_at = published, (0 if newest_first else len(ms) - 1)
        days: list[dt.date | None] = [None] * len(ms)
        days[anchor_at] = anchor
        step = -1 if newest_first else 1  # a day's change going down the page
        for i in range(anchor_at + 1, len(ms)):  # down the page from the anchor
            wrapped = (_minutes(ms[i - 1]) - _minutes(ms[i])) * step >= _WRAP_MINUTES
            days[i] = days[i - 1] + dt.timedelta(days=step if wrapped else 0)
        for i in range(anchor_at - 1, -1, -1):  # up the page from it
            wrapped = (_minutes(ms[i]) - _minutes(ms[i + 1])) * step >= _WRAP_MINUTES
            days[i] = days[i + 1] - dt.timedelta(days=step if wrapped else 0)
        for i, m in enumerate(ms):
            day = days[i]
            if m["wd"]:  # "Sunday 00:30 GMT": the stamp tells its day (the latest such one by the section's day)
                day = _weekday_on_or_before(day if h >= 0 else published, m["wd"])
                days[i] = day
                for j in range(i + 1, len(ms)):  # and the entries below it count from it
                    wrapped = (_minutes(ms[j - 1]) - _minutes(ms[j])) * step >= _WRAP_MINUTES
                    days[j] = days[j - 1] + dt.timedelta(days=step if wrapped else 0)
            out.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), days[i]))
    return sorted(out)


def entry_day(stamps: list[tuple[int, int, dt.date]], pos: int) -> dt.date | None:
    """The day of the live-blog entry holding ``pos``: its stamp's, the latest stamp at or before it; else None."""
    i = bisect_right(stamps, (pos, 1 << 30)) - 1
    return stamps[i][2] if i >= 0 else None
