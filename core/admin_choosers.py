"""Chooser widgets whose buttons speak the language of each request.

Wagtail writes a chooser's "Choose organisation" or "Choose a page (Minutes page)" into the
widget when it is made, formatting its lazy strings at once. The widget is made once per
process, with the form class Wagtail caches, often before any request: every user would
read the buttons in the site's default language, or in that of whoever first opened the
form. These widgets keep the texts lazy instead.
"""

from django.db import models
from django.utils.functional import lazy
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import AbstractPage, Page
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


def _interpolate(text, values):
    return str(text) % values


interpolate_lazy = lazy(_interpolate, str)


class LocalisedPageChooser(AdminPageChooser):
    def __init__(self, target_models=None, **kwargs):
        super().__init__(target_models, **kwargs)
        if len(self.target_models) == 1 and self.model is not Page:
            # Wagtail's own suffix, as in "Choose a page (Minutes page)", kept lazy.
            self.choose_one_text = format_lazy(
                "{} ({})", AdminPageChooser.choose_one_text, capfirst(self.model._meta.verbose_name)
            )


class LocalisedSnippetChooser(AdminSnippetChooser):
    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        name = {"object": self.model._meta.verbose_name}
        self.choose_one_text = interpolate_lazy(_("Choose %(object)s"), name)
        self.choose_another_text = interpolate_lazy(_("Choose another %(object)s"), name)
        self.link_to_chosen_text = interpolate_lazy(_("Edit this %(object)s"), name)


class LocalisedSnippetChooserViewSet(SnippetChooserViewSet):
    """For a snippet viewset's ``chooser_viewset_class``: its widget is LocalisedSnippetChooser."""

    base_widget_class = LocalisedSnippetChooser


def use_localised_page_chooser():
    """Put LocalisedPageChooser in place of the widget Wagtail gives a page's foreign keys."""
    register_form_field_override(
        models.ForeignKey,
        to=AbstractPage,
        override=lambda db_field: {
            "widget": LocalisedPageChooser(target_models=[db_field.remote_field.model])
        },
    )
