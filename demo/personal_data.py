"""Minutes in review with a personal identity number, to show the personal-data gate.

The number is Skatteverket's well-known example (Tolvan Tolvansson, 19121212-1212): valid
to every check, and nobody's.
"""

import datetime

from django.contrib.auth import get_user_model
from wagtail.models import Locale

from demo.agenda import agenda_item
from demo.editorial import GR_NETWORK
from demo.goteborgsregionen_archive import _CORE, _short_minutes
from demo.goteborgsregionen_minutes import DECISIONS
from networks.models.network_page import NetworkPage

GATE_SLUG = "minnesanteckningar-2026-12-04"
EXAMPLE_NUMBER = "19121212-1212"


def ensure_minutes_with_personal_data(report, people):
    """Draft minutes whose agenda names a person by identity number, submitted for review.

    The approvers are not offered "Approve" until the number is removed or let through.
    """
    network = NetworkPage.objects.get(slug=GR_NETWORK, locale=Locale.get_default())
    existing = network.get_children().filter(slug=GATE_SLUG).first()
    if existing is not None:
        report.present(existing.specific, existing.title)
        return existing.specific

    page = _short_minutes(
        people,
        datetime.date(2026, 12, 4),
        [
            agenda_item(
                "Ny representant i nätverket",
                section=DECISIONS,
                number=1,
                body=[
                    f"Tolvan Tolvansson ({EXAMPLE_NUMBER}) ersätter Öckerö kommuns "
                    "representant från januari."
                ],
                decisions=["att välkomna Tolvan Tolvansson till nätverket"],
            ),
        ],
        present=_CORE,
    )
    page.slug = GATE_SLUG
    page.live = False
    network.add_child(instance=page)
    author = get_user_model().objects.filter(username="redaktor").first()
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    report.created(page, f"{page.title} ({GATE_SLUG}, i granskning, med personnummer)")
    return page
