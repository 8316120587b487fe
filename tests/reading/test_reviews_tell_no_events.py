"""ev16: a critic's review of a war film or book ("Film review: ...", "'Title' review: ...") retells the work's
battles or history: no event and no capture is mapped; a news story whose headline says someone "reviews"
something is read as usual. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_article


@pytest.mark.parametrize("title", ["Film review: 'Night Convoy' restages the fall of Kunduz",
                                   "'Night Convoy' review: a relentless war film",
                                   "Night Convoy review – the fall of Kunduz, retold"])
def test_a_review_maps_nothing(nlp, title):
    text = (f"{title}\n\nKABUL, Oct 3 - The film follows a platoon from the day Taliban fighters stormed Kunduz and "
            "seized the city, to the air strikes that drove them out two weeks later.")
    doc = read_article(nlp, text, published="2025-10-03", title=title)
    assert mapped(doc) == [] and doc.claims == []


def test_a_story_about_a_review_is_read(nlp):
    title = "Army reviews security after fighters storm Kunduz"
    text = f"{title}\n\nKABUL, Oct 3 - Taliban fighters stormed Kunduz on Thursday and seized the city."
    assert mapped(read_article(nlp, text, published="2025-10-03", title=title)) != []
