"""The cheap word tests before the event side's costly scans must never hide what the scans find."""
from reading.events import sports_report


def test_a_match_report_in_capitals_is_a_sports_report():
    assert sports_report("CELTIC BEAT RANGERS 2-1 AT THE STADIUM. The REFEREE sent off a STRIKER after half-time.")


def test_letters_a_case_blind_match_equates_with_ascii_still_count():
    # "ſ" (long s) and the Kelvin sign match "s" and "k" case-blind: the regex counts these words
    assert sports_report("Hearts won 3-0 at the ſtadium; the referee halted the \u212aick-off.")


def test_three_words_of_the_game_without_a_score_are_no_report():
    assert not sports_report("Gunmen attacked the stadium where the league's referee was staying.")


def test_war_news_is_no_sports_report():
    assert not sports_report("Rebels shelled the town on Monday, killing 4 people; the army said 2-3 villages "
                             "were hit and the front line held.")
