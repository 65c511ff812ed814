"""The personal-data gate: approval and scheduled publication wait for findings to go."""

import datetime
import io
import json
import logging
import re

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, PageLogEntry, TaskState
from wagtail.test.utils.form_data import rich_text

from minutes.models.minutes_page import MinutesPage
from privacy.gate import HELD_ACTION, OVERRIDE_ACTION
from privacy.models import FindingOverride
from tests.editorial import build_editorial_world, make_user, minutes_form_data
from tests.factories import DocumentFactory, MinutesPageFactory, agenda_item
from tests.fixtures.importers.builders import docx_bytes, pdf_bytes
from tests.personal_data import identity_number, wrong_check_digit
from tests.search_relevance.harness import pptx_bytes

NUMBER = identity_number("850709", century="19")
INVALID = wrong_check_digit("850709")


@pytest.fixture
def world(db):
    world = build_editorial_world()
    approvers = world.users["approver_a"].groups.get()
    world.users["publisher_a"] = make_user("publicerare-a", approvers)
    return world


def submit_minutes(client, world, opening, *, action="action-submit", **fields):
    url = reverse("wagtailadmin_pages:add", args=["minutes", "minutespage", world.network_a.pk])
    new = MinutesPage(title="Möte i maj", slug="mote-maj", meeting_date=datetime.date(2025, 5, 3))
    data = minutes_form_data(new, opening=rich_text(opening), **fields)
    client.force_login(world.users["editor_a"])
    client.post(url, {**data, action: "1"} if action else data)
    return MinutesPage.objects.get(slug="mote-maj")


def approve(client, world, page, user):
    client.force_login(world.users[user])
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    task_state.refresh_from_db()
    return response, task_state


def actions_of(world, page, user):
    task = Page.objects.get(pk=page.pk).current_workflow_task
    return {name for name, _label, _modal in task.get_actions(page, world.users[user])}


def override_url(page):
    return reverse("privacy_override", args=[page.pk])


def test_a_valid_number_holds_the_minutes_in_adjustment(client, world):
    page = submit_minutes(client, world, f"<p>Gäst: Eva Holm, {NUMBER}</p>")
    assert actions_of(world, page, "approver_a") == {"reject"}
    response, task_state = approve(client, world, page, "approver_a")
    # Refused as the admin refuses: back to the dashboard.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not MinutesPage.objects.get(pk=page.pk).live


def test_an_invalid_number_goes_through_both_steps(client, world):
    page = submit_minutes(
        client, world, f"<p>Faktura {INVALID}, 4{NUMBER[2:].replace('-', '')}1</p>"
    )
    assert "approve" in actions_of(world, page, "approver_a")
    approve(client, world, page, "approver_a")
    approve(client, world, page, "publisher_a")
    assert MinutesPage.objects.get(pk=page.pk).live


def test_an_approval_sent_before_the_number_came_is_not_carried_out(client, world):
    page = submit_minutes(client, world, "<p>Inget personligt.</p>")
    client.force_login(world.users["approver_a"])
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    # The editor's change lands between the approver's look and their click.
    page.opening = f"<p>{NUMBER}</p>"
    page.save_revision()
    task_state.task.specific.on_action(task_state, world.users["approver_a"], "approve")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.parametrize("role", ["editor_a", "approver_b", "editor_b", "translator"])
def test_only_the_pages_approvers_may_override(client, world, role):
    page = submit_minutes(client, world, f"<p>{NUMBER}</p>")
    client.force_login(world.users[role])
    response = client.post(override_url(page), {"reason": "Personen har gett sitt samtycke."})
    assert response.url == reverse("wagtailadmin_home")
    assert not FindingOverride.objects.exists()
    assert client.get(override_url(page)).url == reverse("wagtailadmin_home")


def test_an_override_needs_a_reason(client, world):
    page = submit_minutes(client, world, f"<p>{NUMBER}</p>")
    client.force_login(world.users["approver_a"])
    response = client.post(override_url(page), {"reason": "  "})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not FindingOverride.objects.exists()
    assert actions_of(world, page, "approver_a") == {"reject"}


def test_an_approver_overrides_with_a_reason_logged_masked_and_then_approves(client, world, caplog):
    page = submit_minutes(client, world, f"<p>Exempel i utbildningen: {NUMBER}</p>")
    client.force_login(world.users["approver_a"])
    shown = client.get(override_url(page))
    assert "19850709-****" in shown.content.decode()
    assert NUMBER not in shown.content.decode()
    with caplog.at_level(logging.INFO):
        response = client.post(override_url(page), {"reason": "Ett påhittat exempelnummer."})
    assert response.status_code == 302
    entry = PageLogEntry.objects.get(page=page, action=OVERRIDE_ACTION)
    assert entry.user == world.users["approver_a"]
    assert entry.data["reason"] == "Ett påhittat exempelnummer."
    assert entry.data["findings"][0]["masked"] == "19850709-****"
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "19850709-****" in history and "Ett påhittat exempelnummer." in history

    approve(client, world, page, "approver_a")
    approve(client, world, page, "publisher_a")
    assert MinutesPage.objects.get(pk=page.pk).live
    assert_no_full_number(caplog.text)


def assert_no_full_number(log_text):
    stored = io.StringIO()
    call_command(
        "dumpdata",
        "privacy",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.taskstate",
        "wagtailcore.workflowstate",
        stdout=stored,
    )
    for written in (NUMBER, NUMBER.replace("-", ""), NUMBER[2:], NUMBER[2:].replace("-", "")):
        assert written not in stored.getvalue()
        assert written not in log_text


def test_a_scheduled_publication_with_a_finding_waits_until_it_is_let_through(
    client, world, caplog
):
    go_live = timezone.now() + datetime.timedelta(days=1)
    page = MinutesPageFactory(
        parent=world.network_a, title="Planerat", opening=f"<p>{NUMBER}</p>", live=False
    )
    page.go_live_at = go_live
    # An administrator, who holds "publish", schedules it past the workflow.
    page.save_revision(user=world.users["administrator"]).publish(user=world.users["administrator"])
    assert MinutesPage.objects.get(pk=page.pk).scheduled_revision is not None

    with (
        time_machine.travel(go_live + datetime.timedelta(minutes=1)),
        caplog.at_level(logging.INFO),
    ):
        call_command("publish_scheduled")
        call_command("publish_scheduled")
    assert not MinutesPage.objects.get(pk=page.pk).live
    assert PageLogEntry.objects.filter(page=page, action=HELD_ACTION).count() == 1
    assert "19850709-****" in caplog.text and "waits" in caplog.text

    client.force_login(world.users["approver_a"])
    client.post(override_url(page), {"reason": f"Numret {NUMBER} är påhittat för en övning."})
    assert FindingOverride.objects.get().reason == "Numret 19850709-**** är påhittat för en övning."
    with time_machine.travel(go_live + datetime.timedelta(minutes=2)):
        call_command("publish_scheduled")
    assert MinutesPage.objects.get(pk=page.pk).live
    assert_no_full_number(caplog.text)


def test_the_editor_is_told_on_save_and_on_opening_where_the_finding_is(client, world):
    page = submit_minutes(client, world, "<p>Inget ännu.</p>", action=None)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = minutes_form_data(page, opening=rich_text(f"<p>Ny deltagare {NUMBER}</p>"))
    saved = client.post(url, data, follow=True).content.decode()
    assert "19850709-****" in saved and NUMBER not in saved.split("<form")[0]
    opened = client.get(url).content.decode()
    message = opened.split('class="messages"', 1)[1].split("</li>", 1)[0]
    # Where it is: the field, by its label in the editor's language.
    assert "19850709-****" in message and "fältet ”Inledning”" in message
    assert override_url(page) not in opened
    client.force_login(world.users["approver_a"])
    assert override_url(page) in client.get(url).content.decode()


@pytest.mark.parametrize(
    ("name", "data", "blocks"),
    [
        ("deltagare.docx", docx_bytes(f"Deltagare\nEva Holm\t{NUMBER}"), True),
        ("deltagare.pptx", pptx_bytes(["Välkomna", f"Eva Holm {NUMBER}"]), True),
        ("deltagare.pdf", pdf_bytes(f"Eva Holm {NUMBER}"), True),
        ("faktura.pdf", pdf_bytes(f"Faktura 4{NUMBER.replace('-', '')}1, {INVALID}"), False),
    ],
)
def test_an_attachment_with_a_valid_number_holds_approval(client, world, name, data, blocks):
    document = DocumentFactory(title=name, file=ContentFile(data, name=name))
    page = MinutesPageFactory(
        parent=world.network_a,
        title="Med bilaga",
        agenda=[agenda_item(1, "Deltagarlista", attachments=[document])],
        live=False,
    )
    page.save_revision(user=world.users["editor_a"])
    page.get_workflow().start(page, world.users["editor_a"])
    _response, task_state = approve(client, world, page, "approver_a")
    approved = task_state.status == TaskState.STATUS_APPROVED
    assert approved is not blocks


def preview_checks(client, page, opening):
    """The content checks' configuration the preview panel gets for the text as written."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    client.post(url, minutes_form_data(page, opening=rich_text(opening)))
    html = client.get(url, {"in_preview_panel": "true"}).content.decode()
    config = re.search(r'id="checker-axe-configuration"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(config[1])


def test_the_preview_panel_lists_findings_among_the_content_checks(client, world):
    page = submit_minutes(client, world, "<p>Inget ännu.</p>", action=None)
    with translation.override("en"):
        config = preview_checks(client, page, f"<p>Ny deltagare {NUMBER}, ej sparat</p>")
    rules = [rule for rule in config["spec"]["rules"] if rule["id"].startswith("samverkan")]
    assert len(rules) == 1 and rules[0]["id"] in config["options"]["runOnly"]
    message = config["messages"][rules[0]["id"]]["error_name"]
    assert "19850709-****" in message and "Inledning" in message
    assert NUMBER not in json.dumps(config)
    # Wagtail's own checks stay, and an invalid number adds none.
    assert "alt-text-quality" in config["options"]["runOnly"]
    config = preview_checks(client, page, f"<p>Faktura {INVALID}</p>")
    assert not [rule for rule in config["spec"]["rules"] if rule["id"].startswith("samverkan")]


def axe_configuration(html):
    config = re.search(r'id="checker-axe-configuration"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(config[1])


def our_rules(config):
    return {rule["id"]: rule for rule in config["spec"]["rules"] if rule["id"].startswith("samv")}


def test_the_editors_checks_panel_asks_for_the_findings_of_the_page_as_opened(client, world):
    """The "Checks" panel runs axe with the editor's configuration, not the preview's."""
    page = submit_minutes(client, world, f"<p>Gäst: Eva Holm, {NUMBER}</p>", action=None)
    with translation.override("en"):
        html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    config = axe_configuration(html)
    rules = our_rules(config)
    assert len(rules) == 1 and set(rules) <= set(config["options"]["runOnly"])
    assert "19850709-****" in config["messages"][next(iter(rules))]["error_name"]
    assert NUMBER not in json.dumps(config)


def test_the_preview_knows_the_rules_the_editor_asks_for_once_written_away(client, world):
    """Axe fails in the frame on a rule it does not know; a removed finding applies to nothing."""
    page = submit_minutes(client, world, f"<p>Gäst: Eva Holm, {NUMBER}</p>", action=None)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    asked = our_rules(axe_configuration(html))
    still = our_rules(preview_checks(client, page, f"<p>Gäst: Eva Holm, {NUMBER}</p>"))
    gone = our_rules(preview_checks(client, page, "<p>Gäst: Eva Holm</p>"))
    assert set(asked) == set(still) == set(gone)
    assert {rule["selector"] for rule in still.values()} == {"body"}
    assert not any(rule["selector"] == "body" for rule in gone.values())
