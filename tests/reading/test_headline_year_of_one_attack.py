"""ev14: a headline's year naming one attack ("Court jails three over 2021 market bombing") is not a page on that
year: the attack the court rules on years later is history, not an event of the map; a page on a past period
("Timeline of the siege: April 2016") still maps that period's days. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("title, body, published", [
    ("Court jails three over 2021 market bombing",
     "MOGADISHU, March 3 - A military court on Monday jailed three men over the May 14, 2021, bombing of a market "
     "in Baidoa that killed 12 people.", "2025-03-03"),
    ("Tribunal convicts militia chief for 2018 village massacre",
     "BANGUI, Oct 9 - The Special Criminal Court on Thursday convicted a former militia chief of the killing of 27 "
     "villagers near Bossangoa in February 2018.", "2024-10-09"),
])
def test_an_attack_a_court_rules_on_years_later_is_history(nlp, title, body, published):
    doc = read_report(nlp, body, published=published, title=title)
    assert mapped(doc) == [], [(e.event_type, e.date) for e in mapped(doc)]


def test_a_page_on_a_past_month_still_maps_its_days(nlp):
    doc = read_report(nlp, "12 April: Rebels shelled Misrata, killing four civilians.", published="2026-01-10",
                      title="Timeline of the siege: April 2016")
    assert [(e.event_type, e.date.start.isoformat()) for e in mapped(doc)] == [
        ("Explosions/Remote violence", "2016-04-12")]
