"""Labels that Wagtail translates once, when it imports the module that holds them.

The groups' permissions for collections, images and documents, and the redirects' type
filter, are translated with ``gettext`` at import, in the language of the moment, and
would show in that language to everyone for the life of the process. They are given
lazy labels once, at start-up, so each user reads them in their own language; the
strings are Wagtail's, and so are their translations.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.collections import GroupCollectionManagementPermissionFormSet
from wagtail.contrib.redirects.filters import RedirectsReportFilterSet
from wagtail.documents.forms import GroupDocumentPermissionFormSet
from wagtail.images.forms import GroupImagePermissionFormSet

# For each formset, its permissions' short (column) and long (checkbox) labels.
PERMISSION_LABELS = (
    (
        GroupCollectionManagementPermissionFormSet,
        {
            "add_collection": (_("Add"), _("Add collections")),
            "change_collection": (_("Edit"), _("Edit collections")),
            "delete_collection": (_("Delete"), _("Delete collections")),
        },
    ),
    (
        GroupImagePermissionFormSet,
        {
            "add_image": (_("Add"), _("Add/edit images you own")),
            "change_image": (_("Edit"), _("Edit any image")),
            "choose_image": (_("Choose"), _("Select images in choosers")),
        },
    ),
    (
        GroupDocumentPermissionFormSet,
        {
            "add_document": (_("Add"), _("Add/edit documents you own")),
            "change_document": (_("Edit"), _("Edit any document")),
            "choose_document": (_("Choose"), _("Select documents in choosers")),
        },
    ),
)


def label_collection_permissions():
    for formset, labels in PERMISSION_LABELS:
        # The list is shared with the form's checkboxes, which read it when they render.
        formset.permission_types[:] = [
            (codename, *labels[codename]) for codename, _short, _long in formset.permission_types
        ]
        formset.form.base_fields["collection"].label = _("Collection")


def label_redirect_filters():
    kind = RedirectsReportFilterSet.base_filters["is_permanent"]
    kind.label = _("Type")
    kind.extra["choices"] = ((True, _("Permanent")), (False, _("Temporary")))
    kind.extra["empty_label"] = _("All")


def make_labels_lazy():
    label_collection_permissions()
    label_redirect_filters()
