"""Charts as inline SVG strings and a self-contained HTML page. Pure: rows in, markup out;
no JavaScript libraries, no network, so the report opens anywhere, offline."""
from __future__ import annotations

import datetime as dt
import html

PALETTE = ["#2f6f9f", "#e07b39", "#5a9e4b", "#b5485d", "#7d5ba6", "#c9a227", "#4aa3a2"]


def _esc(value) -> str:
    return html.escape("" if value is None else str(value))


def bar_chart(rows: list[tuple[str, float]], title: str, chart_id: str,
              width: int = 640, bar: int = 18) -> str:
    """Horizontal bars, one per (label, value)."""
    if not rows:
        return _empty(title, chart_id)
    top = max(v for _, v in rows) or 1
    left, height = 70, len(rows) * (bar + 6) + 30
    parts = [f'<svg id="{chart_id}" class="chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}">',
             f"<title>{_esc(title)}</title>"]
    for k, (label, value) in enumerate(rows):
        y = 10 + k * (bar + 6)
        w = (width - left - 60) * value / top
        parts.append(f'<text x="{left - 6}" y="{y + bar - 4}" text-anchor="end" '
                     f'class="label">{_esc(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" '
                     f'fill="{PALETTE[0]}"><title>{_esc(label)}: {value:g}</title></rect>')
        parts.append(f'<text x="{left + w + 4:.1f}" y="{y + bar - 4}" class="value">'
                     f"{value:g}</text>")
    parts.append("</svg>")
    return "".join(parts)


def heatmap(cells: dict[tuple[str, str], int], labels: list[str], title: str,
            chart_id: str, cell: int = 26) -> str:
    """A symmetric country-by-country matrix; darker is more joint events."""
    if not labels:
        return _empty(title, chart_id)
    top = max(cells.values(), default=1) or 1
    offset = 50
    size = offset + cell * len(labels) + 10
    parts = [f'<svg id="{chart_id}" class="chart" role="img" width="{size}" '
             f'height="{size}" viewBox="0 0 {size} {size}">', f"<title>{_esc(title)}</title>"]
    for k, label in enumerate(labels):
        pos = offset + k * cell + cell / 2
        parts.append(f'<text x="{offset - 4}" y="{pos + 4}" text-anchor="end" '
                     f'class="label">{_esc(label)}</text>')
        parts.append(f'<text x="{pos}" y="{offset - 6}" text-anchor="middle" '
                     f'class="label">{_esc(label)}</text>')
    for r, a in enumerate(labels):
        for c, b in enumerate(labels):
            n = cells.get((a, b)) or cells.get((b, a)) or 0
            shade = 0.08 + 0.92 * n / top if n else 0.03
            parts.append(f'<rect x="{offset + c * cell}" y="{offset + r * cell}" '
                         f'width="{cell - 2}" height="{cell - 2}" fill="{PALETTE[0]}" '
                         f'fill-opacity="{shade:.2f}"><title>{_esc(a)}–{_esc(b)}: {n}'
                         f"</title></rect>")
    parts.append("</svg>")
    return "".join(parts)


def timeline(points: list[tuple[dt.date, int]], title: str, chart_id: str,
             width: int = 720, height: int = 220) -> str:
    """Monthly counts as columns along a time axis."""
    if not points:
        return _empty(title, chart_id)
    points = sorted(points)
    top = max(n for _, n in points) or 1
    left, bottom = 40, height - 30
    step = (width - left - 10) / max(len(points), 1)
    parts = [f'<svg id="{chart_id}" class="chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}">', f"<title>{_esc(title)}</title>",
             f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" '
             f'stroke="#888"/>']
    for k, (month, n) in enumerate(points):
        h = (bottom - 10) * n / top
        x = left + k * step
        parts.append(f'<rect x="{x:.1f}" y="{bottom - h:.1f}" width="{max(step - 2, 1):.1f}" '
                     f'height="{h:.1f}" fill="{PALETTE[1]}"><title>{month:%Y-%m}: {n}'
                     f"</title></rect>")
    for k in sorted({0, len(points) // 2, len(points) - 1}):
        x = left + k * step
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16}" class="label">'
                     f"{points[k][0]:%Y-%m}</text>")
    parts.append(f'<text x="{left - 6}" y="16" text-anchor="end" class="value">{top}</text>')
    parts.append("</svg>")
    return "".join(parts)


def table(columns: list[str], rows: list[tuple], table_id: str) -> str:
    head = "".join(f"<th>{_esc(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>"
                   for row in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _empty(title: str, chart_id: str) -> str:
    return (f'<svg id="{chart_id}" class="chart empty" width="320" height="40">'
            f'<text x="4" y="24">{_esc(title)}: no data</text></svg>')


_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px auto; max-width: 980px;
       color: #222; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
.label { font-size: 11px; fill: #333; } .value { font-size: 11px; fill: #555; }
table { border-collapse: collapse; margin-top: 8px; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 10px; text-align: left; }
.note { color: #666; }
"""

# Marks the page once every chart has a visible size: what the browser test looks for.
_CHECK = """
window.addEventListener('load', function () {
  var charts = document.querySelectorAll('svg.chart');
  var drawn = 0;
  charts.forEach(function (s) { var b = s.getBBox(); if (b.width > 0 && b.height > 0) drawn++; });
  document.body.setAttribute('data-charts', charts.length);
  document.body.setAttribute('data-charts-drawn', drawn);
});
"""


def page(title: str, sections: list[tuple[str, str]], note: str = "") -> str:
    body = "".join(f"<section><h2>{_esc(h)}</h2>{content}</section>"
                   for h, content in sections)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_esc(title)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{_esc(title)}</h1><p class='note'>{_esc(note)}</p>{body}"
            f"<script>{_CHECK}</script></body></html>")
