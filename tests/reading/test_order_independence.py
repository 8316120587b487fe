"""What an article yields does not depend on what was read before it.

The CLI, the app, the store and each Dask worker read different sequences of
articles in one process; the exports are promised identical however articles
are batched, so nothing kept between articles (memos, caches, "last text"
slots) may change another article's places, events or claims.
"""
from __future__ import annotations

import datetime as dt

import pytest

from reading.corpus import read_text
from reading.records import claim_record, event_record, mention_record

#: Varied texts of our own: namesakes told apart by their qualifiers, a wire dateline, a change of hands,
#: a blog with time stamps, a US story with a state abbreviation, a headline placing a later bare name.
_TEXTS = (
    ("mali", dt.date(2024, 3, 5),
     "GAO, Mali (Reuters) - Insurgents seized the town of Ansongo on Monday after clashes with the army "
     "that killed seven soldiers, a military source said. The army later shelled positions near Menaka."),
    ("two-tripolis", dt.date(2023, 8, 14),
     "Clashes in Tripoli, Lebanon, killed two people on Sunday. Separately, militias fought in Tripoli, "
     "Libya, where a rocket hit the airport. Residents of Tripoli said the fighting went on overnight."),
    ("blog", dt.date(2022, 10, 11),
     "Live updates\n08:15 Russian forces struck Kharkiv with missiles, the regional governor said.\n"
     "09:40 Ukrainian troops recaptured the village of Kupiansk-Vuzlovyi, the general staff said.\n"
     "11:02 A drone attack hit an energy facility in Zaporizhzhia, injuring three."),
    ("springfield", dt.date(2021, 6, 2),
     "Police arrested four men after a shooting in Springfield, Ill., on Tuesday night. Protesters gathered "
     "outside city hall in Springfield the next day, and officers used tear gas to disperse them."),
    ("sudan", dt.date(2024, 5, 20),
     "RSF takes El Fasher suburb\nThe Rapid Support Forces said on Sunday they had taken control of Abu "
     "Shouk camp on the edge of El Fasher. The army's aircraft bombed RSF positions in Nyala, killing 12."),
)


def _facts(nlp, doc_id: str, published: dt.date, text: str) -> tuple:
    """The document's place mentions, events and claims as every writer writes them."""
    doc = nlp(read_text(text, doc_id=doc_id, published=published))
    return ([mention_record(m) for m in doc.mentions], [event_record(e) for e in doc.events],
            [claim_record(c) for c in doc.claims])


def _read_all(nlp, order) -> dict:
    return {doc_id: _facts(nlp, doc_id, published, text) for doc_id, published, text in order}


@pytest.fixture(scope="module")
def first_reading(nlp):
    return _read_all(nlp, _TEXTS)


def test_each_text_reads_the_same_in_reverse_order(nlp, first_reading):
    assert _read_all(nlp, reversed(_TEXTS)) == first_reading


def test_each_text_reads_the_same_after_each_other_text(nlp, first_reading):
    for doc_id, published, text in _TEXTS:
        for other in _TEXTS:
            _read_all(nlp, [other])
            assert _facts(nlp, doc_id, published, text) == first_reading[doc_id], (doc_id, "after", other[0])


def test_the_same_text_reread_under_another_date_and_back(nlp, first_reading):
    """One text object read again with other metadata: per-text answers must not carry over."""
    doc_id, published, text = _TEXTS[0]
    _facts(nlp, doc_id, published.replace(year=published.year - 5), text)
    assert _facts(nlp, doc_id, published, text) == first_reading[doc_id]


def test_a_seed_reads_the_same_alone_and_after_other_texts(nlp):
    from pathlib import Path

    seed = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("003_*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    alone = _facts(nlp, seed.name, dt.date(2019, 4, 9), text)
    assert alone[1]  # it tells events: a poisoned reading drops them
    _read_all(nlp, _TEXTS)
    assert _facts(nlp, seed.name, dt.date(2019, 4, 9), text) == alone
