"""Plans told without "will": "is expected in", "is due on", a pledge, a schedule in the present ("takes effect",
"expires", "go to the polls", "Polls open on Sunday", "The summit opens Tuesday", "ministers meet in Vienna on
Monday", "is on 11 January") or with "would take place": the date lies ahead, not a year back. A headline's present
telling a violent act, a noun after an article or possessive, "to meet", "were open" stay past."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, published, start", [
    ("A fresh government offensive is widely expected in the spring.", D(2024, 1, 22), D(2024, 3, 1)),
    ("The ruling is expected in November, lawyers for the generals say.", D(2023, 10, 2), D(2023, 11, 1)),
    ("A ministerial meeting on the refugee crisis is due on 14 June in Amman.", D(2024, 6, 3), D(2024, 6, 14)),
    ("Both militias pledged to lay down arms on 2 March.", D(2024, 2, 20), D(2024, 3, 2)),
    ("The army's state of emergency in Ituri expires on 30 September.", D(2023, 9, 8), D(2023, 9, 30)),
    ("Voters in Bougainville go to the polls on Saturday.", D(2024, 5, 8), D(2024, 5, 11)),
    ("The truce takes effect at dawn on Thursday, the mediators announced.", D(2024, 5, 6), D(2024, 5, 9)),
    ("Officials said the handover would take place on 9 July in Bossaso.", D(2024, 7, 1), D(2024, 7, 9)),
    ("The second round of the presidential vote is set for 23 June.", D(2024, 6, 10), D(2024, 6, 23)),
])
def test_plans_lie_ahead(text, published, start):
    m = only_date(text, published)
    assert m.date.start == start and m.future


@pytest.mark.parametrize("text, published, start", [
    ("The aid convoy, which was expected in Kalemie on Friday, never arrived.", D(2024, 5, 8), D(2024, 5, 3)),
    ("Rebels stormed the prison on Saturday, freeing 300 inmates.", D(2024, 5, 8), D(2024, 5, 4)),
])
def test_past_days_stay_past(text, published, start):
    m = only_date(text, published)
    assert m.date.start == start and not m.future


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
    m = only_date(text, published)
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
    m = only_date(text, published)
    assert m.date.start == start and not m.future
