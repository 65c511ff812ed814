"""A visitor using only the keyboard: skip link, visible focus, the menus, the search."""

import pytest

from tests.browser.public_pages import NETWORK

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUS_STYLE = """(el) => {
    const style = getComputedStyle(el);
    return {outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow};
}"""


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            return {
                tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim(),
                href: el.getAttribute("href"), cls: el.className,
                in_results: el.closest(".search-results") !== null,
                visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
            };
        }"""
    )


def tab_until(page, predicate, limit=40):
    """Press Tab until the focused element satisfies the predicate; every stop is returned."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stops.append(focused(page))
        if predicate(stops[-1]):
            return stops
    raise AssertionError(f"not reached in {limit} tabs: {[s['text'] for s in stops]}")


def test_first_tab_shows_the_skip_link_and_enter_moves_focus_to_the_main_content(site, page):
    page.goto(site + NETWORK)
    skip_link = page.locator(".skip-link")
    assert not skip_link.is_visible() or skip_link.bounding_box()["y"] < 0

    page.keyboard.press("Tab")
    first = focused(page)
    assert first["cls"] == "skip-link"
    assert first["text"] == "Hoppa till huvudinnehållet"
    box = skip_link.bounding_box()
    assert box["y"] >= 0 and box["height"] > 0

    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")


def test_focused_links_and_fields_carry_a_visible_indicator(site, page):
    page.goto(site + NETWORK)
    targets = {
        "a link in the header": page.locator(".site-header a").first,
        "the search field": page.locator(".site-header input[type=search]"),
        "a link in the main content": page.locator("main a").first,
    }
    for name, target in targets.items():
        unfocused = target.evaluate(FOCUS_STYLE)
        target.evaluate("(el) => el.blur()")
        # Reach it by keyboard: :focus-visible applies to keyboard focus, not to clicks.
        target.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        assert target.evaluate("(el) => el === document.activeElement"), name
        style = target.evaluate(FOCUS_STYLE)
        assert style != unfocused, name
        assert style["outline"].startswith("solid") or style["shadow"] != "none", (name, style)


def test_every_menu_link_is_reached_by_tab_and_followed_with_enter(site, page):
    page.goto(site + "/")
    menu = page.locator("nav.main-nav a")
    titles = menu.all_text_contents()
    assert "Nätverk" in titles and "Kontakter" in titles

    stops = tab_until(page, lambda stop: stop["text"] == titles[-1])
    reached = [stop["text"] for stop in stops]
    assert all(title in reached for title in titles)
    assert all(stop["visible"] for stop in stops)
    language = [stop for stop in stops if stop["text"] == "English"]
    assert language, "the language switcher is on the way"

    page.goto(site + "/")
    tab_until(page, lambda stop: stop["text"] == "Kontakter")
    page.keyboard.press("Enter")
    page.wait_for_url(site + "/kontakter/")
    assert page.locator("h1").inner_text() == "Kontakter"


def test_search_by_keyboard_alone(site, page):
    page.goto(site + "/")
    tab_until(page, lambda stop: stop["tag"] == "input")
    page.keyboard.type("gymnasieskolor")
    page.keyboard.press("Enter")
    page.wait_for_url("**/sok/?q=gymnasieskolor")

    first_result = tab_until(page, lambda stop: stop["in_results"])[-1]
    page.keyboard.press("Enter")
    page.wait_for_url(site + first_result["href"])
    assert page.locator("h1").inner_text() == first_result["text"]
