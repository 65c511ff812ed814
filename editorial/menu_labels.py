"""Menu labels that Wagtail and wagtail-localize fix in one language for the whole process.

The admin's menus are built once per process, and two labels are worked out then, in the
language of whoever asked first: wagtail-localize's "Translations" report (translated with
``gettext`` rather than ``gettext_lazy``) and Wagtail's "What's new in Wagtail" (a lazy
string formatted at once). Each request gets copies labelled in its own language; the
shared items are left alone.
"""

import copy

from django.urls import reverse
from django.utils.translation import gettext

WHATS_NEW_PREFIX = "whats-new-in-wagtail-"


def relabelled(item, label):
    item = copy.copy(item)
    item.label = label
    return item


def label_reports_menu(request, items):
    report_url = reverse("wagtail_localize:translations_report")
    items[:] = [
        relabelled(item, gettext("Translations")) if item.url == report_url else item
        for item in items
    ]


def label_help_menu(request, items):
    items[:] = [
        relabelled(
            item,
            gettext("What's new in Wagtail %(version)s")
            % {"version": item.name.removeprefix(WHATS_NEW_PREFIX)},
        )
        if item.name.startswith(WHATS_NEW_PREFIX)
        else item
        for item in items
    ]
