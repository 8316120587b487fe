"""A state of emergency or a curfew declared or lifted is a change to the sides' activity (ACLED's strategic
development); one extended goes on as it was: no event. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_kinds


def read(nlp, text, published="2025-06-11"):
    return read_kinds(nlp, text, published)


@pytest.mark.parametrize("text", [
    "The government extended the state of emergency in Borno by six months on Monday.",
    "Authorities in Jos extended the dusk-to-dawn curfew on Tuesday.",
])
def test_an_emergency_extended_is_no_event(nlp, text):
    assert read(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The government declared a state of emergency in Borno on Monday.",
    "Authorities in Jos imposed a dusk-to-dawn curfew on Tuesday.",
])
def test_an_emergency_declared_is_a_change(nlp, text):
    assert read(nlp, text) == [("Strategic developments", "Change to group/activity")]
