"""Who may do what to a live minutes page of organisation A, tried through the admin views.

Each action is judged by its effect in the database, not by a status code alone: an
allowed action must have happened, a denied one must have changed nothing.
"""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState

from minutes.models.minutes_page import MinutesPage
from tests.editorial import ROLES, build_editorial_world, minutes_form_data

Y, N = True, False
# role order: anonymous, editor A, approver A, editor B, approver B, translator, administrator
EXPECTED = {
    "view_live": (Y, Y, Y, Y, Y, Y, Y),
    "view_draft": (N, Y, Y, N, N, N, Y),
    "create_child": (N, Y, Y, N, N, N, Y),
    "edit": (N, Y, Y, N, N, N, Y),
    "submit": (N, Y, Y, N, N, N, Y),
    "approve": (N, N, Y, N, N, N, Y),
    "reject": (N, N, Y, N, N, N, Y),
    "publish_directly": (N, N, N, N, N, N, Y),
    "unpublish": (N, N, N, N, N, N, Y),
    "delete": (N, N, N, N, N, N, Y),
    "move": (N, N, N, N, N, N, Y),
    "lock": (N, N, Y, N, N, N, Y),
}


def reload(page):
    return MinutesPage.objects.filter(pk=page.pk).first()


def start_review(world):
    """Put the minutes page in its workflow as editor A would, returning the task state."""
    page = world.minutes
    page.save_revision(user=world.users["editor_a"])
    page.get_workflow().start(page, world.users["editor_a"])
    return reload(page).current_workflow_task_state


def view_live(client, world):
    response = client.get(world.minutes.url)
    return response.status_code == 200 and "Möte i september" in response.text


def view_draft(client, world):
    world.minutes.title = "Ej granskat utkast"
    world.minutes.save_revision(user=world.users["editor_a"])
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[world.minutes.pk]))
    return response.status_code == 200 and "Ej granskat utkast" in response.text


def create_child(client, world):
    url = reverse("wagtailadmin_pages:add", args=["minutes", "minutespage", world.network_a.pk])
    new = MinutesPage(title="Nytt möte", slug="nytt-mote", meeting_date=datetime.date(2025, 3, 7))
    client.post(url, minutes_form_data(new))
    return MinutesPage.objects.filter(slug="nytt-mote").exists()


def edit(client, world):
    url = reverse("wagtailadmin_pages:edit", args=[world.minutes.pk])
    client.post(url, minutes_form_data(world.minutes, title="Rättat utkast"))
    return reload(world.minutes).get_latest_revision_as_object().title == "Rättat utkast"


def submit(client, world):
    url = reverse("wagtailadmin_pages:edit", args=[world.minutes.pk])
    client.post(url, {**minutes_form_data(world.minutes), "action-submit": "Skicka"})
    return reload(world.minutes).workflow_in_progress


def workflow_action(action):
    def act(client, world):
        task_state = start_review(world)
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[world.minutes.pk, action, task_state.pk],
        )
        client.post(url, {"comment": "Kontrollera deltagarlistan."})
        task_state.refresh_from_db()
        expected = TaskState.STATUS_APPROVED if action == "approve" else TaskState.STATUS_REJECTED
        return task_state.status == expected

    act.__name__ = action
    return act


def publish_directly(client, world):
    url = reverse("wagtailadmin_pages:edit", args=[world.minutes.pk])
    client.post(url, {**minutes_form_data(world.minutes, title="Ny titel"), "action-publish": "1"})
    return reload(world.minutes).title == "Ny titel"


def unpublish(client, world):
    client.post(reverse("wagtailadmin_pages:unpublish", args=[world.minutes.pk]))
    return not reload(world.minutes).live


def delete(client, world):
    client.post(reverse("wagtailadmin_pages:delete", args=[world.minutes.pk]))
    return reload(world.minutes) is None


def move(client, world):
    url = reverse(
        "wagtailadmin_pages:move_confirm", args=[world.minutes.pk, world.sub_network_a.pk]
    )
    client.post(url)
    return Page.objects.get(pk=world.minutes.pk).get_parent().pk == world.sub_network_a.pk


def lock(client, world):
    client.post(reverse("wagtailadmin_pages:lock", args=[world.minutes.pk]))
    return reload(world.minutes).locked


ACTIONS = {
    "view_live": view_live,
    "view_draft": view_draft,
    "create_child": create_child,
    "edit": edit,
    "submit": submit,
    "approve": workflow_action("approve"),
    "reject": workflow_action("reject"),
    "publish_directly": publish_directly,
    "unpublish": unpublish,
    "delete": delete,
    "move": move,
    "lock": lock,
}

CASES = [
    pytest.param(role, action, allowed[index], id=f"{role}-{action}")
    for action, allowed in EXPECTED.items()
    for index, role in enumerate(ROLES)
]


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "action", "allowed"), CASES)
def test_permission_matrix(client, role, action, allowed):
    world = build_editorial_world()
    if role != "anonymous":
        client.force_login(world.users[role])
    assert ACTIONS[action](client, world) is allowed
