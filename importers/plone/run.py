"""One Plone import run: the export checked whole, then written in one transaction."""

from importers.new_files import NewFiles
from importers.plone.redirects import old_addresses, redirect_old_paths, stored_redirects
from importers.plone.surroundings import only_organisation, read_surroundings
from importers.plone.validation import load_export, validate_export
from importers.plone.writer import PloneWriter
from importers.runs import run_atomically


def import_plone_export(
    name,
    data,
    *,
    network=None,
    organisation=None,
    user=None,
    submit=False,
    translation_groups=(),
    redirects=None,
    dry_run=False,
    progress=None,
):
    """Import the export in ``data``; returns the summary, raises ``ImportFailure``.

    ``translation_groups`` and ``redirects`` are the exporter's translations and redirection
    storage files, read by ``importers.plone.export_files``. ``progress`` wraps an iterable
    to show a progress bar. Nothing is written unless the whole export is sound, and a dry
    run writes inside a transaction it rolls back; the files of its documents and images go
    with the transaction (``importers.new_files``).
    """
    items = load_export(name, data)
    organisation = organisation or only_organisation()
    surroundings = read_surroundings(items, network=network, organisation=organisation)
    plan = validate_export(
        items, source=name, surroundings=surroundings, translation_groups=translation_groups
    )
    new_files = NewFiles()

    def write():
        writer = PloneWriter(
            plan,
            network=network,
            organisation=organisation,
            user=user,
            submit=submit,
            dry_run=dry_run,
            progress=progress,
            new_files=new_files,
        )
        summary = writer.write()
        redirect_old_paths(old_addresses(plan, writer.targets))
        moves, unknown = stored_redirects(plan, redirects or {}, writer.targets)
        redirect_old_paths(moves)
        summary.plan.extend(unknown)
        return summary

    return run_atomically(write, dry_run=dry_run, new_files=new_files)
