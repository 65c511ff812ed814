"""Invented people for the demo: contacts, network members, attendees and page owners.

Every name, address and number here is made up. Phone numbers are taken from the series
the Swedish Post and Telecom Authority keeps free for fiction, so none of them rings anyone.
"""

from dataclasses import dataclass

from django.utils.text import slugify

from demo.media import portrait
from demo.organisations import ORGANISATIONS, keep_entry
from networks.models.directory import Person

_DOMAINS = {spec.key: spec.domain for spec in ORGANISATIONS}


@dataclass(frozen=True)
class PersonSpec:
    key: str
    name: str
    job_title: str
    organisation: str
    public: bool = False
    phone: str = ""

    @property
    def email(self):
        local = ".".join(slugify(part) for part in self.name.split())
        return f"{local}@{_DOMAINS[self.organisation]}.example.org"


PEOPLE = [
    # Göteborgsregionen's office and the site's editor.
    PersonSpec(
        "gr-head", "Karin Westerlund", "Utbildningschef", "gr-utbildning", True, "031-390 06 10"
    ),
    PersonSpec(
        "gr-secretary",
        "Jonas Ekdahl",
        "Nätverkssekreterare",
        "gr-utbildning",
        True,
        "031-390 06 11",
    ),
    PersonSpec(
        "web-editor", "Sofie Marklund", "Webbredaktör", "gr-utbildning", True, "031-390 06 12"
    ),
    # School directors of the GR municipalities.
    PersonSpec(
        "kungsbacka-fg", "Ulrika Sandberg", "Förvaltningschef förskola och grundskola", "kungsbacka"
    ),
    PersonSpec(
        "kungsbacka-gv",
        "Patrik Holmgren",
        "Förvaltningschef gymnasium och vuxenutbildning",
        "kungsbacka",
    ),
    PersonSpec("partille", "Camilla Nordin", "Skolchef", "partille"),
    PersonSpec("ale", "Johan Bergkvist", "Sektorschef utbildning", "ale"),
    PersonSpec("alingsas-fg", "Therese Lindahl", "Förvaltningschef barn och ungdom", "alingsas"),
    PersonSpec("alingsas-gv", "Ahmed Karimi", "Skolchef gymnasium och vuxenutbildning", "alingsas"),
    PersonSpec("goteborg-forskola", "Malin Ekström", "Förvaltningsdirektör förskola", "goteborg"),
    PersonSpec(
        "goteborg-grundskola", "Robert Sundqvist", "Förvaltningsdirektör grundskola", "goteborg"
    ),
    PersonSpec("goteborg-gymnasium", "Nadia Haddad", "Förvaltningsdirektör utbildning", "goteborg"),
    PersonSpec("goteborg-vux", "Per-Olof Wiklund", "Verksamhetschef vuxenutbildning", "goteborg"),
    PersonSpec("harryda", "Linnea Östberg", "Sektorschef utbildning och kultur", "harryda"),
    PersonSpec("lerum", "Mattias Grahn", "Förvaltningschef", "lerum"),
    PersonSpec("molndal-fg", "Sara Blomqvist", "Skolchef förskola och grundskola", "molndal"),
    PersonSpec("molndal-gv", "Daniel Frisk", "Skolchef gymnasium och vuxenutbildning", "molndal"),
    PersonSpec("tjorn", "Elin Hedberg", "Förvaltningschef barn och utbildning", "tjorn"),
    PersonSpec("ockero", "Tobias Rydén", "Förvaltningschef utbildning", "ockero"),
    PersonSpec(
        "goteborg-forskola-2", "Anneli Forsberg", "Biträdande förvaltningsdirektör", "goteborg"
    ),
    PersonSpec(
        "goteborg-grundskola-2", "Stefan Åberg", "Biträdande förvaltningsdirektör", "goteborg"
    ),
    PersonSpec("kungalv", "Fredrika Nyman", "Förvaltningschef", "kungalv"),
    PersonSpec("lilla-edet", "Kristoffer Dahl", "Skolchef", "lilla-edet"),
    PersonSpec("stenungsund", "Helén Vikström", "Förvaltningschef utbildning", "stenungsund"),
    # Skaraborg.
    PersonSpec(
        "skaraborg-contact",
        "Annelie Torstensson",
        "Utvecklingsledare",
        "utbildning-skaraborg",
        True,
        "070-174 06 50",
    ),
    PersonSpec("skovde", "Göran Ljung", "Skolchef", "skovde"),
    PersonSpec("lidkoping", "Hanna Sjödin", "Utbildningschef", "lidkoping"),
    PersonSpec("falkoping", "Peter Alm", "Skolchef", "falkoping"),
    PersonSpec("mariestad", "Jessica Lund", "Förvaltningschef", "mariestad"),
    PersonSpec("skovde-gy", "Emma Kjellberg", "Gymnasiechef", "skovde"),
    PersonSpec("lidkoping-gy", "Viktor Boman", "Gymnasiechef", "lidkoping"),
    PersonSpec("falkoping-gy", "Amanda Hellström", "Gymnasiechef", "falkoping"),
    PersonSpec("mariestad-gy", "Rasmus Pettersson", "Rektor gymnasieskolan", "mariestad"),
    # Skåne.
    PersonSpec(
        "skane-owner",
        "Johanna Mellberg",
        "Biträdande förbundsdirektör, avdelningschef Utbildning och arbetsmarknad",
        "skane-utbildning",
        True,
        "040-628 04 20",
    ),
    PersonSpec("helsingborg", "Niklas Berglöf", "Utbildningsdirektör", "helsingborg"),
    PersonSpec("skurup", "Sanna Ek", "Förvaltningschef", "skurup"),
    PersonSpec("malmo", "Cecilia Strömberg", "Förvaltningsdirektör förskola", "malmo"),
    # Västerbotten.
    PersonSpec(
        "vasterbotten-contact",
        "Jenny Nordmark",
        "Enhetschef Näringsliv och utbildning",
        "vasterbotten-naringsliv",
        True,
        "070-174 06 40",
    ),
    PersonSpec("umea", "Olle Granström", "Skolchef", "umea"),
    PersonSpec("lycksele", "Mona Lidén", "Skolchef", "lycksele"),
    # Sveriges Kommuner och Regioner.
    PersonSpec(
        "skr-head",
        "Louise Engdahl",
        "Avdelningschef",
        "skr-utbildning",
        True,
        "08-465 004 30",
    ),
    PersonSpec(
        "skr-officer",
        "Emil Sandström",
        "Handläggare, skolchefsfrågor",
        "skr-utbildning",
        True,
        "08-465 004 31",
    ),
]


def ensure_people(report, locale, organisations, collection):
    """Create the missing people with their portraits; return every demo person by key.

    A person is kept by the organisation that keeps their employer's entry: Skaraborg's
    editors keep the school directors of Skaraborg's municipalities, not Göteborg's.
    """
    people = {}
    for spec in PEOPLE:
        person = Person.objects.filter(locale=locale, email=spec.email).first()
        if person:
            report.present(person, spec.name)
        else:
            person = Person.objects.create(
                locale=locale,
                name=spec.name,
                job_title=spec.job_title,
                organisation=organisations[spec.organisation],
                email=spec.email,
                phone=spec.phone,
                photo=portrait(report, collection, spec.name),
                contact_details_public=spec.public,
            )
            report.created(person, spec.name)
        keep_entry(person, organisations[spec.organisation].owner)
        people[spec.key] = person
    return people
