"""StreamField blocks shared by every page type."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = "Bakgrund"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Nätverket träffas fyra gånger per år.</p>"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    name = blocks.CharBlock(label=_("Name"), required=False)
    role = blocks.CharBlock(
        label=_("Title and organisation"),
        required=False,
        help_text=_("For example: Education director, Helsingborg"),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Två dagar som ger oss tid att tänka långsiktigt tillsammans.",
            "name": "Anna Exempel",
            "role": "Utbildningsdirektör",
        }


class PrefetchedImageChooserBlock(ImageChooserBlock):
    """Loads the renditions of every image of a StreamField in one query.

    Wagtail's chooser block fetches the images in bulk but their renditions one image at a
    time, so a page's query count would grow with its number of images.
    """

    def bulk_to_python(self, values):
        images = super().bulk_to_python(values)
        prefetch_related_objects([image for image in images if image is not None], "renditions")
        return images


class ImageBlock(blocks.StructBlock):
    image = PrefetchedImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class ReferenceBlock(blocks.StructBlock):
    """A reference to a document such as a government bill or an official report."""

    title = blocks.CharBlock(label=_("Title"))
    description = blocks.CharBlock(label=_("Description"), required=False)
    url = blocks.URLBlock(label=_("Web address"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Reference")
        template = "blocks/reference_block.html"
        preview_value = {
            "title": "Prop. 2021/22:159",
            "description": "Dimensionering av gymnasial utbildning",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    reference = ReferenceBlock()

    class Meta:
        label = _("Content")
