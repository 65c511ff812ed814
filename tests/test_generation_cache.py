"""What pages keep between content changes, and that every change to content ends it.

The site's menu is kept by each process (core.per_generation); a network's member table
and a minutes page's agenda are kept as fragments in the "pages" cache
(core.templatetags.generation_tags). Both are keyed by the page cache's generation, so a
publish, or any other change to content, shows at once. A change made past the signals
(a queryset update) is what shows whether a fragment was kept at all.
"""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from minutes.models.follow_up import FollowUp
from minutes.models.minutes_page import MinutesAttendee
from networks.models.directory import Person
from tests.factories import (
    MinutesPageFactory,
    NetworkMemberFactory,
    NetworkPageFactory,
    PersonFactory,
    StandardPageFactory,
    agenda_item,
    build_site_tree,
)


@pytest.fixture(autouse=True)
def empty_page_cache():
    caches["pages"].clear()
    yield
    caches["pages"].clear()


class GenerationCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, title="Nätverk Åsdalen")
        cls.member = NetworkMemberFactory(
            page=cls.network, person=PersonFactory(name="Greta Förstamedlem")
        )
        cls.minutes = MinutesPageFactory(
            parent=cls.network, agenda=[agenda_item(1, "Lokalfrågan i Åsdalen")]
        )

    def html(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_the_member_table_is_kept_until_content_changes(self):
        self.assertIn("Greta Förstamedlem", self.html(self.network))
        # Past the signals: the kept table still names her.
        Person.objects.filter(pk=self.member.person_id).update(name="Greta Tyst")
        self.assertIn("Greta Förstamedlem", self.html(self.network))

        NetworkMemberFactory(page=self.network, person=PersonFactory(name="Harald Nymedlem"))
        self.network.save_revision().publish()
        html = self.html(self.network)
        self.assertIn("Harald Nymedlem", html)
        self.assertIn("Greta Tyst", html)

    def test_the_agenda_is_kept_until_the_minutes_are_published_again(self):
        self.assertIn("Lokalfrågan i Åsdalen", self.html(self.minutes))
        self.minutes.agenda = [agenda_item(1, "Skolskjutsarna i Åsdalen")]
        self.minutes.save_revision().publish()
        html = self.html(self.minutes)
        self.assertIn("Skolskjutsarna i Åsdalen", html)
        self.assertNotIn("Lokalfrågan i Åsdalen", html)

    def test_the_kept_parts_of_minutes_read_nothing_again(self):
        tables = [FollowUp._meta.db_table, MinutesAttendee._meta.db_table]

        def queries_of_kept_parts():
            with CaptureQueriesContext(connection) as queries:
                self.html(self.minutes)
            return [
                query
                for query in queries.captured_queries
                if any(table in query["sql"] for table in tables)
            ]

        # Rendered, the agenda asks for its follow-ups and the attendance for its rows;
        # kept, nothing asks.
        self.assertEqual(len(queries_of_kept_parts()), 2)
        self.assertEqual(queries_of_kept_parts(), [])

    def test_a_page_published_into_the_menu_shows_at_once(self):
        self.html(self.tree.home)
        page = StandardPageFactory(parent=self.tree.home, title="Om Åsdalen", show_in_menus=True)
        self.assertIn(f'href="{page.url}"', self.html(self.tree.home))

    def test_the_breadcrumbs_are_kept_until_content_changes(self):
        def trail():
            return re.search(r'<nav class="breadcrumbs".*?</nav>', self.html(self.minutes), re.S)[0]

        self.assertIn("Nätverk Åsdalen", trail())
        # Past the signals: the kept trail still names the network as it was.
        Page.objects.filter(pk=self.network.pk).update(title="Nätverk Tyst")
        self.assertIn("Nätverk Åsdalen", trail())
        self.network.title = "Nätverk Nyvik"
        self.network.save_revision().publish()
        self.assertIn("Nätverk Nyvik", trail())

    def test_each_page_keeps_its_own_header_and_marks_its_own_place_in_the_menu(self):
        about = StandardPageFactory(parent=self.tree.home, title="Om Åsdalen", show_in_menus=True)
        for page in (self.tree.home, about, self.tree.home, about):
            menu = re.search(r'<nav class="main-nav".*?</nav>', self.html(page), re.S)[0]
            marked = f'href="{about.url}" aria-current="page"' in menu
            self.assertEqual(marked, page.pk == about.pk)

    def test_a_page_unpublished_is_gone_from_routing(self):
        self.html(self.minutes)
        Page.objects.get(pk=self.minutes.pk).specific.unpublish()
        self.assertEqual(self.client.get(self.minutes.url).status_code, 404)

    def test_a_network_published_shows_on_the_home_page_at_once(self):
        self.assertIn("Nätverk Åsdalen", self.html(self.tree.home))
        NetworkPageFactory(parent=self.tree.network_index, title="Nätverk Björkdalen")
        self.assertIn("Nätverk Björkdalen", self.html(self.tree.home))
