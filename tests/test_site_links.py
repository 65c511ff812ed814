"""The accessibility statement and privacy notice are linked from every page's footer."""

from django.test import TestCase
from wagtail.models import Locale, Site
from wagtail_localize.synctree import synchronize_tree

from home.models.site_links import SiteLinks
from tests.factories import (
    MinutesPageFactory,
    NetworkPageFactory,
    StandardPageFactory,
    build_site_tree,
)


class FooterLinksTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.statement = StandardPageFactory(
            parent=cls.tree.home, title="Tillgänglighetsredogörelse", slug="tillganglighet"
        )
        cls.privacy = StandardPageFactory(
            parent=cls.tree.home, title="Personuppgifter", slug="personuppgifter"
        )
        network = NetworkPageFactory(parent=cls.tree.network_index)
        cls.minutes = MinutesPageFactory(parent=network)
        links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
        links.accessibility_statement = cls.statement
        links.privacy_notice = cls.privacy
        links.save()

    def footer(self, url):
        body = self.client.get(url).content.decode()
        return body[body.index("<footer") :]

    def test_every_page_type_links_to_the_statement_and_the_privacy_notice(self):
        for page in (self.tree.home, self.tree.network_index, self.minutes, self.privacy):
            with self.subTest(page.url):
                footer = self.footer(page.url)
                self.assertIn(f'href="{self.statement.url}"', footer)
                self.assertIn(f'href="{self.privacy.url}"', footer)

    def test_an_unpublished_page_is_not_linked(self):
        self.privacy.unpublish()
        footer = self.footer(self.tree.home.url)
        self.assertIn(f'href="{self.statement.url}"', footer)
        self.assertNotIn("Personuppgifter", footer)

    def test_english_pages_link_to_the_english_version(self):
        english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), english)
        english_home = self.tree.home.get_translation(english)
        english_statement = self.statement.get_translation(english)
        footer = self.footer(english_home.url)
        self.assertIn(f'href="{english_statement.url}"', footer)
        self.assertNotIn(f'href="{self.statement.url}"', footer)
