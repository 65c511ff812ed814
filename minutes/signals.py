"""Publishing minutes that report on a follow-up closes it, and keeps its anchors true."""

from django.dispatch import receiver
from wagtail.signals import page_published

from minutes.agenda import agenda_item_anchor
from minutes.models.follow_up import PENDING_STATES, FollowUpState
from minutes.models.minutes_page import MinutesPage


def agenda_items_by_id(page):
    return {
        item.get("id"): item["value"] for item in page.agenda.raw_data if item.get("type") == "item"
    }


def close_reported_follow_ups(page, user=None):
    """Mark reported the follow-ups whose report item is on the published ``page``.

    An item the editors removed before publishing reports nothing: its follow-up stays
    open, no longer tied to these minutes.
    """
    items = agenda_items_by_id(page)
    closed = []
    for follow_up in page.reported_follow_ups.filter(state__in=PENDING_STATES):
        value = items.get(follow_up.reported_item_id)
        if value is None:
            follow_up.reported_in = None
            follow_up.reported_item_id = follow_up.reported_anchor = ""
            follow_up.save()
            continue
        follow_up.reported_anchor = agenda_item_anchor(value)
        follow_up.change_state(FollowUpState.REPORTED, user)
        closed.append(follow_up)
    return closed


def refresh_anchors(page):
    """Follow the items of ``page``'s follow-ups to where they now are on the page.

    An editor who renumbers the agenda moves an item's anchor; its block id stays.
    """
    items = agenda_items_by_id(page)
    for follow_up in page.follow_ups.exclude(item_id=""):
        value = items.get(follow_up.item_id)
        if value is not None and agenda_item_anchor(value) != follow_up.anchor:
            follow_up.anchor = agenda_item_anchor(value)[:255]
            follow_up.heading = (value.get("heading") or "")[:255]
            follow_up.save(update_fields=["anchor", "heading"])


@receiver(page_published, sender=MinutesPage)
def close_follow_ups_on_publication(sender, instance, revision=None, **kwargs):
    user = getattr(revision, "user", None) if revision is not None else None
    refresh_anchors(instance)
    close_reported_follow_ups(instance, user)
