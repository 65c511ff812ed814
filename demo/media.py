"""Images and documents for the demo, generated on this machine rather than downloaded.

Every file is drawn from a seed derived from its title, so a rebuild from scratch gives
byte-identical files. Objects are looked up by title in the "Demo" collection.
"""

import io
import random
import textwrap

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
    font = ImageFont.load_default(size=132)
    draw.text((size / 2, size / 2), initials(name), font=font, fill="white", anchor="mm")
    return _png(image)


def _banner_png(title: str, subtitle: str) -> bytes:
    width, height = 1200, 500
    image = PillowImage.new("RGB", (width, height), _colour_for(f"banner:{title}"))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height - 24, width, height), fill="white")
    title_font = ImageFont.load_default(size=64)
    subtitle_font = ImageFont.load_default(size=34)
    y = 90
    for line in textwrap.wrap(title, 28):
        draw.text((72, y), line, font=title_font, fill="white")
        y += 80
    draw.text((72, y + 30), subtitle, font=subtitle_font, fill="white")
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
