from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.pages import HOLD_SCHEDULED_PUBLICATION_HOOK
from privacy import views
from privacy.check import Checker, check_page
from privacy.content_checks import with_findings
from privacy.editor_messages import tell_editor
from privacy.gate import HELD_ACTION, OVERRIDE_ACTION, hold_scheduled_publication
from privacy.models import SensitiveWord
from privacy.report_views import PersonalDataReportMenuItem, personal_data_report


class SensitiveWordViewSet(SnippetViewSet):
    """Editors keep the words that, next to a name, may say something sensitive of a person."""

    model = SensitiveWord
    icon = "warning"
    menu_label = gettext_lazy("Sensitive words")
    menu_name = "sensitive_words"
    menu_order = 910
    add_to_settings_menu = True
    list_display = ["category", "words", "language"]
    list_filter = ["language"]
    search_fields = ["category", "words"]
    search_backend_name = None
    ordering = ["language", "category"]


register_snippet(SensitiveWordViewSet)


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path("personal-data/<int:page_id>/", views.override, name="privacy_override"),
        path("reports/personal-data/", personal_data_report, name="privacy_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_personal_data_report_menu_item():
    return PersonalDataReportMenuItem(
        gettext_lazy("Personal data"),
        reverse("privacy_report"),
        name="personal_data",
        icon_name="warning",
        order=960,
    )


def masked_findings(log_entry):
    findings = (log_entry.data or {}).get("findings", [])
    return "; ".join(f"{f.get('masked')} ({f.get('place')})" for f in findings)


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    @actions.register_action(OVERRIDE_ACTION)
    class LetThrough(LogFormatter):
        label = gettext_lazy("Let personal data through")

        def format_message(self, log_entry):
            return _("Personal data let through: %(findings)s") % {
                "findings": masked_findings(log_entry)
            }

        def format_comment(self, log_entry):
            return (log_entry.data or {}).get("reason", "")

    @actions.register_action(HELD_ACTION)
    class Held(LogFormatter):
        label = gettext_lazy("Scheduled publication held back")

        def format_message(self, log_entry):
            return _(
                "Scheduled publication waits for personal data to be removed: %(findings)s"
            ) % {"findings": masked_findings(log_entry)}


hooks.register(HOLD_SCHEDULED_PUBLICATION_HOOK, hold_scheduled_publication)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def tell_editor_on_save(request, page):
    tell_editor(request, page, fresh=True)


@hooks.register("before_edit_page")
def tell_editor_on_opening(request, page):
    if request.method == "GET":
        tell_editor(request, page)


def opened_and_written(page):
    """The findings of the page as the editor opened it, then those only in the text as written.

    The editor's "Checks" panel asks the preview for the rules of the page as opened (see
    ``privacy.content_checks``); the preview must know them even once they are written away.
    """
    checker = Checker()
    opened = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    written = check_page(page, checker)
    return list(dict.fromkeys([*check_page(opened, checker), *written])), written


@hooks.register("construct_wagtail_userbar")
def show_findings_among_the_content_checks(request, items, page):
    """The findings among the content checks of the editor's "Checks" panel.

    The panel is configured by the editor's own content checker (``in_editor``), and runs
    the rules in the preview, whose userbar defines them again for the text as written.
    """
    in_preview = getattr(request, "in_preview_panel", False)
    in_editor = any(getattr(item, "in_editor", False) for item in items)
    if not isinstance(page, Page) or not (in_preview or in_editor):
        return
    if in_preview and page.pk:
        findings, written = opened_and_written(page)
        with_findings(items, findings, written)
    else:
        with_findings(items, check_page(page))
