"""The who-met-whom picture: a PNG of the right size, to a path or to bytes, for any number of meetings."""

from __future__ import annotations

import io
import struct
import subprocess
import sys

from newsbrief.model import Briefing, Country, Meeting, Participant, Source
from newsbrief.picture import draw_meetings, layout, png_bytes

YOON = Participant("Yoon Suk Yeol", "KR")
KISHIDA = Participant("Fumio Kishida", "JP")
PUTIN = Participant("Vladimir Putin", "RU")
KIM = Participant("Kim Jong-un", "KP")


def _size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def briefing(*meetings: Meeting) -> Briefing:
    return Briefing(
        Source(title="Leaders meet in Washington"),
        countries=(Country("DE", "Germany", 2), Country("KR", "South Korea", 5)),
        meetings=meetings,
    )


def test_two_meetings_to_a_file(tmp_path):
    out = tmp_path / "meetings.png"
    b = briefing(
        Meeting((YOON, KISHIDA), "summit", "Washington", "Tuesday", "Yoon met Kishida."),
        Meeting((PUTIN, KIM), "summit", None, "June", "Putin met Kim.", background=True),
    )
    draw_meetings(b, out)
    assert _size(out.read_bytes()) == (960, 600)


def test_to_a_binary_file_object_for_discord():
    buffer = io.BytesIO()
    draw_meetings(briefing(Meeting((YOON, KISHIDA), "talks", None, None, "e")), buffer)
    assert _size(buffer.getvalue()) == (960, 600)
    assert png_bytes(briefing(Meeting((YOON, KISHIDA), "talks", None, None, "e")))[:4] == b"\x89PNG"


def test_no_meetings_still_gives_a_picture():
    assert _size(png_bytes(briefing())) == (960, 600)


def test_a_star_puts_the_one_who_met_everyone_in_the_middle():
    group = tuple(
        Meeting((YOON, Participant(None, code)), "bilateral meeting", None, None, "e")
        for code in ("DE", "CA", "NL", "SE", "CZ", "FI")
    )
    nodes = layout(group, {"DE": "Germany"})
    assert (nodes[0].label, nodes[0].x, nodes[0].y) == ("Yoon Suk Yeol", 0.0, 0.0)
    labels = {n.label for n in nodes}
    assert {"Germany", "Canada", "Finland"} <= labels  # countries the briefing did not list are named too
    assert _size(png_bytes(briefing(*group))) == (960, 600)


def test_a_pair_sits_side_by_side_and_a_multilateral_meeting_draws_every_pair():
    nodes = layout((Meeting((YOON, KISHIDA), "talks", None, None, "e"),), {})
    assert sorted(round(n.y, 6) for n in nodes) == [0.0, 0.0]
    three = Meeting((YOON, KISHIDA, PUTIN), "summit", None, None, "e")
    assert len(layout((three,), {})) == 3
    assert _size(png_bytes(briefing(three))) == (960, 600)


def test_the_engine_does_not_import_matplotlib():
    code = "import sys, newsbrief, newsbrief.meetings.find; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _drawn(m: Meeting) -> tuple[dict, str]:
    from newsbrief.picture import edge_style

    colour, style, label, _ = edge_style(m, small=False)
    return {"color": colour, "linestyle": style}, label


def test_planned_edges_are_dotted_and_labelled_planned():
    held, held_label = _drawn(Meeting((YOON, KISHIDA), "talks", None, "Tuesday", "e"))
    planned, planned_label = _drawn(Meeting((YOON, KISHIDA), "talks", None, "next week", "e", planned=True))
    earlier, _ = _drawn(Meeting((YOON, KISHIDA), "talks", None, "2019", "e", background=True))
    assert held["linestyle"] == "-" and "planned" not in held_label
    assert planned["linestyle"] not in ("-", earlier["linestyle"])
    assert planned_label == "talks, next week (planned)"


def test_a_picture_with_a_planned_meeting():
    b = briefing(
        Meeting((YOON, KISHIDA), "summit", "Washington", "Tuesday", "Yoon met Kishida."),
        Meeting((PUTIN, KIM), "talks", None, "next week", "Putin will meet Kim.", planned=True),
    )
    assert _size(png_bytes(b)) == (960, 600)


def test_a_long_title_takes_two_lines_and_is_cut_at_a_word_past_them():
    from newsbrief.picture import TITLE_LINE_CHARS, picture_title

    two = picture_title("Nato allies gather in Washington as Yoon and Kishida hold a summit on Korea")
    first, second = two.split("\n")
    assert first.startswith("Who met whom: Nato allies gather") and second.endswith("on Korea")  # whole
    long = picture_title("Leaders of the alliance " + "agree on more money for defence and ports " * 4)
    lines = long.split("\n")
    assert len(lines) == 2 and lines[1].endswith("…") and lines[1][-2] != " "
    assert all(len(line) <= TITLE_LINE_CHARS for line in lines)
    # a title that is one long token (a link, a slug) is cut inside it, not to a lone "…"
    slug = picture_title("nato-summit-yoon-kishida-washington-seventy-fifth-anniversary-2024-" * 3)
    assert slug.startswith("Who met whom: nato-summit-yoon") and slug.endswith("…")
    assert picture_title("Leaders meet") == "Who met whom: Leaders meet"
    assert picture_title(None) == "Who met whom"


def test_a_line_runs_only_outside_the_name_boxes_and_badges():
    from newsbrief.picture import GAP_PX, _along, visible_part

    name, badge = (100.0, 100.0, 200.0, 130.0), (135.0, 140.0, 165.0, 160.0)  # a badge above the name
    other = (120.0, 400.0, 180.0, 430.0)  # a node straight above: the line would cross the badge
    start, end = visible_part((name, badge), (other,))
    p, q = (150.0, 115.0), (150.0, 415.0)
    assert _along(p, q, start)[1] >= badge[3] + GAP_PX - 1e-6  # it starts above the badge
    assert _along(p, q, end)[1] <= other[1] - GAP_PX + 1e-6  # and stops below the other box
    beside = (400.0, 100.0, 500.0, 130.0)  # a node to the right: the badge is not in the way
    start, end = visible_part((name, badge), (beside,))
    assert _along((150.0, 115.0), (450.0, 115.0), start)[0] == 200.0 + GAP_PX
    touching = (195.0, 100.0, 300.0, 130.0)
    start, end = visible_part((name, badge), (touching,))
    assert start >= end  # no line at all


def test_two_countries_never_share_a_colour_while_the_palette_lasts():
    from newsbrief.picture import PALETTE, country_colours

    group = Meeting(
        tuple(Participant(f"Leader {c}", c) for c in ("CA", "US", "JP", "KR")), "summit", None, None, ""
    )
    colours = country_colours(layout((group,), {}))
    assert len(set(colours.values())) == 4 and set(colours.values()) <= set(PALETTE)


def test_meetings_of_two_that_share_no_one_sit_a_pair_a_row():
    moon, china = Participant("Moon Jae-in", "KR"), Participant(None, "CN")
    pairs = (
        Meeting((YOON, KISHIDA), "summit", None, None, ""),
        Meeting((PUTIN, KIM), "talks", None, None, ""),
        Meeting((moon, china), "visit", None, None, ""),
    )
    nodes = layout(pairs, {"CN": "China"})
    rows = [nodes[i : i + 2] for i in range(0, 6, 2)]
    assert [{n.label for n in row} for row in rows] == [
        {"Yoon Suk Yeol", "Fumio Kishida"},
        {"Vladimir Putin", "Kim Jong-un"},
        {"Moon Jae-in", "China"},
    ]
    assert all(a.y == b.y and a.x == -b.x != 0 for a, b in rows)
    assert rows[0][0].y > rows[1][0].y > rows[2][0].y
    # one person in two meetings: the circle as before
    linked = (*pairs[:2], Meeting((YOON, PUTIN), "call", None, None, ""))
    assert len({round(n.y, 6) for n in layout(linked, {})}) > 2
