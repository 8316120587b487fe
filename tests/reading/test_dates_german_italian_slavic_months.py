"""German, Italian, Dutch, Polish, Turkish, Russian and Ukrainian dates quoted in English copy (session 26, dat13):
a German day's number ends with a dot and its month is capitalised ("am 7. Juli", "vom 20. Oktober 2024", "1. bis
4. April"), Italian and Dutch months are lower case ("il 9 settembre", "dal 4 al 6 ottobre", "op 12 mei 2024"),
Polish, Russian and Ukrainian ones take the genitive after a day ("11 listopada 2023 r.", "от 2 октября", "з 5 по 7
липня"), and a foreign month told with its year is that month ("settembre 2022", "листопад 2024 року"), two of them a
span ("marzo-maggio 2024", "Februar bis April 2025"). A number ending an English sentence before a month that opens
the next ("rose to 23. August was ...") is no German day. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ('The Saxon interior ministry\'s order "vom 20. Oktober 2024" closed the shelter in Bautzen.', D(2024, 11, 2),
     D(2024, 10, 20), D(2024, 10, 20), "day"),
    ('The charter flight left Düsseldorf "am 7. Juli" with 41 people aboard.', D(2025, 7, 15),
     D(2025, 7, 7), D(2025, 7, 7), "day"),
    ('Border checks ran "1. bis 4. April", the federal police said.', D(2025, 4, 20),
     D(2025, 4, 1), D(2025, 4, 4), "week"),
    ('The prefecture of Bari ordered the evictions "il 9 settembre 2024".', D(2024, 9, 30),
     D(2024, 9, 9), D(2024, 9, 9), "day"),
    ('Protests "dal 4 al 6 ottobre" blocked the port of Genoa.', D(2025, 10, 20), D(2025, 10, 4), D(2025, 10, 6),
     "week"),
    ('The COA letter is dated "op 12 mei 2024" and names the Budel centre.', D(2024, 6, 1),
     D(2024, 5, 12), D(2024, 5, 12), "day"),
    ('Warsaw\'s decree of "11 listopada 2023 r." extended the zone at Białowieża.', D(2023, 12, 1),
     D(2023, 11, 11), D(2023, 11, 11), "day"),
    ('Ankara\'s governor banned rallies on "14 Şubat 2025".', D(2025, 2, 20), D(2025, 2, 14), D(2025, 2, 14), "day"),
    ('The court in Rostov sentenced him "от 2 октября 2024 года", TASS said.', D(2024, 10, 10),
     D(2024, 10, 2), D(2024, 10, 2), "day"),
    ('Drones hit the refinery "з 5 по 7 липня", the general staff said.', D(2025, 7, 12),
     D(2025, 7, 5), D(2025, 7, 7), "week"),
    ('The ministry\'s summary for "листопад 2024 року" lists 95 strikes.', D(2025, 1, 10),
     D(2024, 11, 1), D(2024, 11, 30), "month"),
    ('Landings in "settembre 2022" were the highest on record, Rome said.', D(2025, 1, 10),
     D(2022, 9, 1), D(2022, 9, 30), "month"),
    ('The coastguard\'s report for "marzo-maggio 2024" counts 31 shipwrecks.', D(2024, 7, 1),
     D(2024, 3, 1), D(2024, 5, 31), "month"),
    ('BAMF figures for "Februar bis April 2025" show claims down a fifth.', D(2025, 6, 3),
     D(2025, 2, 1), D(2025, 4, 30), "month"),
])
def test_a_foreign_date_in_english_copy(text, published, start, end, precision):
    assert dated(text, published) == [(start, end, precision)]


@pytest.mark.parametrize("text", [
    "The death toll rose to 23. August polls showed support falling.",
    "NASA's Mars 2030 plan was discussed.",
    "The rapper Mayo 2024 tour was cancelled.",
])
def test_an_english_sentence_is_no_foreign_date(text):
    assert [m for m in find_dates(text, D(2025, 9, 1)) if m.date and m.date.precision == "day"] == []
    assert not any(m.text.startswith(("Mars", "Mayo")) for m in find_dates(text, D(2025, 9, 1)))
