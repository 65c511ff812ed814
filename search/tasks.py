"""Reading an uploaded document's text, run by the task worker (``manage.py db_worker``).

A 40-page PDF takes seconds to read; the editor who uploads it does not wait for that.
Until the task has run, the document has no text, and the search treats it as it treats
an unreadable one: its title is found, its words are not.
"""

from django_tasks import task
from wagtail.documents import get_document_model

from search.attachments import update_document_text


@task()
def read_document_text(document_id):
    """Read a document's file into its ``DocumentText``; index again the pages attaching it."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None:  # deleted before the worker came to it: nothing to read
        update_document_text(document)
