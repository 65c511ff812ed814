"""The decision register's filters in the API: minutes by their follow-ups.

Kept apart from the serializer, which the minutes model loads before Wagtail's API can be.
"""

import re

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from minutes.models.follow_up import FollowUp, FollowUpState

# The decision register's own filters, by the same values: ``?follow_up_state=open``
# (or ``none``: minutes with no follow-up), ``?follow_up_responsible=person-3``.
STATE_PARAMETER = "follow_up_state"
RESPONSIBLE_PARAMETER = "follow_up_responsible"
WITHOUT_FOLLOW_UP = "none"
RESPONSIBLE_KEY = re.compile(r"(person|organisation|network)-([1-9][0-9]{0,9})")


class FollowUpFilter(BaseFilterBackend):
    """Pages whose decisions have a follow-up in a state, or owed by someone.

    A translation of minutes answers as its source does: follow-ups hang on the source's
    items, and every translation shares the source's translation key.
    """

    def filter_queryset(self, request, queryset, view):
        state = request.GET.get(STATE_PARAMETER)
        responsible = request.GET.get(RESPONSIBLE_PARAMETER)
        if state is None and responsible is None:
            return queryset
        follow_ups = FollowUp.objects.exclude(state=FollowUpState.PROPOSED)
        if responsible is not None:
            follow_ups = follow_ups.filter(**responsible_lookup(responsible))
        if state == WITHOUT_FOLLOW_UP:
            if responsible is not None:
                return queryset.none()  # Nobody owes what no follow-up promises.
            return queryset.exclude(translation_key__in=keys_of(follow_ups))
        if state is not None:
            follow_ups = follow_ups.filter(state=checked_state(state))
        return queryset.filter(translation_key__in=keys_of(follow_ups))


def keys_of(follow_ups):
    return follow_ups.values("minutes__translation_key")


def checked_state(state):
    states = [value for value in FollowUpState.values if value != FollowUpState.PROPOSED]
    if state not in states:
        named = ", ".join([*states, WITHOUT_FOLLOW_UP])
        raise BadRequestError(f"{STATE_PARAMETER} must be one of: {named}")
    return state


def responsible_lookup(key):
    match = RESPONSIBLE_KEY.fullmatch(key)
    if match is None:
        raise BadRequestError(
            f"{RESPONSIBLE_PARAMETER} must be person-N, organisation-N or network-N"
        )
    kind, pk = match.groups()
    return {f"responsible_{kind}_id": int(pk)}
