"""New pages under one parent, placed as ``add_child`` places them, without asking again each time.

``add_child`` queries the parent's last child for every page, ``Page.save`` its parent for
the URL path, and the slug check of ``find_available_slug`` and of the page's validation
query the siblings' slugs. A run that adds many pages under one parent, inside one
transaction, reads the siblings' slugs and the last position once and then keeps them.

Two ways in: ``add`` saves one page as ``Page.save`` does (signals, URL path, the page ready
for a revision), for an import that goes on with each page; ``insert`` writes thousands of
finished pages in a few queries, for generated content.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from wagtail.models import Page

from core.wagtail_internals.multi_table_rows import insert_own_rows
from core.wagtail_internals.page_save_lookups import tell_not_site_root, tell_parent
from core.wagtail_internals.tree_paths import child_path, position_among_siblings


class ChildPages:
    """Adds new pages after the last child of ``parent``; one instance serves a whole run."""

    def __init__(self, parent):
        self.parent = parent
        self.slugs = None
        self.last_position = None

    def sibling_slugs(self):
        if self.slugs is None:
            self.slugs = set(self.parent.get_children().values_list("slug", flat=True))
        return self.slugs

    def available_slug(self, requested):
        """``requested``, or it with the first free number appended, as ``find_available_slug``."""
        slugs = self.sibling_slugs()
        slug, number = requested, 1
        while slug in slugs:
            slug = f"{requested}-{number}"
            number += 1
        return slug

    def next_paths(self, count):
        """The tree paths of the next ``count`` children, as ``add_child`` would give them."""
        if self.last_position is None:
            # Reloaded: the parent's child count may have changed since it was loaded.
            self.parent.refresh_from_db(fields=["numchild"])
            last = self.parent.get_last_child() if self.parent.numchild else None
            self.last_position = position_among_siblings(last) if last else 0
        first = self.last_position + 1
        self.last_position += count
        return [child_path(self.parent, position) for position in range(first, first + count)]

    def place(self, page, path):
        page.depth = self.parent.depth + 1
        page.path = path
        page.draft_title = page.draft_title or page.title
        self.sibling_slugs().add(page.slug)

    def counted(self, added):
        self.parent.numchild += added
        Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + added)

    def add(self, page):
        """Save the new ``page`` (its slug from ``available_slug``) as the parent's last child.

        Unlike ``add_child`` this logs nothing: the caller logs the creation.
        """
        [path] = self.next_paths(1)
        self.place(page, path)
        # Page.save reads the parent back for the URL path; it is the one we hold.
        tell_parent(page, self.parent)
        # A new translation key is no site's root, which Page.save would ask the database.
        tell_not_site_root(page)
        # clean=False: the slug is free among the siblings, which is what a draft's
        # validation checks with a query.
        try:
            page.save(clean=False, log_action=None)
        except Exception:
            # A failed save takes neither the position nor the slug.
            self.last_position -= 1
            self.sibling_slugs().discard(page.slug)
            raise
        self.counted(1)

    def insert(self, pages):
        """Write new ``pages`` of one page model as the last children, in a few queries.

        ``add_child`` costs some fifty queries a page (tree position, validation, signals)
        and ``add`` a save; for thousands of pages this writes the Page rows with one
        ``bulk_create`` and the rows of the page model's own table likewise. Each page gets
        a free slug (its own, or it numbered), its tree path, URL path, content type and
        the parent's language; nothing else is checked or filled in, no signal is sent and
        no revision made: the pages come finished, live or not. Their search and
        reference indexing is the caller's (``deferred_indexing``'s ``note``).
        """
        if not pages:
            return
        [model] = {type(page) for page in pages}
        content_type = ContentType.objects.get_for_model(model)
        for page, path in zip(pages, self.next_paths(len(pages)), strict=True):
            page.slug = self.available_slug(page.slug)
            self.place(page, path)
            page.url_path = f"{self.parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.locale_id = self.parent.locale_id
        page_fields = [
            field.attname for field in Page._meta.concrete_fields if not field.primary_key
        ]
        rows = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in page_fields}) for page in pages]
        )
        for page, row in zip(pages, rows, strict=True):
            page.id = page.pk = row.pk
        insert_own_rows(model, pages, below=Page)
        self.counted(len(pages))
