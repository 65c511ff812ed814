"""Tree paths of new pages, numbered as treebeard numbers the children ``add_child`` adds."""

from treebeard.exceptions import PathOverflow
from wagtail.models import Page


def child_path(parent, position):
    """The tree path of the child of ``parent`` at ``position``, 1 being the first.

    Relies on treebeard's ``MP_Node._get_path``. The public ``add_child`` finds the position
    and saves the page in one go, reading the parent's last child for every page; pages
    added in bulk need their paths before any of them is saved.
    """
    path = Page._get_path(parent.path, parent.depth + 1, position)
    if len(path) != len(parent.path) + Page.steplen:
        # As add_child would: the position no longer fits in one step of the path.
        raise PathOverflow(f"Path overflow after {parent.path}: position {position}")
    return path


def position_among_siblings(page):
    """The position of ``page`` under its parent, as ``child_path`` numbers it.

    Relies on treebeard's ``MP_Node._get_lastpos_in_path``; the public API offers only the
    path of the next sibling of a saved page (``add_sibling``), one save at a time.
    """
    return page._get_lastpos_in_path()
