"""New pages under one parent, placed as ``add_child`` places them, without asking again each time.

``add_child`` queries the parent's last child for every page, ``Page.save`` its parent for
the URL path, and the slug check of ``find_available_slug`` and of the page's validation
query the siblings' slugs. An import run adds all its pages under one network inside one
transaction, so the siblings' slugs and the last position are read once and then kept.
"""

from django.db.models import F
from wagtail.models import Page


class ChildPages:
    """Adds new pages after the last child of ``parent``; one instance serves a whole run."""

    def __init__(self, parent):
        self.parent = parent
        self.slugs = None
        self.last_path = None

    def available_slug(self, requested):
        """``requested``, or it with the first free number appended, as ``find_available_slug``."""
        if self.slugs is None:
            self.slugs = set(self.parent.get_children().values_list("slug", flat=True))
        slug, number = requested, 1
        while slug in self.slugs:
            slug = f"{requested}-{number}"
            number += 1
        return slug

    def add(self, page):
        """Save the new ``page`` (its slug from ``available_slug``) as the parent's last child.

        Unlike ``add_child`` this logs nothing: the caller logs the creation.
        """
        if self.last_path is None:
            # Reloaded: the parent's child count may have changed since it was loaded.
            self.parent.refresh_from_db(fields=["numchild"])
            last = self.parent.get_last_child() if self.parent.numchild else None
            self.last_path = last.path if last else None
        page.depth = self.parent.depth + 1
        if self.last_path is None:
            page.path = type(page)._get_path(self.parent.path, page.depth, 1)
        else:
            page.path = self.last_path
            page.path = page._inc_path()
        # Page.save reads the parent back for the URL path; it is the one we hold.
        page._cached_parent_obj = self.parent
        # A new translation key is no site's root, which Page.save would ask the database.
        page._is_site_root = False
        page.draft_title = page.draft_title or page.title
        # clean=False: the slug is free among the siblings, which is what a draft's
        # validation checks with a query.
        page.save(clean=False, log_action=None)
        self.last_path = page.path
        self.slugs.add(page.slug)
        self.parent.numchild += 1
        Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + 1)
