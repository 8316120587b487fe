"""One happening, one event: merging the events that tell the same happening again.

Reading (:mod:`reading.events`) makes an event of every telling it finds, sentence by
sentence; an article tells a happening several times (its headline and its lede, "the
fighting" in the next sentence, its toll told apart, a side's own account, a claim and a
report of it, a country-wide summary and its details, a correction of its place). Which
tellings are one happening is a question about the whole article's events, not about one
sentence, so it is a stage of its own: each fold keeps the telling a map should show,
completed with what the others add (sides, toll, the sentence that places it), and drops
the others.

The folds run in this order, and the order matters:

- in the reading of a sentence, :func:`merge_in_sentence` (a protest's arrests, a fight's captives, a
  riot's protest and a complex attack's opening blast are the one happening the sentence tells), then
  :func:`sentence_firsts` as the sentence's events are kept (one kind at one place and day told by its
  actor and again by its target, one attack told by its two weapons);
- :func:`merge_retellings`, right after reading and before the days are settled: the folds that
  recognise a retelling by how its day was told (only the publication day, a speaker's "said on
  Monday") and by its nearness in the text: a toll told next, an anaphor ("The fighting ..."),
  an accusation, the interceptions of a strike, a fight's sounds, an attack's abductions, the
  loser's withdrawal, a claim and the report of it; then a headline's (or a bullet's) event retold
  in the body (:func:`_drop_headline_echoes`) and a later restatement dated only by the publication
  day (:func:`_drop_restatements`). Each keeps the telling read first (or the report's) and reads
  the list the folds before it left;
- :func:`merge_same_happenings`, once the days are read last (context, a speaker's day): a
  correction's place first (so the tellings compare at the right place), then a country-wide
  summary folded into its details (so it is not taken for one of them), then any two tellings of
  one kind at one place on the same days (so a headline's "on Saturday" and an entry's
  "overnight" compare as days), a side's own account among them (one rule, :func:`_account_of`,
  whether it names the happening's place or none).
"""
from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from geo.distance import great_circle_km
from reading.actors import _known_group
from reading.control import unnamed_side
from reading.document import Document, Event
from reading.events import (VIOLENT_TYPES, _ACCUSED_BEFORE, _ANOTHER, _BULLET, _CROWD, _DATELINE_PROVINCE, _DATELINE_STORY,
                            _ENTRY_HEADLINE, _EVENT_AGAIN_START, _FIRST, _HEADLINE_NOBODY, _KILLED_WORD,
                            _LOST_HEAD, _NO_PLACE_HEAD, _SIDE_ACCOUNT_START, _SOME_DAYS, _SPEAKER_GOES_ON_START,
                            _TOLD_BY_BEFORE, _W409_HEAD, _day_shift, _fight_sounds, _is_generic_name, _lies_within, _lost_name,
                            _SAID_BEFORE_DATE, _TOLD_AFTER_DATE, _sentence_start, _statement_dated, _title_repeat, area_part, title_line)

__all__ = ["merge_in_sentence", "merge_retellings", "merge_same_happenings", "sentence_firsts"]


def merge_retellings(doc: Document, events: list[Event]) -> list[Event]:
    """The article's events with the retellings recognised by their place in the text and how their day was
    told folded into the telling they repeat (before the days are settled: see the module's docstring)."""
    events = _fold_follow_on_tolls(doc, events)
    events = _fold_follow_on_details(doc, events)
    events = _fold_anaphors(doc, events)
    events = _fold_accusations(doc, events)
    events = _fold_interceptions(doc, events)
    events = _fold_fight_sounds(doc, events)
    events = _fold_abductions(events)
    events = _fold_losers_withdrawals(events)
    events = _fold_claim_and_report(doc, events)
    return _drop_restatements(doc, _drop_headline_echoes(doc, events))


def merge_same_happenings(doc: Document, events: list[Event]) -> list[Event]:
    """The article's events, on their final days, with a corrected place, a country-wide summary and any second
    telling of one happening folded into one event each (see the module's docstring)."""
    events = _drop_older_versions(doc, _fold_corrections(doc, events))
    return _fold_same_happenings(doc, _fold_leads_into_details(doc, _fold_summaries(doc, events)))


def merge_in_sentence(text: str, here: list[Event], actors) -> list[Event]:
    """One sentence's events (``here``) with those that are part of another it tells at the same place and
    day dropped: a protest's arrests, a fight's captives, a riot's peaceful protest, a complex attack's
    opening blast (``actors``: the sentence's actor mentions, for :func:`_fold_opening_blasts`)."""
    held = {(ev.date.start if ev.date else None, getattr(ev.location, "name", None))
            for ev in here if ev.sub_event_type == "Protest with intervention"} if len(here) > 1 else None
    if held:
        # "Police arrested 200 demonstrators in Istanbul": the protest's intervention, not a second event
        here = [ev for ev in here if not (ev.sub_event_type == "Arrests" and (
            ev.date.start if ev.date else None, getattr(ev.location, "name", None)) in held)]
    fought = {(ev.date.start if ev.date else None, getattr(ev.location, "name", None))
              for ev in here if ev.event_type == "Battles"} if len(here) > 1 else None
    if fought:
        # "soldiers exchanged fire with gang members, killing two and arresting five": the fight's
        # captives, not a second event
        here = [ev for ev in here if not (ev.sub_event_type == "Arrests" and (
            ev.date.start if ev.date else None, getattr(ev.location, "name", None)) in fought)]
    riots = {(ev.date.start if ev.date else None, getattr(ev.location, "name", None))
             for ev in here if ev.sub_event_type == "Violent demonstration"} if len(here) > 1 else None
    if riots:
        # "students protesting against quotas clashed with police in Dhaka": one demonstration,
        # which turned violent (a riot), not a peaceful protest besides
        here = [ev for ev in here if not (ev.sub_event_type == "Peaceful protest" and (
            ev.date.start if ev.date else None, getattr(ev.location, "name", None)) in riots)]
    if any(ev.sub_event_type in _OPENING_BLASTS for ev in here):
        here = _fold_opening_blasts(text, here, actors)
    return here


def sentence_firsts(here: list[Event]) -> Iterator[Event]:
    """One sentence's events, each telling of one happening once: a second telling of one kind at one place
    and day where one of the two names no actor, and with the same toll, completes the first (its actor, its
    target); a second remote attack by the same actor at one place and day is the same attack. Lazy: each
    event is judged after the caller has kept the ones before it (it reads their sides as then completed)."""
    remote_here: set = set()
    told_here: dict[tuple, Event] = {}
    for ev in here:
        # coref: a remote attack told twice by two words of one kind ("the shelling of X by the militia with a
        # drone") is one attack whichever sub-type each word names
        tk = (ev.event_type, None if ev.event_type == "Explosions/Remote violence" else ev.sub_event_type,
              ev.date.start if ev.date else None, getattr(ev.location, "name", None), ev.planned, ev.background)
        twin = told_here.get(tk)
        if twin is not None and (not ev.actor1 or not twin.actor1) and ev.fatalities == twin.fatalities:
            # "The junta has responded with air strikes: in Sagaing, an air strike on a school killed
            # 11 children": one strike, told by its actor and again by its target
            twin.actor1 = twin.actor1 or ev.actor1
            twin.actor2 = twin.actor2 or (ev.actor2 if ev.actor2 != twin.actor1 else "")
            continue
        told_here.setdefault(tk, ev)
        if ev.event_type == "Explosions/Remote violence" and ev.evidence is not None:
            rk = (ev.actor1, ev.date.start if ev.date else None, getattr(ev.location, "name", None),
                  ev.planned, ev.background)
            if rk in remote_here:
                continue  # "attacked the ship with a drone boat and missiles": one attack, two weapons
            remote_here.add(rk)
        yield ev


#: Blasts that open an assault in a complex attack ("a suicide car bomb breached the gate before gunmen stormed it").
_OPENING_BLASTS = ("Suicide bomb", "Remote explosive/landmine/IED")
#: The assault a blast opens, as its trigger begins.
_ASSAULT_OPENED = re.compile(r"(?:stormed|overran|overrun|raided|attacked|assaulted|swept\s+into)\b", re.I)
#: Right after an actor: the assault it made ("... before al-Shabaab fighters stormed it").
_ASSAULT_AFTER = re.compile(r"\s+(?:then\s+|later\s+)?" + _ASSAULT_OPENED.pattern, re.I)
#: Between the blast and the assault: one followed the other.
#: evu: a road named by a town it leads to ("Kharkiv highway", "the Dilling road"), and a road told in the body.
_ROAD_OF_TOWN = re.compile(r"[ \t]+(?:road|highway|motorway|route|supply\s+line)\b", re.I)
_A_ROAD = re.compile(r"\b(?:road|highway|motorway|route|supply\s+line)\b", re.I)
_IN_SEQUENCE = re.compile(r"\b(?:after|before|then|followed\s+by|paving\s+the\s+way|allowing)\b", re.I)


def _fold_opening_blasts(text: str, here: list[Event], actors) -> list[Event]:
    """A complex attack is one event (as ACLED counts): "al-Shabaab overran a base after a suicide car
    bomb breached its gate", "a car bomb blew open the gate before gunmen stormed the compound". The
    blast and the assault it opened, told in one sentence at one place and day, are the assault
    (a fight, or the capture when ground was taken), with the blast's actor and toll when it names none.
    An assault told with no event of its own ("... before al-Shabaab fighters stormed it") names the
    blast's actor (``actors``: the sentence's actor mentions)."""
    out = list(here)
    for b in here:
        if b.sub_event_type not in _OPENING_BLASTS or b.evidence is None:
            continue
        for m in actors if not b.actor1 else ():
            assault = _ASSAULT_AFTER.match(text, m.end) if m.start >= b.evidence.end else None
            if assault is not None and _IN_SEQUENCE.search(text, b.evidence.end, assault.end()):
                b.actor1 = m.name
                break
        key = (b.date.start if b.date else None, getattr(b.location, "name", None))
        a = next((e for e in out if e.event_type == "Battles" and e.evidence is not None
                  and (e.date.start if e.date else None, getattr(e.location, "name", None)) == key
                  and _ASSAULT_OPENED.match(text, e.evidence.start)
                  and _IN_SEQUENCE.search(text, min(b.evidence.end, e.evidence.end),
                                          max(b.evidence.start, e.evidence.start))), None)
        if a is None:
            continue
        a.actor1 = a.actor1 or b.actor1
        a.actor2 = a.actor2 or (b.actor2 if b.actor2 != a.actor1 else "")
        if a.fatalities is None:
            a.fatalities = b.fatalities
        out.remove(b)
    return out


#: Before a trigger: the fight told just before ("were killed in the fighting", "during the clashes").
_IN_THE_FIGHT = re.compile(r"\b(?:in|during|amid)\s+the\s+(?:(?:heavy|fierce|ensuing|latest|overnight|renewed|same)\s+)?$", re.I)
#: audit 9: "... said it had killed 20 SDF fighters in the same fighting": the fight told, by anyone, anywhere placed.
_IN_THE_SAME_BEFORE = re.compile(r"\b(?:in|during)\s+the\s+same\s+$", re.I)


def _fold_follow_on_tolls(doc: Document, events: list[Event]) -> list[Event]:
    """"Heavy clashes broke out in Tripoli on Monday. At least six people were killed in the
    fighting.": the second sentence tells the first event's toll (no side, no place of its
    own, "in the fighting"), not a second battle."""
    text = doc.text
    out: list[Event] = []
    for ev in events:
        e = ev.evidence
        same = (out and e is not None and ev.event_type in VIOLENT_TYPES
                and "same" in text[max(0, e.start - 12):e.start]
                and _IN_THE_SAME_BEFORE.search(text, max(0, e.start - 30), e.start))
        # audit au10: a side of its own too when the sentence has no place or day of its own ("Troops killed
        # at least eight attackers in the clash, he said.": the side that was attacked tells the toll)
        unsaid = bool(ev.location_note) and ev.date is not None and ev.date.basis == "publication"
        # evf: or placed where the fight was ("Gunmen killed 12 villagers in X on Sunday. ... The army said eight
        # people died in the attack on X"): the fight named again, its toll as another source counts it (a side's
        # own account too: "The army said four soldiers died in the fighting in X")
        there = (out and ev.fatalities and not ev.location_note and not same and ev.location is not None
                 and e is not None and (ev.date is None or ev.date.basis == "publication")
                 and ev.event_type in VIOLENT_TYPES and _IN_THE_FIGHT.search(text, max(0, e.start - 30), e.start)
                 # (its toll told before it: not "... in the attack on X and that soldiers killed 20 militants")
                 and _KILLED_WORD.search(text, e.end, _sentence_start(doc, e.start) + len(e.sentence)) is None)
        account = there and _SIDE_ACCOUNT_START.match(text, _sentence_start(doc, e.start)) is not None
        if (out and e is not None and (ev.fatalities or same)
                and (not ev.actor1 or _is_generic_name(ev.actor1) or same or unsaid or account)
                and (ev.location_note or same or there)
                and ev.event_type in VIOLENT_TYPES and _IN_THE_FIGHT.search(text, max(0, e.start - 30), e.start)):
            # (audit 7: 600 characters back, was 400: two long sentences may lie between the fight and its toll)
            near = [p for p in out if p.event_type in VIOLENT_TYPES and p.evidence is not None
                    and 0 < e.start - p.evidence.end <= 600 and not p.planned and not p.background]
            # the fight of the same kind first ("the fighting": the clashes, not a capture told between)
            prev = next((p for p in reversed(near) if p.sub_event_type == ev.sub_event_type),
                        near[-1] if near else None)
            if prev is not None and there and not _same_place(prev.location, ev.location):
                prev = None  # (the fight at another place: "died in the attack on Y", a fight of its own)
            if prev is not None and _other_days(doc, ev, prev):
                prev = None  # evi: "seized Masisi on Monday. 17 people were killed in the fighting on Sunday": Sunday's
            if prev is not None and ev.actor1 and not _is_generic_name(ev.actor1) and not same and (
                    (prev.sub_event_type != ev.sub_event_type and not account)
                    or "ensuing" in text[max(0, e.start - 30):e.start]):
                prev = None  # (a side's "ensuing exchange of fire" after an attack: a fight of its own)
            if prev is not None and prev.evidence.sentence != e.sentence:
                # audit 9: also when the fight had a toll ("..., killing four of the militants. One soldier
                # was killed in the fighting"): the same fight, its toll the larger count told (never summed:
                # the second may count the first's dead again)
                if ev.fatalities and (prev.fatalities is None or not same):
                    # (a side's count "in the same fighting" does not replace the toll told)
                    prev.fatalities = max(prev.fatalities or 0, ev.fatalities)
                continue
        out.append(ev)
    return out


def _other_days(doc: Document, ev: Event, prev: Event) -> bool:
    """evi: whether ``ev`` and ``prev`` were each told on a day of their own, and the days do not meet; the day of
    ``ev`` not the one someone told it on ("..., officials said on Tuesday")."""
    a, b = ev.date, prev.date
    if not (a is not None and b is not None and a.precision == "day" == b.precision
            and a.basis not in ("publication", "told", "context") and b.basis not in ("publication", "told")
            and (a.end < b.start or a.start > b.end)):
        return False
    text, e = doc.text, ev.evidence
    lo = _sentence_start(doc, e.start)
    at = text.find(a.text, lo, lo + len(e.sentence)) if a.text else -1
    return at >= 0 and not (_SAID_BEFORE_DATE.search(text, max(lo, at - 60), at)
                            or _TOLD_AFTER_DATE.match(text, at + len(a.text), lo + len(e.sentence)))


def _fold_follow_on_details(doc: Document, events: list[Event]) -> list[Event]:
    """evv: "A convoy was ambushed near Wanlaweyn on Sunday. Gunmen opened fire on the lead truck. One driver was
    killed and two were abducted.": a sentence with no place and no day of its own, right after one telling a
    fight (or a demonstration) of the same type in its paragraph (evf: or after one more sentence that tells
    nothing of its own, :func:`_one_quiet_sentence`), tells more of that happening, not another one;
    its toll and its side complete the first telling's. Not a sentence telling one more event ("also",
    "elsewhere", "another"), nor one of another type (:func:`_more_of`), nor one naming another side. eve: a known
    group named after a common noun ("Jihadists attacked X on Sunday." then "Fighters from JNIM attacked several
    army positions at dawn", in the same or the next paragraph) names who they were: the first telling's side."""
    text = doc.text
    out: list[Event] = []
    told_to: dict[int, int] = {}  # id of a telling -> the end of the last sentence folded into it
    for ev in events:
        e = ev.evidence
        prev = out[-1] if out else None
        means = named = False
        if (prev is not None and e is not None and prev.evidence is not None and ev.date is not None
                and ev.date.basis == "publication" and (ev.location_note or "").startswith(_NO_PLACE_HEAD)
                and not ev.planned and not ev.background and not prev.planned and not prev.background
                and not (prev.location_note and prev.date is not None and prev.date.basis == "publication")
                and (_more_of(prev, ev) or (means := _means_of_attack(doc.text, prev, ev)))
                and (not ev.actor1 or not prev.actor1 or ev.actor1 == prev.actor1 or _is_generic_name(ev.actor1)
                     or _CROWD.fullmatch(ev.actor1) is not None  # ("the protesters": the crowd told before)
                     or (named := _names_a_group(doc, ev.actor1) and unnamed_side(prev.actor1)))):
            s0 = _sentence_start(doc, e.start)
            p0 = _sentence_start(doc, prev.evidence.start)
            g0 = told_to.get(id(prev), p0 + len(prev.evidence.sentence))
            gap = text[g0:s0]
            if (p0 < s0 and (not gap.strip() or _one_quiet_sentence(doc, g0, s0)) and ("\n\n" not in gap or named)
                    and _ANOTHER.search(text, s0, e.start) is None and _tells_no_place_or_day(doc, s0, s0 + len(e.sentence))):
                if ev.fatalities and not prev.fatalities:
                    prev.fatalities = ev.fatalities
                # eve: "Jihadists attacked X on Sunday. / Fighters from JNIM attacked several army positions at
                # dawn": the next paragraph names the group the lede's common noun told
                prev.actor1 = ev.actor1 if named else (prev.actor1 or ev.actor1)
                if means:  # "condemned the attack at X ... A suicide bomber blew himself up": a bombing
                    prev.event_type, prev.sub_event_type = ev.event_type, ev.sub_event_type
                told_to[id(prev)] = s0 + len(e.sentence)
                continue
        out.append(ev)
    return out


def _one_quiet_sentence(doc: Document, start: int, end: int) -> bool:
    """evf: whether ``start``-``end``, between a told fight and a sentence telling more of it, is one sentence of its
    paragraph that tells nothing of its own: no event (it would be the one told last), no place, no day, nothing
    else ("Fighters clashed with troops near X on Friday. Residents heard heavy gunfire. Two soldiers were killed
    in a firefight.")."""
    text = doc.text
    mid = start + len(text[start:end]) - len(text[start:end].lstrip())
    return (mid < end and "\n\n" not in text[start:end] and _sentence_start(doc, mid) == mid
            and _sentence_start(doc, end - 1) == mid and _ANOTHER.search(text, mid, end) is None
            and _tells_no_place_or_day(doc, mid, end))


def _names_a_group(doc: Document, name: str) -> bool:
    """eve: whether the actor ``name`` is a known armed group the text names ("JNIM", a profile's non-government
    faction), not a state, its forces nor a common noun."""
    profile = doc.user_data.get("profile")
    states = {f.id for f in profile.factions if f.kind == "government"} if profile is not None else set()
    return bool(name) and any(m.name == name and _known_group(m, states) and not m.country
                              for m in doc.user_data.get("actors", ()))


def _tells_no_place_or_day(doc: Document, start: int, end: int) -> bool:
    """Whether the sentence ``start``-``end`` names no place (found or not: "near Baga") and no day, not even one
    counted from another ("The previous night, ...", "Days earlier, ...": days are settled after the retellings
    are folded)."""
    if any(start <= m.start < end for m in doc.mentions) or any(start <= d.start < end for d in doc.dates):
        return False
    return _day_shift(doc.text, start, end) is None and _SOME_DAYS.search(doc.text, start, end) is None


#: A fight named by the bare word, with no weapon ("the terrorist attack at Lido beach"): armed clash by default.
_BARE_ATTACK = re.compile(r"(?:terrorist\s+|militant\s+|deadly\s+|heinous\s+)?attacks?", re.I)
#: What the bare word is read as: a clash, or an attack on civilians where its target is theirs ("at the market").
_BARE_ATTACK_TYPES = (("Battles", "Armed clash"), ("Violence against civilians", "Attack"))
#: The sub-types of a bombing that tell how such an attack was made.
_ATTACK_MEANS = ("Suicide bomb", "Remote explosive/landmine/IED")


def _means_of_attack(text: str, first: Event, ev: Event) -> bool:
    """Whether ``ev``, a bombing told with no place or day of its own, tells how ``first``, an attack named by the
    bare word, was made ("condemned the terrorist attack at Lido beach on 2 August. A suicide bomber blew himself
    up ..."): one happening, a bombing."""
    e = first.evidence
    return ((first.event_type, first.sub_event_type) in _BARE_ATTACK_TYPES and ev.sub_event_type in _ATTACK_MEANS
            and e is not None and _BARE_ATTACK.fullmatch(text, e.start, e.end) is not None)


def _more_of(first: Event, ev: Event) -> bool:
    """Whether ``ev`` can tell more of ``first``: violence or a demonstration of the same type (a riot's protesters
    too), not a riot after a peaceful protest (the protest turned violent: a riot of its own), nor an air strike
    after a clash."""
    if first.event_type == ev.event_type:
        return ev.event_type in VIOLENT_TYPES or ev.event_type in ("Protests", "Riots")
    return first.event_type == "Riots" and ev.event_type == "Protests"


#: An event named again by a definite noun at the start of its sentence ("The shelling damaged ...",
#: "The fighting left 14 dead", "This attack ...").
_ANAPHOR_NOUN = re.compile(r"(?:fighting|clash(?:es)?|shelling|attacks?|assaults?|blasts?|explosions?|strikes?|bombings?|"
                           r"bombardment|ambush(?:es)?|raids?|battles?|violence|missiles?|rockets?|shells?|drones?|bombs?)\b", re.I)
#: audit 8: an anaphor that names no kind of fight ("The attacks forced 5,000 people to flee" after raids
#: that killed civilians): the violent event told before, whatever its type.
_ANY_KIND_NOUN = re.compile(r"(?:attacks?|assaults?|raids?|violence)\b", re.I)
#: audit 12: a sentence opened by the attackers of an attack told before ("The gunmen, who fled on motorbikes, had
#: opened fire on ..."): its subject, up to the trigger, with no other sentence-level verb of its own.
_ATTACKERS_OPENING = re.compile(r"\s*(?:The|These)\s+(?:attackers|gunmen|assailants|raiders|shooters|killers)\b"
                                r"(?:,[^.;:!?]{0,80}?,)?\s+(?:had\s+|have\s+)?")
_DEFINITE_OPENING = re.compile(r"\s*(?:The|This|That|These)\s+(?:(?:heavy|fierce|renewed|latest|overnight|intense|"
                               r"deadly|same|ensuing|initial|first)\s+)?")
#: lead: after an event named again, a judgement of it ("is the worst since", "was the deadliest in years", "has
#: been the heaviest"), no new happening.
_JUDGED_AFTER = re.compile(r"\b(?:is|was|has\s+been|have\s+been|are|were|marks?|marked)\s+(?:the\s+|among\s+the\s+)?"
                           r"(?:worst|deadliest|bloodiest|heaviest|fiercest|most\s+(?:serious|intense|violent|severe)|"
                           r"biggest|largest)\b", re.I)
#: A definite anaphor told by someone mid-sentence ("Houthi officials said the strikes killed three people"): the
#: speaker's clause, then the noun as the subject of a killing verb; the speaker is no side.
_TOLD_ANAPHOR = re.compile(r"[^,.;:!?\"“”]{0,80}?\b(?:said|say|says|told\s+[\w\-]+|reported|added|confirmed|stated)\s+"
                           r"(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+\s+)?"  # (the speaker's day: "said on Sunday that")
                           r"(?:that\s+)?the\s+(?:(?:heavy|fierce|renewed|latest|overnight|intense|deadly|same|initial)\s+)?"
                           r"(?P<noun>" + _ANAPHOR_NOUN.pattern + r")\s+(?:had\s+|have\s+|has\s+)?"
                           r"(?:killed|kill|wounded|injured|left\s+[\w\-]+\s+(?:people\s+)?dead)\b", re.I)
#: The kind of fight a remote-violence anaphor noun names (a retelling "the strikes killed three people" is typed as
#: an attack on civilians by its verb, but retells the strikes).
_REMOTE_NOUN = re.compile(r"(?:shelling|blasts?|explosions?|strikes?|bombings?|bombardment|missiles?|rockets?|shells?|"
                          r"drones?|bombs?)\b", re.I)


def _part_of(loc: Any, whole: Any) -> bool:
    """audit 9: whether ``loc`` is a part of the place ``whole`` or near it as the reader names them
    ("eastern Zaporizhzhya", "near Safana" of "Zaporizhzhya", "Safana")."""
    a, b = getattr(loc, "name", None), getattr(whole, "name", None)
    return bool(a and b and a != b and a.endswith(" " + b))


#: audit 13: a part of a city named as such ("in the Ternivka district", "the Al Amal neighbourhood"), not of another
#: place ("the Bashtanka district of Mykolaiv region").
_CITY_PART = re.compile(r"\bthe\s+(?:[A-Z][\w'’\-]*\s+){1,3}(?:district|neighbou?rhood|quarter|microdistrict)\b"
                        r"(?!\s+(?:of|in)\s+(?:the\s+)?[A-Z])")
#: audit 13: beyond this, a city part's namesake the gazetteer found is another place (a city's own district is
#: rarely in it): the district named is the city's.
_NAMESAKE_KM = 100.0


def _in_its_town(ev: Event, prev: Event) -> bool:
    """audit 13: whether the anaphor ``ev`` ("The missile hit a school in the Saltivka district") is placed
    in the town of the event told before it ("A missile struck Kharkiv"): inside the town's shape, or in a
    district named as a city's whose namesake the gazetteer found far away (or found nowhere)."""
    town, here = prev.location, ev.location
    if town is None or prev.location_note or getattr(town, "precision", 3) != 1 or town.relation != "at":
        return False
    if here is not None and not ev.location_note and town.geometry.geom_type in ("Polygon", "MultiPolygon"):
        from shapely.geometry import Point
        if town.geometry.covers(Point(here.lon, here.lat)):
            return True
    sentence = ev.evidence.sentence if ev.evidence is not None else ""
    return bool(sentence and _CITY_PART.search(sentence)) and (
        here is None or bool(ev.location_note) or great_circle_km(town.lat, town.lon, here.lat, here.lon) > _NAMESAKE_KM)


def _retold_from_afar(doc: Document, ev: Event, kind: str, before: list[Event], told: re.Match) -> Event | None:
    """A speaker's retelling ("officials said the strikes killed three people") told over 400 characters
    after its event: the nearest earlier event of the kind its noun names (``before``: nearest first) that
    nothing tells apart from it: the same side (or none named in the retelling), the same day (or none of
    its own, or the speaker's day: "said on Tuesday that") and the same place ("near Sanaa" for "south of
    Sanaa"), a part of it or in its town. A retelling naming no place has nothing to choose by: only the
    nearest event of its kind may be the one it retells."""
    e = ev.evidence
    here = ev.location
    placeless = here is None or (ev.location_note or "").startswith(_NO_PLACE_HEAD)
    for prev in before:
        if prev.event_type != kind or prev.evidence.end >= e.start or prev.planned or prev.background != ev.background:
            continue
        there = prev.location
        if placeless or (there is not None and (
                (here.place_id and here.place_id == there.place_id) or here.name == there.name
                or _part_of(here, there) or _part_of(there, here) or _in_its_town(ev, prev))):
            sides = not ev.actor1 or _same_side(doc, ev.actor1, prev.actor1) or _same_side(doc, ev.actor1, prev.actor2)
            days = ev.date is None or prev.date is None or ev.date.basis == "publication" or (
                prev.date.start <= ev.date.start <= prev.date.end) or (
                prev.date.start <= ev.date.start and _SPEAKERS_DAY.search(doc.text, told.start(), told.start("noun")))
            return prev if sides and days else None
        if placeless:
            return None
    return None


#: The day a speaker told something, in the speaker's clause ("Houthi media said on Tuesday that ...").
_SPEAKERS_DAY = re.compile(r"\s(?:late\s+|early\s+)?on\s+[A-Z]")


#: audit 9: after an anaphor, where the event was ("The attack took place near the village of X").
#: lead: or what it hit there ("The blast hit a market in X", "struck the town of X", "hit at least five buildings in X").
_TOOK_PLACE_AFTER = re.compile(r"\s+(?:took\s+place|happened|occurred|was\s+carried\s+out|struck|hit)\s+(?:near|in|at|on|"
                               r"outside|around|close\s+to|(?:[\w\-]+\s+){1,4}?(?:in|near|at|outside|of))\b",
                               re.I)


def _where_it_was(text: str, e: Any, ev: Event, prev: Event) -> bool:
    """audit 9: whether the anaphor ``ev`` ("The attack took place near the village of Shebekino, the
    governor said") only says where the event told before was, and more precisely than it was placed
    (a town in the region named before): then the event is there."""
    if ev.location is None or ev.location_note or _TOOK_PLACE_AFTER.match(text, e.end) is None:
        return False
    return prev.location is None or bool(prev.location_note) or (
        getattr(ev.location, "precision", 3) < getattr(prev.location, "precision", 3))


def _fold_anaphors(doc: Document, events: list[Event]) -> list[Event]:
    """"Pakistani troops shelled villages in Poonch, killing 12. The shelling damaged a temple
    in Poonch town.", "... clashed with rebels near Bambari. The fighting left 14 dead.": an
    event named again by a definite noun opening its sentence, with no side of its own, is the
    previous event of its type (its toll, when it lacked one), not a second one; so is an act of the
    same kind told of "The attackers" or "The gunmen" opening the sentence (audit 12)."""
    text = doc.text
    out: list[Event] = []
    for i, ev in enumerate(events):
        e = ev.evidence
        by_attackers = False  # (the attackers retell it: an act of the same kind only, not "also abducted")
        told = False  # (retold mid-sentence by a speaker: "officials said the strikes killed three people")
        if (e is not None and ev.event_type in VIOLENT_TYPES and not ev.planned
                and ((not ev.actor1 and _ANAPHOR_NOUN.match(text, e.start, e.end)
                      and _DEFINITE_OPENING.fullmatch(text, _sentence_start(doc, e.start), e.start))
                     or (told := (m := _TOLD_ANAPHOR.match(text, _sentence_start(doc, e.start))) is not None
                         and m.start("noun") <= e.start < m.end())
                     # audit 12: "The attackers, who arrived in two cars, opened fire on customers ...", "The
                     # gunmen opened fire on ...": no side named but the attackers told before
                     or (by_attackers := ((not ev.actor1 or _is_generic_name(ev.actor1))
                                          and _ATTACKERS_OPENING.fullmatch(text, _sentence_start(doc, e.start),
                                                                           e.start) is not None)))):
            # the events told before it, nearest first (a headline's event retold by the anaphor's sentence
            # stands first in the list, before the lead that told it: "Drone strike kills 43" ... "The drone
            # hit the mosque")
            before = sorted((p for p in out + events[i + 1:] if p.evidence is not None),
                            key=lambda p: p.evidence.end, reverse=True)
            noun = m.start("noun") if told else e.start
            any_kind = (ev.sub_event_type == "Armed clash" or told) and _ANY_KIND_NOUN.match(text, noun)
            kind = "Explosions/Remote violence" if told and _REMOTE_NOUN.match(text, noun) else ev.event_type
            # lead: "The fighting in Catatumbo, one of ..., is the worst since 2022": the fight told before judged,
            # however far back it was told and wherever in the country the anaphor places it
            judged = (not told and not by_attackers and not ev.fatalities and ev.date is not None
                      and ev.date.basis == "publication"
                      and _JUDGED_AFTER.search(text, e.end, _sentence_start(doc, e.start) + len(e.sentence)) is not None)
            reach = 4000 if judged else 400
            prev = next((p for p in before if (not by_attackers or p.sub_event_type == ev.sub_event_type) and (
                             p.event_type in (ev.event_type, kind) or (
                             any_kind and p.event_type in VIOLENT_TYPES)) and p.evidence is not None
                         and 0 < e.start - p.evidence.end <= reach and p.evidence.sentence != e.sentence
                         and not p.planned and p.background == ev.background), None)
            if judged and prev is not None and getattr(prev.location, "country", None) == getattr(
                    ev.location, "country", None):
                continue
            afar = prev is None and told and (prev := _retold_from_afar(doc, ev, kind, before, m)) is not None
            told_where = prev is not None and _where_it_was(text, e, ev, prev)
            if afar or prev is not None and (
                    ev.location is None or ev.location_note or told_where
                    or getattr(prev.location, "name", None) == getattr(ev.location, "name", None)
                    # audit 9: "The missiles hit a residential building in the city's east": a part of its place
                    or _part_of(ev.location, prev.location)
                    # audit 13: "The missile hit the school in the Ternivka district": a part of its town
                    or _in_its_town(ev, prev)
                    # gold 5: "Lebanon's health ministry said the strike killed two people": the country its
                    # place lies in (the teller's), not another place
                    or (getattr(ev.location, "is_whole_country", False) and ev.location.country
                        and getattr(prev.location, "country", None) == ev.location.country)) and (
                    ev.date is None or prev.date is None or ev.date.basis == "publication"
                    or prev.date.start == ev.date.start or _statement_dated(doc, ev)
                    # lead: "A car bomb killed nine people in Somalia, officials said. The explosion struck the town
                    # of Baidoa on Tuesday": the day it was, told with where (the lede told neither)
                    or (told_where and prev.date.basis in ("publication", "told") and ev.date.start <= prev.date.end)):
                if prev.fatalities is None:
                    prev.fatalities = ev.fatalities
                if told_where:
                    prev.location, prev.location_note = ev.location, ev.location_note
                    if (prev.date is not None and ev.date is not None and prev.date.basis in ("publication", "told")
                            and ev.date.basis not in ("publication", "told")):
                        prev.date = ev.date  # (the day told with the place, where the lede told none)
                continue
            if not ev.actor1 and not told and not by_attackers and _ANY_KIND_NOUN.match(text, noun):
                _attacks_of_the_side_before(ev, before)
        out.append(ev)
    return out


def _attacks_of_the_side_before(ev: Event, before: list[Event]) -> None:
    """evl: "Houthi rebels fired missiles at Aden on Saturday. The attacks on Sunday on the city's airport killed
    three people.": attacks named again that are not the happening told before (another day, another place) are
    more of that side's (its side; its weapon's type when the attacks were told only by their toll)."""
    e = ev.evidence
    side = next((p for p in before if p.event_type in VIOLENT_TYPES and 0 < e.start - p.evidence.end <= 400
                 and p.evidence.sentence != e.sentence and not p.planned and p.background == ev.background), None)
    if side is None or not side.actor1:
        return
    ev.actor1, ev.actor2 = side.actor1, (ev.actor2 if ev.actor2 != side.actor1 else "")
    if ev.event_type == "Violence against civilians" and side.event_type == "Explosions/Remote violence":
        ev.event_type, ev.sub_event_type = side.event_type, side.sub_event_type


def _fold_accusations(doc: Document, events: list[Event]) -> list[Event]:
    """audit 7: "A WFP convoy was attacked near Tawila. The RSF accused the army of striking the
    convoy with a drone.": an accusation, in a later sentence, of an attack told just before is
    that attack (who is accused is one side's word), not a second one."""
    text = doc.text
    out: list[Event] = []
    for ev in events:
        e = ev.evidence
        if (out and e is not None and ev.event_type in VIOLENT_TYPES and not ev.fatalities
                and _ACCUSED_BEFORE.search(text, max(_sentence_start(doc, e.start), e.start - 60), e.start)
                and any(p.event_type in VIOLENT_TYPES and p.evidence is not None and p.evidence.sentence != e.sentence
                        and 0 < e.start - p.evidence.end <= 400 and not p.planned for p in out)):
            continue
        out.append(ev)
    return out


def _same_side(doc: Document, a: str, b: str) -> bool:
    """audit 9: whether two actor names are the same side: equal, or the same country's ("Russia" and
    "Russian forces", as the actor reader found them)."""
    if not a or not b:
        return False
    if a == b:
        return True
    countries: dict[str, set] = {}
    for m in doc.user_data.get("actors", []):
        if m.country:
            countries.setdefault(m.name, set()).add(m.country.upper())
    ca, cb = countries.get(a), countries.get(b)
    return bool(ca and cb and ca == cb and len(ca) == 1)


#: Around an interception: what was shot down is the projectiles of an attack ("of which 120 were shot down",
#: "shot down 120 of the drones", "both were intercepted"), not an aircraft or a bomb defused.
_PROJECTILES_NEAR = re.compile(r"\b(?:drones?|missiles?|rockets?|projectiles?|uavs?|shaheds?|of\s+(?:which|them|these|those)|"
                               r"most|all|both|them)\b", re.I)
_WAVE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")


def _fold_interceptions(doc: Document, events: list[Event]) -> list[Event]:
    """One attack wave is one event: "Russia launched 146 drones overnight, of which 120 were shot down",
    "... Air defences downed 40 drones over the capital": the interceptions of the drones or missiles of a
    strike told in that sentence or the one before, within a day of it, are part of that strike, not an
    event of their own (the strike's evidence quotes its sentence; Event has no field for the count)."""
    sents = doc.sentences
    if not sents or not any(e.sub_event_type == "Disrupted weapons use" for e in events):
        return events
    starts = [s.start for s in sents]
    waves = [(bisect_right(starts, w.evidence.start) - 1, w) for w in events
             if w.event_type == "Explosions/Remote violence" and w.sub_event_type in _WAVE_SUBS
             and w.evidence is not None and not w.planned]
    text, out = doc.text, []
    for ev in events:
        if ev.sub_event_type == "Disrupted weapons use" and ev.evidence is not None and not ev.planned and waves:
            k = bisect_right(starts, ev.evidence.start) - 1
            lo, hi = max(sents[k].start, ev.evidence.start - 60), min(sents[k].end, ev.evidence.end + 60)
            if _PROJECTILES_NEAR.search(text, lo, hi) and any(
                    k - 1 <= j <= k and w.background == ev.background
                    and (ev.date is None or w.date is None or ev.date.basis == "publication"
                         or abs((ev.date.start - w.date.start).days) <= 1) for j, w in waves):
                continue
        out.append(ev)
    return out


def _fold_fight_sounds(doc: Document, events: list[Event]) -> list[Event]:
    """audit 12: "Clashes broke out in eastern Tripoli on Thursday ... Residents reported heavy gunfire and
    explosions near the airport road until Friday": a fight heard, with no side or toll of its own, within a
    day of a fight told before it, is that fight. lead: so are explosions heard after strikes or missiles
    told before ("Iran fired missiles at Israel. Explosions were heard over Tel Aviv"): the strikes heard, no
    bombing of their own."""
    text, out = doc.text, []
    for ev in events:
        e = ev.evidence
        if e is None or ev.fatalities or ev.planned:
            out.append(ev)
            continue
        fight = ev.event_type == "Battles" and not ev.actor1  # (else blasts heard: of the strikes told before)
        if fight:
            heard = _fight_sounds(text, e.start, e.end, _sentence_start(doc, e.start), len(text))
        else:
            heard = (ev.sub_event_type == "Remote explosive/landmine/IED" and _BLASTS_HEARD.fullmatch(text, e.start, e.end)
                     is not None and (_HEARD_AFTER.match(text, e.end) is not None
                                      or _HEARD_BEFORE.search(text, max(0, e.start - 24), e.start) is not None))
        kind = "Battles" if fight else "Explosions/Remote violence"
        heard_of = next((p for p in reversed(events) if p is not ev and p.event_type == kind and p.evidence is not None
                         and p.evidence.end <= e.start and not p.planned and p.background == ev.background
                         and (ev.date is None or p.date is None or abs((ev.date.start - p.date.start).days) <= 1)),
                        None) if heard else None
        if heard_of is not None and (fight or getattr(ev.location, "precision", 3) == 3
                                     or ev.location_note or _same_place(ev.location, heard_of.location)):
            continue  # (blasts heard in another town named: an event there, not the strikes told before)
        out.append(ev)
    return out


#: lead: blasts told as heard ("Explosions were heard over Tel Aviv", "loud blasts could be heard across the city").
_BLASTS_HEARD = re.compile(r"(?:(?:loud|several|multiple|powerful|heavy)\s+)?(?:explosions?|blasts?)", re.I)
_HEARD_BEFORE = re.compile(r"\b(?:reported|heard|reports\s+of|sounds?\s+of)\s+$", re.I)
_HEARD_AFTER = re.compile(r"\s+(?:were|was|could\s+be|had\s+been|have\s+been|are|can\s+be)\s+(?:also\s+)?heard\b", re.I)


def _fold_abductions(events: list[Event]) -> list[Event]:
    """audit 11: "Gunmen killed nine people and abducted dozens in an attack on Bakura": one attack that
    killed and abducted (ACLED codes it once, as the attack), not an abduction besides it. The abduction
    told in the attack's sentence, at its place and day, gives it its toll or actor when it lacks them."""
    drop: set[int] = set()
    for i, ev in enumerate(events):
        e = ev.evidence
        if ev.sub_event_type != "Abduction/forced disappearance" or e is None or ev.planned:
            continue
        for a in events:
            if (a.sub_event_type == "Attack" and a.event_type == ev.event_type and a.evidence is not None
                    and a.evidence.sentence == e.sentence and not a.planned and a.background == ev.background
                    and getattr(a.location, "name", None) == getattr(ev.location, "name", None)
                    and (a.date is None) == (ev.date is None) and (a.date is None or a.date.start == ev.date.start)):
                if a.fatalities is None:
                    a.fatalities = ev.fatalities
                if not a.actor1:
                    a.actor1 = ev.actor1
                drop.add(i)
                break
    return [ev for i, ev in enumerate(events) if i not in drop] if drop else events


#: audit 11: a withdrawal from the place just named ("withdrew from it", "pulled out of the town").
_FROM_IT = re.compile(r"\b(?:withdr[ae]wn?|withdraws|pulled\s+out|retreated|retreats)\s+(?:from|of)\s+(?:it|there|(?:its|the)\s+"
                      r"(?:perimeter|positions|outskirts|town|city|village|area|base|district|airport|port))\b", re.I)


def _taken_in_sentence(out: list[Event], ev: Event) -> Event | None:
    """audit 11: the capture told earlier in the sentence of the withdrawal ``ev`` ("the army retook Um Rawaba
    after the RSF withdrew from it"): the same change of hands, when the withdrawal is from that place."""
    e = ev.evidence
    from_it = _FROM_IT.search(e.sentence) is not None
    for p in reversed(out):
        pe = p.evidence
        if pe is None or pe.sentence != e.sentence:
            return None
        if (pe.end <= e.start and p.event_type == "Battles" and "territory" in p.sub_event_type and not p.planned
                and (from_it or getattr(p.location, "name", None) == getattr(ev.location, "name", None))):
            return p
    return None


def _taken_later_in_sentence(events: list[Event], i: int, ev: Event) -> Event | None:
    """gold 8: the capture of the place of the withdrawal ``events[i]`` told later in its sentence by another
    side ("Ukraine said it had withdrawn from X, two days after Russia said its forces had captured it"): the
    same change of hands, the winner's."""
    e = ev.evidence
    for p in events[i + 1:]:
        pe = p.evidence
        if pe is None or pe.sentence != e.sentence:
            return None
        if (p.event_type == "Battles" and "territory" in p.sub_event_type and not p.planned and p.actor1
                and p.actor1 != ev.actor1 and getattr(p.location, "name", None) == getattr(ev.location, "name", None)):
            return p
    return None


def _fold_losers_withdrawals(events: list[Event]) -> list[Event]:
    """audit 9: "Sudan's army said on Saturday it had recaptured Wad Madani from the RSF ... The RSF said its
    forces had withdrawn from the city to spare civilians": the loser's account of the capture told just
    before (the same place, another actor, within three days) is that change of hands, not a second one
    (its control claim, "withdrew", stays: it agrees with the capture). So is a withdrawal told in the
    capture's own sentence (audit 11: "retook X after the rebels withdrew from it"; gold 8: "withdrew from X,
    two days after Russia said its forces had captured it"). The capture is still a
    battle here even "without a fight": it is retyped a non-violent transfer last (``events._unopposed_takings``),
    so this fold serves both."""
    out: list[Event] = []
    for i, ev in enumerate(events):
        e = ev.evidence
        if (e is not None and ev.sub_event_type == "Non-violent transfer of territory" and not ev.planned
                and ((out and (took := _taken_in_sentence(out, ev)) is not None)
                     or (took := _taken_later_in_sentence(events, i, ev)) is not None)):
            if not took.actor2 and ev.actor1 and ev.actor1 != took.actor1:
                took.actor2 = ev.actor1
            continue
        if (out and e is not None and ev.sub_event_type == "Non-violent transfer of territory" and ev.actor1
                and not ev.planned and ev.location is not None and not ev.location_note and ev.date is not None):
            took = next((p for p in reversed(out) if "territory" in p.sub_event_type and p.event_type == "Battles"
                         and p.evidence is not None and 0 < e.start - p.evidence.end <= 600
                         and p.actor1 and p.actor1 != ev.actor1 and not p.planned and p.date is not None
                         and getattr(p.location, "name", None) == getattr(ev.location, "name", None)
                         and 0 <= (ev.date.start - p.date.start).days <= 3), None)
            if took is not None:
                if not took.actor2:
                    took.actor2 = ev.actor1  # who lost it
                continue
        out.append(ev)
    return out


def _fold_claim_and_report(doc: Document, events: list[Event]) -> list[Event]:
    """audit 9: "The Houthis said on Monday they had attacked the bulk carrier Magic Seas in the Red Sea ...
    The UKMTO agency said a vessel had reported an explosion 51 nautical miles southwest of Hodeidah on
    Sunday": a side's claim, dated only by its statement and placed only in a country, followed within
    two sentences by a report of an event of its type with no named actor, its own day (up to three days
    before the statement) and a place: one event, the report's, by the side that claimed it."""
    if len(events) < 2:
        return events
    sents = doc.sentences
    starts = [s.start for s in sents]
    drop: set[int] = set()
    for i, ev in enumerate(events):
        e = ev.evidence
        if (e is None or not ev.actor1 or ev.event_type not in VIOLENT_TYPES or ev.planned or ev.background
                or ev.date is None
                or not (ev.location is None or ev.location_note or getattr(ev.location, "is_whole_country", False))
                or not _statement_dated(doc, ev)):
            continue
        si = bisect_right(starts, e.start) - 1
        for nxt in events[i + 1:]:
            n = nxt.evidence
            if n is None:
                continue
            ni = bisect_right(starts, n.start) - 1
            if ni - si > 2:
                break
            if (ni > si and nxt.event_type == ev.event_type and not nxt.actor1 and not nxt.planned
                    and nxt.date is not None and nxt.date.basis not in ("publication", "context")
                    and 0 <= (ev.date.start - nxt.date.start).days <= 3
                    and nxt.location is not None and not nxt.location_note):
                nxt.actor1 = ev.actor1
                nxt.actor2 = nxt.actor2 or ev.actor2
                nxt.sub_event_type = ev.sub_event_type  # (the weapon its side says it used, not "an explosion")
                if nxt.fatalities is None:
                    nxt.fatalities = ev.fatalities
                drop.add(i)
                break
    return [ev for i, ev in enumerate(events) if i not in drop] if drop else events


#: A place corrected away: ", not Mykolaiv", ", not on Kostiantynivka" (not "not far from X": no name follows).
_NOT_THERE = re.compile(r",\s+(?:and\s+)?not\s+(?:in\s+|at\s+|on\s+|near\s+)?(?P<x>(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+)*)")


def _fold_corrections(doc: Document, events: list[Event]) -> list[Event]:
    """A live page's correction ("Update: the drone strike hit a depot in Kherson, not Mykolaiv, officials now say",
    "the shells fell on Druzhkivka, not on Kostiantynivka"): an event of the kind told before at the place the
    sentence rules out ("not X", X the place of that event as its sentence names it) gives that event its place
    and its sentence (the quote that supports the place); the first telling keeps its day and toll. A correction
    telling no event ("Correction: the depot was in Kherson, not Mykolaiv") gives the place it names before the
    one it rules out. One event, where it happened, not a marker at the wrong place beside the right one."""
    text = doc.text
    if ", not " not in text and ", and not " not in text:
        return events  # (most articles)
    drop: set[int] = set()
    for m in _NOT_THERE.finditer(text):
        ss = _sentence_start(doc, m.start())
        here = next((c for c in events if c.evidence is not None and c.location is not None and not c.planned
                     and c.event_type in VIOLENT_TYPES and c.evidence.start < m.start()
                     and _sentence_start(doc, c.evidence.start) == ss), None)
        ruled_out = m.group("x")
        # a correction that tells no event of its own ("Correction: the depot was in Kherson, not Mykolaiv"): the
        # place it names before the one it rules out
        put = here.location if here is not None else next(
            (t.location for t in reversed(doc.mentions) if ss <= t.start < m.start() and t.location is not None
             and t.role == "location" and not getattr(t.location, "is_whole_country", False)
             and not t.text.startswith(ruled_out)), None)
        if put is None:
            continue
        first = next((p for p in events if p is not here and p.evidence is not None and p.location is not None
                      and p.evidence.start < ss and not p.planned
                      and p.event_type in VIOLENT_TYPES and p.location.name != put.name
                      and any(t.location is not None and t.location.name == p.location.name
                              and t.text.startswith(ruled_out)
                              for t in doc.mentions if p.evidence.start - 300 <= t.start < p.evidence.end + 300
                              and _sentence_start(doc, t.start) == _sentence_start(doc, p.evidence.start))), None)
        if first is None:
            continue
        if here is None:
            first.location, first.location_note = put, ""
            first.evidence = doc.evidence(m.start(), m.end())
            continue
        if not (here.date is None or first.date is None or here.date.basis == "publication" or (
                first.date.start <= here.date.end and here.date.start <= first.date.end)):
            continue  # (a place ruled out for another day's event is no correction of it)
        first.location, first.location_note, first.evidence = here.location, here.location_note, here.evidence
        first.actor1 = first.actor1 or here.actor1
        if first.fatalities is None:
            first.fatalities = here.fatalities
        drop.add(id(here))
    return [ev for ev in events if id(ev) not in drop] if drop else events


#: A version's head at a line's start in a story whose updates are stacked ("UPDATE 2-Drone hits bus ...",
#: "UPDATE 1 (0945 GMT) - ...", "FIRST VERSION - ...", "Earlier version: ...").
_VERSION_HEAD = re.compile(r"^[ \t]*(?:(?:FIRST|EARLIER|PREVIOUS|ORIGINAL)\s+(?:VERSION|STORY)|UPDATE\s+(?P<n>\d{1,2}))\b",
                           re.M | re.I)


def _older_versions(text: str) -> list[tuple[int, int]]:
    """The spans of a story's earlier versions kept below its latest one: from a head that is a first or earlier
    version, or an update numbered below one told above it, to the next head (or the end)."""
    heads = list(_VERSION_HEAD.finditer(text))
    spans, top = [], 0
    for i, m in enumerate(heads):
        n = int(m.group("n")) if m.group("n") else 0
        if n and n > top:
            top = n
            continue
        if n == 0 or n < top:
            spans.append((m.start(), heads[i + 1].start() if i + 1 < len(heads) else len(text)))
    return spans


def _drop_older_versions(doc: Document, events: list[Event]) -> list[Event]:
    """A wire story updated in place with its earlier versions kept below ("UPDATE 2-... killing three", then
    "UPDATE 1 - ... two dead", "FIRST VERSION - ... killing one"): an event an earlier version tells again (same
    type, the same days, a place both sentences name) is the latest version's event, whose toll and details
    stand; what only an earlier version tells stays."""
    text = doc.text
    if "VERSION" not in text.upper() and "UPDATE" not in text.upper():
        return events  # (most articles)
    older = _older_versions(text)
    if not older:
        return events

    def in_older(ev: Event) -> bool:
        return ev.evidence is not None and any(a <= ev.evidence.start < b for a, b in older)

    latest = [ev for ev in events if ev.evidence is not None and not in_older(ev)]
    drop = set()
    for ev in events:
        if not in_older(ev):
            continue
        names = {t.text for t in doc.mentions if t.location is not None and t.text in ev.evidence.sentence}
        if any(p.event_type == ev.event_type and p.date is not None and ev.date is not None
               and p.date.start <= ev.date.end and ev.date.start <= p.date.end
               and (_same_place(p.location, ev.location) or any(n in p.evidence.sentence for n in names))
               for p in latest):
            drop.add(id(ev))
    return [ev for ev in events if id(ev) not in drop] if drop else events


#: How many sentences after a country-wide summary its details may be told ("... across Ukraine overnight. In
#: Kharkiv, ... In Dnipro, ...").
_DETAIL_SENTENCES = 3
#: A summary's words for a whole country's happenings ("across Ukraine", "nationwide", "in several provinces").
_COUNTRY_WIDE = re.compile(r"\b(?:across|throughout|nationwide|countrywide|around\s+the\s+country|several|various|"
                           r"multiple|dozens\s+of\s+(?:towns|villages|cities|places))\b", re.I)


#: gold 11: the opening of a weekly overview ("Last week, ...", "This week in the Sahel, ..."), which sums up the
#: happenings its paragraphs tell one by one.
_WEEK_SUMMARY_OPEN = re.compile(r"\s*(?:Last|This|Over\s+the\s+past|During\s+the\s+past)\s+week\b")


def _fold_summaries(doc: Document, events: list[Event]) -> list[Event]:
    """A lede and its details: "Russian missiles and drones killed 12 people across Ukraine overnight. In Kharkiv, a
    missile hit a school, killing four. In Dnipro, a drone struck a block, killing three.": the summary, placed
    only in the country and told as country-wide ("across", "nationwide", "several"), is the happenings its next
    sentences tell one by one at their places (violent, by its side or none named, in that country, on its days
    or on none of their own, their tolls within its toll), not one more beside them.
    It is folded into them: each detail takes the summary's side when it names none and its day when it has
    none of its own; the summary's marker, at the country's middle, is dropped (its toll is not shared out: the
    details' tolls are what the article places)."""
    if len(events) < 2 or not doc.sentences:
        return events
    starts = [st.start for st in doc.sentences]
    drop: set[int] = set()
    for i, s in enumerate(events):
        if (s.evidence is None or s.event_type not in VIOLENT_TYPES or s.planned or s.background or s.date is None
                or s.location is None or not s.location.country):
            continue
        # gold 11: an overview's opening line sums up its week, in countries or their parts ("Last week, JNIM
        # intensified attacks in Mali, ... and al-Shabaab overran a base in central Somalia"): its details may be
        # told anywhere after it
        week = _WEEK_SUMMARY_OPEN.match(doc.text, _sentence_start(doc, s.evidence.start)) is not None
        # (the place first: most events are placed at a town, and the sentence is then not read)
        # lead: or a region's ("Israeli forces killed three Palestinians during raids in the West Bank"), when
        # the details' tolls make up its toll exactly (read below)
        exact = (not week and s.fatalities is not None and area_part(s.location)
                 and not getattr(s.location, "is_whole_country", False))
        if not exact and (not (getattr(s.location, "is_whole_country", False) or (week and area_part(s.location)))
                          or not (week or _COUNTRY_WIDE.search(s.evidence.sentence))):
            continue
        reach = len(starts) if week else _DETAIL_SENTENCES
        si = bisect_right(starts, s.evidence.start) - 1
        details = [d for d in events[i + 1:]
                   if d.evidence is not None and d.event_type in VIOLENT_TYPES and not d.planned and not d.background
                   and 0 < bisect_right(starts, d.evidence.start) - 1 - si <= reach
                   and d.location is not None and d.location.country == s.location.country
                   # (in an overview, a detail at a town not found, placed in its country only, is told where it was)
                   and (not getattr(d.location, "is_whole_country", False) or (week and _lost_name(d)))
                   and d.date is not None and (not d.actor1 or not s.actor1 or _same_side(doc, d.actor1, s.actor1))
                   # (an overview's week is the days its paragraphs tell)
                   and (week or d.date.basis == "publication" or (d.date.start <= s.date.end and s.date.start <= d.date.end))]
        if exact:
            details = [d for d in details if d.location.precision <= 2 and _lies_within(d.location, s.location)]
            by_place: dict[str, int] = {}  # (two accounts of one happening, the victims' and the army's, count once)
            for d in details:
                key = d.location.place_id or d.location.name
                by_place[key] = max(by_place.get(key, 0), d.fatalities or 0)
            if len(by_place) < 2 or sum(by_place.values()) != s.fatalities:
                continue
        elif not details or (s.fatalities is not None and sum(d.fatalities or 0 for d in details) > s.fatalities):
            continue
        for d in details:
            if not d.actor1 and s.actor1 and s.actor1 != d.actor2:
                d.actor1 = s.actor1
            if d.date.basis == "publication" and s.date.basis != "publication":
                d.date = s.date
        drop.add(id(s))
    return [ev for ev in events if id(ev) not in drop] if drop else events


#: gold 10: how many sentences after a lede placed in an area its one detail may be told ("... in a clash in the
#: mountains of Negros Oriental province. The fighting broke out in a village of Guihulngan City ...").
_LEDE_DETAIL_SENTENCES = 2


#: evg: a fight named again by a word that names no kind of fight ("The attack began at dawn in Gusau", "The assault
#: on Beni"), with at most a word before it.
_BARE_KIND = re.compile(r"(?:[\w\-]+\s+)?(?:attacks?|assaults?|raids?)", re.I)


def _bare_attack_of(text: str, d: Event, s: Event) -> bool:
    """evg: whether ``d``, a violent event of another type than the lede ``s``, is named by the bare word only
    (:data:`_BARE_KIND`: read as a clash or an attack by default), so that it may be ``s`` told where it happened."""
    e = d.evidence
    return (s.event_type in VIOLENT_TYPES and (d.event_type, d.sub_event_type) in _BARE_ATTACK_TYPES
            and e is not None and _BARE_KIND.fullmatch(text, e.start, e.end) is not None)


def _fold_leads_into_details(doc: Document, events: list[Event]) -> list[Event]:
    """gold 10: a lede and its one detail: "Militants stormed a police station in Pakistan's northwest overnight,
    killing five officers. The attack in the Kulachi area of Dera Ismail Khan district began around midnight ...":
    a violent event placed only in an area (a province, a country's part: not a whole country, which
    :func:`_fold_summaries` reads), followed within two sentences by exactly one event of its type inside that
    area, on its days or on none of its own, by its side or none named, told as the same (its sentence opens on a
    definite "The ...", not "In addition, ...") and not told apart from it ("Separately", a toll of its own above
    the lede's), is that event told where it happened: the detail keeps the place and takes
    the lede's sides, toll and day when it has none of its own; the lede's marker, in the area's middle, is
    dropped. Two or more such details are several happenings the lede sums up: nothing is folded."""
    if len(events) < 2 or not doc.sentences:
        return events
    starts = [st.start for st in doc.sentences]
    drop: set[int] = set()
    for i, s in enumerate(events):
        loc = s.location
        if (s.evidence is None or s.event_type not in VIOLENT_TYPES or s.planned or s.background or s.date is None
                or loc is None or s.location_note or loc.is_whole_country or not area_part(loc) or not loc.is_area):
            continue
        si = bisect_right(starts, s.evidence.start) - 1
        details = [d for d in events[i + 1:]
                   if d.evidence is not None and (d.event_type == s.event_type or _bare_attack_of(doc.text, d, s))
                   and not d.planned and not d.background
                   and 0 < bisect_right(starts, d.evidence.start) - 1 - si <= _LEDE_DETAIL_SENTENCES
                   and d.location is not None and not d.location_note and not area_part(d.location)]
        if len(details) != 1:
            continue
        d = details[0]
        from shapely.geometry import Point
        # (a country's part, "Pakistan's northwest", is the reader's rough shape: its country is enough)
        if (d.location.country != loc.country
                or (loc.relation != "part" and not loc.geometry.covers(Point(d.location.lon, d.location.lat)))
                or d.date is None or not (d.date.basis == "publication"
                                          or (d.date.start <= s.date.end and s.date.start <= d.date.end))
                or (d.actor1 and s.actor1 and not _same_side(doc, d.actor1, s.actor1)
                    and not _is_generic_name(d.actor1) and not _is_generic_name(s.actor1))
                or (d.fatalities is not None and s.fatalities is not None and d.fatalities > s.fatalities)
                or _ONE_MORE.search(d.evidence.sentence)
                # (told as the same: its sentence opens on it, "The attack ...", "The gunmen ...", not "In addition")
                or not _DEFINITE_OPENING.match(doc.text, _sentence_start(doc, d.evidence.start))):
            continue
        if d.event_type != s.event_type:
            # evg: "The attack began at dawn in Gusau" after "Gunmen killed 14 villagers in northwestern Nigeria": the
            # bare word names no kind of fight, the lede's words do
            d.event_type, d.sub_event_type = s.event_type, s.sub_event_type
        if not d.actor1 or (_is_generic_name(d.actor1) and s.actor1 and not _is_generic_name(s.actor1)):
            d.actor1 = s.actor1  # ("The gunmen stormed ..." after "Armed bandits abducted ...": the bandits)
        d.actor2 = d.actor2 or (s.actor2 if s.actor2 != d.actor1 else "")
        if s.fatalities is not None:
            d.fatalities = max(d.fatalities or 0, s.fatalities)
        if d.date.basis == "publication" and s.date.basis != "publication":
            d.date = s.date
        drop.add(id(s))
    return [ev for ev in events if id(ev) not in drop] if drop else events


#: A sentence telling one more happening of its kind, told apart from the one before ("Another air strike hit a
#: clinic", "a second drone", "Separately, ...", "fighting broke out again").
_ONE_MORE = re.compile(r"\b(?:another|second|third|fourth|fifth|separate|separately|fresh|again|elsewhere)\b", re.I)
#: Before a trigger, in its sentence: a side telling its own act ("The army said its soldiers repelled", "the
#: ministry says it struck", "JNIM claimed in a statement that its fighters had killed", "said on Monday that it had
#: targeted", "claimed responsibility in a statement, saying its fighters had killed").
_OWN_ACCOUNT_BEFORE = re.compile(r"\b(?:said|says|saying|claimed|claims|announced|stated|stating|reported|added|adding)\b[^.;:!?]{0,40}?"
                                 r"\b(?:it|they|its|their)\b[^.;:!?]{0,100}$", re.I)
#: A happening named as the one told ("repelled the attack", "in the strike"): the other side's account of it.
#: Who carried out the attack told before, named by it ("killed three attackers", "the assailants fled").
_THE_ATTACKERS = re.compile(r"\b(?:attackers|assailants|raiders)\b", re.I)
_THE_EVENT = re.compile(r"\bthe\s+(?:[\w\-]+\s+)?(?:attack|strike|raid|assault|ambush|shelling|bombing|offensive)\b", re.I)
#: How wide (in days) the dates of two tellings of one happening may be: a day, or the two days of a speaker's
#: "said on Tuesday" (``_told_by_then``).
_ONE_HAPPENING_DAYS = 2
_ONE_HAPPENING_SPAN = dt.timedelta(days=_ONE_HAPPENING_DAYS)
#: How far from the event told just before a retelling of it ("The bomb went off ...", no side or toll of its own)
#: may be placed by the detail it adds ("15 km north of Marka" after "on the road between Marka and Qoryooley").
_RETOLD_NEAR_KM = 30.0
#: How far before a side's account with no place of its own the happening it tells may be told (in characters).
_ACCOUNT_CHARS = 600
#: How a date told only by its telling was read: the publication day, a speaker's day (``_told_by_then``).
_TOLD_ONLY = ("publication", "told")
_DAY_STEPS = tuple(dt.timedelta(days=k) for k in range(2 * _ONE_HAPPENING_DAYS + 1))


def _one_more(first: Event, ev: Event) -> bool:
    """Whether ``ev``, told after ``first``, is told apart from it as one more happening: its sentence says so
    ("another", "a second", "separately"), or both tell a toll and they differ."""
    if ev.evidence is None or first.evidence is None or ev.evidence.sentence == first.evidence.sentence:
        return False
    if ev.fatalities is not None and first.fatalities is not None and ev.fatalities != first.fatalities:
        return True
    return _ONE_MORE.search(ev.evidence.sentence) is not None


def _same_place(a: Any, b: Any) -> bool:
    """The same named place (or the same point), not a whole country: two tellings placed alike."""
    if a is None or b is None or getattr(a, "is_whole_country", False) or getattr(b, "is_whole_country", False):
        return False
    return a.name == b.name or (a.lat == b.lat and a.lon == b.lon)


def _opens_on_event(doc: Document, pos: int) -> bool:
    """Whether the sentence holding ``pos`` opens on an event named again ("The bomb went off", "The shelling on
    Tuesday, which killed six, ...", evx: "Sunday's assault, claimed by JNIM, ...")."""
    s0 = _sentence_start(doc, pos)
    opening = _DEFINITE_OPENING.match(doc.text, s0)
    return (opening is not None and _ANAPHOR_NOUN.match(doc.text, opening.end()) is not None) or (
        _EVENT_AGAIN_START.match(doc.text, s0) is not None)


def _account_of(doc: Document, ev: Event, p: Event, same_toll: bool) -> bool:
    """Whether a side's own account ``ev``, at ``p``'s place or at none, on its days or told within two days of
    it, tells the happening ``p``: of its kind (its type, its count, or its side's act; a change of hands only of
    a change of hands: "said it had pushed the rebels out of X" after "fighting broke out in X" is the fight's
    outcome, told apart), by its side, one of them unnamed or generic, or by the side it fought ("The army said its
    units had repelled an attack", "repelled the attack", "troops killed 20 terrorists"; not a third side striking
    the attackers), not the other side's own act ("the Taliban said its
    forces had destroyed Pakistani posts" after Pakistani fire on them). The count it claims is no reason to tell
    them apart."""
    if ("territory" in p.sub_event_type) != ("territory" in ev.sub_event_type) or not (
            p.event_type == ev.event_type or same_toll or (ev.actor1 and ev.actor1 == p.actor1)):
        return False
    return bool(not ev.actor1 or not p.actor1 or _same_side(doc, ev.actor1, p.actor1)
                # the side it fell on answering it, not a third side striking the attackers ("The coalition said
                # its warplanes struck Houthi positions in X" after the Houthis' missile on an army camp there)
                or (ev.actor2 == p.actor1 and (not p.actor2 or _same_side(doc, ev.actor1, p.actor2)
                                               or _named_within(ev.actor1, p.actor2)))
                or _is_generic_name(p.actor1) or _is_generic_name(ev.actor1) or _THE_EVENT.search(ev.evidence.sentence)
                # gold 11: "He said troops killed three attackers": the attack told before, answered
                or _THE_ATTACKERS.search(ev.evidence.sentence)
                # evl: "The army said troops killed 20 terrorists" after "Islamist fighters attacked a base": whom
                # the side fought, by a common noun, when the happening names no other foe
                or (ev.actor2 and _is_generic_name(ev.actor2) and p.actor2 in ("", ev.actor1)))


def _retells_lede(doc: Document, ev: Event, p: Event) -> bool:
    """evx: whether ``ev``, opening on a happening named again ("The assault on Sunday, ...", "The ambush, which took
    place on Saturday, ...") with no place of its own, can be ``p`` told before it: of its type (or named by a word
    for any attack: "The raid"), by its side or one of them unnamed or generic (not the side it fought). Its toll
    may differ: a retelling's count is the same dead counted again, or counted later."""
    if ev.actor1 and p.actor1 and not (_same_side(doc, ev.actor1, p.actor1) or _named_within(ev.actor1, p.actor1)
                                       or ((_is_generic_name(ev.actor1) or _is_generic_name(p.actor1))
                                           and ev.actor1 != p.actor2)):
        return False
    if p.event_type == ev.event_type:
        return True
    opening = _DEFINITE_OPENING.match(doc.text, _sentence_start(doc, ev.evidence.start))
    return opening is not None and _ANY_KIND_NOUN.match(doc.text, opening.end()) is not None


def _named_within(a: str, b: str) -> bool:
    """gold 10: whether one side's name holds the other's ("police", "Haitian police"): one side, named twice."""
    a, b = a.casefold(), b.casefold()
    return bool(a and b) and (a in b or b in a)


def _fold_same_happenings(doc: Document, events: list[Event]) -> list[Event]:
    """One happening, one event (on the days read last, so a headline's "on Saturday" and an entry's "overnight"
    compare as days): a violent event told after another of its kind at the same place on the same days, by the
    same side or one left unnamed, and not told apart from it (``_one_more``), is that event told again (a
    headline with its own day and the body's lead; a fight that "continued" the same day). So is a side's own
    account (``_account_of``: "The army said its troops repelled the attack on X", "the ministry says it struck
    X", "JNIM claimed that its fighters had killed 100 soldiers") there or with no place of its own told soon after,
    on its days or told within two days of them, whatever the count it claims, and another telling with
    the same toll there ("troops came under fire and returned fire, killing three" after "soldiers killed three
    gunmen in a raid"), with no side of its own or dated only by the publication day; and a retelling that opens
    on the event ("The shelling on Tuesday, which killed six, came as talks stalled in X") with the same toll
    that day, wherever its other clause places it, or with no toll of its own, the same weapon and a place
    nearby ("The bomb went off as the minibus passed a checkpoint 15 km north of X"). The event told first
    stays, completed (sides, toll, the body's sentence for a headline's), so the map shows one marker."""
    if len(events) < 2:
        return events
    text = doc.text
    head_end = head.end if (head := title_line(doc)) is not None else -1
    out: list[Event] = []
    by_day: dict[dt.date, list[tuple[int, Event]]] = {}  # the kept violent events of a day or two, by first day
    for ev in events:
        e = ev.evidence
        prev = None
        one = (e is not None and ev.event_type in VIOLENT_TYPES and not ev.planned and ev.date is not None
               and (ev.date.end - ev.date.start).days < _ONE_HAPPENING_DAYS)
        if one and by_day:
            flags = None  # (told apart, a side's own account): read only once a telling on its days is found
            retold = None  # (whether its sentence opens on the event: "The bomb went off ...")
            first = ev.date.start - _ONE_HAPPENING_SPAN
            near: list[tuple[int, Event]] = []
            for k in range((ev.date.end - first).days + 1):
                near += by_day.get(first + _DAY_STEPS[k], ())
            for _, p in (sorted(near, key=_FIRST) if len(near) > 1 else near):
                pe = p.evidence
                if pe.start >= e.start or pe.sentence == e.sentence or p.background != ev.background:
                    continue
                same_toll = ev.fatalities is not None and ev.fatalities == p.fatalities
                same_days = p.date.start <= ev.date.end and ev.date.start <= p.date.end
                days = same_days or (same_toll and ev.date.basis == "publication" and p.date.basis != "publication"
                                     and 0 <= (ev.date.start - p.date.start).days <= _ONE_HAPPENING_DAYS)
                # (a telling dated only by the day it was told, within two days of the happening's: a side's account)
                told_after = (ev.date.basis in _TOLD_ONLY and p.date.basis not in _TOLD_ONLY
                              and 0 <= (ev.date.end - p.date.start).days <= _ONE_HAPPENING_DAYS)
                if not days and not told_after:
                    continue
                placed = _same_place(p.location, ev.location) and _lost_name(p) == _lost_name(ev)
                if not placed and ev.event_type == "Battles" == p.event_type and not ev.location_note \
                        and not p.location_note and (_part_of(ev.location, p.location) or _part_of(p.location, ev.location)):
                    placed = True  # gold 10: "in northern Kupiansk" after "in the Kupiansk direction": the town's fight
                # (no place of its own, none or the happening's country, told soon after a happening the text
                # dates: a side's account may tell only what it did; a place it names that was not found is a
                # place of its own, and with neither a place nor a day told, only nearness would tie them)
                unplaced = 0 < e.start - pe.end <= _ACCOUNT_CHARS and p.date.basis not in _TOLD_ONLY and (
                    ev.location is None or (
                        (ev.location_note or getattr(ev.location, "is_whole_country", False)) and not _lost_name(ev)
                        and ev.location.country == getattr(p.location, "country", None)))
                nearby = False
                if not placed and not (same_toll and same_days) and not unplaced:
                    # (most: another place; only a retelling may be placed elsewhere, nearby)
                    if not (same_days and p.sub_event_type == ev.sub_event_type and ev.fatalities is None
                            and 0 < e.start - pe.end <= 600 and p.location is not None and ev.location is not None):
                        continue
                    if retold is None:
                        retold = _opens_on_event(doc, e.start)
                    if not retold or great_circle_km(p.location.lat, p.location.lon, ev.location.lat,
                                                     ev.location.lon) > _RETOLD_NEAR_KM:
                        continue
                    nearby = True
                if flags is None:
                    ss = _sentence_start(doc, e.start)
                    flags = (_ONE_MORE.search(e.sentence) is not None,  # ("another", "a second")
                             _OWN_ACCOUNT_BEFORE.search(text, max(ss, e.start - 160), e.start) is not None
                             # gold 11: "..., a military spokesman said. He said troops killed three attackers."
                             or _SPEAKER_GOES_ON_START.match(text, ss) is not None
                             # evl: "The army said troops killed 20 terrorists", naming no place of its own
                             or (_SIDE_ACCOUNT_START.match(text, ss) is not None
                                 and not any(ss <= m.start < ss + len(e.sentence) for m in doc.mentions)))
                    if retold is None:
                        retold = _opens_on_event(doc, e.start)
                apart, own = flags
                if apart:
                    break
                if retold and same_toll and same_days and 0 < e.start - pe.end <= 600:
                    prev = p  # "The shelling on Tuesday, which killed six, came as talks stalled in Istanbul"
                    break
                if retold and nearby and (not ev.actor1 or _same_side(doc, ev.actor1, p.actor1)):
                    prev = p  # "The bomb went off as the minibus passed a checkpoint 15 km north of X", told next
                    break
                if retold and unplaced and same_days and _retells_lede(doc, ev, p):
                    # evx: "Jihadists killed 50 soldiers in an attack on a base in Djibo, sources said on Tuesday. The
                    # assault on Sunday, claimed by JNIM, began when fighters stormed the base": the lede's happening
                    prev = p
                    if ev.actor1 and not _is_generic_name(ev.actor1) and _is_generic_name(p.actor1):
                        p.actor1 = ev.actor1  # (its side named: "jihadists" are JNIM)
                    if ev.fatalities is not None and p.fatalities is not None:
                        # (the larger count told, never summed: the retelling may count the lede's dead again)
                        p.fatalities = max(p.fatalities, ev.fatalities)
                    break
                if own and (placed or unplaced) and _account_of(doc, ev, p, same_toll):
                    prev = p  # a side's own account of the happening, with the count it claims
                    break
                if not placed or not days:
                    continue
                sides = (not ev.actor1 or not p.actor1 or _same_side(doc, ev.actor1, p.actor1)
                         # gold 10: a fight told by its other side ("Russian forces continued offensive operations near
                         # X" and "Ukrainian forces regained positions in X" that day), neither with a toll (a side's
                         # "ensuing exchange of fire" that killed two attackers is a fight of its own): one battle
                         or (ev.event_type == "Battles" and p.actor2 in ("", ev.actor1) and ev.actor2 in ("", p.actor1)
                             and ev.fatalities is None and p.fatalities is None)
                         or _named_within(ev.actor1, p.actor1))
                if same_toll and (not ev.actor1 or ev.date.basis == "publication") and sides:
                    prev = p  # the same dead, told again by someone else
                    break
                if (p.event_type == ev.event_type and p.sub_event_type == ev.sub_event_type and sides
                        and (ev.fatalities is None or p.fatalities is None)):
                    prev = p
                    break
        if prev is None:
            if one:
                by_day.setdefault(ev.date.start, []).append((len(out), ev))
            out.append(ev)
            continue
        if not prev.actor1 and ev.actor1 and ev.actor1 != prev.actor2:
            prev.actor1 = ev.actor1
        elif (not prev.actor2 and ev.actor1 and prev.actor1 and not _same_side(doc, ev.actor1, prev.actor1)
              and not _named_within(ev.actor1, prev.actor1)):  # ("police" after "Haitian police": the same)
            prev.actor2 = ev.actor1  # (the other side's account names who fought)
        if not prev.actor2 and ev.actor2 and ev.actor2 != prev.actor1:
            prev.actor2 = ev.actor2
        if prev.fatalities is None:
            prev.fatalities = ev.fatalities
        if not ev.alleged:
            prev.alleged = ""  # (told as fact once)
        if prev.evidence.start < head_end <= e.start:
            prev.evidence = e  # a headline's event: the body's sentence tells it
        if (ev.date.end - ev.date.start) < (prev.date.end - prev.date.start) or (
                prev.date.basis == "publication" and ev.date.basis != "publication"):
            prev.date = ev.date  # (the narrower day, or one the text tells)
    return out


def _drop_restatements(doc: Document, events: list[Event]) -> list[Event]:
    """"Israeli strikes hit villages in southern Lebanon overnight, killing eight ... The Israeli
    military said its jets had targeted weapons depots.": a later sentence dated only by the
    publication day, with no toll, that names the same kind of event by the same actor at the
    same place as an earlier one dated within a day of it retells that event; so does a violent one
    with no day, place (the country at most) or toll of its own, told by someone right after a violent
    one that has them (audit 11: of any violent type, "the rebels advanced under cover of artillery"), and
    one dated only by its week or month, in the country only, over the days of the fights the article
    tells one by one."""
    out: list[Event] = []
    for ev in events:
        if (ev.actor1 and ev.fatalities is None and ev.date is not None and ev.date.basis == "publication"
                and ev.location is not None and any(
                    p.event_type == ev.event_type and p.sub_event_type == ev.sub_event_type and p.actor1 == ev.actor1
                    and p.date is not None and p.date.basis != "publication"
                    and abs((p.date.start - ev.date.start).days) <= 1
                    and getattr(p.location, "name", None) == getattr(ev.location, "name", None)
                    and p.planned == ev.planned and p.background == ev.background
                    and p.evidence is not None and ev.evidence is not None and p.evidence.start < ev.evidence.start
                    and _lost_name(p) == _lost_name(ev)  # (audit 8: another town not found, in the same area)
                    for p in events)):
            continue
        if (ev.fatalities is None and ev.date is not None and ev.date.basis == "publication"
                and ev.event_type in VIOLENT_TYPES and not ev.planned and not ev.background
                and ev.evidence is not None and (ev.location_note or "").startswith(_NO_PLACE_HEAD)
                and (ev.location is None or getattr(ev.location, "is_whole_country", False)
                     # (gold 8: near the dateline, still no place of its own; evq: nor in its province)
                     or _DATELINE_STORY in ev.location_note or _DATELINE_PROVINCE in ev.location_note)
                and not _ANOTHER.search(ev.evidence.sentence or "")
                and _TOLD_BY_BEFORE.search(doc.text, _sentence_start(doc, ev.evidence.start), ev.evidence.start)
                # (audit 11: any fight told before: "the rebels advanced under cover of artillery" after
                # "attacked government positions on Monday")
                # (the event told nearest before it, wherever the folds above left it in the list)
                and (p := max((q for q in events if q.evidence is not None and q.evidence.end <= ev.evidence.start),
                              key=lambda q: q.evidence.end, default=None)) is not None
                and p.event_type in VIOLENT_TYPES
                and p.date is not None and p.date.basis != "publication" and not p.planned and not p.background
                and p.location is not None and p.evidence is not None
                and 0 < ev.evidence.start - p.evidence.end <= 500
                and (ev.location is None or getattr(p.location, "country", None) == ev.location.country)):
            # audit 10: "Heavy fighting broke out in Nasir on Sunday ... The spokesman said government troops
            # attacked their positions at dawn": with no day, place or toll of its own, the fight told before
            continue
        if (ev.fatalities is None and ev.date is not None and ev.date.precision in ("week", "month")
                and not ev.planned and not ev.background and ev.evidence is not None
                and not (ev.location_note or "").startswith((_LOST_HEAD, _W409_HEAD))  # (no town not found)
                # (nowhere more specific than the country: the country itself, or the area holding the
                # article's places when the sentence names none: "Amhara" for a roundup on Amhara's towns)
                and ev.location is not None and (getattr(ev.location, "is_whole_country", False)
                                                 or (ev.location_note or "").startswith(_NO_PLACE_HEAD))
                and any(p is not ev and p.event_type == ev.event_type and p.date is not None
                        # (a week back: "this week" of a roundup out after the week it covers)
                        and p.date.precision == "day"
                        and ev.date.start - dt.timedelta(days=7) <= p.date.start <= ev.date.end
                        and not p.planned and not p.background and p.location is not None
                        and not getattr(p.location, "is_whole_country", False)
                        and getattr(p.location, "country", None) == ev.location.country
                        for p in events)):
            # audit 10: a roundup's "The fighting between Fano and the army shifted to the towns this week",
            # with no place of its own, over the days of the fights it then tells one by one
            continue
        if ("territory" in ev.sub_event_type and ev.fatalities is None and ev.date is not None
                and ev.location is not None and ev.evidence is not None and any(
                    p.actor1 and "territory" in p.sub_event_type and p.date is not None
                    and (ev.actor1 == p.actor1 or (not ev.actor1 and p.sub_event_type == ev.sub_event_type))
                    and (p.date.start == ev.date.start or (  # (or told earlier in the week, then retold undated)
                        ev.date.basis == "publication" and p.date.precision == "day"
                        and 0 <= (ev.date.start - p.date.start).days <= 7)) and p.planned == ev.planned and p.background == ev.background
                    and getattr(p.location, "name", None) == ev.location.name
                    and p.evidence is not None and p.evidence.start < ev.evidence.start
                    and _lost_name(p) == _lost_name(ev) for p in events)):
            # "The army said on Saturday it had recaptured Wad Madani ... Troops entered the city from the
            # east": a town changes hands once a day; the later telling, by the same side or naming nobody,
            # is the same capture
            continue
        out.append(ev)
    return out

def _page_day(doc: Document, ev: Event) -> bool:
    """ev16: a headline's event dated by the page's own day ("Africa File, January 16, 2025: army retakes X",
    published that day): the day the page was written, not the event's, as an undated headline's."""
    return doc.published is not None and ev.date.start == ev.date.end == doc.published


def _drop_headline_echoes(doc: Document, events: list[Event]) -> list[Event]:
    """A headline event (or a summary's bullet line) retold in the body is one event: same event type and the same
    named actor ("Hezbollah fires rockets"), or, told in the body with its own date, the
    same actor (or one unnamed, or one name inside the other: "Insurgents", "Islamic
    State-linked insurgents") and a place within 50 km ("near Sennar", "east of Sennar"),
    150 km when the headline names a region ("northern Rakhine"), or inside the province
    or country the headline names (then any violent type: "Attacks in Niger kill dozens"). A bullet
    line with its own day is retold only by the body's events of that day."""
    if not doc.sentences:
        return events
    # audit 10: a summary's bullet lines ("HIGHLIGHTS - At least 11 civilians killed in an attack ...")
    # are headlines too
    # (not a lede that opens with its dateline and runs as long as a paragraph: "MAPUTO, Dec 24 (Reuters) - At least
    # 21 people were killed ...": the story's first sentence, whose event the body may go on to tell parts of)
    first = title_line(doc)
    heads = ([] if first is None else [(first.start, first.end)]) + [
        (st.start, st.end) for st in doc.sentences[1:] if _BULLET.match(doc.text, st.start)]
    if (copy := _title_repeat(doc)) is not None:
        heads.append((copy.start, copy.end))
    # gold 3: a liveblog entry's headline, the line after its time stamp ("07:30 BST\nTwo killed in
    # overnight attack on Mykolaiv\nRussian drones attacked ..."), is a headline of the entry below it
    entries = [m.span("head") for m in _ENTRY_HEADLINE.finditer(doc.text)] if "\n" in doc.text else []
    heads += entries

    def in_head(ev) -> bool:
        return any(h0 <= ev.evidence.start < h1 for h0, h1 in heads)

    def in_entry_head(ev) -> bool:  # (dated or not by its own words: "in overnight attack on X")
        return any(h0 <= ev.evidence.start < h1 for h0, h1 in entries)

    told = [ev for ev in events if ev.evidence and not in_head(ev) and ev.date is not None]
    body = [ev for ev in told if ev.date.basis != "publication"]
    if not told:
        return events

    def same_actor(a: str, b: str) -> bool:
        if _HEADLINE_NOBODY.match(a or "") or _HEADLINE_NOBODY.match(b or ""):
            return True  # "Soldiers, rebels clash in Negros": nobody named
        a, b = (a or "").lower(), (b or "").lower()
        if not a or not b or a == b or a in b or b in a:
            return True
        ta, tb = set(a.split()), set(b.split())  # "Jalisco cartel", "Jalisco New Generation Cartel"
        return len(min(ta, tb, key=len)) >= 2 and (ta <= tb or tb <= ta)

    def near(x, y) -> bool:
        if x is None or y is None:
            return x is None and y is None
        if getattr(x, "name", None) == getattr(y, "name", None):
            return True
        if x.name and f" {x.name} " in f" {y.name} ":
            return True  # "on Saravena-Arauca road" and the body's "between Saravena and Arauca"
        lat1, lon1, lat2, lon2 = (getattr(x, "lat", None), getattr(x, "lon", None),
                                  getattr(y, "lat", None), getattr(y, "lon", None))
        if None in (lat1, lon1, lat2, lon2):
            return False
        if getattr(y, "is_whole_country", False) and getattr(y, "country", "") and \
                getattr(y, "country", "") == getattr(x, "country", ""):
            return True  # audit 9: the body's event known only to the country holding the headline's place
        if getattr(x, "precision", 1) >= 3 and getattr(x, "country", "") and getattr(x, "country", "") == getattr(y, "country", ""):
            geom = getattr(x, "geometry", None)
            # a headline's country or province ("... in DR Congo", "... in Upper Nile") holds the body's town
            if getattr(x, "is_whole_country", False) or geom is None or geom.geom_type not in ("Polygon", "MultiPolygon"):
                return True
            from shapely.geometry import Point
            return geom.intersects(Point(lon2, lat2))
        dlat = (lat1 - lat2) * 111.0
        dlon = (lon1 - lon2) * 111.0 * max(0.1, math.cos(math.radians((lat1 + lat2) / 2)))
        # a headline's region ("northern Rakhine") covers more than its town ("near Sennar")
        geom = getattr(x, "geometry", None)
        wide = geom is not None and geom.geom_type in ("Polygon", "MultiPolygon") and geom.area > 0.3
        if (dlat * dlat + dlon * dlon) ** 0.5 <= (150.0 if wide else 50.0):
            return True  # (near enough: no need for the polygon test below, the costlier one)
        if getattr(y, "precision", 1) >= 3 and getattr(y, "country", "") and getattr(y, "country", "") == getattr(x, "country", ""):
            geom = getattr(y, "geometry", None)
            if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
                from shapely.geometry import Point
                # the headline's town ("raid in Jenin") inside the body's region ("across the West Bank")
                return bool(geom.intersects(Point(lon1, lat1)))
        return False

    def echoed(ev, told=told, body=body) -> bool:
        if any(b.event_type == ev.event_type and b.planned == ev.planned and b.background == ev.background
               and ev.actor1 and b.actor1 == ev.actor1 for b in told):
            return True  # "Hezbollah fires rockets": the body's rockets of Hezbollah
        if ev.fatalities and ev.event_type in VIOLENT_TYPES and any(
                b.fatalities == ev.fatalities and b.event_type in VIOLENT_TYPES
                and b.planned == ev.planned and b.background == ev.background for b in told):
            return True  # "Strike on school shelter kills 22": the body's air strike "killing at least 22"
        vague = getattr(ev.location, "precision", 1) >= 3  # "Attacks across Niger kill dozens"
        unnamed = not ev.actor1 or bool(_HEADLINE_NOBODY.match(ev.actor1))
        return any((b.event_type == ev.event_type
                    or (unnamed and b.event_type in VIOLENT_TYPES and ev.event_type in VIOLENT_TYPES)
                    or (vague and b.event_type in VIOLENT_TYPES and ev.event_type in VIOLENT_TYPES)
                    or {b.event_type, ev.event_type} == {"Protests", "Riots"})  # "Police clash with supporters"
                   and b.planned == ev.planned and b.background == ev.background
                   and same_actor(ev.actor1, b.actor1)
                   # a headline with no place of its own ("Myanmar army retreats from key border town")
                   and (near(ev.location, b.location) or bool(ev.location_note))
                   for b in (told if ev.location_note else body)
                   # (not a town taken that was not found, placed in its country: it says nowhere near)
                   if not (b.location_note or "").startswith((_W409_HEAD, _LOST_HEAD)))

    title_end = doc.sentences[0].end
    body_text = doc.text[title_end:].lower()

    def road_retold(ev) -> bool:
        # evu: a road is named by a town it leads to: "Rebels shell Kharkiv highway" over a body that tells one
        # shelling only, on "the highway north of Izium" on Sunday, and never names Kharkiv: the same road, one
        # event (not a headline's other town: "Clashes near Gwoza" over an attack in Dikwa stays two)
        if ev.evidence.start >= title_end or ev.location is None or not ev.location.name \
                or not ev.location.country or ev.location.name.lower() in body_text:
            return False  # (the headline only: a bullet's place may be an event the body does not retell)
        if not any(m.location is not None and m.location.place_id == ev.location.place_id and m.start < title_end and _ROAD_OF_TOWN.match(doc.text, m.end)
                   for m in doc.mentions):
            return False
        alike = [b for b in body if b.sub_event_type == ev.sub_event_type and b.planned == ev.planned
                 and b.background == ev.background]
        if len(alike) != 1 or not same_actor(ev.actor1, alike[0].actor1) \
                or getattr(alike[0].location, "country", None) != ev.location.country:
            return False
        told_in = next((st for st in doc.sentences if st.start <= alike[0].evidence.start < st.end), None)
        return told_in is not None and _A_ROAD.search(doc.text, told_in.start, told_in.end) is not None

    def echoed_on_its_days(ev) -> bool:
        # a bullet line with its own day ("- Four children killed by shelling in X on 2 September"): echoed
        # only by what the body tells on those days
        # (lead: told on those days, not over a span that holds them: "Fighting around X has intensified since
        # early May" retells no bullet's "On 12 May, shells hit the hospital in X")
        span = (ev.date.end - ev.date.start).days + 1
        same = [b for b in told if b.date.start <= ev.date.end and ev.date.start <= b.date.end
                and (b.date.end - b.date.start).days <= span]
        return bool(same) and echoed(ev, same, [b for b in same if b.date.basis != "publication"])

    def echoed_in_its_entry(ev) -> bool:
        # a liveblog entry's headline is the headline of the entry below it: echoed only by what that entry
        # tells (not by another entry's event "across Ukraine")
        h1 = next(h1 for h0, h1 in entries if h0 <= ev.evidence.start < h1)
        nxt = next((h0 for h0, _ in entries if h0 > h1), len(doc.text))
        own = [b for b in told if h1 <= b.evidence.start < nxt]
        return bool(own) and echoed(ev, own, [b for b in own if b.date.basis != "publication"])

    kept = [ev for ev in events if not (
        ev.evidence and in_head(ev) and ev.date is not None
        and (echoed_in_its_entry(ev) if in_entry_head(ev)
             else echoed(ev) or road_retold(ev) if ev.date.basis == "publication" or _page_day(doc, ev)
             else _BULLET.match(doc.text, _sentence_start(doc, ev.evidence.start)) and echoed_on_its_days(ev)))]
    kept_ids = {id(ev) for ev in kept}
    for ev in events:
        if id(ev) not in kept_ids and ev.fatalities is not None and in_entry_head(ev):
            # (its toll, when the entry's own telling lacks one: "Two killed in overnight attack on X")
            h1 = next(h1 for h0, h1 in entries if h0 <= ev.evidence.start < h1)
            nxt = next((h0 for h0, _ in entries if h0 > h1), len(doc.text))
            own = next((b for b in kept if b.evidence and h1 <= b.evidence.start < nxt
                        and b.event_type in VIOLENT_TYPES), None)
            if own is not None and own.fatalities is None:
                own.fatalities = ev.fatalities
    return kept
