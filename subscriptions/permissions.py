from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from core.access_policy import may_keep_subscribers


class SubscriberPermissionPolicy(BasePermissionPolicy):
    """Administrators alone see, export and erase subscribers; nobody adds one by hand.

    An address is added only by its owner's confirmation (double opt-in).
    """

    def user_has_permission(self, user, action):
        return action != "add" and may_keep_subscribers(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
