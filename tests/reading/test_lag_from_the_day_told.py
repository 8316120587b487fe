"""A lag told in a statement's sentence ("On 15 June, the army said its troops had killed seven rebels in an operation
two days earlier") counts back from the day the statement was made, whether the day opens the sentence or follows
its verb of telling; a day that is the event's own keeps it."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, body, published="2024-06-20"):
    return nlp(read_text(f"Army statement\n\n{body}", doc_id="t", published=published, title="Army statement"))


@pytest.mark.parametrize("body, day", [
    ("On 15 June, the army said in a statement that its soldiers had killed seven rebels in an ambush near Bamenda "
     "two days earlier.", "2024-06-13"),
    ("The police said on Friday that officers had arrested 12 suspected bandits near Kaduna three days earlier.",
     "2024-06-11"),
])
def test_a_lag_counts_back_from_the_day_it_was_told(nlp, body, day):
    doc = read(nlp, body)
    assert [e.date.start.isoformat() for e in mapped(doc)] == [day], doc.events


def test_a_day_of_the_event_itself_is_kept(nlp):
    doc = read(nlp, "Soldiers killed seven rebels near Bamenda on Friday, two days earlier than the army had planned.")
    assert [e.date.start.isoformat() for e in mapped(doc)] == ["2024-06-14"], doc.events
