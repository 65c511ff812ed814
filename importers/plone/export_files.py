"""Reading a Plone export from disk, in either exporter's layout.

collective.exportimport writes one JSON list of items (``@@export_content``) and, from
its other views, the translation groups (``export_translations.json``: a list of
``{language: UID}``) and the redirection storage (``export_redirects.json``: ``{old path:
new path}``). plone.exportimport (Plone 6.1) writes a folder: ``content/`` with one folder
per item holding its ``data.json`` (and its blobs beside it), and ``translations.json`` and
``redirects.json`` in the same formats. Both are read into one ``PloneExport``; the content
is then checked as a whole by ``importers.plone.validation``.
"""

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from importers.errors import ImportFailure
from importers.plone.validation import MAX_EXPORT_SIZE

TRANSLATIONS_NAMES = ("export_translations.json", "translations.json")
REDIRECTS_NAMES = ("export_redirects.json", "redirects.json")
# Files collective.exportimport writes beside the content, which are not content.
OTHER_EXPORTS = {
    *TRANSLATIONS_NAMES,
    *REDIRECTS_NAMES,
    "export_members.json",
    "members.json",
    "relations.json",
    "localroles.json",
    "ordering.json",
    "defaultpages.json",
    "discussions.json",
    "portlets.json",
}


@dataclass(frozen=True)
class PloneExport:
    name: str
    content: bytes  # the JSON list of items
    translation_groups: tuple = ()
    redirects: dict = field(default_factory=dict)


def read_export(path, *, translations=None, redirects=None):
    """The export at ``path`` (a content file or a folder); raises ``ImportFailure``.

    ``translations`` and ``redirects`` name those files when they are not beside the content.
    """
    path = Path(path)
    if path.is_dir() and (path / "content").is_dir():
        content, folder = per_item_content(path), path
    elif path.is_dir():
        content, folder = read_bytes(content_file_in(path)), path
    else:
        content, folder = read_bytes(path), path.parent
    translations = Path(translations) if translations else beside(folder, TRANSLATIONS_NAMES)
    redirects = Path(redirects) if redirects else beside(folder, REDIRECTS_NAMES)
    return PloneExport(
        name=str(path),
        content=content,
        translation_groups=read_translations(translations) if translations else (),
        redirects=read_redirects(redirects) if redirects else {},
    )


def beside(folder, names):
    return next((folder / name for name in names if (folder / name).is_file()), None)


def read_bytes(path):
    try:
        if path.stat().st_size > MAX_EXPORT_SIZE:
            raise ImportFailure(_("The export is larger than 200 MB."), source=str(path))
        return path.read_bytes()
    except OSError as error:
        raise ImportFailure(
            _("The file cannot be read: %(reason)s") % {"reason": error.strerror or error},
            source=str(path),
        ) from error


def read_json(path):
    data = read_bytes(path)
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFailure(_("The file is not valid JSON."), source=str(path)) from error


def content_file_in(folder):
    """The one content file of a collective.exportimport export saved in ``folder``."""
    candidates = sorted(
        path for path in folder.glob("*.json") if path.name.lower() not in OTHER_EXPORTS
    )
    if len(candidates) != 1:
        raise ImportFailure(
            _("The folder must hold one content export (.json); it holds %(count)s.")
            % {"count": len(candidates)},
            source=str(folder),
        )
    return candidates[0]


def read_translations(path):
    groups = read_json(path)
    if not isinstance(groups, list) or not all(
        isinstance(group, dict)
        and all(isinstance(key, str) and isinstance(uid, str) for key, uid in group.items())
        for group in groups
    ):
        raise ImportFailure(
            _("This is not a translations export: it must be a list of {language: UID}."),
            source=str(path),
        )
    return tuple(groups)


def read_redirects(path):
    storage = read_json(path)
    if not isinstance(storage, dict):
        raise ImportFailure(
            _("This is not a redirects export: it must map old paths to new paths."),
            source=str(path),
        )
    redirects = {}
    for old, new in storage.items():
        # Newer Plone keeps (path, date, manual) for each old path.
        target = new[0] if isinstance(new, list) and new else new
        if not isinstance(target, str) or not target.startswith("/"):
            raise ImportFailure(
                _("The new path of %(old)s is not a path.") % {"old": old}, source=str(path)
            )
        redirects[old] = target
    return redirects


def per_item_content(folder):
    """plone.exportimport's items, as the one JSON list collective.exportimport writes."""
    content = folder / "content"
    items = []
    for data_file in sorted(content.glob("*/data.json")):
        item = read_json(data_file)
        if not isinstance(item, dict):
            raise ImportFailure(_("The item is not an object."), source=str(data_file))
        if item.get("@type") == "Plone Site":
            continue
        for key in ("file", "image"):
            if isinstance(item.get(key), dict) and item[key].get("blob_path"):
                item[key] = inline_blob(item[key], data_file.parent, content)
        items.append(item)
    items.sort(key=lambda item: str(item.get("@id", "")))
    return json.dumps(items).encode()


def inline_blob(blob, item_folder, content):
    """The blob read from its file, as base64 beside its other fields."""
    relative = Path(blob["blob_path"])
    for base in (item_folder, content, content.parent):
        path = (base / relative).resolve()
        if path.is_relative_to(content.parent.resolve()) and path.is_file():
            return {**blob, "data": base64.b64encode(read_bytes(path)).decode()}
    raise ImportFailure(
        _("The file %(path)s is missing from the export.") % {"path": blob["blob_path"]},
        source=str(item_folder / "data.json"),
    )
