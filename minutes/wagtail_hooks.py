from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from minutes.follow_up_admin import follow_up_viewset
from minutes.follow_up_bulk import FollowUpBulkStateView
from minutes.follow_up_permissions import FollowUpPermissionPolicy
from minutes.models.follow_up import FollowUp

# Before the viewset asks for it, as Wagtail would otherwise make a model-wide one.
register_permission_policy(FollowUp, FollowUpPermissionPolicy(FollowUp), exact_class=True)


@hooks.register("register_admin_viewset")
def register_follow_up_viewset():
    return follow_up_viewset


@hooks.register("register_admin_urls")
def register_follow_up_bulk_state_url():
    return [
        path(
            "follow_ups/bulk-state/",
            FollowUpBulkStateView.as_view(),
            name="follow_ups_bulk_state",
        )
    ]
