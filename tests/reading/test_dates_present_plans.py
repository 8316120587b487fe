"""Plans told in the present by the verb that governs the date ("Polls open on Sunday", "The summit opens Tuesday",
"ministers meet in Vienna on Monday", "is on 11 January"): the date lies ahead. A headline's present telling a
violent act, a noun after an article or possessive, "to meet", "were open" stay past."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _only(text, published):
    (m,) = [m for m in find_dates(text, published) if m.date is not None]
    return m


@pytest.mark.parametrize("text, published, start", [
    ("Polls open on Sunday across Malawi for the presidential run-off.", D(2024, 6, 5), D(2024, 6, 9)),
    ("The regional summit opens Tuesday in Lusaka.", D(2024, 6, 9), D(2024, 6, 11)),
    ("Defence ministers meet in Brussels on Thursday to weigh new air defences.", D(2024, 6, 10), D(2024, 6, 13)),
    ("Mali's transitional council holds an extraordinary session on Friday.", D(2024, 6, 10), D(2024, 6, 14)),
    ("Schools in Cap-Haitien stay shut until 21 June.", D(2024, 6, 10), D(2024, 6, 21)),
    ("The second round of the vote is on 7 July.", D(2024, 6, 30), D(2024, 7, 7)),
    ("Armenia's parliament reviews the border deal in September.", D(2024, 6, 30), D(2024, 9, 1)),
    ("Negotiators return to Jeddah on 3 August, a mediator told reporters.", D(2024, 7, 20), D(2024, 8, 3)),
])
def test_a_schedule_told_in_the_present_lies_ahead(text, published, start):
    m = _only(text, published)
    assert m.date.start == start and m.future


@pytest.mark.parametrize("text, published, start", [
    ("Soldiers open fire on protesters in Bamako on Tuesday.", D(2024, 6, 13), D(2024, 6, 11)),
    ("The envoy cut short a state visit on Monday after the shelling.", D(2024, 6, 13), D(2024, 6, 10)),
    ("Both sides agreed to meet on Monday but the talks collapsed.", D(2024, 6, 13), D(2024, 6, 10)),
    ("Most shops were open on Sunday despite the curfew in Kisumu.", D(2024, 6, 13), D(2024, 6, 9)),
    ("Fighting close to the airport on Tuesday forced flights to divert.", D(2024, 6, 13), D(2024, 6, 11)),
    ("Police said their return on Friday was delayed by roadblocks.", D(2024, 6, 13), D(2024, 6, 7)),
])
def test_past_acts_and_nouns_stay_past(text, published, start):
    m = _only(text, published)
    assert m.date.start == start and not m.future
