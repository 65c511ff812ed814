from django.core.management.base import BaseCommand
from django.utils.translation import ngettext
from tqdm import tqdm
from wagtail.documents import get_document_model

from search.attachments import update_document_text


class Command(BaseCommand):
    help = (
        "Read the text of every document (PDF, DOCX, PPTX) for the search, and re-index the "
        "pages that attach a document whose file changed. Documents are read when saved; "
        "run this once for documents uploaded before the search read them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not show a progress bar."
        )

    def handle(self, *args, no_progress: bool = False, **options):
        documents = get_document_model().objects.order_by("pk")
        read = 0
        for document in tqdm(documents, total=documents.count(), disable=no_progress):
            if update_document_text(document) is not None:
                read += 1
        message = ngettext(
            "Read the text of %(count)d document.", "Read the text of %(count)d documents.", read
        )
        self.stdout.write(self.style.SUCCESS(message % {"count": read}))
