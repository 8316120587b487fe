"""gold 33: sanctions designations, company registers and shipping lists name companies, programmes and ships
after places, and give addresses "street, district, town, country". A company's name in capitals with its legal
form ("KARACHI STEEL CORPORATION"), a programme's tag ("[RUSSIA-EO14024]"), a ship's name before its IMO number
and the number itself ("IMO 9184532", not Nigeria's Imo State) are no places; the address, the birthplace and
the flag are. A street of an address lies in the town the address names after it, not in the town the text
named before."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import surfaces, toponyms_by_name

_ENTRY = ("MERIDIAN BALTIC TRADING CO LTD, 9 Harbour Road, Valletta, Malta; Director: a national of Serbia, "
          "POB Novi Sad [RUSSIA-EO14024]. SURABAYA TEXTILE EXPORTS SA, Jalan Pemuda 12, Surabaya, Indonesia "
          "[IRAN-EO13846].")


@pytest.mark.parametrize("text, not_places, places", [
    (_ENTRY, ["MERIDIAN", "BALTIC", "RUSSIA", "SURABAYA", "IRAN"],
     ["Valletta", "Malta", "Serbia", "Novi Sad", "Surabaya", "Indonesia"]),
    ("GRODNO MACHINE WORKS JSC, 4 Lenin Street, Minsk, Belarus [BELARUS-EO14038].", ["GRODNO", "BELARUS"],
     ["Minsk", "Belarus"]),
    ("KARACHI STEEL CORPORATION. Address: Port Qasim, Karachi, Pakistan.", ["KARACHI"], ["Karachi", "Pakistan"]),
])
def test_companies_and_programme_tags_in_capitals_are_no_places(gaz, text, not_places, places):
    found = surfaces(text, gaz)
    assert not set(not_places) & set(found)
    assert set(places) <= set(found)


def test_a_headline_in_capitals_keeps_its_places(gaz):
    # no legal form closes the name: "GAZA AID GROUP WARNS" is a headline, not a company
    assert {"GAZA", "RAFAH"} <= set(surfaces("GAZA AID GROUP WARNS OF FAMINE IN RAFAH", gaz))


@pytest.mark.parametrize("text, ship, places", [
    ("1. KHARKIV STAR (IMO 9184532). Flag: Togo. Owner: Polar Line Inc, Monrovia, Liberia.", "KHARKIV",
     {"Togo", "Monrovia", "Liberia"}),
    ("The Odessa Pride, IMO 9201447, unloaded fertiliser at Beira, Mozambique.", "Odessa", {"Beira", "Mozambique"}),
    ("Each entry gives the ship's name, IMO number and flag. ODESSA PRIDE (IMO 9201447). Flag: Palau.", "ODESSA",
     {"Palau"}),
])
def test_a_ships_name_before_its_imo_number_and_the_number_are_no_places(gaz, text, ship, places):
    found = surfaces(text, gaz)
    assert ship not in found and "IMO" not in found
    assert places <= set(found)


@pytest.mark.parametrize("text, street, town", [
    ("Head office in Lyon, France; a branch office at 15 Pobediteley Avenue, Minsk, Belarus.", "Pobediteley Avenue",
     "Minsk"),
    ("Her other addresses: Ocean Drive, Sliema, Malta; and 4 Kurlyandskaya Street, St Petersburg, 190020.",
     "Kurlyandskaya Street", "St Petersburg"),
])
def test_a_street_of_an_address_lies_in_the_town_after_it(gaz, text, street, town):
    rows = toponyms_by_name(text, gaz)
    assert (rows[street]["lat"], rows[street]["lon"]) == (rows[town]["lat"], rows[town]["lon"])


def test_a_street_that_speaks_still_stands_in_its_town(gaz):
    # no comma after it: the town named before it in its sentence
    rows = toponyms_by_name("In London, Downing Street said the talks in Paris would go on.", gaz)
    assert abs(rows["Downing Street"]["lat"] - rows["London"]["lat"]) < 0.1


def test_the_pipeline_reads_entries_alike(nlp):
    doc = nlp(Document(id="s", text=_ENTRY + " The tanker KHARKIV STAR (IMO 9184532) called at Primorsk."))
    said = {m.text for m in doc.mentions}
    assert not {"MERIDIAN", "RUSSIA", "SURABAYA", "IRAN", "KHARKIV", "IMO"} & said
    assert {"Valletta", "Surabaya", "Primorsk"} <= said


def test_a_list_of_squares_is_no_address(gaz):
    # "Central Square" is also a village of New York state: the next square of the list, not the town of an address
    text = ("Cambridge, Massachusetts, is divided into neighbourhoods that include Harvard Square, Central Square, "
            "Kendall Square and Inman Square.")
    rows = toponyms_by_name(text, gaz)
    assert rows["Harvard Square"]["lat"] is None or abs(rows["Harvard Square"]["lat"] - 42.37) < 0.2


@pytest.mark.parametrize("text, not_places, places", [
    ("Rostov Grain JSC and Bremen Logistik GmbH signed the contract in Accra.", {"Rostov", "Bremen"}, {"Accra"}),
    ("Kayseri Mobilya A.Ş. Furniture. Address: Organize Sanayi Bölgesi, Kayseri.", set(), {"Kayseri"}),
    ("The Nairobi Traders' Association and the Ghana Football Association met in Kumasi.", {"Nairobi", "Ghana"},
     {"Kumasi"}),
])
def test_companies_and_associations_in_title_case_are_no_places(gaz, text, not_places, places):
    found = surfaces(text, gaz)
    assert not not_places & set(found)
    assert places <= set(found)
    if not not_places:  # the company's own "Kayseri" is no place: only the address's is read
        assert found.count("Kayseri") == 1 and text.rindex("Kayseri") == toponyms_by_name(text, gaz)["Kayseri"]["start"]
