"""Factories for the register, every page type and their inline rows.

StreamField content is built as the raw JSON list Wagtail stores (``agenda_item``,
``programme_item``): agenda items hold lists of clauses, presenters and documents, which
read more plainly as data than as nested block factories.
"""

import datetime
from dataclasses import dataclass

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Page, Site

from home.models.pages import HomePage, StandardPage
from minutes.agenda import agenda_item_data
from minutes.choices import NetworkRole
from minutes.models.minutes_page import MinutesAttendee, MinutesPage
from networks.models.choices import OrganisationKind
from networks.models.conference_page import ConferenceContact, ConferenceIndexPage, ConferencePage
from networks.models.contact_page import ContactIndexPage
from networks.models.directory import Organisation, Person
from networks.models.network_page import (
    NetworkContact,
    NetworkIndexPage,
    NetworkMeeting,
    NetworkMember,
    NetworkPage,
)


def root_collection():
    return Collection.get_first_root_node()


# wagtail-factories' own image and document factories make a new root collection each time.
class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Bild {n}")
    file = factory.django.ImageField(width=40, height=30, color="green")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Presentation {n}")
    file = factory.django.FileField(filename="bilder.pdf", data=b"%PDF-1.4 bilder")


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Exempelkommun {n}")
    kind = OrganisationKind.MUNICIPALITY

    class Meta:
        model = Organisation


class UnitFactory(OrganisationFactory):
    """A unit of a larger organisation, such as a municipality's education office."""

    name = factory.Sequence(lambda n: f"Utbildningsförvaltningen {n}")
    kind = OrganisationKind.UNIT
    parent = factory.SubFactory(OrganisationFactory)


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Karin Exempel {n}")
    job_title = "Skolchef"
    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"karin.exempel.{n}@example.org")
    phone = factory.Sequence(lambda n: f"031-700{n:04d}")
    contact_details_public = False

    class Meta:
        model = Person


class BasePageFactory(wagtail_factories.PageFactory):
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Samverkan"
    slug = "start"
    intro = "<p>Kommuner och regioner samarbetar om skolans utveckling.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Om webbplatsen {n}")
    intro = "Så hanterar vi personuppgifter."

    class Meta:
        model = StandardPage


class NetworkIndexPageFactory(BasePageFactory):
    title = "Nätverk"
    slug = "natverk"

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Skolchefsnätverk {n}")
    organisation = factory.SubFactory(OrganisationFactory, kind=OrganisationKind.FEDERATION)
    intro = "Förvaltningschefer för skolan träffas för att utveckla verksamheten tillsammans."

    class Meta:
        model = NetworkPage


class MinutesPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Minnesanteckningar {n}")
    meeting_date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(n))
    place = "Göteborg"
    agenda = factory.LazyFunction(list)

    class Meta:
        model = MinutesPage


class ConferenceIndexPageFactory(BasePageFactory):
    title = "Konferenser"
    slug = "konferenser"

    class Meta:
        model = ConferenceIndexPage


class ConferencePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Skolchefskonferens {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(days=1))
    place = "Varberg"
    intro = "Två dagar om trygghet och studiero."
    programme = factory.LazyFunction(list)
    body = factory.LazyFunction(list)

    class Meta:
        model = ConferencePage


class ContactIndexPageFactory(BasePageFactory):
    title = "Kontakt"
    slug = "kontakt"

    class Meta:
        model = ContactIndexPage


class NetworkMemberFactory(DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)
    role = NetworkRole.MEMBER
    area = "Förskola och grundskola"

    class Meta:
        model = NetworkMember


class NetworkContactFactory(DjangoModelFactory):
    person = factory.SubFactory(PersonFactory, contact_details_public=True)

    class Meta:
        model = NetworkContact


class NetworkMeetingFactory(DjangoModelFactory):
    date = factory.Sequence(lambda n: timezone.localdate() + datetime.timedelta(days=7 + n))
    time_note = "lunch till lunch"
    place = "Borås"

    class Meta:
        model = NetworkMeeting


class MinutesAttendeeFactory(DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)
    organisation = factory.SelfAttribute("person.organisation")
    area = "Gymnasie- och vuxenutbildning"
    role = NetworkRole.MEMBER
    present = True

    class Meta:
        model = MinutesAttendee


class ConferenceContactFactory(DjangoModelFactory):
    person = factory.SubFactory(PersonFactory, contact_details_public=True)

    class Meta:
        model = ConferenceContact


def agenda_item(
    number,
    heading,
    *,
    section="",
    presenters=(),
    body="",
    decisions=(),
    attachments=(),
    follow_up="",
):
    """One agenda item in the stored StreamField form; ``attachments`` are documents."""
    return agenda_item_data(
        section=section,
        number=number,
        heading=heading,
        presenters=presenters,
        body=body,
        decisions=decisions,
        attachments=attachments,
        follow_up=follow_up,
    )


def programme_item(title, *, speakers=(), day=None, start_time="", end_time=""):
    """One programme item in the stored StreamField form; speakers as ``(name, title, org)``."""
    return {
        "type": "item",
        "value": {
            "day": day.isoformat() if day else None,
            "start_time": start_time,
            "end_time": end_time,
            "title": title,
            "speakers": [
                {"name": name, "title": title, "organisation": organisation}
                for name, title, organisation in speakers
            ],
            "description": "",
        },
    }


@dataclass
class SiteTree:
    home: HomePage
    network_index: NetworkIndexPage
    conference_index: ConferenceIndexPage
    contact_index: ContactIndexPage


def build_site_tree():
    """A home page as the default site's root, with the index pages under it.

    The home page takes the place of the welcome page Wagtail's migrations create.
    """
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    # The welcome page; deleted after the site moves, since deleting a site's root deletes it.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return SiteTree(
        home=home,
        network_index=NetworkIndexPageFactory(parent=home),
        conference_index=ConferenceIndexPageFactory(parent=home),
        contact_index=ContactIndexPageFactory(parent=home),
    )
