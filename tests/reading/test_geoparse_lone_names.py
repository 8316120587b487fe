"""A text naming one place and nothing else (no other place, country, nationality or reference) gives no
country to choose by: a hamlet with namesakes in other countries, a small town bearing the name only as
another name, or a town matched by a guessed spelling is a guess abroad as likely wrong as right, listed
unplaced. With the article's country said, its places win ("in Darfur ... near Tawila": not Yemen's Aţ
Ţawīlah); the only town bearing the name as its own, however small, or a big one, keeps it."""
from __future__ import annotations

from tests.reading.places import points_of


def test_a_lone_hamlet_abroad_is_unplaced(gaz):
    assert points_of("Aid trucks reached Guma on Friday.", gaz, "Guma") == [(None, None)]  # not Goma, Philippines
    assert points_of("Gunmen attacked Kiotari on Monday.", gaz, "Kiotari") == [(None, None)]  # not Kotari, Japan


def test_the_articles_country_wins_over_a_namesake_elsewhere(gaz):
    text = "Fighting in Darfur displaced thousands. A convoy was looted near Tawila on Monday."
    (p,) = points_of(text, gaz, "Tawila")  # Sudan's Tawila (a curated row since geo12), never Yemen's
    assert p[0] is not None and abs(p[0] - 13.5) < 0.2 and abs(p[1] - 24.8) < 0.2


def test_lone_towns_bearing_their_own_name_keep_it(gaz):
    (p,) = points_of("Heavy fighting was reported in Bakhmut.", gaz, "Bakhmut")
    assert p[0] is not None and abs(p[0] - 48.59) < 0.2
    (p,) = points_of("Militants raided Damasak, killing five.", gaz, "Damasak")
    assert p[0] is not None and abs(p[0] - 13.1) < 0.2
    (p,) = points_of("Bandits killed two farmers in Kagara.", gaz, "Kagara")  # no population counted, one place
    assert p[0] is not None and abs(p[0] - 10.19) < 0.2
