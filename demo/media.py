"""Images and documents for the demo, generated on this machine rather than downloaded.

Every file is drawn from a seed derived from its title, so a rebuild from scratch gives
byte-identical files. Objects are looked up by title in the "Demo" collection.
"""

import io
import random
import textwrap
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.wagtail_internals.file_metadata import fill_file_metadata
from demo.slides_pdf import slide_pdf

COLLECTION_NAME = "Demo"

# Muted colours with enough contrast against white text (WCAG AA for large text).
PALETTE = [
    (31, 78, 121),
    (0, 105, 92),
    (123, 45, 38),
    (84, 52, 128),
    (46, 84, 46),
    (142, 59, 0),
    (55, 71, 79),
    (136, 14, 79),
]


# Debian's fonts-dejavu-core, installed by ``make system-deps``. Pillow's built-in font has
# no å, ä, ö or en dash, and drew "Malmö 9–10 november" as "Malm□ 9□10 november".
FONT_DIRECTORY = Path("/usr/share/fonts/truetype/dejavu")
REGULAR_FONT = "DejaVuSans.ttf"
BOLD_FONT = "DejaVuSans-Bold.ttf"
# A code point no font draws: what a font shows for a character it lacks.
UNDRAWABLE = "\U0010fffd"


def demo_font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = FONT_DIRECTORY / (BOLD_FONT if bold else REGULAR_FONT)
    if not path.exists():
        raise FileNotFoundError(
            f"The demo draws its images with {path}: install fonts-dejavu-core (make system-deps)."
        )
    return ImageFont.truetype(str(path), size)


def missing_glyphs(font, text: str) -> list[str]:
    """The characters of ``text`` that ``font`` would draw as its box for a missing glyph."""

    def drawn(character):
        mask = font.getmask(character)
        return mask.size, bytes(mask)

    box = drawn(UNDRAWABLE)
    return sorted({c for c in text if not c.isspace() and drawn(c) == box})


def draw_text(draw, position, text: str, font, **options) -> None:
    """Draw ``text``, refusing a font that lacks one of its letters."""
    missing = missing_glyphs(font, text)
    if missing:
        raise ValueError(f"The font has no glyph for {''.join(missing)!r} in {text!r}.")
    draw.text(position, text, font=font, **options)


def demo_collection(report):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    if collection:
        report.present(collection, COLLECTION_NAME)
        return collection
    collection = root.add_child(name=COLLECTION_NAME)
    report.created(collection, COLLECTION_NAME)
    return collection


def _colour_for(seed: str) -> tuple[int, int, int]:
    return random.Random(seed).choice(PALETTE)  # noqa: S311 - a colour, not a secret


def _png(image: PillowImage.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def initials(name: str) -> str:
    parts = [part for part in name.replace("-", " ").split() if part]
    return (parts[0][0] + parts[-1][0]).upper() if len(parts) > 1 else name[:2].upper()


def portrait_png(name: str) -> bytes:
    """The PNG bytes of a portrait: the same name always gives the same bytes."""
    size = 320
    image = PillowImage.new("RGB", (size, size), _colour_for(f"portrait:{name}"))
    draw = ImageDraw.Draw(image)
    font = demo_font(132, bold=True)
    draw_text(draw, (size / 2, size / 2), initials(name), font, fill="white", anchor="mm")
    return _png(image)


def _banner_png(title: str, subtitle: str) -> bytes:
    width, height = 1200, 500
    image = PillowImage.new("RGB", (width, height), _colour_for(f"banner:{title}"))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height - 24, width, height), fill="white")
    title_font = demo_font(60, bold=True)
    subtitle_font = demo_font(34)
    y = 90
    for line in textwrap.wrap(title, 28):
        draw_text(draw, (72, y), line, title_font, fill="white")
        y += 80
    draw_text(draw, (72, y + 30), subtitle, subtitle_font, fill="white")
    return _png(image)


def _ensure_image(report, collection, title: str, filename: str, draw, description: str):
    Image = get_image_model()
    image = Image.objects.filter(collection=collection, title=title).first()
    if image:
        report.present(image, title)
        return image
    data = draw()
    width, height = PillowImage.open(io.BytesIO(data)).size
    image = Image(title=title, collection=collection, description=description)
    image.file.save(filename, ContentFile(data), save=False)
    # Set after saving the file: the file field clears the dimensions when it is assigned.
    image.width, image.height = width, height
    # Set size and hash now: Wagtail would otherwise fill them in, and save, on first use.
    fill_file_metadata(image)
    image.save()
    report.created(image, title)
    return image


def portrait(report, collection, name: str):
    """A square with the person's initials, standing in for a photograph."""
    return _ensure_image(
        report,
        collection,
        title=f"Porträtt: {name}",
        filename=f"portratt-{slugify(name)}.png",
        draw=lambda: portrait_png(name),
        description=f"Initialerna {initials(name)} för {name}",
    )


def banner(report, collection, title: str, subtitle: str):
    """A coloured banner with a conference's name, for listings and the page header."""
    return _ensure_image(
        report,
        collection,
        title=f"Banderoll: {title}",
        filename=f"banderoll-{slugify(title)}.png",
        draw=lambda: _banner_png(title, subtitle),
        description="",
    )


def slides(report, collection, title: str, bullets: list[str], footer: str):
    """A one-page PDF of "slides" attached to an agenda item."""
    Document = get_document_model()
    document = Document.objects.filter(collection=collection, title=title).first()
    if document:
        report.present(document, title)
        return document
    pdf = slide_pdf(title, bullets, footer, _colour_for(f"slides:{title}"))
    document = Document(title=title, collection=collection)
    document.file.save(f"{slugify(title)}.pdf", ContentFile(pdf), save=False)
    fill_file_metadata(document)
    document.save()
    report.created(document, title)
    return document
