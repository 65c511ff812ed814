from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("sv", _("Swedish")), ("en", _("English"))]


class Synonym(models.Model):
    """Words a visitor may type for one another, such as an abbreviation and what it stands for.

    Editors extend the list in the admin; the text analysis expands a query term into every
    word of the group it belongs to.
    """

    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES, default="sv")
    terms = models.CharField(
        _("terms"),
        max_length=255,
        help_text=_("Words and abbreviations that mean the same, separated by commas."),
    )

    class Meta:
        ordering = ["language", "terms"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.terms


class SearchQueryDay(models.Model):
    """How often a query was searched on one day, and how many results it found.

    Feeds the report of popular searches and of searches that found nothing.
    """

    query = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "date"], name="unique_search_query_day"
            )
        ]
        indexes = [models.Index(fields=["date", "results"])]
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")

    def __str__(self):
        return self.query
