"""Relationship pictures as plain geometry for static SVG: an ego graph per entity and a network of all.

Nodes sit on a circle (grouped by type in the network), so the picture is deterministic, needs no
JavaScript and no layout library, and stays readable at any size; edge widths show how often two
entities are mentioned together. The templates draw it; the co-mention lists beside it are its text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TYPE_ORDER = ("person", "organization", "place", "event", "other")
LABEL_CHARS = 26


@dataclass(frozen=True, slots=True)
class Point:
    """A node to draw: what it is, where it goes, and where its label goes."""

    id: str
    name: str
    label: str  # the name, shortened to fit
    url: str
    type: str
    x: float
    y: float
    lx: float  # label position
    ly: float
    anchor: str  # text-anchor of the label
    angle: float = 0.0  # label rotation in degrees (radial labels in the network)


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


@dataclass(frozen=True, slots=True)
class Graph:
    width: int
    height: int
    points: tuple[Point, ...]
    lines: tuple[Line, ...]
    center: Point | None = None


@dataclass(frozen=True, slots=True)
class Node:
    """An entity offered for a picture: its weight is its mention count, or its co-mention count in an ego graph."""

    id: str
    name: str
    url: str
    type: str
    weight: int


def shorten(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def on_circle(cx: float, cy: float, r: float, k: int, n: int) -> tuple[float, float, float]:
    """The k-th of n places on a circle, clockwise from the top: x, y and the angle in radians."""
    a = -math.pi / 2 + 2 * math.pi * k / n
    return cx + r * math.cos(a), cy + r * math.sin(a), a


def width_of(count: int, most: int) -> float:
    return round(1 + 5 * count / most, 1) if most else 1.0


def ego(center: Node, others: list[Node], label: str, limit: int = 12) -> Graph:
    """One entity in the middle, its most co-mentioned entities around it; edge width = shared articles."""
    w, h, r = 720, 440, 150
    cx, cy = w / 2, h / 2
    chosen = others[:limit]
    most = max((o.weight for o in chosen), default=0)
    points, lines = [], []
    for k, o in enumerate(chosen):
        x, y, a = on_circle(cx, cy, r, k, len(chosen))
        dx, dy = math.cos(a), math.sin(a)
        anchor = "start" if dx > 0.3 else "end" if dx < -0.3 else "middle"
        points.append(Point(o.id, o.name, shorten(o.name), o.url, o.type, round(x, 1), round(y, 1),
                            round(x + 14 * dx, 1), round(y + 14 * dy + (5 if abs(dx) > 0.3 else 14 if dy > 0 else -6), 1),
                            anchor))
        lines.append(Line(cx, cy, round(x, 1), round(y, 1), width_of(o.weight, most), label % {"a": center.name, "b": o.name, "n": o.weight}))
    middle = Point(center.id, center.name, shorten(center.name), center.url, center.type, cx, cy, cx, cy + 26, "middle")
    return Graph(w, h, tuple(points), tuple(lines), middle)


def network(nodes: list[Node], edges: list[tuple[str, str, int]], label: str, limit: int = 40,
            most_edges: int = 150) -> Graph:
    """The most mentioned entities on one circle, grouped by type, joined where a paragraph names both (the
    strongest links only, so that the picture stays legible)."""
    w = h = 900
    r = 240
    cx = cy = w / 2
    top = sorted(nodes, key=lambda n: (-n.weight, n.name.casefold()))[:limit]
    ordered = sorted(top, key=lambda n: (TYPE_ORDER.index(n.type) if n.type in TYPE_ORDER else len(TYPE_ORDER),
                                         n.name.casefold()))
    points: dict[str, Point] = {}
    for k, n in enumerate(ordered):
        x, y, a = on_circle(cx, cy, r, k, len(ordered))
        degrees = math.degrees(a)
        left = math.cos(a) < 0
        lx, ly = cx + (r + 10) * math.cos(a), cy + (r + 10) * math.sin(a)
        points[n.id] = Point(n.id, n.name, shorten(n.name), n.url, n.type, round(x, 1), round(y, 1), round(lx, 1),
                             round(ly, 1), "end" if left else "start", round(degrees + 180 if left else degrees, 1))
    kept = sorted(((a, b, c) for a, b, c in edges if a in points and b in points), key=lambda e: (-e[2], e[0], e[1]))
    kept = kept[:most_edges]
    most = max((c for _, _, c in kept), default=0)
    lines = [Line(points[a].x, points[a].y, points[b].x, points[b].y, width_of(c, most),
                  label % {"a": points[a].name, "b": points[b].name, "n": c})
             for a, b, c in sorted(kept, key=lambda e: e[2])]  # the strongest drawn last, on top
    return Graph(w, h, tuple(points.values()), tuple(lines))


@dataclass(frozen=True, slots=True)
class Period:
    """Mentions in one month, or in a year for articles dated only to the year (month None)."""

    year: int
    month: int | None
    mentions: int
    articles: int
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    title: str
    band: bool = False  # a year-wide band: articles dated only to the year


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, str], ...]  # x and year label
    baseline: float


def months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    (y, m), out = first, []
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def chart(periods: list[Period], span: tuple[tuple[int, int], tuple[int, int]], label: str) -> Chart:
    """Monthly bars over the whole dossier's span; a year-only article is a band across its year, never a
    bar in January."""
    w, h, left, bottom, band = 720, 150, 8, 24, 8
    months = months_between(*span)
    step = (w - 2 * left) / max(len(months), 1)
    top = max((p.mentions for p in periods if p.month), default=0)
    base = h - bottom - band - 4
    x_of = {ym: left + i * step for i, ym in enumerate(months)}
    bars = []
    for p in periods:
        title = label % {"period": p.label, "n": p.mentions, "a": p.articles}
        if p.month and (p.year, p.month) in x_of:
            height = max(2.0, (base - 8) * p.mentions / top) if top else 0
            bars.append(Bar(round(x_of[p.year, p.month] + step * 0.1, 1), round(base - height, 1), round(step * 0.8, 1),
                            round(height, 1), title))
        elif p.month is None:
            xs = [x for (y, _), x in x_of.items() if y == p.year]
            if xs:
                bars.append(Bar(round(min(xs), 1), base + 4, round(max(xs) + step - min(xs), 1), band, title, True))
    ticks = tuple((round(x, 1), str(y)) for (y, m), x in x_of.items() if m == 1 or (y, m) == months[0])
    return Chart(w, h, tuple(bars), ticks, base)
