"""Happenings: the reports of several articles on one event, grouped.

Reuters, AP and a local paper reporting the same air strike on the same town on
the same day are three rows of the events frame (one per report: nothing is
lost, each keeps its article, sentence and toll) but one happening, as ACLED
counts "one event, several sources". Within one article
:mod:`reading.event_merge` already folds retellings together; this module does
the same across articles, at the layer stage, on the frame's columns only.

Two reports are the same happening when all of these hold:

- they come from **different articles** (a happening takes at most one report
  per article: what one article tells twice and its reading kept apart stays apart);
- the same **event type and sub-event type** (an agreement and an arrest are both
  strategic developments), and the same planned / background flags;
- their **dates** agree: both dated; day- or week-precision spans that overlap
  (a "week" report does cover the day reports inside it), or month-precision
  reports of the same month. A day- or week-precision report never merges with
  a month- or year-precision one (a "this month" report may sum up many
  strikes), year-precision reports never merge, nor do spans longer than
  :data:`MAX_SPAN_DAYS`. A week-precision row's span is taken around its
  filed day (``event_date``, the span's middle) up to ``date_end``;
- their **places** agree: the same place precision (a region- or
  country-level report never swallows a town-level one), centres within
  :data:`NEAR_KM` (the same gazetteer place gives the same centre; a district
  of the town is near it), and for approximate places (precision 2: near a
  town, part of a region) the same place name as well. Reports placed only to
  a larger region or a whole country (precision 3) never merge: two UN
  meetings "in Libya" the same week are not one event;
- their **actors** do not contradict: both sides known and different, or one
  report's first actor is the other's second and not its first (who attacked
  whom swapped), keeps them apart; different wordings of one actor do not.

Grouping is complete-linkage and greedy, in frame order (event date, then event
id, both read from the reports' content, not the order articles came in): each
report joins the earliest happening whose every report it agrees with, else
starts one. So a chain of day-after-day strikes never glues into one
happening, and the output does not depend on the order of articles. A
happening's id is the ``event_id`` of its first report (a lone report's
happening is its own id). Cost: one pass over the rows, each looking up the
few happenings indexed under its kind, day and ~10 km grid cell (and the 8
cells around it): O(n) dictionary lookups after the frame's own sort.

Tolls: the rows keep each report's toll; a happening's popup shows one number
when its reports agree, else the range ("3-5 (reports differ)": lowest to
highest reported), and says "reported by N articles" above each report's
source, sentence, date and actors (``conflict-map.js``).
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from geo.distance import great_circle_km

__all__ = ["NEAR_KM", "MAX_SPAN_DAYS", "happening_ids", "lead_rows", "whole_happenings", "count_happenings"]

#: Reports whose place centres lie further apart are different happenings (km).
NEAR_KM = 3.0
#: Reports spanning more days than this are never merged (a long campaign is not one strike).
MAX_SPAN_DAYS = 31
#: Grid cell of the lookup (degrees): wider than :data:`NEAR_KM` up to ~74 degrees of latitude.
_CELL = 0.1
_NEIGHBOURS = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _days(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Day numbers of ISO dates (each distinct text parsed once), and where they are missing."""
    codes, uniques = pd.factorize(values.fillna("").astype(str), sort=False)
    table, bad = [], []
    for text in uniques.tolist():
        try:
            table.append(dt.date.fromisoformat(text[:10]).toordinal())
            bad.append(False)
        except ValueError:
            table.append(0)
            bad.append(True)
    table.append(0)
    bad.append(True)
    return np.asarray(table, dtype=np.int64)[codes], np.asarray(bad, dtype=bool)[codes]


def _normed(values: pd.Series, rows: np.ndarray) -> np.ndarray:
    """Case- and space-folded text of ``values`` at ``rows`` (each distinct text folded once)."""
    codes, uniques = pd.factorize(values.iloc[rows].fillna("").astype(str), sort=False)
    folded = np.asarray([" ".join(v.casefold().split()) for v in uniques.tolist()] + [""], dtype=object)
    out = np.full(len(values), "", dtype=object)
    out[rows] = folded[codes]
    return out


def _shared(key: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """True where another row with the same ``key`` comes from another article (``doc`` codes)."""
    order = np.lexsort((doc, key))
    k, d = key[order], doc[order]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    ends = np.r_[starts[1:], len(k)] - 1
    mixed = d[starts] != d[ends]
    hit = np.zeros(len(key), dtype=bool)
    hit[order] = np.repeat(mixed, ends - starts + 1)
    return hit


def _maybe(rows: np.ndarray, kind: np.ndarray, start: np.ndarray, end: np.ndarray, lat: np.ndarray,
           lon: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """The ``rows`` that may share a happening: a row spanning several days, a one-day row on a day
    such a row of its kind covers, or a one-day row with a row of another article of its kind, day
    and cell of a grid of twice :data:`_CELL`, in one of four such grids shifted by half a cell
    (two centres less than half a cell apart share a cell of one of them). Vectorised: most rows of a big frame have no such partner and
    skip the lookup loop."""
    single = start[rows] == end[rows]
    one = rows[single]
    if not len(one):
        return rows
    day = start[one] - start[one].min()
    kind1 = kind[one].astype(np.int64)
    if kind1.max() >= 1 << 10 or day.max() >= 1 << 20:
        return rows
    found = np.zeros(len(one), dtype=bool)
    many = rows[~single]
    if len(many):  # the days multi-day rows cover, as (kind, day) keys (days before the first one-day row: none)
        lo = start[one].min()
        spans = [np.arange(max(start[r], lo), end[r] + 1) - lo for r in many.tolist()]
        covered = np.concatenate([kind[r].astype(np.int64) << 20 | d for r, d in zip(many.tolist(), spans)])
        found |= np.isin(kind1 << 20 | day, covered)
    doc1 = doc[one]
    for ox in (0.0, 0.5):
        for oy in (0.0, 0.5):
            gx = (np.floor(lat[one] / (2 * _CELL) + ox).astype(np.int64) + 1024) & 2047
            gy = (np.floor(lon[one] / (2 * _CELL) + oy).astype(np.int64) + 2048) & 4095
            found |= _shared((((kind1 << 20 | day) << 11 | gx) << 12) | gy, doc1)
    return np.sort(np.concatenate([rows[~single], one[found]]))


def happening_ids(frame: pd.DataFrame) -> np.ndarray:
    """The happening of each row of an events frame (an object array of event ids, in row order).

    Rows are grouped in the frame's order, which :func:`layers.events.events_frame`
    makes (event_date, event_id); see the module's docstring for the rules.

    >>> happening_ids(pd.DataFrame({"event_id": []})).tolist()
    []
    """
    ids = frame["event_id"].fillna("").astype(str).to_numpy(dtype=object)
    out = ids.copy()
    n = len(frame)
    if n < 2:
        return out
    filed, undated = _days(frame["event_date"])
    end, no_end = _days(frame["date_end"])
    end = np.where(no_end, filed, np.maximum(end, filed))
    tp = frame["time_precision"].to_numpy(dtype=np.int64)
    # A week-precision row is filed under its span's middle: its span starts as far before.
    start = np.where(tp == 2, filed - (end - filed), filed)
    etype = frame["event_type"].fillna("").astype(str)
    gp = frame["geo_precision"].to_numpy(dtype=np.int64)
    type_codes, _ = pd.factorize(etype + "\0" + frame["sub_event_type"].fillna("").astype(str), sort=False)
    gp_codes, _ = pd.factorize(gp, sort=False)
    flags = frame["planned"].to_numpy(dtype=bool) * 2 + frame["background"].to_numpy(dtype=bool) + 4 * (tp == 3)
    # One number per (type and sub-type, planned, background, tp class, geo precision), numbered 0..k-1.
    _, kind = np.unique((type_codes.astype(np.int64) * 8 + flags) * (gp_codes.max() + 1) + gp_codes,
                        return_inverse=True)
    lat = frame["latitude"].to_numpy(dtype=float)
    lon = frame["longitude"].to_numpy(dtype=float)
    doc_codes, _ = pd.factorize(frame["doc_id"].fillna("").astype(str), sort=False)
    can = (~undated & (tp <= 3) & (gp <= 2) & (end - start < MAX_SPAN_DAYS) & np.isfinite(lat) & np.isfinite(lon)
           & (etype.to_numpy() != ""))
    rows = _maybe(np.flatnonzero(can), kind, start, end, lat, lon, doc_codes)
    if len(rows) < 2:
        return out
    doc = doc_codes
    cx = np.floor(lat / _CELL).astype(np.int64)
    cy = np.floor(lon / _CELL).astype(np.int64)
    place = _normed(frame["location"], rows)
    side = (frame["side"].fillna("").astype(str).to_numpy(dtype=object) if "side" in frame
            else np.full(n, "", dtype=object))
    a1 = _normed(frame["actor1"], rows)
    a2 = _normed(frame["actor2"], rows)

    def agree(i: int, j: int) -> bool:
        if doc[i] == doc[j]:
            return False
        if tp[i] == 3 or tp[j] == 3:
            if start[i] != start[j] or end[i] != end[j]:
                return False
        elif start[i] > end[j] or start[j] > end[i]:
            return False
        if gp[i] >= 2 and place[i] != place[j]:  # (gp is the same: part of the kind)
            return False
        if (lat[i], lon[i]) != (lat[j], lon[j]) and great_circle_km(lat[i], lon[i], lat[j], lon[j]) > NEAR_KM:
            return False
        if side[i] and side[j] and side[i] != side[j]:
            return False
        if a1[i] and a1[j] and a1[i] != a1[j] and (a1[i] == a2[j] or a1[j] == a2[i]):
            return False
        return True

    members: list[list[int]] = []
    index: dict[tuple, list[int]] = {}
    for i in rows.tolist():
        k, x, y = int(kind[i]), int(cx[i]), int(cy[i])
        days = (int(start[i]),) if tp[i] == 3 else range(int(start[i]), int(end[i]) + 1)
        best = -1
        seen: set[int] = set()
        for day in days:
            for dx, dy in _NEIGHBOURS:
                for h in index.get((k, x + dx, y + dy, day), ()):
                    if h not in seen:
                        seen.add(h)
                        if (best < 0 or h < best) and all(agree(i, j) for j in members[h]):
                            best = h
        if best < 0:
            best = len(members)
            members.append([i])
        else:
            members[best].append(i)
            out[i] = ids[members[best][0]]
        for day in days:
            at = index.setdefault((k, x, y, day), [])
            if not at or at[-1] != best:
                at.append(best)
    return out


def lead_rows(frame: pd.DataFrame) -> np.ndarray:
    """For each row, the position (0..n-1) of the first row of its happening in this frame; each row
    its own without a ``happening`` column."""
    n = len(frame)
    if "happening" not in frame.columns or not n:
        return np.arange(n, dtype=np.int64)
    codes, _ = pd.factorize(frame["happening"].fillna("").astype(str), sort=False)
    _, first = np.unique(codes, return_index=True)
    return first[codes].astype(np.int64)


def whole_happenings(frame: pd.DataFrame, kept: pd.DataFrame) -> pd.DataFrame:
    """``kept`` (rows of ``frame`` a filter kept) grown by the other reports of its happenings, in
    ``frame``'s order: a happening shows when one of its reports passes the filters, with all its
    sources."""
    if "happening" not in frame.columns or len(kept) == len(frame) or not len(kept):
        return kept
    wanted = frame["happening"].isin(pd.unique(kept["happening"]))
    if int(wanted.sum()) == len(kept):
        return kept
    return frame.loc[wanted.to_numpy()].copy()


def count_happenings(frame: pd.DataFrame) -> int:
    """Distinct happenings among the rows (the rows themselves without a ``happening`` column)."""
    if "happening" not in frame.columns:
        return len(frame)
    return int(frame["happening"].nunique())

