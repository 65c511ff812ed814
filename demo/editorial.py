"""Demo users for each editorial role, and minutes waiting in review to try the workflow."""

import datetime
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from demo.agenda import agenda_item
from demo.goteborgsregionen_archive import _CORE, _short_minutes
from demo.goteborgsregionen_minutes import DECISIONS, REPORTS
from editorial.models import OrganisationRoles
from editorial.roles import ensure_translators_group
from networks.models.network_page import NetworkPage

REVIEW_SLUG = "minnesanteckningar-2026-11-13"
GR_NETWORK = "utbildningschefsnatverket"


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    description: str
    role: str  # "editors" or "approvers" of the network's organisation, or "translators"
    network: str = ""


DEMO_USERS = [
    DemoUser("redaktor", "Sofie", "Marklund", "redaktör, Göteborgsregionen", "editors", GR_NETWORK),
    DemoUser("granskare", "Henrik", "Alm", "granskare, Göteborgsregionen", "approvers", GR_NETWORK),
    DemoUser(
        "redaktor-skaraborg",
        "Lina",
        "Berggren",
        "redaktör, Skaraborgs Kommunalförbund",
        "editors",
        "skolchefsnatverket-skaraborg",
    ),
    DemoUser("oversattare", "Emma", "Lind", "översättare", "translators"),
]


@dataclass(frozen=True)
class CreatedUser:
    user: DemoUser
    password: str


def role_group(demo_user):
    if demo_user.role == "translators":
        return ensure_translators_group()
    network = NetworkPage.objects.get(slug=demo_user.network, locale=Locale.get_default())
    return getattr(OrganisationRoles.for_organisation(network.organisation), demo_user.role)


def ensure_demo_users():
    """Create the role users with random passwords, only when DEBUG is on.

    Returns the users created by this run with their passwords, which are shown once.
    """
    if not settings.DEBUG:
        return []
    User = get_user_model()
    created = []
    for demo_user in DEMO_USERS:
        if User.objects.filter(username=demo_user.username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username=demo_user.username,
            email=f"{demo_user.username}@samverkan.example.org",
            password=password,
            first_name=demo_user.first_name,
            last_name=demo_user.last_name,
        )
        user.groups.add(role_group(demo_user))
        created.append(CreatedUser(demo_user, password))
    return created


def ensure_minutes_in_review(report, people):
    """New minutes of Göteborgsregionen's network, drafted and submitted for adjustment."""
    network = NetworkPage.objects.get(slug=GR_NETWORK, locale=Locale.get_default())
    existing = network.get_children().filter(slug=REVIEW_SLUG).first()
    if existing is not None:
        report.present(existing.specific, existing.title)
        return existing.specific

    page = _short_minutes(
        people,
        datetime.date(2026, 11, 13),
        [
            agenda_item(
                "Mötestider för våren 2027",
                section=DECISIONS,
                number=1,
                decisions=["att fastställa mötestiderna för våren 2027 enligt förslaget"],
            ),
            agenda_item(
                "Lägesbild för lärarförsörjningen i regionen",
                section=REPORTS,
                number=2,
                presenters=["Karin Westerlund, GR"],
                body=[
                    "Utbildningschefen gick igenom årets prognos för behovet av "
                    "förskollärare och lärare i de tretton kommunerna."
                ],
                follow_up="Prognosen återkommer till nätverket i februari.",
            ),
        ],
        present=_CORE,
    )
    page.slug = REVIEW_SLUG
    page.live = False
    network.add_child(instance=page)
    author = get_user_model().objects.filter(username="redaktor").first()
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    report.created(page, f"{page.title} ({REVIEW_SLUG}, i granskning)")
    return page
