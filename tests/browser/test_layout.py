"""The layout at a phone's and a desktop's width, in both languages, with pictures for people.

Every public page type, the search results and the two registers of a network are opened at
375 and 1280 px wide and saved as a full-page screenshot in ``screenshots/<database>/
layout/``; at 375 px each is checked for sideways scrolling (WCAG 1.4.10, reflow) and with
axe for serious and critical violations (``test_accessibility`` checks them at 1280 px).
The menu button of the phone header is opened and closed by keyboard.
"""

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.public_pages import NETWORK, public_paths, register_paths
from tests.browser.test_accessibility import BLOCKING, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"phone": PHONE, "desktop": DESKTOP}


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


@pytest.fixture
def open_page(chromium):
    """A page of its own browser at a width; axe needs its inline script let through."""
    contexts = []

    def open_page(width):
        context = chromium.new_context(bypass_csp=True, viewport=WIDTHS[width], locale="sv-SE")
        context.set_default_timeout(20_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_every_page_type_fits_passes_axe_and_is_saved(
    site, open_page, axe_script, screenshots_dir, width
):
    folder = screenshots_dir / "layout"
    folder.mkdir(exist_ok=True)
    page = open_page(width)
    problems = []
    for label, language, path in [*public_paths(), *register_paths()]:
        response = page.goto(site + path)
        if response.status != (404 if label == "page not found" else 200):
            problems.append((path, f"HTTP {response.status}"))
            continue
        page.screenshot(
            path=folder / f"{label.replace(' ', '-')}-{language}-{width}.png", full_page=True
        )
        if width != "phone":
            continue
        too_wide = page.evaluate(TOO_WIDE)
        if too_wide:
            problems.append((path, "scrolls sideways", too_wide))
        problems.extend(
            (path, v["id"], v["impact"], v["help"], v["targets"])
            for v in axe_violations(page, axe_script)
            if v["impact"] in BLOCKING
        )
    assert not problems, "\n".join(map(str, problems))


def header_height(page):
    return page.locator(".site-header").bounding_box()["height"]


def test_phone_header_is_one_line_and_its_menu_opens_and_closes_by_keyboard(site, open_page):
    page = open_page("phone")
    page.goto(site + "/")
    menu_link = page.locator("nav.main-nav a", has_text="Kontakter")
    button = page.locator("summary.site-menu__button")
    assert button.is_visible()
    assert not menu_link.is_visible()
    # The site's name and the button share one line of the header.
    assert header_height(page) < 70
    name_box = page.locator(".site-name").bounding_box()
    button_box = button.bounding_box()
    assert (
        abs(name_box["y"] + name_box["height"] / 2 - button_box["y"] - button_box["height"] / 2)
        < 10
    )

    button.focus()
    page.keyboard.press("Enter")
    assert menu_link.is_visible()
    assert page.locator("details.site-menu").evaluate("(el) => el.open")
    # On with Tab into the open menu, and to its link with the keyboard alone.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent.trim()") == "Kontakter":
            break
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Kontakter"

    button.focus()
    page.keyboard.press("Space")
    assert not menu_link.is_visible()


def test_wide_screen_shows_the_menu_inline_without_the_button(site, open_page):
    page = open_page("desktop")
    page.goto(site + "/")
    assert not page.locator("summary.site-menu__button").is_visible()
    assert page.locator("nav.main-nav a", has_text="Kontakter").is_visible()
    assert page.locator(".site-header input[type=search]").is_visible()


def test_minutes_side_column_is_beside_the_text_on_a_wide_screen_and_below_on_a_phone(
    site, open_page
):
    path = NETWORK + "minnesanteckningar-2026-10-09/"
    desktop = open_page("desktop")
    desktop.goto(site + path)
    text, aside = (
        desktop.locator(".page-grid__main").bounding_box(),
        desktop.locator(".page-aside").bounding_box(),
    )
    assert aside["x"] >= text["x"] + text["width"]
    assert aside["y"] < text["y"] + 200

    phone = open_page("phone")
    phone.goto(site + path)
    text, aside = (
        phone.locator(".page-grid__main").bounding_box(),
        phone.locator(".page-aside").bounding_box(),
    )
    assert aside["y"] >= text["y"] + text["height"]
