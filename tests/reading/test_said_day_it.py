"""Wire copy in AP style puts a bare weekday after the telling verb ("The RSF said Sunday it had captured X"): the
teller speaking of its own act is still the side; when the told clause has a subject of its own after the weekday
("The army said Sunday rebels had seized X"), the teller is not. Sentences of our own (Sudan, Congo, Myanmar)."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, taker", [
    ("The Rapid Support Forces said Sunday they had taken full control of Babanusa.", "RSF"),
    ("The M23 said Tuesday it had captured Uvira after two days of fighting.", "M23"),
    ("The Arakan Army said Friday night it had seized the town of Paletwa.", "Arakan Army"),
])
def test_the_teller_of_its_own_capture_with_a_bare_weekday_is_the_taker(nlp, body, taker):
    doc = read_report(nlp, body)
    assert {e.actor1 for e in mapped(doc) if "territory" in e.sub_event_type} == {taker}, \
        [(e.sub_event_type, e.actor1) for e in doc.events]


def test_a_teller_with_a_bare_weekday_before_another_subject_is_no_side(nlp):
    doc = read_report(nlp, "The Sudanese army said Sunday the RSF had shelled Babanusa, killing four civilians.")
    assert {e.actor1 for e in mapped(doc)} == {"RSF"}, [(e.sub_event_type, e.actor1) for e in doc.events]
