"""coref: "the rebels", "the group", "the brigade" stand for the named group the article called so.

A common noun repeats the noun the article called one named non-state group by ("M23 rebels" ... "the
rebels"), or any members' noun for "the group" and "its fighters", when the nearer clues (one side named in
the last sentences, one group in the paragraph) name several. Two groups called so, a state's forces, or a
speaker's words in quotation marks: nobody in particular.
"""


from reading.corpus import read_text


def read(nlp, text, published="2024-03-04"):
    return nlp(read_text(text, doc_id="t", published=published))


def last_actor(doc):
    return [(a.text, a.name) for a in doc.user_data["actors"]][-1]


def test_the_rebels_are_the_only_group_called_rebels_among_militias(nlp):
    doc = read(nlp, "Arakan Army rebels seized Paletwa in January. Pyu Saw Htee militiamen burned homes near "
                    "Sittwe. Border Guard Force militiamen clashed with troops near Myawaddy. "
                    "The rebels now control Paletwa.")
    assert last_actor(doc)[1] == "Arakan Army"
    # control reads the same mention: the holder is the group, not "rebels" naming nobody
    assert ("holds", "Arakan Army") in {(c.relation, c.faction) for c in doc.claims}


def test_the_group_is_the_group_called_by_any_members_noun(nlp):
    doc = read(nlp, "ISWAP fighters surrounded Malam Fatori for days. The group then overran Damasak on Sunday.")
    assert [e.actor1 for e in doc.events] == ["ISWAP"]
    assert {c.faction for c in doc.claims} == {"ISWAP"}


def test_the_insurgents_repeat_a_kindred_noun(nlp):
    doc = read(nlp, "Hayat Tahrir al-Sham militants attacked Saraqib on Monday. Syrian troops shelled Idlib. "
                    "Turkish-backed SNA fighters clashed near Manbij. The insurgents then entered Hama.")
    assert last_actor(doc)[1] == "Hayat Tahrir al-Sham"


def test_the_brigade_is_the_brigade_named(nlp):
    doc = read(nlp, "The Azov Brigade defended Mariupol for weeks. The brigade later withdrew from the city.")
    assert last_actor(doc) == ("The brigade", "Azov Brigade")


def test_the_rebels_stay_generic_when_two_groups_were_called_rebels(nlp):
    doc = read(nlp, "ELN rebels attacked a base in Arauca on Monday. EMC rebels ambushed a patrol near Jamundi. "
                    "The rebels later seized Tame.")
    assert last_actor(doc)[1] == "rebels"
    assert doc.events[-1].actor1 == "" and doc.claims == []


def test_the_militia_stays_generic_when_two_groups_were_called_militiamen(nlp):
    doc = read(nlp, "Fano militiamen raided Lalibela on Monday. Ethiopian troops retook Gondar. OLA rebels fought "
                    "near Nekemte. Kemant militiamen clashed near Gondar. The militia later seized Debre Tabor.")
    assert "Fano" not in {e.actor1 for e in doc.events if "Debre" in getattr(e.location, "name", "")}


def test_the_rebels_are_never_a_states_forces(nlp):
    doc = read(nlp, "Ethiopian troops retook Gondar on Monday. Fano militiamen raided Lalibela. Qemant militiamen "
                    "clashed near Aykel. The rebels later seized Debre Tabor.")
    assert last_actor(doc)[1] == "rebels"


def test_a_speakers_rebels_are_not_resolved_across_the_quote(nlp):
    doc = read(nlp, "M23 rebels seized Rutshuru on Monday. Wazalendo militiamen clashed with the army near Sake. "
                    "CODECO militiamen attacked a camp in Djugu. \u201cThe rebels will never hold Goma,\u201d "
                    "a minister said.")
    assert last_actor(doc)[1] != "M23"


def test_a_remote_attack_told_by_two_words_is_one_attack(nlp):
    # (a side found for "by the militia with a drone" must not leave the bare "shelling" as a second attack)
    doc = read(nlp, "The governor of Kherson condemned the shelling of the Dniprovskyi district by Russian forces "
                    "with a drone on Tuesday evening.", published="2025-03-05")
    assert [(e.event_type, e.actor1) for e in doc.events] == [("Explosions/Remote violence", "Russian forces")]


def test_its_fighters_are_the_side_named_before_them(nlp):
    doc = read(nlp, "The Arakan Army said its fighters had captured Paletwa on Monday.")
    assert [(a.text, a.name) for a in doc.user_data["actors"]][-1] == ("its fighters", "Arakan Army")
    doc = read(nlp, "Al-Shabaab fighters attacked Beledweyne on Friday. Somali troops shelled Jowhar. Clan militiamen "
                    "fought near Baidoa. On Sunday its fighters entered Bulo Burde.")
    assert doc.events[-1].actor1 == "al-Shabaab"


def test_its_fighters_naming_nobody_are_no_actor(nlp):
    doc = read(nlp, "Villagers said their fighters had fled Tame on Monday.")
    assert "their fighters" not in [a.text for a in doc.user_data["actors"]]


def test_a_militia_named_as_the_armys_ally_is_not_the_rebels(nlp):
    """lead: "soldiers and allied X militia" are the army's helpers: "the rebels" after them, in a new paragraph,
    are still the rebels named before."""
    doc = read(nlp, "ADF rebels raided the town of Oicha on Sunday.\n\n"
                    "Ugandan troops and allied Mai-Mai militia fighters had left Eringeti on Saturday after the "
                    "rebels attacked an army position near the town.")
    assert last_actor(doc)[1] == "ADF"
    doc = read(nlp, "Houthi rebels pushed towards Marib city on Monday.\n\n"
                    "Yemeni soldiers and their allied tribal militia from the Murad clan withdrew from Sirwah after "
                    "the rebels shelled the district.")
    assert last_actor(doc)[1] == "Houthis"
