"""Creating demo pages the way an editor would: a revision, then publication."""

from collections.abc import Callable

from django.utils.html import escape
from wagtail.models import Page


def paragraphs(*texts: str) -> str:
    """Rich text of plain paragraphs; the demo text itself contains no markup."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullet_list(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def ensure_page(report, parent: Page, slug: str, build: Callable[[], Page]) -> Page:
    """Return the child of ``parent`` with ``slug``, creating and publishing it if missing.

    ``build`` is only called when the page is missing, so that nothing a page needs (its
    attachments, for example) is made for a page that already exists.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        existing = existing.specific
        report.present(existing, _label(existing))
        return existing
    page = build()
    page.slug = slug
    page.locale = parent.locale
    # Added as a draft and then published, so that the page has a revision and a
    # publication time like one published in the admin.
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    report.created(page, _label(page))
    return page


def _label(page):
    """Title and path below the home page, which is the path a visitor sees."""
    below_home = page.url_path.strip("/").split("/")[1:]
    return f"{page.title} (/{''.join(part + '/' for part in below_home)})"
