"""evb: a whole country invaded or attacked a month or more before the report ("Russia invaded Ukraine on Feb. 24"
in a December story, "Israel attacked Iran on June 13" in September) is the war's origin recalled: background, not
a fight of the report's news at the country's centre, even with its year left out. The day's invasion stays news;
so does a town attacked weeks before. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, place_names, read_article


@pytest.mark.parametrize("text, published", [
    ("KYIV, Dec 10 - Russian missiles hit Odesa on Tuesday, wounding five. Russia invaded Ukraine on Feb. 24.",
     "2025-12-10"),
    ("TEHRAN, Sept 10 - Israel attacked Iran on June 13, and Iranian officials said on Tuesday they expect more "
     "strikes.", "2025-09-10"),
    ("ADDIS ABABA, Nov 20 - Eritrean troops attacked Ethiopia on March 3, officials recalled on Thursday.", "2025-11-20"),
])
def test_a_country_invaded_long_before_is_background(nlp, text, published):
    doc = read_article(nlp, text, published)
    countries = {e.location.name for e in doc.events if getattr(e.location, "is_whole_country", False)}
    assert countries and not countries & set(place_names(mapped(doc))), (countries, place_names(mapped(doc)))


def test_the_day_s_invasion_is_news(nlp):
    doc = read_article(nlp, "KYIV, Feb 25 - Russia invaded Ukraine on Thursday, the president said.", "2022-02-25")
    assert mapped(doc), doc.events


def test_a_town_attacked_weeks_before_is_news(nlp):
    doc = read_article(nlp, "GOMA, Dec 10 - M23 rebels attacked Sake on Nov. 2, killing four soldiers.", "2025-12-10")
    assert place_names(mapped(doc)) == ["Sake"]
