"""National capitals listed together speak for governments (gold 9's first run: "Cairo and Riyadh are pressing
for renewed talks" in a Sudanese report read Riyadh as the Khartoum district of that name). New sentences."""
from __future__ import annotations

from tests.reading.places import points_of


def test_a_capital_listed_beside_another_country_capital(gaz):
    text = ("OMDURMAN, Sudan (AP) — Shelling hit markets in Omdurman and Bahri on Tuesday, and the army said it "
            "had pushed back an attack near Khartoum airport. Washington and Riyadh urged both sides to return "
            "to talks.")
    (p,) = points_of(text, gaz, "Riyadh")
    assert p[0] is not None and abs(p[0] - 24.69) < 0.5 and abs(p[1] - 46.72) < 0.5  # the Saudi capital



def test_the_capital_named_after_its_country(gaz):
    text = ("ATHENS, Ohio (AP) — The city council met Tuesday in Athens. Officials from Nelsonville and Logan "
            "attended. The city was named in 1800 after the capital of Greece, Athens, by its first settlers.")
    *local, greek = points_of(text, gaz, "Athens")
    assert all(p[0] is not None and abs(p[0] - 39.33) < 0.3 for p in local)
    assert greek[0] is not None and abs(greek[0] - 37.98) < 0.3  # Athens, Greece
