"""An earlier act told as a lag right after the day of the act before, with no comma ("took Kidal on Tuesday
two days after seizing Anefis") is dated by the lag, as with a comma. Sentences of our own."""
import datetime as dt

import pytest

from reading.corpus import read_text


@pytest.mark.parametrize("text, town, day", [
    ("Rebels took Kidal on Tuesday two days after seizing Tessalit.", "Tessalit", dt.date(2023, 11, 12)),
    ("Drones struck Sumy on Thursday a day after a missile attack on Poltava killed four.", "Poltava",
     dt.date(2023, 11, 15)),
])
def test_the_earlier_act_is_dated_by_the_lag(nlp, text, town, day):
    doc = nlp(read_text(text, doc_id="t", published="2023-11-18"))
    got = [(e.location.name, e.date.start) for e in doc.events if e.location is not None and e.date is not None]
    assert any(p.startswith(town[:4]) and d == day for p, d in got), got
