"""The findings of the live site, per organisation, for the administrators' cleanup.

Content published before the check existed, or let through since, may hold personal data;
this lists every live page with a finding, in its live text and attachments.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Page

from networks.models.network_page import NetworkPage
from privacy.check import Checker, check_page


@dataclass
class PageFindings:
    organisation: str
    page: Page
    findings: list


def organisation_of(page, networks):
    """The name of the organisation whose network holds ``page``, nearest first."""
    for network in networks:
        if page.path.startswith(network.path):
            return network.organisation.display_name
    return _("Outside the networks")


def live_findings():
    """A ``PageFindings`` for every live page with a finding, by organisation and title."""
    networks = sorted(
        NetworkPage.objects.select_related("organisation"),
        key=lambda network: -network.depth,
    )
    checker = Checker()
    found = []
    # An alias shows its original's text, which is listed once, as the original.
    pages = Page.objects.live().filter(alias_of__isnull=True).specific()
    for page in pages.iterator(chunk_size=100):
        findings = check_page(page, checker)
        if findings:
            found.append(PageFindings(organisation_of(page, networks), page, findings))
    return sorted(found, key=lambda row: (row.organisation, row.page.title))


def by_organisation(rows):
    """``[(organisation, [PageFindings, ...])]`` in the order of ``rows``."""
    grouped = {}
    for row in rows:
        grouped.setdefault(row.organisation, []).append(row)
    return list(grouped.items())
