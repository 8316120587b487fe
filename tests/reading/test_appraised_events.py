"""An event told before and named again as the subject of a lesson read in it ("the attacks showed that ...",
"The strikes, far from the front, show how ...") is that event appraised, not a new one. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, text, published="2025-06-11"):
    return mapped(nlp(read_text(text, doc_id="t", published=published)))


@pytest.mark.parametrize("text", [
    "Russian missiles struck Dnipro on Sunday, killing five. The president said the attacks showed that Moscow "
    "had no interest in a truce.",
    "Houthi drones hit a tanker off Hodeidah on Tuesday. These attacks, some 1,200 km from Sanaa, "
    "demonstrate how far the group can now reach.",
    "Militants ambushed a police convoy near Bannu on Friday. Analysts said the ambush revealed how weak the "
    "security cordon around Peshawar had become.",
])
def test_an_event_appraised_is_told_once(nlp, text):
    assert len(read(nlp, text)) == 1


def test_an_event_that_shows_a_lesson_of_its_own_day_stays(nlp):
    evs = read(nlp, "Russian drones struck Odesa on Sunday. Russian missiles struck Kharkiv on Monday, which showed "
                    "that nothing had changed.")
    assert len(evs) == 2
