"""A day or a clock time standing before a verb ("AA fighters 12 Jan overran", "at 16:45 targeted") is no side:
the side is the one named before it, and the legend gets no "12 Jan" faction; a numbered unit ("444 Brigade",
"the 101st Brigade") still is one. Sentences of our own (Myanmar, Ethiopia, Sudan, Lebanon, Libya, Ukraine)."""
import pytest

from tests.reading.mapped_events import read_report


def _actor_names(doc) -> set:
    return {a.name for a in doc.user_data["actors"]}


@pytest.mark.parametrize("body, side", [
    ("AA fighters 12 Jan overran an army base in Ann.", "Arakan Army"),  # (act2: its initials name it)
    ("Fano militias 3 Oct. attacked the town of Lalibela.", "Fano"),
    ("Federal forces 27 October clashed with the RSF near Bara.", "RSF"),
    ("Hezbollah at 16:45 targeted the barracks near Kiryat Shmona.", "Hezbollah"),
])
def test_a_day_or_a_time_is_no_actor(nlp, body, side):
    names = _actor_names(read_report(nlp, body))
    assert side in names and not any(n[:1].isdigit() for n in names), names


@pytest.mark.parametrize("body, unit", [
    ("444 Brigade fighters clashed with Radaa in Tripoli.", "444 Brigade"),
    ("The 101st Brigade attacked Russian positions near Bakhmut.", "101st Brigade"),
])
def test_a_numbered_unit_stays_a_side(nlp, body, unit):
    assert unit in _actor_names(read_report(nlp, body))


@pytest.mark.parametrize("body, side", [
    ("Hezbollah at 16:45 targeted the barracks near Kiryat Shmona with rockets.", "Hezbollah"),
    ("Russia at 03:10 struck Kharkiv with missiles, the governor said.", "Russian forces"),
])
def test_a_side_striking_at_a_clock_time_is_the_strike_s_side(nlp, body, side):
    assert [e.actor1 for e in read_report(nlp, body).events] == [side]


@pytest.mark.parametrize("body, noun", [
    ("On November 30 police arrested 20 activists in Chittagong.", "police"),
    ("On 4 December police detained six men in Peshawar.", "police"),
    ("On Friday 5 December soldiers detained two men in Arequipa.", "forces"),
])
def test_the_day_of_a_date_before_a_bare_side_is_not_its_name(nlp, body, noun):
    sides = [e.actor1 for e in read_report(nlp, body, published="2025-12-06").events]
    assert len(sides) == 1 and sides[0].endswith(noun) and not any(c.isdigit() for c in sides[0]), sides
