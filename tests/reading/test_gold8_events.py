"""The eighth events gold (``bench/data/events_gold8.jsonl``): the error classes of its first run, on
sentences of their own (other conflicts, places and names than the gold's): talks at a standstill, an attack
one side claims and the other says never happened, a train or bus seized with its passengers, pickets and
marches joined, marchers stoning the police, sabotage of a railway or a pipeline, a blast "with" a device,
projectiles and drone debris that land, a drone that got through, and an arrest warrant served."""
import datetime as dt

from reading.corpus import read_text
from tests.reading.mapped_events import mapped, kinds


def read(nlp, text, published="2026-05-06", title=None):
    return nlp(read_text(text, doc_id="t", published=published, title=title))


# (a) talks that have stalled are no meeting and no agreement
def test_stalled_talks_are_no_agreement(nlp):
    assert mapped(read(nlp, "Ceasefire talks mediated by Qatar have stalled since March, diplomats said.")) == []
    assert mapped(read(nlp, "Peace talks between Kinshasa and the rebels remain deadlocked, a mediator said.")) == []


def test_talks_held_are_still_read(nlp):
    evs = mapped(read(nlp, "Ceasefire talks between the two sides were held in Doha on Monday."))
    assert kinds(evs) == [("Strategic developments", "Agreement")], kinds(evs)


# (b) an attack one side claims and the other says never happened is not mapped
def test_a_claimed_attack_called_non_existent_is_dropped(nlp):
    text = ("The rebels said their fighters had ambushed a convoy near Mopti on Friday, killing ten soldiers. "
            '"No such attack took place," an army spokesman said.')
    assert mapped(read(nlp, text)) == []


def test_a_claimed_strike_denied_in_its_sentence_is_dropped(nlp):
    text = "Sudanese officials said a rebel drone had struck the airport in Kassala on Sunday, which the rebels denied."
    assert mapped(read(nlp, text)) == []


def test_a_claimed_attack_answered_with_losses_stays(nlp):
    text = ("The rebels said their fighters had ambushed a convoy near Mopti on Friday, killing ten soldiers. "
            "The army said two of its soldiers were wounded.")
    assert [e.event_type for e in mapped(read(nlp, text))] == ["Battles"]


def test_a_denied_claim_with_victims_stays(nlp):
    text = "Residents said soldiers had shot dead four farmers near Mopti on Friday, which the army denied."
    assert len(mapped(read(nlp, text))) == 1


# (c) a bus or a train seized with its passengers is a hostage-taking, not a place taken
def test_a_bus_seized_is_an_abduction(nlp):
    evs = mapped(read(nlp, "Gunmen seized a bus carrying 40 passengers near Kaduna on Tuesday and took them into "
                           "the forest."))
    assert kinds(evs) == [("Violence against civilians", "Abduction/forced disappearance")], kinds(evs)


def test_the_train_they_seized_is_no_capture_of_the_province(nlp):
    doc = read(nlp, "Police freed the last of 200 passengers held on a train the militants seized in a remote "
                    "part of Sindh province on Monday.")
    assert not [e for e in mapped(doc) if "territory" in e.sub_event_type]
    assert not [c for c in doc.claims if c.relation == "took"]


# (d) pickets and marches joined are protests; marchers stoning the police riot
def test_a_picket_is_a_protest(nlp):
    evs = mapped(read(nlp, "About 300 nurses picketed outside the health ministry in Nairobi on Monday, demanding "
                           "unpaid wages."))
    assert kinds(evs) == [("Protests", "Peaceful protest")], kinds(evs)


def test_taking_part_in_a_silent_march_is_a_protest(nlp):
    evs = mapped(read(nlp, "Thousands of people took part in a silent march in Lima on Sunday to denounce the "
                           "killing of a journalist."))
    assert kinds(evs) == [("Protests", "Peaceful protest")], kinds(evs)


def test_the_month_of_march_is_no_protest(nlp):
    assert mapped(read(nlp, "The new governor took office in Lima in March, officials said.")) == []


def test_marchers_throwing_stones_make_the_march_a_riot(nlp):
    evs = mapped(read(nlp, "Several hundred residents marched through Soweto on Friday. Police fired rubber bullets "
                           "after some marchers threw stones at officers."))
    assert kinds(evs) == [("Riots", "Violent demonstration")], kinds(evs)


def test_stoning_police_vehicles_is_a_riot(nlp):
    evs = mapped(read(nlp, "Residents blocked the main road in Soweto with burning tyres and stoned police vehicles "
                           "on Friday."))
    assert kinds(evs) == [("Riots", "Violent demonstration")], kinds(evs)


# (e) sabotage, and a blast "with" a device
def test_a_railway_blown_up_is_an_explosive_attack(nlp):
    for text in ("Rebels blew up a section of the railway line near Kassala on Monday.",
                 "Militants blew up a section of an oil pipeline near Warri on Monday."):
        evs = mapped(read(nlp, text))
        assert kinds(evs) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")], (text, kinds(evs))


def test_a_truck_blown_up_with_an_ied_is_no_fight(nlp):
    [ev] = mapped(read(nlp, "Eleven soldiers were killed on Sunday when rebels blew up their truck with an "
                            "improvised explosive device near Gao."))
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert ev.fatalities == 11


def test_explosive_devices_in_a_fight_stay_its_weapons(nlp):
    evs = mapped(read(nlp, "Fighters engaged the troops with gunfire and explosive devices near Gao on Sunday."))
    assert [e.event_type for e in evs] == ["Battles"]


# (f) what lands from afar: projectiles, drone debris, a drone that got through
def test_projectiles_that_landed_are_shelling(nlp):
    [ev] = mapped(read(nlp, "Four projectiles fired from across the border landed near the town of Kiryat Shmona "
                            "on Saturday."))
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.date.start == dt.date(2026, 5, 2)


def test_drone_debris_falling_on_a_depot_is_a_drone_strike(nlp):
    [ev] = mapped(read(nlp, "Drone debris fell on a fuel depot in the town of Rylsk on Sunday night, starting a fire, "
                            "the governor said."))
    assert ev.sub_event_type == "Air/drone strike"


def test_a_drone_that_got_through_is_a_drone_strike(nlp):
    [ev] = mapped(read(nlp, "In Kursk, a drone that got through struck a hospital on Sunday, killing two people."))
    assert (ev.sub_event_type, ev.fatalities) == ("Air/drone strike", 2)


# (g) a warrant served is no arrest
def test_an_arrest_warrant_is_no_arrest(nlp):
    assert mapped(read(nlp, "Police in Eldoret said they had obtained an arrest warrant for the governor on Monday.")) == []


def test_an_arrest_is_still_one(nlp):
    evs = mapped(read(nlp, "Police in Eldoret arrested the governor on Monday."))
    assert kinds(evs) == [("Strategic developments", "Arrests")], kinds(evs)


# (h) a withdrawal told with the winner's claim of the capture: one change of hands, the winner's
def test_a_withdrawal_after_the_winners_claim_is_the_winners_capture(nlp):
    doc = read(nlp, "Ukraine's army said on Tuesday it had withdrawn from the village of Kurakhove, two days after "
                    "Russia's defence ministry said its forces had captured it.")
    [ev] = mapped(doc)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert "Russia" in ev.actor1 and "Ukrain" in ev.actor2
    assert ev.date.start == dt.date(2026, 5, 3)  # two days before Tuesday 5 May


def test_a_lag_clause_with_no_place_still_tells_nothing(nlp):
    evs = mapped(read(nlp, "Shelling killed two people in Kharkiv on Tuesday, a day after a drone attack."))
    assert len(evs) == 1 and evs[0].location is not None and "Kharkiv" in evs[0].location.name


# (i) the police storming a neighbourhood raid it; they take no territory
def test_police_storming_a_favela_is_a_raid_with_its_toll(nlp):
    doc = read(nlp, "At least 12 people were killed on Tuesday when police stormed the Jacarezinho favela in "
                    "northern Rio de Janeiro.")
    [ev] = mapped(doc)
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == ("Battles", "Armed clash", 12)
    assert not [c for c in doc.claims if c.relation == "took"]


def test_soldiers_storming_a_favela_take_no_territory(nlp):
    doc = read(nlp, "At least 12 people were killed on Tuesday when soldiers stormed the Vila Cruzeiro favela in Rio "
                    "de Janeiro in an operation against the Comando Vermelho.")
    evs = mapped(doc)
    assert kinds(evs) == [("Battles", "Armed clash")], kinds(evs)
    assert not [c for c in doc.claims if c.relation == "took"]


def test_rebels_storming_a_town_still_take_it(nlp):
    evs = mapped(read(nlp, "Rebels stormed Goma on Tuesday and took control of the airport."))
    assert ("Battles", "Non-state actor overtakes territory") in kinds(evs)


# (j) insurgents burning stores destroy property
def test_insurgents_burning_stores_is_property_destruction(nlp):
    evs = mapped(read(nlp, "Suspected insurgents set fire to six convenience stores in Yala on Saturday."))
    assert kinds(evs) == [("Strategic developments", "Looting/property destruction")], kinds(evs)



# (k) a side not commenting on an event tells none
def test_not_commenting_on_the_shelling_is_no_second_shelling(nlp):
    evs = mapped(read(nlp, "Mortar fire hit the outskirts of Osh on Saturday, killing a farmer, officials said. "
                           "Uzbekistan did not comment on the shelling."))
    assert len(evs) == 1 and evs[0].fatalities == 1, kinds(evs)


# (m) British usage: disorder breaking out riots, a device made safe is disrupted, a punishment attack
def test_disorder_breaking_out_is_a_riot(nlp):
    evs = mapped(read(nlp, "Disorder broke out in Portadown on Saturday night, and a car was set alight."))
    assert [e.event_type for e in evs] == ["Riots"], kinds(evs)


def test_a_device_made_safe_is_disrupted_weapons_use(nlp):
    evs = mapped(read(nlp, "Army technical officers made the device safe outside the courthouse in Omagh on Monday."))
    assert kinds(evs) == [("Strategic developments", "Disrupted weapons use")], kinds(evs)


def test_a_paramilitary_style_attack_is_on_a_civilian_by_no_police(nlp):
    [ev] = mapped(read(nlp, "A man was shot in both legs in what police described as a paramilitary-style attack in "
                            "Newry on Friday night."))
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert "police" not in ev.actor1.lower()


# (n) a side's own toll the other side rejects is no event of its own
def test_a_rejected_claimed_toll_is_no_event_nor_the_attacks_evidence(nlp):
    doc = read(nlp, "Separatists attacked a convoy near Turbat on Monday, killing six soldiers, the army said.\n\n"
                    "The separatists said in a statement that they had killed more than 50 soldiers, a figure the army "
                    "rejected as propaganda.")
    [ev] = mapped(doc)
    assert ev.fatalities == 6
    assert ev.evidence.sentence.startswith("Separatists attacked")
    assert ev.actor1.lower() != ev.actor2.lower()
