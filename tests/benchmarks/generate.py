"""Deterministic generator of synthetic IP-cooperation news articles for benchmarks.

    python -m tests.benchmarks.generate --n 100000 --out /tmp/raw100k --seed 7 [--truth]

or, from Python, ``generate(n, Path(out), seed=7)``.

Writes ``NNN_<16 hex>.txt`` files (UTF-8, one article each, 1-3 KB) in English (~60 %),
Russian (~25 %) and Turkish (~15 %): meetings, visits, signings, conferences and assemblies
between officials of 1-6 states and of WIPO / EAPO / OTS. About 70 % start with the scraper's
`` date YYYY-MM-DD `` header glued to the first sentence. A few files are written with CRLF
line endings (~2 %), a few repeat an earlier article under another name (~0.5 %) and a few
are unusable (~0.1 %: empty, header only, binary bytes, cp1251 instead of UTF-8).

Persons (about n/20 of them) are assembled from generic given-name / surname / patronymic
parts typical of each country -- no real person is described. Each has a fixed country,
organisation and title (a few are promoted once). Every mention spells the name one of
several realistic ways: transliteration schemes (y/ie/e, -ev/-yev, kh/h, zh/j, Korean eo/u,
ss/s ...), Cyrillic with Russian case endings in Russian texts, Turkish letters (and
sometimes all-caps surnames) in Turkish texts, initials, family-name-first or
given-name-first order, surname-only later references. Surnames are shared by many persons.

With ``--truth`` also writes ``truth.jsonl`` (one line per file: persons, mention surfaces,
event type, participant countries, date, city, language; ``bad`` / ``dup_of`` for the
deliberate oddities) and ``truth_persons.jsonl`` (one line per person in the pool).

Pure standard library; everything random comes from one ``random.Random(seed)``, so the same
``n`` and ``seed`` give byte-identical files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path
from random import Random

__all__ = ["generate"]

LANG_WEIGHTS = (("en", 0.60), ("ru", 0.25), ("tr", 0.15))
P_HEADER = 0.70
P_CRLF = 0.02
P_DUP = 0.005
P_BAD = 0.001
MIN_BYTES, MAX_BYTES = 1024, 3072
_FILE_RE = re.compile(r"^\d{3,}_[0-9a-f]{16}\.txt$")

# =============================================================================== scripts

_VOW = frozenset("аеёиоуыэюяәөүұіў")
_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "қ": "k", "ғ": "g", "ң": "n", "ә": "a", "ө": "o", "ү": "u", "ұ": "u",
    "і": "i", "һ": "h", "ў": "u", "ҳ": "kh",
    "e0": "ye", "yo0": "yo", "iy": "iy",
}


def _sch(**kw):
    d = dict(_BASE)
    d.update(kw)
    return d


# Four English-press schemes per country (0 is the most common), plus one for Turkish texts.
_S_BGN = _sch()
_S_ICAO = _sch(e0="e", yo0="e", **{"ё": "e", "й": "i", "ю": "iu", "я": "ia", "iy": "ii"})
_S_RU2 = _sch(e0="e", yo0="yo", ks=True, **{"ё": "e", "iy": "y"})
_S_RU3 = _sch(**{"ё": "e", "iy": "i"})
_S_TURKIC_INF = _sch(e0="e", **{"х": "h", "ж": "j", "қ": "q", "ғ": "gh", "ң": "ng", "ҳ": "h",
                                "ў": "o'", "iy": "iy"})
_S_KAZ_NAT = _sch(e0="e", **{"ш": "ş", "ч": "ç", "ж": "j", "ә": "ä", "ө": "ö", "ү": "ü",
                             "ұ": "ū", "қ": "q", "ғ": "ğ", "ң": "ñ", "х": "h", "й": "i",
                             "ю": "iu", "я": "ia", "ы": "y"})
_S_KGZ_NAT = _sch(e0="e", **{"ж": "j", "ө": "ö", "ү": "ü", "х": "h", "ң": "ñ"})
_S_UZB_LAT = _sch(e0="ye", **{"х": "x", "ҳ": "h", "қ": "q", "ғ": "g'", "ў": "o'", "ж": "j",
                              "ц": "s", "ы": "i"})
_S_UZB_3 = _sch(e0="e", **{"ж": "j", "ҳ": "h", "ғ": "g", "ў": "u"})
_S_TJK_3 = _sch(e0="e", post=((re.compile(r"zoda\b"), "zade"),), **{"ж": "j", "х": "h"})
_S_TKM_NAT = _sch(e0="ýe", post=((re.compile(r"ev\b"), "ew"), (re.compile(r"ov\b"), "ow")),
                  **{"ш": "ş", "ч": "ç", "ж": "j", "й": "ý", "х": "h", "ю": "ýu", "я": "ýa",
                     "ә": "ä", "ө": "ö", "ү": "ü"})
_S_MNG0 = _sch(**{"ж": "j", "й": "i"})
_S_MNG1 = _sch(e0="e", **{"ж": "j", "ө": "u", "й": "i", "я": "ia"})
_S_MNG2 = _sch(e0="e", **{"ж": "j", "х": "h", "ц": "ts", "й": "i"})
_S_MNG3 = _sch(**{"ж": "j", "ө": "ö", "ү": "ü", "й": "i"})
_S_KAZ1 = _sch(e0="e", ss=True, **{"ё": "e", "й": "i", "ю": "iu", "я": "ia", "iy": "ii"})
_S_TR = _sch(e0="ye", **{"ч": "ç", "ш": "ş", "щ": "ş", "ж": "j", "х": "h", "ы": "ı", "ө": "ö",
                         "ү": "ü", "ұ": "u", "ә": "a", "ғ": "g", "ң": "n", "ў": "o", "ҳ": "h",
                         "ц": "ts"})

_CYR_SCHEMES = {
    "RUS": (_S_BGN, _S_ICAO, _S_RU2, _S_RU3),
    "BLR": (_S_BGN, _S_ICAO, _S_RU2, _S_RU3),
    "KAZ": (_S_BGN, _S_KAZ1, _S_TURKIC_INF, _S_KAZ_NAT),
    "KGZ": (_S_BGN, _S_ICAO, _S_TURKIC_INF, _S_KGZ_NAT),
    "UZB": (_S_BGN, _S_ICAO, _S_UZB_LAT, _S_UZB_3),
    "TJK": (_S_BGN, _S_ICAO, _S_TURKIC_INF, _S_TJK_3),
    "TKM": (_S_BGN, _S_ICAO, _S_TURKIC_INF, _S_TKM_NAT),
    "MNG": (_S_MNG0, _S_MNG1, _S_MNG2, _S_MNG3),
}
_RUSSIFY = str.maketrans("қғңәөүұіһўҳёҚҒҢӘӨҮҰІҺЎҲЁ", "кгнаоууихухеКГНАОУУИХУХЕ")
_DIGRAPH_INI = ("Shch", "Sh", "Zh", "Ch", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo")


def _tr_upper(s: str) -> str:
    return s.replace("i", "İ").upper()


def _capwords(s: str, turkish: bool = False) -> str:
    out = []
    up = True
    for ch in s:
        if up and ch.isalpha():
            out.append("İ" if (turkish and ch == "i") else ch.upper())
            up = False
        else:
            out.append(ch)
        if ch in " -":
            up = True
    return "".join(out)


def _tl(word: str, sch: dict, turkish: bool = False) -> str:
    """Cyrillic (Russian / Kazakh / Kyrgyz / Uzbek / Mongolian letters) to Latin."""
    s = word.lower()
    n = len(s)
    out = []
    i = 0
    while i < n:
        c = s[i]
        prev = s[i - 1] if i else " "
        nxt = s[i + 1] if i + 1 < n else " "
        if c in "её" and (prev in _VOW or prev in " -ъь"):
            out.append(sch["e0"] if c == "е" else sch["yo0"])
        elif c == "и" and nxt == "й" and (i + 2 == n or s[i + 2] in " -"):
            out.append(sch["iy"])
            i += 2
            continue
        elif c == "к" and nxt == "с" and sch.get("ks"):
            out.append("x")
            i += 2
            continue
        elif c == "с" and sch.get("ss") and prev in _VOW and nxt in _VOW:
            out.append("ss")
        else:
            out.append(sch.get(c, c))
        i += 1
    r = "".join(out)
    for pat, rep in sch.get("post", ()):
        r = pat.sub(rep, r)
    return _capwords(r, turkish)


def _lat_initial(s: str, digraphs: bool) -> str:
    if digraphs:
        for d in _DIGRAPH_INI:
            if s.startswith(d):
                return d
    return s[0]


# --- Latin-script sources (Türkiye, Azerbaijan, Georgia, Armenia) -> Cyrillic ------------

_TR_STRIP = str.maketrans("çğıöşüÇĞİÖŞÜâîû", "cgiosuCGIOSUaiu")
_CONS_LAT = frozenset("bcçdfgğhjklmnpqrsştvwxyz")


def _lower_tr(s: str) -> str:
    return s.replace("İ", "i").replace("I", "ı").lower()


def _tur_aze_to_cyr(s: str, aze: bool) -> str:
    low = _lower_tr(s)
    n = len(low)
    out = []
    i = 0
    vow = "aeıioöuüə"
    while i < n:
        c = low[i]
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < n else " "
        start = prev in " -"
        if c == "y":
            if nxt == "a":
                out.append("я"); i += 2; continue
            if nxt == "u":
                out.append("ю"); i += 2; continue
            if nxt == "o":
                out.append("ё"); i += 2; continue
            if nxt == "e":
                out.append("е"); i += 2; continue
            if nxt in vow:
                out.append("й")
            else:
                out.append("й")
        elif c == "e":
            out.append("э" if start else "е")
        elif c == "ə":
            out.append("а")
        elif c == "ı":
            out.append("и" if (aze and nxt == "y") else "ы")
        elif c == "h":
            if aze and (start or (prev in vow and nxt in vow)):
                out.append("г")
            else:
                out.append("х")
        elif c == "ü":
            if aze:
                out.append("ю" if prev in "gkl" else "у")
            else:
                out.append("ю")
        elif c == "ö":
            out.append("о" if start else ("ё" if (not aze or prev in "gkl") else "о"))
        elif c == "l":
            soft = prev in "eiüöə" and (nxt == " " or nxt in _CONS_LAT)
            out.append("ль" if soft else "л")
        else:
            out.append({"a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "f": "ф", "g": "г",
                        "ğ": "г", "i": "и", "j": "ж", "k": "к", "m": "м", "n": "н", "o": "о",
                        "p": "п", "q": "г", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у",
                        "v": "в", "x": "х", "z": "з", "w": "в"}.get(c, c))
        i += 1
    return _capwords("".join(out))


_LAT_DIGRAPHS = (("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("zh", "ж"),
                 ("ts", "ц"), ("gh", "г"), ("ya", "я"), ("yu", "ю"), ("ye", "е"))
_LAT_SINGLE = {"a": "а", "b": "б", "c": "ц", "d": "д", "f": "ф", "g": "г", "h": "х", "i": "и",
               "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к",
               "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й",
               "z": "з"}


def _lat_to_cyr(s: str) -> str:
    low = s.lower()
    out = []
    i = 0
    n = len(low)
    while i < n:
        if low.startswith("ia", i) and i + 2 == n:
            out.append("ия"); i += 2; continue
        for lat, cyr in _LAT_DIGRAPHS:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            c = low[i]
            if c == "e":
                out.append("э" if i == 0 else "е")
            else:
                out.append(_LAT_SINGLE.get(c, c))
            i += 1
    return _capwords("".join(out))


def _lat_to_tr(s: str) -> str:
    return (s.replace("sh", "ş").replace("ch", "ç").replace("kh", "h").replace("zh", "j")
            .replace("gh", "ğ").replace("Sh", "Ş").replace("Ch", "Ç").replace("Kh", "H")
            .replace("Zh", "J").replace("Gh", "Ğ"))


def _aze_en(s: str, e_for_schwa: bool = False, short_yev: bool = False) -> str:
    r = []
    for c in s:
        r.append({"ə": "e" if e_for_schwa else "a", "Ə": "E" if e_for_schwa else "A",
                  "x": "kh", "X": "Kh", "q": "g", "Q": "G", "c": "j", "C": "J", "ş": "sh",
                  "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "g" if e_for_schwa else "gh",
                  "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U"}.get(c, c))
    out = "".join(r)
    if short_yev:
        out = re.sub(r"(?<=[ai])yev(a?)\b", r"ev\1", out)
    return out


def _aze_tr(s: str) -> str:
    return (s.replace("ə", "e").replace("Ə", "E").replace("x", "h").replace("X", "H")
            .replace("q", "g").replace("Q", "G"))


# =============================================================================== Russian cases

_CASE = {"n": 0, "g": 1, "i": 2, "d": 3}
_HUSH = "жшчщц"
_VELAR_HUSH = "гкхжшчщ"


def _decl_given(s: str, male: bool, case: str) -> str:
    if case == "n":
        return s
    last = s[-1]
    if last == "а" or (last == "я" and not s.endswith("ия")):
        stem = s[:-1]
        if last == "я":
            return stem + {"g": "и", "d": "е", "i": "ей"}[case]
        return stem + {"g": "и" if stem[-1] in _VELAR_HUSH else "ы", "d": "е",
                       "i": "ей" if stem[-1] in _HUSH else "ой"}[case]
    if s.endswith("ия"):
        return s[:-1] + {"g": "и", "d": "и", "i": "ей"}[case]
    if not male:
        return s
    if s.endswith("ий"):
        return s[:-1] + {"g": "я", "d": "ю", "i": "ем"}[case]
    if last in "йь":
        return s[:-1] + {"g": "я", "d": "ю", "i": "ем"}[case]
    if last in "аеёиоуыэюяәөүұі":
        return s
    return s + {"g": "а", "d": "у", "i": "ем" if last in _HUSH else "ом"}[case]


def _decl_surname(s: str, male: bool, case: str) -> str:
    if case == "n":
        return s
    if male:
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"g": "а", "d": "у", "i": "ым"}[case]
        if s.endswith(("ский", "цкий")):
            return s[:-2] + {"g": "ого", "d": "ому", "i": "им"}[case]
        last = s[-1]
        if last == "ь":
            return s[:-1] + {"g": "я", "d": "ю", "i": "ем"}[case]
        if last in "аеёиоуыэюяйәөүұі":
            return s
        return s + {"g": "а", "d": "у", "i": "ем" if last in _HUSH else "ом"}[case]
    if s.endswith(("ская", "цкая")):
        return s[:-2] + "ой"
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + "ой"
    return s


def _decl_patronymic(s: str, male: bool, case: str) -> str:
    if case == "n":
        return s
    if male:
        return s + {"g": "а", "d": "у", "i": "ем"}[case]
    return s[:-1] + {"g": "ы", "d": "е", "i": "ой"}[case]


_DECL = {"g": _decl_given, "s": _decl_surname, "p": _decl_patronymic}
_DECL_CACHE: dict = {}


def _ru(part, male: bool, case: str) -> str:
    if part.rk is None or case == "n":
        return part.cyr
    key = (part.cyr, part.rk, male, case)
    r = _DECL_CACHE.get(key)
    if r is None:
        r = _DECL_CACHE[key] = _DECL[part.rk](part.cyr, male, case)
    return r


# =============================================================================== name parts

_RU_M = ["Иван", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Николай",
         "Владимир", "Павел", "Юрий", "Евгений", "Александр", "Максим", "Артём", "Олег",
         "Игорь", "Виктор", "Константин", "Григорий", "Роман", "Илья", "Вадим", "Антон",
         "Кирилл", "Станислав", "Денис"]
_RU_F = ["Ольга", "Елена", "Наталья", "Татьяна", "Ирина", "Юлия", "Мария", "Анна",
         "Екатерина", "Светлана", "Марина", "Людмила", "Валентина", "Ксения", "Дарья",
         "Анастасия", "Вера", "Галина", "Оксана", "Надежда"]
_RU_S = ["Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков",
         "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
         "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Захаров",
         "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
         "Сергеев", "Фролов", "Белов", "Крылов", "Тихонов", "Гусев", "Киселёв", "Ильин",
         "Щербаков", "Журавлёв", "Сорокин", "Голубев", "Вишневский", "Покровский",
         "Добровольский", "Ершов", "Юдин"]
_RU_P = [("Иванович", "Ивановна"), ("Сергеевич", "Сергеевна"), ("Алексеевич", "Алексеевна"),
         ("Дмитриевич", "Дмитриевна"), ("Андреевич", "Андреевна"), ("Михайлович", "Михайловна"),
         ("Николаевич", "Николаевна"), ("Владимирович", "Владимировна"),
         ("Павлович", "Павловна"), ("Юрьевич", "Юрьевна"), ("Евгеньевич", "Евгеньевна"),
         ("Александрович", "Александровна"), ("Викторович", "Викторовна"),
         ("Олегович", "Олеговна"), ("Игоревич", "Игоревна"), ("Борисович", "Борисовна"),
         ("Анатольевич", "Анатольевна"), ("Геннадьевич", "Геннадьевна"),
         ("Валерьевич", "Валерьевна"), ("Петрович", "Петровна")]

_BY_M = ["Александр|Aliaksandr", "Сергей|Siarhei", "Владимир|Uladzimir", "Дмитрий|Dzmitry",
         "Андрей|Andrei", "Виктор|Viktar", "Игорь|Ihar", "Николай|Mikalai", "Павел|Pavel",
         "Юрий|Yury", "Евгений|Yauheni", "Алексей|Aliaksei", "Вадим|Vadzim", "Олег|Aleh",
         "Иван|Ivan", "Максим|Maksim"]
_BY_F = ["Ольга|Volha", "Елена|Alena", "Наталья|Natallia", "Татьяна|Tatsiana",
         "Ирина|Iryna", "Юлия|Yuliya", "Анна|Hanna", "Светлана|Sviatlana",
         "Людмила|Liudmila", "Екатерина|Katsiaryna", "Марина|Maryna",
         "Валентина|Valiantsina"]
_BY_S = ["Ковалёв|Kavaliou", "Новицкий|Navitski", "Климович|Klimovich",
         "Тарасевич|Tarasevich", "Ярошевич|Yaroshevich", "Мельник|Melnik",
         "Бондаренко|Bandarenka", "Савицкий|Savitski", "Гуринович|Hurynovich", "Жук|Zhuk",
         "Шевчук|Shauchuk", "Кравченко|Krauchanka", "Козловский|Kazlouski",
         "Василевич|Vasilevich", "Романович|Ramanovich", "Макаревич|Makarevich",
         "Лисовский|Lisouski", "Гончаров|Hancharou", "Мартинкевич|Martsinkevich",
         "Петрашевич|Piatrashevich", "Рыбаков|Rybakou", "Зубович|Zubovich"]

_KZ_M = ["Айдар", "Ерлан", "Нурлан", "Асхат", "Бақыт", "Ержан", "Серік", "Данияр", "Марат",
         "Арман", "Тимур", "Қуаныш", "Ғалымжан", "Ерболат", "Бауыржан", "Ермек", "Талғат",
         "Жандос", "Алмас", "Асқар", "Ерік", "Мұрат", "Нұржан", "Дәурен", "Самат", "Ельдос",
         "Жасұлан", "Мейрам"]
_KZ_F = ["Жанна", "Айгүл", "Гүлнара", "Динара", "Сәуле", "Әсел", "Айгерім", "Жанар",
         "Меруерт", "Мадина", "Ақмарал", "Салтанат", "Гаухар", "Назерке", "Ботагөз",
         "Ләззат", "Әлия", "Индира", "Шолпан", "Жұлдыз"]
_KZ_S = ["Ахметов", "Сүлейменов", "Жұмабеков", "Искаков", "Қасымов", "Мұқашев",
         "Төлегенов", "Бекмұхамбетов", "Сәрсенбаев", "Әбенов", "Жақыпов", "Оспанов", "Есенов",
         "Байжанов", "Кенжебаев", "Өтепов", "Садықов", "Әбдірахманов", "Ыбыраев", "Қалиев",
         "Тұрсынбеков", "Жақсылықов", "Нұрғалиев", "Смағұлов", "Мамыров", "Шәкенов",
         "Ермеков", "Дүйсенов", "Бектұров", "Серікұлы", "Қайратұлы", "Жандосұлы", "Есімов",
         "Мусин", "Исин"]

_KG_M = ["Бакытбек", "Алмазбек", "Нурбек", "Улан", "Эрмек", "Азамат", "Бектур", "Чыңгыз",
         "Темирлан", "Айбек", "Канат", "Мирлан", "Талант", "Өмүрбек", "Сүйүнбек",
         "Жыргалбек", "Марат", "Кубанычбек", "Эркин", "Нурлан", "Максат", "Адилет", "Бакыт"]
_KG_F = ["Жылдыз", "Айпери", "Гүлнара", "Нургүл", "Чолпон", "Бермет", "Эльмира", "Асель",
         "Айжан", "Динара", "Гүлмира", "Назгүл", "Айнура", "Мээрим", "Чынара", "Жибек"]
_KG_S = ["Абдылдаев", "Токтогулов", "Осмонов", "Маматов", "Үсөнов", "Эсенгулов", "Бекназаров",
         "Жумалиев", "Сыдыков", "Исаков", "Мамбетов", "Калыбеков", "Турдубаев", "Алымкулов",
         "Дүйшеев", "Орозбаев", "Төрөбеков", "Өмүралиев", "Асанов", "Бообеков",
         "Карыпбеков", "Жээналиев", "Сагынбаев", "Мукашев", "Ниязбеков", "Чотонов",
         "Абакиров", "Садыров"]

_UZ_M = ["Бахтиёр", "Улуғбек", "Жаҳонгир", "Фаррух", "Шерзод", "Рустам", "Азиз", "Дилшод",
         "Отабек", "Жамшид", "Санжар", "Ботир", "Ҳусниддин", "Акмал", "Баҳодир", "Нодир",
         "Зафар", "Шуҳрат", "Абдулла", "Ғайрат", "Одил", "Тимур", "Олим", "Музаффар"]
_UZ_F = ["Зарина", "Нилуфар", "Гулнора", "Дилноза", "Малика", "Феруза", "Шаҳноза", "Умида",
         "Нодира", "Мунира", "Гулчеҳра", "Дилфуза", "Мадина", "Сабина", "Лола", "Камола"]
_UZ_S = ["Аҳмедов", "Юсупов", "Раҳимов", "Турсунов", "Исмоилов", "Ҳасанов", "Назаров",
         "Абдуллаев", "Холматов", "Эргашев", "Юлдашев", "Султанов", "Ражабов", "Норматов",
         "Ҳамидов", "Усмонов", "Тошматов", "Убайдуллаев", "Маҳмудов", "Қодиров", "Ғуломов",
         "Алимов", "Содиқов", "Шарипов", "Каримжонов", "Тўхтаев", "Мўминов", "Исроилов",
         "Ҳайдаров", "Жўраев"]

_TJ_M = ["Фаррух", "Далер", "Рустам", "Шерали", "Фирдавс", "Суҳроб", "Бахтиёр", "Ҷамшед",
         "Зафар", "Исмоил", "Шаҳзод", "Умед", "Парвиз", "Манучеҳр", "Азиз", "Баҳром", "Комрон"]
_TJ_F = ["Мадина", "Нигина", "Зарина", "Гулнора", "Фарзона", "Меҳрангез", "Дилбар",
         "Шаҳноза", "Парвина", "Нилуфар", "Таҳмина", "Сабоҳат"]
_TJ_S = ["Раҳимзода", "Саидзода", "Назарзода", "Давлатзода", "Қурбонзода", "Шарифзода",
         "Ашурзода", "Раҳимов", "Сафаров", "Назаров", "Мирзоев", "Холов", "Ҷураев",
         "Шарипов", "Ҳакимов", "Абдуллоев", "Бобоев", "Иброҳимов", "Давлатов", "Одинаев"]

_TM_M = ["Мурат", "Довлет", "Байрам", "Мерген", "Аннагелди", "Батыр", "Гурбан", "Мекан",
         "Нурмухаммет", "Ровшен", "Реджеп", "Максат", "Акмырат", "Ыхлас", "Бегенч"]
_TM_F = ["Огулджерен", "Майса", "Айна", "Гулшат", "Джерен", "Энеш", "Хумай", "Огулнабат",
         "Селби", "Бахар"]
_TM_S = ["Аннаев", "Бердиев", "Гурбанов", "Овезов", "Ходжаев", "Чарыев", "Атаев",
         "Байрамов", "Нурыев", "Оразов", "Реджепов", "Сапаров", "Тачмурадов", "Аширов",
         "Мухаммедов", "Язмырадов", "Ходжамурадов"]

_MN_GIV = ["Батбаяр", "Ганзориг", "Мөнхбат", "Ганбаатар", "Баярсайхан", "Төмөрбаатар",
           "Отгонбаяр", "Энхтөр", "Сүхбат", "Амарбаясгалан", "Батжаргал", "Пүрэвдорж",
           "Ганхуяг", "Бат-Эрдэнэ", "Мөнх-Очир", "Лхагвасүрэн", "Жаргалсайхан", "Нямдорж"]
_MN_GIV_F = ["Эрдэнэчимэг", "Цэцэгмаа", "Оюунчимэг", "Сарангэрэл", "Нарантуяа", "Болормаа",
             "Алтанцэцэг", "Энхжаргал", "Уранчимэг", "Мөнхцэцэг", "Хулан", "Солонго", "Номин",
             "Оюунгэрэл"]
_MN_FATHER = ["Цэрэндорж", "Дорж", "Болд", "Цэрэн", "Даваа", "Лхагва", "Гомбо", "Жамц",
              "Пүрэв", "Дамдин", "Ням", "Чулуун", "Сэнгэ", "Батсүх", "Очир", "Дашдорж",
              "Гантулга", "Цогт", "Баатар", "Мягмар", "Жамбал", "Хүрэлбаатар"]

_TR_M = ["Mehmet", "Ahmet", "Mustafa", "Ali", "Hasan", "Hüseyin", "Murat", "Emre", "Burak",
         "Serkan", "Kemal", "Cem", "Osman", "Yusuf", "İbrahim", "Halil", "Ömer", "Fatih",
         "Serdar", "Volkan", "Tolga", "Onur", "Kaan", "Barış", "Uğur", "Gökhan", "Levent",
         "Erkan"]
_TR_M2 = ["Ali", "Can", "Emin", "Kemal", "Nuri", "Selim", "Akif", "Sait"]
_TR_F = ["Fatma", "Ayşe", "Zeynep", "Elif", "Esra", "Merve", "Gülşen", "Özlem", "Selin",
         "Derya", "Şule", "Emine", "Hatice", "Büşra", "Nurcan", "Aslı", "Ebru", "Pınar",
         "Sibel", "Gülay"]
_TR_F2 = ["Nur", "Gül", "Ayşe", "Sena", "Naz"]
_TR_S = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldırım", "Öztürk", "Aydın",
         "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
         "Özkan", "Şimşek", "Polat", "Korkmaz", "Akın", "Güneş", "Erdem", "Aksoy", "Tekin",
         "Karaca", "Bulut", "Ünal", "Keskin", "Turan", "Güler", "Ateş", "Bozkurt", "Uçar",
         "Taş", "Coşkun", "Sarı", "Kaplan", "Avcı", "Duman"]

_AZ_M = ["Elçin", "Rəşad", "Anar", "Kamran", "Tural", "Orxan", "Elnur", "Vüqar", "Fərid",
         "Ramil", "Elşən", "Nicat", "Rauf", "Səməd", "Emin", "Zaur", "Rövşən", "Mübariz",
         "Cavid", "Fuad", "Tofiq", "Vüsal"]
_AZ_F = ["Nigar", "Günel", "Aytən", "Leyla", "Sevinc", "Könül", "Aynur", "Nərmin", "Səbinə",
         "Lalə", "Aygün", "Xədicə", "Gülnar", "Fidan", "Ülkər", "Arzu"]
_AZ_S = ["Məmmədov", "Həsənov", "Quliyev", "Hüseynov", "Əhmədov", "İsmayılov", "Abbasov",
         "Cəfərov", "Rzayev", "Orucov", "Nəsirov", "Bağırov", "Kərimov", "Səfərov", "Vəliyev",
         "Musayev", "Qasımov", "Rəhimov", "Əsgərov", "Nağıyev", "Allahverdiyev", "Süleymanov",
         "Xəlilov", "Zeynalov", "Babayev", "İbrahimov", "Mustafayev", "Hacıyev", "Salmanov"]

_GE_M = ["Giorgi|George", "Levan", "Davit|David", "Irakli", "Zurab", "Nikoloz|Nikolas",
         "Shota", "Lasha", "Tamaz", "Giga", "Mikheil|Mikhail", "Aleksandre|Alexander",
         "Vakhtang", "Nodar", "Zaza", "Beka"]
_GE_F = ["Nino", "Tamar|Tamara", "Ketevan|Ketevani", "Mariam", "Ana|Anna", "Eka|Ekaterine",
         "Natia", "Salome", "Tea|Teona", "Sopo|Sophia", "Khatia|Hatia", "Maka", "Nana"]
_GE_S = ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri",
         "Japaridze|Djaparidze|Dzhaparidze", "Abashidze", "Chikovani|Tchikovani", "Gogoladze",
         "Kiknadze", "Mchedlishvili", "Bolkvadze", "Nozadze", "Khutsishvili|Hutsishvili",
         "Dolidze", "Kvaratskhelia", "Jgharkava|Jgarkava", "Chkheidze|Tchkheidze",
         "Sulaberidze", "Tsertsvadze|Tsertsvadze", "Danelia", "Lobzhanidze|Lobjanidze",
         "Gugushvili", "Meladze"]

_AM_M = ["Armen", "Tigran", "Gagik", "Karen", "Arsen", "Vahagn|Vaagn=Ваагн",
         "Hovhannes|Ovanes|Hovannes=Ованес", "Davit|David=Давид", "Aram", "Artur", "Narek",
         "Levon", "Hayk|Haik|Hayk=Айк", "Samvel", "Ashot"]
_AM_F = ["Anna", "Lusine|Lusineh", "Gayane|Gayaneh", "Anush|Anoush", "Narine|Nairi=Нарине",
         "Sona", "Lilit", "Mariam", "Armine", "Astghik|Astkhik=Астгик"]
_AM_S = ["Hakobyan|Akopyan|Hakobian=Акопян", "Harutyunyan|Arutyunyan|Harutiunian=Арутюнян",
         "Hovhannisyan|Ovanesyan|Hovhannisian=Оганесян", "Petrosyan|Petrosian=Петросян",
         "Grigoryan|Grigorian=Григорян", "Karapetyan|Karapetian=Карапетян",
         "Simonyan|Simonian=Симонян", "Martirosyan|Martirosian=Мартиросян",
         "Avetisyan|Avetisian=Аветисян", "Manukyan|Manukian=Манукян",
         "Davtyan|Davtian=Давтян", "Ghazaryan|Kazaryan|Ghazarian=Казарян",
         "Khachatryan|Khachatrian=Хачатрян", "Vardanyan|Vardanian=Варданян",
         "Mkrtchyan|Mkrtchian=Мкртчян", "Stepanyan|Stepanian=Степанян",
         "Poghosyan|Pogosyan=Погосян", "Gevorgyan|Gevorkyan=Геворкян"]

# Korean syllables: (RR, popular, alternative, Cyrillic, Hangul).
_KO_FAM = [("Kim", "Kim", "Gim", "Ким", "김"), ("Lee", "Lee", "Yi", "Ли", "이"),
           ("Park", "Park", "Pak", "Пак", "박"), ("Choi", "Choi", "Choe", "Чхве", "최"),
           ("Jeong", "Jung", "Chung", "Чон", "정"), ("Kang", "Kang", "Gang", "Кан", "강"),
           ("Jo", "Cho", "Jo", "Чо", "조"), ("Yun", "Yoon", "Youn", "Юн", "윤"),
           ("Jang", "Jang", "Chang", "Чан", "장"), ("Lim", "Lim", "Im", "Лим", "임"),
           ("Han", "Han", "Hahn", "Хан", "한"), ("Shin", "Shin", "Sin", "Син", "신"),
           ("Seo", "Suh", "So", "Со", "서"), ("Kwon", "Kwon", "Gwon", "Квон", "권"),
           ("Hwang", "Hwang", "Hwang", "Хван", "황"), ("Ahn", "Ahn", "An", "Ан", "안"),
           ("Song", "Song", "Song", "Сон", "송"), ("Yu", "Yoo", "Ryu", "Ю", "유"),
           ("Hong", "Hong", "Hong", "Хон", "홍"), ("Jeon", "Jun", "Chun", "Чон", "전"),
           ("Go", "Ko", "Koh", "Ко", "고"), ("Mun", "Moon", "Mun", "Мун", "문"),
           ("Oh", "Oh", "O", "О", "오"), ("Bae", "Bae", "Pae", "Пэ", "배"),
           ("Baek", "Baek", "Paik", "Пэк", "백"), ("Heo", "Huh", "Hur", "Хо", "허"),
           ("Nam", "Nam", "Nam", "Нам", "남"), ("No", "Roh", "Noh", "Но", "노"),
           ("Yang", "Yang", "Yang", "Ян", "양"), ("Son", "Sohn", "Son", "Сон", "손")]
_KO_SYL = [("seong", "sung", "song", "сон", "성"), ("ho", "ho", "ho", "хо", "호"),
           ("min", "min", "min", "мин", "민"), ("jun", "joon", "jun", "чун", "준"),
           ("hyeon", "hyun", "hyon", "хён", "현"), ("ji", "ji", "chi", "чи", "지"),
           ("yeong", "young", "yong", "ён", "영"), ("su", "soo", "su", "су", "수"),
           ("jin", "jin", "chin", "чин", "진"), ("u", "woo", "woo", "у", "우"),
           ("hui", "hee", "hee", "хи", "희"), ("jae", "jae", "jai", "чэ", "재"),
           ("seung", "seung", "sung", "сын", "승"), ("dong", "dong", "tong", "тон", "동"),
           ("hun", "hoon", "hun", "хун", "훈"), ("gyeong", "kyung", "kyeong", "кён", "경"),
           ("eun", "eun", "un", "ын", "은"), ("sang", "sang", "sang", "сан", "상"),
           ("cheol", "chul", "chol", "чхоль", "철"), ("hwan", "hwan", "hwan", "хван", "환"),
           ("tae", "tae", "tai", "тхэ", "태"), ("yong", "yong", "yong", "ён", "용"),
           ("won", "won", "weon", "вон", "원"), ("seok", "suk", "sok", "сок", "석"),
           ("yeon", "yeon", "yun", "ён", "연"), ("hye", "hye", "hae", "хе", "혜"),
           ("mi", "mi", "mee", "ми", "미"), ("bin", "bin", "bin", "бин", "빈"),
           ("gyu", "kyu", "gyu", "кю", "규"), ("ju", "joo", "ju", "чу", "주"),
           ("hyeok", "hyuk", "hyok", "хёк", "혁"), ("beom", "bum", "bom", "пом", "범"),
           ("geun", "keun", "gun", "кын", "근"), ("il", "il", "il", "иль", "일")]
# Chinese syllables: (pinyin, Wade-Giles, Cyrillic).
_ZH_FAM = [("Wang", "Wang", "Ван"), ("Li", "Lee", "Ли"), ("Zhang", "Chang", "Чжан"),
           ("Liu", "Liu", "Лю"), ("Chen", "Chen", "Чэнь"), ("Yang", "Yang", "Ян"),
           ("Zhao", "Chao", "Чжао"), ("Huang", "Huang", "Хуан"), ("Zhou", "Chou", "Чжоу"),
           ("Wu", "Wu", "У"), ("Xu", "Hsu", "Сюй"), ("Sun", "Sun", "Сунь"), ("Hu", "Hu", "Ху"),
           ("Zhu", "Chu", "Чжу"), ("Gao", "Kao", "Гао"), ("Lin", "Lin", "Линь"),
           ("He", "Ho", "Хэ"), ("Guo", "Kuo", "Го"), ("Ma", "Ma", "Ма"), ("Luo", "Lo", "Ло"),
           ("Liang", "Liang", "Лян"), ("Song", "Sung", "Сун"), ("Zheng", "Cheng", "Чжэн"),
           ("Xie", "Hsieh", "Се"), ("Han", "Han", "Хань"), ("Tang", "Tang", "Тан"),
           ("Feng", "Feng", "Фэн"), ("Dong", "Tung", "Дун"), ("Xiao", "Hsiao", "Сяо"),
           ("Cao", "Tsao", "Цао"), ("Deng", "Teng", "Дэн"), ("Shen", "Shen", "Шэнь"),
           ("Yuan", "Yuan", "Юань"), ("Pan", "Pan", "Пань"), ("Du", "Tu", "Ду"),
           ("Jiang", "Chiang", "Цзян")]
_ZH_SYL = [("wei", "wei", "вэй"), ("jun", "chun", "цзюнь"), ("ming", "ming", "мин"),
           ("hua", "hua", "хуа"), ("lei", "lei", "лэй"), ("yan", "yen", "янь"),
           ("ping", "ping", "пин"), ("jie", "chieh", "цзе"), ("tao", "tao", "тао"),
           ("xin", "hsin", "синь"), ("hong", "hung", "хун"), ("jian", "chien", "цзянь"),
           ("guo", "kuo", "го"), ("qiang", "chiang", "цян"), ("li", "li", "ли"),
           ("na", "na", "на"), ("fang", "fang", "фан"), ("xiao", "hsiao", "сяо"),
           ("yong", "yung", "юн"), ("chang", "chang", "чан"), ("hai", "hai", "хай"),
           ("bo", "po", "бо"), ("feng", "feng", "фэн"), ("zhi", "chih", "чжи"),
           ("peng", "peng", "пэн"), ("dong", "tung", "дун"), ("hui", "hui", "хуэй"),
           ("lin", "lin", "линь"), ("mei", "mei", "мэй"), ("qing", "ching", "цин"),
           ("wen", "wen", "вэнь"), ("zhong", "chung", "чжун"), ("xiang", "hsiang", "сян"),
           ("kai", "kai", "кай"), ("ning", "ning", "нин"), ("rui", "jui", "жуй")]

# kind: "cyr" (Cyrillic source), "tur", "aze", "lat" (Latin with alternatives), "kor",
# "chn", "mng"; pat: share of persons with a patronymic (Russian-style, Cyrillic).
_NAMES = {
    "RUS": dict(kind="cyr", m=_RU_M, f=_RU_F, s=_RU_S, pat=1.0),
    "BLR": dict(kind="cyr", m=_BY_M, f=_BY_F, s=_BY_S + _RU_S[:12], pat=1.0),
    "KAZ": dict(kind="cyr", m=_KZ_M, f=_KZ_F, s=_KZ_S, pat=0.6),
    "KGZ": dict(kind="cyr", m=_KG_M, f=_KG_F, s=_KG_S, pat=0.6),
    "UZB": dict(kind="cyr", m=_UZ_M, f=_UZ_F, s=_UZ_S, pat=0.6),
    "TJK": dict(kind="cyr", m=_TJ_M, f=_TJ_F, s=_TJ_S, pat=0.5),
    "TKM": dict(kind="cyr", m=_TM_M, f=_TM_F, s=_TM_S, pat=0.5),
    "MNG": dict(kind="mng", m=_MN_GIV, f=_MN_GIV_F, s=_MN_FATHER, pat=0.0),
    "TUR": dict(kind="tur", m=_TR_M, f=_TR_F, s=_TR_S, pat=0.0),
    "AZE": dict(kind="aze", m=_AZ_M, f=_AZ_F, s=_AZ_S, pat=0.0),
    "GEO": dict(kind="lat", m=_GE_M, f=_GE_F, s=_GE_S, pat=0.0),
    "ARM": dict(kind="lat", m=_AM_M, f=_AM_F, s=_AM_S, pat=0.0),
    "KOR": dict(kind="kor", pat=0.0),
    "CHN": dict(kind="chn", pat=0.0),
}


class Part:
    """One name part in every spelling the generator uses."""
    __slots__ = ("lat", "ini", "tr", "tri", "cyr", "rk", "hg")

    def __init__(self, lat, ini, tr, tri, cyr, rk, hg=None):
        self.lat, self.ini, self.tr, self.tri, self.cyr, self.rk, self.hg = (
            lat, ini, tr, tri, cyr, rk, hg)


_PART_CACHE: dict = {}


def _fem_cyr(s: str) -> str:
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith(("ский", "цкий")):
        return s[:-2] + "ая"
    if s.endswith("ұлы"):
        return s[:-3] + "қызы"
    return s


def _fem_lat(s: str) -> str:
    return s + "a" if s.endswith(("ov", "ev", "yev")) else s


def _fem_lat_alt(s: str) -> str:
    """Female form of a Belarusian passport spelling: Kavaliou -> Kavaliova."""
    if s.endswith("ou"):
        return s[:-1] + "va"
    if s.endswith("ski"):
        return s[:-1] + "aya"
    return _fem_lat(s)


def _cyr_part(spec: str, iso: str, rk) -> Part:
    key = ("c", spec, iso, rk)
    p = _PART_CACHE.get(key)
    if p is not None:
        return p
    src, *alts = spec.split("|")
    src = src.replace("ҷ", "дж").replace("Ҷ", "Дж")
    schemes = _CYR_SCHEMES[iso]
    lat = [_tl(src, s) for s in schemes]
    if alts:
        lat[1] = alts[0]
    ini = [_lat_initial(x, True) for x in lat]
    tr = _tl(src, _S_TR, turkish=True)
    cyr = src.translate(_RUSSIFY)
    p = _PART_CACHE[key] = Part(lat, ini, tr, tr[0], cyr, rk)
    return p


def _latin_part(spec: str, iso: str, rk, female: bool = False) -> Part:
    key = ("l", spec, iso, rk, female)
    p = _PART_CACHE.get(key)
    if p is not None:
        return p
    cyr = None
    if "=" in spec:
        spec, cyr = spec.split("=")
    alts = spec.split("|")
    if female and rk == "s":
        alts = [_fem_lat(a) for a in alts]
        if cyr:
            cyr = _fem_cyr(cyr)
    a0 = alts[0]
    if iso == "TUR":
        strip = a0.translate(_TR_STRIP)
        lat = [a0, strip, a0, strip]
        tr = a0
        cyr = cyr or _tur_aze_to_cyr(a0, aze=False)
    elif iso == "AZE":
        lat = [_aze_en(a0), _aze_en(a0, short_yev=True), _aze_en(a0, e_for_schwa=True), a0]
        tr = _aze_tr(a0)
        cyr = cyr or _tur_aze_to_cyr(a0, aze=True)
    else:
        lat = [a0, alts[1] if len(alts) > 1 else a0, alts[2] if len(alts) > 2 else a0,
               alts[1] if len(alts) > 1 else a0]
        tr = _lat_to_tr(a0)
        cyr = cyr or _lat_to_cyr(a0)
    ini = [x[0] for x in lat]
    if iso in ("GEO",) and rk == "s":
        rk = None  # Georgian surnames stay uninflected in Russian
    p = _PART_CACHE[key] = Part(lat, ini, tr, tr[0], cyr, rk)
    return p


def _kor_given(a, b) -> Part:
    key = ("k", a[0], b[0])
    p = _PART_CACHE.get(key)
    if p is None:
        lat = [f"{a[0].capitalize()}-{b[0]}", f"{a[1].capitalize()}-{b[1]}",
               f"{a[0].capitalize()}{b[0]}", f"{a[2].capitalize()} {b[2].capitalize()}"]
        cyr = f"{a[3].capitalize()} {b[3].capitalize()}"
        p = _PART_CACHE[key] = Part(lat, [x[0] for x in lat], lat[0], lat[0][0], cyr, None,
                                    a[4] + b[4])
    return p


def _kor_family(f) -> Part:
    key = ("kf", f[0])
    p = _PART_CACHE.get(key)
    if p is None:
        lat = [f[0], f[1], f[0], f[2]]
        p = _PART_CACHE[key] = Part(lat, [x[0] for x in lat], f[1], f[1][0], f[3], None, f[4])
    return p


def _chn_given(syls) -> Part:
    key = ("z",) + tuple(s[0] for s in syls)
    p = _PART_CACHE.get(key)
    if p is None:
        py = "".join(s[0] for s in syls).capitalize()
        wg = "-".join(s[1] for s in syls).capitalize()
        if len(syls) == 1:
            lat = [py, py, py, wg]
        else:
            lat = [py, "-".join(s[0] for s in syls).capitalize(),
                   " ".join(s[0].capitalize() for s in syls), wg]
        cyr = "".join(s[2] for s in syls).capitalize()
        p = _PART_CACHE[key] = Part(lat, [x[0] for x in lat], py, py[0], cyr, None)
    return p


def _chn_family(f) -> Part:
    key = ("zf", f[0])
    p = _PART_CACHE.get(key)
    if p is None:
        lat = [f[0], f[0], f[0], f[1]]
        p = _PART_CACHE[key] = Part(lat, [x[0] for x in lat], f[0], f[0][0], f[2], None)
    return p


def _patronymic_from(father_cyr: str, male: bool) -> str:
    f = father_cyr.translate(_RUSSIFY)
    if f.endswith("й"):
        return f[:-1] + ("евич" if male else "евна")
    if f[-1] in "аеиоуыэюя":
        return f + ("евич" if male else "евна")
    if f[-1] in _HUSH:
        return f + ("евич" if male else "евна")
    return f + ("ович" if male else "овна")


# =============================================================================== countries

def _country(en, en_adj, ru_nom, ru_gen, ru_pre, ru_adj, tr, tr_gen, tr_loc, tr_dat, tr_adj,
             cities, office, ministry):
    return dict(en=en, en_adj=en_adj, ru_nom=ru_nom, ru_gen=ru_gen, ru_pre=ru_pre,
                ru_adj=ru_adj, tr=tr, tr_gen=tr_gen, tr_loc=tr_loc, tr_dat=tr_dat, tr_adj=tr_adj,
                cities=cities, office=office, ministry=ministry)


# Office: (en full, en short, ru genitive full, ru genitive short, tr full, tr short, head)
# Ministry: (en domain, ru domain, tr domain)
COUNTRIES = {
    "KAZ": _country(
        ["Kazakhstan", "the Republic of Kazakhstan"], "Kazakh",
        ["Казахстан", "Республика Казахстан"], ["Казахстана", "Республики Казахстан"],
        ["Казахстане", "Республике Казахстан"], "казахстанская", "Kazakistan",
        "Kazakistan'ın", "Kazakistan'da", "Kazakistan'a", "Kazak",
        [("Astana", "Астане", "Astana", "Astana'da"), ("Almaty", "Алматы", "Almatı", "Almatı'da")],
        ("the National Institute of Intellectual Property of the Ministry of Justice of "
         "Kazakhstan", "the National Institute of Intellectual Property",
         "Национального института интеллектуальной собственности Министерства юстиции "
         "Республики Казахстан", "НИИС", "Kazakistan Adalet Bakanlığı Ulusal Fikri Mülkiyet "
         "Enstitüsü", "Kazakistan Ulusal Fikri Mülkiyet Enstitüsü", "director"),
        ("Justice", "юстиции", "Adalet")),
    "KGZ": _country(
        ["Kyrgyzstan", "the Kyrgyz Republic"], "Kyrgyz",
        ["Кыргызстан", "Кыргызская Республика"], ["Кыргызстана", "Кыргызской Республики"],
        ["Кыргызстане", "Кыргызской Республике"], "кыргызская", "Kırgızistan",
        "Kırgızistan'ın", "Kırgızistan'da", "Kırgızistan'a", "Kırgız",
        [("Bishkek", "Бишкеке", "Bişkek", "Bişkek'te"),
         ("Cholpon-Ata", "Чолпон-Ате", "Çolpon-Ata", "Çolpon-Ata'da")],
        ("the State Agency of Intellectual Property and Innovation under the Cabinet of "
         "Ministers of the Kyrgyz Republic (Kyrgyzpatent)", "Kyrgyzpatent",
         "Государственного агентства интеллектуальной собственности и инноваций при Кабинете "
         "министров Кыргызской Республики (Кыргызпатент)", "Кыргызпатента",
         "Kırgızistan Fikri Mülkiyet ve İnovasyon Devlet Ajansı (Kırgızpatent)", "Kırgızpatent",
         "director"),
        ("Economy and Commerce", "экономики и коммерции", "Ekonomi ve Ticaret")),
    "UZB": _country(
        ["Uzbekistan", "the Republic of Uzbekistan"], "Uzbek",
        ["Узбекистан", "Республика Узбекистан"], ["Узбекистана", "Республики Узбекистан"],
        ["Узбекистане", "Республике Узбекистан"], "узбекская", "Özbekistan",
        "Özbekistan'ın", "Özbekistan'da", "Özbekistan'a", "Özbek",
        [("Tashkent", "Ташкенте", "Taşkent", "Taşkent'te"),
         ("Samarkand", "Самарканде", "Semerkant", "Semerkant'ta")],
        ("the Intellectual Property Agency under the Ministry of Justice of the Republic of "
         "Uzbekistan", "the Intellectual Property Agency of Uzbekistan",
         "Агентства по интеллектуальной собственности при Министерстве юстиции Республики "
         "Узбекистан", "Агентства по интеллектуальной собственности Узбекистана",
         "Özbekistan Adalet Bakanlığı Fikri Mülkiyet Ajansı", "Özbekistan Fikri Mülkiyet Ajansı",
         "director"),
        ("Justice", "юстиции", "Adalet")),
    "AZE": _country(
        ["Azerbaijan", "the Republic of Azerbaijan"], "Azerbaijani",
        ["Азербайджан", "Азербайджанская Республика"],
        ["Азербайджана", "Азербайджанской Республики"],
        ["Азербайджане", "Азербайджанской Республике"], "азербайджанская", "Azerbaycan",
        "Azerbaycan'ın", "Azerbaycan'da", "Azerbaycan'a", "Azerbaycan",
        [("Baku", "Баку", "Bakü", "Bakü'de")],
        ("the Intellectual Property Agency of the Republic of Azerbaijan",
         "the Intellectual Property Agency of Azerbaijan",
         "Агентства интеллектуальной собственности Азербайджанской Республики",
         "Агентства интеллектуальной собственности Азербайджана",
         "Azerbaycan Fikri Mülkiyet Ajansı", "Azerbaycan Fikri Mülkiyet Ajansı", "chair"),
        ("Economy", "экономики", "Ekonomi")),
    "TUR": _country(
        ["Türkiye", "Turkey", "the Republic of Türkiye"], "Turkish",
        ["Турция", "Турецкая Республика"], ["Турции", "Турецкой Республики"],
        ["Турции", "Турецкой Республике"], "турецкая", "Türkiye", "Türkiye'nin",
        "Türkiye'de", "Türkiye'ye", "Türk",
        [("Ankara", "Анкаре", "Ankara", "Ankara'da"), ("Istanbul", "Стамбуле", "İstanbul",
                                                       "İstanbul'da")],
        ("the Turkish Patent and Trademark Office (TÜRKPATENT)", "TÜRKPATENT",
         "Турецкого ведомства по патентам и товарным знакам (TÜRKPATENT)", "TÜRKPATENT",
         "Türk Patent ve Marka Kurumu (TÜRKPATENT)", "Türk Patent ve Marka Kurumu",
         "president"),
        ("Industry and Technology", "промышленности и технологий", "Sanayi ve Teknoloji")),
    "RUS": _country(
        ["Russia", "the Russian Federation"], "Russian",
        ["Россия", "Российская Федерация"], ["России", "Российской Федерации"],
        ["России", "Российской Федерации"], "российская", "Rusya", "Rusya'nın", "Rusya'da",
        "Rusya'ya", "Rus",
        [("Moscow", "Москве", "Moskova", "Moskova'da"),
         ("Saint Petersburg", "Санкт-Петербурге", "St. Petersburg", "St. Petersburg'da"),
         ("Kazan", "Казани", "Kazan", "Kazan'da")],
        ("the Federal Service for Intellectual Property (Rospatent)", "Rospatent",
         "Федеральной службы по интеллектуальной собственности (Роспатент)", "Роспатента",
         "Rusya Federal Fikri Mülkiyet Servisi (Rospatent)", "Rospatent", "head"),
        ("Economic Development", "экономического развития", "Ekonomik Kalkınma")),
    "BLR": _country(
        ["Belarus", "the Republic of Belarus"], "Belarusian",
        ["Беларусь", "Республика Беларусь"], ["Беларуси", "Республики Беларусь"],
        ["Беларуси", "Республике Беларусь"], "белорусская", "Belarus", "Belarus'un",
        "Belarus'ta", "Belarus'a", "Belarus",
        [("Minsk", "Минске", "Minsk", "Minsk'te")],
        ("the National Center of Intellectual Property of the Republic of Belarus", "NCIP",
         "Национального центра интеллектуальной собственности Республики Беларусь", "НЦИС",
         "Belarus Ulusal Fikri Mülkiyet Merkezi", "Belarus Ulusal Fikri Mülkiyet Merkezi",
         "dg"),
        ("Economy", "экономики", "Ekonomi")),
    "KOR": _country(
        ["the Republic of Korea", "South Korea", "Korea"], "Korean",
        ["Южная Корея", "Республика Корея"], ["Южной Кореи", "Республики Корея"],
        ["Южной Корее", "Республике Корея"], "корейская", "Güney Kore", "Güney Kore'nin",
        "Güney Kore'de", "Güney Kore'ye", "Kore",
        [("Seoul", "Сеуле", "Seul", "Seul'de"), ("Daejeon", "Тэджоне", "Daejeon", "Daejeon'da")],
        ("the Korean Intellectual Property Office (KIPO)", "KIPO",
         "Корейского ведомства интеллектуальной собственности (KIPO)", "KIPO",
         "Kore Fikri Mülkiyet Ofisi (KIPO)", "KIPO", "commissioner"),
        ("Trade, Industry and Energy", "торговли, промышленности и энергетики",
         "Ticaret, Sanayi ve Enerji")),
    "CHN": _country(
        ["China", "the People's Republic of China"], "Chinese",
        ["Китай", "КНР"], ["Китая", "КНР"], ["Китае", "КНР"], "китайская", "Çin", "Çin'in",
        "Çin'de", "Çin'e", "Çin",
        [("Beijing", "Пекине", "Pekin", "Pekin'de"), ("Shanghai", "Шанхае", "Şanghay",
                                                     "Şanghay'da")],
        ("the China National Intellectual Property Administration (CNIPA)", "CNIPA",
         "Государственного управления интеллектуальной собственности КНР (CNIPA)", "CNIPA",
         "Çin Ulusal Fikri Mülkiyet İdaresi (CNIPA)", "CNIPA", "commissioner"),
        ("Commerce", "коммерции", "Ticaret")),
    "MNG": _country(
        ["Mongolia"], "Mongolian", ["Монголия"], ["Монголии"], ["Монголии"], "монгольская",
        "Moğolistan", "Moğolistan'ın", "Moğolistan'da", "Moğolistan'a", "Moğol",
        [("Ulaanbaatar", "Улан-Баторе", "Ulan Batur", "Ulan Batur'da")],
        ("the Intellectual Property Office of Mongolia", "the Mongolian IP Office",
         "Ведомства интеллектуальной собственности Монголии",
         "Ведомства интеллектуальной собственности Монголии",
         "Moğolistan Fikri Mülkiyet Ofisi", "Moğolistan Fikri Mülkiyet Ofisi", "dg"),
        ("Justice and Home Affairs", "юстиции и внутренних дел", "Adalet ve İçişleri")),
    "GEO": _country(
        ["Georgia"], "Georgian", ["Грузия"], ["Грузии"], ["Грузии"], "грузинская",
        "Gürcistan", "Gürcistan'ın", "Gürcistan'da", "Gürcistan'a", "Gürcü",
        [("Tbilisi", "Тбилиси", "Tiflis", "Tiflis'te"), ("Batumi", "Батуми", "Batum",
                                                          "Batum'da")],
        ("the National Intellectual Property Center of Georgia (Sakpatenti)", "Sakpatenti",
         "Национального центра интеллектуальной собственности Грузии «Сакпатенти»",
         "«Сакпатенти»", "Gürcistan Ulusal Fikri Mülkiyet Merkezi (Sakpatenti)", "Sakpatenti",
         "chair"),
        ("Justice", "юстиции", "Adalet")),
    "ARM": _country(
        ["Armenia", "the Republic of Armenia"], "Armenian",
        ["Армения", "Республика Армения"], ["Армении", "Республики Армения"],
        ["Армении", "Республике Армения"], "армянская", "Ermenistan", "Ermenistan'ın",
        "Ermenistan'da", "Ermenistan'a", "Ermeni",
        [("Yerevan", "Ереване", "Erivan", "Erivan'da")],
        ("the Intellectual Property Office of the Republic of Armenia",
         "the Armenian IP Office", "Ведомства интеллектуальной собственности Республики Армения",
         "Ведомства интеллектуальной собственности Армении", "Ermenistan Fikri Mülkiyet Ofisi",
         "Ermenistan Fikri Mülkiyet Ofisi", "head"),
        ("Economy", "экономики", "Ekonomi")),
    "TJK": _country(
        ["Tajikistan", "the Republic of Tajikistan"], "Tajik",
        ["Таджикистан", "Республика Таджикистан"], ["Таджикистана", "Республики Таджикистан"],
        ["Таджикистане", "Республике Таджикистан"], "таджикская", "Tacikistan",
        "Tacikistan'ın", "Tacikistan'da", "Tacikistan'a", "Tacik",
        [("Dushanbe", "Душанбе", "Duşanbe", "Duşanbe'de")],
        ("the National Center for Patents and Information of the Republic of Tajikistan",
         "NCPI", "Национального центра патентов и информации Республики Таджикистан", "НЦПИ",
         "Tacikistan Ulusal Patent ve Bilgi Merkezi", "Tacikistan Ulusal Patent ve Bilgi "
         "Merkezi", "director"),
        ("Economic Development and Trade", "экономического развития и торговли",
         "Ekonomik Kalkınma ve Ticaret")),
    "TKM": _country(
        ["Turkmenistan"], "Turkmen", ["Туркменистан"], ["Туркменистана"], ["Туркменистане"],
        "туркменская", "Türkmenistan", "Türkmenistan'ın", "Türkmenistan'da", "Türkmenistan'a",
        "Türkmen",
        [("Ashgabat", "Ашхабаде", "Aşkabat", "Aşkabat'ta")],
        ("the State Service for Intellectual Property of Turkmenistan",
         "the State Service for Intellectual Property",
         "Государственной службы интеллектуальной собственности Туркменистана",
         "Государственной службы интеллектуальной собственности Туркменистана",
         "Türkmenistan Devlet Fikri Mülkiyet Servisi", "Türkmenistan Devlet Fikri Mülkiyet "
         "Servisi", "head"),
        ("Finance and Economy", "финансов и экономики", "Maliye ve Ekonomi")),
}
# The Korean office became a ministry on this date.
_KOR_RENAME = "2025-10-01"
_KOR_NEW = ("the Ministry of Intellectual Property of the Republic of Korea",
            "the Ministry of Intellectual Property",
            "Министерства интеллектуальной собственности Республики Корея",
            "Министерства интеллектуальной собственности Кореи",
            "Kore Cumhuriyeti Fikri Mülkiyet Bakanlığı", "Kore Fikri Mülkiyet Bakanlığı",
            "minister")
_GENEVA = ("Geneva", "Женеве", "Cenevre", "Cenevre'de")

ISOS = list(COUNTRIES)
_ISO_W = {"KAZ": 14, "KGZ": 9, "UZB": 10, "AZE": 9, "TUR": 12, "RUS": 10, "BLR": 6, "KOR": 8,
          "CHN": 5, "MNG": 4, "GEO": 4, "ARM": 4, "TJK": 3, "TKM": 2}
_CIS = ("KAZ", "KGZ", "UZB", "RUS", "BLR", "TJK", "ARM", "AZE")
_OTS_MEMBERS = ["AZE", "KAZ", "KGZ", "TUR", "UZB", "TKM"]
_EAPO_MEMBERS = ["ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TKM"]

# Head labels: en, ru head-noun key, tr, en deputy, tr deputy.
_HEADS = {
    "director": ("Director", "директор", "Müdürü", "Deputy Director", "Müdür Yardımcısı"),
    "head": ("Head", "руководитель", "Başkanı", "Deputy Head", "Başkan Yardımcısı"),
    "chair": ("Chairman", "председатель", "Başkanı", "Deputy Chairman", "Başkan Yardımcısı"),
    "president": ("President", "председатель", "Başkanı", "Vice President",
                  "Başkan Yardımcısı"),
    "dg": ("Director General", "генеральный директор", "Genel Müdürü",
           "Deputy Director General", "Genel Müdür Yardımcısı"),
    "commissioner": ("Commissioner", "глава", "Başkanı", "Deputy Commissioner",
                     "Başkan Yardımcısı"),
    "minister": ("Minister", "министр", "Bakanı", "Vice Minister", "Bakan Yardımcısı"),
}
# Russian head nouns: nominative, genitive, instrumental, dative.
_RU_HEAD = {
    "директор": ("директор", "директора", "директором", "директору"),
    "руководитель": ("руководитель", "руководителя", "руководителем", "руководителю"),
    "председатель": ("председатель", "председателя", "председателем", "председателю"),
    "генеральный директор": ("генеральный директор", "генерального директора",
                             "генеральным директором", "генеральному директору"),
    "глава": ("глава", "главы", "главой", "главе"),
    "министр": ("министр", "министра", "министром", "министру"),
    "заместитель": ("заместитель", "заместителя", "заместителем", "заместителю"),
    "посол": ("посол", "посла", "послом", "послу"),
    "Чрезвычайный и Полномочный Посол": (
        "Чрезвычайный и Полномочный Посол", "Чрезвычайного и Полномочного Посла",
        "Чрезвычайным и Полномочным Послом", "Чрезвычайному и Полномочному Послу"),
    "президент": ("президент", "президента", "президентом", "президенту"),
    "вице-президент": ("вице-президент", "вице-президента", "вице-президентом",
                       "вице-президенту"),
    "генеральный секретарь": ("генеральный секретарь", "генерального секретаря",
                              "генеральным секретарем", "генеральному секретарю"),
    "помощник": ("помощник", "помощника", "помощником", "помощнику"),
    "начальник": ("начальник", "начальника", "начальником", "начальнику"),
    "главный эксперт": ("главный эксперт", "главного эксперта", "главным экспертом",
                        "главному эксперту"),
    "старший советник": ("старший советник", "старшего советника", "старшим советником",
                         "старшему советнику"),
}
# Intergovernmental organisations: names and staff roles (en, ru head, ru tail, tr).
IOS = {
    "WIPO": dict(
        en="the World Intellectual Property Organization (WIPO)", en_short="WIPO",
        ru="Всемирной организации интеллектуальной собственности (ВОИС)", ru_short="ВОИС",
        tr="Dünya Fikri Mülkiyet Örgütü (WIPO)", tr_short="WIPO", seat=("CHE", _GENEVA),
        roles=[("Deputy Director General", "заместитель", "генерального директора",
                "Genel Direktör Yardımcısı"),
               ("Assistant Director General", "помощник", "генерального директора",
                "Genel Direktör Yardımcısı"),
               ("Director of the Department for Transition and Developed Countries",
                "директор", "департамента по делам стран с переходной и развитой экономикой",
                "Geçiş ve Gelişmiş Ülkeler Dairesi Direktörü"),
               ("Senior Counsellor", "старший советник", "", "Kıdemli Danışmanı")],
        members=ISOS),
    "EAPO": dict(
        en="the Eurasian Patent Office (EAPO)", en_short="EAPO",
        ru="Евразийского патентного ведомства (ЕАПВ)", ru_short="ЕАПВ",
        tr="Avrasya Patent Ofisi (EAPO)", tr_short="EAPO",
        seat=("RUS", ("Moscow", "Москве", "Moskova", "Moskova'da")),
        roles=[("President", "президент", "", "Başkanı"),
               ("Vice-President", "вице-президент", "", "Başkan Yardımcısı"),
               ("Director of the Examination Department", "директор", "департамента экспертизы",
                "İnceleme Dairesi Direktörü"),
               ("Head of the International Cooperation Division", "начальник",
                "отдела международного сотрудничества", "Uluslararası İşbirliği Birimi Başkanı")],
        members=_EAPO_MEMBERS),
    "OTS": dict(
        en="the Organization of Turkic States (OTS)", en_short="OTS",
        ru="Организации тюркских государств (ОТГ)", ru_short="ОТГ",
        tr="Türk Devletleri Teşkilatı (TDT)", tr_short="TDT",
        seat=("TUR", ("Istanbul", "Стамбуле", "İstanbul", "İstanbul'da")),
        roles=[("Secretary General", "генеральный секретарь", "", "Genel Sekreteri"),
               ("Deputy Secretary General", "заместитель", "генерального секретаря",
                "Genel Sekreter Yardımcısı"),
               ("Head of the Economic Cooperation Department", "руководитель",
                "департамента экономического сотрудничества",
                "Ekonomik İşbirliği Dairesi Başkanı"),
               ("Project Director", "директор", "проектов", "Proje Direktörü")],
        members=_OTS_MEMBERS),
}

# =============================================================================== phrases

TOPICS = [
    ("the digitalisation of patent examination", "цифровизации патентной экспертизы",
     "patent incelemesinin dijitalleştirilmesi"),
    ("the exchange of patent information", "обмена патентной информацией",
     "patent bilgisi değişimi"),
    ("the training of patent examiners", "подготовки патентных экспертов",
     "patent uzmanlarının eğitimi"),
    ("the Patent Prosecution Highway programme",
     "программы ускоренного патентного делопроизводства (PPH)",
     "Patent İncelemesi Otoyolu (PPH) programı"),
    ("the protection of geographical indications", "охраны географических указаний",
     "coğrafi işaretlerin korunması"),
    ("combating counterfeit goods", "борьбы с контрафактной продукцией",
     "sahte ürünlerle mücadele"),
    ("the commercialisation of intellectual property",
     "коммерциализации интеллектуальной собственности", "fikri mülkiyetin ticarileştirilmesi"),
    ("technology transfer", "трансфера технологий", "teknoloji transferi"),
    ("support for innovative start-ups", "поддержки инновационных стартапов",
     "yenilikçi girişimlerin desteklenmesi"),
    ("the use of artificial intelligence in examination",
     "применения искусственного интеллекта в экспертизе", "incelemede yapay zekâ kullanımı"),
    ("copyright and related rights", "авторского права и смежных прав",
     "telif hakları ve bağlantılı haklar"),
    ("the international registration of trademarks under the Madrid System",
     "международной регистрации товарных знаков по Мадридской системе",
     "markaların Madrid Sistemi kapsamında uluslararası tescili"),
    ("the Eurasian patent system", "евразийской патентной системы", "Avrasya patent sistemi"),
    ("the protection of traditional knowledge", "охраны традиционных знаний",
     "geleneksel bilginin korunması"),
    ("IP education and awareness", "просвещения в сфере интеллектуальной собственности",
     "fikri mülkiyet eğitimi ve farkındalığı"),
    ("the harmonisation of IP legislation",
     "гармонизации законодательства в сфере интеллектуальной собственности",
     "fikri mülkiyet mevzuatının uyumlaştırılması"),
    ("electronic filing services", "электронных сервисов подачи заявок",
     "elektronik başvuru hizmetleri"),
    ("the valuation of intangible assets", "оценки нематериальных активов",
     "maddi olmayan varlıkların değerlemesi"),
    ("industrial design protection", "охраны промышленных образцов",
     "endüstriyel tasarımların korunması"),
    ("the Hague System for industrial designs",
     "Гаагской системы международной регистрации промышленных образцов",
     "endüstriyel tasarımlara ilişkin Lahey Sistemi"),
    ("patent analytics", "патентной аналитики", "patent analitiği"),
    ("the fight against piracy in the digital environment",
     "борьбы с пиратством в цифровой среде", "dijital ortamda korsanlıkla mücadele"),
    ("the Eurasian design patent", "евразийского патента на промышленный образец",
     "Avrasya tasarım patenti"),
    ("patent search quality", "качества патентного поиска", "patent araştırmalarının kalitesi"),
]
# en, ru accusative, ru genitive, tr (nominative, used with the passive "imzalandı")
AGREEMENTS = [
    ("a Memorandum of Understanding on cooperation in the field of intellectual property",
     "Меморандум о взаимопонимании в области интеллектуальной собственности",
     "Меморандума о взаимопонимании в области интеллектуальной собственности",
     "fikri mülkiyet alanında işbirliğine ilişkin Mutabakat Zaptı"),
    ("a Joint Declaration on strengthening cooperation in the field of industrial property",
     "Совместную декларацию об укреплении сотрудничества в сфере промышленной собственности",
     "Совместной декларации об укреплении сотрудничества в сфере промышленной собственности",
     "sınai mülkiyet alanında işbirliğinin güçlendirilmesine ilişkin Ortak Bildiri"),
    ("an Action Plan for {y}-{y1}", "План действий на {y}-{y1} годы",
     "Плана действий на {y}-{y1} годы", "{y}-{y1} Eylem Planı"),
    ("a Roadmap for bilateral cooperation", "Дорожную карту двустороннего сотрудничества",
     "Дорожной карты двустороннего сотрудничества", "ikili işbirliği Yol Haritası"),
    ("an Agreement on a Patent Prosecution Highway pilot programme",
     "Соглашение о пилотной программе ускоренного патентного делопроизводства",
     "Соглашения о пилотной программе ускоренного патентного делопроизводства",
     "Patent İncelemesi Otoyolu pilot programına ilişkin Anlaşma"),
    ("a Memorandum on the exchange of patent documentation",
     "Меморандум об обмене патентной документацией",
     "Меморандума об обмене патентной документацией",
     "patent dokümantasyonu değişimine ilişkin Mutabakat Zaptı"),
]
CONFERENCES = [
    ("Intellectual Property in the Digital Economy",
     "Интеллектуальная собственность в цифровой экономике", "Dijital Ekonomide Fikri Mülkiyet"),
    ("IP and Innovation: Regional Perspectives",
     "ИС и инновации: региональные перспективы", "Fikri Mülkiyet ve İnovasyon: Bölgesel Bakış"),
    ("Eurasian Patent Forum", "Евразийский патентный форум", "Avrasya Patent Forumu"),
    ("Silk Road IP Forum", "Шелковый путь интеллектуальной собственности",
     "İpek Yolu Fikri Mülkiyet Forumu"),
    ("Artificial Intelligence and Intellectual Property",
     "Искусственный интеллект и интеллектуальная собственность",
     "Yapay Zekâ ve Fikri Mülkiyet"),
    ("Geographical Indications for Regional Development",
     "Географические указания для регионального развития",
     "Bölgesel Kalkınma için Coğrafi İşaretler"),
]
OUTLETS_EN = ["Eurasia IP Review", "Patent Herald", "Silk Road IP Bulletin",
              "Caspian Business Wire", "Steppe Innovation News", "Central Asia IP Monitor"]
OUTLETS_RU = ["Евразийский патентный вестник", "ИС-Инфо", "Деловой евразийский обзор",
              "Инновации сегодня"]
OUTLETS_TR = ["Fikri Mülkiyet Gündemi", "Avrasya Haber Ajansı", "Patent Bülteni",
              "İnovasyon Haber"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
          "Ekim", "Kasım", "Aralık"]
EN_ORD = ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "11th",
          "12th", "regular"]
RU_ORD = ["третье", "четвертое", "пятое", "шестое", "седьмое", "восьмое", "девятое", "десятое",
          "XI", "XII", "очередное"]
TR_ORD = ["üçüncü", "dördüncü", "beşinci", "altıncı", "yedinci", "sekizinci", "dokuzuncu",
          "onuncu", "11'inci", "12'nci"]

# =============================================================================== persons


class Person:
    __slots__ = ("pid", "country", "nat", "org", "male", "east", "ff", "giv", "pat", "sur",
                 "roles", "start", "end", "cis")

    def role_at(self, date: str):
        roles = self.roles
        if len(roles) == 1 or date < roles[1][0]:
            return roles[0][1]
        return roles[1][1]

    def canonical(self) -> str:
        if self.east:
            return f"{self.sur.lat[0]} {self.giv[0].lat[0]}"
        return " ".join([g.lat[0] for g in self.giv] + [self.sur.lat[0]])


def _pick_w(rng: Random, items, cum):
    return rng.choices(items, cum_weights=cum, k=1)[0]


def _cum(weights):
    out, t = [], 0.0
    for w in weights:
        t += w
        out.append(t)
    return out


_ISO_CUM = _cum([_ISO_W[i] for i in ISOS])


def _make_names(rng: Random, nat: str, male: bool):
    """-> (east, family_first_default, [given parts], patronymic part or None, surname part)"""
    spec = _NAMES[nat]
    kind = spec["kind"]
    if kind == "kor":
        f = rng.choice(_KO_FAM)
        a, b = rng.sample(_KO_SYL, 2)
        return True, True, [_kor_given(a, b)], None, _kor_family(f)
    if kind == "chn":
        f = rng.choice(_ZH_FAM)
        k = 1 if rng.random() < 0.3 else 2
        return True, True, [_chn_given(rng.sample(_ZH_SYL, k))], None, _chn_family(f)
    if kind == "mng":
        own = rng.choice(spec["m"] if male else spec["f"])
        father = rng.choice(spec["s"])
        return (True, False, [_cyr_part(father, "MNG", None)], None,
                _cyr_part(own, "MNG", None))
    given = rng.choice(spec["m"] if male else spec["f"])
    sur = rng.choice(spec["s"])
    if kind == "cyr":
        if not male:
            src, *alts = sur.split("|")
            sur = "|".join([_fem_cyr(src)] + [_fem_lat_alt(a) for a in alts])
        gp = [_cyr_part(given, nat, "g")]
        sp = _cyr_part(sur, nat, "s")
        pat = None
        if rng.random() < spec["pat"]:
            if nat in ("RUS", "BLR"):
                pm, pf = rng.choice(_RU_P)
                pat = _cyr_part(pm if male else pf, nat, "p")
            else:
                father = rng.choice(spec["m"]).split("|")[0]
                pat = _cyr_part(_patronymic_from(father, male), nat, "p")
        return False, False, gp, pat, sp
    gp = [_latin_part(given, nat, "g")]
    if kind == "tur" and rng.random() < 0.25:
        second = rng.choice(_TR_M2 if male else _TR_F2)
        if second != given:
            gp = [gp[0], _latin_part(second, nat, "g")]
    sp = _latin_part(sur, nat, "s", female=not male)
    return False, False, gp, None, sp


def _office_roles(rng):
    r = rng.random()
    return "head" if r < 0.18 else "dep" if r < 0.45 else "dept" if r < 0.82 else "exp"


_PROMOTE = {"exp": "dept", "dept": "dep", "dep": "head", "head": "head"}


def build_pool(n_persons: int, rng: Random) -> list[Person]:
    persons: list[Person] = []
    seen_names: set = set()
    io_keys = list(IOS)
    # every country and organisation gets at least two persons
    plan = [(iso, None) for iso in ISOS for _ in range(2)] + [(None, k) for k in io_keys
                                                              for _ in range(2)]
    while len(plan) < n_persons:
        if rng.random() < 0.10:
            plan.append((None, _pick_w(rng, io_keys, (5, 8, 10))))
        else:
            plan.append((_pick_w(rng, ISOS, _ISO_CUM), None))
    for i, (iso, org) in enumerate(plan):
        nat = iso if iso else rng.choice(IOS[org]["members"])
        p = Person()
        p.pid = f"P{i + 1:06d}"
        p.country, p.nat, p.org = iso, nat, org
        p.male = rng.random() < 0.72
        for _ in range(30):
            east, ff, giv, pat, sur = _make_names(rng, nat, p.male)
            key = (nat, " ".join(g.lat[0] for g in giv), sur.lat[0])
            if key not in seen_names:
                break
        seen_names.add(key)
        p.east, p.ff, p.giv, p.pat, p.sur = east, ff, giv, pat, sur
        p.cis = _NAMES[nat]["kind"] == "cyr"
        start = rng.randint(2012, 2026)
        p.start, p.end = start, min(2026, start + rng.randint(3, 12))
        if org:
            idx = rng.randrange(len(IOS[org]["roles"]))
            role = ("io", org, idx)
            role2 = ("io", org, max(0, idx - 1))
        else:
            r = rng.random()
            if r < 0.62:
                k = _office_roles(rng)
                role, role2 = ("off", iso, k), ("off", iso, _PROMOTE[k])
            elif r < 0.82:
                k = "min" if rng.random() < 0.3 else "dep"
                role, role2 = ("min", iso, k), ("min", iso, "min")
            else:
                host = iso
                while host == iso:
                    host = _pick_w(rng, ISOS, _ISO_CUM)
                role, role2 = ("amb", iso, host), ("min", iso, "dep")
        p.roles = [("", role)]
        if role2 != role and rng.random() < 0.10 and p.end - p.start >= 2:
            y = rng.randint(max(p.start, 2015) + 1, max(p.end, max(p.start, 2015) + 1))
            p.roles.append((f"{min(y, 2026)}-{rng.randint(1, 12):02d}-01", role2))
        persons.append(p)
    return persons


class Pool:
    def __init__(self, persons):
        self.persons = persons
        self.by_cy: dict = {}
        self.by_c: dict = {}
        self.amb: dict = {}
        self.io: dict = {}
        for p in persons:
            for y in range(max(p.start, 2015), p.end + 1):
                role = p.roles[0][1]
                if p.org:
                    self.io.setdefault((p.org, y), []).append(p)
                elif role[0] == "amb":
                    self.amb.setdefault((p.country, role[2], y), []).append(p)
                else:
                    self.by_cy.setdefault((p.country, y), []).append(p)
            if p.org:
                self.io.setdefault((p.org, 0), []).append(p)
            elif p.roles[0][1][0] != "amb":
                self.by_c.setdefault(p.country, []).append(p)
            else:
                self.by_c.setdefault(("amb", p.country), []).append(p)

    @staticmethod
    def _choose(rng, lst, used):
        for _ in range(4):
            p = lst[int(len(lst) * rng.random() ** 1.7)]
            if p.pid not in used:
                return p
        for p in lst:
            if p.pid not in used:
                return p
        return None

    def official(self, rng, iso, year, used):
        lst = self.by_cy.get((iso, year)) or self.by_c.get(iso) or self.by_c[("amb", iso)]
        p = self._choose(rng, lst, used)
        if p is None:
            p = self._choose(rng, self.by_c.get(iso) or self.by_c[("amb", iso)], used)
        return p

    def ambassador(self, rng, iso, host, year, used):
        lst = self.amb.get((iso, host, year))
        return self._choose(rng, lst, used) if lst else None

    def staff(self, rng, org, year, used):
        lst = self.io.get((org, year)) or self.io[(org, 0)]
        return self._choose(rng, lst, used) or self._choose(rng, self.io[(org, 0)], used)


# =============================================================================== titles

def _office(iso: str, date: str):
    if iso == "KOR" and date >= _KOR_RENAME:
        return _KOR_NEW
    return COUNTRIES[iso]["office"]


def title_en(role, date, rng, the=False):
    kind = role[0]
    if kind == "off":
        off = _office(role[1], date)
        head = _HEADS[off[6]]
        org = off[1] if rng.random() < 0.35 else off[0]
        lbl = {"head": head[0], "dep": head[3],
               "dept": "Director of the International Cooperation Department",
               "exp": "Chief Expert"}[role[2]]
        t = f"{lbl} of {org}"
    elif kind == "min":
        c = COUNTRIES[role[1]]
        dep = "Vice Minister" if role[1] in ("KOR", "CHN") else "Deputy Minister"
        lbl = "Minister" if role[2] == "min" else dep
        t = f"{lbl} of {c['ministry'][0]} of {rng.choice(c['en'])}"
    elif kind == "amb":
        a, b = COUNTRIES[role[1]], COUNTRIES[role[2]]
        r = rng.random()
        if r < 0.5:
            t = f"Ambassador of {rng.choice(a['en'])} to {rng.choice(b['en'])}"
        elif r < 0.75:
            t = (f"Ambassador Extraordinary and Plenipotentiary of {rng.choice(a['en'])} to "
                 f"{rng.choice(b['en'])}")
        else:
            t = f"{a['en_adj']} Ambassador to {rng.choice(b['en'])}"
    else:
        io = IOS[role[1]]
        lbl = io["roles"][role[2]][0]
        t = f"{io['en_short']} {lbl}" if rng.random() < 0.4 else f"{lbl} of {io['en']}"
    return "the " + t if the else t


def title_ru(role, date, case, rng):
    ci = _CASE[case]
    kind = role[0]
    if kind == "off":
        off = _office(role[1], date)
        head_key = _HEADS[off[6]][1]
        org = off[3] if rng.random() < 0.4 else off[2]
        k = role[2]
        if k == "head":
            return f"{_RU_HEAD[head_key][ci]} {org}"
        if k == "dep":
            return f"{_RU_HEAD['заместитель'][ci]} {_RU_HEAD[head_key][1]} {org}"
        if k == "dept":
            return f"{_RU_HEAD['директор'][ci]} департамента международного сотрудничества {org}"
        return f"{_RU_HEAD['главный эксперт'][ci]} {org}"
    if kind == "min":
        c = COUNTRIES[role[1]]
        cg = c["ru_gen"][-1]
        if role[2] == "min":
            return f"{_RU_HEAD['министр'][ci]} {c['ministry'][1]} {cg}"
        return f"{_RU_HEAD['заместитель'][ci]} министра {c['ministry'][1]} {cg}"
    if kind == "amb":
        a, b = COUNTRIES[role[1]], COUNTRIES[role[2]]
        if rng.random() < 0.3:
            return (f"{_RU_HEAD['Чрезвычайный и Полномочный Посол'][ci]} {a['ru_gen'][-1]} "
                    f"в {b['ru_pre'][-1]}")
        return f"{_RU_HEAD['посол'][ci]} {a['ru_gen'][0]} в {b['ru_pre'][0]}"
    io = IOS[role[1]]
    _, head, tail, _ = io["roles"][role[2]]
    org = io["ru_short"] if rng.random() < 0.5 else io["ru"]
    return f"{_RU_HEAD[head][ci]} {tail + ' ' if tail else ''}{org}"


def title_tr(role, date, rng):
    kind = role[0]
    if kind == "off":
        off = _office(role[1], date)
        head = _HEADS[off[6]]
        org = off[5] if rng.random() < 0.4 else off[4]
        lbl = {"head": head[2], "dep": head[4], "dept": "Dış İlişkiler Dairesi Başkanı",
               "exp": "Baş Uzmanı"}[role[2]]
        return f"{org} {lbl}"
    if kind == "min":
        c = COUNTRIES[role[1]]
        return f"{c['tr']} {c['ministry'][2]} " + ("Bakanı" if role[2] == "min"
                                                    else "Bakan Yardımcısı")
    if kind == "amb":
        a, b = COUNTRIES[role[1]], COUNTRIES[role[2]]
        return f"{a['tr_gen']} {b['cities'][0][2]} Büyükelçisi"
    io = IOS[role[1]]
    org = io["tr_short"] if rng.random() < 0.4 else io["tr"]
    return f"{org} {io['roles'][role[2]][3]}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _join(items, conj):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


_TR_VOWELS = "aıoueiöü"


def _tr_gen_suffix(name: str) -> str:
    low = _lower_tr(name)
    last_v = next((c for c in reversed(low) if c in _TR_VOWELS), "a")
    core = {"a": "ın", "ı": "ın", "e": "in", "i": "in", "o": "un", "u": "un", "ö": "ün",
            "ü": "ün"}[last_v]
    return ("n" + core if low[-1] in _TR_VOWELS else core)


# =============================================================================== one article

class Art:
    """Per-article state: chosen spellings, mentions, language helpers."""

    def __init__(self, rng: Random, lang: str, date: str):
        self.rng = rng
        self.lang = lang
        self.date = date
        self.sch: dict = {}
        self.order: dict = {}
        self.seen: set = set()
        self.buf: list = []
        self.caps = lang == "tr" and rng.random() < 0.3
        self.honor = rng.random() < 0.4

    # -- spelling choices
    def _k(self, p):
        k = self.sch.get(p.pid)
        if k is None:
            r = self.rng.random()
            k = self.sch[p.pid] = 0 if r < 0.55 else 1 if r < 0.75 else 2 if r < 0.9 else 3
        return k

    def _ff(self, p):
        ff = self.order.get(p.pid)
        if ff is None:
            ff = self.order[p.pid] = self.rng.random() < (0.65 if p.ff else 0.4)
        return ff

    def _rec(self, p, s):
        self.buf.append((p.pid, s))
        return s

    def take(self, text):
        if text.endswith(".."):  # a sentence ending in initials ("Surname A.V.")
            text = text[:-1]
        m = self.buf
        self.buf = []
        return (text, m)

    # -- names
    def full(self, p, case="n"):
        self.seen.add(p.pid)
        lang, rng = self.lang, self.rng
        if lang == "en":
            k = self._k(p)
            if p.east:
                fam, giv = p.sur.lat[k], p.giv[0].lat[k]
                if p.nat == "MNG" and rng.random() < 0.35:
                    s = f"{p.giv[0].ini[k]}. {fam}"
                else:
                    s = f"{fam} {giv}" if self._ff(p) else f"{giv} {fam}"
                self._rec(p, s)
                if p.sur.hg and rng.random() < 0.1:
                    return f"{s} ({self._rec(p, p.sur.hg + p.giv[0].hg)})"
                return s
            givs = p.giv if (len(p.giv) == 1 or rng.random() < 0.6) else p.giv[1:]
            gname = " ".join(g.lat[k] for g in givs)
            sur = p.sur.lat[k]
            r = rng.random()
            if r < 0.72:
                s = f"{gname} {sur}"
            elif r < 0.84:
                s = f"{givs[0].ini[k]}. {sur}"
            elif r < 0.90 and p.pat:
                s = f"{gname} {p.pat.lat[k]} {sur}"
            elif r < 0.96 and p.cis:
                s = f"{sur} {givs[0].ini[k]}." + (f"{p.pat.ini[k]}." if p.pat else "")
            else:
                s = f"{gname} {sur}"
            return self._rec(p, s)
        if lang == "ru":
            if p.east:
                if p.nat == "MNG":
                    s = (f"{p.giv[0].cyr[0]}. {p.sur.cyr}" if rng.random() < 0.5
                         else f"{p.sur.cyr} {p.giv[0].cyr}")
                else:
                    s = f"{p.sur.cyr} {p.giv[0].cyr}"
                return self._rec(p, s)
            m = p.male
            givs = p.giv if (len(p.giv) == 1 or rng.random() < 0.6) else p.giv[1:]
            g = " ".join(_ru(x, m, case) for x in givs)
            sur = _ru(p.sur, m, case)
            gi = givs[0].cyr[0]
            r = rng.random()
            if r < 0.55:
                s = f"{g} {sur}"
            elif r < 0.67:
                s = f"{gi}. {sur}" if not p.pat or rng.random() < 0.5 else \
                    f"{gi}.{p.pat.cyr[0]}. {sur}"
            elif r < 0.77 and p.cis:
                s = f"{sur} {gi}." + (f"{p.pat.cyr[0]}." if p.pat else "")
            elif r < 0.91 and p.pat:
                s = f"{g} {_ru(p.pat, m, case)} {sur}"
            elif p.pat:
                s = f"{sur} {g} {_ru(p.pat, m, case)}"
            else:
                s = f"{g} {sur}"
            return self._rec(p, s)
        # Turkish
        if p.east:
            fam, giv = p.sur.tr, p.giv[0].tr
            if self.caps:
                fam = _tr_upper(fam)
            if p.nat == "MNG" and rng.random() < 0.3:
                s = f"{p.giv[0].tri}. {fam}"
            else:
                s = f"{fam} {giv}" if self._ff(p) else f"{giv} {fam}"
            return self._rec(p, s)
        givs = p.giv if (len(p.giv) == 1 or rng.random() < 0.6) else p.giv[1:]
        sur = _tr_upper(p.sur.tr) if self.caps else p.sur.tr
        if rng.random() < 0.85:
            s = " ".join(g.tr for g in givs) + " " + sur
        else:
            s = f"{givs[0].tri}. {sur}"
        return self._rec(p, s)

    def ref(self, p, case="n"):
        """Later reference: surname (with an honorific sometimes)."""
        if p.pid not in self.seen:
            return self.full(p, case)
        rng = self.rng
        lang = self.lang
        if rng.random() < 0.15:
            return self.full(p, case)
        if lang == "en":
            s = self._rec(p, p.sur.lat[self._k(p)])
            if self.honor and rng.random() < 0.7:
                return ("Mr. " if p.male else "Ms. ") + s
            return s
        if lang == "ru":
            s = self._rec(p, _ru(p.sur, p.male, case))
            if rng.random() < 0.12:
                return _RU_HONOR[case][0 if p.male else 1] + s
            return s
        s = self._rec(p, p.sur.tr)
        if rng.random() < 0.3:
            return "Sayın " + s
        return s

    def ref_gen_tr(self, p):
        """Turkish genitive: Kılıç'ın, Ahmetov'un."""
        s = self.ref(p)
        base = s.split(" ")[-1]
        return f"{s}'{_tr_gen_suffix(base)}"

    def title(self, p, case="n", the=False):
        role = p.role_at(self.date)
        if self.lang == "en":
            return title_en(role, self.date, self.rng, the)
        if self.lang == "ru":
            return title_ru(role, self.date, case, self.rng)
        return title_tr(role, self.date, self.rng)

    def tn(self, p, case="n", the=False):
        """Title followed by the full name."""
        t = self.title(p, case, the)
        return f"{t} {self.full(p, case)}"


_RU_HONOR = {"n": ("г-н ", "г-жа "), "g": ("г-на ", "г-жи "), "d": ("г-ну ", "г-же "),
             "i": ("г-ном ", "г-жой ")}


def _v(p, verb):
    """Russian past tense agreeing with the person's gender."""
    if p.male:
        return verb
    return verb[:-2] + "ась" if verb.endswith("ся") else verb + "а"


def _date_en(d: dt.date, rng) -> str:
    r = rng.random()
    if r < 0.5:
        return f"{d.day} {EN_MON[d.month - 1]} {d.year}"
    if r < 0.8:
        return f"{EN_MON[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {EN_MON[d.month - 1]}"


def _date_ru(d: dt.date, rng) -> str:
    if rng.random() < 0.7:
        return f"{d.day} {RU_MON[d.month - 1]} {d.year} года"
    return f"{d.day} {RU_MON[d.month - 1]}"


def _date_tr(d: dt.date) -> str:
    return f"{d.day} {TR_MON[d.month - 1]} {d.year} tarihinde"


# ------------------------------------------------------------------------------- events

class Event:
    __slots__ = ("etype", "A", "B", "H", "G", "extra", "people", "countries", "orgs", "city",
                 "city_iso", "frame", "date", "io_partner")


def _pick_country(rng, lang, exclude=()):
    for _ in range(10):
        r = rng.random()
        if lang == "tr" and r < 0.35:
            iso = "TUR"
        elif lang == "ru" and r < 0.5:
            iso = rng.choice(_CIS)
        else:
            iso = _pick_w(rng, ISOS, _ISO_CUM)
        if iso not in exclude:
            return iso
    return next(i for i in ISOS if i not in exclude)


def make_event(rng: Random, pool: Pool, lang: str, d: dt.date) -> Event:
    ev = Event()
    ev.date = d
    year = d.year
    used: set = set()
    r = rng.random()
    et = ("bilateral_meeting" if r < 0.30 else "visit" if r < 0.42 else "signing" if r < 0.57
          else "multilateral_meeting" if r < 0.75 else "conference" if r < 0.88 else "other")
    ev.etype = et
    ev.extra = []
    ev.orgs = []
    ev.frame = None
    ev.io_partner = None
    A = _pick_country(rng, lang)
    ev.A = A
    ev.B = None
    ev.G = None
    ev.city = rng.choice(COUNTRIES[A]["cities"])
    ev.city_iso = A

    def off(iso):
        p = pool.official(rng, iso, year, used)
        if p is not None:
            used.add(p.pid)
        return p

    def io(org):
        p = pool.staff(rng, org, year, used)
        used.add(p.pid)
        return p

    if et in ("bilateral_meeting", "visit", "signing"):
        ev.H = off(A)
        if et != "visit" and rng.random() < 0.15:
            org = _pick_w(rng, list(IOS), (5, 8, 10))
            ev.io_partner = org
            ev.G = io(org)
            ev.orgs = [org]
            ev.countries = [A]
        else:
            B = _pick_country(rng, lang, exclude=(A,))
            ev.B = B
            G = None
            if et != "signing" and rng.random() < 0.3:
                G = pool.ambassador(rng, B, A, year, used)
            ev.G = G or off(B)
            used.add(ev.G.pid)
            ev.countries = [A, B]
            if rng.random() < 0.35:
                x = off(rng.choice((A, B)))
                if x is not None:
                    ev.extra.append(x)
        ev.people = [ev.H, ev.G] + ev.extra
        return ev
    if et in ("multilateral_meeting", "conference"):
        frame = "free"
        if et == "multilateral_meeting":
            r = rng.random()
            frame = "ots" if r < 0.3 else "eapo" if r < 0.6 else "free"
        ev.frame = frame
        members = (_OTS_MEMBERS if frame == "ots" else _EAPO_MEMBERS if frame == "eapo"
                   else ISOS)
        k = min(len(members), rng.randint(3, 6))
        countries = rng.sample(members, k)
        if lang == "tr" and "TUR" in members and "TUR" not in countries and rng.random() < 0.5:
            countries[0] = "TUR"
        ev.countries = countries
        ev.A = countries[0]
        ev.city = rng.choice(COUNTRIES[ev.A]["cities"])
        ev.city_iso = ev.A
        org = {"ots": "OTS", "eapo": "EAPO"}.get(frame)
        if org is None and (et == "conference" or rng.random() < 0.3) and rng.random() < 0.5:
            org = "WIPO"
        if org:
            ev.orgs = [org]
            if rng.random() < 0.25:
                ev.city_iso, ev.city = IOS[org]["seat"]
        ev.people = [off(c) for c in countries]
        if org and rng.random() < 0.75:
            ev.people.append(io(org))
        ev.H = ev.people[0]
        return ev
    # other: one state
    ev.H = off(A)
    ev.countries = [A]
    ev.people = [ev.H]
    if rng.random() < 0.3:
        x = off(A)
        if x is not None:
            ev.extra.append(x)
            ev.people.append(x)
    return ev


# ------------------------------------------------------------------------------- English

def _en_when(ctx, d):
    return f" on {_date_en(d, ctx.rng)}" if ctx.rng.random() < 0.75 else ""


def lead_en(ctx: Art, ev: Event):
    rng = ctx.rng
    S = ctx.take
    d = ev.date
    city = ev.city[0]
    out = []
    et = ev.etype
    H, G = ev.H, ev.G
    if et == "bilateral_meeting":
        r = rng.random()
        when = _en_when(ctx, d)
        if r < 0.3:
            out.append(S(f"{_cap(ctx.tn(H))} met with {ctx.tn(G, the=True)} in {city}{when}."))
        elif r < 0.55:
            out.append(S(f"On {_date_en(d, rng)}, {ctx.full(H)}, {ctx.title(H, the=True)}, held "
                         f"talks with {ctx.full(G)}, {ctx.title(G, the=True)}, in {city}."))
        elif r < 0.8:
            out.append(S(f"{ctx.full(H)}, {ctx.title(H, the=True)}, received {ctx.tn(G, the=True)} "
                         f"in {city}{when}."))
        else:
            out.append(S(f"A meeting between {ctx.tn(H, the=True)} and {ctx.tn(G, the=True)} "
                         f"took place in {city}{when}."))
    elif et == "visit":
        B = COUNTRIES[ev.B]
        A = COUNTRIES[ev.A]
        if rng.random() < 0.5:
            out.append(S(f"{_cap(ctx.tn(G))} paid an official visit to {rng.choice(A['en'])}"
                         f"{_en_when(ctx, d)}."))
            out.append(S(f"During the visit, {ctx.ref(G)} met with {ctx.tn(H, the=True)}."))
        else:
            out.append(S(f"A delegation of {rng.choice(B['en'])} led by {ctx.tn(G, the=True)} "
                         f"visited {city}{_en_when(ctx, d)}."))
            out.append(S(f"The guests were received by {ctx.tn(H, the=True)}."))
    elif et == "signing":
        agr = rng.choice(AGREEMENTS)[0].format(y=d.year, y1=d.year + 1)
        if rng.random() < 0.5:
            out.append(S(f"{_cap(ctx.tn(H))} and {ctx.tn(G, the=True)} signed {agr} in {city}"
                         f"{_en_when(ctx, d)}."))
        else:
            orgA = _office(ev.A, ctx.date)[0]
            orgB = (IOS[ev.io_partner]["en"] if ev.io_partner else _office(ev.B, ctx.date)[0])
            out.append(S(f"{_cap(orgA)} and {orgB} signed {agr} in {city}{_en_when(ctx, d)}."))
            out.append(S(f"The document was signed by {ctx.full(H)}, {ctx.title(H, the=True)}, "
                         f"and {ctx.full(G)}, {ctx.title(G, the=True)}."))
    elif et == "multilateral_meeting":
        names = _join([COUNTRIES[c]["en"][0] for c in ev.countries], "and")
        when = _en_when(ctx, d)
        ordn = rng.choice(EN_ORD)
        if ev.frame == "ots":
            out.append(S(f"The {ordn} meeting of the heads of intellectual property offices of "
                         f"the Organization of Turkic States was held in {city}{when}."))
        elif ev.frame == "eapo":
            out.append(S(f"The {ordn} session of the Administrative Council of the Eurasian "
                         f"Patent Organization took place in {city}{when}."))
        else:
            out.append(S(f"{city} hosted the {ordn} meeting of the heads of the national patent "
                         f"offices of {names}{when}."))
        the = rng.random() < 0.5
        lst = [ctx.tn(p, the=the) for p in ev.people]
        out.append(S(f"The meeting was attended by {_join(lst, 'and')}."))
    elif et == "conference":
        conf = rng.choice(CONFERENCES)[0]
        out.append(S(f"The international conference \u201c{conf}\u201d was held in {city}"
                     f"{_en_when(ctx, d)}."))
        orgs = f" and {IOS[ev.orgs[0]]['en']}" if ev.orgs else ""
        out.append(S(f"It brought together representatives of {len(ev.countries)} countries"
                     f"{orgs}."))
        lst = [ctx.tn(p) for p in ev.people[:4]]
        out.append(S(f"{_cap(_join(lst, 'and'))} addressed the participants at the opening "
                     f"session."))
    else:
        r = rng.random()
        t = rng.choice(TOPICS)[0]
        if r < 0.4:
            out.append(S(f"{_cap(ctx.tn(H))} took part in a round table on {t} held in {city}"
                         f"{_en_when(ctx, d)}."))
        elif r < 0.7:
            out.append(S(f"{ctx.full(H)}, {ctx.title(H, the=True)}, presented the results of the "
                         f"office's work in {d.year - 1} at a press conference in {city}"
                         f"{_en_when(ctx, d)}."))
        else:
            out.append(S(f"In an interview with {rng.choice(OUTLETS_EN)}, {ctx.tn(H)} spoke about "
                         f"{t}."))
    if ev.extra:
        what = "event" if et == "other" else "meeting"
        out.append(S(f"The {what} was also attended by {ctx.tn(ev.extra[0], the=True)}."))
    return out


def body_en(ctx: Art, ev: Event, k: int):
    rng = ctx.rng
    X = rng.choice(ev.people)
    t = ctx.topics
    A = COUNTRIES[ev.A]
    Bi = ev.B or (ev.countries[1] if len(ev.countries) > 1 else ev.A)
    B = COUNTRIES[Bi]
    y = ev.date.year
    if k == 0:
        return f"The parties discussed {t[0][0]}, {t[1][0]} and {t[2][0]}."
    if k == 1:
        return f"During the meeting, the sides exchanged views on {t[1][0]} and {t[3][0]}."
    if k == 2:
        return (f"{_cap(ctx.ref(X))} noted that {rng.choice(A['en'])} attaches great importance "
                f"to {t[0][0]}.")
    if k == 3:
        return (f"According to {ctx.ref(X)}, cooperation between the two offices has reached a "
                f"new level in recent years.")
    if k == 4:
        return (f"{_cap(ctx.ref(X))} briefed the guests on the results of the reform of the "
                f"national intellectual property system.")
    if k == 5:
        return f"Special attention was paid to {t[2][0]}."
    if k == 6:
        return f"The sides agreed to intensify the exchange of experience in {t[3][0]}."
    if k == 7:
        return (f"{_cap(ctx.ref(X))} thanked the hosts for the warm welcome and expressed hope "
                f"for further development of cooperation.")
    if k == 8:
        return (f"{_cap(ctx.ref(X))} stressed that {t[4][0]} remains a priority for "
                f"{_office(ev.A, ctx.date)[1]}.")
    if k == 9:
        return ("The delegation also visited the examination departments and the patent "
                "library.")
    if k == 10:
        return "The meeting was held in a friendly and constructive atmosphere."
    if k == 11:
        return (f"It was noted that in {y - 1} the number of applications filed by applicants "
                f"from {rng.choice(B['en'])} increased by {rng.randint(5, 60)} per cent.")
    if k == 12:
        return (f"\u201cWe are interested in expanding practical cooperation in {t[5][0]},\u201d "
                f"{ctx.ref(X)} said.")
    if k == 13:
        return (f"The {A['en_adj']} side presented its experience in {t[0][0]}, while the "
                f"{B['en_adj']} side shared its practice in {t[1][0]}.")
    if k == 14:
        return f"{_cap(ctx.ref(X))} also informed the participants about progress in {t[2][0]}."
    if k == 15:
        return ("The parties noted the importance of joint training programmes for examiners "
                "and of regular expert consultations.")
    if k == 16:
        return (f"In addition, the sides considered organising joint seminars on {t[3][0]} in "
                f"{y + 1}.")
    if k == 17:
        return (f"{_cap(ctx.ref(X))} invited the colleagues to take part in the international "
                f"forum on {t[4][0]} to be held later this year.")
    if k == 18:
        return (f"Participants agreed that {t[5][0]} and {t[0][0]} require closer coordination "
                f"at the regional level.")
    return (f"As {ctx.ref(X)} pointed out, the number of applications processed electronically "
            f"has grown significantly.")


def closing_en(ctx: Art, ev: Event, agr: bool, fut: bool, attr: bool):
    rng = ctx.rng
    y = ev.date.year
    out = []
    if agr:
        a = rng.choice(AGREEMENTS)[0].format(y=y, y1=y + 1)
        out.append([ctx.take(f"Following the meeting, the parties signed {a}.")])
    if fut:
        c = COUNTRIES[rng.choice(ev.countries)]
        yf = y + rng.choice((1, 1, 2))
        if rng.random() < 0.5:
            s = f"The next meeting will be held in {rng.choice(c['cities'])[0]} in {yf}."
        else:
            s = (f"It was agreed to hold the next session of the joint working group in "
                 f"{rng.choice(c['cities'])[0]} in {yf}.")
        out.append([ctx.take(s)])
    if attr:
        r = rng.random()
        if r < 0.5:
            s = f"Source: press service of {_office(ev.A, ctx.date)[1]}"
        elif r < 0.8:
            s = f"\u00a9 {rng.choice(OUTLETS_EN)}, {y}"
        else:
            s = f"({rng.choice(OUTLETS_EN)})"
        out.append([ctx.take(s)])
    return out


# ------------------------------------------------------------------------------- Russian

def _ru_when(ctx, d):
    return f" {_date_ru(d, ctx.rng)}" if ctx.rng.random() < 0.75 else ""


def lead_ru(ctx: Art, ev: Event):
    rng = ctx.rng
    S = ctx.take
    d = ev.date
    cp = ev.city[1]
    out = []
    et = ev.etype
    H, G = ev.H, ev.G
    if et == "bilateral_meeting":
        r = rng.random()
        if r < 0.35:
            out.append(S(f"{_cap(ctx.tn(H))} {_v(H, 'провел')} встречу с {ctx.tn(G, 'i')} в {cp}"
                         f"{_ru_when(ctx, d)}."))
        elif r < 0.6:
            out.append(S(f"{_cap(_date_ru(d, rng))} в {cp} состоялась встреча "
                         f"{ctx.tn(H, 'g')} и {ctx.tn(G, 'g')}."))
        elif r < 0.8:
            out.append(S(f"{ctx.full(H)}, {ctx.title(H)}, {_v(H, 'встретился')} с "
                         f"{ctx.tn(G, 'i')}{_ru_when(ctx, d)}."))
        else:
            out.append(S(f"В {cp} прошли переговоры между {ctx.tn(H, 'i')} и {ctx.tn(G, 'i')}."))
    elif et == "visit":
        A = COUNTRIES[ev.A]
        B = COUNTRIES[ev.B]
        if rng.random() < 0.5:
            out.append(S(f"{_cap(ctx.tn(G))} {_v(G, 'находился')} с рабочим визитом в "
                         f"{rng.choice(A['ru_pre'])}{_ru_when(ctx, d)}."))
            out.append(S(f"В ходе визита {ctx.ref(G)} {_v(G, 'встретился')} с "
                         f"{ctx.tn(H, 'i')}."))
        else:
            out.append(S(f"{_cap(_date_ru(d, rng))} в {cp} с рабочим визитом находилась "
                         f"делегация {rng.choice(B['ru_gen'])} во главе с {ctx.tn(G, 'i')}."))
            out.append(S(f"Гостей {_v(H, 'принял')} {ctx.tn(H)}."))
    elif et == "signing":
        agr = rng.choice(AGREEMENTS)
        y = d.year
        if rng.random() < 0.5 or ev.io_partner:
            out.append(S(f"{_cap(ctx.tn(H))} и {ctx.tn(G)} подписали "
                         f"{agr[1].format(y=y, y1=y + 1)} в {cp}{_ru_when(ctx, d)}."))
        else:
            adjA = COUNTRIES[ev.A]["ru_adj"][:-2] + "ой"
            adjB = COUNTRIES[ev.B]["ru_adj"][:-2] + "ой"
            out.append(S(f"{_cap(_date_ru(d, rng))} в {cp} состоялась церемония подписания "
                         f"{agr[2].format(y=y, y1=y + 1)} между {adjA} и {adjB} сторонами."))
            out.append(S(f"Документ подписали {ctx.tn(H)} и {ctx.tn(G)}."))
    elif et == "multilateral_meeting":
        ordn = rng.choice(RU_ORD)
        names = _join([COUNTRIES[c]["ru_gen"][0] for c in ev.countries], "и")
        when = _cap(_date_ru(d, rng))
        if ev.frame == "ots":
            out.append(S(f"{when} в {cp} состоялось {ordn} заседание руководителей ведомств "
                         f"интеллектуальной собственности государств - членов Организации "
                         f"тюркских государств."))
        elif ev.frame == "eapo":
            out.append(S(f"{when} в {cp} прошло {ordn} заседание Административного совета "
                         f"Евразийской патентной организации."))
        else:
            out.append(S(f"{when} в {cp} состоялось {ordn} заседание руководителей патентных "
                         f"ведомств {names}."))
        lst = [ctx.tn(p) for p in ev.people]
        out.append(S(f"В заседании приняли участие {_join(lst, 'и')}."))
    elif et == "conference":
        conf = rng.choice(CONFERENCES)[1]
        out.append(S(f"{_cap(_date_ru(d, rng))} в {cp} прошла международная конференция "
                     f"«{conf}»."))
        orgs = f", а также {IOS[ev.orgs[0]]['ru_short']}" if ev.orgs else ""
        out.append(S(f"В ней приняли участие представители {len(ev.countries)} стран{orgs}."))
        lst = [ctx.tn(p) for p in ev.people[:4]]
        out.append(S(f"С приветственным словом выступили {_join(lst, 'и')}."))
    else:
        t = rng.choice(TOPICS)[1]
        r = rng.random()
        if r < 0.5:
            out.append(S(f"{_cap(ctx.tn(H))} {_v(H, 'принял')} участие в круглом столе, "
                         f"посвященном вопросам {t}, в {cp}{_ru_when(ctx, d)}."))
        else:
            out.append(S(f"{_cap(ctx.tn(H))} {_v(H, 'дал')} интервью изданию "
                         f"«{rng.choice(OUTLETS_RU)}», в котором {_v(H, 'рассказал')} о "
                         f"развитии {t}."))
    if ev.extra:
        where = "В мероприятии" if et == "other" else "Во встрече"
        out.append(S(f"{where} также {_v(ev.extra[0], 'принял')} участие "
                     f"{ctx.tn(ev.extra[0])}."))
    return out


def body_ru(ctx: Art, ev: Event, k: int):
    rng = ctx.rng
    X = rng.choice(ev.people)
    t = ctx.topics
    A = COUNTRIES[ev.A]
    Bi = ev.B or (ev.countries[1] if len(ev.countries) > 1 else ev.A)
    B = COUNTRIES[Bi]
    y = ev.date.year
    if k == 0:
        return f"Стороны обсудили вопросы {t[0][1]}, {t[1][1]} и {t[2][1]}."
    if k == 1:
        return f"В ходе встречи стороны обменялись мнениями по вопросам {t[1][1]} и {t[3][1]}."
    if k == 2:
        return (f"{_cap(ctx.ref(X))} {_v(X, 'отметил')}, что {rng.choice(A['ru_nom'])} придает "
                f"большое значение развитию {t[0][1]}.")
    if k == 3:
        return (f"По словам {ctx.ref(X, 'g')}, сотрудничество между ведомствами в последние "
                f"годы вышло на новый уровень.")
    if k == 4:
        return (f"{_cap(ctx.ref(X))} {_v(X, 'ознакомил')} гостей с результатами реформы "
                f"национальной системы интеллектуальной собственности.")
    if k == 5:
        return f"Особое внимание было уделено вопросам {t[2][1]}."
    if k == 6:
        return f"Стороны договорились активизировать обмен опытом в области {t[3][1]}."
    if k == 7:
        return (f"{_cap(ctx.ref(X))} {_v(X, 'поблагодарил')} за теплый прием и "
                f"{_v(X, 'выразил')} надежду на дальнейшее развитие сотрудничества.")
    if k == 8:
        return (f"{_cap(ctx.ref(X))} {_v(X, 'подчеркнул')}, что приоритетом для ведомства "
                f"остается развитие {t[4][1]}.")
    if k == 9:
        return ("Делегация также ознакомилась с работой экспертных подразделений и патентной "
                "библиотеки.")
    if k == 10:
        return "Встреча прошла в дружественной и конструктивной атмосфере."
    if k == 11:
        return (f"Было отмечено, что в {y - 1} году число заявок от заявителей из "
                f"{B['ru_gen'][0]} выросло на {rng.randint(5, 60)}%.")
    if k == 12:
        return (f"«Мы заинтересованы в расширении практического сотрудничества в сфере "
                f"{t[5][1]}», - {_v(X, 'отметил')} {ctx.ref(X)}.")
    if k == 13:
        return (f"{_cap(A['ru_adj'])} сторона представила опыт в области {t[0][1]}, а "
                f"{B['ru_adj']} - практику {t[1][1]}.")
    if k == 14:
        return (f"{_cap(ctx.ref(X, 'd'))} была представлена информация о ходе работы по "
                f"вопросам {t[2][1]}.")
    if k == 15:
        return ("Стороны отметили важность совместных программ обучения экспертов и регулярных "
                "консультаций.")
    if k == 16:
        return (f"Кроме того, стороны рассмотрели возможность проведения совместных семинаров "
                f"по вопросам {t[3][1]} в {y + 1} году.")
    if k == 17:
        return (f"{_cap(ctx.ref(X))} {_v(X, 'пригласил')} коллег принять участие в "
                f"международном форуме по вопросам {t[4][1]}.")
    if k == 18:
        return (f"Участники согласились, что вопросы {t[5][1]} и {t[0][1]} требуют более тесной "
                f"координации на региональном уровне.")
    return f"Встреча с {ctx.ref(X, 'i')} стала продолжением диалога, начатого в {y - 1} году."


def closing_ru(ctx: Art, ev: Event, agr: bool, fut: bool, attr: bool):
    rng = ctx.rng
    y = ev.date.year
    out = []
    if agr:
        a = rng.choice(AGREEMENTS)[1].format(y=y, y1=y + 1)
        out.append([ctx.take(f"По итогам встречи стороны подписали {a}.")])
    if fut:
        c = COUNTRIES[rng.choice(ev.countries)]
        yf = y + rng.choice((1, 1, 2))
        city = rng.choice(c["cities"])[1]
        if rng.random() < 0.5:
            s = f"Следующее заседание состоится в {city} в {yf} году."
        else:
            s = f"Стороны договорились провести очередную встречу в {yf} году в {city}."
        out.append([ctx.take(s)])
    if attr:
        if rng.random() < 0.6:
            s = f"Источник: пресс-служба {_office(ev.A, ctx.date)[3]}"
        else:
            s = f"По материалам «{rng.choice(OUTLETS_RU)}»"
        out.append([ctx.take(s)])
    return out


# ------------------------------------------------------------------------------- Turkish

def lead_tr(ctx: Art, ev: Event):
    rng = ctx.rng
    S = ctx.take
    d = ev.date
    cl = ev.city[3]
    when = _date_tr(d)
    out = []
    et = ev.etype
    H, G = ev.H, ev.G
    if et == "bilateral_meeting":
        r = rng.random()
        if r < 0.4:
            out.append(S(f"{ctx.tn(H)}, {ctx.tn(G)} ile {when} {cl} bir araya geldi."))
        elif r < 0.7:
            out.append(S(f"{ctx.tn(G)}, {ctx.tn(H)} tarafından {cl} kabul edildi."))
        else:
            out.append(S(f"{when} {cl} {ctx.tn(H)} ile {ctx.tn(G)} arasında bir görüşme "
                         f"gerçekleştirildi."))
    elif et == "visit":
        A = COUNTRIES[ev.A]
        out.append(S(f"{ctx.tn(G)}, {when} {A['tr_dat']} resmi ziyaret gerçekleştirdi."))
        out.append(S(f"Ziyaret kapsamında {ctx.ref(G)}, {ctx.tn(H)} ile görüştü."))
    elif et == "signing":
        agr = rng.choice(AGREEMENTS)[3].format(y=d.year, y1=d.year + 1)
        out.append(S(f"{when} {cl} {ctx.tn(H)} ile {ctx.tn(G)} arasında {agr} imzalandı."))
    elif et == "multilateral_meeting":
        ordn = rng.choice(TR_ORD)
        if ev.frame == "ots":
            out.append(S(f"Türk Devletleri Teşkilatı üyesi ülkelerin fikri mülkiyet ofisleri "
                         f"başkanlarının {ordn} toplantısı {when} {cl} yapıldı."))
        elif ev.frame == "eapo":
            out.append(S(f"Avrasya Patent Teşkilatı İdari Konseyinin {ordn} oturumu {when} {cl} "
                         f"gerçekleştirildi."))
        else:
            names = _join([COUNTRIES[c]["tr"] for c in ev.countries], "ve")
            out.append(S(f"{names} patent ofisleri başkanlarının {ordn} toplantısı {when} {cl} "
                         f"düzenlendi."))
        lst = [ctx.tn(p) for p in ev.people]
        out.append(S(f"Toplantıya {_join(lst, 've')} katıldı."))
    elif et == "conference":
        conf = rng.choice(CONFERENCES)[2]
        out.append(S(f"\u201c{conf}\u201d başlıklı uluslararası konferans {when} {cl} "
                     f"düzenlendi."))
        orgs = f" ve {IOS[ev.orgs[0]]['tr_short']}" if ev.orgs else ""
        out.append(S(f"Konferansa {len(ev.countries)} ülkeden{orgs} temsilciler katıldı."))
        lst = [ctx.tn(p) for p in ev.people[:4]]
        out.append(S(f"Açılış oturumunda {_join(lst, 've')} birer konuşma yaptı."))
    else:
        t = rng.choice(TOPICS)[2]
        if rng.random() < 0.6:
            out.append(S(f"{ctx.tn(H)}, {when} {cl} düzenlenen {t} konulu yuvarlak masa "
                         f"toplantısına katıldı."))
        else:
            out.append(S(f"{ctx.tn(H)}, {rng.choice(OUTLETS_TR)}'ne verdiği röportajda {t} "
                         f"konusundaki çalışmaları anlattı."))
    if ev.extra:
        where = "Etkinliğe" if et == "other" else "Görüşmeye"
        out.append(S(f"{where} {ctx.tn(ev.extra[0])} de katıldı."))
    return out


def body_tr(ctx: Art, ev: Event, k: int):
    rng = ctx.rng
    X = rng.choice(ev.people)
    t = ctx.topics
    A = COUNTRIES[ev.A]
    Bi = ev.B or (ev.countries[1] if len(ev.countries) > 1 else ev.A)
    B = COUNTRIES[Bi]
    y = ev.date.year
    if k == 0:
        return f"Taraflar {t[0][2]}, {t[1][2]} ve {t[2][2]} konularını ele aldı."
    if k == 1:
        return f"Görüşmede {t[1][2]} ve {t[3][2]} konularında görüş alışverişinde bulunuldu."
    if k == 2:
        return (f"{ctx.ref(X)}, {A['tr_gen']} {t[0][2]} konusuna büyük önem verdiğini "
                f"vurguladı.")
    if k == 3:
        return (f"{ctx.ref_gen_tr(X)} belirttiğine göre, iki kurum arasındaki işbirliği son "
                f"yıllarda yeni bir seviyeye ulaştı.")
    if k == 4:
        return (f"{ctx.ref(X)}, konuklara ulusal fikri mülkiyet sistemindeki reformun "
                f"sonuçları hakkında bilgi verdi.")
    if k == 5:
        return f"Görüşmede özellikle {t[2][2]} konusu üzerinde duruldu."
    if k == 6:
        return f"Taraflar, {t[3][2]} alanında deneyim paylaşımını artırma konusunda mutabık kaldı."
    if k == 7:
        return (f"{ctx.ref(X)}, sıcak karşılama için teşekkür ederek işbirliğinin daha da "
                f"gelişmesi temennisinde bulundu.")
    if k == 8:
        return (f"{ctx.ref(X)}, {t[4][2]} konusunun kurum için öncelikli olmaya devam ettiğini "
                f"söyledi.")
    if k == 9:
        return "Heyet ayrıca inceleme birimlerini ve patent kütüphanesini ziyaret etti."
    if k == 10:
        return "Görüşme dostane ve yapıcı bir atmosferde gerçekleşti."
    if k == 11:
        return (f"{B['tr_adj']} başvuru sahiplerinin {y - 1} yılında yaptığı başvuru sayısının "
                f"yüzde {rng.randint(5, 60)} arttığı belirtildi.")
    if k == 12:
        return (f"{ctx.ref(X)}, \u201c{_cap(t[5][2])} alanında pratik işbirliğini genişletmeye "
                f"hazırız\u201d dedi.")
    if k == 13:
        return (f"{A['tr_adj']} tarafı {t[0][2]} alanındaki deneyimini, {B['tr_adj']} tarafı "
                f"ise {t[1][2]} konusundaki uygulamalarını paylaştı.")
    if k == 14:
        return f"{ctx.ref(X)}, katılımcılara {t[2][2]} alanındaki gelişmeler hakkında bilgi verdi."
    if k == 15:
        return ("Taraflar, uzmanlar için ortak eğitim programlarının ve düzenli istişarelerin "
                "önemine dikkat çekti.")
    if k == 16:
        return (f"Ayrıca {y + 1} yılında {t[3][2]} konusunda ortak seminerler düzenlenmesi "
                f"imkânı değerlendirildi.")
    if k == 17:
        return (f"{ctx.ref(X)}, meslektaşlarını {t[4][2]} konulu uluslararası foruma katılmaya "
                f"davet etti.")
    if k == 18:
        return (f"Katılımcılar, {t[5][2]} ve {t[0][2]} konularının bölgesel düzeyde daha yakın "
                f"koordinasyon gerektirdiği konusunda hemfikir oldu.")
    return (f"{ctx.ref_gen_tr(X)} ifade ettiğine göre, elektronik ortamda yapılan başvuru "
            f"sayısı önemli ölçüde arttı.")


def closing_tr(ctx: Art, ev: Event, agr: bool, fut: bool, attr: bool):
    rng = ctx.rng
    y = ev.date.year
    out = []
    if agr:
        a = rng.choice(AGREEMENTS)[3].format(y=y, y1=y + 1)
        out.append([ctx.take(f"Görüşmenin ardından taraflar arasında {a} imzalandı.")])
    if fut:
        c = COUNTRIES[rng.choice(ev.countries)]
        yf = y + rng.choice((1, 1, 2))
        out.append([ctx.take(f"Bir sonraki toplantının {yf} yılında "
                             f"{rng.choice(c['cities'])[3]} yapılması kararlaştırıldı.")])
    if attr:
        if rng.random() < 0.6:
            s = f"Kaynak: {_office(ev.A, ctx.date)[5]}"
        else:
            s = f"Haber: {rng.choice(OUTLETS_TR)}"
        out.append([ctx.take(s)])
    return out


_LEAD = {"en": lead_en, "ru": lead_ru, "tr": lead_tr}
_BODY = {"en": body_en, "ru": body_ru, "tr": body_tr}
_CLOSING = {"en": closing_en, "ru": closing_ru, "tr": closing_tr}
_N_BODY = 20

_D0 = dt.date(2015, 1, 1).toordinal()
_D1 = dt.date(2026, 12, 27).toordinal()


def make_article(rng: Random, pool: Pool, lang: str):
    """-> (text with LF line ends, truth dict without the file name)"""
    d = dt.date.fromordinal(rng.randint(_D0, _D1))
    pub = d + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))
    ctx = Art(rng, lang, d.isoformat())
    ev = make_event(rng, pool, lang, d)
    ctx.topics = rng.sample(TOPICS, 6)
    header = f" date {pub.isoformat()} " if rng.random() < P_HEADER else ""
    lead = _LEAD[lang](ctx, ev)
    agreement = ev.etype not in ("signing", "other") and rng.random() < 0.3
    closing = _CLOSING[lang](ctx, ev, agreement, rng.random() < 0.35, rng.random() < 0.4)
    blank = rng.random() < 0.3
    sep_bytes = 2 if blank else 1
    target = rng.randint(1150, 2850)
    size = len(header.encode()) + sum(len(s[0].encode()) + 1 for s in lead)
    size += sum(len(p[0][0].encode()) + sep_bytes for p in closing)
    body: list = []
    order = rng.sample(range(_N_BODY), _N_BODY)
    j = 0
    body_fn = _BODY[lang]
    para: list = []
    while size < target:
        if j == len(order):
            order = rng.sample(range(_N_BODY), _N_BODY)
            j = 0
            ctx.topics = rng.sample(TOPICS, 6)
        text = body_fn(ctx, ev, order[j])
        j += 1
        sent = ctx.take(text)
        b = len(text.encode()) + 1
        if size + b + sep_bytes > MAX_BYTES - 80:
            break
        size += b
        if not para or rng.random() < 0.45:
            if para:
                body.append(para)
                size += sep_bytes - 1
            para = [sent]
        else:
            para.append(sent)
    if para:
        body.append(para)
    paras = [lead] + body + closing
    sep = "\n\n" if blank else "\n"
    text = header + sep.join(" ".join(s[0] for s in p) for p in paras) + "\n"
    while len(text.encode()) > MAX_BYTES - 40 and len(paras) > 1:
        if body:  # drop the last body paragraph, else the last closing one
            body.pop()
            paras.pop(len(body) + 1)
        else:
            paras.pop()
        text = header + sep.join(" ".join(s[0] for s in p) for p in paras) + "\n"
    ments = [m for p in paras for s in p for m in s[1]]
    pids = list(dict.fromkeys(m[0] for m in ments))
    truth = {"lang": lang, "event_type": ev.etype, "date": d.isoformat(),
             "published": pub.isoformat() if header else None,
             "countries": ev.countries, "orgs": ev.orgs, "city": ev.city[0],
             "city_country": ev.city_iso, "persons": pids,
             "mentions": [[a, b] for a, b in ments]}
    return text, truth


# =============================================================================== driver

def _remove_stale(out: Path, keep: set) -> None:
    """Remove generated files of an earlier run that this run did not write."""
    for name in os.listdir(out):
        if name not in keep and (_FILE_RE.match(name)
                                 or name in ("truth.jsonl", "truth_persons.jsonl")):
            os.remove(out / name)


def _write(path: str, data: bytes, existing: set, name: str) -> None:
    """Plain write; a file that already holds exactly these bytes (same n and seed as an
    earlier run) is left alone, which keeps re-runs cheap on slow file systems."""
    if name in existing:
        try:
            with open(path, "rb") as f:
                if f.read(len(data) + 1) == data:
                    return
        except OSError:
            pass
    with open(path, "wb") as f:
        f.write(data)


def _run(n: int, out: Path, seed: int = 7, truth: bool = False) -> dict:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    existing = set(os.listdir(out))
    written: set = set()
    rng = Random(seed)
    persons = build_pool(max(60, n // 20), rng)
    pool = Pool(persons)
    width = max(3, len(str(max(n - 1, 0))))
    langs = [l for l, _ in LANG_WEIGHTS]
    lang_cum = _cum([w for _, w in LANG_WEIGHTS])
    stats = {"files": 0, "bytes": 0, "lang": {l: 0 for l in langs}, "crlf": 0, "dup": 0,
             "bad": 0}
    recent: list = []          # (name, bytes, truth) of recent good articles, for duplicates
    truth_lines: list = []
    outs = str(out)
    for i in range(n):
        name = f"{i:0{width}d}_{rng.getrandbits(64):016x}.txt"
        r = rng.random()
        if r < P_BAD:
            kind = rng.choice(("empty", "header_only", "binary", "cp1251"))
            if kind == "empty":
                data = b""
            elif kind == "header_only":
                data = f" date {dt.date.fromordinal(rng.randint(_D0, _D1)).isoformat()} ".encode()
            elif kind == "binary":
                data = b"\x00\x01PK\x03\x04" + rng.randbytes(rng.randint(300, 2000))
            else:
                text, _ = make_article(rng, pool, "ru")
                data = text.encode("cp1251", errors="replace")
            rec = {"bad": kind}
            stats["bad"] += 1
        elif r < P_BAD + P_DUP and recent:
            src_name, data, t = recent[rng.randrange(len(recent))]
            rec = dict(t)
            rec["dup_of"] = src_name
            stats["dup"] += 1
        else:
            lang = rng.choices(langs, cum_weights=lang_cum, k=1)[0]
            text, rec = make_article(rng, pool, lang)
            if rng.random() < P_CRLF:
                text = text.replace("\n", "\r\n")
                rec["crlf"] = True
                stats["crlf"] += 1
            data = text.encode("utf-8")
            stats["lang"][lang] += 1
            if len(recent) < 64:
                recent.append((name, data, rec))
            else:
                recent[rng.randrange(64)] = (name, data, rec)
        _write(os.path.join(outs, name), data, existing, name)
        written.add(name)
        stats["files"] += 1
        stats["bytes"] += len(data)
        if truth:
            line = {"file": name}
            line.update(rec)
            truth_lines.append(json.dumps(line, ensure_ascii=False))
    if truth:
        with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
            f.write("\n".join(truth_lines) + "\n")
        with open(out / "truth_persons.jsonl", "w", encoding="utf-8") as f:
            for p in persons:
                f.write(json.dumps({
                    "person_id": p.pid, "name": p.canonical(), "surname": p.sur.lat[0],
                    "country": p.country, "nationality": p.nat, "organisation": p.org,
                    "male": p.male,
                    "roles": [[since or None, list(role)] for since, role in p.roles]},
                    ensure_ascii=False) + "\n")
        written.update(("truth.jsonl", "truth_persons.jsonl"))
    _remove_stale(out, written)
    stats["persons"] = len(persons)
    return stats


def generate(n: int, out: Path, seed: int = 7, truth: bool = False) -> None:
    """Write ``n`` synthetic articles into ``out``; generated files of an earlier run that
    this run does not produce are removed, other files in ``out`` are left alone."""
    _run(n, out, seed, truth)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.benchmarks.generate",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of article files")
    ap.add_argument("--out", type=Path, required=True,
                    help="output folder (generated files of an earlier run are replaced)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--truth", action="store_true",
                    help="also write truth.jsonl and truth_persons.jsonl")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    st = _run(a.n, a.out, a.seed, a.truth)
    el = time.perf_counter() - t0
    good = sum(st["lang"].values()) or 1
    mix = ", ".join(f"{k} {v} ({100 * v / good:.1f}%)" for k, v in st["lang"].items())
    print(f"{st['files']} files, {st['bytes'] / 1e6:.1f} MB, {st['persons']} persons in "
          f"{el:.1f}s -> {a.out}\nlanguages: {mix}\nCRLF {st['crlf']}, duplicates {st['dup']}, "
          f"bad {st['bad']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
