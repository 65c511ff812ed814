"""The register's snippet views, asking the permission policy about each entry.

Wagtail's generic views check a snippet's model permission only; these also ask about
the entry itself, so that an organisation's editors reach only the entries it keeps.
"""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import snippets


class EntryPermissionMixin:
    """Refuses the view when the policy refuses its action on the entry itself."""

    def get_object(self, *args, **kwargs):
        entry = super().get_object(*args, **kwargs)
        actions = [self.permission_required] if self.permission_required else []
        actions = actions or list(self.any_permission_required or ())
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, actions, entry
        ):
            raise PermissionDenied
        return entry


class RegisterEditView(EntryPermissionMixin, snippets.EditView):
    pass


class RegisterDeleteView(EntryPermissionMixin, snippets.DeleteView):
    pass


class RegisterHistoryView(EntryPermissionMixin, snippets.HistoryView):
    pass


class RegisterUsageView(EntryPermissionMixin, snippets.UsageView):
    pass


class RegisterIndexView(snippets.IndexView):
    """Lists every entry; offers to edit or delete only those the user may."""

    def get_base_queryset(self):
        # Each row asks who keeps it.
        return super().get_base_queryset().select_related("owner")

    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.user_has_permission_for_instance("delete", instance):
            return super().get_delete_url(instance)
        return None
