"""Draws docs/scaling-curve.svg from the figures of docs/benchmarks.md, "Scaling to 10M" (issue 18).

The figures were measured on a machine loaded far beyond its two cores, so they are CPU times (user + sys of the
process, or the bench's "DSL CPU"), not wall times. Standard library only: python3 docs/scaling-curve.py
"""
import json, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.load(open(os.path.join(HERE, "scaling-curve.json")))
POSITIONS = DATA["positions"]
COLORS = ["#1b6ac9", "#d9480f", "#f08c00", "#2b8a3e", "#862e9c", "#c2255c", "#495057"]


def short(n):
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1_000}k" if n >= 1_000 else str(n)


def label(v, unit):
    if unit == "bytes":
        return f"{v / 2**30:.1f} GB" if v >= 2**30 else f"{v / 2**20:.0f} MB"
    return f"{v:.0f} s" if v >= 10 else f"{v * 1000:.0f} ms" if v >= 0.001 else f"{v * 1e6:.0f} µs"


def panel(curves, x, y, w, h, ylabel):
    vals = [v for c in curves for v in c["values"] if v]
    lo, hi = 10 ** math.floor(math.log10(min(vals))), 10 ** math.ceil(math.log10(max(vals)))
    xlo, xhi = 10 ** math.floor(math.log10(POSITIONS[0])), 10 ** math.ceil(math.log10(POSITIONS[-1]))
    px = lambda n: x + (math.log10(n) - math.log10(xlo)) / (math.log10(xhi) - math.log10(xlo)) * w
    py = lambda v: y + h - (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * h
    out = [f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="none" stroke="#adb5bd"/>']
    d = lo
    while d <= hi * 1.0001:
        out.append(f'<line x1="{x}" y1="{py(d):.1f}" x2="{x + w}" y2="{py(d):.1f}" stroke="#e9ecef"/>')
        out.append(f'<text x="{x - 6}" y="{py(d) + 4:.1f}" text-anchor="end" font-size="10">{label(d, curves[0]["unit"])}</text>')
        d *= 10
    c = xlo
    while c <= xhi * 1.0001:
        out.append(f'<line x1="{px(c):.1f}" y1="{y}" x2="{px(c):.1f}" y2="{y + h}" stroke="#e9ecef"/>')
        out.append(f'<text x="{px(c):.1f}" y="{y + h + 16}" text-anchor="middle" font-size="10">{short(int(c))}</text>')
        c *= 10
    out.append(f'<text x="{x + w / 2}" y="{y + h + 34}" text-anchor="middle">positions (log)</text>')
    out.append(f'<text x="{x}" y="{y - 8}" font-size="11">{ylabel}</text>')
    for curve in curves:
        pts = [(px(n), py(v)) for n, v in zip(POSITIONS, curve["values"]) if v]
        out.append('<polyline points="' + " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)
                   + f'" fill="none" stroke="{curve["color"]}" stroke-width="2.5"/>')
        out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3.5" fill="{curve["color"]}"/>' for a, b in pts]
    return out


curves = [dict(c, color=COLORS[i % len(COLORS)]) for i, c in enumerate(DATA["curves"])]
times = [c for c in curves if c["unit"] == "s"]
sizes = [c for c in curves if c["unit"] == "bytes"]
svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="960" height="480" viewBox="0 0 960 480" '
       'font-family="sans-serif" font-size="12">', '<rect width="100%" height="100%" fill="white"/>',
       f'<text x="16" y="22" font-size="15" font-weight="bold">{DATA["title"]}</text>']
svg += panel(times, 70, 50, 520, 300, "CPU seconds (log)")
svg += panel(sizes, 690, 50, 240, 300, "database file (log)")
lx, ly = 70, 400
for c in curves:
    svg.append(f'<line x1="{lx}" y1="{ly - 4}" x2="{lx + 22}" y2="{ly - 4}" stroke="{c["color"]}" stroke-width="2.5"/>')
    svg.append(f'<text x="{lx + 28}" y="{ly}">{c["name"]}</text>')
    lx += 290
    if lx > 700:
        lx, ly = 70, ly + 20
svg.append("</svg>")
open(os.path.join(HERE, "scaling-curve.svg"), "w").write("\n".join(svg) + "\n")
