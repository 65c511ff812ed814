"""Minutes travel from an editor's keyboard to a visitor's search, through the real admin.

The editor writes a meeting's minutes with agenda items, decisions and attendance and
submits them; an approver adjusts (justerar) and then publishes them, the two steps of the
organisation's minutes workflow; a visitor then finds them on the network's page and by
searching for another form of a word in a decision.
"""

import pytest
from wagtail.models import Page

from minutes.models.minutes_page import MinutesPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NETWORK = "/natverk/utbildningschefsnatverket/"
TITLE = "Minnesanteckningar 11 december 2026"
AGENDA = [
    {
        "section": "Beslut",
        "number": "1",
        "heading": "Gemensam plan för fjärrundervisning",
        "presenters": ["Karin Exempel, Lerum"],
        "decisions": [
            "att planen för fjärrundervisning antas",
            "att nätverket följer upp planen i maj 2027",
        ],
    },
    {
        "section": "Information",
        "number": "2",
        "heading": "Lägesbild för lärarförsörjningen",
        "presenters": ["Per Prov, Alingsås"],
        "decisions": [],
    },
]
ATTENDANCE = [
    ("Karin Exempel", "förskola och grundskola", True),
    ("Per Prov", "gymnasieskola", True),
    ("Lisa Lärande", "vuxenutbildning", False),
]


def footer_action(page, selector):
    """A button of the editor's footer, opening the footer's menu when it is inside it."""
    button = page.locator(f"footer {selector}, .footer {selector}").first
    if not button.is_visible():
        page.locator(
            "footer .w-dropdown__toggle.button, .footer .w-dropdown__toggle.button"
        ).click()
    return button


def write_minutes(page, site, network):
    response = page.goto(f"{site}/admin/pages/add/minutes/minutespage/{network.pk}/")
    assert response.status == 200
    page.fill("#id_title", TITLE)
    page.fill("#id_meeting_date", "2026-12-11")
    page.keyboard.press("Escape")
    page.fill("#id_place", "Kommunhuset i Lerum")

    # The panel's id holds its tab's heading in the language the form was first built in.
    agenda = page.locator("[id^='panel-child-'][id$='-agenda-content']")
    for index, item in enumerate(AGENDA):
        agenda.locator(".c-sf-add-button").last.click()
        prefix = f"#agenda-{index}-value"
        page.fill(f"{prefix}-section", item["section"])
        page.fill(f"{prefix}-number", item["number"])
        page.fill(f"{prefix}-heading", item["heading"])
        for field in ("presenters", "decisions"):
            for position, text in enumerate(item[field]):
                # A list has an add button before its first entry and after each entry.
                count = f"input[name='agenda-{index}-value-{field}-count']"
                add = f"following::button[@data-streamfield-list-add][{position + 1}]"
                page.locator(count).locator(f"xpath={add}").click()
                page.fill(f"{prefix}-{field}-{position}-value", text)

    for index, (name, area, present) in enumerate(ATTENDANCE):
        page.click("#id_attendees-ADD")
        page.fill(f"#id_attendees-{index}-name", name)
        page.fill(f"#id_attendees-{index}-area", area)
        page.set_checked(f"#id_attendees-{index}-present", present)

    footer_action(page, "button[name=action-submit]").click()
    page.wait_for_url(f"{site}/admin/pages/{network.pk}/")


def approve(page, site, minutes):
    page.goto(f"{site}/admin/pages/{minutes.pk}/edit/")
    with page.expect_navigation():
        footer_action(page, "button[data-workflow-action-name=approve]").click()


def test_minutes_written_submitted_adjusted_published_and_found(sign_in, site, page):
    network = Page.objects.get(url_path="/samverkan" + NETWORK)

    write_minutes(sign_in("redaktor"), site, network)
    minutes = MinutesPage.objects.child_of(network).get(title=TITLE)
    assert not minutes.live
    draft = minutes.get_latest_revision_as_object()
    assert [item.value["heading"] for item in draft.agenda] == [i["heading"] for i in AGENDA]
    assert [clause for _, clause in draft.decisions()] == AGENDA[0]["decisions"]
    assert [(a.name, a.area, a.present) for a in draft.attendees.all()] == ATTENDANCE
    state = minutes.current_workflow_state
    assert state.workflow.tasks.count() == 2
    assert state.current_task_state.task.specific == state.workflow.tasks.first().specific

    approver = sign_in("granskare")
    approve(approver, site, minutes)
    minutes.refresh_from_db()
    assert not minutes.live, "adjusting the minutes does not publish them"
    assert minutes.current_workflow_state.current_task_state.task.specific == (
        minutes.current_workflow_state.workflow.tasks.last().specific
    )
    approve(approver, site, minutes)
    minutes.refresh_from_db()
    assert minutes.live

    # A visitor, signed in nowhere, finds them among the network's minutes, and by another
    # form of a word in a decision.
    page.goto(site + NETWORK)
    page.get_by_role("link", name=TITLE).click()
    assert page.locator("h1").inner_text() == TITLE
    main = page.locator("main")
    # Each decision once in its agenda item, and once among the decisions at a glance.
    at_a_glance = page.locator("section[aria-labelledby=decisions-at-a-glance]")
    for decision in AGENDA[0]["decisions"]:
        assert page.locator("#agenda").locator("..").get_by_text(decision).count() == 1
        assert at_a_glance.get_by_text(decision).count() == 1
    assert "Lisa Lärande" in main.inner_text()

    page.locator("#site-search").fill("fjärrundervisningen")
    page.locator("#site-search").press("Enter")
    page.locator(".search-results").get_by_role("link", name=TITLE).click()
    assert page.locator("h1").inner_text() == TITLE
