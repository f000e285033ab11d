"""The judgements file: parsing, and errors that name the line."""
import pytest

from transforms.judgements import JudgementError, format_line, parse


def test_decisions_comments_and_blank_lines():
    text = ("# header\n\nsame\tp0123456789ab\tSholpan Abdreeva  # checked\n"
            "different  Kim Myeongsu  Kim Wan-ki\nsplit\tp0123456789ab\tSh. Abdreeva\n")
    got = [(j.decision, j.a, j.b, j.line) for j in parse(text)]
    assert got == [("same", "p0123456789ab", "Sholpan Abdreeva", 3),
                   ("different", "Kim Myeongsu", "Kim Wan-ki", 4),
                   ("split", "p0123456789ab", "Sh. Abdreeva", 5)]


@pytest.mark.parametrize("line, message", [
    ("merge\tA\tB", r"judgements\.txt line 2: unknown decision 'merge'"),
    ("same\tonly-one", r"line 2: 'same' takes two references"),
    ("split\tSholpan Abdreeva\tSh. Abdreeva", r"line 2: 'split' takes a person id"),
    ("same\tKim Ji\tKIM JI", r"line 2: both references"),
])
def test_bad_lines_name_the_line(line, message):
    with pytest.raises(JudgementError, match=message):
        parse("# ok\n" + line + "\n", source="judgements.txt")


def test_format_line_round_trips():
    line = format_line("same", "p0123456789ab", "Sholpan Abdreeva", "same office")
    (j,) = parse(line)
    assert (j.decision, j.a, j.b, j.note) == ("same", "p0123456789ab", "Sholpan Abdreeva",
                                              "same office")
