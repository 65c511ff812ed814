"""Every public page type at phone and desktop width, saved to screenshots/ for people to see.

At phone width nothing may need sideways scrolling (WCAG 1.4.10, reflow).
"""

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.public_pages import public_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The innermost elements reaching past the right edge, when the page scrolls sideways.
TOO_WIDE = """() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    const wide = [...document.querySelectorAll("body *")].filter(
        (el) => el.getBoundingClientRect().right > window.innerWidth + 1
    );
    return wide
        .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim()}`);
}"""


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_public_pages_fit_the_screen_and_are_saved_as_screenshots(
    site, context, screenshots_dir, width
):
    page = context.new_page()
    page.set_viewport_size(PHONE if width == "phone" else DESKTOP)
    overflowing = []
    for label, language, path in public_paths():
        page.goto(site + path)
        name = f"{label.replace(' ', '-')}-{language}-{width}.png"
        page.screenshot(path=screenshots_dir / name, full_page=True)
        too_wide = page.evaluate(TOO_WIDE)
        if too_wide:
            overflowing.append((path, too_wide))
    assert not overflowing
