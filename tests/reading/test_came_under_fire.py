"""Who came under fire, or was fired upon, was attacked (by someone the sentence may not name): a fight,
with the one fired on as its target. Criticism ("came under fire from rights groups") is no fire.
Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_article


def clashes(nlp, text):
    return [e for e in read_article(nlp, text, "2025-03-08").events if e.sub_event_type == "Armed clash"]


@pytest.mark.parametrize("text, place", [
    ("A UN helicopter came under fire near Rumbek on Friday.", "Rumbek"),
    ("An army patrol came under heavy fire outside Kismayo on Thursday.", "Kismayo"),
    ("The convoy was fired upon as it left Bentiu, in Unity state.", None),
])
def test_fire_on_someone_is_a_fight(nlp, text, place):
    rows = clashes(nlp, text)
    assert len(rows) == 1, rows
    assert place is None or place in rows[0].location.name


def test_an_attack_they_came_under_needs_no_place_after_it(nlp):
    rows = clashes(nlp, "Four soldiers were killed when their convoy came under attack near the town of Yei on "
                        "Friday, officials said.")
    assert len(rows) == 1 and rows[0].location is not None and rows[0].location.name == "Yei", rows


def test_the_fired_upon_are_the_target(nlp):
    rows = clashes(nlp, "Troops came under fire from militants near Garowe on Friday.")
    assert rows and rows[0].actor1 == "militants" and rows[0].actor2, rows


@pytest.mark.parametrize("text", [
    "The government came under fire from rights groups on Friday after the raids in Juba.",
    "The minister came under fire over the curfew in Wau on Friday.",
    "The army came under fire for failing to protect civilians in Malakal.",
])
def test_criticism_is_no_fire(nlp, text):
    assert clashes(nlp, text) == []


def test_officials_fired_on_a_day_were_dismissed(nlp):
    assert clashes(nlp, "Three senior officers were fired on Tuesday after the audit in Juba.") == []


def test_fire_opening_a_fight_told_just_before_is_that_fight(nlp):
    rows = clashes(nlp, "Troops clashed with rebels near Davao on Monday. The soldiers were on patrol when they were "
                        "fired upon at dawn.")
    assert len(rows) == 1, rows
