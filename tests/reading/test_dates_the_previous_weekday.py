"""A weekday counted back from a day the story told (session 26, dat13): "the previous Tuesday" and "the Thursday
before that" are the latest such weekday before the day told before them, "The Sunday after that" the first after
it; a weekday counted back does not move the day a later "the following Monday" counts from ("met the previous
Friday ... will meet the following Monday": both from the talks' day). Told with no date before it, "the previous
Friday" is the one before publication's day. Sentences of our own."""
import datetime as dt

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start) for m in find_dates(text, published) if m.date]


def test_the_previous_weekday_counts_back_from_the_day_told():
    text = ("The militia stormed the depot on Saturday 7 March; residents had seen trucks massing the previous "
            "Tuesday.")
    assert dated(text, D(2026, 3, 12))[-1] == ("the previous Tuesday", D(2026, 3, 3))


def test_before_that_and_after_that():
    text = ("The court sat on Wednesday 11 March. Lawyers had filed papers the Monday before that, and the "
            "verdict came the Friday after that.")
    got = dated(text, D(2026, 3, 20))
    assert ("the Monday before that", D(2026, 3, 9)) in got
    assert ("the Friday after that", D(2026, 3, 13)) in got


def test_a_weekday_counted_back_leaves_the_following_one_to_the_story_day():
    text = ("Talks resumed on Tuesday 3 March in Jeddah. Envoys had met the previous Thursday, and they meet "
            "again the following Tuesday.")
    got = dated(text, D(2026, 3, 5))
    assert ("the previous Thursday", D(2026, 2, 26)) in got
    assert ("the following Tuesday", D(2026, 3, 10)) in got


def test_the_previous_weekday_with_no_day_told_is_before_publication():
    assert dated("Aid workers said the convoy had left the previous Friday.", D(2026, 3, 13)) == [
        ("the previous Friday", D(2026, 3, 6))]
