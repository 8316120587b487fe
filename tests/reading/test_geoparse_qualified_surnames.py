"""Towns whose name is also a frequent surname, and country names the finder missed (gold 7's first
run: "GREENWOOD, Miss. (AP)" and "WILLIAMSON, W.Va. (AP)" and their later bare mentions never found;
"Bosnia" and "Côte d'Ivoire" missed). A surname-word written right before ", " and a state or
province (abbreviated or in full) holding a town of that name is that town, and so are its bare
mentions after it unless a verb of speech follows ("Mitchell said": a person); "d'"/"l'" glued to a
capitalised word after a space ends a name; "Bosnia" is Bosnia and Herzegovina."""
from __future__ import annotations

from tests.reading.places import points_of, surfaces


def _near(point, lat: float, lon: float, deg: float = 0.3) -> bool:
    return point[0] is not None and abs(point[0] - lat) < deg and abs(point[1] - lon) < deg


CORN = ("MITCHELL, S.D. (AP) — The Corn Palace in Mitchell will close for repairs this winter, city officials "
        "said. Visitors who come to Mitchell each summer will find the murals covered. Mitchell said the "
        "work was overdue.")


def test_a_surname_town_with_its_state_and_its_bare_mentions(gaz):
    points = points_of(CORN, gaz, "Mitchell")
    assert len(points) == 2 and all(_near(p, 43.71, -98.03) for p in points)  # not the speaker
    (p,) = points_of(CORN, gaz, "MITCHELL")
    assert _near(p, 43.71, -98.03)


def test_a_surname_town_with_its_state_in_full(gaz):
    text = "Crews from Anderson, South Carolina, and Greenville cleared the roads. Anderson schools stayed shut."
    points = points_of(text, gaz, "Anderson")
    assert len(points) == 2 and all(_near(p, 34.50, -82.65) for p in points)


def test_a_surname_alone_is_still_no_place(gaz):
    assert "Mitchell" not in surfaces("A lawyer named Mitchell said the case was closed.", gaz)


def test_country_names_with_an_elided_article_and_a_short_name(gaz):
    text = "Exports from Côte d'Ivoire and Bosnia rose, while Bosnia's imports fell."
    names = surfaces(text, gaz)
    assert names == ["Côte d'Ivoire", "Bosnia", "Bosnia"]
    assert _near(points_of(text, gaz, "Bosnia")[0], 44.2, 17.8, 1.0)
