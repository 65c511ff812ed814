"""An English page is marked Swedish until its English text is approved.

Starting a translation turns the English alias into a page of its own, which holds the
Swedish text until the translation is approved through the page's review. Until then it is
treated as the alias was: written in Swedish, no English alternate, not found by the
English search, not content of its own in registers and feeds.
"""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.access_policy import published
from tests.editorial import make_user
from tests.test_localisation import TranslatedSiteTestCase

SWEDISH_MAIN = '<main id="main" class="site-main" tabindex="-1" lang="sv">'
NOTICE = "This page has not been translated yet. It is shown in Swedish."


class TranslationMarkingTestCase(TranslatedSiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from editorial.models import OrganisationRoles
        from editorial.roles import ensure_translators_group

        cls.translator = make_user("oversattare", ensure_translators_group())
        roles = OrganisationRoles.for_organisation(cls.network.organisation)
        cls.approver = make_user("granskare", roles.approvers)

    def start_translation(self):
        """The translator's "Translate this page" on the untranslated minutes."""
        self.client.force_login(self.translator)
        self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[self.untranslated.pk]),
            {"locales": [self.english.pk]},
        )
        self.client.logout()
        self.translation = Translation.objects.get(
            source__object_id=self.untranslated.translation_key, target_locale=self.english
        )
        return Page.objects.get(pk=self.alias.pk)

    def translate(self, texts=None):
        """Put English text for the source's strings in translation memory.

        ``texts`` maps Swedish strings to English; without it every string is translated.
        """
        for segment in StringSegment.objects.filter(source=self.translation.source):
            swedish = segment.string.data
            if texts is not None and swedish not in texts:
                continue
            english = texts[swedish] if texts is not None else f"{swedish} (English)"
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.english,
                context=segment.context,
                defaults={"data": english},
            )

    def submit_for_review(self, page):
        self.client.force_login(self.translator)
        self.client.post(reverse("editorial_submit_translation", args=[page.pk]))
        self.client.logout()

    def approve(self, page):
        self.client.force_login(self.approver)
        for _step in ("adjustment", "publication"):
            task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
            self.client.post(
                reverse(
                    "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
                ),
                {"comment": ""},
            )
        self.client.logout()

    def english_search(self, query):
        with translation.override("en"):
            url = reverse("search")
        response = self.client.get(url, {"q": query})
        self.assertEqual(response.status_code, 200)
        return response.text


class StartedTranslationTests(TranslationMarkingTestCase):
    def test_started_translation_is_still_shown_as_swedish(self):
        page = self.start_translation()
        self.assertIsNone(page.alias_of_id, "the alias has become a page of its own")
        response = self.client.get(page.url)
        self.assertContains(response, '<html lang="en">')
        self.assertContains(response, SWEDISH_MAIN)
        self.assertContains(response, NOTICE)
        self.assertNotContains(response, 'hreflang="en"')

    def test_swedish_original_offers_no_english_version_of_it(self):
        self.start_translation()
        response = self.client.get(self.untranslated.url)
        self.assertContains(response, '<link rel="alternate" hreflang="sv"')
        self.assertNotContains(response, '<link rel="alternate" hreflang="en"')

    def test_started_translation_is_not_found_by_the_english_search(self):
        page = self.start_translation()
        self.assertNotIn(f'href="{page.url}"', self.english_search("Möte i mars"))
        with translation.override("en"):
            url = reverse("search_autocomplete")
        self.assertNotIn(page.url, self.client.get(url, {"q": "Möte"}).text)

    def test_started_translation_is_no_content_of_its_own(self):
        page = self.start_translation()
        self.assertFalse(published(Page.objects.filter(pk=page.pk)).exists())
        self.assertNotIn(page.url, self.client.get("/sitemap.xml").text)

    def test_translation_submitted_but_not_approved_stays_swedish(self):
        page = self.start_translation()
        self.translate()
        self.submit_for_review(page)
        self.assertTrue(Page.objects.get(pk=page.pk).workflow_in_progress)
        self.assertContains(self.client.get(page.url), SWEDISH_MAIN)
        self.assertFalse(published(Page.objects.filter(pk=page.pk)).exists())


class ApprovedTranslationTests(TranslationMarkingTestCase):
    def test_approved_translation_is_marked_english_and_found(self):
        page = self.start_translation()
        self.translate({"Möte i mars": "Meeting in March"})
        self.submit_for_review(page)
        self.approve(page)

        page = Page.objects.get(pk=page.pk)
        self.assertEqual(page.title, "Meeting in March")
        response = self.client.get(page.url)
        self.assertNotContains(response, SWEDISH_MAIN)
        self.assertNotContains(response, NOTICE)
        self.assertContains(response, f'hreflang="en" href="http://testserver{page.url}"')
        self.assertContains(
            self.client.get(self.untranslated.url),
            f'hreflang="en" href="http://testserver{page.url}"',
        )
        self.assertIn(f'href="{page.url}"', self.english_search("Meeting in March"))
        self.assertTrue(published(Page.objects.filter(pk=page.pk)).exists())
        self.assertIn(page.full_url, self.client.get("/sitemap.xml").text)


class ApproverSeesProgressTests(TranslationMarkingTestCase):
    def dashboard_for_approver(self, language="en"):
        profile = UserProfile.get_for_user(self.approver)
        profile.preferred_language = language
        profile.save()
        self.client.force_login(self.approver)
        return self.client.get(reverse("wagtailadmin_home"))

    def test_approver_sees_how_many_segments_are_translated(self):
        page = self.start_translation()
        self.translate({"Möte i mars": "Meeting in March"})
        self.submit_for_review(page)
        total, translated = self.translation.get_progress()
        self.assertEqual(translated, 1)
        self.assertGreater(total, 1)

        response = self.dashboard_for_approver()
        self.assertContains(response, f"1 of {total} segments translated")
        self.assertContains(response, "Not every segment is translated")

    def test_the_count_is_told_in_swedish(self):
        page = self.start_translation()
        self.translate({"Möte i mars": "Meeting in March"})
        self.submit_for_review(page)
        total, _translated = self.translation.get_progress()

        response = self.dashboard_for_approver(language="sv")
        self.assertContains(response, f"1 av {total} segment översatta")
        self.assertContains(response, "Alla segment är inte översatta")

    def test_a_complete_translation_shows_no_warning(self):
        page = self.start_translation()
        self.translate()
        self.submit_for_review(page)
        total, _translated = self.translation.get_progress()

        response = self.dashboard_for_approver()
        self.assertContains(response, f"{total} of {total} segments translated")
        self.assertNotContains(response, "Not every segment is translated")

    def test_only_those_who_review_it_see_it(self):
        page = self.start_translation()
        self.submit_for_review(page)
        self.client.force_login(self.translator)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, "segments translated")
