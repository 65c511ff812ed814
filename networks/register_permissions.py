"""Wagtail's permission policy for the register: model permissions, per keeping organisation.

The admin's snippet views, bulk actions and API ask the policy registered for a model;
this one answers as ``core.access_policy`` does, so that every door gives one answer.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

from core.access_policy import (
    OPEN_REGISTER_ACTIONS,
    may_act_on_register_entry,
    register_entries_kept_by,
)


class RegisterPermissionPolicy(ModelPermissionPolicy):
    """Anyone with the model permission reads and chooses; only the keeper changes."""

    def user_has_permission_for_instance(self, user, action, instance):
        return may_act_on_register_entry(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        entries = super().instances_user_has_any_permission_for(user, actions)
        if any(
            action in OPEN_REGISTER_ACTIONS and self.user_has_permission(user, action)
            for action in actions
        ):
            return entries
        return register_entries_kept_by(user, entries)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        if set(actions) & OPEN_REGISTER_ACTIONS:
            return users
        allowed = [
            user.pk
            for user in users
            if any(may_act_on_register_entry(user, action, instance) for action in actions)
        ]
        return get_user_model().objects.filter(pk__in=allowed)
