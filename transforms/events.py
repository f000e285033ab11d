"""Events a document reports: type, status, date, place; agreements named. Pure.

Keyword evidence per sentence, in English, Russian and Turkish. A sentence in the future
tense ("will be held", "пройдет", "yapılacak") gives a planned event; the others give held
events, one per kind of activity reported (a visit during which a memorandum is signed is
a visit and a signing). Meetings are multilateral when the text says so (assembly,
session, heads of offices, trilateral) or three or more states take part.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

# Cue patterns are lower case: they run over a same-length lower-cased copy of the text
# (re.IGNORECASE is several times slower).
#
# Speed: every alternative starts with a literal character, so the regex engine skips
# ahead to the positions holding one of those first characters instead of trying the
# whole pattern at every position. A word boundary before a first word character c is
# written after it: "c(?<!\w.)" is exactly "\bc" (the character before c is no word
# character, or c opens the text), and "\b(?:a|b)x" is written "\bax|\bbx". The
# readable forms are kept in tests/transforms/test_events.py, which checks that both
# find the same spans.
_B = r"(?<!\w.)"


def _words(*alternatives: str) -> str:
    r"""'\b(?:alt1|alt2|...)\b' with a first-character prefix for each alternative."""
    return "|".join(f"{a[0]}{_B}{a[1:]}\\b" for a in alternatives)


EVIDENCE = {
    "signing": re.compile(rf"s{_B}ign(?:ed|ing|s)\b|i{_B}nked\b|подпис(?:ал|ан|ыва|ани|ан)|"
                          r"imzala|imza tören"),
    "visit": re.compile(rf"v{_B}isit(?:s|ed|ing)?\b|p{_B}aid a\b.{{0,20}}\bvisit|"
                        r"received (?:a|the) (?:\w+ ){0,2}delegation|"
                        r"hosted (?:a|the) (?:\w+ ){0,2}delegation|"
                        r"welcomed (?:a|the) (?:\w+ ){0,2}delegation|"
                        rf"визит|посети|п{_B}рибыл|принял\w* (?:\w+ ){{0,3}}делегаци|"
                        r"ziyaret|heyeti(?:ni)? kabul"),
    "conference": re.compile(_words("conferences?", "seminars?", "symposiums?", "forums?",
                                    "workshops?", "congresss?", "round ?tables?")
                             + r"|конференци|семинар|симпозиум|форум|круглый стол|konferans|"
                               r"seminer|sempozyum|çalıştay|kongre"),
    "meeting": re.compile(_words("met", "meets?", "meeting", "talks", "bilateral", "received",
                                 "hosted", "video ?conference", "held discussions")
                          + r"|встреч|переговор|принял|беседа|видеоконференц|заседани|görüş|"
                            r"bir araya|toplant|kabul etti"),
    "other": re.compile(_words("ceremony", "exhibition", "accession", "award")
                        + r"|церемони|выставк|tören|sergi"),
}
MULTILATERAL = re.compile(
    _words("assembl(?:y|ies)", "sessions?", "summit", "multilateral (?:meeting|talks|format)",
           "trilateral (?:meeting|talks|format)", "meeting of the heads",
           "heads of (?:the )?(?:other )?(?:national )?(?:ip |intellectual property |"
           "patent )?(?:offices|institutions)", "ministerial")
    + r"|заседани|ассамбле|саммит|многосторонн\w* встреч|трехсторонн\w* встреч|genel kurul|"
      r"zirve|çok taraflı")
BILATERAL = re.compile(_words("bilateral", "one-on-one") + r"|двусторонн|ikili")
# a meeting held at the edge of a bigger one: "on the sidelines of the WIPO Assemblies"
SIDELINES = re.compile(_words("on the (?:sidelines|margins)", "in the framework of")
                       + r"|на полях|в рамках|marjında|kenarında|çerçevesinde")
FUTURE = re.compile(
    _words("will (?:be held|take place|host|visit|hold|be organi[sz]ed|meet)",
           "is (?:scheduled|planned|expected) to", "is to be held")
    + r"|пройд[её]т|состоится|предстоит|будет провед|посетит|планируется|yapılacak|"
      r"düzenlenecek|gerçekleştirilecek|ziyaret edecek")
AGREEMENT = re.compile(
    "|".join(f"{w[0]}{_B}{w[1:]}\\b" for w in [
        "Joint Declaration", "Declaration", "Memorandum of Understanding", "Memorandum",
        "MoU", "MOU", "Agreement", "Protocol", "Letter of Intent", "joint letter of intent",
        "letter of intent", "memorandum", "agreement", "declaration", "protocol", "Programme",
        "Program", "Plan", "Roadmap", "Road Map"])
    + r"|меморандум\w*|соглашени\w*|протокол\w*|декларац\w*|mutabakat zaptı|anlaşma\w*|"
      r"protokol\w*|bildirge\w*", 0)
_AGREEMENT_KIND = [("declaration", "declaration"), ("декларац", "declaration"),
                   ("bildirge", "declaration"), ("letter of intent", "letter_of_intent"),
                   ("memorandum", "memorandum"), ("mou", "memorandum"),
                   ("меморандум", "memorandum"), ("mutabakat", "memorandum"),
                   ("agreement", "agreement"), ("соглашени", "agreement"),
                   ("anlaşma", "agreement"), ("protocol", "protocol"),
                   ("протокол", "protocol"), ("protokol", "protocol"),
                   ("program", "programme"), ("plan", "plan"), ("road", "roadmap")]

_MONTHS = {
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june",
                                   "july", "august", "september", "october", "november",
                                   "december"], 1)},
    **{m: i for i, m in enumerate(["январ", "феврал", "март", "апрел", "ма", "июн", "июл",
                                   "август", "сентябр", "октябр", "ноябр", "декабр"], 1)},
    **{m: i for i, m in enumerate(["ocak", "şubat", "mart", "nisan", "mayıs", "haziran",
                                   "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
                                  1)},
}
_MONTH_LETTER = "[A-Za-zА-Яа-яёÇçĞğİıÖöŞşÜü]"
_MONTH_WORD = f"({_MONTH_LETTER}+)"
# A month word opening a pattern starts where the letters before it end (a longer run of
# letters would have matched first): written so, its first letter is the engine's cue to
# try and no letter inside a word is tried again. r"(\d\d?)" is r"(\d{1,2})".
_MONTH_WORD_FIRST = f"({_MONTH_LETTER}(?<!{_MONTH_LETTER}.){_MONTH_LETTER}*)"
_DATE_PATTERNS = [
    re.compile(_MONTH_WORD_FIRST + r"\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})"),  # May 2, 2023
    re.compile(r"(\d\d?)(?:\s*[-–]\s*\d{1,2})?\s+" + _MONTH_WORD + r"\s+(\d{4})"),  # 6 сентября 2019
    re.compile(_MONTH_WORD_FIRST + r"\s+(\d{1,2})\b"),  # on May 24
    re.compile(rf"(\d{_B}\d?)(?:\s*[-–]\s*\d{{1,2}})?\s+" + _MONTH_WORD),  # 11 февраля
]
_DIGIT = re.compile(r"\d")


@dataclass
class Event:
    event_type: str
    status: str  # held | planned
    sentence: int  # index of the first sentence with evidence
    parent: int | None = None  # index of the event this one was part of
    event_date: dt.date | None = None
    date_source: str | None = None  # text | published | None
    agreements: list[dict] = field(default_factory=list)


def month_number(word: str) -> int | None:
    w = word.lower()
    if w in _MONTHS:
        return _MONTHS[w]
    for stem, n in _MONTHS.items():
        if len(stem) >= 3 and w.startswith(stem) and len(w) - len(stem) <= 2:
            return n
    if w.startswith("ма") and w in ("мая", "маю", "мае"):
        return 5
    return None


def find_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """The first full or partial date in a sentence; a missing year comes from the
    publication date (the year before if that would put the event after publication)."""
    if _DIGIT.search(sentence) is None:
        return None  # every pattern has a number
    for k, pat in enumerate(_DATE_PATTERNS):
        for m in pat.finditer(sentence):
            g = m.groups()
            if k == 0:
                month, day, year = month_number(g[0]), int(g[1]), int(g[2])
            elif k == 1:
                day, month, year = int(g[0]), month_number(g[1]), int(g[2])
            elif k == 2:
                month, day, year = month_number(g[0]), int(g[1]), None
            else:
                day, month, year = int(g[0]), month_number(g[1]), None
            if month is None:
                continue
            if year is None:
                if published is None:
                    continue
                year = published.year
                if (month, day) > (published.month, published.day):
                    year -= 1
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
    return None


def agreements_in(sentence: str, offset: int) -> list[dict]:
    out = []
    for m in AGREEMENT.finditer(sentence):
        low = m.group().lower()
        kind = next((k for stem, k in _AGREEMENT_KIND if stem in low), "other")
        # the name runs on while words stay capitalised: "Joint Declaration of the 1st ..."
        tail = re.match(r"(?:\s+(?:of|on|in|for|between|and|the|to|\d+\w*|[A-Z][\w'-]*))*",
                        sentence[m.end():])
        phrase = (m.group() + (tail.group() if m.group()[0].isupper() else "")).strip()
        phrase = re.sub(r"\s+(?:of|on|in|for|between|and|the|to)$", "", phrase)
        out.append({"kind": kind, "name": phrase, "char_start": offset + m.start(),
                    "char_end": offset + m.start() + len(phrase)})
    return out


def find_events(text: str, sentences: list[tuple[int, int]], published: dt.date | None,
                n_countries: int) -> list[Event]:
    held: dict[str, Event] = {}
    planned: dict[str, Event] = {}
    # one scan of the text per pattern (not per sentence), then sentence by sentence
    found = _cues_by_sentence(text, sentences)
    for si, (s, e) in enumerate(sentences):
        cues = found.get(si)
        if not cues:
            continue
        sent = text[s:e]
        kinds = [k for k in EVIDENCE if k in cues]
        if "multilateral" in cues:
            kinds.append("multilateral")
        if "meeting" in kinds:
            kinds.remove("meeting")
            kinds += _meeting_kinds(cues, n_countries)
        if "other" in kinds and "signing" in kinds:
            kinds.remove("other")  # a signing ceremony is a signing
        if not kinds:
            continue
        future = "future" in cues
        target = planned if future else held
        for k in kinds:
            if k not in target:
                target[k] = Event(k, "planned" if future else "held", si)
                date = find_date(sent, published)
                if date is not None:
                    target[k].event_date, target[k].date_source = date, "text"
        if not future:
            for a in agreements_in(sent, s):
                held[kinds[0]].agreements.append(a)
    events = _nest(_collapse(held)) + _collapse(planned)
    for ev in events:
        if ev.event_date is None and ev.status == "held" and published is not None:
            ev.event_date, ev.date_source = published, "published"
    return events


# The frame of an occurrence: a visit contains its talks and signings, a conference its
# side meetings. One document reports one occurrence; its other activities are parts.
_FRAME_RANK = ["visit", "conference", "multilateral_meeting", "signing",
               "bilateral_meeting", "other"]


def _nest(held: list[Event]) -> list[Event]:
    if len(held) > 1:
        top = min(range(len(held)), key=lambda k: (_FRAME_RANK.index(held[k].event_type),
                                                   held[k].sentence))
        for k, ev in enumerate(held):
            if k != top:
                ev.parent = top
    return held


def _lower_same_length(text: str) -> str:
    """Lower case without changing any offset (str.lower turns 'İ' into two characters),
    so the patterns can run without re.IGNORECASE, which is several times slower.

    Exactly text.translate(_LOWER) (letters below U+0530 lowered one by one, 'İ' to 'i'),
    computed with str.lower: text beyond U+0530 is put back as written, and a text
    whose lower case is not one character per character (or has a capital sigma, which
    str.lower writes by its place in a word) takes the table."""
    if text.isascii():
        return text.lower()
    if "Σ" in text:
        return text.translate(_LOWER)
    low = (text.replace("İ", "i") if "İ" in text else text).lower()
    if len(low) != len(text):
        return text.translate(_LOWER)
    parts, prev = [], 0
    for m in _BEYOND_TABLE.finditer(text):
        a, b = m.span()
        parts += (low[prev:a], text[a:b])
        prev = b
    if not parts:
        return low
    parts.append(low[prev:])
    return "".join(parts)


_LOWER = {ord(c): ord(c.lower()) for c in map(chr, range(0x41, 0x530))
          if c.lower() != c and len(c.lower()) == 1}
_LOWER[ord("İ")] = ord("i")
_BEYOND_TABLE = re.compile(r"[^\x00-\u052f]+")


def _cues_by_sentence(text: str, sentences: list[tuple[int, int]]) -> dict[int, set[str]]:
    """Per sentence index, the names of the cue patterns with a match starting in it,
    the matches being each pattern's finditer over the lower-cased text.

    One scan finds every position where some pattern could start (the first three
    characters of one of its alternatives, _CUE_OPENINGS); there each pattern that
    could start is tried with .match, unless its previous match reaches over the
    position: what finditer would find, without nine scans of the text."""
    lowered = _lower_same_length(text)
    starts = [s for s, _ in sentences]
    out: dict[int, set[str]] = {}
    reach = [0] * len(_CUES)  # where each pattern's last match ended
    for q in map(_match_start, _CUE_OPENING.finditer(lowered)):
        for n in _CUE_OPENINGS[lowered[q:q + 3]]:
            if q < reach[n]:
                continue
            m = _CUES[n][1].match(lowered, q)
            if m is None:
                continue
            reach[n] = m.end()
            k = bisect.bisect_right(starts, q) - 1
            if k >= 0 and q < sentences[k][1]:
                out.setdefault(k, set()).add(_CUES[n][0])
    return out


def _match_start(m: re.Match) -> int:
    return m.start()


def _meeting_kinds(cues: set[str], n_countries: int) -> list[str]:
    """Which meetings a sentence with meeting evidence reports."""
    multi = "multilateral" in cues
    if "bilateral" in cues or (multi and "sidelines" in cues):
        return ["bilateral"]  # the multilateral frame, if any, is its own evidence
    if multi or n_countries >= 3:
        return ["multilateral"]
    return ["bilateral"]


_TYPE = {"bilateral": "bilateral_meeting", "multilateral": "multilateral_meeting"}
_CUES = [*EVIDENCE.items(), ("multilateral", MULTILATERAL), ("bilateral", BILATERAL),
         ("sidelines", SIDELINES), ("future", FUTURE)]
# How every alternative of each cue pattern opens in the lower-cased text: three
# characters or more (a match of the pattern starts with one of these;
# tests/transforms/test_events.py checks that nothing else starts one). Common openings
# are written longer so that fewer positions are tried.
_OPENINGS_OF = {
    "signing": ["sig", "ink", "под", "imz"],
    "visit": ["vis", "pai", "rec", "hos", "wel", "виз", "пос", "при", "ziy", "hey"],
    "conference": ["con", "sem", "sym", "foru", "wor", "rou", "кон", "сем", "сим", "фор",
                   "кру", "kon", "çal"],
    "meeting": ["met", "mee", "tal", "bil", "rec", "hos", "vid", "hel", "вст", "пер", "при",
                "бес", "вид", "зас", "gör", "bir", "top", "kab"],
    "other": ["cer", "exh", "acc", "awa", "цер", "выс", "tör", "ser"],
    "multilateral": ["ass", "ses", "sum", "mul", "tri", "mee", "hea", "minis", "зас", "асс",
                     "сам", "мно", "тре", "gen", "zir", "çok"],
    "bilateral": ["bil", "one", "дву", "iki"],
    "sidelines": ["on the s", "on the m", "in the f", "на ", "в р", "mar", "ken", "çer"],
    "future": ["wil", "is ", "про", "сос", "пре", "буд", "пос", "пла", "yap", "düz", "ger",
               "ziy"],
}
# first three characters -> the patterns (by index in _CUES) an opening of which has them
_CUE_OPENINGS: dict[str, tuple[int, ...]] = {}
for _n, (_name, _) in enumerate(_CUES):
    for _o in _OPENINGS_OF[_name]:
        if _n not in _CUE_OPENINGS.get(_o[:3], ()):
            _CUE_OPENINGS[_o[:3]] = _CUE_OPENINGS.get(_o[:3], ()) + (_n,)
_ALL_OPENINGS = sorted({o for os in _OPENINGS_OF.values() for o in os})
# one character consumed per position (so that every position is seen), the rest looked
# ahead; grouped by first character
_CUE_OPENING = re.compile("|".join(
    re.escape(c) + "(?=" + "|".join(re.escape(o[1:]) for o in _ALL_OPENINGS
                                    if o[0] == c) + ")"
    for c in sorted({o[0] for o in _ALL_OPENINGS})))


def _collapse(found: dict[str, Event]) -> list[Event]:
    out = []
    for kind, ev in found.items():
        ev.event_type = _TYPE.get(kind, kind)
        out.append(ev)
    return sorted(out, key=lambda e: e.sentence)
