"""The event cue patterns of transforms.events are written for speed (a literal first
character in every alternative); here they are checked against their readable forms,
span for span, and the lower-casing that keeps offsets against its definition."""
import re
from pathlib import Path

import pytest

from transforms import events

# The readable forms, as first written.
READABLE = {
    "signing": r"\bsign(?:ed|ing|s)\b|\binked\b|подпис(?:ал|ан|ыва|ани|ан)|imzala|imza tören",
    "visit": r"\bvisit(?:s|ed|ing)?\b|\bpaid a\b.{0,20}\bvisit|"
             r"(?:received|hosted|welcomed) (?:a|the) (?:\w+ ){0,2}delegation|"
             r"визит|посети|\bприбыл|принял\w* (?:\w+ ){0,3}делегаци|"
             r"ziyaret|heyeti(?:ni)? kabul",
    "conference": r"\b(?:conference|seminar|symposium|forum|workshop|congress|"
                  r"round ?table)s?\b|конференци|семинар|симпозиум|форум|"
                  r"круглый стол|konferans|seminer|sempozyum|çalıştay|kongre",
    "meeting": r"\b(?:met|meets?|meeting|talks|bilateral|received|hosted|"
               r"video ?conference|held discussions)\b|встреч|переговор|принял|"
               r"беседа|видеоконференц|заседани|görüş|bir araya|toplant|kabul etti",
    "other": r"\b(?:ceremony|exhibition|accession|award)\b|церемони|выставк|tören|sergi",
    "multilateral":
        r"\b(?:assembl(?:y|ies)|sessions?|summit|(?:multilateral|trilateral) (?:meeting|talks|"
        r"format)|meeting of the heads|heads of (?:the )?(?:other )?(?:national )?(?:ip |"
        r"intellectual property |patent )?(?:offices|institutions)|ministerial)\b|заседани|"
        r"ассамбле|саммит|многосторонн\w* встреч|трехсторонн\w* встреч|genel kurul|zirve|"
        r"çok taraflı",
    "bilateral": r"\bbilateral\b|\bone-on-one\b|двусторонн|ikili",
    "sidelines": r"\bon the (?:sidelines|margins)\b|\bin the framework of\b|"
                 r"на полях|в рамках|marjında|kenarında|çerçevesinde",
    "future":
        r"\bwill (?:be held|take place|host|visit|hold|be organi[sz]ed|meet)\b|\bis (?:scheduled|"
        r"planned|expected) to\b|\bis to be held\b|пройд[её]т|состоится|предстоит|будет провед|"
        r"посетит|планируется|yapılacak|düzenlenecek|gerçekleştirilecek|ziyaret edecek",
}

_PIECES = ["sign", "signed", "signing", "signs", "inked", "visit", "visits", "visited",
           "paid a", "paid a short", "received a", "hosted the", "welcomed a", "big",
           "delegation", "conference", "seminars", "round table", "roundtables", "met",
           "meets", "meeting", "talks", "bilateral", "video conference", "held discussions",
           "ceremony", "award", "assembly", "assemblies", "session", "summit",
           "multilateral meeting", "trilateral format", "meeting of the heads",
           "heads of the other national ip offices", "ministerial", "one-on-one",
           "on the sidelines", "on the margins", "in the framework of", "will be held",
           "will meet", "is scheduled to", "is to be held", "подписали", "визит",
           "прибыл", "приняла делегацию", "встреча", "заседание", "пройдет", "ziyaret",
           "heyetini kabul", "imza töreni", "görüşme", "çok taraflı", "x", "_", "1", "é",
           "-", ".", ",", "'", "\n", " ", "  ", "co", "un", "re", "ассамблея"]


def _samples():
    root = Path(__file__).resolve().parents[1] / "corpus" / "invented"
    texts = [events._lower_same_length(p.read_text(encoding="utf-8"))
             for p in sorted(root.rglob("*.txt"))]
    # glued and spaced combinations of the cue words and their neighbours
    for a in _PIECES:
        for b in _PIECES:
            texts += [a + b, a + " " + b, b + a + b]
    return texts


@pytest.mark.parametrize("name", sorted(READABLE))
def test_fast_cue_patterns_find_the_readable_spans(name):
    fast = dict(events._CUES)[name]
    readable = re.compile(READABLE[name])
    for text in _samples():
        assert [m.span() for m in fast.finditer(text)] == \
            [m.span() for m in readable.finditer(text)], (name, text)


@pytest.mark.parametrize("text", [
    "", "plain ascii Text", "Москва ПОДПИСАЛИ Меморандум", "İstanbul'da İMZALANDI",
    "ΟΔΟΣ Σ", "Kelvin \u212a and Å, ẞ, Ա, ǅ, “quoted” – dash", "ﬀ İİ Σ ŉ ǰ",
    "Türkiye ve Kazakistan 1 Mart’ta", "DZHAKSYBEKOV Ə Ğ Ş Ç Ö Ü I"])
def test_lower_same_length_is_the_table(text):
    assert events._lower_same_length(text) == text.translate(events._LOWER)


_MONTH = r"([A-Za-zА-Яа-яёÇçĞğİıÖöŞşÜü]+)"
READABLE_DATES = [
    _MONTH + r"\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})",
    r"(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+" + _MONTH + r"\s+(\d{4})",
    _MONTH + r"\s+(\d{1,2})\b",
    r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+" + _MONTH,
]
READABLE_AGREEMENT = (
    r"\b(?:(?:Joint )?Declaration|Memorandum(?: of Understanding)?|MoU|MOU|Agreement|"
    r"Protocol|Letter of Intent|(?:joint )?letter of intent|memorandum|agreement|"
    r"declaration|protocol|Programme|Program|Plan|Roadmap|Road Map)\b|меморандум\w*|"
    r"соглашени\w*|протокол\w*|декларац\w*|mutabakat zaptı|anlaşma\w*|protokol\w*|"
    r"bildirge\w*")

_DATE_SAMPLES = ["May 2, 2023", "on May 24 and June 3", "6 сентября 2019 года", "11 февраля",
                 "xMay 2, 2023", "ƏMay 24", "Dəmay 24", "12-14 March 2024", "2019 сентября 2020",
                 "a1 May", "May 2023", "1 Mart’ta 2022", "on 5–6 Ekim", "Mayıs 19, 2021",
                 "Joint Declarations, the Memorandum of Understanding; MoUs and MOU. Plan",
                 "Road Map Roadmap Programme Programmer меморандумы Соглашение anlaşması",
                 "joint letter of intent Letter of Intent xAgreement _Protocol protocols"]


@pytest.mark.parametrize("k", range(4))
def test_fast_date_patterns_find_the_readable_matches(k):
    fast, readable = events._DATE_PATTERNS[k], re.compile(READABLE_DATES[k])
    for text in _samples() + _DATE_SAMPLES + [t.upper() for t in _DATE_SAMPLES]:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in readable.finditer(text)], (k, text)


def test_fast_agreement_pattern_finds_the_readable_matches():
    readable = re.compile(READABLE_AGREEMENT)
    for text in _samples() + _DATE_SAMPLES:
        assert [m.span() for m in events.AGREEMENT.finditer(text)] == \
            [m.span() for m in readable.finditer(text)], text


def _cues_by_nine_scans(text, sentences):
    """_cues_by_sentence as first written: each pattern's finditer over the text."""
    import bisect
    starts = [s for s, _ in sentences]
    out = {}
    lowered = events._lower_same_length(text)
    for name, rx in events._CUES:
        for m in rx.finditer(lowered):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < sentences[k][1]:
                out.setdefault(k, set()).add(name)
    return out


def test_every_cue_match_opens_with_a_listed_opening():
    for text in _samples():
        for name, rx in events._CUES:
            for m in rx.finditer(text):
                assert text.startswith(tuple(events._OPENINGS_OF[name]), m.start()), \
                    (name, m.group())


def test_cues_by_sentence_is_nine_scans():
    from transforms.text import sentence_spans
    for text in _samples():
        sentences = sentence_spans(text)
        assert events._cues_by_sentence(text, sentences) == \
            _cues_by_nine_scans(text, sentences), text
