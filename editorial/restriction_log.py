"""The history's view-restriction entries, in the reader's language.

Wagtail writes the restriction's name into the log entry, translated in the language of
whoever set it, and its messages show that stored name: an English reader would meet
"Added the 'Privat, åtkomlig för alla inloggade användare' view restriction". These
formatters name the restriction from its stored type instead, falling back on the stored
name for a type they do not know. Labels and messages are Wagtail's own strings.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter
from wagtail.models import BaseViewRestriction


def restriction_name(log_entry):
    restriction = log_entry.data["restriction"]
    names = dict(BaseViewRestriction.RESTRICTION_CHOICES)
    return str(names.get(restriction.get("type"), restriction["title"]))


class AddViewRestrictionFormatter(LogFormatter):
    label = gettext_lazy("Add view restrictions")

    def format_message(self, log_entry):
        try:
            return _("Added the '%(restriction)s' view restriction") % {
                "restriction": restriction_name(log_entry)
            }
        except KeyError:
            return _("Added view restriction")


class EditViewRestrictionFormatter(LogFormatter):
    label = gettext_lazy("Update view restrictions")

    def format_message(self, log_entry):
        try:
            return _("Updated the view restriction to '%(restriction)s'") % {
                "restriction": restriction_name(log_entry)
            }
        except KeyError:
            return _("Updated view restriction")


class DeleteViewRestrictionFormatter(LogFormatter):
    label = gettext_lazy("Remove view restrictions")

    def format_message(self, log_entry):
        try:
            return _("Removed the '%(restriction)s' view restriction. The page is public.") % {
                "restriction": restriction_name(log_entry)
            }
        except KeyError:
            return _("Removed view restriction")


FORMATTERS = {
    "wagtail.view_restriction.create": AddViewRestrictionFormatter,
    "wagtail.view_restriction.edit": EditViewRestrictionFormatter,
    "wagtail.view_restriction.delete": DeleteViewRestrictionFormatter,
}


def replace_restriction_formatters(actions):
    """Run after Wagtail's own hook; the filter's choices, lazy already, stay Wagtail's."""
    for action, formatter_class in FORMATTERS.items():
        actions.formatters[action] = formatter_class()
