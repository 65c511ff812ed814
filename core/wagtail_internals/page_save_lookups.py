"""What ``Page.save`` would look up for a new page, told to it beforehand.

A run that adds many pages under one parent knows the answers already; without them each
save reads the parent back and asks whether the page is a site's root.
"""


def tell_parent(page, parent):
    """Let ``page.get_parent()`` answer ``parent`` without a query.

    Relies on treebeard's ``_cached_parent_obj``, which ``add_child`` sets the same way
    before its save; ``get_parent`` has no public way to be given the parent.
    """
    page._cached_parent_obj = parent


def tell_not_site_root(page):
    """Let ``page.is_site_root()`` answer False without a query.

    Relies on Wagtail's ``_is_site_root``, which ``PageQuerySet.annotate_site_root_state``
    fills for pages read from the database; a new page is read from none.
    """
    page._is_site_root = False
