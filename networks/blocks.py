"""Blocks for network and conference pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class PriorityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Priority area"))
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "pick"
        label = _("Priority area")
        template = "networks/blocks/priority_block.html"
        preview_value = {
            "title": "Fullföljd utbildning",
            "description": "Fler elever ska fullfölja sin utbildning med godkända resultat.",
        }


class RoleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Role"), help_text=_("For example: Host of the next meeting"))
    responsibilities = blocks.TextBlock(label=_("Responsibilities"))

    class Meta:
        icon = "user"
        label = _("Role and responsibilities")
        template = "networks/blocks/role_block.html"
        preview_value = {
            "title": "Sekreterare",
            "responsibilities": "Skriver minnesanteckningar och skickar dem för publicering.",
        }


class AssignmentBlock(blocks.TextBlock):
    class Meta:
        icon = "tasks"
        label = _("Assignment")
        template = "networks/blocks/assignment_block.html"
        preview_value = "Utveckla samverkan mellan gymnasieskolorna i regionen."


class SpeakerBlock(blocks.StructBlock):
    """A speaker as printed in a programme; speakers are often not in the person register."""

    name = blocks.CharBlock(label=_("Name"))
    title = blocks.CharBlock(label=_("Title"), required=False)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")
        template = "networks/blocks/speaker_block.html"


class ProgrammeItemBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("Day"), required=False)
    start_time = blocks.TimeBlock(label=_("Starts"), required=False)
    end_time = blocks.TimeBlock(label=_("Ends"), required=False)
    title = blocks.CharBlock(label=_("Title"))
    speakers = blocks.ListBlock(SpeakerBlock(), label=_("Speakers"), default=[])
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Programme item")
        template = "networks/blocks/programme_item_block.html"
        preview_value = {
            "start_time": "09:30",
            "title": "Trygghet och säkerhet i skolan",
            "speakers": [{"name": "Anna Exempel", "title": "Lektor"}],
        }


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()

    class Meta:
        label = _("Programme")
