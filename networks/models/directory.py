"""The register of organisations and people, kept as translatable snippets."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from networks.models.choices import OrganisationKind
from networks.register_forms import PersonForm, RegisterEntryForm

KEPT_BY_HELP = _(
    "The organisation whose editors and approvers keep this entry up to date. An entry "
    "kept by none is changed by administrators only."
)


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A region, federation, municipality, university, or a unit of one of them."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=50, blank=True, help_text=_("For example: GR or SKR")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
        help_text=_("Set this for a unit, department or office of a larger organisation."),
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("functional e-mail"), blank=True)
    owner = models.ForeignKey(
        "self",
        verbose_name=_("kept by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=KEPT_BY_HELP,
    )

    base_form_class = RegisterEntryForm
    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("email")], heading=_("Contact")),
        FieldPanel("owner"),
    ]
    # One organisation keeps the entry in every language (see networks.signals).
    override_translatable_fields = [SynchronizedField("owner", overridable=False)]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.display_name} – {self.name}"
        return self.name

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("An organisation cannot be its own parent.")})
            ancestor = ancestor.parent

    @property
    def display_name(self):
        """The short name; a unit without one is named through its parent: "GR – Utbildning"."""
        if self.short_name:
            return self.short_name
        if self.parent_id:
            return f"{self.parent.display_name} – {self.name}"
        return self.name

    @property
    def top_level(self):
        organisation = self
        while organisation.parent_id:
            organisation = organisation.parent
        return organisation


CONTACT_FIELDS = ("email", "phone", "contact_details_public")
# Fields that are one fact about a person in every language version.
SHARED_PERSON_FIELDS = (*CONTACT_FIELDS, "owner")


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A contact, network member, attendee, speaker or page owner."""

    name = models.CharField(_("name"), max_length=255)
    job_title = models.CharField(_("job title"), max_length=255, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation or unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_details_public = models.BooleanField(
        _("show contact details publicly"),
        default=False,
        help_text=_(
            "Only when this is ticked are the e-mail address and phone number shown on the "
            "public site and in the API. The person must have agreed to it."
        ),
    )
    # Not the employer: the organisation whose editors keep the entry, often a federation
    # keeping its member municipalities' school directors.
    owner = models.ForeignKey(
        Organisation,
        verbose_name=_("kept by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=KEPT_BY_HELP,
    )

    base_form_class = PersonForm
    panels = [
        FieldPanel("name"),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("contact_details_public")],
            heading=_("Contact details"),
        ),
        FieldPanel("owner"),
    ]
    # Only the job title is translated. The contact details, the consent to show them and
    # the organisation keeping them are one fact about the person in every language (see
    # networks.signals).
    override_translatable_fields = [
        SynchronizedField(name, overridable=False) for name in ("name", *SHARED_PERSON_FIELDS)
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("job_title"),
        index.AutocompleteField("name"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def public_email(self):
        return self.email if self.contact_details_public else ""

    @property
    def public_phone(self):
        return self.phone if self.contact_details_public else ""
