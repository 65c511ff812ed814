"""The report of personal data already on the live site, per organisation."""

import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from tests.editorial import build_editorial_world
from tests.factories import MinutesPageFactory
from tests.personal_data import identity_number

NUMBER = identity_number("911224", century="19")


@pytest.fixture
def world(db):
    world = build_editorial_world()
    live = MinutesPageFactory(
        parent=world.network_a, title="Publicerat med nummer", opening=f"<p>{NUMBER}</p>"
    )
    live.save_revision().publish()
    MinutesPageFactory(
        parent=world.network_b, title="Utkast med nummer", opening=f"<p>{NUMBER}</p>", live=False
    )
    return world


def test_the_command_lists_live_findings_per_organisation_masked(world):
    out = io.StringIO()
    call_command("personal_data_report", stdout=out)
    printed = out.getvalue()
    assert "GR" in printed and "Publicerat med nummer" in printed
    assert "19911224-****" in printed
    assert "Utkast med nummer" not in printed
    assert NUMBER not in printed and NUMBER.replace("-", "") not in printed


def test_the_admin_report_is_for_administrators_only(world):
    client = Client()
    client.force_login(world.users["administrator"])
    shown = client.get(reverse("privacy_report"))
    assert shown.status_code == 200
    content = shown.content.decode()
    assert "Publicerat med nummer" in content and "19911224-****" in content
    assert NUMBER not in content
    for role in ("approver_a", "editor_a"):
        client.force_login(world.users[role])
        refused = client.get(reverse("privacy_report"))
        assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
