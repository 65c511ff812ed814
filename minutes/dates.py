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


# The years a reader may ask for with ``?ar=``: wider than any archive, and far inside
# the years the database's date arithmetic can hold (1..9999).
FIRST_YEAR = 1900
LAST_YEAR = 2100


def parse_year(value):
    """The year ``value`` names, or None when it names none from FIRST_YEAR to LAST_YEAR."""
    try:
        year = int(value)
    except (TypeError, ValueError):
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None
