"""lead: "launched wide-scale strikes against X", "conducted retaliatory strikes on Y", "launched massive strikes":
a word of scale or purpose between the verb and "strikes" had hidden the air strike (no event at all). Sentences
of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, where", [
    ("BEIRUT, Oct 2 - Israel launched large-scale strikes against Hezbollah targets in the Bekaa valley on "
     "Wednesday.", "Bekaa"),
    ("SANAA, Oct 2 - US forces conducted retaliatory strikes on Houthi radar sites near Hodeidah on Wednesday.",
     "udaydah"),
    ("KYIV, Oct 2 - Russia launched massive strikes against Kharkiv on Wednesday, officials said.", "Kharkiv"),
])
def test_strikes_with_a_word_of_scale_are_air_strikes(nlp, body, where):
    evs = mapped(read_report(nlp, body, published="2025-10-02"))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], evs
    assert where in evs[0].location.name, evs[0].location
