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
