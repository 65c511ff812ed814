"""The organisations behind the demo networks, as a tree of organisations and units.

Municipalities are top-level organisations: they are members of a federation or an
association, not units of it, so a municipality's contacts are listed under its own name.
"""

from dataclasses import dataclass, replace

from networks.models.choices import OrganisationKind
from networks.models.directory import Organisation

Kind = OrganisationKind


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    name: str
    kind: str
    short_name: str = ""
    parent: str | None = None
    domain: str = ""
    mailbox: str = ""
    kept_by: str | None = None

    @property
    def website(self):
        return f"https://{self.domain}.example.org" if self.domain else ""

    @property
    def email(self):
        return f"{self.mailbox}@{self.domain}.example.org" if self.domain and self.mailbox else ""


def _municipality(key, name, short_name, domain=None):
    return OrganisationSpec(
        key, name, Kind.MUNICIPALITY, short_name, domain=domain or key, mailbox="kommun"
    )


def _kept_by(keeper, *specs):
    """The organisations whose register entries ``keeper`` keeps, itself among them."""
    return [replace(spec, kept_by=keeper) for spec in specs]


ORGANISATIONS = [
    # Göteborgsregionen and the municipalities whose school directors meet in its network.
    *_kept_by(
        "gr",
        OrganisationSpec(
            "gr", "Göteborgsregionen", Kind.FEDERATION, "GR", domain="gr", mailbox="info"
        ),
        OrganisationSpec(
            "gr-utbildning", "Utbildning", Kind.UNIT, parent="gr", domain="gr", mailbox="utbildning"
        ),
        _municipality("ale", "Ale kommun", "Ale"),
        _municipality("alingsas", "Alingsås kommun", "Alingsås"),
        _municipality("goteborg", "Göteborgs Stad", "Göteborg"),
        _municipality("harryda", "Härryda kommun", "Härryda"),
        _municipality("kungsbacka", "Kungsbacka kommun", "Kungsbacka"),
        _municipality("kungalv", "Kungälvs kommun", "Kungälv"),
        _municipality("lerum", "Lerums kommun", "Lerum"),
        _municipality("lilla-edet", "Lilla Edets kommun", "Lilla Edet"),
        _municipality("molndal", "Mölndals stad", "Mölndal"),
        _municipality("partille", "Partille kommun", "Partille"),
        _municipality("stenungsund", "Stenungsunds kommun", "Stenungsund"),
        _municipality("tjorn", "Tjörns kommun", "Tjörn"),
        _municipality("ockero", "Öckerö kommun", "Öckerö"),
    ),
    # Skaraborg.
    *_kept_by(
        "skaraborg",
        OrganisationSpec(
            "skaraborg",
            "Skaraborgs Kommunalförbund",
            Kind.FEDERATION,
            domain="skaraborg",
            mailbox="info",
        ),
        OrganisationSpec(
            "utbildning-skaraborg",
            "Utbildning Skaraborg",
            Kind.UNIT,
            parent="skaraborg",
            domain="skaraborg",
            mailbox="utbildning",
        ),
        _municipality("skovde", "Skövde kommun", "Skövde"),
        _municipality("lidkoping", "Lidköpings kommun", "Lidköping"),
        _municipality("falkoping", "Falköpings kommun", "Falköping"),
        _municipality("mariestad", "Mariestads kommun", "Mariestad"),
    ),
    # Skåne.
    *_kept_by(
        "skanes-kommuner",
        OrganisationSpec(
            "skanes-kommuner",
            "Skånes Kommuner",
            Kind.ASSOCIATION,
            domain="skaneskommuner",
            mailbox="info",
        ),
        OrganisationSpec(
            "skane-utbildning",
            "Utbildning och arbetsmarknad",
            Kind.UNIT,
            parent="skanes-kommuner",
            domain="skaneskommuner",
            mailbox="utbildning",
        ),
        _municipality("malmo", "Malmö stad", "Malmö"),
        _municipality("helsingborg", "Helsingborgs stad", "Helsingborg"),
        _municipality("skurup", "Skurups kommun", "Skurup"),
    ),
    # Västerbotten.
    *_kept_by(
        "region-vasterbotten",
        OrganisationSpec(
            "region-vasterbotten",
            "Region Västerbotten",
            Kind.REGION,
            domain="regionvasterbotten",
            mailbox="region",
        ),
        OrganisationSpec(
            "vasterbotten-naringsliv",
            "Näringsliv och utbildning",
            Kind.UNIT,
            parent="region-vasterbotten",
            domain="regionvasterbotten",
            mailbox="utbildning",
        ),
        _municipality("umea", "Umeå kommun", "Umeå"),
        _municipality("lycksele", "Lycksele kommun", "Lycksele"),
    ),
    # National level and universities.
    *_kept_by(
        "skr",
        OrganisationSpec(
            "skr",
            "Sveriges Kommuner och Regioner",
            Kind.ASSOCIATION,
            "SKR",
            domain="skr",
            mailbox="info",
        ),
        OrganisationSpec(
            "skr-utbildning",
            "Avdelningen för utbildning och arbetsmarknad",
            Kind.UNIT,
            parent="skr",
            domain="skr",
            mailbox="utbildning",
        ),
    ),
    # The universities keep no entries: the administrators keep theirs.
    OrganisationSpec(
        "umea-universitet", "Umeå universitet", Kind.UNIVERSITY, domain="umu", mailbox="info"
    ),
    OrganisationSpec(
        "lararhogskolan",
        "Lärarhögskolan",
        Kind.UNIT,
        parent="umea-universitet",
        domain="umu",
        mailbox="lararhogskolan",
    ),
    OrganisationSpec(
        "malmo-universitet", "Malmö universitet", Kind.UNIVERSITY, domain="mau", mailbox="info"
    ),
]


def ensure_organisations(report, locale):
    """Create the missing organisations; return every demo organisation by its key."""
    organisations = {}
    for spec in ORGANISATIONS:
        parent = organisations[spec.parent] if spec.parent else None
        organisation = Organisation.objects.filter(
            locale=locale, name=spec.name, parent=parent
        ).first()
        if organisation:
            report.present(organisation, str(organisation))
        else:
            organisation = Organisation.objects.create(
                locale=locale,
                name=spec.name,
                short_name=spec.short_name,
                kind=spec.kind,
                parent=parent,
                website=spec.website,
                email=spec.email,
            )
            report.created(organisation, str(organisation))
        organisations[spec.key] = organisation
    for spec in ORGANISATIONS:
        keep_entry(organisations[spec.key], organisations.get(spec.kept_by))
    return organisations


def keep_entry(entry, keeper):
    """Give a register entry its keeper, unless it has one; the demo editors find theirs."""
    if keeper is not None and entry.owner_id is None:
        entry.owner = keeper
        entry.save(update_fields=["owner"])
