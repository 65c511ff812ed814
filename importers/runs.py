"""One import run: all of it is written, or nothing is; or, for a bulk archive, file by file.

Both importers first read and check all their input, collecting every error, and write
only when there is none; the writing itself runs in one transaction, rolled back at the
end of a dry run. wagtail-localize and Wagtail defer some work to ``on_commit``; a rolled
back transaction discards those callbacks, and the files written in it are removed after
(``importers.new_files``), so a dry run or a failed run leaves nothing.

A folder of minutes gathered over the years often holds a file that is not minutes at all:
with ``keep_going`` each file is written in a transaction of its own, the others go in,
and the run reports every file's result, so the odd ones can be found and seen to.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.bulk_load.indexing import deferred_indexing
from core.bulk_load.upkeep import after_bulk_load
from core.cache_invalidation import once_at_end
from importers.errors import ImportFailure
from importers.minutes_parser import parse_minutes
from importers.minutes_writer import CREATED, SKIPPED, UPDATED, MinutesWriter, content_hash
from importers.personal_data import described
from importers.readers import EXTENSIONS, MAX_FILE_SIZE, file_too_large, read_minutes_file


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)
    plan: list = field(default_factory=list)
    # One ``FileReport`` a minutes file, in the order read.
    files: list = field(default_factory=list)

    def count(self, action):
        setattr(self, action, getattr(self, action) + 1)

    def __str__(self):
        return _(
            "Created: %(created)s, updated: %(updated)s, skipped: %(skipped)s, failed: %(failed)s"
        ) % {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "failed": self.failed,
        }


FAILED = "failed"
LEFT_ALONE = "left alone"


@dataclass
class FileReport:
    """What became of one file: a row of the run's report."""

    path: str
    result: str
    date: str = ""
    items: int = 0
    decisions: int = 0
    attendees: int = 0
    guessed: str = ""
    # The personal-data check's findings, masked (``importers.personal_data``).
    personal_data: str = ""
    message: str = ""

    @classmethod
    def of(cls, path, result, parsed=None, message="", findings=()):
        if parsed is None:
            return cls(path=str(path), result=result, message=message)
        return cls(
            path=str(path),
            result=result,
            date=parsed.meeting_date.isoformat(),
            items=len(parsed.items),
            decisions=len(parsed.decisions),
            attendees=len(parsed.attendees),
            guessed="; ".join(parsed.guesses),
            personal_data=described(findings),
            message=message,
        )


class RunFailed(Exception):
    """Raised with the summary when any input failed; nothing has been written."""

    def __init__(self, summary):
        super().__init__(str(summary))
        self.summary = summary


def run_atomically(work, *, dry_run, new_files=None):
    """Call ``work()`` in one transaction, rolled back if it fails or for a dry run.

    Search and reference indexing happen once, at the end of the run, the page cache is
    emptied once, and the database's upkeep after a bulk load follows (planner statistics,
    SQLite's full-text index merged). The files ``work`` wrote through ``new_files`` (an
    ``importers.new_files.NewFiles``) are removed unless the transaction is kept.
    """
    kept = False
    try:
        with transaction.atomic():
            with once_at_end(), deferred_indexing():
                result = work()
            if dry_run:
                transaction.set_rollback(True)
            else:
                after_bulk_load()
        kept = not dry_run
    finally:
        if new_files is not None and not kept:
            new_files.remove()
    return result


def minutes_files(paths):
    """The files named, and the minutes files inside the directories named, in name order."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                sorted(
                    found
                    for found in path.rglob("*")
                    if found.is_file() and found.suffix.lower() in EXTENSIONS
                )
            )
        else:
            files.append(path)
    return files


def read_file_bytes(path):
    try:
        if path.stat().st_size > MAX_FILE_SIZE:
            # Checked before reading, so that a huge file is never loaded into memory.
            raise file_too_large(str(path))
        return path.read_bytes()
    except OSError as error:
        raise ImportFailure(
            _("The file cannot be read: %(reason)s") % {"reason": error.strerror or error},
            source=str(path),
        ) from error


def describe(parsed):
    return _(
        "%(date)s, %(items)s agenda items, %(decisions)s decisions, %(present)s present, "
        "%(absent)s absent, %(schedule)s scheduled meetings, %(unplaced)s lines not placed"
    ) % {
        "date": parsed.meeting_date.isoformat(),
        "items": len(parsed.items),
        "decisions": len(parsed.decisions),
        "present": len(parsed.present),
        "absent": len(parsed.absent),
        "schedule": len(parsed.schedule),
        "unplaced": len(parsed.unplaced),
    }


ACTION_LABELS = {
    CREATED: (gettext_lazy("Created"), gettext_lazy("Would create")),
    UPDATED: (gettext_lazy("Updated"), gettext_lazy("Would update")),
    SKIPPED: (gettext_lazy("Unchanged"), gettext_lazy("Unchanged")),
}


def read_and_parse(path, default_date):
    """The content hash and parsed minutes of the file at ``path``, or an ``ImportFailure``."""
    try:
        data = read_file_bytes(path)
        text = read_minutes_file(str(path), data)
        parsed = parse_minutes(text, source=str(path), default_date=default_date)
    except ImportFailure as failure:
        raise failure.located(str(path)) from None
    return content_hash(data), parsed


def record(summary, path, parsed, result, *, dry_run):
    """Count ``result`` (a ``WriteResult``) and add its lines to the plan and the report."""
    summary.count(result.action)
    if result.reason:
        skipped = _("Skipped")
        summary.plan.append(f"{skipped}: {path} → {result.page.title} ({result.reason})")
        summary.files.append(FileReport.of(path, LEFT_ALONE, parsed, message=result.reason))
        return
    label = ACTION_LABELS[result.action][dry_run]
    summary.plan.append(f"{label}: {path} → {result.page.title} ({describe(parsed)})")
    if parsed.guesses:
        summary.plan.append("  " + _("guessed: %(what)s") % {"what": "; ".join(parsed.guesses)})
    for person in result.people:
        summary.plan.append("  " + _("new person: %(name)s") % {"name": person.name})
    for organisation in result.organisations:
        summary.plan.append("  " + _("new organisation: %(name)s") % {"name": organisation.name})
    for finding in result.findings:
        summary.plan.append("  " + _("personal data: %(finding)s") % {"finding": finding.message})
    message = ""
    if result.held:
        message = _("Not published: the personal-data check found what must not be published.")
        summary.plan.append("  " + message)
    summary.files.append(
        FileReport.of(path, result.action, parsed, message=message, findings=result.findings)
    )


def record_failure(summary, path, failure, parsed=None):
    summary.failed += 1
    summary.errors.append(failure)
    summary.files.append(FileReport.of(path, FAILED, parsed, message=str(failure)))


def import_minutes_files(
    paths,
    network,
    *,
    default_date=None,
    user=None,
    publish=False,
    submit=False,
    dry_run=False,
    keep_going=False,
    progress=None,
):
    """Import minutes files under ``network``; returns the summary or raises ``RunFailed``.

    Without ``keep_going`` the run is atomic: one file that cannot be imported and nothing
    is. With it, each file is imported on its own and the summary reports the failures.
    ``progress`` wraps an iterable to show a progress bar.
    """
    progress = progress or (lambda iterable, **kwargs: iterable)
    options = {"user": user, "publish": publish, "submit": submit}
    if keep_going:
        return import_each_file(
            minutes_files(paths), network, default_date, options, dry_run=dry_run, progress=progress
        )
    summary = Summary()
    parsed_files = []
    for path in progress(minutes_files(paths), desc=_("Reading")):
        try:
            data_hash, parsed = read_and_parse(path, default_date)
        except ImportFailure as failure:
            record_failure(summary, path, failure)
            continue
        parsed_files.append((path, data_hash, parsed))
    if summary.failed:
        raise RunFailed(summary)

    def write_all():
        writer = MinutesWriter(network, **options)
        for path, data_hash, parsed in progress(parsed_files, desc=_("Importing")):
            result = writer.write(parsed, name=path.name, data_hash=data_hash)
            record(summary, path, parsed, result, dry_run=dry_run)
        return summary

    return run_atomically(write_all, dry_run=dry_run)


def import_each_file(files, network, default_date, options, *, dry_run, progress):
    """Each file read, checked and written in a transaction of its own."""
    summary = Summary()
    writer = None
    with once_at_end():
        for path in progress(files, desc=_("Importing")):
            try:
                data_hash, parsed = read_and_parse(path, default_date)
            except ImportFailure as failure:
                record_failure(summary, path, failure)
                continue
            # A writer remembers the rows it wrote; after a rollback, a fresh one.
            writer = writer or MinutesWriter(network, **options)
            try:
                result = write_one(writer, parsed, path, data_hash, dry_run=dry_run)
            except (ImportFailure, ValidationError, DatabaseError) as error:
                writer = None
                failure = error if isinstance(error, ImportFailure) else ImportFailure(str(error))
                record_failure(summary, path, failure.located(str(path)), parsed)
                continue
            if dry_run:
                writer = None
            record(summary, path, parsed, result, dry_run=dry_run)
    if not dry_run and (summary.created or summary.updated):
        after_bulk_load()
    return summary


def write_one(writer, parsed, path, data_hash, *, dry_run):
    with transaction.atomic():
        with deferred_indexing():
            result = writer.write(parsed, name=path.name, data_hash=data_hash)
        if dry_run:
            transaction.set_rollback(True)
    return result
