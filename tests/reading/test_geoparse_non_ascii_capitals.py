"""Names that open on a capital outside ASCII are names like the others (gold 8: "İskenderun" was never
found): Turkish dotted capitals, Polish, Nordic, Czech, Portuguese and Chinese pinyin capitals. The test
for "written as a name" checked only A-Z, so a gazetteer match such as "İzmir" or "Łódź" was thrown away."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_turkish_dotted_capitals_are_found(gaz):
    text = "Ferries between İzmir and the islands were cancelled, and flights from İstanbul were delayed."
    got = toponyms_by_name(text, gaz)
    assert abs(got["İzmir"]["lat"] - 38.4) < 0.3 and abs(got["İstanbul"]["lon"] - 29.0) < 0.5


def test_other_non_ascii_capitals_are_found(gaz):
    text = "Police in Łódź detained two men who had driven from Örebro through Ústí nad Labem."
    got = toponyms_by_name(text, gaz)
    assert abs(got["Łódź"]["lat"] - 51.77) < 0.2
    assert abs(got["Örebro"]["lon"] - 15.2) < 0.3
    assert "Ústí nad Labem" in got or "Ústí" in got


def test_a_non_ascii_capital_in_a_dateline(gaz):
    text = "ÉVORA, Portugal (Reuters) - Firefighters contained a blaze south of the city on Sunday."
    got = toponyms_by_name(text, gaz)
    assert abs(got["ÉVORA"]["lat"] - 38.57) < 0.2 and "Portugal" in got


def test_lower_case_words_stay_out(gaz):
    # (the article and a common noun: still no name)
    assert "The region" not in toponyms_by_name("The region is dry. Écoles were closed in Lyon.", gaz)
