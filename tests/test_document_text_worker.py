"""An uploaded document's text is read by the task worker, not in the editor's request.

Set up as tests/test_subscriptions_worker.py: the database queue, ``db_worker --batch`` in
the test's process, and a test that commits.
"""

import html

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.search.index import insert_or_update_object

from minutes.models.minutes_page import MinutesPage
from search.models import DocumentText
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree
from tests.fixtures.importers.builders import pdf_bytes

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def found(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return html.unescape(response.text)


@override_settings(TASKS=DATABASE_QUEUE)
def test_an_uploaded_pdf_is_read_by_the_worker_and_then_finds_its_meeting(client):
    network = NetworkPageFactory(parent=build_site_tree().network_index)
    editor = get_user_model().objects.create_superuser("redaktor", password="x")
    client.force_login(editor)
    pdf = pdf_bytes("Tidtabell för skolskjutsen\nBusslinjerna till Granbyskolan")
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Tidtabell",
            "file": SimpleUploadedFile("tidtabell.pdf", pdf),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Tidtabell")
    # The request returned without reading the file: the reading waits in the queue.
    assert not DocumentText.objects.filter(document=document).exists()
    reading = DBTaskResult.objects.get(task_path="search.tasks.read_document_text")
    assert reading.status == "READY"

    page = MinutesPageFactory(
        parent=network,
        title="Möte om skolskjuts",
        agenda=[agenda_item(1, "Skolskjutsarna", attachments=[document])],
    )
    insert_or_update_object(MinutesPage.objects.get(pk=page.pk))
    client.logout()
    # Until the worker has read it, the document is as one that cannot be read.
    assert "Möte om skolskjuts" not in found(client, "granbyskolan")
    assert "Möte om skolskjuts" in found(client, "skolskjuts")

    run_worker()
    text = DocumentText.objects.get(document=document)
    assert "Busslinjerna till Granbyskolan" in text.text
    assert "Möte om skolskjuts" in found(client, "granbyskolan")
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
