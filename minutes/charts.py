"""Small SVG pictures of the registers, drawn on the server: no script and no chart library.

Each picture is an image with a title and a description (``role="img"``), and the page shows
the same figures as a table beside it, which is the picture's text alternative. The states
differ in shape and pattern as well as colour, and a legend names them in words.
"""

from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from minutes.attendance_overview import ABSENT, CELL_LABELS, PRESENT

BRAND = "#123a5c"
TEXT = "#1b1b1b"
MUTED = "#4d4d4d"
FONT = "system-ui, sans-serif"

# Attendance grid
LABEL_WIDTH = 220
CELL = 30
HEADER = 44
SUMMARY_WIDTH = 120
LEGEND = 46


def join(parts):
    """Drawn parts, each already escaped, as one piece of markup."""
    return format_html_join("", "{}", ((part,) for part in parts))


def text(x, y, content, *, size=14, fill=TEXT, anchor="start"):
    return format_html(
        '<text x="{}" y="{}" font-size="{}" fill="{}" text-anchor="{}">{}</text>',
        x,
        y,
        size,
        fill,
        anchor,
        content,
    )


def svg(width, height, title_id, title, desc, parts):
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{id}-title {id}-desc" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" font-family="{font}" '
        'xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        id=title_id,
        w=width,
        h=height,
        font=FONT,
        title=title,
        desc=desc,
        body=join(parts),
    )


def attendance_cell(state, x, y, title):
    """A filled square with a tick, an outlined square with a cross, or a dashed outline."""
    size = CELL - 8
    if state == PRESENT:
        mark = format_html(
            '<rect x="{x}" y="{y}" width="{s}" height="{s}" fill="{fill}"/>'
            '<path d="M{a} {b} l5 5 l9 -10" stroke="#fff" stroke-width="3" fill="none"/>',
            x=x,
            y=y,
            s=size,
            fill=BRAND,
            a=x + 4,
            b=y + 11,
        )
    elif state == ABSENT:
        mark = format_html(
            '<rect x="{x}" y="{y}" width="{s}" height="{s}" fill="#fff" stroke="{c}" '
            'stroke-width="2"/><path d="M{a} {b} l10 10 M{a} {d} l10 -10" stroke="{c}" '
            'stroke-width="2"/>',
            x=x + 1,
            y=y + 1,
            s=size - 2,
            c=TEXT,
            a=x + 6,
            b=y + 6,
            d=y + 16,
        )
    else:
        mark = format_html(
            '<rect x="{x}" y="{y}" width="{s}" height="{s}" fill="none" stroke="{c}" '
            'stroke-width="1" stroke-dasharray="3 3"/>',
            x=x + 1,
            y=y + 1,
            s=size - 2,
            c=MUTED,
        )
    return format_html("<g><title>{}</title>{}</g>", title, mark)


def legend(items, y, width):
    """Swatches and their names, in rows no wider than ``width``.

    ``items`` holds ``(draw(x, y), name)``; returns the markup and the height it takes.
    """
    parts, x, top = [], 0, y
    for draw, label in items:
        # About the width of the name at 14 px, with room to spare before the next swatch.
        item_width = CELL + 20 + 9 * len(str(label))
        if x and x + item_width > width:
            x, y = 0, y + CELL
        parts.append(draw(x, y))
        parts.append(text(x + CELL, y + 16, label))
        x += item_width
    return join(parts), y - top + CELL


def attendance_svg(overview):
    """The year's organisations × meetings, with each one's ``x of N`` and yearly rate."""
    meetings = overview.meetings
    width = LABEL_WIDTH + CELL * len(meetings) + SUMMARY_WIDTH
    parts = [
        text(
            LABEL_WIDTH + CELL * i + CELL // 2 - 4,
            HEADER - 10,
            date_format(meeting.date, "j/n"),
            size=12,
            fill=MUTED,
            anchor="middle",
        )
        for i, meeting in enumerate(meetings)
    ]
    for r, row in enumerate(overview.organisations):
        y = HEADER + CELL * r
        parts.append(text(0, y + 17, row.name[:28]))
        for i, (meeting, state, label) in enumerate(row.labelled_cells):
            title = f"{row.name}, {date_format(meeting.date, 'j F Y')}: {label}"
            parts.append(attendance_cell(state, LABEL_WIDTH + CELL * i, y + 2, title))
        rate = "–" if row.rate is None else f"{row.rate} %"
        summary = f"{row.attended}/{len(meetings)} · {rate}"
        parts.append(text(LABEL_WIDTH + CELL * len(meetings) + 8, y + 17, summary))
    key, key_height = legend(
        [
            (lambda x, y, s=state, t=label: attendance_cell(s, x, y, t), label)
            for state, label in CELL_LABELS.items()
        ],
        HEADER + CELL * len(overview.organisations) + 14,
        width,
    )
    parts.append(key)
    height = HEADER + CELL * len(overview.organisations) + 14 + key_height
    desc = _(
        "Each row is a municipality or organisation, each column a meeting of the year. "
        "The table below gives the same in words."
    )
    title = _("Attendance per municipality and meeting, %(year)s") % {"year": overview.year}
    return svg(width, height, "attendance-chart", title, desc, parts)


# Decisions per year and state
BAR_WIDTH = 360
BAR_HEIGHT = 24
ROW_HEIGHT = 36
YEAR_WIDTH = 56
CHART_WIDTH = YEAR_WIDTH + BAR_WIDTH + 50
# Each state a fill and a pattern, so that they differ without colour too.
STATE_FILLS = {
    "none": "url(#state-none)",
    "open": BRAND,
    "in_progress": "url(#state-in-progress)",
    "reported": "#6b8fb0",
    "dropped": "url(#state-dropped)",
}


def patterns():
    return format_html(
        "<defs>"
        '<pattern id="state-none" width="6" height="6" patternUnits="userSpaceOnUse">'
        '<rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.2" fill="{text}"/>'
        "</pattern>"
        '<pattern id="state-in-progress" width="8" height="8" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="8" height="8" fill="#fff"/>'
        '<rect width="4" height="8" fill="{brand}"/></pattern>'
        '<pattern id="state-dropped" width="8" height="8" patternUnits="userSpaceOnUse">'
        '<rect width="8" height="8" fill="#d9d9d9"/><path d="M0 4h8" stroke="{text}"/>'
        "</pattern></defs>",
        text=TEXT,
        brand=BRAND,
    )


def swatch(state, x, y, width, height, title=""):
    return format_html(
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}">{}</rect>',
        x,
        y,
        width,
        height,
        STATE_FILLS[state],
        TEXT,
        format_html("<title>{}</title>", title) if title else "",
    )


def year_bar(year, counts, states, y, scale):
    """One year's segments, left to right in the order of ``states``, and its total."""
    parts, x = [text(0, y + 17, year)], YEAR_WIDTH
    for state, label in states:
        count = counts.get(state, 0)
        if count:
            width = scale * count
            title = f"{year}, {label}: {count}"
            parts.append(swatch(state, round(x, 1), y, round(width, 1), BAR_HEIGHT, title))
            x += width
    parts.append(text(round(x + 6, 1), y + 17, sum(counts.values())))
    return join(parts)


def decisions_svg(chart):
    """Stacked bars, a year each, of the decisions by the state of their follow-up."""
    most = max((total for _year, _counts, total in chart.rows), default=0) or 1
    parts = [patterns()]
    parts.extend(
        year_bar(year, counts, chart.states, ROW_HEIGHT * r, BAR_WIDTH / most)
        for r, (year, counts, _total) in enumerate(chart.rows)
    )
    key, key_height = legend(
        [(lambda x, y, s=state: swatch(s, x, y, 20, 20), label) for state, label in chart.states],
        ROW_HEIGHT * len(chart.rows) + 8,
        CHART_WIDTH,
    )
    parts.append(key)
    return svg(
        CHART_WIDTH,
        ROW_HEIGHT * len(chart.rows) + 8 + key_height,
        "decisions-chart",
        _("Decisions per year and follow-up state"),
        _(
            "One bar per year, divided by the state of the decisions' follow-up. "
            "The table below gives the same in figures."
        ),
        parts,
    )
