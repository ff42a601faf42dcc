"""Horizontal bar charts as SVG, drawn on the server: no script, no CDN, and
the same figures as the table beside each chart."""

import zlib
from html import escape

from fou.domain.money import format_amount

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 170
BAR_AREA = 210
VALUE_WIDTH = 90


def bar_chart_svg(*, title: str, bars: list[tuple[str, int | None]], unit: str = "") -> str:
    """``bars`` are (label, value); a value of None is drawn as "okänt"."""
    known = [v for _label, v in bars if v is not None]
    largest = max(known, default=0) or 1
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP + 24
    width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH
    title_id = f"chart-{zlib.crc32(title.encode()):08x}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{title_id}" '
        f'viewBox="0 0 {width} {height}" width="100%" class="chart">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for index, (label, value) in enumerate(bars):
        y = 24 + GAP + index * (BAR_HEIGHT + GAP)
        short = label if len(label) <= 26 else label[:25] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" font-size="12" text-anchor="end">'
            f"{escape(short)}</text>"
        )
        bar = 0 if value is None else round(BAR_AREA * value / largest)
        if bar:
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{bar}" height="{BAR_HEIGHT}" '
                'fill="#1d6f42"></rect>'
            )
        text = "okänt" if value is None else f"{format_amount(value)}{unit}"
        parts.append(
            f'<text x="{LABEL_WIDTH + bar + 6}" y="{y + 15}" font-size="12">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
