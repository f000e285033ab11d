"""Bytes of one raw file in, one normalised document (or a clear problem) out. Pure.

Decoding rule: a BOM decides (UTF-8 or UTF-16); otherwise strict UTF-8; otherwise cp1251,
the common legacy encoding of Cyrillic news sites, accepted only when the result reads as
Cyrillic text. Anything else is reported, never guessed.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from transforms.language import detect_language

DEFAULT_MAX_BYTES = 2 * 1024 * 1024

# ' date 2025-08-21 ' glued to the first sentence by the scraper.
_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S*\d\S*)\s*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# A valid two-byte UTF-8 sequence; in cp1251 Cyrillic text such pairs are rare.
_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{2,}")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Problem:
    code: str  # stable kind: empty, binary, undecodable, too_large, unreadable, bad_header
    error: str  # the message for a person
    severity: str = "error"  # error: file skipped; warning: ingested with a loss


class DecodeError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Document:
    document_id: str
    text: str
    language: str
    published_date: dt.date | None
    encoding: str


@dataclass(frozen=True)
class IngestResult:
    sha256: str
    document: Document | None
    problems: tuple[Problem, ...] = field(default_factory=tuple)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def too_large_problem(size: int, max_bytes: int) -> Problem:
    return Problem("too_large", f"file is {size:,} bytes, over the {max_bytes:,}-byte "
                                f"limit (raise IPCOOP_MAX_FILE_BYTES to ingest it)")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding), or DecodeError with a message a user understands."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, len(codecs.BOM_UTF8), "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, 0, "utf-16"), "utf-16"
    if b"\x00" in data:
        raise DecodeError("binary", "binary file: it contains NUL bytes, so it is not a text "
                                    "article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = (f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})")
    if _mostly_utf8(data):
        raise DecodeError("undecodable", f"cannot decode: {utf8_error}, although the rest "
                                         f"of the file is UTF-8; the file is probably damaged")
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        text = ""
    if _reads_as_cyrillic(text):
        return text, "cp1251"
    raise DecodeError("undecodable", f"cannot decode: {utf8_error}, and it does not read "
                                     f"as cp1251 Cyrillic text either; save the file as UTF-8")


def _strict(data: bytes, skip: int, encoding: str) -> str:
    """Decode after a `skip`-byte BOM; errors name the offset in the file."""
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError("undecodable", f"cannot decode: the file starts with a {encoding} "
                                         f"byte-order mark but byte {skip + exc.start} is not "
                                         f"valid {encoding}") from None


def _mostly_utf8(data: bytes) -> bool:
    high = len(_HIGH_BYTE.findall(data))
    return high > 0 and 2 * len(_UTF8_PAIR.findall(data)) >= 0.5 * high


def _reads_as_cyrillic(text: str) -> bool:
    """cp1251 maps almost any byte to something; accept it only when the result has the
    shape of Cyrillic prose: mostly Cyrillic letters, in words that are lower-case,
    capitalised or all capitals (random bytes give mixed-case runs)."""
    letters = _LETTER.findall(text)
    if len(letters) < 20 or _CONTROL.search(text):
        return False
    cyrillic = sum(1 for ch in letters if _CYRILLIC.match(ch))
    if cyrillic / len(letters) < 0.5:
        return False
    words = _CYRILLIC_WORD.findall(text)
    shaped = sum(1 for w in words if w.islower() or w.isupper() or
                 (w[0].isupper() and w[1:].islower()))
    return bool(words) and shaped / len(words) >= 0.9


def normalise(text: str) -> str:
    """BOM stripped, CRLF/CR to LF, NFC. Idempotent."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def split_header(text: str) -> tuple[str, dt.date | None, Problem | None]:
    """Remove a leading ' date YYYY-MM-DD ' header: (body, date, problem if malformed)."""
    m = _HEADER.match(text)
    if not m:
        return text, None, None
    token = m.group(1)
    body = text[m.end():]
    if _ISO_DATE.fullmatch(token):
        try:
            return body, dt.date.fromisoformat(token), None
        except ValueError:
            pass
    return body, None, Problem("bad_header",
                               f"malformed date header {('date ' + token)!r}: expected "
                               f"' date YYYY-MM-DD '; published_date left empty",
                               severity="warning")


def document_id(normalised_text: str) -> str:
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()[:16]


def ingest_bytes(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    """The whole ingest rule for one file's bytes."""
    sha = sha256_hex(data)
    if len(data) > max_bytes:
        return IngestResult(sha, None, (too_large_problem(len(data), max_bytes),))
    try:
        raw_text, encoding = decode(data)
    except DecodeError as exc:
        return IngestResult(sha, None, (Problem(exc.code, str(exc)),))
    text = normalise(raw_text)
    if not text.strip():
        return IngestResult(sha, None, (Problem("empty", "empty file: nothing to ingest"),))
    if _CONTROL.search(text):
        return IngestResult(sha, None, (Problem(
            "binary", "binary file: it contains control characters, so it is not a text "
                      "article"),))
    body, published, header_problem = split_header(text)
    if not body.strip():
        return IngestResult(sha, None, (Problem("empty", "empty article: only a date header"),))
    doc = Document(document_id(text), body, detect_language(body), published, encoding)
    return IngestResult(sha, doc, (header_problem,) if header_problem else ())
