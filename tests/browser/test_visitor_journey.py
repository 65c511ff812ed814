"""A visitor reads the site in a real browser: search, languages, a conference, contacts."""

import re

import pytest

from tests.browser.public_pages import CONFERENCE, NETWORK

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_finds_a_page_by_another_form_of_a_word_in_it(site, page):
    page.goto(site + "/")
    page.locator("#site-search").fill("gymnasieskolor")
    page.get_by_role("button", name="Sök", exact=True).click()

    results = page.locator(".search-results")
    results.get_by_role("link", name="Nätverket gymnasieskola").click()
    assert page.url == site + NETWORK
    # The page says "gymnasieskola"; the visitor asked for the plural.
    assert "gymnasieskola" in page.locator("main").inner_text().lower()


def test_switching_to_english_and_back_keeps_the_visitor_on_the_same_page(site, page):
    page.goto(site + NETWORK)
    assert page.locator("html").get_attribute("lang") == "sv"

    page.get_by_role("navigation", name="Språk").get_by_role("link", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Upper secondary school network"
    english_url = page.url

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Svenska").click()
    assert page.url == site + NETWORK
    assert page.locator("h1").inner_text() == "Nätverket gymnasieskola"
    assert english_url != page.url


def test_an_untranslated_page_leads_to_the_nearest_translation_and_says_so(site, page):
    # The Skaraborg network is not translated; the network index above it is.
    page.goto(site + "/natverk/skolchefsnatverket-skaraborg/")
    switcher = page.get_by_role("navigation", name="Språk")
    assert "Sidan är inte översatt" in switcher.inner_text()
    switcher.get_by_role("link", name="English").click()
    assert page.url == site + "/en/networks/"

    # Its English address shows the Swedish text, marked as Swedish, with a notice.
    page.goto(site + "/en/networks/skolchefsnatverket-skaraborg/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main").get_attribute("lang") == "sv"
    assert "has not been translated yet" in page.locator(".notice").inner_text()
    assert page.locator("h1").inner_text() == "Skolchefsnätverket Skaraborg"


def test_a_visitor_finds_a_conference_and_follows_its_registration_link(site, page):
    registration = re.compile(r"https://example\.org/anmalan/.*")
    # The registration service is someone else's site; the browser only has to get there.
    page.route(
        registration,
        lambda route: route.fulfill(
            content_type="text/html; charset=utf-8", body="<title>Anmälan</title><h1>Anmälan</h1>"
        ),
    )
    page.goto(site + "/")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Konferenser").click()
    page.locator("main").get_by_role("link", name="Skolchefskonferens 11 mars 2027").click()
    assert page.url == site + CONFERENCE

    register = page.get_by_role("link", name=re.compile("^Anmäl dig till"))
    assert "25 februari 2027" in page.locator(".registration").inner_text()
    register.click()
    page.wait_for_url(registration)
    assert page.locator("h1").inner_text() == "Anmälan"


def test_a_visitor_finds_a_contact_person_by_organisation(site, page):
    page.goto(site + "/")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Kontakter").click()

    section = page.get_by_role("region", name="Region Västerbotten")
    card = section.locator(".person-card", has_text="Jenny Nordmark")
    email = card.get_by_role("link", name="jenny.nordmark@regionvasterbotten.example.org")
    assert email.get_attribute("href") == "mailto:jenny.nordmark@regionvasterbotten.example.org"
    assert card.get_by_role("link", name="070-174 06 40").get_attribute("href") == "tel:0701740640"
    assert card.get_by_role("img").get_attribute("alt") == "Porträtt av Jenny Nordmark"
    # Someone who has not agreed to be a public contact is not listed.
    assert page.get_by_text("Olle Granström").count() == 0
