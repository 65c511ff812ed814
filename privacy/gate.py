"""The gate: a page with personal data waits until the finding is gone or let through.

Findings of the first kinds (identity and coordination numbers, private contact details)
hold a page back from approval in its workflow and from a scheduled go-live; an approver
of the page's organisation may let a finding through with a written reason, which is
logged in the page's history and in the site's log, masked like everything else here.
"""

import logging

from django.core.cache import cache
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import PageLogEntry

from privacy.check import check_page
from privacy.identity_numbers import mask_identity_numbers
from privacy.models import FindingOverride

logger = logging.getLogger(__name__)

OVERRIDE_ACTION = "samverkan.personal_data.override"
HELD_ACTION = "samverkan.personal_data.held"
# A revision never changes, but the documents it attaches may: the cache only spares the
# admin's listings a check per row; approving and publishing always check afresh.
CACHE_KEY = "privacy:revision:{pk}"
CACHE_SECONDS = 600


def revision_findings(revision, *, fresh=False):
    key = CACHE_KEY.format(pk=revision.pk)
    findings = None if fresh else cache.get(key)
    if findings is None:
        findings = check_page(revision.as_object())
        cache.set(key, findings, CACHE_SECONDS)
    return findings


def page_findings(page, revision=None, *, fresh=False):
    """Every finding in ``revision`` of ``page``, by default its latest text."""
    revision = revision or page.get_latest_revision()
    if revision is None:
        return check_page(page.specific)
    return revision_findings(revision, fresh=fresh)


def overridden(page):
    return set(
        FindingOverride.objects.filter(page_id=page.pk).values_list("fingerprint", flat=True)
    )


def open_findings(page, revision=None, *, fresh=False):
    """The findings that hold ``page`` back: blocking ones no approver has let through."""
    let_through = overridden(page)
    return [
        finding
        for finding in page_findings(page, revision, fresh=fresh)
        if finding.blocking and finding.fingerprint not in let_through
    ]


def may_approve(page, *, fresh=False):
    return not open_findings(page, fresh=fresh)


def described(findings):
    return [{"kind": f.kind, "masked": f.masked, "place": f.place} for f in findings]


@transaction.atomic
def override_findings(page, user, reason):
    """Let the page's open findings through, for ``reason``; returns them.

    The caller has asked the access policy whether ``user`` may. A number written in the
    reason itself is masked like the findings.
    """
    reason = mask_identity_numbers(reason)
    findings = open_findings(page, fresh=True)
    for finding in findings:
        FindingOverride.objects.get_or_create(
            page_id=page.pk,
            fingerprint=finding.fingerprint,
            defaults={
                "kind": finding.kind,
                "masked": finding.masked,
                "place": finding.place[:500],
                "reason": reason,
                "user": user,
            },
        )
    if findings:
        log(
            instance=page,
            action=OVERRIDE_ACTION,
            user=user,
            data={"findings": described(findings), "reason": reason},
        )
        logger.info(
            "Personal data on page %s let through by user %s: %s. Reason: %s",
            page.pk,
            user.pk,
            "; ".join(f"{f.masked} ({f.place})" for f in findings),
            reason,
        )
    return findings


def hold_scheduled_publication(page, revision):
    """Whether the scheduled go-live of ``revision`` must wait; logs that it does."""
    findings = open_findings(page, revision, fresh=True)
    if not findings:
        return False
    logger.warning(
        "Scheduled publication of page %s (revision %s) waits for personal data to be "
        "removed or let through: %s",
        page.pk,
        revision.pk,
        "; ".join(f"{f.masked} ({f.place})" for f in findings),
    )
    already = PageLogEntry.objects.filter(
        page_id=page.pk, action=HELD_ACTION, revision_id=revision.pk
    ).exists()
    if not already:
        log(
            instance=page,
            action=HELD_ACTION,
            revision=revision,
            data={"findings": described(findings)},
        )
    return True
