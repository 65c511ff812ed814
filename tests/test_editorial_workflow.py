"""Minutes from draft, through adjustment and publication approval, to live; and back again."""

import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage
from tests.editorial import build_editorial_world, make_user, minutes_form_data


@pytest.fixture
def world(db):
    world = build_editorial_world()
    # A second approver: the one who adjusts is told nothing about their own action.
    approvers = world.users["approver_a"].groups.get()
    world.users["publisher_a"] = make_user("publicerare-a", approvers)
    return world


def act_on_task(client, page, action, comment=""):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    client.post(url, {"comment": comment})
    return task_state


def create_and_submit_minutes(client, world, **fields):
    """An editor writes new minutes with agenda and attendance and submits them."""
    url = reverse("wagtailadmin_pages:add", args=["minutes", "minutespage", world.network_a.pk])
    decisions = {"count": 2}
    for index, clause in enumerate(("att anta mötestiderna", "att följa upp antagningen")):
        decisions[str(index)] = {"value": clause, "deleted": "", "order": str(index), "id": ""}
    agenda_item = {
        "section": "Beslut",
        "number": "1",
        "heading": "Mötestider för nästa år",
        "presenters": {"count": 0},
        "body": rich_text("<p>Ordföranden föredrog förslaget.</p>"),
        "decisions": decisions,
        "schedule": {"count": 0},
        "attachments": {"count": 0},
        "follow_up": "",
    }
    attendees = inline_formset(
        [
            {"person": "", "name": "Maja Exempel", "organisation": "", "area": "", "role": "chair"},
            {"person": "", "name": "Olle Exempel", "organisation": "", "area": "", "role": ""},
        ]
    )
    attendees["0"]["present"] = "on"
    new = MinutesPage(
        title="Möte i oktober", slug="mote-oktober", meeting_date=datetime.date(2025, 10, 3)
    )
    data = minutes_form_data(
        new, agenda=streamfield([("item", agenda_item)]), attendees=attendees, **fields
    )
    client.force_login(world.users["editor_a"])
    client.post(url, {**data, "action-submit": "1"})
    return MinutesPage.objects.get(slug="mote-oktober")


def recipients(subject_part):
    return sorted(
        address
        for message in mail.outbox
        if subject_part in message.subject
        for address in message.to
    )


def test_minutes_go_through_adjustment_then_publication_to_live(client, world):
    page = create_and_submit_minutes(client, world)
    assert not page.live
    assert page.current_workflow_task.name == "GR – justering"
    assert [a.display_name for a in page.get_latest_revision_as_object().attendees.all()] == [
        "Maja Exempel",
        "Olle Exempel",
    ]
    assert recipients("GR – justering") == ["granskare-a@example.org", "publicerare-a@example.org"]
    mail.outbox.clear()

    client.force_login(world.users["approver_a"])
    act_on_task(client, page, "approve")
    page.refresh_from_db()
    assert not page.live, "adjustment alone must not publish"
    assert page.current_workflow_task.name == "GR – publicering"
    assert recipients("GR – publicering") == ["publicerare-a@example.org"]
    mail.outbox.clear()

    client.force_login(world.users["publisher_a"])
    act_on_task(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.decisions()[1][1] == "att följa upp antagningen"
    assert [message.to for message in mail.outbox] == [["redaktor-a@example.org"]]
    # Recipients read e-mail in their admin language, Swedish by default.
    subject = 'Sidan "Möte i oktober" har blivit godkänd i "GR – minnesanteckningar".'
    assert mail.outbox[0].subject == subject
    assert client.get(page.url).status_code == 200

    actions = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", "redaktor-a") in actions
    assert ("wagtail.workflow.approve", "granskare-a") in actions
    assert ("wagtail.workflow.approve", "publicerare-a") in actions
    assert ("wagtail.publish", "publicerare-a") in actions


def test_rejection_returns_minutes_with_the_comment_and_resubmission_resumes(client, world):
    page = create_and_submit_minutes(client, world)
    mail.outbox.clear()

    client.force_login(world.users["approver_a"])
    rejected = act_on_task(client, page, "reject", comment="Närvarolistan saknar två namn.")
    rejected.refresh_from_db()
    assert rejected.status == TaskState.STATUS_REJECTED
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [message.to for message in mail.outbox] == [["redaktor-a@example.org"]]
    assert "Närvarolistan saknar två namn." in mail.outbox[0].body

    client.force_login(world.users["editor_a"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "Närvarolistan saknar två namn." in client.get(edit_url).text
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).text
    assert "Närvarolistan saknar två namn." in history or "avvisa" in history.lower()

    mail.outbox.clear()
    page = MinutesPage.objects.get(pk=page.pk)
    resubmitted = page.get_latest_revision_as_object()
    client.post(
        edit_url,
        {**minutes_form_data(resubmitted, title="Möte i oktober, rättat"), "action-submit": "1"},
    )
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.current_workflow_task.name == "GR – justering"
    assert recipients("GR – justering") == ["granskare-a@example.org", "publicerare-a@example.org"]
    assert not page.live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.reject").exists()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.resume").exists()


def test_other_pages_take_a_single_review_step(client, world):
    from tests.factories import ConferencePageFactory

    conference = ConferencePageFactory(parent=world.network_a, live=False)
    conference.save_revision(user=world.users["editor_a"])
    workflow = conference.get_workflow()
    assert [task.name for task in workflow.tasks] == ["GR – granskning"]
    workflow.start(conference, world.users["editor_a"])

    client.force_login(world.users["approver_a"])
    act_on_task(client, conference, "approve")
    assert ConferencePage.objects.get(pk=conference.pk).live


def test_dashboard_shows_approvers_what_awaits_their_review(client, world):
    page = create_and_submit_minutes(client, world)
    client.force_login(world.users["approver_a"])
    assert page.title in client.get(reverse("wagtailadmin_home")).text
    client.force_login(world.users["approver_b"])
    assert page.title not in client.get(reverse("wagtailadmin_home")).text


def test_approved_minutes_with_a_go_live_date_wait_for_the_scheduler(client, world):
    go_live = timezone.now() + datetime.timedelta(days=2)
    page = create_and_submit_minutes(client, world, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    for user in ("approver_a", "publisher_a"):
        client.force_login(world.users[user])
        act_on_task(client, page, "approve")
    page.refresh_from_db()
    assert not page.live
    assert page.scheduled_revision is not None

    call_command("publish_scheduled")
    assert not MinutesPage.objects.get(pk=page.pk).live, "published before its time"
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    assert MinutesPage.objects.get(pk=page.pk).live


def test_expired_pages_are_unpublished_by_the_scheduler(world):
    page = world.minutes
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired


def test_stock_moderators_cannot_publish_past_an_organisations_workflow(client, world):
    """Wagtail's own Moderators group ships with "publish" on the root; setup_roles takes it."""
    from django.contrib.auth.models import Group

    call_command("setup_roles", stdout=io.StringIO())
    moderator = make_user("moderator", Group.objects.get(name="Moderators"))
    page = world.minutes.specific
    page.title = "Ändrad rubrik"
    page.save_revision(user=world.users["editor_a"])

    client.force_login(moderator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**minutes_form_data(page), "action-publish": "publish"},
    )
    assert response.status_code in (200, 302, 403)
    assert MinutesPage.objects.get(pk=page.pk).title != "Ändrad rubrik"
    assert not page.permissions_for_user(moderator).can_publish()
