"""Who holds what: control claims read from the text.

Patterns are data (``reading/patterns/control.json``) written over a sentence
in which actor mentions (from :mod:`reading.actors`) and place mentions (from
:mod:`reading.toponyms`) are replaced by tokens, so one pattern such as
``{X} took {FILL}{Y}`` covers "the RSF seized the key town of Wad Madani" and
"Haftar's forces captured Gharyan". ``{Y}`` may also be "the eastern portion of
<place>" (its cardinal part) or a bare direction ("the south", "the country's
east"): then the profile's named region for that direction, else that part of
the article's country (:func:`geo.shapes.cardinal_part`).

Each claim's faction is the profile faction id when resolved ("he"/"his"
resolve to the last named leader), else the actor as named.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from pathlib import Path
from typing import Any, Callable

from reading.actors import ActorMention, _own_forces, armed_states, nation_iso, state_forces_name
from reading.document import ControlClaim, Document, Problem, Sentence
from reading.events import (FIGHT_WENT_ON, INSERTED_PHRASE, SIDE_OWNER, _AND_PLACE, _BARE_VERB, _BUILDING_AFTER, _CONDITION_BEFORE, _ENTRY_VERB, _HELPER_BEFORE, _NAMED_AFTER, _PEOPLE_AFTER,
                            _SAID_BEFORE_DATE, _TAKINGS, _is_background, EventExtractor, LazySpanIndex,
                            _default_country_lookup, _fight_last_day, area_part, by_sentence, checked_claim, clauses_of,
                            country_location, dates_a_start_since, disputed, elapsed_date, entered_to_fight, fact_id,
                            _last_appositive, fiction, hearsay, is_review, past_the_dateline, publication_date, raid_entry,
                            raid_on_civilians, recalled_capture, road_to_place, settlement_in_area, timeline_told,
                            unnamed_ground_before, wished, year_counted_back)
from reading.messages import Messages
from reading.prefilter import LiteralGate, fold, prefilter

__all__ = ["ControlClaims", "CONTROL_PATTERNS", "RELATIONS", "is_generic_actor", "unnamed_side"]

#: Control-claim patterns (data).
CONTROL_PATTERNS = Path(__file__).with_name("patterns") / "control.json"

#: Relations a claim can state (zon3: "contested", a place told as changing hands again and again).
RELATIONS = ("holds", "took", "withdrew", "expanding", "contested")

_A = "\u27e6A{}\u27e7"  # ⟦A3⟧
_P = "\u27e6P{}\u27e7"
_TOKEN = re.compile("\u27e6([AP])(\\d+)\u27e7")
_TOKEN_INSIDE = re.compile(r"[ap]?\d*")
#: Actors named only by a common noun: they name nobody in particular, so they hold no zone (gold 7: nor "Our
#: forces" in a spokesman's quotation, whose group the quotation does not name).
_GENERIC_NOUN = re.compile(
    r"^(?:(?:armed|local|unidentified|unknown|suspected|clan|tribal|allied|rival|ethnic|community|self-defen[cs]e|opposition|resistance|"
    r"the|our|their|its)\s+)*(?:militias?|militiamen|rebels?|troops|forces|fighters|gunmen|soldiers|insurgents|militants|jihadists|"
    r"armed\s+(?:groups?|men)|groups?|factions?|attackers|assailants|combatants|paramilitaries|separatists|"
    r"bandits|gangs?|gang\s+members|gangsters|terrorists?|settlers)(?:\s+\([^()]+\))?$", re.I)  # not "the army", "the police": a state's, named by the article's country; act: nor
#   "Unidentified Armed Group (Mali)", the country it acts in after it
#: evl: a country's name or nationality word opening an actor's name ("Myanmar resistance fighters").
_NATION_BEFORE = re.compile(r"(?:the\s+)?(?P<nation>[A-Z][\w\-]*)\s", re.I)
#: A hold the same sentence says was short ("briefly took", "before the army drove them out"; gold 10: up to five
#: words between, "held the town for a day before troops backed by air strikes retook it").
_SHORT_HOLD = re.compile(r"\b(?:briefly|temporarily|momentarily|for\s+(?:a\s+few|several)\s+hours)\b", re.I)
_UNDONE_AFTER = re.compile(r"\bbefore\s+(?:being\s+)?(?:(?:the|government|security|state)\s+)*(?:\w+\s+){0,5}?"
                           r"(?:drove|driven|pushed|forced|expelled|repelled|ousted|chased|dislodged|retook|recaptured|retaken|"
                           r"recapturing|retaking|withdrawing|withdrew|retreating|retreated|pulling\s+out)\b"
                           r"|\buntil\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:retook|recaptured|took|seized|drove|pushed|captured|regained)\b",
                           re.I)  # "... since 2012 until the army retook it in 2023": a hold that ended
#: A capture told before a place in its sentence: an appositive naming the place's holder after it
#: ("rebels captured Lashio, the headquarters of the army's northern command") tells who held it before.
_CAPTURED_BEFORE = re.compile(r"\b(?:took|taken|takes|taking|seized|seizing|captured|capturing|overran|overrun|stormed|"
                              r"entered|retook|retaken|recaptured|regained|fell|fallen|falls|liberated|control\s+(?:of|over))\b"
                              r"[^.;!?]*$", re.I)
#: Patterns that read a holder from an appositive or a possessive ("X, the stronghold of Y", "Y's base of X").
_APPOSITIVE_HOLDS = ("y-base-of-x", "x-stronghold-y", "name-held-y", "x-held-y", "state-held-y")
#: "the army-held town of Falam": the holder joined to its participle, a description of the place
#: audit 11: before a place said to be "held by" a side, a town it contains ("the last major city in Sudan's
#: Darfur region still held by the army"): what is held is that town, not the region.
_HELD_TOWN_IN_BEFORE = re.compile(r"\b(?:city|cities|town|towns|village|villages|stronghold|base|garrison|outpost|"
                                  r"capital|airport|port)\s+in\s+(?:the\s+)?(?:[\w\-]+['’]s\s+)?$", re.I)
#: audit 11: after a place's name, a news outlet it names ("the Houthi-run SABA news agency", "Al-Aqsa TV").
_MEDIA_AFTER = re.compile(r"\s+(?:news\s+agency|agency|television|tv|radio|newspaper|daily|channel|broadcaster|"
                          r"news\s+(?:website|outlet|network)|outlet)\b", re.I)
#: After a province's or region's name, a settlement word: "Al-Shabaab takes Bakool town" (a headline) names an
#: unnamed town by its region, which is not what changed hands (not "city": "Idlib city" is the province's capital).
_UNNAMED_TOWN_AFTER = re.compile(r"\s+(?:town|village)\b(?!\s+of\b)", re.I)
#: zon3: a person raising a flag ("President Aliyev raises the flag in the city's central square") holds a ceremony in
#: a place his forces took (told apart), and so is his declaring it liberated: only an armed side doing so takes it.
_BY_AN_ARMED_SIDE = ("x-raised-flag-over-y", "x-declared-y-liberated")
_PERSON_TITLE = re.compile(r"(?:President|Prime\s+Minister|Premier|Vice\s+President|(?:[A-Z][a-z]+\s+)?Minister|Governor|"
                           r"Mayor|King|Emir|Sultan|Chancellor)\b")
_JOINED_HELD = re.compile(r"\u27e7-|[\w'’]-(?:held|controlled|run|dominated|occupied)\b")
#: After a place taken, a part of a city it names: the city's own ("Mosul's old city", "Raqqa's old city walls",
#: "Omdurman's Umbada district") or the one it lies in ("the Sheikh Saeed district of Aleppo").
_CITY_PART_AFTER = re.compile(r"(?:['’]s?\s+(?:[\w\-'’]+\s+){0,2}?(?:old\s+city|old\s+town|districts?|neighbou?rhoods?|"
                              r"quarters?|suburbs?|outskirts|centre|center|walls|downtown)|\s+(?:district|neighbou?rhood|"
                              r"quarter|suburb)\s+of)\b", re.I)
#: zn: after a place taken or held, a landmark named after it (the events' buildings, :data:`_BUILDING_AFTER`, are
#: offices, stations, prisons...): "captured the Ouagadougou conference centre" (in Sirte), "seized the Kabul Serena
#: hotel", "hold the Mosul University campus", "stormed the Kizlyar hospital": a building, not the place it is named
#: after (the events keep the fight).
_LANDMARK_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:[\w\-'’]+[ \t]+)?(?:(?:conference|convention|exhibition|shopping|trade|"
                             r"medical|cultural|community|health)[ \t]+(?:centre|center)|hospital|hotel|stadium|"
                             r"university|campus|school|college|mosque|church|cathedral|temple|monastery|museum|"
                             r"factory|refinery|power[ \t]+(?:station|plant))\b", re.I)
#: Actors who hold no ground by coming back to a place, nor give any up by fleeing it.
_NOT_ARMED = re.compile(r"^(?:the\s+)?(?:residents|civilians|villagers|people|families|displaced|refugees|locals|farmers|herders|"
                        r"traders|students|workers|pilgrims|inhabitants|protesters|demonstrators)$", re.I)
#: A hold told in the present or present perfect ("has held since 2019", "still controls", "holds"; zon: "has been
#: under Russian control since May 2023", "has since remained in Taliban hands", "is now under the army's control").
_PRESENT_HOLD = re.compile(r"\b(?:(?:has|have)\s+(?:\w+\s+)?(?:held|controlled|occupied|ruled|been\s+(?:\w+\s+)?(?:under|in)|"
                           r"remained|stayed)|(?:is|are)\s+(?:\w+\s+)?(?:under|in)|holds|controls|occupies|still|remains?)\b", re.I)
#: zon2: before a place that opens a hold ("Y remains in the hands of ..."), a thing of the place, which is what is
#: held ("the fate of Kherson is in the hands of the government", "the budget of Kabul is under military control"),
#: not the place; ground of it may be ("most of", "the outskirts of", "the city of").
_THING_OF_BEFORE = re.compile(r"\b(?!(?:city|cities|towns?|villages?|port|districts?|provinces?|regions?|states?|capital|areas?|"
                              r"most|much|all|parts?|half|rest|remainder|outskirts|centre|center|heart|suburbs?|"
                              r"territory|territories|enclave|island|governorate|county|oblast|municipality|countryside|"
                              r"north|south|east|west|swathes|stretches|pockets|some|none|each|both|remnants?)\b)"
                              r"[a-z][a-z\-]*\s+of\s+(?:the\s+)?$")
#: zon2: a preposition before such a place: the place is no subject ("talks in Doha were held by
#: Qatar", "the decision on Kabul is in government hands").
_PLACE_AS_OBJECT_BEFORE = re.compile(r"\b(?:in|at|on|for|from|near|about|over|to|into|with)\s+(?:the\s+)?$", re.I)
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose|where|that|after|since|when)\b", re.I)
_DIRS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
}


_ENTRY_WORD = re.compile(r"\b" + _ENTRY_VERB.pattern, re.I)  # the events' entering verbs, as a word
#: The patterns whose capture may be recalled with no day of its own ("The RSF, which overran the army garrison in
#: Babanusa, did not comment"): read by :func:`reading.events.recalled_capture`.
_RECALLED_TAKINGS = ("x-took-y", "x-overran-garrison-of-y", "x-overran-base-in-y-forcing-withdrawal")
#: The taking verb of a claim "X took Y" (where a relative clause or a pluperfect before it would show).
_TAKING_WORD = re.compile(r"\b(?:took|taken|seized|captured|entered|retook|retaken|recaptured|regained|overran|overrun|"
                          r"stormed|swept|marched|rolled|walked|strolled|seizes|captures|takes|enters|retakes|recaptures)\b",
                          re.I)


def _verb_start(text: str, start: int, end: int) -> int:
    """Where an entering verb starts in a claim's span (its end when there is none)."""
    m = _ENTRY_WORD.search(text, start, end)
    return m.start() if m else end


def is_generic_actor(name: str) -> bool:
    """Whether an actor name is only a common noun ("militias", "the rebels", "unidentified gunmen"),
    which names nobody in particular: such an actor should hold no zone of its own.

    evl: nor does a whole country's resistance ("Myanmar resistance fighters", "Ukrainian resistance
    forces"), many groups under one word; a people's or a region's ("Karenni resistance fighters") is one.

    >>> is_generic_actor("clan militias"), is_generic_actor("M23"), is_generic_actor("Syrian resistance fighters")
    (True, False, True)
    """
    name = (name or "").strip()
    if _GENERIC_NOUN.match(name):
        return True
    nation = _NATION_BEFORE.match(name) if "resistance" in name else None
    return (nation is not None and nation["nation"].lower() in nation_iso()
            and _GENERIC_NOUN.match(name[nation.end("nation"):].strip()) is not None)


#: zon: what a side told only by what it is may be called before its head noun: a country's or people's word
#: (checked against the nationality words), a patron ("Turkish-backed"), a kind ("ethnic", "opposition").
_UNNAMED_KIND = frozenset(("ethnic", "islamist", "jihadist", "rebel", "insurgent", "opposition", "resistance", "armed",
                           "local", "suspected", "militant", "separatist", "tribal", "clan", "allied", "rival"))
_PATRON = re.compile(r"[\w'’]+-(?:backed|led|linked|allied|aligned|affiliated|supported|sponsored|inspired)$", re.I)
#: The head nouns of a non-state side told only by what it is (not "troops", "soldiers", "forces": a state's, mostly).
_UNNAMED_HEAD = re.compile(r"(?:rebels?|militants|insurgents|fighters|jihadists|militiamen|militias?|gangs?|gang\s+members|"
                           r"separatists|guerrillas|gunmen|terrorists|paramilitaries|armed\s+(?:groups?|men)|"
                           r"(?:ethnic|rebel)\s+arm(?:y|ies)|groups?|factions?)$", re.I)


def unnamed_side(name: str) -> bool:
    """Whether an actor is a non-state side told only by what it is, not by its name ("the rebels",
    "Syrian rebels", "Turkish-backed fighters", "Myanmar ethnic army"): the side an article names at the
    same place ("fighters of Hayat Tahrir al-Sham ...") may be it (:func:`_name_unnamed_sides`).

    >>> unnamed_side("Syrian rebels"), unnamed_side("Turkish-backed fighters"), unnamed_side("M23"), unnamed_side("troops")
    (True, True, False, False)
    """
    name = re.sub(r"^(?:the|an?)\s+", "", (name or "").strip(), flags=re.I)
    head = _UNNAMED_HEAD.search(name)
    if head is None:
        return False
    nations = nation_iso()
    return all(w.lower() in _UNNAMED_KIND or w.lower() in nations or _PATRON.match(w)
               for w in name[:head.start()].split())


#: zon2: a state told by its role word in a hold ("in government hands", "under military control"), as the actor
#: phrase :func:`reading.actors._own_forces` reads as the forces of the story's country.
_ROLE_PHRASE = {"government": "government forces", "military": "military", "army": "army", "junta": "junta",
                "regime": "the regime"}


def _state_by_role(doc: Document, word: str, start: int, end: int, profile: Any) -> str | None:
    """zon2: the side a state's role word names in a hold ("Kabul remains in government hands", "Sittwe is under
    military control"): the forces of the story's country, when :func:`reading.actors._own_forces` would read
    "government forces" or "the military" there as theirs (one country's story; for "the military", no other
    state acting), else None (no claim)."""
    phrase = _ROLE_PHRASE[word.lower()]
    others = doc.user_data.get("actors", ())
    got = _own_forces(doc, [ActorMention(start, end, phrase, phrase, None, "generic"), *others], profile)[0]
    return got.faction or (got.name if got.kind in ("state", "context") else None)


#: A phrase set off by commas after the place a claim is about ("Goma, the largest city in the east, is held by
#: M23", "the east, including Benghazi, remains under the control of ..."): it opens in lower case (not a list of
#: places, nor a dateline's "BAMAKO, Oct 8") and holds no bracket. Not a clause ("Kherson, which Russia took in
#: March, was retaken"): its own fact and date, not the claim's.
_INSERTED_AFTER_PLACE = (r"(?:\s*,\s*(?!(?:which|who|whom|whose|that|where|when|while|after|before|as|but|and|or|if|though"
                         r"|although|because|since|until|once)\b)"
                         # (a lower-case opening, or a place's own: "Ghazni, Afghanistan's tenth provincial capital,")
                         r"(?:(?-i:[a-z])|\u27e6P\d+\u27e7['’]s\s)" + INSERTED_PHRASE + ")?")


_DIR_ROOT = (r"(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:ern)?")
#: a bare direction the place reader read as a part of the country ("the north", "the country's east")
_BARE_DIR = re.compile(r"(?:the\s+)?(?:far\s+|deep\s+)?(?:country['’]s\s+|nation['’]s\s+)?" + _DIR_ROOT, re.I)
_DIR_WORD = re.compile(r"\b" + _DIR_ROOT + r"\b", re.I)
#: another part joined to the one a claim is about: "(the north) and east (of Chad)", "(northern) and eastern
#: (Chad)", "(the south) and the west of the country", "(the south), west and centre"
_AND_PART = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:far\s+|deep\s+)?"
                       r"(?P<dir>" + _DIR_ROOT + r"|centre|center|central)(?![\w\-])"
                       r"(?:\s+(?:parts?|portion|half|regions?)\b)?(?:\s+of\s+(?P<of>the\s+(?:country|nation)\b))?"
                       # (not a town's parts: "the rebels hold the east and the centre of the city")
                       r"(?!\s+of\s+(?:the\s+|this\s+|that\s+)?(?:(?:[\w\-]+\s+)?(?:city|town|capital|village|port|camp|"
                       r"settlement|district|neighbou?rhood|quarter)\b|(?-i:[A-Z])[\w\-]*['’]s\s))", re.I)
_OF_AFTER_DIR = re.compile(r"\s+of\s", re.I)


def _load(path: Path) -> dict:
    with Path(path).open(encoding="utf-8") as fh:
        data = json.load(fh)
    dirw, partw, fill = data["direction_words"], data["part_words"], data["fill"]
    y = (
        rf"(?:(?:the\s+)?(?:(?P<part>{dirw})\s+(?:{partw})\s+of\s+(?:the\s+)?)?"
        # ev22: a town told by its country ("controlled Central African Republic's capital Bangui", "took Syria's
        # second city, Aleppo"): the town, not the country
        rf"(?:\u27e6P\d+\u27e7['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?:capital|city|town|port)\s*,?\s+(?=\u27e6P\d+\u27e7))?"
        rf"(?P<y>\u27e6P\d+\u27e7)"
        # not a name's first word ("captured the Western Command headquarters"), nor a river's bank
        rf"|(?:the\s+)?(?:country['’]s\s+|nation['’]s\s+)?(?P<dir>{dirw})(?![\w\-])(?!\s+(?-i:[A-Z][a-z]))"
        rf"(?!\s+(?:{data['not_part_words']})\b)"
        rf"(?:\s+(?:{partw}))?(?:\s+of\s+the\s+country)?)"  # zon3: "the west of the country" too
    )
    out = []
    for p in data["patterns"]:
        if p["relation"] not in RELATIONS:
            raise ValueError(f"control pattern {p['id']!r}: relation must be one of {RELATIONS}")
        rx = p["pattern"]
        if rx.startswith("{Y}\\s*,?\\s*"):  # "Goma, the largest city in the east, is held by M23"
            rx = "{Y}" + _INSERTED_AFTER_PLACE + rx[3:]
        if "{X}" in rx[3:]:  # a side told after a word ("under the control of Khalifa Haftar's LNA") may have an owner
            rx = rx[:3] + rx[3:].replace("{X}", SIDE_OWNER + "{X}")
        rx = (
            rx
            .replace("{X2}", r"(?P<x2>\u27e6A\d+\u27e7)")
            .replace("{X}", r"(?P<x>\u27e6A\d+\u27e7)(?:/[A-Z][\w\-]*)?")  # "M23/AFC took control of Goma"
            .replace("{FILL}", f"(?:{fill})")
            .replace("{SAID}", data.get("said", ""))
            .replace("{AND_NOW}", data.get("and_now", ""))
            .replace("{NATION}", data.get("nation", ""))
            .replace("{STATE}", data.get("state", ""))
            .replace("{REL}", data.get("rel", ""))
            .replace("{Y}", y)
        )
        out.append((p["id"], p["relation"], re.compile(rx, re.IGNORECASE)))
    return {
        "patterns": out,
        "resident": re.compile(data["resident_actor"], re.IGNORECASE),
        # Which patterns may match in a sentence, from one pass over the article: patterns
        # read the tokenised sentence, whose words are the sentence's own outside the tokens
        # (a word a token's inside could form, "a1", is not used).
        "gate": LiteralGate([rx for _, _, rx in out], unsafe=lambda w: _TOKEN_INSIDE.fullmatch(fold(w)) is not None,
                            shared=True),
        # The tokens each pattern needs (an actor's), which the gate cannot see (it reads the article,
        # not the tokenised sentence): id(regex) -> sets of spellings, one of each set in every match.
        "token_needs": {id(rx): _token_needs(rx) for _, _, rx in out},
    }


def _token_needs(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Sets of token openings ("\u27e6A", any case) one of which every match of ``rx`` holds,
    from its parse tree (:func:`reading.prefilter.required_literals`' reading, all sets kept)."""
    from reading.prefilter import _candidates, parsed

    try:
        tree = parsed(rx.pattern, rx.flags & ~re.UNICODE)
    except Exception:  # pragma: no cover - a parser we do not know: no check
        return ()
    out = []
    for s in _candidates(list(tree)):
        if all(len(w) == 2 and w[0] == "\u27e6" and w[1].isascii() and w[1].isalpha()
               and w[1].lower() not in "iks" for w in s):  # (letters IGNORECASE also matches to non-ASCII ones)
            spellings = tuple(sorted({w[0] + c for w in s for c in (w[1].lower(), w[1].upper())}))
            if spellings not in out:
                out.append(spellings)
    return tuple(out)


_CACHE: dict[str, dict] = {}


def _norm_direction(word: str) -> str:
    w = word.lower().replace("-", "")
    for k in ("northeast", "northwest", "southeast", "southwest"):
        if w.startswith(k):
            return k[:5] + "-" + k[5:]
    return _DIRS.get(w, w)


class ControlClaims:
    """Pipeline component: fill ``doc.claims`` with who holds, took or left what.

    Parameters
    ----------
    profile : Profile | None
        Default: the one :class:`reading.actors.ActorMentions` chose.
    patterns : str | Path
        Pattern file (default ``reading/patterns/control.json``).
    country_lookup : callable | None
        ``iso2 -> Location`` for the article's country (for "the south").
    """

    name = "control"
    assigns = ("doc.claims", "doc.problems", "doc.events")  # (events: the taker of a capture told by its description)

    def __init__(self, profile: Any = None, *, patterns: str | Path = CONTROL_PATTERNS,
                 country_lookup: Callable[[str], Any] | None = _default_country_lookup) -> None:
        self.profile = profile
        key = str(patterns)
        if key not in _CACHE:
            _CACHE[key] = _load(Path(patterns))
        self._p = _CACHE[key]
        self.country_lookup = country_lookup

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
        if is_review(doc):
            return doc  # ev16: a film's or a book's captures are the work's or history's
        profile = doc.user_data["profile_obj"] if "profile_obj" in doc.user_data else self.profile
        actors = list(doc.user_data.get("actors", []))
        claims: list[ControlClaim] = []
        seen: set[tuple] = set()
        spans = {"actors": LazySpanIndex(actors), "mentions": LazySpanIndex(doc.mentions),
                 "dates": LazySpanIndex(doc.dates),
                 "hits": self._p["gate"].scan(doc.text), "evidence": doc.evidence_maker()}
        sentences = doc.sentences or [Sentence(0, len(doc.text))]
        # Each sentence's actors, mentions and dates from one pass (the SpanIndex answers, grouped).
        # (SpanIndex.proper, read without building the index)
        g_actors, g_mentions, g_dates = (
            by_sentence(actors, sentences, inclusive=True) if all(a.start <= a.end for a in actors) else None,
            by_sentence(doc.mentions, sentences, inclusive=True) if all(m.start <= m.end for m in doc.mentions) else None,
            by_sentence(doc.dates, sentences))
        gate = self._p["gate"]
        masks = gate.masks(spans["hits"], sentences)  # each sentence's gate mask, in one walk
        for si, sent in enumerate(sentences):
            if g_actors is not None and not gate.possible_for(masks[si]) and not any(a.faction for a in g_actors[si]):
                continue  # no pattern can match and no actor names a faction: no claim (most sentences)
            spans["here"] = (g_actors[si] if g_actors is not None else None,
                             g_mentions[si] if g_mentions is not None else None,
                             g_dates[si] if g_dates is not None else None)
            spans["mask"] = (sent.start, sent.end, masks[si])
            for c in self._sentence_claims(doc, sent, actors, profile, spans=spans):
                key = (c.faction, c.relation, getattr(c.location, "name", None),
                       c.date.start if c.date else None, c.evidence.sentence if c.evidence else "")
                if key in seen:
                    continue
                seen.add(key)
                claims.append(c)
        if spans.get("unnamed"):
            claims = _name_unnamed_sides(doc, claims, spans["unnamed"], actors, profile)
        if spans.get("denied"):
            claims = _drop_denied_elsewhere(claims, spans["denied"])
        if doc.user_data.get("taken_unopposed") or doc.user_data.get("taken_it"):
            claims.extend(_claims_of_event_takings(doc, profile, claims))
        if doc.title and claims and doc.events and any(pr.code == "W410" for pr in doc.problems):
            claims = _drop_headline_denied(doc, claims, actors)
        if doc.title and claims and (len(claims) > 1 or doc.events):
            claims = _drop_headline_echoes(doc, claims)
        if claims and doc.events:
            _date_takings_as_their_events(doc, claims)
        doc.claims.extend(claims)
        return doc

    # -- per sentence ------------------------------------------------------------
    def _sentence_claims(self, doc: Document, sent: Sentence, actors, profile,
                         spans: dict | None = None) -> list[ControlClaim]:
        text = doc.text
        in_sent, dates_in = doc.mentions, doc.dates
        evidence = spans.get("evidence") if spans is not None else None
        spans_in = spans if spans is not None else {}
        if spans is not None:  # SpanIndex answers: same items, same order, no full scan
            here = spans.get("here") or (None, None, None)  # the same, grouped by the caller
            if here[0] is not None:
                actors = here[0]
            elif spans["actors"].proper:
                actors = spans["actors"].starting_in(sent.start, sent.end, inclusive=True)
            if here[1] is not None:
                in_sent = here[1]
            elif spans["mentions"].proper:
                in_sent = spans["mentions"].starting_in(sent.start, sent.end, inclusive=True)
            dates_in = here[2] if here[2] is not None else spans["dates"].starting_in(sent.start, sent.end)
        if fiction(text, sent.start) or checked_claim(text, sent.start):
            return []  # "In the film, rebels take Kabul": a story told; "CLAIM: Rebels took the city": a claim checked
        s_actors = [a for a in actors if sent.start <= a.start and a.end <= sent.end]
        places = None  # read when a claim may need them

        def read_places() -> list:
            return [
                m for m in in_sent
                if sent.start <= m.start and m.end <= sent.end and m.location is not None
                and m.role in ("location", "reference")
                and not (m.role == "reference" and _NAMED_AFTER.match(text, m.end))  # "the town of Minova"
            ]

        out: list[ControlClaim] = []
        # "the militias in Tripoli ... loyal to the GNA": an actor phrase resolved
        # to a faction that names where it is.
        for a in s_actors:
            if a.faction and self._p["resident"].match(a.text):
                if places is None:
                    places = read_places()
                inside = [m for m in places if a.start <= m.start and m.end <= a.end]
                if inside:
                    out.append(self._claim(doc, sent, a.faction, "holds", inside[-1].location, a.start, a.end, "resident",
                                           evidence=evidence))
        patterns = self._p["patterns"]
        if spans is not None and "hits" in spans:
            gate = self._p["gate"]
            known = spans.get("mask")
            got = (known[2] if known is not None and known[0] == sent.start and known[1] == sent.end
                   else gate.mask(spans["hits"], sent.start, sent.end))
            maybe = gate.pick(got, "patterns", lambda idx: [patterns[i] for i in idx])
            if not maybe:
                return out  # no pattern can match: no need to tokenise
        else:
            maybe = None
        if places is None:
            places = read_places()
        # audit 8: names the gazetteer lacks are places all the same ("seized Walikale and Goma": Goma
        # taken too); their own capture draws nothing (no location), the known places of their list do
        places = places + _unplaced_names(in_sent, sent)
        # Tokenise: actors win over places they contain.
        spans = []
        for i, a in enumerate(s_actors):
            spans.append((a.start, a.end, "A", i))
        for j, m in enumerate(places):
            if any(s <= m.start and m.end <= e for s, e, _, _ in spans if _ == "A") or any(
                m.start < e and s < m.end for s, e, k, _ in spans if k == "A"
            ):
                continue
            spans.append((m.start, m.end, "P", j))
        spans.sort()
        pieces, runs, cur = [], [], sent.start
        for s, e, kind, idx in spans:
            if s < cur:
                continue
            pieces.append(text[cur:s])
            tok = (_A if kind == "A" else _P).format(idx)
            pieces.append(tok)
            runs.append((cur, s, len(tok)))  # text[cur:s] as is, then a token standing for the span at s
            cur = e
        pieces.append(text[cur:sent.end])
        runs.append((cur, sent.end, 0))
        tokd = "".join(pieces)
        omap = None  # each tokd offset's text offset, made when a pattern first matches (most sentences: none)
        dates = past_the_dateline(text, sent.start, [d for d in dates_in if sent.start <= d.start < sent.end
                                                     and d.date is not None])
        token_needs = self._p["token_needs"]
        for pid, relation, rx in (maybe if maybe is not None else patterns):
            if maybe is None and not prefilter(rx)(tokd):
                continue  # lacks a word the pattern needs: it cannot match (the gate said so already)
            need = token_needs.get(id(rx))
            if need and not all(any(w in tokd for w in ws) for ws in need):
                continue  # needs an actor token and the sentence names no actor: it cannot match
            for m in rx.finditer(tokd):
                if omap is None:
                    omap = []
                    for c0, c1, n in runs:
                        omap.extend(range(c0, c1))
                        omap.extend([c1] * n)
                    omap.append(sent.end)
                gd = m.groupdict()
                xs = gd.get("x2") or gd.get("x")
                if xs:
                    ai = int(_TOKEN.match(xs).group(2))
                    actor = s_actors[ai]
                    if _HELPER_BEFORE.search(text, max(sent.start, actor.start - 60), actor.start):
                        # "Somali forces backed by clan militias recaptured ...": the forces did
                        main = [a for a in s_actors[:ai] if a.end <= actor.start]
                        if not main:
                            continue
                        actor = main[-1]
                    if ai > 0 and text[s_actors[ai - 1].end:actor.start] == " and ":
                        # "Azerbaijani troops and police entered Stepanakert": the subject's first side, the one its
                        # partners came with
                        ai, actor = ai - 1, s_actors[ai - 1]
                    rel = None
                    for rel in _RELATIVE_OPEN.finditer(text, max(sent.start, actor.start - 200), actor.start):
                        pass
                    rel = _last_appositive(text, max(sent.start, actor.start - 200) if rel is None else rel.end(),
                                           actor.start) or rel
                    if rel is not None and "," in text[actor.end:omap[min(m.end(), len(omap) - 1)]]:
                        # gold 3: "The M23, which Congo, the United Nations and Western governments say is
                        # backed by Rwanda, took Goma": the subject before the relative clause took it (nor
                        # whom a description of the subject names: "The TNLA, one of the groups battling the
                        # military, seized Mogok")
                        main = [a for a in s_actors[:ai] if a.end <= rel.start()]
                        if not main:
                            continue
                        actor = main[-1]
                    if pid in _BY_AN_ARMED_SIDE and (actor.kind == "leader" or _PERSON_TITLE.match(actor.text)):
                        continue  # zon3: "President X raised the flag in Y": a ceremony, not a capture
                    if relation in ("took", "withdrew") and _NOT_ARMED.match(actor.name):
                        continue  # "Residents returned to Lalibela after the fighters left", "protesters
                        # marched into the square": nobody took it; "civilians have fled Ramadi": no side left it
                    if not actor.faction and is_generic_actor(actor.name):
                        # "the rebels", "militiamen": nobody in particular, whose zone would merge
                        # unrelated groups; reported, not drawn (unless the article names the side at that
                        # place: :func:`_name_unnamed_sides`)
                        start, end = omap[m.start()], omap[min(m.end(), len(omap) - 1)]
                        generic = Problem("W407", "zone", doc.id, text[start:end],
                                          Messages.W407.format(text=text[start:end], actor=actor.name), start, end)
                        doc.problems.append(generic)
                        if relation not in ("took", "holds") or not unnamed_side(actor.name):
                            continue
                        unnamed = generic
                    elif not actor.faction and not actor.country and unnamed_side(actor.name):
                        unnamed = None  # "Syrian rebels", "Turkish-backed fighters": drawn as told, unless named
                    else:
                        unnamed = False
                    # (a whole country taking or holding ground: its forces, as "Azerbaijani forces took ...")
                    faction = actor.faction or armed_states(doc).get(actor.name, actor.name)
                elif gd.get("nation"):
                    unnamed = False
                    # ev13: "now under Russian control": the state's forces, by its nationality word
                    iso = nation_iso().get(gd["nation"].lower())
                    if not iso:
                        continue
                    faction = state_forces_name(iso)
                elif gd.get("state"):
                    unnamed = False
                    faction = _state_by_role(doc, gd["state"], omap[m.start("state")], omap[m.end("state")], profile)
                elif gd.get("xname"):
                    unnamed = False
                    faction = (profile.faction_of(gd["xname"], doc.text[sent.start:sent.end], date=doc.published)
                               if profile is not None else None) or gd["xname"]
                else:
                    continue
                if not faction:
                    continue
                loc = self._y_location(doc, m, places, profile)
                if (gd.get("state") or gd.get("most")) and getattr(loc, "is_whole_country", False):
                    continue  # "Mali remains under military rule": the state governs its land, no front line; zon3:
                    # nor is "the Taliban control most of the country" one
                start, end = omap[m.start()], omap[min(m.end(), len(omap) - 1)]
                if relation in ("took", "holds") and (
                        _SHORT_HOLD.search(text, max(sent.start, start - 30), end)
                        or _UNDONE_AFTER.search(text, end, sent.end) or FIGHT_WENT_ON.search(text, end, sent.end)):
                    # "briefly took control of X before the army drove them out", "entered X, but fighting
                    # resumed": no lasting hold
                    doc.problems.append(Problem("W408", "zone", doc.id, text[start:end],
                                                Messages.W408.format(text=text[start:end]), start, end))
                    continue
                if (pid in _APPOSITIVE_HOLDS and gd.get("y")
                        and (pid != "x-held-y" or _JOINED_HELD.search(m.group(0)))
                        and _CAPTURED_BEFORE.search(text, sent.start, omap[m.start("y")])):
                    continue  # "X captured Lashio, the headquarters of the army's command": the former holder
                if pid in ("x-took-y", "x-withdrew-y") and (
                        (bare := _BARE_VERB.search(text, start, omap[m.start("y")] if m.start("y") >= 0 else end))
                        is not None and wished(text, bare.start(), sent.start)):
                    continue  # "demanded that Russian forces withdraw from Ukraine": not done
                if (relation == "took" and m.start("y") >= 0
                        and (_PEOPLE_AFTER.match(text, omap[min(m.end("y"), len(omap) - 1)])
                             or _BUILDING_AFTER.match(text, omap[min(m.end("y"), len(omap) - 1)]))):
                    continue  # "took London by surprise", "took Gao residents to hospital", "seizes Adigrat office":
                    # no place taken
                if (relation in ("took", "holds") and m.start("y") >= 0
                        and _LANDMARK_AFTER.match(text, omap[min(m.end("y"), len(omap) - 1)])):
                    continue  # zn: "captured the Ouagadougou conference centre", "hold the Mosul University campus": a
                    # building named after a place, not the place
                if (relation == "took" and m.start("y") >= 0
                        and _CITY_PART_AFTER.match(text, omap[min(m.end("y"), len(omap) - 1)])):
                    continue  # evb: "entered Mosul's old city", "seized the Sheikh Saeed district of Aleppo": a part
                    # of the city changed hands, not the city (the event stays, at the city)
                if pid == "y-held-by-x" and m.start("y") >= 0 and _HELD_TOWN_IN_BEFORE.search(
                        text, max(sent.start, omap[m.start("y")] - 60), omap[m.start("y")]):
                    continue  # audit 11: "the last city in Sudan's Darfur region still held by the army": the city
                if m.start("y") >= 0 and _MEDIA_AFTER.match(text, omap[min(m.end("y"), len(omap) - 1)]):
                    continue  # audit 11: "the Houthi-run SABA news agency": an outlet's name, no place held
                if (relation == "took" and loc is not None and getattr(loc, "precision", 1) >= 3 and m.start("y") >= 0
                        and _UNNAMED_TOWN_AFTER.match(text, omap[min(m.end("y"), len(omap) - 1)])):
                    # "Al-Shabaab takes Bakool town": a town of that region, unnamed; not the region
                    doc.problems.append(Problem("W404", "unplaced", doc.id, text[start:end],
                                                Messages.W404.format(text=text[start:end]), start, end))
                    continue
                if (pid in _RECALLED_TAKINGS and (verb := _TAKING_WORD.search(text, start, end)) is not None
                        and recalled_capture(text, verb.start(), verb.end(), sent.start, sent.end,
                                             [d.start for d in dates])):
                    continue  # "The RSF, which seized Um Ruwaba, did not comment": an earlier capture, day untold
                if relation == "took" and raid_entry(text, _verb_start(text, start, end), end, sent.start, sent.end):
                    continue  # "troops stormed Nablus during a raid": an incursion, no change of hands
                if relation == "took" and entered_to_fight(text, _verb_start(text, start, end), end, sent.end):
                    continue  # "M23 entered Sake and clashed with the militias": a fight there, no change of hands
                if relation == "took" and raid_on_civilians(text, start, end, sent.end):
                    continue  # "Boko Haram stormed Gwoza, killing 20 civilians": a raid (the event says so)
                if _CONDITION_BEFORE.search(text, max(sent.start, start - 60), start):
                    continue  # "If the RSF takes El Fasher, it will control ...": supposed, not done
                if hearsay(text, start, sent.start):
                    # "denied reports that Fano fighters had taken Lalibela", "Rumours that the rebels
                    # had entered Sittwe": a change of hands nobody confirms
                    doc.problems.append(Problem("W410", "zone", doc.id, text[start:end],
                                                Messages.W410.format(text=text[start:sent.end].strip()), start, end))
                    continue
                if relation == "took" and disputed(text, start, end, sent.start, sent.end):
                    # "the RSF claimed it had captured X, but the army denied it": no change of hands drawn
                    if loc is not None:  # (audit 8: nor in another sentence, the headline: below)
                        spans_in.setdefault("denied", set()).add((faction, getattr(loc, "name", None)))
                    if not any(pr.code == "W410" and pr.start is not None and sent.start <= pr.start < sent.end
                               for pr in doc.problems):  # the event told it already
                        doc.problems.append(Problem("W410", "zone", doc.id, text[start:end],
                                                    Messages.W410.format(text=text[start:sent.end].strip()), start, end))
                    continue
                if (relation in ("took", "holds") and loc is not None and area_part(loc) and m.start("y") >= 0
                        and settlement_in_area(text, omap[m.start("y")], omap[min(m.end("y"), len(omap) - 1)],
                                               sent.start)):
                    continue  # gold 9: "retake Cabo Delgado town", "the capital of X, which the army has held": a town
                y_at = places[int(_TOKEN.match(gd["y"]).group(2))] if gd.get("y") else None
                if (relation == "holds" and y_at is not None and m.start("y") == m.start()
                        and not text.startswith(",", y_at.end) and (
                            _THING_OF_BEFORE.search(text, max(sent.start, y_at.start - 40), y_at.start)
                            or ((pid in ("y-held-by-x", "y-in-hands-of-x") or gd.get("state"))
                                and _PLACE_AS_OBJECT_BEFORE.search(text, max(sent.start, y_at.start - 12), y_at.start)))):
                    # zon2: "the fate of Kherson is in the hands of ...", "talks in Doha were held by ...": the place is
                    # no subject (but for a clause of its own: "the capture of Sirte, which the LNA has held since")
                    continue
                if relation in ("took", "holds") and y_at is not None and (
                        road_to_place(text, y_at.start)
                        or (getattr(loc, "relation", "at") != "at" and unnamed_ground_before(text, y_at.start, sent.start))):
                    # evw: "captured the road to Bhamo", "holds the highway to X", "seize villages near X", "two
                    # outposts north of X fell to the rebels": ground near X taken, not X
                    continue
                if loc is None and (y_at is None or y_at.location is not None):
                    doc.problems.append(Problem("W404", "unplaced", doc.id, text[start:end],
                                                Messages.W404.format(text=text[start:end]), start, end))
                    continue
                made = len(out)
                told = dates
                if gd.get("rel"):  # "The M23, which Rwanda has backed since 2012, took Goma on Monday": not 2012
                    told = [d for d in dates if not omap[m.start("rel")] <= d.start < omap[m.end("rel")]]
                elif pid == "y-base-of-x":  # "Marib, the last stronghold of the government, has been shelled since
                    told = [d for d in dates if start <= d.start < end]  # 2020": the apposition's own time, not 2020
                if loc is not None:  # (a place not found is told already, W201)
                    out.append(self._claim(doc, sent, faction, relation, loc, start, end, pid, told, evidence))
                if (loc is not None and not gd.get("part") and (gd.get("dir") or (y_at is not None and _BARE_DIR.fullmatch(
                        text, y_at.start, y_at.end)))):
                    # "controls the north and east of Chad", "holds northern and eastern Chad": the second part too
                    out.extend(self._more_parts(doc, sent, faction, relation, out, made, y_at, (start, end), pid, told,
                                                evidence, places, profile))
                if relation in ("took", "withdrew", "holds") and y_at is not None and not gd.get("part") and m.end("y") == m.end():
                    out.extend(self._list_claims(doc, sent, faction, relation, loc, y_at, places, start, pid,
                                                 told, evidence))
                elif relation in ("took", "holds") and y_at is not None and m.start("y") == m.start():
                    out.extend(self._claim(doc, sent, faction, relation, item.location, item.start, end, pid, told,
                                           evidence) for item in _subject_list_before(text, y_at, places, sent.start))
                if unnamed is not False and relation in ("took", "holds"):
                    spans_in.setdefault("unnamed", {}).update((c.id, unnamed) for c in out[made:])
        return out

    def _more_parts(self, doc, sent, faction, relation, out, made, y_at, span, pid, dates, evidence, places,
                    profile) -> list:
        """The parts of an area joined to the part a claim is about: "the army controls the north and east of
        Chad", "rebels hold the south and the west of the country", "holds northern and eastern Chad": each part
        holds. ``out[made]`` is the first part's claim; when the last part names its area ("... and east of
        Chad"), the first part is drawn on that area too. A part the place reader did not read as a part of an
        area, or one not drawn, gives nothing more (nor does a part of another country than the first's)."""
        if len(out) <= made:
            return []
        text = doc.text
        start, end_m = span
        first = out[made]
        at = _DIR_WORD.search(text, y_at.start if y_at is not None else start, sent.end)
        if at is None:
            return []
        end = y_at.end if y_at is not None else at.end()
        first_pid = str(getattr(first.location, "place_id", "") or "")
        got, anchor = [], None
        while (mm := _AND_PART.match(text, end, sent.end)) is not None:
            ds, de = mm.span("dir")
            direction = _norm_direction(mm.group("dir"))
            direction = "central" if direction in ("centre", "center") else direction
            cover = next((q for q in places if q.location is not None and q.start <= ds < q.end), None)
            loc2 = None
            if cover is not None:
                qloc = cover.location
                qpid = str(qloc.place_id or "")
                iso = qpid[8:] if qpid.startswith("country:") else ""
                if qloc.relation == "part" or (qloc.relation == "at" and cover.start == ds):
                    loc2 = qloc  # "eastern Chad", "the west of the country", "West Darfur"
                elif qloc.relation == "offset" and iso and _OF_AFTER_DIR.match(text, de, cover.end):
                    # "east of Chad" after "the north and": a part of Chad, not the land east of it
                    anchor = country_location(doc, iso, lookup=self.country_lookup)
                    loc2 = self._part(doc, anchor, direction, profile) if anchor is not None else None
                if loc2 is not None and iso and anchor is None and qpid != first_pid:
                    anchor = country_location(doc, iso, lookup=self.country_lookup)
                end = cover.end
            elif not first_pid or first_pid.startswith("country:"):
                loc2 = self._part(doc, None, direction, profile)  # "the south and west (of the country)"
                if loc2 is not None and first_pid and str(getattr(loc2, "place_id", "") or "") != first_pid:
                    loc2 = None
                end = mm.end()
            if loc2 is None:
                break
            got.append(self._claim(doc, sent, faction, relation, loc2, start, end_m, pid, dates, evidence, at=(ds, de)))
        if got and anchor is not None and first_pid != str(anchor.place_id or ""):
            redrawn = self._part(doc, anchor, _norm_direction(at.group(0)), profile)
            if redrawn is not None:
                out[made] = self._claim(doc, sent, faction, relation, redrawn, start, end_m, pid, dates, evidence)
        return got

    def _list_claims(self, doc, sent, faction, relation, loc, y_at, places, start, pid, dates, evidence) -> list:
        """"captured Kurakhove and Velyka Novosilka", "withdrew from the towns of A, B and C": each
        place of the list changed hands (the list read as the events read it); audit 8: past names
        the gazetteer lacks, also when the list starts with one ("seized Walikale and Goma"); gold 9:
        each place of a list held ("the rebels still hold Goma and Bukavu")."""
        text = doc.text
        cs, ce = next(((a, b) for a, b in clauses_of(text, sent.start, sent.end) if a <= y_at.start < b),
                      (sent.start, sent.end))
        return [self._claim(doc, sent, faction, relation, item.location, start, item.end, pid, dates, evidence,
                            at=(item.start, item.end))
                for item in EventExtractor._more_objects(text, loc, [p for p in places if cs <= p.start < ce],
                                                         y_at.start, ce, lost=[])]

    def _claim(self, doc, sent, faction, relation, loc, start, end, pid, dates=(), evidence=None,
               at: tuple[int, int] | None = None) -> ControlClaim:
        """``at``: the span of a list's later place ("took A in May and B in June"), which its date
        is read next to and its id named by."""
        date = None
        d0, d1 = at if at is not None else (start, end)
        if dates:
            # a date after a relative clause opening tells that clause ("retook Kumba, which the separatists
            # had seized last week"), and so does one ending a "since" clause ("their first gain since the rebels
            # took up arms again in 2021")
            own = [d for d in dates if not (d.start >= d1 and (_RELATIVE_OPEN.search(doc.text, d1, d.start)
                                                               or dates_a_start_since(doc.text, max(d1, d.start - 80), d.start)))]
            # "The RSF said on Wednesday it had captured Bara on Monday": the day it was told only bounds the
            # capture's, when the sentence gives the capture a day of its own
            own = [d for d in own if _SAID_BEFORE_DATE.search(doc.text, max(0, d.start - 60), d.start) is None] or own
            if own:
                # "regained Tera after fighting on Tuesday and Wednesday": the fight's last day, as the event's
                best = (_fight_last_day(doc.text, dates, d1, min(sent.end, d1 + 100))
                        or min(own, key=lambda d: (0 if d0 <= d.start < d1 + 40 else 1, abs(d.start - d0))))
                date = best.date
        if date is None:
            # "A year after Russian forces withdrew from Kherson, the city is ...": a year before
            date = elapsed_date(doc.text, start, sent.start, doc.published) or publication_date(doc)
        if date is None:
            doc.problems.append(Problem("W405", "undated", doc.id, doc.text[start:end],
                                        Messages.W405.format(text=doc.text[start:end]), start, end))
        return ControlClaim(
            id=fact_id(doc.id, "c", d0, f"{pid}|{faction}|{relation}"),
            doc_id=doc.id,
            faction=faction,
            relation=relation,
            location=loc,
            date=date,
            evidence=(evidence or doc.evidence)(start, end),
            # a hold told in the present ("which al-Shabaab has held since 2019") is no history, whenever it began
            background=(date is not None and (_is_background(date, doc.published, False)
                                              or (relation == "took" and year_counted_back(date, doc.published)))
                        and not (relation == "holds" and _PRESENT_HOLD.search(doc.text, start, end) is not None)
                        and not (date.precision == "day" and timeline_told(doc, start))),
        )

    def _y_location(self, doc: Document, m: re.Match, places, profile) -> Any:
        gd = m.groupdict()
        if gd.get("y"):
            place = places[int(_TOKEN.match(gd["y"]).group(2))]
            loc = place.location
            if gd.get("part"):
                return self._part(doc, loc, _norm_direction(gd["part"]), profile)
            return loc
        if gd.get("dir"):
            return self._part(doc, None, _norm_direction(gd["dir"]), profile)
        return None

    def _part(self, doc: Document, anchor: Any, direction: str, profile) -> Any:
        """The ``direction`` part of ``anchor`` (default: the article's country)."""
        country = country_location(doc, lookup=self.country_lookup)
        is_country = anchor is None or (
            country is not None and getattr(anchor, "place_id", None) == getattr(country, "place_id", "")
        )
        if anchor is None:
            anchor = country
        if is_country and profile is not None and (anchor is None or getattr(anchor, "country", "") in profile.countries
                                                   or doc.focus_country in profile.countries):
            region = profile.region(direction)
            if region is not None and region.region_id:
                loc = _region_location(region.region_id, region.name)
                if loc is not None:
                    return loc
        if anchor is None:
            return None
        try:
            from geo.shapes import cardinal_part
        except Exception:
            return None
        try:
            return cardinal_part(anchor, direction)
        except (TypeError, ValueError):
            return None


#: zon2: what may open a sentence whose subject is a list of places ("The state capital Sittwe and Manaung remain
#: ...", "The city of Kabul and Jalalabad are ..."): a few words, no preposition or verb among them ("Troops
#: withdrew from Kabul, and Jalalabad remains ...": no list).
_SUBJECT_LIST_OPEN = re.compile(r"\s*(?:(?:but|yet|meanwhile|now|today)\s*,?\s+)?(?:the\s+)?"
                                r"(?:(?!(?:in|at|on|from|near|to|for|into|towards?|around|outside|between|with|by|about|over|"
                                r"after|before|of|and|or|as|than|while|since)\b)[a-z][\w\-]*\s+){0,3}"
                                r"(?:(?:city|cities|town|towns|port|villages?)\s+of\s+)?", re.I)


def _subject_list_before(text: str, y_at: Any, places, sent_start: int) -> list:
    """zon2: the places listed before ``y_at`` as the subject of a hold or a fall told after them ("Kabul,
    Mazar-i-Sharif and Jalalabad remain in government hands", "Sittwe and Manaung remain under military control"):
    each is held (or taken) too. A list needs an "and" and must open its sentence (a few words before it, no
    preposition: "fighting in Kabul and Jalalabad is ..." lists no subject)."""
    before = sorted((p for p in places if p.end <= y_at.start), key=lambda p: p.start)
    items, cur, anded = [], y_at, False
    for p in reversed(before):
        sep = _AND_PLACE.fullmatch(text, p.end, cur.start)
        if sep is None:
            break
        anded = anded or "and" in sep.group(0) or "well" in sep.group(0)
        items.append(p)
        cur = p
    if not items or not anded or not _SUBJECT_LIST_OPEN.fullmatch(text, sent_start, cur.start):
        return []
    return [p for p in reversed(items) if p.location is not None]


#: zon: how many days apart a side told only by what it is and the side named at that place may act to be one
#: (a headline's "Syrian rebels capture Hama" and "fighters of HTS drove through the square" the next day).
_SAME_SIDE_DAYS = 14


def _name_unnamed_sides(doc: Document, claims: list, unnamed: dict, actors, profile: Any) -> list:
    """zon: "Syrian rebels captured Hama ... The rebels now control the city" told beside "fighters of Hayat Tahrir
    al-Sham drove through the square", "police withdrew from Mirebalais, leaving the town under the control of the
    gangs" after "Viv Ansanm gangs attacked Mirebalais": a side told only by what it is (``unnamed``: claim id ->
    its W407 problem, or None when it was drawn under its description) that took or holds a place is the one
    non-state side the article names taking, holding or fighting at that place within :data:`_SAME_SIDE_DAYS`
    (an event's sides and those its sentence names; not a side named in the claim's own sentence, "seize Manbij
    from the SDF": another; two sides named there: nobody in particular). Its claim, and its
    capture events there, take that side's name (one zone, not two sides contesting one town). A common noun
    no side can be found for ("the rebels") still holds nothing (its W407 stands)."""
    states = {f.id for f in profile.factions if f.kind == "government"} if profile is not None else set()
    named = {a.faction or a.name for a in actors
             if (a.kind == "group" or (a.kind in ("alias", "leader") and a.faction and a.faction not in states))
             and not unnamed_side(a.name)}
    if not named:
        return [c for c in claims if unnamed.get(c.id) is None]

    def place(loc: Any) -> Any:
        return getattr(loc, "place_id", None) or getattr(loc, "name", None)

    starts = [s.start for s in doc.sentences]

    def sides_told(evidence: Any) -> set:
        """The sides named in the sentence of ``evidence`` (an event's other actors, "the Gran Grif gang and the
        Viv Ansanm coalition attacked X", whose event names one)."""
        if evidence is None or not starts:
            return set()
        sent = doc.sentences[bisect_right(starts, evidence.start) - 1]
        return {a.faction or a.name for a in actors if sent.start <= a.start < sent.end}

    doings = [(c.faction, place(c.location), c.date.start) for c in claims
              if c.id not in unnamed and c.relation in ("took", "holds") and not c.background and c.date is not None]
    doings += [(side, place(ev.location), ev.date.start) for ev in doc.events  # (an actor's name is its faction's)
               if ev.location is not None and ev.date is not None and not ev.planned and not ev.background
               and getattr(ev.location, "precision", 3) <= 2
               for side in {ev.actor1, ev.actor2} | sides_told(ev.evidence)]
    out = []
    for c in claims:
        if c.id not in unnamed:
            out.append(c)
            continue
        generic = unnamed[c.id]
        others = sides_told(c.evidence)
        here = {f for f, where, day in doings
                if f in named and f not in others and where == place(c.location) and c.date is not None
                and abs((day - c.date.start).days) <= _SAME_SIDE_DAYS}
        if len(here) != 1:
            if generic is None:
                out.append(c)  # drawn as told
            continue
        side = here.pop()
        old, c.faction = c.faction, side
        if generic is not None and generic in doc.problems:
            doc.problems.remove(generic)
        for ev in doc.events:  # its capture there, replayed by the zones too, is the named side's
            if ev.actor1 == old and ev.sub_event_type in _TAKINGS and place(ev.location) == place(c.location):
                ev.actor1 = side
        out.append(c)
    return out


def _drop_denied_elsewhere(claims: list, denied: set) -> list:
    """audit 8: "RSF says it captured Bara; army says it repelled attack" (a headline), then "The RSF
    said they had taken control of Bara, an account the army rejected": a capture the article
    says is disputed is disputed wherever it tells it; no zone for it from another sentence."""
    return [c for c in claims if not (c.relation == "took" and (c.faction, getattr(c.location, "name", None)) in denied)]


#: audit au10: how many days before the publication day the body may tell the change of hands its headline tells
#: (a week: "on Monday" in Friday's paper is four days back; the events' echoes reach as far).
_ECHO_DAYS = 7


def _claims_of_event_takings(doc: Document, profile: Any, claims: list) -> list:
    """The change of hands of each capture no pattern here reads, which :mod:`reading.events` lists: one nobody
    fought for (``doc.user_data["taken_unopposed"]``, retyped a non-violent transfer: "army units retook Um Rawaba
    after the RSF withdrew without a fight" is the army's, and the zones draw none from a transfer) and one told
    with a pronoun or as a gerund after another capture (``doc.user_data["taken_it"]``: "Rebels overran Bulo Burde.
    Troops retook it on Monday.", "JNIM entered Lere after taking Niono"). Its
    faction is read as a named side's in the patterns; none when a claim of the sentence already tells it."""
    unopposed, pronoun = doc.user_data.get("taken_unopposed", set()), doc.user_data.get("taken_it", set())
    have: dict[tuple, set] = {}
    for c in claims:
        have.setdefault((c.relation, getattr(c.location, "name", None), c.evidence.sentence if c.evidence else ""),
                        set()).add(c.faction)
    out = []
    for ev in doc.events:
        e = ev.evidence
        if (ev.id not in unopposed and ev.id not in pronoun) or not ev.actor1 or ev.location is None \
                or ev.location_note or e is None:
            continue
        faction = ((profile.faction_of(ev.actor1, e.sentence, date=doc.published) if profile is not None else None)
                   or armed_states(doc).get(ev.actor1, ev.actor1))
        told = have.get(("took", ev.location.name, e.sentence))
        if told is not None and (ev.id in unopposed or faction in told):
            continue  # ("The army retook Bara on Monday, but the RSF recaptured it": the army's is read, not the RSF's)
        out.append(ControlClaim(id=fact_id(doc.id, "c", e.start, f"{getattr(ev.location, 'place_id', '')}|{faction}|took"),
                                doc_id=doc.id, faction=faction, relation="took", location=ev.location, date=ev.date,
                                evidence=e, background=ev.background))
    return out


def _date_takings_as_their_events(doc: Document, claims: list) -> None:
    """lead: a capture the claim could date only by the publication day ("Two days earlier, the RSF seized Bara",
    "Days earlier, ...") takes the day its event was given from the article's context (lags and days told before),
    so that the zone changes hands on the day its marker says, not on the day the report came out."""
    told = {}
    for ev in doc.events:
        if (ev.evidence is not None and ev.location is not None and ev.date is not None
                and ev.date.basis != "publication" and "territory" in ev.sub_event_type):
            told.setdefault((ev.evidence.sentence, getattr(ev.location, "place_id", None)), ev)
    if not told:
        return
    for c in claims:
        if c.relation != "took" or c.date is None or c.date.basis != "publication" or c.evidence is None:
            continue
        ev = told.get((c.evidence.sentence, getattr(c.location, "place_id", None)))
        if ev is not None:
            c.date, c.background = ev.date, ev.background


def _drop_headline_denied(doc: Document, claims: list, actors) -> list:
    """A headline's capture ("Azerbaijani forces take Shusha") the body tells as denied or unconfirmed
    ("... said his troops had entered Shusha. Armenia denied the town had fallen."): the events read the
    body's capture as fighting (W410) even where it names no side control reads; the headline's claim of
    that place goes too, unless the body's capture names another side. Reported like the body's (W410)."""
    text, end = doc.text, len(doc.title)
    if not text.startswith(doc.title):
        return claims
    told = {pr.start for pr in doc.problems if pr.code == "W410" and pr.start is not None and pr.start >= end}
    sides = {a.name: a.faction for a in actors if getattr(a, "faction", None)}
    denied = [(ev.actor1, ev.location.name) for ev in doc.events
              if ev.evidence is not None and ev.evidence.start in told and ev.location is not None]
    if not denied:
        return claims
    out = []
    for c in claims:
        if (c.relation == "took" and c.evidence is not None and c.evidence.start < end
                and any(name == getattr(c.location, "name", None) and (not side or c.faction in (side, sides.get(side)))
                        for side, name in denied)):
            doc.problems.append(Problem("W410", "zone", doc.id, text[c.evidence.start:c.evidence.end],
                                        Messages.W410.format(text=doc.title.strip()), c.evidence.start, c.evidence.end))
            continue
        out.append(c)
    return out


def _drop_headline_echoes(doc: Document, claims: list) -> list:
    """audit au10: "Tigrayan forces retake Mekelle as Ethiopian troops withdraw" (the headline, dated by the
    publication day), then "Fighters of the Tigray Defence Forces entered Mekelle on Monday": the change of
    hands the body tells with its day, whatever name it gives the side; the headline's claim goes (it drew a
    second zone from the next day, of a side named otherwise). The body may tell it as a territory event
    only ("Forces of the X administration took control of the town of Y on Monday", read as no claim), one
    with a side named (one naming nobody draws no zone: "the army said 'terrorists' had entered the city")."""
    text = doc.text
    if not text.startswith(doc.title):
        return claims
    end = len(doc.title)
    body = [(c.relation, getattr(c.location, "name", None), c.date.start) for c in claims
            if c.evidence is not None and c.evidence.start >= end and c.date is not None]
    body += [("took", ev.location.name, ev.date.start) for ev in doc.events
             if ev.sub_event_type in _TAKINGS and ev.actor1 and ev.location is not None and ev.date is not None
             and ev.date.basis != "publication" and not ev.planned and not ev.background
             and ev.evidence is not None and ev.evidence.start >= end]
    out = []
    for c in claims:
        if (c.evidence is not None and c.evidence.start < end and c.date is not None and c.date.basis == "publication"
                and any(rel == c.relation and name == getattr(c.location, "name", 0)
                        and 0 <= (c.date.start - day).days <= _ECHO_DAYS for rel, name, day in body)):
            continue
        out.append(c)
    return out


def _unplaced_names(in_sent, sent: Sentence) -> list:
    """audit 8: the place mentions of ``sent`` the gazetteer lacks, read as places but not found
    ("Walikale"), capitalised."""
    return [m for m in in_sent if m.location is None and m.role == "location" and sent.start <= m.start
            and m.end <= sent.end and m.text[:1].isupper()]


def _region_location(region_id: str, name: str) -> Any:
    """A Location (precision 3) for a named region of :mod:`geo.boundaries`."""
    try:
        from geo.boundaries import region_rows, region_shape
        from geo.location import Location
    except Exception:
        return None
    geom = region_shape(region_id)
    if geom is None or geom.is_empty:
        return None
    pt = geom.representative_point()
    country = next((r.get("country", "") for r in region_rows() if r["id"] == region_id), "")
    return Location(name=name, geometry=geom, lat=pt.y, lon=pt.x, precision=3, relation="at",
                    place_id=region_id, country=country)
