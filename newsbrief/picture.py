"""Who met whom, drawn: people as labelled nodes with a country badge, meetings as labelled edges.

Off the engine's core path: matplotlib is imported only when a picture is
asked for, and only its Agg canvas is used (no pyplot, no display, no global
state). The size suits a Discord embed image: 960 x 600 pixels, with text
large enough to read when Discord scales it down to half.
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
PALETTE = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C", "#CCB974")
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


def _colour(code: str | None) -> str:
    if not code:
        return PALETTE[-1]
    return PALETTE[sum(ord(c) * (k + 1) for k, c in enumerate(code)) % len(PALETTE)]


def layout(meetings: tuple[Meeting, ...], country_names: dict[str, str]) -> list[Node]:
    """Nodes on a circle in first-seen order; one who met everyone else sits in the middle."""
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
    ring = [k for k in keys if k != hub]
    nodes: list[Node] = []
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


def draw_meetings(briefing: Briefing, path_or_file: str | os.PathLike[str] | BinaryIO) -> None:
    """Write a PNG of who met whom to a path or a binary file object."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    country_names = {c.code: c.name for c in briefing.countries}
    meetings = briefing.meetings
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor=BACKGROUND)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.02, 0.96, 0.86))
    ax.set_axis_off()
    ax.set_xlim(-1.55, 1.55)
    ax.set_ylim(-1.3, 1.3)
    fig.text(
        0.5,
        0.94,
        picture_title(briefing.source.title),
        ha="center",
        va="center",
        fontsize=14,
        color=INK,
        weight="bold",
    )

    if not meetings:
        ax.text(0, 0, "No meetings found in this article.", ha="center", va="center", fontsize=16, color=INK)
    else:
        nodes = layout(meetings, country_names)
        where = {n.key: n for n in nodes}
        edges = []
        for m in meetings:
            keys = [_key(p) for p in m.participants]
            edges += [(where[a], where[b], m) for i, a in enumerate(keys) for b in keys[i + 1 :]]
        small = len(edges) > 6
        for a, b, m in edges:
            # Labels sit nearer the outer node so that a star's labels do not pile up in the middle.
            t = 0.56 if (a.x, a.y) == (0.0, 0.0) else 0.44 if (b.x, b.y) == (0.0, 0.0) else 0.5
            _edge(ax, a, b, m, t, small)
        for node in nodes:
            _node(ax, node)
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


TITLE_CHARS = 52  # of the article's title, after "Who met whom: "


def picture_title(title: str | None) -> str:
    """'Who met whom: <the article's title>', the title cut at a word to fit.

    textwrap.shorten drops a first word longer than the width whole, leaving
    "…" alone (a title that is one long token: a link, a slug, text without
    spaces); such a title is cut inside the word instead.
    """
    words = " ".join((title or "").split())
    if not words:
        return "Who met whom"
    if len(words) > TITLE_CHARS:
        cut = words[: TITLE_CHARS - 1]
        space = cut.rfind(" ")
        words = (cut[:space] if space >= TITLE_CHARS // 2 else cut).rstrip(" ,;:-") + "…"
    return f"Who met whom: {words}"


# An edge stops this far from a node's centre, outside its name box and the
# country badge above it, so no line runs under a badge.
NODE_CLEARANCE = 0.36


def edge_ends(a: Node, b: Node) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where the line between two nodes starts and ends: clear of both nodes' boxes and badges."""
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy)
    if length <= 2 * NODE_CLEARANCE:
        return (a.x, a.y), (b.x, b.y)  # too close to trim; the boxes cover the line
    ux, uy = dx / length, dy / length
    return (
        (a.x + ux * NODE_CLEARANCE, a.y + uy * NODE_CLEARANCE),
        (b.x - ux * NODE_CLEARANCE, b.y - uy * NODE_CLEARANCE),
    )


def png_bytes(briefing: Briefing) -> bytes:
    """The picture as PNG bytes, for attaching to a Discord reply."""
    buffer = io.BytesIO()
    draw_meetings(briefing, buffer)
    return buffer.getvalue()


def _standing(m: Meeting) -> str:
    return "planned" if m.planned else "earlier" if m.background else "held"


def _edge(ax, a: Node, b: Node, m: Meeting, t: float, small: bool) -> None:
    standing = _standing(m)
    colour = {"held": EDGE_NOW, "planned": EDGE_PLANNED, "earlier": EDGE_EARLIER}[standing]
    (x1, y1), (x2, y2) = edge_ends(a, b)
    ax.plot(
        [x1, x2],
        [y1, y2],
        color=colour,
        linewidth=2.2,
        linestyle=LINE_STYLES[standing],
        zorder=1,
        solid_capstyle="round",
    )
    kind = SHORT_KINDS.get(m.kind, m.kind) if small else m.kind
    label = kind + (f", {m.when}" if m.when and len(m.when) <= 14 and not small else "")
    if m.planned:
        label += " (planned)"  # the dotted line alone is easy to miss at embed size
    ax.text(
        a.x + (b.x - a.x) * t,
        a.y + (b.y - a.y) * t,
        label,
        ha="center",
        va="center",
        fontsize=9.5 if small else 10.5,
        color=INK if standing == "held" else colour,
        zorder=2,
        bbox={"boxstyle": "round,pad=0.25", "facecolor": BACKGROUND, "edgecolor": "none", "alpha": 0.9},
    )


def _node(ax, node: Node) -> None:
    colour = _colour(node.country)
    name = "\n".join(textwrap.wrap(node.label, 16)[:3])
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
        bbox={"boxstyle": "round,pad=0.45", "facecolor": "#F4F6F8", "edgecolor": colour, "linewidth": 2.4},
    )
    if node.country:
        # Emoji flags are missing from most fonts; the ISO code on a badge reads everywhere.
        ax.text(
            node.x,
            node.y + 0.24,
            node.country,
            ha="center",
            va="center",
            fontsize=10,
            color="white",
            weight="bold",
            zorder=4,
            bbox={"boxstyle": "round,pad=0.25", "facecolor": colour, "edgecolor": "none"},
        )
