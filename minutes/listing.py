"""The minutes a network page lists: the latest ones, or one year's, with links to every year.

A network meets about ten times a year for decades; its page lists the newest minutes and
links each year of its archive, so that the page stays the same size, and as quick to
render, however long the archive grows.
"""

from minutes.dates import parse_year

LATEST = 24


def years_of(minutes):
    """The years the minutes were held, newest first."""
    return sorted({d.year for d in minutes.dates("meeting_date", "year")}, reverse=True)


class MinutesListing:
    """``pages``: the latest ``LATEST`` minutes, or those of ``year`` when one is chosen."""

    def __init__(self, minutes, *, year=None, years=None):
        # ``years``: those of ``minutes`` (``years_of``), when the caller keeps them.
        self.years = years_of(minutes) if years is None else years
        requested = parse_year(year)
        self.year = requested if requested in self.years else None
        newest_first = minutes.order_by("-meeting_date", "-pk")
        if self.year:
            self.pages = list(newest_first.filter(meeting_date__year=self.year))
            self.more = False
        else:
            pages = list(newest_first[: LATEST + 1])
            self.pages = pages[:LATEST]
            self.more = len(pages) > LATEST

    @property
    def show_years(self):
        """Whether any minutes are left out, so that the year links are wanted."""
        return bool(self.year) or self.more
