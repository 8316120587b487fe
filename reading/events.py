"""What happened: events per sentence, typed with ACLED's taxonomy.

Triggers are data (``reading/patterns/events.json``): each names an ACLED
``event_type``/``sub_event_type``. For every trigger the extractor reads, from
the same clause or sentence, who acted (``doc.user_data["actors"]`` from
:mod:`reading.actors`), when (the closest resolved date mention, else the
publication date), where (the closest place mention, else the article's
country at ``precision`` 3 with a note: never a made-up point), how many died
when stated, and whether it is planned (future, scheduled, threatened) or
background history (a year long before publication).

Words inside direct quotations are not read as events: they are statements,
and the statement itself is what a reader can cite.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, Callable

from reading.actors import DATELINE_REACH, INSURGENT_WORD, UNIDENTIFIED_GROUP, armed_states, in_quotation
from reading.blog_stamps import STAMP_LINE, day_headings, entry_day, heading_end, stamp_days
from reading.dates import filed_day
from reading.document import Document, Event, FactDate, Problem, Sentence
from reading.memos import text_memo
from reading.messages import Messages
from reading.prefilter import LiteralGate, Located as _Located, fold, folded_twin, prefilter
from reading.spans import SpanIndex, by_sentence
from reading.toponyms import OWNER_NAME, SUBJECT_VERB_GAP

__all__ = [
    "EventExtractor",
    "EVENT_PATTERNS",
    "VIOLENT_TYPES",
    "fatalities_in",
    "quote_spans",
    "clauses_of",
    "country_location",
    "publication_date",
    "fact_id",
]

#: Trigger patterns and cues (data).
EVENT_PATTERNS = Path(__file__).with_name("patterns") / "events.json"

#: Event types for which a death toll is read.
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")

# A stray opening quote runs to the end of its paragraph, not of the article.
_QUOTES = re.compile(r"“[^”]*?(?:”|(?=\n\s*\n)|$)|\"[^\"\n]*\"")
#: gold 14: a post's stamp opening its line, up to the quotation it introduces: who posted and when, a day or a
#: clock time in it ("Military Operations Command, 27 November, 06:40: “...", "SAF spokesman, statement, 2 May: “...").
_POST_STAMP = re.compile(r"^[A-Z][^\n:“\".!?]{1,80},[^\n“\".!?]{0,40}?\d[^\n“\".!?]{0,20}?:[ \t]*(?=[“\"])", re.M)
#: (evg: and a second reported clause, "the army said soldiers had killed five militants and that the convoy had
#: reached Bamako": what the convoy did is not where the militants died)
_CLAUSE_MARK = (r";|:\s|\s[–—]\s|,\s+(?=(?:while|whereas|as\s+well\s+as\s+when)\s)|\s(?=whereas\s)"
                r"|,?\s+(?:and|but)\s+(?=that\s+(?!(?:is|was|are|were|has|had|have|will|would|could|might)\b)"
                r"(?:the|a|an|its|his|her|their|some|several|[A-Z\d])[^.;:!?]{0,60}?\b(?:had|has|have|was|were|is|are|"
                r"would|will|could)\s)")
_CLAUSE = re.compile(_CLAUSE_MARK +
                     # "..., a day after a drone attack on Kupiansk": an earlier event, told with its own place
                     # ("The attack came a day after ...": the event named again, then the earlier one)
                     # (or right after the day of the clause before: "captured Goma on Monday a day after seizing Bukavu")
                     r"|(?:,|(?<=\scame)|(?<=\soccurred)|(?<=\shappened)|(?<=\stook\splace)|(?<=\sMonday)|(?<=\sTuesday)"
                     r"|(?<=\sWednesday)|(?<=\sThursday)|(?<=\sFriday)|(?<=\sSaturday)|(?<=\sSunday))\s+"
                     r"(?=(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d{1,2})\s+)?"
                     r"(?:hours?|days?|weeks?)\s+(?:after|before)\s)")
#: What _CLAUSE's last branch (a lag) needs after it; where it is not, _CLAUSE_MARK alone splits the same, much
#: faster (the branch's look-behinds are tried at every character).
_LAG_WORDS = re.compile(r"(?:hours?|days?|weeks?)\s+(?:after|before)\s")
_CLAUSE_NO_LAG = re.compile(_CLAUSE_MARK)
#: What every match of _CLAUSE holds ("while", "whereas", "when" hold "whi" or "whe"; "after", "before" "fter", "efor";
#: "and that", "but that" "d that", "t that").
_CLAUSE_CUES = (";", ":", "–", "—", "whi", "whe", "fter", "efor", "d that", "t that")
#: A clause told as a lag from the one before ("a day after a drone attack on Kupiansk", "hours before an ambush").
_LAG_OPENING = re.compile(r"(?:(?P<n>a|an|one|two|three|four|five|six|seven|several|a\s+few|\d{1,2})\s+)?"
                          r"(?P<unit>hour|day|week)s?\s+(?P<dir>after|before)\s", re.I)
_CLAUSE_CUE = re.compile("|".join(map(re.escape, _CLAUSE_CUES)))  # one of them (one C-level search)
_YEARISH_TOLL = re.compile(r"people|killed|dead", re.I)
_WILL_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}(?:will|is\s+scheduled|is\s+planned|is\s+due"
                         # awaited: "an assault on the city is expected within days"
                         r"|(?:is|are)\s+(?:now\s+|also\s+|widely\s+|still\s+)?expected"
                         # what may be done, not what was: "air strikes can be called on bunkers" (not "could be
                         # heard": what could be heard happened)
                         r"|(?:can|may|might)\s+(?:also\s+|still\s+|now\s+|easily\s+)?be\s+(?:called|used|ordered|launched|"
                         r"carried\s+out|conducted|directed|sent)"
                         # what a weapon is able to do: "its artillery can still reach Kherson" (a threat, no act)
                         r"|(?:can|could)\s+(?:also\s+|still\s+|now\s+|easily\s+)?(?:reach|hit|strike|target))\b", re.I)
#: A possibility right before the trigger: "the RSF may attack El Fasher", "rebels could seize the town"
#: (an adverb between at most; "they could hear shelling" is what they heard, not a possibility).
#: (not the month: "3 May attacked", "in May attacked", "mid-May attacked", CrisisWatch's telegraphic dates)
#: A fear is one too: "analysts fear the militia seize more ships", "residents feared that gunmen attack again"
#: (its subject of one to three words right before the trigger; not "feared dead after gunmen attacked",
#: "fled in fear as troops shelled": a told act after a link word; nor the adjective, "the much-feared militia attacked").
_MAY_BEFORE = re.compile(r"(?<!\d\s)(?<!\bin\s)(?<!-)\b(?:may|might|can|could)\s+(?:(?:also|still|soon|now|easily|even|then|quickly|again|yet)\s+)?$"
                         r"|(?<!-)(?<!\bthe\s)(?<!\ba\s)(?<!much\s)(?<!most\s)(?<!widely\s)\bfear(?:s|ed|ing)?\s+(?:that\s+)?(?:(?!(?:dead|killed|missing|drowned|kidnapped|abducted|lost|"
                         r"to|as|after|when|while|because|since|and|but|or|of|for|in|on|at|by|amid|that|over|about)\b)"
                         r"[\w'’\-]+\s+){1,3}$", re.I)
_LINK = re.compile(r"\s*(?:[\w\-]+\s+){0,3}?(?:by|between|against|on|with|from|targeting|of|and)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                   re.IGNORECASE)
_BETWEEN = re.compile(r"\s*between\b", re.I)
#: The trigger is inside a relative clause: ", which Russia captured", ", which it had seized".
_IN_RELATIVE = re.compile(r",\s*(?:which|that|whom|where)\s+[^,;:]*$", re.I)
_KILLED = re.compile(r"\bkill(?:ed|ing)\b", re.I)
#: "a" counts one only after a verb of killing ("killed a soldier", "shot dead a chief"), not "leaving a dozen".
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
                           r"June|July|August|September|October|November|December)\.?\s+$")
_AGED_ONE = re.compile(r"\d-year-old\s")  # "killing a 23-year-old man": one
_KILLED_ONE = re.compile(r"\b(?:killed|shot\s+dead|executed|beheaded|murdered|gunned\s+down|massacred"
                         r"|(?:stabbed|hacked|beaten|burned|burnt)\s+to\s+death)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:The|This|That|These|Those)\s+(?:(?:heavy|heavier|latest|renewed|fresh|deadly|"
                              r"overnight|same|ensuing|subsequent|fierce|intense)\s+)?$")
#: Before a trigger: "since" makes it a past fact recalled ("since it captured Bakhmut in May last year").
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:it|they|he|she|the\s+\w+|\w+)\s+(?:had\s+)?$", re.I)
_SINCE_PRONOUN = re.compile(r"\bsince\s+(?:it|they|he|she)\s+(?:had\s+)?$", re.I)
#: After a date: a vote or a meeting it names ("a disputed October election", "the March 9 runoff", "the 2023
#: census"): that thing's date, not that of an event told around it.
_VOTE_NAMED_AFTER = re.compile(r"\s+(?:(?:presidential|parliamentary|general|legislative|local|municipal|regional|"
                               r"snap|disputed|contested)\s+)?(?:elections?|polls?|votes?|voting|referendum|ballot|"
                               r"run-?offs?|summit|census|budget)\b", re.I)
#: A relative clause opening ("The RSF, which held most of Khartoum, Omdurman and Bahri for two years, withdrew"), or a
#: phrase that says where a side sits ("The LNA, based in Benghazi, launched an offensive on Tripoli"): its places
#: are not the event's.
_RELATIVE_SPAN = re.compile(r",\s*(?:which|who|whose|(?:based|stationed|headquartered|garrisoned|entrenched)\s+(?:in|at|around|near))\s")
#: A clause's subject before "marched" that is a military body ("Royal Marines", "Hundreds of troops"): soldiers
#: marching, no protest (not "Relatives of soldiers marched": the words before the body hold no "of") ...
_MARCHERS = re.compile(r"\s*(?:(?:the|some|hundreds\s+of|thousands\s+of|dozens\s+of|about\s+\d[\d,]*|\d[\d,]*)\s+)?"
                       r"(?:(?!(?:of|for|and|with)\b)[\w'’\-]+\s+){0,2}?(?:troops|soldiers|marines|cadets|paratroopers|"
                       r"commandos|units|battalions?|regiments?|brigades?|guardsmen|guards|servicem[ae]n|servicewomen|"
                       r"sailors|airmen|recruits|legionnaires|infantry(?:men)?|contingents?|columns?|forces|army)\s+"
                       r"(?:(?:also|then|later|\w+ly)\s+)?", re.I)
#: ... unless the sentence says what they demand or oppose ("soldiers marched on the ministry demanding unpaid wages").
_PROTEST_AIM = re.compile(r"\b(?:demand\w*|protest\w*|against|call(?:ing|ed)?\s+for|chant\w*|denounc\w*|condemn\w*|"
                          r"in\s+support\s+of|in\s+solidarity|unpaid|wages|salar(?:y|ies)|pay)\b", re.I)
#: A change of hands told as a noun ("the fall of Kenscoff to the gangs", "the capture of Uvira by M23": ev21) ...
_NOUN_FALL = re.compile(r"(?:fall|(?:re)?capture|seizure|takeover)\s+of\s", re.I)
#: ... feared, warned of or prevented, not told as done ("fears of the fall of", "to prevent the capture of") ...
_FEARED_BEFORE = re.compile(r"\b(?:fear|warn|prevent|avert|avoid|stave|risk|threat|danger|possib|potential|imminent|impending|"
                            r"looming|stop|halt|resist)\w*\b[^.;:!?]{0,30}$", re.I)
#: ... or supposed ("the capture of Uvira by M23 would cut the road to Burundi"; evf: not the month, "on 3 May opened").
_WOULD_SOON = re.compile(r"[^.;:!?,]{0,60}?\b(?:would|could|might|(?-i:may)|will)\s", re.I)
#: A place that fell with no side after the verb ("Ghazni fell on Thursday, ..."): the place is the clause's subject,
#: maybe after its description ("the provincial capital of", ", 150 km southwest of Kabul,") or an adverb ("also") ...
_FALLEN_SUBJECT_BEFORE = re.compile(r"\s*(?:(?:but|and|then|on\s+\w+|by\s+\w+|later|finally)\s*,?\s+)?(?:the\s+(?:[\w\-]+\s+){0,2}?"
                                    r"(?:town|city|village|capital|port|base|stronghold|hub)\s+of\s+)?", re.I)
#: evg: a phrase set off by commas after a place, to its closing comma ("Bukavu, the second city of the east,",
#: "Ghazni, a city of 270,000 people,"): at most 80 characters and no sentence or clause mark, but a number's thousands
#: comma. Shared by the events (a place that fell, the subject of "fell") and the claims
#: (``control._INSERTED_AFTER_PLACE``, a place held or taken), which differ only by how it may open: the claims read
#: the sentence with its places as tokens, and no clause of its own ("Kherson, which Russia took in March, was
#: retaken": its day is not the claim's).
INSERTED_PHRASE = r"(?:[^,;.:!?()\u2014]|,(?=\d{3}(?!\d))){1,80}?,"
_FALLEN_SUBJECT_AFTER = re.compile(r"(?:\s*," + INSERTED_PHRASE + r")?\s+"
                                   r"(?:(?:also|finally|eventually|then|later|quickly|soon|itself|too)\s+)?", re.I)
#: ... and its taker told after the day ("fell on Thursday to the Taliban", "fell on Thursday, putting the Taliban
#: in control of the highway") ...
_FALLEN_TO_AFTER = re.compile(r"(?:\s+(?:on|early|late|overnight|last|this|yesterday)(?:\s+(?!to\b)[\w\-]+){0,2})?\s*,?\s+"
                              r"(?:to|into\s+the\s+hands\s+of)\s+(?:the\s+)?", re.I)
_FALLEN_PUTTING = re.compile(r"[^.;:!?]{0,60}?,\s*(?:putting|leaving|placing|bringing|handing|giving)\s+(?:the\s+)?", re.I)
_IN_CONTROL = re.compile(r"\s+(?:in\s+|into\s+)?(?:full\s+|effective\s+|firm\s+)?control\b", re.I)
#: ... or in the sentence before, where a side went into it ("Taliban fighters pushed into the city on Wednesday.").
_WENT_INTO = re.compile(r"\b(?:(?:pushed|moved|stormed|swept|marched|rolled|broke|poured|advanced)\s+(?:deep(?:er)?\s+|further\s+)?"
                        r"into|entered|encircled|surrounded|besieged|closed\s+in\s+on|reached\s+the\s+(?:outskirts|centre|center|gates))\b", re.I)


def _fallen_taker(doc: Document, ts: int, te: int, sent_start: int, sent_end: int, s_actors, told: list,
                  actors_in) -> Any:
    """Who took the place that "fell" with no side after the verb ("Ghazni fell on Thursday"), as an analyst
    reads it: the side told after the day ("..., putting the Taliban in control"), else the side that went into
    it in the sentence before ("Taliban fighters pushed into the city"), else the side of a capture told just
    before ("Lashkar Gah also fell on Friday" after the Taliban took Kandahar); None when no side is told
    ("Prices fell on Monday", "the government fell": no place fell, nothing taken)."""
    text = doc.text
    for a in s_actors:
        if a.start < te or a.kind == "country":
            continue
        if _FALLEN_TO_AFTER.fullmatch(text, te, a.start) or (
                _FALLEN_PUTTING.fullmatch(text, te, a.start) and _IN_CONTROL.match(text, a.end)):
            return a.name
    starts = [s.start for s in doc.sentences]
    i = bisect_right(starts, sent_start) - 2
    if i >= 0:
        prev = doc.sentences[i]
        if "\n\n" not in text[prev.end:sent_start] and (went := _WENT_INTO.search(text, prev.start, prev.end)):
            sides = [a for a in actors_in(prev.start, went.start()) if a.kind != "country"]
            named = [a for a in sides if a.kind != "generic"]  # "Rebels from the M23 group entered": M23
            if named or sides:
                return (named or sides)[-1].name
    taken = [o for o in told if "territory" in o.sub_event_type and o.actor1 and not o.background
             and o.evidence is not None and 0 <= ts - o.evidence.start <= 900]
    return taken[-1].actor1 if taken else None


def _reported_after(text: str, clauses: list, ts: int) -> int | None:
    """evg: where the things reported after the one that holds ``ts`` begin, when a teller reports two or more
    ("the army said soldiers had killed five militants and that the convoy had reached Bamako": its clauses split at
    "and that"), else None. What is reported after an act does not place it; what was told before it, or the
    teller's words, may ("said its jets struck positions around Fao and that the counter-attack was making
    progress": the fight at Fao)."""
    return next((a for a, _ in clauses[1:] if a > ts and text.startswith("that", a)), None)


def _outside(text: str, places: list, rels, ts: int) -> list:
    """``places`` without those inside a relative clause before the trigger at ``ts``: from its
    opening to the last comma before the trigger (the clause may hold a list of places)."""
    if not rels or not places:
        return places
    out = places
    for a in rels:
        if a >= ts:
            continue
        last = text.rfind(",", a + 1, ts)
        if last > a:
            out = [m for m in out if not a <= m.start < last]
    return out


#: A sentence opening that keeps the time of the one before ("Hours later, ...", "That night, ...").
_SAME_TIME_START = re.compile(r"\s*(?:(?:Hours|Minutes|Moments|Shortly)\s+(?:later|after(?:wards)?|earlier|before)|Later\s+(?:that|the\s+same)\s+"
                              r"(?:day|night|evening|morning)|(?:That|The\s+same)\s+(?:day|night|evening|morning|afternoon)|"
                              r"At\s+the\s+same\s+time|Soon\s+after(?:wards)?|"
                              # gold 5: "During the fighting, the military's jets bombed ...": the fight told before
                              r"During\s+the\s+(?:fighting|battle|clashes|assault|attack|offensive|raid|siege))\b")
#: Anywhere in a sentence with no date of its own: the day of the event told before it, or the one after
#: or before it ("bombed Wetlet the same day", "in the ensuing exchange of fire", "a day later").
_SAME_DAY_ANY = re.compile(r"\b(?:the\s+same\s+(?:day|night|evening|morning|afternoon)|later\s+that\s+(?:day|night|evening)|"
                           r"that\s+same\s+(?:day|night)|(?:ensuing|subsequent)\s+(?:exchange|clash(?:es)?|gunfights?|"
                           r"firefights?|fighting|battle|shoot-?outs?|gun\s+battle))\b", re.I)
#: After "before"/"after" in a lag told as an adverb ("Two days before, ...", "a day after the attack"): it
#: counts from the event told before (not from a date named after it, "two days before the election").
_LAG_ADVERB = (r"(?=\s*[,.;]|\s+(?:that|this|the\s+(?:[\w\-]+\s+)?(?:attacks?|assaults?|ambush|raids?|massacre|"
               r"killings?|blasts?|bombings?|strikes?|clashes|fighting|shelling|incident)\b))")
_NEXT_DAY = re.compile(r"\b(?:a\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|night)|the\s+day\s+after|"
                       r"a\s+day\s+after" + _LAG_ADVERB + r")\b", re.I)
_PREV_DAY = re.compile(r"\b(?:a\s+day\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+(?:day|night|evening)|"
                       r"the\s+(?:day|night)\s+before)\b", re.I)
#: A sentence opening on a definite noun phrase ("The bandits, who came in large numbers, ..."): the one told before.
#: A round-up's item by place: "In Poonch, ...".
_IN_PLACE_START = re.compile(r"\s*In\s+(?P<p>(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+)?),\s")
#: gold 11: a sentence opening on years gone by ("For seven years, ...", "Over two decades, ...", "Before the war, ...").
_YEARS_LONG_START = re.compile(r"\s*(?:(?:For|Over|During)\s+(?:(?:more\s+than|nearly|almost|some|about)\s+)?"
                               r"(?:\w+|\d+)\s+(?:years|decades)|Before\s+the\s+(?:war|coup|revolution|uprising))\b")
#: Around a trigger: the past perfect ("had bombed", "had been shelled").
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]")
#: gold 11: a sentence in which the speaker of the sentence before goes on ("He said troops killed three attackers",
#: "She added that ..."): no date or place of its own, those of what was told.
_SPEAKER_GOES_ON_START = re.compile(r"\s*(?:He|She|They)\s+(?:also\s+)?(?:said|added|says|adds)\b")
#: evl: a sentence opening on a side's account ("The army said it had neutralised 15 militants"): with no place of
#: its own, right after a fight, it tells that fight's toll as that side counts it.
_SIDE_ACCOUNT_START = re.compile(r"\s*The\s+(?:army|military|armed\s+forces|(?:defen[cs]e\s+)?ministry|police|junta|"
                                 r"gendarmerie|spokesman|spokeswoman)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|"
                                 r"announced|claimed|reported)\b")
_ANAPHOR_START = re.compile(r"\s*(?:The|These|Those)\s+(?-i:[a-z])[\w\-]+,?\s")


#: eve: a lag told from a named happening that is no fight ("two days after the election", "the day after the
#: funeral", "a week before the summit"); the happening's family of words, by which the story tells its day.
_LAG_FROM_NAMED = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|[1-7])\s+(?P<unit>days?|weeks?)|"
                             r"the\s+(?:day|night))\s+(?P<dir>after|before)\s+the\s+(?:[\w\-]+\s+)?"
                             r"(?P<noun>elections?|polls|vote|referendum|funerals?|burial|summit|inauguration|"
                             r"swearing-in|ceremony|wedding|festival|match|verdict|ruling|coup)\b", re.I)
_HAPPENING_FAMILY = {"election": r"elect|polls|vote|voting|ballot", "polls": r"elect|polls|vote|voting|ballot",
                     "vote": r"elect|polls|vote|voting|ballot", "referendum": r"referendum|vote|voting|polls",
                     "funeral": r"funeral|buried|burial|laid\s+to\s+rest", "burial": r"funeral|buried|burial",
                     "swearing-in": r"sworn\s+in|swearing-in|inaugurat", "inauguration": r"sworn\s+in|inaugurat",
                     "verdict": r"verdict|sentenced|convicted|acquitted", "ruling": r"ruled|ruling|verdict"}


def _day_from_a_named_happening(doc: Document, sentences, si: int) -> FactDate | None:
    """eve: the day a sentence dated by a lag from a named happening places itself at ("Two days after the
    election, rebels attacked ..."), counted from the day the story gives that happening in another sentence
    ("Voters went to the polls on June 2", "The funeral was held on Saturday"); None when the sentence tells no
    such lag, or the story gives the happening no day (a literal test first: most sentences tell none)."""
    text = doc.text
    sent = sentences[si]
    seg = text[sent.start:sent.end]
    if " after the " not in seg and " before the " not in seg and "After the " not in seg and "Before the " not in seg:
        return None
    lag = _LAG_FROM_NAMED.search(text, sent.start, sent.end)
    if lag is None:
        return None
    noun = lag["noun"].lower()
    noun = noun[:-1] if noun.endswith("s") and noun not in ("polls",) else noun
    family = re.compile(r"\b(?:" + _HAPPENING_FAMILY.get(noun, re.escape(noun)) + r")", re.I)
    told = None
    for j in [*range(si - 1, -1, -1), *range(si + 1, len(sentences))]:
        other = sentences[j]
        days = [d for d in doc.dates if other.start <= d.start < other.end and d.date is not None
                and d.date.precision == "day" and not d.future]
        if days and family.search(text, other.start, other.end):
            told = days[0].date
            break
    if told is None:
        return None
    k = int(lag["n"]) if lag["n"] and lag["n"].isdigit() else _SMALL.get((lag["n"] or "one").lower(), 1)
    k *= 7 if (lag["unit"] or "day").lower().startswith("week") else 1
    day = told.start + dt.timedelta(days=k if lag["dir"].lower() == "after" else -k)
    return FactDate(day, day, "day", " ".join(lag.group(0).split()), "context")


def _day_shift(text: str, start: int, end: int) -> int | None:
    """The day a sentence places itself at against the event told before it: 0 ("the same day"),
    1 ("a day later", "a day after the attack"), -1 ("the previous day"), -2 ("two days before,"), or None."""
    ft = fold(text)  # (the twins: same spans, found faster)
    if _SAME_DAY_ANY_F.search(ft, start, end):
        return 0
    if _NEXT_DAY_F.search(ft, start, end):
        return 1
    if _PREV_DAY_F.search(ft, start, end):
        return -1
    n = _N_DAYS.search(text, start, end)  # audit 8: "Two days later, gunmen attacked worshippers ..."
    if n is not None:
        # gold 5: "Three weeks later they took Bukavu", "a week later"
        k = _DAY_COUNTS[n.group(1).lower()] if n.group(1) else 1
        k *= 7 if (n.group(2) or n.group(3)).lower().startswith("week") else 1
        return k if n.group(4).lower() in ("later", "after") else -k
    return None


#: audit 8: "two days later", "three days earlier": a shift of that many days from the day told before (gold 5:
#: or weeks, "three weeks later", "a week earlier").
_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}
_N_DAYS = re.compile(r"\b(?:(two|three|four|five|six|seven|[2-7])\s+(days|weeks)|an?\s+(week))\s+(later|earlier|"
                     r"(?:before|after)" + _LAG_ADVERB + r")\b", re.I)
#: evf: "Days earlier, ...", "Several days later": a shift of some days, uncounted, from the day told before.
_SOME_DAYS = re.compile(r"\b(?:(?:several|a\s+few|some)\s+)?(?P<unit>days|weeks)\s+(?P<way>later|earlier|"
                        r"(?:before|after)" + _LAG_ADVERB + r")\b", re.I)


def _some_days_apart(base: FactDate, text: str, start: int, end: int, published: Any) -> FactDate | None:
    """evf: the span a sentence telling "Days earlier, ..." (or "Weeks later", "Several days before,") places
    itself at against ``base``, the day told before: the week (for weeks, four) before or after it, not ``base``
    itself, and not past ``published``; None when the sentence tells no such uncounted shift (counted ones are
    :func:`_day_shift`'s)."""
    ft = fold(text)  # (a literal test first: most sentences tell no such shift)
    if ft.find("days", start, end) < 0 and ft.find("weeks", start, end) < 0:
        return None
    m = _SOME_DAYS.search(text, start, end)
    if m is None or base.precision != "day":
        return None
    sign = -1 if m.group("way").lower() in ("earlier", "before") else 1
    far = 7 if m.group("unit").lower() == "days" else 28
    lo, hi = sorted((base.start + dt.timedelta(days=sign), base.start + dt.timedelta(days=sign * far)))
    if published is not None and lo <= published < hi:
        hi = published
    return FactDate(lo, hi, "week" if far == 7 else "month", " ".join(m.group(0).split()), "context")


#: A lag told against an act by its name ("the day after the attack", "Two days before the raid"): it counts from
#: the act's day, which need not be the latest day told ("The army withdrew from X on Thursday" in between).
_LAG_AFTER_AN_ACT = re.compile(r"\b(?:after|before)\s+the\s+(?:[\w\-]+\s+)?(?:attacks?|assaults?|ambush|raids?|"
                               r"massacre|killings?|blasts?|bombings?|strikes?|shelling|clashes)\b", re.I)


#: The name right after a territory trigger: "retaken Minova", "took the town of Kamituga".
_OBJECT_NAME = re.compile(r"\s+(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+(?:\w+\s+){0,2}?(?:towns?|city|cities|villages?|hamlets?|"
                          r"locality|localities|districts?|settlements?|port|base|camp|airport|(?:administrative\s+)?posts?|communes?|"
                          r"townships?|strongholds?|enclaves?)\s+of\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})")
#: A dateline opening a paragraph: "BAMAKO, Sept 8 -", "DAKAR (AP) -", "PORT SUDAN, Sudan (Reuters) -",
#: "GAZA/JERUSALEM -". Where the story was filed and when: a place or date of its own sentence
#: says better where and when the event was.
#: After the name a taking verb takes: people or a figure of speech, not a place ("captured Hamas fighters",
#: "took Gao residents to hospital", "took London by surprise").
_PEOPLE_AFTER = re.compile(r"['’]?s?[ \t]+(?:fighters|militants|members|soldiers|troops|residents|people|civilians|homes|houses|"
                           r"villagers|families|inhabitants|farmers|traders|students|children|women|men|youths|prisoners|"
                           r"detainees|hostages|commanders?|leaders?|officials|suspects|by\s+surprise)\b", re.I)
#: zon: after a taken place's name, a building of it ("faction seizes Adigrat office", "took over the Gondar radio
#: station", "stormed Kabul's central prison"): the building was taken, not the town (no change of hands); evb: also
#: after the first town of a list sharing the building's noun ("take over Adigrat and Mekelle offices"), and a
#: town hall ("Gunmen seize Bunia town hall").
_BUILDING_AFTER = re.compile(r"(?:(?:[ \t]*,|[ \t]+and)[ \t]+(?-i:[A-Z])[\w'’\-]+(?:[ \t]+(?-i:[A-Z])[\w'’\-]+)?){0,3}"
                             r"(?:['’]s)?[ \t]+(?:[\w\-'’]+[ \t]+)?(?:office|offices|headquarters|compound|building|station|prison|"
                             r"jail|palace|embassy|residence|parliament|ministry|(?:town|city)[ \t]+halls?)\b", re.I)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: A dateline's day with its year: "March 12, 2025", "Oct 14 2024", "1 April 2025".
_DATELINE_DAY_YEAR = rf"(?:{_MONTH_ABBR}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH_ABBR},?[ \t]+\d{{4}})"
#: A dateline's day, its year told or not ("Sept 8", "Sept 8, 2024", "8 Sept 2024").
_DATELINE_DAY = rf"(?:{_DATELINE_DAY_YEAR}|{_MONTH_ABBR}[ \t]+\d{{1,2}})"
_DATELINE = re.compile(rf"[ \t]*(?-i:[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*)(?:,[ \t]+(?-i:[A-Z][\w.'’\-]*)"
                       rf"(?:[ \t]+(?-i:[A-Z][\w.'’\-]*)){{0,3}})*(?:,?[ \t]+{_DATELINE_DAY})?[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:[-\u2013\u2014]+|(?<=[A-Z]):)[ \t]"
                       # "Nairobi, 5 February 2024 -": a town in mixed case heads a dateline only with its full date
                       rf"|[ \t]*(?-i:[A-Z][a-z'’.\-]+(?:[ \t][A-Z][a-z'’.\-]+){{0,2}}),[ \t]+{_DATELINE_DAY_YEAR}[ \t]*"
                       r"(?:\([^()\n]{1,40}\)[ \t]*)?[-\u2013\u2014]+[ \t]")


#: A press release's dateline in brackets, with the year: "(Nairobi, November 20, 2026) -" (human-rights
#: groups' reports), which dates the release, not the events it reports.
_BRACKET_DATELINE = re.compile(r"[ \t]*\((?-i:[A-Z][\w.'’\-]*)(?:[ \t]+(?-i:[A-Z][\w.'’\-]*)){0,3},[ \t]+"
                               r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}|"
                               r"\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?),?[ \t]+\d{4}\)"
                               r"[ \t]*[-\u2013\u2014]+[ \t]")


def dateline_end(text: str, start: int) -> int:
    """Where the dateline opening the sentence at ``start`` ends (``start`` when it has none).

    Kept per line start while the text is read (:func:`reading.memos.text_memo`): each sentence's
    readings ask again: about seven times a line on the generated bench articles, three on gold texts."""
    if start and text[start - 1] != "\n":
        return start
    ends = text_memo(text, "dateline_end")
    end = ends.get(start)
    if end is None:
        m = _DATELINE.match(text, start) or _BRACKET_DATELINE.match(text, start)
        end = ends[start] = m.end() if m is not None and m.end() - start <= DATELINE_REACH else start
    return end


def past_the_dateline(text: str, start: int, dates: list) -> list:
    """The dates of the sentence at ``start`` that its own words tell, when it tells any ("BAMAKO, Sept 8 - ...
    on Thursday": the dateline dates the report, the sentence the event); else all of ``dates``."""
    dl_end = dateline_end(text, start)
    own = [d for d in dates if d.start >= dl_end] if dl_end > start else None
    return own or dates


#: After "the town": the town's own name follows ("the town of Minova"), which says which town it is.
_NAMED_AFTER = re.compile(r"\s+of\s+(?-i:[A-Z])")
#: Before a date: it opens a subordinate clause ("after the war broke out in", "since the RSF seized X in"),
#: whose date tells when that happened, not what the main clause tells.
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|since|before|when|until|as)\s+(?:[\w'’\-]+\s+){0,5}?(?:\w+ed|broke|began|begun|"
                                 r"fell|took|came|went|was|were|had|has|have|is|are|won|lost|left|fled|struck|hit|shot|"
                                 r"overran|seized|held|began)\s+(?:[\w'’\-]+\s+){0,5}$", re.I)
#: Between a capture verb and its place: a small military site, whose fall is a fight, not the town's ("overran an army post in");
#: evq: so is an airport, a bridge or a crossing taken ("seized the airport of Kindu", "retook the bridge outside Mosul"):
#: the town around it did not change hands.
_MILITARY_SITE = re.compile(r"\b(?:posts?|outposts?|checkpoints?|positions?|bases?|barracks|garrisons?|camps?|detachments?|"
                            r"installations?|airports?|airfields?|airstrips?|bridges?|crossings?)\s+"
                            r"(?:of|in|near|outside|at|on|along)\b"
                            r"(?!\s+(?:the\s+)?(?:towns?|city|cities|villages?|districts?)\s+of\b)", re.I)
#: gold 10: in what was ambushed, a side's ("an army truck", "a police patrol", "a convoy escorted by"): a fight,
#: whoever died.
_ARMED_OBJECT = re.compile(r"\b(?:army|military|police|troops?|soldiers?|patrols?|security|rebels?|militias?|escort\w*|"
                           r"fighters|group)\b", re.I)
#: gold 10: after "killing", victims named as civilians by what they are ("three traders", "at least 15 passengers"),
#: not "people" or "men", whom a fight kills too.
_CIVILIANS_NAMED = re.compile(r"\s+(?:(?:at\s+least|some|about|more\s+than|nearly)\s+)?(?:[\w\-]+\s+)?(?:civilians?|villagers?|"
                              r"traders?|passengers?|farmers?|herders?|fisherm[ae]n|pilgrims?|worshippers?|travell?ers?|motorists?|"
                              # evv: one victim too ("killing its driver", "killing driver" in a digest's shorthand)
                              r"drivers?|students?|pupils?|child(?:ren)?|wom[ae]n|aid\s+workers?|residents?)\b", re.I)
#: gold 4: capture verbs whose object may be a military post at a town not found ("captured an army outpost
#: at Momauk, east of Bhamo"): a fight for the post near the place named after it.
_SITE_TAKEN = re.compile(r"(?:(?:re)?captured|seized|overran|overrun|(?:re)?took|(?:re)?taken|regained|liberated|"
                         r"reclaimed|(?:re)?captures?|seizes?|overruns|(?:re)?takes)\b", re.I)  # (headlines: "seizes")
#: evw: between a taking verb and a place told by its surroundings ("near X", "along the road to X", "north of
#: X"): ground nobody names, taken there. Settlements ("three villages", "a string of hamlets") changed hands
#: but X did not (a territory event placed near X, no zone for X); positions, posts, hills and roads taken
#: ("several outposts", "a hilltop", "the highway") are a fight there (ACLED: an armed clash).
_GROUND_WORDS = (r"(?P<what>(?:(?:the|an?|its|their|several|some|many|more|few|other|nearby|surrounding|neighbou?ring|"
                 r"remaining|outlying|small|key|strategic|dozens\s+of|scores\s+of|"
                 r"(?:a\s+)?(?:number|string|series|cluster|handful|group|chain|line)\s+of|at\s+least|more\s+than|"
                 r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:army|military|police|government|"
                 r"rebel|enemy|border|frontline|front-line|defensive|forward|security))\s+)*"
                 r"(?:(?P<settled>villages?|hamlets?|settlements?|localities|communities|towns)|"
                 r"positions?|posts?|outposts?|checkpoints?|check\s+posts?|hilltops?|hills|heights|ridges?|"
                 r"trenches|bunkers|strongholds?|roads?|highways?|routes?|junctions?|crossroads))")
#: evb: after a taking verb, places or vessels counted ("seized 12 ships", "captured more than 40 towns", "taken over
#: dozens of villages"): with a period for its date, a tally of many takings.
_COUNTED_TAKEN = re.compile(r"\s+(?:over\s+|(?:full\s+)?control\s+(?:of|over)\s+)?(?:(?:at\s+least|more\s+than|over|nearly|"
                            r"about|some|around|almost|up\s+to)\s+)?(?:\d[\d,]*|(?:dozens|scores|hundreds)\s+of|a\s+dozen|two|"
                            r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
                            r"\s+(?:(?!(?:in|of|at|on|near|from|and|or|to)\s)[\w\-]+\s+){0,2}?(?:villages|towns|cities|settlements|localities|"
                            r"communities|hamlets|"
                            r"districts|ships|vessels|boats|tankers|bases|outposts|positions)\b", re.I)
_UNNAMED_GROUND = re.compile(r"\s+" + _GROUND_WORDS + r"(?:\s+(?:in|around|across|on|by)\s+(?:the\s+)?"
                             r"(?:(?<=on\sthe\s)(?:main\s+)?(?:road|highway)\s+)?)?\s*", re.I)  # ("on the road between")
#: evw: the same ground right before a place told by its surroundings, whatever the verb ("three villages near
#: X fell to the rebels", "Rebels seize villages near X"): they changed hands, X did not.
_UNNAMED_GROUND_BEFORE = re.compile(r"\b" + _GROUND_WORDS + r"\s+$", re.I)


def unnamed_ground_before(text: str, start: int, floor: int) -> re.Match | None:
    """The unnamed ground ("three villages", "two outposts") named right before the place mention at ``start``
    (not before ``floor``), or None."""
    return _UNNAMED_GROUND_BEFORE.search(text, max(floor, start - 60), start)


#: evw: a place told as a road leading to it ("the road to X", "along the highway to X": the place reader's
#: "near" phrase): taking it takes the road, a fight near X, not X.
_ROAD_TO = re.compile(r"(?:(?:on|along|off|astride)\s+)?(?:the|a)\s+(?:\w+\s+)?(?:roads?|highways?|route|motorway|"
                      r"expressway)\s", re.I)


def road_to_place(text: str, start: int) -> bool:
    """Whether the place mention at ``start`` is a road to a place ("the road to Bhamo"), not the place."""
    return _ROAD_TO.match(text, start) is not None
#: evy: between a taking verb and its town, a civic building taken there ("seized the town hall in Bunia", "took
#: over the party office in Tripoli", "captured the state broadcaster's building in X"): the building changed
#: hands, not the town (an event there, no zone).
_BUILDING_TAKEN = re.compile(r"\s+(?:over\s+|(?:full\s+)?control\s+(?:of|over)\s+)?"
                             # evq: a headline drops the article ("Faction seizes party office in X", "Gunmen seize town
                             # hall in Y"), but "took office in Kabul" is no building taken
                             r"(?:(?:the|an?|its|their)\s+(?:[\w'’\-]+\s+){0,3}?|(?!(?:up\s+)?offices?\s)(?:[\w'’\-]+\s+){0,3}?)"
                             r"(?:(?:town|city)\s+halls?|offices?|buildings?|parliament|palace|"
                             r"ministry|residence|state\s+house|(?:radio|television|tv)\s+stations?|broadcaster|"
                             r"central\s+bank|courthouse|prefecture|town\s+council|city\s+council)\s+"
                             r"(?:in|at|of)\s+(?:the\s+)?(?:(?:town|city|capital)\s+of\s+)?$", re.I)
#: Capture verbs that tell an assault when their object is a building or a post.
_ASSAULT_VERB = re.compile(r"(?:storm(?:ed|s)?|overran|overrun|raided)\b", re.I)
#: Between an assault verb and its place: the building or post assaulted ("stormed a police station in"; a
#: headline drops the article: "Militia storms party headquarters in X").
_ASSAULTED_SITE = re.compile(r"\s+(?:(?:an?|the|its|their)\s+)?(?:[\w\-]+\s+){0,3}?(?:police\s+stations?|stations?|bases?|camps?|"
                             r"barracks|checkpoints?|check\s+posts?|posts?|outposts?|detachments?|installations?|depots?|"
                             r"prisons?|jails?|hotels?|offices?|"
                             r"headquarters|compounds?|garrisons?|positions?|schools?|churches|church|mosques?|hospitals?|"
                             r"markets?|banks?|bus\s+stations?|airports?|airfields?|"
                             # gold 8: "stormed the Vila Cruzeiro favela in Rio": a raid on a part of the city
                             r"favelas?|slums?|shanty\s?towns?|(?:housing\s+)?estates?|favela\s+complex(?:es)?)\s+"
                             r"(?:in|at|near|on|outside|of)\s+(?:the\s+)?"
                             r"(?:[\w'’\-]+\s+){0,4}?$", re.I)
#: Of the sites assaulted, those of civilians: whoever storms them attacks civilians (ACLED types by target).
_CIVILIAN_SITE = re.compile(r"\b(?:(?:party|campaign)\s+(?:headquarters|offices?)|churche?s?|mosques?|schools?|hospitals?|"
                            r"markets?|hotels?)\b", re.I)
#: audit 10: between an attack verb and an unknown place: the thing attacked, then where it was ("attacked a
#: passenger bus on the N-40 highway in Noshki district", "stormed the police station in Daraban").
_SITE_THEN_PLACE = re.compile(r"\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:police\s+stations?|stations?|bases?|camps?|"
                              r"barracks|checkpoints?|check\s+posts?|posts?|outposts?|detachments?|convoys?|patrols?|"
                              r"garrisons?|headquarters|"  # gold 5: "overran the SSPDF garrison in X town"
                              r"bus(?:es)?|vehicles?|cars?|trucks?|trains?|boats?|markets?|schools?|churches|church|"
                              r"mosques?|hospitals?)(?:\s+(?:on|along)\s+(?:the\s+)?(?:[\w\-]+\s+){1,3}?)?\s*(?:,\s*)?"
                              r"(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|village|city|district)\s+of\s+)?", re.I)
#: evm: after a name the trigger acts on, a word saying it is a part of a town or area ("repelled an attack on the
#: Karari district", "on the Bulumkutu area"): a place, even when the gazetteer lacks it.
_PART_NAMED_AFTER = re.compile(r"\s+(?:district|area|neighbou?rhood|quarter|suburb|locality)\b", re.I)
#: evm: a launching verb's agent inside a strike trigger ("drones launched by", "fired by").
_LAUNCHED_BY = re.compile(r"\b(?:launched|fired|operated|flown|sent)\s+by\s", re.I)
#: evm: between "by" and the agent a trigger names inside it ("by the RSF", "by Sudan's paramilitary RSF").
_AGENT_GAP = re.compile(r"(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*['’]s\s+)?(?:[a-z][\w\-]*\s+){0,2}")
#: gold 3: a liveblog entry's headline: a line with no closing stop right after a line holding only a time
#: ("07:30 BST", "16:42"), followed by the entry's text.
_ENTRY_HEADLINE = re.compile(r"(?m)^\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?[ \t]*\n"
                             r"(?P<head>[A-Z][^\n]{0,120}[^.!?:\n\s])[ \t]*\n[ \t]*\S")
#: audit 10: a bullet line of a summary ("- At least 11 civilians killed ...", "• Convoy hit").
_BULLET = re.compile(r"[-•*▪‣–]\s")
#: audit 10: after "fighting": it goes on ("fighting continues", "the fighting was continuing").
_GOES_ON_AFTER = re.compile(r"\s+(?:there\s+|in\s+the\s+area\s+)?(?:(?:is|was|has|had|have)\s+)?(?:still\s+)?"
                            r"(?:continu(?:es|ed|ing)|goes\s+on|went\s+on|raged\s+on|rages\s+on|persist(?:s|ed)|"
                            r"(?:is|was)\s+ongoing|"
                            # gold 5: "the fighting has not stopped", "never stopped"
                            r"(?:(?:has|have|had|did)\s+)?(?:not|never)\s+(?:stopped|stop|ended|end|ceased|cease|let\s+up))\b", re.I)
#: audit 10: who started a fight told before ("said Pakistani forces had started the clash"): blame, no new fight.
_BLAMED_BEFORE = re.compile(r"\b(?:started|began|begun|provoked|triggered|initiated|instigated|sparked|caused)\s+the\s+$", re.I)
#: Between a statement's day and what it says ("... on Wednesday, saying in its evening update that").
_SAYING = re.compile(r"\b(?:saying|said|adding|added)\b", re.I)
#: A fight already told before a sentence (its words; "fighters" are people, no fight: ev17).
_FIGHT_TOLD = re.compile(r"\b(?:fight(?!ers?\b)|fought|clash|attack|assault|battle|offensive|shell|strike|struck|captur|seiz|storm|fire\b|fired|"
                         r"firing|kill|ambush)", re.I)
#: Capture verbs that also tell a raid ("stormed", "entered", "overran").
_RAID_VERB = re.compile(r"(?:stormed|entered|overran|overrun|raided|swept\s+into)\b", re.I)
#: Entering verbs that tell an incursion when the report is about raids ("troops entered Jenin ... in raids").
_ENTRY_VERB = re.compile(r"(?:stormed|entered|swept\s+into|pushed\s+into|rolled\s+into|marched\s+into|walked\s+into|"
                         r"strolled\s+into)\b", re.I)
#: A raid or search operation told in the sentence or the one before: entering a town is then no conquest.
_RAID_CONTEXT = re.compile(r"\b(?:raids?|raided|raiding|incursions?|(?:military|security|counter-?terrorism|search|"
                           r"arrest|army)\s+(?:operations?|campaign|sweeps?)|sweeps?|search(?:es|ed)?\s+(?:homes|houses)|"
                           r"arrest(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:suspects|people|men|residents|activists|wanted)|"
                           # gold 8: "stormed the X favela ... in an operation against the Y gang"
                           r"operations?\s+(?:against|targeting)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?(?:gangs?|cartels?|"
                           r"traffickers|criminals|militias?|suspects))\b", re.I)
#: gold 8: a death told in a sentence (a raid's toll).
_KILLED_WORD = re.compile(r"\b(?:killed|killing|dead|died)\b", re.I)
#: gold 8: right before an entering verb, the police: their incursion is a raid, no change of hands ("police
#: stormed the Jacarezinho favela", "riot police entered the campus").
_POLICE_ENTRANTS = re.compile(r"\bpolice(?:\s+(?:officers|officials|units|commandos|special\s+forces|forces))?\s+"
                              r"(?:(?:had|have|has|also|then|later|reportedly)\s+)?$", re.I)
#: Before an actor in a protest: whom the crowd protests against, not who intervenes ("against the
#: Kenyan government", "demanding the resignation of the Sudanese authorities").
_PROTESTED_AGAINST = re.compile(r"\b(?:against|denouncing|condemning|criticising|criticizing|resignation\s+of|"
                                r"ouster\s+of|removal\s+of)\s+(?:the\s+)?$", re.I)
#: Protesters killed ("shot dead at least 13 protesters", "killing two demonstrators").
_PROTESTERS_KILLED = re.compile(r"(?:killed|killing|kills|shot\s+dead|shooting\s+dead|shot\s+and\s+killed|gunned\s+down|gunning\s+down)\s+"
                                r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|nearly\s+)?(?:[\w,\-]+\s+){0,2}?"
                                r"(?:protesters|protestors|demonstrators|marchers)\b"
                                # told in the passive, with no number ("Protesters reportedly were shot dead by police"):
                                # the match ends at the killing's verb, where its words of hearsay are read
                                r"|(?P<passive>(?:protesters|protestors|demonstrators|marchers)\s+(?:\w+ly\s+)?(?:were|had\s+been|have\s+been)\s+"
                                r"(?:\w+ly\s+)?)(?=(?:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|"
                                r"(?:beaten|stabbed|burned|burnt)\s+to\s+death)\b)", re.I)
#: Shots at a crowd ("fired live rounds at protesters", "opened fire on a march").
_SHOT_AT = re.compile(r"\b(?:fired|firing|opened\s+fire|shot)\b", re.I)
#: After a passive verb: its agent follows ("were arrested by the police").
_BY_AGENT = re.compile(r"\s+(?:[\w\-]+\s+){0,4}?by\s", re.I)
#: People driven from their homes, not a side from a place ("forced thousands of residents out of").
_DISPLACED = re.compile(r"\b(?:residents|civilians|people|families|thousands|hundreds|villagers|inhabitants|population|"
                        r"them|him|her|us)\b", re.I)
#: evv: right before "fired at ...": a projectile, the subject of the firing ("an anti-tank missile fired at a post").
_PROJECTILE_BEFORE = re.compile(r"\b(?:missiles?|rockets?|shells?|mortars?|mortar\s+rounds?|drones?|grenades?|projectiles?|"
                                r"RPGs?)\s+(?:(?:was|were|had\s+been|been|being)\s+)?$", re.I)
#: lead: between an interception and the weapons it stopped ("shot down 40 of the", "intercepted most of the"):
#: words of one object phrase, no clause of its own.
_INTERCEPTED_OBJECT = re.compile(r"(?:\s+(?!(?:and|but|or|while|as|then|before|after|which|that|who|when|at|on|"
                                 r"against|toward|towards|into)\b)[\w\-’']+){0,6}\s+")
#: lead: whose weapons were downed ("drones launched by Iran were shot down"): the owner, named by its "by".
_OWNER_BY = re.compile(r"\b(?:launched|fired|sent|flown|operated)\s+by\b", re.I)
#: After an attack, its object a vessel ("attacked a Greek-owned tanker", "attacked two cargo ships"): an attack at
#: sea, where no place but the sea may be named ("in the Red Sea").
_VESSEL_ATTACKED = re.compile(r"(?:\s+on)?\s+(?:an?|the|two|three|four|several|\d+)\s+(?:[\w\-'’]+\s+){0,3}?"
                              r"(?:ships?|vessels?|tankers?|(?:bulk\s+)?carriers?|freighters?|dhows?|warships?|"
                              r"destroyers?|frigates?)\b", re.I)
#: Between an attack and its weapon ("attacked a bulk carrier in the Red Sea with two anti-ship missiles").
_WITH_WEAPON = re.compile(r"\b(?:with|using)\s+(?:[\w'’\-]+\s+){0,4}$", re.I)
#: gold 8: before that "with", a verb of a blast ("blew up their truck with an improvised explosive device",
#: "targeted a patrol with a roadside bomb"): the device is the attack, not a fight's weapon (ev18: the thing blown
#: up may take seven words: "blew up a vehicle carrying District Reserve Guard jawans with a powerful IED").
_BLAST_VERB_BEFORE = re.compile(r"\b(?:blew|blown|blowing)\s+up\s+(?:[\w'’\-]+\s+){0,7}(?:with|using)\s+"
                                r"(?:[\w'’\-]+\s+){0,4}$|\b(?:targeted|targeting|destroyed|destroying|struck|hit)\s+"
                                r"(?:[\w'’\-]+\s+){1,4}(?:with|using)\s+(?:[\w'’\-]+\s+){0,4}$", re.I)
#: ev18: before a weapon's noun, a verb that holds, finds or leaves it, over a list of things with no clause between
#: ("recovered one AK-47 rifle, two IEDs and a mortar", "leaving behind armoured vehicles, mortars", "militants armed
#: with rifles and car bombs hit ..."): a weapon had, not used (the act is told by its own verb, if any).
_HELD_WORDS = re.compile(r"recover|seiz|confiscat|found|discover|behind|abandon|armed\s+with|haul|cache|"
                         r"stockpil|smuggl", re.I)
_HELD_WEAPONS_BEFORE = re.compile(r"\b(?:recover(?:ed|ing|y\s+of)|seiz(?:ed|ing|ure\s+of)|confiscat(?:ed|ing)|found|discovered|"
                                  r"(?:left|leaving)\s+behind|abandon(?:ed|ing)|armed\s+with|hauls?\s+of|"
                                  r"caches?\s+of|stockpiles?\s+of|smuggl(?:ed|ing))\s+"
                                  r"(?:(?!(?:after|when|as|during|by|in|from|with|following|since|before|which|that|who|was|were|"
                                  r"killed|killing|hit|struck|fired|exploded)\b)[\w\-'’]+,?\s+){0,12}$", re.I)
#: The noun of a weapon a trigger names ("mortars", "car bombs", "IEDs", "rockets", "explosive devices").
_WEAPON_NOUN = re.compile(r"(?:mortar|rocket|missile|artiller|shell|ied|improvised|explosive|(?:car\s+|truck\s+)?bomb|"
                          r"grenade|land\s?mine|mine|anti)", re.I)
#: gold 10: an attack made with one device ("attacked the base with two car bombs"): the device is the attack (not
#: "attacked the patrol with gunfire and explosive devices": a fight's weapons).
_ATTACKED_WITH_DEVICE = re.compile(r"\battack(?:ed|ing|s)?\s+(?:[\w'’\-]+\s+){1,5}(?:with|using)\s+(?:an?\s+|one\s+|two\s+|"
                                   r"three\s+|several\s+)?(?:[\w\-]+\s+)?$", re.I)
#: Before an actor: it is the object of a verb, not who acts ("killed three gunmen ... and arrested").
_OBJECT_BEFORE = re.compile(r"(?:(?<!were\s)(?<!was\s)(?<!been\s)(?<!being\s)(?<!are\s)(?<!is\s)"
                            r"\b(?:killed|kills|kill|arrested|detained|captured|wounded|shot|abducted|kidnapped|ambushed|"
                            r"targeted|attacked|engaged|repelled|routed|neutrali[sz]ed|eliminated|executed)"
                            # an -ing form acts whatever comes before it ("was targeting Hamas militants")
                            r"|\b(?:killing|neutrali[sz]ing|targeting|attacking|striking|bombing|pursuing|fighting))[\"”’']?\s+"
                            r"(?:(?:at\s+least|some|about|around|more\s+than|dozens\s+of|scores\s+of|hundreds\s+of)\s+)?"
                            r"(?:(?!(?:when|as|after|while|before|because|since|if|until)\b)\w+\s+){0,3}(?:(?:[\w'’\-]+\s+){1,3}(?:and|or)\s+)?"
                            # evh: inside the object's list ("attacked vehicles, including two police cars, then ...")
                            r"(?:[\w\-]+,\s+(?:including|among\s+them|such\s+as|notably)\s+(?:[\w\-]+\s+){0,2})?$", re.I)
#: Before an actor: it is the other side of the fight ("repelled an RSF assault").
_OPPONENT_BEFORE = re.compile(r"\b(?:repelled|repulsed|routed|ambushed|attacked|targeted|fought|engaged|beat\s+back|"
                              r"fended\s+off)\s+"
                              # (evc: a count may take more: "repelled more than 20 Russian attacks")
                              r"(?:(?:more\s+than|over|at\s+least|nearly|about|some)\s+\d[\d,]*\s+)?(?:\w+\s+){0,2}$", re.I)
#: Before a raid's noun, the verb that repelled it ("repelled a Hezbollah raid", "foiled an infiltration bid").
_REPELLED_NOUN_BEFORE = re.compile(r"\b(?:repelled|repulsed|repelling|repulsing|thwarted|foiled|fought\s+off|beat\s+back|"
                                   r"beaten\s+back)\s+(?:an?\s+|the\s+|another\s+|several\s+|two\s+|three\s+|"
                                   # evd: a count ("repelled more than 20 Azerbaijani attacks")
                                   r"(?:(?:more\s+than|over|at\s+least|nearly|about|some)\s+)?\d[\d,]*\s+)?"
                                   r"(?:[\w\-]+\s+){0,3}$", re.I)
#: "repelled"/"repulsed" opening an ``_OPPONENT_BEFORE`` match: the attack repelled is the object's own.
_REPELLED = re.compile(r"(?:re(?:pelled|pulsed)|fought\s+off|beat\s+back|fended\s+off)\s", re.I)


#: evd: after an attack, its attackers repelled by the other side ("but were repelled by Ukrainian troops").
_REPELLED_BY = re.compile(r"\b(?:were|was|had\s+been|being)\s+(?:\w+ly\s+)?(?:repelled|repulsed|beaten\s+back|pushed\s+back|"
                          r"driven\s+back|fought\s+off|driven\s+out|pushed\s+out)\s+by\s+(?P<who>)(?:the\s+)?", re.I)
_ATTACK_NOUN = re.compile(r"(?:attacks?|assaults?|raids?|offensives?|incursions?|infiltrations?|advances?)\b", re.I)
#: After "fought" (a clash's trigger), the attack it fought off ("fought off a Russian assault").
_FOUGHT_OFF_AFTER = re.compile(r"\s+off\s+(?:an?\s+|the\s+|another\s+|several\s+)?(?:[\w\-]+\s+){0,3}?"
                               r"(?:attacks?|assaults?|raids?|offensives?|incursions?)\b", re.I)


#: evi: a fight's noun opening a trigger (not an ambush or a raid, whose dead are its targets).
_FIGHT_NOUN = re.compile(r"(?:clash|fighting|gun\s?battle|gun\s?fight|firefight|exchanges?\s+of|battle|skirmish|"
                         r"shoot-?out|encounter)", re.I)
#: evi: an ambush's or an attack's noun opening a trigger: its counted armed dead are its targets.
_AMBUSH_NOUN = re.compile(r"(?:ambush|attack|assault|raid)", re.I)
#: Between the dead and the fight they died in ("were killed in heavy clashes", "died during fighting").
_DIED_IN = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured)|died|perished)"
                      # (not "in the fighting": the fight told before, whose sides are its own, its toll folded in)
                      r"(?:\s+(?:on\s+\w+day|overnight|yesterday|today))?\s+(?:in|during)\s+(?:an?\s+)?"
                      r"(?:(?:heavy|fierce|fresh|intense|renewed|overnight|armed|separate|deadly)\s+)*$", re.I)
#: Between two groups of the dead: "and", a comma, then the next group's count ("... and nine soldiers").
_DEAD_JOINED = re.compile(r"(?:\s+[\w\-]+)?\s*(?:,|,?\s+and)\s+(?:(?:at\s+least|some|about|more\s+than|another)\s+)?"
                          r"(?:\d[\d,]*|[a-z]+)\s+(?:[\w\-]+\s+){0,1}$", re.I)
#: After the last side among the dead: its head noun, and other counted dead who are no side ("and three civilians").
_DEAD_TAIL = re.compile(r"(?:\s+[\w\-]+)?(?:\s*(?:,|,?\s+and)\s+(?:(?:at\s+least|some|about|more\s+than|another)\s+)?"
                        r"(?:\d[\d,]*|[a-z]+)\s+[\w\-]+(?:\s+[\w\-]+)?)*\s*", re.I)
#: Before the first group of the dead: its count ("31 Houthi fighters", "At least 14 soldiers").
_DEAD_COUNT_BEFORE = re.compile(r"(?:^|\s)(?:(?:at\s+least|some|about|more\s+than|nearly|over)\s+)?(?P<n>\d[\d,]*|[a-z\-]+)"
                                r"\s+(?:[\w\-]+\s+){0,1}$", re.I)


def _sides_by_their_dead(text: str, ts: int, cs: int, actors, numbers: dict) -> list[str]:
    """evi: the sides of a fight told only by its dead, counted before it ("31 Houthi fighters and nine soldiers were
    killed in clashes", "Ten soldiers were killed in clashes with al-Shabaab"): each counted group that is an armed
    side, in order (civilians, residents and other non-agents are not among ``actors``); [] when the fight's dead are
    not so told."""
    died = _DIED_IN.search(text, max(cs, ts - 80), ts)
    if died is None:
        return []
    dead = [a for a in actors if cs <= a.start and a.end <= died.start() and died.start() - a.start <= 140]
    out: list[str] = []
    prev = None
    for a in dead:
        if prev is None:
            m = _DEAD_COUNT_BEFORE.search(text, max(cs, a.start - 40), a.start)
            if m is None or not (m.group("n")[0].isdigit() or m.group("n").lower() in numbers):
                continue
        elif not _DEAD_JOINED.fullmatch(text, prev.end, a.start):
            return []
        if a.name not in out:
            out.append(a.name)
        prev = a
    return out if prev is not None and _DEAD_TAIL.fullmatch(text, prev.end, died.start()) else []


def _repelled_attack(text: str, ts: int, te: int, cs: int) -> tuple[int, int] | None:
    """evd: the span of the phrase naming the attackers when the trigger at ``ts:te`` is an attack told as repelled
    ("repelled a Russian assault", "repulsed an RSF attack on X", "fought off an IS attack"): the attack is its
    attackers' (actor1), the side that repelled it actor2, as when it is told "X attacked Y, but was repelled";
    else None. ACLED gives the order no direction; one order for both tellings keeps one happening's sides."""
    if _ATTACK_NOUN.match(text, ts, te) is not None:
        verb = _REPELLED_NOUN_BEFORE.search(text, max(cs, ts - 60), ts)
        return None if verb is None else (verb.start(), te)
    if text.startswith("fought", ts) and (off := _FOUGHT_OFF_AFTER.match(text, te)) is not None:
        return te, off.end()
    return None


def _repeller(text: str, ft: str, cs: int, ts: int, clause: list, attacker: str) -> str:
    """Who repelled the attack at ``ts`` made by ``attacker``, named right before it ("Indian soldiers repulsed a
    Pakistani attack", "Kurdish fighters repelled an IS assault"): the actor before the verb; "" when the attack
    noun is not the attacker's own ("fought bandits near Safana, and an air strike ...") or nobody is named."""
    obj = next((a for a in reversed(clause) if a.name == attacker and a.end <= ts), None)
    if obj is None or text[obj.end:ts].strip():
        return ""
    verb = _OPPONENT_BEFORE_F.search(ft, max(cs, obj.start - 40), obj.start)
    if verb is None or not _REPELLED.match(ft, verb.start()):
        return ""
    return next((a.name for a in reversed(clause) if a.end <= verb.start() and a.name != attacker
                 and verb.start() - a.end <= 40), "")


#: Between an actor and a trigger: the actor denies it ("The Houthis denied carrying out a drone attack").
_DENIED_BEFORE = re.compile(r"\s+(?:(?:have|has|had|also|again|strongly|repeatedly|firmly)\s+)*(?:denied|deny|denies|rejected|"
                            r"dismissed)\s+(?:(?:any|all|the|its|their|carrying\s+out|launching|staging|being\s+behind|"
                            r"responsibility\s+for|involvement\s+in|claims\s+of|reports\s+of|that\s+it\s+had|a|an)\s+)*"
                            r"(?:[\w\-]+\s+){0,2}$", re.I)
#: In a clash's clause: those fighting are a crowd ("clashed with protesters", "Khan supporters").
_CROWD = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|supporters|students|youths|crowds?|mobs?)\b", re.I)
#: ev22: a crowd (not armed supporters, not students) as the subject right before an attack verb ("hundreds of angry
#: youths attacked ...", "a mob then beat ...").
_MOB_SUBJECT = re.compile(r"\b(?:youths|crowds?|mobs?|rioters|protesters|protestors|demonstrators)\s+"
                          r"(?:(?:then|also|later|again|had|have|has)\s+)*$", re.I)
#: Crowds that are demonstrators whoever they fight, and the police a crowd of youths or supporters fights
#: ("Youths from Twic East clashed with the raiders": a communal clash, not a riot).
_PROTESTERS = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|protesting|demonstrating)\b", re.I)
_POLICE = re.compile(r"\b(?:police|policemen|riot\s+police|gendarmes?|gendarmerie|security\s+forces|anti-riot|tear\s+gas)\b", re.I)
#: Between an attack and an actor after it: the actor is its target ("carried out strikes on Houthi sites").
_TARGET_LINK = re.compile(r"\s*(?:[\w\-]+\s+){0,3}?(?:on|against|targeting|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}$",
                          re.I)
#: Before an actor: a preposition makes it an object ("talks with the ELN", "an offensive against M23").
_PREP_BEFORE = re.compile(r"(?<!loyal\s)(?<!allied\s)(?<!blamed\s)(?<!attributed\s)(?<!aligned\s)(?<!linked\s)(?<!affiliated\s)(?<!close\s)"
                          r"\b(?:with|against|to|towards|toward|into|on|at|for)\s+(?:the\s+)?$", re.I)
#: After an actor: what happened to it ("Ten soldiers died", "two policemen were killed"): a victim, not the one acting.
_VICTIM_AFTER = re.compile(r"\s+(?:and\s+(?:(?:at\s+least|some|about|more\s+than)\s+)?(?:[\w\-]+\s+){1,3}?(?=(?:were|was|had\s+been|have\s+been)\s))?"
                           r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|"
                           r"shot\s+dead|shot|abducted|kidnapped|martyred)|(?:died|perished|drowned)"
                           # a headline's passive without its auxiliary ("Wagner fighters killed in Mali ambush")
                           r"|(?:killed|wounded|injured|abducted|kidnapped)\s+(?=(?:in|as|after|during|near|when|by)\b))\b", re.I)


#: Unnamed soldiers: in the news, the state's ("troops retook the town").
_BARE_TROOPS = re.compile(r"(?:the\s+)?(?:troops|soldiers)$", re.I)


#: After a capture, in its sentence: the other side denies it ("..., but the army denied that", audit 8:
#: "seized a post at Tessit, which the army denied").
_DENIED_AFTER = re.compile(r"\b(?:but|though|although|while|whereas|which|a\s+claim|claims?|an?\s+(?:account|version|assertion|allegation))\b[^.;!?]{0,80}?\b(?:denied|denies|"
                           r"rejected|rejects|refuted|refutes|disputed|disputes|dismissed|dismisses)\b", re.I)
#: audit 9: a capture not confirmed by who reports it ("..., but ISW has not observed confirmation of this claim").
_UNCONFIRMED_AFTER = re.compile(r"\b(?:but|though|although|while|which|a\s+claim|claims?)\b[^.;!?]{0,60}?\b(?:(?:has|have|had)\s+"
                                r"not\s+(?:yet\s+)?(?:observed|seen|found)\s+(?:any\s+)?(?:visual\s+|independent\s+)?"
                                r"confirmation|no\s+(?:visual\s+|independent\s+)?confirmation|(?:is|was|remains|remained)\s+"
                                r"unconfirmed)\b", re.I)
#: audit 9: earlier in the article, reports of a capture denied ("officials denied reports that OLA fighters
#: had captured the town of Gimbi"): the capture told again later is disputed.
_DENIED_REPORTS = re.compile(r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+)?"
                             r"(?:[\w'’\-]+\s+){0,2}?(?:reports?|claims?|rumou?rs?|allegations?)\s+(?:that\s+)?[^.;!?]{0,100}?\b(?:captured|taken|"
                             r"seized|overrun|overran|took|fallen|fell)\b[^.;!?]{0,60}", re.I)


def _denied_before(text: str, sent_start: int, places) -> bool:
    """audit 9: whether an earlier sentence denies reports that the place named after the capture at
    hand was taken ("Officials denied reports that rebels had captured Gimbi ... The rebels had said on
    Sunday that they had taken control of Gimbi": fighting for Gimbi, no change of hands)."""
    if not places or sent_start == 0:
        return False
    names = {text[m.start:m.end] for m in places}
    return any(end <= sent_start and any(n and n in told for n in names) for end, told in _denied_reports(text))


@functools.lru_cache(maxsize=4)
def _denied_reports(text: str) -> tuple:
    """(end, text) of each denial of reported captures in ``text`` (:data:`_DENIED_REPORTS`), once per article."""
    low = text.lower()
    if not any(w in low for w in ("deni", "reject", "dismiss", "refut")):
        return ()  # (most articles deny nothing)
    # (its folded twin, through its locator, on the folded text: the same spans, found three times faster)
    return tuple((m.end(), text[m.start():m.end()]) for m in _DENIED_REPORTS_F.finditer(fold(text)))


#: The sentence after a claimed capture denies it ("The army denied the claim.", audit 10: "Ukraine's forces
#: deny it"; gold 9: "The ministry denied the town had fallen.") or says it is not confirmed ("Kyiv has not
#: confirmed those losses.").
_DENIED_NEXT = re.compile(r"\s*(?:But\s+|However,?\s+)?(?:[\w'’\-]+\s+){0,6}?(?:(?:denied|denies|deny|rejected|rejects|reject|"
                          r"refuted|refutes|refute|disputed|disputes|dispute|dismissed|dismisses|dismiss)\s+(?:the\s+claims?|these\s+claims|this|that|it|the\s+reports?|"
                          r"any\s+such|(?:the\s+)?(?:town|city|village|base)['’]?s?\s+fall|losing|(?:that\s+)?(?:the|its)\s+(?:town|city|village|"
                          r"base|positions?)\s+(?:had|has)\s+(?:fallen|been\s+(?:taken|captured|lost)))"
                          r"|(?:has|have|had|did)\s+not\s+(?:yet\s+)?confirm(?:ed)?\s+(?:the|these|those|this|that|it|its|their|any)\b"
                          # "Reuters could not independently verify the group's claim"
                          r"|(?:could\s+not|cannot|was\s+unable\s+to|were\s+unable\s+to)\s+(?:immediately\s+)?(?:independently\s+)?"
                          r"(?:verify|confirm)\s+(?:it|this|that|them|(?:the|these|those|this|that|its|their)\s+(?:[\w'’\-]+\s+){0,2}?"
                          r"(?:claims?|reports?|accounts?|assertions?|statements?)))\b"
                          # evl: the claim itself left unchecked ("The claim could not be independently verified.",
                          # "There was no independent confirmation."); a toll left unchecked is not the capture
                          r"|\s*(?:The|This|That|These|Those|Such|Their|Its)\s+(?:claims?|reports?|accounts?|assertions?|statements?)\s+"
                          r"(?:could\s+not|cannot|can\s*not|has\s+not|have\s+not|was\s+not|were\s+not)\s+(?:immediately\s+|yet\s+)?"
                          r"(?:be\s+|been\s+)?(?:immediately\s+)?(?:independently\s+)?(?:verified|confirmed)\b"
                          r"|\s*There\s+(?:was|has\s+been)\s+no\s+(?:immediate\s+)?(?:independent\s+)?(?:confirmation|verification)"
                          r"(?:\s+of\s+(?:the|this|these|that)\s+(?:claims?|reports?|capture|seizure|fall|takeover))?\s*[.;,]", re.I)
#: gold 8: right before a capture verb, a vehicle as its object in a relative clause ("the train they seized in
#: a remote part of Balochistan", "a bus the gunmen captured near X"): the vehicle is taken, not the place.
_VEHICLE_TAKEN_BEFORE = re.compile(r"\b(?:trains?|bus(?:es)?|coach(?:es)?|planes?|aircraft|airliners?|ships?|vessels?|"
                                   r"tankers?|boats?|trucks?|lorr(?:y|ies)|cars?|vehicles?|convoys?)\s+(?:that\s+|which\s+)?"
                                   r"(?:they|he|she|it|we|(?:the|its|their)\s+[\w\-]+)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
#: gold 8: the sentence after a side's claimed attack says it never happened ('"No such encounter took place,"
#: the army spokesman said', "There was no such attack").
_NO_SUCH_NEXT = re.compile(r"\s*[\"“']?(?:no|there\s+(?:was|were|had\s+been)\s+no)\s+such\s+(?:[\w\-]+\s+)?(?:attacks?|ambush(?:es)?|"
                           r"encounters?|clash(?:es)?|incidents?|strikes?|operations?|shelling|fighting|battles?|raids?)"
                           r"(?:\s+(?:took\s+place|happened|occurred|(?:has|had)\s+(?:taken\s+place|happened|occurred))|[\"”']?\s*[.,])",
                           re.I)
#: gold 8: later in a claimed attack's sentence, the other side denies it ("..., which Dushanbe denied").
_WHICH_DENIED = re.compile(r",\s*which\s+(?:[\w'’\-]+\s+){1,4}?(?:denied|denies|rejected|rejects|dismissed|refuted)\b", re.I)
#: ... unless the claim tells of people killed or hurt (an attack with victims is reported, whoever denies it).
_HARM_WORDS = re.compile(r"\b(?:kill\w*|dead|died|wounded|wounding|injur\w*|hurt)\b", re.I)
#: Before a capture, in its sentence: it is someone's claim ("X claimed ... had captured", "according to X").
_CLAIMED = re.compile(r"\b(?:claim(?:ed|s)?|said|says|announced|according\s+to|asserted)\b", re.I)


#: In a raid's sentence: civilians killed ("..., killing 20 civilians", "and killed 10 people").
_CIVILIANS_KILLED = re.compile(r"\b(?:killing|killed|massacring|massacred|executing|executed|shot\s+dead|shooting\s+dead|"
                               # "stormed the village of Solenzo, shooting residents": an attack on them all the same
                               r"shooting(?:\s+at)?|opening\s+fire\s+on|firing\s+on|hacking|abducting|kidnapping)\s+"
                               r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|around\s+|over\s+)?"
                               r"(?:[\w,\-]+\s+){0,4}?(?:people|civilians|villagers|residents|worshippers|churchgoers|mourners|"
                               r"children|women|men|farmers|herders|fishermen|passengers|displaced|refugees|traders|miners|"
                               r"students|teachers|pilgrims|patients|guests)\b", re.I)


def _struck_from_afar(text: str, cs: int, ts: int, actors) -> bool:
    """Whether a force that strikes from afar struck a site before the killing verb at ``ts``
    ("US forces struck a port in Hodeidah, killing 38", "Israel hit a house in Jabalia, killing
    seven"), not people ("the army struck protesters"): an air or missile strike, not an attack by gunmen."""
    return any(cs <= a.start and a.end < ts and (a.kind == "country" or _STRIKING_FORCE.search(a.text))
               and (m := _STRUCK_SITE.match(text, a.end)) is not None and m.end() <= ts for a in actors)


def raid_on_civilians(text: str, ts: int, te: int, sent_end: int) -> bool:
    """Whether the capture verb at ``ts:te`` tells a raid that killed civilians ("Boko Haram
    stormed Gwoza, killing 20 civilians"): an attack on them, not a change of hands."""
    ft = fold(text)  # (the twins: same spans, found faster)
    return _RAID_VERB_F.search(ft, ts, te) is not None and _CIVILIANS_KILLED_F.search(ft, te, sent_end) is not None


#: After an actor: it condemns, denounces or mourns what follows, which it did not do.
#: evi: the day or occasion of the telling, between the teller and its verb ("The Security Council on Friday
#: condemned", "The UN, in a statement on Sunday, denounced"), or its office ("Pakistan's foreign ministry condemned").
_TELLING_TIME = (r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                 r"(?:\s+(?:night|morning|evening|afternoon))?|yesterday|today|tonight|this\s+(?:week|morning|afternoon|evening))"
                 r"|in\s+an?\s+(?:joint\s+|written\s+)?statement(?:\s+(?:on|late\s+on)\s+[\w\-]+)?")
_CONDEMNS_AFTER = re.compile(r"\)?(?:['’]s\s+(?:[\w\-]+\s+){0,2}?(?:ministry|office|government|mission|embassy|"
                             r"spokes(?:man|woman|person)|president|presidency|leader|chief|envoy|cabinet|parliament))?"
                             r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:(?:" + _TELLING_TIME + r")\s*,?\s*)?"
                             r"(?:(?:has|have|had|also|strongly|firmly|swiftly|sharply)\s+)*"
                             r"(?:condemned|condemns|condemn|denounced|denounces|deplored|deplores|decried|decries|mourned|"
                             r"mourns|deplored|criticised|criticized|criticises|criticizes)\b", re.I)
#: evi: the same after a title and a name the actor opens ("UN Secretary-General Antonio Guterres on Thursday
#: condemned", "Nigerian President Bola Tinubu denounced"): the body's officer tells it, the body did not do it.
_TITLED_CONDEMNER = re.compile(r"(?:\s+(?-i:[A-Z][\w\-'’.]*)){1,4}" + _CONDEMNS_AFTER.pattern, re.I)
#: Right before an event noun: someone's alarm or concern about it ("said it was alarmed by the fighting in",
#: "expressed deep concern over the renewed clashes"), which tells the event and takes no side in it.
_CONCERNED_BY = re.compile(r"\b(?:(?:alarmed|concerned|worried|troubled|disturbed|dismayed|appalled|horrified|saddened)\s+"
                           r"(?:by|about|over|at)|(?:concern|alarm|worry|dismay)\s+(?:over|about|at))\s+"
                           r"(?:(?:the|this|these|renewed|continued|continuing|ongoing|latest|recent|escalating|heavy|"
                           r"intense|fresh|deadly|reported|reports\s+of)\s+)*$", re.I)
#: After a toll: the report says it could not be checked (a side's claim of the other side's dead).
_UNVERIFIED = re.compile(r"\b(?:a\s+|the\s+)?(?:figure|claim|toll|number|tally)s?\s+(?:that\s+|which\s+)?(?:could\s+not|"
                         r"cannot|can\s*not|can['’]t|has\s+not|had\s+not|have\s+not|was\s+not|were\s+not|is\s+not)\s+"
                         r"(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed)", re.I)
#: Before "killing(s) of": a noun after a preposition or a verb about it ("bounties for the killing of police",
#: "an inquiry into the killing of"), not a killing told.
_NOMINAL_KILLING = re.compile(r"\b(?:for|over|about|into|against|behind|on|after|following|of|condemn(?:s|ed)?|denounc(?:es|ed)|"
                              r"investigat\w*|probe|inquiry)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?$", re.I)
#: A fight told as going on for a long time: "has been fighting ... for years" (background, no dated event).
#: "Burundian troops, who had been fighting alongside the army, withdrew": who they are, no event told
_RELATIVE_BEFORE = re.compile(r",\s*(?:who|which|that)\s+(?:\w+\s+){1,3}$", re.I)
#: Before a fight: its length, as background to what it led to ("after months of fighting"); days or weeks
#: of clashes before a town changes hands are the fight for it, kept.
_DURATION_OF = re.compile(r"\b(?:after|following|amid|despite)\s+(?:(?:several|many|two|three|four|five|six|\d+)\s+)?"
                          r"(?:months|years|decades)\s+of\s+(?:(?:heavy|fierce|intense|bitter)\s+)?$", re.I)
#: ... in days or weeks, told by what ended it ("A truce was announced after three days of fighting").
_DURATION_SHORT = re.compile(r"\b(?:after|following)\s+(?:(?:several|many|two|three|four|five|six|seven|\d+)\s+)?"
                             r"(?:days|weeks)\s+of\s+(?:(?:heavy|fierce|intense|bitter)\s+)?$", re.I)
#: After a toll: many events told as one ("killed 49 people last year in turf wars").
_MANY_EVENTS_AFTER = re.compile(r"\bin\s+(?:(?:a\s+)?(?:series\s+of|string\s+of|wave\s+of)\s+|[\w\-]+\s+)?"
                                r"(?:wars|attacks|clashes|raids|incidents|ambushes|killings|feuds)\b", re.I)
_ONGOING_FOR = re.compile(r"\bfor\s+(?:(?:several|many|two|three|four|five|six|\d+)\s+)?(?:years|decades|months)\b", re.I)
#: gold 6: a perfect over a long stretch is a record, not one event ("has attacked villages ... for months", "For more
#: than a year, the mission has fought ...", "In recent months, drones have also struck ..."): the span, and the
#: perfect's auxiliary just before the trigger or inside it.
_RECORD_SPAN = re.compile(r"\b(?:for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:an?\s+|(?:several|many|two|three|"
                          r"four|five|six|\d+)\s+)?(?:years?|decades?|months)|in\s+recent\s+(?:weeks|months|years)|over\s+the\s+"
                          r"(?:past|last)\s+(?:(?:few|several|two|three|\d+)\s+)?(?:weeks|months|years))\b", re.I)
_PERFECT_AUX = re.compile(r"\b(?:has|have)\s", re.I)
#: Before a date: a record it compares with ("the deadliest attack since 2022", "the first strike on the city since May").
_SUPERLATIVE_SINCE = re.compile(r"\b(?:\w+est|first|worst|most\s+\w+|biggest|largest|highest)\s+(?:[\w\-]+\s+){0,4}?"
                                r"(?:(?P<since>since|in)\s+(?:at\s+least\s+|early\s+|late\s+|mid-)?)?$", re.I)
#: Before a date: the start of something else it dates ("its biggest gain since the war began in April 2023",
#: "the first time since the truce took effect on Monday", "furthest since the group took up arms again in 2021"):
#: that start's date, not the event's.
_SINCE_BEGAN = re.compile(r"\bsince\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}?(?:(?:began|begun|started|erupted|"
                          r"broke\s+out|took\s+effect|came\s+into\s+force|was\s+(?:launched|signed|declared))\s+|"
                          r"(?:took\s+up\s+arms|resumed|re-?emerged|resurfaced|launched|returned)\s+(?:[\w\-]+\s+){0,3}?)$", re.I)
#: Between a trigger and a date after it: a clause telling a plan ("agreed a truce that will take effect on 10
#: June", "a corridor which is to open on Monday"): the plan's date, not the event's.
_PLAN_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:will|would|shall|(?:is|are)\s+(?:to|due\s+to|set\s+to|expected\s+to|"
                          r"scheduled\s+to))\b", re.I)
#: What every match of _SUPERLATIVE_SINCE holds ("-est", "first", "worst", "most"): without one, no search.
_SUPERLATIVE_WORDS = ("est", "first", "worst", "most")
_SUPERLATIVE_HINT = re.compile("|".join(map(re.escape, _SUPERLATIVE_WORDS)))  # one of them (one C-level search)


def dates_a_start_since(text: str, lo: int, hi: int) -> bool:
    """Whether a date at ``hi`` ends a "since the war began" clause opening in ``text[lo:hi]``
    (:data:`_SINCE_BEGAN`): the date of that start, not of the event or capture the sentence tells."""
    since = fold(text).find("since", lo, hi)
    return since >= 0 and _SINCE_BEGAN.match(text, since, hi) is not None


def _superlative_since(ft: str, lo: int, hi: int):
    """``_SUPERLATIVE_SINCE_F.search(ft, lo, hi)`` (``ft``: the folded text), skipped where none of
    the words every match holds lies in ``ft[lo:hi]`` (most dates)."""
    if _SUPERLATIVE_HINT.search(ft, lo, hi) is None:  # (as: no ft.find(w, lo, hi) >= 0)
        return None
    return _SUPERLATIVE_SINCE_F.search(ft, lo, hi)


#: A day named in words ("blamed the Gulf Clan for the killing of two soldiers ... last Sunday": a killing told).
_DATE_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|"
                        r"July|August|September|October|November|December|yesterday|overnight|last\s+(?:night|week))\b")
#: Between an actor and a trigger: it only tells what another subject did ("Pakistan's military said
#: Indian firing had killed", "The US military said the strike was in response to the drone attack").
_SAYER_HEAD = re.compile(r"(?:['’]s?(?:\s+[\w\-]+){1,3})?,?\s+(?:(?:also|again|later|earlier)\s+)?(?:said|says|reported|"
                         r"reports|claimed|claims|announced|stated|added|confirmed|told\s+(?:[\w\-]+\s+){1,3}?)\b", re.I)
#: A day of the week, as written in wire copy.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: What may come between the telling verb and its clause's subject ("on 18 September", "that", "in a statement").
_SAYER_FILLER = re.compile(r"\s*(?:(?:(?:on|late|early|last)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]\w+|[A-Z]\w+\s+\d{1,2}(?:st|nd|rd|th)?|\w+)"
                           r"|" + _WEEKDAY + r")"  # AP style: "said Sunday it had"
                           r"(?:\s+(?:night|morning|evening|afternoon))?|that|,)(?=\s)")
#: The subject of the told clause is the teller itself, or the gap is no clause ("in a statement", "it", "its fighters").
_SELF_SUBJECT = re.compile(r"\s*(?:it|they|its|their|he|she|his|her|we|our|i|my|this|to|in|at|via|through|earlier|later|"
                           r"yesterday|today|overnight|the\s+(?:group|movement|militants|rebels|army|force|forces|militia|"
                           r"organisation|organization)|(?:air\s+defen[cs]es?|troops|forces|soldiers|units|jets|aircraft|"
                           r"warplanes|drones|artillery|fighters|naval\s+forces))\b", re.I)


#: act2: a side claiming the attack its claim names ("ISKP claimed the bombing", "claimed responsibility for
#: Friday's ambush"): the claim names the perpetrator, who tells nobody else's act.
_CLAIMS_IT = re.compile(r"\s+(?:(?:has|have|had|also|quickly|later|swiftly)\s+)?claim(?:ed|s)\s+(?:responsibility\s+for\s+)?"
                        r"(?:(?:the|this|that|its|their|an?|[\w\-]+['’]s)\s+)?(?:[\w\-]+\s+){0,2}", re.I)
#: A trigger written as a verb ("killed", "attacked"): what a claimed noun did, told by the claimant ("the army
#: claimed the strike killed 20"), not a claimed act.
_VERB_TRIGGER = re.compile(r"[a-z]+ed\b")
#: After a claimed noun, the claim's own verb: it says what the act was or did, not who did it ("Moscow claimed the
#: shelling of Donetsk was Kyiv's work", "the army claimed the strike killed 20 militants").
_CLAIM_SAYS_AFTER = re.compile(r"[^.;:!?,]{0,80}?\s(?<!which\s)(?<!that\s)(?<!who\s)(?:was|were|killed|hit|struck|destroyed|"
                               r"wounded|left)\b", re.I)


def _told_by(text: str, a_end: int, ts: int) -> bool:
    """Whether the actor ending at ``a_end`` only tells the clause of the trigger at ``ts``, whose
    subject is someone else ("Pakistan's military said Indian firing had killed ..."); not who claims
    the act ("ISKP claimed the bombing")."""
    m = _SAYER_HEAD.match(text, a_end, ts)
    if m is None:
        return False
    if _CLAIMS_IT.fullmatch(text, a_end, ts) and not _VERB_TRIGGER.match(text, ts) \
            and not _CLAIM_SAYS_AFTER.match(text, ts):
        return False
    pos = m.end()
    while (f := _SAYER_FILLER.match(text, pos, ts)) is not None:
        pos = f.end()
    rest = text[pos:ts]
    if not rest.strip():
        # "Hamas's media office said a strike on a school ...": its office tells what struck (the
        # trigger is the told clause's subject); "The IDF said strikes hit ...": its own
        return m.group(0)[:1] in "'’"
    return (len(rest) <= 100 and not any(c in rest for c in ",;:") and not _SELF_SUBJECT.match(rest)
            # "The Israeli military said most were intercepted": a passive, whose agent may be the teller
            and not _PASSIVE_BEFORE.search(rest))


#: ... unless that subject is a toll the actor's fight left ("The army said 20 militants were killed in the clash").
_TOLL_GAP = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|captured|"
                       r"arrested|neutrali[sz]ed|eliminated)\b", re.I)
#: A body that counts, cares or judges but does not fight: as the teller of a killing ("UNICEF said 12 children were
#: killed", "The World Health Organization said 460 people were killed at the hospital"), never who did it.
_NO_SIDE_BODY = re.compile(r"\b(?:(?i:organi[sz]ation|programme|program|fund|watch|international|observatory|commission|"
                           r"agency|society|network|institute|lab|laboratory|doctors|m[ée]decins|red\s+cross|"
                           r"red\s+crescent|court|tribunal|united\s+nations)|UNICEF|UNHCR|OCHA|WFP|WHO|MSF|ICRC|ICC|UN|"
                           r"U\.N\.|IOM|HRW|SOHR)\b")
#: Before an actor told after the trigger, and after it: it only tells the story (", the state police command said").
_ATTRIBUTION_BEFORE = re.compile(r",\s*(?:[\w'’\-]+\s+){0,3}$")
_ATTRIBUTION_AFTER = re.compile(r"(?:\s+[\w'’\-]+){0,3}?\s+(?:said|says|reported|told|added|announced|confirmed|stated)\b",
                                re.I)
#: Before a battle word: its ending wished or agreed ("urged all sides to stop fighting", "an end to the clashes",
#: "talks aimed at ending the fighting", "a plan to resolve the fighting"): the fight is the object, no clash told.
_STOP_BEFORE = re.compile(r"\b(?:stop|stops|stopped|stopping|end|ends|ending|cease|ceases|ceasing|halt|halts|halting|"
                          r"resolve|resolves|resolving|avoid|refrain\s+from|"
                          r"(?:an\s+)?end\s+to|halt\s+(?:to|in|of)|cessation\s+of|pause\s+in|suspension\s+of|moratorium\s+on)\s+(?:the\s+|all\s+)?"
                          # ev15: "a deal to end six weeks of fighting": the whole span of it, ended
                          r"(?:(?:(?:several|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                          r"(?:days|weeks|months|years|decades)\s+of\s+(?:(?:heavy|fierce|intense|bitter)\s+)?)?$", re.I)


def _sentence_start(doc: Document, pos: int) -> int:
    """Where the sentence of ``doc`` holding ``pos`` starts (0 without sentences)."""
    sents = doc.sentences
    i = bisect_right(sents, pos, key=_START) - 1 if sents else -1  # (no list of starts made per call)
    return sents[i].start if i >= 0 else 0


def _title_repeat(doc: Document) -> Sentence | None:
    """A scraped page's title repeated as its first line (the page's own heading, under the headline the reader
    put first): a headline too, not the body's first telling; with the subtitle read into it as one sentence
    (ev23: "...Massacred Villagers in Kossi Province\nGovernment Should Investigate ...")."""
    sents = doc.sentences
    if len(sents) < 2:
        return None
    h, st = sents[0], sents[1]
    n = h.end - h.start
    if (st.end - st.start == n or (st.end - st.start > n and doc.text[st.start + n] == "\n")) \
            and doc.text.startswith(doc.text[h.start:h.end], st.start):
        return st
    return None


#: A headline's actor that names nobody in particular ("Gunmen kill 12", "Soldiers, rebels clash").
_HEADLINE_NOBODY = re.compile(r"(?:the\s+)?(?:(?:armed|suspected|unknown|unidentified|opposition|(?-i:[A-Z][\w\-]+))\s+)?(?:gunmen|soldiers|troops|rebels|militants|"
                              r"insurgents|jihadists|gangs?|bandits|attackers|assailants|fighters|militias?|militiamen|police|"
                              r"forces|security\s+forces)$", re.I)


#: A sentence's end and the space after it (the sentence before an entry is found from it).
_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*\s+")


def raid_entry(text: str, ts: int, te: int, sent_start: int, end: int) -> bool:
    """Whether the entering verb at ``ts:te`` ("entered", "stormed", "swept into") tells an incursion:
    a raid, a search or an arrest operation told in its sentence (up to ``end``) or the one before
    ("Israeli forces killed nine Palestinians in raids ... Troops entered Jenin and Tulkarm"), or the
    police coming in (gold 8: "police stormed the Jacarezinho favela")."""
    if not _ENTRY_VERB.match(text, ts, te):
        return False
    lo = text.rfind("\n\n", max(0, sent_start - 250), sent_start)
    lo = max(0, sent_start - 250) if lo < 0 else lo
    head = sent_start
    while head > lo and text[head - 1].isspace():
        head -= 1
    for stop in _SENTENCE_STOP.finditer(text, lo, max(lo, head - 1)):
        lo = stop.end()  # the sentence before starts after the one before it ends: "The RSF answer with raids on
        # villages. On 21 February, the army retook X. Four days later, the army entered Y": no raid told for Y
    return (_RAID_CONTEXT.search(text, lo, end) is not None or _DAWN_ENTRY.search(text, te, end) is not None
            or _POLICE_ENTRANTS.search(text, max(sent_start, ts - 40), ts) is not None)


#: Just before an entering verb: people who are no side, whose coming in takes nothing ("thousands of
#: refugees walked into Adre", "protesters marched into the square").
_UNARMED_ENTRANTS = re.compile(r"\b(?:refugees|migrants|displaced|civilians|residents|villagers|protesters|demonstrators|"
                               r"pilgrims|families|crowds?|people|fans|supporters|tourists|journalists|students|"
                               r"aid\s+workers|convoys?|trucks|lorries)\s+(?:(?:had|have|has|also|then|later|finally)\s+)?$",
                               re.I)


def unarmed_entry(text: str, ts: int, te: int, sent_start: int) -> bool:
    """Whether the entering verb at ``ts:te`` tells people who are no side coming in ("refugees entered
    Adre"): no change of hands."""
    return (_ENTRY_VERB.match(text, ts, te) is not None
            and _UNARMED_ENTRANTS.search(text, max(sent_start, ts - 40), ts) is not None)


#: After an entering verb, in its clause: the same side fought there ("entered Goma on Sunday and clashed with the army").
_AND_FOUGHT = re.compile(r"[^.;:!?]{0,120}?\band\s+(?:then\s+|later\s+|briefly\s+|fiercely\s+|heavily\s+)?"
                         r"(?:clashed|fought|battled|exchanged\s+(?:heavy\s+|intense\s+)?(?:gun)?fire|engaged)\b", re.I)


def entered_to_fight(text: str, ts: int, te: int, end: int) -> bool:
    """Whether the entering verb at ``ts:te`` opens a fight told in its clause (up to ``end``): "Rebels
    entered Goma on Sunday and clashed with the army" is one armed clash (the clash's own trigger tells
    it), no change of hands."""
    return _ENTRY_VERB.match(text, ts, te) is not None and _AND_FOUGHT.match(text, te, end) is not None


#: audit 7: an entry told as a dawn raid or an "aggression" in its own sentence ("the occupation forces
#: stormed the city of Jenin and its camp at dawn today, launching a wide-scale aggression").
_DAWN_ENTRY = re.compile(r"\b(?:at\s+dawn|at\s+daybreak|pre-?dawn|before\s+dawn|(?:wide-?scale|large-?scale|"
                         r"military)\s+aggression)\b", re.I)


#: A verb in the present with a plural subject, as timelines and headlines tell events ("Russian forces
#: take Vuhledar", "Rebels seize Goma", "Troops withdraw from Tessit")...
_BARE_VERB = re.compile(r"(?<![\w\-])(?:take|seize|capture|enter|retake|recapture|regain|liberate|reclaim|withdraw|retreat|"
                        r"pull\s+out|kill)\b", re.I)
#: ... not when demanded, wished or supposed ("demanded that Russian forces withdraw from Ukraine",
#: "if the rebels take Goma", "until government troops retake the town").
_IRREALIS_BEFORE = re.compile(r"\b(?:that|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|"
                              r"insist(?:s|ed|ing)?|want(?:s|ed)?|ask(?:s|ed)?|let|unless|if|whether|should|must|would|"
                              r"could|might|(?-i:may)|fear(?:s|ed)?|expect(?:s|ed)?|until|once|help(?:s|ed)?|see|saw|watch(?:ed)?|"
                              r"lest|so)\s[^.;:!?]*$", re.I)


#: After an attack: its object is where civilians are ("the Plaine Savo displacement site", "a wedding party").
_CIVILIAN_SITE_AFTER = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w'’\-]+\s+){0,3}?(?:(?:displacement|displaced|IDP|refugee)\s+"
                                  r"(?:camps?|sites?|settlements?|centres?|centers?)|wedding(?:\s+(?:party|ceremony))?|funeral|"
                                  r"market(?:place)?|school|church|mosque|hospital|clinic|health\s+cent(?:re|er)|bus|minibus|"
                                  r"passenger\s+(?:bus|train|boat)|cattle\s+camps?)\b", re.I)
#: Before a possessive date: the event is told against another one ("on the anniversary of last year's ...")
_RELATED_BEFORE = re.compile(r"\b(?:anniversary\s+of|to\s+mark|commemorat\w*|in\s+memory\s+of|since|after|following|"
                             r"ahead\s+of|before|than|compared\s+(?:with|to)|like|as\s+in|repeat\s+of)\s+(?:the\s+)?$", re.I)
#: After a possessive date: an event noun ("Tuesday night's missile barrage"): that event's date.
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|barrage|strikes?|shelling|bombings?|fighting|clashes|"
                               r"raids?|ambush|killings?|massacre|offensive|assault|explosions?|blasts?|protests?|march|"
                               r"demonstrations?|rally|riots?|violence|battle|capture|fall|withdrawal)\b", re.I)
#: After a capture verb: the place is the one just named ("recaptured it", "took it back").
_IT_AFTER = re.compile(r"\s+it(?:\s+back)?\b(?!['’])", re.I)
#: evh: a trigger telling a place taken again ("retook", "recaptured", "regained", "reclaimed", "re-entered").
_RETAKE_VERB = re.compile(r"re-?(?:took|take|taken|taking|captur|gain|claim|enter|occup|seiz)", re.I)
#: How far back (characters) the change of hands "it" refers to may be told: this sentence or the one before.
_IT_REACH = 300
#: After a trigger: the event it avenges or answers, whose toll is not this one's.
_AVENGED = re.compile(r"\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+for|to\s+avenge|avenging)\b", re.I)
#: Words some rarer readings need in the sentence: a denied report, a rumour or a fact called made up (h), a condition (c), a
#: fight's end wished (s), a claim of responsibility (r), a drill, parade or showcase (d), a past event remembered or
#: retold in a work (m).
_CUE_WORDS = (("h", ("deni", "deny", "reject", "dismiss", "refut", "disput", "rumo", "unconfirm", "unverif", "uncorrob",
                     "speculat", "invent", "fabricat", "made up")),
              ("c", ("if ", "unless", "lest ", "whether")),
              ("s", ("stop", "end", "cease", "halt", "resolv", "avoid", "refrain", "cessation", "pause", "suspension",
                     "moratorium")),
              ("r", ("claim", "responsib")),
              ("d", ("mock", "simulat", "blank", "exercise", "drill", "war game", "war-game", "wargame", "parade",
                     "salute", "manoeuvre", "maneuver", "demonstration")),
              ("m", ("anniversar", "commemorat", "memorial", "remembrance", "memory", "film", "movie", "documentar",
                     "book", "novel", "exhibition", "museum", "monument")))


def _cue_automaton():
    """The cue words in one Aho-Corasick automaton (every occurrence, overlaps too, found in one
    pass: the same keys as testing each word), or None without ``ahocorasick``."""
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - a dependency of the gates
        return None
    auto = ahocorasick.Automaton()
    for key, words in _CUE_WORDS:
        for w in words:
            auto.add_word(w, key)  # (no word is two cues' word)
    auto.make_automaton()
    return auto


_CUE_AUTOMATON = _cue_automaton()


#: Before a participle used as an adjective ("the abducted villagers", "20 kidnapped pupils") ...
_DETERMINER_BEFORE = re.compile(r"(?<![\w\-])(?:the|their|its|his|her|our|those|these|remaining|other|all|some|of|"
                                r"\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+$", re.I)
#: gold 4: "the protesters", "The demonstrators": people of a protest told before.
#: gold 7: before a trigger, months or years counted back to it from the event told ("recaptured Wad Madani, more
#: than a year after the paramilitary Rapid Support Forces (RSF) seized it"; days and weeks are _LAG_OPENING's).
_MONTHS_AFTER_BEFORE = re.compile(r"\b(?:(?:more\s+than|nearly|almost|about|some|over|just\s+over|less\s+than)\s+)?"
                                  r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
                                  r"several|a\s+few|\d{1,2})\s+(?:months?|years?)\s+after\s+[^,;.!?]{0,70}$", re.I)
#: gold 7: before a plural protest noun with no article ("shot during demonstrations in Homs", "arrested at
#: protests"): protests in general, an event only if the clause gives its day.
_BARE_DURING_BEFORE = re.compile(r"\b(?:during|at|amid)\s+$", re.I)
#: gold 7: after a comma, a ranking of the event the sentence told ("..., in the heaviest exchange of fire in a
#: year", "..., in the deadliest attack on the town since May"); not "were killed in the fiercest fighting".
_RANKED_AFTER_COMMA = re.compile(r",\s*(?:in|during|marking|making\s+it)\s+(?:the|what\s+(?:was|is)\s+the)\s+"
                                 r"(?:[\w\-]+est|worst|biggest|largest|most\s+\w+)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: gold 7: before a killing verb, one side's claim of the toll ("JNIM claimed to have killed 70", "the group said it
#: had killed 40"), when the sentence gives the toll of an event told before.
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed|claims|claiming)\s+(?:to\s+have|it\s+had|they\s+had)\s+$", re.I)
#: gold 8: a side's own account of what it did, right before the killing verb ("said in a statement that it had").
_SAID_IT_HAD = re.compile(r"\b(?:said|says|claimed|claims)\b[^.;:!?]{0,30}?\b(?:it|they|its\s+fighters|their\s+fighters)\s+"
                          r"(?:had|have|has)\s+$", re.I)
#: gold 9: one side's own toll told with the fight it was in, told before ("... withdrew and said it had killed dozens
#: of soldiers in the fighting"): the killing verb, or the fight's noun after it.
_IN_THE_FIGHT_AFTER = re.compile(r"[^.;:!?]{0,60}?\bin\s+the\s+(?:fighting|clashes|battle|attack|assault|offensive|"
                                 r"ambush|raid)\b", re.I)
_SAID_IT_KILLED_IN_THE = re.compile(r"\b(?:said|says|claimed|claims)\b[^.;:!?]{0,30}?\b(?:it|they|its\s+fighters|their\s+"
                                    r"fighters)\s+(?:had|have|has)\s+killed\b[^.;:!?]{0,60}?\bin\s+the\s+$", re.I)
#: gold 8: after that killing, the other side rejects the figure (", a figure the military rejected as propaganda").
_FIGURE_REJECTED = re.compile(r",\s*(?:a|the)\s+(?:figure|claim|number|toll)\s+(?:that\s+|which\s+)?(?:[\w'’\-]+\s+){1,4}?"
                              r"(?:rejected|denied|dismissed|disputed|called)\b", re.I)
#: What a relative clause after the event may tell of the killing it counts ("where nine were shot dead on 7 July").
_TOLL_KILLED = re.compile(r"\b(?:kill(?:ed|ing)|shot\s+dead|gunned\s+down|massacred)\b", re.I)
#: gold 7: the opening of a sentence summing up what a page told ("Here is a summary: missiles killed ten people in
#: Haifa", "In summary, ..."), after a liveblog entry's time if any; not a report's "Summary:" heading, which
#: may be its only telling (gold 5's incident report).
_SUMMARY_OPENING = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|local)?\s*[-–—:]\s*)?(?:here\s+is\s+a\s+summary|"
                              r"here['’]s\s+a\s+summary|in\s+summary|to\s+summari[sz]e|to\s+sum\s+up)\b", re.I)
#: gold 9: an analyst's forecast or judgment opened by its label ("Outlook: ...", "Bottom line: ...", a paragraph
#: headed "Assessment."): what the analyst expects or concludes, no event of its own (not "Summary:" nor "Key
#: developments:", which may be a report's only telling).
_JUDGMENT_LABEL = r"(?:outlook|looking\s+ahead|what\s+next|bottom\s+line|assessment|forecast)"
_JUDGMENT_OPENING = re.compile(_JUDGMENT_LABEL + r"\s*[:\-\u2013\u2014]", re.I)
_JUDGMENT_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*" + _JUDGMENT_LABEL + r"[ \t]*[.:][ \t\n]*$", re.I)
#: gold 7: fighters who are a party's or a candidate's supporters ("supporters of the two main parties clashed",
#: "activists of the BNP and Jamaat fought with sticks"), or who fight with what a crowd picks up: a riot (ev18: not
#: "armed cadres of" a guerrilla's battalion).
_PARTISANS = re.compile(r"\b(?:(?:party|political)\s+(?:supporters|activists|cadres|workers|loyalists|thugs)|"
                        r"(?<!armed\s)(?:supporters|activists|cadres|loyalists)\s+of\b|(?:rival|opposition)\s+(?:supporters|"
                        r"activists|cadres)|with\s+(?:sticks|clubs|stones|bricks|iron\s+rods|rods|bamboo\s+sticks)\b)",
                        re.I)
#: gold 7: before a violent trigger in a protest's sentence, the word that makes it what is protested
#: ("marched against the drone attack", "protested over the killing of", "rallied to denounce the strikes").
_PROTESTED_OBJECT_BEFORE = re.compile(r"\b(?:against|over|condemning|denouncing|decrying|to\s+(?:condemn|denounce|"
                                      r"protest(?:\s+against)?))\s+(?:the|this|these|last\s+\w+['’]s|recent|an?|"
                                      r"its|their)\s+(?:[\w\-]+\s+){0,3}$", re.I)
#: gold 7: before "protest", the verbs of a government's formal complaint ("summoned the charge d'affaires to
#: lodge a strong protest", "registered a formal protest with the embassy"): diplomacy, not a demonstration.
_LODGED_BEFORE = re.compile(r"\b(?:lodg(?:e|es|ed|ing)|register(?:s|ed|ing)?|fil(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|"
                            r"conve(?:y|ys|yed|ying))\s+(?:an?\s+|its\s+|their\s+)?(?:(?:strong|formal|official|"
                            r"diplomatic|strongly[\s\-]worded|vigorous|firm)\s+){0,2}$", re.I)
_THE_PROTESTERS = re.compile(r"(?<![\w\-])(?:the|some)\s+(?:protesters|protestors|demonstrators|marchers)\b", re.I)
#: ev23: after "protest", what a movement has or is, not a crowd on a day ("Protest leaders met the minister",
#: "protest organisers called a strike", "a protest song"): no protest told.
_PROTEST_MODIFIES = re.compile(r"\s+(?:leaders?|organi[sz]ers?|movements?|groups?|songs?|slogans?|letters?|votes?|"
                               r"figures?|spokes(?:man|woman|person)|coordinators?|committees?|networks?|tactics)\b", re.I)
#: ev23: in a headline or a liveblog's entry title, the label of the coverage ("Kenya protests live: ...", "Live
#: updates: Serbia protests", "As it happened: ...", "... protests: what we know"): the protests are its topic,
#: which the entries tell one by one, not one protest (not "live rounds", "live fire").
_COVERAGE_LABEL = re.compile(r"(?:^|[:|\-–—]\s*)live\b(?!\s+(?:rounds?|ammunition|bullets?|fire)\b)|\blive\s*(?:[:|\-–—]|$)|"
                             r"\blive[\s\-]+(?:updates?|blog|coverage)\b|\bas\s+it\s+happened\b|\bwhat\s+we\s+know\b|"
                             r"\bkey\s+events\b|\bexplained\b|\bin\s+pictures\b", re.I | re.M)
#: ev23: a perfect right before a violent trigger, and "since then" in its sentence ("hundreds have been killed by
#: Israeli fire since then", "Since then, they have fought for control of ..."): a running total or a state since
#: an event told before, no one event.
_SINCE_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|been|repeatedly|regularly|often|since)\s+){0,2}$", re.I)
_SINCE_THEN = re.compile(r"\b(?:since\s+then|ever\s+since)\b", re.I)
#: ev23: an event noun as what someone names it ("Erdogan called the attacks a 'worrying escalation'", "described
#: the protests as an attempted coup", "branded the strikes a war crime"): told before, no event of its own.
_APPRAISED_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing|e)|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|"
                               r"label(?:s|ed|led|ing|ling)?|dismiss(?:es|ed|ing)?)\s+(?:the|these|those|this|that)\s+"
                               r"(?:[\w\-]+\s+){0,2}$", re.I)
_APPRAISED_AFTER = re.compile(r"\s+(?:as\s|an?\s|[\"“‘'])")
#: After an event word, up to an aside between commas, a verb that reads a lesson in it ("the attacks showed that",
#: "The strikes, far from the front, show how", "The attacks must be investigated"): the event told, appraised.
_SHOWED_AFTER = re.compile(r"(?:,(?:[^,.;:!?]|(?<=\d)[,.](?=\d)){0,120},)?\s+(?:(?:also|clearly|only|again)\s+)?(?:(?:show(?:s|ed)?|prove(?:s|d)?|"
                           r"demonstrat(?:e|es|ed)|underline(?:s|d)?|underscore(?:s|d)?|highlight(?:s|ed)?|reveal(?:s|ed)?|"
                           r"suggest(?:s|ed)?|indicate(?:s|d)?|illustrate(?:s|d)?|confirm(?:s|ed)?|mean(?:s|t)?)\s+"
                           r"(?:that|how|what|why)\b|(?:must|should)\s+be\s+(?:investigated|probed|condemned|stopped))", re.I)
#: Before it: the event named as one told ("the attacks", "these strikes", "Sunday's raids").
_DEFINITE_EVENT_BEFORE = re.compile(r"(?:^|\b(?:the|these|those|such|this|that)\s+|['’]s\s+)(?:[\w\-]+\s+){0,2}$", re.I)
#: ev23: before a plural event noun, a count of many ("in dozens of attacks in the region this year", "fought more
#: than 300 engagements", "a string of raids"): many events told as one, no one event unless its days are told.
_MANY_COUNT_BEFORE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|a\s+(?:series|string|spate|wave)|(?:more\s+than|over|"
                                r"some|nearly|almost)\s+(?:\d{2,}|[a-z]+ty|a\s+hundred|\w+\s+hundred))\s+(?:of\s+)?"
                                r"(?:[\w\-]+\s+){0,2}$", re.I)
#: The longest line read as a headline or an entry's title.
_TITLE_LINE_MAX = 150
#: Between the parts of a headline ("Georgia protests live: police clear ...; rallies in ...").
_TITLE_PART_END = re.compile(r"\s*[:;|–—]\s*|\s+-\s+")
#: gold 4: before an event noun, an appeal to condemn or stop such events ("We call on the international
#: community to condemn the air strikes of the military council", "urged donors to denounce the attacks on").
_CALL_TO_CONDEMN_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|"
                                     r"ask(?:s|ed|ing)?)\s+[^.;:!?]{0,80}?\bto\s+(?:condemn|denounce|stop|end|halt|"
                                     r"prevent)\s+(?:the\s+|all\s+|these\s+|such\s+|further\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
#: evq: after a ship seized, its crew or passengers held for ransom or as hostages ("..., holding 25 sailors for
#: ransom", "and is holding its crew hostage"): the people taken make the piracy an abduction.
_CREW_HELD = re.compile(r"[^.;:!?]{0,80}?\b(?:holding|held|keeping|kept)\s+(?:[\w\-]+\s+){0,3}?(?:crew|crews|sailors|"
                        r"seafarers|seamen|fishermen|passengers|mariners|crewmen|crew\s+members)\s+(?:hostage|for\s+ransom)\b",
                        re.I)
#: ... and the noun it qualifies right after it: a person, not what happened to them now.
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|of|from|in|on|at|near|during|and|or|as|after|before|when|while|since|last|this|"
                         r"overnight|early|late|yesterday|today|earlier)\b)[a-z][\w\-]*(?:\s|[,.;])", re.I)


#: gold 5: a sentence about a drill, a parade or a weapons show, whose attacks and marches are staged ("stormed a mock
#: rebel camp as part of a joint exercise", "artillery fired blank rounds", "jets simulated an air strike", "marched
#: through the capital in a parade to mark Independence Day", "a 21-gun salute", "live demonstrations of drones").
_DRILL = re.compile(r"\b(?:mock\s+(?:[\w\-]+\s+){0,2}?(?:camps?|attacks?|assaults?|battles?|raids?|villages?|targets?|"
                    r"positions?|bases?)|simulat(?:ed|es|ing|ions?)|blank\s+(?:rounds|ammunition|shots|cartridges)|"
                    r"(?:military|joint|naval|air|live-fire|training|field|combined|command-post|tactical|annual|"
                    r"multinational|bilateral|[\w]+-day)\s+(?:exercises?|drills?|manoeuvres|maneuvers)|"
                    r"(?:as\s+part\s+of|during)\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:exercises?|drills?|war[\s\-]?games?)|"
                    r"exercises?\s+(?:code-?named|dubbed|called)|war[\s\-]?games?|"
                    r"(?:in|during)\s+an?\s+(?:[\w\-]+\s+){0,2}?parade|parades?\s+(?:to\s+mark|marking|celebrating|for)|"
                    r"(?:military|victory|independence|anniversary)\s+parades?|(?:\d+|twenty-one)-gun\s+salute|"
                    r"(?:live|public|technical|flying|firing|combat|weapons?)\s+demonstrations?|"
                    r"demonstrations?\s+of\s+(?:[\w\-]+\s+){0,3}?(?:techniques?|skills?|capabilit(?:y|ies)|systems?|weapons?|"
                    r"equipment|products?|drones?|force|firepower|strength|might|tactics))\b", re.I)


#: ev15: right before an event noun, the event is remembered or a work retells it ("the anniversary of the
#: bombing of", "commemorated the shelling of", "a film about the siege of"): no new event told.
_REMEMBERED_BEFORE = re.compile(
    r"\b(?:anniversar(?:y|ies)|commemorations?|commemorat(?:e|es|ed|ing)|memorials?|remembrance|memory"
    r"|(?:films?|movies?|documentar(?:y|ies)|books?|novels?|exhibitions?|museums?|monuments?)\s+"
    r"(?:about|on|of|to|depicting|recounting|chronicling|dramati[sz]ing|commemorating|marking))"
    r"\s+(?:(?:of|for|to|marking)\s+)?(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w\-'’]+\s+){0,4}$", re.I)


#: Right before a trigger, in its clause: a condition ("... if Hezbollah fired rockets at", "unless the
#: rebels attack"): supposed, not told as done.
_CONDITION_BEFORE = re.compile(r"(?<![\w\-])(?<!as\s)(?<!even\s)(?:if|unless|lest|whether)\s+"
                               r"(?:(?!(?:and|but|then|or)\b)[\w'’\-]+\s+){0,5}$", re.I)


#: Right before an attack noun: what someone means or means to stop, not what happened ("used the camp to plan
#: attacks on X", "plotting attacks in Y", "aimed at launching strikes", "to prevent raids on Z"): irrealis. (A side
#: "planning", "preparing" or "threatening to launch" an assault is the planned cues' announced event, kept as planned.)
_PURPOSED_BEFORE = re.compile(r"(?:\b(?:to|at|for|of|in)\s+(?:plan|planning|plot|plotting|prepare|preparing|organi[sz]e|"
                              r"organi[sz]ing|coordinate|coordinating|launch|launching|stage|staging|mount|mounting|"
                              r"carry(?:ing)?\s+out|conduct|conducting|prevent|preventing|thwart|thwarting|foil|foiling|"
                              r"stop|stopping|deter|deterring|avert|averting)"
                              r"|\b(?:plotting|plotted|preventing|prevented|thwarting|thwarted|foiling|foiled|averting|averted))\s+"
                              r"(?:(?:an?|the|new|further|more|future|fresh|possible|deadly|large-scale|coordinated|"
                              r"terror(?:ist)?|suicide|revenge|retaliatory|cross-border)\s+){0,3}$"
                              # lead: what is averted, with any words describing it ("talks aimed at averting a full
                              # assault on the port", "a bid to prevent an Israeli attack", "to head off a new offensive")
                              r"|\b(?:prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|forestall(?:s|ed|ing)?|avoid(?:s|ed|ing)?|"
                              r"(?:head(?:s|ed|ing)?|stav(?:e|es|ed|ing)|ward(?:s|ed|ing)?)\s+off)\s+(?:an?\s+|the\s+|any\s+)?"
                              r"(?:(?!(?:and|or|but|from|by|with|in|on|at|after|before|while|when|that|which|who|as|then|"
                              r"into|against|near|over|was|were|is|are|had|has|have)\b)[\w\-]+\s+){0,2}$", re.I)
#: evi: right before an attack noun, a verb that stopped it before it happened, with at most two words describing it
#: ("prevented a planned attack", "averted an assault", "thwarted an imminent raid").
_AVERTED_BEFORE = re.compile(r"\b(?:(?:prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|forestall(?:s|ed|ing)?)\s+"
                             r"(?:an?\s+|the\s+|any\s+)?(?:[\w\-]+\s+){0,2}"
                             # (a raid "foiled" or "thwarted" may have been fought off: only a plan's)
                             r"|(?:thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?"
                             r"(?:planned|plotted|intended|imminent|would-be)\s+(?:[\w\-]+\s+)?)$", re.I)
#: lead: before such a purpose, the charge that makes it a deed alleged ("accused Pakistan of carrying out air
#: strikes", "blamed the RSF for staging raids"): one side's accusation, an event told as alleged (not a suspect's
#: charge: "arrested men suspected of launching attacks" tells no attack of its own).
_CHARGED_WITH_DEED = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+"
                                r"(?:[\w'’\-]+\s+){0,4}?(?:of|for)\s+(?:carry(?:ing)?\s+out|launching|staging|"
                                r"mounting|conducting)\s+(?:[\w\-]+\s+){0,3}$", re.I)


#: Right before a fight: it goes on ("continued attacks near X", "continue their offensive operations"): with no
#: day told, the ongoing fighting an assessment sums up, no one event; with a day, that day's fighting.
_CONTINUED_BEFORE = re.compile(r"\b(?:continued|continue|continues|continuing)\s+(?:(?:their|its|the|limited|ground|"
                               r"small-scale|offensive|infantry|locali[sz]ed|mechani[sz]ed|assault|intense|heavy)\s+){0,3}$",
                               re.I)


#: isw: right before a front-line gain with no day: an assessment's summary line ("Russian forces recently advanced
#: in the Pokrovsk direction", "Key Takeaways: ... recently regained positions near Lyman"), whose dated detail follows.
_RECENTLY_BEFORE = re.compile(r"\brecently\s+$", re.I)
#: ev13: after a fight told "after" or "following" it, its own dead as the main clause ("after an intense exchange of
#: fire, eight militants were killed", army press releases' "... khwarij were sent to hell"): the fight is the event.
_TOLL_OF_THE_FIGHT = re.compile(r"[^,.;:!?]{0,60},\s+(?:[\w\-]+\s+){1,4}(?:were|was|had\s+been)\s+(?:killed|martyred|"
                                r"neutrali[sz]ed|eliminated|sent\s+to\s+hell)\b", re.I)
#: Right after a front-line gain: the axis or the town it sums up ("in the Zaporizhzhia direction", "near Toretsk").
_SUMMED_FRONT_AFTER = re.compile(r"(?:\s+(?:a|an|several|two|three|four|some|\d+)\s+(?:small\s+)?(?:villages?|settlements?|"
                                 r"positions|localit(?:y|ies)|hamlets?))?"  # "recently liberated a village in the X direction"
                                 r"\s+(?:in|near|around|towards?)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_AXIS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+)?\s+(?:direction|axis|front)\b")

#: evl: right before a fight, a period as the subject that saw it ("This week saw continued fighting across ...",
#: "The past month was marked by heavy clashes in ..."): a weekly overview's framing line, which sums up the
#: fights it goes on to tell, no one event.
_PERIOD_SAW_BEFORE = re.compile(r"\b(?:week|weekend|fortnight|month|period|days|year)\s+(?:has\s+|have\s+|had\s+)?"
                                r"(?:saw|seen|witnessed|was\s+marked\s+by|were\s+marked\s+by|been\s+marked\s+by|brought)\s+"
                                r"(?:(?:continued|continuing|renewed|sporadic|heavy|intense|fierce|more|further|ongoing|"
                                r"widespread|intermittent|scattered|frequent)\s+){0,2}$", re.I)
#: Right before a verb in the present: a plural subject naming armed men ("Russian forces take ...").
_PLURAL_SUBJECT = re.compile(r"(?<![\w\-])(?:forces|troops|fighters|rebels|militants|insurgents|jihadists|gunmen|soldiers|"
                             r"militias|militiamen|separatists|guerrillas|bandits|paramilitaries|marines|commandos)\s+$", re.I)


#: A plural subject naming armed men and a verb in the present after it ("Gunmen stop", "Fighters burn"), in the clause
#: before a second present joined by "and".
_PLURAL_PRESENT = re.compile(r"(?<![\w\-])(?:forces|troops|fighters|rebels|militants|insurgents|jihadists|gunmen|soldiers|"
                             r"militias|militiamen|separatists|guerrillas|bandits|paramilitaries|marines|commandos)\s+"
                             r"(?!(?:and|or|who|which|that|of|in|on|at|from|with|had|have|were|are|was|is)\b)"
                             r"[a-z]+(?<!ed)(?<!ing)\b[^.;:!?]*$", re.I)


def wished(text: str, vs: int, sent_start: int) -> bool:
    """Whether the verb at ``vs`` is a bare present ("take") told as something demanded, wished
    or supposed rather than done ("called for foreign troops to ... / that foreign troops withdraw from")."""
    return (_BARE_VERB.match(text, vs) is not None
            and _IRREALIS_BEFORE.search(text, max(sent_start, vs - 80), vs) is not None)


def _quoted_apart(text: str, ss: int, at: int, ts: int) -> bool:
    """Whether ``at`` lies inside a quotation of its sentence (from ``ss``) that closes before ``ts``, which is
    outside it: words quoted, then the narrator's ('"We will return on Friday," said a man as fighters
    looted the market')."""
    if '"' not in text[ss:ts] and "\u201c" not in text[ss:ts]:
        return False  # (most sentences: no quotation)
    return in_quotation(text, ss, at) and not in_quotation(text, ss, ts)


def _date_after(text: str, end: int, dates) -> Any:
    """The date mention told right after a place ("Buthidaung in May"), else None."""
    for d in dates:
        if end <= d.start <= end + 2 and not text[end:d.start].strip():
            return d
    return None


#: A clause telling a past fact by the time since it, against the present of its sentence ("A year after
#: Russian forces withdrew from Kherson, the city is still shelled daily").
_ELAPSED_BEFORE = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                             r"(?P<unit>day|week|month|year)s?\s+(?:after|since)\s+[^,.;:!?]{0,100}$", re.I)
_PRESENT_MAIN = re.compile(r"[^,]*,\s*[^.;:!?]{0,80}?\b(?:is|are|remains?|has|have|continues?|still)\b", re.I)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def elapsed_date(text: str, ts: int, sent_start: int, published: Any) -> FactDate | None:
    """The date of a fact told "N years/months/weeks/days after" it, from the publication date, when its
    sentence's main clause is in the present ("A year after Russian forces withdrew from Kherson, the
    city is still shelled"), else None."""
    if published is None:
        return None
    lo = max(sent_start, ts - 120)
    if text.find(" after ", lo, ts) < 0 and text.find(" since ", lo, ts) < 0:
        return None  # (most facts: no time since anything told before them)
    m = _ELAPSED_BEFORE.search(text, lo, ts)
    if m is None or not _PRESENT_MAIN.match(text, ts):
        return None
    raw = m.group("n").lower()
    n, unit = (int(raw) if raw.isdigit() else _SMALL[raw]), m.group("unit").lower()
    if unit == "day":
        d = published - dt.timedelta(days=n)
        return FactDate(d, d, "day", m.group(0)[:40], "relative")
    if unit == "week":
        d = published - dt.timedelta(days=7 * n)
        return FactDate(d - dt.timedelta(days=d.weekday()), d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=6),
                        "week", m.group(0)[:40], "relative")
    if unit == "month":
        y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
        start = dt.date(y, mo + 1, 1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return FactDate(start, end, "month", m.group(0)[:40], "relative")
    y = published.year - n
    return FactDate(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", m.group(0)[:40], "relative")


def _lagged(base: FactDate, lag: re.Match) -> FactDate:
    """``base`` moved by the lag a clause opens with ("a day after": a day before; "two weeks after": the
    week two weeks before; "hours after", "several days after", "days after": the same day, the days before)."""
    sign = -1 if lag.group("dir").lower() == "after" else 1
    unit = lag.group("unit").lower()
    # (lead: "days after" with no count is some days, as "several days after"; "a day after" is one)
    raw = (lag.group("n") or ("several" if lag.group(0).lower().startswith(unit + "s") else "a")).lower()
    if unit == "hour":
        return base
    if raw in ("several", "a few"):
        lo, hi = sorted((base.start + dt.timedelta(days=sign), base.start + dt.timedelta(days=sign * (7 if unit == "day" else 28))))
        return FactDate(lo, hi, "week" if unit == "day" else "month", lag.group(0).strip(), "context")
    n = (int(raw) if raw.isdigit() else _SMALL[raw]) * (1 if unit == "day" else 7)
    day = base.start + dt.timedelta(days=sign * n)
    precision = base.precision if unit == "day" else "week"
    return FactDate(day, day if precision == "day" else day + dt.timedelta(days=6), precision,
                    lag.group(0).strip(), "context")


#: A four-digit year written in a date's text ("in March 2025", "on 3 June 2024").
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: gold 6: or "last year" ("On June 25 last year, protesters stormed parliament", read a year later)
_YEARS_AGO = re.compile(r"\b(?:years?\s+ago|last\s+year)\b", re.I)
#: Right after a headline's year, a word it names ("over 2022 church attack", "the 2019 Westgate siege"): the year
#: of one thing, not the period the page is about ("Timeline of the war: March 2011", "2011 in review").
_YEAR_NAMING = re.compile(r"(?<=\d)[ \t]+(?!(?:in|to|and|or|through|until|till|onwards?|review|recap)\b)[^\W\d_]",
                          re.I)


#: A perfect's auxiliary right before a trigger ("have attacked", "has repeatedly shelled").
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:(?:also|repeatedly|again|twice)\s+)?$", re.I)
#: How far back a running state may start and still be drawn as one span up to publication ("Since April,
#: clashes have been reported"); one told from longer ago is the article's background.
_RUNNING_DAYS = 366
#: How far after its trigger a running state's perfect verb may come ("Since April, clashes between the
#: army and the rebels, backed by ..., have been reported").
_RUNNING_REACH = 160


def _running_since(ft: str, dm: Any, ts: int, te: int, ce: int, published: Any) -> FactDate | None:
    """A running state told with "since" and a perfect ("Since April, clashes have been reported in X",
    "Since Monday, fighting has continued", "Clashes have killed 40 people in Kadugli since May"): one
    event over the span from the start of its "since" to the publication day, dated as coarsely as that
    span is long (a week at most: "week", else "month"), not a day-precise event. None when the date is
    no such "since" (or the article has no date)."""
    if (dm is None or published is None or dm.text[:5].lower() != "since"
            or not dm.date.start < published or dm.date.start < published - dt.timedelta(days=_RUNNING_DAYS)):
        return None
    # the perfect after the trigger (before the "since" when that comes after it, in the clause), or the
    # trigger a perfect's verb ("Rebels have attacked Bambari three times since Monday")
    if (dm.end > te and dm.start >= ce) or (
            _PERFECT_AFTER_F.search(ft, te, min(ce, te + _RUNNING_REACH) if dm.end <= te else dm.start) is None
            and _PERFECT_BEFORE_F.search(ft, max(0, ts - 24), ts) is None):
        return None
    precision = "week" if (published - dm.date.start).days <= 7 else "month"
    return FactDate(dm.date.start, published, precision, dm.text, dm.date.basis)


def _is_background(date: FactDate, published: Any, was: bool) -> bool:
    """History recalled: a date long before publication (the rule the events' own dates follow)."""
    if published is None:
        return was
    return (date.end.year <= published.year - 2 or date.end < published - dt.timedelta(days=730)
            # gold 6: a past year written out alone ("killed in the 2024 protests"): a whole year is no event's day
            or (date.precision == "year" and date.end.year < published.year and _WRITTEN_YEAR.search(date.text) is not None)
            # audit 11: "until gangs took Mirebalais in March 2025" in a February 2026 report: a past year written
            # out, half a year or more before publication (a year's review names its months without the year)
            or (date.end.year < published.year and date.end < published - dt.timedelta(days=183)
                # (gold 5: or counted back in years, "A year ago this week")
                and (_WRITTEN_YEAR.search(date.text) is not None or _YEARS_AGO.search(date.text) is not None)))


def year_counted_back(date: FactDate, published: Any) -> bool:
    """evd: whether ``date`` is a whole past year counted back from publication ("last year", "two years ago"): a
    capture on it has any of a year's days, no start for a zone, so it is history (the article's background)."""
    return (published is not None and date.precision == "year" and date.end.year < published.year
            and _YEARS_AGO.search(date.text) is not None)


#: A state's word for its armed foes in quotes, right after a killing verb and its number ('killed eight "terrorists"',
#: "killed “khawarij”"): the army's framing, which the reporter quotes without taking it up; those killed fought all
#: the same (a battle, as with the bare word). Only these words: a group's quoted "militia members" or "crusader
#: soldiers" may be its name for civilians.
_QUOTED_FOES = re.compile(r"[\"“]\s*(?:terrorists?|militants?|bandits|insurgents?|extremists?|jihadists?|rebels?|"
                          r"khawarij|outlaws)\s*[\"”]", re.I)
#: Right before a capture's verb, what tells it as told about its taker, earlier than the news: a relative clause
#: in the simple past or the pluperfect (", which seized", ", who had taken"; not ", which has seized": a perfect may
#: be the news), or a pluperfect ("had captured").
#: ev20: a restrictive clause in the pluperfect is one too ("after a battle with Iraqi forces who had seized it").
_RECALLED_BEFORE = re.compile(r"(?:,\s*(?:which|who)\s+(?:had\s+)?|\b(?:who|which)\s+had\s+|\bhad\s+)(?:[a-z]+ly\s+)?$",
                              re.I)
#: After an arrest, those a protest told before it gathered ("arrested two of them", "detained 14 protesters"): the
#: protest's intervention, not an arrest of its own.
_PROTESTERS_TAKEN = re.compile(r"\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|dozens\s+of\s+|scores\s+of\s+)?"
                               r"(?:[\w\-]+\s+){0,2}?(?:of\s+them\b|(?:the\s+)?(?:protesters|demonstrators|marchers|"
                               r"students|participants|organi[sz]ers|protest\s+leaders)\b)", re.I)
#: A change of hands as the start of a time ("since the RSF entered the city", "since rebels took Goma"): a
#: subordinate clause of up to three words of subject before its verb.
_SINCE_TAKER = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w\-’']+\s+){1,3}$", re.I)
#: Where such a clause ends, at the latest: a comma, a semicolon or a dash.
_CLAUSE_END = re.compile(r"[,;]|\s[–—-]\s")
#: A time the pluperfect is completed by, in the news's own day ("By nightfall, the rebels had seized the airport",
#: "Within hours, troops had retaken the town"): the news told, not history.
_DONE_BY = re.compile(r"\b(?:by|within)\s+(?:the\s+time|then|nightfall|dawn|daybreak|midday|noon|evening|the\s+evening|"
                      r"the\s+afternoon|the\s+morning|morning|afternoon|the\s+end\s+of|hours|minutes|an\s+hour)\b", re.I)
#: Someone telling the sentence: a pluperfect after it is the news told ("said it had retaken X"), not history.
_TELLING = re.compile(r"\b(?:said|says|told|tells|reported|reports|claimed|claims|announced|confirmed|acknowledged|"
                      r"admitted|stated|added|according|insisted|denied|quoted)\b", re.I)


def recalled_clause(text: str, ts: int, te: int, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The relative clause about its taker that tells the change of hands at ``ts``-``te`` (", which seized Bara
    in late February,": from its comma to the next one), or None when it is not told so. What the main clause
    tells beside it ("..., attacked a convoy on Monday, killing six") is another happening, later: not its toll,
    nor an act it takes in as its own."""
    rel = _RECALLED_BEFORE.search(text, max(s_start, ts - 30), ts)
    return _clause_about_taker(text, rel, te, s_end) if rel is not None and rel.group(0)[:1] == "," else None


def _clause_about_taker(text: str, rel: re.Match, te: int, s_end: int) -> tuple[int, int]:
    close = text.find(",", te, s_end)
    return rel.start(), (s_end if close < 0 else close)


#: The gerunds of a change of hands that the take and retake triggers read after "since" and "after".
_TAKING_GERUNDS = ("seizing", "capturing", "overrunning", "storming", "taking", "retaking", "recapturing",
                   "regaining", "liberating")


def _gerund_opening(text: str, ts: int, te: int) -> str:
    """"since" or "after" when the trigger at ``ts``-``te`` is a gerund of a change of hands right after it ("After
    capturing Kidal in January, ...", "Since seizing the port, ..."): an act told before the main clause's; else ""
    (not "after being captured by")."""
    word = text[max(0, ts - 6):ts].lower()
    return word[:5] if word in ("since ", "after ") and text[ts:te].split()[0].lower() in _TAKING_GERUNDS else ""


def _capture_after_capture(text: str, trig: tuple, triggers: list) -> bool:
    """Whether the gerund ``trig`` ("after taking Niono") follows a change of hands told just before it in its
    clause ("JNIM entered Lere on Sunday after taking Niono"): a second capture, of the place it names, made before
    the first one (not "withdrew from X after capturing it", nor "captured X after seizing it")."""
    ts, te, _ = trig
    if _OBJECT_NAME.match(text, te) is None:
        return False
    return any(o.id in ("take", "retake") and ts - 120 <= oe <= ts and not _gerund_opening(text, os_, oe)
               and not _CLAUSE_NO_LAG.search(text, oe, ts)
               for os_, oe, o in triggers)


#: cap2: between a capture's named place and a second capture verb of its clause, the joint of two dated acts
#: ("seized Goma in January, and in February took Bukavu", "captured Kidal before taking Tessalit", "then took").
_JOINED_ACT = re.compile(r"(?:\s+(?:in|on|by|early|late|last|earlier)\b[^,;:.]{0,25}?)?"
                         r"(?:\s*,\s*(?:and\s+)?(?:then\s+|later\s+)?|\s+and\s+(?:then\s+|later\s+)?|\s+(?:then|before|later)\s+)"
                         r"(?:(?:in|on|by|early|late)\s+[^,;:.]{1,25}?,?\s+)?", re.I)


def _joined_capture(text: str, trig: tuple, triggers: list) -> bool:
    """Whether the capture ``trig`` ("took Bukavu") is a second act joined to a capture of another named place told
    just before it in its clause ("M23 seized Goma in January, and in February took Bukavu"): its own event, with
    its own date (not "captured and held Goma", nor "took Goma and then it")."""
    ts, te, t = trig
    if t.id not in ("take", "retake") or (obj := _OBJECT_NAME.match(text, te)) is None:
        return False
    for os_, oe, o in triggers:
        if o.id in ("take", "retake") and ts - 120 <= oe < ts and (first := _OBJECT_NAME.match(text, oe)) is not None:
            joint = _JOINED_ACT.match(text, first.end())
            if joint is not None and joint.end() == ts and first.group("name") != obj.group("name"):
                return True
    return False


def _taker_after_opening(text: str, ts: int, te: int, ce: int, actors) -> Any:
    """The side that took a place in an opening told with a gerund ("After capturing Kidal in January, the army
    built a base there", "Since seizing the port, the Houthis have ..."): the main clause's subject, the first
    actor within a few words after the opening's comma; None when the trigger is no such opening."""
    if not _gerund_opening(text, ts, te):
        return None
    comma = text.find(",", te, ce)
    if comma < 0:
        return None
    return next((a for a in actors if comma < a.start <= comma + 24 and "," not in text[comma + 1:a.start]), None)


def recalled_capture(text: str, ts: int, te: int, s_start: int, s_end: int, date_starts: Any) -> bool:
    """Whether the change of hands at ``ts``-``te`` is recalled with no day of its own: in a relative clause about
    its taker ("The RSF, which seized Um Ruwaba, did not comment") with no day inside the clause, or told in the
    pluperfect by the narrator ("Rebels had captured the town before the army drove them out") with no day in the
    sentence. It happened before the news, on a day the text does not tell: read at the report's day (or another
    clause's) it would hand the place back to a side that has since lost it. ``date_starts``: where the
    sentence's dates begin. A told day keeps it ("which seized Bara in late February")."""
    rel = _RECALLED_BEFORE.search(text, max(s_start, ts - 30), ts)
    if rel is None:
        since = _SINCE_TAKER.search(text, max(s_start, ts - 40), ts)
        if since is None:
            return False
        # gold 14: "460 people had been killed at the hospital since the RSF entered the city": a time the
        # killing is counted from, told before or history, unless the clause tells its own day
        close = _CLAUSE_END.search(text, te, s_end)
        return not any(since.start() < d < (close.start() if close is not None else s_end) for d in date_starts)
    s_start = dateline_end(text, s_start)  # (the dateline's day is the report's)
    if rel.group(0)[:1] in ",wW":
        lo, close = _clause_about_taker(text, rel, te, s_end)
        return not any(lo < d < close for d in date_starts)
    return (not any(s_start <= d < s_end for d in date_starts) and _TELLING.search(text, s_start, s_end) is None
            and _DONE_BY.search(text, s_start, ts) is None)


#: A sentence telling a story's plot ("In the new strategy game, ...", "In the film, rebels take Kabul").
_FICTION = re.compile(r"\W*(?:in|throughout)\s+(?:the|this|his|her|their)\s+(?:new\s+|latest\s+|upcoming\s+|first\s+|"
                      r"second\s+|final\s+|\w+-(?:minute|hour|part)\s+)?(?:(?:strategy|video|war|board|computer|mobile)\s+)?"
                      r"(?:film|movie|game|novel|book|series|play|musical|opera|episode|sequel|documentary|miniseries|"
                      r"show|story|thriller|drama)\b(?!\s+of\b)", re.I)  # not "the latest series of strikes"


def fiction(text: str, sent_start: int) -> bool:
    """Whether the sentence at ``sent_start`` opens by telling a story's plot."""
    return _FICTION_F.match(fold(text), sent_start) is not None


#: A fact-check's label before the claim it checks ("CLAIM: Posts say jets bombed ...", "Claim 2: A shell hit a
#: hospital"): what is said, not what happened; what the check finds true it tells again in its own words.
_CHECKED_CLAIM = re.compile(r"[^\w]*(?:(?:the|viral|false|misleading)\s+)?claims?(?:\s+(?:\d{1,2}|no\.\s*\d{1,2}))?"
                            r"\s*[:–—]\s", re.I)


def checked_claim(text: str, sent_start: int) -> bool:
    """Whether the sentence at ``sent_start`` opens on a fact-check's claim label (its claim is no event)."""
    return text[sent_start:sent_start + 12].lower().lstrip(" *-•").startswith(("claim", "the claim", "viral claim",
                                                                            "false claim", "misleading")) \
        and _CHECKED_CLAIM.match(text, sent_start) is not None


#: A wire editor's note on what a new version of a story changed ("(Adds toll, governor's comments)", "(Updates
#: toll, adds attack near X)"): a list of the story's parts, told again in the story itself, no event of its own.
_EDITORS_NOTE = re.compile(r"\(\s*(?:adds|updates|recasts|rewrites|corrects|changes|removes|refiles|repeats|"
                           r"writes\s+through|fixes|clarifies|inserts|moves|combines|tops)\b[^()]{0,200}\)\s*$", re.I)


#: ev19: an appended correction telling what an earlier version wrongly said ("Correction: An earlier version of this
#: story said the clashes broke out on Thursday."): what did not happen so, the corrected story telling what did.
_EARLIER_VERSION_SAID = re.compile(r"\s*(?:correction\s*[:\-–—]\s*)?(?:an?|the)\s+(?:earlier|previous|original|prior)\s+"
                                   r"version\s+of\s+(?:this|the)\s+(?:story|article|report|item|dispatch|text)\s+"
                                   r"(?:(?:wrongly|incorrectly|erroneously|mistakenly)\s+)?(?:said|stated|reported|misstated|"
                                   r"gave|misreported|misidentified|referred|described)\b", re.I)


def editors_note(text: str, sent: Any) -> bool:
    """Whether ``sent`` is a wire editor's note in brackets on its own ("(Adds toll, attack near Oicha)") or a
    correction's account of what an earlier version wrongly said."""
    if text[sent.start:sent.start + 1] == "(":
        return _EDITORS_NOTE.match(text[sent.start:sent.end].rstrip()) is not None
    return "version" in text[sent.start:sent.start + 60] and _EARLIER_VERSION_SAID.match(text, sent.start) is not None


def _named_alone(name: str, sentence: str) -> bool:
    """Whether ``name`` stands in ``sentence`` as a name of its own ("the Poonch, Kotli and Bhimber
    sectors"), not the end of a longer one ("Valle del Cauca", "North Kotli")."""
    for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", sentence):
        before = sentence[:m.start()].split()
        prev = before[-1] if before else ""
        if prev.lower() in ("del", "de", "da", "do", "of", "al", "el", "la") or (prev[:1].isupper() and prev not in ("The", "In")):
            continue
        return True
    return False


#: After a side's claimed capture, in its sentence: the other side says it failed ("..., but the army
#: said the attack had been repelled").
_REPELLED_AFTER = re.compile(r"\b(?:but|though|although|while|whereas|however)\b[^.;!?]{0,100}?\b(?:repelled|repulsed|"
                             r"beaten\s+back|pushed\s+back|driven\s+back|thwarted|foiled|failed)\b", re.I)
#: Before a fact, in its sentence: a denied report of it, or a rumour ("denied reports that Fano fighters
#: had taken Lalibela", "Rumours that the rebels had entered Sittwe ..."): not known to have happened.
_HEARSAY_BEFORE = re.compile(
    r"(?:\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes|"
    r"refuting|disputed|disputes)\s+(?:(?:the|any|all|media|online|earlier|these|those|widespread)\s+)*"
    # whose or what report, in up to two words ("denied Russian claims that", "the rebels' reports that")
    r"(?:(?:[\w'’\-]+\s+){0,2}?(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|accounts?)\s+(?:that\s+)?|that\s+)"
    r"|\b(?:rumou?rs?|(?:unconfirmed|unverified|uncorroborated)\s+(?:reports?|claims?|accounts?)|speculation)\s+"
    r"(?:\w+\s+){0,2}?(?:that|of|about)\s+"
    # gold 5: a fact called made up ("said the rebels had 'invented' the shelling of X")
    r"|\b(?:invented|fabricated|made\s+up)[\"”’']?\s+(?:the|a|an|any|this|that)\s+)(?P<gap>[^.;:!?]{0,100})$", re.I)
#: In that gap: a new clause that is not the report's ("denied reports of a massacre but said it had retaken X").
_GAP_BREAK = re.compile(r"\b(?:but|however|adding|and\s+(?:said|says|added|adds|announced|confirmed))\b", re.I)


def hearsay(text: str, ts: int, sent_start: int) -> bool:
    """Whether the fact told at ``ts`` is a denied report or a rumour in its sentence ("The army
    denied reports that Fano fighters had taken control of Lalibela", "Rumours that the rebels had
    entered Sittwe were denied")."""
    m = _HEARSAY_BEFORE_F.search(fold(text), max(sent_start, ts - 200), ts)
    return m is not None and _GAP_BREAK.search(text[m.start("gap"):m.end("gap")]) is None  # (the gap as written)


def disputed(text: str, ts: int, te: int, sent_start: int, sent_end: int) -> bool:
    """Whether the capture told at ``ts:te`` is denied: later in its sentence ("the RSF claimed to
    have captured X, but the army denied that"), or, when it is someone's claim, by the sentence
    right after it ("Russia said it had taken X. Kyiv denied this.", evl: "..., the group said. The claim
    could not be independently verified.") or by the other side's word
    that it failed ("the RSF said they had taken the market, but the army said the attack had been
    repelled")."""
    if _DENIED_AFTER_F.search(fold(text), te, sent_end) or _UNCONFIRMED_AFTER.search(text, te, sent_end):
        return True
    if _CLAIMED_F.search(fold(text), sent_start, sent_end) is None:  # (evl: "..., a spokesman said." too)
        return False
    return (_DENIED_NEXT.match(text, sent_end, min(len(text), sent_end + 160)) is not None
            or _REPELLED_AFTER.search(text, te, sent_end) is not None)


def denied_attack(text: str, ts: int, te: int, sent_start: int, sent_end: int) -> bool:
    """gold 8: whether the attack told at ``ts:te`` is one side's claim the other says never happened: by the
    sentence right after it ('"No such encounter took place," the army said') or, when the claim tells of no
    one killed or hurt, later in its sentence ("Kyrgyz officials said a Tajik drone had struck Batken
    airport, which Dushanbe denied"). Captures have their own reading (:func:`disputed`)."""
    if _CLAIMED_F.search(fold(text), sent_start, ts) is None:
        return False
    after = text[sent_end:sent_end + 60].lower()
    if "such" in after and _NO_SUCH_NEXT.match(text, sent_end, min(len(text), sent_end + 120)):
        return True
    return (_WHICH_DENIED.search(text, te, sent_end) is not None
            and _HARM_WORDS.search(text, sent_start, sent_end) is None)


def _same_named(text: str, before: list) -> int:
    """How many actors end ``before`` as one mention: the same side named by words side by side ("the
    paramilitary Rapid Support Forces" read as "paramilitary" and "Rapid Support Forces"); at least 1,
    at most one fewer than all of them."""
    k = 1
    while k < len(before) - 1 and before[-1 - k].name == before[-1].name and not text[before[-1 - k].end:before[-k].start].strip():
        k += 1
    return k


def _is_generic_name(name: str) -> bool:
    from reading.control import is_generic_actor
    return is_generic_actor(name)


#: A force that strikes from afar by its name ("US forces", "the Saudi-led coalition", "the army"; a
#: country acting is one too): what it "struck" is hit by air or missile, not stormed by gunmen.
_STRIKING_FORCE = re.compile(r"\b(?:forces|army|military|navy|air\s+force|coalition)$", re.I)
#: Right after such a force: it struck a site ("struck a port in Hodeidah"), not people (then they are the target).
_STRUCK_SITE = re.compile(SUBJECT_VERB_GAP +
                          r"(?:struck|hit|bombed|pounded)\s+(?!(?:[\w'’\-]+\s+){0,3}?(?:people|civilians|protesters|"
                          r"demonstrators|crowds?|villagers|residents|worshippers|mourners|passers-by|children|women|men|"
                          r"families)\b)", re.I)
#: evl: an armed group told by its men ("Al-Shabaab fighters", "ISWAP militants"): what they "struck" with no
#: weapon told they attacked on the ground, not from afar.
_GROUND_ATTACKERS = re.compile(r"\b(?:fighters|militants|insurgents|jihadists|gunmen|militiamen|guerrillas|bandits|"
                               r"attackers|assailants|men)$", re.I)
#: stv: between a striking side and its bare strike verb, only when and how sure ("Russia on Friday struck",
#: "Israel has also hit"): the side is the verb's subject.
_STRIKER_GAP = re.compile(SUBJECT_VERB_GAP, re.I)
#: lead: before a strike verb's gerund, after its side: accused of it, or keeping at it ("accused Pakistan of bombing
#: a market in X", "Russia kept pounding Kharkiv"), the side still strikes (not "stopped bombing": it does not).
_STRIKER_GERUND_GAP = re.compile(SUBJECT_VERB_GAP + r"(?:of|for|kept|keeps|continued|continues|began|begins|started|"
                                 r"starts|resumed|resumes)\s+", re.I)
#: stv: between a bare strike verb and the place it struck: nothing ("struck Kharkiv", "the capital, Kyiv"), or the
#: site struck and how it lies there ("an oil depot in", "the southern port city of"), whose words the trigger read.
_STRUCK_PLACE_GAP = re.compile(r"\s+(?:the\s+)?|\s+(?:an?|the|two|three|four|several|its|their)\s+"
                               r"(?:(?!(?:of|in|on|at|near|outside|with|and|or|to|for|by|from)\b)[\w'’\-]+\s+){0,3}?"
                               r"[\w'’\-]+(?:\s+(?:of|in|near|outside|on|at)\s+(?:the\s+)?|\s*,\s*|\s+)", re.I)
#: stv: "hit China with new tariffs", "targeted Taiwan with drills": what follows "with" says whether it was armed.
_WITH_AFTER = re.compile(r"[^.;]{0,60}?\b(?:with|using)\s+(?P<what>(?:[\w'’\-]+\s+){0,4})", re.I)
_ARMED_MEANS = re.compile(r"\b(?:missiles?|rockets?|drones?|bombs?|artillery|shells?|mortars?|(?:air\s?)?strikes?|"
                          r"munitions|barrages?|salvos?|volleys?|fire|projectiles?|warplanes?|jets?|aircraft|"
                          r"helicopters?|UAVs?|weapons?|explosives?|rounds)\b", re.I)


#: stv: right after the place struck, a figure of speech: its economy or people ("hit Italy's exports hardest",
#: "hit Ukraine's economy"), or a name struck off a list ("struck Gibraltar off the list").
_FIGURATIVE_OBJECT = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:econom(?:y|ies)|exports?|imports?|trade|"
                                r"currency|banks|growth|budget|poor(?:est)?|farmers|consumers|industr(?:y|ies)|"
                                r"tourism|businesses|"
                                r"companies|firms|shares|stocks|bonds|sectors?|revenues?|incomes?|jobs|workers|credit|"
                                r"ratings?|reputation|interests|hopes|chances|morale|pride|side|team|players)\b"
                                r"|\s+off\b|\s+from\s+(?:the|its|their|a|an)\s+(?:[\w\-]+\s+){0,2}?"
                                r"(?:lists?|registers?|records?|agenda|ballots?|rolls?|rankings?)\b"
                                r"|[^.;]{0,40}?\bhardest\b", re.I)


def _unarmed_strike(text: str, te: int, place_end: int, ce: int) -> bool:
    """stv: whether a strike verb by a state that took the place ending at ``place_end`` (in the clause ending
    at ``ce``) strikes with no arms: a "with ..." that names no weapon ("hit China with tariffs", "targeted
    Taiwan with military drills"), or a figurative object ("hit Italy's exports hardest")."""
    m = _WITH_AFTER.match(text, te, ce)
    if m is not None and _ARMED_MEANS.search(text, m.start("what"), min(ce, m.end("what") + 20)) is None:
        return True
    return _FIGURATIVE_OBJECT.match(text, place_end, ce) is not None


#: A killing verb: who follows it is killed ("killing thousands of civilians and soldiers").
_KILL_WORD = re.compile(r"(?:kill(?:ed|ing|s)?|shot\s+dead|shooting\s+dead|gunned\s+down|executed|executing|beheaded|"
                        r"beheading|murdered|massacred|massacring|neutrali[sz](?:ed|es|ing)|eliminat(?:ed|es|ing))\b", re.I)
#: audit 11: a killing verb that says it was violent, told in the passive ("was shot dead", "were gunned down").
#: ev21: and "were stabbed (or hacked) to death", "was beaten to death".
_ALONE_PASSIVE_KILLING = re.compile(r"(?:shot\s+dead|gunned\s+down|(?:stabbed|hacked|beaten|bludgeoned|clubbed)"
                                    r"(?:\s+or\s+(?:stabbed|hacked|beaten|bludgeoned|clubbed))?\s+to\s+death|beheaded|murdered)\b", re.I)
#: evp: between a plain passive killing and its place ("were killed in", "killed near the village of").
#: evl: or at a site of that town ("killed at the hospital in X", "in a displacement camp near X").
_KILLED_AT = re.compile(r"(?:\s+(?:at|in|inside|outside|near)\s+(?:an?|the)\s+(?:[\w'’\-]+\s+){0,2}?(?:hospitals?|clinics?|"
                        r"markets?|schools?|mosques?|churche?s?|camps?|shelters?|prisons?|mines?|homes?|houses?)(?=\s))?"
                        r"\s+(?:in|near|outside|around)\s+(?:the\s+(?:\w+\s+)?(?:towns?|villages?|cities|city|"
                        r"districts?|areas?)\s+of\s+)?$", re.I)


#: A plain passive killing at a site ("were killed at a market", "at the city's main hospital"): told with a day of
#: its own, a killing of that day (no town needed: the sentence before may give it).
_KILLED_AT_SITE = re.compile(r"\s+(?:at|in|inside|outside|near)\s+(?:an?|the|[\w\-]+['’]s?)\s+(?:[\w'’\-]+\s+){0,2}?"
                             r"(?:hospitals?|clinics?|markets?|schools?|mosques?|churche?s?|shelters?|prisons?|"
                             r"checkpoints?|funerals?|weddings?|bus\s+stations?|bakery|bakeries|wells?)\b", re.I)


def _own_day(dates: list, cs: int, ce: int) -> Any:
    """The day a clause tells of its own (a date mention of day precision inside it), else None."""
    return next((d.date for d in dates if cs <= d.start < ce and d.date.precision == "day"), None)


def _another_day(ev: Any, day: Any) -> bool:
    """Whether ``day`` (a clause's own day, or None) is another day than the event's: a killing told on another
    day is no toll of that event ("Fighters stormed X on Saturday. 46 people were killed at a market on Tuesday")."""
    return (day is not None and ev.date is not None and ev.date.precision == "day"
            and (day.end < ev.date.start or ev.date.end < day.start))


def _plain_killing_placed(text: str, ts: int, te: int, ce: int, sent_end: int, places: list, told: list) -> bool:
    """evp: whether a plain passive "were killed" is told with its own town ("31 civilians were killed in Kidal,
    Tessalit and Anefis"; not a province's tally), a town no violent event told before is at and the article
    names nowhere after its sentence: then no other telling owns the toll and the killing is the event (the
    caller checks that nothing in the sentence or just before it owns it)."""
    if text[ts:te].lower() != "killed":
        return False
    at = next((m for m in places if te < m.start < min(ce, te + 60)), None)
    if at is None or at.location is None or at.location.precision > 2 or not _KILLED_AT.fullmatch(text, te, at.start):
        return False
    town = at.location.place_id
    return (text.find(text[at.start:at.end], sent_end) < 0
            and not any(o.event_type in VIOLENT_TYPES and getattr(o.location, "place_id", None) == town for o in told))


#: ev12: before a country, the border it shares with the place of the story ("overran the base near the border
#: with Nigeria and Niger"): the neighbour, not where it happened.
_BORDER_WITH_BEFORE = re.compile(r"\bborders?\s+with\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+)?"
                                 r"\s*(?:,|and|or)\s+)?(?:the\s+)?$", re.I)


def _neighbour_across_border(text: str, m: Any, s_start: int) -> bool:
    """Whether the country named at ``m`` is told as the one across a border ("near the border with Niger")."""
    lo = max(s_start, m.start - 60)
    return (str(getattr(m.location, "place_id", "") or "").startswith("country:") and "border" in text[lo:m.start]
            and _BORDER_WITH_BEFORE.search(text, lo, m.start) is not None)


#: Before an attack noun after a killing: the killing's own frame ("was shot dead in Choloma on Thursday in an
#: attack", "in the latest attack on local politicians"), not another violent event the killing is the toll of.
_FRAME_OF_KILLING_BEFORE = re.compile(r"\bin\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?$", re.I)
#: Before a killing verb: it is passive ("were killed", "had been shot dead"), the toll of something else.
#: ev20: also after a first passive verb joined to it ("was hunted down and shot dead", "were rounded up and executed").
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|got)\s+(?:\w+ly\s+)?"
                             r"(?:\w+ed(?:\s+(?:down|up|out|off))?\s+and\s+)?$|\b(?:those|people|who)\s+$", re.I)
#: After "fought"/"fighting": whom with, not whom against ("who had fought alongside the army").
_ALONGSIDE_AFTER = re.compile(r"\s+(?:alongside|side\s+by\s+side\s+with|together\s+with|on\s+the\s+side\s+of)\b", re.I)
_AGAINST = re.compile(r"\bagainst\b", re.I)
#: Before talks or a deal: advice or a demand, not what happened ("recommends that the authorities open talks").
_ADVICE_BEFORE = re.compile(r"\b(?:recommend(?:s|ed|ing|ations?)?|urg(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|"
                            r"propos(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|should|must|ought)\b[^.;:!?]*$", re.I)
#: After an arrest, whom: suspects of a crime told before, or people held in connection with it ("arrested two
#: suspects", "arrested a man in Belfast in connection with an earlier shooting"): its inquiry, not a development
#: of its own (not "arrested 23 people suspected of taking part in the attack", nor "suspected militants").
_SUSPECTS_AFTER = re.compile(r"\s+(?:(?:at\s+least|more\s+than|about|some|another|[\w\-]+)\s+)?(?:(?:other|more|further|"
                             r"new|male|female|key|main|alleged|prime)\s+)?suspects?\b(?!\s+(?:of|in)\b)|"
                             r"[^.;:!?]{0,80}?\bin\s+connection\s+with\b", re.I)
#: Before an event word, a link to it ("in connection with the blast", "in connection with last week's attack").
_CONNECTED_BEFORE = re.compile(r"\bin\s+connection\s+with\s+(?:[\w'’\-]+\s+){0,3}$", re.I)
#: evh: before talks, a purpose ("arrived in Port Sudan to mediate the peace talks", "flew to Doha to broker talks
#: between ...", "travelled to Geneva to attend a new round of talks"): talks someone means to help along, not talks
#: told as held (the talks are planned; their sentence's arrival or trip is no event of ACLED's).
_TALKS_AIMED_BEFORE = re.compile(r"\bto\s+(?:help\s+)?(?:mediate|broker|facilitate|attend|join|chair|host|revive|restart|"
                                 r"resume|relaunch|kick-?start|oversee|observe|prepare\s+(?:for\s+)?|push\s+for|"
                                 r"take\s+part\s+in|participate\s+in)\s+(?:(?:in|at|the|a|an|new|fresh|renewed|next|"
                                 r"another|round\s+of|stalled|planned|upcoming|[A-Z][\w\-]*-(?:led|brokered|mediated|"
                                 r"sponsored|hosted))\s+){0,4}$")
#: What makes talks, or a call, about an agreement between the sides (ACLED's "Agreement"), not any meeting.
_ACCORD_WORDS = re.compile(r"\b(?:cease-?fire|truce|cessation|armistice|peace|negotiat\w*)\b", re.I)
#: evd: in a sentence of talks, that they reached no accord ("talks collapsed without a truce", "failed to agree a
#: ceasefire", "ended without a deal"): talks, not an agreement.
_NO_ACCORD = re.compile(r"\b(?:collapsed|broke\s+down|fell\s+apart|stalled|deadlocked|ended\s+in\s+deadlock|"
                        r"failed\s+to\s+(?:agree|reach|produce|yield|secure|clinch|strike|seal)|(?:talks|negotiations)\s+"
                        r"(?:have\s+|had\s+)?failed|(?:did|could|would)\s+not\s+(?:agree|reach)|(?:without|no)\s+(?:an?\s+|any\s+)?"
                        r"(?:agreement|deal|accord|truce|cease-?fire|breakthrough))\b", re.I)
#: evf: in a release's sentence, the deal it is made under ("under the ceasefire deal", "as part of a prisoner swap",
#: "in exchange for five prisoners", "in a swap"): an agreement carried out (ACLED's "Agreement"), not a release of the captors' own.
_RELEASED_UNDER_A_DEAL = re.compile(r"\b(?:(?:under|as\s+part\s+of|in\s+line\s+with)\s+(?:[\w\-'’]+\s+){0,4}?"
                                    r"(?:deal|agreement|accord|truce|cease-?fire|exchange|swap)|in\s+(?:exchange|return)\s+for|"
                                    r"in\s+(?:an?|the|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:exchange|swap)|"
                                    r"(?:prisoner|hostage)s?[\s\-]+(?:exchange|swap))\b", re.I)
#: In a meeting's sentence, what makes it one of the conflict: talks on a ceasefire, peace, prisoners or a
#: surrender, or with fighters at the table (ACLED's strategic developments), not a cabinet's budget meeting,
#: two allies' summit or a press conference.
_CONFLICT_TALKS = re.compile(r"\b(?:cease-?fires?|truces?|cessation|armistice|peace|negotiat\w*|prisoners?\s+(?:swap|exchange)s?|"
                             r"hostage\s+(?:deal|release|swap|exchange)s?|surrender\w*|disarm\w*|demobili[sz]\w*|"
                             r"rebels?|insurgents?|militants?|guerrillas?|militias?|armed\s+groups?|separatists?|"
                             r"jihadists?|warring|belligerents?)\b", re.I)
#: audit 11: in a sentence, a labour dispute: talks in it are between a union and an employer, not parties to
#: a conflict ("its members took part in the strike ... after talks with the health board broke down").
_LABOUR = re.compile(r"\b(?:(?:went|go|goes|are|were|is|was|remain(?:ed|s)?)\s+on\s+strike|took\s+part\s+in\s+the\s+strike|"
                     r"strike\s+action|general\s+strike|strikers|walk(?:ed|s|ing)?\s+off\s+the\s+job|walkouts?|"
                     r"trade\s+unions?|(?:nurses|teachers|workers|dockers|doctors|miners|drivers|employees)['’]?\s+"
                     r"(?:union|organi[sz]ation|federation|association)|pay\s+(?:talks|dispute|deal|rise|claim|offer)|"
                     r"wage\s+(?:talks|dispute|deal|increases?|demands?)|collective\s+bargaining)\b", re.I)
#: audit 11: after an event word, a perfect that makes it a running state ("clashes have been reported").
_PERFECT_AFTER = re.compile(r"\b(?:have|has)\s+(?:(?:also|repeatedly|frequently|regularly)\s+)?(?:been|continued|persisted|"
                            r"raged|intensified|occurred|spread|killed|displaced|left)\b", re.I)
#: audit 11: an event noun with an indefinite article ("An RSF offensive", "any new attack") whose clause
#: goes on with a conditional ("... would trap more than a million people"): an event supposed, not told.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])(?:an?|any)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: (not across a clause of its own: "a new truce had been agreed and that troops would withdraw", "a deal under
#: which troops would leave": what the agreement holds, the truce agreed)
_WOULD_AFTER = re.compile(r"(?:(?!\band\s+that\b|\b(?:under|in|by)\s+which\b|\bwhereby\b)[^.;:!?]){0,120}?"
                          r"\b(?:would|could|might)\s+(?!have\b|be\s+(?:heard|seen)\b)\w", re.I)
#: Before an attack: its claim of responsibility ("The Islamic State claimed the attack in Niger").
_RESPONSIBILITY_BEFORE = re.compile(r"\b(?:claim(?:ed|s|ing)?(?:\s+responsibility\s+for)?|responsibility\s+for)\s+"
                                    # a headline drops the article ("JNIM claims attack on Bamako")
                                    r"(?:(?:the|this|that|these|those|its|their|\w+['’]s)\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
#: gold 4: the words of a sports report; four different ones in an article make it one ("survived an
#: eighty-minute siege on their try line to beat the All Blacks 24-21 ... at Sky Stadium").
# (not words news of war also uses: "a coach carrying pilgrims", "the first half of the year", "20-21 July")
_SPORT_WORDS = re.compile(r"\b(?:stadium|final\s+whistle|kick-?off|half-?time|referee|try\s+line|penalt(?:y|ies)|"
                          r"championship|league|tournament|fixture|scrum|goalkeeper|striker|fly-half|quarterback|innings|"
                          # gold 10: cricket's ("fast bowlers tore through the batting ... enforce the follow-on")
                          r"wickets?|bowl(?:ed|ers?|ing)|batting|batsm[ae]n|follow-on|"
                          # ev21: chess's ("a kingside attack", "won on tiebreaks", "the grandmaster resigned")
                          r"chess|grandmasters?|checkmate|tie-?breaks?|kingside|queenside|rooks?|pawns?|"
                          r"(?:beat|defeated|drew|lost|won|edged|thrashed)\s+[^.;]{0,40}?\d{1,3}-\d{1,3}|"
                          r"\d{1,3}-\d{1,3}\s+(?:win|victory|draw|defeat|loss))\b", re.I)
#: ... where these nouns are the game's, not war's (a toll in the sentence still tells violence).
_GAME_METAPHOR = re.compile(r"(?:counter-?)?(?:battles?|bombardment|siege|onslaught|blitz|war|ambush(?:ed)?|attacks?|assault|"
                            r"offensive|fight(?:ing)?)\b", re.I)


#: evd: before such a noun, what makes it no armed clash ("the tariff battle", "a legal battle", "a political fight").
_FIGURATIVE_BEFORE = re.compile(r"\b(?:trade|tariffs?|legal|court|courtroom|judicial|political|electoral|election|"
                                r"campaign|custody|budget|price|pricing|ratings|bidding|takeover|boardroom|propaganda|"
                                r"verbal|diplomatic|uphill|culture|cultural|ideological|rhetorical|patent|copyright|"
                                r"regulatory|bureaucratic|procedural|succession|inheritance|funding|tax|currency|"
                                r"leadership|parliamentary|constitutional|lengthy\s+legal|long\s+legal)\s+$", re.I)
#: evd: a battle's or fight's own word, opening its trigger.
_FIGHT_WORD = re.compile(r"(?:battl(?:es?|ed|ing)|wars?|fight(?:s|ing)?|fought)\b", re.I)
#: evd: after such a word, a foe no army fights ("fighting a cholera outbreak", "the battle against inflation").
_FIGURATIVE_FOE_AFTER = re.compile(r"(?:\s+(?:against|on|with))?\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
                                   r"(?:outbreaks?|epidemics?|pandemic|inflation|corruption|poverty|diseases?|cancer|"
                                   r"wildfires?|bushfires?|blazes?|floods?|drought|hunger|famine|malnutrition|cholera|"
                                   r"ebola|covid(?:-19)?|malaria|measles|mpox|virus|climate\s+change|unemployment|"
                                   r"misinformation|disinformation|addiction|obesity)\b", re.I)


#: A piece of each word of the game in _SPORT_WORDS (of "try line", its "line"): every match of one holds a
#: piece, so fewer than three pieces in the folded text leave at most two words and a score: no report.
_SPORT_PIECES = ("stadium", "whistle", "kick", "half", "referee", "line", "penalt", "championship", "league",
                 "tournament", "fixture", "scrum", "goalkeeper", "striker", "quarterback", "innings", "wicket",
                 "bowl", "batting", "batsm", "follow-on", "chess", "grandmaster", "checkmate", "tiebreak", "tie-break",
                 "kingside", "queenside", "rook", "pawn")


#: ev16: the headline of a critic's review ("Film review: ...", "Book review - ...", "The Siege review – ...", "'The
#: Siege' review: ..."; not "week in review", nor a fleet or a policy review): what
#: it tells happens in the work or in the history the work retells.
_REVIEW_HEADLINE = re.compile(r"\s*(?:(?:film|movie|book|theatre|theater|tv|television|documentary|opera|album|game)"
                              r"\s+review\s*[:\-–—]|review\s*:|[^\n:]{1,80}\s+review\s+[–—\-]\s"
                              r"|['‘’\"“][^\n]{1,80}['’\"”]\s+review\s*[:\-–—])", re.I)


def is_review(doc: Document) -> bool:
    """Whether the article is a critic's review (:data:`_REVIEW_HEADLINE` on its headline): no events, no claims."""
    return _REVIEW_HEADLINE.match(doc.title or doc.text[:max(0, doc.text.find("\n"))]) is not None


def sports_report(text: str) -> bool:
    """Whether ``text`` reads as a sports report (four different words of the game, a score counted once)."""
    low = fold(text)  # (the article's own, folded once already for the triggers)
    if sum(low.count(w) for w in _SPORT_PIECES) < 3:
        return False  # (most articles: the regex's walk over the whole text, saved)
    return len({"score" if m.group(0)[-1].isdigit() or m.group(0).lower().endswith(("win", "victory", "draw", "defeat",
                                                                                     "loss"))
                else " ".join(m.group(0).lower().split()) for m in _SPORT_WORDS.finditer(text)}) >= 4


def _sports_article(text: str, spans: dict | None) -> bool:
    """:func:`sports_report` of the article, read once per article when ``spans`` keeps it."""
    if spans is None:
        return sports_report(text)
    sport = spans.get("sport")
    return sport if sport is not None else spans.setdefault("sport", sports_report(text))


#: A shoot-out in a sports report (a score, penalties, goals): a match, not a gunfight.
_SHOOTOUT = re.compile(r"shoot-?outs?\b", re.I)
_SPORT = re.compile(r"\b(?:\d{1,2}-\d{1,2}|penalt(?:y|ies)|goals?|goalkeepers?|goalie|overtime|extra\s+time|"
                    r"match(?:es)?|season|league|cup|final|semi-?finals?|striker|fans|stadium|coach)\b", re.I)
#: Before a killing verb: the subject is a war, not an attacker ("the conflict has killed 150,000 people").
_TALLY_BEFORE = re.compile(r"\b(?!(?-i:Operation\s+[A-Z]))(?:war|conflict|violence|fighting|insurgency|crisis|unrest|famine|epidemic|outbreak|"
                           r"hunger|disease|floods?|cholera|protests?|demonstrations?|riots?|clashes|operations?|offensive|"
                           r"campaign|"
                           # nature and mishaps kill too ("A violent storm killed three people", "the quake has killed 40")
                           r"(?:a|an|the|violent|tropical|severe|winter|snow|ice|dust|sand|heavy|deadly|powerful)\s+storms?|(?-i:Storm)s?|"
                           r"cyclones?|hurricanes?|typhoons?|tornado(?:e)?s?|earthquakes?|quakes?|tremors?|landslides?|"
                           r"mudslides?|avalanches?|heat\s?waves?|wildfires?|bushfires?|blizzards?|lightning|tsunamis?|"
                           r"eruptions?|floodwaters|downpours?|rains|accidents?|crash(?:es)?|collisions?|derailments?|"
                           r"fireworks?|firecrackers?|pyrotechnics?|"  # ev16: "an explosion at a fireworks market killed"
                           r"stampedes?|droughts?|blazes?|(?:a|an|the|house|market|building|factory|forest|bush)\s+fires?|"
                           # ev12: "the collapse of a railway station canopy in X in November killed 16 people"
                           r"collapses?(?:\s+of\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’\-]+\s+){0,3}?(?:canopy|roof|building|bridge|"
                           r"stand|wall|mine|dam|tower|ceiling|block|school|hospital))?)\s+"
                           r"(?:[\w'’\-]+\s+){0,5}$", re.I)
#: audit 11: right before an event word, a ranking among others ("in one of the deadliest attacks on the city
#: this year", "one of the worst massacres of the war"): the event told is ranked, no new one.
_ONE_OF_THE_WORST = re.compile(r"\bone\s+of\s+the\s+(?:(?:\w+est|worst|biggest|largest|most\s+\w+)\s+)(?:[\w\-]+\s+){0,2}$", re.I)
#: audit 7: a sentence that ranks an event told before ("It was the third kidnapping in the Gulf of Guinea
#: since November", "This is the deadliest attack on peacekeepers this year"): no new event.
_RANKED_RECAP = re.compile(r"\s*(?:It|This|That|The\s+(?:attack|incident|raid|kidnapping|abduction|strike|blast|bombing|"
                           r"ambush|killing|assault|hijacking))\s+(?:was|is|marks|marked|became|has\s+been|had\s+been)\s+"
                           r"(?:also\s+|reportedly\s+|now\s+)?(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}$")
#: audit 7: a place's habitual violence ("Zawiya has seen repeated clashes between militias"): no one event.
_HABITUAL_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:seen|witnessed|experienced|known|suffered)\s+(?:(?:repeated|frequent|"
                              r"regular|recurrent|recurring|sporadic|periodic|occasional|numerous|intermittent|many|several|"
                              r"countless|(?:years|decades|months)\s+of|"
                              # audit 10: a trend ("Balochistan has seen a rise in attacks on highways")
                              r"an?\s+(?:sharp\s+|steady\s+|marked\s+)?(?:rise|increase|surge|spike|upsurge|uptick|drop|decline|"
                              r"fall)\s+in)\s+)(?:[\w\-]+\s+)?$", re.I)
#: gold 5: a record of many acts ("who remained involved in numerous terrorist activities ... and the killing of
#: civilians", "which has carried out several kidnappings for ransom on the same road") or their trend ("has
#: stepped up attacks"): no one event.
_MANY_DONE_BEFORE = re.compile(r"\b(?:involved\s+in|(?:has|have|had)\s+(?:carried\s+out|conducted|committed|staged|mounted|"
                               r"launched|perpetrated))\s+(?:numerous|several|many|various|multiple|repeated|countless|"
                               r"(?:a\s+(?:number|series|string|spate|wave)|dozens|scores|hundreds)\s+of)\s+[^.;:!?]{0,80}$"
                               # ... or a trend ("the TTP has stepped up attacks in the province since 2021")
                               r"|\b(?:has|have|had)\s+(?:stepped\s+up|intensified|escalated|ramped\s+up|increased)\s+"
                               r"(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+)?$"
                               # eve: ... told as going on ("has been escalating its attacks on government forces",
                               # "is intensifying attacks on civilians"): a trend, not a fight on the day
                               r"|\b(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:steadily\s+|gradually\s+|sharply\s+)?"
                               r"(?:stepping\s+up|intensifying|escalating|ramping\s+up|increasing)\s+"
                               r"(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+)?$", re.I)
#: evh: a span told with a trend ("in recent months", "over the past year", "since January", "this year").
_TREND_SPAN = (r"(?:(?:in|over|during|throughout)\s+(?:the\s+)?(?:recent|past|last)\s+(?:(?:few|several|two|three|four|"
               r"six|twelve|\d{1,2})\s+)?(?:weeks|months|years|year)|since\s+(?:early\s+|late\s+|mid-?)?[A-Z]\w+(?:\s+\d{4})?|"
               r"(?:so\s+far\s+)?this\s+year|for\s+(?:several\s+|many\s+)?(?:weeks|months|years))")
#: evh: a side's attacks spread or stepped up over a span told between its auxiliary and its verb ("JNIM has in recent
#: months expanded its attacks into coastal states", "the group has since January stepped up raids"), or after them
#: ("has extended its attacks into Benin over the past year"): a trend, no one event (a span's verb with no span told,
#: "the army has extended its offensive into Kordofan", stays the news it tells).
_SPREAD_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?P<span>" + _TREND_SPAN + r")\s*,?\s+)?"
                            r"(?:expanded|extended|spread|widened|broadened|stepped\s+up|intensified|escalated|ramped\s+up|"
                            r"increased)\s+(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+)?$")
_TREND_SPAN_AFTER = re.compile(r"[^.;:!?]*?\b" + _TREND_SPAN)

#: gold 5: before a killing or the attack it was: the dead remembered by those who mourn or name them ("Families of
#: the 147 people killed in the attack on the school gathered ...", "the names of the 132 children killed were read
#: out", "ten years since the massacre"): a reference to a killing, told as what it was, not a new one.
_MOURNED_BEFORE = re.compile(r"\b(?:families|relatives|parents|mothers|fathers|widows|orphans|names|graves|memory|"
                             r"survivors|photographs|portraits)\s+of\s+(?:the|those|all)\s+(?:[\w,\-]+\s+){0,3}?"
                             r"(?:(?:killed|slain|who\s+(?:died|were\s+killed))\s+(?:in|during|by)\s+(?:the|a|an|that)\s+"
                             r"(?:[\w\-]+\s+){0,2}?)?$"
                             # ... or its anniversary ("to mark ten years since the massacre, in which ...")
                             r"|\b(?:years?|months?|decades?|anniversary)\s+(?:since|of|after)\s+(?:the|that|this)\s+"
                             r"(?:[\w\-]+\s+){0,3}?$", re.I)

#: gold 5: before a weapon's fire: it supports another action, which is the event if any ("with the support of army
#: aviation and artillery fire, continue to destroy the enemy's formations", "backed by mortar fire, attacked the base").
_SUPPORT_BEFORE = re.compile(r"\b(?:with\s+the\s+support\s+of|supported\s+by|backed\s+by|under\s+(?:the\s+)?cover\s+of|"
                             r"covered\s+by)\s+(?:(?:army|heavy|the|aviation|artillery|air|drone|tank|mortar|and|close|its|"
                             r"their|massive)\s+){0,4}$", re.I)
#: gold 5: before a weapon's name: it is bought, sold or made ("signed a deal for artillery shells", "deliveries of
#: glide bombs"), not fired.
_GOODS_BEFORE = re.compile(r"\b(?:deals?|orders?|contracts?|purchases?|sales?|deliver(?:y|ies)|suppl(?:y|ies)|shipments?|"
                           r"stocks?|stockpiles?|production|exports?|imports?|factor(?:y|ies))\s+(?:of|for)\s+"
                           r"(?:[\w\-]+,?\s+){0,6}?$",
                           re.I)

#: gold 5: before a plural event noun: a count of fifty or more, in a sentence on a period ("reports of at least 240 air
#: and drone strikes across the country in April alone", "1,200 attacks on health care last year"): a tally of many
#: events, not one (a day's "54 clashes along the Pokrovsk axis" is the day's fighting there).
_COUNTED_BEFORE = re.compile(r"(?<![\w,])(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:(?:air|drone|artillery|armed|separate|"
                             r"reported|recorded|documented|verified|and|missile|rocket|aerial|cross-border|deadly|violent|"
                             r"security|militant|insurgent)\s+){0,3}$", re.I)

_PLURAL_WORD = re.compile(r"[a-z]s\b", re.I)
_PERIOD = re.compile(r"\b(?:(?:in|during|throughout)\s+(?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December|\d{4})|(?:this|last|that)\s+year|so\s+far|alone|since|between|"
                     r"(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks|months|years))\b", re.I)


def _many_done(text: str, ts: int, te: int, start: int, end: int) -> bool:
    """Whether the event noun at ``ts:te`` (not a verb in "-ed": the main clause's) is one of many acts on record,
    or counted by the fifty or more over a period (``start``, ``end``: the sentence's). Kept while the text is
    read (:func:`reading.memos.text_memo`): a sentence asks once for its main events, then again for each."""
    known = text_memo(text, "many done")
    key = (ts, te, start, end)
    done = known.get(key)
    if done is None:
        done = known[key] = _many_done_here(text, ts, te, start, end)
    return done


def _many_done_here(text: str, ts: int, te: int, start: int, end: int) -> bool:
    """:func:`_many_done`, read afresh."""
    word = text[ts:te].split(None, 1)[0].lower() if te > ts else ""
    if word.endswith("ed"):
        return False
    if _PLURAL_WORD.search(text, ts, te) and (n := _COUNTED_BEFORE.search(text, max(start, ts - 60), ts)) is not None \
            and int(n.group("n").replace(",", "")) >= 50 and _PERIOD.search(text, start, end):
        return True
    if _MANY_DONE_BEFORE.search(text, max(start, ts - 120), ts) is not None:
        return True
    return (sp := _SPREAD_BEFORE.search(text, max(start, ts - 120), ts)) is not None and (
        sp.group("span") is not None or _TREND_SPAN_AFTER.match(text, te, end) is not None)


#: audit 10: a war's running total in a relative clause, however long its antecedent ("a war between the
#: factions of the cartel known as Los Chapitos and La Mayiza, which has killed more than 2,500 people").
_TALLY_RELATIVE = re.compile(r"\b(?:war|conflict|insurgency|violence|fighting|crisis|unrest|campaign|feud|rivalry)\b"
                             r"[^.;:!?]{0,160}?\b(?:which|that)\s+(?:has|have|had)\s+(?:so\s+far\s+|already\s+|now\s+)?$", re.I)
#: audit 10: a date in parentheses closing a title's line ("... attacks in Kenscoff (5 June 2026)", "(as of 9
#: October)"): the report's day, not the event's.
_REPORT_DATE_OPEN = re.compile(r"\((?:(?:as\s+(?:of|at)|updated(?:\s+on)?|issued(?:\s+on)?)\s+)?$", re.I)
_REPORT_DATE_CLOSE = re.compile(r"\)[ \t]*(?:\n|$)")
#: audit 10: before a trigger in its sentence, who tells it ("An opposition spokesman said government troops
#: attacked ...", "According to security officials, the firing began ...").
_TOLD_BY_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w\-]+|claimed|claims|stated|according\s+to\s+[^,.;]{0,60},)"
                             r"[^.;:!?]{0,160}$", re.I)
#: How the note of an event whose sentence names no place begins (see ``_location``).
_NO_PLACE_HEAD = "No place named in the sentence"
#: audit 10: a sentence telling one more event ("also abducted 20 women", "Separately, ...").
_ANOTHER = re.compile(r"\b(?:also|again|another|separately|meanwhile|elsewhere|further|other)\b", re.I)
#: audit 10: a present perfect progressive ("have been fighting"), and the "since" of its date.
_BEEN_BEFORE = re.compile(r"\b(?:has|have|had)\s+been\s+$", re.I)
_SINCE_DATE = re.compile(r"\bsince\b", re.I)
#: audit 10: between a past date and a trigger: the time that date names ("in July 2025, when hundreds were killed").
_WHEN_AFTER_DATE = re.compile(r",?\s+when\s+[^.;:!?]{0,80}")
#: audit 10: a span of fighting that led to the sentence's other event ("captured Nyabiondo after two days of
#: fighting", "The attack follows weeks of clashes"), or that a sentence sums up: that event's, not one more.
_SPAN_OF_BEFORE = re.compile(r"\b(?:(?:after|following|follows|followed|amid|ending|ended|ends)\s+(?:"
                             # evv: "after nearly a week of fighting", "after more than two days of clashes"
                             r"(?:(?:nearly|almost|more\s+than|over|about|some|just|barely)\s+)?(?:[\w\-]+\s+)?"
                             r"(?:days?|weeks?|months?|years?|hours?|nights?)\s+of|(?:an?\s+)?[\w]+-(?:day|week|hour|night|"
                             r"month)(?:-long)?)"
                             # audit au10: "the biggest victory of six weeks of fighting", "killed in six weeks of fighting"
                             r"|(?:of|in|during|over|throughout)\s+(?:[\w\-]+\s+)?(?:days|weeks|months|years|hours|nights)\s+of)"
                             r"\s+(?:(?:heavy|fierce|intense|sporadic|deadly|bloody|renewed)\s+)?$", re.I)
#: ev22: right before a fight, "after" alone ("seized the presidential palace after brief fighting with the guard").
_AFTER_BARE = re.compile(r"\b(?:after|following)\s+(?:(?:heavy|fierce|intense|sporadic|bloody|brief|short|hard)\s+)?$", re.I)
#: audit 10: a fight told before, named again to frame it ("The fighting comes despite a ceasefire signed in
#: Doha", "The attack follows weeks of clashes"): no new event.
_FRAMED_BEFORE = re.compile(r"(?:(?:^|[\n.!?]\s*)(?:The|This|That|Today's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
                            r"Saturday's|Sunday's)|\b(?:said|says|added|reported)\s+(?:that\s+)?the)\s+"
                            r"(?:latest\s+|new\s+|renewed\s+|recent\s+)?$")
_FRAMED_AFTER = re.compile(r"(?:\s+(?:in|around|near|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+)?)?"
                           r"\s+(?:(?:follows?|followed)\s+(?:an?|the)\s|(?:comes?|came|follows?|followed)\s+(?:despite|amid|as|after|just|only|weeks|days|hours|months|"
                           r"barely|less\s+than|a\s+(?:day|week|month|year)|two|three|four|five|shortly|soon|less|more)|"
                           # "the fighting started after a driver was kidnapped": the cause of the fight told
                           r"(?:started|began|erupted|broke\s+out|was\s+sparked|was\s+triggered)\s+(?:after|when|over|following|by))\b",
                           re.I)
#: audit 7: an accusation of an attack already told ("The RSF accused the army of striking the convoy
#: with a drone"): the same attack, not another one.
_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}?(?:of|for)\s+"
                             r"[^.;:!?]{0,60}$", re.I)
#: Right before an event's verb: the act is told as alleged, not as fact ("allegedly attacked", "reportedly
#: shelled", "are accused of killing", "is suspected of abducting").
_ALLEGED_BEFORE = re.compile(r"\b(?P<word>allegedly|reportedly|purportedly|supposedly|(?:is|are|was|were|been|being)\s+"
                             r"(?:alleged|accused|suspected|said|reported|believed)\s+(?:of|to\s+have))\s+(?:[\w\-]+\s+){0,2}?$",
                             re.I)
#: audit 7: a monitors' tally ("recorded 1,566 ceasefire violations, including 1,413 explosions"):
#: fire across the line (shelling), the monitors no side in it.
_RECORDED_BEFORE = re.compile(r"\b(?:recorded|registered|counted|logged)\s+[^.;:!?]{0,80}?(?:including\s+)?"
                              r"(?:\d[\d,]*|[a-z]+)\s+$", re.I)
#: Before an actor, in the attack's sentence: the attack is laid at its door ("the blast was blamed on
#: al-Shabaab", "officials blamed the shelling of the market on the RSF"): the accused is who attacked
#: (ACLED codes the alleged perpetrator), whoever lays the blame is not a side in it.
_BLAMED_ON = re.compile(r"\b(?:blam(?:ed|es|ing)|pinn(?:ed|ing)|pins)\b[^.;!?]{0,160}?\bon\s+(?:the\s+)?$", re.I)
#: In an event's clause: two sides named together act on each other ("the army and the RSF shelled each other's
#: positions", "accused one another of ..."): both are sides in it, not allies striking a third.
_RECIPROCAL = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.I)
#: audit 7: after an actor: it was attacked ("a UN helicopter came under fire"): the target.
#: lead: right before an attack word, "under" and up to two words ("under air", "under heavy artillery"): what the
#: clause's subject was under, not what it did.
#: lead: right before an attack word, someone coming under it ("came under attack"): attacked then (not "had been
#: under attack since November": a siege's state).
_CAME_UNDER_BEFORE = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w\-]+\s+){0,2}$", re.I)
_UNDER_ATTACK_BEFORE = re.compile(r"\bunder\s+(?!cover\b)(?:[\w\-]+\s+){0,2}$", re.I)
_CAME_UNDER = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:came|comes|come|coming)\s+under\s+", re.I)
#: audit 7: between a weapon and an actor: what it hit is that actor's ("a roadside bomb struck the convoy
#: of President X"): the target, not who attacked.
_TARGET_OF_LINK = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?(?:struck|hit|targeted|hitting|striking|targeting|ripped\s+through|"
                             r"exploded\s+(?:near|beside|under|next\s+to))\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}?"
                             r"(?:convoy|vehicle|car|motorcade|home|house|residence|office|headquarters|compound|plane|helicopter)s?"
                             r"\s+(?:of|belonging\s+to|carrying)\s+(?:the\s+)?$", re.I)
#: audit 7: a fight's weapons named after it ("clashed ..., with both sides using tanks, mortars and drones").
_USING_BEFORE = re.compile(r"\b(?:using|firing|deploying|employing)\s+(?:[\w'’\-]+,?\s+){0,5}$"
                           # gold 4: "launched a counterattack on the town with tanks and artillery"
                           r"|\bwith\s+(?:heavy\s+)?(?:tanks|armou?red\s+vehicles|heavy\s+weapons|machine[\s\-]guns|"
                           r"rifles|small\s+arms)(?:,\s+|\s+and\s+)$", re.I)
#: gold 4: before a strike or shelling, what makes it the means of a capture told before it in the sentence
#: ("retook the town after heavy shelling", "recaptured the port, helped by coalition air strikes").
_MEANS_BEFORE = re.compile(r"\b(?:after|following|amid|with|helped\s+by|backed\s+by|supported\s+by|aided\s+by|"
                           r"under\s+cover\s+of|with\s+the\s+help\s+of)\s+(?:[\w\-]+,?\s+){0,3}$", re.I)
#: audit 7: aid attacked ("A World Food Programme convoy ... was attacked", "attacked a UNICEF truck"):
#: violence against civilians, not a battle.
_AID_TARGET = re.compile(r"\b(?:aid|humanitarian|relief|food|medical|(?-i:WFP|UNICEF|ICRC|MSF|UNHCR|OCHA|NGOs?)|World\s+Food\s+Programme|"
                         r"Red\s+Cross|Red\s+Crescent)\s+(?:[\w\-]+\s+){0,2}?(?:convoys?|trucks?|lorries|workers?|staff|"
                         r"warehouses?|teams?|vehicles?|volunteers)\b"
                         # gold 5: "a convoy of four trucks contracted by an international NGO"
                         r"|\b(?:convoys?|trucks?|lorries|vehicles?)\s+(?:[\w\-]+\s+){0,4}?(?:contracted|hired|chartered|operated|"
                         r"run)\s+by\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:(?-i:NGOs?)|aid|humanitarian|charity|charities|"
                         r"non-governmental|(?-i:UN)|United\s+Nations)\b", re.I)
#: audit 7: "stormed villages in Zamfara, killing 30": villages raided, not a place taken.
_ASSAULTED_VILLAGES = re.compile(r"\s+(?:(?:several|some|many|\d+|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"a\s+number\s+of|a\s+string\s+of|a\s+series\s+of)\s+)?(?:[\w\-]+\s+)?(?:villages|hamlets|"
                                 r"settlements|communities|homes|houses|neighbourhoods|neighborhoods)\s+(?:in|near|of|around|"
                                 r"across)\s+(?:the\s+)?$", re.I)
#: audit 7: a named victim with a title ("killed General Igor Kirillov", "assassinated Governor X"): one.
_TITLED_VICTIM = re.compile(r"\b(?:killing|killed|kills|assassinat(?:ed|ing)|shot\s+dead|murdered|gunned\s+down)\s+(?:the\s+)?"
                            r"(?:(?-i:[a-z])[\w\-]+\s+){0,2}(?-i:(?:Lieutenant|Major|Brigadier|Deputy|Vice)[\s\-]+)?"
                            r"(?-i:General|Colonel|Commander|Captain|President|Governor|Mayor|Minister|Sheikh|Imam|Bishop|"
                            r"Father|Judge|Senator|Chief|Lt\.|Gen\.|Col\.)\s+(?-i:[A-Z])[\w\-]+")
#: After a place of a list: an apposition that describes it, before the list goes on with "and"
#: ("Chinshwehaw, a key border trading hub, and the towns of ...").
_APPOSITION_AND = re.compile(r"\s*,\s*(?:an?|the|its|their)\s+[^,.;:!?()\n]{1,50}?(?=,\s*and\s)")
#: After a place joined to a list: a verb that makes it the subject of a clause of its own
#: ("captured Kurakhove and Pokrovsk remains under threat"), not one more place taken.
_CLAUSE_SUBJECT_AFTER = re.compile(r"\s+(?:(?:still|also|now|too)\s+)?(?:is|was|are|were|remains?|remained|has|had|have|"
                                   r"fell|falls|lies|lay|came|comes|will|would|could|may|might|must|continues?|continued|"
                                   r"saw|sees|faces?|faced|stays?|stayed)\b", re.I)
#: A place's name as written in a list: capitalised, or after an Arabic article ("al-Bayda", "ad-Dali", "el-Obeid").
_NAME_OPENING = re.compile(r"[A-Z]|(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez|ech)[\-‑’']\s?[A-Z]")
#: A plural unit word closing a list of places: its members are of that unit ("in Marib and al-Bayda provinces").
_UNITS_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+)?[\w'’\-]+|\s+and\s+[\w'’\-]+){0,5}\s+(?:provinces|regions|governorates|states|districts|departments|counties|oblasts|"
                          r"prefectures|townships|municipalities|zones|divisions)\b", re.I)
#: audit 7: a list of places going on with "and" + a name ("Paletwa, Kyauktaw and Minbya", Minbya unknown).
_AND_NAME_AFTER = re.compile(r"\s*,?\s+and\s+(?:the\s+(?:towns?|villages?|cities|localities|districts|settlements)\s+of\s+)?(?-i:[A-Z])[\w'’\-]+")
#: audit 7: between a capture verb and its town: a unit's seat there ("seized the headquarters of the army's
#: 6th Infantry Division in El Fasher"), as "seized the army's 22nd Division headquarters in Babanusa".
_UNIT_SITE_GAP = re.compile(r"\s+(?:the\s+)?(?:(?:headquarters|base|barracks|garrison|command)\s+of\s+(?:the\s+)?"
                            r"(?:[\w'’\-]+\s+){0,5}?(?:division|brigade|regiment|battalion|corps|command|army|military)"
                            # evh: the unit named before its seat ("the army's 3rd Division headquarters in Nasir")
                            r"|(?:[\w'’\-]+\s+){1,5}?(?:division|brigade|regiment|battalion|corps)\s+(?:headquarters|base|"
                            r"barracks|garrison|command))"
                            r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?", re.I)
#: audit 7: a clause whose subject is a disaster, however far its killing participle ("Cyclone Jude made
#: landfall near Nacala on Monday night, killing at least 18 people"): nature's toll, no attack.
_NATURE_SUBJECT = re.compile(r"\s*(?:(?:The|A|An)\s+)?(?:[\w'’\-]+\s+){0,2}?(?:storms?|cyclones?|hurricanes?|typhoons?|"
                             r"tornado(?:e)?s?|earthquakes?|quakes?|tremors?|landslides?|mudslides?|avalanches?|heat\s?waves?|"
                             r"wildfires?|bushfires?|blizzards?|tsunamis?|floods?|floodwaters|downpours?|rains|droughts?)"
                             r"(?:\s+(?-i:[A-Z])[\w\-]+)?\s+(?!(?:victims?|survivors?|shelters?)\b)(?:(?:[\w'’\-]+\s+){0,12}?[^.;:!?]{0,80}?,\s*"
                             # evl: or a relative clause right before the verb ("The earthquake that struck the region
                             # in February killed ...")
                             r"|(?:that|which)\s+[^.;:!?,]{0,80}?\s+)$", re.I)
#: audit 10: a storm as the subject of an attack verb ("Hurricane Kirk bombarded the coast", "the typhoon
#: pounded Luzon"): the weather, not an attacker (not "RAF Typhoons struck ...": jets, ev21); ev13: nor pests.
_NATURE_AGENT = re.compile(r"\s*(?:(?:The|A|An)\s+)?(?:[\w'’\-]+\s+){0,2}?(?:storms?|cyclones?|hurricanes?|(?-i:typhoons?|Typhoon)|"
                           r"tornado(?:e)?s?|blizzards?|tsunamis?|floods?|floodwaters|torrents|downpours?|rains|winds|waves|hail|"
                           r"earthquakes?|quakes?|tremors?|landslides?|lightning|"
                           r"locusts?|swarms?|armyworms?|pests)"  # ev13: "locust swarms have invaded northern Somalia"
                           # ev22: the swarms named with what they are ("Swarms of desert locusts invaded Kitui")
                           r"(?:\s+of\s+(?:[\w\-]+\s+){0,2}?(?:locusts?|insects|armyworms?|pests|bees|hornets|birds))?"
                           r"(?:\s+(?-i:[A-Z])[\w\-]+)?\s+(?:(?:has|have|had|also|again|then)\s+)*$", re.I)
#: ev22: after an attack verb, pests as what it hits ("Spray aircraft struck the swarms at dawn near Isiolo", "planes
#: bombed the locust bands"): a crop spraying, no strike.
_PEST_OBJECT = re.compile(r"\s+(?:the\s+|these\s+|those\s+)?(?:(?!(?:by|of|from|with|and|on|in)\b)[\w\-]+\s+){0,2}?"
                          # (not "attacks by armed bands": the attackers)
                          r"(?:swarms?|locusts?|armyworms?|hoppers|(?:locust|hopper)\s+bands|mosquito(?:e)?s|insects|pests)\b(?!\s+of\s+(?:fighters|militants|"
                          r"drones|gunmen|rebels|attackers|bandits|troops|soldiers|protesters))", re.I)
#: audit 10: a sentence opening on a storm and its verb ("Typhoon Mawar pounded the coast ..., tearing roofs
#: off homes and killing two fishermen"): a participle's killing later in it is the storm's toll.
#: evl: also after an opening word or phrase and its comma ("Meanwhile, flash floods swept through ...",
#: "Elsewhere, torrential rains triggered landslides ...").
_NATURE_OPENING = re.compile(r"\s*(?:(?-i:[A-Z])\w*(?:\s+\w+){0,2},\s+)?(?:(?:The|A|An)\s+)?(?:[\w'’\-]+\s+){0,2}?"
                             r"(?:storms?|cyclones?|hurricanes?|typhoons?|tornado(?:e)?s?|blizzards?|tsunamis?|floods?|floodwaters|"
                             r"earthquakes?|quakes?|landslides?|rains|downpours?)"
                             r"(?:\s+(?-i:[A-Z])[\w\-]+)?\s+(?:(?:has|have|had)\s+)?"
                             r"(?:[a-z]+ed|struck|hit|swept|tore|made|brought|blew|ripped|cut|left|that|which)\b", re.I)
#: A clause whose subject is an event, not an attacker ("Violent protests that erupted ... have killed 21"; gold 10:
#: "The 16-year insurgency by Boko Haram and its offshoot ISWAP has killed more than 35,000 people").
_EVENT_SUBJECT = re.compile(r"\s*(?:(?:The|A|An)\s+)?(?:[\w'’\-]+\s+){0,2}?(?:protests?|demonstrations?|riots?|unrest|clashes|"
                            r"fighting|violence|war|conflict|insurgency|rebellion)\s+"
                            r"(?:that|which|have|has|had|in|across|over|since|erupted|by)\b", re.I)
#: After a killing, an appositive ranking the dead among others ("..., the 12th officer killed in the city since the war
#: began", ", the third journalist killed this year"): the running total is the rank's, not the killing's.
_RANK_APPOSITIVE = re.compile(r",\s+the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                              r"tenth|[a-z]+teenth|[a-z]+tieth|latest)\s+(?:[\w\-]+\s+){0,2}?(?:killed|slain|murdered|shot)\b",
                              re.I)
#: After a killing verb: a running total ("had killed 2,255 people since October", "so far this year").
_TALLY_AFTER = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|altogether|over\s+the\s+past|in\s+the\s+past)\b", re.I)
#: Dead found in a grave ("found the bodies of 40 civilians in a mass grave", "exhumed 30 bodies"): killed before, by
#: whoever, not the toll of the act the sentence before tells (a town retaken, then its graves found).
_GRAVES = re.compile(r"\b(?:mass\s+graves?|graves?\s+(?:containing|holding|with)|exhum\w*|burial\s+(?:sites?|pits?))\b", re.I)
_PRONOUN = re.compile(r"(?:them|him|her|it|us|me|you|themselves|himself|herself|one\s+another|each\s+other)\b", re.I)
#: Between a capture verb and its first place: counted places told as including it ("retook 41 settlements on
#: Thursday, including X", "seized dozens of villages since Monday, including X and Y"): X is one of those taken.
_INCLUDING_GAP = re.compile(r"\s+(?:[\w,\-]+\s+){0,2}?(?:settlements|villages|towns|localities|communities|hamlets)\b"
                            r"[^.;:]{0,60}?,?\s+including\s+(?:the\s+(?:towns?|villages?|cit(?:y|ies))\s+of\s+)?$", re.I)
#: What may stand between a territory trigger and the place taken: nothing, "control of", or a word
#: for a piece of territory ("seized the strategic town of", "captured the army headquarters in");
#: "took place in", "took effect in", "stormed a hotel in" take no territory.
#: evl: a second verb sharing the place taken ("seized and held Goma", "captured and looted X") is no gap.
_SHARED_OBJECT_VERB = (r"(?:\s+and\s+(?:then\s+|briefly\s+|later\s+)?(?:held|occupied|secured|looted|plundered|pillaged|"
                       r"ransacked|sacked|burned|burnt|torched|razed|fortified|garrisoned))?")
_TAKE_GAP = re.compile(_INCLUDING_GAP.pattern + r"|" + _SHARED_OBJECT_VERB +
                       r"\s*(?:(?:over|into)\s+|(?:(?:full|total|complete|effective)\s+)?control\s+(?:of|over)\s+)?"
                       r"(?:(?:most|much|all|parts?|large\s+parts?|swathes?|half)\s+of\s+)?(?:the\s+|a\s+|an\s+)?"
                       r"(?:(?:[\w'’\-]+\s+){0,3}?(?:towns?|city|cities|villages?|hamlets?|locality|localities|districts?|port|base|airport|airfield|area|"
                       r"region|province|state|county|township|capital|headquarters|garrison|hill|island|oasis|crossing|"
                       r"neighbou?rhood|suburbs?|outskirts|oil\s*fields?|camp|municipality|commune|zone|governorate|"
                       r"settlements?|positions?|strongholds?|half|part|portion|parts|side|cent(?:re|er)|territory|"
                       r"valley|mountains?|highway|road|bridge|pass|border\s+post|barracks|posts?|outposts?|checkpoints?)(?:\s+(?:of|in|near|outside|"
                       r"around|at|on|north\s+of|south\s+of|east\s+of|west\s+of)\s+(?:the\s+)?"
                       # ev21: the town named after a comma ("entered the regional capital, Mekelle, on Monday")
                       r"|(?:(?<=town)|(?<=city)|(?<=port)|(?<=capital))\s*,\s*))?"
                       r"(?-i:(?:[A-Z][\w'’\-]*\s+){0,2})$", re.I)  # "captured At Tall" (the name found: "Tall")
#: Before an area: a preposition that says something lies in it ("in North Kivu", "in Ethiopia's Amhara
#: region", "in the province of", "in West Kordofan"), not where someone came from or went ("from the west").
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|inside|within|across|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]+['’]s\s+)?"
                              r"(?:(?:(?-i:[A-Z])[\w\-]*|northern|southern|eastern|western|central|province|region|state|"
                              r"district|county|governorate|of|the)\s+){0,3}$", re.I)
_W409_HEAD = Messages.W409.split("{", 1)[0]  # how the note of a territory event whose town was not found begins
#: gold 9: a region or country named only to say where a settlement lies ("retake Cabo Delgado town", "seize capital
#: of al-Jawf province", "has retaken several towns in Shan State", "seized a village in Bakool"): the settlement
#: changed hands, not the area ("the town of X" names the town X itself: a town, not in X).
#: evb: also a settlement the area's possessive describes ("Afghanistan's second- and third-largest cities", "Sudan's
#: second city", "Ukraine's eastern town of Pokrovsk"): towns of the country changed hands, not the country.
_SETTLEMENT_AFTER = re.compile(r"(?:['’]s(?:\s+(?!(?:the|an?|in|of|at|on|to|is|was|were|has|had|have)\b)(?-i:[a-z])[\w\-]*,?)"
                               r"{1,4}?)?\s+(?:(?:provincial|state|regional|district)\s+)?(?:towns?|city|cities|villages?|capital)\b",
                               re.I)
#: evl: also a district's centre, hamlets, localities; app: a post taken in an area ("the district centre in X
#: province", "several localities in the Y region", "seized a battalion headquarters in Rakhine State", "overran
#: two bases in Idlib province"): a spot of the region changed hands, not the region.
_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:(?:capital|towns|villages|cities|seat|hamlets|settlements|localities|"
                                   r"district\s+(?:centre|center|headquarters)s?)\s+(?:of|in)"
                                   r"|(?:town|village|city|hamlet|settlement|locality|headquarters|bases?|camps?|outposts?|"
                                   r"garrisons?|barracks)\s+in)\s+"
                                   r"(?:the\s+)?(?:[\w\-]+\s+){0,3}?$", re.I)


def area_part(loc: Any) -> bool:
    """Whether a location is a region, a country or a part of one ("northern Shan"), not a town or a spot near one."""
    return loc.precision == 3 or (loc.precision == 2 and loc.relation == "part")


def settlement_in_area(text: str, start: int, end: int, floor: int) -> bool:
    """gold 9: whether the area named at ``start:end`` only says where an unnamed settlement lies ("Cabo Delgado
    town", "the capital of North Darfur state", "several towns in Shan State"); ``floor``: where its sentence starts."""
    return settlement_phrase(text, start, end, floor) is not None


def settlement_phrase(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    """The span of the words naming that settlement with its area ("Cabo Delgado town", "town in Sagaing
    Region"), for a message to quote whole words; None when the area names no settlement."""
    if after := _SETTLEMENT_AFTER.match(text, end):
        return start, after.end()
    lo = max(floor, start - 60)
    before = _SETTLEMENT_OF_BEFORE.search(text[lo:start])
    return (lo + before.start(), end) if before else None
_LOST_HEAD = "The place named, "  # ... and that of another event whose place was named but not found
_AROUND_HEAD = "The place named here, "  # ... placed in the area the sentences around it name (an echo may match it)
#: gold 5: after a place, the rest of a road's name ("Culiacán-Eldorado highway": after "Culiacán" and after
#: "Eldorado", the latter written right after a hyphen).
_ROAD_AFTER_FIRST = re.compile(r"[-–](?:(?-i:[A-Z])[\w'’]*[ \t\-]?){1,3}[ \t]*(?:road|highway|route|motorway|expressway|axis)\b",
                               re.I)
_ROAD_AFTER_LAST = re.compile(r"[ \t]+(?:road|highway|route|motorway|expressway|axis)\b", re.I)


def _road_end(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is one end of a road's name ("the Marka-Qoryooley road")."""
    if _ROAD_AFTER_FIRST.match(text, end):
        return True
    return start > 1 and text[start - 1] in "-–" and text[start - 2].isalpha() and bool(_ROAD_AFTER_LAST.match(text, end))


#: evl: a taking told in the passive ("was captured by", "were seized by"): a place taken when its subject is
#: the place named right before it ("Goma was captured by M23", "The town of Bunia, which was seized by ...")
#: or unnamed ground by one ("three villages near X were captured by the KIA"); else people taken, an arrest. A
#: teller may come first ("The ministry said Kupiansk was recaptured": eve).
_PASSIVE_TAKING = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been|being|been)\s+(?:(?:re)?captured|seized|"
                             r"overrun|(?:re)?taken|stormed)\b", re.I)
_PLACE_SUBJECT_GAP = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?")
_PLACE_SUBJECT_OPENING = re.compile(r"(?:[^.;:!?\"“]{0,80}?\b(?:said|says|reported|announced|confirmed|claimed)\s+(?:that\s+)?)?"
                                    r"[\s\"“‘']*(?:the\s+)?(?:(?:[\w\-]+\s+){0,2}?(?:towns?|city|village|port|capital|base|"
                                    r"district|province|region|area|locality|settlement|hub|stronghold)\s+of\s+)?", re.I)


def _place_subject(text: str, ts: int, places: list, floor: int) -> bool:
    """evl: whether the passive taking at ``ts`` has a place as its subject, named between ``floor`` (its
    clause's start) and the verb: the place alone or as "the town of X", or unnamed ground by it."""
    m = max((m for m in places if floor <= m.start and m.end <= ts), key=_START, default=None)
    if m is None or not _PLACE_SUBJECT_GAP.fullmatch(text, m.end, ts):
        return False
    return bool(_PLACE_SUBJECT_OPENING.fullmatch(text, floor, m.start) or unnamed_ground_before(text, m.start, floor))


#: eve: before a place struck told in the passive, a site at it ("The fuel depot in Kherson was struck", "An
#: ammunition dump near Luhansk", "The main enrichment site at Natanz was hit"): the site is the verb's subject.
#: ev21: between a town and a passive strike verb, the site of that town the verb's subject ("the Natanz enrichment
#: site has been hit", "the Kursk nuclear power plant was struck"): a strike at the town.
_SITE_OF_PLACE_GAP = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:depot|warehouse|(?:power\s+)?plant|(?:sub)?station|bridge|dam|"
                                r"factory|refinery|airport|air\s?base|airfield|base|barracks|facility|site|complex|"
                                r"reactor|terminal|port|harbou?r)\s+", re.I)
_STRUCK_SITE_BEFORE = re.compile(r"[\s\"“‘']*(?:an?|the|two|three|four|several|some|many|its|their)\s+"
                                 r"(?:[\w'’\-]+\s+){0,3}?(?:depots?|dumps?|warehouses?|(?:power\s+)?plants?|"
                                 r"(?:sub)?stations?|bridges?|dams?|factor(?:y|ies)|hospitals?|clinics?|schools?|markets?|"
                                 r"buildings?|blocks?|homes?|houses?|facilit(?:y|ies)|sites?|infrastructure|pipelines?|"
                                 r"terminals?|refiner(?:y|ies)|airports?|air\s?bases?|airfields?|bases?|(?:out)?posts?|"
                                 r"checkpoints?|barracks|headquarters|compounds?|mosques?|church(?:es)?|camps?|shelters?|"
                                 r"ports?|harbou?rs?|positions?|neighbou?rhoods?|districts?|villages?|suburbs?)\s+"
                                 r"(?:in|at|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
                                 r"(?:(?:[\w\-]+\s+){0,2}?(?:town|city|village|port|region|province)\s+of\s+)?", re.I)


def _struck_place_subject(text: str, ts: int, places: list, floor: int) -> bool:
    """eve: whether the passive strike at ``ts`` ("was hit", "were struck overnight") has a place as its subject,
    named between ``floor`` (its clause's start) and the verb: alone or as "the town of X" (as a place taken in
    the passive is read), or a site at it ("The fuel depot in Kherson was struck")."""
    m = max((m for m in places if floor <= m.start and m.end <= ts), key=_START, default=None)
    if m is None:
        return False
    if _SITE_OF_PLACE_GAP.fullmatch(text, m.end, ts):
        # ev21: a site named by its town ("the Natanz enrichment site has been hit", "the Kursk power plant was hit")
        return bool(_PLACE_SUBJECT_OPENING.fullmatch(text, floor, m.start)) and text[m.start - 4:m.start].lower() == "the "
    if not _PLACE_SUBJECT_GAP.fullmatch(text, m.end, ts):
        return False
    return bool(_PLACE_SUBJECT_OPENING.fullmatch(text, floor, m.start)
                or _STRUCK_SITE_BEFORE.fullmatch(text, floor, m.start))


#: "between" before a list: its two names are a road's or a front's two ends ("on the road between
#: Nabatieh and X"), or the two sides of a clash ("clashes erupted in X on Monday between A and B").
_BETWEEN_BEFORE = re.compile(r"\bbetween\b", re.I)
_ENDS_BY = re.compile(r"\bby$", re.I)
_THE = re.compile(r"\s*(?:the\s+)?")
#: The owner named before a side that is not itself an actor ("captured by Khalifa Haftar's Libyan National Army",
#: "under the control of Prime Minister Dbeibah's forces"): one to three capitalised words and "'s"; the side is the
#: actor after it.
SIDE_OWNER = r"(?:" + OWNER_NAME + r"['’]s\s+)?"
_THE_OR_OWNER = re.compile(r"\s*(?:the\s+)?" + SIDE_OWNER)
#: evf: the words telling whose an object is ("targeted positions held by Saudi troops", "a convoy guarded by
#: soldiers"): those named after "by" hold or guard it, they are the side attacked, not the attackers.
_HOLDING_WORDS = r"(?:held|controlled|occupied|manned|guarded|defended|used|owned|run)"
_HELD_BY = re.compile(r"\b" + _HOLDING_WORDS + r"\s+by\s", re.I)
_BY = re.compile(r"\s*(?:(?!" + _HOLDING_WORDS + r"\s)[\w\-]+\s+){0,3}?by\s+(?:the\s+)?", re.I)
_AND = re.compile(r"\s*(?:and|,|&)\s*(?:the\s+)?")
_STATE_TAIL = re.compile(r"\b(?:forces|troops|army|military|soldiers|navy|air\s+force|armed\s+forces)$", re.I)
_FIRST, _FIRST_TWO = itemgetter(0), itemgetter(0, 1)
_START = attrgetter("start")  # (a sort key: the same order as ``lambda m: m.start``)
_CLOCK = re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?![\w:])")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


#: A toll given as a range ("between nine and twelve farmers", "between 9 and 12"): ACLED keeps the lower
#: count; and a count repeated in figures ("four (4) killed", communiqués' style).
_TOLL_RANGE = re.compile(r"\b(?P<b>between\s+)(?P<lo>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(?:and|to)\s+(?P<hi>\d{1,4}|[a-z]+(?:-[a-z]+)?)"
                         r"(?=[\s,.;])|(?<=[a-z])(?P<fig>\s+\(\d{1,4}\))", re.I)


def _plain_counts(numbers: dict, text: str, low: str | None) -> tuple[str, str | None]:
    """``text`` (and its folded twin ``low``) with a toll range's "between" and upper bound, and the figures
    repeating a count in brackets, blanked (same offsets), so the toll patterns read the lower count."""
    spans = []
    for m in _TOLL_RANGE.finditer(text):
        if m.group("fig"):
            spans.append((m.start("fig"), m.end("fig")))
        elif all(w.isdigit() or _number_word(numbers, w.lower()) is not None for w in (m.group("lo"), m.group("hi"))):
            spans += [(m.start("b"), m.end("b")), (m.end("lo"), m.end())]
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
        if low is not None:
            low = low[:a] + " " * (b - a) + low[b:]
    return text, low


#: A relative clause opening: what follows tells another fact's time ("..., which it had seized in December").
_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose|where|that)\s+(?:\w+\s+){0,4}?(?:had|has|have|was|were|is|are|"
                       r"\w+ed)\b", re.I)
#: A restrictive relative clause with a subject of its own after an object ("several towns that government forces
#: seized last year"): its date tells that clause's act. Not a clause whose verb follows "that", after an adverb or
#: a time told at most ("fighting that broke out on Monday", "the town that was shelled on Monday", "a village that
#: for years served as the rebels' stronghold, on Sunday": the event's own).
_OBJECT_RELATIVE = re.compile(r"\S\s+that\s+(?!(?:had|has|have|was|were|is|are|been|began|begun|broke|erupted|started|"
                              r"continued|came|went|took|left|\w+ed|\w+ly|for|in|on|at|since|during|over|until|by|from|with|"
                              r"after|before|once|still|also|then|now|long|later|earlier|already)\b)(?:[\w\-]+\s+){1,6}?(?:had\s+|have\s+|has\s+)?"
                              r"(?:\w+ed|took|held|won|overran|seized|retook|lost|fought)\b", re.I)
#: Between two places: the first only qualifies the second ("the Red Sea port of Hodeidah").
_OF_PLACE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,2}of\s+(?:the\s+)?")
#: Between two places: the second restates the first ("its last stronghold in Darfur, the city of El Fasher").
_RESTATED = re.compile(r"\s*,\s*(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:city|town|village|capital|port|"
                       r"locality|stronghold|base)\s+of\s+(?:the\s+)?", re.I)
#: Between two places: the first owns the second ("Russia's Ryazan region", "Mali's central Mopti region").
_POSSESSIVE_PLACE = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}")
#: Between two places: the second only says where the first is ("Tripoli, in northern Lebanon").
_APPOSITION = re.compile(r"\s*,\s*(?:in\s+|of\s+)?(?:the\s+)?")
#: Before a place: what a protest or statement is about, not where it is ("in support of Gaza").
_TOPIC_BEFORE = re.compile(r"(?:(?:border|frontier|boundary)\s+with(?:\s+[A-Z][\w\-]+\s+(?:and|or))?|"
                           r"in\s+(?:support|solidarity)\s+(?:of|with)|against\s+(?:the\s+)?(?:war|offensive|strikes|attacks|"
                           r"bombing|siege|occupation)\s+(?:in|on|of)|(?:war|offensive|genocide|siege|occupation)\s+(?:in|on|of)|"
                           r"(?:support|solidarity)\s+(?:for|with))\s+(?:the\s+(?:people\s+of\s+)?)?$", re.I)
#: A word every match of _TOPIC_BEFORE holds (in the folded text: IGNORECASE's equivalents folded).
_TOPIC_WORDS = ("with", "support", "solidarity", "against", "war", "offensive", "genocide", "siege", "occupation")
_TOPIC_HINT = re.compile("|".join(map(re.escape, _TOPIC_WORDS)))  # one of them (one C-level search)


def _topic_before(text: str, lo: int, hi: int) -> bool:
    """``_TOPIC_BEFORE.search(text, lo, hi)``, not run when none of its words is there (most places)."""
    ft = fold(text)
    if _TOPIC_HINT.search(ft, lo, hi) is None:  # (as: no ft.find(w, lo, hi) >= 0)
        return False
    return _TOPIC_BEFORE.search(text, lo, hi) is not None
#: Before a place: where someone comes from, not where it happened ("a peacekeeper from Malawi").
_ORIGIN_BEFORE = re.compile(r"\b(?:(?:fleeing|fled|flee|displaced|escaped|escaping|arrived|arriving|evacuated|sheltering|"
                            r"sheltered|taking\s+refuge|took\s+refuge)\s+"
                            # ev22: "fled across the river to Democratic Republic of Congo", "fled over the border into"
                            r"(?:(?:across|over)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:river|border|frontier|lake|sea|mountains)\s+)?"
                            r"(?:to|into|in|from|towards?)\s+(?:the\s+)?$)|"
                            # audit 9: "forced 5,000 people to flee their homes, many of them towards Cucuta"
                            r"\b(?:many|most|some|half|thousands|hundreds)\s+of\s+them\s+(?:to|into|towards?)\s+(?:the\s+)?$|"
                            r"\b(?:peacekeepers?|soldiers?|troops|nationals?|citizens?|workers?|refugees?|migrants?|pilgrims?|"
                            r"tourists?|engineers?|contractors?|mercenaries|volunteers?|students?|journalists?|doctors?|"
                            r"nurses?|sailors?|crew(?:\s+members?)?|experts?|delegations?|envoys?|"
                            # ev16: "about 200 traders from Bannu protested" (outside Parliament), "a flight from Fort
                            # Lauderdale was hit", "a train carrying passengers from Quetta": whence they came
                            r"traders?|delegates?|passengers?|"
                            r"flights?|airliners?|planes?|trains?|bus(?:es)?|ferr(?:y|ies))\s+from\s+(?:the\s+)?"
                            r"(?:(?:[\w'’\-]+\s+){1,3}?to\s+(?:the\s+)?)?$"  # (and "from Quetta to Peshawar")
                            # where a missile or drone came from ("a rocket fired from Lebanon struck a house in ...")
                            r"|\b(?:fired|launched|shot)\s+(?:[\w\-]+\s+){0,5}?from\s+(?:the\s+)?$"
                            # ev20: whence fighters or arms came ("an armed band crossing from Liberia attacked the
                            # village of X", "weapons sent from Pakistan were captured")
                            # ev21: whence aircraft flew ("four Rafale jets flying from France struck camps near Gao")
                            r"|\b(?:crossing|crossed|infiltrating|infiltrated|sent|supplied|shipped|smuggled|flying|"
                            r"taking\s+off|took\s+off|operating)\s+"
                            r"(?:in\s+|over\s+)?from\s+(?:the\s+)?$"
                            # gold 7: "hundreds of Afghans recently deported from Iran protested ... in Zaranj"
                            r"|\b(?:deported|expelled|repatriated|returned|returning|deportees?|returnees?)\s+from\s+(?:the\s+)?$"
                            # where someone was carried off to ("was kidnapped and flown to Miami", "extradited to the
                            # Netherlands", "the wounded were airlifted to Kigali"): the journey's end, not the event's place
                            r"|\b(?:flown|airlifted|extradited|deported|transferred|smuggled)\s+(?:\w+\s+)?to\s+(?:the\s+)?$"
                            # evu: a person's home district in a casualty list ("Sepoy X, a resident of Karak, embraced
                            # martyrdom", "(age 24, resident of Swat district)", "a native of Iloilo", "hailing from Jos"):
                            # where the dead came from, not the fight ("A resident of Gao said ..." opens no apposition)
                            r"|(?:[,(]\s*(?:an?\s+)?resident|\bnative|\bhail(?:ing|ed|s))\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_ORIGIN_HINT = re.compile(r"from|fle|displac|escap|arriv|evacu|shelter|refuge|them|resident\s+of|native\s+of|"
                          r"flown|airlift|extradit|deport|transferr|smuggl|withdr|retreat|back\s+to|(?:sea|waters)\s+off",
                          re.I)
#: eve: before a place, where a side went off to in a clause of its own ("... before police withdrew to the nearby
#: town of X", "as troops fell back to Y"): the act's place is the one told before it, not where they went (evf: or
#: in the main clause, "Troops had pulled back to X after fighting ...": the fight was not at X).
_WITHDREW_TO_BEFORE = re.compile(r"\b(?:(?:before|after|as|when|while|until|and)\s+(?:(?:the|its|their|some|most)\s+)?"
                                 r"(?:[\w\-]+\s+){0,2}?)?(?:(?:had|have|has)\s+(?:since\s+|already\s+)?)?"
                                 r"(?:withdrew|withdrawing|withdrawn|retreated|retreating|"
                                 r"pulled\s+back|pulling\s+back|fell\s+back|fallen\s+back|falling\s+back)\s+to\s+(?:the\s+)?"
                                 r"(?:(?:nearby|neighbou?ring|regional|state|provincial|district)\s+)?"
                                 r"(?:(?:capital|town|city|village|base|camp|barracks|headquarters)\s+(?:of\s+)?)?$", re.I)


#: evv: a resident who speaks ("..., Issa Diallo, a resident of Djibo, told AFP", "said Ali, a resident of Kaya"):
#: a witness, whose home is the one place the sentence gives the event when it names no other.
_WITNESS_SAYS_AFTER = re.compile(r"(?:\s+(?:district|village|town|city|county|area|camp))?\s*[,)]\s*(?:(?:also|later)\s+)?"
                                 r"(?:said|says|told|tells|added|recalled|explained)\b", re.I)
_WITNESS_SAYS_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w\-]+|according\s+to)\s+(?:[\w'’.\-]+\s+){0,4}?[\w'’.\-]+\s*,\s*"
                                  r"(?:an?\s+)?(?:[\w\-]+\s+)?resident\s+of\s+(?:the\s+)?$", re.I)


def _witness_home(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``-``end``, a home (:func:`_origin`), is a speaking resident's: a witness's."""
    if _WITNESS_SAYS_AFTER.match(text, end) is not None:
        return text.rfind("resident", max(0, start - 30), start) >= 0
    return _WITNESS_SAYS_BEFORE.search(text, max(0, start - 90), start) is not None


#: eve: before a country or town, the sea off it where something fired or launched came down ("fired a ballistic
#: missile into the sea off Japan", "a rocket that landed in waters off Taiwan's coast"): the event is the launch,
#: at sea, not on that country's land (a ship attacked off a coast is still placed by it: no launch verb). Its two
#: halves (the launch, the sea by its coast) also make :data:`_SEA_OFF`.
_LAUNCHED_INTO = r"\b(?:fired|launched|test-fired|landed|splashed\s+down|came\s+down|fell)\b[^.;:!?]{0,80}?\b(?:into|in)\s+"
_SEA_OFF_WORDS = r"(?:sea|waters)\s+off\s+(?:the\s+)?(?:(?:[\w\-]+\s+)?coast\s+of\s+)?"
_LANDED_OFF_BEFORE = re.compile(_LAUNCHED_INTO + r"(?:the\s+)?" + _SEA_OFF_WORDS + "$", re.I)


def _origin(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where someone comes from, fled to (:data:`_ORIGIN_BEFORE`), went off to
    in a clause of its own (:data:`_WITHDREW_TO_BEFORE`), or the coast off which a launched missile fell
    (:data:`_LANDED_OFF_BEFORE`)."""
    lo = max(0, start - 40)
    ft = fold(text)  # (the twins: same spans, found faster)
    if _ORIGIN_HINT_F.search(ft, lo, start) is None:
        return False  # (most places: no need for the full pattern)
    return _ORIGIN_BEFORE_F.search(ft, lo, start) is not None or (
        _WITHDREW_TO_BEFORE_F.search(ft, max(0, start - 90), start) is not None
        or _LANDED_OFF_BEFORE_F.search(ft, max(0, start - 140), start) is not None)


#: ev22: before a place, talks held there ("after peace talks in Tokyo collapsed", "negotiations held in Doha").
_VENUE_WORD = re.compile(r"\b(?:talks|negotiations)\b", re.I)
_VENUE_BEFORE = re.compile(r"\b(?:talks|negotiations)\s+(?:(?:held|hosted|mediated|brokered)\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)


#: Objects joined to the first one ("took Lalibela and Gondar", "struck Sanaa, Hodeidah and Taiz").
#: (cap2: "and then", ", then": the list's places taken one after the other, "seized Boni in March and then Hombori")
#: lead: the next place may come with its description ("Hodeidah and the capital Sanaa", "and the capital, Sanaa",
#: "Goma and the nearby town of Sake", "and the provincial capital Kindu").
_LIST_UNIT_OF = r"(?:towns?|city|cities|villages?|localities|districts|settlements|port)\s+of\s+"
_AND_PLACE = re.compile(r"\s*(?:,\s*and|,|and|as\s+well\s+as|&)(?:\s+then)?\s+"
                        r"(?:the\s+(?:(?!(?:in|on|at|near|outside|around|of|from|to|into|by|with|and|or|the|an?)\b)[\w\-]+\s+){0,2}?"
                        rf"(?:{_LIST_UNIT_OF}|capital\s*,?\s+)"
                        rf"|(?:the\s+)?(?:{_LIST_UNIT_OF})?)")
#: ev23: between two places of a list, the second's own toll ("killed three in Ariha and two in Saraqib", "and
#: another four in"): one event per place, each with its dead.
_AND_TOLL_IN = re.compile(r"\s*,?\s*and\s+(?:another\s+|a\s+further\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+"
                          r"(?:more\s+|others?\s+)?(?:people\s+|civilians\s+|soldiers\s+|fighters\s+)?in\s+")


#: An election campaign told in a sentence or its article's headline: "campaign" and an electoral word.
_CAMPAIGN = re.compile(r"\bcampaign(?:s|ing|ed)?\b", re.I)
_ELECTORAL = re.compile(r"\b(?:elections?|electoral|polls|votes?|voters|candidates?|senate|senatorial|parliamentary|"
                        r"presidential|primar(?:y|ies)|ballots?|slates?|midterms?)\b", re.I)
#: The longest first line read as the article's headline, for the campaign it may tell.
_HEADLINE_MAX = 200


def title_line(doc: Document) -> Sentence | None:
    """The article's first sentence when it is its title line, else None: a line of its own (a line break right
    after it), unless it runs longer than :data:`_HEADLINE_MAX` and opens with its dateline ("MAPUTO, Dec 24
    (Reuters) - At least 21 people were killed ..." as a paragraph: the story's first sentence). One rule for the
    readers that treat a headline apart: a headline's event retold by the body (``event_merge``), the page period a
    title names (``_context_dates``)."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    text = doc.text
    if "\n" not in text[first.end:first.end + 3]:
        return None  # (a text of one line is a story's sentence, not a title over nothing)
    if first.end - first.start > _HEADLINE_MAX and dateline_end(text, first.start) > first.start:
        return None
    return first


#: Before an "offensive": the campaign named as what something judges or stands in ("a blow to the government's
#: offensive", "a setback for its offensive", "the next phase of the offensive"): the campaign, not a fight told.
_CAMPAIGN_JUDGED = re.compile(r"\b(?:blow|setback|boost|threat|challenge|end|failure|success|stalling|collapse|phase|stage|"
                              r"part|course|goals?|aims?)\s+(?:to|for|of|in)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                              r"(?:[\w\-]+['’]s\s+)?(?:(?!on\b|against\b)[\w\-]+\s+){0,2}$", re.I)


#: Before a fight's noun: a side's part in it denied ("Armenia had not taken part in the fighting", "the army denied
#: taking part in the clashes"): the fight is told elsewhere, or not at all; this tells no fight.
_PART_DENIED_BEFORE = re.compile(r"\b(?:not|never|no|denied|denies|deny|denying)\s+(?:(?:having|any|a|direct|active)\s+)*"
                                 r"(?:(?:tak(?:en?|ing)|took|played|playing)\s+)?(?:any\s+)?part\s+in\s+(?:the\s+|any\s+)?$", re.I)


def _last_appositive(text: str, lo: int, hi: int) -> re.Match | None:
    """The last description set off by a comma opening in ``text[lo:hi]`` (``_APPOSITIVE_OPEN``), or None."""
    app = None
    for app in _APPOSITIVE_OPEN.finditer(text, lo, hi):
        pass
    return app


def _campaign_told(text: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence at ``s_start`` belongs to the story of an election campaign (its words in the sentence or
    in the headline: "Battle for the Senate: campaign heats up in vote-rich Cebu"): its rallies are campaign events,
    not protests (a crowd pressing a demand, ``_PROTEST_AIM``, still is one), and an "offensive" with no side named
    is the campaign's."""
    head_end = text.find("\n")
    spans = ((s_start, s_end),) + (((0, head_end),) if 0 < head_end <= _HEADLINE_MAX and s_start > 0 else ())
    return (any(_CAMPAIGN.search(text, a, b) for a, b in spans)
            and any(_ELECTORAL.search(text, a, b) for a, b in spans))


def _coverage_title(text: str, ts: int, te: int) -> bool:
    """Whether the protest noun at ``ts:te`` is the topic a headline or an entry title labels as live coverage
    or an explainer (a short line of its own: :data:`_COVERAGE_LABEL`): in the label's part of the line ("Kenya
    protests live"), or closing a part of its own ("Live updates: Serbia protests"); not a protest the line
    tells after the label ("Georgia protests live: ...; rallies in Batumi and Kutaisi")."""
    lo, hi = text.rfind("\n", 0, ts) + 1, text.find("\n", te)
    hi = len(text) if hi < 0 else hi
    if hi - lo > _TITLE_LINE_MAX or _COVERAGE_LABEL.search(text, lo, hi) is None:
        return False
    a = max((m.end() for m in _TITLE_PART_END.finditer(text, lo, ts)), default=lo)
    b = _TITLE_PART_END.search(text, te, hi)
    b = b.start() if b is not None else hi
    return not text[te:b].strip() or _COVERAGE_LABEL.search(text[a:b]) is not None


def _toll_before(text: str, lo: int, pos: int) -> re.Match | None:
    """The toll a list gives the place at ``pos`` of its own ("... and two in Saraqib"), told after ``lo``."""
    m = _AND_TOLL_IN.search(text, max(lo, pos - 40), pos)
    return m if m is not None and m.end() == pos else None


#: A trigger joined to the one before it names the same attack ("a missile and drone attack").
_IN_DATE = re.compile(r"\s+(?:in|on|since)\s+(?:(?:early|mid|late)[\s\-]+)?(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"\d{4})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?(?=[\s,])")
_JOINED = re.compile(r"\s*(?:and|or|,|/|-|&)\s*")
#: After a take: the hold was undone in the same sentence ("before the army drove them out").
#: A hold the sentence says was short ("briefly took", "for several hours"); the control claims' own test.
_SHORT_HOLD = re.compile(r"\b(?:briefly|temporarily|momentarily|for\s+(?:a\s+few|several|two|three|some)\s+hours)\b", re.I)
_UNDONE = re.compile(r"\bbefore\s+(?P<who>(?:(?:the|government|security|state)\s+)*(?:[\w\-()]+\s+){0,6}?)"
                     r"(?:drove|pushed|forced|expelled|ousted|chased|dislodged|retook|recaptured)\b", re.I)
#: After a capture: the takers left again ("overran the town before withdrawing hours later").
_LEFT_AFTER = re.compile(r"\bbefore\s+(?:(?:later|quickly|eventually)\s+)?(?:withdrawing|retreating|pulling\s+(?:out|back)|leaving|"
                         r"abandoning\s+it|being\s+(?:driven|pushed|forced)\s+(?:out|back))\b", re.I)
#: evy: after a capture or entry, the fight for the place went on ("entered Wad Madani, but fighting resumed the
#: next day"): no lasting hold yet, a fight (events) and no change of hands (control).
FIGHT_WENT_ON = re.compile(r"\bbut\s+(?:(?:heavy|fierce|intense|street|sporadic)\s+)?(?:fighting|clashes|battles)\s+"
                           r"(?:(?:soon|quickly|later|has|had|have)\s+)?(?:resumed|continued|raged\s+on|went\s+on|persisted|"
                           r"broke\s+out\s+again|flared\s+(?:up\s+)?again)\b"
                           # zon: the other side's word after a semicolon, a headline's way ("Russia says it has taken
                           # Vuhledar; Ukraine says fighting goes on")
                           r"|;\s*(?:[\w\-'’]+\s+){1,4}?(?:says?|said|insists?|insisted)\s+(?:that\s+)?"
                           r"(?:(?:heavy|fierce|intense|street)\s+)?(?:fighting|clashes|battles)\s+(?:goes\s+on|go\s+on|"
                           r"went\s+on|continues?|continued|is\s+continuing|rages?\s+on|raged\s+on)\b", re.I)
_GOVERNMENT = re.compile(r"\b(?:government|army|military|security forces|police|armed forces|junta|regime"
                         r"|federal\s+(?:troops|forces|soldiers))\b", re.I)
#: A capitalised word that makes an actor's name a proper name ("Arakan Army" is no government army).
_PROPER = re.compile(r"(?<![\w\-'’])(?!(?:The|Army|Government|Military|Police|Security|Forces|Armed|Junta|Regime|Federal|Troops|Soldiers)\b)[A-Z][a-z]")
#: Words before an actor that make it a helper, not the one acting ("backed by clan militias"; "the army and
#: allied militias entered X": the army, named first, with its allies).
_HELPER_BEFORE = re.compile(r"(?:backed|supported|aided|assisted|helped|joined|accompanied)\s+by\s+(?:the\s+|their\s+|its\s+)?"
                            r"(?:[\w\-]+\s+){0,2}$|(?:alongside|with\s+the\s+(?:help|support|backing)\s+of)\s+"
                            r"(?:the\s+)?(?:[\w\-]+\s+){0,2}$|\band\s+(?:its\s+|their\s+)?(?:allied|affiliated)\s+(?:[\w\-]+\s+)?$",
                            re.I)

#: A speaker whose reported clause has a subject of its own that names nobody known and is none of the
#: speaker's own men or arms ("The army acknowledged on Saturday that 'terrorist groups' had entered Aleppo"):
#: the speaker tells of the capture, not makes it ("... said that air defences had destroyed": its own).
#: gold 8: after "what" and an actor, the actor names the event ("in what police described as an attack").
_DESCRIBED_AS = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:described|called|termed|labell?ed|characteri[sz]ed)\s+as\b",
                           re.I)
_TELLS_OF_OTHERS = re.compile(r"[^.;:!?]{0,60}?\b(?:said|says|acknowledged|admitted|conceded|confirmed|announced|"
                              r"claimed|reported|denied|warned)\b[^.;:!?]{0,40}?\bthat\s+[\"“']?(?:the\s+|some\s+)?"
                              r"(?!(?:[\w\-]+\s+)?(?:troops|soldiers|forces|units|army|military|police|fighters|men|"
                              r"personnel|servicemen|commandos|marines|paratroopers|navy|air\s+force|(?:air\s+)?defen[cs]es|"
                              r"jets|warplanes|aircraft|drones|artillery)\b)"
                              r"(?-i:(?!(?:it|its|they|their|he|his|she|her|we|our)\b)[a-z])", re.I)


@dataclass(frozen=True, slots=True)
class _Trigger:
    id: str
    event_type: str
    sub_event_type: str
    rx: re.Pattern
    needs_place_after: bool = False
    subordinate: bool = False
    government_sub: str = ""
    non_state_sub: str = ""


def _load(path: Path) -> dict:
    with Path(path).open(encoding="utf-8") as fh:
        data = json.load(fh)
    trig = []
    for t in data["triggers"]:
        trig.append(
            _Trigger(
                id=t["id"],
                event_type=t["event_type"],
                sub_event_type=t["sub_event_type"],
                rx=re.compile(rf"(?<![\w\-])(?:{t['pattern']})(?![\w])", re.IGNORECASE),
                needs_place_after=bool(t.get("needs_place_after", False)),
                subordinate=bool(t.get("subordinate", False)),
                government_sub=t.get("government_sub_event_type", ""),
                non_state_sub=t.get("non_state_sub_event_type", ""),
            )
        )
    fatalities = [re.compile(f["pattern"], re.IGNORECASE) for f in data["fatalities"]]
    none = re.compile(data["no_fatalities"], re.IGNORECASE)
    cues = {k: re.compile(data[f"{k}_cues" if k in ("planned", "negation", "history") else f"protest_{k}"], re.IGNORECASE)
            for k in ("intervention", "violent", "planned", "negation", "history")}
    return {
        "triggers": trig,
        # The cue regexes searched around triggers, as folded twins (None: search the text as is).
        "cue_twins": {k: _Located.of(folded_twin(rx)) for k, rx in cues.items()},  # (through locators: _Located)
        # One pass per document finds the words every trigger and toll pattern needs.
        "gate": LiteralGate([t.rx for t in trig] + fatalities + [none], shared=True),
        # Each trigger as a case-sensitive regex for folded text (None when not certain to be the same).
        # (searched through their locators: see _Located)
        "twins": [_Located.of(folded_twin(t.rx)) or _CheckedTwin.of(t.rx) for t in trig],
        **cues,
        "fatalities": fatalities,
        "none": none,
        "toll_twins": [folded_twin(rx) for rx in fatalities],  # as "twins", for the toll patterns
        "none_twin": folded_twin(none),
        "numbers": {k.lower(): int(v) for k, v in data["numbers"].items()},
        "non_agents": re.compile(data.get("non_agents", "(?!)"), re.IGNORECASE),
        # Those a killing verb names, when armed: the killing is then a battle ("killed 15 militants").
        "victims": re.compile(r"\s+(?:(?:on|at)\s+)?(?P<np>(?:(?!(?:in|on|at|near|during|after|before|when|while|as|and|"
                              r"who|which|that|from|with|for|since|by|inside|outside)\b)[\w'’\-]+\s*){0,6})",
                              re.IGNORECASE),
        "combatants": re.compile(rf"(?<![\w\-])(?:{data.get('combatant_victims', '(?!)')})(?![\w\-])", re.IGNORECASE),
    }


_CACHE: dict[str, dict] = {}


def _patterns(path: Path) -> dict:
    key = str(path)
    if key not in _CACHE:
        _CACHE[key] = _load(path)
    return _CACHE[key]


# --- small pure helpers, shared with reading.control ------------------------------


def fact_id(doc_id: str, kind: str, start: int, extra: str = "") -> str:
    """Deterministic id for a fact: document id plus a hash of its offset."""
    digest = hashlib.sha1(f"{doc_id}|{kind}|{start}|{extra}".encode("utf-8")).hexdigest()[:10]
    return f"{doc_id}:{kind}{start}:{digest}"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotations (“...” or "...") in ``text``, but for posts: a quotation opening a
    line after its speaker's stamp ("RSF media office, Telegram, 1 May: “Our forces took ...”") is the report
    itself, one side's account as a bulletin would give it, not words quoted beside the news."""
    spans = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
    if not spans or "\n" not in text:
        return spans
    posts = {m.end() for m in _POST_STAMP.finditer(text)}
    return [q for q in spans if q[0] not in posts and not _statement_given_whole(text, q[0])]


def _statement_given_whole(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` opens a paragraph under one that ends with a colon ("The army issued the
    following statement:" then the quoted release): the statement itself, reproduced as the report, not words
    quoted beside the news."""
    before = text[max(0, start - 400):start]
    head = before.rstrip()
    return head.endswith(":") and "\n" in before[len(head):]


#: A coordinate joint: ", and", ", while", ", but", ", whereas" opening a clause of its own.
_COORDINATE_JOINT = re.compile(r",\s+(?:and|while|whereas|but)\s+", re.I)
#: Between a joint and the violent act it opens, what tells the act in the passive ("and five people were killed")
#: or as someone's report ("and the army said it killed 40"): the toll of the act before, not an act of its own.
_PASSIVE_GAP = re.compile(r"\b(?:was|were|been|being|is|are|then|later|also|said|says|claimed|reported)\b", re.I)


#: A verb opening a trigger ("and killed five", "and struck a bridge"): the act of the subject before the joint.
_VERB_OPENING = re.compile(r"\w+ed\b|(?:struck|hit|shot|fought|blew|took|overran|stormed)\b", re.I)


def _own_placed_act(text: str, ts: int, te: int, cs: int, ce: int, triggers: list, places) -> bool:
    """Whether the violent act at ``ts``-``te`` is told in a coordinate part of its own that names its own place
    ("Missiles hit Lviv, and shelling killed two people in Kherson": a second attack of the same kind, not the first
    told again)."""
    if len(triggers) < 2 or not places or "," not in text[cs:ts]:
        return False
    lo, hi = _own_coordinate(text, ts, te, cs, ce, triggers)
    # (the first act of its part: "..., and two died in Dhaka, where protesters ... fought": the part's protest is told)
    return lo > cs and any(lo <= m.start < hi for m in places) and not any(lo <= os_ < ts for os_, _, _ in triggers)


def _subject_act(text: str, ts: int, te: int) -> bool:
    """Whether the trigger at ``ts``-``te`` right after a coordinate joint is the subject of its own clause
    ("..., and shelling killed two people in Kherson"), not a verb of the subject before it ("..., and killed five")."""
    return _VERB_OPENING.match(text, ts, te) is None


def _own_coordinate(text: str, ts: int, te: int, lo: int, hi: int, triggers: list) -> tuple[int, int]:
    """The part of ``text[lo:hi]`` telling the violent act at ``ts``-``te`` when a coordinate joint ties it to another
    violent act told actively with a subject of its own ("Fighting broke out in Baiji, and a suicide bomber killed six
    soldiers in Ramadi", "Clashes erupted in Mosul, while a car bomb killed nine in Kirkuk"): the toll told in one
    is not the other's. ``(lo, hi)`` itself when there is none ("Missiles struck Kharkiv, and five people were killed"
    keeps its toll)."""
    for os_, oe, o in triggers:
        if o.event_type not in VIOLENT_TYPES or os_ == ts:
            continue
        if lo <= oe <= ts:
            j = None
            for j in _COORDINATE_JOINT.finditer(text, oe, ts):
                pass
            if j is not None and (j.end() < ts or _subject_act(text, ts, te)) and not _PASSIVE_GAP.search(text, j.end(), ts):
                lo = j.end()
        elif te <= os_ < hi:
            j = _COORDINATE_JOINT.search(text, te, os_)
            if j is not None and (j.end() < os_ or _subject_act(text, os_, oe)) and not _PASSIVE_GAP.search(text, j.end(), os_):
                hi = j.start()
    return lo, hi


#: evi: a second reported clause added after a speaker's verb (", adding that", ", and added that").
_ADDED_CLAUSE = re.compile(r",\s+(?:and\s+)?add(?:ing|ed)\s+that\s")


#: evi: before "fire" of the under-fire trigger: a span of time or a life spent under it, as a headline or a diary
#: names it ("Two weeks under fire", "100 days under fire", "Life under fire"), no one fight.
_SPAN_UNDER_FIRE = re.compile(r"(?:\b(?:hours|days|nights|weeks|months|years|a\s+(?:day|night|week|month|year))|"
                              r"\b(?:life|living|lives|childhood|growing\s+up|diary))\s+under\s+"
                              r"(?:(?:heavy|constant|intense|sustained)\s+)?$", re.I)


#: Before such a span: nothing but its count or article, opening the sentence ("Two weeks", "A year", "100 days").
_SPAN_OPENING = re.compile(r"\s*(?:[\w\-]+\s+)?")


def _split_at_added(clauses: list[tuple[int, int]], added: re.Match, triggers) -> list[tuple[int, int]]:
    """evi: ``clauses`` with the one holding ``added`` (", adding that ...") cut there when a trigger lies before it
    and a violent trigger that tells an event of its own after it, in that clause; else as they were."""
    out = []
    for cs, ce in clauses:
        if cs < added.start() < ce and any(cs <= t[0] < added.start() for t in triggers) and any(
                added.end() <= t[0] < ce and not t[2].subordinate and t[2].event_type in VIOLENT_TYPES
                for t in triggers):
            out += [(cs, added.start()), (added.end(), ce)]
        else:
            out.append((cs, ce))
    return out


def clauses_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into clauses at ``;``, ``: `` and dashes."""
    if _CLAUSE_CUE.search(text, start, end) is None:  # (as: no text.find(c, start, end) >= 0)
        return [(start, end)] if end > start else []  # (most sentences: nothing _CLAUSE could match)
    out, cur = [], start
    for m in (_CLAUSE if _LAG_WORDS.search(text, start, end) else _CLAUSE_NO_LAG).finditer(text, start, end):
        out.append((cur, m.start()))
        cur = m.end()
    out.append((cur, end))
    return [(s, e) for s, e in out if e > s]


class LazySpanIndex:
    """A :class:`reading.spans.SpanIndex` of ``items`` built when first asked (most
    articles are read from :func:`by_sentence` groups and never ask). ``items`` must
    not change before then."""

    __slots__ = ("_items", "_index")

    def __init__(self, items) -> None:
        self._items = items
        self._index = None

    def _built(self) -> SpanIndex:
        if self._index is None:
            self._index = SpanIndex(self._items)
        return self._index

    def starting_in(self, lo: int, hi: int, *, inclusive: bool = False) -> list:
        return self._built().starting_in(lo, hi, inclusive=inclusive)

    @property
    def proper(self) -> bool:
        return self._built().proper

    def __len__(self) -> int:
        return len(self._items)


def fatalities_in(text: str, patterns: str | Path = EVENT_PATTERNS) -> int | None:
    """The death toll a text states: a number, 0 for "no casualties", else None.

    >>> fatalities_in("Shelling killed at least 12 people on Monday.")
    12
    >>> fatalities_in("No casualties were reported.")
    0
    >>> fatalities_in("Fighting continued.") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return _toll(_patterns(Path(patterns)), text)


def _toll(p: dict, text: str, may: Any = None, low: str | None = None) -> int | None:
    """:func:`fatalities_in` with loaded patterns; ``may`` (a set of indexes
    into ``p["fatalities"]``, ``len`` of it standing for "no casualties") lists
    the patterns that can match, None to check each one. ``low``: ``fold(text)``,
    searched by the patterns' folded twins (the numbers are read from ``text``)."""
    best = None
    if ":" in text:  # "09:40 Three people were killed": a clock time is no toll (blanked, same offsets)
        text = _CLOCK.sub(_blank, text)
        if low is not None:
            low = _CLOCK.sub(_blank, low)
    if "etween" in text or "(" in text:
        text, low = _plain_counts(p["numbers"], text, low)
    twins = p["toll_twins"] if low is not None else None
    for i, rx in enumerate(p["fatalities"]):
        if (i not in may) if may is not None else not prefilter(rx)(text):
            continue
        twin = twins[i] if twins is not None else None
        for m in _matches(rx if twin is None else twin, text if twin is None else low):
            if twin is None:
                whole, num = m.group(0), m.group("n")
            else:  # the same spans in the text as written
                whole = text[m.start():m.end()]
                num = text[m.start("n"):m.end("n")] if m.start("n") >= 0 else None
            raw = num.lower().replace(",", "")
            n = int(raw) if raw.isdigit() else _number_word(p["numbers"], raw)
            if n is None or (raw in ("a", "an") and _KILLED_ONE.search(whole) is None and _AGED_ONE.search(whole) is None
                             and _ONE_PERSON_AFTER.match(text, m.end("n")) is None) or (
                    raw == "one" and _NO_BEFORE.search(text, max(0, m.start("n") - 12), m.start("n"))):
                m.retry = True  # "and two civilians were killed": the toll may start a word later
                continue
            if raw.isdigit() and 1900 <= n <= 2100 and not _YEARISH_TOLL.search(whole):
                m.retry = True  # audit 7: "22 January 2025 (WAFA) - Seven citizens were martyred": the toll is later
                continue
            if raw.isdigit() and _MONTH_BEFORE.search(text, max(0, m.start("n") - 11), m.start("n")):
                m.retry = True  # "YANGON, July 5 (Xinhua) - Twenty-five people were killed": a date, not the toll
                continue
            if raw not in ("a", "an", "dozen", "dozens") and n <= 10 and _DOZEN_AFTER.match(text, m.end("n")):
                n *= 12  # audit 7: "killing 2 dozen civilians", "two dozen": 24
            elif _TOLL_VERB_START.match(whole):  # a killing verb's toll ("killing a woman and her two children")
                n += _joined_victims(p["numbers"], text, m.end("n"))
            # "Eight soldiers and at least 20 militants were killed": 28; evd: not a count another verb governs
            # before the killing verb ("kidnapped 20 people and killed a teacher": 1, the abducted are alive)
            first = None if _TOLL_VERB_START.match(whole) else _TOLL_AND_BEFORE.search(text, max(0, m.start() - 40),
                                                                                        m.start())
            if first is not None:
                r0 = first.group("n0").lower().replace(",", "")
                n0 = int(r0) if r0.isdigit() else _number_word(p["numbers"], r0)
                if n0 is not None and r0 not in ("a", "an"):
                    n += n0
            best = n if best is None else max(best, n)
    if best is None and (m1 := _TITLED_VICTIM.search(text)) is not None:
        best = 1 + _joined_victims(p["numbers"], text, m1.end())  # audit 7: "killed General Igor Kirillov"
    if best is None and (m1 := _KILLED_THE_ONE.search(text)) is not None:
        best = 1 + _joined_victims(p["numbers"], text, m1.end())  # audit 9: "killing the driver"
    if best is not None:
        return best
    if may is None or len(p["fatalities"]) in may:
        twin = p["none_twin"] if low is not None else None
        if (twin.search(low) if twin is not None else p["none"].search(text)):
            return 0
    return None


#: audit 7: after a toll's "a": one person named by a noun ("killing a woman", "killed a nurse").
_PERSON_NOUNS = (r"(?:woman|man|child|boy|girl|baby|infant|nurse|doctor|medic|paramedic|farmer|teacher|student|pupil|"
                 r"soldier|policeman|policewoman|police\s+officer|officer|civilian|journalist|reporter|worker|driver|shepherd|"
                 r"herder|fisherman|trader|merchant|vendor|priest|imam|pastor|chief|leader|commander|resident|villager|guard|"
                 r"crew\s+member|peacekeeper|volunteer|teenager|judge|official|activist|patient|wife|husband|son|daughter|"
                 r"mother|father|brother|sister|grandson|granddaughter|nephew|niece|bodyguard|relative|"
                 r"(?:staff|crew|family)\s+member|agent|militant|fighter|terrorist|gunman|rebel|insurgent|bandit)")
_ONE_PERSON_AFTER = re.compile(r"\s+(?:(?!(?:number|few|handful|further|total|lot|series|dozen|score|hundred)\b)[a-zA-Z][\w\-]*\s+){0,3}?"
                               + _PERSON_NOUNS + r"\b(?!-)")
#: audit 7: after a killing verb's toll, more victims joined to it ("killing a woman and her two children",
#: "killing a nurse and three patients", "a social leader, his wife and their baby"): counted with it.
#: evs: victims counted in the plural, as a toll's noun or a victim joined to it ("killing two drivers and a
#: soldier": 3); a shared list so a toll's head and its joined victims know the same people.
_PEOPLE_NOUNS = (r"women|men|children|boys|girls|babies|nurses|doctors|medics|paramedics|farmers|teachers|students|pupils|"
                 r"soldiers|policemen|policewomen|officers|civilians|journalists|reporters|workers|guards|patients|sons|"
                 r"daughters|relatives|bodyguards|villagers|residents|peacekeepers|others|worshippers|passengers|pilgrims|"
                 r"mourners|fishermen|herders|herdsmen|shepherds|traders|merchants|vendors|drivers|miners|volunteers|"
                 # cap2: the fighters a strike kills with their commander ("a commander and six other militants": 7)
                 r"militants|fighters|rebels|insurgents|gunmen|terrorists|bandits|jihadists|commanders|members")
_JOINED_VICTIM = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|its)\s+)?"
                            r"(?:(?P<k>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                            r"twenty|thirty|forty|fifty)\s+(?:of\s+(?:his|her|their|its|the)\s+)?)?"
                            r"(?:[a-z][\w\-]*\s+)?(?P<noun>" + _PERSON_NOUNS[3:-1] + r"|" + _PEOPLE_NOUNS + r")\b(?!-)"
                            r"(?!\s+(?!(?:and|in|on|at|near|as|while|when|who|during|after|before|from|inside|outside|of|with)\b)[a-z])"
                            # evm: ", an officer in Kismayo said": the teller of the toll, not one more victim
                            r"(?![^,.;:!?\n]{0,60}?\b(?:said|says|told|reported|added|confirmed|stated)\b)",
                            re.I)
#: cap2: the toll's whole noun phrase, up to its last noun ("a rebel leader", "a senior Islamic State commander").
_JOINED_START = re.compile(r"\s+(?:(?!(?:and|or)\b)[a-z][\w\-]*\s+){0,3}" + _PERSON_NOUNS[:-1] + r"|people|" + _PEOPLE_NOUNS + r")\b(?!-)",
                           re.I)
_TOLL_VERB_START = re.compile(r"(?:killing|killed|kills|kill|leaving|martyr\w+|assassinat\w+|shot\s+dead|neutrali[sz]\w+|eliminat\w+|"
                              r"execut\w+|behead\w+|massacred|gunned\s+down|murdered)\s", re.I)
_DOZEN_AFTER = re.compile(r"\s+dozen\b(?!s)", re.I)
#: audit 9: a killing verb and one person named by "the" ("killing the driver and wounding a passenger").
_KILLED_THE_ONE = re.compile(r"\b(?:killing|killed|shot\s+dead|shooting\s+dead)\s+(?:the|its|his|her|their)(?=\s+"
                             r"(?:[a-z][\w\-]*\s+)?" + _PERSON_NOUNS + r"\b(?![\-'’]))", re.I)


def _joined_victims(numbers: dict, text: str, pos: int) -> int:
    """The victims joined after a toll's noun ("... a woman and her two children": 2), 0 when none
    (a plural without a number, "soldiers and volunteer fighters", adds nothing: its count is unknown)."""
    head = _JOINED_START.match(text, pos)
    if head is None:
        return 0
    pos, extra = head.end(), 0
    for _ in range(4):
        j = _JOINED_VICTIM.match(text, pos)
        if j is None:
            break
        k, noun = j.group("k"), j.group("noun").lower()
        if k is not None:
            raw = k.lower()
            v = int(raw) if raw.isdigit() else _number_word(numbers, raw)
            if v is None:
                if noun.endswith("s") and noun not in ("boss",):
                    break
                v = 1  # "and their baby", "and the driver"
        elif noun.endswith(("men", "ren", "s")) and not noun.endswith("woman"):
            break  # "and volunteer fighters": how many is not told
        else:
            v = 1
        extra += v
        pos = j.end()
    return extra


#: Before a toll: another count joined to it ("Eight soldiers and at least 20 militants were killed").
_TOLL_AND_BEFORE = re.compile(r"(?<![\w,])(?P<n0>\d{1,3}(?:,\d{3})+|\d+|[A-Za-z]+(?:-[a-z]+)?)\s+"
                              r"(?:(?:[A-Z][\w\-]*\s+){0,2}[a-z]+\s+|[a-z]+\s+[a-z]+\s+)and\s+$")


class _CheckedTwin:
    """For a trigger with no folded twin because parts of it read case ("(?-i:[A-Z])", "[a-z]"): the
    folded twin of a looser pattern, which matches wherever the trigger does (those parts made
    case-blind words, "[A-Z]" any word character). Its matches are the trigger's while the trigger's
    own match at the same place is the same (the trigger cannot match before it, and then matches
    there first); at the first that is not, the trigger itself searches on from there."""

    __slots__ = ("rx", "loose")

    _CASE_BOUND = re.compile(r"\(\?-i:((?:[^()\\]|\\\.)*)\)")
    _RANGE = re.compile(r"(?<!\\)\[a-z\]")

    def __init__(self, rx: re.Pattern, loose: re.Pattern) -> None:
        self.rx, self.loose = rx, loose

    @classmethod
    def of(cls, rx: re.Pattern) -> "_CheckedTwin | None":
        if not rx.flags & re.IGNORECASE:
            return None

        def blind(m: re.Match) -> str:
            body = m.group(1)
            if body == "[A-Z]":
                return r"\w"
            if re.fullmatch(r"(?:[A-Za-z' \-]|\\\.)+", body):  # words, "U\.S\."
                return "(?:" + body.lower() + ")"
            return m.group(0)

        src = cls._RANGE.sub(lambda m: r"\w", cls._CASE_BOUND.sub(blind, rx.pattern))
        if "(?P" not in src and "\\N" not in src:  # the other letters in lower case, as IGNORECASE reads them (not escapes: "\S")
            src = re.sub(r"(?<!\\)[A-Z]", lambda m: m.group(0).lower(), src)
        if src == rx.pattern or cls._case_in_negation(rx):
            return None  # (loosened inside "(?!...)" or "(?<!...)", the pattern would match less, not more)
        try:
            loose = folded_twin(re.compile(src, rx.flags))
        except re.error:
            return None
        return cls(rx, _Located.of(loose)) if loose is not None else None

    @staticmethod
    def _case_in_negation(rx: re.Pattern) -> bool:
        """Whether a part that reads case lies inside a negative lookaround (or the pattern cannot be read)."""
        try:
            from re import _constants as c, _parser as sp
        except ImportError:  # pragma: no cover - older Pythons
            return True
        try:
            tree = sp.parse(rx.pattern, rx.flags)
        except Exception:  # pragma: no cover
            return True

        def walk(items, negated: bool) -> bool:
            for op, av in items:
                if op is c.SUBPATTERN:
                    if negated and av[2] & re.IGNORECASE:
                        return True
                    if walk(av[3], negated):
                        return True
                elif op is c.IN:
                    if negated and any(o is c.RANGE for o, _ in av):
                        return True
                elif op is c.BRANCH:
                    if any(walk(alt, negated) for alt in av[1]):
                        return True
                elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
                    if walk(av[2], negated):
                        return True
                elif op is c.ASSERT:
                    if walk(av[1], negated):
                        return True
                elif op is c.ASSERT_NOT:
                    if walk(av[1], True):
                        return True
                elif op is getattr(c, "ATOMIC_GROUP", None):
                    return True  # (not used: not worth the doubt)
            return False

        return walk(list(tree), False)

    def matches(self, text: str, folded: str, s0: int, e0: int):
        """``self.rx.finditer(text, s0, e0)`` (``folded``: ``fold(text)``)."""
        rx = self.rx
        for m in self.loose.finditer(folded, s0, e0):
            p, q = m.span()
            if q > p:
                own = rx.match(text, p, e0)
                if own is not None and own.end() == q:
                    yield own
                    continue
            yield from rx.finditer(text, p, e0)
            return


class _Retry:
    """A match whose caller may ask for the next one to start a word later (``retry``)."""

    __slots__ = ("m", "retry")

    def __init__(self, m: re.Match) -> None:
        self.m, self.retry = m, False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.m, name)


def _matches(rx: re.Pattern, text: str):
    """``rx.finditer(text)``, except that after a match the caller set ``retry`` on, the search
    goes on from the match's next word instead of its end ("and two civilians were killed":
    the number is "two", not "and")."""
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        r = _Retry(m)
        yield r
        if r.retry:
            nxt = text.find(" ", m.start() + 1)
            pos = nxt + 1 if nxt != -1 and nxt < m.end() else m.end()
        else:
            pos = m.end() if m.end() > m.start() else m.end() + 1


_NO_BEFORE = re.compile(r"\b(?:no|not\s+a\s+single|not)\s+$", re.I)  # "no one was killed": none


def _number_word(numbers: dict, raw: str) -> int | None:
    """A number written in words: "twelve", "dozens", "thirty-nine" (tens and units)."""
    n = numbers.get(raw)
    if n is None and "-" in raw:
        tens, _, unit = raw.partition("-")
        t, u = numbers.get(tens), numbers.get(unit)
        if t is not None and u is not None and t in (20, 30, 40, 50, 60, 70, 80, 90) and 1 <= u <= 9:
            n = t + u
    return n


def publication_date(doc: Document) -> FactDate | None:
    """The article's date as a :class:`FactDate` with basis "publication"."""
    if doc.published is None:
        return None
    pub = doc.published
    if doc.published_precision == "month":
        start = pub.replace(day=1)
        nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return FactDate(start, nxt - dt.timedelta(days=1), "month", "", "publication")
    u = int(doc.published_uncertainty_days or 0)
    if u > 0:
        prec = "week" if u <= 7 else "month"
        return FactDate(pub - dt.timedelta(days=u), pub + dt.timedelta(days=u), prec, "", "publication")
    pub = filed_day(doc) or pub  # a wire story filed days before it was posted: the day of its dateline
    return FactDate(pub, pub, "day", "", "publication")


def _country_place_id(iso2: str) -> str:
    return f"country:{iso2.upper()}"


def _not_the_dateline(places: list, in_sent: list, dateline: int) -> list:
    """The places of a sentence without those of its dateline (which ends at ``dateline``:
    "DAKAR (AP) -" is where the reporter is) when the sentence names another place, placed or
    not ("... near the town of Boulkessi": the article's country, not Dakar)."""
    heads = [m for m in places if m.start < dateline]
    if not heads:
        return places
    others = [m for m in in_sent if m.role == "location" and m.start >= dateline]
    return [m for m in places if m.start >= dateline] if others else places


def country_location(doc: Document, iso2: str | None = None, *, lookup: Callable[[str], Any] | None = None) -> Any:
    """A Location for the article's country (precision 3), or None.

    Taken from a place mention of that country in the document when there is
    one; else from ``lookup(iso2)`` (e.g. the geo package's country shapes).
    """
    iso = (iso2 or doc.focus_country or "").upper()
    if not iso:
        return None
    best = None
    for m in doc.mentions:
        loc = m.location
        if loc is None:
            continue
        pid = getattr(loc, "place_id", None) or m.place_id or ""
        if pid == _country_place_id(iso) and getattr(loc, "relation", "at") == "at":  # (not "the east": a part)
            best = loc
            break
    if best is None and lookup is not None:
        try:
            best = lookup(iso)
        except Exception:  # an optional source must not fail the reading
            best = None
    if best is None:
        return None
    if getattr(best, "precision", 3) != 3:
        best = dataclasses.replace(best, precision=3)
    return best


def _default_country_lookup(iso: str) -> Any:
    """The country's shape from :mod:`geo.boundaries`, as a precision-3 Location."""
    try:
        from geo.boundaries import countries_frame, country_shape
        from geo.location import Location
    except Exception:  # the geo data is optional for reading
        return None
    geom = country_shape(iso)
    if geom is None or geom.is_empty:
        return None
    frame = countries_frame()
    row = frame[frame["iso_a2"] == iso.upper()]
    name = str(row["name"].iloc[0]) if len(row) else iso.upper()
    pt = geom.representative_point()
    lat, lon = pt.y, pt.x
    if len(row):
        from shapely.geometry import Point

        lab = Point(float(row["label_lon"].iloc[0]), float(row["label_lat"].iloc[0]))
        if geom.contains(lab):
            lat, lon = lab.y, lab.x
    return Location(name=name, geometry=geom, lat=lat, lon=lon, precision=3, relation="at",
                    place_id=f"country:{iso.upper()}", country=iso.upper())


#: Words of a story that is not about fighting: a match, a market, an election. An article using three
#: of one kind tells its battles, ambushes and captures without an armed actor as figures of speech.
_REGISTERS = tuple(re.compile(p, re.I) for p in (
    r"\b(?:(?:won|beat|lost|drew|defeated|edged|thrashed)\s+(?:[\w'’\-]+\s+){0,3}\d{1,3}-\d{1,3}|\d{1,3}-\d{1,3}\s+"
    r"(?:win|victory|defeat|draw|loss)|match(?:es)?|half-time|(?:first|second)\s+half|tries|goals?|penalt(?:y|ies)|"
    r"striker|goalkeeper|coach|league|championship|tournament|innings|wickets?|stadium|referee|kick-?off|"
    r"playoffs?|semi-?finals?)\b",
    r"\b(?:shares?|stakes?|takeover|bidders?|shareholders?|stock\s+market|investors?|percent|per\s+cent|"
    r"market\s+share|mergers?|acquisitions?|airlines?|revenue|profits?|chief\s+executive|bid\s+worth|"
    r"landing\s+slots)\b",
    r"\b(?:elections?|voters|ballots?|electoral|mayoral|mayors?|turnout|constituenc(?:y|ies)|"
    r"(?:unofficial|official|preliminary|final)\s+results|polling\s+stations?)\b",
))


def _other_register(text: str, start: int, end: int, known: dict) -> bool:
    """Whether ``text[start:end]`` uses the words of another story than fighting of which the whole
    text uses three different ones (``known``: the answers per kind, kept for the article)."""
    ft = fold(text)  # (the twins: same spans, found faster; the words are read from the text)
    for i, rx in enumerate(_REGISTERS_F):
        if rx.search(ft, start, end) is None:
            continue
        if i not in known:
            seen: set[str] = set()
            for m in rx.finditer(ft):
                seen.add(text[m.start():m.end()].lower())
                if len(seen) >= 3:
                    break
            known[i] = len(seen) >= 3
        if known[i]:
            return True
    return False


class EventExtractor:
    """Pipeline component: fill ``doc.events`` from trigger patterns.

    Parameters
    ----------
    profile : Profile | None
        Conflict profile, used to tell government actors from others ("took
        the town" is "Government regains territory" for a government).
        Default: the one :class:`reading.actors.ActorMentions` chose.
    patterns : str | Path
        Trigger file (default ``reading/patterns/events.json``).
    country_lookup : callable | None
        ``iso2 -> Location`` for the article's country when no mention of it
        carries a shape; default tries :mod:`geo.boundaries`.
    """

    name = "events"
    assigns = ("doc.events", "doc.problems")

    def __init__(self, profile: Any = None, *, patterns: str | Path = EVENT_PATTERNS,
                 country_lookup: Callable[[str], Any] | None = _default_country_lookup) -> None:
        self.profile = profile
        self.patterns_path = Path(patterns)
        self._p = _patterns(self.patterns_path)
        self.country_lookup = country_lookup
        import reading.event_merge  # noqa: F401 - every text is merged: imported now, not in the first text

    # -- public ------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        # (the merge stage reads this module's cues: imported here, as it imports this module)
        from reading.event_merge import _one_more, merge_in_sentence, merge_retellings, merge_same_happenings, \
            sentence_firsts

        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
        if is_review(doc):
            return doc  # a critic's review of a film or a book: its battles are the work's or history's
        profile = doc.user_data["profile_obj"] if "profile_obj" in doc.user_data else self.profile
        sentences = doc.sentences or [Sentence(0, len(doc.text))]
        quotes = quote_spans(doc.text)
        actors = list(doc.user_data.get("actors", []))
        events: list[Event] = []
        seen: dict[tuple, int] = {}
        prev_violent: list[int] = []  # indexes into events, previous sentence
        bridged = False  # (whether prev_violent was kept over one sentence telling no event)
        # Read once per article, used by every sentence: indexes of actors, mentions and dates,
        # the trigger words found ("hits"), tolls by span, the evidence maker; filled on demand:
        # the publication date, the article's country, quotation bounds.
        spans = {"actors": LazySpanIndex(actors), "mentions": LazySpanIndex(doc.mentions),
                 "dates": LazySpanIndex(doc.dates),
                 "hits": self._p["gate"].scan(doc.text), "tolls": {}, "evidence": doc.evidence_maker(),
                 "folded": fold(doc.text),  # for the triggers' folded twins (same offsets)
                 "events": events}  # (the events of the sentences read so far: audit 11's lone passives)
        # Each sentence's actors, mentions and dates from one pass (else a SpanIndex per sentence).
        groups = [by_sentence(items, sentences) for items in (actors, doc.mentions, doc.dates)]
        if any(g is None for g in groups):
            groups = None
        masks = self._p["gate"].masks(spans["hits"], sentences)  # each sentence's gate mask, in one walk
        for si, sent in enumerate(sentences):
            if groups is not None:
                spans["here"] = (groups[0][si], groups[1][si], groups[2][si])
            spans["mask"] = (sent.start, sent.end, masks[si])
            # (most sentences: no trigger can match, so no event; what follows still reads them)
            here = (self._sentence_events(doc, sent, quotes, actors, profile, spans=spans)
                    if self._maybe_triggers(masks[si]) else [])
            if here:  # (most sentences tell no event: nothing to filter, merge or keep)
                if "claimed" in spans and spans["claimed"]:
                    kept = []
                    for ev in here:
                        if ev.id in spans["claimed"]:
                            prev = next((p for p in reversed(events) if p.event_type == ev.event_type
                                         and not p.planned and not p.background), None)
                            if prev is not None:
                                if not prev.actor1 and ev.actor1:
                                    prev.actor1 = ev.actor1
                                continue
                        kept.append(ev)
                    here = kept
                here = merge_in_sentence(doc.text, here, spans["here"][0] if "here" in spans else [
                    a for a in actors if sent.start <= a.start < sent.end])
                if " by " in doc.text[sent.start:sent.end]:
                    for ev in here:  # evi: "The bombing of the market, which killed 12, was carried out by IS"
                        _agent_in_sentence(doc.text, sent, ev, spans["here"][0] if "here" in spans else [
                            a for a in actors if sent.start <= a.start < sent.end])
                if any(not ev.actor1 and ev.event_type == "Battles" for ev in here):
                    if _other_register(doc.text, sent.start, sent.end, spans.setdefault("registers", {})):
                        # "ambushed by the pace of the second half" in a match report, "seized control of the
                        # Lisbon hub" in a takeover story, "captured Istanbul" in an election's: war words for
                        # something else, where no armed actor is named
                        here = [ev for ev in here if ev.actor1 or ev.event_type != "Battles"]
                violent_here = []
                for ev in sentence_firsts(here):
                    key = (ev.event_type, ev.sub_event_type, ev.actor1,
                           ev.date.start if ev.date else None, getattr(ev.location, "name", None),
                           ev.planned, ev.background, _lost_name(ev))
                    if key in seen and _one_more(events[seen[key]], ev):
                        seen.pop(key)  # "Another air strike hit a clinic in X": a second strike, told apart
                    if key in seen:
                        # The same fact told twice (a caption and the body): keep one,
                        # completed with what the second telling adds.
                        first = events[seen[key]]
                        if (si > 0 and first.evidence is not None and (head := title_line(doc)) is not None
                                and (first.evidence.start < head.end or (
                                    (copy := _title_repeat(doc)) is not None and copy.start <= first.evidence.start < copy.end
                                    and not copy.start <= ev.evidence.start < copy.end))):
                            # the headline's telling first: the body's sentence is the event's evidence (else the
                            # headline's, kept alone, is dropped as an echo of another body event and the fact is lost)
                            ev.actor2 = ev.actor2 or first.actor2
                            ev.fatalities = first.fatalities if ev.fatalities is None else ev.fatalities
                            events[seen[key]] = ev
                            continue
                        if not first.actor2 and ev.actor2:
                            first.actor2 = ev.actor2
                        if not ev.alleged:
                            first.alleged = ""  # told as fact once: no longer only alleged
                        if first.fatalities is None and ev.fatalities is not None:
                            first.fatalities = ev.fatalities
                        continue
                    seen[key] = len(events)
                    events.append(ev)
                    if ev.event_type in VIOLENT_TYPES:
                        violent_here.append(len(events) - 1)
            else:
                violent_here = []
            if (bridged and (last_told := events[prev_violent[-1]].evidence) is not None
                    and "\n" in doc.text[last_told.end:sent.start]):
                prev_violent = []  # (kept over a sentence telling no event, but not into the next paragraph)
            if not violent_here and prev_violent:
                # a side claiming the attack just told, or blamed for it, is its actor
                said = doc.text[sent.start:sent.end]
                namer = (_name_the_claimant if "responsib" in said or " by " in said
                         else _name_the_accused if "blame" in (low := said.lower()) or "accuse" in low else None)
                if namer is not None:
                    namer(doc.text, sent, events[prev_violent[0]], spans["here"][0] if "here" in spans else [
                        a for a in actors if sent.start <= a.start < sent.end])
            toll = None
            # "Although no casualties were reported" after "an exchange of fire ...".
            if not violent_here and prev_violent and not self._names_own(doc, sent, actors, spans):
                toll = self._toll_in(doc.text, sent.start, sent.end, spans)
                if toll is not None and _TALLY_AFTER_F.search(spans["folded"], sent.start, sent.end):
                    toll = None  # "134 civilians have been killed since the escalation began": a running total
                if toll is not None and _GRAVES_F.search(spans["folded"], sent.start, sent.end):
                    toll = None  # "Police found the bodies of 40 civilians in a mass grave": the dead of before
                if toll is not None and _UNVERIFIED_F.search(spans["folded"], sent.start, sent.end):
                    toll = None  # "..., a claim that could not be independently verified": a side's word
                if toll is not None and _WAR_TOLL_OPENING.match(doc.text, sent.start):
                    toll = None  # lead: "The conflict, which began in 2017, has killed more than 6,000 people": the war's
                if toll is not None and _NATURE_OPENING.match(doc.text, sent.start):
                    toll = None  # evl: "Elsewhere, torrential rains triggered landslides, killing nine": nature's dead
                if toll is not None and _period_told(doc, sent, events[prev_violent[0]].date):
                    toll = None  # "... had recorded 183 deaths in the region in July alone": a month's dead, many events
                if toll is not None and self._elsewhere(doc, sent, spans, events[prev_violent[0]]):
                    toll = None  # "Local officials in Tarhuna said 16 bodies were recovered": another place's dead
                if toll is not None and _toll_of_another_day(doc, sent, events[prev_violent[0]]):
                    toll = None  # evi: "M23 seized Masisi on Monday. 17 people were killed on Sunday": Sunday's dead
                if toll is not None and events[prev_violent[0]].fatalities is None:
                    # one toll, told once: the previous sentence's first violent event (a car bomb and
                    # the assault it opened are one attack)
                    events[prev_violent[0]].fatalities = toll
            if (prev_violent and not here and not bridged and toll is None
                    and (last_told := events[prev_violent[-1]].evidence) is not None
                    and "\n" not in doc.text[last_told.end:sent.end]):
                # lead: "Gangs stormed Mirebalais on Monday. The attackers came in pickup trucks. At least 15 people
                # were killed": one sentence telling no event (in the same paragraph) does not part a toll from its act
                bridged = True
                continue
            bridged = False
            prev_violent = violent_here
        events = merge_retellings(doc, events)
        _sides_named_before(doc, events)
        _one_of_the_strikes(doc, events)
        _states_as_forces(doc, events)
        if events:
            self._context_dates(doc, events, sentences, spans.get("lags"))
            _redate_by_next_telling(doc, events, sentences)
            _told_by_then(doc, events)
            # (on the days read last)
            events = merge_same_happenings(doc, events)
            _governments_deciding(doc, events)  # (last: the steps before match a side's events by one name)
            _unopposed_takings(doc, events)  # (after it: the side that took the place is its forces)
            _withdrawals_taken_over(doc, events)
            events = _crowds_fighting(events, doc.text)
        for ev in events:
            if ev.date is None:
                text = doc.text[ev.evidence.start:ev.evidence.end] if ev.evidence else ev.sub_event_type
                doc.problems.append(Problem("W401", "undated", doc.id, text, Messages.W401.format(text=text),
                                            ev.evidence.start if ev.evidence else None,
                                            ev.evidence.end if ev.evidence else None))
            if ev.location is None:
                text = doc.text[ev.evidence.start:ev.evidence.end] if ev.evidence else ev.sub_event_type
                doc.problems.append(Problem("W402", "unplaced", doc.id, text, Messages.W402.format(text=text),
                                            ev.evidence.start if ev.evidence else None,
                                            ev.evidence.end if ev.evidence else None))
        doc.events.extend(events)
        return doc

    @staticmethod
    def _context_dates(doc: Document, events: list[Event], sentences, lags: dict | None = None) -> None:
        """Events the text dates only by context, not by the publication date:

        * "The fighting was concentrated in ..." after "Clashes erupted on Monday night": an event
          named with "the" and no date of its own is the one told just before (the last event of
          the previous sentence or two with a date of its own) and has its date;
        * a report on a period ("Sahel weekly: 12-18 February"): an undated item lies in the period
          its headline states, not on the publication day after it, and a weekday read past its end is
          the one within it ("On Monday" in a report on 14-20 September published on Monday the 21st);
        * "Contact was established ... on 18 August near X. In the ensuing firefight, ...": the sentence
          before, telling no event, dates (and places) what ensued;
        * an earlier event told as a lag in a sentence with no date ("The attack came a day after gunmen
          killed five in X"; ``lags``: the lag read at each such event's trigger): the lag counts from
          the event the sentence's main clause tells, that of the same sentence told before it, else
          the one told just before (one or two sentences back), not from the publication date;
        * a page on a past period ("Timeline of the war: March 2011"): its events within that period
          are what it reports, not background, however long before publication.
        """
        text = doc.text
        starts = [s.start for s in sentences]
        period = None
        # (a title's line, not a lede paragraph: "At least 21 people were killed ... after the court confirmed the
        # October election, the minister said")
        if sentences and doc.published is not None and (head := title_line(doc)) is not None:
            for d in doc.dates:
                if (head.start <= d.start < head.end and d.date is not None and d.date.end > d.date.start
                        and d.date.end < doc.published and _VOTE_NAMED_AFTER.match(text, d.end) is None
                        # gold 14: "Court sentences five over 2022 church attack": a year naming the attack is
                        # no page on that year, whose events would then not be history
                        and _YEAR_NAMING.match(text, d.end) is None):
                    period = d.date
                    break
        last: tuple[int, FactDate] | None = None  # (sentence index, date) of the last event dated by its text
        last_act: tuple[int, FactDate] | None = None  # the same of the last act of violence (no taking of ground)
        last_actor, last_ev, anaphor = "", None, False
        # audit 7: in the text's order (a headline's event replaced by the body's telling keeps the
        # headline's place in the list: "A day earlier" is then read against the wrong day)
        prev: tuple[int, Event] | None = None  # (sentence index, event) of the event read before, however dated
        for ev in sorted(events, key=lambda e: e.evidence.start if e.evidence is not None else -1):
            if ev.date is None or ev.evidence is None:
                continue
            si = bisect_right(starts, ev.evidence.start) - 1
            before, prev = prev, (si, ev)
            if (ev.date.basis == "publication" or (ev.date.basis == "relative" and _WITHIN_THE_DAY.fullmatch(ev.date.text)))\
                    and (day := _timeline_item_day(doc, ev.evidence.start)) is not None:
                # gold 4: "3 March – RSF fighters attacked Wad Habouba. Activists said 40 people were killed and
                # dozens abducted.": the item's later sentences are of its day (ev18: and its "overnight", "this
                # morning": "- 3 March: Arsonists set fire to seven shops overnight")
                ev.date, ev.background = day, _is_background(day, doc.published, False)
            elif ev.date.basis in ("publication", "relative") and (day := _post_day(doc, ev.evidence.start)) is not None:
                # gold 14: 'White Helmets, 28 November: "Warplanes struck Idlib this afternoon ..."' published the
                # day after: a post's "today", "this afternoon" and undated lines are of its stamp's day
                if ev.date.basis == "publication":
                    ev.date = day
                elif ev.date.precision == "day":
                    lag = day.start - doc.published
                    ev.date = FactDate(ev.date.start + lag, ev.date.end + lag, "day", ev.date.text, "context")
            elif ev.date.basis == "publication" and (day := _stamp_day(doc, ev.evidence.start)
                                                     or _blog_day(doc, ev.evidence.start)) is not None:
                # gold 5: "Live updates, Friday 29 November 2024 / 09:15 GMT - Fighters cut the highway near X",
                # published the day after: an entry with no date of its own is of the heading's day; its stamp's
                # day when the stamps cross midnight ("23:58 GMT", then "00:35 GMT": the first is the day before)
                ev.date = day
            if ev.background and period is not None and period.start <= ev.date.start and ev.date.end <= period.end:
                # gold 4: "Timeline of the Libyan civil war: March 2011" read in 2026: its days of March 2011
                # are the events the page reports, not history it recalls
                ev.background = False
            if ev.background and ev.date.precision == "day" and timeline_told(doc, ev.evidence.start):
                # "Timeline: ... / 2 August 2023 - Fano fighters take control of Lalibela" read in 2024: the
                # timeline's dated steps are its report, not background
                ev.background = False
            shifted = _years_from_told(doc, sentences, si, ev.date.basis == "publication") if si > 0 else None
            if shifted is not None:
                # gold 3: "In May 2002, a bomb fell on the church ... Two years earlier, paramilitaries killed
                # villagers in X": the year the text told before, moved (history, not the publication day)
                ev.date = shifted
                ev.background = _is_background(shifted, doc.published, ev.background)
                last, last_actor, last_ev = (si, ev.date), ev.actor1, ev
                continue
            lag = lags.get(ev.evidence.start) if lags else None
            if lag is not None:
                anchor = (before[1].date if before is not None and before[0] == si
                          else last[1] if last is not None and 0 < si - last[0] <= 2 else None)
                if anchor is not None:
                    ev.date = _lagged(anchor, lag)
                last, last_actor, last_ev = (si, ev.date), ev.actor1, ev
                continue
            if (period is not None and ev.date.basis == "weekday" and ev.date.start > period.end
                    and period.start <= ev.date.start - dt.timedelta(days=7) <= period.end):
                # gold 3: "Somalia weekly: 14-20 September" published on Monday the 21st: its "On Monday"
                # is the 14th, a weekday of the period the headline states, not the publication day
                day = ev.date.start - dt.timedelta(days=7)
                ev.date = FactDate(day, day, "day", ev.date.text, "weekday")
            if (ev.date.basis != "publication" and ev.date.precision == "day" and " earlier" in ev.evidence.sentence
                    and (back := _day_shift(text, sentences[si].start, sentences[si].end)) is not None and back < 0
                    and _statement_dated(doc, ev)):
                # "On June 15, the army said its soldiers had killed seven rebels in an operation two days earlier":
                # the lag counts back from the day it was told
                day = ev.date.start + dt.timedelta(days=back)
                ev.date = FactDate(day, day, "day", ev.date.text, "context")
            if ev.date.basis != "publication":
                last = (si, ev.date)
                last_actor, last_ev = ev.actor1, ev
                if ev.event_type in VIOLENT_TYPES and "territory" not in ev.sub_event_type:
                    last_act = last
                continue
            if 0 <= si < len(sentences) and (day := _day_from_a_named_happening(doc, sentences, si)) is not None:
                # eve: "Two days after the election, rebels attacked a polling office": from the election's day
                ev.date, ev.background = day, _is_background(day, doc.published, ev.background)
                last, last_actor, last_ev = (si, ev.date), ev.actor1, ev
                continue
            anaphor = False
            sent = sentences[si] if 0 <= si < len(sentences) else None
            told = (_ensuing_setting(doc, sentences[si - 1])
                    if sent is not None and si > 0 and (_ENSUING_START.match(text, sent.start)
                                                        or _BY_DAYS_END_START.match(text, sent.start)
                                                        or _LATER_THAT_DAY_START.match(text, sent.start)
                                                        or _answers_a_dated_question(text, sentences[si - 1])
                                                        or _incident_reported_before(text, sent.start)) else None)
            if told is not None:
                # gold 3: "Contact was established with the militants on 18 August in the forests near X. In
                # the ensuing firefight, three militants were eliminated.": the sentence before says when and
                # where (its own event, if any, would be the same fight)
                ev.date = told[0]
                if ev.location_note and told[1] is not None:
                    ev.location, ev.location_note = told[1].location, ""
                last, last_actor, last_ev = (si, ev.date), ev.actor1, ev
                continue
            # (read only where a branch below asks for it: the event told one to four sentences before)
            shift = (_day_shift(text, sent.start, sent.end)
                     if sent is not None and last is not None and 0 < si - last[0] <= 4 else None)
            shift_from = last
            if shift and last_act is not None and last_act[0] < last[0] and si - last_act[0] <= 4 \
                    and _LAG_AFTER_AN_ACT.search(text, sent.start, sent.end):
                shift_from = last_act  # "The day after the attack": the attack's day, not a withdrawal told since
            if shift_from is not None and 0 < si - shift_from[0] <= 2 and shift:
                d0 = shift_from[1]
                if d0.precision == "day":  # "a day later", "the previous day": the day told before, moved
                    day = d0.start + dt.timedelta(days=shift)
                    ev.date = FactDate(day, day, "day", d0.text, "context")
                    # gold 5: "One year ago, on 27 January 2025, ... Three weeks later they took Bukavu": history too
                    ev.background = _is_background(ev.date, doc.published, ev.background)
                else:
                    ev.date = d0
            elif shift_from is not None and 2 < si - shift_from[0] <= 4 and shift is not None:
                # audit 7: "destroyed two drone boats ... the same day", "a day later" three or four
                # sentences after the dated event (the sentences between dated nothing of their own)
                d0 = shift_from[1]
                if shift and d0.precision == "day":
                    day = d0.start + dt.timedelta(days=shift)
                    ev.date = FactDate(day, day, "day", d0.text, "context")
                else:
                    ev.date = d0
            elif (shift is None and sent is not None and shift_from is not None and 0 < si - shift_from[0] <= 4
                  and (span := _some_days_apart(shift_from[1], text, sent.start, sent.end, doc.published)) is not None):
                ev.date = span  # evf: "Days earlier, gunmen ambushed ...": some days before the day told, not that day
                ev.background = _is_background(ev.date, doc.published, ev.background)
            elif last is not None and 0 < si - last[0] <= 3 and _SAME_TIME_START.match(text, sentences[si].start):
                ev.date = last[1]  # "Hours later, Ukrainian drones hit ...", a quote or two after the attack
            elif (last is not None and 0 < si - last[0] <= 2 and last_ev is not None and ev.event_type in VIOLENT_TYPES
                  and last_ev.event_type in VIOLENT_TYPES and "territory" not in ev.sub_event_type
                  and (_SPEAKER_GOES_ON_START.match(text, sentences[si].start)
                       or (ev.location_note and not _lost_name(ev) and _SIDE_ACCOUNT_START.match(text, sentences[si].start)))):
                # gold 11: "..., a military spokesman said. He said troops killed three attackers.": the speaker
                # goes on about the fight told just before: its day, and its place when this names none (evl: or
                # a side's account with no place of its own: "The army said it had neutralised 15 militants")
                ev.date = last[1]
                if ev.location_note and not _lost_name(ev) and last_ev.location is not None and not last_ev.location_note:
                    ev.location, ev.location_note = last_ev.location, ""
            elif last is not None and 0 < si - last[0] <= 2 and (_DEFINITE_BEFORE.search(
                    text, max(0, ev.evidence.start - 24), ev.evidence.start)
                    or _SAME_TIME_START.match(text, sentences[si].start)
                    or (shift == 0) or (anaphor := bool(
                        last_actor and ev.actor1 == last_actor and _ANAPHOR_START.match(text, sentences[si].start)
                        # (gold 11: "The separatists, ..." after "Separatist fighters": the plural of its word)
                        and _same_word_told(text[sentences[si].start:].split(None, 2)[1].rstrip(","), last_actor)))
                    or (anaphor := _named_just_before(text, sentences, si, last, last_ev, ev))):
                # ("Hours later, Russian missiles struck ...", "the same day", "The bandits, who came ...": that day)
                ev.date = last[1]
                if anaphor and ev.location_note and last_ev is not None and last_ev.location is not None \
                        and not last_ev.location_note:
                    # "The bandits, who came on motorcycles, abducted ...": where they were, told just before
                    ev.location, ev.location_note = last_ev.location, ""
            elif (last is not None and 0 < si - last[0] <= 3
                  and (item := _IN_PLACE_START.match(text, sentences[si].start)) is not None
                  and _named_alone(item.group("p"), text[sentences[last[0]].start:sentences[last[0]].end])):
                # "... in the Poonch, Kotli and Bhimber sectors overnight. In Poonch, three civilians were
                # killed when a mortar shell hit a house.": a place of the event told just before, its detail
                ev.date = last[1]
            elif (last is not None and 0 < si - last[0] <= 2 and last_ev is not None
                  and "territory" in last_ev.sub_event_type and ev.event_type in VIOLENT_TYPES and sent is not None
                  and _AFTER_ITS_TAKING.search(text, sent.start, sent.end)):
                # "Rebels captured X on 12 May ... killed 30 civilians in the town after its capture": the day of
                # the taking told just before (the earliest the act can be), not the publication day
                ev.date = last[1]
            elif _same_place_told(doc, ev, last, last_ev, sentences, si):
                # "Fighting resumed on Tuesday at the Torkham crossing ... The army said it had killed 30
                # militants at Torkham.": the fight told just before at that place, not the publication day
                ev.date = last[1]
            elif period is not None:
                ev.date = FactDate(period.start, period.end, period.precision, period.text, "context")
            elif _told_in_sequence(doc, ev, last, last_ev, si):
                ev.date = last[1]
            elif (sent is not None and _YEARS_LONG_START.match(text, dateline_end(text, sent.start))
                  # (before the trigger, or inside a phrase that opens on its actor: "American jets had bombed")
                  and _PAST_PERFECT.search(text, max(sent.start, ev.evidence.start - 24), ev.evidence.end)):
                # gold 11: "For seven years, the group had ruled the province from X, while Russian jets had bombed
                # the towns to the south": the years before the story, told with no day: history, not the report's day
                ev.background = True

    def _names_own(self, doc: Document, sent: Sentence, actors, spans: dict) -> bool:
        """Whether ``sent`` names a place and an actor of its own ("In Taiz, Houthi snipers killed
        a child"): its toll is then its own, not the previous sentence's."""
        here = spans.get("here")
        if here is not None:
            s_actors, in_sent = here[0], here[1]
        else:
            s_actors = [a for a in actors if sent.start <= a.start < sent.end]
            in_sent = [m for m in doc.mentions if sent.start <= m.start < sent.end]
        if not any(m.location is not None and m.role == "location" for m in in_sent):
            return False  # (no place: no need to read the actors)
        non_agents = self._p["non_agents"]
        return any(not non_agents.match(a.name) for a in s_actors)

    @staticmethod
    def _elsewhere(doc: Document, sent: Sentence, spans: dict, ev: Event) -> bool:
        """Whether ``sent`` places what it tells somewhere else than ``ev``: it names places, none of
        them ``ev``'s ("Local officials in Tarhuna said 16 bodies were recovered" after a capture of Aden)."""
        here = spans.get("here")
        in_sent = here[1] if here is not None else [m for m in doc.mentions if sent.start <= m.start < sent.end]
        named = [m.location for m in in_sent if m.location is not None and m.role == "location"]
        if not named or ev.location is None:
            return False
        pid, name = getattr(ev.location, "place_id", None), getattr(ev.location, "name", "") or ""
        return not any((pid and getattr(loc, "place_id", None) == pid) or (getattr(loc, "name", "") or "?") in name
                       for loc in named)

    # -- per sentence ------------------------------------------------------------
    def _toll_in(self, text: str, lo: int, hi: int, spans: dict | None) -> int | None:
        """The death toll stated in ``text[lo:hi]`` (memoised per document)."""
        if spans is None:
            return _toll(self._p, text[lo:hi])
        tolls = spans["tolls"]
        key = (lo, hi)
        if key not in tolls:
            gate = self._p["gate"]
            known = spans.get("mask")
            got = known[2] if known is not None and known[0] == lo and known[1] == hi else gate.mask(spans["hits"], lo, hi)
            n = len(self._p["triggers"])
            may = gate.pick(got, "tolls", lambda idx: frozenset(i - n for i in idx if i >= n))
            folded = spans.get("folded")
            tolls[key] = _toll(self._p, text[lo:hi], may, folded[lo:hi] if folded is not None else None) if may else None
        return tolls[key]

    def _maybe_triggers(self, got: int) -> list[tuple[_Trigger, Any]]:
        """The triggers (and their folded twins) a gate mask leaves possible, remembered per mask
        (a shared list: do not change it)."""
        try:
            memo = self._trigger_memo
        except AttributeError:
            memo = self._trigger_memo = {}
        out = memo.get(got)
        if out is None:
            triggers, twins = self._p["triggers"], self._p["twins"]
            if len(memo) > 4096:
                memo.clear()
            out = memo[got] = [(triggers[i], twins[i]) for i in self._p["gate"].possible_for(got)
                               if i < len(triggers)]
        return out

    def _triggers(self, text: str, s0: int, e0: int, hits: Any = None,
                  folded: str | None = None, got: int | None = None) -> list[tuple[int, int, _Trigger]]:
        """Trigger matches in ``text[s0:e0]``, longest first on overlap, in text order.
        ``hits``: the article's gate scan (``got``: its mask for this span, when read
        already); ``folded``: ``fold(text)``, read by the triggers' folded twins (same
        matches, found faster)."""
        found = []
        triggers = self._p["triggers"]
        if hits is not None:  # the document's gate scan says which triggers can match here
            gate = self._p["gate"]
            if got is None:
                got = gate.mask(hits, s0, e0)
            maybe = self._maybe_triggers(got)
        else:
            maybe = [(t, None) for t in triggers if prefilter(t.rx)(text, s0, e0)]
        if not maybe:
            return []
        for t, twin in maybe:
            if twin is not None and folded is not None:
                matches = (twin.finditer(folded, s0, e0) if twin.__class__ is not _CheckedTwin
                           else twin.matches(text, folded, s0, e0))
            else:
                matches = t.rx.finditer(text, s0, e0)
            for m in matches:
                if t.id == "repelled-raid" and not _REPELLED_NOUN_BEFORE.search(text, max(s0, m.start() - 50), m.start()):
                    continue  # "killed 23 in a raid on the village": a raid nobody repelled, the other triggers' to read
                found.append((-(m.end() - m.start()), m.start(), m.end(), t))
        if len(found) <= 1:
            return [f[1:] for f in found]  # (the usual case: nothing to order or overlap)
        found.sort(key=_FIRST_TWO)
        taken: list[tuple[int, int]] = []
        out = []
        for _, s, e, t in found:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append((s, e, t))
        out.sort(key=_FIRST)
        return out

    def _sentence_events(self, doc: Document, sent: Sentence, quotes, actors, profile,
                         spans: dict | None = None) -> list[Event]:
        text = doc.text
        known = spans.get("mask") if spans is not None else None
        triggers = self._triggers(text, sent.start, sent.end, spans["hits"] if spans is not None and "hits" in spans else None,
                                  spans.get("folded") if spans is not None else None,
                                  known[2] if known is not None and known[0] == sent.start and known[1] == sent.end
                                  else None)
        if not triggers:
            return []  # most of the work below only serves triggers
        # "withdrew from X, two weeks after capturing it": a gerund tells a capture only as the sentence's opening,
        # or (evv) after another capture of its clause, of a named place ("entered Lere after taking Niono": two)
        # (cap2: "before taking Tessalit" only after a capture of another place: "captured Kidal before taking Tessalit")
        triggers = [t for t in triggers if (not _gerund_opening(text, t[0], t[1])
                                            or not text[dateline_end(text, sent.start):t[0] - 6].strip(' "“‘\'(')
                                            or _capture_after_capture(text, t, triggers))
                    and (text[max(0, t[0] - 7):t[0]].lower() != "before " or _joined_capture(text, t, triggers))]
        if not triggers:
            return []
        if fiction(text, sent.start):
            return []  # "In the film, rebels take Kabul": a story told, no event
        if checked_claim(text, sent.start):
            return []  # "CLAIM: Jets bombed the temple. VERDICT: False.": a claim checked, no event
        if editors_note(text, sent):
            return []  # "(Updates toll, adds attack near Oicha)": what the story tells below, listed
        out: list[Event] = []
        clauses = clauses_of(text, sent.start, sent.end)
        # which of the rarer readings' words the sentence holds (one pass: most sentences hold none)
        low = text[sent.start:sent.end].lower()
        sent_cues = {k for _, k in _CUE_AUTOMATON.iter(low)} if _CUE_AUTOMATON is not None else {
            k for k, words in _CUE_WORDS if any(w in low for w in words)}
        if ("summ" in low[:40] or "sum up" in low[:40]) and _SUMMARY_OPENING.match(text, sent.start):
            return []  # gold 7: a liveblog's "Here is a summary: ...": what its entries told
        if (_JUDGMENT_OPENING.match(text, sent.start)
                or _JUDGMENT_HEADING_BEFORE.search(text[max(0, sent.start - 24):sent.start])):
            return []  # gold 9: "Outlook: JNIM is likely to step up attacks", "Assessment. The RSF is likely to ..."
        used: set[tuple] = set()
        state = None  # actors that are a country's forces, read once per sentence when needed
        # ``spans``: what ``__call__`` read once per article (same answers as full scans, faster)
        if spans is not None:
            if "quote_ends" not in spans:
                spans["quote_starts"], spans["quote_ends"] = [q[0] for q in quotes], [q[1] for q in quotes]
            # Only quotations overlapping the sentence can hold its words (they are disjoint and in order).
            quotes = quotes[bisect_right(spans["quote_ends"], sent.start):bisect_left(spans["quote_starts"], sent.end)]
            here = spans.get("here")
            if here is not None:  # the items starting in this sentence, grouped by the caller
                s_actors, in_sent, dates_in = here
            else:
                actors = spans["actors"].starting_in(sent.start, sent.end)
                in_sent = spans["mentions"].starting_in(sent.start, sent.end)
                dates_in = spans["dates"].starting_in(sent.start, sent.end)
        else:
            here = None
            in_sent, dates_in = doc.mentions, doc.dates
        if here is None:
            s_actors = [a for a in actors if sent.start <= a.start < sent.end]
            in_sent = [m for m in in_sent if sent.start <= m.start < sent.end]
            dates_in = [d for d in dates_in if sent.start <= d.start < sent.end]
        places = [m for m in in_sent if m.location is not None and m.role in ("location", "reference")
                  and not (m.role == "reference" and _NAMED_AFTER.match(text, m.end))  # "the town of Minova": Minova
                  and not _FLAGGED_AFTER.match(text, m.end)  # audit 9: "the Liberia-flagged bulk carrier": its flag
                  and not text.startswith(("'s capital", "’s capital"), m.end)  # gold 7: "Malawi's capital": the capital
                  and not _neighbour_across_border(text, m, sent.start)]
        if places and (s_actors or quotes):
            places = [
                m for m in places
                if not any(a.start <= m.start and m.end <= a.end for a in s_actors)
                and not any(qs <= m.start and m.end <= qe for qs, qe in quotes)  # places someone said
            ]
        dates = past_the_dateline(text, sent.start, [d for d in dates_in if d.date is not None])
        dl_end = dateline_end(text, sent.start)
        sent_text = text[sent.start:sent.end]
        named = [m for m in places if m.role == "location"]
        # Where events may be: not where people fled to or come from ("Residents fleeing to Tawila said ..."),
        # nor places told in a relative clause ("The RSF, which held most of Khartoum and Bahri, withdrew from X"),
        # nor the dateline's town when the sentence names another place
        at_places = [m for m in places if not _origin(text, m.start)] if places else places
        if places and not at_places:
            # evv: "..., said Ali Musa, a resident of Djibo": no other place named, the witness's home is the event's
            at_places = [m for m in places if _witness_home(text, m.start, m.end)]
        at_places = _not_the_dateline(at_places, in_sent, dl_end)
        rels = [r.start() for r in _RELATIVE_SPAN.finditer(text, sent.start, sent.end)] if places else ()
        folded = spans.get("folded") if spans is not None else None
        ft = folded if folded is not None else fold(text)  # for the module patterns' twins
        twins = self._p["cue_twins"]
        cues = self._p

        def search(name: str, lo: int, hi: int, piece: str) -> bool:
            """``self._p[name].search(piece)``, ``piece`` being ``text[lo:hi]``: its folded twin on the folded text when it has one."""
            twin = twins[name]
            if twin is not None and folded is not None:
                return twin.search(folded[lo:hi]) is not None
            return cues[name].search(piece) is not None
        agents_all = None  # actors that may act (not witnesses), read once per sentence when needed
        prev_trig = None
        strike_subs: dict[int, str] = {}  # stv: a bare strike verb's sub-type by where it starts, when it tells one
        if any(o.id == "strike-place" for _, _, o in triggers):
            state = self._state_forces(doc, s_actors, spans["mentions"] if spans is not None else None)
            for vs, ve, verb in triggers:
                if verb.id == "strike-place" and (verb_sub := self._place_strike_sub(
                        text, vs, ve, sent.end, clauses, triggers, s_actors, places, state, profile, spans)):
                    strike_subs[vs] = verb_sub
            # (before the main violent triggers are told: a strike not told leaves its toll to the killing)
            triggers = [t for t in triggers if t[2].id != "strike-place" or t[0] in strike_subs]
        if any(o.id in ("arrest", "fell-to") for _, _, o in triggers):
            triggers = self._passive_takings(text, triggers, clauses, places, dl_end)
        added_cut = None  # (start, end) of ", adding that" where it cuts the sentence's clauses
        if len(triggers) > 1 and "adding" in low and (added := _ADDED_CLAUSE.search(text, sent.start, sent.end)):
            # evi: "Troops killed 12 militants near Diffa, the army said, adding that two soldiers were wounded in a
            # separate attack near Bosso": what is added is told apart (its attack makes no toll of the killing)
            if (cut := _split_at_added(clauses, added, triggers)) != clauses:
                clauses, added_cut = cut, (added.start(), added.end())
        # Once per sentence: the violent triggers that tell an event of their own (a trigger that needs
        # a place after it counts only with one), which make subordinate ones in their clause a toll;
        # and whether a protest is told (then its deaths are its excessive force).
        # (os_, o, where o takes in the toll and acts of its clause: None for its whole clause, else the relative
        # clause a recalled capture is told in)
        main_violent = [(os_, o, recalled_clause(text, os_, oe, sent.start, sent.end)
                         if "territory" in o.sub_event_type else None) for os_, oe, o in triggers
                        if not o.subordinate and o.event_type in VIOLENT_TYPES
                        and (not o.needs_place_after or any(oe <= m.start <= oe + 60 for m in places))
                        # audit 8: "RSF fighters killed 20 civilians near Bara after the fighting": a time told
                        and not _AFTER_THE.search(text, max(sent.start, os_ - 16), os_)
                        # gold 5: "gunmen who had carried out several raids ... killed four farmers": a record
                        and not _many_done(text, os_, oe, sent.start, sent.end)]
        has_protest = any(o.id == "protest" for _, _, o in triggers)
        clause_tolls: set[tuple[int, int]] = set()  # (clause, toll) already given to an event
        # where the first clause told as a lag from the one before begins ("..., a day after a drone attack on X")
        lag_at = next((a for a, _ in clauses[1:] if _LAG_OPENING.match(text, a)), sent.end) if len(clauses) > 1 else sent.end
        # ev22: a question ("Q: And the ambush in Michoacan?", "What happened in Culiacan on Thursday?") asks about
        # what its answer tells: the answer's event, not one of its own
        asked = text[sent.start:sent.end].rstrip().endswith("?")
        for ts, te, trig in triggers:
            if asked:
                break
            if quotes and any(qs <= ts and te <= qe and (qe - qs != te - ts + 2) for qs, qe in quotes):
                continue  # (someone's words; not a verb alone in scare quotes: 'it had "neutralised" 12 rebels')
            joined = (prev_trig is not None and prev_trig[2].event_type == trig.event_type
                      and trig.event_type == "Explosions/Remote violence"
                      and _JOINED.fullmatch(text, prev_trig[1], ts) is not None)
            prev_trig = (ts, te, trig)
            if joined:
                continue  # "a missile and drone attack": one attack, typed by its first weapon
            own = next((a for a in s_actors if a.start <= ts and te <= a.end), None) if s_actors else None
            weapon = own is not None and own.kind in ("state", "group") and te == own.end and ts > own.start and (
                own.kind == "state" or not text[ts].isupper())  # (act: "the Popular Mobilization Forces": a name)
            if own is not None and trig.event_type not in ("Protests", "Riots") and not weapon:
                continue  # "government-controlled air force" names an actor
            ci = next((i for i, (cs, ce) in enumerate(clauses) if cs <= ts < ce), 0) if len(clauses) > 1 else 0
            cs, ce = clauses[ci]
            if trig.id in ("take", "retake", "handover", "kill") and _BARE_VERB.match(text, ts) is not None and (
                    (_PLURAL_SUBJECT.search(text, max(sent.start, ts - 16), ts) is None
                     # evq: or a side named right before it, as headlines tell ("Houthis seize party office in Sanaa")
                     and not any(a.end + 1 == ts and a.kind != "country" and text[a.end] == " " for a in s_actors)
                     # ev15: or the second of two presents of one plural subject, as timelines tell ("Gunmen stop
                     # buses near Garissa and kill 12 passengers")
                     and not (text[ts - 4:ts] == "and " and _PLURAL_PRESENT.search(text, max(sent.start, ts - 120), ts)))
                    or wished(text, ts, sent.start)):
                # the present only after a plural subject ("Rebels seize Goma"), not "to take", nor
                # "demanded that Russian forces withdraw from Ukraine": not done
                continue
            if trig.id == "handover" and text[te - 4:te].lower() == "from" and _POSITIONS_LEFT.match(text, te):
                continue  # evc: "Lebanese soldiers withdrew from positions along the border": no territory handed over
            if trig.subordinate and any(o is not trig and cs <= os_ < ce and (rel_span is None or rel_span[0] <= ts < rel_span[1])
                                        and not (trig.id in ("kill", "vac-attack") and o.id == "abduction" and te <= os_
                                                 and " and " in text[te:os_])
                                        for os_, o, rel_span in main_violent):
                # "clashes killed five people": the toll of the battle, not a second event (evc: but "bandits killed
                # 32 people and kidnapped 50": a killing of its own, which the abduction after it folds into)
                continue
            before = text[max(cs, ts - 40):ts]
            if search("negation", max(cs, ts - 40), ts, before):
                continue
            if (trig.event_type in VIOLENT_TYPES
                    and ((_PURPOSED_BEFORE.search(text, max(cs, ts - 60), ts)
                          and not search("planned", max(cs, ts - 60), ts, text[max(cs, ts - 60):ts]))
                         # evi: "Police prevented a planned attack on a church", "foiled a planned raid": the plan
                         # stopped, no attack (nor one still to come, whose side would be the police)
                         or _AVERTED_BEFORE_F.search(ft, max(cs, ts - 60), ts))
                    and not _CHARGED_WITH_DEED.search(text, max(cs, ts - 120), ts)):
                continue  # "used the camp to plan attacks on Mogadishu": a purpose, no attack told
            if _named_in_passing(text, triggers, trig, ts, cs, ce, places):
                continue
            if _not_armed(text, ts, cs):
                continue  # audit 9: "A cyber attack crippled the hospital's computers": no armed violence
            if trig.event_type not in VIOLENT_TYPES and _TREND_AFTER.match(text, te, ce):
                continue  # gold 4: "protests in Kassala have grown since May": a trend, no one protest
            if trig.event_type in VIOLENT_TYPES and _no_event_told(text, ts, te, max(sent.start, dl_end), ce):
                continue  # audit 9: "Tuesday's attack was the deadliest", "armed groups frequently clash"
            if trig.event_type in VIOLENT_TYPES and _ONE_OF_THE_WORST_F.search(ft, max(cs, ts - 50), ts):
                continue  # audit 11: "..., in one of the deadliest attacks on the city this year": a ranking
            if (trig.event_type in VIOLENT_TYPES and "est " in text[max(sent.start, ts - 40):ts]
                    and _RANKED_AFTER_COMMA.search(text, max(sent.start, ts - 50), ts)
                    and any(o.event_type in VIOLENT_TYPES and not o.subordinate and sent.start <= os_ < ts
                            for os_, _, o in triggers)):
                continue  # gold 7: "shells hit homes in Poonch on Thursday, in the heaviest exchange of fire along
                # the Line of Control in a year": the event told, ranked
            if (trig.id == "kill" and "toll" in low and _CLAIMED_BEFORE.search(text, max(cs, ts - 30), ts)
                    and _violence_told(out, spans)):
                continue  # gold 7: "A source put the toll at 50; JNIM claimed to have killed 70": one side's toll
            if (trig.id == "kill" and ("figure" in low or "claim" in low or "number" in low)
                    and _FIGURE_REJECTED.search(text, te, sent.end) and _SAID_IT_HAD.search(text, max(cs, ts - 40), ts)
                    and _violence_told(out, spans)):
                continue  # gold 8: "The group said it had killed 100 soldiers, a figure the army rejected": its toll
            if (trig.event_type in VIOLENT_TYPES and "killed" in low
                    and ((trig.id == "kill" and _SAID_IT_HAD.search(text, max(cs, ts - 40), ts)
                          and _IN_THE_FIGHT_AFTER.match(text, te, sent.end))
                         or text[max(cs, ts - 7):ts].lower() == "in the " and _SAID_IT_KILLED_IN_THE.search(
                             text, max(cs, ts - 140), ts))
                    and _violence_told(out, spans)):
                continue  # gold 9: "... withdrew and said it had killed dozens of soldiers in the fighting": that fight's
            if "m" in sent_cues and _REMEMBERED_BEFORE.search(text, max(cs, ts - 60), ts):
                continue  # ev15: "the anniversary of the bombing of", "a film about the shelling of": remembered
            if (trig.id == "arrest" and ("suspect" in text[te:te + 40] or "in connection with" in text[te:ce])
                    and _SUSPECTS_AFTER.match(text, te, ce)
                    and _violence_told(out, spans)):
                continue  # "Police said they had arrested two suspects" after a killing told: its inquiry, no event
            if (trig.id in ("abduction", "arrest") and _DETERMINER_BEFORE.search(text, max(cs, ts - 20), ts)
                    and _NOUN_AFTER.match(text, te)):
                # "Three of the abducted villagers escaped", "rescued 20 kidnapped pupils", gold 4: "the release
                # of the detained aid workers": told before
                continue
            if (trig.id == "protest" and (tp := _THE_PROTESTERS.search(text, max(sent.start, ts - 5), te)) is not None
                    and tp.end() == te
                    and (told := [o for o in _told(out, spans)
                                  if o.event_type in ("Protests", "Riots")])):
                # gold 4: "The protesters chanted slogans" after a protest told: the same protest; gold 7: what
                # it tells of the crowd or the police makes that protest a riot or one with intervention
                # ("Police fired tear gas when some of the protesters threw stones at the gate")
                last = told[-1]
                if last.sub_event_type in ("Peaceful protest", "Protest with intervention"):
                    if search("violent", sent.start, sent.end, sent_text):
                        last.event_type, last.sub_event_type = "Riots", "Violent demonstration"
                    elif search("intervention", sent.start, sent.end, sent_text):
                        last.sub_event_type = "Protest with intervention"
                continue
            if trig.id == "call" and has_protest and any(o.id == "protest" and sent.start <= os_ < ts
                                                         for os_, _, o in triggers):
                continue  # gold 7: "residents marched, calling for an end to the fighting": the crowd's demand
            if (trig.event_type in VIOLENT_TYPES and _PROTESTED_OBJECT_BEFORE.search(text, max(sent.start, ts - 40), ts)
                    and any(o.event_type == "Protests" and sent.start <= os_ < ts for os_, _, o in triggers)):
                continue  # gold 7: "marched in Quetta against the drone attack": what the crowd protests, told before
            if "after" in text[max(cs, ts - 90):ts] and _MONTHS_AFTER_BEFORE.search(text, max(cs, ts - 90), ts):
                continue  # gold 7: "retook X on Saturday, more than a year after the RSF seized it": a past event recalled
            if (trig.id == "protest" and text[te - 1:te] == "s" and _BARE_DURING_BEFORE.search(text, max(cs, ts - 12), ts)
                    and text[te - 3:te - 1].lower() not in ("er", "or")  # evh: "fired tear gas at protesters": the crowd
                    and not any(cs <= d.start < ce for d in dates)):
                continue  # gold 7: "Some had been shot during demonstrations in Homs": protests in general, no day
            if (trig.id == "protest" and text[ts:ts + 4].lower() == "rall" and not _PROTEST_AIM.search(text, sent.start, sent.end)
                    and (text[max(sent.start, ts - 9):ts].lower() == "campaign " or _campaign_told(text, sent.start, sent.end))):
                continue  # "attended a campaign rally in Phoenix", "the opposition held its own rally in X" in a race: no protest
            if trig.id == "protest" and _LODGED_BEFORE.search(text, max(cs, ts - 40), ts):
                continue  # gold 7: "summoned the envoy to lodge a strong protest": a diplomatic complaint, no crowd
            if ((trig.event_type in VIOLENT_TYPES or trig.sub_event_type == "Looting/property destruction")
                    and "ince" in sent_text and _SINCE_THEN.search(text, sent.start, sent.end)
                    and _SINCE_PERFECT.search(text, max(cs, ts - 40), ts)):
                continue  # ev23: "hundreds have been killed by Israeli fire since then", "have torched 100 trucks": a total
            if (trig.event_type in VIOLENT_TYPES and text[te - 1:te] == "s"
                    and _MANY_COUNT_BEFORE.search(text, max(cs, ts - 40), ts)
                    and not any(cs <= d.start < ce and (d.date.end - d.date.start).days <= 14 for d in dates)):
                # ev23: "in dozens of attacks in the region this year": many events, no one told (not "a series of
                # attacks ... between 20 and 24 July", told on its days)
                continue
            if _APPRAISED_AFTER.match(text, te) and _APPRAISED_BEFORE.search(text, max(sent.start, ts - 40), ts):
                continue  # ev23: "Erdogan called the attacks a 'worrying escalation'": the attacks told before
            if (trig.event_type in VIOLENT_TYPES and _SHOWED_AFTER.match(text, te, ce)
                    and _DEFINITE_EVENT_BEFORE.search(text, max(cs, ts - 30), ts)
                    and _violence_told(out, spans)):
                continue  # "Zelensky said the attacks showed that Moscow did not want peace": told before, appraised
            if trig.id == "protest" and text[ts:te].lower() == "protest" and _PROTEST_MODIFIES.match(text, te):
                continue  # ev23: "Protest leaders met the interior minister": a movement's people, no protest told
            if trig.id == "protest" and text[te - 1:te] == "s" and _coverage_title(text, ts, te):
                continue  # ev23: "Kenya protests live: updates as ...": the coverage's topic, not one protest
            if (trig.id == "protest" and text[ts] in "mM" and _MARCHERS.fullmatch(text, max(cs, dl_end), ts)
                    and not _PROTEST_AIM.search(text, sent.start, sent.end)):
                continue  # ev21: "Royal Marines marched through Plymouth", "Troops marched 40 km": soldiers marching
            if trig.event_type in VIOLENT_TYPES and _CALL_TO_CONDEMN_BEFORE.search(text, max(sent.start, ts - 140), ts):
                continue  # gold 4: "we call on the world to condemn the air strikes of the junta": no one strike told
            etype, sub = trig.event_type, trig.sub_event_type
            if trig.id == "strike-place":
                sub = strike_subs[ts]
                if sub == "Armed clash":
                    etype = "Battles"
            if trig.id == "vessel-seized" and ("hostage" in low or "ransom" in low or "kidnap" in low or "abduct" in low):
                if any(o.id == "abduction" and sent.start <= os_ < sent.end for os_, _, o in triggers):
                    continue  # "hijacked a bulk carrier and took its crew hostage": the crew's abduction is the event
                if _CREW_HELD.match(text, te, sent.end):
                    # "hijacked a tanker, holding 25 sailors for ransom": ACLED types piracy that takes people by them
                    etype, sub = "Violence against civilians", "Abduction/forced disappearance"
            if trig.id == "meeting":
                if not (_CONFLICT_TALKS.search(text, sent.start, sent.end) or any(
                        a.kind == "group" or (a.faction and profile is not None and (f := profile.faction(a.faction))
                                              is not None and f.kind != "international") for a in s_actors)):
                    # "The cabinet met on Tuesday to approve the budget", "the Security Council met": no talks of
                    # a conflict's sides
                    continue
                if any(o.id == "agreement" for _, _, o in triggers):
                    continue  # "met in Isfara and agreed a ceasefire": the agreement is the event told
                if _ACCORD_WORDS.search(text, sent.start, sent.end) and not _NO_ACCORD.search(text, sent.start, sent.end):
                    sub = "Agreement"  # "met in Juba to discuss a ceasefire": talks on one (evd: not talks that failed)
            if trig.id == "call" and _ACCORD_WORDS.search(text, ts, te) \
                    and not _NO_ACCORD.search(text, max(sent.start, ts - 80), ts):
                sub = "Agreement"  # ACLED: talks on, and calls for, a ceasefire or peace are about an agreement (evd:
                # not a call the speakers failed to agree on: "failed to agree on a resolution calling for a truce")
            if (trig.id in ("shelling", "air") and _USING_BEFORE.search(text, max(cs, ts - 60), ts)
                    and any(o.event_type == "Battles" and cs <= os_ < ts for os_, _, o in triggers)):
                continue  # audit 7: "clashed ..., with both sides using tanks, mortars and drones": the fight's weapons
            if (trig.id == "release" and text.startswith("surrender", ts) and (
                    # evv: a fight of its own sentence ("the pirates surrendered after a brief exchange of fire")
                    any(o.event_type in VIOLENT_TYPES for _, _, o in triggers)
                    # or one told within 400 characters of the end of its sentence (evv: not of its trigger, which a
                    # long sentence of a capture "after nearly a week of fighting" holds far from its end)
                    or any((o.event_type in VIOLENT_TYPES or "territory" in o.sub_event_type) and o.evidence is not None
                           and 0 <= ts - o.evidence.start
                           and ts - _sentence_start(doc, o.evidence.start) - len(o.evidence.sentence) <= 400
                           for o in _told(out, spans)))):
                continue  # "captured the outpost after a three-day assault. The KIA said 20 soldiers surrendered": its end
            if trig.id == "release" and _RELEASED_UNDER_A_DEAL.search(text, sent.start, sent.end):
                sub = "Agreement"  # evf: "freed three hostages under the ceasefire deal", "in exchange for": ACLED's agreement
            if "connection" in text[max(cs, ts - 50):ts] and _CONNECTED_BEFORE.search(text, max(cs, ts - 50), ts):
                continue  # "detained two men in connection with the blast": the blast told before, no new one
            if trig.id == "ied" and _fight_sounds(text, ts, te, cs, ce):
                # audit 12: "Residents reported heavy gunfire and explosions near the airport road": a fight heard
                if any(o.event_type == "Battles" and cs <= os_ < ce for os_, _, o in triggers):
                    continue
                etype, sub = "Battles", "Armed clash"
            if (trig.event_type == "Explosions/Remote violence" and _HELD_WORDS.search(text, max(cs, ts - 100), ts)
                    and _WEAPON_NOUN.match(text, ts, te) and not text[ts:te].lower().endswith(("ed", "ing"))
                    and _HELD_WEAPONS_BEFORE.search(text, max(cs, ts - 100), ts)):
                continue  # ev18: "recovered two rifles and a mortar", "leaving behind mortars", "armed with car bombs"
                # (not a verb: "bodies were recovered on 28 June. the army shelled ..." is a shelling)
            if (trig.id == "ied" and _WITH_WEAPON.search(text, max(cs, ts - 40), ts)
                    and not _BLAST_VERB_BEFORE.search(text, max(cs, ts - 80), ts)
                    and not _ATTACKED_WITH_DEVICE.search(text, max(cs, ts - 80), ts)):
                # "engaged Israeli forces with gunfire and explosive devices": the fight's weapons (gold 10: not an
                # "attacked ... with" before them, which leaves its typing to its weapons: the fight is read here)
                if any(o.event_type == "Battles" and cs <= os_ < ts
                       and not (o.id in ("attack-place", "clash") and text[os_:os_ + 7].lower().startswith(("attack", "assault")))
                       for os_, _, o in triggers):
                    continue
                etype, sub = "Battles", "Armed clash"
            if "h" in sent_cues and hearsay(text, ts, sent.start):
                continue  # "There were unconfirmed reports of fighting in Rutshuru": nothing known to have happened
            if (trig.event_type in VIOLENT_TYPES and "territory" not in trig.sub_event_type
                    and ("h" in sent_cues or "such" in text[sent.end:sent.end + 60].lower())
                    and denied_attack(text, ts, te, sent.start, sent.end)):
                continue  # gold 8: 'the NPA said it had ambushed a truck ... "No such encounter took place"'
            if ("d" in sent_cues and (trig.event_type in VIOLENT_TYPES or trig.event_type == "Protests")
                    and _DRILL.search(text, sent.start, sent.end)):
                continue  # gold 5: "stormed a mock rebel camp as part of a joint exercise": staged, no event
            if "c" in sent_cues and _CONDITION_BEFORE.search(text, max(sent.start, ts - 60), ts):
                continue  # "threatened to strike Beirut if Hezbollah fired rockets at Israeli cities": supposed
            if (trig.subordinate and etype == "Violence against civilians"
                    and (_TALLY_BEFORE.search(text, max(cs, ts - 60), ts)
                         or _TALLY_RELATIVE.search(text, max(sent.start, ts - 200), ts)
                         or _EVENT_SUBJECT.match(text, max(cs, dl_end), ts)
                         or _NATURE_SUBJECT.fullmatch(text, max(cs, dl_end), ts))):
                continue  # "Violent protests have killed 21 people": the protests' toll, not an attack
            if trig.event_type in VIOLENT_TYPES and _NATURE_AGENT.fullmatch(text, max(cs, dl_end), ts) \
                    and not any(a.kind in ("state", "alias") and a.start < ts < a.end for a in s_actors):
                # audit 10: "Hurricane Kirk bombarded the coast": the weather, no attack (ev23: not "Saudi Tornado
                # jets hit ...", a state's aircraft named by a storm)
                continue
            if trig.event_type in VIOLENT_TYPES and _PEST_OBJECT.match(text, te):
                continue  # ev22: "Spray aircraft struck the swarms at dawn": pests sprayed, no strike
            if (trig.subordinate and etype == "Violence against civilians" and text[ts:te].lower() == "killing"
                    and _NATURE_OPENING.match(text, max(sent.start, dl_end))):
                continue  # audit 10: "Typhoon Mawar pounded Luzon, tearing roofs off and killing two": its toll
            if _RANKED_RECAP.fullmatch(text, max(sent.start, dl_end), ts):
                continue  # audit 7: "It was the third kidnapping ... since November": told before, ranked
            bare = (trig.id == "clash" and not _SPAN_OF_BEFORE.search(text, max(sent.start, ts - 60), ts)
                    and _AFTER_BARE.search(text, max(sent.start, ts - 30), ts) is not None)
            if (trig.id == "clash" and (bare or _SPAN_OF_BEFORE.search(text, max(sent.start, ts - 60), ts))
                    and any(o is not trig and (o.event_type in VIOLENT_TYPES or "territory" in o.sub_event_type)
                            and (not bare or "territory" in o.sub_event_type)
                            and sent.start <= os_ < ts and _ENTRY_VERB.match(text, os_, oe) is None
                            for os_, oe, o in triggers)):
                # audit 10: "captured Nyabiondo after two days of fighting": the capture's fight (not after an
                # entry, no capture of its own: "entered Er Rahad after a day of clashes" is the clash)
                continue
            if (trig.id in ("shelling", "air") and _MEANS_BEFORE.search(text, max(sent.start, ts - 50), ts)
                    and any("territory" in o.sub_event_type and sent.start <= os_ < ts for os_, _, o in triggers)):
                continue  # gold 4: "retook Brega after heavy shelling and air strikes": the capture's means
            if (trig.event_type in VIOLENT_TYPES
                    and ((_FRAMED_AFTER.match(text, te) and _FRAMED_BEFORE.search(text, max(sent.start - 2, ts - 40), ts))
                         or _BLAMED_BEFORE.search(text, max(sent.start, ts - 40), ts))
                    and _FIGHT_TOLD.search(text, 0, sent.start)):
                continue  # audit 10: "The fighting comes despite a ceasefire signed in Doha": the fight told, framed
            if (trig.event_type in VIOLENT_TYPES and text[ts:ts + 3].lower() == "fig"
                    and _FIGHTING_FOR_A_CAUSE.match(text, te)):
                continue  # lead: "separatists, who are fighting to create a state they call Ambazonia": a cause
            if trig.event_type in VIOLENT_TYPES and _HABITUAL_BEFORE.search(text, max(cs, ts - 60), ts):
                continue  # audit 7: "Zawiya has seen repeated clashes between militias": no one event
            if (trig.event_type in VIOLENT_TYPES and _PERFECT_AUX.search(text, max(cs, ts - 24), te)
                    and _RECORD_SPAN.search(text, sent.start, sent.end)):
                continue  # gold 6: "The gang has attacked villages in the valley for months": a record, no one event
            if trig.id in ("shelling", "air") and _SUPPORT_BEFORE.search(text, max(cs, ts - 60), ts):
                continue  # gold 5: "with the support of army aviation and artillery fire, continue to destroy": means
            if trig.event_type == "Explosions/Remote violence" and _GOODS_BEFORE.search(text, max(cs, ts - 60), ts):
                continue  # gold 5: "Saudi Arabia signed a deal for artillery shells": goods, no attack
            if trig.event_type in VIOLENT_TYPES and _MOURNED_BEFORE.search(text, max(sent.start, ts - 100), ts):
                continue  # gold 5: "Families of the 147 people killed in the attack on the school gathered": the dead
            if trig.event_type in VIOLENT_TYPES and _many_done(text, ts, te, sent.start, sent.end):
                continue  # gold 5: "which has carried out several kidnappings on the same road": no one event
            if trig.id in ("attack-place", "clash") and text[ts:te].lower().startswith(("attack", "assault")) and any(
                    o.event_type == "Explosions/Remote violence" and te <= os_ < ce
                    and (_WITH_WEAPON.search(text, te, os_) or text[os_:os_ + 6].lower().startswith(("with ", "using ")))
                    for os_, _, o in triggers):
                continue  # "attacked a tanker with two missiles": one attack, typed by its weapon
            if (etype == "Battles" and trig.id in ("attack-place", "clash")
                    and text[ts:te].lower().startswith(("attack", "ambush")) and _AID_TARGET.search(text, cs, ce)):
                # audit 7: "A World Food Programme convoy ... was attacked near Al-Koma": aid, not a side
                etype, sub = "Violence against civilians", "Attack"
            ground_attack = trig.id == "attack-place" or (trig.id == "strike-place" and etype == "Battles")
            if ground_attack and _CIVILIAN_SITE_AFTER.match(text, te, ce):
                # "attacked the Plaine Savo displacement site", "attacked a wedding in ...": civilians attacked
                etype, sub = "Violence against civilians", "Attack"
            if ground_attack and any(
                    o.id in ("vac-attack", "kill") and cs <= os_ < ce and not ts <= os_ < te
                    and (o.id != "kill" or self._victims(text, os_, oe, cs, ce) == "other")
                    for os_, oe, o in triggers):
                # "killed 115 people in an attack on the town of X": an attack on civilians, not a battle
                etype, sub = "Violence against civilians", "Attack"
            if (trig.id == "clash" and text[ts:te].lower().startswith("ambush") and any(
                    o.id == "kill" and te < os_ <= te + 150 and text[os_:oe].lower().startswith("killing")
                    and _CIVILIANS_NAMED.match(text, oe, ce) and not _ARMED_OBJECT.search(text, te, os_)
                    for os_, oe, o in triggers)):
                # gold 10: "ambushed a vehicle on the Beni-Kasindi road, killing three traders": civilians
                # attacked, not a fight (not "ambushed an army truck", "a convoy escorted by VDP")
                etype, sub = "Violence against civilians", "Attack"
            if trig.subordinate and has_protest and etype == "Violence against civilians" and ts < lag_at and (
                    trig.id != "kill" or self._victims(text, ts, te, cs, ce) != "armed"):
                continue  # "police shot dead 13 protesters": the protest's excessive force, told there
            if (trig.id == "arrest" and has_protest and _PROTESTERS_TAKEN.match(text, te, min(sent.end, te + 60))
                    and any(o.id == "protest" and sent.start <= os_ < ts for os_, _, o in triggers)):
                continue  # gold 14: "students staged a protest ...; police arrested two of them": the protest's intervention
            if trig.id == "meeting" and _no_meeting_held(text, ts, te, cs, ce):
                continue  # audit 9: "according to the Gezira Conference, a local activist group"; "targeted a meeting"
            if trig.id in ("meeting", "agreement") and _ADVICE_BEFORE.search(text, max(sent.start, ts - 100), ts):
                continue  # "Crisis Group recommends that the authorities open talks": advice, no meeting held
            if trig.id == "meeting" and _LABOUR_F.search(ft, cs, ce):
                continue  # audit 11: "the union walked out after pay talks broke down": no talks of a conflict's sides
            if (trig.id in ("attack-place", "clash", "vac-attack") and text[ts:te].lower().startswith(("attack", "assault"))
                    and _RESPONSIBILITY_BEFORE.search(text, max(cs, ts - 60), ts)
                    and not _claimed_at_new_places(text, ts, te, sent.end, sent.start, places)):
                continue  # "ISSP claimed the attack in Niger": who did an attack told elsewhere, no new one
            if trig.id == "clash" and _SHOOTOUT.match(text, ts, te) and _SPORT.search(text, sent.start, sent.end):
                continue  # "beat the Oilers 4-3 in a shoot-out": a match decided on penalties
            if (trig.id == "clash" and _ALONGSIDE_AFTER.match(text, te, ce)
                    and not _AGAINST.search(text, te, min(ce, te + 120))):
                continue  # "Burundian troops, who had fought alongside the Congolese army, pulled back": allies, no fight told
            if (trig.event_type in VIOLENT_TYPES and _GAME_METAPHOR.match(text, ts, te) and _sports_article(text, spans)
                    and fatalities_in(text[sent.start:sent.end]) is None):
                continue  # gold 4: "the world champions were under bombardment" in a rugby report: the game's
            if (trig.event_type == "Battles" and (fight := _FIGHT_WORD.match(text, ts, te)) is not None
                    and (_FIGURATIVE_BEFORE.search(text, max(cs, ts - 30), ts)
                         or _FIGURATIVE_FOE_AFTER.match(text, fight.end(), ce))):
                continue  # evd: "the tariff battle between Washington and Beijing", "fighting a cholera outbreak"
            if (trig.id == "clash" and text.startswith("fir", ts) and _PROJECTILE_BEFORE.search(text, max(cs, ts - 40), ts)
                    and any(o.event_type == "Explosions/Remote violence" and cs <= os_ < ts for os_, _, o in triggers)):
                continue  # evv: "wounded by an anti-tank missile fired at a position near X": the missile's attack
            if trig.id == "shot-down" and any(o.event_type == "Explosions/Remote violence" and o.id != "shot-down"
                                              and e <= ts for _, e, o in triggers):
                continue  # gold 6: "fired three rockets at Tel Aviv; one was intercepted": the attack's outcome
            # lead: "intercepted most of the missiles", "shot down 40 missiles": the attack of the weapons stopped
            # (whose interception folds into it), not an attack by the side that stopped them
            stopped = trig.event_type == "Explosions/Remote violence" and any(
                o.id == "shot-down" and cs <= e <= ts and _INTERCEPTED_OBJECT.fullmatch(text, e, ts)
                for _, e, o in triggers)
            if trig.id == "expel" and (_PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts)
                                       or _DISPLACED.search(text, ts, te)):
                continue  # "were driven out of": who lost it; "forced residents out of": displacement
            if "s" in sent_cues and trig.event_type in VIOLENT_TYPES and _STOP_BEFORE.search(text, max(cs, ts - 30), ts):
                continue  # "urged all sides to stop fighting", "called for an end to the clashes", gold 11: "calling
                # for an end to the bombardment of X", "to halt air strikes": not an event
            if trig.id == "clash" and (_DURATION_OF.search(text, max(cs, ts - 40), ts) or (
                    _DURATION_SHORT.search(text, max(cs, ts - 40), ts)
                    and any(o.event_type == "Strategic developments" for _, _, o in triggers))):
                continue  # "captured Bakhmut after months of fighting": how long the fight for it took, told by the capture
            if (trig.event_type == "Battles" and "territory" not in trig.sub_event_type
                    and _OPERATION_NOUN.match(text, ts, te) and _IN_OPERATION_BEFORE.search(text, max(cs, ts - 40), ts)
                    and any("territory" in o.sub_event_type and cs <= os_ < ts for os_, _, o in triggers)):
                continue  # evd: "retook Kupiansk in a lightning counteroffensive": how the town was taken, one event
            if (trig.event_type == "Battles" and (ctx := _CONTEXT_BEFORE.search(text, max(sent.start, ts - 50), ts))
                    and (ctx.group(1).lower().startswith("amid") or _CONTEXT_VERB_AFTER.match(text, te, sent.end))
                    and any(o.event_type in VIOLENT_TYPES and sent.start <= os_ < ctx.start() for os_, _, o in triggers)):
                continue  # evd: "A drone strike killed five in Bahir Dar, as fighting between the army and Fano
                # intensified in Amhara", "amid clashes": the war around the event told, no clash of its own
            if (trig.event_type == "Battles" and _ONGOING_BEFORE.search(text, max(cs, ts - 30), ts)
                    and (_ONGOING_FOR.search(text, te, ce) or _RELATIVE_BEFORE.search(text, max(sent.start, ts - 40), ts))):
                continue  # "The Jalisco cartel has been fighting the Carteles Unidos for years": no one event
            if trig.id == "kill":
                victims = self._victims(text, ts, te, cs, ce)
                own_day = _own_day(dates, cs, ce) if victims is None else None
                if victims is None and (_ALONE_PASSIVE_KILLING_F.match(ft, ts)
                                        or _plain_killing_placed(text, ts, te, ce, sent.end, places, _told(out, spans))
                                        or (own_day is not None and _KILLED_AT_SITE_F.match(ft, te) is not None
                                            and text[ts:te].lower() == "killed")) \
                        and _PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts) \
                        and not _TALLY_AFTER_F.search(ft, te, ce) \
                        and not any(o is not trig and os_ != ts and o.event_type in VIOLENT_TYPES
                                    and not (os_ > te and _FRAME_OF_KILLING_BEFORE.search(text, max(te, os_ - 40), os_))
                                    for os_, _, o in triggers) \
                        and not any(o.event_type in VIOLENT_TYPES and o.evidence is not None
                                    and 0 <= ts - o.evidence.end <= 400 and not _another_day(o, own_day)
                                    and not _town_within(o, [m for m in places if cs <= m.start < ce])
                                    for o in _told(out, spans)):
                    # audit 11: "Two civilians were shot dead in Bunia on Monday": a killing told alone,
                    # no toll of another event in its sentence or just before it
                    victims = "armed" if self._p["combatants"].search(text, cs, ts) else "other"
                if victims is None:
                    continue
                if _struck_from_afar(text, cs, ts, s_actors):
                    # "US forces struck a port in Hodeidah, killing 38": the strike killed them, whoever they were
                    etype, sub = "Explosions/Remote violence", "Air/drone strike"
                elif victims == "armed":
                    etype, sub = "Battles", "Armed clash"
            if trig.id == "hit-by-fire" and self._p["combatants"].search(text, max(cs, ts - 60), ts):
                # audit 7: "Two soldiers were wounded by Indian sniper fire": a fight with armed men
                etype, sub = "Battles", "Armed clash"
            c_places = [m for m in places if cs <= m.start < ce]
            if trig.id == "under-fire" and (span := _SPAN_UNDER_FIRE_F.search(ft, max(cs, ts - 40), ts)) \
                    and _SPAN_OPENING.fullmatch(text, max(sent.start, dl_end), span.start()):
                # evi: "Two weeks under fire: my diary from Kharkiv", "Life under fire in X": a span lived, as a
                # headline names it, no fight (not "Soldiers spent two days under fire near Bakhmut")
                continue
            if (trig.id == "under-fire" and not any(cs <= d.start < ce for d in dates)
                    and not _ANOTHER.search(text, sent.start, ts)
                    and any(o.event_type in VIOLENT_TYPES and o.evidence is not None and 0 <= ts - o.evidence.end <= 400
                            for o in _told(out, spans))):
                # lead: "... when they were fired upon at dawn", "were travelling to X when they came under fire",
                # after the fight told and with no day of its own: that fight's start (not "Separately, ...")
                continue
            place_after = [m for m in c_places if m.start >= te and m.start - te <= 60]
            it_loc = None
            if trig.needs_place_after and not place_after and "territory" in sub and (it := _IT_AFTER.match(text, te)):
                # "The army retook Bara on Monday, but the RSF recaptured it on Tuesday": the place just taken
                it_loc = next((e.location for e in reversed(out) if "territory" in e.sub_event_type
                               and e.location is not None and not e.planned), None)
                # a retaking ("retook it", "took it back") in a sentence just after ("Rebels overran X on Sunday.
                # Troops retook it on Monday."), of a town (not "stormed it": the base; not a region's)
                back = _RETAKE_VERB.match(text, ts, te) is not None or "back" in it.group(0).lower()
                if it_loc is None and back:
                    it_loc = next((e.location for e in reversed(_told([], spans)) if "territory" in e.sub_event_type
                                   and getattr(e.location, "precision", 3) == 1 and not e.planned
                                   and e.evidence is not None and ts - e.evidence.end <= _IT_REACH), None)
                if it_loc is None and back and spans is not None:
                    # gold 10: "fighters overran a base in the town of Damboa ... held the town for two days before
                    # soldiers retook it": no capture read (a base's fall is a fight), the town named last
                    named = spans["mentions"].starting_in(max(dl_end, ts - _IT_REACH), ts)  # (not the dateline's)
                    it_loc = next((m.location for m in reversed(named) if m.role in ("location", "reference")
                                   and m.location is not None and getattr(m.location, "precision", 3) == 1), None)
            # the place the trigger takes, named but not found ("seized Walikale"): the event stays
            lost_at = (self._unplaced_object(text, te, ce, in_sent, s_actors)
                       if trig.needs_place_after and it_loc is None else None)
            if (trig.needs_place_after and not place_after and it_loc is None and lost_at is None
                    and ("territory" in sub or _VESSEL_ATTACKED.match(text, te) is None)
                    # lead: "a UN helicopter came under attack on Friday": the attacked told before, not after
                    and not ("territory" not in sub and _CAME_UNDER_BEFORE.search(text, max(cs, ts - 30), ts)
                             and not any(o is not trig and o.event_type in VIOLENT_TYPES and cs <= os_ < ce
                                         for os_, _, o in triggers))):
                continue  # (an attack on a ship stays: at sea, no place but the sea may be named)
            if trig.needs_place_after and place_after and "territory" in sub and (
                    _PEOPLE_AFTER.match(text, min(place_after, key=_START).end)
                    or _BUILDING_AFTER.match(text, min(place_after, key=_START).end)):
                continue  # "took Gao residents to hospital", "took London by surprise", "seizes Adigrat office": no
                # territory taken
            if "territory" in sub and _VEHICLE_TAKEN_BEFORE.search(text, max(cs, ts - 50), ts):
                continue  # gold 8: "a train they seized in a remote part of X": a vehicle taken, not X
            # evw: unnamed ground taken by a place ("seized three villages near X", "outposts along the road to X")
            unnamed = (_UNNAMED_GROUND.fullmatch(text, te, min(place_after, key=_START).start)
                       if trig.needs_place_after and place_after and "territory" in sub
                       and _SITE_TAKEN.match(text, ts, te) else None)
            unnamed_settled = unnamed is not None and unnamed.group("settled") is not None
            if (trig.needs_place_after and place_after and "territory" in sub and not unnamed_settled
                    # "stormed the party headquarters in X": a building assaulted, whatever word names it; a town
                    # falls only when it is the object ("stormed the town of X")
                    and ((text.startswith("storm", ts)
                          and _ASSAULTED_SITE.match(text, te, min(place_after, key=_START).start) is not None)
                         or (_TAKE_GAP.match(text, te, min(place_after, key=_START).start) is None
                             and _UNIT_SITE_GAP.fullmatch(text, te, min(place_after, key=_START).start) is None
                             # ("captured Paletwa, a township in ...": unknown)
                             and ((on := _OBJECT_NAME.match(text, te, ce)) is None
                                  # "captured Hamas fighters in a Jabalia raid": people taken, not a place
                                  or _PEOPLE_AFTER.match(text, on.end())
                                  or any(a.start <= on.start("name") < a.end for a in s_actors))))):
                building = None
                # (up to the place's end: "seized a base near Marib", whose mention holds its "near")
                if _SITE_TAKEN.match(text, ts, te) and _MILITARY_SITE_F.search(ft, te, min(place_after, key=_START).end):
                    pass  # gold 4: "captured an army outpost at Momauk, east of Bhamo": a fight for the post, by Bhamo
                elif unnamed is not None:
                    pass  # evw: "seized a hilltop near X", "the highway north of X": a fight there
                elif not _ASSAULT_VERB.match(text, ts, te) and _BUILDING_TAKEN.match(text, te, min(place_after,
                                                                                                   key=_START).start):
                    building = ("Strategic developments", "Other")  # evy: a building of the town taken, not the town
                elif not (_ASSAULT_VERB.match(text, ts, te)
                          and (_ASSAULTED_SITE.match(text, te, min(place_after, key=_START).start)
                               or _ASSAULTED_VILLAGES.fullmatch(text, te, min(place_after, key=_START).start)
                               # gold 6: "stormed a cockfighting pit in X ... and shot dead nine men": whatever
                               # the site, a raid that killed civilians (else its killing, subordinate, was lost too)
                               or raid_on_civilians(text, ts, te, sent.end))):
                    continue  # "took place in Kinshasa", "entered a hotel in Mogadishu": no territory taken
                # "militants stormed a police station in Bannu": an attack on it, no territory taken; a civilian
                # building stormed ("stormed a church in", "storms party headquarters in") is an attack on civilians
                retype = building or (("Violence against civilians", "Attack")
                                      if raid_on_civilians(text, ts, te, sent.end)
                                      or (text.startswith("storm", ts) and _CIVILIAN_SITE.search(
                                          text, te, min(place_after, key=_START).start))
                                      else ("Battles", "Armed clash"))
            else:
                retype = None
            if (retype is None and lost_at is not None and not place_after and "territory" in sub
                    and _MILITARY_SITE_F.search(ft, te, lost_at.start)):
                retype = ("Battles", "Armed clash")  # gold 5: "overran the army garrison in X town" (X not found): a fight
            if retype is None and trig.needs_place_after and place_after and "territory" in sub:
                first = min(place_after, key=_START).start
                if _MILITARY_SITE_F.search(ft, te, first):
                    retype = ("Battles", "Armed clash")  # "overran an army post in Djibo": a fight, not the town
                elif not unnamed_settled and road_to_place(text, first):
                    retype = ("Battles", "Armed clash")  # evw: "captured the road to X": a fight near X, not X
                elif _RAID_VERB.match(text, ts, te) and any(
                        o.id in ("vac-attack", "kill") and cs <= os_ < ce and not ts <= os_ < te
                        and (o.id != "kill" or self._victims(text, os_, oe, cs, ce) == "other")
                        for os_, oe, o in triggers) or raid_on_civilians(text, ts, te, sent.end):
                    # "stormed the village of Kuri, killing 10 people": a raid on civilians, not a conquest
                    retype = ("Violence against civilians", "Attack")
                if retype is None and raid_entry(text, ts, te, sent.start, ce):
                    if _DAWN_ENTRY.search(text, te, ce) is None and _KILLED_WORD.search(text, sent.start, sent.end) is None:
                        # "troops entered Jenin and Tulkarm" in a report of raids: an incursion, no territory (gold 8:
                        # but "12 people were killed when police stormed the X favela": the raid, with its toll)
                        continue
                    retype = ("Battles", "Armed clash")  # audit 7: "stormed Jenin at dawn": the raid, no territory
            if "territory" in trig.sub_event_type and entered_to_fight(text, ts, te, ce):
                continue  # "Rebels entered Goma on Sunday and clashed with the army": the clash tells it
            if "territory" in trig.sub_event_type and unarmed_entry(text, ts, te, sent.start):
                continue  # "thousands of refugees walked into Adre": nobody took it
            # evv: "entered Lere after taking Niono": two captures in one clause, the gerund's read by no control pattern
            # (cap2: or a second act joined to the clause's first capture: "seized Goma in January, and in February
            # took Bukavu", "captured Kidal before taking Tessalit in March")
            second_capture = "territory" in sub and (
                (_gerund_opening(text, ts, te) == "after" and _capture_after_capture(text, (ts, te, trig), triggers))
                or _joined_capture(text, (ts, te, trig), triggers))
            if (etype, sub, ci) in used and it_loc is None and not second_capture and not _own_placed_act(
                    text, ts, te, cs, ce, triggers, at_places):
                continue
            # Actors and sub-type refinements.
            agents = s_actors
            if etype not in ("Protests", "Riots"):
                # "Residents reported shelling": witnesses are not perpetrators.
                if agents_all is None:
                    agents_all = [a for a in s_actors if not self._p["non_agents"].match(a.name)]
                agents = agents_all
            # a capture recalled in a relative clause about its taker: what it takes in ends with that clause
            rc = recalled_clause(text, ts, te, sent.start, sent.end) if "territory" in trig.sub_event_type else None
            a1, a2 = self._actors_for(text, ts, te, cs, ce, agents,
                                      targets=etype in ("Explosions/Remote violence", "Violence against civilians")
                                      or text[ts:te].lower().startswith(("attack", "assault")))
            if not a1 and "territory" in trig.sub_event_type and (taker := _taker_after_opening(
                    text, ts, te, ce, agents)) is not None:
                a1, a2 = taker.name, (a2 if a2 != taker.name else "")
            if second_capture and _gerund_opening(text, ts, te) == "after":
                # "seized Tikrit on Wednesday, a day after overrunning Mosul, police said": who took the first place
                # took the second, not who tells of it after the lag's comma
                os_, oe = next((o[0], o[1]) for o in reversed(triggers)
                               if o[2].id in ("take", "retake") and ts - 120 <= o[1] <= ts)
                fcs, fce = next(((a, b) for a, b in clauses if a <= os_ < b), (cs, ce))
                if first_taker := self._actors_for(text, os_, oe, fcs, fce, agents)[0]:
                    a1, a2 = first_taker, (a2 if a2 != first_taker else "")
            if not a2 and (obj := _object_in_trigger(text, ts, te, s_actors)) is not None and obj.name != a1:
                a2 = obj.name  # evl: "attacked a police patrol", "killed 14 civilians": who it fell on (civilians too)
            if not a2 and "killing" in text[te:sent.end] and (kill := _KILLING_AFTER.search(text, te, rc[1] if rc else sent.end)) \
                    and (obj := next((a for a in s_actors if a.start > kill.end() and _attacked_whom(
                        text, kill.start("verb"), kill.end("verb"), a)), None)) is not None and obj.name != a1 \
                    and not (etype == "Battles" and self._p["non_agents"].match(obj.name)):
                # evl: "attacked a checkpoint, killing seven soldiers": who it killed (civilians caught in a
                # battle are no side of it)
                a2 = obj.name
            if (not a1 or not a2) and etype == "Battles" and _FIGHT_NOUN.match(text, ts, te) \
                    and (dead := _sides_by_their_dead(text, ts, cs, agents, self._p["numbers"])):
                # evi: "31 Houthi fighters and nine soldiers were killed in clashes": the dead's sides fought
                if not a1:
                    a1, a2 = dead[0], (a2 if a2 and a2 != dead[0] else (dead[1] if len(dead) > 1 else ""))
                else:
                    a2 = next((n for n in dead if n != a1), "")
            elif not a2 and etype == "Battles" and _AMBUSH_NOUN.match(text, ts, te) \
                    and (dead := _sides_by_their_dead(text, ts, cs, agents, self._p["numbers"])):
                # evi: "Three soldiers were killed in an ambush (by al-Shabaab)": the ambushed side, its target
                a2 = next((n for n in dead if n != a1), "")
            if a1 and not a2 and text.find(" by ", te, ce) >= 0 and (by := _REPELLED_BY.search(text, te, ce)) is not None:
                # evd: "Russian forces attacked Pokrovsk but were repelled by Ukrainian troops": who repelled them
                a2 = next((a.name for a in s_actors if by.start("who") <= a.start <= by.end() and a.name != a1), "")
            if a1 and a2 and (rep := _repelled_attack(text, ts, te, cs)) is not None \
                    and any(a.name == a2 and rep[0] <= a.start < rep[1] for a in s_actors):
                a1, a2 = a2, a1  # evd: "Ukrainian troops repelled a Russian assault": the attackers' assault, its actor1
            if trig.id == "bodies-found":
                a1 = ""  # "Police found the bodies of three men": who found them did not kill them
            if stopped and a1:
                a1, a2 = "", (a2 if a2 and a2 != a1 else a1)  # (the defender is the side attacked)
            if (trig.id == "shot-down" and a1 and _PASSIVE_BEFORE_F.search(ft, max(cs, ts - 20), ts)
                    and _OWNER_BY.search(text, cs, ts)):
                # lead: "drones launched by Iran were shot down": whose drones they were, not who downed them
                a1, a2 = "", (a2 or a1)
            if a1 and a2 and sub != "Armed clash" and etype != "Strategic developments" and any(
                    a.name == a1 and b.name == a2 and a.end < b.start <= ts and _AND.fullmatch(text, a.end, b.start)
                    for a in s_actors for b in s_actors) and not _RECIPROCAL.search(text, cs, ce):
                # audit 7: "American and British warplanes struck ...": allies striking, not a target (but "the army
                # and the RSF shelled each other's positions": the two sides of one fight)
                a2 = ""
            if trig.id in ("ied", "shelling") and _RECORDED_BEFORE.search(text, max(cs, ts - 100), ts):
                # audit 7: "the mission recorded 975 ceasefire violations, including 860 explosions":
                # fire across the line told by its monitors, who are no side in it
                etype, sub, a1, a2 = "Explosions/Remote violence", "Shelling/artillery/missile attack", "", ""
            if trig.id == "advance" and not a1:
                continue  # "Peace talks advanced in Doha": a front-line gain needs the side that made it
            if trig.id == "deploy" and not a1 and text[ts:ts + 6].lower() == "advanc":
                continue  # "The wildfire advanced towards several villages": a move towards a place needs a side
            if ((trig.id == "offensive" or text[ts:ts + 6].lower() == "battle") and not a1 and not a2
                    and _campaign_told(text, sent.start, sent.end)):
                # "The slate launched its offensive with a rally in Cebu City", "Battle for the Senate: campaign
                # heats up": a campaign's, no fight
                continue
            if text[te - 3:te].lower() == "ing" and (app := _last_appositive(text, max(cs, ts - 120), ts)) is not None \
                    and "," not in text[app.end():ts]:
                continue  # "The AA, one of the armed groups fighting the military, said ...": who they are, no fight
            if trig.id == "offensive" and _CAMPAIGN_JUDGED.search(text, max(cs, ts - 60), ts):
                continue  # "a blow to the government's offensive against al-Shabaab": the campaign judged, no fight told
            if "part" in text[max(cs, ts - 40):ts] and _PART_DENIED_BEFORE.search(text, max(cs, ts - 60), ts):
                continue  # "Armenia had not taken part in the fighting": a side's part in a fight told denied, no fight
            if trig.id == "struck-passive":
                # eve: "Natanz was hit on Friday": a place struck by a side unnamed (not "talks were struck")
                if not _struck_place_subject(text, ts, places, max(cs, dl_end)):
                    continue
                a1, a2 = "", ""
                if "bombed" in text[ts:te].lower():
                    sub = "Air/drone strike"
            if trig.id == "fell-to":
                if _NOUN_FALL.match(text, ts) and (_FEARED_BEFORE.search(text, max(cs, ts - 50), ts)
                                                   or _WOULD_SOON.match(text, te, ce)):
                    continue  # ev21: "feared the fall of Uvira to M23", "the capture of Uvira by M23 would cut ...": none yet
                # "Bara fell to the RSF", "the fall of Bara to the RSF": the side it fell to took it, and names it
                # (else "prices fell to their lowest": no side, nothing taken)
                fell = text[te - 1:te] in "ln" and text[te - 4:te].lower() in ("fell", "llen")
                # eve: "Kupiansk was recaptured on Tuesday, the ministry said": a place taken, told with no side
                agentless = not fell and text[te - 2:te].lower() != "by" and _PASSIVE_TAKING.match(text, ts, te) is not None
                if fell or agentless:
                    # "Ghazni fell on Thursday, ...": a place the clause's subject, its taker told around it
                    fallen = next((m for m in places if m.end <= ts and _FALLEN_SUBJECT_AFTER.fullmatch(text, m.end, ts)
                                   and _FALLEN_SUBJECT_BEFORE.fullmatch(text, max(cs, dl_end), m.start)), None)
                    if fallen is None and fell:
                        continue
                    told_before = _told(out, spans)
                    taker_name = _fallen_taker(doc, ts, te, sent.start, sent.end, s_actors, told_before,
                                               spans["actors"].starting_in if spans is not None else
                                               (lambda lo, hi: [a for a in actors if lo <= a.start < hi]))
                    if (taker_name is None and fell) or any(
                            "territory" in o.sub_event_type and o.actor1 == (taker_name or o.actor1)
                            and o.location is not None and fallen is not None
                            and getattr(o.location, "name", None) == getattr(fallen.location, "name", "")
                            for o in told_before):
                        continue  # (nor "Kandahar fell after troops withdrew" after its capture: the same one told again)
                    a1, a2 = taker_name or "", ""
                    if not a1 and _RETAKE_VERB.search(text, ts, te):
                        sub = trig.government_sub  # (a retaking by no side named: as the retake trigger types it)
                elif text[ts - 3:ts] in ("'s ", "’s ", "s' ", "s’ "):
                    # evf: "the army's capture of Kupiansk", "Hamas's recapture of Rafah", "the rebels' seizure of X":
                    # its owner took it
                    taker = next((a for a in s_actors if ts - 4 <= a.end <= ts and a.start >= cs), None)
                    if taker is None:
                        continue
                    a1, a2 = taker.name, ""
                else:
                    taker = next((a for a in s_actors if te < a.start and _THE_OR_OWNER.fullmatch(text, te, a.start)), None)
                    if taker is None:
                        continue
                    a1, a2 = taker.name, ""
            if a1 and any(a.name == a1 and a.end <= ts and (_CONDEMNS_AFTER_F.match(ft, a.end, ts)
                                                            or _TITLED_CONDEMNER.match(text, a.end, ts))
                          for a in s_actors):
                a1 = ""  # "MSF condemns the attack on the hospital, which killed 67": who condemns it did not do it
            if a1 and _CONCERNED_BY.search(text, max(cs, ts - 90), ts) and any(a.name == a1 and a.end <= ts for a in s_actors):
                # "The UN said it was alarmed by the fighting in Goma": who is alarmed by a fight is no side in it
                a1, a2 = "", (a2 if a2 != a1 else "")
            if a1 and any(a.name == a1 and a.end <= ts and _told_by(text, a.end, ts)
                          and not _TOLL_GAP_F.search(ft, a.end, ts)
                          # act2: "Colombia's defence ministry said the Armed Forces attacked": its own side acts
                          and not any(b.name == a1 and a.end < b.start and b.end <= ts for b in s_actors)
                          for a in s_actors):
                # "Pakistan's military said Indian firing had killed five civilians", "The rebels' health
                # ministry said US air strikes ... had killed 74": who tells it did not do it
                # (in a battle the teller is a side all the same: "The army said militants opened fire on troops")
                a1, a2 = "", (a2 if a2 and a2 != a1 else (a1 if etype == "Battles" else ""))
            if a1 and _NO_SIDE_BODY.search(a1) and any(a.name == a1 and a.end <= ts and _SAYER_HEAD.match(text, a.end, ts)
                                                       for a in s_actors):
                a1 = ""  # "The World Health Organization said 460 people were killed at the hospital": it counts them
            if a1 and any(a.name == a1 and a.end <= ts and _DENIED_BEFORE_F.match(ft, a.end, ts) for a in s_actors):
                # "The Houthis denied carrying out a drone attack ...": who denies it is not who did it
                a1, a2 = (a2, "") if a2 and a2 != a1 else ("", a2)
            if etype == "Battles" and sub == "Armed clash" and (
                    _PROTESTERS_F.search(ft, cs, ce) or (_CROWD_F.search(ft, cs, ce) and _POLICE_F.search(ft, cs, ce))):
                # "Police clash with Khan supporters": a crowd, not an armed group, fights the police
                etype, sub = "Riots", "Violent demonstration"
                crowd = next((a for a in reversed(s_actors) if cs <= a.start and a.end <= ts and _CROWD.fullmatch(a.name)), None)
                if crowd is not None and a1 != crowd.name:
                    # "students protesting against quotas clashed with police": the crowd is the rioters,
                    # the police the other side
                    a1, a2 = crowd.name, (a1 if a1 else a2)
            if etype == "Battles" and sub == "Armed clash" and _PARTISANS_F.search(ft, cs, ce):
                # gold 7: "activists of the two parties fought with sticks and bricks outside a polling centre":
                # rival supporters, not armed groups, fighting (ACLED's mob violence)
                etype, sub = "Riots", "Mob violence"
            if trig.id == "looting" and (_CROWD_F.search(ft, max(cs, ts - 60), ts) or (
                    a1 and a1 == a1.lower() and _CROWD.fullmatch(a1))):
                # "a mob set fire to three houses", "protesters looted shops": what a crowd burns or loots is a
                # riot (ACLED), not an armed group's property destruction (evh: the crowd the clause's subject, told
                # far before: "Protesters blocked roads and attacked vehicles, ..., then set fire to a police station")
                etype, sub = "Riots", ("Violent demonstration" if _PROTESTERS_F.search(ft, max(cs, ts - 60), ts)
                                       or _PROTESTERS.fullmatch(a1) else "Mob violence")
            if (trig.id == "arrest" and a1 and _PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts)
                    and not _BY_AGENT.match(text, te, ce)):
                # "after a preacher was arrested", "Five activists were detained": who was arrested, not who arrested
                a1 = ""
            if trig.id == "handover" and a2 and any(a.name == a2 and a.start >= te and _BASE_OF_BEFORE.search(
                    text, max(te, a.start - 30), a.start) for a in s_actors):
                a2 = ""  # evc: "withdrew from the headquarters of the 6th Infantry Division": whose base was left, no side
            if trig.id == "expel" and not a2:
                a2 = next((a.name for a in s_actors if ts < a.start and a.end <= te and a.name != a1), "")  # driven out
            if trig.id == "clash" and not a2:
                # "raided an al-Shabaab camp", "opened fire on a Wagner convoy": whose camp, whose convoy (a name
                # as written, not "an army position": which army a common noun means is the actor reader's guess)
                a2 = next((a.name for a in s_actors if ts < a.start and a.end <= te and a.name != a1
                           and not a.text.islower()), "")
            if weapon:  # "Israeli air strikes killed ...": the forces the weapon names act
                a1 = own.name
                a2 = a2 if a2 != a1 else ""
            elif own is not None:  # "protesters" is both the trigger and the actor
                others = [a for a in s_actors if a is not own and cs <= a.start < ce]
                a1, a2 = own.name, (others[0].name if others else "")
            if a2 and etype in ("Protests", "Riots") and (named_a2 := [
                    a for a in s_actors if a.name == a2 and cs <= a.start < ce]) and all(
                    _PROTESTED_AGAINST.search(text, max(cs, a.start - 30), a.start) for a in named_a2):
                a2 = ""  # whom the crowd protests against ("marched against the Kenyan government") did not intervene
            if (trig.government_sub or trig.non_state_sub) and a1:
                if state is None:
                    state = self._state_forces(doc, s_actors, spans["mentions"] if spans is not None else None)
                # whose government: the country the place taken lies in (else the article's country)
                where = self._location(doc, ts, te, cs, ce, _outside(text, at_places, rels, ts), spans, etype, dl_end)[0]
                home = (getattr(where, "country", "") or "", doc.focus_country or "")
                if trig.government_sub and self._is_government(a1, state, profile, home):
                    sub = trig.government_sub
                elif trig.non_state_sub and not self._is_government(a1, state, profile, home):
                    sub = trig.non_state_sub
            if retype is not None:
                etype, sub = retype
            if etype == "Violence against civilians" and sub == "Attack" and _MOB_SUBJECT.search(text, max(cs, ts - 50), ts):
                # ev22: "hundreds of angry youths attacked displaced people": a crowd's attack is mob violence
                # (ACLED's riots), not an armed group's attack on civilians
                etype, sub = "Riots", "Mob violence"
            force_at = ts  # where the force's verb starts, when the crowd is the trigger told before it
            if sub == "Peaceful protest":
                # (not what an earlier event told after a lag did: "..., two days after police shot dead a teacher")
                p_end = lag_at if ts < lag_at else sent.end
                p_start = sent.start
                if ";" in text[sent.start:p_end] or _PART_CUT.search(text, sent.start, p_end):
                    p_start, p_end = _own_part(text, sent.start, p_end, ts, te, in_sent)
                p_text = sent_text if (p_start, p_end) == (sent.start, sent.end) else text[p_start:p_end]
                if (killed := _PROTESTERS_KILLED_F.search(ft[p_start:p_end])) or (
                        not search("violent", p_start, p_end, p_text)
                        and self._toll_in(text, p_start, p_end, spans)
                        and not _WAR_TOLL_OPENING.match(text, sent.start)  # (the war's dead, not the protest's)
                        and (search("intervention", p_start, p_end, p_text) or _SHOT_AT.search(p_text))):
                    # "Police shot dead 13 protesters", "fired live rounds at protesters, killing three":
                    # ACLED's excessive force against protesters
                    sub = "Excessive force against protesters"
                    if killed and killed.group("passive"):
                        force_at = p_start + killed.end()  # "Protesters were reportedly shot dead": its hearsay
                elif search("violent", p_start, p_end, p_text):
                    etype, sub = "Riots", "Violent demonstration"
                elif search("intervention", p_start, p_end, p_text):
                    sub = "Protest with intervention"
            # Date.
            own_dates = self._own_dates(text, dates, ts, te, sent.start) if dates else dates
            if len(own_dates) > 1 and (etype in VIOLENT_TYPES or "territory" in sub):
                own_dates = _not_statement_dates(text, own_dates, ts, te, cs, ce, [t[0] for t in triggers])
            dm = self._closest(own_dates, ts, te, cs, ce)
            if "territory" in sub and dates and (fought := _fight_last_day(text, dates, te, ce)) is not None:
                dm = fought  # "said on Friday it had regained X after fighting on Tuesday and Wednesday": Wednesday
            if dm is not None and dm.date.precision in ("week", "month") and dm.date.basis == "relative":
                # audit 11: "Last week in Mozambique, militants attacked a post ... on 9 March": the day
                # the clause names inside the week is the event's
                dm = next((d for d in own_dates if cs <= d.start < ce and d.date is not None
                           and d.date.precision == "day" and dm.date.start <= d.date.start <= dm.date.end), dm)
            date = dm.date if dm else None
            if (dm is not None and dm.end <= ts and date.precision == "day" and "later" in text[te:min(ce, te + 70)]
                    and (shift := _day_shift(text, te, min(ce, te + 70)))):
                # evl: "overran Hazm on 2 March before seizing Marib two weeks later": the day told for the
                # first, moved by the lag told after the second
                day = date.start + dt.timedelta(days=shift)
                date = FactDate(day, day, "day", date.text, "context")
            if ("after " in (opening := text[max(sent.start, dl_end):max(sent.start, dl_end) + 120].lower())
                    or "into " in opening or "day " in opening) \
                    and (anchored := _anchored_date(doc, text, sent, max(sent.start, dl_end), ts, dates,
                                                  self._p["numbers"])) is not None:
                # evh: "Forty-eight hours after the ceasefire took effect on Sunday, ...", "A week into the offensive,
                # ...", "On day 100 of the war, ...": the day counted from the one the story gives its anchor
                date, dm = anchored, None
            lag = _LAG_OPENING.match(text, cs) if ci else None
            if lag is not None and not c_places and it_loc is None:
                # "..., a day after a drone attack": a time told by an event reported before, no place of its own
                # (gold 8: not "withdrew from X, two days after Russia said its forces had captured it": X, taken)
                continue
            if lag is not None and (dm is None or not cs <= dm.start < ce):
                # "Shelling killed two in Kharkiv on Tuesday, a day after a drone attack on Kupiansk":
                # the attack's day is the one told before it, less the lag
                base = date if date is not None else publication_date(doc)
                date = _lagged(base, lag) if base is not None else None
                if date is not None and dm is None and spans is not None:
                    # no day told in the sentence: the lag counts from the event its main clause tells,
                    # whose day may come from the sentences before ("The attack came a day after ...")
                    spans.setdefault("lags", {})[ts] = lag
            if (trig.id == "clash" and not named and _GOES_ON_AFTER.match(text, te)
                    # (a day before it is the statement's: "did not confirm the loss on Wednesday, saying ...")
                    and (dm is None or (dm.end <= ts and _SAYING.search(text, dm.end, ts)))
                    and _FIGHT_TOLD.search(text, 0, sent.start)):
                continue  # audit 10: "The army denies it, saying fighting continues": the fight told before goes on
            if (dm is None and lag is None and search("history", max(cs, ts - 40), ts, before)
                    and not (trig.id == "clash" and _TOLL_OF_THE_FIGHT.match(text, te, sent.end))):
                continue  # "since the overthrow of ..." with no year: a reference, not an event
            if "territory" in sub and recalled_capture(text, ts, te, sent.start, sent.end,
                                                      [d.start for d in own_dates]):
                continue  # "The RSF, which seized Um Ruwaba, did not comment": an earlier capture, day untold
            if dm is None and lag is None and etype == "Battles" and _CONTINUED_BEFORE.search(text, max(cs, ts - 50), ts):
                continue  # "Russian forces continued offensive operations near Pokrovsk": an assessment's topic, no day
            if (dm is None and lag is None and (trig.id == "advance" or "territory" in sub)
                    and _RECENTLY_BEFORE.search(text, max(cs, ts - 12), ts)
                    and _detail_told_later(text, doc.dates, sent.end, te)):
                # isw: "Russian forces recently advanced in the Kherson direction", "Ukrainian forces recently
                # liberated a village in the Siversk direction": the dated detail's summary
                continue
            if (dm is None and lag is None and etype in VIOLENT_TYPES and _takeaway_line(text, sent.start)
                    and _place_told_later(text, doc.dates, sent.end, [m for m in c_places if m.start > ts])):
                continue  # "Key Takeaways: Russian forces struck Odesa." and "... struck Odesa on May 4" below: its summary
            if (etype == "Battles" and not a1 and not a2 and "territory" not in sub
                    and _PERIOD_SAW_BEFORE.search(text, max(cs, ts - 70), ts)):
                continue  # evl: "This week saw continued fighting across the north": an overview's framing line
            if date is None and (ed := elapsed_date(text, ts, sent.start, doc.published)) is not None:
                date = ed  # "A year after Russian forces withdrew from Kherson, the city is ...": a year before
            if date is None:
                if spans is None:
                    date = publication_date(doc)
                else:  # one per article: the same FactDate for each event dated by it
                    if "published" not in spans:
                        spans["published"] = publication_date(doc)
                    date = spans["published"]
            if (running := _running_since(ft, dm, ts, te, ce, doc.published)) is not None:
                date = running
            # History recalled by the article: a year long before publication
            # ("the 1969 coup"), or any date over two years before it.
            background = running is None and bool(
                dm is not None and doc.published is not None
                and (_is_background(dm.date, doc.published, False)
                     # evd: a capture counted back to a whole past year ("recaptured the city last year"): its day
                     # is any of a year's, no start for a zone (a single killing "last year" stays: audit 5)
                     or ("territory" in sub and year_counted_back(dm.date, doc.published))
                     # "Mariupol, which Russia captured in May 2022": a past fact recalled in a
                     # relative clause, with its own date weeks before the article
                     # ("..., which has been closed since the July 2023 coup": the date inside the clause)
                     or (dm.date.end < doc.published - dt.timedelta(days=30)
                         and (rel := _IN_RELATIVE_F.search(ft, max(sent.start, ts - 80), ts)) is not None
                         and (dm.start >= te or dm.start > rel.start()))
                     # "... its biggest gain since it captured Bakhmut in May last year": recalled
                     or (dm.date.end < doc.published - dt.timedelta(days=30)
                         and (_SINCE_BEFORE_F.search(ft, max(cs, ts - 24), ts) is not None
                              or _gerund_opening(text, ts, te) == "since"))
                     # audit 10: "... since the fall of Assad in July 2025, when hundreds were killed": the
                     # time a past date names
                     or (dm.date.end < doc.published - dt.timedelta(days=30) and dm.end <= ts
                         and _WHEN_AFTER_DATE.fullmatch(text, dm.end, ts) is not None)
                     # audit 10: "have been fighting for the Catatumbo since January 2025": a state since then
                     or (dm.date.end < doc.published - dt.timedelta(days=30) and dm.start >= te
                         and _SINCE_DATE.search(text, max(te, dm.start - 7), dm.start + 6) is not None
                         and _BEEN_BEFORE.search(text, max(cs, ts - 12), ts) is not None))
            )
            if a1 and _SINCE_PRONOUN_F.search(ft, max(cs, ts - 16), ts):
                a1 = ""  # "... since it captured Bakhmut": "it" is not the clause's actor (left unnamed)
                if "territory" in sub:
                    sub = trig.sub_event_type
            planned = self._is_planned(doc, text, ts, te, cs, ce, dm, search)
            if not planned and trig.id == "meeting" and " to " in text[max(cs, ts - 60):ts] \
                    and _TALKS_AIMED_BEFORE.search(text, max(cs, ts - 60), ts):
                planned = True  # evh: "arrived on Monday to mediate the peace talks": talks aimed at, not held yet
            # Fatalities.
            fat = None
            if etype in VIOLENT_TYPES or sub == "Excessive force against protesters":
                # "struck targets in Pakistan in retaliation for the killing of 26 tourists": that toll is
                # the avenged event's
                rv = _AVENGED_F.search(ft, te, sent.end)
                if rv is None:
                    # audit 9: "clashes broke out ..., hours after a militia commander was killed": that killing's toll
                    rv = _CAUSE_AFTER_F.search(ft, te, sent.end)
                own_lo, own_hi = _own_coordinate(text, ts, te, cs, min(ce, rv.start()) if rv else ce, triggers)
                if rc is not None:  # "The RSF, which seized Bara in May, shelled X, killing eight": not the capture's
                    fat = self._toll_in(text, rc[0], rc[1], spans)
                else:
                    fat = self._toll_in(text, own_lo, own_hi, spans)
                if fat is None and lag is None and rc is None and own_hi == (min(ce, rv.start()) if rv else ce):
                    # (not the toll of an earlier event told after a lag: "..., a day after an attack killed three")
                    t_end = lag_at if ts < lag_at else sent.end
                    t_start = sent.start
                    if added_cut is not None:  # (not across ", adding that": the toll told apart is another event's)
                        t_start, t_end = (added_cut[1], t_end) if ts >= added_cut[1] else (t_start, min(t_end, added_cut[0]))
                    fat = self._toll_in(text, *_own_coordinate(text, ts, te, t_start, min(rv.start(), t_end) if rv
                                                               else t_end, triggers), spans)
                if fat and dm is not None and doc.published is not None and dm.text[:5].lower() == "since" \
                        and (doc.published - dm.date.start).days > 31:
                    # "clashes have killed more than 500 people since September": a running total over
                    # months, not the toll of one event (ACLED counts each event's own dead)
                    fat = None
                if fat and (unv := _UNVERIFIED_F.search(ft, te, sent.end)) is not None and (
                        _own_kills_told(text, ts, sent.start)
                        or _fighters_killed(text, sent.start, unv.start(), self._p["combatants"])):
                    fat = None  # "its fighters had killed hundreds of soldiers, a figure that could not be verified"
                if fat:
                    if (ci, fat) in clause_tolls:
                        fat = None  # one toll told once: on the clause's first violent event only
                    else:
                        clause_tolls.add((ci, fat))
            if (fat and dm is not None and dm.date.precision == "year" and not background and etype in VIOLENT_TYPES
                    and (fat >= 100 or _MANY_EVENTS_AFTER.search(text, te, ce))):
                # "Last year, jihadists killed more than 8,000 people in Burkina Faso": a year's tally,
                # recalled, not one event (kept on the background layer); so is "Drug gangs killed 49 people
                # last year in turf wars" (many events told as one)
                background = True
            if (dm is not None and dm.date.precision == "year" and not fat and not background and etype in VIOLENT_TYPES
                    and "territory" not in sub and (_MANY_TRIGGER.fullmatch(text, ts, te)
                                                    or _PERFECT_BEFORE.search(text, max(sent.start, ts - 24), ts))):
                # ev15: "Since fighting began in Amhara last year", "Al-Shabaab has made gains ... this year": a year's
                # course told whole, no one day's fight (kept on the background layer)
                background = True
            if (not background and trig.id == "attack-place" and dm is not None and doc.published is not None
                    and dm.date.end < doc.published - dt.timedelta(days=30)
                    and any(te < m.start <= te + 5 and getattr(m.location, "is_whole_country", False) for m in at_places)):
                # evb: "Russia invaded Ukraine on Feb. 24" in a December report: a whole country invaded or attacked
                # a month or more before, the war's origin recalled (kept on the background layer), no fight of the news
                background = True
            if (not background and ("territory" in trig.sub_event_type or trig.id == "vessel-seized") and dm is not None
                    and (dm.date.end - dm.date.start).days >= 6
                    and (_COUNTED_TAKEN.match(text, te) is not None  # (or inside a trigger naming what it took)
                         or (ts < (sp := text.find(" ", ts, te)) and _COUNTED_TAKEN.match(text, sp) is not None))):
                # evb: "the Houthis have seized 12 ships since November", "rebels have captured more than 40 towns
                # this year": a tally of takings over a period (kept on the background layer), no one capture
                background = True
            if (fat and dm is not None and dm.date.precision == "month" and etype in VIOLENT_TYPES
                    and _MANY_TRIGGER.fullmatch(text, ts, te)
                    and all(getattr(m.location, "is_whole_country", False) for m in at_places if cs <= m.start < ce)):
                # ev21: "The UN said fighting killed 1,200 civilians in Sudan in March": a month's tally over a
                # country (many events counted), not one attack at the country's centre
                continue
            if (dm is None and etype in VIOLENT_TYPES and ("but " in text[max(cs, ts - 8):ts] or "yet " in text[max(cs, ts - 8):ts])
                    and _GONE_ON_CONTRAST.match(text, max(text.rfind("but ", max(cs, ts - 8), ts),
                                                          text.rfind("yet ", max(cs, ts - 8), ts)))):
                continue  # evc: "..., but the violence has continued": the conflict going on, no event of its own
            if (not background and dm is None and lag is None and etype in VIOLENT_TYPES and text[te - 1:te] in "sS"
                    and _HABITUAL_PERFECT_BEFORE.search(text, max(cs, ts - 40), ts)
                    and ((gone := _GONE_ON_CONTRAST.search(text, te, sent.end)) is not None
                         or _history_paragraph(text, sent.start, doc.dates))
                    and not any(cs <= m.start < (gone.start() if gone is not None else ce) for m in at_places)):
                # evc: "The military has carried out air strikes on their hideouts, but the violence has continued":
                # strikes told in the perfect with no day, no place and no count, in a paragraph of history, are a
                # record of the conflict (kept on the background layer), not the news of the day ("Israel has
                # carried out strikes on Beirut's suburbs" names its place, and a lede is the news)
                background = True
            if (dm is None and lag is None and etype in VIOLENT_TYPES and "ha" in text[te:min(ce, te + 70)]
                    and _MANY_TRIGGER.fullmatch(text, ts, te) and (tally := _WAR_TALLY_AFTER.match(text, te, ce))
                    and (tally.group("verb").lower() not in ("killed", "left")
                         or (any(cs <= m.start < ce for m in at_places)
                             and all(getattr(m.location, "is_whole_country", False) for m in at_places
                                     if cs <= m.start < ce)))):
                # evc: "Fighting has displaced more than 3 million people across Myanmar", "clashes have killed
                # thousands in Sudan": a war's running tally, with no day and no town, is no event of the day
                continue
            if (_BREACHES_COUNTED.search(text, sent.start, sent.end)
                    and all(getattr(m.location, "is_whole_country", False) for m in at_places if m.start >= dl_end)):
                continue  # ev13: "the army recorded 183 violations of the ceasefire, including air strikes": a count
            if etype in VIOLENT_TYPES and _ONE_OF_MANY_F.search(ft, cs, ce):
                continue  # audit 8: "The attack was one of more than 20 assaults on police posts": the one told, counted
            if fat and not background and etype in VIOLENT_TYPES and _ACROSS_AREAS_F.search(ft, cs, ce):
                # audit 8: "At least 45 people were killed in attacks across three provinces this week": a
                # tally of many events (kept on the background layer), not one
                background = True
            # Vague mentions ("The clashes are worrying") carry no new fact;
            # a statement, meeting or alert needs someone who makes it.
            if not (a1 or named or dm or fat is not None or _incident_reported_before(text, sent.start)):
                continue
            if (etype == "Strategic developments" and not a1 and not background and not (named and dm)
                    and retype is None):  # (evq: a building of a town taken is an act, whoever took it)
                if trig.id == "agreement":
                    # eve: "Both sides agreed a ceasefire on Tuesday": who agreed is not read, so nothing is
                    # mapped, but the agreement is reported, not silently lost
                    said = " ".join(text[ts:te].split())
                    doc.problems.append(Problem("W413", "event not placed", doc.id, said, Messages.W413.format(text=said),
                                                ts, te))
                continue
            where = _outside(text, at_places, rels, ts)
            if where and etype in VIOLENT_TYPES and _VENUE_WORD.search(text, sent.start, sent.end):
                # ev22: "an offensive launched after peace talks in Tokyo collapsed": where the talks were is not
                # where the fighting is
                where = [m for m in where if not _VENUE_BEFORE.search(text, max(sent.start, m.start - 40), m.start)]
            if ts < lag_at < sent.end and where:
                # lead: "troops exchanged fire along the border overnight, days after air strikes in Kabul": the
                # earlier event told after a lag has its own place, not the one of the event told before it
                where = [m for m in where if m.start < lag_at]
            if where and len(clauses) > 1 and (later := _reported_after(text, clauses, ts)) is not None:
                # evg: "the army said soldiers had neutralised a cell and that the convoy had reached Bamako": a
                # place of another thing reported after it in the same breath is not where this act was
                where = [m for m in where if m.start < later]
            if len(where) > 1 and etype in VIOLENT_TYPES and len(triggers) > 1:
                # "Drones struck Odesa, and shelling killed two people in Kherson": each act of a coordinate pair
                # told with a subject of its own is where its own part says (as its toll is its own part's)
                own_lo, own_hi = _own_coordinate(text, ts, te, cs, ce, triggers)
                if (own_lo, own_hi) != (cs, ce):
                    where = [m for m in where if own_lo <= m.start < own_hi] or where
            if lost_at is not None:
                # Nothing silently lost: the place is unknown, so the event is placed where the clause
                # says it lies (a province or region named), else in the country, else left unlocated
                # ("seized Walikale in North Kivu", "In Amhara, Fano took X"; not "a counterattack from the west")
                where = _enclosing(text, where, cs, ce)
            loc, note = self._location(doc, ts, te, cs, ce, where, spans, etype, dl_end,
                                       sides=tuple(a for a in s_actors if a.name and a.name in (a1, a2)),
                                       said=etype == "Strategic developments" and sub in ("Other", "Agreement"),
                                       air=sub == "Air/drone strike")
            if loc is None:
                # audit 8: "M23 rebels seized Masisi" in an article that names no country: where the group fights
                loc, note = self._group_home(doc, a1, a2, note)
            elif note and etype == "Explosions/Remote violence":
                loc, note = _not_the_attackers_country(doc, loc, note, a1, s_actors, self.country_lookup, text[cs:ce])
            if note and (getattr(loc, "is_whole_country", False) or note.startswith(_NO_PLACE_HEAD)) \
                    and (sea := _at_sea(text, cs, ce)):
                # "U.S. forces shot down drones over the Gulf of Aden", "struck a vessel in the southern
                # Caribbean": at sea, not in a country or area named elsewhere (nor the attacker's, unplaced)
                note = (f"Only a sea is named in the sentence ({sea}); not placed in {getattr(loc, 'name', '')}, "
                        f"which says nothing of where at sea it was." if loc is not None else
                        f"Only a sea is named in the sentence ({sea}); not placed.")
                loc = None
            if dm is None and note and _UNVERIFIED_F.search(ft, te, sent.end):
                # "The militants said they had killed dozens of soldiers, a claim that could not be verified":
                # a side's word on a fight told already, with no place or day of its own
                continue
            lost_more: list = []
            unplaced_here = [m for m in in_sent if m.location is None and m.role == "location" and cs <= m.start < ce]
            more = None
            if lost_at is not None:
                # the object not found opens a list ("seized Walikale, Masisi and Rubaya"): the list's
                # names not found are reported with it (W411)
                more = self._more_objects(text, None, c_places + unplaced_here, te, ce, head=lost_at, lost=lost_more)
                if more:
                    # "captured Zhovtnevoiske, Rodynske and Udachne": the list's first placed town is the
                    # event's place; the name not found is reported, not drawn again where the list lies
                    lost_more.insert(0, lost_at)
                    loc, note, lost_at = more.pop(0).location, "", None
            if it_loc is not None:
                loc, note = it_loc, ""
            elif trig.needs_place_after and etype == "Battles" and "territory" in sub and loc is not None \
                    and not lost_more:  # (a list's name not found is reported with the list, W411)
                lost = self._object_not_found(text, te, ce, loc, c_places)
                if lost:
                    # "retaken Minova, ... in South Kivu": the town taken is unknown, the province only
                    # says where it is; the province did not change hands
                    note = Messages.W409.format(text=lost, place=getattr(loc, "name", ""))
                    doc.problems.append(Problem("W409", "unplaced", doc.id, lost, note, ts, te))
            if ("territory" in sub and loc is not None and area_part(loc) and not note.startswith(_W409_HEAD)
                    and (qm := next((m for m in c_places
                                     if getattr(m.location, "place_id", 0) == loc.place_id
                                     and settlement_in_area(text, m.start, m.end, sent.start)), None)) is not None):
                # gold 9: "retake Cabo Delgado town": a town of the province changed hands, not the province
                said = settlement_phrase(text, qm.start, qm.end, sent.start)
                note = Messages.W409.format(text=" ".join(text[said[0]:said[1]].split()), place=getattr(loc, "name", ""))
                doc.problems.append(Problem("W409", "unplaced", doc.id, text[qm.start:qm.end], note, ts, te))
            if "territory" in sub and loc is not None and not note.startswith(_W409_HEAD) and (
                    unnamed_settled or (unnamed is None and getattr(loc, "relation", "at") != "at" and (unnamed := next(
                        (g for m in c_places if m.location is loc
                         and (g := unnamed_ground_before(text, m.start, cs)) is not None), None)) is not None)):
                # evw: "seized three villages near X", "three villages near X fell to the rebels": they changed
                # hands, X did not (no zone drawn for X)
                note = Messages.W412.format(text=" ".join(unnamed.group("what").split()), place=getattr(loc, "name", ""))
            if lost_at is not None and not note.startswith(_W409_HEAD) and loc is not None and "territory" in sub:
                # "seized Malaya Loknya, north of Sudzha" with the village unknown: the area named beside it
                # only says where it lies and did not change hands (W409: no zone drawn for it)
                lost = text[lost_at.start:lost_at.end]
                note = Messages.W409.format(text=lost, place=getattr(loc, "name", ""))
                doc.problems.append(Problem("W409", "unplaced", doc.id, lost, note, ts, te))
            elif lost_at is not None and not note.startswith(_W409_HEAD):
                lost = text[lost_at.start:lost_at.end]
                note = (f"{_LOST_HEAD}{lost!r}, was not found; placed at {getattr(loc, 'name', '')} only to say "
                        f"where it is (precision {getattr(loc, 'precision', 3)})." if loc is not None else
                        f"{_LOST_HEAD}{lost!r}, was not found and the article's country is unknown; not placed.")
            used.add((etype, sub, ci))
            used.add((trig.event_type, trig.sub_event_type, ci))  # ("protesters ... demonstrators": one protest)
            ev_maker = spans["evidence"] if spans is not None and "evidence" in spans else doc.evidence
            undone = _UNDONE.search(text, te, ce) if sub in ("Non-state actor overtakes territory",
                                                               "Government regains territory") else None
            if "territory" in sub and a1 and self._generic_actor(a1, s_actors):
                # "rebels took Hama" with no group named: who took it is unknown, so no zone can be
                # drawn for it (the zone layer reports a territory event without actor, W554)
                a2 = a2 if a2 != a1 else ""
                a1 = ""
            if undone is None and "territory" in sub and (_LEFT_AFTER_F.search(ft, te, ce)
                                                        or _SHORT_HOLD_F.search(ft, max(cs, ts - 30), min(ce, te + 80))
                                                        or FIGHT_WENT_ON.search(text, te, sent.end)):
                # "overran Jalalaqsi before withdrawing hours later", "briefly took control of Lalibela": no lasting
                # hold; evy: "entered the city, but fighting resumed": not held yet
                sub = "Armed clash"
            if undone is not None:
                # "briefly took Gondar before the army drove them out": a fight for the place, not a
                # lasting change of hands (the retaking below says who holds it after)
                sub = "Armed clash"
            elif "territory" in sub and (disputed(text, ts, te, sent.start, sent.end)
                                         or _denied_before(text, sent.start, place_after or c_places)):
                # "the RSF claimed to have captured X, but the army denied that": fighting for X
                sub = "Armed clash"
                doc.problems.append(Problem("W410", "zone", doc.id, text[ts:te],
                                            Messages.W410.format(text=text[ts:sent.end].strip()), ts, te))
            if more is None:
                # audit 8: "seized Goma, Masisi and Rubaya": the list goes on past the names not found
                # (reported with it, W411)
                more = (self._more_objects(text, loc, c_places + unplaced_here if unplaced_here else c_places,
                                           te, ce, lost=lost_more)
                        # gold 6: "Protests were also held in Mombasa, Kisumu and Nakuru": one per town too
                        if trig.needs_place_after or etype in ("Explosions/Remote violence", "Battles", "Protests", "Riots")
                        or "territory" in sub else
                        # ev23: "killed 12 villagers in Zurmi and another five in Maru": a place told with dead of
                        # its own is an attack of its own
                        [m for m in self._more_objects(text, loc, c_places, te, ce) if _toll_before(text, te, m.start)]
                        if fat is not None and etype == "Violence against civilians" and "and" in text[te:ce] else [])
            if dates and loc is not None:
                # "captured Paletwa in January and Buthidaung in May": the date told right after the place
                own = next((m for m in sorted(c_places, key=_START) if m.start >= te and m.location is loc), None)
                od = _date_after(text, own.end, dates) if own is not None else None
                if od is not None and od is not dm and od.date is not None:
                    date, background = od.date, _is_background(od.date, doc.published, background)
            for k, m in enumerate(more):
                # "took Lalibela and Gondar": an event per place, the toll on the first only
                od = _date_after(text, m.end, dates) if dates else None
                m_date, m_bg = ((od.date, _is_background(od.date, doc.published, background))
                                if od is not None and od.date is not None else (date, background))
                own_toll = _toll_before(text, te, m.start) if fat is not None else None
                if own_toll is not None:  # "killed four in Douma and six in Harasta": Harasta's own dead
                    raw = own_toll.group("n")
                    own_toll = int(raw) if raw.isdigit() else _number_word(self._p["numbers"], raw)
                out.append(Event(id=fact_id(doc.id, "e", ts, f"{sub}|{k + 1}"), doc_id=doc.id, date=m_date,
                                 event_type=etype, sub_event_type=sub, actor1=a1, actor2=a2 if a2 != a1 else "",
                                 fatalities=own_toll, planned=planned, background=m_bg, location=m.location,
                                 location_note="", evidence=ev_maker(ts, te)))
            if lost_more and (trig.needs_place_after or "territory" in sub) \
                    and not _BETWEEN_BEFORE.search(text, max(cs, te - 5), min(lost_more[0].start, ce)):
                # one event per place: a name of the list not found is reported, not drawn again at
                # the area around the list (a duplicate of the list's other markers)
                doc.problems.extend(Problem("W411", "unplaced", doc.id, m.text,
                                            Messages.W411.format(text=m.text, event=text[ts:te],
                                                                 place=getattr(loc, "name", None) or "no place"),
                                            m.start, m.end) for m in lost_more)
            if undone is not None:
                # "... before the army drove them out": the place changed hands back
                who = [a for a in s_actors if undone.start("who") <= a.start < undone.end() and a.name != a1]
                if who:
                    b1 = who[0].name
                    home = (getattr(loc, "country", "") or "", doc.focus_country or "")
                    if state is None:
                        state = self._state_forces(doc, s_actors, spans["mentions"] if spans is not None else None)
                    bsub = ("Government regains territory" if self._is_government(b1, state, profile, home)
                            else "Non-state actor overtakes territory")
                    for k, where in enumerate([loc] + [m.location for m in more]):
                        out.append(Event(id=fact_id(doc.id, "e", undone.start(), f"{bsub}|{k}"), doc_id=doc.id,
                                         date=date, event_type="Battles", sub_event_type=bsub, actor1=b1, actor2=a1,
                                         fatalities=None, planned=planned, background=background, location=where,
                                         location_note="", evidence=ev_maker(undone.start(), undone.end())))
            # (evp: police force against protesters is violence too: "accused police of gunning down three protesters")
            alleged = (_alleged(text, max(ts, force_at), max(sent.start, dl_end), a1, a2, s_actors)
                       if etype in VIOLENT_TYPES or sub == "Excessive force against protesters" else "")
            if (not alleged and etype in VIOLENT_TYPES and ft.find("confirm", te, sent.end) >= 0
                    and _UNCONFIRMED_AFTER.search(text, te, sent.end) and _CLAIMED_F.search(ft, max(sent.start, dl_end), ts)):
                # "Russian milbloggers claimed that Russian forces advanced near Siversk, but ISW has not observed
                # confirmation of this claim": one side's word, shown as such (a capture so told draws no change
                # of hands: ``disputed``)
                alleged = "unconfirmed claim"
            if (second_capture and date is not None and date.precision == "day"
                    and (prev := _PREV_DAY.search(text, te, min(ce, te + 60))) is not None):
                # evv: "entered Lere on Sunday after taking Niono the day before": the day before the clause's
                day = date.start - dt.timedelta(days=1)
                date = FactDate(day, day, "day", prev.group(0), "context")
            if fat and _WAR_TOLL_OPENING.match(text, sent.start):
                fat = None  # lead: "The conflict, which began in 2017 after ..., has killed more than 6,000": the war's
            out.append(
                Event(
                    id=fact_id(doc.id, "e", ts, sub),
                    doc_id=doc.id,
                    date=date,
                    event_type=etype,
                    sub_event_type=sub,
                    actor1=a1,
                    actor2=a2 if a2 != a1 else "",
                    fatalities=fat,
                    planned=planned,
                    background=background,
                    location=loc,
                    location_note=note,
                    evidence=(spans["evidence"] if spans is not None and "evidence" in spans else doc.evidence)(ts, te),
                    alleged=alleged,
                )
            )
            if (dm is not None and date is dm.date and date.precision == "day" and not background
                    and (also := _days_joined(text, dates, dm, cs, ce))):
                # evh: "Previous protests on June 18 and June 25 had also turned deadly": one event a day told (the
                # toll, told once, on the first only)
                first = out[-1]
                for k, od in enumerate(also):
                    out.append(Event(id=fact_id(doc.id, "e", ts, f"{sub}|d{k + 1}"), doc_id=doc.id, date=od.date,
                                     event_type=etype, sub_event_type=sub, actor1=first.actor1, actor2=first.actor2,
                                     fatalities=None, planned=planned, background=background, location=loc,
                                     location_note=note, evidence=first.evidence, alleged=alleged))
            if it_loc is not None or (second_capture and "territory" in out[-1].sub_event_type):
                # "Troops retook it on Monday" (or "... after taking Niono"): no pattern of reading.control reads a
                # pronoun (nor such a gerund); it draws the change of hands from this event
                doc.user_data.setdefault("taken_it", set()).add(out[-1].id)
            if ("r" in sent_cues and spans is not None and etype in VIOLENT_TYPES and "territory" not in sub
                    and "territory" not in trig.sub_event_type  # (audit 8: nor a denied one, now a clash)
                    and _RESPONSIBILITY_BEFORE.search(text, max(cs, ts - 60), ts)
                    and not _claimed_at_new_places(text, ts, te, sent.end, sent.start, places)):
                # "Al-Shabaab claimed responsibility for the blast": who did an attack the article may
                # have told already (the caller then names its actor instead of counting it again);
                # "claimed to have captured X" is a capture of its own (disputed or not), not that
                spans.setdefault("claimed", set()).add(out[-1].id)
        return out

    def _victims(self, text: str, ts: int, te: int, cs: int, ce: int) -> str | None:
        """Whom a bare killing verb names: "armed" ("killed 15 militants", "opened fire on
        soldiers"), "other" ("shot dead a local chief", "killing nine people"), or None when
        it tells no attack of its own: a passive ("were killed": the toll of something told
        elsewhere), a pronoun ("opened fire on them"), a war's tally ("the conflict has killed")."""
        ft = fold(text)  # (the twins: same spans, found faster)
        if (rank := _RANK_APPOSITIVE.search(text, te, ce)) is not None:
            ce = rank.start()  # ev16: "..., the 12th officer killed in the city since September": its rank's tally
        if _PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts) and _BY_SHOOTERS.match(text, te, ce) \
                and not _TALLY_AFTER_F.search(ft, te, ce):
            # audit 8: "Two young men were killed by Israeli gunfire in Tammun": the killing told with its agent
            return "armed" if self._p["combatants"].search(text, cs, ts) else "other"
        if (_PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts) or _TALLY_BEFORE.search(text, max(cs, ts - 60), ts)
                or (_NOMINAL_KILLING_F.search(ft, max(cs, ts - 40), ts) and not _DATE_WORD.search(text, te, ce))
                or _TALLY_AFTER_F.search(ft, te, ce)):
            return None
        if te < ce and text[te] in "\"”’'" and ts > 0 and text[ts - 1] in "\"“‘'":
            te += 1  # 'the army said it had "neutralised" 12 militants': the verb in scare quotes, its object after
        if text[ts:te].lower().split()[1:2] in (["him"], ["her"], ["them"]):
            return "other"  # ev20: "dragged three aid workers from their car and shot them dead": the ones just named
        m = self._p["victims"].match(text, te, ce)
        if m is not None and _QUOTED_FOES.match(text, m.end(), ce):
            return "armed"  # 'security forces killed eight "terrorists"': the state's word for those it fought
        np_ = m.group("np").strip() if m is not None else ""
        if not np_ or _PRONOUN.match(np_) or np_.lower().split()[0] == "time":
            return None  # "opened fire on them"; "rebels kill time in the camps": no one killed
        return "armed" if self._p["combatants"].search(np_) else "other"

    @staticmethod
    def _own_dates(text: str, dates, ts: int, te: int, ss: int):
        """The dates that may be the trigger's: not those told in a relative clause after it
        ("attacked Wad Madani, which it had seized in December": December is the seizure's).
        ``ss`` is the sentence's start: the clause words looked for before a date stay inside
        its sentence (a "which" ending the sentence before is not this one's clause)."""
        out = []
        ft = fold(text)  # (the twins: same spans, found faster)
        for d in dates:
            if (text.startswith(("'s", "’s"), d.end) or d.text.endswith(("'s", "’s"))) and not (
                    d.end <= ts <= d.end + 30 or ts <= d.start <= te) and (
                    _RELATED_BEFORE_F.search(ft, max(0, d.start - 30), d.start)
                    or not _EVENT_NOUN_AFTER_F.match(ft, d.end + (0 if d.text.endswith(("'s", "’s")) else 2))):
                continue  # "marched on the anniversary of last year's protests": that other thing's date
            if not d.end <= ts <= d.end + 30 and _VOTE_NAMED_AFTER.match(text, d.end):
                continue  # "looted shops after the court upheld the result of the October election": the vote's month
            if (d.end <= ts and "," in text[d.end:ts]
                    and _SUBORDINATE_BEFORE_F.search(ft, max(ss, d.start - 80), d.start) is not None):
                continue  # "After the RSF seized Wad Madani in December, the army ...": December is the seizure's
            if (d.end <= ts and "," in text[d.end:ts] and "," not in text[max(ss, d.start - 80):d.start].rpartition(
                    ", ")[2] and _RELATIVE_F.search(ft, max(ss, d.start - 80), d.start) is not None):
                continue  # "The RSF, which has besieged El Fasher since May, shelled ...": May is the siege's
            sup = _superlative_since(ft, max(0, d.start - 60), d.start)
            if sup is not None and (sup.group("since") or d.text[:5].lower() == "since"
                                    # gold 6: "Ecuador's deadliest this year": the year it is compared over
                                    or (d.date is not None and d.date.precision == "year")):
                continue  # "the deadliest since 2022": a comparison, not the event's date
            if d.start > te and dates_a_start_since(text, max(te, d.start - 80), d.start):
                continue  # "retook Sinja, its biggest gain since the war began in April 2023": the war's start
            if d.start >= te and (ft.find("that ", te, d.start) >= 0 or ft.find("which ", te, d.start) >= 0) \
                    and _PLAN_CLAUSE_F.search(ft, te, d.start) is not None:
                continue  # "agreed to a ceasefire that will take effect on 10 June": the plan's date
            if d.future and d.start < ts and _quoted_apart(text, ss, d.start, ts):
                continue  # '"They will attack on Sunday," a commander said, as fighters shelled the city': the quote's plan
            if d.start >= te:
                rel = _RELATIVE_F.search(ft, te, d.start)
                if rel is None and "that " in ft[te:d.start]:
                    # "recaptured several towns that government forces seized last year": a clause of its own
                    # subject about the object, no comma (not "fighting that broke out on Monday")
                    rel = _OBJECT_RELATIVE.search(text, te, d.start)
                if rel is not None and not _TOLL_KILLED_F.search(ft, rel.start(), d.start):
                    continue  # (a clause telling the killing the event's toll counts keeps its date; gold 7: "fire
                    # on protesters in Chankharpul, where six students were shot dead on August 5, 2024")
                if _REPORT_DATE_OPEN.search(text, max(0, d.start - 30), d.start) and _REPORT_DATE_CLOSE.match(text, d.end):
                    continue  # audit 10: "Flash report: gang attacks in Kenscoff (5 June 2026)": the report's day
            out.append(d)
        return out

    @staticmethod
    def _closest(items, ts: int, te: int, cs: int, ce: int):
        if not items:
            return None

        def score(m):
            dist = ts - m.end if m.end <= ts else max(0, m.start - te)
            return (0 if cs <= m.start < ce else 1, dist, m.start)

        return min(items, key=score)

    def _is_planned(self, doc: Document, text: str, ts: int, te: int, cs: int, ce: int, dm, search=None) -> bool:
        if dm is not None:
            if dm.future:
                return True
            if doc.published is not None and dm.date.precision == "day":
                slack = int(doc.published_uncertainty_days or 0)
                if dm.date.start > doc.published + dt.timedelta(days=slack):
                    return True
        window = text[max(cs, ts - 60):ts]
        if (search("planned", max(cs, ts - 60), ts, window) if search is not None
                else self._p["planned"].search(window)):
            return True
        ft = fold(text)  # (_WILL_AFTER reads no context before te: as its match on text[te:ce])
        if _INDEFINITE_BEFORE_F.search(ft, max(cs, ts - 30), ts) and _WOULD_AFTER_F.match(ft, te, ce):
            return True  # audit 11: "An RSF offensive on the city ... would trap a million people": supposed
        return bool(_WILL_AFTER_F.match(ft, te, ce)) or _MAY_BEFORE_F.search(ft, max(cs, ts - 40), ts) is not None

    @staticmethod
    def _actors_for(text: str, ts: int, te: int, cs: int, ce: int, s_actors, targets: bool = False) -> tuple[str, str]:
        """actor1, actor2: "between A and B"; "... by A"; "A <trigger> on/against B"."""
        if (text.find(" as ", te, ce) >= 0 or text.find(" amid", te, ce) >= 0) \
                and (ctx := _CONTEXT_CLAUSE.search(text, te, ce)) is not None:
            ce = ctx.start()  # evd: "A drone strike killed five, as fighting between the army and Fano intensified"
        clause = [a for a in s_actors if cs <= a.start < ce and not (a.start < te and ts < a.end)]
        ft = fold(text)  # (the twins: same spans, found faster)
        before = [a for a in clause if a.end <= ts and ts - a.end <= 120
                  and not _HELPER_BEFORE_F.search(ft, max(cs, a.start - 60), a.start)
                  and not _VICTIM_AFTER_F.match(ft, a.end)  # "Ten soldiers died when ...": victims
                  and not _SIDES_GROUND_AFTER.match(text, a.end)  # lead: "..., a Hezbollah stronghold, and killed"
                  and not (a.end < ts and _OBJECT_BEFORE_F.search(ft, max(cs, a.start - 70), a.start))
                  and not (_TELLS_OF_OTHERS.match(text, a.end, ts)
                           and not _PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts))
                  # gold 8: "in what police described as a paramilitary-style attack": who names it, not who did it
                  and not (text[max(cs, a.start - 5):a.start].lower() == "what " and _DESCRIBED_AS.match(text, a.end))]
        rel = None
        for rel in _RELATIVE_OPEN.finditer(text, max(cs, ts - 200), ts):
            pass
        rel = _last_appositive(text, max(cs, ts - 200) if rel is None else rel.end(), ts) or rel  # (the later opener)
        if rel is not None and (close := text.rfind(",", rel.end(), ts)) > rel.end() \
                and (_VERB_GAP.fullmatch(text, close + 1, ts) or _SAID_IT_GAP.fullmatch(text, close + 1, ts)):
            # gold 3: "The M23, which Congo, the United Nations and Western governments say is backed by Rwanda,
            # took Goma": who speaks in the relative clause is not who acts; nor is whom a description of the
            # subject names ("The TNLA, one of the groups battling the military, said it took Mogok")
            before = [a for a in before if not rel.start() < a.start < close]
        under = [a for a in before if _CAME_UNDER.match(text, a.end, ts)]  # audit 7: "a UN helicopter came under fire"
        if under:
            before = [a for a in before if a not in under]
        if before and "under" in text[max(cs, ts - 40):ts] and (
                um := _UNDER_ATTACK_BEFORE.search(text, max(cs, ts - 40), ts)) is not None:
            # lead: "landed troops under air attack", "withdrew under heavy artillery fire": those under it are its
            # targets (a side named inside, "under Russian drone attack", still made it)
            before = [a for a in before if a.start >= um.start()]
        while len(before) >= 2 and _PREP_BEFORE_F.search(ft, max(cs, before[-1].start - 16), before[-1].start) \
                and not _AND.fullmatch(text[before[-2].end:before[-1].start]):
            before = before[:-1]  # "Petro suspended talks with the ELN and declared ...": Petro declared
        if len(before) >= 2 and before[-2].end < before[-1].start and not text[before[-2].end:before[-1].start].strip() \
                and _is_generic_name(before[-1].name) and not _is_generic_name(before[-2].name):
            before = before[:-1]  # "Army troops", "Wagner mercenaries": the name, not the common noun
        if len(before) >= 2 and _LED_BY_BEFORE.search(text, max(cs, before[-1].start - 40), before[-1].start):
            before = before[:-1]  # lead: "fighters of the Fano militia led by Zemene Kassie attacked": the group acts
        # "Israeli drones struck", "coalition aircraft struck": the actor's head begins the trigger.
        head = [a for a in s_actors if cs <= a.start < ts < a.end <= te]
        if head:
            before = before + head[-1:]
        if " by " in text[ts:te] and (by := _LAUNCHED_BY.search(text, ts, te)) is not None:
            # evm: "drones launched by the RSF struck ...", "by Sudan's paramilitary Rapid Support Forces": the agent
            # the trigger names inside it acts (not the country its name is of; "hit by two Shahed drones": no agent)
            before = before + [a for a in s_actors if by.end() <= a.start and a.end <= te
                               and _AGENT_GAP.fullmatch(text, by.end(), a.start)
                               and text[a.end:a.end + 2] not in ("'s", "’s")][:1]
        after = [a for a in clause if a.start >= te
                 and not (_ATTRIBUTION_BEFORE.search(text, max(0, a.start - 40), a.start)
                          and _ATTRIBUTION_AFTER.match(text, a.end))]  # ", the state police command said": the teller
        tail = text[te:ce]
        names: list[str] = []
        link = _LINK
        if _BETWEEN_F.match(ft, te, ce) and after:  # (as _BETWEEN.match(tail))
            names = list(dict.fromkeys(a.name for a in after[:4]))[:2]  # "between the Sudanese Armed Forces (SAF) and ..."
        elif (not before and len(after) >= 2 and _BETWEEN_BEFORE.search(text, te, after[0].start)
              and _AND.fullmatch(text, after[0].end, after[1].start)):
            names = [after[0].name, after[1].name]  # "clashes erupted in X on Monday between A and B"
        else:
            if _ENDS_BY_F.search(ft[ts:te]):  # the trigger ends in "by"
                by = _THE.match(tail)
                by_end = te + by.end() if by else 0
            else:
                by = _BY_F.match(ft, te, ce)  # (as _BY.match(tail): it cannot match empty)
                by_end = by.end() if by else 0
            agent = [a for a in after if by and 0 <= a.start - by_end <= 12]
            if not agent and not by and after and _PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts) \
                    and (shot := _BY_SHOOTERS.match(text, te, ce)) is not None:
                # audit 8: "were martyred this morning, and others were injured, by occupation forces' gunfire"
                by_end = text.rfind(" by ", te, shot.end()) + 4
                agent = [a for a in after if 0 <= a.start - by_end <= 12]
            if agent:
                names = [agent[0].name] + [a.name for a in reversed(before)]
            elif len(before) >= 2 and _AND.fullmatch(text[before[-1 - (k := _same_named(text, before))].end:
                                                          before[-k].start]):
                names = [before[-1 - k].name, before[-1].name]  # "Russia and Ukraine agreed ..."
            else:
                if before:
                    names.append(before[-1].name)
                elif targets and after and _TARGET_LINK_F.match(ft, te, after[0].start):
                    names.append("")  # "strikes on Houthi military sites": the Houthis are struck, not striking
                elif after and _TARGET_OF_LINK.match(text, te, after[0].start):
                    names.append("")  # audit 7: "a roadside bomb struck the convoy of President X": the target
                elif after and _KILL_WORD_F.match(ft, ts, te) and not _PASSIVE_BEFORE_F.search(ft, max(cs, ts - 40), ts):
                    names.append("")  # "..., killing thousands of civilians and soldiers": the killed, not the killers
                prev = te
                for a in after:
                    whom = prev == te and not link.match(text[prev:a.start]) and _attacked_whom(text, ts, te, a)
                    if a.start - prev > 60 or not (whom or link.match(text[prev:a.start])):
                        break
                    if (whom or (prev == te and "by" in text[prev:a.start] and _HELD_BY.search(text, prev, a.start))) \
                            and not names:
                        # evl: "attacked the FAMa camp" with no attacker named: the object is actor2 (evf: so are
                        # those holding it, "targeted positions held by Saudi troops")
                        names.append("")
                    elif not names and prev == te and _TAKING_VERB.fullmatch(text, ts, te) \
                            and not _BY_IN_GAP.search(text, te, a.start):
                        names.append("")  # "seized the headquarters of the military's command": whose base was taken
                    names.append(a.name)
                    prev = a.end
        if uniq_objects := [a.name for a in clause if a.end <= ts and ts - a.end <= 120
                            and _OPPONENT_BEFORE_F.search(ft, max(cs, a.start - 40), a.start)]:
            if names and names[0] == uniq_objects[-1]:
                # audit 9: "Troops fought bandits near Safana, and an air strike later hit their hideout": the
                # side fought is not who strikes next; "Indian soldiers repulsed a Pakistani attack": who repelled
                # the attack is the other side
                names = [_repeller(text, ft, cs, ts, clause, uniq_objects[-1])] + names[1:]
            names = names + uniq_objects[-1:] if names else [""] + uniq_objects[-1:]  # the one acted on
        if under:
            names = (names or [""]) + [under[-1].name]  # audit 7: who came under fire is the target
        for a in s_actors:
            if a.start >= te and (bl := _BLAMED_ON.search(text, max(0, a.start - 200), a.start)) is not None:
                # the accusers (before an active "blamed") drop out; the accused acts
                accusers = {b.name for b in s_actors if b.end <= bl.start() < ts}
                names = [a.name] + [n for n in names if n and n != a.name and n not in accusers]
                break
        uniq: list[str] = []
        for n in names:
            if n not in uniq and (n or not uniq):
                uniq.append(n)
        return (uniq[0] if uniq else "", uniq[1] if len(uniq) > 1 else "")

    @staticmethod
    def _state_forces(doc: Document, s_actors, mentions: SpanIndex | None = None) -> dict[str, str]:
        """Actors that are a country's forces ("Russian troops", "Chadian army"), name -> the
        country's ISO2 ("" when unknown); well-known armed groups map to None (never a state).

        mentions: a SpanIndex of ``doc.mentions`` (only those starting in the actor are read).
        """
        out: dict[str, str | None] = {}
        for a in s_actors:
            kind = getattr(a, "kind", "generic")
            if kind == "group" and a.faction is None:
                out[a.name] = None
                continue
            if kind == "state" or (kind == "country" and getattr(a, "country", "")):
                out[a.name] = getattr(a, "country", "") or ""  # ("Russia recaptured Olgovka": in Russia, its government)
                continue
            if a.faction is not None or not _STATE_TAIL.search(a.text):
                continue
            inside = doc.mentions if mentions is None else mentions.starting_in(a.start, a.end, inclusive=True)
            dem = [m for m in inside if m.role in ("demonym", "actor") and a.start <= m.start and m.end <= a.end]
            if dem and dem[0].start == a.start and not INSURGENT_WORD.search(a.text):
                # "Chadian army", not "Myanmar National Democratic Alliance Army" nor "Sudan Liberation Army"
                out[a.name] = getattr(dem[0].location, "country", "") or ""
        return out

    def _passive_takings(self, text: str, triggers: list, clauses, places: list, dl_end: int) -> list:
        """evl: the passive takings of a sentence read by their subject: a place captured ("Goma was captured
        by M23") is taken, as when it fell to that side; people captured ("two soldiers were captured by the
        rebels") are arrested, and people seized or taken are no territory."""
        out = []
        for vs, ve, verb in triggers:
            if verb.id in ("arrest", "fell-to") and _PASSIVE_TAKING.match(text, vs, ve):
                cs = next((s for s, e in clauses if s <= vs < e), vs)
                if _place_subject(text, vs, places, max(cs, dl_end)):
                    verb = next(t for t in self._p["triggers"] if t.id == "fell-to")
                elif verb.id == "fell-to" and " captured by" in text[vs:ve].lower():
                    verb = next(t for t in self._p["triggers"] if t.id == "arrest")  # ("had been captured by")
                elif verb.id == "fell-to":
                    continue
            out.append((vs, ve, verb))
        return out

    def _place_strike_sub(self, text: str, ts: int, te: int, s1: int, clauses, triggers, s_actors, places,
                          state: dict, profile, spans: dict | None) -> str | None:
        """stv: the sub-type of the bare strike verb at ``ts:te`` in a sentence ending at ``s1`` ("Russia
        struck Kharkiv"), or None when it tells no strike: no place as what it struck ("struck Ukrainian
        energy infrastructure": a demonym), no striking side as its subject ("Tragedy struck Gaza"), no arms
        ("hit China with tariffs", "hit Italy's exports"), another strike told in its clause, which it
        retells ("struck Odesa with missiles", "a drone strike attributed to the RSF hit X": typed by that
        one), or a side in a match report."""
        cs, ce = next(((s, e) for s, e in clauses if s <= ts < e), (ts, s1))
        at = min((m for m in places if te < m.start < min(ce, te + 60)), key=_START, default=None)
        if at is None or not _STRUCK_PLACE_GAP.fullmatch(text, te, at.start):
            return None
        sub = self._striker_sub(text, ts, s_actors, state, profile)
        if sub is None or _unarmed_strike(text, te, at.end, ce) or any(
                o.event_type == "Explosions/Remote violence" and o.id != "strike-place" and cs <= os_ < ce
                for os_, _, o in triggers):
            return None
        return None if _sports_article(text, spans) else sub

    def _striker_sub(self, text: str, ts: int, s_actors, state: dict, profile) -> str | None:
        """stv: the sub-type of a bare strike verb ("struck", "hit") by the side named right before it: an air
        strike for a state or its forces ("Russia struck Kharkiv", "Kyiv hit a depot in Belgorod"), shelling
        for an armed group ("the Houthis struck Eilat"), an armed clash for its men, who attack on the ground
        ("Al-Shabaab fighters struck a base", evl); None for anyone else (a leader, a crowd: a storm, a
        disease or a player is no actor at all)."""
        a = max((a for a in s_actors if a.end <= ts), key=attrgetter("end"), default=None)
        if a is None or a.kind in ("leader", "pronoun") or not (
                _STRIKER_GAP.fullmatch(text, a.end, ts)
                or (text.startswith(("bombing", "pounding"), ts) and _STRIKER_GERUND_GAP.fullmatch(text, a.end, ts))):
            return None
        if self._is_government(a.name, state, profile):
            return "Air/drone strike"
        faction = profile.faction(a.faction) if profile is not None and a.faction else None
        if state.get(a.name, "") is None or (faction is not None
                                             and faction.kind not in ("government", "international")):
            # evl: an armed group told by its men ("Al-Shabaab fighters struck a base") struck on the ground
            return "Armed clash" if _GROUND_ATTACKERS.search(a.text) else "Shelling/artillery/missile attack"
        return None

    @staticmethod
    def _is_government(name: str, state: dict, profile, focus: Any = None) -> bool:
        """Whether ``name`` acts for the government of the country where it acts. ``focus``:
        that country's ISO2, or several candidates (the place's country, the article's): a
        country's forces abroad ("Rwandan troops" taking a town in Congo) are a foreign state
        actor, which ACLED's territory sub-types count with the non-state ones."""
        if not name:
            return False
        if name in state:
            iso = state[name]
            if iso is None:
                return False
            homes = [h.upper() for h in ((focus,) if isinstance(focus, str) else (focus or ())) if h]
            if iso and not isinstance(focus, str) and focus and focus[0]:
                homes = homes[:1]  # the place's own country decides ("Russian forces captured Selydove": Ukraine's)
            if iso and homes and iso.upper() not in homes:
                return profile is not None and iso.upper() in getattr(profile, "countries", ())
            return True
        if profile is not None:
            f = profile.faction(name)
            if f is not None:
                return f.kind == "government"
        if _BARE_TROOPS.match(name):
            return True  # "Troops recaptured Bunia": unnamed troops are the state's
        return bool(_GOVERNMENT.search(name)) and not _PROPER.search(name)

    @staticmethod
    def _generic_actor(name: str, s_actors) -> bool:
        """Whether the actor ``name`` is only a common noun ("rebels", "militiamen"), not a
        profile faction nor a country's forces."""
        from reading.control import is_generic_actor

        if not is_generic_actor(name):
            return False
        return not any(a.name == name and (a.faction or getattr(a, "kind", "") in ("state", "group", "country"))
                       for a in s_actors)

    def _group_home(self, doc: Document, a1: str, a2: str, note: str) -> tuple[Any, str]:
        """audit 8: an event no place of its article locates, whose side is an armed group that
        fights in one country only (``group_countries`` in places.json: "M23 rebels seized Masisi"
        in an article naming no country): that country (precision 3), else (None, ``note``)."""
        iso = group_home(a1, a2)
        loc = country_location(doc, iso, lookup=self.country_lookup) if iso else None
        if loc is None:
            return None, note
        who = a1 if group_home(a1) == iso else a2
        return loc, (f"No place named in the sentence and the article's country is unknown; placed in "
                     f"{getattr(loc, 'name', iso)}, where {who} fights (precision 3).")

    @staticmethod
    def _object_not_found(text: str, te: int, ce: int, loc: Any, c_places) -> str:
        """The name a territory trigger takes ("retaken Minova") when no place mention holds it
        and the event's place is a province or region, else ""."""
        if getattr(loc, "precision", 1) < 3 and not getattr(loc, "is_area", False):
            return ""
        m = _OBJECT_NAME.match(text, te, ce)
        if m is None:
            return ""
        s, e = m.start("name"), m.end("name")
        if any(p.start < e and s < p.end for p in c_places):
            return ""
        return m.group("name")

    @staticmethod
    def _unplaced_object(text: str, te: int, ce: int, in_sent, s_actors) -> Any:
        """The place mention a trigger takes right after it ("seized Walikale", "took the town of X")
        when it was read as a place but not found (no location), else None."""
        on = _OBJECT_NAME.match(text, te, ce)
        if on is None or _PEOPLE_AFTER.match(text, on.end()):
            # audit 10: "attacked a passenger bus on the N-40 highway in Noshki district": the name after the
            # thing attacked
            return next((m for m in in_sent if m.location is None and m.role == "location" and te < m.start <= te + 90
                         and m.text[:1].isupper() and (_SITE_THEN_PLACE.fullmatch(text, te, m.start)
                                                       or (_THE.fullmatch(text, te, m.start)
                                                           and _PART_NAMED_AFTER.match(text, m.end)))), None)
        s, e = on.start("name"), on.end("name")
        if any(a.start < e and s < a.end for a in s_actors):
            return None  # "captured Hamas fighters": an actor
        return next((m for m in in_sent if m.location is None and m.role == "location" and m.start < e and s < m.end
                     and m.start >= s), None)

    @staticmethod
    def _more_objects(text: str, loc: Any, c_places, te: int, ce: int, head: Any = None, lost: list | None = None) -> list:
        """The places joined to the event's place when it is the object after the trigger
        ("took Lalibela and Gondar", "struck Sanaa and Hodeidah"), in text order. ``head``: the
        object when it is a place not found ("seized Walikale and Masisi": Masisi); ``c_places``
        may then hold other names not found, which go to ``lost`` instead."""
        after = sorted((m for m in c_places if m.start >= te), key=_START)
        first = next((i for i, m in enumerate(after) if (m is head if head is not None else m.location is loc)), None)
        if first is None or (after[first].start - te > 40 and not _INCLUDING_GAP.match(text, te, after[first].start)):
            return []
        out, prev, anded, qualifier = [], after[first], False, False
        rest = after[first + 1:]
        units_after = None  # the plural unit word closing the list, once read
        for k, m in enumerate(rest):
            if not qualifier:
                told = _IN_DATE.match(text, prev.end, m.start)  # "Kyauktaw in February and Buthidaung in May"
                # "captured Chinshwehaw, a key border trading hub, and the towns of Hsenwi, ...": past the apposition
                told = told or _APPOSITION_AND.match(text, prev.end, m.start)
                sep = _AND_PLACE.fullmatch(text, told.end() if told else prev.end, m.start)
                if sep is None and not told and "and" in text[prev.end:m.start]:
                    sep = _AND_TOLL_IN.fullmatch(text, prev.end, m.start)  # "three in Ariha and two in Saraqib"
                if told and sep is not None and "and" not in sep.group(0) and "then" not in sep.group(0):
                    sep = None  # "in Khan Younis and Rafah on Tuesday, Gaza health officials said": no list
                if sep is None:
                    break
                anded = anded or "," not in sep.group(0) or any(w in sep.group(0) for w in ("and", "well", "then"))
            nxt = rest[k + 1] if k + 1 < len(rest) else None
            qualifier = nxt is not None and _OF_PLACE.fullmatch(text, m.end, nxt.start) is not None
            if qualifier:
                prev = m
                continue  # "Sanaa and the Red Sea port of Hodeidah": the port is the object
            if m.location is None and lost is not None and m.text[:1].isupper():
                if not _CLAUSE_SUBJECT_AFTER.match(text, m.end, ce):
                    lost.append(m)  # "seized Walikale, Rubaya and Masisi": Rubaya not found either
                prev = m
                continue
            if getattr(m.location, "precision", 3) > 2 and units_after is None:
                units_after = _UNITS_AFTER.match(text, m.end, ce) is not None
            if not _NAME_OPENING.match(m.text) or (getattr(m.location, "precision", 3) > 2 and not units_after):
                # "about 350 km north of the capital", "the Artibonite valley": not a second town (but a list under a
                # plural unit word, "in Idlib and Hama provinces", "Marib and al-Bayda governorates", is a list)
                break
            if _CLAUSE_SUBJECT_AFTER.match(text, m.end, ce):
                break  # "captured Kurakhove and Pokrovsk remains under threat": a new clause's subject
            if m.location is not None and getattr(m.location, "name", None) != getattr(loc, "name", None):
                out.append(m)
            prev = m
        if not anded and out and _AND_NAME_AFTER.match(text, prev.end, ce):
            anded = True  # audit 7: "captured Paletwa, Kyauktaw and Minbya": a list ending in a name not found
        # "Merowe, Kassala" with no "and": an apposition, not a list
        if lost is not None and not anded:
            lost.clear()
        return out if anded else []

    @staticmethod
    def _head_places(text: str, places) -> list:
        """Places that say where, without those that only qualify another: "the Red Sea port of
        Hodeidah" is Hodeidah, "Tripoli, in northern Lebanon" and "Kindu, the capital of Maniema
        province" are the town, "in support of Gaza" is no place of the event."""
        if len(places) < 1:
            return places
        ordered = sorted(places, key=_START)
        drop = set()
        for a, b in zip(ordered, ordered[1:]):
            if a.end > b.start:
                continue
            restated = _RESTATED.fullmatch(text, a.end, b.start)
            qualified = restated or _OF_PLACE.fullmatch(text, a.end, b.start) or _POSSESSIVE_PLACE.fullmatch(text, a.end, b.start)
            apposed = restated or _APPOSITION.fullmatch(text, a.end, b.start)
            if not (qualified or apposed):
                continue  # (most pairs: no precision read, which draws a shape not drawn yet)
            pa, pb = getattr(a.location, "precision", 3), getattr(b.location, "precision", 3)
            if qualified and pb <= pa:
                drop.add(id(a))  # "the Red Sea port of Hodeidah", "Russia's Ryazan region", "Darfur, the city of El Fasher"
            elif apposed and pb > pa:
                drop.add(id(b))  # "Tripoli, in northern Lebanon", "Debre Markos, the capital of East Gojjam zone"
        for m in ordered:
            if _topic_before(text, max(0, m.start - 50), m.start):
                drop.add(id(m))
        kept = [m for m in places if id(m) not in drop]
        return kept or places

    @staticmethod
    def _paragraph_country(doc: Document, ts: int, spans: dict | None, cs: int = -1) -> Any:
        """The country last named before ``ts`` in its paragraph when it is not the article's
        ("Mali: Army and Wagner forces conducted drone strikes on Tinzaouaten" in a Sahel round-up
        about Burkina Faso), else None (also in the first paragraph: the article's country). A country
        that only names an actor ("U.S. warplanes struck ...", "the U.S. Central Command said") or the
        neighbour across a border ("near the border with Mali") is not where the paragraph is; nor is the
        country acting in the event's own clause from ``cs`` ("Israel killed its chief in a strike on X")."""
        text = doc.text
        p0 = _last_blank_line(text, ts)
        if p0 < 0:
            return None
        p0 += 2
        placed = spans.get("placed_mentions") if spans is not None else None
        if placed is None:  # once per article: the places named
            placed = [m for m in doc.mentions if m.role == "location" and m.location is not None]
            if spans is not None:
                spans["placed_mentions"] = placed
        # the countries named before ts in its paragraph (asked of those only: asking a part of a country,
        # "eastern Mali", whether it is the whole draws it)
        named = [m for m in placed if p0 <= m.start < ts and _country_anchored(m.location)
                 and getattr(m.location, "is_whole_country", False)]
        # (gold 5: nor the neighbour across a border: "in the area of X, near the border with Burkina Faso")
        named = [m for m in named if not _names_an_actor(doc, m) and not _BORDER_WITH.search(text, max(0, m.start - 40), m.start)]
        if not named:
            return None
        loc = named[-1].location
        if (getattr(loc, "country", "") or "").upper() == (doc.focus_country or "").upper():
            return None
        if cs >= 0 and any(m.role == "actor" and cs <= m.start < ts and getattr(m.location, "country", None) == loc.country
                           for m in doc.mentions):
            return None
        return dataclasses.replace(loc, precision=3) if getattr(loc, "precision", 3) != 3 else loc

    def _country(self, doc: Document, spans: dict | None) -> Any:
        """The article's country as a location (None when unknown); looked up once per article."""
        if spans is None:
            return country_location(doc, lookup=self.country_lookup)
        if "country" not in spans:
            spans["country"] = country_location(doc, lookup=self.country_lookup)
        return spans["country"]

    def _story_abroad(self, doc: Document, filed: Any, sides, etype: str, clause: str = "") -> tuple[Any, str]:
        """Where an event that only the dateline's country ``filed`` places was, when the article names
        that country only in its datelines (the report was filed there): the one country of the armed
        group among its ``sides`` (or named in its ``clause``), else that of the state forces among them
        (not for a strike, often across a border: audit 9), else the one other country whose places the
        article names; (None, "") when none is known. Returns (country location, why)."""
        here = (getattr(filed, "country", "") or "").upper()
        if not sides or not _filed_abroad(doc, here):
            return None, ""
        home, why = group_home(clause, *(a.name for a in sides)), "the country where the group it names fights"
        if not home and etype != "Explosions/Remote violence":
            homes = {(a.country or "").upper() for a in sides if a.kind in ("state", "country") and a.country}
            home, why = (homes.pop() if len(homes) == 1 else None), "the country whose forces act"
        if not home:
            named = {(getattr(m.location, "country", "") or "").upper() for m in doc.mentions
                     if m.role == "location" and m.location is not None and not _in_dateline(doc.text, m)
                     and not _FLAGGED_AFTER.match(doc.text, m.end)} - {"", here}  # (a ship's flag: no place)
            home, why = (named.pop() if len(named) == 1 else None), "the one other country whose places the article names"
        if not home or home == here:
            return None, ""
        story = country_location(doc, home, lookup=self.country_lookup)
        return (story, why) if story is not None else (None, "")

    def _struck_from_abroad(self, doc: Document, filed: Any, sides, cs: int, ce: int) -> tuple[Any, str] | None:
        """Where a strike that only its dateline's town ``filed`` places was, when every side that acts is a
        state's forces of another country and the clause says where they struck: on those forces' own rebels
        ("ISTANBUL (Reuters) - Syrian warplanes bombed rebel-held towns") in their country; at the one other
        country the clause names ("DUBAI - Russia fired missiles at Ukrainian power plants") there (precision
        3): not at the town it was reported from. None with no such clue ("GAZA - Israeli strikes killed 20":
        a foreign state strikes across a border, often at the dateline's own town), or when a side is of the
        dateline's country or of no known country."""
        here = (getattr(filed, "country", "") or "").upper()
        homes = {(a.country or "").upper() for a in sides}
        if not here or not sides or any(a.kind not in ("state", "country") for a in sides) or "" in homes \
                or here in homes:
            return None
        if len(homes) == 1 and _DOMESTIC_FOES.search(doc.text, cs, ce):
            home, why = next(iter(homes)), "the country whose forces strike their own rebels"
        else:
            named = {(getattr(m.location, "country", "") or "").upper() for m in doc.mentions
                     if cs <= m.start < ce and m.location is not None and not _in_dateline(doc.text, m)} - homes - {"", here}
            if len(named) != 1:
                return None
            home, why = named.pop(), "the one other country its clause names"
        story = country_location(doc, home, lookup=self.country_lookup)
        if story is None:
            return None
        return story, (f"{_NO_PLACE_HEAD} but its dateline, {getattr(filed, 'name', '')}, where a strike by another "
                       f"country's forces was reported from; placed in {story.name}, {why} (precision 3).")

    def _struck_from_home(self, doc: Document, filed: Any, sides, clause: str) -> tuple[Any, str] | None:
        """ev21: where an air or drone strike that only its dateline's town ``filed`` places was, when every
        side that acts is the forces of the dateline's own country ("JERUSALEM - Israeli jets hit fishing boats
        off the coast", "KYIV - Ukrainian drones struck an oil depot"): the town the report was filed from, at
        home, says nothing of where they struck from afar (shelling may well be at it: "MOGADISHU - Somali
        forces shelled a market"). Their whole country with a note, which the caller reads as the attacker's
        (:func:`_not_the_attackers_country`: the other country the article names, else unplaced); None when a
        side is of another or no country, or the ``clause`` names a group that fights there, rebels or
        militants (a state striking at home: "MAIDUGURI - Nigerian jets bombed Boko Haram camps", the
        dateline near it, as before)."""
        here = (getattr(filed, "country", "") or "").upper()
        if not here or not sides or any(a.kind not in ("state", "country") or (a.country or "").upper() != here
                                        for a in sides):
            return None
        if _DOMESTIC_FOES.search(clause) or _ARMED_FOES.search(clause):
            return None
        from reading.toponyms import group_country_regex  # (the table group_home reads)

        rx, iso_of = group_country_regex()
        if rx is not None and any(here in iso_of[m.group()] for m in rx.finditer(clause)):
            return None
        whole = country_location(doc, here, lookup=self.country_lookup)
        if whole is None:
            return None
        return whole, (f"{_NO_PLACE_HEAD} but its dateline, {getattr(filed, 'name', '')}, in the country whose "
                       f"forces struck; placed in {whole.name} (precision 3).")

    def _location(self, doc: Document, ts: int, te: int, cs: int, ce: int, places,
                  spans: dict | None = None, etype: str = "", dateline: int = 0,
                  sides: tuple = (), said: bool = False, air: bool = False) -> tuple[Any, str]:
        """Where the event at ``ts:te`` was: the closest place of its clause, a place of the
        sentence before one of the dateline (which ends at ``dateline``), else the country.
        ``sides``: the actor mentions of the event's actor1/actor2 (the statement's subject too:
        "DOHA - The Taliban said their fighters ..."), read when only a dateline abroad places it.
        ``said``: a statement, call or agreement ("The United Nations called for restraint"), which the
        town of the sentence before does not place: it was said somewhere else, or nowhere in particular.
        ``air``: an air or drone strike, which a dateline at the attacker's home does not place (ev21)."""
        if places:
            # gold 5: "an air strike hit fleeing fighters in the area of X, near the border with Burkina Faso": the
            # neighbour says where the border runs, not the country it happened in (X not found: placed as if unnamed)
            # (the words first: asking a part of a country, "eastern Mali", whether it is the whole draws it)
            places = [m for m in places if not (_country_anchored(m.location)
                                                and _BORDER_WITH.search(doc.text, max(0, m.start - 40), m.start)
                                                and getattr(m.location, "is_whole_country", False))]
            # gold 11: "bombed a market in Kyaukphyu township, where China is building a port": a country opening a
            # relative clause after the event is what the clause tells of, not where it struck (the town unknown:
            # placed as if unnamed, in the sentence before or the article's country)
            places = [m for m in places if not (m.start >= te and _RELATIVE_SUBJECT_BEFORE.search(
                doc.text, max(te, m.start - 12), m.start) and getattr(m.location, "is_whole_country", False))]
            # ev18: "in Nigeria's northeastern state of Borno", "in Russia's southern region of Dagestan": the
            # country (or its part) owns the unit named after it, which is where
            if len(places) > 1 and "of" in doc.text[cs:ce]:
                places = [m for m in places if not (_country_anchored(m.location) and _unit_of_it_after(doc.text, m)
                                                    and any(o.start > m.end for o in places))] or places
        if len(places) > 1 and etype in ("Protests", "Riots") and _PART_CUT.search(doc.text, cs, ce):
            # evh: "Protests took place in A, B and C on Tuesday, and in D protesters set fire to ...": the crowd of
            # D's part is at D (a part naming no place of its own keeps the sentence's)
            lo, hi = _own_part(doc.text, cs, ce, ts, te, places)
            places = [m for m in places if lo <= m.start < hi] or places
        if len(places) > 1 or (places and etype in ("Protests", "Riots")):
            places = self._head_places(doc.text, places)
        if len(places) > 1:
            # audit 11: "a drone strike by Sudan's paramilitary RSF hit a market in Kosti", "U.S. Central Command
            # forces struck sites near Hodeidah": the country names the actor, the other place the event's
            places = [m for m in places if not _names_an_actor(doc, m)] or places
            # gold 7: "Pakistan carried out air strikes on hideouts inside Iran's Sistan-Baluchestan province": a
            # country that does the striking, as the trigger's subject, is the attacker, not where it struck
            places = [m for m in places if not (m.end <= ts and _STATE_DOES.match(doc.text, m.end)
                                                and getattr(m.location, "is_whole_country", False)
                                                and any(o.start >= te for o in places))] or places
            # "..., the Saudi and U.S. mediators said": a place in the teller's words after the event is
            # whose they are, not where it was
            places = [m for m in places if not (m.start >= te and _ATTRIBUTION_BEFORE.search(doc.text, max(te, m.start - 40), m.start)
                                                and _ATTRIBUTION_AFTER.match(doc.text, m.end))] or places
            if "mbass" in doc.text[cs:ce]:
                # gold 5: "protesters attacked the embassies of Rwanda, France and Belgium" (in Kinshasa): whose
                # embassies, not where they are
                places = [m for m in places if not (getattr(m.location, "is_whole_country", False) and (
                    _EMBASSY_OF.search(doc.text, max(0, m.start - 60), m.start)
                    or _EMBASSY_AFTER.match(doc.text, m.end)))] or places
            # ev20: "an Iraqi Scud struck a United States barracks at Dhahran in Saudi Arabia": whose barracks, base or
            # warship, not where it was, when the clause names another place
            places = [m for m in places if not (_FACILITY_OF_AFTER.match(doc.text, m.end)
                                                and getattr(m.location, "is_whole_country", False))] or places
            if "-" in doc.text[cs:ce] or "–" in doc.text[cs:ce]:
                # gold 5: "on the side of the Culiacán-Eldorado highway, near the town of Eldorado", "on the
                # Baidoa-Mogadishu road, 12 km south-east of Wanlaweyn": a road's ends say where it runs; another
                # place of the clause says where on it
                places = [m for m in places if not _road_end(doc.text, m.start, m.end)] or places
        if places and all(m.start >= te and _ATTRIBUTION_BEFORE.search(doc.text, max(te, m.start - 40), m.start)
                          and _ATTRIBUTION_AFTER.match(doc.text, m.end) for m in places) \
                and (sea := _at_sea(doc.text, cs, ce)):
            # "US forces sank a boat in the Caribbean Sea, officials in Miami said": the only place is the
            # tellers', after the event; the clause puts the event at sea
            return None, (f"Only a sea is named in the sentence ({sea}); not placed in "
                          f"{getattr(places[0].location, 'name', '')}, which is where it was told from.")
        if places:
            def score(m):
                if m.end <= ts:
                    dist = ts - m.end + 15
                else:
                    dist = max(0, m.start - te)
                prec = getattr(m.location, "precision", 3)
                return (m.start < dateline, 0 if cs <= m.start < ce else 1, dist + 5 * (prec - 1), m.start)

            def lies(m):  # (score's first two keys, read without the place's shape)
                return m.start < dateline, 0 if cs <= m.start < ce else 1

            # the best is among the places that lie best; their precisions (which may draw a shape) only
            top = min(map(lies, places))
            lie_best = [m for m in places if lies(m) == top]
            best = lie_best[0] if len(lie_best) == 1 else min(lie_best, key=score)
            if len(lie_best) > 1 and (getattr(best.location, "precision", 3) == 3
                                      # "In the southern Kherson region, shelling killed a man in the village
                                      # of X": a part of a province is an area too, the village in it the place
                                      or getattr(best.location, "relation", "") == "part") and (inner := [
                    m for m in lie_best if m is not best and getattr(m.location, "precision", 3) <= 2
                    and _lies_within(m.location, best.location)]):
                # golds 1, 3, 6: "In Ukraine, a drone hit a building in Kharkiv", "attacked a base in Tibú, in the
                # department of Norte de Santander, with drones": the area only says where the town named with it lies
                best = min(inner, key=score)
            # ev23: "WASHINGTON - US Navy jets struck radar sites near the port city": a "the city" that only
            # the dateline's town can mean is the dateline, read as the town the report was filed from
            filed = best.start < dateline or (best.start >= cs and _the_dateline_by_reference(doc, best))
            area = _area_off_the_capital(doc, ts, best.location) if filed else None
            if area is not None:
                return area, (f"{_NO_PLACE_HEAD} but its dateline, {getattr(best.location, 'name', '')}, the capital "
                              f"it was reported from; placed in {getattr(area, 'name', '')}, the area the article "
                              f"names around it (precision 3).")
            home = group_home(doc.text[cs:ce], *(a.name for a in sides)) if filed else None
            if home and home != getattr(best.location, "country", "") and (
                    story := country_location(doc, home, lookup=self.country_lookup)) is not None:
                # "NAIROBI (Reuters) - Al-Shabaab militants attacked a base ...": a dateline abroad is where the
                # report was filed; the group named fights in one country, where it happened
                return story, (f"{_NO_PLACE_HEAD} but its dateline, {getattr(best.location, 'name', '')}, in another "
                               f"country than the one the group it names fights in; placed in {story.name} "
                               f"(precision 3).")
            story, why = self._story_abroad(doc, best.location, sides, etype) if filed else (None, "")
            if story is not None:
                # "DAKAR, Senegal (AP) - Malian soldiers killed ...": a dateline in a country the story names nowhere
                # else is where the report was filed; the forces' own country (or the one the story names) is the place
                return story, (f"{_NO_PLACE_HEAD} but its dateline, {getattr(best.location, 'name', '')}, in a country "
                               f"{_DATELINE_ABROAD}; placed in {story.name}, {why} (precision 3).")
            if filed and etype == "Explosions/Remote violence" and (
                    far := self._struck_from_abroad(doc, best.location, sides, cs, ce)) is not None:
                return far
            if filed and air and (
                    home := self._struck_from_home(doc, best.location, sides, doc.text[cs:ce])) is not None:
                return home
            if (filed and (feat := _UNFOUND_FEATURE.search(doc.text, cs, ce)) is not None
                    and (area := (country_location(doc, best.location.country, lookup=self.country_lookup)
                                  if _is_capital(best.location) else _province_of(best.location))) is not None):
                # "MAIDUGURI - troops raided a hideout in the Sambisa forest": a feature the gazetteer lacks,
                # not the town the report was filed from (from the capital: anywhere in the country)
                what = "its country" if _is_capital(best.location) else "the province around the dateline"
                return area, (f"{_NO_PLACE_HEAD} but {feat.group('name')!r}, not in the gazetteer, and its dateline, "
                              f"{getattr(best.location, 'name', '')}; placed in {area.name}, {what} (precision 3).")
            if filed and _AT_THE_BORDER.search(doc.text, cs, ce) and _is_capital(best.location):
                # "ADDIS ABABA - ... troops clashed on the border": not the capital it was reported from
                area, what = _border_area(doc, best.location), "the only area of that country the article names"
                if area is None:
                    area = country_location(doc, best.location.country, lookup=self.country_lookup)
                    what = "its country"
                if area is not None:
                    return area, (f"{_NO_PLACE_HEAD} but 'the border' and its dateline, {best.location.name}, the "
                                  f"capital it was reported from; placed in {area.name}, {what} (precision 3).")
            return best.location, ""
        from reading.geoparse import WATER_REASON

        # a sea or river named ("in the Red Sea"): the article's country, not one named in passing nearby
        here = spans.get("here") if spans is not None else None
        # (the clause lies in its sentence: the mentions starting in it are among the sentence's, in order)
        at_sea = any(m.reason == WATER_REASON and cs <= m.start < ce for m in (here[1] if here is not None else doc.mentions))
        para = None if at_sea else self._paragraph_country(doc, ts, spans, cs)
        lost = None if at_sea else next((m for m in (here[1] if here is not None else doc.mentions)
                                         if cs <= m.start < ce and m.location is None and m.role == "location"
                                         and m.reason.startswith(_NOT_FOUND_REASONS)), None)
        if lost is not None:
            # "ADF rebels stepped up attacks in North Kivu. They killed 12 near Eringeti": the village is
            # not found, so the area named around it says where it is better than the country point
            iso = getattr(para if para is not None else self._country(doc, spans), "country", "")
            area = _area_named_before(doc, lost.start, iso)
            if area is not None:
                return area, (f"{_AROUND_HEAD}{lost.text!r}, was not found; placed in {getattr(area, 'name', '')}, "
                              f"the area the article names around it, only to say where it is (precision 3).")
        # a place named but not found, with no area named around it ("- Shelling hit Minbya Township" in a
        # summary's bullet, its region only in the title): still the place the sentence names, reported
        # (and, as one, not merged with another event told without a place)
        head = f"{_AROUND_HEAD}{lost.text!r}, was not found" if lost is not None else _NO_PLACE_HEAD
        heading = None if at_sea or lost is not None else _paragraph_heading(doc, ts)
        before = None if at_sea or said or lost is not None or heading is not None \
            else _town_of_sentence_before(doc, ts)
        if before is not None:
            return before, (f"{head}; placed in {getattr(before, 'name', '')}, the only town the sentence "
                            f"before it names in its paragraph (precision 2).")
        if heading is not None:
            return heading, (f"{head}; placed in {getattr(heading, 'name', '')}, the place that heads its "
                             f"paragraph (precision 3).")
        if para is not None:
            return para, (f"{head}; placed in {getattr(para, 'name', '')}, the country its "
                          f"paragraph is about (precision 3).")
        near = _dateline_only(doc, spans)
        if near is not None and getattr(self._country(doc, spans), "country", "") in ("", near.country):  # (not abroad)
            return near, (f"{head}; placed near {getattr(near, 'name', '')}, the article's "
                          f"dateline, the only place it names (precision 2).")
        town = None if at_sea or lost is not None else _dateline_story_town(doc, spans)
        if town is not None and getattr(self._country(doc, spans), "country", "") in ("", town.country):
            return town, f"{head}; placed near {getattr(town, 'name', '')}, {_DATELINE_STORY} (precision 3)."
        area = None if at_sea else _article_area(doc, spans, getattr(self._country(doc, spans), "country", ""))
        if area is not None:
            return area, (f"{head}; placed in {getattr(area, 'name', '')}, the area that holds "
                          f"every place the article names (precision 3).")
        filed = None if at_sea or lost is not None else _dateline_province(doc, spans)
        if filed is not None and getattr(self._country(doc, spans), "country", "") in ("", filed[0].country):
            return filed[0], (f"{head}; placed in {getattr(filed[0], 'name', '')}, {_DATELINE_PROVINCE}, "
                              f"{filed[1]}, which holds every place the article names (precision 3).")
        loc = self._country(doc, spans)
        story, why = self._story_abroad(doc, loc, sides, etype, doc.text[cs:ce]) if loc is not None else (None, "")
        if story is not None:
            # "NAIROBI, Kenya (AP) - The Ethiopian government launched drone strikes on Fano positions": the
            # article's country by its dateline only
            return story, (f"{head}; placed in {story.name}, {why}, not in {getattr(loc, 'name', '')}, a country "
                           f"{_DATELINE_ABROAD} (precision 3).")
        if loc is not None:
            name = getattr(loc, "name", doc.focus_country)
            return loc, f"{head}; placed in {name}, the country the article is about (precision 3)."
        return None, f"{head} and the article's country is unknown."


_POSSESSIVE = ("'s ", "\u2019s ")
#: gold 3: after a place opening a paragraph, the stop that makes it the paragraph's heading ("Mogadishu. On
#: Monday, mortar shells ...", "Gedo: On Saturday, gunmen ..." in a weekly roundup).
_HEADING_END = re.compile(r"[.:][ \t]+(?=[A-Z])")


def _paragraph_heading(doc: Document, ts: int) -> Any:
    """The place that heads, alone, the paragraph holding ``ts`` ("Mogadishu. On Monday, ..."), else None:
    where a roundup's item happened when its own sentence names no place."""
    text = doc.text
    p0 = text.rfind("\n", 0, ts) + 1
    for m in doc.mentions:
        if (m.start == p0 and m.end < ts and m.location is not None and m.role in ("location", "reference")
                and _HEADING_END.match(text, m.end)):
            return m.location
    return None


#: audit 12: after a country, the name of its forces ("U.S. Central Command (CENTCOM) forces", "U.S. Navy
#: jets", "French Air and Space Force") or of its security services (gold 3): a nationality, whether or not
#: the name is a known actor.
_FORCES_NAME_AFTER = re.compile(r"(?:'s)?\s+(?:(?:[A-Z][\w\-]*|and|of)\s+){0,4}?(?:\([A-Z]{2,}\)\s+)?"
                                r"(?:forces|troops|soldiers|jets|warplanes|aircraft|drones|warships|Command|Navy|Army|"
                                r"Air\s+Force|Force|Forces|Guard|Corps|Marines|"
                                # gold 3: "a patrol of Syria's General Security service", "Niger's National Police"
                                r"[Ss]ervice|Security|[Pp]olice|[Gg]endarmerie|[Ii]ntelligence)\b")


def _country_anchored(loc: Any) -> bool:
    """Whether ``loc`` is a country or drawn off one ("eastern Mali"): the half of ``is_whole_country`` read
    from the place id, without drawing a part (its relation, the other half, is known once it is drawn).
    Asked first, it keeps the word tests that follow off every other place."""
    return str(getattr(loc, "place_id", None) or "").startswith("country:")


#: ev18: after a country, the unit of it named next ("Nigeria's northeastern state of Borno", "Pakistan's restive
#: province of Balochistan"; "Russia's southern region| of Dagestan" after a part read as "southern Russia").
_UNIT_OF_IT_AFTER = re.compile(r"(?:['’]s\s+(?:[\w\-]+\s+){0,3}?(?:state|province|region|district|governorate|county|"
                               r"prefecture|department|oblast|republic)\s+)?of\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_UNIT_WORD_END = re.compile(r"\b(?:state|province|region|district|governorate|county|prefecture|department|oblast|"
                            r"republic)$", re.I)


def _unit_of_it_after(text: str, m: Any) -> bool:
    """Whether the country mention ``m`` owns the unit named right after it (:data:`_UNIT_OF_IT_AFTER`)."""
    after = _UNIT_OF_IT_AFTER.match(text, m.end + 1 if text[m.end:m.end + 1] == " " else m.end)
    if after is None:
        return False
    # (a bare " of " only after a mention that ends on its unit word: "Russia's southern region of Dagestan")
    return after.group(0)[:1] in "'’" or _UNIT_WORD_END.search(text, m.start, m.end) is not None


#: Right before a country opening a relative clause: ", where China is building a port", ", whose Turkey-backed ...".
_RELATIVE_SUBJECT_BEFORE = re.compile(r",[ \t]*(?:where|whose)[ \t]+(?:the[ \t]+)?$")
#: Right after a country named as a sentence's subject: its own act of war ("Turkey carried out air strikes",
#: "Russia answered with a drone attack", "Israel struck the ports of"), not something done to it ("hit by").
_STATE_DOES = re.compile(r"\s+(?:(?:has|have|had|also|then|later|again|reportedly|allegedly)\s+)*(?:carried\s+out|launched|"
                         r"conducted|staged|answered|retaliated|responded|fired|struck|bombed|shelled|hit|attacked|targeted|"
                         r"pounded)\b(?!\s+by\b)")


def _names_an_actor(doc: Document, m: Any) -> bool:
    """audit 11: whether the place mention ``m`` is part of an actor's name: inside it ("Somalia's army"), or
    right before it as its nationality ("U.S. Central Command forces", "Sudan's paramilitary Rapid Support
    Forces": a possessive and up to two words; audit 12: or a name of its forces, known as an actor or not)."""
    text = doc.text
    if (_country_anchored(m.location) and _FORCES_NAME_AFTER.match(text, m.end)
            and getattr(m.location, "is_whole_country", False)):
        return True  # (the words first: asking a part of a country whether it is the whole draws it)
    after = m.end + 3 if text.startswith(_POSSESSIVE, m.end) else m.end + 1
    for a in doc.user_data.get("actors", ()):
        if a.start > after + 30:
            break
        if a.kind == "country":
            continue
        if a.start <= m.start and m.end <= a.end and a.end - a.start > m.end - m.start:
            return True
        if a.start >= after and (a.start == after or (after > m.end + 1 and len(text[after:a.start].split()) <= 2
                                                       and "," not in text[after:a.start])):
            if a.text.islower() and text[max(0, m.start - 3):m.start].lower() in ("in ", "at "):
                continue  # evh: "while in El Alto demonstrators torched a bus": where the crowd was, not its name
            return True
    return False


def _article_area(doc: Document, spans: dict | None, iso: str) -> Any:
    """The most specific area (a province or region the article names in its country ``iso``, itself: not
    a country nor a part of one, "the north") that holds every
    place the article names ("Rebels kill soldiers in Papua ... The West Papua National Liberation Army
    attacked a military post"): where an event with no place of its own is, better than the country
    point; None when the article names no such area or a place outside it. Names not found are left
    out (small villages, as a rule). Once per article."""
    if spans is not None and "article_area" in spans:
        return spans["article_area"]
    # (not a home district of a casualty list: "Sepoy X (resident of Karak district)" says nothing of the fight)
    named = [m.location for m in doc.mentions if m.role == "location" and m.location is not None
             and not _origin(doc.text, m.start)]
    # A country, or a part of one ("eastern Sudan"), is never that area: told by the place id, known before
    # the part's shape is drawn (asking its relation, whether it is the whole country, draws it); then the
    # precision (known at once for most shapes, unlike their relation), the relation, the shape last (is_area
    # draws it).
    areas = sorted((loc for loc in named if (not iso or loc.country == iso)
                    and not _country_anchored(loc) and getattr(loc, "precision", 1) >= 3
                    and getattr(loc, "relation", "") == "at" and getattr(loc, "is_area", False)),
                   key=lambda loc: loc.geometry.area)
    found = None
    if areas:
        from shapely.geometry import Point

        for a in areas:
            here = Point(a.lon, a.lat)
            if all(loc is a or loc.place_id == a.place_id
                   or (getattr(loc, "is_whole_country", False) and loc.country == a.country)
                   or a.geometry.covers(Point(loc.lon, loc.lat))
                   or (getattr(loc, "is_area", False) and loc.geometry.covers(here)) for loc in named):
                found = a
                break
    if spans is not None:
        spans["article_area"] = found
    return found


#: The nouns by which a sentence names again the attack just told ("the attack", "Sunday's blast").
_TOLD_ATTACK_NOUNS = r"attacks?|blasts?|bombings?|explosions?|assaults?|ambush(?:es)?|strikes?|raids?|killings?"
#: A side claiming the attack just told, by a noun that names no place ("claimed responsibility for the attack").
_CLAIMED_THE_ATTACK = re.compile(r"\bclaim(?:ed|s)\s+responsibility\s+for\s+(?:the|this|that|its|their|"
                                 r"(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?:[\w\-]+\s+){0,2}?"
                                 rf"(?:{_TOLD_ATTACK_NOUNS})\b", re.I)


#: lead: the attack just told, said to be led or carried out by a side ("The attack was led by the Viv Ansanm
#: coalition", "The raid was reportedly carried out by JNIM fighters"): that side is its actor.
_ATTACK_WAS_BY = re.compile(rf"\b(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?:[\w\-]+\s+){{0,2}}?"
                            rf"(?:{_TOLD_ATTACK_NOUNS})\s+(?:was|were|had\s+been)\s+(?P<hedge>(?:reportedly|allegedly|"
                            r"apparently|believed\s+to\s+have\s+been|thought\s+to\s+have\s+been)\s+)?"
                            r"(?:led|carried\s+out|launched|staged|mounted|conducted|perpetrated|claimed|organi[sz]ed)\s+by\s+"
                            r"(?:the\s+|fighters\s+of\s+(?:the\s+)?|members\s+of\s+(?:the\s+)?)?$", re.I)


def _no_side_named(told: Event) -> bool:
    """Whether the event has no side of its own: none, or only ACLED's unidentified armed men ("gunmen")."""
    return not told.actor1 or told.actor1.startswith(UNIDENTIFIED_GROUP)


def _name_the_claimant(text: str, sent: Sentence, told: Event, s_actors) -> None:
    """"The Islamic State group claimed responsibility for the attack" right after a violent event with no side
    named (or only "gunmen"): the side that claims it is its actor, as an analyst codes it (a claim that names a
    place, "claimed the attack on X", is read as an event of its own); so is the side "the attack was led by"."""
    if not _no_side_named(told) or told.planned or told.background:
        return
    m = _CLAIMED_THE_ATTACK.search(text, sent.start, sent.end)
    if m is None:
        for a in s_actors:
            if (sent.start <= a.start < sent.end and a.kind not in ("country", "generic") and a.name
                    and (by := _ATTACK_WAS_BY.search(text, max(sent.start, a.start - 120), a.start)) is not None):
                told.actor1 = a.name
                if by.group("hedge"):
                    told.alleged = told.alleged or f"'{by.group('hedge').strip()}'"
                return
        return
    side = next((a for a in reversed(s_actors) if a.end <= m.start() and a.kind not in ("country", "generic")
                 and _CLAIMANT_GAP.fullmatch(text, a.end, m.start())), None)
    if side is not None:
        told.actor1 = side.name


#: evi: after an attack told by its noun, in its own sentence: the side it was carried out or claimed by.
_CARRIED_OUT_BY = re.compile(r"\s(?:was|were|had\s+been|has\s+been)\s+(?P<hedge>(?:reportedly|allegedly|apparently|"
                      r"believed\s+to\s+have\s+been|thought\s+to\s+have\s+been)\s+)?"
                      r"(?:led|carried\s+out|launched|staged|mounted|conducted|perpetrated|claimed|organi[sz]ed)\s+by\s+"
                      r"(?:the\s+|fighters\s+of\s+(?:the\s+)?|members\s+of\s+(?:the\s+)?)?", re.I)
#: Between the attack's noun and its passive verb: what it was ("of the market", "in Kunduz") and clauses set off by
#: commas (", which killed 12 people,"), nothing told with a verb of its own.
_DONE_BY_PHRASE = r"(?:the\s+|an?\s+)?(?:[\w\-'’]+\s+){0,3}?[\w\-'’]+"
_DONE_BY_GAP = re.compile(r"(?:\s+" + _DONE_BY_PHRASE + r")?(?:\s+(?:of|on|in|at|near|against|targeting|outside|inside)\s+"
                          + _DONE_BY_PHRASE + r")*(?:\s*,[^,;:!?]{1,100},)?\s*", re.I)


def _agent_in_sentence(text: str, sent: Sentence, ev: Event, s_actors) -> None:
    """evi: "The bombing of the market in Kunduz, which killed 12 people, was carried out by Islamic State", "The
    attack, which killed nine on Monday, was claimed by al-Shabaab": a violent event with no side named, told by a
    noun that is the subject of a passive whose agent is a side: that side is its actor (hedged as told)."""
    if ev.event_type not in VIOLENT_TYPES or not _no_side_named(ev) or ev.planned or ev.background \
            or ev.evidence is None or not sent.start <= ev.evidence.start < sent.end:
        return
    m = _CARRIED_OUT_BY.search(text, ev.evidence.end, sent.end)
    if m is None or not _DONE_BY_GAP.fullmatch(text, ev.evidence.end, m.start()):
        return
    side = next((a for a in s_actors if m.end() - 4 <= a.start <= m.end() and a.kind not in ("country", "generic") and a.name), None)
    if side is not None:
        ev.actor1 = side.name
        if m.group("hedge"):
            ev.alleged = ev.alleged or f"'{m.group('hedge').strip()}'"


#: lead: the attack told just before, named again as what someone is blamed for ("The Sudan Doctors Network blamed the
#: RSF for the attack", "Kyiv accused Moscow of carrying out the strike", "blamed the bombing on al-Shabaab").
_ATTACK_NAMED_AGAIN = (r"(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?:[\w\-]+\s+){0,2}?"
                       rf"(?:{_TOLD_ATTACK_NOUNS}|massacre|shelling)\b")
_BLAMED_FOR_IT = re.compile(r"\s+(?:for|of\s+(?:carrying\s+out|launching|staging|conducting)|of)\s+" + _ATTACK_NAMED_AGAIN,
                            re.I)
_IT_BLAMED_ON = re.compile(r"\bblam(?:ed|es)\s+" + _ATTACK_NAMED_AGAIN + r"\s+on\s+(?:the\s+)?$", re.I)
_BLAME_VERB = re.compile(r"\b(?:blam(?:ed|es)|accus(?:ed|es))\s+(?:the\s+)?$", re.I)


def _name_the_accused(text: str, sent: Sentence, told: Event, s_actors) -> None:
    """lead: "The Sudan Doctors Network blamed the RSF for the attack" right after a violent event with no side
    named: the side blamed is its actor, as an analyst codes the alleged perpetrator; the event is then one side's
    accusation (``alleged``), the blamer no side in it."""
    if not _no_side_named(told) or told.planned or told.background:
        return
    for i, a in enumerate(s_actors):
        if a.kind == "generic" or not a.name:
            continue
        verb = _BLAME_VERB.search(text, max(sent.start, a.start - 30), a.start)
        if verb is not None and _BLAMED_FOR_IT.match(text, a.end):
            pass
        elif (verb := _IT_BLAMED_ON.search(text, max(sent.start, a.start - 90), a.start)) is None:
            continue
        accuser = next((b for b in reversed(s_actors[:i]) if b.end <= verb.start()), None)
        told.actor1 = a.name
        told.alleged = told.alleged or (f"accusation by {accuser.name}" if accuser is not None else "an accusation")
        return


#: Between the claimant and its claim: its description at most ("Islamic State, which ..., has", "group").
_CLAIMANT_GAP = re.compile(r"\s*(?:group|militants?|movement|insurgents?|fighters?)?\s*(?:,[^,;.]{1,60},)?\s*(?:has|have|had|quickly|later|also|swiftly)?\s*")


def _told(out: list, spans: dict | None) -> list:
    """The events told so far: this sentence's (``out``) and the text's before it (``spans["events"]``)."""
    return [*out, *(spans.get("events", ()) if spans is not None else ())]


def _violence_told(out: list, spans: dict | None) -> bool:
    """Whether a violent event is told so far (what an arrest, a toll or a lesson drawn may belong to)."""
    return any(o.event_type in VIOLENT_TYPES for o in _told(out, spans))


#: A cut between the parts of a sentence that may tell protests of their own: a semicolon, or a comma before a
#: coordinated clause opening on its place (evh: "Protests took place in A, B and C on Tuesday, and in D protesters
#: set fire to ...", "..., while in E demonstrators torched a bus"; not a verb of the same crowd: "marched through X,
#: and later torched the town hall").
_PART_CUT = re.compile(r";|,(?=\s+(?:and|but|while|whereas)\s+(?:elsewhere\s+)?(?:in|at)\s)")


#: evh: a sentence opening on the time since an event it names ("Forty-eight hours after the ceasefire took effect,",
#: "Two days after the truce collapsed on Tuesday,", "A week into the offensive,", "On day 100 of the war,").
_ANCHOR_OPENING = re.compile(
    r"\s*(?:(?:just|only|some|about|nearly|almost|barely|more\s+than)\s+)?(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|\d{1,3})\s+(?P<unit>hour|day|week|month)s?\s+(?:after|into)\s+(?P<what>[^,;:.!?]{3,90}?)\s*,\s*"
    r"|(?:on\s+)?day\s+(?P<day>\d{1,4})\s+of\s+(?P<what2>[^,;:.!?]{3,60}?)\s*,\s*", re.I)
#: The anchor an opening names ("the ceasefire", "the Russian invasion", "the war") and the words a sentence telling
#: its start holds.
_ANCHOR_NOUN = re.compile(r"\b(?P<noun>war|invasion|offensive|assault|ceasefire|cease-fire|truce|siege|operation|"
                          r"campaign|uprising|coup|blockade|incursion|protests|fighting)\b", re.I)
_ANCHOR_WORDS = {"war": r"\b(?:war|invasion|invaded|invade)\b", "invasion": r"\b(?:invasion|invaded)\b",
                 "offensive": r"\b(?:offensive|assault)\b", "assault": r"\b(?:offensive|assault)\b",
                 "ceasefire": r"\b(?:cease-?fire|truce)\b", "cease-fire": r"\b(?:cease-?fire|truce)\b",
                 "truce": r"\b(?:cease-?fire|truce)\b"}
_ANCHOR_RX: dict[str, re.Pattern] = {}


def _past(day: dt.date, doc: Document) -> bool:
    """Whether ``day`` falls after the publication day of ``doc`` (a count read wrong: no such day told)."""
    return doc.published is not None and day > doc.published


def _anchored_date(doc: Document, text: str, sent: Any, start: int, ts: int, dates: list,
                   numbers: dict) -> FactDate | None:
    """evh: the day of an event at ``ts`` whose sentence (from ``start``, past its dateline) opens on the time since
    an event it names ("Forty-eight hours after the ceasefire took effect on Sunday, Russian forces shelled
    Kherson", "A week into the offensive that began on 3 May, ...", "On day 100 of the war, ..."): that event's day
    (told in the opening, else in the last sentence before naming it with a day: "Russia invaded Ukraine on
    February 24") moved by the time told, at the precision of the time told (a week into: that week). None when
    the opening is not such a time, the main clause tells a day of its own, or no day of the anchor is told."""
    m = _ANCHOR_OPENING.match(text, start)
    if m is None or m.end() > ts or any(m.end() <= d.start < sent.end for d in dates):
        return None
    what = m.group("what") or m.group("what2")
    lo, hi = m.span("what") if m.group("what") else m.span("what2")
    base = next((d.date for d in dates if lo <= d.start < hi and d.date is not None and d.date.precision == "day"), None)
    if base is None:
        noun = _ANCHOR_NOUN.search(what)
        if noun is None:
            return None
        key = noun.group("noun").lower()
        rx = _ANCHOR_RX.get(key)
        if rx is None:
            rx = _ANCHOR_RX[key] = re.compile(_ANCHOR_WORDS.get(key, r"\b" + re.escape(key) + r"\b"), re.I)
        for s in reversed([s for s in (doc.sentences or ()) if s.end <= sent.start]):
            if (w := rx.search(text, s.start, s.end)) is None:
                continue
            told = [d for d in doc.dates if s.start <= d.start < s.end and d.date is not None
                    and d.date.precision == "day"]
            if told:
                # (the day told after the anchor's word, "The ceasefire took effect on Sunday", not a dateline's)
                base = next((d for d in told if d.start > w.start()), told[-1]).date
                break
    if base is None or (doc.published is not None and base.start >= doc.published):
        return None  # (no anchor day; or one of the publication day, which nothing told after can follow)
    if m.group("day"):
        day = base.start + dt.timedelta(days=int(m.group("day")) - 1)  # (day 1 is the first day)
        return None if _past(day, doc) else FactDate(day, day, "day", m.group(0).strip(" ,"), "context")
    raw = m.group("n").lower()  # (every count the opening admits is in the patterns' table of numbers)
    n, unit = int(raw) if raw.isdigit() else _number_word(numbers, raw), m.group("unit").lower()
    if unit == "hour":
        if n < 24:
            return None  # ("hours after": the same day or the next, not told)
        day = base.start + dt.timedelta(days=n // 24)
        return None if _past(day, doc) else FactDate(day, day, "day", m.group(0).strip(" ,"), "context")
    if unit == "day":
        day = base.start + dt.timedelta(days=n)
        return None if _past(day, doc) else FactDate(day, day, "day", m.group(0).strip(" ,"), "context")
    if unit == "week":
        day = base.start + dt.timedelta(days=7 * n)
        return None if _past(day, doc) else FactDate(day, day + dt.timedelta(days=6), "week", m.group(0).strip(" ,"), "context")
    y, mo = divmod(base.start.year * 12 + base.start.month - 1 + n, 12)
    if doc.published is not None and (y, mo + 1) > (doc.published.year, doc.published.month):
        return None
    first = dt.date(y, mo + 1, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return FactDate(first, last, "month", m.group(0).strip(" ,"), "context")


#: evh: between two days told of one kind of event ("on June 18 and June 25", "on 3 May, and on 9 May").
_AND_DAY_GAP = re.compile(r"\s*,?\s*(?:and|&)\s+(?:(?:again|also)\s+)?(?:on\s+)?")


def _days_joined(text: str, dates: list, dm: Any, cs: int, ce: int) -> list:
    """evh: the other days told with the day ``dm`` of an event, joined to it by "and" in its clause
    (``cs``-``ce``): "Previous protests on June 18 and June 25 ..." tells two protests, not one. Only days
    (not a week or a month), each another than ``dm``'s and than those before; days in a row ("fighting on
    Tuesday and Wednesday") are kept too: an event a day, as ACLED counts them."""
    ordered = sorted((d for d in dates if cs <= d.start < ce and d.date is not None), key=_START)
    if dm not in ordered:
        return []
    i = ordered.index(dm)
    lo = i
    while lo > 0 and _AND_DAY_GAP.fullmatch(text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    hi = i
    while hi + 1 < len(ordered) and _AND_DAY_GAP.fullmatch(text, ordered[hi].end, ordered[hi + 1].start):
        hi += 1
    if hi == lo or text[max(cs, ordered[lo].start - 8):ordered[lo].start].lower().rstrip().endswith("between"):
        return []  # (one day; or "between June 18 and June 25": a span)
    seen = {dm.date.start}
    out = []
    for d in ordered[lo:hi + 1]:
        if d is dm or d.date.precision != "day" or d.date.start != d.date.end or d.date.start in seen:
            continue
        seen.add(d.date.start)
        out.append(d)
    return out


def _own_part(text: str, lo: int, hi: int, ts: int, te: int, mentions) -> tuple[int, int]:
    """The part of the sentence ``lo:hi`` that tells the protest at ``ts:te``: without the parts past a semicolon
    (or a comma before a coordinated clause, "..., and in D ...") that name a place of their own (gold 6: "Protests
    were also held in A, B and C; in D, a crowd stormed the governor's office": D's riot, not theirs); a part
    naming none still tells of the same crowd."""
    cuts = [m.start() for m in _PART_CUT.finditer(text, lo, hi)]
    own = lambda a, b: any(a <= m.start < b and m.location is not None and m.role == "location" for m in mentions)
    start, end = lo, hi
    for c in reversed([c for c in cuts if c < ts]):
        prev = max([x for x in cuts if x < c] + [lo])
        if own(prev, c):
            start = c + 1
            break
    for c in [c for c in cuts if c >= te]:
        nxt = min([x for x in cuts if x > c] + [hi])
        if own(c, nxt):
            end = c
            break
    return start, end


def _town_within(told: Any, c_places: list) -> bool:
    """lead: whether a clause names a town inside the area an event told before is placed at ("Israeli forces killed
    three Palestinians during raids in the West Bank. Two men were shot dead in Nur Shams camp near Tulkarm."), or
    another town than the one it is at ("... in Konduga. A third man was killed in Bama."): a detail told where it
    happened, not that event's toll (a summary's sum is left to the summary's fold)."""
    loc = told.location
    if loc is None or not c_places:
        return False
    if loc.precision == 1:
        return any(m.location.precision == 1 and m.location.place_id != loc.place_id for m in c_places)
    return area_part(loc) and any(m.location.precision <= 2 and _lies_within(m.location, loc) for m in c_places)


def _lies_within(loc: Any, area: Any) -> bool:
    """Whether the point place ``loc`` lies in ``area`` (a country or a province, or a compass part of one): its
    country's code first, the area's shape only for a province (asked only when a clause names both)."""
    if not loc.country or loc.country != area.country:
        return False
    if getattr(area, "is_whole_country", False):
        return True
    if getattr(area, "relation", "") == "part":
        # a compass part of a country or province is loose ("the southern Zaporizhzhia region" of the press
        # holds towns in the north of the province): the town lies in it when it lies in the whole
        anchor = str(area.place_id or "")
        if anchor.startswith("country:"):
            return True
        province = _province_of(loc) if anchor.startswith("ne:") else None
        if province is not None:
            return province.place_id == anchor
    from shapely.geometry import Point

    return getattr(area, "is_area", False) and area.geometry.covers(Point(loc.lon, loc.lat))


#: Why a place mention is left unplaced when its name is not in the gazetteer (not a stray or a water body).
_NOT_FOUND_REASONS = ("not in the gazetteer", "no gazetteer record")


def _area_named_before(doc: Document, at: int, iso: str) -> Any:
    """The most specific area (a province, district or territory, not a country) of country ``iso``
    (any, when "") named in the sentence at ``at`` before it or in the two sentences before: where a
    village not found lies ("Violence surged in Beni territory. ADF fighters attacked Mamove"); the
    nearest one, or an area inside it (Beni territory in North Kivu); None when none is named, or when
    a town named there lies outside it ("In Kurram, ... Officials in Peshawar said ...": those sentences
    are about more than that area)."""
    from shapely.geometry import Point

    starts = [s.start for s in doc.sentences]
    i = bisect_right(starts, at) - 1
    lo = doc.sentences[max(0, i - 2)].start if i >= 0 else 0
    near = [m.location for m in doc.mentions if lo <= m.start and m.end <= at and m.role == "location"
            and m.location is not None and not getattr(m.location, "is_whole_country", False)]
    areas = [loc for loc in near if getattr(loc, "precision", 1) >= 3 and getattr(loc, "is_area", False)
             and not str(getattr(loc, "place_id", "") or "country:").startswith("country:")  # (nor "the north")
             and (not iso or getattr(loc, "country", "") == iso)]
    if not areas:
        return None
    best = areas[-1]
    for a in reversed(areas[:-1]):
        if a.geometry.area < best.geometry.area and best.geometry.covers(Point(a.lon, a.lat)):
            best = a  # "in Beni territory, North Kivu": the territory
    if not all(loc in areas or best.geometry.covers(Point(loc.lon, loc.lat)) for loc in near):
        return None
    return best


def _area_off_the_capital(doc: Document, at: int, capital: Any) -> Any:
    """audit 13: where an event whose sentence names no place but its dateline's town was, when that town
    is its country's capital ("BANGKOK - Thai and Cambodian troops clashed near the Ta Muen Thom temple ...
    The temple lies in Surin province"): the area (a province or region of that country, not holding the
    capital) named in that sentence, the two before or the one after, nearest first, when every other place
    named there lies in it; the capital is where the report was filed, not the fighting. None otherwise."""
    from shapely.geometry import Point

    from geo.normalize import name_key
    from reading.toponyms import capital_name

    iso = getattr(capital, "country", "")
    if (not iso or getattr(capital, "precision", 3) != 1 or getattr(capital, "relation", "") != "at"
            or name_key(capital_name(iso)) != name_key(getattr(capital, "name", ""))):
        return None
    starts = [s.start for s in doc.sentences]
    i = bisect_right(starts, at) - 1
    lo = doc.sentences[max(0, i - 2)].start if i >= 0 else 0
    hi = doc.sentences[i + 2].start if 0 <= i and i + 2 < len(doc.sentences) else len(doc.text)
    there = Point(capital.lon, capital.lat)
    near = [m for m in doc.mentions if lo <= m.start and m.end <= hi and m.role == "location" and m.location is not None
            and not getattr(m.location, "is_whole_country", False) and m.location.place_id != capital.place_id]
    areas = [m for m in near if getattr(m.location, "precision", 1) >= 3 and getattr(m.location, "is_area", False)
             and not str(getattr(m.location, "place_id", "") or "country:").startswith("country:")
             and getattr(m.location, "relation", "") == "at" and getattr(m.location, "country", "") == iso
             and not m.location.geometry.covers(there)]
    if not areas:
        return None
    best = min(areas, key=lambda m: (abs(m.start - at), m.start)).location
    if not all(m.location.place_id == best.place_id or best.geometry.covers(Point(m.location.lon, m.location.lat))
               for m in near):
        return None
    return best


#: A border named with no place of its own ("clashed on the border", "near the frontier", "along the disputed
#: boundary"; not "the border with Sudan" nor "the Sudanese border", which name a place of their own).
#: ev15: a state's own armed opponents, struck at home ("rebel-held towns", "opposition positions", "insurgent hideouts").
_DOMESTIC_FOES = re.compile(r"\b(?:rebels?|insurgents?|insurgency|opposition|separatists?|guerrillas?)(?:[\s\-]+held)?\b", re.I)
#: Armed foes named by a common noun, who may well be at home ("Pakistani jets struck militant hideouts").
_ARMED_FOES = re.compile(r"\b(?:militants?|militias?|jihadists?|terrorists?|bandits?|gunmen|gangs?|extremists?)\b", re.I)
_AT_THE_BORDER = re.compile(r"\b(?:on|near|along|across|at|by|close\s+to|over)\s+the\s+(?:(?:common|shared|disputed|"
                            r"porous|northern|southern|eastern|western|volatile|tense)\s+)?(?:border|frontier|boundary)"
                            r"(?:\s+(?:area|region|zone|line))?\b(?!\s+(?:with|of)\b)", re.I)


#: gold 5: before or after a country: whose embassy it is ("the embassies of Rwanda, France and Belgium", "Kenya's embassy").
_EMBASSY_OF = re.compile(r"\bembass(?:y|ies)\s+of\s+(?:the\s+)?(?:[\w\-]+,?\s+(?:and\s+)?){0,4}$", re.I)
_EMBASSY_AFTER = re.compile(r"(?:['’]s)?\s+embass(?:y|ies)\b", re.I)
#: ev20: right after a country, a site or ship of its forces ("a United States barracks", "a Turkish base").
_FACILITY_OF_AFTER = re.compile(r"(?:['’]s)?\s+(?:military\s+|army\s+|air\s+|naval\s+|navy\s+|marine\s+)?"
                                r"(?:barracks|bases?|airbases?|warships?|frigates?|destroyers?|cruisers?|consulates?|"
                                r"outposts?|garrisons?)\b", re.I)
#: gold 5: right before a country: it is the neighbour across a border ("near the border with Mali").
_BORDER_WITH = re.compile(r"\b(?:borders?|frontiers?|boundary|boundaries)\s+with\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’\-]+"
                          r"(?:\s+(?-i:[A-Z])[\w'’\-]+)?\s*(?:,|and|or)\s+)?(?:the\s+)?$", re.I)


def _is_capital(loc: Any) -> bool:
    """Whether ``loc`` is its country's capital as a town (precision 1, at it)."""
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    iso = getattr(loc, "country", "")
    return bool(iso and getattr(loc, "precision", 3) == 1 and getattr(loc, "relation", "") == "at"
                and name_key(capital_name(iso)) == name_key(getattr(loc, "name", "")))


def _border_area(doc: Document, capital: Any) -> Any:
    """The one area (a province or region, not holding the capital) of the capital's country that the
    article names anywhere: where an event told only as "on the border" lies when reported from the
    capital; None when it names none, or several (the border could be any of theirs)."""
    from shapely.geometry import Point

    there = Point(capital.lon, capital.lat)
    areas = {m.location.place_id: m.location for m in doc.mentions
             if m.role == "location" and m.location is not None and getattr(m.location, "is_area", False)
             and getattr(m.location, "precision", 1) >= 3 and not getattr(m.location, "is_whole_country", False)
             and not str(m.location.place_id or "country:").startswith("country:")
             and getattr(m.location, "relation", "") == "at" and m.location.country == capital.country
             and not m.location.geometry.covers(there)}
    return next(iter(areas.values())) if len(areas) == 1 else None


#: How far (km) a place may lie from the dateline's town and still be that town (a district of it).
_DATELINE_TOWN_KM = 30.0


#: A named natural feature the gazetteer does not hold ("in the Sambisa forest", "near the Mandara
#: mountains"): where an event was, though no place of the gazetteer says where.
_UNFOUND_FEATURE = re.compile(r"\b(?:in|near|around|inside|across|on|at|from|into|along)\s+the\s+"
                              r"(?P<name>(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+)?\s+(?:forests?|woods|mountains|"
                              r"hills|swamps?|marshes|islands|valley|desert|(?:game\s+|forest\s+)?reserve|national\s+park|"
                              r"plateau|range))\b", re.I)


def _province_of(town: Any) -> Any:
    """The first-level unit (state, province, region) holding ``town``, as a precision-3 Location; None
    when the boundaries are not at hand or none holds it."""
    try:
        from shapely.geometry import Point

        from geo.boundaries import admin1_frame
        from geo.location import Location
    except Exception:  # the geo data is optional for reading
        return None
    iso = getattr(town, "country", "")
    if not iso:
        return None
    pt = Point(town.lon, town.lat)
    frame = admin1_frame(iso)
    hit = frame[frame.geometry.covers(pt)]
    if not len(hit):
        return None
    row = hit.iloc[0]
    lab = Point(float(row["label_lon"]), float(row["label_lat"]))
    if not row.geometry.contains(lab):
        lab = row.geometry.representative_point()
    return Location(name=str(row["name"]), geometry=row.geometry, lat=lab.y, lon=lab.x, precision=3, relation="at",
                    place_id=str(row["id"]), country=iso)


#: A place named by its kind only ("the city", "near the port city", "the border town").
_TOWN_REFERENCE = re.compile(r"\bthe\s+(?:[\w\-]+\s+)?(?:city|town)$", re.I)


def _the_dateline_by_reference(doc: Document, m: Any) -> bool:
    """ev23: whether the place mention ``m`` is a "the city" (or "the port town") that means the article's
    dateline town only: the town the report was filed from, which the body names nowhere before it ("WASHINGTON
    - US Navy jets struck radar sites near the port city"); not one the body names ("KHARKIV - ... Kharkiv's
    mayor said drones struck the city": the story's town)."""
    if not _TOWN_REFERENCE.search(m.text):
        return False
    text, pid, filed = doc.text, getattr(m.location, "place_id", None), False
    for o in doc.mentions:
        if o.start >= m.start:
            break
        if o.location is None or o.role not in ("location", "actor") or getattr(o.location, "place_id", None) != pid:
            continue
        if o.end > dateline_end(text, text.rfind("\n", 0, o.start) + 1):
            return False  # named in the body: the story's town
        filed = True
    return filed

def _dateline_only(doc: Document, spans: dict | None) -> Any:
    """audit 8: "RIO DE JANEIRO (Reuters) - ... Police raided a favela, killing six": the town of the
    article's dateline (precision 2, near it) when every place the article names is that town, a
    district of it or the country or province around it; else None (a place elsewhere, or a name
    not found, which may lie anywhere). Once per article."""
    if spans is not None and "dateline_only" in spans:
        return spans["dateline_only"]
    text, found = doc.text, None
    named = [m for m in doc.mentions if m.role == "location"]
    for m in named:
        p0 = text.rfind("\n", 0, m.start) + 1
        if m.location is not None and m.end <= dateline_end(text, p0) and getattr(m.location, "precision", 3) == 1:
            found = m
            break
    if found is not None:
        loc = found.location
        for m in named:
            other = m.location
            if m is found or (other is not None and (
                    (getattr(other, "place_id", None) or "?") == getattr(loc, "place_id", None)
                    or getattr(other, "name", None) == getattr(loc, "name", None))):
                continue
            if other is None:
                found = None  # a name not found: it may lie anywhere
                break
            if getattr(other, "precision", 3) >= 3 and getattr(other, "geometry", None) is not None:
                try:
                    from shapely.geometry import Point
                    if other.geometry.covers(Point(loc.lon, loc.lat)):
                        continue  # the country or province around the town
                except Exception:
                    pass
                found = None
                break
            dlat = math.radians(other.lat - loc.lat)
            dlon = math.radians(other.lon - loc.lon) * math.cos(math.radians(loc.lat))
            if 6371.0 * math.hypot(dlat, dlon) > _DATELINE_TOWN_KM:
                found = None
                break
    near = dataclasses.replace(found.location, precision=2) if found is not None else None
    if spans is not None:
        spans["dateline_only"] = near
    return near


#: How the note of an event placed by :func:`_dateline_province` says so (event_merge reads it: still told without a
#: place of its own).
_DATELINE_PROVINCE = "the province of its dateline"


def _dateline_province(doc: Document, spans: dict | None) -> tuple[Any, str] | None:
    """evq: (the first-level unit holding the article's dateline town, the town's name) when every place the
    article names lies in that unit, or is its country ("GOMA, Congo (Reuters) - M23 rebels captured Rutshuru ...
    Two soldiers were killed in an ambush"): the dateline is where the reporter is, not the event, so the
    placeless event is placed in the province both lie in (ACLED's precision 3), not at the town, nor at the
    country's centre; None when a place lies elsewhere (the story spans provinces: the country then), when the
    article has no dateline town, or names an area of its own (:func:`_article_area` reads that). Names not
    found are left out, as there. Once per article."""
    if spans is not None and "dateline_province" in spans:
        return spans["dateline_province"]
    from shapely.geometry import Point

    text, found, out = doc.text, None, None
    named = [m for m in doc.mentions if m.role == "location" and m.location is not None]
    for m in named:
        if m.end <= dateline_end(text, text.rfind("\n", 0, m.start) + 1) and getattr(m.location, "precision", 3) == 1:
            found = m.location
            break
    unit = _province_of(found) if found is not None else None
    if unit is not None and all(
            getattr(m.location, "country", "") == unit.country and (
                unit.geometry.covers(Point(m.location.lon, m.location.lat))
                or (getattr(m.location, "precision", 1) >= 3 and m.location.geometry is not None
                    and m.location.geometry.covers(Point(found.lon, found.lat))))  # (its country or province)
            for m in named):
        out = (unit, getattr(found, "name", ""))
    if spans is not None:
        spans["dateline_province"] = out
    return out


#: How the note of an event placed by :func:`_dateline_story_town` says so (event_merge reads it: still told
#: without a place of its own).
_DATELINE_STORY = "the article's dateline, a town its story names again"


def _dateline_story_town(doc: Document, spans: dict | None) -> Any:
    """Golds 5, 7, 8: "IRAPUATO, Mexico - Gunmen opened fire on a party in ... Irapuato ... On Wednesday, about 200
    relatives marched to the municipal palace": the town of the dateline (near it) when the body names
    it again (the story is there, whatever else it names) and it is no capital (a report filed from the capital
    may tell of anywhere in the country); else None. Once per article."""
    if spans is not None and "dateline_story_town" in spans:
        return spans["dateline_story_town"]
    text, found = doc.text, None
    for m in doc.mentions:
        if m.role == "location" and m.location is not None and m.end <= dateline_end(text, text.rfind("\n", 0, m.start) + 1):
            found = m if getattr(m.location, "precision", 3) == 1 and not _is_capital(m.location) else None
            break
    if found is not None and not any(m is not found and m.start > found.end and m.location is not None
                                     and m.location.place_id == found.location.place_id for m in doc.mentions):
        found = None
    # (precision 3: the sentence names no place, so a fight told there does not contest the town on the zones map)
    near = dataclasses.replace(found.location, precision=3) if found is not None else None
    if spans is not None:
        spans["dateline_story_town"] = near
    return near


#: audit 8: before a trigger, in its sentence: a side telling what it did ("JNIM claimed in a statement
#: that its fighters had killed", "which said it had killed", "said its units had repelled an attack").
_SIDE_ACCOUNT_BEFORE = re.compile(
    r"\b(?:said|says|claimed|claims|announced|added|stated)(?:\s+(?:in|on)\s+(?:a|an|its|their|the)\s+[\w\-]+"
    r"(?:\s+[\w\-]+)?)?\s*,?\s+(?:that\s+)?(?:(?:it|they)\s+(?:had|has|have)\s+|(?:its|their)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:fighters|units|troops|forces|men|soldiers|militants|mujahideen|jets|drones|aircraft)\s+(?:had\s+|have\s+|has\s+)?)"
    r"[^.;:!?]{0,24}$", re.I)


#: audit 9: right before a trigger, what makes it no armed violence: "a cyber attack", "a ransomware attack",
#: "hackers struck", "a denial-of-service attack"; gold 3: a game's or a body's ("a kingside attack", "a fare
#: attack", "a heart attack", "a panic attack").
_NOT_ARMED_BEFORE = re.compile(r"\b(?:cyber|ransomware|malware|phishing|hack(?:ing|ers?)|denial[\s\-]of[\s\-]service|"
                               r"ddos|online|digital|computer|data|kingside|queenside|chess|fare|pricing|heart|panic|"
                               r"asthma|anxiety|allergy|allergic)(?:[\s\-]+(?:security\s+)?)$", re.I)


#: audit 9: an event named as the subject of what is said about it ("Tuesday's attack was the deadliest on
#: the city this month", "The raid was the third this week"): told before, not told here.
_RECAP_SUBJECT = re.compile(r"\s*(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|"
                            r"Last\s+(?:week|night|month))['’]s|The|This|That|These|Those)\s+(?:[\w\-]+\s+){0,2}?)")
_RECAP_PREDICATE = re.compile(r"(?:\s+(?:on|in|at)\s+(?:the\s+)?[\w\-]+)?\s+(?:was|is|were|are|has\s+been|had\s+been|"
                              r"marked|marks|became)\s+(?:also\s+|now\s+|reportedly\s+)?(?:the|a|an|one|among)\s", re.I)
#: audit 9: how often something happens, right before it ("armed groups there frequently clash over routes").
_HOW_OFTEN_BEFORE = re.compile(r"\b(?:frequently|often|regularly|routinely|usually|typically|habitually|sometimes|"
                               r"occasionally|commonly|periodically)\s+$", re.I)
#: audit 12: a habit named by an adjective of frequency right before the event's noun ("highways plagued by
#: frequent kidnappings", "near-daily shelling of the town"): no one event (not "repeated strikes on Monday").
_HOW_OFTEN_ADJ_BEFORE = re.compile(r"\b(?:frequent|regular|recurrent|recurring|routine|periodic|(?:near|almost)[\s\-]daily|"
                                   r"nightly|weekly)\s+$", re.I)
#: gold 3: a running activity in the perfect progressive ("the cartel has been fighting local gangs for control
#: of the routes", "gangs have long been attacking farmers"): a state of things, no one event. (Also audit 4's
#: "has been fighting X for years" in the sentence reader: one definition serves both.)
_ONGOING_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:long|also|increasingly|repeatedly|reportedly)\s+)?been\s+$", re.I)
#: evd: right before a fight's word, a subordinate opener that makes it the war around another event ("..., as
#: fighting between X and Y intensified", "amid heavy clashes"), and after it, how that war went on.
_CONTEXT_OPENING = (r"(?:^|[,\s])(as|amid|amidst|while)\s+(?:(?:the|renewed|heavy|fierce|intensifying|escalating|"
                    r"ongoing|continued|continuing|fresh|deadly|sporadic)\s+)*")
_CONTEXT_BEFORE = re.compile(_CONTEXT_OPENING + "$", re.I)
#: evd: an operation's noun, and before it, "in a (lightning) ...": the means of a capture told just before it.
_OPERATION_NOUN = re.compile(r"(?:counter-?)?(?:offensives?|operations?|assaults?|attacks?)\b", re.I)
_IN_OPERATION_BEFORE = re.compile(r"\b(?:in|during|with|through)\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: ... the opener and that word, after another event's trigger: where that event's own clause ends.
_CONTEXT_CLAUSE = re.compile(_CONTEXT_OPENING + r"(?:fighting|clashes|battles?|hostilities|war)\b", re.I)
_CONTEXT_VERB_AFTER = re.compile(r"[^.;:!?]{0,120}?\b(?:intensified|intensifies|escalated|escalates|raged|rages|continued|"
                                 r"continues|spread|spreads|flared|flares|grew|grows|mounted|mounts|worsened|worsens|"
                                 r"persisted|persists|dragged\s+on|drags\s+on|(?:is|was|were|are)\s+(?:raging|"
                                 r"intensifying|escalating|continuing|spreading))\b", re.I)
#: gold 3: a practice named by an adverb of habit ("Cartels have increasingly used drones and land mines",
#: "armed groups have repeatedly resorted to kidnappings"): what they do, no one event.
_HABIT_OF_USE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:increasingly|repeatedly|frequently|regularly|routinely|"
                                  r"often|long|commonly|widely)\s+(?:used|relied\s+on|turned\s+to|resorted\s+to|employed|"
                                  r"deployed)\s+[^.;:!?]{0,60}$", re.I)
#: gold 3: after an event noun, how the number of such events changed ("attacks in Tillaberi had doubled this
#: year", "Attacks on aid workers have tripled since 2024"): a trend, no one event. Gold 4 (digests' and
#: situation reports' comments): how such events go on ("protests in Kassala have grown since May", "abductions
#: on the highway continued the trend", "fighting in Sennar is expected to intensify", "attacks and kidnappings
#: remain frequent", "clashes are recorded weekly", "shelling spread to new districts").
_TREND_AFTER = re.compile(r"(?:\s+(?:on|in|against|by|across|of|at|along|around|between|from|and|or)\s+[^.;:!?,]{1,50}?)?\s+"
                          r"(?:(?:have|has|had)\s+"
                          r"(?:more\s+than\s+|nearly\s+|almost\s+|roughly\s+|sharply\s+|steadily\s+)?(?:doubled|tripled|"
                          r"trebled|quadrupled|halved|risen|increased|decreased|declined|dropped|fallen|surged|soared|spiked|"
                          r"multiplied|grown\s+(?:since|over|steadily|more|in\s+(?:number|frequency|"
                          r"recent)))"
                          r"|(?:is|are|was|were)\s+(?:also\s+|widely\s+)?(?:expected|likely|forecast|predicted|projected)\s+"
                          r"to\s+(?:intensify|continue|increase|escalate|rise|spread|worsen|resume|grow)"
                          r"|remain(?:s|ed)?\s+(?:very\s+|relatively\s+|extremely\s+)?(?:frequent|common|widespread|rare|"
                          r"routine|(?:hard|difficult)\s+to\s+verify)"
                          r"|continued\s+(?:the|a)\s+(?:pattern|trend)"
                          # gold 7: "Fighting ... continued in Amhara region", "continued elsewhere in northern Shan",
                          # a month's or a region's summary (not "continued in Goma on Tuesday": a day's fight)
                          r"|(?:continued|persisted|went\s+on|raged\s+on)(?:\s+elsewhere)?\s+(?:in|across|throughout|"
                          r"along|around)\s(?![^.;:!?]{0,80}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight|"
                          r"today|tonight|yesterday|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b)"
                          r"|(?:is|are)\s+(?:recorded|documented|reported|logged)\s+(?:daily|weekly|monthly|regularly|"
                          r"every\s+(?:day|week))"
                          r"|spread\s+to\s+new\s+(?:areas|neighbou?rhoods|districts|towns|regions|villages|parts))\b", re.I)
#: audit 9: a relative clause telling what someone does ("armed gangs, known as bandits, who raid villages,
#: kidnap for ransom"): a verb in the present right after who/which/that.
_DOES_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:(?:often|also|regularly|frequently|routinely|still|"
                                   r"continue\s+to)\s+)?$", re.I)
_DOES_LIST_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?P<v>[a-z]+)\b[^.;:!?,]{0,40},\s+(?:and\s+)?$")
_PAST_FORMS = frozenset(("fought", "shot", "struck", "took", "overran", "overrun", "blew", "hit", "set", "beat",
                         "drove", "slew", "stole", "burnt", "threw", "led", "laid", "broke", "swept", "came", "held",
                         "opened", "killed", "left"))
#: audit 9: the end of a fight told before ("the clashes had stopped by Monday morning").
_ENDED_AFTER = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:stopped|ended|ceased|subsided|died\s+down|eased|abated|"
                          r"halted|petered\s+out)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w\-]+\s+)?$", re.I)


#: Right before a fight named as a landmark: a distance from it ("more than 100 km from the fighting", "miles away from
#: the clashes", "far from the fighting").
_DISTANCE_FROM_BEFORE = re.compile(r"\b(?:km|kilomet(?:re|er)s?|miles?|far|away)\s+from\s+(?:the\s+)?$", re.I)


#: Right before a fight named as the start of a time: "since last month's attack", "since Tuesday's clashes", "since
#: the attack" (what came after it is told; the fight is one told before or long known).
_SINCE_THAT_BEFORE = re.compile(r"\bsince\s+(?:the\s+|that\s+|(?:last\s+)?[\w\-]+['’]s?\s+)"
                                r"(?:(?:deadly|latest|last|recent|first)\s+)?$", re.I)


#: Right before blasts a strike set off: "setting off explosions", "triggering secondary blasts", "causing a series
#: of detonations" (the strike's effect, told with it).
_SET_OFF_BEFORE = re.compile(r"\b(?:(?:set|sets|setting)\s+off|(?:trigger|caus|spark)(?:ed|es|s|ing)?)\s+"
                             r"(?:(?:a\s+series\s+of|several|secondary|multiple|large|huge|powerful|massive|loud)\s+){0,2}$",
                             re.I)
#: A fight named as what an anniversary remembers: "the anniversary of the Ngarbuh massacre", "the massacre's fifth
#: anniversary" (a day of remembrance, not the fight again).
_ANNIVERSARY_OF_BEFORE = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,3}?$", re.I)
#: ev18: a fight named as what a chronology or timeline records ("Following is a chronology of the fighting in
#: Dagestan", "Timeline: the clashes in Tripoli"): the header of the dated items below it, no event of its own.
_RECORD_OF_BEFORE = re.compile(r"\b(?:chronology|timeline)\s*(?::\s*|\s+of\s+)(?:the\s+|this\s+|recent\s+)?"
                               r"(?:[\w\-'’]+\s+){0,2}?$", re.I)
_ANNIVERSARY_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                r"\d+(?:st|nd|rd|th))\s+)?anniversary\b", re.I)


def _no_event_told(text: str, ts: int, te: int, lo: int, ce: int) -> bool:
    """audit 9: whether the violent trigger at ``ts:te`` tells no event of its own: the subject of a
    remark on an event told before ("Tuesday's attack was the deadliest on the city this month"), a
    habit ("armed groups frequently clash over smuggling routes", "bandits, who raid villages", "frequent
    kidnappings"), or the end of a fight told before ("Residents said the clashes had stopped by Monday morning")."""
    # (cheap tests first: most triggers are none of these)
    if ts - lo <= 48 and _RECAP_SUBJECT.fullmatch(text, lo, ts) and _RECAP_PREDICATE.match(text, te, ce):
        return True
    if "from " in text[max(lo, ts - 10):ts] and _DISTANCE_FROM_BEFORE.search(text, max(lo, ts - 40), ts):
        return True  # "the temple is 100 km from the fighting": a landmark of distance, no fight told
    if "since " in text[max(lo, ts - 30):ts] and _SINCE_THAT_BEFORE.search(text, max(lo, ts - 30), ts):
        return True  # "quiet since last month's attack", "calm since the clashes": a time counted from it
    back40 = text[max(lo, ts - 40):ts].lower()
    if ("off " in back40 or "caus" in back40 or "trigger" in back40 or "spark" in back40) \
            and _SET_OFF_BEFORE.search(text, max(lo, ts - 40), ts):
        return True  # "struck a depot, setting off explosions that lasted hours": the strike's effect, no event
    if "anniversar" in text[max(lo, ts - 40):min(ce, te + 30)] and (
            _ANNIVERSARY_OF_BEFORE.search(text, max(lo, ts - 40), ts) or _ANNIVERSARY_AFTER.match(text, te, ce)):
        return True  # "on the massacre's fifth anniversary", "the anniversary of the attack": a day remembered
    if ("hronolog" in back40 or "imeline" in back40) and _RECORD_OF_BEFORE.search(text, max(lo, ts - 40), ts):
        return True  # "a chronology of the fighting in Dagestan": the header of the dated items that follow
    near = text[max(lo, ts - 20):ts].lower()
    if ("ly " in near or "often" in near or "sometimes" in near) and _HOW_OFTEN_BEFORE.search(text, max(lo, ts - 20), ts):
        return True
    if _HOW_OFTEN_ADJ_BEFORE.search(text, max(lo, ts - 20), ts):
        return True
    if "been " in near and text[ts:te].lower().endswith("ing") and _ONGOING_BEFORE.search(text, max(lo, ts - 30), ts) \
            and " since " not in text[te:ce]:  # (a running fight "since January 2025" is read as history)
        return True
    if "ly " in text[max(lo, ts - 90):ts] and _HABIT_OF_USE_BEFORE.search(text, max(lo, ts - 90), ts):
        return True
    if _TREND_AFTER.match(text, te, ce):
        return True
    back = text[max(lo, ts - 80):ts]
    if "who " in back or "which " in back or "that " in back:
        first = text[ts:te].split(None, 1)[0].lower() if te > ts else ""
        if first and not first.endswith(("ed", "ing")) and first not in _PAST_FORMS:
            if _DOES_RELATIVE_BEFORE.search(text, max(lo, ts - 30), ts):
                return True
            # (a list of such verbs: "who raid villages, kidnap for ransom")
            listed = _DOES_LIST_BEFORE.search(text, max(lo, ts - 80), ts)
            if listed is not None and not listed.group("v").lower().endswith(("ed", "ing")) \
                    and listed.group("v").lower() not in _PAST_FORMS:
                return True
    return ("the" in near and _ENDED_AFTER.match(text, te, ce) is not None
            and _THE_BEFORE.search(text, max(lo, ts - 20), ts) is not None)


def _statement_dated(doc: Document, ev: Event) -> bool:
    """audit 9: whether ``ev``'s date is only the day someone told it ("The fighting forced 5,000 people
    to flee, the governor said on Monday"): that day bounds the event's, it is not another event's day."""
    e = ev.evidence
    if e is None or ev.date is None:
        return False
    sents = doc.sentences
    starts, date_starts, dates = _sentence_and_date_starts(doc)
    i = bisect_right(starts, e.start) - 1 if sents else -1
    lo, hi = (sents[i].start, sents[i].end) if i >= 0 else (0, len(doc.text))
    told = [d for d in dates[bisect_left(date_starts, lo):bisect_left(date_starts, hi)]
            if d.date is not None and d.date.start == ev.date.start]
    return bool(told) and all(_SAID_BEFORE_DATE.search(doc.text, max(0, d.start - 60), d.start)
                              # "On June 15, the army said ...": the day opens the sentence, its speaker's
                              or (d.start - lo <= 3 and _SAID_AFTER_OPENING.match(doc.text, d.end) is not None)
                              for d in told)


#: After a day opening its sentence: a speaker and a verb of telling ("On Friday, the army said", "On 3 May the
#: regional governor announced").
_SAID_AFTER_OPENING = re.compile(r",?\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-'’]+\s+){0,4}?(?:said|announced|reported|stated|"
                                 r"claimed|confirmed)\b")


_BLANK_LINE = re.compile(r"\n(?=\n)")  # (found where a line break is, not tried at every character)


def _last_blank_line(text: str, pos: int) -> int:
    """``text.rfind("\\n\\n", 0, pos)``, by bisection in the blank lines of the text, found once while it is
    read (:func:`reading.memos.text_memo`): a long paragraph would be read back to its start for each event."""
    memo = text_memo(text, "blank lines")
    at = memo.get("at")
    if at is None:
        at = memo["at"] = [m.start() for m in _BLANK_LINE.finditer(text)]
    k = bisect_right(at, pos - 2)
    return at[k - 1] if k else -1


#: audit au10: a sentence that moves away from the place of the sentence before it ("Elsewhere, ...").
_ELSEWHERE = re.compile(r"\s*(?:Elsewhere|Meanwhile|Separately|In\s+(?:an)?other\s|Across\s|Nationwide|Overall)", re.I)


def _town_of_sentence_before(doc: Document, ts: int) -> Any:
    """audit au10: the one town (or part of a town) the sentence before names, in the same paragraph, when the
    event's own sentence names no place ("Protesters in Yerevan clashed with police. Police detained dozens of
    people.": in Yerevan, not the article's country); None when it names none, several, or only areas."""
    starts = _sentence_and_date_starts(doc)[0]
    k = bisect_right(starts, ts) - 1
    if k < 1:
        return None
    sent, prev = doc.sentences[k], doc.sentences[k - 1]
    if _last_blank_line(doc.text, sent.start + 1) >= prev.start or _ELSEWHERE.match(doc.text, sent.start):
        return None
    if dateline_end(doc.text, prev.start) > prev.start:
        return None  # (the first sentence under a dateline: its town is often where the report was filed)
    towns = {}
    # (lead: an area that only qualifies the town is no second place: "around El Obeid, the capital of North
    # Kordofan", "in Kadugli, in South Kordofan state")
    named = [m for m in doc.mentions if prev.start <= m.start < prev.end and m.role == "location" and m.location is not None]
    for m in EventExtractor._head_places(doc.text, named):
        if getattr(m.location, "precision", 3) > 2:
            return None
        # (one town however it is written: "in Batumi ... outside the city")
        towns.setdefault(getattr(m.location, "place_id", None) or getattr(m.location, "name", ""), []).append(m.location)
    if len(towns) != 1:
        return None
    loc = min(next(iter(towns.values())), key=lambda x: getattr(x, "precision", 3))
    return dataclasses.replace(loc, precision=2) if getattr(loc, "precision", 2) != 2 else loc


def _sentence_and_date_starts(doc: Document) -> tuple[list[int], list[int], list]:
    """(sentence starts, date starts, dates in order) of ``doc``, made once while its text is read
    (:func:`reading.memos.text_memo`): asked for each event, a long report's thousands of events
    would each list them all again."""
    memo = text_memo(doc.text, "sentence and date starts")
    hit = memo.get("index")
    if hit is None or hit[0] is not doc.sentences or hit[1] is not doc.dates \
            or (hit[2], hit[3]) != (len(doc.sentences), len(doc.dates)):
        dates = sorted(doc.dates, key=lambda d: d.start)
        hit = memo["index"] = (doc.sentences, doc.dates, len(doc.sentences), len(doc.dates),
                               [s.start for s in doc.sentences], [d.start for d in dates], dates)
    return hit[4], hit[5], hit[6]


#: audit 9: after a country's name, the ship's flag ("the Liberia-flagged carrier"): not where anything happened.
_FLAGGED_AFTER = re.compile(r"[\-\s](?:flagged|registered)\b", re.I)
#: audit 9: after a trigger, the killing that set it off ("hours after a militia commander was killed"):
#: its toll is that killing's, not the event's.
_CAUSE_AFTER = re.compile(r"\b(?:(?:hours|days|minutes|weeks|shortly|soon|a\s+day|a\s+week)\s+)?(?:after|following)\s+"
                          r"(?:an?|the|his|her|their|its)\s+[^,.;:!?]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+"
                          r"(?:killed|shot\s+dead|assassinated|murdered)\b", re.I)
#: audit 9: after a meeting word, an apposition saying it is a body ("the Gezira Conference, a local activist group").
_BODY_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:group|organi[sz]ation|network|body|coalition|"
                              r"alliance|committee|association|movement|party|union)\b", re.I)
#: audit 9: before a meeting word, an attack on it ("targeted a meeting of commanders", "struck a gathering").
_ATTACKED_BEFORE = re.compile(r"\b(?:targeted|targeting|struck|striking|hit|hitting|attacked|attacking|bombed|bombing|"
                              r"shelled|raided)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?$", re.I)
#: gold 8: after talks, in their clause, a standstill ("Peace talks brokered by the US have stalled since the
#: summer", "talks remain deadlocked"): a state of affairs, no meeting held and no agreement.
_STALLED_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:(?:have|has|had)\s+(?:(?:long|largely|since|also)\s+)?(?:stalled|"
                            r"been\s+(?:stalled|frozen|deadlocked|on\s+hold))|(?:remain(?:s|ed)?|are|were|is|was)\s+"
                            r"(?:largely\s+|still\s+)?(?:stalled|frozen|deadlocked|on\s+hold))\b", re.I)


#: gold 10: before talks, what ends them ("suspended peace talks with the ELN", "broke off negotiations").
_BROKEN_OFF_BEFORE = re.compile(r"\b(?:suspend(?:ed|s)?|broke\s+off|breaks?\s+off|call(?:ed|s)?\s+off|froze|freezes?|"
                                r"halt(?:ed|s)?|pulled\s+out\s+of|withdrew\s+from|walked\s+out\s+of)\s+(?:the\s+|its\s+|"
                                r"their\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


def _no_meeting_held(text: str, ts: int, te: int, cs: int, ce: int) -> bool:
    """audit 9: whether a meeting word names no meeting held: a body's name ("according to the Gezira
    Conference, a local activist group"), the target of an attack ("said it had targeted a meeting of
    Ukrainian commanders in Sumy with Iskander missiles": the strike is the event) or, gold 8, talks at a
    standstill ("talks ... have stalled") or, gold 10, broken off ("suspended peace talks with the rebels")."""
    if text[ts:ts + 1].isupper() and ts > cs and _BODY_APPOSITION.match(text, te, ce):
        return True
    if ("stall" in text[te:ce] or "deadlock" in text[te:ce] or "frozen" in text[te:ce] or "on hold" in text[te:ce]) \
            and _STALLED_AFTER.match(text, te, ce):
        return True  # gold 8: "Peace talks ... have stalled since the summer": no talks held
    if _BROKEN_OFF_BEFORE.search(text, max(cs, ts - 50), ts):
        return True  # gold 10: "The president suspended peace talks with the guerrillas": talks ended, none held
    return _ATTACKED_BEFORE.search(text, max(cs, ts - 30), ts) is not None


def _not_armed(text: str, ts: int, cs: int) -> bool:
    """audit 9: whether the trigger at ``ts`` is named as a computer attack ("A cyber attack hit the
    ministry in Nairobi", "The hackers struck in the early hours"): no armed event."""
    return _NOT_ARMED_BEFORE_F.search(fold(text), max(cs, ts - 24), ts) is not None


#: audit 9: right before a date, a verb of telling: the date is the statement's ("The rebels said on Monday
#: their fighters had shot dead two soldiers ... on Saturday", "the army said in a statement on Monday"; evf: or the
#: day a report was put out, "according to a report released on 12 March", "a UN report published on April 30 said").
#: evi: after a date before the event: a verb of telling or judging, whose day it is ("The UN on Friday condemned").
_TOLD_AFTER_DATE = re.compile(r"\s*,?\s*(?:(?:has|have|had|also|strongly|firmly|swiftly|sharply|publicly)\s+)*"
                              r"(?:condemned|condemns|denounced|denounces|deplored|deplores|decried|criticised|criticized|"
                              r"mourned|said|says|announced|reported|confirmed|stated|told|warned)\b", re.I)
_SAID_BEFORE_DATE = re.compile(r"(?:\b(?:said|says|announced|reported|stated|added|confirmed|told\s+(?:[\w\-]+\s+){1,3}?"
                               # ("JNIM claimed responsibility for the attack in a statement on Sunday, saying ...")
                               r"|claimed(?:\s+(?:responsibility\s+for\s+)?(?:the|an?|this|that)\s+[\w\-]+(?:\s+[\w\-]+)?)?)"
                               r"(?:\s+(?:in|on)\s+(?:a|an|its|their|the)\s+[\w\-]+(?:\s+[\w\-]+)?)?"
                               r"|\b(?:report|statement|study|survey|communiqu[eé]|bulletin|briefing|update|findings)\s+"
                               r"(?:published|released|issued|dated|made\s+public)(?:\s+on)?)\s*,?\s*$", re.I)


def _alleged(text: str, ts: int, lo: int, a1: str, a2: str, s_actors) -> str:
    """How the violent act whose verb starts at ``ts`` (its sentence from ``lo``; its sides ``a1``, ``a2``) is
    only alleged: one side's accusation ("Islamabad accused the TTP of attacking ...", "blamed the shelling of
    the market on the RSF": "accusation by <the accuser>"; "accused each other of ...": "mutual accusations"),
    or words of hearsay before its verb ("allegedly attacked", "reportedly shelled", "are suspected of
    abducting": those words quoted); "" when it is told as fact."""
    m = _ALLEGED_BEFORE.search(text, max(lo, ts - 60), ts)
    if m is not None:
        return f"'{' '.join(m.group('word').lower().split())}'"
    acc = _ACCUSED_BEFORE.search(text, max(lo, ts - 100), ts) or next(
        (b for a in s_actors if a.start >= ts and a.name == a1
         for b in [_BLAMED_ON.search(text, max(lo, a.start - 200), a.start)] if b is not None), None)
    if acc is None:
        return ""
    at = acc.start()
    if _RECIPROCAL.search(text, at, ts):
        return "mutual accusations"
    # (an accusation is a statement: a state named by its government or capital accuses as its government)
    who = [getattr(a, "government", "") or a.name for a in s_actors
           if lo <= a.start and a.end <= at and a.name not in (a1, a2)]
    return f"accusation by {who[-1]}" if who else "an accusation"


#: evh: right before a date after a change of hands, the fight it came after ("retook X after fighting on").
_FIGHT_BEFORE_DATE = re.compile(r"\b(?:after|following)\s+(?:(?:heavy|fierce|intense|bitter|renewed|days\s+of)\s+)*"
                                r"(?:fighting|clashes|battles|combat)\s+(?:on\s+|between\s+)?$", re.I)
#: evh: a relative clause's opening word (its date, right after it, is its own unless a comma closes the clause).
_CLAUSE_WORD = re.compile(r"\b(?:which|who|that|whom|where|when)\b", re.I)
#: evh: between two days of one fight ("on Monday and Tuesday", "on 3 and 4 May" read as two dates).
_DAY_AND_DAY = re.compile(r"\s*(?:and|to|through|-|–)\s*(?:on\s+)?$", re.I)


#: The heading of an assessment's summary block ("Key Takeaways:", "Key takeaways"), whose lines sum up what the
#: report tells below with its days.
_TAKEAWAYS = "key takeaways"


def _takeaway_line(text: str, s_start: int) -> bool:
    """Whether the sentence at ``s_start`` is a line of a "Key Takeaways" block: the heading before it in its
    paragraph (no blank line between but the one right after the heading, ev13: "Key Takeaways:" on a line of its
    own above its bullets), within 1,500 characters."""
    at = fold(text).rfind(_TAKEAWAYS, max(0, s_start - 1500), s_start + len(_TAKEAWAYS) + 2)
    if at < 0:
        return False
    lines_from = at + len(_TAKEAWAYS)
    while lines_from < s_start and text[lines_from] in ": \t\r\n":
        lines_from += 1
    return text.find("\n\n", lines_from, s_start) < 0


def _place_told_later(text: str, dates: list, after: int, places: list) -> bool:
    """Whether the first of ``places`` (a summary line's place) is named again after ``after`` within 300 characters
    of a day told there: the report's dated detail of what the line sums up."""
    if not places:
        return False
    name = text[places[0].start:places[0].end]
    told = text.find(name, after)
    return told >= 0 and any(d.start >= after and d.date is not None and d.date.precision == "day"
                             and abs(d.start - told) <= 300 for d in dates)


def _detail_told_later(text: str, dates: list, after: int, te: int) -> bool:
    """isw: whether a summary line's gain is told again, dated, further on: an axis ("in the Lyman direction")
    by any day told later in its paragraph (the towns of the axis its detail names), a town ("near Toretsk")
    by its name told again beside a later day (the detail, or a Key Takeaways line's section). A news line
    followed by some other day's event keeps its gain."""
    named = _SUMMED_FRONT_AFTER.match(text, te)
    later = [d for d in dates if d.start >= after and d.date is not None and d.date.precision == "day"]
    if named is None or not later:
        return False
    if _AXIS_AFTER.match(text, named.end()):
        para_end = text.find("\n\n", after)
        return any(d.start < (len(text) if para_end < 0 else para_end) for d in later)
    told = text.find(named.group(1), after)
    return told >= 0 and any(abs(d.start - told) <= 300 for d in later)


def _fight_last_day(text: str, dates: list, te: int, ce: int) -> Any:
    """evh: the date of a change of hands told after it as the fighting's ("said on Friday it had regained X after
    fighting on Tuesday and Wednesday"): the town changed hands when the fight ended, its last day (Wednesday),
    not when it was announced. None when its clause after the trigger tells no fight's day."""
    after = sorted((d for d in dates if te <= d.start < ce and d.date is not None), key=_START)
    for k, d in enumerate(after):
        fight = _FIGHT_BEFORE_DATE.search(text, max(te, d.start - 60), d.start)
        if fight is None or (_CLAUSE_WORD.search(text, te, fight.start())
                             and not text[te:fight.start()].rstrip().endswith(",")):
            continue  # ("retook X, which the rebels had seized after fighting on Monday": the seizure's fight)
        while k + 1 < len(after) and _DAY_AND_DAY.fullmatch(text, d.end, after[k + 1].start):
            k, d = k + 1, after[k + 1]
        if d.date.precision == "day" and d.date.end > d.date.start:  # "on Tuesday and Wednesday" read as one
            d = dataclasses.replace(d, date=dataclasses.replace(d.date, start=d.date.end))
        return d
    return None


#: evi: a relative clause opening after an event, up to a verb of killing: the event's toll told ("the attack on a
#: convoy, in which two soldiers were killed on Wednesday", "the bombing of a market that killed 14 on Friday").
_TOLL_CLAUSE_OPEN = re.compile(r"(?:\b(?:in|during)\s+which|\b(?:which|that))\s+(?:[\w\-]+\s+){0,5}?$", re.I)


def _toll_clause(text: str, te: int, x: int) -> bool:
    """Whether the trigger at ``x`` is a killing in a relative clause after the event ending at ``te``: its toll."""
    ft = fold(text)
    return (_TOLL_KILLED_F.match(ft, x) is not None and ". " not in text[te:x]
            and _TOLL_CLAUSE_OPEN_F.search(ft, te, x) is not None)


def _toll_of_another_day(doc: Document, sent: Any, ev: Event) -> bool:
    """evi: whether the sentence ``sent`` tells a day of its own (not the day someone said it) that lies outside
    the day of ``ev``, an event told before it: a toll it tells is that other day's ("M23 rebels seized Masisi on
    Monday. 17 people were killed on Sunday"), not ``ev``'s."""
    if ev.date is None or ev.date.precision != "day" or ev.date.basis == "publication":
        return False
    text = doc.text
    if _DIED_LATER.search(text, sent.start, sent.end) is not None:
        return False  # lead: "Three passengers died of their wounds in hospital on Wednesday": the attack's dead
    for d in doc.dates:
        if not sent.start <= d.start < sent.end or d.date is None or d.date.precision != "day" or d.date.basis in (
                "publication", "told"):
            continue
        if _SAID_BEFORE_DATE.search(text, max(sent.start, d.start - 60), d.start) or _TOLD_AFTER_DATE.match(
                text, d.end, sent.end):
            continue  # "..., officials said on Tuesday": the telling's day
        if d.date.end < ev.date.start or d.date.start > ev.date.end:
            return True
    return False


def _not_statement_dates(text: str, dates: list, ts: int, te: int, cs: int, ce: int, starts: list) -> list:
    """audit 9: of the dates a violent event at ``ts:te`` may have, those not the date someone told it
    on ("Rebels said on Monday they had killed two soldiers in Sugapa on Saturday": Saturday), when one
    is left in the event's clause ``cs:ce`` with no other trigger (``starts``) or full stop between it
    and the event (else the statement's date bounds the event's, and stays: a date told with another
    verb is that event's: "said on Wednesday it had pushed the army out of Gao; the army withdrew
    from Timbuktu on Saturday")."""
    def own(d) -> bool:
        if not cs <= d.start < ce:
            return False
        lo, hi = (te, d.start) if d.start >= te else (d.end, ts)
        return not any(lo <= x < hi and not (d.start >= te and _toll_clause(text, te, x)) for x in starts) \
            and ". " not in text[lo:hi]
    kept = [d for d in dates if _SAID_BEFORE_DATE.search(text, max(0, d.start - 60), d.start) is None
            # evi: "The Security Council on Friday condemned the attack ..., in which two soldiers were killed on
            # Wednesday": Friday is the condemnation's
            and not (d.end <= ts and _TOLD_AFTER_DATE.match(text, d.end, ts))]
    return kept if any(own(d) for d in kept) else dates


#: In the note of an event placed away from a dateline in a country the story names nowhere else.
_DATELINE_ABROAD = "the article names only in its dateline"


def _in_dateline(text: str, m: Any) -> bool:
    """Whether the mention ``m`` lies in the dateline opening its line ("NAIROBI, Kenya (AP) -")."""
    p0 = text.rfind("\n", 0, m.start) + 1
    return m.end <= dateline_end(text, p0)


def _filed_abroad(doc: Document, iso: str) -> bool:
    """Whether the country ``iso`` is named in the article only in its datelines (no place, people or
    forces of it elsewhere): the report was filed there, the story is another country's."""
    iso = (iso or "").upper()
    if not iso:
        return False
    text = doc.text
    if any((a.country or "").upper() == iso for a in doc.user_data.get("actors", ())):
        return False
    named = [m for m in doc.mentions if m.location is not None and (getattr(m.location, "country", "") or "").upper() == iso]
    return bool(named) and all(_in_dateline(text, m) for m in named)


#: The seas and oceans named alone ("in the Caribbean", "in the eastern Pacific", "across the Mediterranean").
_SEAS_ALONE = ("Caribbean", "Mediterranean", "Atlantic", "Pacific", "Adriatic", "Aegean", "Baltic", "Caspian", "Arctic")
#: A named sea, gulf or strait where the clause's event was ("over the Red Sea", "in the Strait of Hormuz"),
#: or a sea named alone, after a compass word or not ("in the southern Caribbean"), which no capitalised word
#: or people's word follows ("the Pacific Fleet", "the Baltic states", "the Caribbean islands": no sea).
_SEA_NAME = re.compile(r"\b(?:in|over|across|into|off|through|on|at|near)\s+the\s+"
                       r"((?:(?:north|south|east|west|central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western)\s+)?"
                       r"(?:(?:[A-Z][\w\-]*\s+){0,3}"
                       r"(?:Sea|Ocean|Gulf|Strait|Straits)(?:\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
                       r"|(?:" + "|".join(_SEAS_ALONE) + r")\b(?![\w\-]|\s+[A-Z]|\s+(?:islands?|isles|coasts?|nations?|countries|"
                       r"states?|region|community|alliance|partners|leaders|governments?|fleet|rim|basin)\b)))"
                       r"(?!\s+(?:states?|countries|nations|monarchies|region|Cooperation|Arab|war)\b)")


#: eve: the sea named by the coast it lies off, where something launched came down ("into the sea off Japan",
#: "in waters off Taiwan's east coast"; :data:`_LANDED_OFF_BEFORE` keeps that country from placing the launch).
_SEA_OFF = re.compile(_LAUNCHED_INTO + r"(?:the\s+)?(" + _SEA_OFF_WORDS + r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")


def _at_sea(text: str, cs: int, ce: int) -> str:
    """The sea, gulf or strait the clause ``text[cs:ce]`` places its event in, "" when none (a word test
    first: most clauses name no sea)."""
    seg = text[cs:ce]
    if " off " in seg and ("sea off" in seg or "waters off" in seg) and (m := _SEA_OFF.search(text, cs, ce)):
        return m.group(1)
    if "Sea" not in seg and "Gulf" not in seg and "Strait" not in seg and "Ocean" not in seg \
            and not any(w in seg for w in _SEAS_ALONE):
        return ""
    m = _SEA_NAME.search(text, cs, ce)
    return m.group(1) if m else ""


def _not_the_attackers_country(doc: Document, loc: Any, note: str, a1: str, s_actors,
                               lookup: Callable[[str], Any] | None = None, clause: str = "") -> tuple[Any, str]:
    """audit 9: "Israeli forces shelled Aitaroun", "Indian shelling hit Neelum", the place struck unknown
    and the article's country known only from the attacker's demonym: a strike's actor is often across
    a border, so its nationality is not the place of its strike. Placed in the one other country the
    article names (the country of its places), else not placed (the note says why); ``loc`` unchanged
    when the article names a place in the attacker's country, when the event's ``clause`` (or another actor
    of its sentence) names a group that fights only there ("Sudanese troops shelled RSF positions") or the
    actor is no country's forces, or its own rebels ("bombed rebel-held towns": ev15)."""
    iso = (getattr(loc, "country", "") or "").upper()
    if not a1 or not iso or not getattr(loc, "is_whole_country", False):
        return loc, note
    if not any(a.name == a1 and (a.country or "").upper() == iso for a in s_actors):
        return loc, note
    if group_home(clause, *(a.name for a in s_actors if a.name != a1)) == iso or _DOMESTIC_FOES.search(clause):
        return loc, note  # fighting a group of its own country, or its rebels ("rebel-held towns"): at home
    others: dict[str, Any] = {}
    for m in doc.mentions:
        where = m.location
        if m.role not in ("location", "actor") or where is None:
            continue
        c = (getattr(where, "country", "") or "").upper()
        if c == iso:
            if m.role == "location" and not _in_dateline(doc.text, m) and not _the_dateline_by_reference(doc, m):
                # the article tells of places in that country: it may well be there (not its dateline: where
                # the report was filed, nor a "the city" that means it)
                return loc, note
            continue
        if c and c not in others:
            # the other country: named as such ("Pakistan condemned the attack") or by a place in it
            others[c] = where if getattr(where, "is_whole_country", False) else None
    if len(others) == 1 and next(iter(others.values())) is None and lookup is not None:
        c = next(iter(others))
        try:
            others[c] = country_location(doc, c, lookup=lookup)
        except Exception:  # an optional source must not fail the reading
            others[c] = None
    if len(others) == 1 and next(iter(others.values())) is None:
        return None, (f"No place named in the sentence; not placed in {getattr(loc, 'name', iso)}: that country is "
                      f"only the attacker's ({a1}), which says nothing of where it struck.")
    if len(others) == 1:
        other = next(iter(others.values()))
        return other, (f"No place named in the sentence; placed in {getattr(other, 'name', '')}, the other country "
                       f"the article names, not in {getattr(loc, 'name', iso)}, the attacker's (precision 3).")
    return None, (f"No place named in the sentence; not placed in {getattr(loc, 'name', iso)}: that country is "
                  f"only the attacker's ({a1}), which says nothing of where it struck.")


def _fighters_killed(text: str, lo: int, hi: int, combatants: re.Pattern) -> bool:
    """audit 9: whether the toll told in ``text[lo:hi]`` counts fighters ("an air strike hit their hideout,
    killing scores of the gunmen, the military said"): a side's count of the other side's dead, which the
    report could not verify, is no toll (the dead of a strike on a camp, told by a rescue group, are)."""
    for m in _KILLED.finditer(text, lo, hi):
        if combatants.search(text, m.end(), min(hi, m.end() + 40)) is not None:
            return True
    return False


def _own_kills_told(text: str, ts: int, sent_start: int) -> bool:
    """audit 9: whether the trigger at ``ts`` is a side telling whom its own men killed ("JNIM said its
    fighters had killed hundreds of soldiers"): such a count, when the report says it could not be
    verified, is no toll; a toll told by others ("shelled the camp, killing at least 40 people, a rescue
    group said, a toll that could not be independently verified") is kept as reported (ACLED's practice:
    the reported figure, the sentence saying it is unverified is the event's evidence)."""
    return _SIDE_ACCOUNT_BEFORE.search(text, max(sent_start, ts - 160), ts) is not None


#: audit 9: a verb of fighting whose object is the other side ("Rebels fought the army", "ELN guerrillas fought
#: FARC dissidents", "troops engaged the militants", "al-Shabaab ambushed Somali troops"), and what may stand
#: between it and that side ("fought off a Russian assault": the attackers, as "repelled" reads them).
#: evl: also an attack's verb and its object ("attacked a police patrol", "killed 14 civilians"): who it fell on.
_FOUGHT_VERB = re.compile(r"(?:fought|battled|engaged|ambush(?:ed|es)?|attack(?:ed|s)|raided|targeted|shelled|bombed|"
                          r"killed|killing|kills|massacred|abducted|kidnapped)", re.I)
_FOUGHT_GAP = re.compile(r"(?:(?<=fought)\s+off(?=\s))?\s+(?:the\s+|an?\s+)?(?:(?:at\s+least|more\s+than|some|about|nearly|over|around|up\s+to)\s+)?"
                         r"(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                         r"(?:dozens|scores|hundreds)\s+of)\s+)?"
                         r"(?:(?:rival|opposing|enemy|government|state|local|allied|unarmed|displaced)\s+)?", re.I)


def _fought_whom(text: str, ts: int, te: int, a_start: int) -> bool:
    """audit 9: whether the actor at ``a_start`` is the direct object of the fighting verb at ``ts:te``
    ("Gunmen fought rival militiamen in Zawiya": the militiamen are the other side, actor2); evl: or of an
    attack's ("Bandits attacked a police patrol", "Jihadists killed 14 civilians": who it fell on, actor2)."""
    return (_FOUGHT_VERB.fullmatch(text, ts, te) is not None
            and _FOUGHT_GAP.fullmatch(text, te, a_start) is not None)


#: evl: after an attack, its participle of killing ("..., killing seven soldiers").
_KILLING_AFTER = re.compile(r",\s*(?:and\s+)?(?P<verb>killing)\b", re.I)


def _object_in_trigger(text: str, ts: int, te: int, s_actors) -> Any:
    """evl: the actor a trigger holds as its verb's object ("attacked a police patrol", "killed 14 civilians"),
    or None: who the attack fell on."""
    verb_end = text.find(" ", ts, te)
    if verb_end < 0:
        return None
    return next((a for a in s_actors if verb_end <= a.start and a.end <= te and _attacked_whom(text, ts, verb_end, a)),
                None)


#: A verb of taking a place: an actor after it, in its object, lost what was taken ("seized the base of the army's
#: 5th Division"), unless "by" names the taker.
_TAKING_VERB = re.compile(r"(?:seized|seizes|captured|captures|took|takes|taken|overran|overrun|overruns|retook|"
                          r"recaptured|(?:seized|took|taken|takes|gained|assumed)\s+(?:full\s+|complete\s+)?control\s+of)", re.I)
_BY_IN_GAP = re.compile(r"\bby\b", re.I)


def _attacked_whom(text: str, ts: int, te: int, a: Any) -> bool:
    """Whether the actor ``a`` is the object of the fighting or attacking verb at ``ts:te`` (:func:`_fought_whom`),
    an armed side or people, not a place named as a word of the object ("attacked a Karachi-bound bus")."""
    return (getattr(a, "kind", "") != "country" and text[a.end:a.end + 1] != "-"
            and _fought_whom(text, ts, te, a.start))


#: audit 9: a sentence opening with its actor named again and when it came ("The gunmen, who arrived on
#: motorcycles on Saturday evening, ...").
_WHO_CAME_START = re.compile(r"\s*(?:The|These|Those)\s+(?-i:[a-z])[\w\-]+,\s+who\s+(?:had\s+)?(?:arrived|came|stormed|"
                             r"struck|attacked|raided|entered|rode|swept)\b[^,.;:!?]*,", re.I)


#: gold 7: a sentence opening on the attackers of the sentence before, up to the day they struck.
_ATTACKERS_AGAIN_START = re.compile(r"\s*The\s+(?:gunmen|attackers|assailants|militants|jihadists|militiamen|bandits|"
                                    r"raiders|insurgents)\b(?:[^.;:!?]|[ap]\.m\.){0,140}?\b(?:on|late\s+on|early\s+on)\s+"
                                    + _WEEKDAY + r"\b")
#: evx: a sentence opening on the happening named again, up to its day ("The assault on Sunday, claimed by JNIM,
#: ...", "The ambush, which took place on Saturday, ...", "The raid on the camp late on Monday", "Sunday's attack",
#: "The attack on May 11"): the wire's retelling of its lede, not one more happening ("Another attack on Sunday").
_HAPPENING_NOUN = (r"(?:(?:deadly|latest|overnight|dawn|night|coordinated|suicide|drone|air|armed)\s+)?"
                   r"(?:attack|assault|raid|ambush|massacre|killings|bombing|shelling|strike|airstrike|blast|explosion|"
                   r"offensive|incursion|fighting|clashes|battle)\b")
_EVENT_AGAIN_START = re.compile(
    r"\s*(?:The\s+" + _HAPPENING_NOUN
    + r"(?:\s+(?:on|against)\s+(?:the|a|an|its)\s+[^,.;:!?]{1,40}?)?"  # (its target: "The attack on the base on Sunday")
    r"(?:,\s*(?:which|that)\s+(?:took\s+place|happened|occurred|began|started|unfolded|was\s+(?:carried\s+out|"
    r"launched|staged))|,\s*(?:carried\s+out|launched|staged))?"
    r"\s+(?:late\s+|early\s+)?on\s+(?:" + _WEEKDAY + r"|[A-Z][a-z]+\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+)"
    r"|(?:The\s+)?" + _WEEKDAY + r"(?:\s+(?:night|morning|evening))?(?:['’]s)?\s+" + _HAPPENING_NOUN + ")")


def _redate_by_next_telling(doc: Document, events: list[Event], sentences) -> None:
    """audit 9: "Bandits killed 23 people in an attack on the village of Kairu, police said on Monday. The
    gunmen, who arrived on motorcycles on Saturday evening, also abducted 40 women": a violent event dated
    only by the day someone told it, its attackers named again at the start of the next sentence with the
    day they came (before that day, within a week): that is the event's day. So is the day of the happening
    itself named again there or in the next sentence but one after a sentence telling no event (evx: "... security
    sources said on Tuesday. The assault on Sunday, claimed by JNIM, began at dawn"), when that sentence names no
    other place (not "The attack on Sunday in Kaya")."""
    text = doc.text
    who = ", who " in text
    if not who and "The " not in text and "day's " not in text and "day’s " not in text:
        return  # (most articles)
    starts = [s.start for s in sentences]
    for ev in events:
        if (ev.evidence is None or ev.date is None or ev.event_type not in VIOLENT_TYPES or ev.planned
                or ev.date.precision != "day"):
            continue
        ni = bisect_right(starts, ev.evidence.start)
        if ni >= len(sentences):
            continue
        came = _WHO_CAME_START.match(text, sentences[ni].start) if who else None
        # gold 7: or the attackers named again as the next sentence's subject, with the day they struck ("The
        # gunmen struck at around 11 p.m. on Saturday", "The attackers, armed with machetes, entered the camp
        # shortly after midnight on Sunday"), after a lead dated on the publication day (by no day of its own,
        # its dateline's or the statement's)
        again = _ATTACKERS_AGAIN_START.match(text, sentences[ni].start) if came is None else None
        retold, ri = None, ni
        if came is None and again is None:
            retold = _EVENT_AGAIN_START.match(text, sentences[ni].start)
            if retold is None and ni + 1 < len(sentences) and (
                    retold := _EVENT_AGAIN_START.match(text, sentences[ni + 1].start)) is not None:
                ri = ni + 1  # (the next but one, after a sentence that tells no event: a quote, "It was a massacre")
                if any(o.evidence is not None and sentences[ni].start <= o.evidence.start < sentences[ni].end
                       for o in events):
                    retold = None
            sent = sentences[ri]
            if retold is not None and (EventExtractor._elsewhere(doc, sent, {}, ev) or any(
                    m.role == "location" and m.location is None and m.text not in _lost_name(ev)
                    for m in doc.mentions if sent.start <= m.start < sent.end)):
                retold = None  # (the day of a happening told at another place, found or not: "in Komanda")
        if came is None and again is None and retold is None:
            continue
        span = came or again or retold
        day = next((d.date for d in doc.dates if span.start() <= d.start < span.end() and d.date is not None
                    and d.date.precision == "day"), None)
        if day is not None and 0 < (ev.date.start - day.start).days <= 7 and (
                _statement_dated(doc, ev) or (came is None and ev.date.start == doc.published)):
            ev.date = day


#: How many days before the day a speaker told it an event with no day of its own is taken to lie: the
#: day before (the night before a morning statement, yesterday's fighting told today), as ACLED codes a
#: report's event known to within a few days (time precision 2).
_TOLD_WITHIN_DAYS = 1


def _period_told(doc: Document, sent: Any, day: FactDate | None) -> bool:
    """Whether a sentence tells a month's or a year's span ("in July alone", "this year", "in 2025") other than
    ``day``: a toll told over it counts many events, not the one told in the sentence before (a toll told on
    another day is :func:`_toll_of_another_day`'s)."""
    return any(d.date is not None and d.date.precision in ("month", "year") and d.date.basis != "publication"
               and (day is None or (d.date.start, d.date.end) != (day.start, day.end))
               for d in doc.dates if sent.start <= d.start < sent.end)


#: The wounded dying later ("died of their wounds in hospital on Wednesday", "died later"): their deaths are the
#: attack's toll, whatever the day they died (not "was killed later on Wednesday": another death).
_DIED_LATER = re.compile(r"\b(?:died|dying|succumbed)\b[^.;:!?]{0,40}?\b(?:wounds|injuries|hospital|later)\b"
                         r"|\bsuccumbed\b", re.I)


def _told_by_then(doc: Document, events: list[Event]) -> None:
    """A violent event or a change of hands dated only by the day someone told it ("The army said on
    Tuesday it had retaken X", "Gunmen killed seven villagers, police said Tuesday"): that day bounds the
    event, it is not known to be the event's day. The date ends on that day and starts the day before,
    at precision "week" (ACLED's 2, a few days), basis "told", its text still the speaker's words; an event
    with a day of its own ("said on Monday that gunmen had killed five people on Saturday") keeps it."""
    for ev in events:
        d = ev.date
        if (d is None or d.precision != "day" or d.basis == "publication" or ev.planned or ev.background
                or not (ev.event_type in VIOLENT_TYPES or "territory" in ev.sub_event_type)
                or not _statement_dated(doc, ev)):
            continue
        ev.date = FactDate(d.start - dt.timedelta(days=_TOLD_WITHIN_DAYS), d.end, "week", d.text, "told")


#: audit 12: gunfire beside an explosion ("heavy gunfire and explosions", "blasts and shooting"): a fight's sounds.
_GUNFIRE_AND_BEFORE = re.compile(r"\b(?:gunfire|gunshots|shooting|shots|machine-gun\s+fire)\s+and\s+(?:[\w\-]+\s+)?$", re.I)
_AND_GUNFIRE_AFTER = re.compile(r"\s+and\s+(?:[\w\-]+\s+)?(?:gunfire|gunshots|shooting|shots)\b", re.I)


def _fight_sounds(text: str, ts: int, te: int, cs: int, ce: int) -> bool:
    """audit 12: whether the explosions or blasts at ``ts:te`` are told with gunfire ("heavy gunfire and
    explosions were reported near the port"): the sounds of a fight, not a bomb."""
    return text[ts:te].lower().startswith(("explosion", "blast")) and bool(
        _GUNFIRE_AND_BEFORE.search(text, max(cs, ts - 40), ts) or _AND_GUNFIRE_AFTER.match(text, te, ce))


#: Opening an event's clause: its sides, named only before ("Both sides shelled each other's positions",
#: "On Wednesday the two sides traded fire").
_BOTH_SIDES = re.compile(r"\b(?:both\s+(?:sides|parties|armies|camps)|the\s+two\s+(?:sides|parties|armies|camps)|"
                         r"the\s+(?:warring|rival)\s+(?:sides|parties|factions))\b[^.;:!?]{0,40}$", re.I)
#: Around two actors in a sentence: they oppose each other ("fighting between the army and the RSF",
#: "a truce between Israel and Hamas").
_BETWEEN_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
#: How many sentences back the two sides may be named, in the same paragraph.
_SIDES_LOOK_BACK = 2


def _states_as_forces(doc: Document, events: list[Event]) -> None:
    """audit au11: "Azerbaijan has retaken the towns of ...", "Azerbaijani forces shelled ...": a country
    named as the side of a violent event or of one that changes who holds ground is its forces, as its
    demonym with "forces" is (one side, one zone; :func:`reading.actors.armed_states`). The country
    speaking, signing or arresting keeps its own name."""
    armed = None
    for ev in events:
        if ev.event_type not in VIOLENT_TYPES and "territory" not in ev.sub_event_type:
            continue
        if armed is None:
            armed = armed_states(doc)
            if not armed:
                return
        ev.actor1, ev.actor2 = armed.get(ev.actor1, ev.actor1), armed.get(ev.actor2, ev.actor2)


def _sides_named_before(doc: Document, events: list[Event]) -> None:
    """"Fighting between the army and the RSF resumed in Babanusa. On Sunday, both sides shelled each
    other's positions in El Obeid": an event told of "both sides" / "the two sides", with no side named in
    its clause, has as actor1/actor2 the two opposed sides of the nearest sentence before it (up to
    ``_SIDES_LOOK_BACK``, in its paragraph) that names two: a fight told with both its sides, or two
    actors "between X and Y". Nobody is guessed when no such sentence is near."""
    text = doc.text
    sents = doc.sentences
    if not sents:
        return
    starts = [s.start for s in sents]
    actors = None
    for ev in events:
        e = ev.evidence
        if (ev.actor1 or ev.actor2 or e is None or ev.event_type not in ("Battles", "Explosions/Remote violence")
                or not _BOTH_SIDES.search(text, _sentence_start(doc, e.start), e.start)):
            continue
        si = bisect_right(starts, e.start) - 1
        para = _last_blank_line(text, e.start)
        if actors is None:
            actors = sorted(doc.user_data.get("actors", []), key=_START)
        for k in range(si - 1, max(-1, si - 1 - _SIDES_LOOK_BACK), -1):
            if sents[k].start <= para:
                break  # another paragraph
            ks, ke = sents[k].start, sents[k].end
            pair = next(((p.actor1, p.actor2) for p in events
                         if p is not ev and p.actor1 and p.actor2 and p.actor1 != p.actor2 and p.evidence is not None
                         and ks <= p.evidence.start < ke and p.event_type in VIOLENT_TYPES), None)
            if pair is None:
                here = [a for a in actors if ks <= a.start < ke]
                pair = next(((a.name, b.name) for a, b in zip(here, here[1:])
                             if a.name != b.name and _BETWEEN_SIDES.search(text, max(ks, a.start - 12), a.start)
                             and _AND.fullmatch(text, a.end, b.start)), None)
            if pair is not None:
                ev.actor1, ev.actor2 = pair
                break


#: A sentence opening on one of the strikes told before ("One strike hit a school", "Another strike killed six",
#: "The deadliest of the raids"): the noun is the strike itself, of the kind and side told before.
_ONE_OF_THE_STRIKES = re.compile(r"(?:One|Another|A\s+(?:second|third|fourth|further)|The\s+(?:second|third|latest|"
                                 r"deadliest|first|last))\s+(?:of\s+the\s+)?(?:(?:air|aerial|drone|deadly|such)\s+)?"
                                 r"(?P<noun>strikes?|airstrikes?|raids?|air\s+raids?|bombardments?)\b")


def _one_of_the_strikes(doc: Document, events: list[Event]) -> None:
    """"Israeli strikes across the Gaza Strip killed 30 people. One strike hit a school in Gaza City": an
    event opening its sentence as one of the strikes told just before (up to ``_SIDES_LOOK_BACK`` sentences: wire
    copy gives each sentence its paragraph), with no side of its own, is of that event's side and kind (not a strike of nobody's typed by
    its toll); nobody is guessed when no remote attack with a side is told just before."""
    text = doc.text
    sents = doc.sentences
    if not sents or not any(e.evidence is not None and e.event_type != "Strategic developments" for e in events):
        return
    starts = [s.start for s in sents]
    for ev in events:
        e = ev.evidence
        if ev.actor1 or e is None or ev.event_type not in VIOLENT_TYPES:
            continue
        si = bisect_right(starts, e.start) - 1
        m = _ONE_OF_THE_STRIKES.match(text, dateline_end(text, sents[si].start)) if si > 0 else None
        if m is None or any(p is not ev and p.evidence is not None and sents[si].start <= p.evidence.start < e.start
                            for p in events):
            continue  # (its first event: "One strike hit a port in X, killing three" is the strike's killing)
        for k in range(si - 1, max(-1, si - 1 - _SIDES_LOOK_BACK), -1):
            told = next((p for p in events if p is not ev and p.actor1 and p.evidence is not None
                         and sents[k].start <= p.evidence.start < sents[k].end
                         and p.event_type == "Explosions/Remote violence"), None)
            if told is not None:
                ev.actor1 = told.actor1
                ev.event_type, ev.sub_event_type = told.event_type, told.sub_event_type
                break


#: What a state does as a government, not with its forces: it decides, declares, signs, meets, calls, arrests or
#: frees (ACLED's Government of X, apart from Military Forces of X); fighting, strikes and seizures stay its forces'.
_GOVERNMENT_ACTS = frozenset({"Change to group/activity", "Agreement", "Arrests", "Other"})

#: A change of hands nobody fought for, told in its sentence ("entered Damascus unopposed", "after the rebels
#: withdrew without a fight", "handed it back under a China-brokered deal"); the words first, as a literal gate.
#: ev20: also "met (almost) no resistance", "without opposition".
_UNOPPOSED_WORDS = ("without", "unopposed", "under", "handed", "no resistance", "no opposition")
_UNOPPOSED = re.compile(
    r"\bwithout\s+(?:(?:meeting|encountering|facing|firing)\s+)?(?:a\s+|any\s+)?(?:fight(?:ing)?|shot|resistance|battle|opposition)\b"
    r"|\b(?:met|meeting|encountered|encountering|faced|facing)\s+(?:almost\s+|virtually\s+|practically\s+|little\s+or\s+)?"
    r"no\s+(?:resistance|opposition)\b"
    r"|\bunopposed\b"
    r"|\bunder\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:deal|agreement|accord|truce)\b"
    r"|\bhanded\s+(?:it|them|the\s+\w+)\s+(?:back|over)\b", re.I)
#: gold 10: a side entering a place after the other side left, told in its sentence ("M23 rebels entered Uvira on
#: Thursday after Congolese troops and allied militias withdrew"; ev19: "moving into X", "entering the town of X ...
#: after the police withdrew", which the capture trigger reads only so), with no fight told there: unopposed too (not
#: "took control of X after ...", "X fell to them after ...": a capture, whose fight may be told elsewhere; a fight's
#: words in the sentence, ``_FIGHT_TOLD``, make it a fight).
_AFTER_THEY_LEFT = re.compile(r"\b(?:entered|entering|mov(?:ed|ing)\s+in(?:to)?|walked\s+into|rolled\s+into|marched\s+into)\b[^.;:!?]{0,120}?"
                              r"(?P<after>\bafter)\s+(?:[\w'’\-]+\s+){1,8}?(?:had\s+)?(?:withdrew|withdrawn|pulled\s+out|retreated|"
                              r"fled|abandoned\s+(?:it|the\s+(?:town|city|village|base))|left\s+(?:it|the\s+(?:town|city|village)))\b", re.I)
#: ev20: the same told in the other order ("On 3 April, after the army withdrew to new positions, the rebels entered
#: the town of X"): the side named after the clause of who left is the taker, as written.
_THEY_LEFT_THEN_ENTERED = re.compile(r"\bafter\s+(?:[\w'’\-]+\s+){1,8}?(?:had\s+)?(?:withdrew|withdrawn|pulled\s+out|"
                                     r"retreated|fled|abandoned\s+(?:it|the\s+(?:town|city|village|base)))\b[^.;:!?]{0,120}?"
                                     r"\b(?:entered|mov(?:ed|ing)\s+into|walked\s+into|rolled\s+into|marched\s+into)\b", re.I)
#: Event sub-types that tell a change of hands (also what control's headline echoes look for).
_TAKINGS = frozenset(("Government regains territory", "Non-state actor overtakes territory"))


def _unopposed_takings(doc: Document, events: list[Event]) -> None:
    """ACLED codes a side taking a place nobody fought for ("GNA forces entered Tarhuna without a fight after
    the LNA withdrew overnight") a non-violent transfer of territory, not a battle: such a capture is retyped,
    last (the folds before match a withdrawal to its capture as a battle). Its actor1 is the side that took the
    place; its id goes to ``doc.user_data["taken_unopposed"]``, from which :mod:`reading.control` reads the
    change of hands (the zones draw none from a transfer, whose actor1 may be the side leaving)."""
    taken = set()
    for ev in events:
        e = ev.evidence
        if (ev.event_type == "Battles" and ev.sub_event_type in _TAKINGS and not ev.planned and not ev.fatalities
                and e is not None and (
                    (any(w in e.sentence.lower() for w in _UNOPPOSED_WORDS) and _UNOPPOSED.search(e.sentence) is not None)
                    or (any(w in e.sentence for w in ("entered", "entering", "moved in", "into"))
                        and (_AFTER_THEY_LEFT.search(e.sentence) or _THEY_LEFT_THEN_ENTERED.search(e.sentence))
                        and _FIGHT_TOLD.search(e.sentence) is None))):
            ev.event_type, ev.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
            taken.add(ev.id)
            _leaver_not_taker(doc, ev)
        elif (ev.event_type == "Battles" and ev.sub_event_type in _TAKINGS and not ev.planned and not ev.fatalities
              and e is not None and _unopposed_next(doc, ev, events)):
            ev.event_type, ev.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
            taken.add(ev.id)
    if taken:
        doc.user_data["taken_unopposed"] = taken


#: "the town" (or city, village) that a sentence after a capture's names its place by.
_THE_TOWN = re.compile(r"\bthe\s+(?:town|city|village)\b", re.I)


def _unopposed_next(doc: Document, ev: Event, events: list[Event]) -> bool:
    """ev19: a capture whose next sentence tells the entry into that place unopposed ("Federal troops have entered
    Gudermes. Units ... moved into the town this morning without firing a shot"; "... captured Shali and Gudermes
    on Thursday. Rebels pulled out of Gudermes overnight and armoured columns rolled in without meeting
    resistance"): a non-violent transfer too, when that sentence names the place (or says "the town" after a
    sentence telling one capture only) and tells no fight besides."""
    sents, e = doc.sentences, ev.evidence
    i = bisect_right(sents, e.start, key=_START) - 1 if sents else -1
    if i < 0 or i + 1 >= len(sents):
        return False
    nxt = doc.text[sents[i + 1].start:sents[i + 1].end]
    low = nxt.lower()
    if not any(w in low for w in _UNOPPOSED_WORDS):
        return False
    m = _UNOPPOSED.search(nxt)
    rest = nxt[:m.start()] + nxt[m.end():] if m is not None else ""
    if m is None or _FIGHT_TOLD.search(rest) is not None or "fought" in rest:
        return False
    here = sents[i]
    names = {mn.text for mn in doc.mentions
             if here.start <= mn.start < here.end and mn.location is not None and mn.location.name == ev.location.name}
    if any(re.search(rf"\b{re.escape(n)}\b", nxt) for n in names):
        return True
    lone = sum(1 for o in events if o.evidence is not None and o.evidence.sentence == e.sentence
               and o.sub_event_type in _TAKINGS) == 1
    return lone and _THE_TOWN.search(nxt) is not None


def _leaver_not_taker(doc: Document, ev: Event) -> None:
    """"Russian armoured vehicles entered Gori after Georgian troops had fled": a side named only in the clause of
    who left is the side that lost the place, not its taker; it becomes actor2, and actor1 the side named before
    that clause (none when no side is named there: a zone is drawn for the taker, never for the loser)."""
    e = ev.evidence
    left = _AFTER_THEY_LEFT.search(e.sentence) if ev.actor1 and "after" in e.sentence else None
    if left is None:
        return
    ss = _sentence_start(doc, e.start)
    after = ss + left.start("after")
    here = [a for a in doc.user_data.get("actors", []) if ss <= a.start < ss + len(e.sentence)]
    if any(a.name == ev.actor1 and a.start < after for a in here):
        return  # (the taker named before the clause)
    if not any(a.name == ev.actor1 and a.start >= after for a in here):
        return
    taker = next((a.name for a in here if a.start < after and a.name != ev.actor1), "")
    ev.actor1, ev.actor2 = taker, ev.actor1


#: evl: right after a side named after a withdrawal, it takes the place over ("..., after which the army took
#: control", "allowing government troops to take control of the city", "which the rebels then entered").
_TAKING_OVER_AFTER = re.compile(r"\s+(?:(?:then|later|soon|quickly|swiftly|subsequently|had|has|have)\s+){0,2}"
                                r"(?:entered|moved\s+in|took\s+(?:over|control)|seized|occupied|to\s+(?:take|enter|move\s+in|seize))\b", re.I)
#: ... or the leaving side hands it to that side ("handing the town over to GNA forces", "handed over control to").
_HANDED_TO_BEFORE = re.compile(r"\b(?:hand(?:ing|ed|s)?|turn(?:ing|ed|s)?)\s+(?:[\w\-]+\s+){0,4}?over\s+(?:[\w\-]+\s+){0,4}?to\s+"
                               r"(?:the\s+)?$", re.I)
_TRANSFER = "Non-violent transfer of territory"


def _withdrawals_taken_over(doc: Document, events: list[Event]) -> None:
    """ACLED codes a withdrawal another side takes over ("LNA forces withdrew from Gharyan, handing the town over
    to GNA forces") a non-violent transfer whose actor1 is the side taking over and actor2 the side leaving; its
    id joins ``doc.user_data["taken_unopposed"]``, so that :mod:`reading.control` draws the change of hands.
    The side taking over is the first other actor after the leaver in the sentence that a taking verb follows or
    a handing over goes to; civilians coming back take nothing over."""
    from reading.control import _NOT_ARMED

    actors = None
    taken = doc.user_data.get("taken_unopposed", set())
    text, sents = doc.text, doc.sentences
    for ev in events:
        e = ev.evidence
        if ev.sub_event_type != _TRANSFER or not ev.actor1 or e is None or ev.id in taken or not sents:
            continue
        if actors is None:
            actors = sorted(doc.user_data.get("actors", []), key=_START)
            starts = [st.start for st in sents]
        sent = sents[max(0, bisect_right(starts, e.start) - 1)]
        here = [a for a in actors if sent.start <= a.start < sent.end]
        leaver = next((a for a in here if a.name == ev.actor1 and a.end <= e.start), None)
        if leaver is None:
            continue
        taker = next((a for a in here if a.start >= leaver.end and a.name != ev.actor1 and not _NOT_ARMED.match(a.text)
                      and (_TAKING_OVER_AFTER.match(text, a.end)
                           or _HANDED_TO_BEFORE.search(text, max(leaver.end, a.start - 80), a.start))), None)
        if taker is not None and ev.actor2 in (None, "", taker.name):  # evm: "... and JNIM fighters moved in": the
            ev.actor1, ev.actor2 = taker.name, leaver.name  # side read as actor2 is the one taking over
            taken.add(ev.id)
    if taken:
        doc.user_data["taken_unopposed"] = taken


#: ev21: a clause opening on a crowd told by its size or as a crowd ("several thousand Kosovo Albanians tried to
#: cross the bridge and clashed with ...", "crowd of about 1,000 attacked houses"), not armed men by their number.
_CROWD_SUBJECT = re.compile(
    r"\s*(?:(?:an?|the)\s+)?(?:(?:angry|large|huge|big)\s+)?(?:crowds?|mobs?)\b"
    r"|\s*(?:(?:several|many|some|about|around|over|more\s+than|at\s+least)\s+)?(?:\d[\d,]*|thousands?|hundreds?)\s+"
    r"(?:of\s+)?(?:(?-i:[A-Z])[\w\-]+\s+){0,2}"
    r"(?!(?-i:Marines|Rangers|Commandos|Guards|Forces|Troops|Tigers)\b)"
    r"(?:people|residents|villagers|youths|locals|inhabitants|(?-i:[A-Z])[\w\-]*s)\b"
    r"(?!\s+(?:troops|forces|soldiers|fighters|militiamen|militants|rebels|police|policemen|gunmen|guerrillas|"
    r"insurgents|officers|militias?|combatants)\b)", re.I)
_CLAUSE_MARK = re.compile(r"[.:;!?\n][^.:;!?\n]*$")


def _crowd_subject(text: str, at: int) -> bool:
    """ev21: whether the clause before ``at`` (from its last stop, colon or line break) opens on a crowd."""
    lo = max(0, at - 200)
    m = _CLAUSE_MARK.search(text, lo, at)
    crowd = _CROWD_SUBJECT.match(text, m.start() + 1 if m is not None else lo, at)
    # evi: not its dead ("At least 17 people were killed in fighting in Masisi": the fight's toll, no crowd's riot)
    return crowd is not None and _VICTIM_AFTER_F.match(fold(text), crowd.end()) is None


def _crowds_fighting(events: list[Event], text: str = "") -> list[Event]:
    """ACLED's battles are between organised armed groups: a crowd (``_CROWD``: protesters, rioters, a mob) that
    storms, smashes or burns ("protesters stormed the U.N. offices, setting fire to them before troops pushed them
    back") riots, it neither fights a battle nor takes a place; such an event is retyped a violent demonstration
    (and draws no zone), or dropped when its sentence already tells that riot at that place and day (as is a fight
    of no named side there, when the sentence names a crowd: "clashes broke out at X, where mobs burned houses")."""
    riots = {(ev.evidence.sentence, ev.date.start if ev.date else None, getattr(ev.location, "name", None))
             for ev in events if ev.event_type == "Riots" and ev.evidence is not None}
    drop = set()
    for ev in events:
        if ev.event_type == "Battles" and ev.actor1 and _CROWD.fullmatch(ev.actor1) is not None:
            if ev.evidence is not None and (ev.evidence.sentence, ev.date.start if ev.date else None,
                                            getattr(ev.location, "name", None)) in riots:
                drop.add(id(ev))
            ev.event_type, ev.sub_event_type = "Riots", "Violent demonstration"
        elif (ev.event_type == "Battles" and not ev.actor1 and not ev.actor2 and ev.evidence is not None
              and (ev.evidence.sentence, ev.date.start if ev.date else None, getattr(ev.location, "name", None)) in riots
              and _CROWD.search(ev.evidence.sentence) is not None):
            drop.add(id(ev))  # ev18: "clashes broke out at X, where mobs burned houses": the mobs' riot, no battle
        elif (ev.event_type == "Battles" and not ev.actor1 and ev.evidence is not None and text
              and "territory" not in ev.sub_event_type and _crowd_subject(text, ev.evidence.start)):
            # ev21: "several thousand Kosovo Albanians ... clashed with Kosovo Serbs": a crowd, no armed side
            ev.event_type, ev.sub_event_type = "Riots", "Violent demonstration"
    return [ev for ev in events if id(ev) not in drop] if drop else events


def _governments_deciding(doc: Document, events: list[Event]) -> None:
    """"Rome declared a state of emergency", "the Sudanese authorities signed a deal": a state named by its
    government, authorities, junta, regime or capital acting in a non-violent strategic development is named as
    its government ("Italian government"), not its forces; only when every mention of that actor in the event's
    sentence (for actor1, before the trigger) names it so ("Ethiopian troops arrested ..." stays "Ethiopian
    forces")."""
    sents = doc.sentences
    actors = None
    for ev in events:
        e = ev.evidence
        if ev.event_type != "Strategic developments" or ev.sub_event_type not in _GOVERNMENT_ACTS or e is None \
                or not sents:
            continue
        if actors is None:
            actors = [a for a in doc.user_data.get("actors", []) if getattr(a, "government", "")]
            if not actors:
                return
            starts = [s.start for s in sents]
            every = sorted(doc.user_data.get("actors", []), key=_START)
        si = bisect_right(starts, e.start) - 1
        ss, se = sents[si].start, sents[si].end
        for field in ("actor1", "actor2"):
            name = getattr(ev, field)
            here = [a for a in every if ss <= a.start < se and a.name == name] if name else []
            if field == "actor1":  # its subject: "The Kenyan government deployed troops ..." (its troops are not it)
                here = [a for a in here if a.start < e.start] or here
            if here and all(getattr(a, "government", "") for a in here):
                setattr(ev, field, here[0].government)


#: How many days before its publication a story's dated fight may lie for the next fight it tells,
#: undated, to be read as the same day's: the wire story of the day before ("on Sunday", published on
#: Monday); days earlier, an undated fight told next may be the newest news ("Clashes erupted in
#: Misrata on Sunday night. The army shelled Zliten.", published on Wednesday).
_SEQUENCE_DAYS = 1


#: A relative clause opening after a comma: ", which ...", ", who ..." (see ``_actors_for``), and what may
#: stand between its closing comma and the verb of the subject before it ("..., reportedly took").
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose)\s")
_VERB_GAP = re.compile(r"\s*(?:\w+ly\s+|had\s+|has\s+|have\s+)*")
#: lead: after a side's name, ground it holds ("the Dahiyeh district, a Hezbollah stronghold, ...", "Houthi-held areas"):
#: the name describes a place, it does not act.
_SIDES_GROUND_AFTER = re.compile(r"(?:[\s\-]+(?:held|controlled|run|dominated)\s+[\w\-]|\s+(?:strongholds?|bastions?|"
                                 r"heartlands?|enclaves?|redoubts?)\b)", re.I)
#: After a description set off by commas: the subject telling what it did ("..., said in December it had seized").
_SAID_IT_GAP = re.compile(r"\s*(?:\w+ly\s+)?(?:said|says|claimed|claims|announced|added|reported)\s+"
                          r"(?:(?:on|in|late|early|last)\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?:\w+ly\s+)?", re.I)
#: A description of the noun before it, set off by a comma ("The AA, one of the armed groups fighting the military,",
#: "among the groups battling the junta", "the most powerful of the ethnic armies"): who it names does not act.
_APPOSITIVE_OPEN = re.compile(r",\s+(?:(?:one|some|several|many|two|three|four|five)\s+of|among|the\s+(?:largest|biggest|"
                              r"strongest|main|leading|most\s+\w+)(?=\s+(?:\w+\s+){0,3}?of\s)"
                              # act2: what a group is made of or part of (", an umbrella of Iran-backed militias,")
                              r"|an?\s+(?:umbrella|coalition|alliance|network|grouping|offshoot|affiliate|faction|branch|"
                              r"wing)\s+(?:group\s+)?of)\s", re.I)
#: gold 3: a sentence opening with a shift in years from the date told before ("Two years earlier, ...").
_YEARS_SHIFT_START = re.compile(r"\s*(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                                r"(?P<unit>years?|decades?)\s+(?P<dir>earlier|later|before|after)\b", re.I)
#: gold 4: a sentence of a story's past naming the year told just before it ("In 2021, 119 inmates were
#: killed ... The massacres repeated themselves in three other prisons that year").
_SAME_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.I)
_YEAR_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}


#: gold 4: a timeline's item: a line opening on its day and a dash or colon ("3 March – ", "March 3, 2011: ").
_TIMELINE_ITEM = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?"
                            r"[ \t]*[–—:-][ \t]")




def _blog_day(doc: Document, pos: int) -> FactDate | None:
    """The day of the liveblog's day heading above ``pos`` ("Live updates, Friday 29 November 2024", "Saturday 30
    November": a short line holding a day's date and no sentence), when the text is a liveblog (two or more lines
    open with a time stamp); else None. Its undated entries ("09:15 GMT - Jets struck ...") are of that day.

    gold 6: a "key events" page whose days head their items ("Monday, April 28" on a line of its own, then bullets
    with no date of their own) is read the same way when two or more lines hold a day's date alone."""
    text = doc.text
    if "\n" not in text:
        return None
    blog, lines = _day_lines(doc)
    day, bare = None, 0
    for start, date, alone, heading_end in lines:
        bare += alone
        if start >= pos:
            if blog or bare >= 2:
                break
            continue
        if 0 <= heading_end < pos and (blog or alone):
            day = date
    return day if blog or bare >= 2 else None


def _stamp_day(doc: Document, pos: int) -> FactDate | None:
    """The day of the liveblog entry holding ``pos``, its stamp read as a clock (:mod:`reading.blog_stamps`), once
    per text (:func:`reading.memos.text_memo`); None when the text is no blog or the entry's day is not told."""
    memo = text_memo(doc.text, "blog stamps")
    hit = memo.get("stamps")
    if hit is None or hit[0] is not doc.dates or hit[1] != len(doc.dates):
        published = doc.published if doc.published_precision in (None, "day") else None
        hit = memo["stamps"] = (doc.dates, len(doc.dates),
                                stamp_days(doc.text, published, day_headings(doc.text, doc.dates)))
    day = entry_day(hit[2], pos)
    return None if day is None else FactDate(day, day, "day", "", "context")


def _day_lines(doc: Document) -> tuple[bool, list[tuple[int, FactDate, bool, int]]]:
    """What :func:`_blog_day` reads of ``doc``, once while its text is read (:func:`reading.memos.text_memo`;
    it is asked for each event dated by the publication): whether two or more lines open with a time stamp,
    and each day's date in ``doc.dates`` order as (start, date, alone on its line, where its line ends when
    the line could head a day's entries, else -1)."""
    memo = text_memo(doc.text, "day lines")
    hit = memo.get("lines")
    if hit is not None and hit[0] is doc.dates and hit[1] == len(doc.dates):
        return hit[2], hit[3]
    text = doc.text
    first = STAMP_LINE.search(text)
    blog = first is not None and STAMP_LINE.search(text, first.end()) is not None
    lines = []
    for d in doc.dates:
        if d.date is None or d.date.precision != "day":
            continue
        ls, le = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.start)
        line = text[ls:le if le >= 0 else len(text)].strip()
        lines.append((d.start, d.date, line.rstrip(":") == text[d.start:d.end], heading_end(text, d.start)))
    memo["lines"] = (doc.dates, len(doc.dates), blog, lines)
    return blog, lines


#: How many item lines make a text a timeline ("Key dates:" and a dated line per step).
_TIMELINE_MIN_ITEMS = 3


def timeline_told(doc: Document, pos: int) -> bool:
    """Whether ``pos`` lies on a dated item of a timeline (three or more lines opening on a day and a dash or
    colon): a timeline's steps are what it reports, not history it recalls, however long before publication
    ("Timeline: seven months of the insurgency / 2 August 2023 - Fighters take the town")."""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    if _TIMELINE_ITEM.match(text, ls, pos) is None:
        return False
    memo = text_memo(text, "timeline items")
    if "items" not in memo:
        memo["items"] = sum(1 for m in _TIMELINE_LINE.finditer(text) if _TIMELINE_ITEM.match(text, m.start()))
    return memo["items"] >= _TIMELINE_MIN_ITEMS


#: A line's start that may open a timeline item (a digit, a capital, a bullet): the lines :func:`timeline_told` counts.
_TIMELINE_LINE = re.compile(r"(?m)^(?=[ \t]*[-•*\dA-Z])")


def _timeline_item_day(doc: Document, pos: int) -> FactDate | None:
    """The day of the timeline item whose line holds ``pos`` (the date opening the line), else None."""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    m = _TIMELINE_ITEM.match(text, ls, pos)
    if m is None:
        return None
    d = next((d for d in doc.dates if ls <= d.start < m.end() and d.date is not None), None)
    return d.date if d is not None and d.date.precision == "day" else None


def _post_day(doc: Document, pos: int) -> FactDate | None:
    """The day of the post whose line holds ``pos``, when the line opens on a stamp with that day before its
    quotation ("RSF, 3 May: “...”"), else None."""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    m = _POST_STAMP.match(text, ls) if text[ls:ls + 1] not in ("", "\n") else None
    if m is None or m.end() > pos:
        return None
    d = next((d for d in doc.dates if ls <= d.start < m.end() and d.date is not None), None)
    return d.date if d is not None and d.date.precision == "day" and d.date.basis != "publication" else None


def _years_from_told(doc: Document, sentences, si: int, undated: bool = False) -> FactDate | None:
    """The year of a sentence opening "Two years earlier, ..." or "Two decades later, ...": that many years from the
    last date the text told (not the publication day) in the two sentences before; for an event ``undated`` by its own
    sentence that names "that year", the year last written out before it (in that sentence or the two before);
    None when it does not say so or none was told."""
    text = doc.text
    m = _YEARS_SHIFT_START.match(text, sentences[si].start)
    s0, s1 = sentences[si].start, sentences[si].end
    # ("year" is in every match: most sentences are not searched)
    same = (_SAME_YEAR.search(text, s0, s1) if m is None and undated and fold(text).find("year", s0, s1) >= 0
            else None)
    if m is None and same is None:
        return None
    lo, hi = sentences[max(0, si - 2)].start, sentences[si].start
    if same is not None:  # "... that year": the year last written out
        years = [d.date for d in doc.dates if lo <= d.start < same.start() and d.date is not None
                 and d.date.basis == "explicit" and d.date.start.year == d.date.end.year]
        if not years:
            return None
        year = years[-1].start.year
        return FactDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", same.group(0), "context")
    told = [d.date for d in doc.dates if lo <= d.start < hi and d.date is not None and d.date.basis != "publication"]
    if not told:
        return None
    raw = m.group("n").lower()
    n = (int(raw) if raw.isdigit() else _YEAR_COUNTS[raw]) * (10 if m.group("unit")[0] in "dD" else 1)
    year = told[-1].start.year + (n if m.group("dir").lower() in ("later", "after") else -n)
    return FactDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", m.group(0).strip(), "context")


#: gold 3: a sentence opening on what followed the one before ("In the ensuing firefight, ...", "During the
#: subsequent exchange of fire, ...").
_ENSUING_START = re.compile(r"\s*(?:(?:In|During)\s+the|The)\s+(?:ensuing|subsequent)\s", re.I)
#: gold 11: a sentence opening on the end of the day the sentence before told ("Soldiers entered the village on the
#: morning of May 28. By evening, 12 men had been shot dead."): that day, and that place when it names none.
_BY_DAYS_END_START = re.compile(r"\s*By\s+(?:that\s+|the\s+)?(?:evening|nightfall|night|dusk|sunset|sundown|midday|noon|"
                                r"afternoon|end\s+of\s+the\s+day)\b")
#: ev18: a time within a day that counts from the publication day, unless a timeline's item gives the day.
_WITHIN_THE_DAY = re.compile(r"(?:(?:early|late)\s+)?(?:overnight|tonight|today|this\s+(?:morning|afternoon|evening))", re.I)
#: ev18: a sentence opening on a later part of the day the sentence before told ("Trouble began on Wednesday
#: morning. In the afternoon, mobs set fire to houses in X."): that day, as after "By evening".
_LATER_THAT_DAY_START = re.compile(r"\s*(?:In\s+the\s+(?:afternoon|evening|late\s+afternoon|early\s+evening)|"
                                   r"(?:That|Later\s+that)\s+(?:afternoon|evening|night))\b")


def _named_just_before(text: str, sentences, si: int, last: Any, last_ev: Any, ev: Any) -> bool:
    """ev18: whether the sentence ``si`` opens on a group the sentence just before named, whose violent event it
    tells ("Security forces shot dead ten militants after they attacked a police station in X. The militants, in
    camouflage, opened fire on the station ..."): that event's day, and its place when this one names none."""
    if last is None or si - last[0] != 1 or last_ev is None or last_ev.event_type not in VIOLENT_TYPES \
            or ev.event_type not in VIOLENT_TYPES or _ANAPHOR_START.match(text, sentences[si].start) is None:
        return False
    word = text[sentences[si].start:].split(None, 2)[1].rstrip(",")
    before = sentences[si - 1]
    return re.search(rf"\b{re.escape(word)}\b", text[before.start:before.end], re.I) is not None


def _answers_a_dated_question(text: str, before: Any) -> bool:
    """ev18: whether the sentence ``before`` is a question (an explainer's "What happened on Thursday?"): the answer
    right after it tells the day it asks about (:func:`_ensuing_setting` reads that day)."""
    return text[before.start:before.end].rstrip().endswith("?")


def _claimed_at_new_places(text: str, ts: int, te: int, ce: int, start: int, places: list) -> bool:
    """gold 11: whether a claim of attacks (plural) names two or more places the article has not named before its
    sentence ("JNIM claimed the coordinated assaults on army camps in Kayes, Nioro du Sahel and Diboli" after "attacked
    military positions in seven towns in western Mali"): it tells where they were, not only who did them."""
    if not text[ts:te].split(None, 1)[0].lower().endswith("s"):  # ("attacks on army camps in": the noun's plural)
        return False
    after = [m for m in places if te <= m.start < ce]
    before = text[:start]
    return len(after) >= 2 and not any(m.text in before for m in after)


def _same_word_told(word: str, actor: str) -> bool:
    """Whether ``word`` ("separatists", "bandits") is in the actor name told before, as written or in the singular
    ("Separatist fighters")."""
    told = actor.lower() + (" gunmen" if actor.startswith(UNIDENTIFIED_GROUP) else "")  # (act: as the text names them)
    word = word.lower()
    return word in told or (len(word) > 4 and word.endswith("s") and word[:-1] in told)


def _ensuing_setting(doc: Document, before: Any) -> tuple[FactDate, Any] | None:
    """The date (told by the text, not the publication day) and the last place named in the sentence
    ``before`` (None when it names no place), or None when it dates nothing."""
    opens = dateline_end(doc.text, before.start)  # (gold 11: "GAO, June 4 - Soldiers ... on May 28": not the filing day)
    date = next((d.date for d in doc.dates if opens <= d.start < before.end and d.date is not None
                 and d.date.basis != "publication"), None)
    if date is None:
        return None
    place = None
    for m in doc.mentions:
        if (before.start <= m.start < before.end and m.location is not None and m.role == "location"
                # (gold 14: "70 nautical miles west of Hodeidah, Yemen": the place, not its country after it)
                and (place is None or not getattr(m.location, "is_whole_country", False))):
            place = m
    return date, place


#: gold 14: an advisory's opening, "UKMTO has received a report of an incident 70 nautical miles west of Hodeidah at
#: 0815 UTC on 18 July", then what happened ("The vessel was hit by an unknown projectile").
_INCIDENT_REPORT = re.compile(r"\b(?:received\s+(?:a\s+)?reports?\s+of|reports?\s+of|reported)\s+an?\s+"
                              r"(?:security\s+|maritime\s+)?incident\b", re.I)


def _incident_reported_before(text: str, start: int) -> bool:
    """Whether the sentence right before ``start`` reports an incident (where and when): the sentence at ``start``
    tells what it was, its setting (:func:`_ensuing_setting`) that sentence's."""
    lo = max(0, start - 300)
    m = _INCIDENT_REPORT.search(text, lo, start) if "ncident" in text[lo:start] else None
    return m is not None and not any(c in text[m.end():start].rstrip()[:-1] for c in ".!?")


def _same_place_told(doc: Document, ev: Event, last: tuple | None, last_ev: Event | None, sentences, si: int) -> bool:
    """A fight with no day of its own, in the sentence right after (or the next but one) a fight the text
    dates, at a place that sentence names ("... on Tuesday around the Torkham crossing. The army said it had
    killed 30 militants at Torkham.") or calls "the town": an account of that fight, of its day."""
    if last is None or last_ev is None or not 0 < si - last[0] <= 2 or ev.planned or ev.background \
            or ev.event_type not in VIOLENT_TYPES or last_ev.event_type not in VIOLENT_TYPES or last_ev.background:
        return False
    sent, told = sentences[si], sentences[last[0]]
    starts = [m.start for m in doc.mentions]  # (in order: the place reader sorts them)
    here = doc.mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
    told_id = getattr(last_ev.location, "place_id", None)
    if told_id and any(m.role in ("reference", "location") and m.text[:1].islower()
                       and getattr(m.location, "place_id", None) == told_id for m in here):
        # "Insurgents attacked the town of X on Friday ... About 100 fighters entered the town from the north",
        # "... killed nine fishermen outside the town": the place of the fight told just before: its day
        return True
    names = {m.text for m in here if m.role == "location" and m.text[:1].isupper()}
    told_text = doc.text[told.start:told.end]
    return any(re.search(rf"(?<![\w\-]){re.escape(n)}(?!\w)", told_text) for n in names)


def _told_in_sequence(doc: Document, ev: Event, last: tuple | None, last_ev: Event | None, si: int) -> bool:
    """audit 8: "Gunmen killed seven people in Culiacan on Sunday ... Soldiers clashed with gunmen in
    the Tepuche area north of the city, killing three" (published on Monday): a fight told, undated,
    in the sentence right after (or the next but one) a fight the text dates to the day before
    publication is of that day, not of the publication day (the story reports that day's violence)."""
    if last is None or last_ev is None or not 0 < si - last[0] <= 2 or doc.published is None:
        return False
    d0 = last[1]
    return (ev.event_type in VIOLENT_TYPES and last_ev.event_type in VIOLENT_TYPES and not ev.planned
            and not ev.background and not last_ev.background and d0.precision == "day"
            and 0 < (doc.published - d0.start).days <= _SEQUENCE_DAYS)


#: audit 8: after a passive killing, its agent: people who shoot or their fire ("were killed by Israeli gunfire",
#: "were martyred this morning, and others were injured, by occupation forces' gunfire", "were shot dead by soldiers").
_BY_SHOOTERS = re.compile(r"(?:\s+[^.;:!?]{0,60}?)?\s+by\s+(?:the\s+|an?\s+)?(?:[\w'’\-]+\s+){0,3}?(?:gunfire|fire|forces|"
                          r"troops|soldiers|gunmen|militants|militiamen|fighters|snipers?|police(?:men)?|jihadists|insurgents|"
                          r"rebels|bandits|attackers|assailants|settlers)(?![\w\-])", re.I)


#: audit 8: a toll over several areas ("killed in attacks across three provinces"): many events counted as one.
_ACROSS_AREAS = re.compile(r"\b(?:attacks|clashes|raids|violence|fighting|incidents|strikes)\s+(?:across|in)\s+(?:(?:at\s+least|"
                           r"more\s+than|some)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|\d+)"
                           r"\s+(?:[\w\-]+\s+){0,2}?(?:provinces|regions|states|districts|departments|governorates|counties|areas)\b"
                           # ev12: a day's count of places hit ("Over the past day Russian troops shelled 29 settlements
                           # of the region, 1 person was killed"): many attacks summed, not one at the region's centre
                           r"|\b(?:shelled|struck|hit|attacked|targeted|bombarded)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?"
                           r"(?:\d{2,}|dozens\s+of)\s+(?:settlements|localities|towns|villages|communities|populated\s+areas)\b",
                           re.I)
#: evc: right before a plural event noun, a perfect that carries it out, with no article or count ("has carried out
#: air strikes", "have launched attacks"; not "has carried out a strike", "have launched 40 drones").
_HABITUAL_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:also\s+|repeatedly\s+|regularly\s+|often\s+)?(?:carried\s+out|"
                                      r"conducted|launched|staged|mounted|waged)\s+(?:[a-z\-]+\s+)?$", re.I)
#: evc: after a perfect's acts, the conflict going on all the same ("..., but the violence has continued").
_GONE_ON_CONTRAST = re.compile(r"\b(?:but|yet)\s+(?:the\s+)?(?:violence|fighting|attacks|insurgency|killings|raids|"
                               r"conflict|unrest)\s+(?:has|have)\s+(?:(?:still|only)\s+)?(?:continued|persisted|gone\s+on|"
                               r"gr[oe]wn|intensified|spread)\b", re.I)


def _history_paragraph(text: str, start: int, dates) -> bool:
    """evc: whether the sentence at ``start`` follows others in its paragraph that tell no day or week (a
    paragraph of the conflict's history, not the news of the day)."""
    para = text.rfind("\n", 0, start) + 1
    if text[para:start].rstrip()[-1:] not in (".", "\"", "\u201d"):
        return False  # the paragraph's first sentence
    return not any(para <= d.start < start and d.date is not None and d.date.precision in ("day", "week")
                   for d in dates)


#: evc: after a trigger naming many events, its perfect with a toll or an exodus, before any stop ("Fighting in
#: Sudan has displaced more than 12 million people", "clashes have killed thousands across the country").
#: lead: right before a name, the one who leads the group named before it ("the TPLF faction led by X", "fighters
#: commanded by Y"): the group acts, not its leader.
_LED_BY_BEFORE = re.compile(r"\b(?:led|headed|commanded|run)\s+by\s+(?:(?:the\s+)?(?:former|veteran|rebel|militia|army|"
                            r"general|gen\.|colonel|col\.|commander|warlord|cleric|leader)\s+)*$", re.I)
#: lead: after "fighting", the cause fought for, not a fight on a day ("fighting to create an independent state",
#: "are fighting for independence"; not "fighting to retake the town": a fight).
_FIGHTING_FOR_A_CAUSE = re.compile(r"\s+(?:to\s+(?:create|establish|found|set\s+up|carve\s+out|win|gain|achieve|secure|"
                                   r"overthrow|topple|impose|install|free|liberate)\b|for\s+(?:independence|self-rule|"
                                   r"autonomy|secession|freedom|an?\s+(?:independent|separate|homeland|state\b)|their\s+"
                                   r"(?:own|independence|rights|freedom|homeland)|the\s+(?:independence|creation|liberation|"
                                   r"right)\b)"
                                   # evh: a contest for trade, not a fight ("ship owners are fighting for every cargo",
                                   # "fighting for market share"; "fighting for every house, every street" is a fight)
                                   r"|for\s+(?:(?:every|each)\s+(?!(?:inch|metre|meter|yard|foot|step|house|home|street|"
                                   r"building|block|village|town|city|hill|height|ridge|trench|road|bridge|position|field|"
                                   r"district|neighbou?rhood|kilomet(?:re|er)|mile|piece|bit)s?\b)[a-z]+|(?:market\s+share|"
                                   r"customers|clients|contracts|business|cargoes|votes|seats|ratings|buyers|passengers)\b))",
                                   re.I)
#: lead: a sentence opening on the war itself as its subject ("The conflict, which began in 2017, has killed more
#: than 6,000 people", "The war in Sudan has displaced ..."): its toll is the war's running total, no one event's.
_WAR_TOLL_OPENING = re.compile(r"[\s\"“‘']*(?:The|This|That|Its|Their)\s+(?:[\w\-]+\s+){0,3}?(?:conflict|war|insurgency|"
                               r"violence|crisis|unrest|uprising|rebellion|fighting|civil\s+war)\b(?=[^.;:!?]{0,200}?"
                               r"\b(?:has|have)\s+(?:so\s+far\s+|already\s+|now\s+|also\s+)?(?:killed|left))")
_WAR_TALLY_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:has|have)\s+(?:so\s+far\s+|already\s+|now\s+|also\s+)?"
                              r"(?P<verb>displaced|uprooted|killed|left)\b", re.I)
#: evc: right after a withdrawal's "from", positions (a line held, not a place handed over: "withdrew from their
#: forward positions near X").
_POSITIONS_LEFT = re.compile(r"\s+(?:(?:its|their|his|the|some|several|a\s+few|forward|frontline|front-line|defensive|"
                             r"military|army|advanced|fortified|border)\s+)*positions\b", re.I)
#: evc: right before a unit named after a withdrawal, its base ("from the headquarters of the 6th Division").
_BASE_OF_BEFORE = re.compile(r"\b(?:headquarters|base|bases|barracks|camp|garrison|command)\s+of\s+(?:the\s+)?$", re.I)
#: A trigger that names many events at once ("fighting", "attacks", "air strikes"): with a month's toll over a
#: country, a tally (ev21).
_MANY_TRIGGER = re.compile(r"(?:fighting|violence|attacks|clashes|raids|strikes|air\s?strikes|drone\s+strikes|"
                           r"hostilities|bombardments|shelling|incidents)", re.I)
#: ev13: a ceasefire's breaches a side recorded ("recorded 183 violations of the ceasefire, including air strikes"):
#: strikes counted, not told (a night's launches stay one strike: test_attack_waves).
_BREACHES_COUNTED = re.compile(r"\b(?:recorded|registered|documented|counted|logged)\s+(?:at\s+least\s+|more\s+than\s+|"
                               r"over\s+)?\d[\d,]*\s+(?:[\w\-]+\s+){0,2}?(?:violations|breaches)\b", re.I)
#: audit 8: an attack counted among many ("was one of more than 20 assaults on police posts").
_ONE_OF_MANY = re.compile(r"\bone\s+of\s+(?:(?:more\s+than|at\s+least|some|about|over|nearly|the)\s+)?(?:two|three|four|five|"
                          r"six|seven|eight|nine|ten|dozens|several|many|\d+)\s+(?:\w+\s+)?(?:attacks|assaults|raids|strikes|"
                          r"ambushes|incidents|bombings)\b", re.I)


#: audit 8: before a trigger, the event another answers ("in retaliation for Indian drone attacks").
_AVENGED_BEFORE = re.compile(r"\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge|avenging)\s+"
                             r"(?:(?:the|an?|its|their|recent|earlier|alleged)\s+)*(?:[\w'’\-]+\s+){0,3}$", re.I)
#: audit 8: after an avenged attack, what tells it ("that killed three soldiers").
_TOLD_AFTER = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:killed|wounded|injured|hit|struck|destroyed)\b", re.I)
#: audit 8: before a fight, the capture it led to was told ("captured Merawi on Saturday after heavy fighting").
#: (not "after days/weeks of clashes": a longer fight than the capture's, told as such)
_AFTER_FIGHT_BEFORE = re.compile(r"\b(?:after|following|amid)\s+(?:(?:heavy|fierce|intense|bitter|hours\s+of)\s+)*$", re.I)


def _named_in_passing(text: str, triggers, trig: Any, ts: int, cs: int, ce: int, places) -> bool:
    """audit 8: a fight named only to say why or how another event came about: the event avenged
    ("destroyed Indian posts in retaliation for Indian drone attacks": the drone attacks are not told
    here), or the fighting a capture came after in its clause ("captured the town of Merawi on
    Saturday after heavy fighting with federal troops": one event, the capture)."""
    if trig.event_type not in VIOLENT_TYPES:
        return False
    if _AVENGED_BEFORE_F.search(fold(text), max(cs, ts - 80), ts):
        # ... unless told there in full ("in response to the drone attack that killed three US soldiers
        # at Tower 22 in Jordan on January 28")
        return _TOLD_AFTER.search(text, ts, ce) is None
    return (trig.event_type == "Battles" and "territory" not in trig.sub_event_type
            and _AFTER_FIGHT_BEFORE.search(text, max(cs, ts - 30), ts) is not None
            and any(o is not trig and "territory" in o.sub_event_type and cs <= os_ < ts
                    # (a place taken: found, or named and not found, evv: "took the mining town of Rubaya")
                    and (any(oe <= m.start <= oe + 60 for m in places) or _OBJECT_NAME.match(text, oe, ts))
                    for os_, oe, o in triggers))


#: audit 8: before an event noun, it only says when ("after the fighting", "following the clashes").
_AFTER_THE = re.compile(r"\b(?:after|following|since)\s+(?:the|these|those|this|that)\s+$", re.I)
#: A place's taking told again as a time, with no name ("after its capture", "after the town fell", "after seizing
#: it"): the taking told just before (not "after the fall of Kabul in 2021", which names its own).
_AFTER_ITS_TAKING = re.compile(r"\b(?:after|following)\s+(?:(?:its|the)\s+(?:capture|fall|seizure|takeover)(?!\s+of\b)|"
                               r"the\s+(?:town|city|village|base)\s+fell|(?:capturing|seizing|taking|overrunning)\s+"
                               r"(?:it|the\s+(?:town|city|village|base))\b)", re.I)


def _lost_name(ev: Event) -> str:
    """audit 8: the note of an event placed only in the area around a place not found ("Masisi"
    and "Rubaya" both in DR Congo): two such places are two facts, not one told twice."""
    note = ev.location_note or ""
    return note if note.startswith((_W409_HEAD, _LOST_HEAD, _AROUND_HEAD)) else ""


def _enclosing(text: str, where: list, cs: int, ce: int) -> list:
    """The places of a clause that may say where an unknown place lies: a province, region or
    country named as where (not "a counterattack from the west"), or an area near, off or between."""
    return [m for m in where if cs <= m.start < ce and (getattr(m.location, "precision", 1) >= 3 or (
        getattr(m.location, "precision", 1) == 2 and getattr(m.location, "is_area", False)))
        and (_LOCATIVE_BEFORE.search(text, max(cs, m.start - 40), m.start)
             or getattr(m.location, "relation", "at") in ("near", "offset", "between", "sector"))]


def group_home(*names: str) -> str | None:
    """audit 8: the one country where the armed group an actor name holds fights (``group_countries``
    in places.json, groups listed under one country only: "M23" -> "CD"), for the first name that
    holds such groups of one country; None for groups of several countries (JNIM, ISWAP)."""
    from reading.toponyms import group_country_regex  # the table the place reader uses too

    rx, iso_of = group_country_regex()
    if rx is None:
        return None
    for name in names:
        if not name:
            continue
        found = {iso_of[m.group()][0] for m in rx.finditer(name) if len(set(iso_of[m.group()])) == 1}
        if len(found) == 1:
            return found.pop()
    return None


# --- folded twins ---------------------------------------------------------------
# The per-trigger patterns above asked most often, as their folded twins (prefilter.folded_twin):
# run on fold(text) (one per article, remembered), they find the same spans faster; used where
# only whether and where they match is read (a twin's groups hold folded text).


def _twin(rx: re.Pattern) -> re.Pattern:
    twin = folded_twin(rx)
    if twin is None:
        raise ValueError(f"no folded twin for {rx.pattern[:60]!r}")
    return twin


_RAID_VERB_F = _twin(_RAID_VERB)
_CIVILIANS_KILLED_F = _twin(_CIVILIANS_KILLED)
_ORIGIN_HINT_F = _twin(_ORIGIN_HINT)
_ORIGIN_BEFORE_F = _twin(_ORIGIN_BEFORE)
_WITHDREW_TO_BEFORE_F = _twin(_WITHDREW_TO_BEFORE)
_LANDED_OFF_BEFORE_F = _twin(_LANDED_OFF_BEFORE)
_DENIED_AFTER_F = _twin(_DENIED_AFTER)
_RELATED_BEFORE_F = _twin(_RELATED_BEFORE)
_EVENT_NOUN_AFTER_F = _twin(_EVENT_NOUN_AFTER)
_SUBORDINATE_BEFORE_F = _twin(_SUBORDINATE_BEFORE)
_SUPERLATIVE_SINCE_F = _twin(_SUPERLATIVE_SINCE)
_RELATIVE_F = _twin(_RELATIVE)
_PLAN_CLAUSE_F = _twin(_PLAN_CLAUSE)
_KILLED_F = _twin(_KILLED)
_VICTIM_AFTER_F = _twin(_VICTIM_AFTER)
_TARGET_LINK_F = _twin(_TARGET_LINK)
_KILL_WORD_F = _twin(_KILL_WORD)
_PASSIVE_BEFORE_F = _twin(_PASSIVE_BEFORE)
_OPPONENT_BEFORE_F = _twin(_OPPONENT_BEFORE)
_AVENGED_F = _twin(_AVENGED)
_BY_F = _twin(_BY)
_BETWEEN_F = _twin(_BETWEEN)
_WILL_AFTER_F = _twin(_WILL_AFTER)
_PROTESTERS_F = _twin(_PROTESTERS)
_PARTISANS_F = _twin(_PARTISANS)
_TOLL_KILLED_F = _twin(_TOLL_KILLED)
_TOLL_CLAUSE_OPEN_F = _twin(_TOLL_CLAUSE_OPEN)
_AVERTED_BEFORE_F = _twin(_AVERTED_BEFORE)
_SPAN_UNDER_FIRE_F = _twin(_SPAN_UNDER_FIRE)
_CROWD_F = _twin(_CROWD)
_POLICE_F = _twin(_POLICE)
_UNVERIFIED_F = _twin(_UNVERIFIED)
_TALLY_AFTER_F = _twin(_TALLY_AFTER)
_GRAVES_F = _twin(_GRAVES)
_MILITARY_SITE_F = _twin(_MILITARY_SITE)
_CONDEMNS_AFTER_F = _twin(_CONDEMNS_AFTER)
_TOLL_GAP_F = _twin(_TOLL_GAP)
_DENIED_BEFORE_F = _twin(_DENIED_BEFORE)
_IN_RELATIVE_F = _twin(_IN_RELATIVE)
_SINCE_BEFORE_F = _twin(_SINCE_BEFORE)
_SINCE_PRONOUN_F = _twin(_SINCE_PRONOUN)
_LEFT_AFTER_F = _twin(_LEFT_AFTER)
_SHORT_HOLD_F = _twin(_SHORT_HOLD)
_NOMINAL_KILLING_F = _twin(_NOMINAL_KILLING)
_FICTION_F = _twin(_FICTION)
_REGISTERS_F = tuple(_twin(rx) for rx in _REGISTERS)
_SAME_DAY_ANY_F = _twin(_SAME_DAY_ANY)
_NEXT_DAY_F = _twin(_NEXT_DAY)
_PREV_DAY_F = _twin(_PREV_DAY)
_DENIED_REPORTS_F = _Located.of(_twin(_DENIED_REPORTS))
# (through their locators where that was faster on the bench articles' calls: _Located)
# (sp25: these six too, timed on the calls the pipeline makes on 400 bench articles and 250 gold texts: the
# modal words before a trigger 5.7 -> 1.4 ms and 4.5 -> 0.4 ms, the others 0.1-0.8 ms less each)
_MAY_BEFORE_F = _Located.of(_twin(_MAY_BEFORE))
_HELPER_BEFORE_F = _Located.of(_twin(_HELPER_BEFORE))
_OBJECT_BEFORE_F = _Located.of(_twin(_OBJECT_BEFORE))
_ONE_OF_THE_WORST_F = _Located.of(_twin(_ONE_OF_THE_WORST))
_PREP_BEFORE_F = _Located.of(_twin(_PREP_BEFORE))
_CLAIMED_F = _Located.of(_twin(_CLAIMED))
_CAUSE_AFTER_F = _Located.of(_twin(_CAUSE_AFTER))
_NOT_ARMED_BEFORE_F = _Located.of(_twin(_NOT_ARMED_BEFORE))
_ONE_OF_MANY_F = _Located.of(_twin(_ONE_OF_MANY))
_HEARSAY_BEFORE_F = _Located.of(_twin(_HEARSAY_BEFORE))
_AVENGED_BEFORE_F = _Located.of(_twin(_AVENGED_BEFORE))
_ENDS_BY_F = _Located.of(_twin(_ENDS_BY))
_PROTESTERS_KILLED_F = _twin(_PROTESTERS_KILLED)
_ACROSS_AREAS_F = _Located.of(_twin(_ACROSS_AREAS))
_LABOUR_F = _twin(_LABOUR)
_PERFECT_AFTER_F = _twin(_PERFECT_AFTER)
_PERFECT_BEFORE_F = _twin(_PERFECT_BEFORE)
_ALONE_PASSIVE_KILLING_F = _twin(_ALONE_PASSIVE_KILLING)
_KILLED_AT_SITE_F = _twin(_KILLED_AT_SITE)
_INDEFINITE_BEFORE_F = _twin(_INDEFINITE_BEFORE)
_WOULD_AFTER_F = _twin(_WOULD_AFTER)
