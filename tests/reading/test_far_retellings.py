"""A speaker's retelling of an event told far before it in the article ("officials said the shelling
killed two people", paragraphs later) is that event, given its toll, when the kind, side and place
agree; another place, or a nearer event of its kind, keeps it apart. Sentences of our own."""
from reading.corpus import read_text
from tests.reading.violence import violent

FILLER = ("In the capital, lawmakers debated a new budget for a third day, with opposition members demanding "
          "clearer rules on spending for the regions. Analysts said the vote could be delayed until the autumn. "
          "Elsewhere, the central bank kept its key rate unchanged, citing inflation risks and uncertainty over "
          "foreign aid. Power engineers warned that the grid could face shortages in the winter.")


def read(nlp, text, published="2025-03-12"):
    return nlp(read_text(text, doc_id="t", published=published))


def test_a_far_retelling_with_no_place_gives_its_toll_to_the_event(nlp):
    text = ("Shelling hits Kherson\n\nRussian forces shelled Kherson on Sunday, damaging a hospital, the "
            "regional administration said.\n\n" + FILLER + "\n\nRegional officials said the shelling killed three "
            "civilians.")
    got = violent(read(nlp, text))
    assert len(got) == 1 and got[0].fatalities == 3, got


def test_a_far_retelling_at_the_same_place_on_the_speakers_day_is_the_event(nlp):
    text = ("Jets strike port\n\nWarplanes struck a fuel depot in Al Mukalla on Saturday, witnesses said.\n\n"
            + FILLER + "\n\nLocal media said on Monday that the strikes killed five people in Al Mukalla.")
    got = violent(read(nlp, text))
    assert len(got) == 1 and got[0].fatalities == 5, got
    assert got[0].date.start.isoformat() == "2025-03-08"


def test_a_far_retelling_skips_a_nearer_event_elsewhere(nlp):
    text = ("Strikes in Yemen\n\nWarplanes struck a radar site near Taiz on Saturday, officials said.\n\n"
            "Separately, shelling hit a market in Al Hudaydah on Sunday.\n\n" + FILLER +
            "\n\nYemeni officials said the strikes killed four soldiers near Taiz.")
    got = violent(read(nlp, text))
    taiz = [e for e in got if "Taiz" in e.location.name]
    assert len(taiz) == 1 and taiz[0].fatalities == 4, got


def test_a_far_telling_of_a_strike_elsewhere_stays_an_event(nlp):
    text = ("Shelling in the east\n\nRussian artillery shelled Kupiansk on Saturday, damaging homes, the "
            "regional governor said.\n\n" + FILLER + "\n\nLocal officials said the shelling killed two "
            "pensioners in Kherson.")
    got = violent(read(nlp, text))
    assert len(got) == 2, got
    assert {e.fatalities for e in got} == {None, 2}
