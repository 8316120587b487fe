"""A wire story's dateline dates the report, not the capture its first sentence tells: each place of a captured
list takes the day the sentence gives ("on Thursday"), however far an apposition pushes it from the place, as the
capture events already did. Sentences of our own (Afghanistan, Mali, Sudan)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import read_article


@pytest.mark.parametrize("text, published, day", [
    ("KABUL, Aug 13 (Reuters) - Taliban fighters captured Kunduz and Taloqan, the two largest towns of the "
     "north-east, on Thursday night, officials said.", "2021-08-13", dt.date(2021, 8, 12)),
    ("BAMAKO, Sept 8 (AP) - JNIM fighters seized Douentza and Gao, two towns on the Niger bend, on Saturday, "
     "residents said.", "2025-09-08", dt.date(2025, 9, 6)),
    ("PORT SUDAN, Sudan, May 4 (Reuters) - The army retook Bara and Um Rawaba, two towns of North Kordofan, "
     "on Friday, a military source said.", "2025-05-04", dt.date(2025, 5, 2)),
])
def test_each_place_of_a_captured_list_takes_the_sentence_day_not_the_dateline(nlp, text, published, day):
    doc = read_article(nlp, text, published)
    took = [(c.location.name, c.date.start) for c in doc.claims if c.relation == "took"]
    assert len(took) == 2 and all(d == day for _, d in took), took
