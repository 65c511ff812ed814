"""Dates as Swedish minutes write them: "17 november 2023"."""

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def swedish_date(date):
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def parse_year(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
