from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.search import index

LANGUAGE_CHOICES = [("sv", _("Swedish")), ("en", _("English"))]


# What one index entry holds of attached text; PostgreSQL's tsvector is limited to 1 MB.
MAX_INDEXED_CHARACTERS = 200_000


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

    def clean(self):
        alternatives = [term.strip() for term in self.terms.split(",") if term.strip()]
        if len(alternatives) < 2:
            raise ValidationError(
                {"terms": _("Write at least two words or phrases, separated by commas.")}
            )
        self.terms = ", ".join(alternatives)


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


class DocumentText(index.Indexed, models.Model):
    """The text of a document, page by page (PDF) or slide by slide (PPTX), for the search.

    Kept beside Wagtail's document model rather than in a custom one, so that the document
    model need not be swapped. Filled when a document is saved (``search.attachments``).
    """

    document = models.OneToOneField(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="search_text",
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    pages = models.JSONField(
        _("pages"),
        default=list,
        help_text=_("The text of each page or slide: number and text."),
    )
    source_hash = models.CharField(_("hash of the file read"), max_length=40, blank=True)

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("text"),
        index.AutocompleteField("title"),
        index.FilterField("language"),
        index.FilterField("document_id"),
    ]

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.document.title

    @property
    def text(self):
        return "\n".join(page["text"] for page in self.pages)[:MAX_INDEXED_CHARACTERS]

    @property
    def search_language(self):
        return self.language
