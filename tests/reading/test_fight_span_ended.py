"""A fight's whole span told as ended by a deal ("a deal to end six weeks of fighting over the region") is no fight of
the deal's day; the deal is the event."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def test_the_span_a_deal_ends_is_no_battle(nlp):
    body = ("ADDIS ABABA, Nov 3 - The government and the rebels signed a deal in Pretoria on Wednesday to end two "
            "years of fighting in the north.")
    doc = nlp(read_text(f"Deal signed\n\n{body}", doc_id="t", published="2022-11-03", title="Deal signed"))
    assert [e.event_type for e in mapped(doc)] == ["Strategic developments"], doc.events


def test_fighting_that_ended_on_a_day_is_still_told(nlp):
    body = "KHARTOUM, Nov 3 - Fighting near Omdurman on Wednesday killed 12 soldiers, officials said."
    doc = nlp(read_text(f"Clashes\n\n{body}", doc_id="t", published="2022-11-03", title="Clashes"))
    assert [e.event_type for e in mapped(doc)] == ["Battles"], doc.events
