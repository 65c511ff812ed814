"""The Plone site's old addresses, sent permanently to the pages and files made from them.

Never to a private file's own address: see ``file_link``.
"""

from urllib.parse import urlparse

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Page

from importers.plone.plan import VIEW_SUFFIXES


def old_path(url, site_root_url=""):
    """The path ``url`` had on the Plone site, without the site root's own path."""
    path = urlparse(url).path
    root = urlparse(site_root_url).path.rstrip("/")
    if root and (path == root or path.startswith(root + "/")):
        path = path[len(root) :]
    return Redirect.normalise_path(path or "/")


def old_addresses(plan, targets):
    """``(old path, target)`` for each item of ``plan`` that became something in ``targets``."""
    for item in plan.items:
        target = targets.get(item.uid)
        if target is not None:
            yield old_path(item.url, plan.site_root_url), target


def stored_redirects(plan, storage, targets):
    """``(moves, notes)`` for Plone's redirection storage, ``{old path: new path}``.

    Each old path leads where the item now at its new path went; an old path whose new
    path is not an item of the export gets a note instead.
    """
    root = plan.site_root_url
    by_path = {old_path(item.url, root): item for item in plan.items}
    moves, notes = [], []
    for old, new in storage.items():
        new_path = old_path(new, root)
        for suffix in VIEW_SUFFIXES:
            new_path = new_path.removesuffix(suffix)
        item = by_path.get(new_path)
        target = None if item is None else targets.get(item.uid)
        if target is None:
            notes.append(
                _("No redirect from %(old)s: %(new)s is not in the export.")
                % {"old": old, "new": new}
            )
        else:
            moves.append((old_path(old, root), target))
    return moves, notes


def redirect_old_paths(moves):
    """A permanent redirect from each old path to its page, document or image."""
    for path, target in moves:
        redirect(path, target)


def redirect(path, target):
    if path == "/" or len(path) > 255:
        return
    if isinstance(target, Page):
        url = target.get_url()
        if url and Redirect.normalise_path(url) == path:
            # The page answers at its old address itself; a redirect would loop.
            Redirect.objects.filter(old_path=path, site=None).delete()
            return
        defaults = {"redirect_page": target, "redirect_link": "", "is_permanent": True}
    else:
        link = file_link(target)
        if link is None:
            Redirect.objects.filter(old_path=path, site=None).delete()
            return
        defaults = {"redirect_page": None, "redirect_link": link, "is_permanent": True}
    Redirect.objects.update_or_create(old_path=path, site=None, defaults=defaults)


def file_link(media):
    """Where the old address of a document or an image leads; None for nowhere.

    A document goes through Wagtail's serving view, which applies its collection's
    restrictions, whatever ``WAGTAILDOCS_SERVE_METHOD`` says. An image's old address leads
    to its file's address, which names where the file is kept; a private image's file is
    kept apart and moves when its collection's restrictions change, so its old address
    leads nowhere: it answers as an unknown address does, and gives nothing away.
    """
    if isinstance(media, get_document_model()):
        return reverse("wagtaildocs_serve", args=[media.pk, media.filename])
    if media.collection.get_view_restrictions().exists():
        return None
    return media.file.url
