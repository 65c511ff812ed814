"""Published minutes have their public PDF made by the worker (``minutes.tasks``)."""

from django.conf import settings
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published

from core.access_policy import is_public_page
from minutes.models.minutes_page import MinutesPage
from minutes.tasks import make_public_pdf


@receiver(page_published, sender=MinutesPage, dispatch_uid="minutes_pdf_at_publication")
def make_public_pdf_at_publication(sender, instance, **kwargs):
    """Queue the PDF of ``instance`` and of its live aliases, which show the same text.

    A private page's PDF is made for each of its readers and never kept, so none is queued.
    """
    if not settings.MINUTES_PDF_AT_PUBLICATION or not is_public_page(instance):
        return
    aliases = Page.objects.filter(alias_of=instance, live=True).values_list("pk", flat=True)
    for page_id in [instance.pk, *aliases]:
        make_public_pdf.enqueue(page_id)
