"""Small charts as inline SVG, drawn on the server: no script, no library, readable without colour.

Every label is escaped; each chart has a <title> and <desc> for screen readers, and the page shows the same
numbers in a table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

DECISION_COLOURS = {
    "accept": "#2e7d32",
    "ask_details": "#b26a00",
    "decline": "#c62828",
    "refer": "#00838f",
    "ignore": "#9e9e9e",
}
BAR = "#3b5bdb"
WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 20, 56


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    colour: str
    values: Sequence[float]


def _nice_max(value: float) -> float:
    """The top of the axis: four equal, round steps that reach `value`."""
    for unit in (0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2500, 5000, 10000):
        if 4 * unit >= value:
            return 4.0 * unit
    return float(value)


def _ticks(top: float) -> list[float]:
    return [top * i / 4 for i in range(5)]


def _fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _frame(title: str, desc: str, body: list[str]) -> Markup:
    head = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" xmlns="http://www.w3.org/2000/svg" '
        f'preserveAspectRatio="xMidYMid meet"><title>{escape(title)}</title><desc>{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _axes(top: float, labels: Sequence[str]) -> tuple[list[str], float, float]:
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    body: list[str] = []
    for tick in _ticks(top):
        y = TOP + plot_h - plot_h * tick / top
        body.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd" stroke-width="1"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="13" fill="#555">{_fmt(tick)}</text>'
        )
    step = plot_w / max(len(labels), 1)
    every = max(1, len(labels) // 8)
    for i, label in enumerate(labels):
        if i % every:
            continue
        x = LEFT + step * (i + 0.5)
        body.append(
            f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="13" '
            f'fill="#555">{escape(label)}</text>'
        )
    return body, step, plot_h


def stacked_bars(title: str, labels: Sequence[str], series: Sequence[Series]) -> Markup:
    """One bar per label, its parts stacked by series (e.g. decisions per week)."""
    totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
    top = _nice_max(max(totals, default=0))
    body, step, plot_h = _axes(top, labels)
    width = step * 0.7
    for i in range(len(labels)):
        y = TOP + plot_h
        x = LEFT + step * i + (step - width) / 2
        for s in series:
            value = s.values[i]
            if value <= 0:
                continue
            h = plot_h * value / top
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}" fill="{s.colour}">'
                f"<title>{escape(labels[i])}: {escape(s.name)} {_fmt(value)}</title></rect>"
            )
    body.extend(_legend([(s.name, s.colour) for s in series]))
    desc = "; ".join(f"{label}: {_fmt(total)}" for label, total in zip(labels, totals, strict=True))
    return _frame(title, desc, body)


def bars_with_line(
    title: str, labels: Sequence[str], values: Sequence[float], line: float, line_name: str
) -> Markup:
    """One bar per label and a dashed line at `line` (e.g. hours accepted per week against the budget)."""
    top = _nice_max(max([*values, line], default=0) * 1.1)
    body, step, plot_h = _axes(top, labels)
    width = step * 0.6
    for i, value in enumerate(values):
        h = plot_h * value / top
        x = LEFT + step * i + (step - width) / 2
        colour = DECISION_COLOURS["decline"] if value > line else BAR
        body.append(
            f'<rect x="{x:.1f}" y="{TOP + plot_h - h:.1f}" width="{width:.1f}" height="{h:.1f}" fill="{colour}">'
            f"<title>{escape(labels[i])}: {_fmt(value)} h</title></rect>"
        )
    y = TOP + plot_h - plot_h * line / top
    body.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#111" stroke-width="2" '
        f'stroke-dasharray="6 4"/>'
        f'<text x="{LEFT + 4}" y="{y - 6:.1f}" font-size="13" fill="#111">'
        f"{escape(line_name)}</text>"
    )
    body.extend(_legend([("hours accepted", BAR), ("over budget", DECISION_COLOURS["decline"])]))
    desc = "; ".join(f"{label}: {_fmt(v)} h" for label, v in zip(labels, values, strict=True))
    return _frame(title, f"{desc}; {line_name}", body)


def horizontal_bars(title: str, items: Sequence[tuple[str, float]]) -> Markup:
    """One labelled bar per item, longest first as given (e.g. invitations by intent)."""
    row = 26
    height = TOP + row * max(len(items), 1) + 8
    label_w = 200
    plot_w = WIDTH - label_w - 50
    top = max((v for _, v in items), default=0) or 1
    body = []
    for i, (label, value) in enumerate(items):
        y = TOP + row * i
        w = plot_w * value / top
        body.append(
            f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end" font-size="14" fill="#222">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{BAR}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 18}" font-size="14" fill="#222">{_fmt(value)}</text>'
        )
    desc = "; ".join(f"{label}: {_fmt(v)}" for label, v in items)
    head = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>"
    )
    return Markup(head + "".join(body) + "</svg>")


def _legend(entries: Sequence[tuple[str, str]]) -> list[str]:
    body = []
    x = LEFT
    y = HEIGHT - 14
    for name, colour in entries:
        body.append(
            f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 14}" y="{y}" font-size="13" fill="#333">{escape(name)}</text>'
        )
        x += 26 + 8 * len(name)
    return body
