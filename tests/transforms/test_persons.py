"""Person mentions in invented sentences: exact spans, honorifics and titles left out,
organisations, places and documents never taken for people."""
import pytest

from transforms.persons import find_mentions
from transforms.text import tokenize
from transforms.vocab import gazetteer


def surfaces(text, lang="en"):
    tokens = tokenize(text)
    return [m.surface for m in find_mentions(text, tokens, gazetteer().match(tokens, lang))]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Minister of Justice, Aigerim Nurlanova, met the Ambassador of Japan, "
           "Hiroshi Tanaka.", ["Aigerim Nurlanova", "Hiroshi Tanaka"]),
    ("en", "Deputy Chairperson Sh. Beisenova opened the session. Beisenova noted progress.",
     ["Sh. Beisenova", "Beisenova"]),
    ("en", "Ms. Gulnara Temirova thanked Mr. Osmonov for the visit.",
     ["Gulnara Temirova", "Osmonov"]),
    ("en", "The memorandum was signed by K.Usenov and by Sergeyev A.V. on Monday.",
     ["K.Usenov", "Sergeyev A.V."]),
    ("en", "Vice Minister Park Ji-won met Commissioner Kim in Daejeon.",
     ["Park Ji-won", "Kim"]),
    ("en", "Russian Prime Minister Ivan Sergeyev's visit was discussed.", ["Ivan Sergeyev"]),
    ("en", "Agency chairman Elçin Əliyev said the office had grown.", ["Elçin Əliyev"]),
    ("en", "H.E. Dauren Abenov, Ambassador of Kazakhstan, spoke first. Abenov added that "
           "talks would continue.", ["Dauren Abenov", "Abenov"]),
    ("en", "Commissioner Insil CHO of the Korean office and Director Mehmet Ali Yıldız met.",
     ["Insil CHO", "Mehmet Ali Yıldız"]),
    ("ru", "Глава ведомства встретился с Айгерим Нурлановой. Нурланова отметила рост числа "
           "заявок.", ["Айгерим Нурлановой", "Нурланова"]),
    ("ru", "Соглашение подписали министр Т. Жумабеков и Курманова Г.С.",
     ["Т. Жумабеков", "Курманова Г.С."]),
    ("tr", "Kurum Başkanı Prof. Dr. M. Ahmet YAVUZ belgeyi imzaladı.", ["M. Ahmet YAVUZ"]),
    ("tr", "Büyükelçi Timur Akbulatov'un ziyareti sırasında Akbulatov teşekkür etti.",
     ["Timur Akbulatov", "Akbulatov"]),
])
def test_names_are_found_with_exact_spans(lang, text, expected):
    assert surfaces(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "The Patent Law Treaty was discussed at the Grand Palace Hotel."),
    ("en", "The Ministry of Foreign Affairs of the Republic of Kazakhstan reports."),
    ("en", "Delegates visited the «Innovation Days» festival and the Global Innovation "
           "Index launch."),
    ("en", "The Director General of the National Institute of Intellectual Property spoke."),
    ("en", "Trilateral IP cooperation between China, Mongolia and Russia continues."),
    ("ru", "Конференция Евразийской патентной организации прошла в Душанбе."),
    ("tr", "Türk Patent ve Marka Kurumu ile Dünya Fikri Mülkiyet Örgütü görüştü."),
])
def test_organisations_places_and_documents_are_not_people(lang, text):
    assert surfaces(text, lang) == []
