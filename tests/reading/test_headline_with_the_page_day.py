"""ev16: a headline stamped with the page's own day ("Weekly brief, March 3, 2025: rebels seize Bunia") over a body
that tells the capture on its own day is one event, as an undated headline's; a headline event the body does not
retell stays. Sentences of our own."""
from tests.reading.mapped_events import mapped, read_article


def test_a_headline_dated_by_its_page_is_the_bodys_event(nlp):
    title = "Weekly brief, March 3, 2025: rebels seize Bunia"
    text = (f"{title}\n\nCONGO. CODECO militia fighters seized Bunia, the capital of Ituri, on March 1 after "
            "government troops withdrew, local officials said.")
    evs = mapped(read_article(nlp, text, published="2025-03-03", title=title))
    assert [str(e.date.start) for e in evs] == ["2025-03-01"], evs


def test_a_headline_event_the_body_does_not_tell_stays(nlp):
    title = "Weekly brief, March 3, 2025: rebels seize Bunia"
    text = f"{title}\n\nCONGO. Aid agencies said on March 2 that 20,000 people had fled Djugu territory this year."
    evs = mapped(read_article(nlp, text, published="2025-03-03", title=title))
    assert [str(e.date.start) for e in evs] == ["2025-03-03"], evs
