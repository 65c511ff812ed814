"""The history's view-restriction entries, in the reader's language.

Wagtail writes the restriction's name into the log entry, translated in the language of
whoever set it, and its messages show that stored name: an English reader would meet
"Added the 'Privat, åtkomlig för alla inloggade användare' view restriction". These
formatters name the restriction from its stored type instead, falling back on the stored
name for a type they do not know. Labels and messages are Wagtail's own strings.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop
from wagtail.log_actions import LogFormatter
from wagtail.models import BaseViewRestriction


def restriction_name(log_entry):
    restriction = log_entry.data["restriction"]
    names = dict(BaseViewRestriction.RESTRICTION_CHOICES)
    return str(names.get(restriction.get("type"), restriction["title"]))


class ViewRestrictionFormatter(LogFormatter):
    """Wagtail's message of a change to a view restriction, naming it in the reader's language.

    ``message`` names the restriction; ``unnamed`` is Wagtail's message for an entry whose
    data does not say which it was.
    """

    message = unnamed = ""

    def format_message(self, log_entry):
        try:
            return _(self.message) % {"restriction": restriction_name(log_entry)}
        except KeyError:
            return _(self.unnamed)


class AddViewRestrictionFormatter(ViewRestrictionFormatter):
    label = gettext_lazy("Add view restrictions")
    message = gettext_noop("Added the '%(restriction)s' view restriction")
    unnamed = gettext_noop("Added view restriction")


class EditViewRestrictionFormatter(ViewRestrictionFormatter):
    label = gettext_lazy("Update view restrictions")
    message = gettext_noop("Updated the view restriction to '%(restriction)s'")
    unnamed = gettext_noop("Updated view restriction")


class DeleteViewRestrictionFormatter(ViewRestrictionFormatter):
    label = gettext_lazy("Remove view restrictions")
    message = gettext_noop("Removed the '%(restriction)s' view restriction. The page is public.")
    unnamed = gettext_noop("Removed view restriction")


FORMATTERS = {
    "wagtail.view_restriction.create": AddViewRestrictionFormatter,
    "wagtail.view_restriction.edit": EditViewRestrictionFormatter,
    "wagtail.view_restriction.delete": DeleteViewRestrictionFormatter,
}


def replace_restriction_formatters(actions):
    """Run after Wagtail's own hook; the filter's choices, lazy already, stay Wagtail's."""
    for action, formatter_class in FORMATTERS.items():
        actions.formatters[action] = formatter_class()
