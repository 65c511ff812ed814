"""The personal-data gate as an approver meets it in the real admin, on the demo's draft.

The demo's minutes in review name a person by an identity number (see
``demo.personal_data``): the approver is told where it is when the editor opens, is offered
no "Approve", and finds the finding among the preview panel's content checks, masked.
"""

import pytest
from playwright.sync_api import expect

from demo.personal_data import EXAMPLE_NUMBER, GATE_SLUG
from minutes.models.minutes_page import MinutesPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MASKED = EXAMPLE_NUMBER[:9] + "****"


def test_the_approver_sees_the_finding_masked_and_no_approve(sign_in, site):
    minutes = MinutesPage.objects.get(slug=GATE_SLUG, locale__language_code="sv")
    page = sign_in("granskare")

    page.goto(f"{site}/admin/pages/{minutes.pk}/edit/")
    messages = page.locator(".messages")
    expect(messages).to_contain_text(MASKED)
    assert page.locator("button[data-workflow-action-name=approve]").count() == 0

    page.locator("[data-side-panel-toggle=checks]").click()
    checks = page.locator("[data-side-panel=checks]")
    # axe runs in the preview once it has loaded: slowly on a busy machine.
    finding = checks.locator("[data-content-checker-name]", has_text=MASKED)
    expect(finding.first).to_be_visible(timeout=60_000)
    assert EXAMPLE_NUMBER not in messages.inner_text() + checks.inner_text()
