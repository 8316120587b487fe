"""A weekly overview's framing line ("This week saw continued fighting across northern Mozambique", "The past
month was marked by heavy clashes in eastern Chad") sums up the period: no event of its own; the dated fights
it introduces are read as before, and a period that saw a named side's attack keeps it. Own sentences."""
import pytest

from tests.reading.mapped_events import read_report


def read(nlp, body, published="2025-06-03"):
    return read_report(nlp, body, published, title="Weekly")


@pytest.mark.parametrize("body", [
    "PEMBA, June 3 - This week saw continued fighting across northern Mozambique. On Monday, insurgents attacked "
    "a police post near Macomia, killing three officers.",
    "N'DJAMENA, June 3 - The past month was marked by heavy clashes in eastern Chad. On 28 May, gunmen attacked "
    "a police post near Abeche, killing three officers.",
    "BAGHDAD, June 3 - The reporting period witnessed renewed fighting in northern Iraq. On Monday, gunmen "
    "attacked a police post near Kirkuk, killing three officers.",
])
def test_a_framing_line_is_no_event(nlp, body):
    doc = read(nlp, body)
    assert [e.fatalities for e in doc.events] == [3], doc.events


def test_a_week_that_saw_a_named_sides_attack_keeps_it(nlp):
    doc = read(nlp, "PEMBA, June 3 - The week saw a deadly attack by Islamic State fighters on Mocimboa da Praia.")
    assert len(doc.events) == 1, doc.events
