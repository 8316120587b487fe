"""evf: a release made under a deal ("under the truce", "in exchange for ...", "in a prisoner swap") is an agreement
carried out (ACLED's Strategic developments / Agreement); a release with no deal told stays the house's "Other"
(as the events golds type a crew released after a ransom). Sentences of our own."""
import pytest

from tests.reading.mapped_events import kinds, read_report


@pytest.mark.parametrize("body", [
    "The Houthis freed 12 Saudi prisoners in Sanaa on Sunday under the truce agreement.",
    "Armenia and Azerbaijan released 40 detainees each in a prisoner swap near Ijevan on Sunday.",
    "ISWAP freed four hostages near Monguno on Sunday in exchange for six detained fighters.",
])
def test_a_release_under_a_deal_is_an_agreement(nlp, body):
    got = kinds(read_report(nlp, body, "2025-04-23").events)
    assert ("Strategic developments", "Agreement") in got and ("Strategic developments", "Other") not in got, got


def test_a_release_with_no_deal_stays_other(nlp):
    got = kinds(read_report(nlp, "ISWAP freed four hostages near Monguno on Sunday after talks with elders.",
                            "2025-04-23").events)
    assert got == [("Strategic developments", "Other")], got
