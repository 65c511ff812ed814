"""A large, invented archive of network minutes, for measuring the site at scale.

``manage.py generate_archive --minutes N`` adds regions with their networks under the
site's network index, each network with years of minutes: numbered agenda items under
the usual sections, decisions as "att …" clauses, presenters and attendance drawn from a
register of invented people. Everything is made from a seeded random generator, so the
same N gives the same archive.

Networks are added with Wagtail's ``add_child``; minutes, thousands of them, in bulk
(``ChildPages.insert``). Search and reference indexing wait for the end, when everything
made is indexed at once (``deferred_indexing``).
"""

import datetime
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale

from core.bulk_load.indexing import deferred_indexing
from core.bulk_load.tree import ChildPages
from core.models import PageCacheGeneration
from minutes.agenda import agenda_item_data
from minutes.choices import NetworkRole
from minutes.dates import swedish_date
from minutes.models.minutes_page import MinutesAttendee, MinutesPage
from networks.models.choices import OrganisationKind
from networks.models.directory import Organisation, Person
from networks.models.network_page import NetworkIndexPage, NetworkMember, NetworkPage

REGIONS = {
    "Region Norrbotten": ["Luleå", "Piteå", "Boden", "Kiruna", "Gällivare", "Älvsbyn"],
    "Region Dalarna": ["Falun", "Borlänge", "Mora", "Ludvika", "Avesta", "Leksand"],
    "Region Värmland": ["Karlstad", "Kristinehamn", "Arvika", "Säffle", "Hammarö", "Kil"],
    "Region Kalmar län": ["Kalmar", "Västervik", "Oskarshamn", "Nybro", "Vimmerby", "Borgholm"],
    "Region Halland": ["Halmstad", "Varberg", "Falkenberg", "Laholm", "Hylte", "Kungsbacka"],
    "Region Gävleborg": ["Gävle", "Sandviken", "Hudiksvall", "Bollnäs", "Söderhamn", "Ljusdal"],
    "Region Jönköpings län": ["Jönköping", "Värnamo", "Nässjö", "Vetlanda", "Gislaved", "Eksjö"],
    "Region Västernorrland": ["Sundsvall", "Örnsköldsvik", "Härnösand", "Kramfors", "Timrå"],
}
NETWORK_KINDS = [
    "Skolchefsnätverket",
    "Nätverket för förskolechefer",
    "Nätverket för gymnasiechefer",
    "Nätverket för vuxenutbildning",
    "Nätverket för elevhälsa",
    "Nätverket för kvalitetsutvecklare",
]
SECTIONS = ["Beslut", "Rapport och information", "Diskussion", "Övriga frågor"]
TOPICS = [
    "Kompetensförsörjning av lärare",
    "Trygghet och studiero",
    "Skolans digitalisering",
    "Elevhälsans organisation",
    "Gemensam gymnasieantagning",
    "Yrkesinriktad vuxenutbildning",
    "Nyanlända elevers lärande",
    "Förskolans kvalitetsarbete",
    "Systematiskt kvalitetsarbete",
    "Skolskjutsar och elevresor",
    "Likvärdig bedömning och betygssättning",
    "Fritidshemmets uppdrag",
    "Anpassad grundskola",
    "Frånvaro och närvarofrämjande arbete",
    "Budget och interkommunala ersättningar",
    "Regional plan för kompetensutveckling",
    "Samverkan med högskolan",
    "Studie- och yrkesvägledning",
]
NOTES = [
    "{who} redogjorde för läget i {place} och de erfarenheter kommunerna gjort under året.",
    "Nätverket diskuterade hur arbetet kan samordnas mellan kommunerna i länet.",
    "Flera kommuner beskrev liknande utmaningar och efterfrågade ett gemensamt underlag.",
    "Arbetsgruppen presenterade ett förslag som har tagits fram sedan förra mötet.",
    "Frågan har behandlats i kommunernas ledningsgrupper och tas nu upp gemensamt.",
    "Underlaget skickas ut till nätverkets ledamöter efter mötet.",
]
DECISIONS = [
    "att godkänna förslaget om {topic}",
    "att ge arbetsgruppen i uppdrag att ta fram ett underlag om {topic}",
    "att lägga informationen om {topic} till handlingarna",
    "att återkomma till frågan om {topic} vid nästa möte",
    "att utse en kontaktperson per kommun för {topic}",
    "att föreslå styrelsen att avsätta medel för {topic}",
]
FOLLOW_UPS = [
    "Återkommer vid nästa möte.",
    "Arbetsgruppen rapporterar i oktober.",
    "Tas upp på internatet i september.",
    "",
]
FIRST_NAMES = [
    "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Lena", "Anders",
    "Sara", "Mikael", "Emma", "Fredrik", "Ida", "Jonas", "Elin", "Henrik", "Sofia", "Magnus",
]  # fmt: skip
LAST_NAMES = [
    "Ekberg", "Lindqvist", "Holm", "Sandell", "Brink", "Wallin", "Ström", "Berglund",
    "Nyman", "Dahl", "Forsberg", "Lund", "Hedlund", "Åkesson", "Öberg", "Sjöholm",
]  # fmt: skip
AREAS = [
    "Förskola",
    "Grundskola",
    "Gymnasieskola",
    "Vuxenutbildning",
    "Förskola och grundskola",
    "Elevhälsa",
]
MEETING_MONTHS = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]


@dataclass
class Network:
    page: NetworkPage
    members: list
    places: list


def paragraphs(*texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


class ArchiveGenerator:
    def __init__(self, *, minutes, networks, first_year, seed=2026):
        self.minutes_total = minutes
        self.network_total = networks
        self.first_year = first_year
        self.last_year = timezone.localdate().year
        self.random = random.Random(seed)  # noqa: S311 - invented content, not a secret
        self.locale = Locale.get_default()
        self.person_number = 0

    def network_index(self):
        index = NetworkIndexPage.objects.filter(locale=self.locale).first()
        if index is None:
            raise LookupError("no network index page")
        return index

    def generate(self, progress, *, index=True):
        """Make the archive; ``progress`` is called with the number of pages made.

        With ``index=False`` what is made is left out of the search and reference indexes.
        """
        network_index = self.network_index()
        with deferred_indexing(index=index) as saved:
            networks = self.make_networks(network_index)
            per_network = self.spread(self.minutes_total, len(networks))
            for network, count in zip(networks, per_network, strict=True):
                minutes = [self.make_minutes(network, date) for date in self.meeting_dates(count)]
                with transaction.atomic():
                    insert_minutes(network.page, minutes)
                saved.note(page for page, _attendees in minutes)
                progress(count)
        PageCacheGeneration.advance()
        return networks

    def spread(self, total, parts):
        base, extra = divmod(total, parts)
        return [base + (1 if number < extra else 0) for number in range(parts)]

    def make_networks(self, index):
        networks = []
        regions = list(REGIONS.items())
        with transaction.atomic():
            for number in range(self.network_total):
                region_name, places = regions[number % len(regions)]
                kind = NETWORK_KINDS[(number // len(regions)) % len(NETWORK_KINDS)]
                round_number = number // (len(regions) * len(NETWORK_KINDS))
                region, _ = Organisation.objects.get_or_create(
                    name=region_name,
                    locale=self.locale,
                    defaults={"kind": OrganisationKind.REGION},
                )
                title = f"{kind} i {region_name.removeprefix('Region ')}"
                if round_number:
                    title = f"{title} {round_number + 1}"
                page = index.add_child(
                    instance=NetworkPage(
                        title=title,
                        organisation=region,
                        intro=(
                            f"Nätverket samlar kommunerna i {region_name.removeprefix('Region ')} "
                            "kring gemensamma frågor för skolans utveckling."
                        ),
                        strategy_start_year=self.last_year - 1,
                        strategy_end_year=self.last_year + 2,
                        first_published_at=timezone.now(),
                        last_published_at=timezone.now(),
                    )
                )
                members = self.make_members(page, region, places)
                networks.append(Network(page=page, members=members, places=places))
        return networks

    def make_members(self, page, region, places):
        members = []
        for position, place in enumerate(places):
            municipality, _ = Organisation.objects.get_or_create(
                name=f"{place} kommun",
                locale=self.locale,
                defaults={"kind": OrganisationKind.MUNICIPALITY, "parent": region},
            )
            for _ in range(2):
                person = self.make_person(municipality, keeper=region)
                role = NetworkRole.CHAIR if not members else NetworkRole.MEMBER
                area = AREAS[(position + len(members)) % len(AREAS)]
                NetworkMember.objects.create(page=page, person=person, role=role, area=area)
                members.append((person, area, role))
        return members

    def make_person(self, organisation, keeper):
        self.person_number += 1
        first = self.random.choice(FIRST_NAMES)
        last = self.random.choice(LAST_NAMES)
        return Person.objects.create(
            name=f"{first} {last}",
            job_title="Skolchef",
            organisation=organisation,
            owner=keeper,
            email=f"{first}.{last}.{self.person_number}@example.org".lower(),
            phone=f"010-{self.random.randrange(100, 999)} {self.person_number:05d}",
            contact_details_public=self.random.random() < 0.3,
            locale=self.locale,
        )

    def meeting_dates(self, count):
        """``count`` distinct meeting days, spread over the years, newest last."""
        years = list(range(self.first_year, self.last_year + 1))
        dates = set()
        while len(dates) < count:
            year = years[len(dates) % len(years)]
            month = self.random.choice(MEETING_MONTHS)
            dates.add(datetime.date(year, month, self.random.randrange(1, 29)))
        return sorted(dates)

    def make_minutes(self, network, date):
        rng = self.random
        place = rng.choice(network.places)
        members = network.members
        chair = members[0][0]
        secretary = members[1][0]
        items = []
        for number in range(1, rng.randrange(4, 9) + 1):
            topic = rng.choice(TOPICS)
            presenter, _, _ = rng.choice(members)
            decisions = [
                rng.choice(DECISIONS).format(topic=topic.lower())
                for _ in range(rng.choice([0, 0, 1, 1, 2]))
            ]
            items.append(
                agenda_item_data(
                    section=SECTIONS[0] if decisions else rng.choice(SECTIONS[1:]),
                    number=number,
                    heading=topic,
                    presenters=[f"{presenter.name}, {place}"],
                    body=paragraphs(
                        rng.choice(NOTES).format(who=presenter.name, place=place),
                        rng.choice(NOTES).format(who=presenter.name, place=place),
                    ),
                    decisions=decisions,
                    follow_up=rng.choice(FOLLOW_UPS),
                )
            )
        published = timezone.make_aware(datetime.datetime.combine(date, datetime.time(16)))
        page = MinutesPage(
            title=f"Minnesanteckningar {swedish_date(date)}",
            slug=f"minnesanteckningar-{date.isoformat()}",
            meeting_date=date,
            start_time=datetime.time(9, 0),
            end_time=datetime.time(rng.choice([12, 15, 16]), 0),
            place=f"Kommunhuset, {place}",
            is_digital=rng.random() < 0.25,
            chair=chair,
            secretary=secretary,
            opening=paragraphs("Ordföranden öppnade mötet och hälsade alla välkomna."),
            agenda=items,
            closing=paragraphs("Ordföranden tackade för ett givande möte."),
            page_owner=secretary,
            first_published_at=published,
            last_published_at=published,
        )
        attendees = [
            MinutesAttendee(
                person=person,
                organisation=person.organisation,
                area=area,
                role="" if role == NetworkRole.MEMBER else role,
                present=rng.random() < 0.85,
                sort_order=position,
            )
            for position, (person, area, role) in enumerate(members)
        ]
        return page, attendees


def insert_minutes(parent, minutes):
    """Insert minutes pages and their attendance under ``parent`` in a few queries."""
    pages = [page for page, _attendees in minutes]
    # A network can get none when there are fewer minutes than networks.
    ChildPages(parent).insert(pages)
    attendees = []
    for page, rows_of_page in minutes:
        for attendee in rows_of_page:
            attendee.page_id = page.pk
            attendees.append(attendee)
    MinutesAttendee.objects.bulk_create(attendees)
