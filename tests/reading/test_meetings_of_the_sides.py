"""A meeting is a strategic development of a conflict (ACLED) only when its sides or its settlement are at the
table: talks on a ceasefire, peace, prisoners or a surrender, or with an armed group; a cabinet's budget meeting,
two allies' summit, a press conference or a meeting that only agreed what the sentence's agreement tells are no
event of their own. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import kinds, mapped


def read(nlp, text, published="2025-03-12"):
    return mapped(nlp(read_text(text, doc_id="t", published=published)))


@pytest.mark.parametrize("text", [
    "The cabinet met in Kampala on Tuesday to approve next year's budget.",
    "Chancellor Merz met President Macron in Paris on Friday to discuss trade and security guarantees.",
    "Foreign ministers of the bloc met in Brussels on Monday to agree new sanctions.",
    "At a press conference in Goma on Tuesday, the governor said schools would reopen.",
    "The president postponed a trip to the climate summit in Nairobi on Wednesday.",
])
def test_meetings_of_no_conflicts_sides_are_no_events(nlp, text):
    assert read(nlp, text) == []


@pytest.mark.parametrize("text, sub", [
    ("Army and rebel commanders met in Bambari on Monday to discuss a local truce.", "Agreement"),
    ("Government envoys and M23 leaders met in Doha on Sunday.", "Other"),
    ("Tribal elders met militia leaders in Zawiya on Saturday to negotiate the release of prisoners.", "Agreement"),
])
def test_talks_of_a_conflicts_sides_are_strategic_developments(nlp, text, sub):
    assert kinds(read(nlp, text)) == [("Strategic developments", sub)]


def test_a_meeting_that_agreed_a_ceasefire_is_one_agreement(nlp):
    evs = read(nlp, "The two border chiefs met in Osh on Friday and agreed a ceasefire along the disputed frontier.")
    assert kinds(evs) == [("Strategic developments", "Agreement")]
    assert evs[0].location is not None and evs[0].location.name == "Osh"


@pytest.mark.parametrize("text", [
    "At a news conference in Bunia on Monday, the army spokesman said troops had killed 12 rebels.",
    "At a press conference, an army spokesman said soldiers clashed with rebels near Beni on Friday.",
])
def test_a_press_conference_telling_a_fight_is_no_meeting(nlp, text):
    assert [e.event_type for e in read(nlp, text)] == ["Battles"]
