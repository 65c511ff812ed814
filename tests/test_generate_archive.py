"""The invented archive the serving benchmark measures: pages placed as Wagtail places them."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page, ReferenceIndex

from minutes.models.minutes_page import MinutesPage
from tests.test_demo_content import load_demo


class GenerateArchiveTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()

    def test_fewer_minutes_than_networks_leaves_some_networks_without_minutes(self):
        before = MinutesPage.objects.count()
        call_command("generate_archive", minutes=3, networks=5, no_index=True, stdout=StringIO())
        generated = MinutesPage.objects.count() - before
        self.assertEqual(generated, 3)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        self.assertTrue(all(page.live for page in MinutesPage.objects.order_by("-pk")[:3]))

    def test_the_minutes_made_are_indexed_for_search_and_references(self):
        call_command("generate_archive", minutes=2, networks=1, stdout=StringIO())
        made = list(MinutesPage.objects.order_by("-pk")[:2])
        found = {page.pk for page in MinutesPage.objects.search("minnesanteckningar")}
        self.assertLessEqual({page.pk for page in made}, found)
        chair = made[0].chair
        referenced = ReferenceIndex.get_references_for_object(made[0]).values_list(
            "to_object_id", flat=True
        )
        self.assertIn(str(chair.pk), set(referenced))
