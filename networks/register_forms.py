"""The register's edit forms: who keeps an entry, and who decides what of it is public.

A field the user may not change is shown disabled, and a POST that changes it anyway is
refused with a message rather than ignored, so that nobody believes a change was made.
"""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.access_policy import (
    APPROVERS,
    is_administrator,
    may_publish_contact_details,
    organisation_keys,
    register_keeper_keys,
)

CONSENT_FIELD = "contact_details_public"
PUBLIC_DETAIL_FIELDS = ("email", "phone")
CONSENT_REFUSED = _(
    "Only an approver of the organisation keeping this person may decide whether their "
    "contact details are public."
)
PUBLIC_DETAILS_REFUSED = _(
    "These contact details are public, so only an approver of the organisation keeping "
    "this person may change them."
)


def one_per_organisation(organisations, keys, locale_id, current_id):
    """A row for each organisation of ``keys``: the current one, else in ``locale_id``."""
    rows = {}
    ranked = sorted(
        organisations.filter(translation_key__in=keys),
        key=lambda row: (row.pk != current_id, row.locale_id != locale_id, row.pk),
    )
    for row in ranked:
        rows.setdefault(row.translation_key, row)
    return organisations.filter(pk__in=[row.pk for row in rows.values()])


class RegisterEntryForm(WagtailAdminModelForm):
    """Administrators choose any keeper; editors keep entries for their own organisations.

    An editor of one organisation keeps every new entry for it, without a choice to make;
    an editor of several picks one of them.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if "owner" in self.fields and user is not None and not is_administrator(user):
            self.limit_keeper_to_own_organisations(register_keeper_keys(user))

    def limit_keeper_to_own_organisations(self, keys):
        field = self.fields["owner"]
        entry = self.instance
        field.queryset = one_per_organisation(field.queryset, keys, entry.locale_id, entry.owner_id)
        own = list(field.queryset)
        # A new entry, or a copy of another organisation's, is the editor's own.
        if entry.owner_id not in {row.pk for row in own}:
            entry.owner = own[0] if len(own) == 1 else None
            self.initial["owner"] = entry.owner_id
        if len(own) > 1:
            field.required = True
        else:
            field.disabled = True


class PersonForm(RegisterEntryForm):
    """Only the approvers of the keeping organisation decide what of a person is public."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.details_were_public = bool(self.instance.contact_details_public)
        if self.for_user is not None and not self.may_publish_for_some_keeper():
            for name in self.guarded_fields():
                self.fields[name].disabled = True
                self.fields[name].help_text = self.refusal(name)

    def may_publish_for_some_keeper(self):
        """Whether the user might publish, before they pick a keeper among several."""
        if self.instance.owner_id is None and not self.fields["owner"].disabled:
            return is_administrator(self.for_user) or bool(
                organisation_keys(self.for_user, APPROVERS)
            )
        return may_publish_contact_details(self.for_user, self.instance)

    def guarded_fields(self):
        """The fields whose change is a decision on what is public."""
        if self.details_were_public:
            return (CONSENT_FIELD, *PUBLIC_DETAIL_FIELDS)
        return (CONSENT_FIELD,)

    def refusal(self, name):
        return CONSENT_REFUSED if name == CONSENT_FIELD else PUBLIC_DETAILS_REFUSED

    def posted_change(self, name):
        """Whether the POST changes the field, including a disabled one it should not send."""
        field = self.fields[name]
        if not field.disabled:
            return name in self.changed_data
        key = self.add_prefix(name)
        if key not in self.data:
            return False
        posted = field.widget.value_from_datadict(self.data, self.files, key)
        # A disabled field reports no change whatever is posted; its enabled twin tells.
        enabled = copy.copy(field)
        enabled.disabled = False
        return enabled.has_changed(self.get_initial_for_field(field, name), posted)

    def clean(self):
        cleaned_data = super().clean()
        if self.for_user is None:
            return cleaned_data
        # The keeper decides, as the user may be choosing it in this very form.
        person = copy.copy(self.instance)
        if "owner" in cleaned_data:
            person.owner = cleaned_data["owner"]
        if not may_publish_contact_details(self.for_user, person):
            for name in self.guarded_fields():
                if self.posted_change(name):
                    self.add_error(name, self.refusal(name))
        return cleaned_data
