import codecs
import datetime as dt
import hashlib
import re
import unicodedata

import pytest

from transforms.ingest import decode, ingest_bytes, normalise, split_header

RU = ("Глава патентного ведомства провёл встречу с делегацией ВОИС в Москве.\n"
      "Стороны обсудили цифровую экспертизу товарных знаков и подготовку кадров.\n")
RU_OTHER = ("Министр экономики открыл выставку изобретений в Казани.\n"
            "На стенде представили новые образцы промышленного дизайна.\n")
EN = ("The patent office opened a regional branch in the north.\n"
      "The minister said examination times would fall by a third.\n")
KK = "Әділет министрі Женевадағы кездесуде патенттік сараптаманы талқылады.\n"
KO = "특허청장은 제네바에서 세계지식재산기구 사무총장과 회담을 가졌다.\n"


def _first_high_byte(data: bytes) -> int:
    return next(i for i, b in enumerate(data) if b >= 0x80)


# --- decode -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [EN, RU, KK, KO, "Toʻrtinchi uchrashuv oʻtkazildi."])
def test_decode_plain_utf8(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("text", [EN, RU, KO])
def test_decode_utf8_bom_is_utf8_sig_and_bom_dropped(text):
    decoded, encoding = decode(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert encoding == "utf-8-sig"
    assert "\ufeff" not in decoded
    assert decoded == text


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
])
@pytest.mark.parametrize("text", [EN, RU, KO])
def test_decode_utf16_with_bom(bom, codec, text):
    assert decode(bom + text.encode(codec)) == (text, "utf-16")


@pytest.mark.parametrize("text", [RU, RU_OTHER, "Роспатент и ВОИС подписали меморандум о "
                                               "сотрудничестве в области экспертизы."])
def test_decode_cyrillic_cp1251(text):
    assert decode(text.encode("cp1251")) == (text, "cp1251")


@pytest.mark.parametrize("data", [
    b"patent\x00office",
    b"\x00",
    "Министр".encode("utf-8") + b"\x00",
])
def test_decode_nul_bytes_is_binary(data):
    with pytest.raises(ValueError, match="binary"):
        decode(data)


@pytest.mark.parametrize("data", [
    "Réunion à Genève : l'office a présenté son rapport annuel.".encode("latin-1"),
    "Das Patentamt in München prüft künftig schneller, sagte die Ministerin.".encode("latin-1"),
    "Große Delegation besucht das Amt.".encode("latin-1"),
    bytes(range(0x80, 0x100)),
    b"WIPO report " + bytes([0xA9, 0xAE, 0xB1, 0xB7] * 10),  # ©®±· in cp1251
])
def test_decode_undecodable_names_utf8_and_offset(data):
    with pytest.raises(ValueError) as exc:
        decode(data)
    message = str(exc.value)
    assert "not valid UTF-8" in message
    assert f"offset {_first_high_byte(data)}" in message


def test_decode_short_cp1251_is_not_guessed():
    """Too few letters to tell cp1251 Cyrillic from noise: reported, not guessed."""
    with pytest.raises(ValueError, match="not valid UTF-8"):
        decode("Да.".encode("cp1251"))


def test_decode_utf16_error_names_file_offset():
    good = codecs.BOM_UTF16_LE + "Patent".encode("utf-16-le")
    with pytest.raises(ValueError, match=rf"byte {len(good)}\b"):
        decode(good + b"\x00\xdc" + "x".encode("utf-16-le"))  # lone low surrogate


def test_decode_utf8_bom_error_names_file_offset():
    good = codecs.BOM_UTF8 + b"Patent office"
    with pytest.raises(ValueError, match=rf"byte {len(good)}\b"):
        decode(good + b"\xff rest")


def test_decode_damaged_utf8_cyrillic_is_reported_not_read_as_cp1251():
    raw = "Министр юстиции провёл встречу с делегацией патентного ведомства.".encode()
    with pytest.raises(ValueError, match="not valid UTF-8"):
        decode(raw[:20] + b"\xff" + raw[20:])


# --- normalise --------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("\ufeffПатент", "Патент"),
    ("\ufeff\ufeffPatent", "Patent"),
    ("one\r\ntwo\r\n", "one\ntwo\n"),
    ("one\rtwo\rthree", "one\ntwo\nthree"),
    ("a\r\r\nb", "a\n\nb"),
    ("\u0438\u0306", "\u0439"),            # и + combining breve -> й
    ("\u0418\u0306", "\u0419"),            # И + combining breve -> Й
    ("Gene\u0300ve, re\u0301union", "Genève, réunion"),
    ("\ufeffМини\u0441тр\r\nи\u0306\r", "Министр\nй\n"),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("text", [
    "", "\ufeff", "\r", "\r\n\r", "\ufeff date 2025-08-21 Встреча\r\n",
    "e\u0301\u0301", "\u0438\u0306\r\n\u0435\u0308", "Əqli mülkiyyət\r\n",
    "\u1100\u1161\u11a8 특허청",  # conjoining jamo compose under NFC
])
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@pytest.mark.parametrize("text", [
    EN, RU, KK, KO, "国家知识产权局局长会见了代表团。",
    "Əqli Mülkiyyət Agentliyi", "Toʻrtinchi uchrashuv Gʻuzorda oʻtdi.",
    "line one\nline two\n\n", "Türk Patent ve Marka Kurumu",
])
def test_normalise_leaves_clean_text_unchanged(text):
    assert unicodedata.is_normalized("NFC", text)  # guard: the input really is clean
    assert normalise(text) == text


# --- split_header -----------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    (" date 2025-08-21 The meeting took place in Geneva.", "The meeting took place in Geneva."),
    ("date 2025-08-21 The meeting took place in Geneva.", "The meeting took place in Geneva."),
    (" date 2025-08-21   Встреча прошла в Астане.", "Встреча прошла в Астане."),
    ("\tdate\t2025-08-21\tToplantı Ankara'da yapıldı.", "Toplantı Ankara'da yapıldı."),
])
def test_split_header_valid(text, body):
    assert split_header(text) == (body, dt.date(2025, 8, 21), None)


@pytest.mark.parametrize("token", ["2025-13-45", "2025-02-30", "21.08.2025", "2025-8-21"])
def test_split_header_malformed_date_warns_and_drops_header(token):
    body, date, problem = split_header(f" date {token} The minister met the delegation.")
    assert body == "The minister met the delegation."
    assert date is None
    assert problem.severity == "warning"
    assert re.search(rf"['\"]date {re.escape(token)}['\"]", problem.error)


@pytest.mark.parametrize("text", [
    "Date palms were discussed at the trade fair.",
    "The date 2025-08-21 was set for the signing.",
    "dated documents were filed with the office.",
    "date of the visit is not known yet.",
    "Встреча date 2025-08-21 состоялась.",
    "",
])
def test_split_header_no_header_unchanged(text):
    assert split_header(text) == (text, None, None)


# --- ingest_bytes -----------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b" ", b"\n\r\n\t  \n"])
def test_ingest_empty_is_error(data):
    result = ingest_bytes(data)
    assert result.document is None
    assert [p.severity for p in result.problems] == ["error"]
    assert "empty" in result.problems[0].error


@pytest.mark.parametrize("data", [
    b" date 2025-08-21 ", b"date 2025-08-21", b" date 2025-08-21 \n\n", b" date 21.08.2025 ",
])
def test_ingest_header_only_is_error(data):
    result = ingest_bytes(data)
    assert result.document is None
    assert [p.severity for p in result.problems] == ["error"]


def test_ingest_over_max_bytes_is_error_naming_limit():
    data = EN.encode()
    limit = len(data) - 1
    result = ingest_bytes(data, max_bytes=limit)
    assert result.document is None
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    (problem,) = result.problems
    assert problem.severity == "error"
    assert re.search(rf"\b{limit}\b", problem.error.replace(",", ""))
    assert "IPCOOP_MAX_FILE_BYTES" in problem.error


def test_ingest_exactly_max_bytes_is_accepted():
    data = EN.encode()
    assert ingest_bytes(data, max_bytes=len(data)).document is not None


ARTICLE = " date 2025-08-21 " + RU


@pytest.mark.parametrize("data", [
    ARTICLE.encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    ARTICLE.replace("\n", "\r\n").encode("utf-8"),
    ARTICLE.replace("\n", "\r").encode("utf-8"),
    ARTICLE.encode("cp1251"),
    ARTICLE.replace("\n", "\r\n").encode("cp1251"),
    codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),
])
def test_ingest_same_article_same_document_id(data):
    reference = ingest_bytes(ARTICLE.encode("utf-8")).document
    assert ingest_bytes(data).document.document_id == reference.document_id


def test_ingest_document_id_is_sha256_prefix_of_normalised_text_with_header():
    assert ingest_bytes(ARTICLE.encode()).document.document_id == \
        hashlib.sha256(ARTICLE.encode()).hexdigest()[:16]


@pytest.mark.parametrize("a, b", [
    (RU, RU_OTHER),
    (EN, EN.replace("third", "half")),
    (" date 2025-08-21 " + EN, " date 2025-08-22 " + EN),  # header is part of the identity
    (EN, EN + "\n"),
])
def test_ingest_different_texts_different_ids(a, b):
    assert ingest_bytes(a.encode()).document.document_id != \
        ingest_bytes(b.encode()).document.document_id


@pytest.mark.parametrize("text", [EN, RU, KO, ARTICLE])
def test_ingest_document_id_is_16_lowercase_hex(text):
    assert re.fullmatch(r"[0-9a-f]{16}", ingest_bytes(text.encode()).document.document_id)


def test_ingest_sha256_is_of_raw_bytes():
    utf8, cp1251 = ARTICLE.encode("utf-8"), ARTICLE.encode("cp1251")
    a, b = ingest_bytes(utf8), ingest_bytes(cp1251)
    assert a.sha256 == hashlib.sha256(utf8).hexdigest()
    assert b.sha256 == hashlib.sha256(cp1251).hexdigest()
    assert a.sha256 != b.sha256


@pytest.mark.parametrize("data, encoding", [
    (EN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + EN.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_BE + EN.encode("utf-16-be"), "utf-16"),
    (RU.encode("cp1251"), "cp1251"),
])
def test_ingest_records_encoding(data, encoding):
    assert ingest_bytes(data).document.encoding == encoding


def test_ingest_parses_date_and_removes_header_from_text():
    result = ingest_bytes(ARTICLE.encode())
    assert result.problems == ()
    assert result.document.published_date == dt.date(2025, 8, 21)
    assert result.document.text == RU
    assert result.document.language == "ru"


def test_ingest_without_header_has_no_date():
    doc = ingest_bytes(EN.encode()).document
    assert doc.published_date is None
    assert doc.text == EN


def test_ingest_text_is_normalised():
    doc = ingest_bytes(codecs.BOM_UTF8 + "Встре\u0438\u0306\r\nчи\r".encode()).document
    assert doc.text == "Встре\u0439\nчи\n"


def test_ingest_malformed_header_keeps_document_with_warning():
    result = ingest_bytes((" date 2025-02-30 " + EN).encode())
    assert result.document is not None
    assert result.document.text == EN
    assert result.document.published_date is None
    assert [p.severity for p in result.problems] == ["warning"]
    assert "2025-02-30" in result.problems[0].error


@pytest.mark.parametrize("data", [
    b"Patent \x01\x02 office",
    b"Patent office\x1b[0m report",
    b"Delete\x7f key",
    codecs.BOM_UTF8 + b"Patent \x01 office",
    codecs.BOM_UTF16_LE + "Patent \x02 office".encode("utf-16-le"),
])
def test_ingest_control_characters_are_binary(data):
    result = ingest_bytes(data)
    assert result.document is None
    assert [p.severity for p in result.problems] == ["error"]
    assert "binary" in result.problems[0].error


@pytest.mark.parametrize("data", [b"text\tand\ttabs\n", b"form\x0cfeed\n"])
def test_ingest_allows_tab_and_form_feed(data):
    assert ingest_bytes(data).document is not None


def test_ingest_undecodable_is_error_with_sha():
    data = "Réunion à Genève de l'office des brevets.".encode("latin-1")
    result = ingest_bytes(data)
    assert result.document is None
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert "not valid UTF-8" in result.problems[0].error
