"""Audit 4 (unseen wire, live-blog, OCHA and ISW-style reports): events and actors.
Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text


def read(nlp, text, published="2023-10-18"):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published))


def _ascii(name):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).replace("ḩ", "h")


def rows(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None), e.fatalities) for e in doc.events]


# --- "<demonym> strikes hit ...": an air strike, the demonym's forces acting, placed where they hit --------


@pytest.mark.parametrize("text, actor", [
    ("Turkish strikes hit Kurdish militant positions in northern Iraq on Monday.", "Turkish forces"),
    ("Russian strikes on Zaporizhzhia killed three people on Tuesday, the governor said.", "Russian forces"),
    ("Pakistani strikes targeted hideouts in Afghanistan's Paktika province overnight.", "Pakistani forces"),
    ("Warplanes carried out at least a dozen strikes on Idlib on Sunday.", ""),
    ("Israeli jets carried out more than 20 strikes on Rafah overnight.", "Israeli forces"),
])
def test_demonym_strikes_are_air_strikes(nlp, text, actor):
    got = rows(read(nlp, text))
    assert got and got[0][0] == "Air/drone strike", got
    assert got[0][1] == actor, got
    assert "Russia" not in {g[2] for g in got} and "Turkey" not in {g[2] for g in got}, got


@pytest.mark.parametrize("text", [
    "Rail strikes hit services across Britain on Tuesday.",
    "French strikes hit flights and trains in Paris on Tuesday.",
    "Teachers' strikes in Nairobi continued on Monday.",
])
def test_labour_strikes_are_no_air_strike(nlp, text):
    assert not [r for r in rows(read(nlp, text)) if r[0] == "Air/drone strike"]


@pytest.mark.parametrize("text", [
    "Militants dropped explosives from a drone on an army post in Bannu on Sunday.",
    "ISWAP fighters attacked a base in Monguno with grenades launched from drones on Friday.",
])
def test_explosives_dropped_from_drones(nlp, text):
    assert [r for r in rows(read(nlp, text)) if r[0] == "Air/drone strike"], rows(read(nlp, text))


# --- organised-crime groups named after a place: the group acts -----------------------------------


@pytest.mark.parametrize("text, actor", [
    ("Members of the Gulf Cartel clashed with soldiers in Reynosa on Sunday.", "Gulf Cartel"),
    ("Gunmen of the Juarez Cartel killed four police officers in Chihuahua on Monday.", "Juarez Cartel"),
    ("The Tijuana cartel ambushed a patrol near Ensenada on Friday.", "Tijuana cartel"),
])
def test_cartel_named_after_a_place_is_the_actor(nlp, text, actor):
    got = rows(read(nlp, text))
    assert got and actor in {g[1] for g in got}, got


# --- a headline retold by the body is one event -----------------------------------------------------


@pytest.mark.parametrize("text, published", [
    ("Drone strike on Kharkiv apartment block kills 14\n\nKYIV (AP) - A Russian drone hit an apartment block in Kharkiv "
     "on Sunday, killing at least 14 people, officials said.", "2024-06-03"),
    ("Bomb attack on Kabul mosque kills 21\n\nKABUL (Reuters) - A suicide bomber blew himself up inside a mosque in Kabul "
     "on Friday, killing 21 worshippers, police said.", "2024-06-08"),
    ("Army raid in Nablus kills seven\n\nIsraeli forces killed seven Palestinians in raids across the northern West Bank "
     "on Tuesday, the health ministry said.", "2024-06-05"),
    ("Soldiers, militants clash in Khyber\n\nPESHAWAR - Security forces killed four TTP militants in a gunfight in the "
     "Tirah valley of Khyber district on Monday, the military said.", "2024-06-04"),
])
def test_headline_retold_by_the_body_is_one_event(nlp, text, published):
    doc = read(nlp, text, published)
    assert len(doc.events) == 1, rows(doc)
    assert doc.events[0].evidence.start > text.index("\n"), rows(doc)  # the body's, with its own date


def test_headline_of_another_event_stays(nlp):
    doc = read(nlp, "Bandits kidnap 20 in Zamfara village\n\nSeparately, soldiers clashed with ISWAP fighters near "
                    "Monguno on Monday, killing 12 insurgents.", "2024-06-05")
    assert len(doc.events) == 2, rows(doc)


# --- killings told the way local and military sources tell them --------------------------------------


@pytest.mark.parametrize("text, sub, toll", [
    ("No fewer than twelve persons were killed when gunmen invaded Gidan Dawa village in Sokoto State on Sunday.",
     "Attack", 12),
    ("Troops of Operation Safe Haven neutralised three bandits in Bokkos, Plateau State, on Tuesday.", "Armed clash", 3),
    ("Soldiers neutralized five terrorists near Damboa on Monday, the army said.", "Armed clash", 5),
    ("Four soldiers, including a captain, were martyred when terrorists attacked a checkpoint in Bannu on Sunday.",
     "Armed clash", 4),
    ("Two suspected Abu Sayyaf Group (ASG) members were killed in an encounter with marines in Patikul, Sulu, on Monday.",
     "Armed clash", 2),
])
def test_local_and_military_ways_of_telling_killings(nlp, text, sub, toll):
    got = rows(read(nlp, text))
    assert got and got[0][0] == sub and got[0][3] == toll, got


def test_neutralised_explosive_is_no_killing(nlp):
    got = rows(read(nlp, "Engineers neutralised an explosive device on the road to Mopti on Monday."))
    assert not [r for r in got if r[0] in ("Attack", "Armed clash")], got


def test_a_tally_of_an_operation_is_still_no_event(nlp):
    assert not rows(read(nlp, "The military operation has killed more than 300 people since March, officials said."))


# --- who acts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, not_actor", [
    ("Seven policemen were killed when militants stormed a police station in Lakki Marwat on Friday.", "Seven policemen"),
    ("Amnesty International condemned the attack on a camp near Maiduguri on Friday, which killed 23 displaced people.",
     "Amnesty International"),
    ("The UNHCR strongly condemns the shelling of a shelter in Kherson on Sunday that killed four people.", "UNHCR"),
    ("Police officers of a UN-backed mission repelled an attack on a station in Mirebalais on Monday.", "UN"),
    ("Islamist fighters killed dozens of Russian mercenaries and Burkinabe soldiers in fighting near Djibo on Monday.",
     "Burkinabe forces"),
])
def test_victims_patrons_and_condemners_are_not_actor1(nlp, text, not_actor):
    got = rows(read(nlp, text))
    assert got and all(g[1] != not_actor for g in got), got


def test_colon_dateline_is_where_the_reporter_is(nlp):
    from reading.events import dateline_end
    text = "QUETTA: Gunmen shot dead five labourers in Kech district on Monday."
    assert dateline_end(text, 0) == len("QUETTA: ")


@pytest.mark.parametrize("text", [
    "Syria's health ministry said Russian strikes across the north had killed 1,200 people since March last year.",
    "It was the first Turkish strike on the town since the offensive began.",
])
def test_strikes_told_as_a_running_total_are_no_event(nlp, text):
    assert not rows(read(nlp, text))


@pytest.mark.parametrize("text, sub", [
    ("Militants stormed a police station in Lakki Marwat on Friday, killing three policemen.", "Armed clash"),
    ("Gunmen raided a school in Kuriga on Thursday and abducted 280 pupils.", None),
])
def test_storming_a_building_is_an_attack(nlp, text, sub):
    got = rows(read(nlp, text))
    assert got and not [g for g in got if "territory" in g[0]], got
    if sub:
        assert sub in {g[0] for g in got}, got


# --- weekly-assessment front lines; tolls nobody could check ------------------------------------------


@pytest.mark.parametrize("text, place", [
    ("Russian forces advanced near Vuhledar, according to geolocated footage.", "Vuhledar"),
    ("Ukrainian forces recently advanced south of Tetkino.", "Tetkino"),
    ("Israeli forces made further advances in Rafah on Tuesday.", "Rafah"),
    ("Ukrainian forces recaptured positions near Vovchansk.", "Vovchansk"),
])
def test_front_line_advances_are_fighting(nlp, text, place):
    got = rows(read(nlp, text, "2024-06-05"))
    assert any(g[0] == "Armed clash" and place in _ascii(g[2] or "") for g in got), got


@pytest.mark.parametrize("text", [
    "Peace talks advanced in Doha on Monday.",
    "The United States supplied advanced weapons to Ukraine in May.",
])
def test_advance_without_a_side_is_no_fighting(nlp, text):
    assert not [g for g in rows(read(nlp, text)) if g[0] == "Armed clash"]


@pytest.mark.parametrize("text", [
    "ISWAP said its fighters had killed 40 soldiers near Monguno, a figure that could not be independently verified.",
    "The Houthis said they had killed dozens of Saudi troops in Jizan, a claim that has not been confirmed.",
])
def test_unverified_claimed_toll_is_no_toll(nlp, text):
    got = rows(read(nlp, text))
    assert got and all(g[3] is None for g in got), got


# --- dates a sentence takes from the one before ----------------------------------------------------------


@pytest.mark.parametrize("text, day", [
    ("Rebels captured Hpakant on Monday. The air force bombed the town of Mohnyin the same day, killing six civilians.",
     "2023-10-16"),
    ("Rebels captured Hpakant on Monday. Warplanes bombed Mohnyin a day later, killing six civilians.", "2023-10-17"),
    ("Rebels captured Hpakant on Monday. The army said it had shelled Mohnyin the previous day.", "2023-10-15"),
    ("Gunmen attacked a checkpoint in Tank on Monday. Police said two attackers were killed in the ensuing "
     "exchange of fire.", "2023-10-16"),
    ("Bandits killed 12 people in Tsafe in Zamfara State on Monday night. The bandits, who arrived on motorcycles, "
     "also abducted 20 women.", "2023-10-16"),
])
def test_dates_taken_from_the_event_before(nlp, text, day):
    doc = read(nlp, text)
    assert len(doc.events) >= 2, rows(doc)
    assert str(doc.events[-1].date.start) == day, [(str(e.date.start), e.sub_event_type) for e in doc.events]


def test_a_new_subject_keeps_its_own_date(nlp):
    doc = read(nlp, "Bandits killed 12 people in Tsafe on Monday night. The army arrested 20 suspects in Gusau.")
    assert str(doc.events[-1].date.start) == "2023-10-18", [(str(e.date.start), e.sub_event_type) for e in doc.events]


def test_the_same_actor_told_again_is_where_it_was(nlp):
    doc = read(nlp, "Four people were killed when gunmen invaded Dan Sadau village in Zamfara State on Monday night. "
                    "The gunmen, who came on motorcycles, also abducted 20 women.")
    assert [e.actor1 for e in doc.events] == ["Unidentified Armed Group (Nigeria)"] * 2, rows(doc)  # (act: gunmen in Nigeria)
    assert len({getattr(e.location, "name", None) for e in doc.events}) == 1, rows(doc)


# --- follow-on tolls, nominal killings, ceasefires, arson, weapons destroyed --------------------------


def test_killed_in_the_fighting_is_the_toll_of_the_fight_before(nlp):
    doc = read(nlp, "Heavy fighting erupted in Misrata on Monday night, residents said. At least nine people were "
                    "killed in the clashes, the health ministry said.")
    assert [(g[0], g[3]) for g in rows(doc)] == [("Armed clash", 9)], rows(doc)


def test_a_running_total_in_the_next_bullet_is_no_toll(nlp):
    doc = read(nlp, "- Clashes between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) in Babanusa "
                    "have continued since 2 March.\n- At least 80 civilians have been killed since the escalation began.")
    got = [(e.actor1, e.actor2, e.fatalities) for e in doc.events]
    assert got == [("SAF", "RSF", None)] or got == [("Sudanese Armed Forces", "Rapid Support Forces", None)], got


@pytest.mark.parametrize("text", [
    "Rights groups demanded justice for the killing of three farmers in Benue.",
    "The government opened an inquiry into the killing of a journalist in Mogadishu.",
])
def test_a_killing_named_as_a_noun_is_no_new_event(nlp, text):
    assert not rows(read(nlp, text))


@pytest.mark.parametrize("text, sub", [
    ("On 14 March, the ELN declared a unilateral ceasefire.", "Agreement"),
    ("Militiamen set fire to 30 homes in Djugu on Sunday.", "Looting/property destruction"),
    ("Russian air defences destroyed 18 Ukrainian drones over Belgorod overnight.", "Disrupted weapons use"),
    ("Israeli tanks pushed deeper into Khan Younis on Monday.", "Armed clash"),
])
def test_more_kinds_of_events(nlp, text, sub):
    got = rows(read(nlp, text))
    assert sub in {g[0] for g in got}, got


def test_drones_destroying_tanks_are_no_disrupted_weapons(nlp):
    got = rows(read(nlp, "Ukrainian drones destroyed two Russian tanks near Bakhmut on Monday."))
    assert "Disrupted weapons use" not in {g[0] for g in got}, got


@pytest.mark.parametrize("text, n", [
    ("Two Pakistani soldiers and three militants were killed in an exchange of fire in Kurram.", 5),
    ("Four Nigerien soldiers and 12 jihadists were killed near Tillaberi on Monday.", 16),
])
def test_two_counts_joined_with_a_demonym(text, n):
    from reading.events import fatalities_in
    assert fatalities_in(text) == n


def test_hours_later_after_two_quotes_is_that_day(nlp):
    doc = read(nlp, "Russian missiles struck a shopping centre in Kharkiv on Monday, killing four people. "
                    "Thirty people were injured, the governor said. The mayor called it a war crime. "
                    "Hours later, Ukrainian drones hit a fuel depot in Russia's Kursk region.")
    assert [str(e.date.start) for e in doc.events] == ["2023-10-16", "2023-10-16"], rows(doc)


def test_headline_victims_are_no_actor_and_the_headline_is_one_event(nlp):
    doc = read(nlp, "Russian instructors killed in Burkina ambush\n\nJihadists killed dozens of Russian instructors and "
                    "Burkinabe soldiers in fighting near Djibo last week, the group said.", "2024-07-29")
    assert len(doc.events) == 1 and doc.events[0].actor1.lower() == "jihadists", rows(doc)


@pytest.mark.parametrize("text, sub, actor, place, toll", [
    ("Colombia's army blamed the ELN for the killing of three soldiers in Arauca last Sunday.",
     "Armed clash", "ELN", "Arauca", 3),
    ("Nobody was hurt when a drone launched from Yemen hit a building in Eilat, the army said.",
     "Air/drone strike", "", "Eilat", 0),
    ("Fifteen people were killed in an RSF drone attack on a market in Kadugli on Monday.",
     "Air/drone strike", "RSF", "Kadugli", 15),
    ("The Israeli army said it had struck more than 40 Hamas targets in Rafah overnight.",
     "Air/drone strike", "Israeli forces", "Rafah", None),
    ("Israeli settlers attacked Palestinian farmers near Nablus on Friday, wounding four.",
     "Attack", "Israeli settlers", "Nablus", None),
])
def test_audit4_batch3(nlp, text, sub, actor, place, toll):
    got = rows(read(nlp, text))
    assert got and got[0][0] == sub and got[0][1] == actor and place in _ascii(got[0][2] or "") \
        and got[0][3] == toll, got


def test_one_attack_with_two_weapons_is_one_event(nlp):
    doc = read(nlp, "The Houthis said they had attacked the tanker Cordelia Moon in the Red Sea with a drone boat "
                    "and missiles on Tuesday.")
    assert len([e for e in doc.events if e.event_type == "Explosions/Remote violence"]) == 1, rows(doc)


def test_two_places_struck_are_two_events(nlp):
    doc = read(nlp, "Russian missiles hit Zaporizhzhia and drones struck Kharkiv overnight.")
    assert len([e for e in doc.events if e.event_type == "Explosions/Remote violence"]) == 2, rows(doc)


@pytest.mark.parametrize("text", [
    "The Tijuana cartel has been fighting the Sinaloa Cartel for control of Baja California for years.",
    "Government troops have been battling ADF rebels in Beni for months.",
])
def test_fighting_for_years_is_no_dated_event(nlp, text):
    assert not [r for r in rows(read(nlp, text)) if r[0] == "Armed clash"]


@pytest.mark.parametrize("text, sub", [
    ("Russian forces captured Kurakhove on Tuesday.", "Non-state actor overtakes territory"),
    ("Ukrainian forces recaptured Kupyansk on Tuesday.", "Government regains territory"),
    ("Sudanese troops recaptured Wad Madani on Saturday.", "Government regains territory"),
])
def test_a_state_taking_another_country_s_town_is_a_foreign_actor(nlp, text, sub):
    got = rows(read(nlp, text))
    assert got and got[0][0] == sub, got


# --- denials, preparations, records --------------------------------------------------------------------


def test_denied_reports_of_its_own_strike_are_no_event(nlp):
    assert not rows(read(nlp, "The army denied reports that its warplanes had bombed a market in Mellit."))


def test_preparing_an_assault_is_planned(nlp):
    doc = read(nlp, "Analysts say the RSF is preparing an assault on Babanusa.")
    assert doc.events and all(e.planned for e in doc.events), [(e.sub_event_type, e.planned) for e in doc.events]


@pytest.mark.parametrize("text, day", [
    ("The ambush near Menaka on Tuesday was the deadliest since 2019.", "2023-10-17"),
    ("The ambush near Menaka was the deadliest since 2019, according to local officials.", "2023-10-18"),
])
def test_a_record_since_a_year_is_not_the_event_date(nlp, text, day):
    doc = read(nlp, text)
    assert doc.events and str(doc.events[0].date.start) == day and not doc.events[0].background, \
        [(str(e.date.start), e.background) for e in doc.events]


def test_a_year_tally_is_background(nlp):
    doc = read(nlp, "Last year, armed groups killed more than 2,000 civilians in Mali, according to ACLED.")
    assert doc.events and all(e.background for e in doc.events), [(e.sub_event_type, e.background) for e in doc.events]
    doc = read(nlp, "In March, jihadists killed 200 people in Barsalogho.")
    assert doc.events and not any(e.background for e in doc.events)


@pytest.mark.parametrize("text", [
    "ISWAP fighters overran a military base in Malam Fatori on Sunday, killing 12 soldiers.",
    "JNIM militants stormed the army barracks in Djibo on Monday.",
])
def test_a_base_overrun_is_a_fight_not_the_town_taken(nlp, text):
    got = rows(read(nlp, text))
    assert got and not [g for g in got if "territory" in g[0]], got


def test_named_herders_act_bare_herders_witness(nlp):
    got = rows(read(nlp, "Fulani herdsmen attacked farmers in Agatu on Monday, killing six."))
    assert got and got[0][1] == "Fulani herdsmen", got
    got = rows(read(nlp, "Herders said soldiers shelled their camp near Bokkos on Saturday."))
    assert got and got[0][1] == "Nigerian forces", got  # (the soldiers of the article's one country)


@pytest.mark.parametrize("text, actor, place", [
    ("Russia launched 60 drones at Odesa overnight, the air force said.", "Russian forces", "Odesa"),
    ("American warplanes struck Houthi targets near Hodeidah on Monday.", "American forces", "udaydah"),
])
def test_drones_launched_at_and_targets_struck(nlp, text, actor, place):
    got = rows(read(nlp, text))
    assert got and got[0][0] == "Air/drone strike" and got[0][1] == actor and place in _ascii(got[0][2] or ""), got


def test_a_country_acting_is_named_as_the_country(nlp):
    got = rows(read(nlp, "U.S. forces shot down three Houthi drones over the Gulf of Aden on Friday."))
    assert got and got[0][1] == "American forces", got  # (ev15: a state's forces by its demonym)
