from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("sv", _("Swedish")), ("en", _("English"))]


class SensitiveWord(models.Model):
    """Words of one sensitive category of personal data (health, union membership …).

    Editors keep the list in the admin. Such a word next to a person's name in a page is a
    warning to the editor, not a block: the words have innocent uses too.
    """

    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES, default="sv")
    category = models.CharField(_("category"), max_length=100)
    words = models.CharField(
        _("words"),
        max_length=500,
        help_text=_(
            "Words separated by commas. A word also matches longer words that begin with "
            "it: “sjukskriv” finds “sjukskriven” and “sjukskrivning”."
        ),
    )

    class Meta:
        ordering = ["language", "category"]
        verbose_name = _("sensitive word")
        verbose_name_plural = _("sensitive words")

    def __str__(self):
        return f"{self.category}: {self.words}"

    def word_list(self):
        return [word.strip().lower() for word in self.words.split(",") if word.strip()]

    def clean(self):
        if not any(len(word) >= 3 for word in self.word_list()):
            raise ValidationError({"words": _("Write at least one word of three letters or more.")})


class FindingOverride(models.Model):
    """An approver's decision that one finding on a page may be published, and why.

    The finding is known by its masked form and a keyed fingerprint, never by the number or
    address itself.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    fingerprint = models.CharField(_("fingerprint"), max_length=64, db_index=True)
    kind = models.CharField(_("kind"), max_length=40)
    masked = models.CharField(_("finding"), max_length=255)
    place = models.CharField(_("where"), max_length=500)
    reason = models.TextField(_("reason"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("overridden by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("overridden at"), auto_now_add=True)

    class Meta:
        verbose_name = _("overridden personal data finding")
        verbose_name_plural = _("overridden personal data findings")
        constraints = [
            models.UniqueConstraint(fields=["page", "fingerprint"], name="one_override_a_finding")
        ]

    def __str__(self):
        return f"{self.masked} ({self.place})"
