"""Place names in posts and chat lines written all in lower case (gold 31's first run found 20 of its 318
social-media toponyms: the name finder reads only capitalised names), on other sentences."""
from __future__ import annotations

from reading.recasing import lower_case_lines, recased
from tests.reading.places import surfaces, toponyms_by_name


def test_well_known_places_in_a_lower_case_post_are_found_and_placed(gaz):
    text = "landed in lisbon this morning 🙌 taking the train up to porto tmrw, then flying home to nairobi"
    rows = toponyms_by_name(text, gaz)
    assert {"lisbon", "porto", "nairobi"} <= set(rows)
    assert abs(rows["porto"]["lat"] - 41.15) < 0.2 and abs(rows["nairobi"]["lon"] - 36.82) < 0.2


def test_names_of_several_words_and_units_in_a_chat_line(gaz):
    text = "jamal: my brother drove from abu dhabi to muscat last week, now he's in dhofar lol"
    assert surfaces(text, gaz) == ["abu dhabi", "muscat", "dhofar"]


def test_ordinary_words_and_first_names_need_a_word_of_place(gaz):
    assert surfaces("we had turkey and chips at the metro station, chad says hi", gaz) == []
    assert surfaces("my aunt moved to turkey and my cousin went back to chad last year", gaz) == ["turkey", "chad"]


def test_hashtags_handles_addresses_and_speakers_are_left_alone(gaz):
    text = "donate at ukraineaid.org/kharkiv or dm @lvivrelief, #kharkiv needs generators\nlondon: any news?? ok"
    assert surfaces(text, gaz) == []


def test_a_text_written_with_capitals_is_not_changed(gaz):
    text = "Troops entered Kherson on Friday.\nthe mayor said the bridge to the south was cut"
    assert recased(text, gaz) is text
    assert lower_case_lines(text) == [(34, len(text))]
    assert lower_case_lines("Fighting in Lviv. More later today") == []


def test_recasing_keeps_every_offset_and_the_names_as_written(gaz):
    text = "stuck at the border near przemysl, heading to warsaw tonight"
    out = recased(text, gaz)
    assert len(out) == len(text) and out.lower() == text.lower() and "Warsaw" in out
    assert surfaces(text, gaz) == ["przemysl", "warsaw"]


def test_short_forms_in_lower_case_posts_are_read_as_the_press_writes_them(gaz):
    rows = toponyms_by_name("moving from nyc to joburg next month, wish me luck", gaz)
    assert abs(rows["nyc"]["lat"] - 40.71) < 0.2 and abs(rows["joburg"]["lon"] - 28.05) < 0.2


def test_ordinary_words_together_are_a_city_only_by_its_own_name(gaz):
    assert surfaces("honestly the bridge in the valley up north east is closed again", gaz) == []
    rows = toponyms_by_name("grew up in jersey city, now in long beach", gaz)
    assert abs(rows["jersey city"]["lon"] + 74.08) < 0.2 and rows["long beach"]["lon"] < -70  # (New York's, near)
