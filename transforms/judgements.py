"""Human decisions about persons, kept in a text file under version control and replayed
by every run. Pure: parsing and validation only.

One decision per line, fields separated by a tab or by two or more spaces; '#' starts a
comment:

    same        p3f2a9c01b7de   Sholpan Abdreeva      # these are one person
    different   Kim Myeongsu    Kim Wan-ki            # never merge these two
    split       p3f2a9c01b7de   Sh. Abdreeva          # this spelling is someone else

A reference is a person id (as in persons.person_id) or a name as written in the texts
(matched case-insensitively against every spelling of a person).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DECISIONS = ("same", "different", "split")
_PERSON_ID = re.compile(r"^p[0-9a-f]{12}$")
_FIELDS = re.compile(r"\t+| {2,}")
HEADER = ("# ipcoop judgements: one decision per line, replayed on every run.\n"
          "# same A B | different A B | split PERSON ALIAS   (A, B: person id or a name "
          "as written)\n")


class JudgementError(ValueError):
    pass


@dataclass(frozen=True)
class Judgement:
    decision: str
    a: str
    b: str
    line: int
    note: str = ""


def is_person_id(ref: str) -> bool:
    return bool(_PERSON_ID.match(ref))


def normalise_ref(ref: str) -> str:
    return unicodedata.normalize("NFC", " ".join(ref.split())).casefold()


def parse_line(text: str, line: int, source: str = "judgements") -> Judgement | None:
    body, _, note = text.partition("#")
    body = body.strip()
    if not body:
        return None
    fields = [f.strip() for f in _FIELDS.split(body) if f.strip()]
    if fields[0] not in DECISIONS:
        raise JudgementError(f"{source} line {line}: unknown decision {fields[0]!r}; "
                             f"expected one of {', '.join(DECISIONS)}")
    if len(fields) != 3:
        raise JudgementError(f"{source} line {line}: '{fields[0]}' takes two references "
                             f"separated by a tab or two spaces, found {len(fields) - 1}")
    decision, a, b = fields
    if decision == "split" and not is_person_id(a):
        raise JudgementError(f"{source} line {line}: 'split' takes a person id first "
                             f"(like p3f2a9c01b7de), found {a!r}")
    if normalise_ref(a) == normalise_ref(b):
        raise JudgementError(f"{source} line {line}: both references are {a!r}")
    return Judgement(decision, a, b, line, note.strip())


def parse(text: str, source: str = "judgements") -> list[Judgement]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        j = parse_line(line, n, source)
        if j is not None:
            out.append(j)
    return out


def format_line(decision: str, a: str, b: str, note: str = "") -> str:
    line = f"{decision}\t{a}\t{b}"
    return line + (f"\t# {note}" if note else "") + "\n"
