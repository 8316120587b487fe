"""Audit 5 (timelines, spokesmen, state media, court texts; non-conflict news using war words):
events and actors. Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text
from reading.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline(profile=None)


def read(nlp, text, published="2023-10-18", title=None):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published, title=title))


def rows(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None), e.fatalities) for e in doc.events]


# --- a headline retold by the body: the body's telling is kept, not both lost --------------------


@pytest.mark.parametrize("title, body, sub", [
    ("Turkey says air defences downed 12 drones over Hatay province",
     "Turkey's defence ministry said on Wednesday that air defences had downed 12 drones over Hatay province. "
     "Syria's army said Turkey launched 30 drones at Aleppo on Tuesday, of which 18 were shot down.",
     "Disrupted weapons use"),
    ("Pakistani jets strike militant hideouts in eastern Afghanistan",
     "Pakistani jets carried out strikes on militant hideouts in eastern Afghanistan overnight, officials said. "
     "Afghan officials said Pakistani strikes on a village near Khost killed nine people on Monday.",
     "Air/drone strike"),
])
def test_headline_retold_by_body_is_kept_once(nlp, title, body, sub):
    doc = read(nlp, title + "\n\n" + body)
    got = [e for e in doc.events if e.sub_event_type == sub]
    first_body = doc.text.index(body[:30])
    assert any(e.evidence.start >= first_body and e.evidence.start < first_body + len(body.split(". ")[0]) for e in got), rows(doc)
