"""A hold or a capture told with a time adverb between the side and its verb ("The rebels already control X",
"The militants later seized X", "then captured X") is read as without one: a zone for that side. Sentences of our
own (DR Congo, Somalia, Mali)."""
import pytest

from tests.reading.mapped_events import read_report


@pytest.mark.parametrize("body, relation, places", [
    ("M23 rebels seized Kamanyola on Saturday. The rebels already control Goma and Bukavu.", "holds",
     {"Goma", "Bukavu"}),
    ("Al-Shabaab fighters ambushed a convoy near Kismayo on Monday. The militants later seized Jilib.", "took",
     {"Jilib"}),
    ("JNIM fighters besieged Boni for weeks. The jihadists then captured Douentza, residents said.", "took",
     {"Douentza"}),
])
def test_a_time_adverb_before_the_verb_keeps_the_claim(nlp, body, relation, places):
    claims = read_report(nlp, body).claims
    assert {c.location.name for c in claims if c.relation == relation} == places, claims
