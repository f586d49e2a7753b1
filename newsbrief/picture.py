"""Who met whom, drawn: people as labelled nodes with a country badge, meetings as labelled edges.

Off the engine's core path: matplotlib is imported only when a picture is
asked for, and only its Agg canvas is used (no pyplot, no display, no global
state). The size suits a Discord embed image: 960 x 600 pixels, with text
large enough to read when Discord scales it down to half.

The nodes are drawn first and measured; a line runs only where it is
outside both nodes' boxes (name and country badge), and its label goes
beside it, at the first place that covers no node, no line and no other
label. The title takes two lines before it is cut.
"""

from __future__ import annotations

import io
import math
import os
import textwrap
from dataclasses import dataclass
from typing import BinaryIO

from newsbrief.model import Briefing, Meeting, Participant

WIDTH_IN, HEIGHT_IN, DPI = 8.0, 5.0, 120
# Muted colours that stay apart on white and in Discord's dark theme.
PALETTE = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#CCB974")
NO_COUNTRY = "#8C8C8C"
BACKGROUND = "#FFFFFF"
INK = "#1F2328"
EDGE_NOW = "#3B4A5A"
EDGE_EARLIER = "#9AA4AE"
EDGE_PLANNED = "#4C72B0"
# Held: solid; announced, not yet held: dotted; earlier (background): dashed.
LINE_STYLES = {"held": "-", "planned": (0, (1, 2.5)), "earlier": (0, (4, 3))}
RING_X, RING_Y = 1.1, 0.92
SHORT_KINDS = {"bilateral meeting": "bilateral", "phone call": "call"}  # for crowded pictures


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    country: str | None
    x: float
    y: float
    is_country: bool = False  # a country's unnamed leader or delegation


def _key(p: Participant) -> str:
    return f"p:{p.name}" if p.name else f"c:{p.country}"


def _label(p: Participant, country_names: dict[str, str]) -> str:
    """A person's name; for a country's unnamed leader or delegation, the country's name."""
    if p.name:
        return p.name
    code = p.country or ""
    if code in country_names:
        return country_names[code]
    import pycountry  # only for a country the briefing did not list

    found = pycountry.countries.get(alpha_2=code) if code else None
    return getattr(found, "common_name", None) or getattr(found, "name", None) or code or "unknown"


def layout(meetings: tuple[Meeting, ...], country_names: dict[str, str]) -> list[Node]:
    """Nodes on a circle in first-seen order; one who met everyone else sits in the middle;
    meetings of two that share no one (two to four of them) side by side, one pair a row."""
    order: dict[str, Participant] = {}
    degree: dict[str, set[str]] = {}
    for m in meetings:
        keys = [_key(p) for p in m.participants]
        for p, k in zip(m.participants, keys, strict=True):
            order.setdefault(k, p)
            degree.setdefault(k, set()).update(x for x in keys if x != k)
    keys = list(order)
    hub = None
    if len(keys) >= 4:
        # Someone who met most of the others: the picture is a star around them.
        best = max(keys, key=lambda k: len(degree[k]))
        if len(degree[best]) >= 3 and 2 * len(degree[best]) >= len(keys) - 1:
            hub = best
    pairs = _separate_pairs(keys, degree)
    if hub is None and pairs:
        # On a circle two such people would sit next to each other, their line too short for its label.
        rows = len(pairs)
        nodes = []
        for row, pair in enumerate(pairs):
            y = PAIR_ROWS_Y * (1 - 2 * row / (rows - 1))
            for k, x in zip(pair, (-PAIR_X, PAIR_X), strict=True):
                nodes.append(
                    Node(k, _label(order[k], country_names), order[k].country, x, y, order[k].name is None)
                )
        return nodes
    ring = [k for k in keys if k != hub]
    nodes = []
    if hub is not None:
        p = order[hub]
        nodes.append(Node(hub, _label(p, country_names), p.country, 0.0, 0.0, p.name is None))
    n = len(ring)
    for i, k in enumerate(ring):
        # Two people side by side; more on a circle starting at the top.
        angle = math.pi if n == 2 and i == 0 else 0.0 if n == 2 else math.pi / 2 - 2 * math.pi * i / n
        x, y = RING_X * math.cos(angle), RING_Y * math.sin(angle)
        nodes.append(Node(k, _label(order[k], country_names), order[k].country, x, y, order[k].name is None))
    return nodes


PAIR_X, PAIR_ROWS_Y = 0.85, 0.8  # separate pairs: each a row, from the top row to the bottom one


def _separate_pairs(keys: list[str], met: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The meetings as pairs in first-seen order when there are two to four of them and no one is in
    two (each person met exactly one other, who met only them); else none."""
    pairs: list[tuple[str, str]] = []
    for k in keys:
        if len(met[k]) != 1:
            return []
        (other,) = met[k]
        if len(met[other]) != 1:
            return []
        if keys.index(k) < keys.index(other):
            pairs.append((k, other))
    return pairs if 2 <= len(pairs) <= 4 else []


def draw_meetings(briefing: Briefing, path_or_file: str | os.PathLike[str] | BinaryIO) -> None:
    """Write a PNG of who met whom to a path or a binary file object."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    country_names = {c.code: c.name for c in briefing.countries}
    meetings = briefing.meetings
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor=BACKGROUND)
    canvas = FigureCanvasAgg(fig)
    title = picture_title(briefing.source.title)
    two_lines = "\n" in title
    ax = fig.add_axes((0.02, 0.02, 0.96, 0.82 if two_lines else 0.86))
    ax.set_axis_off()
    ax.set_xlim(-1.55, 1.55)
    ax.set_ylim(-1.3, 1.3)
    fig.text(
        0.5,
        0.92 if two_lines else 0.94,
        title,
        ha="center",
        va="center",
        fontsize=13 if two_lines else 14,
        color=INK,
        weight="bold",
        linespacing=1.25,
    )

    if not meetings:
        ax.text(0, 0, "No meetings found in this article.", ha="center", va="center", fontsize=16, color=INK)
    else:
        nodes = layout(meetings, country_names)
        colours = country_colours(nodes)
        where = {n.key: n for n in nodes}
        edges = []
        for m in meetings:
            keys = [_key(p) for p in m.participants]
            edges += [(where[a], where[b], m) for i, a in enumerate(keys) for b in keys[i + 1 :]]
        small = len(edges) > 6
        drawn = {node.key: _node(ax, node, colours.get(node.country, NO_COUNTRY)) for node in nodes}
        renderer = canvas.get_renderer()
        boxes = {key: tuple(_extent(t, renderer) for t in texts) for key, texts in drawn.items()}
        taken = [box for node_boxes in boxes.values() for box in node_boxes]  # no label there
        # Every line first, so that each label is placed knowing all of them.
        lines = [_line(ax, boxes[a.key], boxes[b.key], m) for a, b, m in edges]
        drawn = [part for _, part in lines if part is not None]
        for (_, _, m), line in zip(edges, lines, strict=True):
            _edge_label(ax, line, m, small, taken, drawn, renderer)
        legend = [
            (text, colour)
            for standing, text, colour in (
                ("planned", "dotted: planned, not yet held", EDGE_PLANNED),
                ("earlier", "dashed: earlier meeting", EDGE_EARLIER),
            )
            if any(_standing(m) == standing for m in meetings)
        ]
        for row, (text, colour) in enumerate(reversed(legend)):
            fig.text(0.98, 0.03 + 0.04 * row, text, ha="right", fontsize=10, color=colour)
    fig.savefig(path_or_file, format="png", dpi=DPI, facecolor=BACKGROUND)


TITLE_LINE_CHARS = 66  # what one line of the title holds at its size, "Who met whom: " included
TITLE_LINES = 2


def picture_title(title: str | None) -> str:
    """'Who met whom: <the article's title>' on one line, or two when it is long, cut at a word
    (inside a word only when one word is longer than a line: a link, a slug) past the second."""
    words = " ".join((title or "").split())
    if not words:
        return "Who met whom"
    lines = textwrap.wrap(f"Who met whom: {words}", TITLE_LINE_CHARS, break_on_hyphens=False)
    if len(lines) > TITLE_LINES:
        last = " ".join(lines[TITLE_LINES - 1 :])[: TITLE_LINE_CHARS - 1]
        space = last.rfind(" ")
        last = last[:space] if space >= TITLE_LINE_CHARS // 2 else last
        lines = [*lines[: TITLE_LINES - 1], last.rstrip(" ,;:-") + "…"]
    return "\n".join(lines)


def png_bytes(briefing: Briefing) -> bytes:
    """The picture as PNG bytes, for attaching to a Discord reply."""
    buffer = io.BytesIO()
    draw_meetings(briefing, buffer)
    return buffer.getvalue()


def _standing(m: Meeting) -> str:
    return "planned" if m.planned else "earlier" if m.background else "held"


# A box in pixels: (x0, y0, x1, y1).
Box = tuple[float, float, float, float]
GAP_PX = 4.0  # between a line's end and a box, and around a label
LABEL_OFFSET_PT = 4.0  # from the line to its label: beside it, so the line stays in sight
LABEL_PAD_PX = 4.0  # the label's white frame around its text


def edge_style(m: Meeting, small: bool) -> tuple[str, object, str, str]:
    """(line colour, line style, label, label colour) of a meeting's edge."""
    standing = _standing(m)
    colour = {"held": EDGE_NOW, "planned": EDGE_PLANNED, "earlier": EDGE_EARLIER}[standing]
    kind = SHORT_KINDS.get(m.kind, m.kind) if small else m.kind
    label = kind + (f", {m.when}" if m.when and len(m.when) <= 14 and not small else "")
    if m.planned:
        label += " (planned)"  # the dotted line alone is easy to miss at embed size
    return colour, LINE_STYLES[standing], label, INK if standing == "held" else colour


def visible_part(a: tuple[Box, ...], b: tuple[Box, ...]) -> tuple[float, float]:
    """Of the line from the centre of a's first box (its name) to b's, the part outside both
    nodes' boxes (name and badge), as fractions of the way: (start, end); none if start >= end."""
    p, q = _centre(a[0]), _centre(b[0])
    start, end = 0.0, 1.0
    for box in a:
        crossed = _crossing(_grown(box, GAP_PX), p, q)
        if crossed is not None:
            start = max(start, crossed[1])
    for box in b:
        crossed = _crossing(_grown(box, GAP_PX), p, q)
        if crossed is not None:
            end = min(end, crossed[0])
    return start, end


def _centre(box: Box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _crossing(box: Box, p: tuple[float, float], q: tuple[float, float]) -> tuple[float, float] | None:
    """The fractions of the way from p to q where the segment enters and leaves `box` (Liang-Barsky)."""
    t_in, t_out = 0.0, 1.0
    for delta, low, high, at in ((q[0] - p[0], box[0], box[2], p[0]), (q[1] - p[1], box[1], box[3], p[1])):
        if delta == 0:
            if not low <= at <= high:
                return None
            continue
        t1, t2 = sorted(((low - at) / delta, (high - at) / delta))
        t_in, t_out = max(t_in, t1), min(t_out, t2)
    return (t_in, t_out) if t_in <= t_out else None


def _grown(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _overlap(one: Box, other: Box) -> float:
    width = min(one[2], other[2]) - max(one[0], other[0])
    height = min(one[3], other[3]) - max(one[1], other[1])
    return width * height if width > 0 and height > 0 else 0.0


def _outside(box: Box, bounds: Box) -> float:
    """How far a box reaches past the picture's edges, in pixels."""
    return (
        max(0.0, bounds[0] - box[0])
        + max(0.0, box[2] - bounds[2])
        + max(0.0, bounds[1] - box[1])
        + max(0.0, box[3] - bounds[3])
    )


def _extent(artist, renderer) -> Box:
    """The drawn box of a text (its rounded frame when it has one), in pixels."""
    artist.update_bbox_position_size(renderer)
    patch = artist.get_bbox_patch()
    extent = (patch if patch is not None else artist).get_window_extent(renderer)
    return (extent.x0, extent.y0, extent.x1, extent.y1)


Segment = tuple[tuple[float, float], tuple[float, float]]  # in pixels


def _line(ax, a: tuple[Box, ...], b: tuple[Box, ...], m: Meeting) -> tuple[Segment, Segment | None]:
    """The line between two drawn nodes, only where it runs outside their boxes (names and badges):
    (from centre to centre, the part drawn or None when the boxes touch)."""
    colour, style, _, _ = edge_style(m, small=False)
    p, q = _centre(a[0]), _centre(b[0])
    start, end = visible_part(a, b)
    if end <= start:
        return (p, q), None
    drawn = (_along(p, q, start), _along(p, q, end))
    (x1, y1), (x2, y2) = ax.transData.inverted().transform(drawn)
    ax.plot(
        [x1, x2], [y1, y2], color=colour, linewidth=2.2, linestyle=style, zorder=1, solid_capstyle="round"
    )
    return (p, q), drawn


def _along(p: tuple[float, float], q: tuple[float, float], t: float) -> tuple[float, float]:
    return p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t


def _edge_label(
    ax,
    line: tuple[Segment, Segment | None],
    m: Meeting,
    small: bool,
    taken: list[Box],
    drawn: list[Segment],
    renderer,
) -> None:
    """An edge's label beside its line (so the line stays in sight), at the first place that
    covers no node, no line and no other label, else at the least covering one; `taken` gets it."""
    _, _, label, label_colour = edge_style(m, small)
    (p, q), part = line
    start, end = part if part is not None else (_along(p, q, 0.5), _along(p, q, 0.5))
    length = math.hypot(q[0] - p[0], q[1] - p[1]) or 1.0
    normal = (-(q[1] - p[1]) / length, (q[0] - p[0]) / length)
    frame = ax.get_window_extent(renderer)
    bounds = (frame.x0, frame.y0, frame.x1, frame.y1)
    to_data = ax.transData.inverted()
    best = None  # (cost, text, box)
    for share in (0.5, 0.3, 0.7, 0.15, 0.85):
        anchor = to_data.transform(_along(start, end, share))
        for side in (1, -1):
            nx, ny = normal[0] * side, normal[1] * side
            text = ax.annotate(
                label,
                xy=anchor,
                xytext=(nx * LABEL_OFFSET_PT, ny * LABEL_OFFSET_PT),
                textcoords="offset points",
                ha="left" if nx > 0.35 else "right" if nx < -0.35 else "center",
                va="bottom" if ny > 0.35 else "top" if ny < -0.35 else "center",
                fontsize=9.5 if small else 10.5,
                color=label_colour,
                zorder=2,
                bbox={
                    "boxstyle": "round,pad=0.2",
                    "facecolor": BACKGROUND,
                    "edgecolor": "none",
                    "alpha": 0.85,
                },
            )
            extent = text.get_window_extent(renderer)  # the text itself: its frame is placed when drawn
            box = _grown((extent.x0, extent.y0, extent.x1, extent.y1), LABEL_PAD_PX)
            cost = (
                sum(_overlap(_grown(box, GAP_PX), other) for other in taken)
                + sum(500.0 for segment in drawn if _crossing(box, *segment) is not None)
                + 1000 * _outside(box, bounds)
            )
            if best is None or cost < best[0]:
                if best is not None:
                    best[1].remove()
                best = (cost, text, box)
            else:
                text.remove()
            if cost == 0:
                break
        if best is not None and best[0] == 0:
            break
    if best is not None:
        taken.append(best[2])


def country_colours(nodes: list[Node]) -> dict[str, str]:
    """A colour for each country in the picture, in the order they come: two countries never
    share one while the palette lasts."""
    codes = list(dict.fromkeys(n.country for n in nodes if n.country))
    return {code: PALETTE[i % len(PALETTE)] for i, code in enumerate(codes)}


def _node(ax, node: Node, colour: str) -> list:
    """The node's name box and its country badge above it: the texts drawn, name first."""
    name = "\n".join(textwrap.wrap(node.label, 16)[:3])
    drawn = [
        ax.text(
            node.x,
            node.y,
            name,
            ha="center",
            va="center",
            fontsize=12.5,
            color=INK,
            weight="normal" if node.is_country else "bold",
            style="italic" if node.is_country else "normal",
            zorder=3,
            bbox={
                "boxstyle": "round,pad=0.45",
                "facecolor": "#F4F6F8",
                "edgecolor": colour,
                "linewidth": 2.4,
            },
        )
    ]
    if node.country:
        # Emoji flags are missing from most fonts; the ISO code on a badge reads everywhere.
        # A name wrapped on more lines is taller: the badge goes up with its top.
        drawn.append(
            ax.text(
                node.x,
                node.y + 0.24 + 0.075 * name.count("\n"),
                node.country,
                ha="center",
                va="center",
                fontsize=10,
                color="white",
                weight="bold",
                zorder=4,
                bbox={"boxstyle": "round,pad=0.25", "facecolor": colour, "edgecolor": "none"},
            )
        )
    return drawn
