"""The minutes' background work, run by the task worker (``manage.py db_worker``).

The public's PDF of published minutes takes a good part of a second to make
(``minutes.pdf``). Where the cache is shared by the web servers and the worker
(``REDIS_URL``), the worker makes it when the minutes are published, so that no reader
waits for it; elsewhere the first reader makes it, as before.
"""

import logging

from django_tasks import task
from wagtail.models import Page

from core.visitor_request import get_as_visitor

logger = logging.getLogger(__name__)


@task()
def make_public_pdf(page_id):
    """Fetch the PDF of page ``page_id`` as the public does, which keeps it in the cache."""
    page = Page.objects.filter(pk=page_id, live=True).first()
    url = page.get_full_url() if page is not None else None
    if url is None:
        return  # unpublished, deleted or outside every site since: nothing to make
    response = get_as_visitor(f"{url}pdf/")
    if response.status_code != 200:
        # A private page answers with a sign-in: its PDF is its reader's to make.
        logger.info("No public PDF of page %s: %s", page_id, response.status_code)
