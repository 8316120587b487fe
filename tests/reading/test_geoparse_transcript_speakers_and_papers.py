"""Transcripts and scanned pages: a speaker's label is a person ("Mei:" is no Meizhou), and a newspaper's name
in a page header is the paper, not its town (gold 32's first run: "Mei" three times, "MANCHESTER" of
"THE MANCHESTER GUARDIAN" twice), on other texts. Headings that name places keep them."""
from __future__ import annotations

from tests.reading.places import surfaces


def test_a_speaker_named_like_a_place_in_an_interview(gaz):
    text = ("HOST: Welcome back. Jordan, you were in Kharkiv last week?\nJORDAN: Yes, and in Sumy.\n"
            "HOST: And Dnipro?\nJORDAN: Dnipro too, for two days.")
    assert surfaces(text, gaz) == ["Kharkiv", "Sumy", "Dnipro", "Dnipro"]


def test_a_caller_on_an_earnings_call(gaz):
    text = ("Operator: Next question, from Mei at a bank in Singapore.\nMei: Hi. What are you seeing at Ningbo?\n"
            "CEO: Demand is firm.\nMei: And in Chennai?")
    assert surfaces(text, gaz) == ["Singapore", "Ningbo", "Chennai"]


def test_headings_of_a_situation_report_stay_places(gaz):
    text = ("Source: OCHA, 12 March\nGaza: 40 killed in strikes on Khan Younis.\nJordan: 5,000 refugees crossed.\n"
            "Lebanon: shelling near Tyre.\nSource: UNHCR, 13 March\nGaza: 32 killed.\nJordan: border closed.")
    assert surfaces(text, gaz).count("Jordan") == 2 and surfaces(text, gaz).count("Gaza") == 2


def test_a_newspapers_name_is_no_place_in_title_case_or_capitals(gaz):
    assert surfaces("The Bulawayo Chronicle reported fighting near Gweru.", gaz) == ["Gweru"]
    text = "6                THE LIVERPOOL COURIER, FRIDAY, MAY 4, 1915.\nHeavy fighting near Ypres continued."
    assert surfaces(text, gaz) == ["Ypres"]
    assert "Liverpool" in surfaces("Dockers in Liverpool walked out on Friday.", gaz)
