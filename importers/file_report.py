"""The per-file report of a bulk minutes import: printed, and written as CSV for a spreadsheet."""

import csv
import datetime
from dataclasses import astuple, fields
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from importers.runs import FileReport

COLUMNS = {
    "path": gettext_lazy("file"),
    "result": gettext_lazy("result"),
    "date": gettext_lazy("date"),
    "items": gettext_lazy("items"),
    "decisions": gettext_lazy("decisions"),
    "attendees": gettext_lazy("attendees"),
    "guessed": gettext_lazy("guessed"),
    "personal_data": gettext_lazy("personal data"),
    "message": gettext_lazy("message"),
}


def default_report_path():
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path(f"import-minutes-report-{stamp}.csv")


def write_report(reports, path=None):
    """Write ``reports`` (``FileReport``s) as CSV to ``path``; returns the path written."""
    path = Path(path) if path else default_report_path()
    try:
        with path.open("w", encoding="utf-8", newline="") as output:
            writer = csv.writer(output)
            writer.writerow([str(COLUMNS[column.name]) for column in fields(FileReport)])
            writer.writerows(astuple(report) for report in reports)
    except OSError as error:
        raise CommandError(
            _("The report cannot be written to %(path)s: %(reason)s")
            % {"path": path, "reason": error.strerror or error}
        ) from error
    return path


def print_report(reports, output):
    """One line a file: its result, date and counts, and what was guessed or went wrong."""
    for report in reports:
        counts = _("%(items)s items, %(decisions)s decisions, %(attendees)s attendees") % {
            "items": report.items,
            "decisions": report.decisions,
            "attendees": report.attendees,
        }
        line = f"{report.path}\t{report.result}"
        if report.date:
            line += f"\t{report.date}\t{counts}"
        if report.guessed:
            line += "\t" + _("guessed: %(what)s") % {"what": report.guessed}
        if report.personal_data:
            line += "\t" + _("personal data: %(finding)s") % {"finding": report.personal_data}
        if report.message:
            line += f"\t{report.message}"
        output.write(line)
