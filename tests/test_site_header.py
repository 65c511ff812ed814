"""The header: on a phone one line, the site's name and a menu button that needs no script."""

import re

import pytest

from tests.factories import build_site_tree


@pytest.mark.django_db
def test_the_menu_is_a_disclosure_holding_the_navigation_and_the_search(client):
    build_site_tree()
    html = client.get("/").content.decode()
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S)[0]
    menu = re.search(r'<details class="site-menu">(.*?)</details>', header, re.S)[1]
    assert re.search(r'<summary class="site-menu__button">.*Meny</summary>', menu)
    assert 'role="search"' in menu
    # Outside the disclosure only the site's name, which shares the line with the button.
    outside = header.replace(menu, "")
    assert re.findall(r"<a [^>]*>", outside) == ['<a href="/">']
