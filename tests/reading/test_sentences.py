"""Sentence splitting on newswire phrasing (own short texts, several countries)."""
import pytest

from reading.document import Document
from reading.sentences import SentenceSplitter, split_sentences


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_sentences_simple_two():
    assert texts("Rebels took Goma. The army fled.") == ["Rebels took Goma.", "The army fled."]


def test_sentences_un_and_us_inside_sentence():
    t = "The U.N. envoy and U.S. officials met in Aden. Talks went on."
    assert texts(t) == ["The U.N. envoy and U.S. officials met in Aden.", "Talks went on."]


def test_sentences_acronym_at_end_before_starter():
    t = "The delegation flew to the U.S. The talks begin Monday."
    assert texts(t) == ["The delegation flew to the U.S.", "The talks begin Monday."]


def test_sentences_military_titles():
    t = "Lt. Col. Ahmed Musa and Gen. Odera spoke. Dr. Ali agreed."
    assert texts(t) == ["Lt. Col. Ahmed Musa and Gen. Odera spoke.", "Dr. Ali agreed."]


def test_sentences_mr_and_st():
    assert texts("Mr. Kiir visited St. Mary's clinic. It was shelled.") == [
        "Mr. Kiir visited St. Mary's clinic.",
        "It was shelled.",
    ]


def test_sentences_time_am_pm():
    t = "Shelling began at 5 a.m. on Sunday and stopped at 9 p.m. Residents fled."
    assert texts(t) == ["Shelling began at 5 a.m. on Sunday and stopped at 9 p.m.", "Residents fled."]


def test_sentences_month_abbreviation_before_day():
    assert texts("Fighting resumed on Jan. 12 near Bakhmut. Two died.") == [
        "Fighting resumed on Jan. 12 near Bakhmut.",
        "Two died.",
    ]


def test_sentences_initials_in_name():
    assert texts("Khalifa B. Haftar ordered the attack. Tripoli resisted.") == [
        "Khalifa B. Haftar ordered the attack.",
        "Tripoli resisted.",
    ]


def test_sentences_decimal_numbers_do_not_split():
    assert texts("Inflation hit 3.5 percent. Prices rose.") == ["Inflation hit 3.5 percent.", "Prices rose."]


def test_sentences_quote_closes_after_stop():
    t = 'He said: "We will not retreat." The militia advanced.'
    assert texts(t) == ['He said: "We will not retreat."', "The militia advanced."]


def test_sentences_quote_then_lowercase_attribution():
    t = '"Leave now!" the commander shouted. Civilians ran.'
    assert texts(t) == ['"Leave now!" the commander shouted.', "Civilians ran."]


def test_sentences_curly_quotes():
    t = "“We are ready,” said Salame. “The talks will go on.” Nobody answered."
    assert texts(t) == ["“We are ready,” said Salame.", "“The talks will go on.”", "Nobody answered."]


def test_sentences_ellipsis_before_capital_splits():
    assert texts("They waited... Nothing came.") == ["They waited...", "Nothing came."]


def test_sentences_ellipsis_before_lowercase_continues():
    assert texts("They waited … and waited. Then left.") == ["They waited … and waited.", "Then left."]


def test_sentences_headline_without_punctuation_ends_at_blank_line():
    t = "Army retakes Marawi\n\nThe army said on Friday it had retaken the city."
    assert texts(t) == ["Army retakes Marawi", "The army said on Friday it had retaken the city."]


def test_sentences_single_newline_inside_paragraph_does_not_split():
    t = "The convoy left Kidal\nat dawn and reached Gao. It was attacked."
    assert texts(t) == ["The convoy left Kidal\nat dawn and reached Gao.", "It was attacked."]


def test_sentences_list_items_split():
    t = "Key events:\n- Mosul shelled\n- Erbil calm"
    assert texts(t) == ["Key events:", "- Mosul shelled", "- Erbil calm"]


def test_sentences_question_and_exclamation():
    assert texts("Will the truce hold? Nobody knows! Talks resume.") == [
        "Will the truce hold?",
        "Nobody knows!",
        "Talks resume.",
    ]


def test_sentences_parenthesis_after_stop():
    assert texts("The LNA advanced (CNN reported.) Fighting grew.") == [
        "The LNA advanced (CNN reported.)",
        "Fighting grew.",
    ]


def test_sentences_cover_every_nonblank_character():
    t = "  A short one.  Another one!\n\n\nA headline\n\nEnd without stop  "
    spans = split_sentences(t)
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
        assert not t[s.start].isspace() and not t[s.end - 1].isspace()
    assert all(i in covered for i, ch in enumerate(t) if not ch.isspace())
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_sentences_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_sentences_wrong_type_raises():
    with pytest.raises(TypeError, match="text"):
        split_sentences(b"bytes")


def test_splitter_component_fills_document():
    doc = Document(id="x", text="One. Two.")
    out = SentenceSplitter()(doc)
    assert out is doc
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 4), (5, 9)]


def test_splitter_component_rejects_non_document():
    with pytest.raises(TypeError, match="doc"):
        SentenceSplitter()("text")


def test_splitter_seed_sentences_keep_abbreviations():
    from pathlib import Path

    text = (Path(__file__).parents[2] / "seeds" / "000_525c5d9150b2b19b.txt").read_text(encoding="utf-8")
    found = texts(text)
    assert found[0] == "Haftar advances west ahead of UN-brokered talks"
    assert any(s.startswith("While the U.N. was hoping") and "Gen. Haftar" in s for s in found)


def test_sentences_clock_time_in_a_zone_named_by_a_place():
    # ev20: "at 8 a.m. Gulf time", "10 p.m. Moscow time": the zone's place and "time" go on with the sentence
    t = "At about 6 a.m. Kyiv time, drones hit a depot near Odesa. Fires burned for hours."
    assert texts(t) == ["At about 6 a.m. Kyiv time, drones hit a depot near Odesa.", "Fires burned for hours."]


def test_sentences_pm_before_weekday_continues():
    assert texts("The blast came at 9 p.m. Sunday in Kabul. Police sealed it off.") == [
        "The blast came at 9 p.m. Sunday in Kabul.",
        "Police sealed it off.",
    ]


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab. !?\n\"'”)US") + ["Gen.", "U.N.", " The ", "3.5", "…", "\n\n"]), max_size=40).map("".join))
def test_sentences_always_partition_nonblank_text(text):
    spans = split_sentences(text)
    covered = [False] * len(text)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        for i in range(s.start, s.end):
            covered[i] = True
        last = s.end
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())


def test_sentences_number_abbreviation():
    assert texts("Resolution No. 2510 passed. It was unanimous.") == ["Resolution No. 2510 passed.", "It was unanimous."]


def test_sentences_eg_never_ends():
    assert texts("Some towns, e.g. Sirte, changed hands. Others held.") == [
        "Some towns, e.g. Sirte, changed hands.",
        "Others held.",
    ]


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", "--"])
def test_a_dateline_ending_in_an_abbreviation_stays_with_its_sentence(dash):
    t = f"BOISE, Idaho. {dash} Floods closed two roads near Boise on Monday. Crews were sent."
    assert texts(t) == [f"BOISE, Idaho. {dash} Floods closed two roads near Boise on Monday.", "Crews were sent."]
    t = f"PORTLAND, Ore. {dash} A fire broke out downtown. Nobody was hurt."
    assert texts(t)[0] == f"PORTLAND, Ore. {dash} A fire broke out downtown."


def test_a_heading_line_in_capitals_is_a_sentence_of_its_own():
    text = "BURKINA FASO\nOn 4 May an IED exploded near Djibo.\nKEY FIGURES\n3 killed."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "BURKINA FASO", "On 4 May an IED exploded near Djibo.", "KEY FIGURES", "3 killed."]


def test_a_dateline_in_capitals_stays_in_its_sentence():
    text = "KHARTOUM, April 16 (Reuters) - The army said it shelled Omdurman.\nThe RSF denied it."
    assert [text[s.start:s.end] for s in split_sentences(text)][0].startswith("KHARTOUM, April 16")
