"""ev13: holds that reports tell without a taking verb, each drawn as a zone of the side that holds: a siege or
blockade broken or lifted ("the army broke the RSF's siege of Babanusa"), a force moving in where another left
("Israeli troops withdrew from Naqoura and the Lebanese army deployed there"), a place left and then said to be
"under Russian control" (a state's forces named by their nationality word), and a hold told as the subject's
second clause ("troops cleared the town of rebel fighters and now control Bunia"). Sentences of our own."""
import pytest

from tests.reading.mapped_events import held_sides, read_report


@pytest.mark.parametrize("text, side", [
    ("The Sudanese army broke the RSF's siege of Babanusa on Monday, state media said.", "SAF"),
    ("Army units advancing from Kosti reached El Obeid on October 26 and broke the siege that the RSF had imposed "
     "on the city since 2024.", "SAF"),
    ("A convoy escorted by soldiers reached Arbinda on Thursday, lifting a blockade that had lasted eight months.",
     "Burkinabe forces"),
    ("Israeli troops withdrew from the town of Naqoura on Wednesday and the Lebanese army deployed there, the army "
     "said.", "Lebanese forces"),
    ("A spokesman for the 47th Brigade said on Monday that its troops had pulled out from the village of "
     "Novohrodivka to avoid being surrounded, and that the village was now under Russian control.", "Russian forces"),
    ("The village of Novohrodivka is now under Russian control, the governor said.", "Russian forces"),
    ("The army said on Monday that its troops had cleared most of the town of rebel fighters and now control Bunia.",
     "Congolese forces"),
])
def test_the_side_that_holds_gets_the_zone(nlp, text, side):
    assert held_sides(read_report(nlp, text, "2025-10-30")) == [side]


@pytest.mark.parametrize("text", [
    "The ministry said the siege of Babanusa had to end, but no convoy has reached the town.",  # no side broke it
    "Residents fear the siege of El Fasher will never be lifted.",
    "The town of Novohrodivka is now under Government control, the governor said.",  # no nation's word
])
def test_no_zone_without_a_side_that_holds(nlp, text):
    assert held_sides(read_report(nlp, text, "2025-10-30")) == []
