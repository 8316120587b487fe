"""A withdrawal from positions ("withdrew from their forward positions near X") hands no territory over: no
non-violent transfer; a withdrawal from a town still is one. A unit whose base is left ("withdrew from the
headquarters of the 6th Infantry Division") is no side acted upon."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report

TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def read(nlp, body):
    return read_report(nlp, body, published="2025-03-10", title="Front line")


@pytest.mark.parametrize("body", [
    "Ukrainian soldiers withdrew from positions near Kupiansk after heavy shelling, the military said on Friday.",
    "Malian troops withdrew from their forward positions around Tessalit on Thursday, the army said.",
    "Lebanese soldiers pulled out from several border positions near Naqoura on Friday after a soldier was wounded.",
])
def test_a_withdrawal_from_positions_is_no_transfer(nlp, body):
    assert TRANSFER not in kinds(mapped(read(nlp, body)))


def test_a_withdrawal_from_a_town_is_one(nlp):
    assert kinds(mapped(read(nlp, "Russian troops withdrew from Kherson on Friday, the defence ministry said."))) == [TRANSFER]


def test_the_unit_whose_base_is_left_is_no_side(nlp):
    doc = read(nlp, "The army said troops had withdrawn from the headquarters of the 22nd Brigade in Babanusa on Sunday.")
    assert [(e.sub_event_type, e.actor2) for e in mapped(doc)] == [(TRANSFER[1], "")], doc.events
