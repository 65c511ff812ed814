"""The demo's images draw their Swedish text with every letter, å, ä, ö and dashes included."""

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from demo.media import _banner_png, demo_font, draw_text, missing_glyphs, portrait_png

SWEDISH = "Skolchefsdagar på ärligt internat i Malmö 9–10 november, Umeå – ÅÄÖ"


def test_pillows_own_font_is_found_lacking_the_swedish_letters():
    # The check itself: the font the demo used to draw with has none of these.
    assert missing_glyphs(ImageFont.load_default(size=34), "Malmö 9–10 november") == ["ö", "–"]


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_the_demo_font_has_every_letter_of_its_texts(bold):
    assert missing_glyphs(demo_font(34, bold=bold), SWEDISH) == []


def test_a_banner_with_swedish_letters_is_drawn():
    png = _banner_png("Skolchefsdagar på ärligt internat", "Malmö 9–10 november")
    assert Image.open(io.BytesIO(png)).size == (1200, 500)


def test_a_portrait_of_a_name_beginning_with_a_swedish_letter_is_drawn():
    assert portrait_png("Åsa Öberg") != portrait_png("Asa Oberg")


def test_a_text_the_font_cannot_draw_is_refused():
    draw = ImageDraw.Draw(Image.new("RGB", (200, 50)))
    with pytest.raises(ValueError, match="no glyph for 'ö'"):
        draw_text(draw, (0, 0), "Göteborg", ImageFont.load_default(size=20), fill="white")
