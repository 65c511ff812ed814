"""Where imported content came from, so that importing the same input again updates it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportSource(models.Model):
    """One imported file or Plone item and what it became."""

    class Kind(models.TextChoices):
        MINUTES_FILE = "minutes_file", _("Minutes file")
        PLONE_ITEM = "plone_item", _("Plone item")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    key = models.CharField(
        _("source key"),
        max_length=255,
        help_text=_("The file name within its network, or the Plone item's UID."),
    )
    content_hash = models.CharField(_("content hash"), max_length=64)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        verbose_name = _("import source")
        verbose_name_plural = _("import sources")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="unique_import_source"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.key}"

    @property
    def target(self):
        return self.page or self.document or self.image
