"""Follow-ups in a minutes page's API representation: the confirmed ones, in words too.

The responsible is named only (a person's contact details are the register's to publish),
and a proposal of the import is left out until an editor confirms it.
"""

from rest_framework import serializers

from minutes.models.follow_up import FollowUp, FollowUpState, shown_on, worded_on


def responsible_data(follow_up):
    for kind, name in (
        ("person", lambda p: p.name),
        ("organisation", str),
        ("network", lambda n: n.title),
    ):
        responsible = getattr(follow_up, f"responsible_{kind}")
        if responsible is not None:
            return {"kind": kind, "id": responsible.pk, "name": name(responsible)}
    return None


def follow_up_data(follow_up, clause):
    return {
        "id": follow_up.pk,
        "anchor": follow_up.anchor,
        "clause": clause,
        "kind": follow_up.kind,
        "kind_display": str(follow_up.get_kind_display()),
        "state": follow_up.state,
        "state_display": str(follow_up.get_state_display()),
        "responsible": responsible_data(follow_up),
        "due_date": follow_up.due_date and follow_up.due_date.isoformat(),
        "due_next_meeting": follow_up.due_next_meeting,
        "due_meeting_date": follow_up.due_meeting_date and follow_up.due_meeting_date.isoformat(),
        "reported_in": follow_up.reported_in_id if follow_up.state == "reported" else None,
        "reported_anchor": follow_up.reported_anchor if follow_up.state == "reported" else "",
        "dropped_reason": follow_up.dropped_reason if follow_up.state == "dropped" else "",
    }


def attach_follow_ups(pages):
    """Give each of ``pages`` its confirmed follow-ups, as ``(follow_up, clause)``.

    A translation or alias of minutes shows its source's follow-ups, each clause as the
    page words it. One query for all the pages of an API listing.
    """
    follow_ups = (
        FollowUp.objects.exclude(state=FollowUpState.PROPOSED)
        .select_related(
            "minutes",
            "responsible_person",
            "responsible_organisation",
            "responsible_network",
        )
        .order_by("pk")
    )
    shown = {}
    for page, follow_up in shown_on(follow_ups, pages):
        shown.setdefault(page.pk, []).append((follow_up, worded_on(follow_up, page)[1]))
    for page in pages:
        page.api_follow_ups = shown.get(page.pk, [])


class FollowUpsSerializer(serializers.Field):
    """The page's ``follow_ups``, as ``attach_follow_ups`` found them."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        if not hasattr(instance, "api_follow_ups"):
            attach_follow_ups([instance])
        return instance.api_follow_ups

    def to_representation(self, value):
        return [follow_up_data(follow_up, clause) for follow_up, clause in value]
