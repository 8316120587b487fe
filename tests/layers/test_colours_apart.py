"""uxg: every side of a map had its own colour (uxf), but two sides reported together, so drawn together, could
wear two colours a glance cannot tell apart ("Arakan Army" and "TNLA" of one Myanmar story, #67BE55 and #9BBE55, two
greens). The sides reported in one article now get colours at least a set distance apart, the palette's and the
made ones alike; every side still has a colour of its own."""
import numpy as np
import pytest

from layers.elements import Sides


def _apart(a: str, b: str) -> float:
    """The "redmean" distance of two hex colours (RGB in [0, 1]; black to white is 3)."""
    x, y = (np.array([int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)]) for c in (a, b))
    r = (x[0] + y[0]) / 2
    d = x - y
    return float(np.sqrt((2 + r) * d[0] ** 2 + 4 * d[1] ** 2 + (3 - r) * d[2] ** 2))


def _wars(n_wars: int, per_war: int):
    """``n_wars`` wars of ``per_war`` sides each (busiest first), every two sides of a war reported together."""
    weights, together = {}, {}
    for w in range(n_wars):
        names = [f"war{w:02d} side{s}" for s in range(per_war)]
        for s, name in enumerate(names):
            weights[name] = 1000 - 10 * w - s
            together[name] = {other: 3 for other in names if other != name}
    return weights, together


@pytest.mark.parametrize("n_wars, per_war", [(20, 3), (40, 2), (12, 5)])
def test_sides_reported_together_are_told_apart_at_a_glance(n_wars, per_war):
    weights, together = _wars(n_wars, per_war)
    sides = Sides(weights, together=together)
    colour = {f["id"]: f["color"] for f in sides.table}
    assert len(set(c.upper() for c in colour.values())) == len(weights)  # (each its own, as before)
    close = [(a, b, colour[a], colour[b]) for a, row in together.items() for b in row
             if a < b and _apart(colour[a], colour[b]) < 0.8]
    assert close == [], close[:5]


def test_a_corpus_of_one_war_keeps_the_palette_and_its_colours_are_stable():
    from layers.events import PALETTE

    weights, together = _wars(1, 4)
    first = Sides(weights, together=together)
    assert all(f["color"] in PALETTE for f in first.table)
    assert [f["color"] for f in Sides(weights, together=together).table] == [f["color"] for f in first.table]


def test_sides_never_reported_together_may_be_near_but_stay_distinct():
    weights = {f"group{i:02d}": 100 - i for i in range(40)}
    colours = [f["color"].upper() for f in Sides(weights).table]
    assert len(set(colours)) == 40
