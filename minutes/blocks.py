"""The structured agenda of a meeting's minutes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from core.access_policy import may_view_document, prefetch_view_restrictions
from core.blocks import RICH_TEXT_FEATURES
from minutes.agenda import agenda_item_anchor


class ScheduledDateBlock(blocks.StructBlock):
    """One row of a meeting schedule adopted in the minutes."""

    date = blocks.DateBlock(label=_("Date"))
    time = blocks.CharBlock(
        label=_("Time"), required=False, help_text=_("For example: 08.30–14.30 or lunch to lunch")
    )
    kind = blocks.CharBlock(label=_("Kind"), required=False, help_text=_("For example: conference"))

    class Meta:
        icon = "date"
        label = _("Meeting date")


class AgendaItemBlock(blocks.StructBlock):
    section = blocks.CharBlock(
        label=_("Section"),
        required=False,
        help_text=_(
            "The heading the item is grouped under, for example: Decisions; "
            "Report, information and discussion; Ventilen"
        ),
    )
    number = blocks.IntegerBlock(label=_("Number"), required=False, min_value=1)
    heading = blocks.CharBlock(label=_("Heading"))
    presenters = blocks.ListBlock(
        blocks.CharBlock(label=_("Presenter")),
        label=_("Presenters"),
        default=[],
        help_text=_("Name and organisation, for example: Anna Exempel, Lerum"),
    )
    body = blocks.RichTextBlock(label=_("Notes"), features=RICH_TEXT_FEATURES, required=False)
    decisions = blocks.ListBlock(
        blocks.TextBlock(label=_("Decision")),
        label=_("Decisions"),
        default=[],
        help_text=_("One clause each, as written in the minutes: “att …”"),
    )
    schedule = blocks.ListBlock(
        ScheduledDateBlock(),
        label=_("Adopted meeting schedule"),
        default=[],
    )
    attachments = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")),
        label=_("Attachments"),
        default=[],
        help_text=_("Slides and other documents attached to this item."),
    )
    follow_up = blocks.TextBlock(
        label=_("Follow-up"),
        required=False,
        help_text=_("What happens next, for example: returns to the network in October."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Agenda item")
        template = "minutes/blocks/agenda_item_block.html"
        preview_value = {
            "section": "Beslut",
            "number": 1,
            "heading": "Mötestider för nästa år",
            "decisions": ["att mötestiderna fastställs enligt förslaget"],
        }

    def bulk_to_python(self, values):
        items = super().bulk_to_python(values)
        # Who may open the attachments is looked up once for the whole agenda.
        prefetch_view_restrictions([document for item in items for document in item["attachments"]])
        return items

    def get_context(self, value, parent_context=None):
        """Each attachment with whether the visitor may open it, and so see its title."""
        context = super().get_context(value, parent_context)
        request = context.get("request")
        context["attachments"] = [
            (document, may_view_document(request, document))
            for document in value["attachments"]
            if document is not None
        ]
        # Set by the minutes page (``MinutesPage.follow_ups_by_anchor``).
        follow_ups = (parent_context or {}).get("follow_ups_by_anchor") or {}
        context["follow_ups"] = follow_ups.get(agenda_item_anchor(value), {})
        return context


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()

    class Meta:
        label = _("Agenda")
