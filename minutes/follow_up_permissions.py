"""Wagtail's permission policy for follow-ups, answering as ``core.access_policy`` does.

Follow-ups carry no model permissions of their own: being an editor or approver of a
network's organisation is what lets one keep that network's follow-ups.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from core.access_policy import (
    follow_ups_kept_by,
    is_administrator,
    may_change_follow_up,
    may_delete_follow_up,
    may_keep_follow_ups,
)

KEEPER_ACTIONS = {"view", "add", "change"}


class FollowUpPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if is_administrator(user):
            return True
        return action in KEEPER_ACTIONS and may_keep_follow_ups(user)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete":
            return may_delete_follow_up(user, instance)
        if is_administrator(user):
            return True
        return action in KEEPER_ACTIONS and may_change_follow_up(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return self.model.objects.none()
        return follow_ups_kept_by(user, self.model.objects.all())

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_with_any_permission(actions)
