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


class _RecordingAxes:
    """Stands in for matplotlib's Axes: what _edge drew, and how."""

    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.labels: list[str] = []

    def plot(self, xs, ys, **style) -> None:
        self.lines.append(style)

    def text(self, x, y, label, **style) -> None:
        self.labels.append(label)


def _drawn(m: Meeting) -> tuple[dict, str]:
    from newsbrief.picture import Node, _edge

    ax = _RecordingAxes()
    _edge(ax, Node("a", "A", "KR", -1.0, 0.0), Node("b", "B", "JP", 1.0, 0.0), m, 0.5, False)
    (line,) = ax.lines
    (label,) = ax.labels
    return line, label


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


def test_a_title_of_one_long_token_is_cut_inside_it_not_to_an_ellipsis():
    from newsbrief.picture import TITLE_CHARS, picture_title

    slug = "nato-summit-yoon-kishida-washington-seventy-fifth-anniversary-2024"
    title = picture_title(slug)
    assert title.startswith("Who met whom: nato-summit-yoon") and title.endswith("…")
    assert len(title) <= len("Who met whom: ") + TITLE_CHARS
    words = picture_title("Nato allies gather in Washington as Yoon and Kishida hold a summit on Korea")
    assert words.startswith("Who met whom: Nato allies gather in Washington") and words.endswith("…")
    assert picture_title("Leaders meet") == "Who met whom: Leaders meet"
    assert picture_title(None) == "Who met whom"


def test_edges_stop_short_of_the_name_boxes_and_badges():
    from newsbrief.picture import NODE_CLEARANCE, edge_ends

    meetings = tuple(Meeting((YOON, other), "talks", None, None, "") for other in (KISHIDA, PUTIN, KIM))
    nodes = layout(meetings, {})
    for a in nodes:
        for b in nodes:
            if a is b:
                continue
            (x1, y1), (x2, y2) = edge_ends(a, b)
            for node in (a, b):
                badge = (node.x, node.y + 0.24)  # where _node draws the country badge
                for x, y in ((x1, y1), (x2, y2)):
                    assert ((x - node.x) ** 2 + (y - node.y) ** 2) ** 0.5 >= NODE_CLEARANCE - 1e-9
                    assert ((x - badge[0]) ** 2 + (y - badge[1]) ** 2) ** 0.5 > 0.1
